"""Tests for reports near the limit: the Vega bundle's cache, incremental batches, warm kernels."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import timeline
from notebook_support import stand_in_report
from timeline import bundle, paths
from timeline.report import _SECTIONS_NAMES as REPORT_SECTIONS
from timeline.report import inputs, kernels, report_command, sections

pytestmark = pytest.mark.slow

# --- the Vega bundle's cache ----------------------------------------------------------------


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """An empty cache folder and a stand-in for vl-convert; returns the list of its builds."""
    monkeypatch.setenv(bundle.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(bundle, "_memo", {})
    builds: list[int] = []

    def build() -> str:
        builds.append(1)
        return f"/* vega, build {len(builds)} */"

    monkeypatch.setattr(bundle, "_build", build)
    return builds


def test_bundle_is_built_once_and_then_read(fresh_cache: list[int]) -> None:
    first = bundle.vega_bundle()
    assert first == "/* vega, build 1 */"
    assert bundle.bundle_path().parent == bundle.cache_dir()
    assert bundle.bundle_path().is_file()
    bundle._memo.clear()  # as a new process
    assert bundle.vega_bundle() == first
    assert len(fresh_cache) == 1


@pytest.mark.parametrize("damage", ["changed", "cut", "missing", "no header"])
def test_a_damaged_or_missing_bundle_is_rebuilt(fresh_cache: list[int], damage: str) -> None:
    bundle.vega_bundle()
    path = bundle.bundle_path()
    data = path.read_text(encoding="utf-8")
    if damage == "changed":
        path.write_text(data.replace("vega", "vegx"), encoding="utf-8")
    elif damage == "cut":
        path.write_text(data[:-3], encoding="utf-8")
    elif damage == "missing":
        path.unlink()
    else:
        path.write_text(data.split("\n", 1)[1], encoding="utf-8")
    bundle._memo.clear()
    assert bundle.vega_bundle() == "/* vega, build 2 */"
    assert len(fresh_cache) == 2
    bundle._memo.clear()
    assert bundle.vega_bundle() == "/* vega, build 2 */", "the rebuilt file is sound"
    assert len(fresh_cache) == 2


def test_each_vl_convert_version_has_its_own_bundle(
    fresh_cache: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle.vega_bundle()
    before = bundle.bundle_path()
    monkeypatch.setattr(bundle, "_version", lambda name: "99.0" if "vl-convert" in name else "1")
    assert bundle.bundle_path() != before
    assert bundle.vega_bundle() == "/* vega, build 2 */"


def test_an_unwritable_cache_still_gives_the_bundle(
    fresh_cache: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(bundle.CACHE_ENV, str(blocker / "cache"))
    assert bundle.vega_bundle() == "/* vega, build 1 */"


def test_the_cache_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(bundle.CACHE_ENV, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert bundle.cache_dir() == tmp_path / "timeline"


# --- incremental batches --------------------------------------------------------------------

RECORD_CELLS = (
    "import json, os, sys\nfrom pathlib import Path",
    'seen = {"pid": os.getpid(), "cwd": os.getcwd(), "env": os.environ.get("TIMELINE_LEAK"),\n'
    '        "path": "leak" in sys.path,\n'
    '        "names": sorted(k for k in globals() if not k.startswith("_"))}\n'
    'Path(out_dir, "seen.json").write_text(json.dumps(seen), encoding="utf-8");',
    'leak = case_dir\nos.environ["TIMELINE_LEAK"] = case_dir\nsys.path.append("leak")',
    'if "failing" in case_dir:\n    raise ValueError("boom")',
)


def record_notebook(path: Path, extra: str = "") -> Path:
    """A small report notebook that records what its kernel looked like, then leaves traces."""
    stand_in_report(path, "Recording report" + extra, RECORD_CELLS)
    return path


@pytest.fixture
def recorder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    notebook = record_notebook(tmp_path / "project" / "notebooks" / "case_report.ipynb")
    monkeypatch.setattr(paths, "REPORT_NOTEBOOK", notebook)
    return notebook


def make_case(parent: Path, name: str) -> Path:
    target = parent / name
    shutil.copytree(paths.FIRST_CASE, target)
    return target


def statuses(out: str) -> dict[str, str]:
    return {line.split()[0]: line.split()[1] for line in out.splitlines()[1:]}


def seen(out: Path, case: str) -> dict[str, object]:
    return json.loads((out / case / "seen.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_unchanged_cases_are_skipped(
    tmp_path: Path, recorder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = [make_case(tmp_path / "cases", n) for n in ("case-a", "case-b")]
    out = tmp_path / "reports"
    assert report_command(cases, out) == 0
    first = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    assert (out / "case-a" / inputs.FINGERPRINT).is_file()
    capsys.readouterr()
    assert report_command(cases, out) == 0
    assert statuses(capsys.readouterr().out) == {"case-a": "unchanged", "case-b": "unchanged"}
    assert {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()} == first
    assert report_command(cases, out, force=True) == 0
    assert statuses(capsys.readouterr().out) == {"case-a": "ok", "case-b": "ok"}
    again = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    assert again.keys() == first.keys()
    for path, data in again.items():  # the same bytes, but for the kernel's process id
        if path.name == inputs.FINGERPRINT:
            assert json.loads(data)["inputs"] == json.loads(first[path])["inputs"]
        elif path.name != "seen.json":
            assert data == first[path], path


def rerun(cases: list[Path], out: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    capsys.readouterr()
    assert report_command(cases, out) == 0
    return statuses(capsys.readouterr().out)


@pytest.fixture
def two_rendered(
    tmp_path: Path, recorder: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[list[Path], Path]:
    cases = [make_case(tmp_path / "cases", n) for n in ("case-a", "case-b")]
    out = tmp_path / "reports"
    assert report_command(cases, out) == 0
    return cases, out


def test_a_changed_case_file_is_rendered_again(
    two_rendered: tuple[list[Path], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    cases, out = two_rendered
    with (cases[1] / "events.csv").open("a", encoding="utf-8") as f:
        f.write("\n")
    assert rerun(cases, out, capsys) == {"case-a": "unchanged", "case-b": "ok"}


def test_a_changed_notebook_renders_every_case(
    two_rendered: tuple[list[Path], Path], recorder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases, out = two_rendered
    record_notebook(recorder, extra=", edited")
    assert rerun(cases, out, capsys) == {"case-a": "ok", "case-b": "ok"}


def test_a_new_package_version_renders_every_case(
    two_rendered: tuple[list[Path], Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cases, out = two_rendered
    monkeypatch.setattr(timeline, "__version__", "99.0.0")
    assert rerun(cases, out, capsys) == {"case-a": "ok", "case-b": "ok"}
    assert rerun(cases, out, capsys) == {"case-a": "unchanged", "case-b": "unchanged"}


@pytest.mark.parametrize("damage", ["changed", "deleted", "added", "fingerprint"])
def test_a_damaged_report_is_rendered_again(
    two_rendered: tuple[list[Path], Path], capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    cases, out = two_rendered
    folder = out / "case-a"
    if damage == "changed":
        (folder / "case.txt").write_text("tampered", encoding="utf-8")
    elif damage == "deleted":
        (folder / "seen.json").unlink()
    elif damage == "added":
        (folder / "stray.txt").write_text("left here", encoding="utf-8")
    else:
        (folder / inputs.FINGERPRINT).write_text("{", encoding="utf-8")
    assert rerun(cases, out, capsys) == {"case-a": "ok", "case-b": "unchanged"}
    assert not (folder / "stray.txt").exists()


def test_the_fingerprint_records_no_path_or_time(two_rendered: tuple[list[Path], Path]) -> None:
    cases, out = two_rendered
    text = (out / "case-a" / inputs.FINGERPRINT).read_text(encoding="utf-8")
    assert str(out) not in text
    record = json.loads(text)
    assert set(record) == {"inputs", "outputs"}
    assert set(record["inputs"]["case files"]) == {p.name for p in cases[0].iterdir()}
    assert record["inputs"]["versions"]["timeline"] == timeline.__version__


# --- warm kernels ---------------------------------------------------------------------------


def test_a_kept_kernel_gives_each_case_a_clean_start(tmp_path: Path, recorder: Path) -> None:
    cases = [make_case(tmp_path / "cases", f"case-{n}") for n in (1, 2, 3)]
    out = tmp_path / "reports"
    assert report_command(cases, out, jobs=1) == 0
    records = [seen(out, f"case-{n}") for n in (1, 2, 3)]
    assert len({r["pid"] for r in records}) == 1, "one kernel served the three cases"
    for n, record in enumerate(records, start=1):
        assert "leak" not in record["names"]
        assert record["names"] == records[0]["names"]
        assert record["env"] is None and record["path"] is False
        assert Path(str(record["cwd"])).name.startswith(f".case-{n}."), record["cwd"]
    # A case run in a kept kernel writes the same notebook as one run in a kernel of its own.
    alone = tmp_path / "alone"
    assert report_command([cases[2]], alone) == 0
    for name in ("report.ipynb", "index.html"):
        assert (out / "case-3" / name).read_bytes() == (alone / "case-3" / name).read_bytes()


def test_a_failed_case_hands_no_kernel_on(
    tmp_path: Path, recorder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = ("case-1", "failing-2", "case-3")
    cases = [make_case(tmp_path / "cases", n) for n in names]
    out = tmp_path / "reports"
    assert report_command(cases, out, jobs=1) == 1
    assert statuses(capsys.readouterr().out) == {
        "case-1": "ok",
        "failing-2": "FAILED",
        "case-3": "ok",
    }
    first, last = seen(out, "case-1"), seen(out, "case-3")
    assert first["pid"] != last["pid"], "the failed case's kernel was not used again"
    assert "leak" not in last["names"] and last["env"] is None and last["path"] is False
    assert not (out / "failing-2").exists()


def test_the_kernel_imports_what_the_notebook_imports() -> None:
    warm = kernels.notebook_imports(paths.REPORT_NOTEBOOK)
    assert "timeline.report:sections" in warm
    assert "timeline.chart:chart_html" in warm
    assert "timeline:load_case" in warm


def test_the_report_package_names_every_section() -> None:
    assert sorted(REPORT_SECTIONS) == sorted(sections.__all__)


def test_the_command_imports_neither_pandas_nor_altair(tmp_path: Path) -> None:
    """The notebook's kernel does the work; the command only drives it and writes the page."""
    notebook = record_notebook(tmp_path / "project" / "notebooks" / "case_report.ipynb")
    case_dir = make_case(tmp_path / "cases", "case-a")
    script = (
        "import sys\n"
        "from timeline.cli import main\n"
        f"status = main(['report', {str(case_dir)!r}, '--out', {str(tmp_path / 'out')!r}])\n"
        "assert status == 0, status\n"
        "print(sorted(m for m in ('pandas', 'altair', 'pandera') if m in sys.modules))\n"
    )
    env = {**os.environ, "TIMELINE_ROOT": str(notebook.parent.parent)}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"
