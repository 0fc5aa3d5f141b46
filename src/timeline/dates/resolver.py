"""Resolve date wording against a publication date: ``resolve`` and ``publication_date``."""

from __future__ import annotations

import datetime
import functools
import re
from typing import Final

import numpy as np
import pandas as pd

from timeline.dates.edtf import EDTF_CHARS, EDTF_ONLY, from_edtf, signed_edtf
from timeline.dates.fallback import fallback
from timeline.dates.grammar import Parser
from timeline.dates.model import (
    FIRST_DATE,
    LAST_DATE,
    MAX_CHARS,
    MAX_WORDS,
    NeedsPublished,
    Resolution,
)
from timeline.dates.spans import edtf_of
from timeline.dates.tokens import DASH_CHARS, tokenize
from timeline.dates.words import WEEKDAY_NAMES

__all__ = [
    "DAY_AFTER",
    "OutOfRange",
    "on_named_day",
    "publication_date",
    "resolve",
    "resolve_strict",
]

Date = datetime.date


def _normalise(text: str) -> str:
    """``text`` with plain dashes and single spaces."""
    return " ".join(text.translate(DASH_CHARS).split())


def _resolve_uncached(text: str, pub: Date | None, forward: bool = False) -> Resolution | None:
    """Read ``text`` as EDTF, else by the grammar, else with dateparser."""
    s = _normalise(text).strip(' "“”,;:')
    if not s:
        return None
    if EDTF_CHARS.fullmatch(s):
        if signed_edtf(s):
            return None
        found = from_edtf(text, s)
        if found is not None or EDTF_ONLY.search(s) or ("/" in s and "-" in s):
            return found
    toks = tokenize(s)
    span = Parser(toks, pub, forward=forward).first_span()
    if span is None:
        span = fallback(s, toks, pub)
    if span is None:
        return None
    return Resolution(text, span.start, span.end, span.precision, edtf_of(span), span.approximate)


@functools.lru_cache(maxsize=65536)
def _resolve_cached(text: str, pub: Date | None, forward: bool = False) -> Resolution | None:
    """:func:`_resolve_uncached`, remembered, with calendar overflows read as no date."""
    try:
        return _resolve_uncached(text, pub, forward)
    except (ValueError, OverflowError):
        # Arithmetic left the calendar (a year past 9999): no date we can hold. Anything
        # else, IndexError or KeyError included, is a bug and is raised; NeedsPublished
        # goes to the caller.
        return None


def resolve_strict(text: str, pub: Date | None, *, forward: bool = False) -> Resolution | None:
    """Like :func:`resolve`, but raise :class:`NeedsPublished` when ``pub`` is needed.

    With ``forward``, a date without a year is the first on or after ``pub`` (the finder
    sets it when the words before a date speak of the future).
    """
    if not isinstance(text, str) or len(text) > MAX_CHARS or len(text.split()) > MAX_WORDS:
        return None
    return _resolve_cached(text, pub, forward)


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

    Examples
    --------
    >>> publication_date("Oct. 9, 2017")
    datetime.date(2017, 10, 9)
    >>> publication_date("2017-10-09T18:30:00")
    datetime.date(2017, 10, 9)
    """
    pub = _read_published(published)
    if pub is not None and not FIRST_DATE <= pub <= LAST_DATE:
        raise OutOfRange(
            f"publication date {pub.isoformat()} is outside the supported range "
            f"{FIRST_DATE.isoformat()} to {LAST_DATE.isoformat()}"
        )
    return pub


class OutOfRange(ValueError):
    """A date outside :data:`FIRST_DATE` to :data:`LAST_DATE`, which no case can hold."""


def _read_published(published: object) -> Date | None:
    """A publication date in any accepted form, before its range is checked."""
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
            found = resolve_strict(s, None)
        except NeedsPublished:
            found = None
        if found is not None and found.precision == "day" and found.start == found.end:
            return found.start
        raise ValueError(f"not a date: {published!r} (expected YYYY-MM-DD, e.g. 2017-10-09)")
    if isinstance(published, (np.datetime64, pd.Timestamp)):
        ts = pd.Timestamp(published)
        if pd.isna(ts):
            return None
        return ts.date()
    raise ValueError(f"not a date: {published!r} (expected YYYY-MM-DD, e.g. 2017-10-09)")


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
        res = resolve_strict(text, pub)
    except NeedsPublished:
        return None
    return None if res is None else on_named_day(text, res)


# Day-in-brackets convention: Sri Lankan copy names the day of the month after its weekday,
# "on Wednesday (1)", "Tuesday (14)"; British copy writes "Wednesday the 1st". The weekday
# alone is read as the nearest one; the number says which.
DAY_AFTER: Final = re.compile(r"\s*\((\d{1,2})\)|\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b")
_WEEKDAY_THEN_DAY: Final = re.compile(
    rf"\W*(?:on\s+)?(?:{'|'.join(WEEKDAY_NAMES)})(?={DAY_AFTER.pattern}\W*$)", re.IGNORECASE
)


def on_named_day(text: str, res: Resolution) -> Resolution:
    """``res``, a weekday's day, moved to the day of the month ``text`` writes after the
    weekday: the one with that weekday nearest to ``res`` (unchanged if none is near)."""
    m = _WEEKDAY_THEN_DAY.match(text)
    named = res.start
    if m is None or res.precision != "day" or named is None:
        return res
    after = DAY_AFTER.match(text, m.end())
    day = int(after.group(1) or after.group(2)) if after is not None else 0
    month = named.year * 12 + named.month - 1
    near = [
        d
        for step in range(-3, 2)
        if (d := _day_of(month + step, day)) is not None and d.weekday() == named.weekday()
    ]
    if not near:
        return res
    when = min(near, key=lambda d: abs((d - named).days))
    return Resolution(res.text, when, when, "day", when.isoformat(), False)


def _day_of(months: int, day: int) -> datetime.date | None:
    """The ``day`` of the month counted ``months`` from year 0, if that month has it."""
    try:
        return datetime.date(months // 12, months % 12 + 1, day)
    except ValueError:
        return None
