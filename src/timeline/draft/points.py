"""A paragraph's point: the sentence that stands for a paragraph no cue word drafted."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Final

from timeline.draft.sentences import Sentence

__all__ = ["point_of"]

# Transition convention: "Behind the scenes, however, things were playing out
# differently." turns the story without telling anything itself.
_TRANSITION: Final = re.compile(
    r"\b(?:differently|a\s+different\s+(?:story|picture)|another\s+story|what\s+happened\s+next"
    r"|(?:that|this)\s+(?:is|was)\s+not\s+(?:the\s+)?(?:case|all|so))\b",
    re.IGNORECASE,
)
_FEWEST_WORDS: Final = 6


def point_of(bare: Sequence[Sentence], drafted: Collection[int]) -> Sentence | None:
    """The sentence to draft as the point of a paragraph that gave no event, if any.

    Paragraph convention: news copy makes one point a paragraph; a paragraph with no cue
    word and no date still tells something the story needs, background at least. Its
    first sentence that gave no event stands for it, unless the paragraph gave one
    (``drafted`` holds the paragraphs that did), or the sentence is the headline, a
    question, a fragment or a transition.

    Parameters
    ----------
    bare : sequence of Sentence
        The sentences of one paragraph that gave no event, in order.
    drafted : collection of int
        The paragraphs that gave an event.
    """
    if not bare or bare[0].para in drafted or bare[0].para == 0:
        return None
    first = bare[0]
    text = first.text.rstrip()
    if len(text.split()) < _FEWEST_WORDS or text.endswith(("?", "?”", '?"')):
        return None
    return None if _TRANSITION.search(text) else first
