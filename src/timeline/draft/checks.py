"""The newsroom's own check, set against the claim told just before it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Sequence
from typing import Final

from timeline.draft.model import DraftEvent, DraftLink
from timeline.draft.words import MASTHEAD, SITE_CHECK_VERBS

__all__ = ["NO_RECORD", "checked_claims"]

# Records-check convention: "The college has no record of Shah receiving a degree"
NO_RECORD: Final = re.compile(
    r"\bno\s+records?\s+(?:of|that)\s+(?-i:[A-Z])|\bcould\s+not\s+(?:confirm|verify|find)\s+(?:that\s+)?(?-i:[A-Z])\w+\s+(?:had\s+)?(?:ever\s+)?(?:worked|attended|graduated|served|received)",
    re.IGNORECASE,
)

# Check convention: "The club's secretary said on Monday that the ground was open to all
# from sunrise to sunset. When this correspondent visited at 10.30am on Sunday, the gate
# was locked." The story tests the claim it has just reported with what its own reporter
# found there: that finding contradicts the claim.
_WHEN_IT_CHECKED: Final = re.compile(
    r"^\W*(?:(?:But|Yet|And)\s+)?(?:[Ww]hen|[Aa]s)\s+(?:this\s+(?:correspondent|reporter|newspaper"
    rf"|paper)|(?:[Tt]he\s+)?{MASTHEAD}|(?:a\s+|our\s+)?reporters?)\s+(?:\w+\s+)?(?:{SITE_CHECK_VERBS})\b"
)


def checked_claims(
    events: Sequence[DraftEvent], have: Collection[tuple[str, str]]
) -> list[DraftLink]:
    """Links from what the newsroom found on its own check to the statement told in the
    sentence just before, in the same paragraph; ``have`` holds the pairs already linked.

    >>> from timeline.draft.model import DraftEvent
    >>> def e(i, lane, k, text):
    ...     return DraftEvent(i, lane, "", text, "article ¶3", "", "", text, "", k, text, "main")
    >>> said = e("a", "statement", 1, "The secretary said the gate was open all day.")
    >>> found = e("b", "practice", 2, "When this correspondent visited on Sunday, it was shut.")
    >>> [(k.source, k.target, k.relation) for k in checked_claims([said, found], set())]
    [('b', 'a', 'contradicts')]
    """
    out: list[DraftLink] = []
    for said, found in itertools.pairwise(events):
        checked = (
            said.lane == "statement"
            and found.lane in ("practice", "disclosure")
            and found.para == said.para
            and found.sentence == said.sentence + 1
            and _WHEN_IT_CHECKED.match(found.detail) is not None
        )
        if checked and (found.id, said.id) not in have:
            note = "The newsroom's own check, told right after this claim, tests it."
            out.append(DraftLink(found.id, said.id, "contradicts", note))
    return out
