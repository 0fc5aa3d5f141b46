"""Tests for timeline.report under hostile conditions: hung notebooks, signals, full disks.

Most tests here run a small stand-in for the report notebook (it writes one file, and
hangs for cases whose folder name holds "slow"), so that what is tested is the batch
around the notebook, not the report itself.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace

import pytest

from notebook_support import stand_in_report
from timeline import files, paths
from timeline.report import RenderError, batch, render_case, report_command, run

pytestmark = pytest.mark.slow

STAND_IN_CELLS = (
    "from pathlib import Path",
    'Path(out_dir, "case.txt").write_text(case_dir, encoding="utf-8")',
    'if "dying" in case_dir:\n    import os\n    os.kill(os.getpid(), 9)',
    'if "slow" in case_dir:\n    import time\n    time.sleep(600)',
)


def stand_in_notebook(path: Path) -> int:
    """Write the stand-in report notebook; return the number the hanging (last) cell runs as."""
    nb = stand_in_report(path, "Stand-in report", STAND_IN_CELLS)
    code_cells = sum(cell.cell_type == "code" for cell in nb.cells)
    return code_cells + 1  # papermill runs its injected parameters as one more cell


@pytest.fixture
def stand_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """Use the stand-in notebook in this process; return the hanging cell's number."""
    notebook = tmp_path / "project" / "notebooks" / "case_report.ipynb"
    hang_cell = stand_in_notebook(notebook)
    monkeypatch.setattr(paths, "REPORT_NOTEBOOK", notebook)
    return hang_cell


def project_env(tmp_path: Path) -> dict[str, str]:
    """Environment for a ``timeline`` subprocess whose report notebook is the stand-in."""
    stand_in_notebook(tmp_path / "project" / "notebooks" / "case_report.ipynb")
    return {**os.environ, "TIMELINE_ROOT": str(tmp_path / "project")}


def make_case(parent: Path, name: str) -> Path:
    target = parent / name
    shutil.copytree(paths.FIRST_CASE, target)
    return target


def processes_mentioning(text: str) -> list[int]:
    """Living processes whose command line holds ``text`` (a kernel names its folder)."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes()
            state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if text.encode() in cmdline and state != "Z":
            found.append(int(proc.name))
    return found


def wait_for(condition: Callable[[], object], what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.05)


def running_kernels(out: Path) -> list[Path]:
    """The connection files of the kernels at work in ``out``'s temporary folders."""
    return sorted(out.glob(".*/.kernel/kernel-*.json")) if out.is_dir() else []


def timeline(*args: str, env: dict[str, str], cwd: Path | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "timeline.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=cwd,
    )


def test_a_hung_case_times_out_and_the_batch_goes_on(
    tmp_path: Path, stand_in: int, capsys: pytest.CaptureFixture[str]
) -> None:
    slow = make_case(tmp_path / "cases", "slow-case")
    fast = make_case(tmp_path / "cases", "fast-case")
    out = tmp_path / "reports"
    status = report_command([slow, fast], out, jobs=2, timeout=20)
    captured = capsys.readouterr()
    assert status == 1
    assert f"slow-case: timed out after 20 s in cell {stand_in} of case_report.ipynb" in (
        captured.err
    )
    rows = [line.split()[:2] for line in captured.out.splitlines()[1:]]
    assert rows == [["slow-case", "FAILED"], ["fast-case", "ok"]]
    assert (out / "fast-case" / "case.txt").is_file()
    listed = sorted(p.name for p in out.iterdir())
    assert listed == ["fast-case", "index.html", "index.json"], "no temporary folder left"
    assert processes_mentioning(str(out)) == [], "the hung kernel was killed"
    assert not run._LIVE, "no kernel left registered"


def test_a_kernel_that_dies_fails_its_case_and_names_the_cell(
    tmp_path: Path, stand_in: int, capsys: pytest.CaptureFixture[str]
) -> None:
    dying = make_case(tmp_path / "cases", "dying-case")
    fine = make_case(tmp_path / "cases", "fine-case")
    out = tmp_path / "reports"
    assert report_command([dying, fine], out) == 1
    captured = capsys.readouterr()
    dying_cell = stand_in - 1  # the cell before the hanging one
    assert f"dying-case: the kernel died in cell {dying_cell} of case_report.ipynb" in (
        captured.err
    )
    rows = [line.split()[:2] for line in captured.out.splitlines()[1:]]
    assert rows == [["dying-case", "FAILED"], ["fine-case", "ok"]]
    assert sorted(p.name for p in out.iterdir()) == ["fine-case", "index.html", "index.json"]


def test_no_time_limit(tmp_path: Path, stand_in: int) -> None:
    page = render_case(make_case(tmp_path / "cases", "fine-case"), tmp_path / "out", timeout=None)
    assert (page.parent / "case.txt").is_file()


def test_timeout_must_be_positive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert report_command([paths.FIRST_CASE], tmp_path, timeout=0) == 2
    assert "--timeout takes a number of seconds above 0" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_stops_the_batch_with_a_summary(tmp_path: Path, signum: int) -> None:
    env = project_env(tmp_path)
    cases = [make_case(tmp_path / "cases", f"slow-{n}") for n in (1, 2, 3)]
    out = tmp_path / "reports"
    proc = timeline("report", *map(str, cases), "--jobs", "2", "--out", str(out), env=env)
    try:
        wait_for(lambda: len(running_kernels(out)) == 2, "two kernels at work", seconds=180)
        proc.send_signal(signum)
        stdout, stderr = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert "stopped" in stderr
    rows = [line.split()[:2] for line in stdout.splitlines()[1:]]
    assert rows == [["slow-1", "STOPPED"], ["slow-2", "STOPPED"], ["slow-3", "STOPPED"]]
    assert list(out.iterdir()) == [], "no temporary folder left"
    wait_for(lambda: processes_mentioning(str(out)) == [], "the kernels to end", seconds=10)


def test_a_killed_run_is_swept_by_the_next(tmp_path: Path, stand_in: int) -> None:
    env = project_env(tmp_path)
    case_dir = make_case(tmp_path / "cases", "slow-case")
    out = tmp_path / "reports"
    proc = timeline("report", str(case_dir), "--out", str(out), env=env)
    try:  # wait for the hanging cell: the notebook writes case.txt just before it
        wait_for(lambda: list(out.glob(".slow-case.*/case.txt")), "the notebook to hang")
    finally:
        proc.kill()
        proc.communicate()
    (left,) = [p for p in out.iterdir() if p.name.startswith(".slow-case.")]
    # The kernel kept its connection file (its key) in the render's folder, not in the
    # system's temporary folder, and it ends when the process that started it dies.
    assert list((left / ".kernel").glob("kernel-*.json"))
    wait_for(lambda: processes_mentioning(str(out)) == [], "the orphaned kernel to end", 30)

    other = out / ".other-case.0123abcd"  # another case's: not this run's to sweep
    other.mkdir()
    busy = out / ".slow-case.89abcdef"  # held by a living process
    busy.mkdir()
    claim = files.claim(busy)
    try:
        with pytest.raises(RenderError, match="timed out after 2 s"):
            render_case(case_dir, out, timeout=2)
        assert sorted(p.name for p in out.iterdir()) == [other.name, busy.name]
    finally:
        os.close(claim)


def test_a_full_disk_fails_that_case_and_the_batch_goes_on(
    tmp_path: Path,
    stand_in: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    replace = files.replace_folder

    def full(new: Path, final: Path) -> None:
        if Path(final).name == "full-case":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(final))
        replace(new, final)

    monkeypatch.setattr(files, "replace_folder", full)
    cases = [make_case(tmp_path / "cases", n) for n in ("full-case", "fine-case")]
    out = tmp_path / "reports"
    status = report_command(cases, out, jobs=2)
    captured = capsys.readouterr()
    assert status == 1
    assert f"full-case: cannot write {out / 'full-case'}: No space left on device" in captured.err
    assert "Traceback" not in captured.err
    rows = [line.split()[:2] for line in captured.out.splitlines()[1:]]
    assert rows == [["full-case", "FAILED"], ["fine-case", "ok"]]
    assert sorted(p.name for p in out.iterdir()) == ["fine-case", "index.html", "index.json"]


def test_an_output_folder_that_cannot_be_made(tmp_path: Path) -> None:
    env = project_env(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    proc = timeline("report", str(paths.FIRST_CASE), "--out", str(blocker / "reports"), env=env)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 1
    assert "Traceback" not in stderr
    assert f"lasd-ice-2017: cannot write {blocker / 'reports'}: Not a directory" in stderr
    assert stdout.splitlines()[1].split()[:2] == ["lasd-ice-2017", "FAILED"]


def test_report_dot_from_inside_the_case_folder(tmp_path: Path) -> None:
    """``cd data/cases/x && timeline report . --out ../reports`` touches only ``x``'s report."""
    env = project_env(tmp_path)
    cases = tmp_path / "cases"
    case_dir = make_case(cases, "inside-case")
    other = cases / "reports" / "other-case"
    other.mkdir(parents=True)
    (other / "index.html").write_text("another desk's report", encoding="utf-8")
    for again in ([], ["--force"]):  # the second run renders though nothing changed
        proc = timeline("report", ".", "--out", "../reports", *again, env=env, cwd=case_dir)
        stdout, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 0, stderr
        assert stdout.splitlines()[1].split()[:2] == ["inside-case", "ok"]
    assert (other / "index.html").read_text(encoding="utf-8") == "another desk's report"
    assert sorted(p.name for p in (cases / "reports").iterdir()) == [
        "index.html",
        "index.json",
        "inside-case",
        "other-case",
    ]
    assert (cases / "reports" / "inside-case" / "case.txt").is_file()
    assert sorted(p.name for p in cases.iterdir()) == ["inside-case", "reports"]


def test_a_case_id_that_is_no_slug_touches_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even a case that slipped past the loader cannot make the swap leave its folder."""
    out = tmp_path / "reports"
    (out / "other-case").mkdir(parents=True)
    for bad in ("", "..", ".", "a/b"):
        fake = SimpleNamespace(id=bad, meta=SimpleNamespace(title="x"))
        monkeypatch.setattr(batch, "load_case", lambda _path, fake=fake: fake)
        monkeypatch.setattr(batch.inputs, "case_identity", lambda _path: None)
        with pytest.raises(RenderError, match="expected a case id that is a slug"):
            render_case(paths.FIRST_CASE, out)
        assert [p.name for p in out.iterdir()] == ["other-case"]


def test_two_renders_of_one_case_at_once(tmp_path: Path, stand_in: int) -> None:
    case_dir = make_case(tmp_path / "cases", "same-case")
    out = tmp_path / "reports"
    with ThreadPoolExecutor(max_workers=2) as pool:
        pages = list(pool.map(lambda _: render_case(case_dir, out), range(2)))
    assert pages == [out / "same-case" / "index.html"] * 2
    assert pages[0].is_file()
    assert sorted(p.name for p in out.iterdir()) == ["same-case"]


def test_a_timeout_on_the_command_line_prints_only_its_message(tmp_path: Path) -> None:
    env = project_env(tmp_path)
    case_dir = make_case(tmp_path / "cases", "slow-case")
    proc = timeline(
        "report", str(case_dir), "--out", str(tmp_path / "out"), "--timeout", "3", env=env
    )
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 1
    lines = [ln for ln in stderr.splitlines() if ln.strip() and not ln.startswith("reports:")]
    assert lines == [
        f"slow-case: timed out after 3 s in cell {len(STAND_IN_CELLS) + 2} of case_report.ipynb"
    ]
    assert stdout.splitlines()[1].split()[:2] == ["slow-case", "FAILED"]
