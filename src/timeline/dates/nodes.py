"""Parse nodes: date expressions as parsed, resolved to spans against the publication date."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Protocol

from timeline.dates.spans import (
    ONE_DAY,
    Span,
    bound_text,
    day_span,
    days_span,
    decade_span,
    join_spans,
    last_day,
    monday_of,
    month_span,
    months_span,
    narrow,
    quarter_span,
    season_span,
    shift_date,
    shift_month,
    week_span,
    year_span,
)

Date = datetime.date


class Context(Protocol):
    """What a node needs from the parser to resolve: the publication date."""

    def need_published(self) -> Date:
        """The publication date; raise ``NeedsPublished`` when there is none."""
        ...


class Node(Protocol):
    """An unresolved date expression, resolved lazily against the publication date."""

    @property
    def floating(self) -> bool: ...

    def span(self, ctx: Context, anchor: Date | None, forward: bool) -> Span | None: ...


@dataclass(slots=True)
class Fixed:
    """A span that needs no context: an ISO or numeric date."""

    value: Span
    floating: bool = False

    def span(self, ctx: Context, anchor: Date | None, forward: bool) -> Span | None:
        return self.value


@dataclass(slots=True)
class DayAtom:
    """A day of a month, with or without its year."""

    month: int
    day: int
    year: int | None
    year_offset: int | None = None  # "March 22 last year"
    weekday: int | None = None  # "Monday, July 15": the weekday it was written with

    @property
    def floating(self) -> bool:
        return self.year is None and self.year_offset is None

    def span(self, ctx: Context, anchor: Date | None, forward: bool) -> Span | None:
        year = self.year
        if year is None and self.year_offset is not None:
            year = ctx.need_published().year + self.year_offset
        if year is None and self.weekday is not None:
            year = self._year_of_weekday(ctx.need_published())
        if year is not None:
            if self.day > last_day(year, self.month):
                return None
            return day_span(Date(year, self.month, self.day))
        if anchor is None:
            anchor, forward = ctx.need_published(), False
        step = 1 if forward else -1
        for k in range(9):  # nine years always contain a Feb. 29
            y = anchor.year + step * k
            if self.day > last_day(y, self.month):
                continue
            d = Date(y, self.month, self.day)
            if (d >= anchor) if forward else (d <= anchor):
                return day_span(d)
        return None

    def _year_of_weekday(self, published: Date) -> int | None:
        """The year, next to the publication's, in which the date falls on its weekday.

        Calendar convention: a date written with its weekday and no year ("starting Monday,
        July 15") names the year in which that day is that weekday; of the publication year
        and the years either side, the one nearest the publication (None if none fits).
        """
        fits = [
            Date(y, self.month, self.day)
            for y in (published.year - 1, published.year, published.year + 1)
            if self.day <= last_day(y, self.month)
            and Date(y, self.month, self.day).weekday() == self.weekday
        ]
        return min(fits, key=lambda d: abs(d - published)).year if fits else None


@dataclass(slots=True)
class MonthAtom:
    """A month, with a year, a year offset, a relative word, or none."""

    month: int
    year: int | None = None
    year_offset: int | None = None  # "January of last year"
    rel: str | None = None  # "last", "this", "next"

    @property
    def floating(self) -> bool:
        return self.year is None and self.year_offset is None and self.rel is None

    def span(self, ctx: Context, anchor: Date | None, forward: bool) -> Span | None:
        m = self.month
        if self.year is not None:
            return month_span(self.year, m)
        if self.year_offset is not None:
            return month_span(ctx.need_published().year + self.year_offset, m)
        if self.rel is not None:
            pub = ctx.need_published()
            if self.rel == "this":
                y = pub.year
            elif self.rel == "next":
                y = pub.year if m > pub.month else pub.year + 1
            else:
                y = pub.year if m < pub.month else pub.year - 1
            return month_span(y, m)
        if anchor is None:
            anchor, forward = ctx.need_published(), False
        if forward:
            y = anchor.year if m >= anchor.month else anchor.year + 1
        else:
            y = anchor.year if m <= anchor.month else anchor.year - 1
        return month_span(y, m)


@dataclass(slots=True)
class SeasonAtom:
    """A season, with a year, a year offset, a relative word, or none."""

    season: int
    year: int | None = None
    year_offset: int | None = None
    rel: str | None = None  # "this", "last", "next"

    @property
    def floating(self) -> bool:
        return self.year is None and self.year_offset is None and self.rel is None

    def span(self, ctx: Context, anchor: Date | None, forward: bool) -> Span | None:
        if self.year is not None:
            return season_span(self.season, self.year)
        if self.year_offset is not None:
            return season_span(self.season, ctx.need_published().year + self.year_offset)
        if anchor is None or self.rel is not None:
            anchor, forward = ctx.need_published(), False
        cands = [season_span(self.season, y) for y in range(anchor.year - 2, anchor.year + 2)]
        if self.rel == "this":
            for c in cands:
                if c.start is not None and c.end is not None and c.start <= anchor <= c.end:
                    return c

            def distance(c: Span) -> tuple[int, int]:
                assert c.start is not None and c.end is not None
                if c.end < anchor:
                    return ((anchor - c.end).days, 0)
                return ((c.start - anchor).days, 1)

            return min(cands, key=distance)
        if self.rel == "last":
            before = [c for c in cands if c.end is not None and c.end < anchor]
            return before[-1] if before else None
        if self.rel == "next" or forward:
            strict = self.rel == "next"
            return next(
                (
                    c
                    for c in cands
                    if c.start is not None and (c.start > anchor if strict else c.start >= anchor)
                ),
                None,
            )
        started = [c for c in cands if c.start is not None and c.start <= anchor]
        return started[-1] if started else None


@dataclass(slots=True)
class QuarterAtom:
    """A quarter of a year."""

    quarter: int
    year: int | None = None
    year_offset: int | None = None

    @property
    def floating(self) -> bool:
        return self.year is None and self.year_offset is None

    def span(self, ctx: Context, anchor: Date | None, forward: bool) -> Span | None:
        if self.year is not None:
            return quarter_span(self.quarter, self.year)
        if self.year_offset is not None:
            return quarter_span(self.quarter, ctx.need_published().year + self.year_offset)
        if anchor is None:
            anchor, forward = ctx.need_published(), False
        q_now = (anchor.month - 1) // 3 + 1
        if forward:
            y = anchor.year if self.quarter >= q_now else anchor.year + 1
        else:
            y = anchor.year if self.quarter <= q_now else anchor.year - 1
        return quarter_span(self.quarter, y)


@dataclass(slots=True)
class YearAtom:
    """A year, or an offset from the publication year."""

    year: int | None = None
    offset: int | None = None  # relative to the publication year
    floating: bool = False

    def span(self, ctx: Context, anchor: Date | None, forward: bool) -> Span | None:
        if self.year is not None:
            return year_span(self.year)
        return year_span(ctx.need_published().year + (self.offset or 0))


@dataclass(slots=True)
class DecadeAtom:
    """A decade or century: ``the 1990s``, ``the '90s``, ``the 1800s``."""

    start: int | None  # full start year, or None for a two-digit decade
    two_digit: int = 0
    width: int = 10
    floating: bool = False

    def span(self, ctx: Context, anchor: Date | None, forward: bool) -> Span | None:
        if self.start is not None:
            return decade_span(self.start, self.width)
        pub = ctx.need_published()
        y0 = pub.year // 100 * 100 + self.two_digit
        if y0 > pub.year:
            y0 -= 100
        return decade_span(y0)


@dataclass(slots=True)
class WeekdayAtom:
    """A weekday, bare or with a relative word."""

    weekday: int
    # None, "last", "this", "past" (on or before), "next", "coming"; or a week named after
    # it, "last week" or "next week" ("Wednesday last week")
    rel: str | None = None

    @property
    def floating(self) -> bool:
        return self.rel is None

    def span(self, ctx: Context, anchor: Date | None, forward: bool) -> Span | None:
        if self.rel in ("next", "coming"):
            pub = ctx.need_published()
            ahead = (self.weekday - pub.weekday()) % 7 or 7
            return day_span(pub + datetime.timedelta(days=ahead))
        if self.rel in ("last week", "next week"):
            # the day of the calendar week (Monday first) before or after the story's
            pub = ctx.need_published()
            weeks = -7 if self.rel == "last week" else 7
            return day_span(pub + datetime.timedelta(days=self.weekday - pub.weekday() + weeks))
        if self.rel == "last":
            # "last Friday" in a Friday paper is a week before, not the day it ran
            pub = ctx.need_published()
            return day_span(pub - datetime.timedelta(days=(pub.weekday() - self.weekday) % 7 or 7))
        if anchor is None or self.rel is not None:
            anchor, forward = ctx.need_published(), False
        if forward:
            return day_span(anchor + datetime.timedelta(days=(self.weekday - anchor.weekday()) % 7))
        return day_span(anchor - datetime.timedelta(days=(anchor.weekday() - self.weekday) % 7))


@dataclass(slots=True)
class RelativeAtom:
    """Expressions counted from the publication date: today, last week, two years ago."""

    unit: str  # day, week, month, year, quarter, decade, weekend
    offset: int = 0
    mode: str = "calendar"  # calendar, ago, past, weekend_past, weekend_the
    floating: bool = False

    def span(self, ctx: Context, anchor: Date | None, forward: bool) -> Span | None:
        pub = ctx.need_published()
        u, n = self.unit, self.offset
        if self.mode == "past":  # the n units that end on the publication date
            if u == "day":
                return days_span(pub - datetime.timedelta(days=n - 1), pub)
            if u == "week":
                return days_span(pub - datetime.timedelta(days=7 * n - 1), pub, "week")
            if u == "month":
                return days_span(shift_date(pub, months=-n) + ONE_DAY, pub, "month")
            years = n * (10 if u == "decade" else 1)
            return days_span(
                shift_date(pub, years=-years) + ONE_DAY, pub, "decade" if u == "decade" else "year"
            )
        if self.mode == "ago":
            if u == "day":
                return day_span(pub - datetime.timedelta(days=n))
            if u == "week":
                return week_span(monday_of(pub - datetime.timedelta(days=7 * n))).hedged()
            if u == "month":
                return month_span(*shift_month(pub.year, pub.month, -n)).hedged()
            return year_span(pub.year - n * (10 if u == "decade" else 1)).hedged()
        if self.mode == "weekend_past":  # the most recent Saturday-Sunday ending on or before
            sunday = pub - datetime.timedelta(days=(pub.weekday() - 6) % 7)
            return days_span(sunday - ONE_DAY, sunday, "week")
        if self.mode == "weekend_the":  # the most recent Saturday-Sunday starting on or before
            saturday = pub - datetime.timedelta(days=(pub.weekday() - 5) % 7)
            return days_span(saturday, saturday + ONE_DAY, "week")
        if u == "day":
            return day_span(pub + datetime.timedelta(days=n))
        if u == "week":
            return week_span(monday_of(pub) + datetime.timedelta(days=7 * n))
        if u == "weekend":
            saturday = monday_of(pub) + datetime.timedelta(days=7 * n + 5)
            return days_span(saturday, saturday + ONE_DAY, "week")
        if u == "month":
            return month_span(*shift_month(pub.year, pub.month, n))
        if u == "quarter":
            q_index = pub.year * 4 + (pub.month - 1) // 3 + n
            return quarter_span(q_index % 4 + 1, q_index // 4)
        if u == "decade":
            return decade_span(pub.year // 10 * 10 + 10 * n)
        return year_span(pub.year + n)


@dataclass(slots=True)
class Modifier:
    """An expression read through another one: it takes the inner span and changes it."""

    inner: Node

    @property
    def floating(self) -> bool:
        return self.inner.floating

    def span(self, ctx: Context, anchor: Date | None, forward: bool) -> Span | None:
        s = self.inner.span(ctx, anchor, forward)
        return None if s is None else self.adjust(s)

    def adjust(self, s: Span) -> Span | None:
        """The changed span, or None when the inner one does not fit."""
        raise NotImplementedError


@dataclass(slots=True)
class Narrow(Modifier):
    """The early, middle or late third of an expression."""

    part: int

    def adjust(self, s: Span) -> Span | None:
        return narrow(s, self.part)


@dataclass(slots=True)
class WeekOf(Modifier):
    """The week of a day: ``the week of Oct. 9``."""

    def adjust(self, s: Span) -> Span | None:
        if s.start is None or s.precision != "day":
            return None
        return week_span(monday_of(s.start))


@dataclass(slots=True)
class NthWeek(Modifier):
    """The nth (or last) week of a month."""

    nth: int  # 1..5, or -1 for the last week

    def adjust(self, s: Span) -> Span | None:
        if s.start is None or s.end is None or s.precision != "month":
            return None
        if self.nth < 0:
            return days_span(s.end - datetime.timedelta(days=6), s.end, "week")
        first = s.start + datetime.timedelta(days=7 * (self.nth - 1))
        if first > s.end:
            return None
        return days_span(first, min(first + datetime.timedelta(days=6), s.end), "week")


@dataclass(slots=True)
class Half:
    """The first or second half of a year."""

    half: int
    inner: Node
    floating: bool = False

    def span(self, ctx: Context, anchor: Date | None, forward: bool) -> Span | None:
        s = self.inner.span(ctx, anchor, forward)
        if s is None or s.start is None or s.precision != "year":
            return None
        y = s.start.year
        return months_span(y, 1, y, 6) if self.half == 1 else months_span(y, 7, y, 12)


@dataclass(slots=True)
class MonthsOf:
    """The first or last few months of a year ("the last four months of 2017")."""

    count: int
    last: bool
    inner: Node
    floating: bool = False

    def span(self, ctx: Context, anchor: Date | None, forward: bool) -> Span | None:
        s = self.inner.span(ctx, anchor, forward)
        if s is None or s.start is None or s.precision != "year" or not 1 < self.count < 12:
            return None
        y = s.start.year
        if self.last:
            return months_span(y, 13 - self.count, y, 12)
        return months_span(y, 1, y, self.count)


@dataclass(slots=True)
class Range:
    """Two expressions joined by ``to``, ``and`` or ``or``."""

    left: Node
    right: Node
    kind: str = "range"  # range, and, or
    floating: bool = False

    def span(self, ctx: Context, anchor: Date | None, forward: bool) -> Span | None:
        if self.left.floating and not self.right.floating:
            r = self.right.span(ctx, None, False)
            if r is None or r.start is None:
                return None
            left = self.left.span(ctx, r.start, False)
        else:
            left = self.left.span(ctx, anchor, forward)
            if left is None or left.start is None:
                return None
            if (
                self.kind != "range"
                and isinstance(self.left, WeekdayAtom)
                and isinstance(self.right, WeekdayAtom)
            ):
                # "issued Wednesday and Tuesday": a list of weekdays names each the way it
                # would be read alone, in whatever order the story lists them
                r = self.right.span(ctx, anchor, forward)
            else:
                r = self.right.span(ctx, left.start, True)
        if left is None or r is None or left.start is None or r.end is None or r.start is None:
            return None
        if self.kind != "range" and r.start < left.start:
            left, r = r, left
        if left.start is None or r.end is None or r.end < left.start:
            return None
        return join_spans(left, r, approximate=self.kind == "or")


@dataclass(slots=True)
class Bound:
    """since / before / after / until / earlier this / later this."""

    inner: Node
    kind: str
    floating: bool = False

    def span(self, ctx: Context, anchor: Date | None, forward: bool) -> Span | None:
        k = self.kind
        if k in ("since", "earlier", "later") or not forward:
            anchor, forward = None, False
        s = self.inner.span(ctx, anchor, forward)
        if s is None or s.start is None or s.end is None:
            return None
        q = "~" if s.approximate else ""
        if k in ("since", "earlier"):
            pub = ctx.need_published()
            if k == "earlier" and pub > s.start:  # "earlier this month": before publication
                pub -= ONE_DAY
            if pub < s.start:
                return None
            day = pub.isoformat()
            return Span(
                s.start, pub, s.precision, s.lo, day, None, s.approximate, f"{s.lo}{q}/{day}"
            )
        if k == "later":
            pub = ctx.need_published()
            if pub > s.end:
                return None
            day = pub.isoformat()
            return Span(pub, s.end, s.precision, day, s.hi, None, s.approximate, f"{day}/{s.hi}{q}")
        if k == "until":
            return Span(None, s.end, s.precision, "", s.hi, None, s.approximate)
        if k == "before":
            end = s.start - ONE_DAY
            return Span(
                None, end, s.precision, "", bound_text(end, s.precision), None, s.approximate
            )
        start = s.end + ONE_DAY  # after
        return Span(
            start, None, s.precision, bound_text(start, s.precision), "", None, s.approximate
        )


@dataclass(slots=True)
class Hedge(Modifier):
    """An expression marked approximate."""

    def adjust(self, s: Span) -> Span | None:
        return s.hedged()


Result = tuple[Node, int]
