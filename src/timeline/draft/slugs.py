"""Content words: what a text is about, matched between events and made into event ids."""

from __future__ import annotations

import unicodedata
from typing import Final

from timeline.dates.words import MONTH_NAMES, WEEKDAY_NAMES
from timeline.draft.words import ATTRIBUTION_WORDS, STOP, TOKEN
from timeline.text import fold

__all__ = ["content_words", "salient_words", "slug_for"]


def content_words(text: str) -> set[str]:
    """Lowercase words of a text without common function words (for ids and matching)."""
    plain = unicodedata.normalize("NFKD", fold(text)).encode("ascii", "ignore").decode()
    words = TOKEN.findall(plain.lower().replace("'s ", " ").replace("'s", ""))
    return {w for w in words if w not in STOP and len(w) > 1}


def salient_words(text: str) -> set[str]:
    """The content words of a text that name its subject, not its attribution; a plural
    counts as its singular ("targets" and "a target" name one subject)."""
    return {
        _singular(w)
        for w in content_words(text) - ATTRIBUTION_WORDS - _DATE_WORDS
        if not w.isdigit()  # "Jan. 11", "2018": when, not what it is about
    }


_DATE_WORDS: Final = frozenset({*(m for names in MONTH_NAMES for m in names), *WEEKDAY_NAMES})


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def slug_for(title: str, taken: set[str]) -> str:
    """A new event id made from a title's first content words; ``taken`` gets it."""
    plain = unicodedata.normalize("NFKD", fold(title)).encode("ascii", "ignore").decode()
    words = [w for w in TOKEN.findall(plain.lower().replace("'", "")) if w not in STOP]
    base = "-".join(words[:5]) or "event"
    slug, k = base, 2
    while slug in taken:
        slug, k = f"{base}-{k}", k + 1
    taken.add(slug)
    return slug
