"""The chart's words: lanes and links in plain words, and dates at their precision."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import pandas as pd

from timeline.text import MONTHS

__all__ = ["LANE_LABELS", "RELATION_LABELS"]

LANE_LABELS: Final[dict[str, str]] = {
    "statement": "What officials said",
    "practice": "What happened behind the scenes",
    "disclosure": "Oversight and disclosure",
    "context": "Context",
}
"""Plain words for each lane, in :data:`timeline.case.LANES` order."""

RELATION_LABELS: Final[dict[str, str]] = {
    "contradicts": "contradicts",
    "reveals": "reveals",
    "admits": "admits it was not accurate",
    "prompted": "prompted",
}
"""Legend words for each kind of link, in :data:`timeline.case.RELATIONS` order."""

_PASSIVE: Final[dict[str, str]] = {
    "contradicts": "contradicted by",
    "reveals": "revealed by",
    "admits": "admitted not accurate by",
    "prompted": "prompted by",
}

# --- dates in words -----------------------------------------------------------------------

_MONTHS: Final = MONTHS
_SEASONS: Final = {"21": "spring", "22": "summer", "23": "autumn", "24": "winter"}


def _day(ts: pd.Timestamp, *, year: bool = True) -> str:
    text = f"{ts.day} {_MONTHS[ts.month - 1]}"
    return f"{text} {ts.year}" if year else text


def _span_days(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """Words for an inclusive span of days: '1–31 July 2017', '1 January to 9 October 2017'."""
    if start == end:
        return _day(start)
    if start.year == end.year and start.month == end.month:
        return f"{start.day}–{end.day} {_MONTHS[end.month - 1]} {end.year}"
    if start.year == end.year:
        return f"{_day(start, year=False)} to {_day(end)}"
    return f"{_day(start)} to {_day(end)}"


def _unit_words(start: pd.Timestamp, end: pd.Timestamp, precision: str, edtf: str) -> str:
    """Words for a date at its own precision: 'July 2017', 'spring 2017', 'the 2010s'."""
    if precision == "day":
        return _span_days(start, end)
    if precision == "week":
        return f"the week of {_day(start)}"
    if precision == "month" and start.month == end.month and start.year == end.year:
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if precision == "season":
        code = edtf.rstrip("?~%")[-2:]
        return f"{_SEASONS.get(code, 'season of')} {start.year}"
    if precision == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if precision == "year" and start.year == end.year:
        return str(start.year)
    if precision == "decade":
        return f"the {start.year - start.year % 10}s"
    return _span_days(start, end)


def _resolved(row: Mapping[str, Any]) -> str:
    """The resolved date in words, with its precision: 'on or before 9 October 2017 (day)'."""
    start, end = row["start"], row["end"]
    precision = str(row["precision"])
    if bool(row["open_start"]) and bool(row["open_end"]):
        text = "date unknown"
    elif bool(row["open_start"]):
        text = f"on or before {_day(end)}"
    elif bool(row["open_end"]):
        text = f"on or after {_day(start)}"
    else:
        text = _span_days(start, end)
    if bool(row["approximate"]):
        text = f"about {text}"
    return f"{text} ({precision})"


def _when(row: Mapping[str, Any]) -> str:
    """A short date for prose: when an event began, at its precision ('July 2017')."""
    start, end = row["start"], row["end"]
    precision, edtf = str(row["precision"]), str(row["edtf"])
    if "/" in edtf or pd.isna(start) or pd.isna(end):
        return _day(end if pd.isna(start) else start)
    return _unit_words(start, end, precision, edtf)


_LANE_NOUNS: Final[dict[str, tuple[str, str]]] = {
    "statement": ("public statement", "public statements"),
    "practice": ("practice behind the scenes", "practices behind the scenes"),
    "disclosure": ("oversight or disclosure event", "oversight or disclosure events"),
    "context": ("context event", "context events"),
}


def _period_words(start: pd.Timestamp, unit: str) -> str:
    """A bin's period in words: '5 March 2017', 'the week of 6 March 2017', 'Q1 2017'."""
    if unit == "day":
        return _day(start)
    if unit == "week":
        return f"the week of {_day(start)}"
    if unit == "month":
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if unit == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    return str(start.year)
