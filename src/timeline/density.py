"""Large cases: which events stay single marks, and counts of the rest in time bins."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import pandas as pd

from timeline.case import LANES, Case

__all__ = [
    "MAX_BINS",
    "MAX_MARKS",
    "UNITS",
    "Density",
    "anchors",
    "bin_unit",
    "density",
    "period_bounds",
    "periods",
]

MAX_MARKS: Final = 2000
"""Cases with more events than this draw their dense lanes as binned counts."""

MAX_BINS: Final = 240
"""The most bins across the chart's whole period."""

UNITS: Final[dict[str, tuple[str, int]]] = {
    "day": ("D", 1),
    "week": ("W-SUN", 7),
    "month": ("M", 31),
    "quarter": ("Q", 92),
    "year": ("Y", 366),
}
"""Bin units, finest first: pandas period frequency and the longest such unit in days."""

_DAY: Final = pd.Timedelta(days=1)


@dataclass(frozen=True)
class Density:
    """How a case is drawn: which events are single marks, and the bins of the rest.

    Attributes
    ----------
    single
        One boolean an event (in ``case.events`` order): drawn as its own mark.
    unit
        The bin unit (a key of :data:`UNITS`), or ``""`` when nothing is binned.
    bins
        One row a lane and bin holding binned events: ``lane``, ``start`` (the bin's
        first day), ``end`` (the day after its last), ``n`` (events), ``n_day`` (of
        them, dated to the day) and ``n_open`` (with an unknown start or end).
    """

    single: np.ndarray
    unit: str
    bins: pd.DataFrame

    @property
    def aggregated(self) -> bool:
        """Whether any event is drawn in a bin rather than as its own mark."""
        return bool(self.unit)


def anchors(events: pd.DataFrame) -> pd.Series:
    """The day each event is counted on: the middle of its known dates, to the day.

    An event with an unknown start is counted on its known end, and one with an unknown
    end on its known start.

    Examples
    --------
    >>> ev = pd.DataFrame({
    ...     "start": pd.to_datetime(["2017-03-01", None, "2017-01-05"]),
    ...     "end": pd.to_datetime(["2017-03-31", "2017-02-10", None]),
    ... })
    >>> [d.date().isoformat() for d in anchors(ev)]
    ['2017-03-16', '2017-02-10', '2017-01-05']
    """
    start = events["start"].fillna(events["end"])
    end = events["end"].fillna(events["start"])
    return (start + (end - start) / 2).dt.floor("D")


def bin_unit(first: pd.Timestamp, last: pd.Timestamp, max_bins: int = MAX_BINS) -> str:
    """The finest calendar unit that cuts ``first`` to ``last`` into at most ``max_bins``.

    Examples
    --------
    >>> bin_unit(pd.Timestamp("2017-01-01"), pd.Timestamp("2017-03-01"))
    'day'
    >>> bin_unit(pd.Timestamp("2015-01-01"), pd.Timestamp("2019-06-03"))
    'week'
    >>> bin_unit(pd.Timestamp("2010-01-01"), pd.Timestamp("2019-06-03"))
    'month'
    """
    days = (last - first) / _DAY + 1
    for unit, (_, longest) in UNITS.items():
        if days / longest <= max_bins - 2:
            return unit
    return "year"


def periods(anchor: pd.Series, unit: str) -> np.ndarray:
    """The bin of each anchor day: an ordinal of the unit's periods (a key of :data:`UNITS`)."""
    return np.asarray(anchor.dt.to_period(UNITS[unit][0]).array.asi8)


def period_bounds(ordinals: Any, unit: str) -> tuple[pd.DatetimeIndex, pd.DatetimeIndex]:
    """The first day of each period in ``ordinals`` (from :func:`periods`) and the day after.

    Examples
    --------
    >>> march = periods(pd.Series(pd.to_datetime(["2017-03-16"])), "month")
    >>> start, end = period_bounds(march, "month")
    >>> start[0].date().isoformat(), end[0].date().isoformat()
    ('2017-03-01', '2017-04-01')
    """
    index = pd.PeriodIndex.from_ordinals(  # type: ignore[attr-defined]
        np.asarray(ordinals), freq=UNITS[unit][0]
    )
    return index.start_time.normalize(), index.end_time.normalize() + _DAY


def _single(case: Case) -> np.ndarray:
    """Statements, events that any link touches and events with a quote."""
    ev = case.events
    linked = pd.Index(case.links["from"]).append(pd.Index(case.links["to"]))
    return np.asarray(
        (ev["lane"].astype(str) == "statement")
        | ev["id"].isin(linked)
        | (ev["quote"].astype(str) != ""),
        dtype=bool,
    )


def density(
    case: Case,
    domain: tuple[pd.Timestamp, pd.Timestamp],
    *,
    max_marks: int = MAX_MARKS,
    max_bins: int = MAX_BINS,
) -> Density:
    """Decide which events a chart of ``case`` draws singly, and bin the rest.

    Parameters
    ----------
    case
        A loaded case.
    domain
        The chart's whole period, which sets the bin unit.
    max_marks
        Up to this many events, every event is its own mark.
    max_bins
        The most bins across ``domain``.

    Returns
    -------
    Density
        Which events are single marks, the bin unit and the bins.

    Notes
    -----
    A chart of a few dozen events draws every event. A chart of a records log with
    100,000 rows cannot: nobody reads 100,000 marks, and a browser draws them slowly. Above
    :data:`MAX_MARKS` events, the events a reader must see one by one (statements, linked
    events, events with a quote) stay single marks, and the rest of each lane is counted in
    calendar bins (days, weeks, months, quarters or years, whichever keeps the bins at most
    :data:`MAX_BINS` across the chart) and drawn as a band of counts. Each binned event is
    counted once, in the bin that holds its anchor (the middle of its known dates), so the
    bins of a lane add up to its binned events.
    """
    ev = case.events
    empty = pd.DataFrame(
        {
            "lane": pd.Series(dtype=str),
            "start": pd.Series(dtype="datetime64[ns]"),
            "end": pd.Series(dtype="datetime64[ns]"),
            "n": pd.Series(dtype=int),
            "n_day": pd.Series(dtype=int),
            "n_open": pd.Series(dtype=int),
        }
    )
    if len(ev) <= max_marks:
        return Density(np.ones(len(ev), dtype=bool), "", empty)
    single = _single(case)
    rest = ev.loc[~single]
    if rest.empty:
        return Density(single, "", empty)
    unit = bin_unit(domain[0], domain[1], max_bins)
    frame = pd.DataFrame(
        {
            "lane": rest["lane"].astype(str).to_numpy(),
            "period": periods(anchors(rest), unit),
            "day": (rest["precision"].astype(str) == "day").to_numpy()
            & ~(rest["open_start"] | rest["open_end"]).to_numpy(),
            "open": (rest["open_start"] | rest["open_end"]).to_numpy(),
        }
    )
    grouped = frame.groupby(["lane", "period"], sort=False)
    bins = grouped.agg(n=("day", "size"), n_day=("day", "sum"), n_open=("open", "sum"))
    bins = bins.reset_index()
    order = {lane: i for i, lane in enumerate(LANES)}
    bins["_lane"] = bins["lane"].map(order)
    bins = bins.sort_values(["_lane", "period"], kind="stable").reset_index(drop=True)
    start, end = period_bounds(bins["period"], unit)
    out = pd.DataFrame(
        {
            "lane": bins["lane"].astype(str),
            "start": start,
            "end": end,
            "n": bins["n"].astype(int),
            "n_day": bins["n_day"].astype(int),
            "n_open": bins["n_open"].astype(int),
        }
    )
    return Density(single, unit, out)
