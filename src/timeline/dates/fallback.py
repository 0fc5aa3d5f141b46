"""dateparser, for the few numeric layouts the rules leave ("2017/10/09", "9-Oct-2017")."""

from __future__ import annotations

import datetime
import functools
from typing import Any

from timeline.dates.spans import Span, day_span, month_span
from timeline.dates.tokens import DECADE, NUMBER, PUNCT, QUANTITY, WORD, Token
from timeline.dates.words import FALLBACK_WORDS, MONTHS

Date = datetime.date


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


def fallback(s: str, toks: list[Token], pub: Date | None) -> Span | None:
    """Ask dateparser about numeric layouts the rules leave ("2017/10/09", "9-Oct-2017").

    Only short texts made of numbers, separators and date words are tried, and the
    answer is kept only if it accounts for every number and month name in the text.
    """
    if len(toks) > 8 or any(t.kind in (QUANTITY, DECADE) for t in toks):
        return None
    if any(t.kind is PUNCT and t.low not in "/.-," for t in toks):
        return None
    words = [t for t in toks if t.kind is WORD]
    numbers = [t for t in toks if t.kind is NUMBER]
    if not numbers or any(t.low not in FALLBACK_WORDS for t in words):
        return None
    named = [MONTHS[t.low] for t in words if t.low in MONTHS]
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
        return day_span(got.date())
    if data.period == "month" and named and not small:
        return month_span(got.year, got.month)
    return None
