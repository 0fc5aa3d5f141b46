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


def test_brush_lists_the_events_of_the_period(first: Case) -> None:
    ex = Explorer(first, width=800)
    lo, hi = _ms("2017-01-01"), _ms("2017-07-31")
    ex.chart.selections._set_value("brush", IntervalSelection("brush", {"s0": [hi, lo]}, []))
    assert ex.window() == (pd.Timestamp("2017-01-01"), pd.Timestamp("2017-07-31"))
    rows = ex.selected_rows()
    assert not rows.empty
    ev = first.events
    mid = (
        ev["start"].fillna(ev["end"])
        + (ev["end"].fillna(ev["start"]) - ev["start"].fillna(ev["end"])) / 2
    )
    expected = ev.loc[
        (mid.dt.floor("D") >= pd.Timestamp("2017-01-01"))
        & (mid.dt.floor("D") <= pd.Timestamp("2017-07-31")),
        "id",
    ]
    assert list(rows["id"]) == list(expected)
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
