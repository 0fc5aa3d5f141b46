"""The chart's table of events, worked out once a case: spans, labels, links and lanes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

import pandas as pd

from timeline.case import LANES, Case
from timeline.chart.labels import _key_events, _short_label
from timeline.chart.units import _DAY, _rows
from timeline.chart.words import LANE_LABELS, _resolved
from timeline.density import Density, density
from timeline.findings import Findings, findings
from timeline.web import safe_url


def _unit_length_start(end: pd.Timestamp, precision: str) -> pd.Timestamp:
    """The first day of the unit of ``precision`` that ends on ``end``."""
    if precision == "week":
        return end - pd.Timedelta(days=6)
    if precision == "month":
        return end.replace(day=1)
    if precision in ("season", "quarter"):
        return (end + _DAY) - pd.DateOffset(months=3)
    if precision == "year":
        return end.replace(month=1, day=1)
    if precision == "decade":
        return pd.Timestamp(year=end.year - end.year % 10, month=1, day=1)
    return end


def _unit_length_end(start: pd.Timestamp, precision: str) -> pd.Timestamp:
    """The last day of the unit of ``precision`` that starts on ``start``."""
    if precision == "week":
        return start + pd.Timedelta(days=6)
    if precision == "month":
        return start + pd.offsets.MonthEnd(0)
    if precision in ("season", "quarter"):
        return start + pd.DateOffset(months=3) - _DAY
    if precision == "year":
        return start.replace(month=12, day=31)
    if precision == "decade":
        return pd.Timestamp(year=start.year - start.year % 10 + 9, month=12, day=31)
    return start


@dataclass(frozen=True)
class _Frame:
    """Everything the chart needs, computed once from a case."""

    events: pd.DataFrame  # the events drawn as single marks
    links: pd.DataFrame
    domain: tuple[pd.Timestamp, pd.Timestamp]
    lanes: list[str]
    density: Density  # which events are binned, and the bins
    sizes: dict[str, int]  # events a lane, single or binned
    facts: Findings  # what the case shows about each statement


def _linked(case: Case) -> dict[str, list[str]]:
    """Each linked event's id, and the ids it links to either way."""
    out: dict[str, list[str]] = {}
    for a, b in zip(case.links["from"], case.links["to"], strict=True):
        out.setdefault(str(a), []).append(str(b))
        out.setdefault(str(b), []).append(str(a))
    return {k: sorted(dict.fromkeys(v)) for k, v in out.items()}


_DERIVED: Final = (
    "lane_label",
    "shape",
    "solid0",
    "solid1",
    "vis0",
    "vis1",
    "anchor",
    "resolved",
    "key",
    "label",
    "linked",
    "href",
)


def _domain(case: Case, ev: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The period the chart spans: every known date, padded, with room for fading tails."""
    known = pd.concat([ev["start"], ev["end"]]).dropna()
    if known.empty:  # pragma: no cover - load_case guarantees one bound per event
        known = pd.Series([pd.Timestamp(case.meta.published)])
    first, last = known.min(), known.max() + _DAY
    span = max(last - first, pd.Timedelta(days=30))
    pad = max(span * 0.03, pd.Timedelta(days=4))
    lead = span * 0.12 if ev["open_start"].any() else pad
    tail = span * 0.12 if ev["open_end"].any() else pad
    return first - max(lead, pad), last + max(tail, pad)


def _frame(case: Case) -> _Frame:
    """The events to draw, each with its spans, label, links and words; the lanes; the bins."""
    ev = case.events.copy()
    ev["lane"] = ev["lane"].astype(str)
    d0, d1 = _domain(case, ev)
    dens = density(case, (d0, d1))
    if dens.aggregated:
        ev = ev.loc[dens.single]
    linked = _linked(case)
    facts = findings(case)
    keys = _key_events(case, facts)
    rows: list[dict[str, Any]] = []
    for rec in _rows(ev):
        eid = str(rec["id"])
        start, end = rec["start"], rec["end"]
        precision = str(rec["precision"])
        open_s, open_e = bool(rec["open_start"]), bool(rec["open_end"])
        point = not open_s and not open_e and precision == "day" and start == end
        if open_s and open_e:
            solid0, solid1 = d0, d1
        elif open_s:
            solid0, solid1 = _unit_length_start(end, precision), end + _DAY
        elif open_e:
            solid0, solid1 = start, _unit_length_end(start, precision) + _DAY
        else:
            solid0, solid1 = start, end + _DAY
        vis0 = d0 if open_s else solid0
        vis1 = d1 if open_e else solid1
        rec_out = dict(rec)
        rec_out.update(
            id=eid,
            lane_label=LANE_LABELS[str(rec["lane"])],
            shape="point" if point else "bar",
            solid0=solid0,
            solid1=solid1,
            vis0=vis0,
            vis1=vis1,
            anchor=solid0 + (solid1 - solid0) / 2,
            resolved=_resolved(rec),
            key=eid in keys,
            # a large case labels its key events only, so spend no time on the rest
            label=_short_label(rec) if eid in keys or not dens.aggregated else "",
            linked=linked.get(eid, []),
            href=safe_url(str(rec["source"])) or "",
        )
        rows.append(rec_out)
    # Plain Python values (object columns): the layout reads the rows back one by one,
    # which is many times faster than from Arrow-backed strings and datetime arrays.
    events = pd.DataFrame(
        rows, columns=list(rows[0]) if rows else [*ev.columns, *_DERIVED], dtype=object
    )
    counts = case.events["lane"].astype(str).value_counts()
    sizes = {lane: int(counts[lane]) for lane in LANES if counts.get(lane)}
    return _Frame(
        events=events,
        links=case.links.copy(),
        domain=(d0, d1),
        lanes=list(sizes),
        density=dens,
        sizes=sizes,
        facts=facts,
    )
