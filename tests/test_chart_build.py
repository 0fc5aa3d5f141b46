"""The whole chart: its views, variants and interactions, valid and deterministic."""

from __future__ import annotations

import json
import re
from typing import Any

import altair as alt
import pytest

from chart_support import KEY_EVENTS, by_id, layer
from timeline import Case
from timeline.chart import signals as sig
from timeline.chart import timeline_chart


def test_container_width_and_overview(first_spec: dict[str, Any]) -> None:
    main, overview = first_spec["vconcat"]
    assert main["width"] == "container" and overview["width"] == "container"
    names = {p["name"]: p for p in first_spec["params"]}
    assert names["zoom"]["bind"] == "scales" and names["zoom"]["select"]["encodings"] == ["x"]
    assert names["brush"]["select"]["type"] == "interval"
    assert names["brush"]["views"][0].startswith("ov_events")
    assert "brush.s0" in layer(first_spec, "event_bars")["encoding"]["x"]["scale"]["domain"]["expr"]
    assert names["lanes"]["bind"] == "legend"
    assert names["pick"]["select"]["fields"] == ["id"]
    # the bars dim unless selected or linked to a selected event (click, then shift-click)
    assert "sel_ids" in json.dumps(layer(first_spec, "event_bars")["encoding"])
    assert "datum.group" in json.dumps(layer(first_spec, "event_bars")["encoding"])


def test_fixed_width(first: Case) -> None:
    spec = timeline_chart(first, width=900).to_dict()
    assert spec["vconcat"][0]["width"] == 900 and spec["vconcat"][1]["width"] == 900


def test_vertical_variant(first: Case) -> None:
    spec = timeline_chart(first, vertical=True).to_dict()
    bars = layer(spec, "event_bars")["encoding"]
    assert bars["y"]["type"] == "temporal" and bars["y"]["scale"]["reverse"] is True
    assert bars["x"]["type"] == "quantitative"
    names = {p["name"]: p for p in spec["params"]}
    assert names["zoom"]["select"]["encodings"] == ["y"]
    events = by_id(spec)
    labelled = {i for i, e in events.items() if e["label"]}
    assert labelled == {i for i, e in events.items() if e["key"]} >= KEY_EVENTS
    # labels sit in their own column, right of every lane, dodged in time
    column = {e["label_p"] for e in events.values() if e["label"]}
    assert len(column) == 1 and column.pop() > max(e["hi"] for e in events.values())
    times = sorted(e["label_t"] for e in events.values() if e["label"])
    assert len(set(times)) == len(times)


@pytest.mark.parametrize("kwargs", [{}, {"vertical": True}, {"width": 900}])
def test_valid_vega_lite(first: Case, kwargs: dict[str, Any]) -> None:
    """The whole spec, theme included, validates against the schema Altair ships."""
    from altair.utils.schemapi import validate_jsonschema
    from altair.vegalite.v6.schema import load_schema

    spec = timeline_chart(first, **kwargs).to_dict()
    assert spec["$schema"] == alt.SCHEMA_URL
    validate_jsonschema(spec, load_schema())


def test_deterministic(first: Case) -> None:
    a = json.dumps(timeline_chart(first).to_dict(), sort_keys=False)
    b = json.dumps(timeline_chart(first).to_dict(), sort_keys=False)
    assert a == b


def test_static_export_renders(first: Case) -> None:
    vlc = pytest.importorskip("vl_convert")
    svg = vlc.vegalite_to_svg(timeline_chart(first, width=700).to_dict())
    assert svg.count('aria-roledescription="event"') == len(first.events)


@pytest.mark.parametrize("kwargs", [{}, {"vertical": True}, {"width": 550}])
def test_layers_keep_their_names_and_each_interaction_names_its_layer(
    first: Case, kwargs: dict[str, Any]
) -> None:
    """Every layer is named as the signals module says, so interactions find their views."""
    spec = timeline_chart(first, **kwargs).to_dict()
    main, overview = spec["vconcat"]
    assert (main["name"], overview["name"]) == (sig.MAIN, sig.OVERVIEW)
    named = {lay["name"] for view in (main, overview) for lay in view["layer"]}
    assert all(re.fullmatch(r"\w+_[01]", name) for name in named)
    declared = {v for k, v in vars(sig).items() if k.isupper() and isinstance(v, str)}
    assert named <= declared
    views = {v for p in spec["params"] for v in p.get("views", [])}
    assert views == {sig.EVENT_BARS, sig.TAILS, sig.OV_EVENTS} <= named
