"""Drafting a story written for a test, and finding its events and links by their words."""

from __future__ import annotations

from collections.abc import Collection

from timeline.draft import TITLE_MAX, Draft, DraftEvent, draft
from timeline.draft.furniture import DATELINE

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


WIRES = {"AP", "Associated Press", "Reuters", "AFP"}
BARE_JOBS = {"spokesperson", "spokeswoman", "spokesman", "iii", "ix", "staff"}


def assert_title_and_actor(event: DraftEvent, datelines: Collection[str] = ()) -> None:
    """The issue's rules for a drafted event's title and actor.

    A title is plain and short: under 70 characters, no ellipsis, no dateline. An actor
    is a named person or body: not a wire credit or a dateline's city, and when there is
    one, a capitalised name without an article, not a bare job ("Spokeswoman") or numeral.
    """
    assert len(event.title) <= TITLE_MAX, event.title
    assert "…" not in event.title and "..." not in event.title, event.title
    assert DATELINE.match(event.title) is None, event.title
    # a wire's dateline credit "(AP)" names no actor; "a source told The Associated Press"
    # is that newsroom's reporting, and "The AP obtained ... and asked ..." its two acts
    told = DATELINE.sub("", event.detail)
    assert event.actor not in WIRES or event.actor in told, (event.id, event.actor)
    assert event.actor.lower() not in datelines, (event.id, event.actor)
    if event.actor:
        assert any(w[0].isupper() for w in event.actor.split()), (event.id, event.actor)
        assert event.actor.split()[0] not in ("A", "An"), (event.id, event.actor)
        assert event.actor.lower() not in BARE_JOBS, (event.id, event.actor)
