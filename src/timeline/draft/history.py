"""History: a body's founding, told as background to what it went on to do."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["founding_told"]

# Background convention: a body's founding told in the passive with its year ("Ness Leisure
# was set up by the council in 2015 and runs 11 venues", "The fund was set up in 2005 to
# step in when an employer goes bust") is background to what the story tests, not a deed.
_FOUNDED: Final = re.compile(
    r"^\W*(?:[\w’'-]+\s+){1,6}?(?:was|were)\s+(?:set\s+up|founded|established|created|formed"
    r"|launched)(?:\s+by\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?\s+in\s+(?:the\s+)?(?:1[89]|20)\d\d"
    r"s?\b"
)


def founding_told(clause: str) -> bool:
    """Whether ``clause`` tells a body's founding, with its year (see ``_FOUNDED``).

    >>> founding_told("Ness Leisure was set up by the council in 2015 and runs 11 venues")
    True
    >>> founding_told("The account was used in 2015 to move the money")
    False
    """
    return _FOUNDED.match(clause) is not None
