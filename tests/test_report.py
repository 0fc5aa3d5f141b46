"""Tests for timeline.report: papermill runs, offline pages, atomic batches."""

from __future__ import annotations

import asyncio
import csv
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import nbformat
import pytest

from chart_support import visible_text
from timeline import load_case, paths
from timeline.chart import finding
from timeline.report import RenderError, _ReportKernelManager, render_case, report_command

pytestmark = pytest.mark.slow


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first case rendered once into a fresh reports folder."""
    out = tmp_path_factory.mktemp("reports")
    render_case(paths.FIRST_CASE, out)
    return out


def make_case(tmp: Path, name: str) -> Path:
    """A copy of the first case under another id."""
    target = tmp / name
    shutil.copytree(paths.FIRST_CASE, target)
    return target


def break_case(case_dir: Path) -> None:
    events = case_dir / "events.csv"
    with events.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    rows[0]["lane"] = "rumour"
    with events.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_clean_render(rendered: Path) -> None:
    folder = rendered / "lasd-ice-2017"
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert "Despite assurances to nervous immigrants" in page
    assert "timeline-chart" in page
    assert "vegaEmbed" in page
    assert "<caption>Claims and findings</caption>" in page
    assert "Case report: what officials said" not in page  # the notebook's own title cell
    for name in ("chart.vl.json", "timelinejs.json", "claimreview.jsonld", "events.csv"):
        assert (folder / name).is_file(), name
    nb = nbformat.read(folder / "report.ipynb", as_version=4)
    assert not any(
        o.get("output_type") == "error"
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
    )
    assert "papermill" not in nb.metadata


def test_finding_is_written_once(rendered: Path) -> None:
    """The report states the finding under "What we found", and not again over the chart."""
    sentence = finding(load_case(paths.FIRST_CASE)).sentence
    page = (rendered / "lasd-ice-2017" / "index.html").read_text(encoding="utf-8")
    text = visible_text(page)
    assert text.count(sentence) == 1
    assert text.index("What we found") < text.index(sentence) < text.index("The timeline")


def test_page_fetches_nothing(rendered: Path) -> None:
    page = (rendered / "lasd-ice-2017" / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=\"https?:", page)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "unpkg" not in page


def test_no_absolute_paths_or_times_in_output(rendered: Path) -> None:
    for name, data in files_of(rendered / "lasd-ice-2017").items():
        text = data.decode("utf-8")
        assert str(paths.ROOT) not in text, name
        assert str(rendered) not in text, name
        assert not re.search(r"20[2-9]\d-\d\d-\d\dT\d\d:\d\d", text), name


def test_byte_identical_rerun(rendered: Path) -> None:
    before = files_of(rendered / "lasd-ice-2017")
    render_case(paths.FIRST_CASE, rendered)
    assert files_of(rendered / "lasd-ice-2017") == before


def test_failing_case_keeps_previous_report(tmp_path: Path) -> None:
    case_dir = make_case(tmp_path / "cases", "lasd-ice-2017")
    out = tmp_path / "reports"
    render_case(case_dir, out)
    before = files_of(out / "lasd-ice-2017")
    break_case(case_dir)
    status = report_command([case_dir], out)
    assert status == 1
    assert files_of(out / "lasd-ice-2017") == before
    assert sorted(p.name for p in out.iterdir()) == [
        "index.html",
        "index.json",
        "lasd-ice-2017",
    ], "no temporary folder left; the desk's page"


def test_failing_cell_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nb = nbformat.read(paths.REPORT_NOTEBOOK, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("raise ValueError('boom in the report')"))
    nb.cells[-1]["id"] = "failing"
    broken = tmp_path / "broken.ipynb"
    nbformat.write(nb, broken)
    monkeypatch.setattr(paths, "REPORT_NOTEBOOK", broken)
    with pytest.raises(RenderError) as info:
        render_case(paths.FIRST_CASE, tmp_path / "reports")
    message = str(info.value)
    assert message.startswith("lasd-ice-2017: cell ")
    assert "ValueError: boom in the report" in message
    assert not (tmp_path / "reports" / "lasd-ice-2017").exists()


def test_bad_case_in_a_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = make_case(tmp_path / "cases", "good-one")
    bad = make_case(tmp_path / "cases", "bad-one")
    break_case(bad)
    out = tmp_path / "reports"
    status = report_command([bad, good], out, jobs=2)
    captured = capsys.readouterr()
    assert status == 1
    assert (out / "good-one" / "index.html").is_file()
    assert not (out / "bad-one").exists()
    assert "'rumour'" in captured.err and "bad-one" in captured.err
    table = captured.out.splitlines()
    assert table[0].split() == ["case", "status", "seconds", "output"]
    assert table[1].split()[:2] == ["bad-one", "FAILED"]
    assert table[2].split()[:2] == ["good-one", "ok"]


def test_report_cli_without_traceback(tmp_path: Path) -> None:
    bad = make_case(tmp_path / "cases", "bad-one")
    break_case(bad)
    result = subprocess.run(
        [sys.executable, "-m", "timeline.cli", "report", str(bad), "--out", str(tmp_path / "r")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "'rumour'" in result.stderr


def test_parallel_batch_matches_one_by_one(tmp_path: Path) -> None:
    """Two cases at once from the command line: the same bytes as alone, no kernel noise."""
    first = make_case(tmp_path / "cases", "case-a")
    second = make_case(tmp_path / "cases", "case-b")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "timeline.cli",
            "report",
            str(first),
            str(second),
            "--jobs",
            "2",
            "--out",
            str(tmp_path / "two"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "KeyboardInterrupt" not in result.stderr
    assert "Traceback" not in result.stderr
    listed = sorted(p.name for p in (tmp_path / "two").iterdir())
    assert listed == ["case-a", "case-b", "index.html", "index.json"]
    render_case(first, tmp_path / "one")
    assert files_of(tmp_path / "two" / "case-a") == files_of(tmp_path / "one" / "case-a")
    umask = os.umask(0)
    os.umask(umask)
    for folder in ("case-a", "case-b"):
        mode = stat.S_IMODE((tmp_path / "two" / folder).stat().st_mode)
        assert mode == 0o777 & ~umask, folder


def test_kernel_is_stopped_without_an_interrupt() -> None:
    """A kernel whose cells have all run is killed, not sent SIGINT first."""

    async def run() -> list[int]:
        km = _ReportKernelManager(kernel_name="python3")
        await km.start_kernel(extra_arguments=["--IPKernelApp.log_level=ERROR"])
        sent: list[int] = []
        send = km.provisioner.send_signal

        async def record(signum: int) -> None:
            sent.append(signum)
            await send(signum)

        km.provisioner.send_signal = record
        client = km.client()
        client.start_channels()
        try:
            await client.wait_for_ready(timeout=60)
        finally:
            client.stop_channels()
            await km.shutdown_kernel(now=True)
        assert not await km.is_alive()
        return sent

    # in a thread of its own: another test's browser may own this thread's event loop
    with ThreadPoolExecutor(max_workers=1) as pool:
        assert pool.submit(asyncio.run, run()).result() == [signal.SIGKILL]


def test_dask_local_cluster(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    case_dir = make_case(tmp_path / "cases", "on-dask")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        status = report_command(
            [case_dir], tmp_path / "reports", scheduler=cluster.scheduler_address
        )
    assert status == 0
    assert (tmp_path / "reports" / "on-dask" / "index.html").is_file()


def test_papermill_lists_every_parameter() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "papermill", "--help-notebook", str(paths.REPORT_NOTEBOOK)],
        capture_output=True,
        text=True,
        check=True,
    )
    nb = json.loads(paths.REPORT_NOTEBOOK.read_text(encoding="utf-8"))
    source = "".join(nb["cells"][1]["source"])
    names = re.findall(r"^(\w+)\s*(?::[^=]+)?=", source, flags=re.M)
    assert names
    for name in names:
        assert re.search(rf"^\s+{name}: ", result.stdout, flags=re.M), name


@pytest.mark.browser
def test_report_draws_offline(rendered: Path, offline_page: Any) -> None:
    page = offline_page
    page.goto((rendered / "lasd-ice-2017" / "index.html").as_uri())
    page.wait_for_selector(".timeline-chart[data-rendered=true]", timeout=20_000)
    assert page.locator(".timeline-chart svg").count() >= 1
    sentence = finding(load_case(paths.FIRST_CASE)).sentence
    assert " ".join(page.inner_text("body").split()).count(sentence) == 1
    assert page.blocked == []
    assert page.console_errors == [] and page.page_errors == []


def test_the_desk_reads_the_card_the_report_made(rendered: Path) -> None:
    """The executed notebook holds the case's card, so the desk's page loads no case again."""
    from timeline.report import desk
    from timeline.report.cards import case_card, notebook_card

    held = notebook_card(rendered / "lasd-ice-2017" / "report.ipynb")
    assert held == case_card(paths.FIRST_CASE)
    page = (rendered / "lasd-ice-2017" / "index.html").read_text(encoding="utf-8")
    assert "The desk&#x27;s card" not in page and "The desk's card" not in page

    def must_not_load(folders: list[str]) -> dict[str, Any]:
        raise AssertionError(f"loaded again: {folders}")

    class Done:
        case, case_dir, ok, message = "lasd-ice-2017", str(paths.FIRST_CASE), True, ""
        output = rendered / "lasd-ice-2017" / "index.html"

    (entry,) = desk.desk_entries(rendered, [Done()], compute=must_not_load)
    assert entry["finding"] == held["finding"] and entry["statements"] == held["statements"]
