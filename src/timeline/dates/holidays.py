"""Holidays by rule: fixed days, the Mondays of US federal holidays, Thanksgiving, Easter."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from timeline.dates.nodes import Context
from timeline.dates.spans import Span, day_span, monday_of, week_span
from timeline.dates.tokens import WORD, TokenCursor
from timeline.dates.words import word_set

__all__ = [
    "HOLIDAYS_ALONE",
    "HOLIDAY_CORES",
    "HOLIDAY_PATTERN",
    "HolidayAtom",
    "easter",
    "holiday",
    "nth_weekday",
]

Date = datetime.date
Rule = Callable[[int], Date]


def easter(year: int) -> Date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous algorithm).

    Examples
    --------
    >>> easter(2000), easter(2019)
    (datetime.date(2000, 4, 23), datetime.date(2019, 4, 21))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    x = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * x) // 451
    month, day = divmod(h + x - 7 * m + 114, 31)
    return Date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> Date:
    """The ``n``-th ``weekday`` (Monday 0) of a month; ``n = -1`` is the last one."""
    if n > 0:
        first = Date(year, month, 1)
        return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = Date(year + month // 12, month % 12 + 1, 1)
    last = nxt - datetime.timedelta(days=1)
    return last - datetime.timedelta(days=(last.weekday() - weekday) % 7)


def _fixed(month: int, day: int) -> Rule:
    return lambda y: Date(y, month, day)


def _nth(month: int, weekday: int, n: int) -> Rule:
    return lambda y: nth_weekday(y, month, weekday, n)


def _from_easter(days: int) -> Rule:
    return lambda y: easter(y) + datetime.timedelta(days=days)


def _election_day(year: int) -> Date:
    # US federal law: the Tuesday after the first Monday in November.
    return nth_weekday(year, 11, 0, 1) + datetime.timedelta(days=1)


_MON, _THU, _SUN = 0, 3, 6
_SIX_DAYS: Final = datetime.timedelta(days=6)
# Names as written, capitalised, without apostrophes: a possessive "'s" or "'" may follow any
# word ("New Year's Day", "Presidents' Day"). The US federal rules are those of 5 U.S.C. 6103.
_RULES: Final[dict[str, Rule]] = {
    "New Year Day": _fixed(1, 1),
    "New Year Eve": _fixed(12, 31),
    "New Year": _fixed(1, 1),
    "Martin Luther King Jr. Day": _nth(1, _MON, 3),
    "Martin Luther King Day": _nth(1, _MON, 3),
    "Valentine Day": _fixed(2, 14),
    "Presidents Day": _nth(2, _MON, 3),
    "President Day": _nth(2, _MON, 3),
    "Ash Wednesday": _from_easter(-46),
    "Palm Sunday": _from_easter(-7),
    "Good Friday": _from_easter(-2),
    "Easter Sunday": _from_easter(0),
    "Easter Monday": _from_easter(1),
    "Easter": _from_easter(0),
    "Mother Day": _nth(5, _SUN, 2),
    "Memorial Day": _nth(5, _MON, -1),
    "Father Day": _nth(6, _SUN, 3),
    "Juneteenth": _fixed(6, 19),
    "Independence Day": _fixed(7, 4),
    "Fourth of July": _fixed(7, 4),
    "Labor Day": _nth(9, _MON, 1),
    "Columbus Day": _nth(10, _MON, 2),
    "Halloween": _fixed(10, 31),
    "Election Day": _election_day,
    "Veterans Day": _fixed(11, 11),
    "Thanksgiving Day": _nth(11, _THU, 4),
    "Thanksgiving": _nth(11, _THU, 4),
    "Christmas Eve": _fixed(12, 24),
    "Christmas Day": _fixed(12, 25),
    "Christmas": _fixed(12, 25),
}
# A name alone ("Christmas") rather than a name with "Day" or "Eve": before a lowercase noun it
# names a thing ("Christmas trees", "Easter eggs"), unless that word is one of these.
HOLIDAYS_ALONE: Final = frozenset(
    {"Christmas", "Easter", "Thanksgiving", "Halloween", "Juneteenth"}
)
"""The holidays named by one word alone ("before Thanksgiving")."""
_AFTER_ALONE: Final = word_set(
    "and or to in on at by for from with of when as after before since until through this "
    "that last next is was will would day eve week weekend morning night"
)
_KEYS: Final = {
    tuple(w.lower().rstrip(".") for w in name.split()): rule for name, rule in _RULES.items()
}
_LONGEST: Final = max(map(len, _KEYS))

#: The first words of the names, which the finder's scan looks for.
HOLIDAY_CORES: Final = tuple(sorted({name.split()[0] for name in _RULES} - {"Fourth"}))


def _pattern(name: str) -> str:
    words = [w.replace(".", r"\.") for w in name.split()]
    gap = r"(?:['’]s?)?(?:[ \t\u00a0]{1,3}\n?[ \t\u00a0]{0,3}|\n[ \t\u00a0]{0,3})"
    return gap.join(words) + r"(?:['’]s?)?"


#: The names as a regular expression, longest first: "New Year's Day", "Christmas".
HOLIDAY_PATTERN: Final = "|".join(
    _pattern(n) for n in sorted(_RULES, key=lambda n: (-len(n.split()), n))
)


@dataclass(slots=True)
class HolidayAtom:
    """A holiday, with a year, a relative word ("last Thanksgiving"), or none; or its week."""

    rule: Rule
    year: int | None = None
    rel: str | None = None  # "last", "this", "next"
    week: bool = False  # "Easter week": the Monday-Sunday week holding it

    @property
    def floating(self) -> bool:
        return self.year is None and self.rel is None

    def span(self, ctx: Context, anchor: Date | None, forward: bool) -> Span | None:
        rule = self.rule
        if self.year is not None:
            day = rule(self.year)
        elif self.rel is not None:
            pub = ctx.need_published()
            day = rule(pub.year)
            if self.rel == "last" and day >= pub:
                day = rule(pub.year - 1)
            elif self.rel == "next" and day <= pub:
                day = rule(pub.year + 1)
        else:
            if anchor is None:
                anchor, forward = ctx.need_published(), False
            day = rule(anchor.year)
            # The last one that has begun by the anchor, or the next one that has not ended.
            first, last = (monday_of(day), monday_of(day) + _SIX_DAYS) if self.week else (day, day)
            if forward and last < anchor:
                day = rule(anchor.year + 1)
            elif not forward and first > anchor:
                day = rule(anchor.year - 1)
        return week_span(monday_of(day)) if self.week else day_span(day)


def _name_at(cur: TokenCursor, k: int) -> tuple[Rule, str, int] | None:
    """The longest holiday name at token ``k``: (rule, its first word, next index)."""
    first = cur.token(k)
    if first.kind is not WORD or not first.cap:
        return None
    words: list[str] = []
    best: tuple[Rule, str, int] | None = None
    j = k
    while len(words) < _LONGEST and cur.token(j).kind is WORD:
        words.append(cur.word(j))
        j += 1
        if cur.punct(j) in ("'", "’") and cur.touches_next(j - 1):
            j += 2 if cur.word(j + 1) == "s" and cur.touches_next(j) else 1
        rule = _KEYS.get(tuple(words))
        if rule is not None:
            best = (rule, first.text, j)
    return best


def holiday(cur: TokenCursor, k: int) -> tuple[HolidayAtom, int] | None:
    """A holiday at token ``k``: "Thanksgiving Day", "Christmas 2016", "last Easter",
    "the Fourth of July", "Easter week"."""
    rel = cur.word(k)
    if rel in ("last", "this", "next"):
        k += 1
    else:
        rel = ""
    found = _name_at(cur, k)
    if found is None:
        return None
    rule, first, j = found
    atom = HolidayAtom(rule, rel=rel or None)
    if cur.word(j) == "week":
        atom.week, j = True, j + 1
    elif j == k + 1 and first in HOLIDAYS_ALONE and not rel:
        nxt = cur.token(j)
        if nxt.kind is WORD and nxt.low not in _AFTER_ALONE and cur.year(j) is None:
            return None  # "Christmas trees", "Easter Island"
    if not rel:
        y_at = j + 1 if cur.word(j) == "of" or cur.punct(j) == "," else j
        year = cur.year(y_at)
        if year is not None:
            atom.year, j = year, y_at + 1
    return atom, j
