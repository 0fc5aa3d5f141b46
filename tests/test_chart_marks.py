"""Event marks: lanes, one mark an event at its precision, fading open dates, tooltips."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

import pytest

from chart_support import by_id, layer, rows
from timeline import Case
from timeline.chart import LANE_LABELS, timeline_chart


def test_lanes_in_order_with_plain_labels(first_spec: dict[str, Any]) -> None:
    lanes = rows(first_spec, "lanes")
    assert [r["lane_label"] for r in lanes] == [
        "What officials said",
        "What happened behind the scenes",
        "Oversight and disclosure",
        "Context",
    ]
    tops = [r["top"] for r in lanes]
    assert tops == sorted(tops)
    assert all(a["bottom"] < b["top"] for a, b in pairwise(lanes))
    scale = layer(first_spec, "tails")["encoding"]["fill"]["scale"]
    assert scale["domain"] == list(LANE_LABELS.values())
    assert scale["range"] == "category"


def test_empty_lane_is_left_out(synthetic: Case, synthetic_spec: dict[str, Any]) -> None:
    assert not (synthetic.events["lane"] == "context").any()
    labels = [r["lane_label"] for r in rows(synthetic_spec, "lanes")]
    assert labels == [
        "What officials said",
        "What happened behind the scenes",
        "Oversight and disclosure",
    ]
    legend = layer(synthetic_spec, "tails")["encoding"]["fill"]["legend"]
    assert "Context" not in legend["values"]


@pytest.mark.parametrize("case_name", ["first", "synthetic"])
def test_one_mark_datum_per_event(case_name: str, request: pytest.FixtureRequest) -> None:
    case: Case = request.getfixturevalue(case_name)
    spec = timeline_chart(case).to_dict()
    events = rows(spec, "events")
    assert [e["id"] for e in events] == list(case.events["id"])
    filters = {
        name: layer(spec, name)["transform"][0]["filter"]
        for name in ("event_bars", "event_bars_approximate", "event_points")
    }
    assert filters == {
        "event_bars": "datum.shape === 'bar' && !datum.approximate",
        "event_bars_approximate": "datum.shape === 'bar' && datum.approximate",
        "event_points": "datum.shape === 'point'",
    }
    assert {e["shape"] for e in events} <= {"bar", "point"}  # so each is drawn exactly once
    assert all(isinstance(e["approximate"], bool) for e in events)
    for name in ("event_bars", "event_bars_approximate", "event_points"):
        mark = layer(spec, name)["mark"]
        assert mark["ariaRoleDescription"] == "event"
        assert layer(spec, name)["encoding"]["description"]["field"] == "aria"
    assert layer(spec, "event_bars_approximate")["mark"]["strokeDash"]
    assert layer(spec, "event_bars")["encoding"]["fillOpacity"]["condition"]["test"] == (
        "datum.approximate"
    )


def test_every_relation_and_precision_in_synthetic(synthetic_spec: dict[str, Any]) -> None:
    relations = {r["relation"] for r in rows(synthetic_spec, "links")}
    assert relations == {"contradicts", "reveals", "admits", "prompted"}
    events = by_id(synthetic_spec)
    precisions = {e["precision"] for e in events.values()}
    assert precisions == {"day", "week", "month", "season", "quarter", "year", "decade"}
    assert events["holt-safe-pledge"]["shape"] == "point"
    assert events["chemical-switch"]["shape"] == "bar"  # a week is a bar
    decade = events["unrecorded-pipes"]
    assert (decade["s1"] - decade["s0"]) / 86_400_000 == 3652  # 1990-01-01 .. 2000-01-01
    assert events["engineer-email"]["approximate"] is True


def test_open_bounds_fade_and_say_so(synthetic_spec: dict[str, Any]) -> None:
    events = by_id(synthetic_spec)
    before, after = events["discarded-samples"], events["state-review"]
    assert before["open"] == "start" and after["open"] == "end"
    assert before["v0"] < before["s0"] and before["ks"] == list(range(28))
    assert after["v1"] > after["s1"] and after["ks"] == list(range(28, 56))
    assert before["tip"]["Resolved"].startswith("on or before 30 April 2016")
    assert after["tip"]["Resolved"].startswith("on or after 12 September 2016")
    tails = layer(synthetic_spec, "tails")
    assert tails["transform"][0] == {"filter": "datum.open"}
    assert tails["encoding"]["fillOpacity"]["field"] == "fade"


def test_first_case_open_bounds(first_spec: dict[str, Any]) -> None:
    events = by_id(first_spec)
    computers = events["ice-desktop-computers"]
    assert computers["open"] == "start"
    assert computers["tip"]["Resolved"] == "on or before 9 October 2017 (day)"
    assert "on or before" in computers["aria"]


def test_tooltip_has_title_dates_actor_quote_and_source(first_spec: dict[str, Any]) -> None:
    tweet = by_id(first_spec)["july-tweet"]["tip"]
    assert tweet["title"] == "LASD tweets that it does not provide release info to ICE"
    assert tweet["Date in the story"] == "in July"
    assert tweet["Resolved"] == "1–31 July 2017 (month)"
    assert tweet["Who"] == "Los Angeles County Sheriff's Department"
    assert "LASD does NOT provide release info to #ICE" in tweet["Quote"]
    assert tweet["Source"] == "article ¶12"
    bars = layer(first_spec, "event_bars")
    assert bars["encoding"]["tooltip"]["field"] == "tip"


def test_href_only_for_web_sources(first_spec: dict[str, Any], synthetic_spec: Any) -> None:
    for spec in (first_spec, synthetic_spec):
        for e in rows(spec, "events"):
            tip_source = e["tip"]["Source"]
            if e["href"]:
                assert re.match(r"https?://", e["href"]) and tip_source.startswith(e["href"])
            else:
                assert not tip_source.startswith(("http://", "https://"))
    assert (
        by_id(synthetic_spec)["review-finding"]["href"] == "https://example.org/state-review-2016"
    )
    href = layer(first_spec, "event_points")["encoding"]["href"]
    assert href["condition"]["field"] == "href" and href["value"] is None
