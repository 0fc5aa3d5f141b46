"""The exploration widget: selections and zoomed-in periods read back in Python."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd
from altair.jupyter.jupyter_chart import IntervalSelection, PointSelection

from timeline import Case, load_case
from timeline.chart import theme
from timeline.density import anchors
from timeline.explore import PERIOD_PARAM, ROW_COLUMNS, Explorer, period_chart

DAY_MS = 86_400_000


def _ms(day: str) -> int:
    return int(pd.Timestamp(day).value // 1_000_000)


def test_whole_period_lists_every_event(first: Case) -> None:
    ex = Explorer(first, width=800)
    assert ex.window() is None
    assert ex.window_rows().empty
    assert list(ex.selected_rows()["id"]) == list(first.events["id"])
    assert list(ex.selected_rows().columns) == ROW_COLUMNS


def _overlapping(events: pd.DataFrame, lo: str, hi: str) -> list[str]:
    """Ids of the events whose drawn stretch overlaps [lo, hi], worked out one by one."""
    first, last = pd.Timestamp(lo), pd.Timestamp(hi)
    out = []
    for rec in events.to_dict("records"):
        begins = rec["start"] if pd.notna(rec["start"]) else pd.Timestamp.min
        ends = rec["end"] + pd.Timedelta(days=1) if pd.notna(rec["end"]) else pd.Timestamp.max
        if begins <= last and ends > first:
            out.append(rec["id"])
    return out


def test_brush_lists_every_event_the_period_shows(first: Case) -> None:
    ex = Explorer(first, width=800)
    lo, hi = _ms("2017-01-01"), _ms("2017-07-31")
    ex.chart.selections._set_value("brush", IntervalSelection("brush", {"s0": [hi, lo]}, []))
    assert ex.window() == (pd.Timestamp("2017-01-01"), pd.Timestamp("2017-07-31"))
    rows = ex.selected_rows()
    assert list(rows["id"]) == _overlapping(first.events, "2017-01-01", "2017-07-31")
    # more than the events whose middle falls in the period: those that reach into it too
    middle = anchors(first.events)
    inside = (middle >= pd.Timestamp("2017-01-01")) & (middle <= pd.Timestamp("2017-07-31"))
    assert len(rows) > int(inside.sum())
    # a clicked event wins over the period
    ex.chart.selections._set_value("pick", PointSelection("pick", [{"id": "july-tweet"}], []))
    assert list(ex.selected_rows()["id"]) == ["july-tweet"]


def test_zoom_wins_over_brush_and_accepts_date_strings(first: Case) -> None:
    ex = Explorer(first, width=800)
    ex.chart.selections._set_value(
        "brush", IntervalSelection("brush", {"s0": [_ms("2016-01-01"), _ms("2017-12-31")]}, [])
    )
    ex.chart.selections._set_value(
        "zoom",
        IntervalSelection("zoom", {"s0": ["2017-07-01T00:00:00.000Z", "2017-07-31T00:00:00Z"]}, []),
    )
    assert ex.window() == (pd.Timestamp("2017-07-01"), pd.Timestamp("2017-07-31"))


def test_large_case_lists_binned_events_of_a_short_period(
    tmp_path: Path, make_case: Callable[..., Path]
) -> None:
    case = load_case(make_case(tmp_path / "big", events=5000, seed=5))
    ex = Explorer(case, width=800)
    assert "bins" in ex.spec.datasets  # the chart draws counts
    lo, hi = _ms("2017-03-01"), _ms("2017-03-07")
    ex.chart.selections._set_value("brush", IntervalSelection("brush", {"s0": [lo, hi]}, []))
    rows = ex.window_rows()
    single = {e["id"] for e in ex.spec.datasets["events"]}
    binned = [i for i in rows["id"] if i not in single]
    assert binned, "the period's binned events are listed one by one"
    assert len(rows) == len(set(rows["id"]))


def _brush_period(explorer: Explorer, lo: str, hi: str) -> list[Any]:
    """Brush the period chart from ``lo`` to ``hi`` as the page would, through VegaFusion."""
    assert explorer.period is not None
    store = [
        {
            "unit": "concat_0",
            "fields": [{"field": "anchor", "channel": "x", "type": "R"}],
            "values": [[_ms(lo), _ms(hi)]],
        }
    ]
    update = {"namespace": "data", "name": f"{PERIOD_PARAM}_store", "scope": [], "value": store}
    return list(explorer.period._chart_state.update([update]))


def test_large_case_period_chart_runs_through_vegafusion(
    tmp_path: Path, make_case: Callable[..., Path]
) -> None:
    case = load_case(make_case(tmp_path / "big", events=20_000, seed=5))
    ex = Explorer(case, width=800)
    assert ex.period is not None
    # what reaches the page: counts, not the 20,000 rows
    assert len(json.dumps(ex.period.spec)) < 200_000
    assert ex.period._js_watch_plan == [
        {"namespace": "data", "name": f"{PERIOD_PARAM}_store", "scope": []}
    ]
    counts = [d for d in ex.period.spec["data"] if d.get("values")]
    assert sum(r["n"] for d in counts for r in d["values"] if "n" in r) == len(case.events)
    # brushing two weeks brings exactly those weeks' events, computed in the kernel
    rows = [u for u in _brush_period(ex, "2017-03-01", "2017-03-15") if u["namespace"] == "data"]
    shown = max(rows, key=lambda u: len(u["value"]))["value"]
    anchor = anchors(case.events)
    inside = (anchor >= pd.Timestamp("2017-03-01")) & (anchor <= pd.Timestamp("2017-03-15"))
    assert 0 < len(shown) == int(inside.sum())
    assert {r["id"] for r in shown} == set(case.events.loc[inside, "id"])
    # and the table below lists them
    ex.period.selections._set_value(
        PERIOD_PARAM,
        IntervalSelection(PERIOD_PARAM, {"anchor": [_ms("2017-03-01"), _ms("2017-03-15")]}, []),
    )
    assert set(ex.selected_rows()["id"]) == set(case.events.loc[inside, "id"])


def test_small_case_has_no_period_chart(first: Case) -> None:
    assert Explorer(first, width=800).period is None


def test_explorer_draws_in_the_house_theme_and_leaves_the_active_one(first: Case) -> None:
    before = alt.theme.active
    ex = Explorer(first, width=800)
    assert alt.theme.active == before
    config = theme()["config"]
    assert ex.chart.spec["config"]["range"] == config["range"]
    assert ex.chart.spec["config"]["font"] == config["font"]
    period = period_chart(first).to_dict()
    assert period["config"]["range"]["category"] == config["range"]["category"]
    assert alt.theme.active == before


# --- the Explorer follows the reporter -------------------------------------------------------


def _from_page(ex: Explorer, **selections: dict[str, Any]) -> None:
    """Send selections to the widget as the page's script does (``_vl_selections``)."""
    ex.chart._vl_selections = {**ex.chart._vl_selections, **selections}


def _picked(*ids: str) -> dict[str, Any]:
    return {"value": {"vlPoint": {"or": [{"id": i} for i in ids]}}, "store": []}


def _lanes_shown(*labels: str) -> dict[str, Any]:
    return {"value": {"vlPoint": {"or": [{"lane_label": x} for x in labels]}}, "store": []}


def test_clicks_are_followed_after_every_filter_change(first: Case) -> None:
    ex = Explorer(first, width=800)
    _from_page(ex, pick=_picked("july-tweet"))
    assert ex.heading.startswith("1 selected event")
    tweet = first.events.set_index("id").at["july-tweet", "precision"]
    ex.precisions.value = tuple(p for p in ex.precisions.value if p == tweet or p == "day")
    _from_page(ex, pick=_picked("july-tweet"))
    assert ex.heading.startswith("1 selected event")
    assert 'data-id="july-tweet"' in ex.table.value
    ex.lanes.value = ("statement", "practice")
    _from_page(ex, brush={"value": {"s0": [_ms("2017-07-01"), _ms("2017-07-31")]}, "store": []})
    _from_page(ex, pick=_picked())
    assert "the period the chart is zoomed in on" in ex.heading


def test_shift_click_adds_and_removes_events(first: Case) -> None:
    ex = Explorer(first, width=800)
    pick = next(p for p in ex.spec.to_dict()["params"] if p["name"] == "pick")
    assert pick["select"]["toggle"] == "event.shiftKey"
    _from_page(ex, pick=_picked("july-tweet", "ig-inquiry"))
    assert ex.heading.startswith("2 selected events")
    assert ex.selected_ids() == [i for i in first.events["id"] if i in {"july-tweet", "ig-inquiry"}]
    _from_page(ex, pick=_picked("ig-inquiry"))
    assert ex.selected_ids() == ["ig-inquiry"]


def test_an_empty_filter_draws_an_empty_chart_and_says_why(first: Case) -> None:
    ex = Explorer(first, width=800)
    ex.lanes.value = ()
    assert ex.selected_rows().empty
    assert ex.heading.startswith("No lane is chosen")
    title = ex.chart.spec["title"]
    assert title["text"] == ex.heading and "data-id" not in ex.table.value
    ex.lanes.value = ("statement",)
    ex.precisions.value = ()
    assert ex.heading.startswith("No date precision is chosen")
    ex.precisions.value = ("day",)
    assert set(ex.selected_rows()["lane"]) == {"statement"}


def test_legend_and_lane_list_are_one_state(first: Case) -> None:
    from timeline.case import LANE_LABELS

    ex = Explorer(first, width=800)
    drawn = ex.spec
    labels = [LANE_LABELS[lane] for lane in ex.lanes.value]
    _from_page(ex, lanes=_lanes_shown(*[x for x in labels if x != LANE_LABELS["context"]]))
    assert "context" not in ex.lanes.value
    assert "context" not in set(ex.selected_rows()["lane"])
    assert ex.spec is drawn  # the chart shows it already: not drawn again
    # the list hides a lane as the legend does, and the legend can bring it back
    ex.lanes.value = tuple(x for x in ex.lanes.value if x != "practice")
    lanes = next(p for p in ex.spec.to_dict()["params"] if p["name"] == "lanes")
    shown = {v["lane_label"] for v in lanes["value"]}
    assert shown == {LANE_LABELS[x] for x in ex.lanes.value}
    assert LANE_LABELS["practice"] in json.dumps(ex.spec.to_dict()["datasets"])
    _from_page(ex, lanes=_lanes_shown(*shown, LANE_LABELS["practice"]))
    assert "practice" in ex.lanes.value and "context" not in ex.lanes.value


def test_width_follows_the_cell(first: Case) -> None:
    ex = Explorer(first)
    assert ex.probe is not None
    before = ex.chart.spec["vconcat"][0]["width"]
    assert before == 640
    ex.probe.width = 1100
    assert ex.chart.spec["vconcat"][0]["width"] == 1100 - 48
    assert Explorer(first, width=700).probe is None


def test_rows_show_full_text_and_open_dates_as_open(first: Case) -> None:
    ex = Explorer(first, width=800)
    rows = ex.selected_rows().set_index("id")
    ev = first.events.set_index("id")
    opened = ev.index[ev["open_start"]]
    assert len(opened) and all(rows.at[i, "resolved"].startswith("on or before") for i in opened)
    html = ex.table.value
    assert "NaT" not in html
    longest = max(first.events["quote"].astype(str), key=len)
    assert len(longest) > 50
    from timeline.web import escape

    assert escape(longest) in html  # whole, inside the row's <details>
    assert html.count("<details") >= len(first.events)


def test_search_looks_in_titles_quotes_and_actors(first: Case) -> None:
    ex = Explorer(first, width=800)
    ex.search.value = "ICE  jail"
    ev = first.events
    text = (ev["title"] + " " + ev["quote"].fillna("") + " " + ev["actor"].fillna("")).str.lower()
    expected = ev.loc[text.str.contains("ice") & text.str.contains("jail"), "id"]
    assert 0 < len(expected) < len(ev)
    assert list(ex.selected_rows()["id"]) == list(expected)
    assert "matching" in ex.heading


def test_selection_to_csv(first: Case) -> None:
    import base64
    import io

    ex = Explorer(first, width=800)
    _from_page(ex, pick=_picked("july-tweet", "ig-inquiry"))
    back = pd.read_csv(io.StringIO(ex.selection_csv()))
    assert sorted(back["id"]) == ["ig-inquiry", "july-tweet"]
    ex.to_csv.click()
    href = ex.download.value.split('href="', 1)[1].split('"', 1)[0]
    payload = base64.b64decode(href.split("base64,", 1)[1]).decode("utf-8")
    assert payload == ex.selection_csv()
    assert 'download="lasd-ice-2017-selection.csv"' in ex.download.value
