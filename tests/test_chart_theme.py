"""The house theme: registered, never enabled on import, carried by every chart."""

from __future__ import annotations

import re
import subprocess
import sys
from typing import Any

import altair as alt
import pytest

from chart_support import OKABE_ITO, walk
from timeline import Case
from timeline.chart import THEME, house_theme, timeline_chart


def test_theme_is_registered_not_enabled_and_colour_blind_safe(
    first_spec: dict[str, Any],
) -> None:
    assert THEME in alt.theme.names()
    assert alt.theme.active != THEME  # importing the package leaves the active theme alone
    config = first_spec["config"]
    lanes = config["range"]["category"][:4]
    relations = config["range"]["ordinal"]
    assert len(set(lanes)) == 4 and len(set(relations)) == 4
    assert set(lanes[:3]) <= OKABE_ITO
    assert set(relations[:3]) <= OKABE_ITO
    assert relations[0] == "#D55E00"  # contradicts: vermillion, the palette's red
    assert {"tl-label", "tl-halo", "tl-lane", "tl-band"} <= set(config["style"])


def test_no_inline_colours_or_fonts(first_spec: dict[str, Any], synthetic_spec: Any) -> None:
    styling = {"color", "fill", "stroke", "font", "fontSize", "fontWeight", "background"}
    for spec in (first_spec, synthetic_spec):
        body = {k: v for k, v in spec.items() if k not in ("config", "datasets")}
        for path, value in walk(body):
            if isinstance(value, str):
                assert not re.search(r"#[0-9a-fA-F]{3,8}\b|rgba?\(", value), path
            if len(path) >= 2 and path[-2] == "mark" and path[-1] in styling:
                pytest.fail(f"inline {path[-1]} on a mark at {'/'.join(path)}")
        for path, value in walk(body):
            if path and path[-1] in ("fill", "stroke", "color") and isinstance(value, dict):
                assert "value" not in value, path  # colours come from scales, not values
        for lay in spec["vconcat"][0]["layer"]:
            if lay["mark"]["type"] == "text":
                assert lay["mark"]["style"].startswith("tl-")


_IMPORT_LEAVES_THEME = """
import altair as alt

before = alt.theme.active
import importlib, pkgutil
import timeline

names = [m.name for m in pkgutil.walk_packages(timeline.__path__, "timeline.")]
assert "timeline.chart.theme" in names and "timeline.outputs.registry" in names, names
for name in names:  # every module of the package
    importlib.import_module(name)
    assert alt.theme.active == before, (name, before, alt.theme.active)

from timeline import load_case, paths
from timeline.chart import chart_html, theme, timeline_chart

case = load_case(paths.FIRST_CASE)
chart = timeline_chart(case)
spec = chart.to_dict()
chart_html(case)
assert alt.theme.active == before, (before, alt.theme.active)


def within(small, big):
    if isinstance(small, dict):
        return isinstance(big, dict) and all(k in big and within(small[k], big[k]) for k in small)
    return small == big


assert within(theme()["config"], spec["config"]), "the house config is not on the chart"
print("ok", before)
"""


def test_importing_leaves_the_active_theme_alone() -> None:
    """Importing any module keeps the user's Altair theme; a chart still carries the house look."""
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_LEAVES_THEME],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok default"


def test_house_theme_only_while_drawing(first: Case) -> None:
    """The spec a page draws is the same whether or not the caller enabled the theme."""
    assert alt.theme.active != THEME
    chart = timeline_chart(first)
    with alt.theme.enable(THEME):
        themed = chart.to_dict()
    plain = chart.to_dict()
    assert alt.theme.active != THEME
    assert themed["config"]["range"] == plain["config"]["range"]
    assert themed["config"]["style"] == plain["config"]["style"]
    assert themed["config"]["font"] == plain["config"]["font"]
    assert {k: v for k, v in themed.items() if k != "config"} == {
        k: v for k, v in plain.items() if k != "config"
    }


def test_house_theme_is_enabled_only_inside_the_block() -> None:
    before = alt.theme.active
    assert before != THEME
    with house_theme():
        assert alt.theme.active == THEME
    assert alt.theme.active == before
