"""The ``date`` cell of a drafted event: the article's words, or the EDTF they resolve to."""

from __future__ import annotations

import datetime

from timeline.dates import Found, resolve
from timeline.dates.edtf import EDTF_CHARS

__all__ = ["date_column", "undated"]


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
    if alone is None or (misread and (ahead or EDTF_CHARS.fullmatch(words))):
        return found.resolution.edtf
    return words


def undated(pub: datetime.date) -> str:
    """The ``date`` of an event the article does not date: on or before publication."""
    return f"../{pub.isoformat()}"
