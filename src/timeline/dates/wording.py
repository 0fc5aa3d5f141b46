"""Dates for readers, in one house style ('9 October 2017') used by every output."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from typing import Any, TypeAlias

import pandas as pd

from timeline.text import MONTHS

__all__ = [
    "Row",
    "day_words",
    "display_date",
    "period_words",
    "resolved_words",
    "side_units",
    "span_words",
    "unit_words",
]

# One side of an EDTF date or interval: a year (or a decade, ``201X``), then an optional
# month (13 and up: a season or quarter code) and day, then qualifiers.
_EDTF_SIDE = re.compile(r"^(?P<year>\d{3}X|\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?[?~%]*$")
_UNIT_OF_PRECISION = {
    "day": "day",
    "week": "day",
    "month": "month",
    "season": "month",
    "quarter": "month",
    "year": "year",
    "decade": "year",
}
# TimelineJS strips markup from display dates and then sets them as HTML, so an escaped
# ``&lt;`` would come back as a tag: a written date with any of these is not shown as written.
_MARKUP_CHARS = frozenset("<>&")

Row: TypeAlias = "pd.Series | Mapping[str, Any]"
"""An events row: a row of ``case.events``, or a mapping with the same keys."""


def side_units(row: Row) -> tuple[str, str]:
    """Return the calendar unit (day, month or year) of an event's start and end side.

    Parameters
    ----------
    row
        A row of ``case.events`` (or a mapping with its ``edtf`` and ``precision``).

    Returns
    -------
    tuple of str
        The start side's unit and the end side's, each ``"day"``, ``"month"`` or ``"year"``.
    """
    fallback = _UNIT_OF_PRECISION.get(str(row["precision"]), "day")
    sides = str(row["edtf"]).split("/")
    if len(sides) == 1:
        sides = [sides[0], sides[0]]
    units: list[str] = []
    for side in sides[:2]:
        match = _EDTF_SIDE.match(side)
        if match is None:
            units.append(fallback)
        elif match["day"]:
            units.append("day")
        elif match["month"]:
            units.append("month")
        else:
            units.append("year")
    return units[0], units[1]


_SEASONS = {"21": "spring", "22": "summer", "23": "autumn", "24": "winter"}


def day_words(when: pd.Timestamp | datetime.date, *, year: bool = True) -> str:
    """A day in the house style: '9 October 2017' (or '9 October' without the year).

    >>> day_words(datetime.date(2017, 10, 9))
    '9 October 2017'
    """
    text = f"{when.day} {MONTHS[when.month - 1]}"
    return f"{text} {when.year}" if year else text


def span_words(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """An inclusive span of days: '1–31 July 2017', '1 January to 9 October 2017'."""
    if start == end:
        return day_words(start)
    if start.year == end.year and start.month == end.month:
        return f"{start.day}–{end.day} {MONTHS[end.month - 1]} {end.year}"
    if start.year == end.year:
        return f"{day_words(start, year=False)} to {day_words(end)}"
    return f"{day_words(start)} to {day_words(end)}"


def unit_words(start: pd.Timestamp, end: pd.Timestamp, precision: str, edtf: str) -> str:
    """A date at its own precision: 'July 2017', 'spring 2017', 'Q3 2017', 'the 2010s'."""
    if precision == "day":
        return span_words(start, end)
    if precision == "week":
        return f"the week of {day_words(start)}"
    if precision == "month" and start.month == end.month and start.year == end.year:
        return f"{MONTHS[start.month - 1]} {start.year}"
    if precision == "season":
        code = edtf.rstrip("?~%")[-2:]
        return f"{_SEASONS.get(code, 'season of')} {start.year}"
    if precision == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if precision == "year" and start.year == end.year:
        return str(start.year)
    if precision == "decade":
        return f"the {start.year - start.year % 10}s"
    return span_words(start, end)


def period_words(start: pd.Timestamp, unit: str) -> str:
    """A calendar period: '5 March 2017', 'the week of 6 March 2017', 'Q1 2017', '2017'."""
    if unit == "day":
        return day_words(start)
    if unit == "week":
        return f"the week of {day_words(start)}"
    if unit == "month":
        return f"{MONTHS[start.month - 1]} {start.year}"
    if unit == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    return str(start.year)


def _words(when: pd.Timestamp, unit: str) -> str:
    """A date in words down to ``unit``: '25 January 2017', 'January 2017', '2017'."""
    if unit == "day":
        return day_words(when)
    if unit == "month":
        return f"{MONTHS[when.month - 1]} {when.year}"
    return str(when.year)


def resolved_words(row: Row) -> str:
    """Say an event's resolved date in words, as precisely as it is known.

    Parameters
    ----------
    row
        A row of ``case.events`` (or a mapping with its columns).

    Returns
    -------
    str
        '25 January 2017', 'July 2017', 'January 2017 to 9 October 2017',
        'on or before 9 October 2017'; '(approximate)' is added to a hedged date.
    """
    start_unit, end_unit = side_units(row)
    start, end = row["start"], row["end"]
    if bool(row["open_start"]) and pd.notna(end):
        text = f"on or before {_words(end, end_unit)}"
    elif bool(row["open_end"]) and pd.notna(start):
        text = f"on or after {_words(start, start_unit)}"
    else:
        first, last = _words(start, start_unit), _words(end, end_unit)
        text = first if first == last else f"{first} to {last}"
    if bool(row["approximate"]):
        text += " (approximate)"
    return text


def display_date(row: Row) -> str:
    """The date a TimelineJS slide shows: the article's words, with the resolved date.

    Dates written as EDTF (``2017-07``, ``../2017-10-09``) are shown in words only; a
    written date holding ``<``, ``>`` or ``&`` is replaced by its resolved words.

    Parameters
    ----------
    row
        The event, as for :func:`resolved_words`.

    Returns
    -------
    str
        'in July (July 2017)', 'Monday (9 October 2017)', or the resolved words alone.
    """
    written = " ".join(str(row["date"]).split())
    resolved = resolved_words(row)
    if not re.search(r"[^\W\dX_]", written) or _MARKUP_CHARS & set(written):
        return resolved
    if written.casefold() == resolved.casefold():
        return written
    return f"{written} ({resolved})"
