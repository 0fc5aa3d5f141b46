"""Tests of timeline.outputs.command: `timeline export`, its messages and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from outputs_support import DATA_FORMATS, cli, run_cli, snapshot
from timeline import load_case
from timeline.case import Case
from timeline.cli import main
from timeline.exitcode import ExitCode
from timeline.outputs import FILES, FORMATS, ExportError, export_case, export_command, registry
from timeline.outputs.common import Writer


def _break_format(monkeypatch: pytest.MonkeyPatch, name: str, writer: Writer) -> None:
    """Register ``writer`` for the format ``name`` for the rest of the test."""
    monkeypatch.setitem(registry._REGISTRY, name, replace(registry._REGISTRY[name], writer=writer))


def test_cli_unknown_format_exits_2(first_case_dir: Path, tmp_path: Path) -> None:
    result = run_cli("export", str(first_case_dir), "--format", "csv,docx", "--out", str(tmp_path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "'docx'" in lines[0] and "timelinejs" in lines[0] and "claimreview" in lines[0]
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("option", "value", "needle"),
    [("--width", "5", "width 5"), ("--width", "0", "width 0"), ("--scale", "0", "scale 0")],
)
def test_cli_bad_size_exits_2(
    first_case_dir: Path, tmp_path: Path, option: str, value: str, needle: str
) -> None:
    result = cli(
        "export", str(first_case_dir), "--format", "csv", "--out", str(tmp_path), option, value
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert needle in result.stderr and "expected" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_bad_case_exits_2(case_copy: Path, tmp_path: Path) -> None:
    events = case_copy / "events.csv"
    events.write_text(
        events.read_text("utf-8").replace(",statement,", ",statment,", 1), encoding="utf-8"
    )
    out = tmp_path / "out"
    result = cli("export", str(case_copy), "--format", "csv", "--out", str(out))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "'statment'" in result.stderr
    assert not out.exists()


def test_cli_out_is_a_file_exits_2(first_case_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "taken"
    out.write_text("not a folder", encoding="utf-8")
    result = cli("export", str(first_case_dir), "--format", "csv", "--out", str(out))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "taken" in result.stderr and "expected a folder" in result.stderr


def test_cli_writes_case_folder(
    first_case_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["export", str(first_case_dir), "--format", ",".join(DATA_FORMATS), "--out", str(tmp_path)]
    )
    assert code == 0
    folder = tmp_path / "lasd-ice-2017"
    expected = [n for f in DATA_FORMATS for n in FILES[f]]
    assert sorted(p.name for p in folder.iterdir()) == sorted(expected)
    printed = capsys.readouterr().out.split()
    assert printed == [str(folder / n) for n in expected]


def test_cli_export_dot_from_inside_the_case_folder(case_copy: Path, tmp_path: Path) -> None:
    """``cd data/cases/x && timeline export . --out ../exports`` writes into ``exports/x``."""
    exports = case_copy.parent / "exports"
    (exports / "other-case").mkdir(parents=True)
    result = subprocess.run(
        [sys.executable, "-m", "timeline.cli", "export", ".", "--format=csv", "--out=../exports"],
        capture_output=True,
        text=True,
        check=False,
        cwd=case_copy,
    )
    assert result.returncode == 0, result.stderr
    folder = exports / case_copy.name
    assert sorted(p.name for p in exports.iterdir()) == sorted(["other-case", case_copy.name])
    assert sorted(p.name for p in folder.iterdir()) == ["events.csv", "links.csv"]
    assert list((exports / "other-case").iterdir()) == []


def test_cli_bad_case_leaves_earlier_export(case_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["export", str(case_copy), "--format", "csv,timelinejs", "--out", str(out)]) == 0
    folder = out / case_copy.name
    before = snapshot(folder)
    links = case_copy / "links.csv"
    links.write_text(links.read_text("utf-8") + "ghost,july-tweet,contradicts,\n", "utf-8")
    result = cli("export", str(case_copy), "--format", "csv,timelinejs", "--out", str(out))
    assert result.returncode == 2
    assert "'ghost'" in result.stderr
    assert snapshot(folder) == before


def test_export_never_writes_into_the_case_folder(case_copy: Path) -> None:
    before = snapshot(case_copy)
    result = cli("export", str(case_copy), "--format", "csv", "--out", str(case_copy.parent))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "case's own folder" in result.stderr
    assert snapshot(case_copy) == before
    with pytest.raises(ExportError, match="case's own folder"):
        export_case(load_case(case_copy), ["csv"], case_copy)
    assert snapshot(case_copy) == before


def test_render_failure_is_one_line_exit_1(
    first_case_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    def broken(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
        raise ValueError("conversion failed:\nError: something deep\nmore")

    _break_format(monkeypatch, "svg", broken)
    code = main(["export", str(first_case_dir), "--format", "csv,svg", "--out", str(tmp_path)])
    assert code == 1
    err = capsys.readouterr().err.strip()
    assert err == (
        "timeline export: lasd-ice-2017: could not render svg: ValueError: "
        "conversion failed: Error: something deep"
    )
    assert not (tmp_path / "lasd-ice-2017").exists()


@pytest.mark.slow
def test_every_format_in_fresh_processes_is_byte_identical(
    first_case_dir: Path, tmp_path: Path
) -> None:
    outs = []
    for seed in ("3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = tmp_path / seed
        result = subprocess.run(
            [sys.executable, "-m", "timeline.cli", "export", str(first_case_dir),
             "--format", ",".join(FORMATS), "--out", str(out)],
            capture_output=True, text=True, check=False, env=env,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        outs.append(snapshot(out / "lasd-ice-2017"))
    assert sorted(outs[0]) == sorted(n for f in FORMATS for n in FILES[f])
    assert outs[0] == outs[1]


def test_export_command_returns_exit_codes(
    first_case_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    done = export_command(first_case_dir, ["csv"], tmp_path, None, 2.0)
    assert done is ExitCode.OK
    bad = export_command(first_case_dir, ["docx"], tmp_path, None, 2.0)
    assert bad is ExitCode.BAD_INPUT
    capsys.readouterr()
