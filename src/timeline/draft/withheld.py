"""Word withheld: those owed word of a problem, and not given it by the body that knew."""

from __future__ import annotations

import re
from typing import Final

from timeline.draft.denials import undenied
from timeline.draft.words import whole_words

__all__ = ["withheld"]

# Withholding convention: those owed word of a problem and not given it ("no one from the
# province told her community", "The authority never told the FAA", "Producers weren't
# told they could ask") were kept from it behind the scenes: a practice, whoever tells it.
_WITHHELD: Final = re.compile(
    r"(?:\bnever|\bnot|n[’']t|\b(?:no\s+one|nobody)(?:\s+from\s+(?:the\s+)?[\w’'-]+"
    r"(?:\s+[\w’'-]+)?)?)\s+(?:been\s+)?(?:told|informed|notified|warned|alerted)\b",
    re.IGNORECASE,
)
# A speaker's own "I was not told" is their defence, a claim (see admissions.HEARD) ...
_OWN_DEFENCE: Final = whole_words(
    r"(?:I|he|she|we)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:not|never)\s"
)
# ... a silence asked about is the question ("has asked staff to explain why council was
# never told"), and one the body is said to deny stays the denial (see denials).
_ASKED: Final = whole_words(r"why|whether|how")


def withheld(outside: str) -> bool:
    """Whether a clause tells of word withheld from those owed it (see above)."""
    found = undenied(_WITHHELD, outside)
    if found is None:
        return False
    return not (
        _OWN_DEFENCE.search(outside, 0, found.end()) or _ASKED.search(outside, 0, found.start())
    )
