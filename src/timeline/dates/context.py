"""Anaphora read in context: "the next day", "that year", "a year earlier", "the quarter"."""

# The resolver reads one expression alone. In running text two things need the sentence and
# what came before it:
# - the tense of the clause decides whether a date without a year is the last one or the
#   next one (timeline.dates.tense);
# - anaphora ("the next day", "that year", "a year earlier", "the quarter") take their
#   meaning from the date the text last named, which the finder keeps as it reads.

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Final

from timeline.dates.model import Resolution
from timeline.dates.spans import (
    Span,
    day_span,
    edtf_of,
    month_span,
    months_span,
    quarter_span,
    shift_month,
    week_span,
    year_span,
)
from timeline.dates.words import FULL_MONTH_NAMES, NUMBER_WORDS, WEEKDAY_NAMES

__all__ = [
    "ANAPHOR",
    "Anaphor",
    "anaphora",
    "as_reference",
    "last_quarter",
    "quarter_ended",
    "read_anaphor",
    "read_month",
    "read_weekday",
    "read_year",
]

Date = datetime.date

# --------------------------------------------------------------------------------------------
# Anaphora
# --------------------------------------------------------------------------------------------

_UNIT: Final = r"(?:day|week|month|year|quarter|morning|afternoon|evening|night)"
_SHORT: Final = r"(?:day|week|month|year|quarter)"
# A count of units before "later" or "earlier" ("three days later", "two months earlier"):
# news copy dates a step in a narrative from the day it told last. After "be" the words
# measure a wait ("the soonest would be seven days later"), not a step from that day.
# After a hedge ("some three weeks later") a step of days or weeks is approximate, and no
# day or week is read from it.
_HEDGE: Final = re.compile(r"\b(?:some|about|nearly|almost|roughly|around|than)\s+$", re.IGNORECASE)
_COUNTED: Final = [w for w in NUMBER_WORDS if len(w) > 2]
_COUNT: Final = rf"(?:{'|'.join(w.capitalize() + '|' + w for w in _COUNTED)}|[1-9][0-9]?)"
_WEEKDAY_LEADS: Final = ("following", "next", "previous", "prior", "preceding")
_WEEKDAY: Final = rf"(?:{'|'.join(name.capitalize() for name in WEEKDAY_NAMES)})"
_MONTH: Final = rf"(?:{'|'.join(name.capitalize() for name in FULL_MONTH_NAMES)})"
# After "the year" these make it another year than the story's ("the year before", "the
# year he was born", "the year two thousand") or a duration ("in the year since").
_NOT_THE_YEAR: Final = (
    r"(?!['’]s\s{1,3}end|\s{1,3}(?:ago|earlier|later|before|after|since|when|that|which|in"
    r"|of(?!\s{1,3}[$£#0-9])|he|she|they|it|we|I|you|two|nineteen|eighteen)(?![A-Za-z]))"
)
_ENDED: Final = r"(?=\s{1,3}(?:ended|ending)\s)"
#: Anaphoric expressions, as the finder searches for them.
ANAPHOR: Final = re.compile(
    r"(?=[EeLlTtAaOoYyFfSsNn0-9])(?<![A-Za-z0-9-])(?:"  # the first letters: a quick test
    r"(?P<prior>[Tt]he\s{1,3}(?:(?:same|comparable|corresponding|year-earlier|year-ago)\s{1,3})?"
    r"(?:quarter|period)\s{1,3}(?:(?:of\s{1,3})?last\s{1,3}year|a\s{1,3}year\s{1,3}(?:ago|earlier))"
    r"|[Ll]ast\s{1,3}year['’]s\s{1,3}(?:quarter|period))"
    rf"|(?P<that>(?:(?:[Ee]arlier|[Ll]ater)\s{{1,3}})?(?:[Tt]hat(?:\s{{1,3}}same)?|[Tt]he\s{{1,3}}same)\s{{1,3}}{_UNIT})"
    rf"|(?P<wday>[Tt]he\s{{1,3}}(?:{'|'.join(_WEEKDAY_LEADS)})\s{{1,3}}{_WEEKDAY})"
    rf"|(?P<mon>[Tt]he\s{{1,3}}(?:{'|'.join(_WEEKDAY_LEADS)})\s{{1,3}}{_MONTH})"
    rf"|(?P<step>[Tt]he\s{{1,3}}(?:following|next|previous|prior|preceding)\s{{1,3}}{_UNIT})"
    rf"|(?P<ago>(?<!be\s)(?:[Aa]|{_COUNT})\s{{1,3}}{_SHORT}s?\s{{1,3}}(?:earlier|later|(?:before|after)(?=[,.;:])))"
    r"|(?P<yearago>(?:(?:[Tt]he|[Aa])\s{1,3}(?:comparable\s{1,3})?)?[Yy]ear-(?:ago|earlier)"
    r"(?:\s{1,3}(?:(?P<nth>first|second|third|fourth)[\s-])?(?P<unit>quarter|period))?)"
    rf"|(?P<qend>[Tt]he\s{{1,3}}(?:fiscal\s{{1,3}})?quarter{_ENDED})"
    r"|(?P<the>[Tt]he\s{1,3}(?:latest|same|comparable)\s{1,3}(?:quarter|period)"
    r"|[Tt]he\s{1,3}quarter(?!\s{1,3}(?:of|century|ended|ending)|-))"
    r"|(?P<year>[Tt]he\s{1,3}(?:(?P<fiscal>(?:latest\s{1,3})?fiscal|full)\s{1,3})?year"
    rf"{_NOT_THE_YEAR})"
    r")(?![A-Za-z0-9-])"
)

# Every anaphor holds the word of a unit no more than ``_UNIT_AT`` characters from its start,
# and is at most ``_LONGEST`` characters long.
_UNIT_WORD: Final = re.compile(r"(?i:day|week|month|year|quarter|morning|afternoon|evening|night)")
# ... or a weekday or a month straight after the word that makes it anaphoric ("the
# previous Monday", "the following March").
_WEEKDAY_AT: Final = re.compile(rf"{_WEEKDAY}|{_MONTH}")
_UNIT_AT: Final = 60
_LONGEST: Final = 100


def anaphora(text: str, cores: list[int] | None) -> Iterator[re.Match[str]]:
    """The matches of ``ANAPHOR.finditer(text)``, searched for only near the words of units.

    ``cores`` is :func:`timeline.dates.scan.word_cores` of ``text`` (which includes where
    each word of a unit starts); with None the whole text is searched.
    """
    if cores is None:
        yield from ANAPHOR.finditer(text)
        return
    units = [
        u
        for u in cores
        if _UNIT_WORD.match(text, u)
        or (
            _WEEKDAY_AT.match(text, u)
            and text[max(0, u - 13) : u].rstrip().endswith(_WEEKDAY_LEADS)
        )
    ]
    at = text.find("period")
    while at >= 0:
        units.append(at)
        at = text.find("period", at + 1)
    end = 0
    for unit in sorted(units):
        lo = max(end, unit - _UNIT_AT)
        if lo > unit:
            continue
        # Text past ``unit + _LONGEST`` cannot change a match that starts by ``unit``.
        m = ANAPHOR.search(text, lo, unit + _LONGEST)
        if m is None or m.start() > unit:
            end = unit + 1  # no match starts from ``lo`` to here: not searched again
            continue
        yield m
        end = m.end()


@dataclass(frozen=True, slots=True)
class Anaphor:
    """An anaphoric expression read against a reference date.

    Attributes
    ----------
    resolution : Resolution
        What the expression names.
    anchor : Resolution
        The date it was read against: the one the text last named.
    """

    resolution: Resolution
    anchor: Resolution


def _unit_word(words: str) -> str:
    last = words.split()[-1].lower()
    if last in ("morning", "afternoon", "evening", "night"):
        return "day"
    return last


def _count(word: str) -> int:
    """The value of a count written in words or digits ("a", "three", "10")."""
    return NUMBER_WORDS.get(word) or int(word)


def _span_at(unit: str, day: Date, step: int) -> Span | None:
    """The unit holding ``day``, moved ``step`` units."""
    if unit == "day":
        return day_span(day + datetime.timedelta(days=step))
    if unit == "week":
        monday = day - datetime.timedelta(days=day.weekday())
        return week_span(monday + datetime.timedelta(days=7 * step))
    if unit == "month":
        return month_span(*shift_month(day.year, day.month, step))
    if unit == "quarter":
        q = day.year * 4 + (day.month - 1) // 3 + step
        return quarter_span(q % 4 + 1, q // 4)
    if unit == "year":
        return year_span(day.year + step)
    return None


_FINER: Final = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4}


def _fits(unit: str, ref: Resolution) -> bool:
    """Whether a reference is precise enough to anchor ``unit`` ("the next day" needs a day)."""
    return _FINER.get(ref.precision, 9) <= _FINER.get(unit, 4)


def last_quarter(pub: Date) -> Resolution:
    """The last quarter that ended before ``pub``: the one business news reports on."""
    span = _span_at("quarter", pub, -1)
    assert span is not None
    return Resolution("", span.start, span.end, "quarter", edtf_of(span), False)


def read_anaphor(
    m: re.Match[str], ref: Resolution | None, quarter: Resolution | None
) -> Anaphor | None:
    """Read an anaphoric match against the date named last, or None when it does not fit.

    ``quarter`` is the quarter the text is about: the last one it named, else the last
    one that ended before publication. "the quarter", "the latest quarter" and "the
    year-ago quarter" are read against it.
    """
    if m.group("the") is not None or m.group("unit") == "quarter":
        ref = quarter
    if ref is None or ref.start is None or ref.end is None:
        return None
    words = m.group()
    low = " ".join(words.lower().split())
    day = ref.start
    span: Span | None = None
    if m.group("that") is not None:
        unit = _unit_word(low)
        span = _span_at(unit, day, 0) if _fits(unit, ref) else None
    elif m.group("step") is not None:
        unit = _unit_word(low)
        step = 1 if ("following" in low or "next" in low) else -1
        span = _span_at(unit, day, step) if _fits(unit, ref) else None
    elif m.group("ago") is not None:
        count, unit = low.split()[:2]
        unit = unit.removesuffix("s")
        if unit in ("day", "week") and _HEDGE.search(m.string, max(0, m.start() - 10), m.start()):
            return None
        step = (-1 if low.endswith(("earlier", "before")) else 1) * _count(count)
        if unit == "year" and ref.precision in ("quarter", "month"):
            span = _span_at(ref.precision, day, step * (4 if ref.precision == "quarter" else 12))
        elif unit == "week" and ref.precision == "day":
            # "On June 2 ... A week later, the dean wrote": counted from the day told last,
            # a week later is that weekday, seven days on
            span = _span_at("day", day, 7 * step)
        elif unit in ("week", "day") and ref.precision == "month" and ref.end is not None:
            # "In March 2017 ... two weeks later": some day of the month, moved on, falls in
            # that month or the next: told at the month's precision, "2017-03/2017-04"
            days = datetime.timedelta(days=step * (7 if unit == "week" else 1))
            a, b = day + days, ref.end + days
            span = months_span(a.year, a.month, b.year, b.month)
        elif _fits(unit, ref):
            span = _span_at(unit, day, step)
    elif m.group("yearago") is not None or m.group("prior") is not None:
        unit = ref.precision if ref.precision in ("quarter", "month") else "year"
        span = _span_at(unit, day, {"quarter": -4, "month": -12}.get(unit, -1))
        nth = m.group("nth")
        if nth is not None and span is not None and span.start is not None:
            q = ("first", "second", "third", "fourth").index(nth.lower()) + 1
            span = quarter_span(q, span.start.year)
    elif ref.precision == "quarter":  # "the quarter", "the latest period"
        span = _span_at("quarter", day, 0)
    if span is None:
        return None
    res = Resolution(words, span.start, span.end, span.precision, edtf_of(span), False)
    return Anaphor(res, ref)


def _resolution(words: str, span: Span, approximate: bool = False) -> Resolution:
    span = span.hedged(approximate)
    return Resolution(words, span.start, span.end, span.precision, edtf_of(span), approximate)


def read_weekday(m: re.Match[str], ref: Resolution | None) -> Resolution | None:
    """ "the previous Monday", "the following Thursday": that weekday before or after the day
    named last (a day, or None)."""
    if ref is None or ref.precision != "day" or ref.start is None:
        return None
    low = m.group().lower()
    weekday = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun").index(low.split()[-1][:-3])
    day = ref.start
    if "following" in low or "next" in low:
        day += datetime.timedelta(days=(weekday - day.weekday()) % 7 or 7)
    else:
        day -= datetime.timedelta(days=(day.weekday() - weekday) % 7 or 7)
    return _resolution(m.group(), day_span(day))


def read_month(m: re.Match[str], ref: Resolution | None) -> Resolution | None:
    """ "the previous October", "the following March": that month before or after the date
    named last."""
    if ref is None or ref.start is None or ref.end is None:
        return None
    low = m.group().lower()
    month = [n.lower() for n in FULL_MONTH_NAMES].index(low.split()[-1]) + 1
    if "following" in low or "next" in low:
        year = ref.end.year + (month <= ref.end.month)
    else:
        year = ref.start.year - (month >= ref.start.month)
    return _resolution(m.group(), month_span(year, month))


def quarter_ended(words: str, end: Date) -> Resolution:
    """ "the quarter ended Sept. 30": the calendar quarter holding most of the three months
    that end on that day (the one holding the day 45 days before it)."""
    middle = end - datetime.timedelta(days=45)
    return _resolution(words, quarter_span((middle.month - 1) // 3 + 1, middle.year))


def read_year(m: re.Match[str], anchor: Resolution, pub: Date, end: Date | None) -> Resolution:
    """ "the year", "the full year", "the fiscal year", "the latest fiscal year".

    A fiscal year is named by the calendar year it ends in, so "the year ended Sept. 30"
    is the year of its last day; with its months unknown, a fiscal year is taken as the
    calendar year (approximate), and "the latest fiscal year" as the last calendar year
    that has ended. Otherwise "the year" is the year the story is telling of: the year
    of ``anchor``.

    Parameters
    ----------
    m : re.Match
        A match of the ``year`` group of :data:`ANAPHOR`.
    anchor : Resolution
        What the story is telling of: the period it reports, else the date it named last
        (unless that lies after publication: an outlook), else the last quarter that
        ended before publication.
    pub : datetime.date
        The publication date.
    end : datetime.date or None
        The last day named after "ended" or "ending", if any.

    Returns
    -------
    Resolution
        The year, approximate when it is a fiscal year.
    """
    fiscal = (m.group("fiscal") or "").lower()
    if end is not None:
        year = end.year
    elif fiscal.startswith("latest"):
        year = pub.year - 1
    else:
        year = (anchor.start or pub).year
    return _resolution(m.group(), year_span(year), "fiscal" in fiscal or end is not None)


def as_reference(res: Resolution) -> Resolution | None:
    """A found date as a reference for later anaphora: closed and no wider than a year."""
    if res.start is None or res.end is None or res.precision == "decade":
        return None
    if res.start != res.end and res.precision == "day":
        return replace(res, start=res.end)  # a range of days: read on from its last day
    return res
