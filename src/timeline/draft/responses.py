"""Bounds a report takes from the dated responses that name its publisher."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from timeline.draft.cells import undated
from timeline.draft.model import DraftEvent
from timeline.draft.quotes import quote_outside_words
from timeline.draft.sentences import Sentence

__all__ = ["answered_reports"]

_NAME: Final = r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*"
# "the Wall Street Journal's reporting", "the WSJ reporting", "the Herald's findings": a
# piece of reporting named by its publisher.
_NAMED_REPORT: Final = re.compile(
    rf"\b(?:the\s+)?(?P<owner>{_NAME})(?:[’']s)?\s+(?:own\s+|recent\s+|latest\s+)?"
    r"(?P<noun>reporting|reports?|stor(?:y|ies)|articles?|investigation|series|findings"
    r"|coverage|audit|review|analysis)\b"
)
# A run of capitalised words, as a story names a publisher or body.
_PROPER: Final = re.compile(r"\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*")
# "The Journal", "the Herald": the short form a story uses once the full name is given.
_THE_SHORT: Final = re.compile(r"\bthe\s+([A-Z][a-z]{3,})\b")
_NOT_NAMES: Final = frozenset({"The", "A", "An", "In", "On", "But", "And", "Its", "Their"})


def _outside(text: str) -> str:
    return " ".join(quote_outside_words(text))


def _keys(name: str) -> set[str]:
    """The ways a story names one publisher: in full, by its initials, by its last word."""
    words = [w for w in name.split() if w not in _NOT_NAMES]
    if not words:
        return set()
    keys = {" ".join(words)}
    if len(words) > 1:
        keys |= {"".join(w[0] for w in words), words[-1]}
    return keys


def _named_keys(text: str) -> set[str]:
    """The keys of every name a disclosure's sentence gives."""
    keys: set[str] = set()
    for m in _PROPER.finditer(text):
        keys |= {k for k in _keys(m.group(0)) if " " in k or k.isupper()}
    keys |= {m.group(1) for m in _THE_SHORT.finditer(text)}
    return keys


def answered_reports(
    events: Sequence[DraftEvent], sentences: Sequence[Sentence], pub: datetime.date
) -> list[DraftEvent]:
    """The events, each undated report bounded by the first response that names it.

    Response convention: a response names what it answers, often by its publisher ("Clegg
    characterized the Wall Street Journal's reporting as ...", "the department disputed
    the Herald's findings on Thursday"). A report the article does not date was out by
    the day of the earliest dated event that names its publisher's reporting, so it
    is bounded "on or before" that day, with a ``date_note`` naming the response.

    Parameters
    ----------
    events : sequence of DraftEvent
        The drafted events, dated as far as their own words and ties allow.
    sentences : sequence of Sentence
        The article's sentences, to read each report's whole sentence.
    pub : datetime.date
        The publication date.

    Returns
    -------
    list of DraftEvent
    """
    bound = undated(pub)
    answers: list[tuple[datetime.date, str, set[str], DraftEvent]] = []
    for e in events:
        span = e.span(pub) if e.date != bound else None
        if span is None or span.end is None or span.end >= pub:
            continue
        for m in _NAMED_REPORT.finditer(_outside(e.clause)):
            keys = _keys(m.group("owner"))
            if keys:
                right = span.edtf.rpartition("/")[2] or span.edtf
                answers.append((span.end, right, keys, e))
    if not answers:
        return list(events)
    out: list[DraftEvent] = []
    for e in events:
        if e.lane == "disclosure" and e.date == bound:
            names = _named_keys(_outside(sentences[e.sentence].text))
            named = [(end, right, r) for end, right, keys, r in answers if keys & names]
            if named:
                _, right, answer = min(named, key=lambda x: x[0])
                e = replace(
                    e,
                    date=f"../{right}",
                    date_note=(
                        f"Inferred: the response in {answer.source} ('{answer.date}') names "
                        f"this reporting, so it was out on or before {right}."
                    ),
                )
        out.append(e)
    return out
