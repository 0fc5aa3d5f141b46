"""Claims and findings: each public statement, what contradicted it, and when that came out."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import cast

import pandas as pd

from timeline.case import Case

__all__ = ["CLAIM_COLUMNS", "MONTH_DAYS", "Gap", "claims_table", "gap", "gap_text"]


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


MONTH_DAYS = 30.4375
"""The average month, in days."""


def _unit(days: float) -> tuple[float, str]:
    if days < 60:
        return days, "day"
    if days < 730:
        return days / MONTH_DAYS, "month"
    return days / 365.25, "year"


def gap_text(low: int, high: int | None) -> str:
    """Say a range of days in the unit a reader would use, rounded outwards.

    The one wording for durations: the chart's finding and the claims table both use it.

    Examples
    --------
    >>> gap_text(70, 100)
    '2 to 4 months'
    >>> gap_text(0, 257)
    'up to 9 months'
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
    plural = f"{unit}{'s' if hi != 1 else ''}"
    if unit == "day" and low == high:
        return f"{hi} {plural}"
    if lo == hi:
        return f"about {hi} {plural}"
    if lo == 0:
        return f"up to {hi} {plural}"
    return f"{lo} to {hi} {unit}s"


def _resolved(row: pd.Series) -> str:
    start, end = row["start"], row["end"]
    if pd.isna(start):
        return f"on or before {end:%Y-%m-%d}"
    if pd.isna(end):
        return f"on or after {start:%Y-%m-%d}"
    if start == end:
        return f"{start:%Y-%m-%d}"
    return f"{start:%Y-%m-%d} to {end:%Y-%m-%d}"


CLAIM_COLUMNS: tuple[str, ...] = (
    "statement",
    "said",
    "quote",
    "contradicted_by",
    "revealed_by",
    "revealed",
    "time_between",
)
"""The columns of :func:`claims_table`, in order."""


def _froms(links: pd.DataFrame, relation: str) -> dict[str, list[str]]:
    """For each event, the events linked to it by ``relation``, in the links' order."""
    chosen = links[links["relation"] == relation]
    found: dict[str, list[str]] = {}
    for src, dst in zip(chosen["from"].tolist(), chosen["to"].tolist(), strict=True):
        found.setdefault(str(dst), []).append(str(src))
    return found


def _first_revealed(events: pd.DataFrame, candidates: set[str]) -> dict[str, int]:
    """Rank ``candidates`` by when they came out: end date, then the narrowest, then id.

    An event with no known end comes last. The first of any set of disclosures is the
    one of lowest rank.
    """
    if not candidates:
        return {}
    chosen = events.loc[sorted(candidates)]
    width = (chosen["end"] - chosen["start"]).fillna(pd.Timedelta.max)
    order = chosen.assign(_w=width).sort_values(["end", "_w", "id"])
    return {str(eid): rank for rank, eid in enumerate(order["id"].tolist())}


def claims_table(case: Case, *, most_findings: int | None = None) -> pd.DataFrame:
    """One row per contradicted public statement, for the report's claims and findings.

    Columns: ``statement`` (title), ``said`` (the date as written, and as resolved),
    ``quote``, ``contradicted_by`` (titles of the events that contradict it),
    ``revealed_by`` (the earliest disclosure that admits the statement, contradicts it,
    or reveals a practice that contradicts it), ``revealed`` (its date), and
    ``time_between`` (from the statement to that disclosure, a range when the dates are).
    Statements are in date order.

    Parameters
    ----------
    case
        A loaded case.
    most_findings
        When given, ``contradicted_by`` names at most this many events and then says how
        many more there are; by default it names every one.

    Notes
    -----
    The links are read once into lookups, so the table takes time in proportion to the
    events and links, however many statements are contradicted.
    """
    events = case.events.set_index(case.events["id"].rename(None))
    links = case.links
    contradicted = _froms(links, "contradicts")
    admitted = _froms(links, "admits")
    revealed = _froms(links, "reveals")
    lanes = dict(zip(events.index, events["lane"].astype(str), strict=True))
    titles = dict(zip(events.index, events["title"].astype(str), strict=True))

    statements = events[(events["lane"] == "statement") & events.index.isin(list(contradicted))]
    order = statements.assign(_key=statements["start"].fillna(statements["end"]))
    order = order.sort_values(["_key", "id"])
    disclosures_of: dict[str, set[str]] = {}
    for sid in order.index:
        against = contradicted[sid]
        found = set(admitted.get(sid, []))
        found |= {f for f in against if lanes[f] == "disclosure"}
        for practice in set(against):
            found |= set(revealed.get(practice, []))
        disclosures_of[sid] = found
    rank = _first_revealed(events, set().union(*disclosures_of.values()))

    rows: list[dict[str, str]] = []
    for sid, statement in order.iterrows():
        practices = sorted(set(contradicted[str(sid)]), key=str)
        names = [titles[f] for f in practices]
        if most_findings is not None and len(names) > most_findings:
            more = len(names) - most_findings
            names = [*names[:most_findings], f"and {more} more"]
        disclosures = disclosures_of[str(sid)]
        if disclosures:
            first = cast(pd.Series, events.loc[min(disclosures, key=rank.__getitem__)])
            revealed_by = str(first["title"])
            when = f"{first['date']} ({_resolved(first)})"
            between = gap(statement, first).text()
        else:
            revealed_by = when = between = ""
        rows.append(
            {
                "statement": str(statement["title"]),
                "said": f"{statement['date']} ({_resolved(statement)})",
                "quote": str(statement["quote"]),
                "contradicted_by": "; ".join(names),
                "revealed_by": revealed_by,
                "revealed": when,
                "time_between": between,
            }
        )
    return pd.DataFrame(rows, columns=list(CLAIM_COLUMNS))
