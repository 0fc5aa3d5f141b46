"""A report's judgment in its own quoted words: its finding, not the deed it judges."""

from __future__ import annotations

import re
from typing import Final

from timeline.draft.figures import figure_lane
from timeline.draft.quotes import quote_spans

__all__ = ["CHECK_FOUND", "quoted_verdict", "shown_lane"]

# Finding convention: "The ballot measure “does not include parking facilities,” the report
# says" quotes the overseer's conclusion, set after what it judges; the report's words are
# its finding made public (a disclosure), while what records show in the reporter's own
# words ("the report says $2.3 million went elsewhere") is the practice they show.
_REPORT_SAYS: Final = re.compile(
    r"\W*(?:the|an?|its)\s+(?:[\w’'-]+\s+){0,2}?(?:report|audit|review|inquiry|investigation"
    r"|inspection|auditors?|inspectors?|investigators?|findings)\s+(?:says|said|states|stated"
    r"|concludes|concluded|adds|added)\b",
    re.IGNORECASE,
)
# ... and a check set first as the subject that found, credited after it ("A joint
# inspection carried out on January 18 found “fresh carcass remains” at both sites, it
# said"; "An internal audit completed in November flagged the tags as irregular, according
# to a copy of the audit report"): the check's finding, not the speaker's claim nor a deed.
CHECK_FOUND: Final = re.compile(
    r"\W*(?:An?|The|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:inspection|audit|review|investigation|survey"
    r"|test|analysis)\b[^,;“”\"]{0,80}?\b(?:found|showed|recorded|revealed|flagged|concluded"
    r"|identified)\b"
)
_SHARE: Final = 0.4
"""The share of the judged words that must be the report's own, quoted."""


def quoted_verdict(s: str, evidence: tuple[int, int], content: tuple[int, int]) -> bool:
    """Whether ``s[content]``, credited after it to the report named at ``s[evidence]``, is
    mostly the report's own quoted words: its verdict.

    >>> s = 'The lease "does not include the car park," the report says.'
    >>> quoted_verdict(s, (s.index("the report"), len(s) - 1), (0, s.index(" the report")))
    True
    >>> s = "The city moved $2 million out of the fund, the report says."
    >>> quoted_verdict(s, (s.index("the report"), len(s) - 1), (0, s.index(", the report")))
    False
    """
    if evidence[0] < content[1] or _REPORT_SAYS.match(s, evidence[0]) is None:
        return False
    words = len(s[content[0] : content[1]].split())
    quoted = sum(
        len(s[max(a, content[0]) : min(b, content[1])].split())
        for a, b in quote_spans(s)
        if a < content[1] and b > content[0]
    )
    return words > 0 and quoted / words >= _SHARE


def shown_lane(s: str, evidence: tuple[int, int], content: tuple[int, int]) -> str:
    """The lane of ``s[content]``, credited to the evidence at ``s[evidence]``: the report's
    finding where it is its quoted verdict, else as :func:`~timeline.draft.figures.figure_lane`
    files it."""
    return (
        "disclosure" if quoted_verdict(s, evidence, content) else figure_lane(s, evidence, content)
    )
