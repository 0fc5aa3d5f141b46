"""Event ids: short slugs made from a title's first content words."""

from __future__ import annotations

import unicodedata

from timeline.draft.words import STOP, TOKEN
from timeline.text import fold

__all__ = ["slug_for"]


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
