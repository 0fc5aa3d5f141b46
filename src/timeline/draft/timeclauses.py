"""Time clauses set by a statement: words of saying that tell when, not who told it."""

from __future__ import annotations

import re
from typing import Final

from timeline.draft.words import STATEMENT

__all__ = ["unsaid"]

# Reduced-relative convention: "The directive Kowalski announced was never written" names a
# thing by what was said of it (one space: a quotation blanked between is what was said).
_SAID_OF: Final = re.compile(r"\b(?:said|told|wrote|[a-z]+ed)(?= (?:was|were|is|are|had)\b)")

_SAYING: Final = (
    r"(?:\w+\s+)?(?:testified|spoke|said|told|wrote|announced|tweeted|posted|appeared|assured"
    r"|insisted|claimed"
)
# Time-clause convention: "Two weeks before he testified, the database listed ..." sets
# the main clause's time by a statement; the saying is when, not who told it.
_SAID_WHEN: Final = re.compile(
    r"^\W*(?:(?:[\w’'-]+\s+){0,3}?)(?i:before|after|when|since|until|while|once)\s+"
    r"(?:he|she|they|we|it|(?:the\s+)?[\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})\s+"
    rf"{_SAYING}"
    # (or by the newsroom's questions: "When the Courier put the figures to it, ...")
    r"|(?:put|sent|showed|presented|took)\b[^,;“”\"]{0,40}?\bto)\b[^,;“”\"]{0,60},"
    # ... or set last, after a dash or a comma: "The warning was finally issued Jan. 12 —
    # seven months after the ministry said publicly that it had no concerns"
    r"|(?:,|\s[—–])\s+(?:[\w’'-]+\s+){0,3}?(?:before|after|since|until)\s+"
    rf"(?:he|she|they|we|it|(?:the\s+)?(?:[\w’'.-]+\s+){{1,3}}?){_SAYING})\b[^,;]*$"
)


# ... and an attribution set off inside a relative clause, which credits only its detail:
# "challenged the panel, none of whom, he said, lived on reserve"
_ASIDE_IN_RELATIVE: Final = re.compile(
    r"(\b(?:whom|which|who)),\s+(?:he|she|they|it)\s+(?:said|says),"
)


def unsaid(outside: str) -> str:
    """``outside`` with each verb of saying in a reduced relative clause blanked, a time
    clause set by a statement ("Days before she testified, ..."), and an attribution set
    off inside a relative clause ("none of whom, he said, lived there").

    >>> unsaid("It was issued in May, weeks after the mayor said it was not needed.").rstrip()
    'It was issued in May'
    """
    outside = _SAID_WHEN.sub(lambda m: " " * len(m.group()), outside)
    outside = _ASIDE_IN_RELATIVE.sub(lambda m: m.group(1) + " " * (m.end() - m.end(1)), outside)
    return _SAID_OF.sub(
        lambda m: " " * len(m.group()) if STATEMENT.fullmatch(m.group()) else m.group(), outside
    )
