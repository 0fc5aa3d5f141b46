"""TIMEX3 values for resolved dates, and running text written with TIMEX3 tags (TimeML)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from typing import Final, Protocol
from xml.sax.saxutils import escape, quoteattr

from timeline.dates.model import NeedsPublished, Resolution
from timeline.dates.resolver import publication_date, resolve_strict
from timeline.dates.scan import EXPR, TAIL_LEAD
from timeline.dates.spans import (
    ONE_DAY,
    day_span,
    decade_span,
    edtf_of,
    last_day,
    month_span,
    quarter_span,
    week_span,
    year_span,
)

__all__ = ["timex_mod", "timex_spans", "timex_tags", "timex_value", "unit_value"]

Date = datetime.date

_SEASON_CODES: Final = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}
_PART_MODS: Final = ("START", "MID", "END")
# "April 24 and 25", "Oct. 2 through 6": a range of days written with two ends.
_DAY_PAIR: Final = re.compile(
    r"(.*?[0-9]{1,2}(?:st|nd|rd|th)?)\s{1,3}(?:and|to|through)\s{1,3}([0-9]{1,2})"
)
# Words TimeML leaves outside a TIMEX3 as signals: "in June", "since 2014", "by Friday".
_SIGNAL: Final = re.compile(
    r"(?i:ever since|since|from|between|in|on|at|by|during|until|till|before|after"
    r"|prior to|up until|up to)\s+|(?i:post|pre)-(?=[0-9])"
)


class _Found(Protocol):
    """What the writer needs of a found date (``timeline.dates.Found``)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def text(self) -> str: ...

    @property
    def resolution(self) -> Resolution: ...

    @property
    def context(self) -> Resolution | None: ...


def _whole_month(a: Date, b: Date) -> bool:
    return a.day == 1 and b.day == last_day(b.year, b.month)


def _month_count(a: Date, b: Date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month + 1


def unit_value(a: Date, b: Date) -> str | None:
    """The TIMEX3 value of the span ``a``-``b`` when it is one calendar unit, else None.

    Units are a day, an ISO week (Monday to Sunday), a month, a meteorological season, a
    quarter, a year, a decade and a century.

    Examples
    --------
    >>> unit_value(Date(1998, 10, 1), Date(1998, 12, 31))
    '1998-Q4'
    >>> unit_value(Date(1998, 1, 5), Date(1998, 1, 11))
    '1998-W02'
    >>> unit_value(Date(1998, 1, 5), Date(1998, 1, 12)) is None
    True
    """
    if a == b:
        return a.isoformat()
    if a.weekday() == 0 and b - a == 6 * ONE_DAY:
        year, week, _ = a.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if not _whole_month(a, b):
        return None
    months = _month_count(a, b)
    if months == 1:
        return f"{a.year:04d}-{a.month:02d}"
    if months == 3 and a.month in _SEASON_CODES:
        # A winter is named by the year of its December, as the project names it.
        return f"{a.year:04d}-{_SEASON_CODES[a.month]}"
    if months == 3 and a.month in (1, 4, 7, 10):
        return f"{a.year:04d}-Q{(a.month - 1) // 3 + 1}"
    if a.month == 1 and b.month == 12:
        years = b.year - a.year + 1
        if years == 1:
            return f"{a.year:04d}"
        if years == 10 and a.year % 10 == 0:
            return f"{a.year // 10:03d}"
        if years == 100 and a.year % 100 == 0:
            return f"{a.year // 100:02d}"
    return None


def _first_unit(a: Date, precision: str) -> str:
    """The TIMEX3 value of the unit of ``precision`` that holds ``a``."""
    if precision == "day":
        return a.isoformat()
    if precision == "week":
        year, week, _ = a.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if precision in ("month", "season"):
        return f"{a.year:04d}-{a.month:02d}"
    if precision == "quarter":
        return f"{a.year:04d}-Q{(a.month - 1) // 3 + 1}"
    if precision == "decade":
        return f"{a.year // 10:03d}"
    return f"{a.year:04d}"


def _part_of(a: Date, b: Date) -> tuple[str, int] | None:
    """The unit a narrowed span is the early, middle or late third of, and which third."""
    if (a.year, a.month) == (b.year, b.month):
        third = {1: 0, 11: 1, 21: 2}.get(a.day)
        if third is not None and (
            b.day == min(a.day + 9, 31) or b.day == last_day(b.year, b.month)
        ):
            return f"{a.year:04d}-{a.month:02d}", third
        return None
    if a.year == b.year and _whole_month(a, b) and _month_count(a, b) == 4:
        third = {1: 0, 5: 1, 9: 2}.get(a.month)
        return (f"{a.year:04d}", third) if third is not None else None
    return None


def timex_value(res: Resolution) -> str | None:
    """The TIMEX3 value of a resolution, as TimeML writes its date.

    A calendar unit is written as itself ("1998-Q4"); the early, middle or late third of a
    month or a year as that month or year (TimeML adds ``mod="START"``); a range as its
    first end, as TimeML tags the two ends of "from 2005 to 2014" apart; an open bound
    ("since 2014", "before 2014") as its closed end.

    Examples
    --------
    >>> from timeline.dates import resolve
    >>> timex_value(resolve("the fourth quarter of 1997", None))
    '1997-Q4'
    >>> timex_value(resolve("early December 2012", None))
    '2012-12'
    >>> timex_value(resolve("from 2005 to 2014", None))
    '2005'
    """
    a, b = res.start, res.end
    if a is None or b is None:
        closed = a or b
        return None if closed is None else _first_unit(closed, res.precision)
    if a == b and res.precision != "day":
        # "earlier this month" published on the 2nd runs over one day, of a month
        return _first_unit(a, res.precision)
    whole = unit_value(a, b)
    if whole is not None:
        return whole
    part = _part_of(a, b)
    if part is not None and res.approximate:
        return part[0]
    return _first_unit(a, res.precision)


def timex_mod(res: Resolution) -> str | None:
    """The TIMEX3 ``mod`` of a resolution: START, MID, END, BEFORE, AFTER, APPROX or None."""
    a, b = res.start, res.end
    if a is None:
        return "BEFORE"
    if b is None:
        return "AFTER"
    if unit_value(a, b) is None and res.approximate:
        part = _part_of(a, b)
        if part is not None:
            return _PART_MODS[part[1]]
    return "APPROX" if res.approximate else None


def _unit_at(day: Date, precision: str, words: str) -> Resolution:
    """The calendar unit of ``precision`` that holds ``day``: one end of a range."""
    if precision == "day":
        span = day_span(day)
    elif precision == "week":
        span = week_span(day - datetime.timedelta(days=day.weekday()))
    elif precision in ("month", "season"):
        span = month_span(day.year, day.month)
    elif precision == "quarter":
        span = quarter_span((day.month - 1) // 3 + 1, day.year)
    elif precision == "decade":
        span = decade_span(day.year - day.year % 10)
    else:
        span = year_span(day.year)
    return Resolution(words, span.start, span.end, span.precision, edtf_of(span), False)


def _end_alone(
    words: str, published: datetime.date | None, day: Date, res: Resolution
) -> Resolution:
    """One end of a range: its words read alone when that reading holds ``day`` and lies
    inside the range ("May 3" in "this year through May 3" is a day, "Thursday" in
    "Wednesday and Tuesday" the day before), else the unit of the range's precision that
    holds ``day``."""
    a, b = res.start, res.end
    for forward in (False, True):
        try:
            alone = resolve_strict(words, published, forward=forward)
        except NeedsPublished:
            break
        if alone is None or alone.start is None or alone.end is None or a is None or b is None:
            continue
        if a <= alone.start <= alone.end <= b:
            return alone
    return _unit_at(day, res.precision, words)


def _ends(
    item: _Found, start: int, res: Resolution, published: datetime.date | None
) -> list[tuple[int, int, Resolution]]:
    """A range written with two ends ("between 1994 and 1997", "April 24 and 25") as
    TimeML tags it: each end apart, valued by its own words (or the unit that holds it)."""
    words = item.text[start - item.start :]
    m = EXPR.fullmatch(words)
    if m is not None and m.group("tail") is not None and m.group("post") is None:
        lead = TAIL_LEAD.match(words, m.start("tail"))
        split = None if lead is None else (m.end("atom"), lead.end())
    else:
        days = _DAY_PAIR.fullmatch(words)
        split = None if days is None else (days.end(1), days.start(2))
    a, b = res.start, res.end
    if split is None or a is None or b is None:
        return [(start, item.end, res)]
    first = _end_alone(words[: split[0]], published, a, res)
    second = _end_alone(words[split[1] :], published, b, res)
    return [(start, start + split[0], first), (start + split[1], item.end, second)]


def _inner(words: str, published: datetime.date | None, res: Resolution) -> Resolution | None:
    """The date a bound names ("March 6" in "until March 6"), read as the bound was."""
    for forward in (False, True):
        try:
            inner = resolve_strict(words, published, forward=forward)
        except NeedsPublished:
            return None
        if inner is None or inner.start is None or inner.end is None:
            continue
        if inner.start == res.start or inner.end == res.end:
            return inner
        if res.start is not None and inner.end + ONE_DAY == res.start:
            return inner  # "after Oct. 12" starts on Oct. 13
        if res.end is not None and inner.start - ONE_DAY == res.end:
            return inner  # "before Jan. 1" ends on Dec. 31
    return None


def timex_spans(
    found: Sequence[_Found], published: datetime.date | str | None
) -> list[tuple[int, int, Resolution]]:
    """Each found date as TimeML tags it: (start, end, resolution) without a leading signal.

    A leading "in", "since", "by" and the like is left outside the tag; for a bound
    ("since early December", "until March 6") the tag's date is the date the bound names;
    a range written with two ends gives a tag for each ("between 1994 and 1997").
    """
    pub = publication_date(published)
    out: list[tuple[int, int, Resolution]] = []
    for item in found:
        start, res = item.start, item.resolution
        m = _SIGNAL.match(item.text)
        if m is not None and m.end() < len(item.text):
            start += m.end()
            bounded = res.start is None or res.end is None or unit_value(res.start, res.end) is None
            inner = None
            if item.context is None and bounded:
                inner = _inner(item.text[m.end() :], pub, res)
            if inner is not None:
                res = inner
        out.extend(
            _ends(item, start, res, pub) if item.context is None else [(start, item.end, res)]
        )
    return out


def timex_tags(
    text: str,
    found: Sequence[_Found],
    published: datetime.date | str | None = None,
    *,
    first_tid: int = 1,
) -> str:
    """``text`` with a ``<TIMEX3 tid type="DATE" value>`` tag around each found date.

    The text between the tags is escaped for XML; the tags follow TimeML 1.2.

    Examples
    --------
    >>> from timeline.dates import find
    >>> timex_tags("It rose in June.", find("It rose in June.", "1998-08-07"), "1998-08-07")
    'It rose in <TIMEX3 tid="t1" type="DATE" value="1998-06">June</TIMEX3>.'
    """
    out: list[str] = []
    pos = 0
    for n, (start, end, res) in enumerate(timex_spans(found, published), start=first_tid):
        out.append(escape(text[pos:start]))
        attrs = f'tid="t{n}" type="DATE" value={quoteattr(timex_value(res) or "XXXX")}'
        mod = timex_mod(res)
        if mod is not None:
            attrs += f" mod={quoteattr(mod)}"
        out.append(f"<TIMEX3 {attrs}>{escape(text[start:end])}</TIMEX3>")
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)
