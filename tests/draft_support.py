"""Drafting a story written for a test, and finding its events and links by their words."""

from __future__ import annotations

from timeline.draft import Draft, DraftEvent, draft

PUB = "2024-03-08"
"""The publication date of every story drafted here."""


def drafted(*paragraphs: str) -> Draft:
    """The draft of a story of these paragraphs under a plain headline, published ``PUB``."""
    return draft("A headline for the test\n\n" + "\n\n".join(paragraphs), PUB)


def holding(result: Draft, words: str) -> DraftEvent:
    """The drafted event with the shortest clause that holds ``words``."""
    return min((e for e in result.events if words in e.clause), key=lambda e: len(e.clause))


def linked(result: Draft, relation: str, source_words: str, target_words: str) -> bool:
    """Whether a ``relation`` link joins events holding ``source_words`` and ``target_words``."""
    by_id = {e.id: e for e in result.events}
    return any(
        k.relation == relation
        and source_words in by_id[k.source].clause
        and target_words in by_id[k.target].clause
        for k in result.links
    )
