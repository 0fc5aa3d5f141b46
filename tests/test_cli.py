"""Tests for the timeline command: exit codes, messages, no tracebacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from outputs_support import run_cli as run
from timeline.cli import main


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


def test_validate_warns_without_failing(case_copy: Path) -> None:
    links = case_copy / "links.csv"
    lines = links.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if ",admits," not in line]
    links.write_text("\n".join(kept) + "\n", encoding="utf-8")
    result = run("validate", str(case_copy))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("lasd-ice-2017: ")  # the summary line, then the warnings
    warnings = result.stderr.splitlines()
    assert len(warnings) == 3
    assert all(w.startswith("warning: lasd-ice-2017: statement '") for w in warnings)
    assert all("no ClaimReview will be written for it" in w for w in warnings)


def test_validate_needs_a_case() -> None:
    result = run("validate")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_report_needs_at_least_one_job(
    first_case_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(first_case_dir), "--jobs", "0"]) == 2
    assert "--jobs" in capsys.readouterr().err


def test_report_timeout_option(first_case_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from timeline.report import DEFAULT_TIMEOUT

    help_text = run("report", "--help").stdout
    assert f"(default {DEFAULT_TIMEOUT:g})" in " ".join(help_text.split())
    assert main(["report", str(first_case_dir), "--timeout", "0"]) == 2
    assert "--timeout takes a number of seconds above 0" in capsys.readouterr().err
    result = run("report", str(first_case_dir), "--timeout", "soon")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "--timeout" in result.stderr


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """``timeline dates --file F | head -1``: no BrokenPipeError traceback."""
    texts = tmp_path / "texts.txt"
    texts.write_text("Oct. 9, 2017\n" * 50_000, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "timeline.cli", "dates", "--file", str(texts)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # the reader goes away, as head does after one line
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert b'"start": "2017-10-09"' in first
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
    assert proc.returncode == 141
