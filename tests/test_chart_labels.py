"""Labels: which events get bold labels, and their words."""

from __future__ import annotations

import csv
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from chart_support import KEY_EVENTS, by_id
from timeline import Case, load_case
from timeline.chart import timeline_chart


def _with_labels(case: Case, labels: dict[str, str] | None) -> Case:
    """``case`` with a ``label`` column holding ``labels`` (others empty), or without one."""
    events = case.events.drop(columns=["label"], errors="ignore")
    if labels is not None:
        events["label"] = [labels.get(str(i), "") for i in events["id"]]
    return replace(case, events=events)


def test_key_events_are_labelled(first_spec: dict[str, Any]) -> None:
    events = by_id(first_spec)
    keys = {i for i, e in events.items() if e["key"]}
    assert keys >= KEY_EVENTS
    for e in events.values():
        assert 0 < len(e["label"]) <= 30


def test_labels_come_from_the_label_column(first: Case) -> None:
    """A ``label`` gives the chart's words; an event without one gets its title, shortened."""
    given = {
        "july-tweet": "July tweet",
        "january-letter": "January letter",
        "ice-desktop-computers": "ICE desktop computers",
        "ig-report-released": "   ",
        "birthdate-printouts": "Birthdate printouts handed to ICE by jail staff, every day",
    }
    events = by_id(timeline_chart(_with_labels(first, given)).to_dict())
    assert events["july-tweet"]["label"] == "July tweet"
    assert events["january-letter"]["label"] == "January letter"
    assert events["ice-desktop-computers"]["label"] == "ICE desktop computers"
    assert events["ig-report-released"]["label"] == "Inspector General's report…"
    assert events["birthdate-printouts"]["label"] == "Birthdate printouts handed…"


@pytest.mark.parametrize("labels", [None, {}], ids=["no-column", "empty-column"])
def test_labels_never_come_from_ids(first: Case, labels: dict[str, str] | None) -> None:
    """Without a label, every label is the start of the title, cut at a word boundary."""
    events = by_id(timeline_chart(_with_labels(first, labels)).to_dict())
    assert events["july-tweet"]["label"] == "LASD tweets that it does not…"
    for eid, e in events.items():
        words = e["label"].removesuffix("…")
        assert e["title"] == words or e["title"].startswith(words + " "), eid
        assert 0 < len(e["label"]) <= 30
    assert "July tweet" not in {e["label"] for e in events.values()}


def test_key_events_come_from_the_data_not_the_ids(case_copy: Path, first: Case) -> None:
    """Renaming every id changes no decision about which events are key, and no label."""
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
    assert {rename[i]: e["label"] for i, e in original.items()} == {
        i: e["label"] for i, e in renamed.items()
    }


def test_long_titles_get_short_labels(synthetic_spec: dict[str, Any]) -> None:
    letter = by_id(synthetic_spec)["ortiz-council-letter"]
    assert len(letter["title"]) > 100
    assert letter["label"] == "Utility director tells the…"
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
