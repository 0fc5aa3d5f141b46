"""Promises: what a speaker says will be done, a claim to test or the story's aftermath."""

from __future__ import annotations

import re
from typing import Final

from timeline.draft.messages import PRIVATE
from timeline.draft.words import whole_words

__all__ = ["PLEDGE", "pledged"]

# Pledge convention: "said he would ask the board to review", "says she'll ask council":
# what a speaker says they will do is their promise, even when the promise is a review or
# names the records; see :func:`pledged` for the lane.
PLEDGE: Final = whole_words(
    r"(?:said|says|told\s+\w+)(?:\s+(?:on\s+)?\w+day)?\s+(?:that\s+)?(?:he|she|they|it|we|I"
    r"|the\s+[a-z][\w-]*|(?:his|her|its|their)\s+[a-z][\w-]*)(?:\s+(?:would|will)|[’']ll)\s+"
    r"(?!not\b|never\b|be\s+able\b)"
)
# A promise told as still to come when the story ran ("says", "will", "she'll") ...
_STILL_TO_COME: Final = re.compile(r"\b(?:says|tells|will)\b|[’']ll\b", re.IGNORECASE)
# ... to seek a review, a hearing or a law.
_SEEKS: Final = re.compile(
    r"(?:\w+ly\s+)?(?:ask|seek|request|call\s+for|push\s+for|press\s+for|introduce|table|file"
    r"|bring\s+(?:a|forward)|move\s+a|take\s+up|raise|summon|demand)\b",
    re.IGNORECASE,
)


def pledged(outside: str) -> str | None:
    """The lane of the promise a clause makes, if it makes one.

    Tense convention: a promise still to be kept when the story ran to seek a review, a
    hearing or a law ("says she'll ask council for an independent review", "said he will
    introduce legislation") is the aftermath the story ends on: context. A promise of what
    will be done ("said it will replace every valve"), or one told in the past ("said she
    would ask the auditor"), is a claim the story can test: a statement. One made inside
    (a message, a meeting) is no public promise: None, for the caller to judge.
    """
    pledge = PLEDGE.search(outside)
    if pledge is None or PRIVATE.search(outside):
        return None
    seeks = _STILL_TO_COME.search(pledge.group()) and _SEEKS.match(outside, pledge.end())
    return "context" if seeks else "statement"
