"""Labels: which events get bold labels, and their words."""

from __future__ import annotations

import csv
from itertools import pairwise
from pathlib import Path
from typing import Any

from chart_support import KEY_EVENTS, by_id
from timeline import Case, load_case
from timeline.chart import timeline_chart


def test_key_events_are_labelled(first_spec: dict[str, Any]) -> None:
    events = by_id(first_spec)
    keys = {i for i, e in events.items() if e["key"]}
    assert keys >= KEY_EVENTS
    assert events["july-tweet"]["label"] == "July tweet"
    assert events["january-letter"]["label"] == "January letter"
    assert events["ice-desktop-computers"]["label"] == "ICE desktop computers"
    assert events["ig-report-released"]["label"] == "IG report released"
    for e in events.values():
        assert 0 < len(e["label"]) <= 30


def test_key_events_come_from_the_data_not_the_ids(case_copy: Path, first: Case) -> None:
    """Renaming every id changes no decision about which events are key."""
    rename = {i: f"event-{n:02d}" for n, i in enumerate(first.events["id"])}
    for name, columns in (("events.csv", ("id",)), ("links.csv", ("from", "to"))):
        path = case_copy / name
        with path.open(encoding="utf-8", newline="") as f:
            table = list(csv.DictReader(f))
        for row in table:
            for col in columns:
                row[col] = rename[row[col]]
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(table[0]))
            writer.writeheader()
            writer.writerows(table)
    renamed = by_id(timeline_chart(load_case(case_copy)).to_dict())
    original = by_id(timeline_chart(first).to_dict())
    assert {rename[i] for i, e in original.items() if e["key"]} == {
        i for i, e in renamed.items() if e["key"]
    }
    # with meaningless ids, labels fall back to the title's first words
    assert renamed[rename["july-tweet"]]["label"].startswith("LASD tweets")


def test_long_titles_get_short_labels(synthetic_spec: dict[str, Any]) -> None:
    letter = by_id(synthetic_spec)["ortiz-council-letter"]
    assert len(letter["title"]) > 100
    assert letter["label"] == "Ortiz council letter"
    omission = by_id(synthetic_spec)["quarterly-omission"]
    assert omission["label"].endswith("…") and len(omission["label"]) <= 30


def test_labels_in_a_sub_row_do_not_overlap(first: Case, synthetic: Case) -> None:
    """Labels are placed in pandas: within a sub-row, no two labels or marks collide."""
    from timeline.chart.frame import _frame
    from timeline.chart.layout import _layout

    for case in (first, synthetic):
        for plot_px in (480.0, 640.0, 1100.0):
            lay = _layout(_frame(case), vertical=False, plot_px=plot_px)
            ev = lay.events
            for _, row in ev.groupby("pos"):
                spans = sorted(
                    (min(r.vis0_ms, r.label_lo), max(r.vis1_ms, r.label_hi))
                    for r in row.itertuples()
                )
                for (_, hi), (lo, _) in pairwise(spans):
                    assert lo > hi, (case.id, plot_px)
