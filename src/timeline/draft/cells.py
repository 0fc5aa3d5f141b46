"""The ``date`` cell of a drafted event: the article's words, or the EDTF they resolve to."""

from __future__ import annotations

import datetime
import re
from typing import Final

from timeline.dates import Found, resolve
from timeline.dates.edtf import EDTF_CHARS
from timeline.dates.words import MONTH_NAMES, WEEKDAY_NAMES

__all__ = ["DATE_LABEL", "MONTH_WORDS", "NAMES_A_THING", "date_column", "undated", "year_to"]

# Modifier convention: a date set after an article or a possessive names a thing ("the 2019
# figures", "the 2025 target", "the council's 2020 plan"), not the time of a deed.
NAMES_A_THING: Final = re.compile(r"(?:\b[Tt]he|\b[Aa]n?|\w[’']s)\s+$")
# Timeline convention: a list's entry opens with its date and a colon ("Aug. 3, 2022:
# Tests find ..."); the date is the event's date column, not its headline.
MONTH_WORDS: Final = "|".join(n for names in MONTH_NAMES for n in names)
DATE_LABEL: Final = re.compile(
    rf"^(?:(?:early|mid|late)[\s-]+)?(?:(?:{MONTH_WORDS})\.?(?:\s+\d{{1,2}}(?:\s*(?:-|–|to)\s*\d{{1,2}})?)?,?"
    rf"(?:\s+\d{{4}})?|\d{{4}}"
    rf"|{'|'.join(WEEKDAY_NAMES)}|today|yesterday)\s*:\s+(?=\S)",
    re.IGNORECASE,
)


def date_column(found: Found, pub: datetime.date, *, ahead: bool = False) -> str:
    """An event's ``date``: the article's words when they resolve alone, else the EDTF.

    ``ahead``: the words before the date tell of what is to come ("a trial is scheduled
    for February"); the words alone would be read as past, so the EDTF the finder read
    stands (the note keeps the words).
    """
    words = " ".join(found.text.split())
    alone = resolve(words, pub)
    # (words that a case reads as EDTF, "2022-23", keep the reading of the story: the two
    # years, not EDTF's autumn)
    misread = alone is not None and alone.edtf != found.resolution.edtf
    # (words read against a date named before, "July 14 of that year", mean the reading in
    # context, which the words alone cannot carry)
    in_context = found.context is not None
    if alone is None or (misread and (ahead or in_context or EDTF_CHARS.fullmatch(words))):
        return found.resolution.edtf
    return words


def undated(pub: datetime.date) -> str:
    """The ``date`` of an event the article does not date: on or before publication."""
    return f"../{pub.isoformat()}"


# Accounts convention: "the fiscal year that ended June 30, 2017" is the year up to that day.
_YEAR_ENDED: Final = re.compile(
    r"\b(?:fiscal|financial|budget|school|tax)\s+year\s+(?:that\s+|which\s+)?(?:ended|ending|ends)"
    r"\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def year_to(found: Found, before: str) -> str | None:
    """The year ending on the day ``found`` names, when the words ``before`` it say so."""
    ended = found.resolution.end
    if ended is None or found.resolution.start != ended or not _YEAR_ENDED.search(before):
        return None
    begun = ended.replace(year=ended.year - 1) + datetime.timedelta(days=1)
    return f"{begun.isoformat()}/{ended.isoformat()}"
