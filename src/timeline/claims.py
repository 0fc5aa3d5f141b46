"""Claims and findings: each public statement, its status, what challenged it, and when."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, cast

import pandas as pd

from timeline.case import Case
from timeline.dates.wording import resolved_words
from timeline.findings import Findings, StatementFinding, findings

__all__ = ["CLAIM_COLUMNS", "MONTH_DAYS", "Gap", "claims_table", "gap", "gap_text", "stood"]


@dataclass(frozen=True, slots=True)
class Gap:
    """The time between two events whose dates may be ranges or open.

    ``low`` and ``high`` are whole days; ``high`` is ``None`` when the earlier event has
    no known start (an "on or before" date), so the gap has no upper bound.
    """

    low: int
    high: int | None

    def text(self) -> str:
        """The gap in words, as an honest range: '2 to 3 months', 'at least 9 days'."""
        return gap_text(self.low, self.high)


def gap(earlier: pd.Series, later: pd.Series) -> Gap:
    """Return the time from ``earlier`` to ``later``, each an events row with start and end.

    The least it can be is from the end of the earlier range to the start of the later
    one (never below zero); the most, from the earlier start to the later end.
    """
    e_start, e_end = earlier["start"], earlier["end"]
    l_start, l_end = later["start"], later["end"]
    low = 0
    if pd.notna(e_end) and pd.notna(l_start):
        low = max(0, int((l_start - e_end).days))
    high: int | None = None
    if pd.notna(e_start) and pd.notna(l_end):
        high = max(low, int((l_end - e_start).days))
    return Gap(low, high)


def stood(statement: pd.Series | dict[str, Any], later: pd.Series | dict[str, Any]) -> Gap:
    """Return how long a public statement stood before ``later`` (an events row or dict).

    A statement counts from when it was first made: the start of an interval (a position
    held and repeated over it), or any day of a single date's range (a statement made
    sometime in July). The least is from its latest possible first making to the start of
    ``later`` (never below zero; an open start counts as zero); the most, from its earliest
    to the end of ``later``.
    """
    start, end = statement["start"], statement["end"]
    made_late = start if "/" in str(statement["edtf"]) or pd.isna(end) else end
    low = 0
    if pd.notna(made_late) and pd.notna(later["start"]):
        low = max(0, int((later["start"] - made_late).days))
    high: int | None = None
    if pd.notna(start) and pd.notna(later["end"]):
        high = max(low, int((later["end"] - start).days))
    return Gap(low, high)


MONTH_DAYS = 30.4375
"""The average month, in days."""


def _unit(days: float) -> tuple[float, str]:
    if days < 60:
        return days, "day"
    if days < 730:
        return days / MONTH_DAYS, "month"
    return days / 365.25, "year"


def gap_text(low: int, high: int | None) -> str:
    """Say a range of days in the unit a reader would use: rounded outwards when wide.

    The one wording for durations: the chart's finding and the claims table both use it.

    Examples
    --------
    >>> gap_text(70, 100), gap_text(70, 257)
    ('about 3 months', '2 to 9 months')
    >>> gap_text(0, 257)
    'up to 9 months'
    >>> gap_text(693, 788)
    'about 2 years'
    >>> gap_text(399, 399)
    'about 13 months'
    >>> gap_text(0, 0)
    'the same day'
    >>> gap_text(9, None)
    'at least 9 days'
    """
    if high is None:
        value, unit = _unit(low)
        n = math.floor(value)
        return f"at least {n} {unit}{'s' if n != 1 else ''}" if low else "an unknown time"
    if high == 0:
        return "the same day"
    unit = _unit(high)[1]
    scale = {"day": 1.0, "month": MONTH_DAYS, "year": 365.25}[unit]
    lo, hi = math.floor(low / scale), math.ceil(high / scale)
    if unit != "day" and low and high - low < scale and hi - lo <= 2:
        # a range narrower than one unit is said as its nearest whole ('about 2 years'),
        # as news writing rounds; a wider one keeps both ends
        n = max(1, round((low + high) / 2 / scale))
        return f"about {n} {unit}{'s' if n != 1 else ''}"
    plural = f"{unit}{'s' if hi != 1 else ''}"
    if unit == "day" and low == high:
        return f"{hi} {plural}"
    if lo == hi:
        return f"about {hi} {plural}"
    if lo == 0:
        return f"up to {hi} {plural}"
    return f"{lo} to {hi} {unit}s"


CLAIM_COLUMNS: tuple[str, ...] = (
    "id",
    "statement",
    "status",
    "said",
    "quote",
    "contradicted_by",
    "disputed_by",
    "admitted_by",
    "revealed_by",
    "revealed",
    "time_between",
    "rating",
)
"""The columns of :func:`claims_table`, in order."""


def _names(ids: tuple[str, ...], titles: dict[str, str], most: int | None) -> str:
    """The titles of ``ids`` sorted by id, at most ``most`` of them and a count of the rest."""
    names = [titles[f] for f in sorted(ids)]
    if most is not None and len(names) > most:
        names = [*names[:most], f"and {len(names) - most} more"]
    return "; ".join(names)


def _row(
    events: pd.DataFrame, found: StatementFinding, titles: dict[str, str], most: int | None
) -> dict[str, str]:
    """One statement's row of the claims table."""
    statement = cast(pd.Series, events.loc[found.id])
    first_id = found.first_out if found.first_out is not None else found.first_disputed
    if first_id is not None:
        first = cast(pd.Series, events.loc[first_id])
        revealed_by = str(first["title"])
        when = f"{first['date']} ({resolved_words(first)})"
        between = stood(statement, first).text()
    else:
        revealed_by = when = between = ""
    return {
        "id": found.id,
        "statement": str(statement["title"]),
        "status": found.status,
        "said": f"{statement['date']} ({resolved_words(statement)})",
        "quote": str(statement["quote"]),
        "contradicted_by": _names(found.contradicted_by, titles, most),
        "disputed_by": _names(found.disputed_by, titles, most),
        "admitted_by": _names(found.admitted_by, titles, most),
        "revealed_by": revealed_by,
        "revealed": when,
        "time_between": between,
        "rating": found.rating,
    }


def claims_table(
    case: Case,
    *,
    most_findings: int | None = None,
    facts: Findings | None = None,
    every: bool = False,
) -> pd.DataFrame:
    """One row per challenged public statement, for the report's claims and findings.

    The statements are those :func:`timeline.findings.findings` counts as challenged:
    admitted, contradicted or disputed (with ``every``, the unchallenged ones too, as the
    ``claims`` export lists them). Columns: ``id``, ``statement`` (title), ``status``
    (:data:`timeline.findings.STATEMENT_STATUSES`), ``said`` (the date as written, and as
    resolved), ``quote``, ``contradicted_by``, ``disputed_by`` and ``admitted_by`` (titles
    of the events linked to it so; empty when there is none), ``revealed_by`` (the
    earliest disclosure that admits the statement, contradicts it, or reveals a practice
    that contradicts it; for a statement only disputed, the earliest event disputing it),
    ``revealed`` (its date), ``time_between`` (how long the statement stood before that
    event, from when it was first made: :func:`stood`; a range when the dates are) and
    ``rating`` (the reporter's own rating, ``""`` when none; the table never makes one up).
    Statements are in date order.

    Parameters
    ----------
    case
        A loaded case.
    most_findings
        When given, ``contradicted_by``, ``disputed_by`` and ``admitted_by`` name at most
        this many events each and then say how many more there are; by default every one.
    facts
        The case's findings, when the caller has them already.
    every
        One row for every public statement, challenged or not.

    Notes
    -----
    The links are read once into the findings, so the table takes time in proportion to
    the events and links, however many statements are challenged.
    """
    facts = facts if facts is not None else findings(case)
    events = case.events.set_index(case.events["id"].astype(str).rename(None))
    titles = dict(zip(events.index, events["title"].astype(str), strict=True))
    chosen = facts.statements if every else facts.challenged
    rows = [_row(events, found, titles, most_findings) for found in chosen]
    return pd.DataFrame(rows, columns=list(CLAIM_COLUMNS))
