"""EDTF and ISO strings: checked, then read as spans without the date grammar."""

from __future__ import annotations

import contextlib
import datetime
import io
import re
from typing import Final

from timeline.dates.model import Resolution
from timeline.dates.spans import (
    Span,
    coarser,
    day_span,
    decade_span,
    month_span,
    quarter_span,
    season_span,
    year_span,
)

Date = datetime.date

EDTF_CHARS: Final = re.compile(r"[0-9X?~%./:TZ+\-]+", re.ASCII)
"""The characters an EDTF string is made of."""
EDTF_ONLY: Final = re.compile(r"[X?~%:TZ+]|\.\.", re.ASCII)
"""What marks a string as EDTF rather than words: a failed EDTF read is then final."""
_EDTF_DATE: Final = re.compile(
    r"(?P<y>[?~%]?(?:\d{4}|\d{3}X|\d{2}XX)[?~%]?)"
    r"(?:-(?P<m>[?~%]?(?:\d{2}|XX)[?~%]?)"
    r"(?:-(?P<d>[?~%]?(?:\d{2}|XX)[?~%]?))?)?"
    r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?",
    re.ASCII,
)
_QUALIFIERS: Final = str.maketrans("", "", "?~%")
_SOUTHERN_SEASONS: Final = {29: 2, 30: 3, 31: 0, 32: 1}  # southern spring = northern fall, ...


_SIMPLE_EDTF: Final = re.compile(
    r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?[?~%]?", re.ASCII
)
"""Plain ISO years, months and days (with a trailing qualifier): checked here in full, so
the slower ``edtf`` grammar is only asked about the rarer forms."""


def _edtf_valid(s: str) -> bool:
    if all(_SIMPLE_EDTF.fullmatch(side) or side in ("", "..") for side in s.split("/")):
        return True
    from edtf import parse_edtf

    sink = io.StringIO()
    try:
        with contextlib.redirect_stdout(sink):  # the parser prints on some failures
            parse_edtf(s)
    except Exception:
        return False
    return True


def _edtf_side(s: str) -> Span | None:
    m = _EDTF_DATE.fullmatch(s)
    if m is None:
        return None
    y = m.group("y").translate(_QUALIFIERS)
    mo = m.group("m").translate(_QUALIFIERS) if m.group("m") else None
    d = m.group("d").translate(_QUALIFIERS) if m.group("d") else None
    if "X" in y:
        if mo is not None or d is not None:
            return None
        base = int(y.replace("X", "0"))
        return decade_span(base, 10 if y.count("X") == 1 else 100)
    year = int(y)
    if year < 1:
        return None
    if mo is None or mo == "XX":
        if d is not None and d != "XX":
            return None
        return year_span(year)
    month = int(mo)
    if d is not None:
        if not 1 <= month <= 12:
            return None
        if d == "XX":
            return month_span(year, month)
        try:
            return day_span(Date(year, month, int(d)))
        except ValueError:  # a day the month does not have
            return None
    if 1 <= month <= 12:
        return month_span(year, month)
    if 21 <= month <= 28:
        return season_span((month - 21) % 4, year)
    if month in _SOUTHERN_SEASONS:
        return season_span(_SOUTHERN_SEASONS[month], year)
    if 33 <= month <= 36:
        return quarter_span(month - 32, year)
    return None


def signed_edtf(s: str) -> bool:
    """Whether ``s`` is an EDTF date or interval with a negative year ("-0001" is 2 BC)."""
    sides = s.split("/")
    return any(x.startswith("-") for x in sides) and all(
        x in ("", "..") or _EDTF_DATE.fullmatch(x.removeprefix("-")) for x in sides
    )


def from_edtf(text: str, s: str) -> Resolution | None:
    """Read ``s``, the normalised ``text``, as an EDTF date or interval; None if it is not one."""
    sides = s.split("/")
    if len(sides) > 2 or not all(_EDTF_DATE.fullmatch(x) or x in ("", "..") for x in sides):
        return None
    if not _edtf_valid(s):
        return None
    approximate = any(c in s for c in "?~%")
    if "/" not in s:
        one = _edtf_side(s)
        if one is None:
            return None
        edtf = s.split("T", 1)[0] if "T" in s else s
        return Resolution(text, one.start, one.end, one.precision, edtf, approximate)
    left, _, right = s.partition("/")
    lo = None if left in ("", "..") else _edtf_side(left)
    hi = None if right in ("", "..") else _edtf_side(right)
    if (lo is None and left not in ("", "..")) or (hi is None and right not in ("", "..")):
        return None
    if lo is None and hi is None:
        return None
    if lo is not None and hi is not None:
        if lo.start is None or hi.end is None or hi.end < lo.start:
            return None
        precision = coarser(lo.precision, hi.precision)
    else:
        precision = (lo or hi).precision  # type: ignore[union-attr]
    return Resolution(
        text,
        None if lo is None else lo.start,
        None if hi is None else hi.end,
        precision,
        s,
        approximate,
    )
