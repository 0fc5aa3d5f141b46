"""Calendar spans: resolved intervals with the EDTF pieces needed to print them."""

from __future__ import annotations

import calendar
import dataclasses
import datetime
import re
from dataclasses import dataclass
from typing import Final

from timeline.dates.model import RANK

Date = datetime.date
ONE_DAY: Final = datetime.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Span:
    """An inclusive date interval, its precision and its EDTF bounds."""

    start: Date | None
    end: Date | None
    precision: str
    lo: str  # EDTF of the start bound, usable inside an interval
    hi: str  # EDTF of the end bound, usable inside an interval
    single: str | None = None  # compact EDTF when the span is one EDTF unit
    approximate: bool = False
    edtf: str | None = None  # the whole EDTF string, when it cannot be built from the above

    def hedged(self, flag: bool = True) -> Span:
        """This span marked approximate (when ``flag``)."""
        if not flag or self.approximate:
            return self
        return dataclasses.replace(self, approximate=True)


# EDTF forms that take a trailing "~": years, months 01-12, days, and decades (199X).
_QUALIFIABLE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?|\d{3}X|\d{2}XX", re.ASCII)


def edtf_of(span: Span) -> str:
    """The EDTF string of a span."""
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


def coarser(a: str, b: str) -> str:
    """The coarser of two precisions."""
    return a if RANK[a] >= RANK[b] else b


def last_day(year: int, month: int) -> int:
    """The number of days in a month."""
    return calendar.monthrange(year, month)[1]


def shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    """The (year, month) ``k`` months after (or before) the given one."""
    y, m0 = divmod(year * 12 + month - 1 + k, 12)
    return y, m0 + 1


def shift_date(d: Date, *, months: int = 0, years: int = 0) -> Date:
    """A date moved by whole months and years, its day clipped to the month's end."""
    y, m = shift_month(d.year + years, d.month, months)
    return Date(y, m, min(d.day, last_day(y, m)))


def monday_of(d: Date) -> Date:
    """The Monday of the week holding ``d``."""
    return d - datetime.timedelta(days=d.weekday())


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def day_span(d: Date) -> Span:
    """One day."""
    s = d.isoformat()
    return Span(d, d, "day", s, s, s)


def days_span(a: Date, b: Date, precision: str = "day") -> Span:
    """The days from ``a`` to ``b``."""
    return Span(a, b, precision, a.isoformat(), b.isoformat(), a.isoformat() if a == b else None)


def month_span(y: int, m: int) -> Span:
    """One calendar month."""
    s = _ym(y, m)
    return Span(Date(y, m, 1), Date(y, m, last_day(y, m)), "month", s, s, s)


def months_span(y1: int, m1: int, y2: int, m2: int, precision: str = "month") -> Span:
    """The months from ``y1-m1`` to ``y2-m2``."""
    lo, hi = _ym(y1, m1), _ym(y2, m2)
    return Span(
        Date(y1, m1, 1),
        Date(y2, m2, last_day(y2, m2)),
        precision,
        lo,
        hi,
        lo if lo == hi and precision == "month" else None,
    )


def year_span(y: int) -> Span:
    """One calendar year."""
    s = f"{y:04d}"
    return Span(Date(y, 1, 1), Date(y, 12, 31), "year", s, s, s)


def years_span(y1: int, y2: int, precision: str = "year") -> Span:
    """The years from ``y1`` to ``y2``."""
    lo, hi = f"{y1:04d}", f"{y2:04d}"
    return Span(Date(y1, 1, 1), Date(y2, 12, 31), precision, lo, hi, lo if y1 == y2 else None)


def decade_span(y0: int, width: int = 10) -> Span:
    """A decade (or, with ``width`` 100, a century) from its first year."""
    single = f"{y0 // 10:03d}X" if width == 10 else f"{y0 // 100:02d}XX"
    y1 = y0 + width - 1
    return Span(Date(y0, 1, 1), Date(y1, 12, 31), "decade", f"{y0:04d}", f"{y1:04d}", single)


def week_span(monday: Date) -> Span:
    """The Monday-Sunday week starting on ``monday``."""
    return days_span(monday, monday + datetime.timedelta(days=6), "week")


# Seasons are meteorological, northern hemisphere. Index: spring 0, summer 1, fall 2, winter 3.
# The winter of year Y begins in December of Y and ends in February of Y + 1.
def season_span(idx: int, y: int) -> Span:
    """A meteorological season (spring 0 ... winter 3) of year ``y``."""
    m0 = 3 + 3 * idx
    y2, m2 = shift_month(y, m0, 2)
    return Span(
        Date(y, m0, 1),
        Date(y2, m2, last_day(y2, m2)),
        "season",
        _ym(y, m0),
        _ym(y2, m2),
        f"{y:04d}-{21 + idx}",
    )


def quarter_span(q: int, y: int) -> Span:
    """Quarter ``q`` (1-4) of year ``y``."""
    m0 = 3 * q - 2
    return Span(
        Date(y, m0, 1),
        Date(y, m0 + 2, last_day(y, m0 + 2)),
        "quarter",
        _ym(y, m0),
        _ym(y, m0 + 2),
        f"{y:04d}-{32 + q}",
    )


def narrow(s: Span, part: int) -> Span:
    """Narrow a span to its early (0), middle (1) or late (2) third."""
    a, b = s.start, s.end
    if a is None or b is None or s.precision == "day":
        return s
    p = s.precision
    if p == "month" and (a.year, a.month) == (b.year, b.month):
        first, last = ((1, 10), (11, 20), (21, last_day(a.year, a.month)))[part]
        return days_span(a.replace(day=first), a.replace(day=last)).hedged()
    if p == "year" and a.year == b.year:
        m1, m2 = ((1, 4), (5, 8), (9, 12))[part]
        return months_span(a.year, m1, a.year, m2).hedged()
    if p == "decade":
        width = b.year - a.year + 1
        if width == 10:
            o1, o2 = ((0, 3), (4, 6), (7, 9))[part]
            return years_span(a.year + o1, a.year + o2).hedged()
        o1, o2 = ((0, 32), (33, 66), (67, width - 1))[part]
        return years_span(a.year + o1, a.year + o2, "decade").hedged()
    if p in ("season", "quarter"):
        y, m = shift_month(a.year, a.month, part)
        return month_span(y, m).hedged()
    if p == "week":
        o1, o2 = ((0, 1), (2, 3), (4, 6))[part]
        return days_span(a + datetime.timedelta(days=o1), a + datetime.timedelta(days=o2)).hedged()
    return s.hedged()


def join_spans(left: Span, right: Span, approximate: bool = False) -> Span:
    """The span from the start of ``left`` to the end of ``right``."""
    return Span(
        left.start,
        right.end,
        coarser(left.precision, right.precision),
        left.lo,
        right.hi,
        None,
        left.approximate or right.approximate or approximate,
    )


def bound_text(d: Date, precision: str) -> str:
    """The EDTF of one open-interval bound at the given precision."""
    if precision in ("year", "decade"):
        return f"{d.year:04d}"
    if precision == "month":
        return _ym(d.year, d.month)
    return d.isoformat()
