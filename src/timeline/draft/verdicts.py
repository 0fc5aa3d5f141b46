"""A report's judgment in its own quoted words: its finding, not the deed it judges."""

from __future__ import annotations

import re
from typing import Final

from timeline.draft.figures import figure_lane
from timeline.draft.quotes import quote_spans

__all__ = ["CHECK_FOUND", "quoted_verdict", "shown_lane", "verdict_only"]

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
# An account called untrue by a pronoun, and nothing more: "that was not the case", "this
# wasn't true", "it never happened".
_VERDICT_ONLY: Final = re.compile(
    r"(?:that\s+)?(?:(?:that|this|it)\s+)?(?:is|was|has\s+been|had\s+been|isn[’']t|wasn[’']t"
    r"|did\s+not|didn[’']t|never)\s+(?:not\s+|never\s+|seldom\s+|rarely\s+)?"
    r"(?:the\s+case|true|so|accurate|correct|happen|happened"
    # "found that is rarely what happens": the account called untrue, no fact of its own
    r"|what\s+happens|what\s+happened)\W*$",
    re.IGNORECASE,
)
# ... and a finding, by a report the sentence introduces, that the party misstated things
# ("An audit released Tuesday found that the authority “did not accurately represent the
# status of applications”"): a verdict on its account, the finding itself (see verdict_only).
_MISSTATED: Final = re.compile(
    r"[^.;]{0,80}?\b(?:did\s+not|didn[’']t|failed\s+to)\s+[“\"]?(?:accurately|fully|properly"
    r"|correctly)\s+(?:represent|report|describe|disclose|state|inform)|[^.;]{0,80}?\b(?:misrepresented"
    r"|misled|misstated|overstated|understated)\b",
    re.IGNORECASE,
)
_JOINING: Final = " \t\n,;:—–-"
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


def verdict_only(s: str, content: tuple[int, int], *, introduced: bool) -> bool:
    """Whether what records are credited with, ``s[content]``, is only a verdict on the
    account (``_VERDICT_ONLY``; or, for a report the sentence introduces, ``_MISSTATED``).

    >>> s = "Records show that was not the case."
    >>> verdict_only(s, (s.index(" that"), len(s)), introduced=True)
    True
    """
    text = s[content[0] : content[1]]
    a = content[0] + len(text) - len(text.lstrip(_JOINING))
    b = content[0] + len(text.rstrip(_JOINING + "."))
    return bool(_VERDICT_ONLY.match(s, a, b) or (introduced and _MISSTATED.match(s, a, b)))
