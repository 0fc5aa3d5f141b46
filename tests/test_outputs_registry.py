"""Tests of timeline.outputs.registry: formats, export_case, atomicity and determinism."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from outputs_support import CHART_FORMATS, DATA_FORMATS, snapshot
from timeline.case import Case
from timeline.outputs import (
    FILES,
    FORMATS,
    ExportError,
    Format,
    export_case,
    parse_formats,
    registry,
)
from timeline.outputs.common import Writer
from timeline.outputs.registry import check_size


@pytest.fixture(scope="module")
def hostile_export(hostile_case: Case, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile case in every format, written together."""
    out = tmp_path_factory.mktemp("hostile")
    export_case(hostile_case, FORMATS, out)
    return out


def _break_format(monkeypatch: pytest.MonkeyPatch, name: str, writer: Writer) -> None:
    """Register ``writer`` for the format ``name`` for the rest of the test."""
    monkeypatch.setitem(registry._REGISTRY, name, replace(registry._REGISTRY[name], writer=writer))


def test_formats_and_files_are_documented() -> None:
    assert set(FILES) == set(FORMATS)
    names = [n for files in FILES.values() for n in files]
    assert len(names) == len(set(names))
    doc = export_case.__doc__ or ""
    for fmt, files in FILES.items():
        for name in files:
            assert f"``{name}``" in doc, name
        assert f"\n    {fmt} " in doc, fmt


def test_parse_formats_orders_and_dedupes() -> None:
    assert parse_formats(["csv,timelinejs", "CSV", " parquet "]) == [
        "timelinejs",
        "csv",
        "parquet",
    ]


@pytest.mark.parametrize("given", [["nope"], ["csv,nope"], [""], []])
def test_parse_formats_rejects_unknown(given: list[str]) -> None:
    with pytest.raises(ExportError) as info:
        parse_formats(given)
    message = str(info.value)
    assert "\n" not in message
    assert ", ".join(FORMATS) in message
    if given and given[0]:
        assert "'nope'" in message


def test_export_case_writes_into_out_dir(first_case: Case, tmp_path: Path) -> None:
    written = export_case(first_case, ["csv"], tmp_path)
    assert written == [tmp_path / "events.csv", tmp_path / "links.csv"]


def test_export_case_rejects_a_file_as_folder(first_case: Case, tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_bytes(b"x")
    with pytest.raises(ExportError, match="expected a folder"):
        export_case(first_case, ["csv"], target)


def test_failed_render_leaves_earlier_files(
    first_case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export_case(first_case, DATA_FORMATS, tmp_path)
    before = snapshot(tmp_path)
    times = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}

    def broken(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
        raise RuntimeError("renderer failed")

    _break_format(monkeypatch, "parquet", broken)
    with pytest.raises(RuntimeError):
        export_case(first_case, DATA_FORMATS, tmp_path)
    assert snapshot(tmp_path) == before
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == times


def test_failed_write_leaves_the_old_file_and_no_temp(
    first_case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export_case(first_case, ["csv"], tmp_path)
    before = snapshot(tmp_path)

    def no_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device", dst)

    monkeypatch.setattr(os, "replace", no_replace)
    with pytest.raises(OSError):
        export_case(first_case, ["csv"], tmp_path)
    assert snapshot(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv", "links.csv"]


def test_written_files_are_readable_by_others(first_case: Case, tmp_path: Path) -> None:
    export_case(first_case, ["csv"], tmp_path)
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "events.csv").stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize("fmt", DATA_FORMATS)
@pytest.mark.parametrize("which", ["first", "hostile"])
def test_reruns_are_byte_identical(
    fmt: str, which: str, first_case: Case, hostile_case: Case, tmp_path: Path
) -> None:
    case = first_case if which == "first" else hostile_case
    export_case(case, [fmt], tmp_path / "a")
    export_case(case, [fmt], tmp_path / "b")
    a, b = snapshot(tmp_path / "a"), snapshot(tmp_path / "b")
    assert a == b
    assert sorted(a) == sorted(FILES[fmt])


@pytest.mark.parametrize("fmt", CHART_FORMATS)
def test_chart_reruns_are_byte_identical(
    fmt: str, hostile_case: Case, hostile_export: Path, tmp_path: Path
) -> None:
    export_case(hostile_case, [fmt], tmp_path)
    for name in FILES[fmt]:
        assert (tmp_path / name).read_bytes() == (hostile_export / name).read_bytes(), name


def test_each_format_is_registered_once_with_its_files_and_writer() -> None:
    assert tuple(registry._REGISTRY) == FORMATS
    for name, fmt in registry._REGISTRY.items():
        assert isinstance(fmt, Format)
        assert fmt.name == name and fmt.files == FILES[name] and fmt.files
        assert callable(fmt.writer)


@pytest.mark.parametrize(
    ("width", "scale", "needle"),
    [(5, 2.0, "width 5"), (True, 2.0, "width True"), (1.5, 2.0, "width 1.5"), (None, 0, "scale 0")],
)
def test_check_size_rejects_out_of_range(width: Any, scale: float, needle: str) -> None:
    with pytest.raises(ExportError, match=needle):
        check_size(width, scale)


def test_check_size_accepts_the_bounds() -> None:
    for width in (None, 200, 10000):
        for scale in (0.25, 10):
            check_size(width, scale)
