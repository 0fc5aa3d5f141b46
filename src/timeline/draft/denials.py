"""Denials: a deed or a silence the party is said to deny stays the denial, a claim."""

from __future__ import annotations

import re
from typing import Final

from timeline.draft.words import whole_words

__all__ = ["undenied"]

# Denial convention: a practice told inside a denial ("He denied that anyone told staff to
# fill in the logs", "denies that staff had not been told") is the party's claim that it
# did not happen, not a report that it did.
_DENIED: Final = whole_words(
    r"denied|denies|disputed|disputes|rejected|rejects|insisted"
    # (or says it never did: "The lender said it never disabled a car without notice", "said
    # no car was disabled without notice")
    r"|(?:said|says|maintains|maintained)\s+(?:that\s+)?(?:(?:it|he|she|they|we|I)\s+"
    r"(?:had\s+|has\s+|have\s+)?never|no\s)"
)


def undenied(pattern: re.Pattern[str], outside: str) -> re.Match[str] | None:
    """The first match of ``pattern`` in a clause, unless the clause denies it first.

    >>> import re
    >>> told = re.compile(r"told staff to")
    >>> undenied(told, "He denied that anyone told staff to skip checks.") is None
    True
    >>> undenied(told, "A manager told staff to skip checks.") is not None
    True
    """
    found = pattern.search(outside)
    if found is None or _DENIED.search(outside, 0, found.start()):
        return None
    return found
