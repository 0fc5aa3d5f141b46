"""Datelines that carry the day a story was filed, and the days its words count from it."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from timeline.dates import resolve
from timeline.draft.model import DraftEvent

__all__ = ["filed_day", "from_filed_day"]

# Filing convention: South Asian and some wire copy sets the day it was filed after the
# city ("GUWAHATI, July 15: ...", "Mysuru, 14 June -"), and the paper prints it the next
# morning; "today" and "yesterday" in that copy count from the dateline's day, not from the
# paper's.
_FILED_ON: Final = re.compile(
    r"^[A-Z][A-Za-z.’' -]{1,40},\s+(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:\s+\([A-Z]+\))?\s*(?::|[—–]|\s-)"
)
_FROM_THAT_DAY: Final = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "yesterday morning": -1,
    "yesterday afternoon": -1,
    "yesterday evening": -1,
    "last night": -1,
    "tomorrow": 1,
}
_LATEST: Final = 3
"""How many days before the paper's date a dateline's day may fall."""


def filed_day(lede: str, pub: datetime.date) -> datetime.date | None:
    """The day the dateline opening ``lede`` says the story was filed, when that is one
    to :data:`_LATEST` days before ``pub``; else None (a dateline of the paper's own day
    changes nothing)."""
    m = _FILED_ON.match(lede)
    if m is None:
        return None
    day = resolve(m.group("day"), pub)
    if day is None or day.start is None or day.start != day.end:
        return None
    gap = (pub - day.start).days
    return day.start if 0 < gap <= _LATEST else None


def from_filed_day(
    events: Sequence[DraftEvent], lede: str | None, pub: datetime.date
) -> list[DraftEvent]:
    """The events, each dated "today" or "yesterday" counted from the dateline's day."""
    day = filed_day(lede, pub) if lede else None
    if day is None:
        return list(events)
    out: list[DraftEvent] = []
    for event in events:
        shift = _FROM_THAT_DAY.get(" ".join(event.date.lower().split()))
        if shift is None:
            out.append(event)
            continue
        when = day + datetime.timedelta(days=shift)
        note = (
            f"Inferred: '{event.date}' counts from the dateline's day, {day.isoformat()}, when "
            f"the story was filed; the paper is dated {pub.isoformat()}."
        )
        out.append(replace(event, date=when.isoformat(), date_note=note))
    return out
