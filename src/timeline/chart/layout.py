"""Where everything goes: sizes, lanes and sub-rows, the vertical layout, and the axes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

import pandas as pd

from timeline.chart.frame import _Frame
from timeline.chart.units import _ms, _rows
from timeline.chart.words import LANE_LABELS

__all__ = ["BREAKPOINT", "WIDE"]

BREAKPOINT: Final = 500
"""Below this container width (CSS pixels) pages draw the vertical variant."""

WIDE: Final = 660
"""From this width (CSS pixels) the horizontal chart lays its lane legend out in one row."""

_CHAR_PX: Final = 6.4  # a generous average advance of the bold label font at _LABEL_PX
_MINOR_CHAR_PX: Final = 5.7  # the same for the regular weight at _MINOR_PX
_ROW_PX: Final = 24  # one sub-row of a lane in the horizontal chart


def _pack(
    items: Sequence[tuple[str, float, float]], gap: float, max_rows: int | None = None
) -> dict[str, int]:
    """Greedy interval packing: each item to the first sub-row where it fits after ``gap``.

    With ``max_rows``, an item that fits nowhere once that many sub-rows exist goes to
    the sub-row that frees up first, over the items already there.
    """
    ends: list[float] = []
    out: dict[str, int] = {}
    for key, lo, hi in sorted(items, key=lambda t: (t[1], t[2], t[0])):
        for k, last in enumerate(ends):
            if lo >= last + gap:
                ends[k] = hi
                out[key] = k
                break
        else:
            if max_rows is not None and len(ends) >= max_rows:
                k = min(range(len(ends)), key=lambda i: (ends[i], i))
                ends[k] = max(ends[k], hi)
                out[key] = k
            else:
                out[key] = len(ends)
                ends.append(hi)
    return out


_MAX_SUBROWS: Final = 4
"""In a large case, the most sub-rows a lane's single marks take; beyond, marks overlap."""

_DENSITY_ROWS: Final = 2.0
"""In a large case, the height (in sub-rows) of a lane's band of binned counts."""


@dataclass(frozen=True)
class _Layout:
    """Positions in chart units for one orientation."""

    events: pd.DataFrame  # + pos (cross-axis centre), label placement
    lanes: pd.DataFrame  # lane, lane_label, top, bottom, head
    extent: float  # cross-axis length in units
    px_per_ms: float
    vertical: bool


def _label_spans(
    ev: pd.DataFrame, *, vertical: bool, px_per_ms: float, t0: int, t1: int
) -> tuple[list[float], list[float], list[str]]:
    """Each label's extent in time (ms) and its alignment.

    A horizontal label sits above its mark, inside its sub-row; a vertical one beside
    the chart, where only its start counts.
    """
    label_lo: list[float] = []
    label_hi: list[float] = []
    align: list[str] = []
    for rec in _rows(ev):
        if vertical:
            label_lo.append(rec["vis0_ms"])
            label_hi.append(rec["vis0_ms"])
            align.append("left")
            continue
        char_px = _CHAR_PX if rec["key"] else _MINOR_CHAR_PX
        width = (len(str(rec["label"])) * char_px + 10) / px_per_ms
        nudge = 5 / px_per_ms if rec["shape"] == "point" else 0.0
        if rec["shape"] == "point":
            left_x, right_x = rec["anchor_ms"] - nudge, rec["anchor_ms"] + nudge
        else:
            left_x, right_x = rec["solid0_ms"], rec["solid1_ms"]
        left_x, right_x = max(left_x, t0), min(right_x, t1)
        # a label starts where its mark starts, or (for an unknown start, or no room on
        # the right) ends where its mark ends; it never runs off the chart
        prefer_right = bool(rec["open_start"])
        fits_left = left_x + width <= t1
        fits_right = right_x - width >= t0
        if (prefer_right and fits_right) or (not fits_left and fits_right):
            label_lo.append(right_x - width)
            label_hi.append(right_x)
            align.append("right")
        else:
            start = left_x if fits_left else t0
            label_lo.append(start)
            label_hi.append(start + width)
            align.append("left")
    return label_lo, label_hi, align


def _sub_rows(fr: _Frame, ev: pd.DataFrame, px_per_ms: float) -> dict[str, int]:
    """Each event's sub-row in its lane: marks and labels packed so none hides another."""
    min_px = 5.0
    gap = 6 / px_per_ms
    subrow: dict[str, int] = {}
    for lane in fr.lanes:
        part = ev[ev["lane"] == lane]
        items = []
        for rec in _rows(part):
            lo = min(rec["vis0_ms"], rec["label_lo"])
            hi = max(rec["vis1_ms"], rec["label_hi"], rec["vis0_ms"] + min_px / px_per_ms)
            if rec["shape"] == "point":
                lo = min(lo, rec["anchor_ms"] - 6 / px_per_ms)
                hi = max(hi, rec["anchor_ms"] + 6 / px_per_ms)
            items.append((str(rec["id"]), float(lo), float(hi)))
        subrow.update(_pack(items, gap, _MAX_SUBROWS if fr.density.aggregated else None))
    return subrow


def _lane_rows(
    fr: _Frame, ev: pd.DataFrame, *, vertical: bool
) -> tuple[list[dict[str, Any]], dict[str, float], float]:
    """The lanes one after another: each lane's rows, each event's place, the total extent."""
    head = 0.0 if vertical else 1.0
    lane_gap = 0.7 if vertical else 0.45
    lane_rows: list[dict[str, Any]] = []
    cursor = 0.0
    pos: dict[str, float] = {}
    binned = set(fr.density.bins["lane"])
    for n, lane in enumerate(fr.lanes):
        part = ev[ev["lane"] == lane]
        n_sub = int(part["sub"].max()) + 1 if len(part) else 0
        band = _DENSITY_ROWS if lane in binned else 0.0
        top = cursor
        for eid, sub in zip(part["id"], part["sub"], strict=True):
            pos[str(eid)] = top + head + band + int(sub) + (0.5 if vertical else 0.62)
        bottom = top + head + band + n_sub + (0.0 if vertical else 0.22)
        row: dict[str, Any] = {
            "lane": lane,
            "lane_label": LANE_LABELS[lane],
            "n": n,
            "top": top,
            "bottom": bottom,
            "head": top + 0.55,
        }
        if fr.density.aggregated:
            # where the lane's band of counts (and, zoomed in, its binned events) goes
            row["dtop"] = top + head + 0.15
            row["dbot"] = top + head + max(band, 1.0) - 0.15
        lane_rows.append(row)
        cursor = bottom + lane_gap
    return lane_rows, pos, cursor - lane_gap


def _layout(fr: _Frame, *, vertical: bool, plot_px: float) -> _Layout:
    """Place every event and lane for one orientation, ``plot_px`` pixels along time."""
    d0, d1 = fr.domain
    t0, t1 = _ms(d0), _ms(d1)
    px_per_ms = plot_px / (t1 - t0)
    ev = fr.events.copy()
    for col in ("vis0", "vis1", "solid0", "solid1", "anchor"):
        ev[col + "_ms"] = [_ms(v) for v in ev[col]]
    spans = _label_spans(ev, vertical=vertical, px_per_ms=px_per_ms, t0=t0, t1=t1)
    ev["label_lo"], ev["label_hi"], ev["align"] = spans
    subrow = _sub_rows(fr, ev, px_per_ms)
    ev["sub"] = [subrow[str(i)] for i in ev["id"]]
    lane_rows, pos, extent = _lane_rows(fr, ev, vertical=vertical)
    ev["pos"] = [pos[str(i)] for i in ev["id"]]
    return _Layout(
        events=ev,
        lanes=pd.DataFrame(lane_rows),
        extent=extent,
        px_per_ms=px_per_ms,
        vertical=vertical,
    )
