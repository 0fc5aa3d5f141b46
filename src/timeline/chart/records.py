"""The chart's named data sets: events, links, lanes and a large case's counts, as JSON values."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from timeline.chart import signals as sig
from timeline.chart.frame import _Frame
from timeline.chart.labels import _dodge
from timeline.chart.layout import _Layout
from timeline.chart.links import _connectors
from timeline.chart.marks import _fade_steps, _tail_steps
from timeline.chart.units import _ms, _num, _rows
from timeline.chart.words import _LANE_NOUNS, LANE_LABELS
from timeline.dates.wording import period_words
from timeline.text import plural
from timeline.web import safe_url


def _tip(row: Mapping[str, Any]) -> dict[str, str]:
    """The tooltip: only the fields an event has, in reading order."""
    tip: dict[str, str] = {"title": str(row["title"])}
    tip["Lane"] = str(row["lane_label"])
    tip["Date in the story"] = str(row["date"])
    tip["Resolved"] = str(row["resolved"])
    if row["actor"]:
        tip["Who"] = str(row["actor"])
    if row["quote"]:
        tip["Quote"] = f"“{row['quote']}”"
    source = str(row["source"])
    tip["Source"] = source + (" (click the mark to open)" if safe_url(source) else "")
    if row["status"] == "draft":
        tip["Status"] = "draft, not yet checked"
    return tip


def _aria(row: Mapping[str, Any]) -> str:
    parts = [f"{row['lane_label']}: {row['title']}.", f"Date: {row['date']}, {row['resolved']}."]
    if row["actor"]:
        parts.append(f"Who: {row['actor']}.")
    if row["quote"]:
        parts.append(f"Quote: “{row['quote']}”.")
    parts.append(f"Source: {row['source']}.")
    return " ".join(parts)


def _label_times(fr: _Frame, lay: _Layout, label_px: float | None) -> dict[str, float]:
    """In the vertical chart, where along time each key event's label goes, dodged apart."""
    ev = lay.events
    d0 = _ms(fr.domain[0])
    key_rows = ev[ev["key"]]
    if not (lay.vertical and label_px is not None and len(key_rows)):
        return {}
    order = key_rows.sort_values(["anchor_ms", "pos"])
    want = [(float(a) - d0) * lay.px_per_ms for a in order["anchor_ms"]]
    got = _dodge(want, 16.0, 8.0, label_px - 8.0)
    return {str(i): d0 + g / lay.px_per_ms for i, g in zip(order["id"], got, strict=True)}


def _event_record(
    rec: dict[str, Any], lay: _Layout, steps: int, label_t: Mapping[str, float]
) -> dict[str, Any]:
    """One event as the chart's data carries it."""
    eid = str(rec["id"])
    rec["tip"] = _tip(rec)
    out: dict[str, Any] = {
        "id": eid,
        "lane": rec["lane"],
        "lane_label": rec["lane_label"],
        "title": rec["title"],
        "label": rec["label"] if rec["key"] or not lay.vertical else "",
        "key": bool(rec["key"]),
        "shape": rec["shape"],
        "precision": rec["precision"],
        "approximate": bool(rec["approximate"]),
        "open": "start" if rec["open_start"] else ("end" if rec["open_end"] else ""),
        "s0": _num(rec["solid0_ms"]),
        "s1": _num(rec["solid1_ms"]),
        "v0": _num(rec["vis0_ms"]),
        "v1": _num(rec["vis1_ms"]),
        "ks": _tail_steps(bool(rec["open_start"]), bool(rec["open_end"]), steps),
        "anchor": _num(rec["anchor_ms"]),
        "pos": _num(rec["pos"]),
        "lo": _num(rec["pos"] - (0.3 if lay.vertical else 0.19)),
        "hi": _num(rec["pos"] + (0.3 if lay.vertical else 0.19)),
        "group": "|" + "|".join([eid, *rec["linked"]]) + "|",
        "linked": list(rec["linked"]),
        "tip": rec["tip"],
        "aria": _aria(rec),
        "href": rec["href"],
    }
    if lay.vertical and rec["key"]:
        out["label_t"] = _num(label_t.get(eid, rec["anchor_ms"]))
        out["label_p"] = _num(lay.extent + 0.9)
        out["align"] = "left"
    elif not lay.vertical:
        right = rec["align"] == "right"
        out["label_t"] = _num(rec["label_hi"] if right else rec["label_lo"])
        out["label_p"] = _num(rec["pos"] - 0.27)
        out["align"] = rec["align"]
    return out


def _lane_records(fr: _Frame, lay: _Layout) -> list[dict[str, Any]]:
    """One row a lane drawn: its place, its name, and how many events it holds."""
    lanes = []
    for r in _rows(lay.lanes):
        lane_rec: dict[str, Any] = {
            "kind": "head",
            "lane": r["lane"],
            "lane_label": r["lane_label"],
            "top": _num(r["top"]),
            "bottom": _num(r["bottom"]),
            "head": _num(r["head"]),
            "tip": {
                "title": r["lane_label"],
                "Events": str(fr.sizes[r["lane"]]),
                "Click": "to hide or show this lane",
            },
        }
        if fr.density.aggregated:
            lane_rec.update(dtop=_num(r["dtop"]), dbot=_num(r["dbot"]))
        lanes.append(lane_rec)
    return lanes


def _records(
    fr: _Frame, lay: _Layout, *, label_px: float | None
) -> dict[str, list[dict[str, Any]]]:
    """The chart's named data sets, as plain JSON values in a stable order.

    ``events`` has one row an event (positions, the precomputed ``group`` of linked ids
    the highlight tests, the tooltip and the ARIA text), ``links`` one row a link and
    ``lanes`` one row a lane drawn. ``label_px``, for the vertical chart, is the height
    over which its labels are spread.
    """
    steps = _fade_steps(fr)
    label_t = _label_times(fr, lay, label_px)
    events = [_event_record(rec, lay, steps, label_t) for rec in _rows(lay.events)]
    links = []
    for r in _connectors(fr, lay):
        r.update(ta=_num(r["ta"]), tb=_num(r["tb"]), pa=_num(r["pa"]), pb=_num(r["pb"]))
        links.append(r)
    out = {sig.EVENTS: events, sig.LINKS: links, sig.LANES: _lane_records(fr, lay)}
    if fr.density.aggregated:
        out[sig.BINS] = _bin_records(fr, lay)
        out[sig.DETAIL] = []
    return out


def _bin_records(fr: _Frame, lay: _Layout) -> list[dict[str, Any]]:
    """One row a bin of a large case: its period, count, place in the lane's band and words.

    The bars of the band grow from its base line in proportion to the largest bin of
    the chart, so lanes can be compared; each bar is at least a sliver high.
    """
    bins = fr.density.bins
    band = {str(r["lane"]): (float(r["dtop"]), float(r["dbot"])) for r in _rows(lay.lanes)}
    biggest = int(bins["n"].max())
    out = []
    for r in _rows(bins):
        lane = str(r["lane"])
        dtop, dbot = band[lane]
        share = max(r["n"] / biggest, 0.06) * (dbot - dtop)
        base, tip_at = (dtop, dtop + share) if lay.vertical else (dbot, dbot - share)
        label = LANE_LABELS[lane]
        period = period_words(pd.Timestamp(r["start"]), fr.density.unit)
        tip = {
            "title": plural(int(r["n"]), *_LANE_NOUNS[lane]),
            "Lane": label,
            "When": period,
            "Dated to the day": f"{int(r['n_day']):,}",
        }
        if r["n_open"]:
            tip["Unknown start or end"] = f"{int(r['n_open']):,}"
        tip["See each one"] = "zoom in on this period"
        out.append(
            {
                "kind": "bin",
                "lane": lane,
                "lane_label": label,
                "b0": _ms(r["start"]),
                "b1": _ms(r["end"]),
                "n": int(r["n"]),
                "base": _num(base),
                "top": _num(tip_at),
                "tip": tip,
                "aria": f"{label}: {plural(int(r['n']), 'event')} in {period}, counted together.",
            }
        )
    return out
