"""A quotation told twice: a fragment quoted first and the whole of it quoted later."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.draft.lede import merged, same_actor
from timeline.draft.model import DraftEvent, DraftLink
from timeline.draft.quotes import quote_outside_words, quote_spans
from timeline.draft.words import STATEMENT

__all__ = ["FRAGMENT_MIN", "drop_fragments"]

FRAGMENT_MIN = 2
"""Words a quoted fragment must hold to be recognised inside a later, fuller quotation."""
_NEAR = 3
"""Paragraphs within which the fuller quotation must follow."""
_TELLS_MORE = 16
"""Words of its own after the verb past which a paraphrase tells more than its fragment."""
_CALLED = re.compile(r"\b(?:call(?:ed|s)|describ(?:ed|es))\b")


def _quoted(event: DraftEvent) -> list[str]:
    """The quotations in an event's clause, lowercased, with runs of spaces made one."""
    return [
        " ".join(event.clause[a:b].lower().strip(" .,;:!?").split())
        for a, b in quote_spans(event.clause)
    ]


def _fuller(event: DraftEvent, later: Sequence[DraftEvent]) -> DraftEvent | None:
    """The later event that quotes the whole of what ``event`` quotes in part, if any."""
    quoted = _quoted(event)
    fragments = [q for q in quoted if len(q.split()) >= FRAGMENT_MIN]
    if not fragments or len(fragments) != len(quoted):
        return None
    # (a fragment set in a paraphrase that tells more, "said the measure counts only
    # 'complete applications' and that the clock starts again whenever ...", is no retelling)
    outside = " ".join(quote_outside_words(event.clause))
    verb = STATEMENT.search(outside) or _CALLED.search(outside)
    told = len(outside[verb.end() if verb is not None else 0 :].split())
    if told > _TELLS_MORE and told > 2 * sum(len(q.split()) for q in quoted):
        return None
    for other in later:
        if other.para <= event.para or other.para > event.para + _NEAR:
            continue
        if other.lane != event.lane or not same_actor(event.actor, other.actor):
            continue
        whole = " ".join(_quoted(other))
        if not whole and event.actor and other.actor:
            # a post the story sets as a paragraph of its own carries no quotation marks
            whole = " ".join(other.clause.lower().split())
        if whole and all(f in whole and len(f) < len(whole) for f in fragments):
            return other
    return None


def drop_fragments(
    events: list[DraftEvent], links: list[DraftLink]
) -> tuple[list[DraftEvent], list[DraftLink]]:
    """Drop an event that quotes a fragment the story then quotes in full, moving its links.

    Quotation convention: a story often gives a speaker's words first as a fragment woven
    into its own sentence ('Duncan called it a "stunning revelation."') and then the whole
    quotation ('"This is a stunning revelation ...," Duncan wrote.'). Both tell one
    utterance: the fuller quotation, by a compatible speaker in the same lane within a
    few paragraphs, is the event to keep. One fact drawn twice from one paragraph, under one
    headline in one lane ("The clarification came days after the Herald visited the mill"
    and "the Herald visited the mill"), is kept once.
    """
    moved: dict[str, str] = {}
    seen: dict[tuple[int, str, str], str] = {}
    for k, event in enumerate(events):
        if (twice := seen.setdefault((event.para, event.lane, event.title), event.id)) != event.id:
            moved[event.id] = twice
            continue
        fuller = _fuller(event, events[k + 1 :])
        if fuller is not None:
            moved[event.id] = fuller.id
    return merged(events, links, moved)
