"""Whom an "according to" vouches for: a statement the clause reports, or evidence."""

from __future__ import annotations

import re
from typing import Final

from timeline.draft.words import STATEMENT

__all__ = ["PASSIVE_BEFORE", "vouched"]

_WRITTEN: Final = re.compile(r"wrote|writes|e-?mailed|texted|messaged", re.IGNORECASE)
_MESSAGES_NAMED: Final = re.compile(r"\b(?:e-?mails?|memos?|messages|texts|letters)\b", re.I)
_RELATIVE_BEFORE: Final = re.compile(r"\b(?:who|which)\s+(?:\w+\s+)?$", re.IGNORECASE)
# A verb in the passive ends just here: "was told", "were seen and heard"
PASSIVE_BEFORE: Final = re.compile(r"\b(?:was|were|been|be|being)\s+(?:\w+\s+and\s+)?\w*\s*$")


def vouched(part: str, opening: int, according: re.Match[str]) -> bool:
    """Whether "according to" vouches for a statement the clause reports, not evidence.

    "X said ..., according to WYFF": the source vouches for the statement, whose content
    stays a claim, not a fact the evidence shows ("X knew, the month before he said ..."
    is a fact that mentions a statement).
    """
    said = STATEMENT.search(part, opening, according.start())
    if said is None or PASSIVE_BEFORE.search(part[: said.start()]):
        return False
    # "A deputy who said a man lunged at him was standing 20 feet away, according to
    # video": what a relative clause says only describes the subject
    if _RELATIVE_BEFORE.search(part[: said.start()]):
        return False
    # "Ochoa wrote that ..., according to emails the Sentinel obtained": a line of them
    if _WRITTEN.fullmatch(said.group()) and _MESSAGES_NAMED.search(part, according.start()):
        return False
    return len(part[opening : said.start()].split()) <= 8
