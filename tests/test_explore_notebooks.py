"""The notebooks' parameters, a broken case in a notebook, and the offline chart renderer."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import altair as alt
import pytest

from outputs_support import cli
from timeline import Case, paths
from timeline.chart import timeline_chart
from timeline.explore import RENDERER, renderer

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("*.ipynb"))


def _break(case_dir: Path) -> None:
    """Two problems in the events table: a date that is no date, a lane that is no lane."""
    events = case_dir / "events.csv"
    lines = events.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace("2017-01-25", "the 32nd of Smarch", 1)
    lines[2] = lines[2].replace(",context,", ",rumour,", 1)
    events.write_text("".join(lines), encoding="utf-8")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_papermill_sees_every_parameter_with_its_type(path: Path) -> None:
    import papermill as pm

    nb = json.loads(path.read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if "parameters" in c["metadata"].get("tags", []))
    tree = ast.parse("".join(cell["source"]))
    names = [
        (node.target if isinstance(node, ast.AnnAssign) else node.targets[0]).id  # type: ignore[attr-defined]
        for node in tree.body
    ]
    seen = pm.inspect_notebook(str(path))
    assert list(seen) == names
    for name, param in seen.items():
        assert param["inferred_type_name"] not in {"None", ""}, name
        assert param["help"], name


def test_a_broken_case_shows_its_problems_in_a_notebook_without_a_traceback(
    case_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from IPython.core.interactiveshell import InteractiveShell

    _break(case_copy)
    validate = cli("validate", str(case_copy))
    assert validate.returncode != 0
    shell = InteractiveShell.instance()
    try:
        capsys.readouterr()
        result = shell.run_cell(
            f"from timeline import load_case\ncase = load_case({str(case_copy)!r})"
        )
        shown = capsys.readouterr()
    finally:
        InteractiveShell.clear_instance()
    assert result.error_in_exec is not None
    text = shown.out + shown.err
    problems = [line for line in validate.stderr.splitlines() if line.strip()]
    assert len(problems) >= 3  # the heading and both problems
    assert [line for line in text.splitlines() if line.strip()] == problems
    assert "Traceback" not in text and "line 1" not in text.replace(", line ", "")
    assert re.search(r"events\.csv, line \d+, column 'date'", text)


def test_the_timeline_renderer_inlines_the_vega_libraries(first: Case) -> None:
    chart = timeline_chart(first)
    with alt.renderers.enable(RENDERER):
        bundle = chart._repr_mimebundle_()
    bundle = bundle[0] if isinstance(bundle, tuple) else bundle
    html = bundle["text/html"]
    assert "window.vegaEmbed=" in html
    assert not re.search(r"<script[^>]+src=", html)
    assert "cdn.jsdelivr" not in html and "https://" not in html.split("<script>")[0]
    assert renderer(chart.to_dict())["text/html"].count("<div id=") == 1


@pytest.mark.browser
def test_the_renderer_draws_as_wide_as_its_cell_once_it_is_shown(
    first: Case, offline_page: Any, tmp_path: Path
) -> None:
    """Two outputs on one page, the first laid out only later (as JupyterLab does)."""
    outputs = [renderer(timeline_chart(first).to_dict())["text/html"] for _ in range(2)]
    page = tmp_path / "cells.html"
    page.write_text(
        "<!doctype html><html><body>"
        f'<div id="cell1" style="display:none;width:1100px">{outputs[0]}</div>'
        f'<div id="cell2" style="width:950px">{outputs[1]}</div>'
        "</body></html>",
        encoding="utf-8",
    )
    offline_page.goto(page.as_uri())
    second = offline_page.locator("#cell2 .timeline-output")
    offline_page.wait_for_selector("#cell2 .timeline-output[data-rendered='true']")
    assert offline_page.locator("#cell1 svg").count() == 0  # not drawn while it has no width
    offline_page.evaluate("document.getElementById('cell1').style.display = 'block'")
    offline_page.wait_for_selector("#cell1 .timeline-output[data-rendered='true']")
    for cell, room in (("#cell1", 1100), ("#cell2", 950)):
        width = float(offline_page.locator(f"{cell} svg").first.get_attribute("width") or 0)
        assert room * 0.9 <= width <= room + 1, (cell, width)
    assert second.locator('[aria-roledescription="event"]').count() == len(first.events)
    offline_page.evaluate("document.getElementById('cell2').style.width = '1250px'")
    offline_page.wait_for_function(
        "parseFloat(document.querySelector('#cell2 svg').getAttribute('width')) > 1150"
    )
    assert offline_page.console_errors == []
    assert offline_page.page_errors == []
    assert offline_page.blocked == []
