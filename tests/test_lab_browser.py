"""A real JupyterLab on loopback runs the exploration notebook in headless Chromium."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lab_support import jupyterlab, open_notebook, run_all
from timeline import paths

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def lab_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder the JupyterLab server works in; its ``notebooks/`` is what it serves."""
    return tmp_path_factory.mktemp("lab")


@pytest.fixture(scope="module")
def lab(lab_root: Path) -> Iterator[tuple[str, str]]:
    """A JupyterLab server on 127.0.0.1 serving a copy of the notebooks (so nothing is saved
    into the project's own notebooks); yields its base URL and token."""
    shutil.copytree(paths.NOTEBOOKS, lab_root / "notebooks")
    with jupyterlab(lab_root) as server:
        yield server


def _run_notebook(
    base: str, token: str, browser: Any, artifacts: Path, name: str
) -> tuple[Any, Any, list[str]]:
    """Open notebook ``name`` in JupyterLab, run every cell and check it ran cleanly.

    Returns the browser context (to close), the page and the requests that were blocked.
    """
    context, page, blocked = open_notebook(base, token, browser, name)
    stem = Path(name).stem
    chart = ".jp-OutputArea-output .vega-embed svg, .jp-OutputArea-output canvas"
    run_all(page, artifacts, stem, chart)
    prompts = page.locator(".jp-InputArea-prompt").all_inner_texts()
    errors = page.locator(
        ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
    ).all_inner_texts()
    page.screenshot(path=str(artifacts / f"jupyterlab-{stem}.png"), full_page=False)
    assert not [e for e in errors if "Error" in e or "Traceback" in e], errors
    assert not any("*" in p for p in prompts), prompts  # every cell finished
    assert page.locator(".jp-OutputArea-output table").count() >= 1
    return context, page, blocked


def test_exploration_notebook_runs_in_jupyterlab(
    lab: tuple[str, str], browser: Any, artifacts: Path
) -> None:
    base, token = lab
    context, _, blocked = _run_notebook(base, token, browser, artifacts, "explore.ipynb")
    try:
        assert blocked == []
    finally:
        context.close()


def test_large_case_period_chart_filters_in_the_kernel(
    lab: tuple[str, str], lab_root: Path, browser: Any, artifacts: Path, make_case: Any
) -> None:
    """A large case's period chart, through VegaFusion: brushing draws and lists events."""
    case_dir = make_case(lab_root / "big-case", events=20_000, seed=3)
    notebook = json.loads((lab_root / "notebooks" / "explore.ipynb").read_text(encoding="utf-8"))
    params = next(c for c in notebook["cells"] if "parameters" in c["metadata"].get("tags", []))
    params["source"] = [f"case_dir = {str(case_dir)!r}\n", "width = 900\n"]
    (lab_root / "notebooks" / "explore-large.ipynb").write_text(
        json.dumps(notebook), encoding="utf-8"
    )
    base, token = lab
    context, page, blocked = _run_notebook(base, token, browser, artifacts, "explore-large.ipynb")
    try:
        period = page.locator(".jp-OutputArea-output .vega-embed").nth(1)
        # the lower view's marks, one a brushed event (Vega names the view concat_1)
        ticks = period.locator("g.role-mark[class*='concat_1_marks'] path")
        assert ticks.count() == 0  # nothing brushed yet: no event drawn
        period.scroll_into_view_if_needed()
        strip = period.locator("svg").first.bounding_box()
        # drag across a short stretch of the upper strip (the counts)
        y = strip["y"] + 60
        page.mouse.move(strip["x"] + strip["width"] * 0.55, y)
        page.mouse.down()
        page.mouse.move(strip["x"] + strip["width"] * 0.57, y, steps=6)
        page.mouse.up()
        try:
            ticks.first.wait_for(timeout=30_000)
        finally:
            page.screenshot(path=str(artifacts / "jupyterlab-explore-large-brushed.png"))
        heading = page.get_by_text("the period the chart is zoomed in on")
        heading.first.wait_for(timeout=30_000)
        # The kernel answers each step of the drag; wait until the chart and the table both
        # show the last one (they must agree then), rather than reading them mid-update.
        deadline = time.monotonic() + 30
        while True:
            listed = int(heading.first.inner_text().split()[0].replace(",", ""))
            drawn = ticks.count()
            if drawn == listed or time.monotonic() > deadline:
                break
            page.wait_for_timeout(250)
        assert 0 < drawn == listed
        assert blocked == []
    finally:
        context.close()
