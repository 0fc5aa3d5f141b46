"""Tests for ``timeline preview``: the live state, the routes, and the page in Chromium."""

from __future__ import annotations

import csv
import http.client
import io
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from timeline import paths
from timeline.preview import Live

NEW_TITLE = "Zebra crossing memo surfaces"


def copy_case(tmp_path: Path) -> Path:
    target = tmp_path / "case"
    shutil.copytree(paths.FIRST_CASE, target)
    return target


def edit_events(folder: Path, row: int, column: str, value: str) -> None:
    """Rewrite ``events.csv`` in place (as an editor that truncates and writes does)."""
    path = folder / "events.csv"
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    rows[row][column] = value
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


# --- the live state, in this process --------------------------------------------------------


def test_a_broken_save_keeps_the_last_good_chart(tmp_path: Path) -> None:
    folder = copy_case(tmp_path)
    live = Live(folder)
    live.refresh()
    first = live.snapshot()
    assert first.good == first.version == 1
    assert first.problems == ()
    edit_events(folder, 0, "lane", "statment")
    live.refresh()
    broken = live.snapshot()
    assert broken.good == 1, "the last good chart stays"
    assert broken.chart == first.chart
    assert any("line 2, column 'lane': 'statment': expected one of" in p for p in broken.problems)
    assert broken.heading.endswith("1 problem")
    edit_events(folder, 0, "lane", "context")
    live.refresh()
    fixed = live.snapshot()
    assert fixed.problems == ()
    assert fixed.good == fixed.version == 3


def test_a_half_written_file_is_read_again(tmp_path: Path) -> None:
    folder = copy_case(tmp_path)
    path = folder / "events.csv"
    whole = path.read_bytes()
    half = whole[: len(whole) // 2]
    live = Live(folder)
    path.write_bytes(half)
    live.refresh()
    assert live.snapshot().problems, "half the file alone is a broken case"
    path.write_bytes(whole)
    live.refresh()
    assert live.snapshot().problems == ()
    published: list[Any] = []
    real = live._publish

    def record(**changes: Any) -> None:
        published.append(changes)
        real(**changes)

    live._publish = record  # type: ignore[method-assign]
    path.write_bytes(half)
    finisher = threading.Timer(0.1, path.write_bytes, args=(whole,))
    finisher.start()  # the rest of the save lands while the half file is being read
    live.refresh()
    finisher.join()
    assert [c.get("problems") for c in published] == [()], "never shown as a problem"


# --- the server, as a reporter runs it --------------------------------------------------------


@pytest.fixture
def server(tmp_path: Path) -> Iterator[dict[str, Any]]:
    folder = copy_case(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "timeline.cli", "preview", str(folder), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert " at http://127.0.0.1:" in line, line + (proc.stderr.read() if proc.stderr else "")
        url = line.split(" at ")[1].split()[0]
        yield {"proc": proc, "url": url, "folder": folder}
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


def status_of(url: str, path: str, host: str | None = None) -> int:
    """The status of a GET of ``path`` sent exactly as written (no normalising of ``..``)."""
    where = url.removeprefix("http://").rstrip("/")
    conn = http.client.HTTPConnection(where, timeout=10)
    try:
        conn.putrequest("GET", path, skip_host=host is not None)
        if host is not None:
            conn.putheader("Host", host)
        conn.endheaders()
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def test_only_its_own_routes_are_served(server: dict[str, Any]) -> None:
    url = server["url"]
    assert status_of(url, "/") == 200
    assert status_of(url, "/state") == 200
    for path in (
        "/../case.yml",
        "/case.yml",
        "/events.csv",
        "/article.txt",
        "/%2e%2e/case.yml",
        "//etc/passwd",
        "/state/../../case.yml",
        "/index.html",
    ):
        assert status_of(url, path) == 404, path
    assert status_of(url, "/", host="attacker.example") == 404


def test_ctrl_c_stops_it_cleanly(server: dict[str, Any]) -> None:
    proc = server["proc"]
    assert status_of(server["url"], "/") == 200
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0
    assert "stopped" in err
    assert "Traceback" not in err


@pytest.mark.browser
def test_the_page_follows_every_save(server: dict[str, Any], offline_page: Any) -> None:
    page, folder = offline_page, server["folder"]
    page.goto(server["url"])
    drawn = "#preview-chart .timeline-chart[data-rendered='true'] svg"
    page.wait_for_selector(drawn, timeout=60_000)
    svg_has = (
        "t => [...document.querySelectorAll('#preview-chart svg')]"
        ".some(s => s.outerHTML.includes(t))"
    )
    assert not page.evaluate(svg_has, NEW_TITLE)

    edit_events(folder, 5, "title", NEW_TITLE)
    page.wait_for_function(svg_has, arg=NEW_TITLE, timeout=20_000)
    assert page.locator("#preview-problems").is_hidden()

    edit_events(folder, 5, "lane", "statment")
    problems = page.locator("#preview-problems")
    problems.wait_for(state="visible", timeout=20_000)
    text = problems.inner_text()
    assert "events.csv, line 7, column 'lane': 'statment': expected one of" in text
    assert page.evaluate(svg_has, NEW_TITLE), "the last good chart is still drawn"
    assert page.locator(drawn).count() >= 1

    edit_events(folder, 5, "lane", "practice")
    problems.wait_for(state="hidden", timeout=20_000)
    page.wait_for_selector(drawn, timeout=20_000)
    assert page.evaluate(svg_has, NEW_TITLE)

    response = page.request.get(server["url"] + "case.yml")
    assert response.status == 404
    assert page.blocked == []
    assert page.page_errors == []
