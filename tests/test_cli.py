"""Tests for the timeline command: exit codes, messages, no tracebacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline.cli", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_validate_first_case(first_case_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(first_case_dir)]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("lasd-ice-2017: ")
    assert " events, " in out and " links, 4 lanes " in out and " to 2017-10-09" in out


def test_validate_all(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--all"]) == 0
    assert "lasd-ice-2017" in capsys.readouterr().out


def test_validate_bad_case_exits_2_without_traceback(case_copy: Path) -> None:
    events = case_copy / "events.csv"
    text = events.read_text(encoding="utf-8").replace(",statement,", ",statment,", 1)
    events.write_text(text, encoding="utf-8")
    (case_copy / "links.csv").write_text("from,to\n", encoding="utf-8")
    result = run("validate", str(case_copy))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "'statment'" in result.stderr
    assert "links.csv, column 'relation': expected this required column" in result.stderr


def test_validate_reports_good_and_bad_cases(first_case_dir: Path, tmp_path: Path) -> None:
    result = run("validate", str(first_case_dir), str(tmp_path / "missing"))
    assert result.returncode == 2
    assert result.stdout.startswith("lasd-ice-2017:")
    assert "missing" in result.stderr and "Traceback" not in result.stderr


def test_validate_needs_a_case() -> None:
    result = run("validate")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_report_needs_at_least_one_job(
    first_case_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(first_case_dir), "--jobs", "0"]) == 2
    assert "--jobs" in capsys.readouterr().err
