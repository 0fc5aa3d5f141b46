"""Resolve the date wording of news copy into calendar spans with EDTF strings."""

from __future__ import annotations

import calendar
import contextlib
import csv
import dataclasses
import datetime
import functools
import io
import json
import re
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Protocol

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from timeline.finder import Found

__all__ = [
    "FIRST_DATE",
    "LAST_DATE",
    "MAX_CHARS",
    "MAX_WORDS",
    "PRECISIONS",
    "Resolution",
    "dates_command",
    "find",
    "publication_date",
    "resolve",
    "resolve_frame",
]

Date = datetime.date

#: Precision names, finest first.
PRECISIONS: Final[tuple[str, ...]] = (
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "year",
    "decade",
)
#: Texts longer than this many characters are refused (resolve to ``None``).
MAX_CHARS: Final = 200
#: Texts with more than this many words are refused (resolve to ``None``).
MAX_WORDS: Final = 30
FIRST_DATE: Final = Date(1678, 1, 1)
"""The earliest date a case may hold: tables keep dates as ``datetime64[ns]``."""
LAST_DATE: Final = Date(2261, 12, 31)
"""The latest date a case may hold."""

_RANK: Final = {p: i for i, p in enumerate(PRECISIONS)}


def _words_list(text: str) -> list[str]:
    return text.split()


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ONE_DAY: Final = datetime.timedelta(days=1)
_MIN_YEAR: Final = 1000
_MAX_YEAR: Final = 2999


# --------------------------------------------------------------------------------------------
# Public result type
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Resolution:
    """A date expression resolved to an inclusive calendar span.

    Attributes
    ----------
    text : str
        The original words.
    start, end : datetime.date or None
        Inclusive bounds. ``None`` only for an open bound (EDTF ``..``).
    precision : str
        One of :data:`PRECISIONS`; for a range, the coarser of its two ends.
    edtf : str
        The Extended Date/Time Format string of the result.
    approximate : bool
        True when the words hedge ("about", "late", "or so") or the EDTF is
        qualified with ``?``, ``~`` or ``%``.
    """

    text: str
    start: datetime.date | None
    end: datetime.date | None
    precision: str
    edtf: str
    approximate: bool

    @property
    def open_start(self) -> bool:
        """Whether the interval has no start bound."""
        return self.start is None

    @property
    def open_end(self) -> bool:
        """Whether the interval has no end bound."""
        return self.end is None


class _NeedsPublished(Exception):
    """Raised internally when a relative expression meets a missing publication date."""


# --------------------------------------------------------------------------------------------
# Spans: resolved intervals with the EDTF pieces needed to print them
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Span:
    start: Date | None
    end: Date | None
    precision: str
    lo: str  # EDTF of the start bound, usable inside an interval
    hi: str  # EDTF of the end bound, usable inside an interval
    single: str | None = None  # compact EDTF when the span is one EDTF unit
    approximate: bool = False
    edtf: str | None = None  # the whole EDTF string, when it cannot be built from the above

    def hedged(self, flag: bool = True) -> _Span:
        if not flag or self.approximate:
            return self
        return dataclasses.replace(self, approximate=True)


# EDTF forms that take a trailing "~": years, months 01-12, days, and decades (199X).
_QUALIFIABLE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?|\d{3}X|\d{2}XX", re.ASCII)


def _edtf_of(span: _Span) -> str:
    if span.edtf is not None:
        return span.edtf
    q = "~" if span.approximate else ""
    if span.start is None:
        return f"../{span.hi}{q}"
    if span.end is None:
        return f"{span.lo}{q}/.."
    if span.single is not None and (not q or _QUALIFIABLE.fullmatch(span.single)):
        return span.single + q
    if span.lo == span.hi:
        return span.lo + q
    return f"{span.lo}{q}/{span.hi}{q}"


def _coarser(a: str, b: str) -> str:
    return a if _RANK[a] >= _RANK[b] else b


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    y, m0 = divmod(year * 12 + month - 1 + k, 12)
    return y, m0 + 1


def _shift_date(d: Date, *, months: int = 0, years: int = 0) -> Date:
    y, m = _shift_month(d.year + years, d.month, months)
    return Date(y, m, min(d.day, _last_day(y, m)))


def _monday(d: Date) -> Date:
    return d - datetime.timedelta(days=d.weekday())


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _day_span(d: Date) -> _Span:
    s = d.isoformat()
    return _Span(d, d, "day", s, s, s)


def _days_span(a: Date, b: Date, precision: str = "day") -> _Span:
    return _Span(a, b, precision, a.isoformat(), b.isoformat(), a.isoformat() if a == b else None)


def _month_span(y: int, m: int) -> _Span:
    s = _ym(y, m)
    return _Span(Date(y, m, 1), Date(y, m, _last_day(y, m)), "month", s, s, s)


def _months_span(y1: int, m1: int, y2: int, m2: int, precision: str = "month") -> _Span:
    lo, hi = _ym(y1, m1), _ym(y2, m2)
    return _Span(
        Date(y1, m1, 1),
        Date(y2, m2, _last_day(y2, m2)),
        precision,
        lo,
        hi,
        lo if lo == hi and precision == "month" else None,
    )


def _year_span(y: int) -> _Span:
    s = f"{y:04d}"
    return _Span(Date(y, 1, 1), Date(y, 12, 31), "year", s, s, s)


def _years_span(y1: int, y2: int, precision: str = "year") -> _Span:
    lo, hi = f"{y1:04d}", f"{y2:04d}"
    return _Span(Date(y1, 1, 1), Date(y2, 12, 31), precision, lo, hi, lo if y1 == y2 else None)


def _decade_span(y0: int, width: int = 10) -> _Span:
    single = f"{y0 // 10:03d}X" if width == 10 else f"{y0 // 100:02d}XX"
    y1 = y0 + width - 1
    return _Span(Date(y0, 1, 1), Date(y1, 12, 31), "decade", f"{y0:04d}", f"{y1:04d}", single)


def _week_span(monday: Date) -> _Span:
    return _days_span(monday, monday + datetime.timedelta(days=6), "week")


# Seasons are meteorological, northern hemisphere. Index: spring 0, summer 1, fall 2, winter 3.
# The winter of year Y begins in December of Y and ends in February of Y + 1.
def _season_span(idx: int, y: int) -> _Span:
    m0 = 3 + 3 * idx
    y2, m2 = _shift_month(y, m0, 2)
    return _Span(
        Date(y, m0, 1),
        Date(y2, m2, _last_day(y2, m2)),
        "season",
        _ym(y, m0),
        _ym(y2, m2),
        f"{y:04d}-{21 + idx}",
    )


def _quarter_span(q: int, y: int) -> _Span:
    m0 = 3 * q - 2
    return _Span(
        Date(y, m0, 1),
        Date(y, m0 + 2, _last_day(y, m0 + 2)),
        "quarter",
        _ym(y, m0),
        _ym(y, m0 + 2),
        f"{y:04d}-{32 + q}",
    )


def _narrow(s: _Span, part: int) -> _Span:
    """Narrow a span to its early (0), middle (1) or late (2) third."""
    a, b = s.start, s.end
    if a is None or b is None or s.precision == "day":
        return s
    p = s.precision
    if p == "month" and (a.year, a.month) == (b.year, b.month):
        first, last = ((1, 10), (11, 20), (21, _last_day(a.year, a.month)))[part]
        return _days_span(a.replace(day=first), a.replace(day=last)).hedged()
    if p == "year" and a.year == b.year:
        m1, m2 = ((1, 4), (5, 8), (9, 12))[part]
        return _months_span(a.year, m1, a.year, m2).hedged()
    if p == "decade":
        width = b.year - a.year + 1
        if width == 10:
            o1, o2 = ((0, 3), (4, 6), (7, 9))[part]
            return _years_span(a.year + o1, a.year + o2).hedged()
        o1, o2 = ((0, 32), (33, 66), (67, width - 1))[part]
        return _years_span(a.year + o1, a.year + o2, "decade").hedged()
    if p in ("season", "quarter"):
        y, m = _shift_month(a.year, a.month, part)
        return _month_span(y, m).hedged()
    if p == "week":
        o1, o2 = ((0, 1), (2, 3), (4, 6))[part]
        return _days_span(a + datetime.timedelta(days=o1), a + datetime.timedelta(days=o2)).hedged()
    return s.hedged()


def _join(left: _Span, right: _Span, approximate: bool = False) -> _Span:
    return _Span(
        left.start,
        right.end,
        _coarser(left.precision, right.precision),
        left.lo,
        right.hi,
        None,
        left.approximate or right.approximate or approximate,
    )


# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

_MONTHS: Final = {
    name: number
    for number, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sept sep",
            "october oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for name in names.split()
}
_FULL_MONTHS: Final = frozenset(calendar.month_name[m].lower() for m in range(1, 13))
_WEAK_MONTHS: Final = frozenset({"may", "march"})  # ordinary words when lowercase and alone
_WEEKDAYS: Final = {calendar.day_name[d].lower(): d for d in range(7)}
_WEEKDAY_ABBR: Final = {
    name: number
    for number, names in enumerate(
        ("mon", "tue tues", "wed", "thu thur thurs", "fri", "sat", "sun")
    )
    for name in names.split()
}
_SEASONS: Final = {"spring": 0, "summer": 1, "fall": 2, "autumn": 2, "winter": 3}
_NUMBER_WORDS: Final = {
    **{"a": 1, "an": 1, "fifteen": 15, "twenty": 20, "thirty": 30},
    **{
        w: n
        for n, w in enumerate(
            _words_list("one two three four five six seven eight nine ten eleven twelve"), start=1
        )
    },
}
_ORDINAL_WORDS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_UNITS: Final = {
    form: unit for unit in ("day", "week", "month", "year", "decade") for form in (unit, unit + "s")
}
_PARTS: Final = {"early": 0, "mid": 1, "late": 2}
_PART_PHRASES: Final = (
    (("the", "beginning", "of"), 0),
    (("the", "start", "of"), 0),
    (("the", "middle", "of"), 1),
    (("the", "end", "of"), 2),
    (("beginning", "of"), 0),
    (("start", "of"), 0),
    (("middle", "of"), 1),
    (("end", "of"), 2),
)
_HEDGES: Final = (
    ("as", "early", "as"),
    ("as", "late", "as"),
    ("on", "or", "about"),
    ("on", "or", "around"),
    ("in", "or", "around"),
    ("at", "or", "around"),
    ("sometime", "around"),
    ("about",),
    ("around",),
    ("roughly",),
    ("approximately",),
    ("circa",),
)
_DOTTED_HEDGES: Final = frozenset({"c", "ca", "approx"})
_RANGE_WORDS: Final = frozenset({"to", "through", "thru", "until", "till"})
_DASHES: Final = frozenset({"-"})
# Words after which a bare four-digit number reads as a year.
_YEAR_CONTEXT: Final = _words(
    "in since from by of to through thru until till between and or before after "
    "during throughout early mid late circa c ca about around approximately roughly "
    "year the his her their its our my your a an this for as on at within end start "
    "beginning middle spring summer fall autumn winter"
)
_YEAR_CONTEXT_PUNCT: Final = frozenset({",", "(", '"', "“", "”", "'", ":", ";"})
# Words that make a preceding number a count or a measure, never a year.
_UNIT_NOUNS: Final = _words(
    "people persons residents homes houses acres feet foot ft miles mile meters "
    "metres kilometers km pounds lbs tons dollars students workers employees jobs "
    "cases deaths votes voters calories degrees percent per points units rooms beds "
    "pages words times hours minutes seconds days weeks months years million billion "
    "trillion thousand hundred gallons barrels officers troops soldiers patients "
    "children kids members guests visitors calls complaints signatures emails "
    "documents shares vehicles cars inmates arrests tickets doses homicides shootings "
    "am pm hrs"
)
# Before a date without a year these make it anaphoric ("that Monday") or recurring
# ("every Monday"): no single date the story names.
_ANAPHORIC: Final = frozenset({"that", "those", "every", "each"})
_ANAPHORIC_AFTER_THE: Final = frozenset({"following", "previous", "prior", "same", "next"})
_SEASON_CONTEXT: Final = _words(
    "in during over through throughout since by until till before after from to and "
    "between early mid late this last next of"
)
# Words that may follow a number and a hyphen in a date ("Sept. 28-Oct. 2", "1990s-era").
_HYPHEN_DATE_WORDS: Final = (
    frozenset(_MONTHS) | frozenset(_WEEKDAYS) | frozenset(_SEASONS) | frozenset({"", "era"})
)
# After "2011-12" these make it two years (a season, a budget), not December 2011.
_YEAR_RANGE_NOUNS: Final = _words(
    "season school academic term winter session budget biennium year fiscal campaign"
)
# Before a weekday these make it a name or an indefinite day: "Black Friday", "a Tuesday".
_WEEKDAY_BLOCKERS: Final = _words("the a an black good cyber super ash easter holy palm")
# Capitalized words that may touch a bare month or season without making it a name.
_DATE_WORDS: Final = (
    frozenset(_MONTHS) | frozenset(_WEEKDAYS) | frozenset(_SEASONS) | _words("the this last next")
)


# --------------------------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------------------------

_TOKEN_RE: Final = re.compile(
    r"(?P<big>\d{1,3}(?:,\d{3})+(?!\d))"
    r"|(?P<dec>\d+\.\d+)"
    r"|(?P<num>\d+)(?:(?P<suf>st|nd|rd|th|s)(?![A-Za-z]))?"
    r"|(?P<apos>['‘’]\d\ds)(?![A-Za-z])"
    r"|(?P<word>[A-Za-z]+)(?P<dot>\.)?"
    r"|(?P<punct>\S)",
    re.ASCII | re.IGNORECASE,
)
_DASH_CHARS: Final = str.maketrans({"–": "-", "—": "-", "‒": "-", "−": "-", "‐": "-", "‑": "-"})


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # "w" word, "n" number, "p" punctuation, "q" quantity (10,000 or 6.3), "a" '90s
    text: str
    low: str
    val: int
    suf: str
    dot: bool
    cap: bool
    start: int
    end: int


def _tokenize(s: str) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(s):
        kind = m.lastgroup
        a, b = m.span()
        if m.group("num") is not None:
            digits = m.group("num")
            suf = (m.group("suf") or "").lower()
            val = int(digits) if len(digits) <= 9 else -1
            toks.append(_Tok("n", digits, digits, val, suf, False, False, a, b))
        elif m.group("word") is not None:
            w = m.group("word")
            toks.append(
                _Tok("w", w, w.lower(), 0, "", m.group("dot") is not None, w[0].isupper(), a, b)
            )
        elif m.group("apos") is not None:
            toks.append(
                _Tok(
                    "a",
                    m.group("apos"),
                    m.group("apos"),
                    int(m.group("apos")[1:3]),
                    "s",
                    False,
                    False,
                    a,
                    b,
                )
            )
        elif kind in ("big", "dec"):
            toks.append(_Tok("q", m.group(), m.group(), -1, "", False, False, a, b))
        else:
            ch = m.group()
            toks.append(_Tok("p", ch, ch, -1, "", False, False, a, b))
    return toks


# --------------------------------------------------------------------------------------------
# Parse nodes: unresolved date expressions, resolved lazily against the publication date
# --------------------------------------------------------------------------------------------


class _Node(Protocol):
    @property
    def floating(self) -> bool: ...

    def span(self, ctx: _Parser, anchor: Date | None, forward: bool) -> _Span | None: ...


@dataclass(slots=True)
class _Fixed:
    value: _Span
    floating: bool = False

    def span(self, ctx: _Parser, anchor: Date | None, forward: bool) -> _Span | None:
        return self.value


@dataclass(slots=True)
class _DayAtom:
    month: int
    day: int
    year: int | None

    @property
    def floating(self) -> bool:
        return self.year is None

    def span(self, ctx: _Parser, anchor: Date | None, forward: bool) -> _Span | None:
        if self.year is not None:
            return _day_span(Date(self.year, self.month, self.day))
        if anchor is None:
            anchor, forward = ctx.need_pub(), False
        step = 1 if forward else -1
        for k in range(9):  # nine years always contain a Feb. 29
            y = anchor.year + step * k
            if self.day > _last_day(y, self.month):
                continue
            d = Date(y, self.month, self.day)
            if (d >= anchor) if forward else (d <= anchor):
                return _day_span(d)
        return None


@dataclass(slots=True)
class _MonthAtom:
    month: int
    year: int | None = None
    year_offset: int | None = None  # "January of last year"
    rel: str | None = None  # "last", "this", "next"

    @property
    def floating(self) -> bool:
        return self.year is None and self.year_offset is None and self.rel is None

    def span(self, ctx: _Parser, anchor: Date | None, forward: bool) -> _Span | None:
        m = self.month
        if self.year is not None:
            return _month_span(self.year, m)
        if self.year_offset is not None:
            return _month_span(ctx.need_pub().year + self.year_offset, m)
        if self.rel is not None:
            pub = ctx.need_pub()
            if self.rel == "this":
                y = pub.year
            elif self.rel == "next":
                y = pub.year if m > pub.month else pub.year + 1
            else:
                y = pub.year if m < pub.month else pub.year - 1
            return _month_span(y, m)
        if anchor is None:
            anchor, forward = ctx.need_pub(), False
        if forward:
            y = anchor.year if m >= anchor.month else anchor.year + 1
        else:
            y = anchor.year if m <= anchor.month else anchor.year - 1
        return _month_span(y, m)


@dataclass(slots=True)
class _SeasonAtom:
    season: int
    year: int | None = None
    year_offset: int | None = None
    rel: str | None = None  # "this", "last", "next"

    @property
    def floating(self) -> bool:
        return self.year is None and self.year_offset is None and self.rel is None

    def span(self, ctx: _Parser, anchor: Date | None, forward: bool) -> _Span | None:
        if self.year is not None:
            return _season_span(self.season, self.year)
        if self.year_offset is not None:
            return _season_span(self.season, ctx.need_pub().year + self.year_offset)
        if anchor is None or self.rel is not None:
            anchor, forward = ctx.need_pub(), False
        cands = [_season_span(self.season, y) for y in range(anchor.year - 2, anchor.year + 2)]
        if self.rel == "this":
            for c in cands:
                if c.start is not None and c.end is not None and c.start <= anchor <= c.end:
                    return c

            def distance(c: _Span) -> tuple[int, int]:
                assert c.start is not None and c.end is not None
                if c.end < anchor:
                    return ((anchor - c.end).days, 0)
                return ((c.start - anchor).days, 1)

            return min(cands, key=distance)
        if self.rel == "last":
            return [c for c in cands if c.end is not None and c.end < anchor][-1]
        if self.rel == "next" or forward:
            strict = self.rel == "next"
            return next(
                c
                for c in cands
                if c.start is not None and (c.start > anchor if strict else c.start >= anchor)
            )
        return [c for c in cands if c.start is not None and c.start <= anchor][-1]


@dataclass(slots=True)
class _QuarterAtom:
    quarter: int
    year: int | None = None
    year_offset: int | None = None

    @property
    def floating(self) -> bool:
        return self.year is None and self.year_offset is None

    def span(self, ctx: _Parser, anchor: Date | None, forward: bool) -> _Span | None:
        if self.year is not None:
            return _quarter_span(self.quarter, self.year)
        if self.year_offset is not None:
            return _quarter_span(self.quarter, ctx.need_pub().year + self.year_offset)
        if anchor is None:
            anchor, forward = ctx.need_pub(), False
        q_now = (anchor.month - 1) // 3 + 1
        if forward:
            y = anchor.year if self.quarter >= q_now else anchor.year + 1
        else:
            y = anchor.year if self.quarter <= q_now else anchor.year - 1
        return _quarter_span(self.quarter, y)


@dataclass(slots=True)
class _YearAtom:
    year: int | None = None
    offset: int | None = None  # relative to the publication year
    floating: bool = False

    def span(self, ctx: _Parser, anchor: Date | None, forward: bool) -> _Span | None:
        if self.year is not None:
            return _year_span(self.year)
        return _year_span(ctx.need_pub().year + (self.offset or 0))


@dataclass(slots=True)
class _DecadeAtom:
    start: int | None  # full start year, or None for a two-digit decade
    two_digit: int = 0
    width: int = 10
    floating: bool = False

    def span(self, ctx: _Parser, anchor: Date | None, forward: bool) -> _Span | None:
        if self.start is not None:
            return _decade_span(self.start, self.width)
        pub = ctx.need_pub()
        y0 = pub.year // 100 * 100 + self.two_digit
        if y0 > pub.year:
            y0 -= 100
        return _decade_span(y0)


@dataclass(slots=True)
class _WeekdayAtom:
    weekday: int
    rel: str | None = None  # None, "last", "this", "past" (on or before), "next", "coming"

    @property
    def floating(self) -> bool:
        return self.rel is None

    def span(self, ctx: _Parser, anchor: Date | None, forward: bool) -> _Span | None:
        if self.rel in ("next", "coming"):
            pub = ctx.need_pub()
            ahead = (self.weekday - pub.weekday()) % 7 or 7
            return _day_span(pub + datetime.timedelta(days=ahead))
        if anchor is None or self.rel is not None:
            anchor, forward = ctx.need_pub(), False
        if forward:
            return _day_span(
                anchor + datetime.timedelta(days=(self.weekday - anchor.weekday()) % 7)
            )
        return _day_span(anchor - datetime.timedelta(days=(anchor.weekday() - self.weekday) % 7))


@dataclass(slots=True)
class _RelAtom:
    """Expressions counted from the publication date: today, last week, two years ago."""

    unit: str  # day, week, month, year, quarter, decade, weekend
    offset: int = 0
    mode: str = "calendar"  # calendar, ago, past, weekend_past, weekend_the
    floating: bool = False

    def span(self, ctx: _Parser, anchor: Date | None, forward: bool) -> _Span | None:
        pub = ctx.need_pub()
        u, n = self.unit, self.offset
        if self.mode == "past":
            if u == "day":
                return _days_span(pub - datetime.timedelta(days=n), pub)
            if u == "week":
                return _days_span(pub - datetime.timedelta(days=7 * n), pub, "week")
            if u == "month":
                return _days_span(_shift_date(pub, months=-n), pub, "month")
            years = n * (10 if u == "decade" else 1)
            return _days_span(
                _shift_date(pub, years=-years), pub, "decade" if u == "decade" else "year"
            )
        if self.mode == "ago":
            if u == "day":
                return _day_span(pub - datetime.timedelta(days=n))
            if u == "week":
                return _week_span(_monday(pub - datetime.timedelta(days=7 * n))).hedged()
            if u == "month":
                return _month_span(*_shift_month(pub.year, pub.month, -n)).hedged()
            return _year_span(pub.year - n * (10 if u == "decade" else 1)).hedged()
        if self.mode == "weekend_past":  # the most recent Saturday-Sunday ending on or before
            sunday = pub - datetime.timedelta(days=(pub.weekday() - 6) % 7)
            return _days_span(sunday - _ONE_DAY, sunday)
        if self.mode == "weekend_the":  # the most recent Saturday-Sunday starting on or before
            saturday = pub - datetime.timedelta(days=(pub.weekday() - 5) % 7)
            return _days_span(saturday, saturday + _ONE_DAY)
        if u == "day":
            return _day_span(pub + datetime.timedelta(days=n))
        if u == "week":
            return _week_span(_monday(pub) + datetime.timedelta(days=7 * n))
        if u == "weekend":
            saturday = _monday(pub) + datetime.timedelta(days=7 * n + 5)
            return _days_span(saturday, saturday + _ONE_DAY)
        if u == "month":
            return _month_span(*_shift_month(pub.year, pub.month, n))
        if u == "quarter":
            q_index = pub.year * 4 + (pub.month - 1) // 3 + n
            return _quarter_span(q_index % 4 + 1, q_index // 4)
        if u == "decade":
            return _decade_span(pub.year // 10 * 10 + 10 * n)
        return _year_span(pub.year + n)


@dataclass(slots=True)
class _Narrow:
    inner: _Node
    part: int

    @property
    def floating(self) -> bool:
        return self.inner.floating

    def span(self, ctx: _Parser, anchor: Date | None, forward: bool) -> _Span | None:
        s = self.inner.span(ctx, anchor, forward)
        return None if s is None else _narrow(s, self.part)


@dataclass(slots=True)
class _WeekOf:
    inner: _Node

    @property
    def floating(self) -> bool:
        return self.inner.floating

    def span(self, ctx: _Parser, anchor: Date | None, forward: bool) -> _Span | None:
        s = self.inner.span(ctx, anchor, forward)
        if s is None or s.start is None or s.precision != "day":
            return None
        return _week_span(_monday(s.start))


@dataclass(slots=True)
class _NthWeek:
    nth: int  # 1..5, or -1 for the last week
    inner: _Node

    @property
    def floating(self) -> bool:
        return self.inner.floating

    def span(self, ctx: _Parser, anchor: Date | None, forward: bool) -> _Span | None:
        s = self.inner.span(ctx, anchor, forward)
        if s is None or s.start is None or s.end is None or s.precision != "month":
            return None
        if self.nth < 0:
            return _days_span(s.end - datetime.timedelta(days=6), s.end, "week")
        first = s.start + datetime.timedelta(days=7 * (self.nth - 1))
        if first > s.end:
            return None
        return _days_span(first, min(first + datetime.timedelta(days=6), s.end), "week")


@dataclass(slots=True)
class _Half:
    half: int
    inner: _Node
    floating: bool = False

    def span(self, ctx: _Parser, anchor: Date | None, forward: bool) -> _Span | None:
        s = self.inner.span(ctx, anchor, forward)
        if s is None or s.start is None or s.precision != "year":
            return None
        y = s.start.year
        return _months_span(y, 1, y, 6) if self.half == 1 else _months_span(y, 7, y, 12)


@dataclass(slots=True)
class _Range:
    left: _Node
    right: _Node
    kind: str = "range"  # range, and, or
    floating: bool = False

    def span(self, ctx: _Parser, anchor: Date | None, forward: bool) -> _Span | None:
        if self.left.floating and not self.right.floating:
            r = self.right.span(ctx, None, False)
            if r is None or r.start is None:
                return None
            left = self.left.span(ctx, r.start, False)
        else:
            left = self.left.span(ctx, anchor, forward)
            if left is None or left.start is None:
                return None
            r = self.right.span(ctx, left.start, True)
        if left is None or r is None or left.start is None or r.end is None or r.start is None:
            return None
        if self.kind != "range" and r.start < left.start:
            left, r = r, left
        if left.start is None or r.end is None or r.end < left.start:
            return None
        return _join(left, r, approximate=self.kind == "or")


@dataclass(slots=True)
class _Bound:
    """since / before / after / until / earlier this / later this."""

    inner: _Node
    kind: str
    floating: bool = False

    def span(self, ctx: _Parser, anchor: Date | None, forward: bool) -> _Span | None:
        s = self.inner.span(ctx, None, False)
        if s is None or s.start is None or s.end is None:
            return None
        k = self.kind
        q = "~" if s.approximate else ""
        if k in ("since", "earlier"):
            pub = ctx.need_pub()
            if pub < s.start:
                return None
            day = pub.isoformat()
            return _Span(
                s.start, pub, s.precision, s.lo, day, None, s.approximate, f"{s.lo}{q}/{day}"
            )
        if k == "later":
            pub = ctx.need_pub()
            if pub > s.end:
                return None
            day = pub.isoformat()
            return _Span(
                pub, s.end, s.precision, day, s.hi, None, s.approximate, f"{day}/{s.hi}{q}"
            )
        if k == "until":
            return _Span(None, s.end, s.precision, "", s.hi, None, s.approximate)
        if k == "before":
            end = s.start - _ONE_DAY
            return _Span(
                None, end, s.precision, "", _bound_text(end, s.precision), None, s.approximate
            )
        start = s.end + _ONE_DAY  # after
        return _Span(
            start, None, s.precision, _bound_text(start, s.precision), "", None, s.approximate
        )


def _bound_text(d: Date, precision: str) -> str:
    if precision in ("year", "decade"):
        return f"{d.year:04d}"
    if precision == "month":
        return _ym(d.year, d.month)
    return d.isoformat()


@dataclass(slots=True)
class _Hedge:
    inner: _Node

    @property
    def floating(self) -> bool:
        return self.inner.floating

    def span(self, ctx: _Parser, anchor: Date | None, forward: bool) -> _Span | None:
        s = self.inner.span(ctx, anchor, forward)
        return None if s is None else s.hedged()


_Result = tuple[_Node, int]


# --------------------------------------------------------------------------------------------
# The rule parser
# --------------------------------------------------------------------------------------------


class _Parser:
    """Scans tokens left to right for the first date expression."""

    __slots__ = ("n", "pub", "t")

    def __init__(self, toks: list[_Tok], pub: Date | None) -> None:
        self.t = toks
        self.n = len(toks)
        self.pub = pub

    def need_pub(self) -> Date:
        if self.pub is None:
            raise _NeedsPublished
        return self.pub

    # -- token helpers -----------------------------------------------------------------------

    def w(self, i: int) -> str:
        if 0 <= i < self.n and self.t[i].kind == "w":
            return self.t[i].low
        return ""

    def p(self, i: int) -> str:
        if 0 <= i < self.n and self.t[i].kind == "p":
            return self.t[i].low
        return ""

    def words(self, i: int, phrase: tuple[str, ...]) -> bool:
        return all(self.w(i + k) == word for k, word in enumerate(phrase))

    def adjacent(self, i: int) -> bool:
        """Whether token i touches token i + 1 (no space between)."""
        return i + 1 < self.n and self.t[i].end == self.t[i + 1].start

    def number(self, i: int, lo: int, hi: int, *, ordinal_ok: bool = True) -> int | None:
        if not 0 <= i < self.n:
            return None
        tok = self.t[i]
        if tok.kind != "n" or tok.suf == "s" or len(tok.text) > 4:
            return None
        if tok.suf and not ordinal_ok:
            return None
        return tok.val if lo <= tok.val <= hi else None

    def count(self, i: int) -> int | None:
        """A small count: "two", "a", "3"."""
        if 0 <= i < self.n and self.t[i].kind == "w":
            return _NUMBER_WORDS.get(self.t[i].low)
        return self.number(i, 1, 99, ordinal_ok=False)

    def year(self, i: int) -> int | None:
        """A four-digit year with nothing after it that makes it a quantity."""
        if not 0 <= i < self.n:
            return None
        tok = self.t[i]
        if (
            tok.kind != "n"
            or tok.suf
            or len(tok.text) != 4
            or not _MIN_YEAR <= tok.val <= _MAX_YEAR
        ):
            return None
        if self.counted(i + 1) or (self.p(i + 1) in ("/", ".") and self.adjacent(i)):
            return None  # a count, or part of a numeric date such as 2017/10/09
        return tok.val

    def counted(self, i: int) -> bool:
        """Whether token i makes the number before it a count or a measure."""
        nxt = self.p(i)
        if nxt in ("%", ":") or self.w(i) in _UNIT_NOUNS:
            return True
        return nxt == "-" and self.adjacent(i - 1) and self.w(i + 1) not in _HYPHEN_DATE_WORDS

    def month(self, i: int) -> tuple[int, bool] | None:
        """Month at token i, and whether it may stand alone (no day or year after it)."""
        if not 0 <= i < self.n or self.t[i].kind != "w":
            return None
        tok = self.t[i]
        m = _MONTHS.get(tok.low)
        if m is None:
            return None
        alone = tok.cap if tok.low in _WEAK_MONTHS else (tok.low in _FULL_MONTHS or tok.dot)
        return m, alone

    def named(self, k: int) -> bool:
        """Whether a bare month or season word at k is part of a name ("Theresa May")."""
        prev = self.t[k - 1] if k > 0 else None
        if (
            prev is not None
            and prev.kind == "w"
            and prev.cap
            and prev.low not in _YEAR_CONTEXT
            and prev.low not in _DATE_WORDS
        ):
            return True
        nxt = self.t[k + 1] if k + 1 < self.n else None
        if nxt is not None and nxt.kind == "w" and nxt.cap and nxt.low not in _DATE_WORDS:
            return prev is None or prev.low not in _YEAR_CONTEXT
        return False

    def anaphoric(self, i: int) -> bool:
        if self.w(i - 1) in _ANAPHORIC:
            return True
        return self.w(i - 1) in _ANAPHORIC_AFTER_THE and self.w(i - 2) == "the"

    # -- scanning ----------------------------------------------------------------------------

    def scan(self) -> _Span | None:
        i = 0
        while i < self.n:
            if self.t[i].kind in ("p", "q") and self.t[i].low not in ("'", "‘", "’"):
                i += 1
                continue
            found = self.expr(i)
            if found is None:
                i += 1
                continue
            span = found[0].span(self, None, False)
            if span is not None:
                return span
            i = max(found[1], i + 1)  # an impossible range or bound: do not reread its parts
        return None

    def expr(self, i: int) -> _Result | None:
        j, hedged = self.hedge(i)
        found = self.range_expr(j)
        if found is None:
            return None
        node, k = found
        if self.words(k, ("or", "so")) or self.words(k, ("or", "thereabouts")):
            hedged, k = True, k + 2
        return (_Hedge(node), k) if hedged else (node, k)

    def hedge(self, i: int) -> tuple[int, bool]:
        for phrase in _HEDGES:
            if self.words(i, phrase):
                return i + len(phrase), True
        tok = self.t[i] if i < self.n else None
        if tok is not None and tok.kind == "w" and tok.dot and tok.low in _DOTTED_HEDGES:
            return i + 1, True
        return i, False

    def range_expr(self, i: int) -> _Result | None:
        w = self.w(i)
        if w == "between":
            a = self.operand(i + 1)
            if a is not None and self.w(a[1]) == "and":
                b = self.operand(a[1] + 1)
                if b is not None:
                    return _Range(a[0], b[0]), b[1]
            return None
        if w == "from":
            a = self.operand(i + 1)
            if a is None:
                return None
            return self.range_tail(a)
        if w == "ever" and self.w(i + 1) == "since":
            i, w = i + 1, "since"
        bound = {
            "since": "since",
            "before": "before",
            "after": "after",
            "until": "until",
            "till": "until",
        }.get(w)
        skip = 1
        if self.words(i, ("prior", "to")):
            bound, skip = "before", 2
        elif self.words(i, ("up", "until")) or self.words(i, ("up", "to")):
            bound, skip = "until", 2
        if bound is not None:
            a = self.operand(i + skip)
            if a is None:
                return None
            return _Bound(a[0], bound), a[1]
        a = self.atom(i)
        if a is None:
            return None
        return self.range_tail(a)

    def range_tail(self, a: _Result) -> _Result:
        node, k = a
        if self.p(k) == "," and (self.w(k + 1) in _RANGE_WORDS or self.p(k + 1) == "-"):
            k += 1  # "Jan. 20, 2017, to Feb. 3"
        w = self.w(k)
        if w in _RANGE_WORDS or self.p(k) in _DASHES or w in ("and", "or"):
            b = self.operand(k + 1)
            if b is not None:
                kind = w if w in ("and", "or") else "range"
                return _Range(node, b[0], kind), b[1]
        return a

    # -- atoms ---------------------------------------------------------------------------------

    def operand(self, i: int) -> _Result | None:
        """An atom inside a range or after since/before/until, with its own hedge."""
        j, hedged = self.hedge(i)
        found = self.atom(j)
        if found is None or not hedged:
            return found
        return _Hedge(found[0]), found[1]

    def atom(self, i: int) -> _Result | None:
        if i >= self.n:
            return None
        found = self.modified(i)
        if found is None:
            found = self.core(i)
        if found is None:
            return None
        if found[0].floating and self.anaphoric(i):
            return None
        return found

    def modified(self, i: int) -> _Result | None:
        j = i + 1 if self.w(i) == "the" and self.w(i + 1) in _PARTS else i
        part = _PARTS.get(self.w(j))
        k = j + 1
        if part is not None:
            if self.p(k) == "-":
                k += 1
            inner = self.core(k, context=True)
            if inner is None:
                return None
            return _Narrow(inner[0], part), inner[1]
        for phrase, part in _PART_PHRASES:
            if self.words(i, phrase):
                inner = self.core(i + len(phrase), context=True, the_unit=True)
                if inner is None:
                    return None
                return _Narrow(inner[0], part), inner[1]
        j = i + 1 if self.w(i) == "the" else i
        nth = _ORDINAL_WORDS.get(self.w(j))
        if nth is None and self.w(j) == "last":
            nth = -1
        if nth is None:
            nth = (
                self.number(j, 1, 5)
                if j < self.n and self.t[j].suf in ("st", "nd", "rd", "th")
                else None
            )
        if nth is not None and self.w(j + 1) == "week" and self.w(j + 2) == "of":
            inner = self.core(j + 3, context=True)
            if inner is not None:
                return _NthWeek(nth, inner[0]), inner[1]
        if nth in (1, 2) and self.w(j + 1) == "half" and self.w(j + 2) == "of":
            inner = self.core(j + 3, context=True, the_unit=True)
            if inner is not None:
                return _Half(nth, inner[0]), inner[1]
        if self.w(j) == "week" and self.w(j + 1) == "of":
            inner = self.core(j + 2, context=True)
            if inner is not None:
                return _WeekOf(inner[0]), inner[1]
        if self.w(i) in ("earlier", "later") and self.w(i + 1) == "this":
            inner = self.relative(i + 1)
            if inner is not None:
                return _Bound(inner[0], self.w(i)), inner[1]
        return None

    def core(self, i: int, *, context: bool = False, the_unit: bool = False) -> _Result | None:
        had_the = self.w(i) == "the"
        k = i + 1 if had_the else i
        if k >= self.n:
            return None
        tok = self.t[k]
        if tok.kind == "n":
            return self.numeric(k, context=context or had_the)
        if tok.kind == "a":
            return (_DecadeAtom(None, tok.val), k + 1) if tok.val % 10 == 0 else None
        if tok.kind == "p" and tok.low in ("'", "‘", "’"):
            return None
        if tok.kind != "w":
            return None
        w = tok.low
        if the_unit and had_the and w in ("year", "month", "week"):
            return _RelAtom(w), k + 1
        if had_the:
            found = self.after_the(k)
            if found is not None:
                return found
        found = (
            self.relative(k)
            or self.weekday(k)
            or self.month_expr(k, had_the=had_the)
            or self.quarter(k)
            or self.season(k, context=context or self.w(i - 1) in _SEASON_CONTEXT, had_the=had_the)
            or self.ago(k)
        )
        return found

    def after_the(self, k: int) -> _Result | None:
        """Forms that need a leading "the": the past week, the weekend, the day before yesterday."""
        w = self.w(k)
        if w in ("past", "last"):
            n = self.count(k + 1)
            unit = _UNITS.get(self.w(k + 2 if n is not None else k + 1))
            if unit is not None:
                plural = self.w(k + 2).endswith("s") if n is not None else False
                if n is None or n > 1 or not plural:
                    return _RelAtom(unit, n or 1, "past"), k + (3 if n is not None else 2)
        if w == "weekend" and self.w(k + 1) != "of":
            return _RelAtom("weekend", mode="weekend_the"), k + 1
        if self.words(k, ("day", "before", "yesterday")):
            return _RelAtom("day", -2), k + 3
        if self.words(k, ("day", "after", "tomorrow")):
            return _RelAtom("day", 2), k + 3
        return None

    def relative(self, k: int) -> _Result | None:
        w = self.w(k)
        if w in ("today", "tonight"):
            return _RelAtom("day", 0), k + 1
        if w == "yesterday":
            return _RelAtom("day", -1), k + 1
        if w == "tomorrow":
            return _RelAtom("day", 1), k + 1
        if w not in ("this", "last", "next", "past"):
            return None
        if self.w(k - 1) == "the" and w in ("next", "last", "past"):
            return None  # "the next week" is anaphora; "the last week" is handled elsewhere
        rel, j = w, k + 1
        if w == "this" and self.w(j) in ("past", "coming"):
            rel, j = self.w(j), j + 1
        elif w == "past" and self.count(j) is None:
            return None
        unit = self.w(j)
        offset = {"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1}[rel]
        if w in ("last", "past") and self.count(j) is not None and self.w(j) not in ("a", "an"):
            n = self.count(j)
            u = _UNITS.get(self.w(j + 1))
            if n is not None and u is not None:
                return _RelAtom(u, n, "past"), j + 2
            return None
        if rel == "this" and unit in ("morning", "afternoon", "evening"):
            return _RelAtom("day", 0), j + 1
        if rel == "last" and unit == "night":
            return _RelAtom("day", -1), j + 1
        if unit in ("week", "month", "year", "quarter", "decade"):
            if rel == "past":  # "this past week": the seven days before publication
                return _RelAtom(unit, 1, "past"), j + 1
            return _RelAtom(unit, offset), j + 1
        if unit == "weekend":
            if rel == "past":
                return _RelAtom("weekend", mode="weekend_past"), j + 1
            return _RelAtom("weekend", offset), j + 1
        if unit in _WEEKDAYS:
            return _WeekdayAtom(_WEEKDAYS[unit], rel), j + 1
        if unit in _SEASONS:
            srel = {"past": "last", "coming": "next"}.get(rel, rel)
            return _SeasonAtom(_SEASONS[unit], rel=srel), j + 1
        month = self.month(j)
        if month is not None and month[1] and rel in ("this", "last", "next"):
            return _MonthAtom(month[0], rel=rel), j + 1
        return None

    def ago(self, k: int) -> _Result | None:
        n = self.count(k)
        if n is None:
            return None
        unit = _UNITS.get(self.w(k + 1))
        if unit is None or self.w(k + 2) != "ago":
            return None
        return _RelAtom(unit, n, "ago"), k + 3

    def weekday(self, k: int) -> _Result | None:
        tok = self.t[k]
        wd = _WEEKDAYS.get(tok.low)
        abbr = wd is None and tok.cap and tok.dot and tok.low in _WEEKDAY_ABBR
        if wd is None and not abbr:
            return None
        j = k + 1
        if self.p(j) == ",":
            j += 1
        dated = self.month_expr(j, had_the=False, need_day=True)
        if dated is None and self.number(j, 1, 31) is not None:
            dated = self.day_month(j)
        if dated is not None:
            return dated
        if abbr or self.w(k - 1) in _WEEKDAY_BLOCKERS:
            return None
        return _WeekdayAtom(wd if wd is not None else 0), k + 1

    def relative_year(self, j: int) -> tuple[int, int] | None:
        """ "last year" / "this year" / "next year" at j: (offset, next index)."""
        off = {"last": -1, "this": 0, "next": 1}.get(self.w(j))
        if off is not None and self.w(j + 1) == "year":
            return off, j + 2
        return None

    def month_expr(self, k: int, *, had_the: bool, need_day: bool = False) -> _Result | None:
        found = self.month(k)
        if found is None:
            return None
        m, alone = found
        j = k + 1
        if self.w(j) == "the" and j + 1 < self.n and self.t[j + 1].suf in ("st", "nd", "rd", "th"):
            j += 1  # "October the 9th"
        day = self.number(j, 1, 31)
        if day is not None and not self.counted(j + 1):
            j += 1
            day2 = None
            if (self.p(j) == "-" or self.w(j) in ("to", "through", "and")) and self.month(
                j + 1
            ) is None:
                day2 = self.number(j + 1, 1, 31)
                if day2 is not None and not self.counted(j + 2) and day2 > day:
                    j += 2
                else:
                    day2 = None
            year = None
            y_at = j + 1 if self.p(j) == "," else j
            if self.year(y_at) is not None:
                year = self.year(y_at)
                j = y_at + 1
            if not self.valid_day(m, day, year) or (day2 and not self.valid_day(m, day2, year)):
                return None
            first = _DayAtom(m, day, year)
            if day2 is not None:
                return _Range(first, _DayAtom(m, day2, year), "range"), j
            return first, j
        if need_day:
            return None
        y_at = j + 1 if self.p(j) == "," else j
        if self.w(y_at) == "of":
            y_at += 1
        year = self.year(y_at)
        if year is not None:
            return _MonthAtom(m, year), y_at + 1
        rel_year = self.relative_year(y_at)
        if rel_year is not None:
            return _MonthAtom(m, year_offset=rel_year[0]), rel_year[1]
        if not alone or self.named(k):
            return None
        if (had_the or self.w(k - 1) in ("a", "the")) and self.w(k + 1) in (
            "on",
            "to",
            "against",
            "for",
            "from",
            "through",
            "across",
            "in",
            "at",
            "of",
            "by",
        ):
            return None  # "the March on City Hall"
        return _MonthAtom(m), k + 1

    @staticmethod
    def valid_day(m: int, d: int, year: int | None) -> bool:
        return d <= _last_day(year if year is not None else 2000, m)

    def day_month(self, k: int) -> _Result | None:
        """ "9 October 2017", "the 9th of October"."""
        day = self.number(k, 1, 31)
        if day is None:
            return None
        j = k + 1
        if self.w(j) == "of":
            j += 1
        found = self.month(j)
        if found is None:
            return None
        m, _ = found
        j += 1
        y_at = j + 1 if self.p(j) == "," else j
        year = self.year(y_at)
        if year is not None:
            j = y_at + 1
        if not self.valid_day(m, day, year):
            return None
        return _DayAtom(m, day, year), j

    def numeric(self, k: int, *, context: bool) -> _Result | None:
        tok = self.t[k]
        digits = tok.text
        # ISO dates inside prose: 2017-10-09, 2017-10; and year ranges: 2005-2014, 2016-17.
        if len(digits) == 4 and not tok.suf and self.p(k + 1) == "-":
            dashed = self.dashed_year(k)
            if dashed is not None or (k + 2 < self.n and self.t[k + 2].kind == "n"):
                return dashed
        if len(digits) <= 2 and not tok.suf and self.p(k + 1) == "/" and self.adjacent(k):
            return self.slashed(k)
        if tok.suf == "s" and len(digits) == 4 and tok.val % 10 == 0:
            width = 100 if tok.val % 100 == 0 and tok.val != 2000 else 10
            return _DecadeAtom(tok.val, width=width), k + 1
        if (
            tok.suf == "s"
            and len(digits) == 2
            and tok.val % 10 == 0
            and (context or self.w(k - 1) == "the" or self.w(k - 2) == "the")
        ):
            return _DecadeAtom(None, tok.val), k + 1
        if len(digits) <= 2:
            return self.day_month(k) or self.ago(k)
        year = self.year(k)
        if year is None:
            return None
        if self.w(k - 1) == "fiscal" or self.w(k - 1) == "fy":
            return None
        prev = self.t[k - 1] if k > 0 else None
        ok = (
            context
            or prev is None
            or prev.low in _YEAR_CONTEXT
            or (prev.kind == "p" and prev.low in _YEAR_CONTEXT_PUNCT)
        )
        if not ok:
            return None
        after = self.t[k + 1] if k + 1 < self.n else None
        if (
            prev is None
            and after is not None
            and after.kind == "w"
            and after.cap
            and self.month(k + 1) is None
            and after.low not in _SEASONS
        ):
            return None  # "1600 Pennsylvania Ave."
        return _YearAtom(year), k + 1

    def dashed_year(self, k: int) -> _Result | None:
        y = self.t[k].val
        if not _MIN_YEAR <= y <= _MAX_YEAR:
            return None
        nxt = self.t[k + 2] if k + 2 < self.n else None
        if nxt is None or nxt.kind != "n" or nxt.suf:
            return None
        tight = self.adjacent(k) and self.adjacent(k + 1)
        if len(nxt.text) == 4 and _MIN_YEAR <= nxt.val <= _MAX_YEAR:
            if nxt.val <= y or self.counted(k + 3):
                return None
            return _Range(_YearAtom(y), _YearAtom(nxt.val)), k + 3
        if len(nxt.text) != 2:
            return None
        yy = nxt.val
        if tight and 1 <= yy <= 12 and self.w(k + 3) not in _YEAR_RANGE_NOUNS:
            if self.p(k + 3) == "-" and self.adjacent(k + 2):
                dd = self.t[k + 4] if k + 4 < self.n else None
                if dd is None or dd.kind != "n" or len(dd.text) != 2 or dd.suf:
                    return None
                if not 1 <= dd.val <= _last_day(y, yy) or not self.adjacent(k + 3):
                    return None
                return _Fixed(_day_span(Date(y, yy, dd.val))), k + 5
            return _Fixed(_month_span(y, yy)), k + 3
        y2 = y // 100 * 100 + yy
        if y2 <= y:
            y2 += 100
        if y2 - y > 9 or self.counted(k + 3):
            return None
        return _Range(_YearAtom(y), _YearAtom(y2)), k + 3

    def slashed(self, k: int) -> _Result | None:
        """US numeric dates: 10/9/2017, 10/9/17."""
        if self.p(k + 3) != "/" or not all(self.adjacent(k + o) for o in range(4)):
            return None
        m, d, yt = self.t[k], self.t[k + 2], self.t[k + 4] if k + 4 < self.n else None
        if yt is None or d.kind != "n" or yt.kind != "n" or d.suf or yt.suf:
            return None
        if len(yt.text) == 4:
            y = yt.val
        elif len(yt.text) == 2:
            y = 2000 + yt.val if yt.val < 50 else 1900 + yt.val
        else:
            return None
        if not (1 <= m.val <= 12 and 1 <= d.val <= 31 and _MIN_YEAR <= y <= _MAX_YEAR):
            return None
        if d.val > _last_day(y, m.val):
            return None
        return _Fixed(_day_span(Date(y, m.val, d.val))), k + 5

    def quarter(self, k: int) -> _Result | None:
        tok = self.t[k]
        q: int | None = None
        j = k + 1
        if tok.low == "q" and self.adjacent(k):
            q = self.number(k + 1, 1, 4, ordinal_ok=False)
            j = k + 2
        else:
            q = _ORDINAL_WORDS.get(tok.low)
            if q is not None:
                if self.p(j) == "-":
                    j += 1
                if self.w(j) != "quarter" or q > 4:
                    return None
                j += 1
        if q is None:
            return None
        y_at = j + 1 if self.w(j) == "of" else j
        year = self.year(y_at)
        if year is not None:
            return _QuarterAtom(q, year), y_at + 1
        rel_year = self.relative_year(y_at)
        if rel_year is not None:
            return _QuarterAtom(q, year_offset=rel_year[0]), rel_year[1]
        return _QuarterAtom(q), j

    def season(self, k: int, *, context: bool, had_the: bool) -> _Result | None:
        idx = _SEASONS.get(self.w(k))
        if idx is None:
            return None
        j = k + 1
        y_at = j + 1 if self.w(j) == "of" else j
        year = self.year(y_at)
        if year is not None:
            end = y_at + 1
            # "the winter of 2016-17" names the winter that begins in December 2016.
            if idx == 3 and self.p(end) == "-" and self.number(end + 1, 0, 99) is not None:
                end += 2
            return _SeasonAtom(idx, year), end
        rel_year = self.relative_year(y_at)
        if rel_year is not None:
            return _SeasonAtom(idx, year_offset=rel_year[0]), rel_year[1]
        if self.w(j) == "of":
            return None  # "the fall of the Berlin Wall"
        word = self.w(k)
        whole = all(t.kind == "p" or t.low == "the" for n, t in enumerate(self.t) if n != k)
        if self.named(k):
            return None
        if context or whole or word in ("summer", "winter", "autumn"):
            return _SeasonAtom(idx), j
        return None


# --------------------------------------------------------------------------------------------
# EDTF pass-through
# --------------------------------------------------------------------------------------------

_EDTF_CHARS: Final = re.compile(r"[0-9X?~%./:TZ+\-]+", re.ASCII)
_EDTF_ONLY: Final = re.compile(r"[X?~%:TZ+]|\.\.", re.ASCII)
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


def _edtf_side(s: str) -> _Span | None:
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
        return _decade_span(base, 10 if y.count("X") == 1 else 100)
    year = int(y)
    if year < 1:
        return None
    if mo is None or mo == "XX":
        if d is not None and d != "XX":
            return None
        return _year_span(year)
    month = int(mo)
    if d is not None:
        if not 1 <= month <= 12:
            return None
        if d == "XX":
            return _month_span(year, month)
        try:
            return _day_span(Date(year, month, int(d)))
        except ValueError:  # a day the month does not have
            return None
    if 1 <= month <= 12:
        return _month_span(year, month)
    if 21 <= month <= 28:
        return _season_span((month - 21) % 4, year)
    if month in _SOUTHERN_SEASONS:
        return _season_span(_SOUTHERN_SEASONS[month], year)
    if 33 <= month <= 36:
        return _quarter_span(month - 32, year)
    return None


def _signed_edtf(s: str) -> bool:
    """Whether ``s`` is an EDTF date or interval with a negative year ("-0001" is 2 BC)."""
    sides = s.split("/")
    return any(x.startswith("-") for x in sides) and all(
        x in ("", "..") or _EDTF_DATE.fullmatch(x.removeprefix("-")) for x in sides
    )


def _from_edtf(text: str, s: str) -> Resolution | None:
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
        precision = _coarser(lo.precision, hi.precision)
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


# --------------------------------------------------------------------------------------------
# dateparser, for the few wordings the rules leave (e.g. "October the 9th")
# --------------------------------------------------------------------------------------------

_FALLBACK_WORDS: Final = frozenset(_MONTHS) | frozenset(_WEEKDAYS) | _words("of the on")


@functools.lru_cache(maxsize=64)
def _date_data_parser(base: Date | None) -> Any:
    from dateparser.date import DateDataParser

    relative = datetime.datetime.combine(base or Date(2000, 1, 1), datetime.time())
    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": relative,
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PREFER_DAY_OF_MONTH": "first",
            "DATE_ORDER": "MDY",
        },
    )


def _fallback(s: str, toks: list[_Tok], pub: Date | None) -> _Span | None:
    """Ask dateparser about numeric layouts the rules leave ("2017/10/09", "9-Oct-2017").

    Only short texts made of numbers, separators and date words are tried, and the
    answer is kept only if it accounts for every number and month name in the text.
    """
    if len(toks) > 8 or any(t.kind in ("q", "a") for t in toks):
        return None
    if any(t.kind == "p" and t.low not in "/.-," for t in toks):
        return None
    words = [t for t in toks if t.kind == "w"]
    numbers = [t for t in toks if t.kind == "n"]
    if not numbers or any(t.low not in _FALLBACK_WORDS for t in words):
        return None
    named = [_MONTHS[t.low] for t in words if t.low in _MONTHS]
    years = [t.val for t in numbers if len(t.text) == 4 and not t.suf]
    small = sorted(t.val for t in numbers if len(t.text) <= 2)
    if len(named) > 1 or len(years) != 1 or len(years) + len(small) != len(numbers):
        return None
    try:
        data = _date_data_parser(pub).get_date_data(s)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    got = data.date_obj if data is not None else None
    if not isinstance(got, datetime.datetime) or got.year != years[0]:
        return None
    if named and got.month != named[0]:
        return None
    if data.period == "day" and small == sorted([got.day] + ([] if named else [got.month])):
        return _day_span(got.date())
    if data.period == "month" and named and not small:
        return _month_span(got.year, got.month)
    return None


# --------------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------------


def _normalise(text: str) -> str:
    return " ".join(text.translate(_DASH_CHARS).split())


def _resolve_uncached(text: str, pub: Date | None) -> Resolution | None:
    s = _normalise(text).strip(' "“”,;:')
    if not s:
        return None
    if _EDTF_CHARS.fullmatch(s):
        if _signed_edtf(s):
            return None
        found = _from_edtf(text, s)
        if found is not None or _EDTF_ONLY.search(s) or ("/" in s and "-" in s):
            return found
    toks = _tokenize(s)
    span = _Parser(toks, pub).scan()
    if span is None:
        span = _fallback(s, toks, pub)
    if span is None:
        return None
    return Resolution(text, span.start, span.end, span.precision, _edtf_of(span), span.approximate)


@functools.lru_cache(maxsize=65536)
def _resolve_cached(text: str, pub: Date | None) -> Resolution | None:
    try:
        return _resolve_uncached(text, pub)
    except _NeedsPublished:
        raise
    except (ValueError, OverflowError, IndexError, KeyError, StopIteration):
        return None  # e.g. a year past 9999 after arithmetic: no date we can hold


def _resolve_strict(text: str, pub: Date | None) -> Resolution | None:
    """Like :func:`resolve`, but raise :class:`_NeedsPublished` when ``pub`` is needed."""
    if not isinstance(text, str) or len(text) > MAX_CHARS or len(text.split()) > MAX_WORDS:
        return None
    return _resolve_cached(text, pub)


def publication_date(published: object) -> Date | None:
    """Turn a publication date given as a date, a timestamp or a string into a date.

    Parameters
    ----------
    published : object
        A ``datetime.date`` or ``datetime``, a pandas or numpy timestamp, an ISO string or
        the words of one day ("Oct. 9, 2017"); ``None``, NaN and NaT mean "no date".

    Returns
    -------
    datetime.date or None

    Raises
    ------
    ValueError
        If ``published`` is not a date, or is a date outside :data:`FIRST_DATE` to
        :data:`LAST_DATE`.
    """
    pub = _read_published(published)
    if pub is not None and not FIRST_DATE <= pub <= LAST_DATE:
        raise ValueError(
            f"publication date {pub.isoformat()} is outside the supported range "
            f"{FIRST_DATE.isoformat()} to {LAST_DATE.isoformat()}"
        )
    return pub


def _read_published(published: object) -> Date | None:
    if published is None or published is pd.NaT:
        return None
    if isinstance(published, float) and published != published:  # NaN
        return None
    if isinstance(published, datetime.datetime):
        return published.date()
    if isinstance(published, Date):
        return published
    if isinstance(published, str):
        s = published.strip()
        try:
            return Date.fromisoformat(s)
        except ValueError:
            pass
        try:
            return datetime.datetime.fromisoformat(s).date()
        except ValueError:
            pass
        try:
            found = _resolve_strict(s, None)
        except _NeedsPublished:
            found = None
        if found is not None and found.precision == "day" and found.start == found.end:
            return found.start
        raise ValueError(f"not a publication date: {published!r} (expected e.g. 2017-10-09)")
    if isinstance(published, (np.datetime64, pd.Timestamp)):
        ts = pd.Timestamp(published)
        if pd.isna(ts):
            return None
        return ts.date()
    raise ValueError(f"not a publication date: {published!r}")


def resolve(text: str, published: datetime.date | str | None) -> Resolution | None:
    """Resolve the date named in ``text``, reading relative words against ``published``.

    Parameters
    ----------
    text : str
        A date expression as written in a story ("in January", "Oct. 9, 2017",
        "last week", "between March and May"), or an EDTF/ISO string. Longer
        texts are read for their first date expression; texts over
        :data:`MAX_CHARS` characters or :data:`MAX_WORDS` words are refused.
    published : datetime.date or str or None
        The publication date of the story (a date or an ISO string). ``None``
        resolves only absolute dates; relative wording then gives ``None``.

    Returns
    -------
    Resolution or None
        ``None`` when the text names no date. Never raises for any ``text``.

    Raises
    ------
    ValueError
        If ``published`` is not a date, or is outside the dates a case can hold,
        :data:`FIRST_DATE` to :data:`LAST_DATE`. Within that range relative words
        resolve to their span even where it passes an edge (a :func:`resolve_frame`
        table then shows ``NaT`` there).

    Notes
    -----
    Wording without a year looks back from the publication date: a weekday is the
    most recent such day on or before it (the same day when they match), a month or
    "Apr. 12" the most recent one on or before it. "last week" is the Monday-Sunday
    week before the publication week. Seasons are meteorological and northern; the
    winter of 2017 runs from December 2017 to February 2018 (EDTF ``2017-24``).
    "this <season>" is the one containing the publication date, else the nearest.
    "early", "mid" and "late" take the first, middle and last third of a month,
    year, decade, season or week and mark the result approximate, as do hedges such
    as "about" or "as early as". In a range, a yearless start is the most recent
    on or before the publication date and a yearless end the first on or after
    the start. EDTF and ISO strings pass through; ``?``, ``~`` and ``%`` mark them
    approximate. Only the first date expression in a text is read.

    Examples
    --------
    >>> r = resolve("Jan. 28 to Feb. 3", "2017-10-09")
    >>> (r.start.isoformat(), r.end.isoformat(), r.precision, r.edtf)
    ('2017-01-28', '2017-02-03', 'day', '2017-01-28/2017-02-03')
    >>> resolve("6.3%", "2017-10-09") is None
    True
    """
    pub = publication_date(published)
    try:
        return _resolve_strict(text, pub)
    except _NeedsPublished:
        return None


_FRAME_COLUMNS: Final = (
    "start",
    "end",
    "precision",
    "edtf",
    "approximate",
    "open_start",
    "open_end",
    "resolved",
)


def _to_ns(d: Date | None) -> np.datetime64:
    if d is None or not FIRST_DATE <= d <= LAST_DATE:
        return np.datetime64("NaT", "ns")
    return np.datetime64(d.isoformat(), "ns")


def resolve_frame(
    texts: pd.Series, published: pd.Series | datetime.date | str | None
) -> pd.DataFrame:
    """Resolve a column of date texts; each distinct (text, published) pair is resolved once.

    Parameters
    ----------
    texts : pandas.Series
        Date expressions; non-strings (NaN, None) are unresolved.
    published : pandas.Series or datetime.date or str or None
        One publication date for all rows, or one per row (a Series aligned
        with ``texts``, by index when the indexes match, else by position).

    Returns
    -------
    pandas.DataFrame
        Same index as ``texts``, with columns ``start`` and ``end``
        (datetime64[ns], NaT when unresolved or open), ``precision`` and
        ``edtf`` (None when unresolved), ``approximate``, ``open_start``,
        ``open_end`` and ``resolved`` (bool). ``resolved`` means the words
        name a date, even one a table cannot hold: a bound outside
        :data:`FIRST_DATE` to :data:`LAST_DATE` shows as ``NaT`` while its
        ``open_start``/``open_end`` stays False, so such rows are
        ``resolved & ((start.isna() & ~open_start) | (end.isna() & ~open_end))``.
        An open bound (EDTF ``..``) is ``NaT`` with ``open_start``/``open_end``
        True.

    Raises
    ------
    ValueError
        If a publication date cannot be read or is outside :data:`FIRST_DATE`
        to :data:`LAST_DATE`, or a ``published`` Series does not match
        ``texts`` in length.

    Examples
    --------
    >>> df = resolve_frame(pd.Series(["1500-01-01", "../2017-10-09"]), "2017-10-09")
    >>> df[["start", "open_start", "resolved"]]
      start  open_start  resolved
    0   NaT       False      True
    1   NaT        True      True
    """
    if not isinstance(texts, pd.Series):
        texts = pd.Series(texts, dtype=object)
    n = len(texts)
    text_codes, text_uniques = pd.factorize(texts, use_na_sentinel=True)
    if isinstance(published, pd.Series):
        if len(published) != n:
            raise ValueError("published must have one value per text")
        values = (
            published if published.index.equals(texts.index) else published.set_axis(texts.index)
        )
        pub_codes, pub_uniques = pd.factorize(values, use_na_sentinel=True)
        pub_dates = [publication_date(v) for v in pub_uniques]
        pub_codes = np.where(pub_codes < 0, len(pub_dates), pub_codes)
        pub_dates.append(None)
    else:
        pub_codes = np.zeros(n, dtype=np.int64)
        pub_dates = [publication_date(published)]
    pair_codes, pair_uniques = pd.factorize(
        text_codes.astype(np.int64) * len(pub_dates) + pub_codes.astype(np.int64)
    )
    results: list[Resolution | None] = []
    for code in pair_uniques.tolist():
        t_code, p_code = divmod(int(code), len(pub_dates))
        if t_code < 0:  # text_code == -1 (missing text) gives a negative pair
            results.append(None)
            continue
        text = text_uniques[t_code]
        pub = pub_dates[p_code]
        results.append(resolve(text, pub) if isinstance(text, str) else None)
    u = len(results)
    starts = np.array([_to_ns(r.start if r else None) for r in results], dtype="datetime64[ns]")
    ends = np.array([_to_ns(r.end if r else None) for r in results], dtype="datetime64[ns]")
    precision = np.array([r.precision if r else None for r in results], dtype=object)
    edtf = np.array([r.edtf if r else None for r in results], dtype=object)
    approximate = np.array([bool(r and r.approximate) for r in results], dtype=bool)
    open_start = np.array([bool(r and r.start is None) for r in results], dtype=bool)
    open_end = np.array([bool(r and r.end is None) for r in results], dtype=bool)
    resolved = np.array([r is not None for r in results], dtype=bool)
    if u == 0:
        pair_codes = np.zeros(0, dtype=np.int64)
    columns = dict(
        zip(
            _FRAME_COLUMNS,
            (starts, ends, precision, edtf, approximate, open_start, open_end, resolved),
            strict=True,
        )
    )
    index = texts.index
    return pd.DataFrame(
        {
            k: pd.Series(v[pair_codes], index=index, dtype=v.dtype, copy=False)
            for k, v in columns.items()
        },
        index=index,
    )


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------


def _read_dates_file(path: str) -> list[tuple[str, str | None]]:
    """Read a file of texts: a CSV when its first line is a header naming a ``text`` column,
    else one text per line.

    Raises
    ------
    OSError, UnicodeDecodeError
        If the file cannot be read as UTF-8 text.
    csv.Error
        If a CSV field is longer than the csv module accepts; the message names the line
        its row starts on.
    """
    with open(path, encoding="utf-8-sig", newline="") as fh:
        content = fh.read()
    lines = content.splitlines()
    try:
        header = next(csv.reader(lines[:1]), [])
    except csv.Error:  # a first line too long to be a header: plain text
        header = []
    if "text" not in (h.strip().lower() for h in header):
        return [(line, None) for line in lines if line.strip()]
    rows: list[tuple[str, str | None]] = []
    reader = csv.DictReader(io.StringIO(content, newline=""))
    row_start = 2  # the line the next row starts on; the header is line 1
    try:
        for rec in reader:
            norm = {(k or "").strip().lower(): v for k, v in rec.items()}
            pub = (norm.get("published") or "").strip() or None
            rows.append((norm.get("text") or "", pub))
            row_start = reader.line_num + 1
    except csv.Error:
        raise csv.Error(
            f"line {row_start}: a field is longer than {csv.field_size_limit():,} characters "
            "(or a quote is not closed)"
        ) from None
    return rows


def _record(text: str, res: Resolution | None) -> dict[str, object]:
    if res is None:
        return {
            "text": text,
            "start": None,
            "end": None,
            "precision": None,
            "edtf": None,
            "approximate": False,
        }
    return {
        "text": text,
        "start": None if res.start is None else res.start.isoformat(),
        "end": None if res.end is None else res.end.isoformat(),
        "precision": res.precision,
        "edtf": res.edtf,
        "approximate": res.approximate,
    }


def dates_command(texts: list[str], published: str | None, file: str | None) -> int:
    """Print one JSON object per text: the ``timeline dates`` command.

    Parameters
    ----------
    texts : list of str
        Date expressions given on the command line.
    published : str or None
        The publication date (ISO) used for relative wording.
    file : str or None
        A file of texts, one per line, or a CSV with ``text`` and (optional,
        per-row) ``published`` columns.

    Returns
    -------
    int
        0 when the input was read; 2 when the file cannot be read, or a
        publication date is missing (for a relative text), not a date, or
        outside :data:`FIRST_DATE` to :data:`LAST_DATE`. Errors are one line
        on standard error.
    """
    rows: list[tuple[str, str | None]] = [(t, None) for t in texts]
    if file is not None:
        try:
            rows.extend(_read_dates_file(file))
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"error: cannot read {file}: {reason}", file=sys.stderr)
            return 2
    default: Date | None = None
    if published is not None:
        try:
            default = publication_date(published)
        except ValueError as exc:
            print(f"error: --published: {exc}", file=sys.stderr)
            return 2
    records: list[dict[str, object]] = []
    for n, (text, row_pub) in enumerate(rows, start=1):
        pub = default
        if row_pub is not None:
            try:
                pub = publication_date(row_pub)
            except ValueError as exc:
                where = f"{file}, row {n - len(texts)}" if file else f"row {n}"
                print(f"error: {where}: {exc}", file=sys.stderr)
                return 2
        try:
            res = _resolve_strict(text, pub)
        except _NeedsPublished:
            print(
                f"error: {text!r} is relative to the publication date; pass --published YYYY-MM-DD",
                file=sys.stderr,
            )
            return 2
        records.append(_record(text, res))
    for rec in records:
        print(json.dumps(rec, ensure_ascii=False))
    return 0


def find(text: str, published: Date | str | None) -> list[Found]:
    """Every date expression in running text, with its span; see :func:`timeline.finder.find`."""
    from timeline.finder import find as find_dates

    return find_dates(text, published)
