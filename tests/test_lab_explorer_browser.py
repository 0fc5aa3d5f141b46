"""The Explorer in a real JupyterLab (headless Chromium): it follows every click and filter.

Each test drives the exploration notebook as a reporter would and checks what the page
and the repository then show: clicks after a filter change (issue item 1), shift-click
(2), a broken case (3), an empty filter (5), saving the notebook (6), the legend and the
lane list (7), and ``timeline_chart(case)`` drawn offline with the ``timeline`` renderer.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lab_support import (
    click,
    clone_with_filter,
    error_outputs,
    git,
    jupyterlab,
    open_notebook,
    run_all,
    write_notebook,
)
from notebook_support import assert_clean_notebook, stored_text
from outputs_support import cli
from timeline import Case, paths
from timeline.case import LANE_LABELS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

EXPLORER = ".jp-OutputArea-output .widget-vbox"
HEADING = ".tl-explore-heading"
EVENTS = '.jp-OutputArea-output .vega-embed [aria-roledescription="event"]'
TWEET = "july-tweet"
OTHER = "ig-inquiry"


@pytest.fixture(scope="module")
def lab_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A git clone of the notebooks, with the notebook filter that ``make lab`` sets up."""
    root = tmp_path_factory.mktemp("lab-explorer")
    shutil.copytree(paths.NOTEBOOKS, root / "notebooks")
    clone_with_filter(root)
    return root


@pytest.fixture(scope="module")
def lab(lab_root: Path) -> Iterator[tuple[str, str]]:
    with jupyterlab(lab_root) as server:
        yield server


@pytest.fixture(scope="module")
def explorer_page(
    lab: tuple[str, str], browser: Any, artifacts: Path
) -> Iterator[tuple[Any, list[str]]]:
    """``explore.ipynb`` run to the end in JupyterLab, the Explorer drawn and listed."""
    base, token = lab
    context, page, blocked = open_notebook(base, token, browser, "explore.ipynb")
    try:
        run_all(page, artifacts, "explorer", EVENTS)
        page.locator(HEADING).first.wait_for(timeout=60_000)
        assert not [e for e in error_outputs(page) if "Error" in e or "Traceback" in e]
        # JupyterLab takes a first click into an output to make its cell the active one,
        # as a reporter's first click does: click the chart's title once
        page.locator(".jp-OutputArea-output .vega-embed").first.click(position={"x": 20, "y": 8})
        yield page, blocked
    finally:
        context.close()


def _centre(page: Any, title: str, selector: str = EVENTS) -> tuple[float, float]:
    """The middle of the one element of ``selector`` (by default an event mark) whose
    label or text holds ``title``, scrolled into view, once it has stopped moving (outputs
    above it still drawing would move it away from a click)."""
    where = _where(page, title, selector)
    for _ in range(25):
        page.wait_for_timeout(200)
        now = _where(page, title, selector)
        if now == where:
            break
        where = now
    return where


def _where(page: Any, title: str, selector: str) -> tuple[float, float]:
    box = page.evaluate(
        """([selector, text]) => {
          const els = [...document.querySelectorAll(selector)].filter(
            e => (e.getAttribute('aria-label') || e.textContent).includes(text));
          if (els.length !== 1) { return els.length; }
          els[0].scrollIntoView({block: "center", inline: "center"});
          const r = els[0].getBoundingClientRect();
          return [r.left + r.width / 2, r.top + r.height / 2];
        }""",
        [selector, title],
    )
    assert isinstance(box, list), f"{box} event marks hold {title!r}"
    return float(box[0]), float(box[1])


def _heading(page: Any, starts: str) -> str:
    """Wait until the table's heading starts with ``starts``; return it."""
    try:
        page.wait_for_function(
            "s => { const h = document.querySelector('.tl-explore-heading');"
            " return h && h.textContent.startsWith(s); }",
            arg=starts,
            timeout=30_000,
        )
    except Exception:
        shown = page.locator(HEADING).all_inner_texts()
        pytest.fail(f"the table's heading is {shown}, not {starts!r}…")
    return str(page.locator(HEADING).first.inner_text())


def _listed(page: Any) -> set[str]:
    return set(
        page.locator(".tl-explore tr[data-id]").evaluate_all("rows => rows.map(r => r.dataset.id)")
    )


def _selects(page: Any) -> tuple[Any, Any]:
    selects = page.locator(f"{EXPLORER} .widget-select-multiple select")
    return selects.nth(0), selects.nth(1)


def _title(case: Case, event: str) -> str:
    return str(case.events.set_index("id").at[event, "title"])


def test_the_legend_and_the_lane_list_are_one_state(
    explorer_page: tuple[Any, list[str]], first: Case
) -> None:
    page, _ = explorer_page
    lanes, _ = _selects(page)
    statement = LANE_LABELS["statement"]
    _click_legend(page, statement, chosen=False)
    expected = first.events.loc[first.events["lane"] != "statement", "id"]
    _heading(page, f"Every event shown: {len(expected)}")
    assert _listed(page) == set(expected)
    _click_legend(page, statement, chosen=True)
    _heading(page, f"Every event shown: {len(first.events)}")
    chosen = lanes.evaluate("s => [...s.selectedOptions].map(o => o.textContent)")
    assert statement in [" ".join(c.split()) for c in chosen]


def _click_legend(page: Any, label: str, *, chosen: bool) -> None:
    """Click a lane's legend entry until the chart shows the lane ``chosen`` or not, then
    wait for the lane list to follow it.

    A click that lands while JupyterLab is still settling focus on the output is not
    delivered to the chart (a reporter would click again). The chart answers a click at
    once, in the page; the lane list follows through the kernel, which on a busy machine
    can take a while. So a click is repeated only while the chart has not answered: a
    legend entry toggles its lane, and a second click after a slow first one would undo
    it. Should the lane list still not follow, the entry is clicked off and on again, as
    a reporter would; every change reaches the kernel in order, so the list ends as the
    chart does.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    listed = (
        "([sel, label, chosen]) => [...document.querySelectorAll(sel)[0].selectedOptions]"
        ".some(o => o.textContent.replace(/\\s+/g, ' ') === label) === chosen"
    )
    arg = [f"{EXPLORER} .widget-select-multiple select", label, chosen]
    _legend_to(page, label, chosen)
    for attempt in range(3):
        try:
            page.wait_for_function(listed, arg=arg, timeout=30_000)
            return
        except PlaywrightTimeout:
            if attempt == 2:
                raise
            _legend_to(page, label, not chosen)
            _legend_to(page, label, chosen)


def _legend_to(page: Any, label: str, chosen: bool) -> None:
    """Click the legend entry until the chart draws the lane ``chosen`` (or hidden)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    drawn = (
        "([sel, label, chosen]) => { const marks = [...document.querySelectorAll(sel)].filter("
        "e => (e.getAttribute('aria-label') || '').startsWith(label + ':'));"
        " return marks.length > 0 && marks.every("
        "e => (parseFloat(e.getAttribute('opacity') ?? '1') >= 0.5) === chosen); }"
    )
    for attempt in range(3):
        page.mouse.click(*_centre(page, label, ".jp-OutputArea-output .role-legend text"))
        try:
            page.wait_for_function(drawn, arg=[EVENTS, label, chosen], timeout=10_000)
            return
        except PlaywrightTimeout:  # a lost click, clicked again
            if attempt == 2:
                raise


def test_no_lane_chosen_draws_an_empty_chart_with_a_sentence(
    explorer_page: tuple[Any, list[str]], first: Case
) -> None:
    page, _ = explorer_page
    lanes, _ = _selects(page)
    every = lanes.evaluate("s => [...s.options].map(o => o.textContent)")
    lanes.select_option([])
    heading = _heading(page, "No lane is chosen")
    page.locator(".jp-OutputArea-output .vega-embed svg text", has_text=heading).first.wait_for()
    assert page.locator(EVENTS).count() == 0
    assert not [e for e in error_outputs(page) if "Error" in e]
    lanes.select_option(label=every)
    _heading(page, f"Every event shown: {len(first.events)}")
    page.wait_for_function(f"document.querySelectorAll('{EVENTS}').length === {len(first.events)}")


def test_clicks_and_shift_clicks_are_followed_after_a_filter_change(
    explorer_page: tuple[Any, list[str]], first: Case
) -> None:
    page, _ = explorer_page
    _, precisions = _selects(page)
    month = first.events[first.events["precision"] == "month"]
    assert {TWEET, OTHER} <= set(month["id"])
    precisions.select_option(label=["month"])
    page.wait_for_function(f"document.querySelectorAll('{EVENTS}').length === {len(month)}")
    _heading(page, f"Every event shown: {len(month)}")
    page.mouse.click(*_centre(page, _title(first, TWEET)))
    _heading(page, "1 selected event")
    assert _listed(page) == {TWEET}
    page.keyboard.down("Shift")
    page.mouse.click(*_centre(page, _title(first, OTHER)))
    page.keyboard.up("Shift")
    _heading(page, "2 selected events")
    assert _listed(page) == {TWEET, OTHER}
    page.keyboard.down("Shift")
    page.mouse.click(*_centre(page, _title(first, OTHER)))
    page.keyboard.up("Shift")
    _heading(page, "1 selected event")
    assert _listed(page) == {TWEET}


def test_saving_the_notebook_leaves_git_and_the_tests_clean(
    explorer_page: tuple[Any, list[str]], lab_root: Path
) -> None:
    page, blocked = explorer_page
    path = lab_root / "notebooks" / "explore.ipynb"
    click(page, page.locator(".jp-Notebook:visible").first)
    page.keyboard.press("Control+s")
    deadline = time.monotonic() + 30
    outputs: list[Any] = []
    while True:
        # The server writes the file in place, so a read can catch it empty or half
        # written; only a whole document counts as saved.
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            saved = {"cells": []}
        outputs = [o for c in saved["cells"] for o in c.get("outputs", [])]
        if outputs or time.monotonic() > deadline:
            break
        page.wait_for_timeout(250)
    assert outputs, "JupyterLab saved the run's outputs into the file"
    # git compares what it would store: nothing. (Its `status` may list the file, whose
    # size changed, until `git add`, which then stores nothing new.)
    assert git(lab_root, "diff", "--", "notebooks") == ""
    git(lab_root, "add", "--", "notebooks/explore.ipynb")
    assert git(lab_root, "status", "--porcelain", "--", "notebooks/explore.ipynb") == ""
    assert git(lab_root, "diff", "--cached", "--stat") == ""
    assert_clean_notebook(json.loads(stored_text(lab_root, path)))
    assert blocked == []


def test_a_broken_case_lists_its_problems_as_the_cell_output(
    lab: tuple[str, str], lab_root: Path, browser: Any, artifacts: Path, case_copy: Path
) -> None:
    events = case_copy / "events.csv"
    lines = events.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace("2017-01-25", "the 32nd of Smarch", 1)
    events.write_text("".join(lines), encoding="utf-8")
    expected = [line for line in cli("validate", str(case_copy)).stderr.splitlines() if line]
    notebook = json.loads((lab_root / "notebooks" / "explore.ipynb").read_text(encoding="utf-8"))
    notebook["cells"][1]["source"] = [f"case_dir: str = {str(case_copy)!r}\n"]
    (lab_root / "notebooks" / "explore-broken.ipynb").write_text(
        json.dumps(notebook), encoding="utf-8"
    )
    base, token = lab
    context, page, _ = open_notebook(base, token, browser, "explore-broken.ipynb")
    try:
        stderr = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
        run_all(page, artifacts, "explore-broken", stderr)
        page.screenshot(path=str(artifacts / "jupyterlab-explore-broken.png"))
        shown = error_outputs(page)
        assert len(shown) == 1
        assert [line for line in shown[0].splitlines() if line.strip()] == expected
        assert "Traceback" not in shown[0] and "line 1," not in shown[0].split("\n", 1)[0]
        assert "column 'date'" in shown[0]
    finally:
        context.close()


def test_timeline_chart_renders_offline_as_wide_as_the_cell(
    lab: tuple[str, str], lab_root: Path, browser: Any, artifacts: Path, first: Case
) -> None:
    write_notebook(
        lab_root / "notebooks" / "chart.ipynb",
        [
            ("markdown", "# The chart"),
            ("code", 'case_dir: str = "data/cases/lasd-ice-2017"  # the case'),
            (
                "code",
                "import altair as alt\n"
                "from timeline import load_case\n"
                "from timeline.chart import timeline_chart\n"
                "from timeline.paths import project_path\n"
                'alt.renderers.enable("timeline")\n'
                "timeline_chart(load_case(project_path(case_dir)))",
            ),
        ],
    )
    base, token = lab
    context, page, blocked = open_notebook(base, token, browser, "chart.ipynb")
    try:
        run_all(page, artifacts, "chart", ".timeline-output[data-rendered='true'] svg")
        page.screenshot(path=str(artifacts / "jupyterlab-chart.png"))
        output = page.locator(".timeline-output").first
        assert output.locator('[aria-roledescription="event"]').count() == len(first.events)
        room = float(output.evaluate("e => e.clientWidth"))
        drawn = float(output.locator("svg").first.get_attribute("width") or 0)
        assert 0.8 * room <= drawn <= room + 1
        assert blocked == []
    finally:
        context.close()
