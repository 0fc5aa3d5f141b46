"""Official figures: a count or a trend a story gives as the background of its matter."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["figure_lane"]

# Statistics convention: a count or a trend credited to figures ("There were about 1,900
# children in foster placements, according to ministry figures", "948 ships called at the
# port, up from 824, according to port authority figures", "Reports of property crime rose
# by a third, police figures show") sets the scene the story's matter happens in: context,
# not a deed the story has caught the party in.
_FIGURES: Final = re.compile(r"\b(?:figures|statistics|data|census)\b", re.IGNORECASE)
_TREND: Final = re.compile(
    r"\b(?:rose|fell|increased|decreased|grew|dropped|declined|doubled|tripled|halved|climbed"
    r"|up\s+from|down\s+from|there\s+(?:were|was|are)\s+(?:about\s+|some\s+|an\s+estimated\s+"
    r"|nearly\s+|more\s+than\s+|almost\s+)?[\d,.]+"
    # (or a share of all: "Around one in five homes is now privately rented")
    r"|one\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|compared\s+with)",
    re.IGNORECASE,
)
# (not a shortfall the figures expose: "no inspection", "never paid", "not one")
_FAILING: Final = re.compile(
    r"\b(?:no|not|never|none|nobody|failed|missed|unpaid)\b", re.IGNORECASE
)


def figure_lane(s: str, evidence: tuple[int, int], content: tuple[int, int]) -> str:
    """The lane of ``s[content]``, credited to ``s[evidence]``: context for a count or a
    trend the figures give (see ``_FIGURES``, ``_TREND``) with no failing in it, else the
    practice the evidence shows.

    >>> s = "948 ships called at the port, up from 824, according to port figures."
    >>> figure_lane(s, (s.index("according"), len(s) - 1), (0, s.index(", according")))
    'context'
    >>> s = "One in five homes is privately rented, according to the 2021 census."
    >>> figure_lane(s, (s.index("according"), len(s) - 1), (0, s.index(", according")))
    'context'
    >>> s = "No inspection was made in 2019, according to the council's figures."
    >>> figure_lane(s, (s.index("according"), len(s) - 1), (0, s.index(", according")))
    'practice'
    """
    shown = s[content[0] : content[1]]
    background = (
        _FIGURES.search(s, *evidence) is not None
        and _TREND.search(shown) is not None
        and _FAILING.search(shown) is None
    )
    return "context" if background else "practice"
