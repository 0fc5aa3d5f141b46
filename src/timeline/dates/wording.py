"""Dates for readers: an event's resolved date in words, and the date a slide shows."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypeAlias

import pandas as pd

from timeline.text import MONTHS

__all__ = ["Row", "display_date", "resolved_words", "side_units"]

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


def _words(when: pd.Timestamp, unit: str) -> str:
    """A date in words down to ``unit``: 'January 25, 2017', 'January 2017', '2017'."""
    if unit == "day":
        return f"{MONTHS[when.month - 1]} {when.day}, {when.year}"
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
        'January 25, 2017', 'July 2017', 'January 2017 to October 9, 2017',
        'on or before October 9, 2017'; '(approximate)' is added to a hedged date.
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
        A row of ``case.events`` (or a mapping with its columns).

    Returns
    -------
    str
        'in July (July 2017)', 'Monday (October 9, 2017)', or the resolved words alone.
    """
    written = " ".join(str(row["date"]).split())
    resolved = resolved_words(row)
    if not re.search(r"[^\W\dX_]", written) or _MARKUP_CHARS & set(written):
        return resolved
    if written.casefold() == resolved.casefold():
        return written
    return f"{written} ({resolved})"
