"""What passed inside a body, out of public view: orders to its staff, warnings, news kept back."""

from __future__ import annotations

import re
from typing import Final

from timeline.draft.words import whole_words

__all__ = ["passed_inside"]

# The body's own people, told what to do or telling it what they saw.
_STAFF: Final = (
    r"(?:staff|workers|employees|crews?|officers|inspectors|nurses|guards|drivers|adjusters"
    r"|rangers|clerks|examiners|technicians|operators|teachers|wardens|agents|assessors"
    r"|readers|miners|porters|attendants)"
)
_BOSSES: Final = r"(?:supervisors?|managers?|bosses|boss|foremen|foreman|superiors?)"
# Order convention: what a body tells its own staff to do ("staff were told to 'mark it
# pending'", "supervisors instructed them to skip the locked gates") is how it ran things
# behind the scenes, whoever tells the story of the order.
_ORDERED: Final = whole_words(
    rf"{_STAFF}\s+(?:were|was|had\s+been|have\s+been|are)\s+(?:told|instructed|ordered"
    r"|directed)\s+to"
    rf"|{_BOSSES}\s+(?:had\s+)?(?:told|instructed|ordered|directed)\s+(?:them|us|him|her|me"
    rf"|{_STAFF})\s+to"
)
# Warning convention: a problem reported to the body in private ("says he reported loose
# blocks to the harbour office", "raised the dead phone with his foreman", "wrote to the
# district office in February and again in April") is what the body was told behind the
# scenes: a practice, what it knew, not a public claim of the one who warned it.
_BODY: Final = (
    rf"(?:{_BOSSES}|office|department|authority|council|ministry|agency|company|corporation"
    r"|district|board|hotline|director|management)"
)
_RAISED: Final = whole_words(
    r"(?:raised|reported|flagged)\s+(?:[\w’'-]+\s+){1,8}?(?:with|to)\s+(?:(?:his|her|their|the"
    rf"|a|its)\s+)?(?:[\w’'-]+\s+){{0,2}}?{_BODY}"
    rf"|(?:wrote|complained)\s+to\s+(?:the|his|her|its|their)\s+(?:[\w’'-]+\s+){{0,3}}?{_BODY}"
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:times|twice|again|repeatedly)"
    rf"|(?:sent|emailed)\s+(?:[\w’'-]+\s+){{1,8}}?to\s+(?:(?:his|her|their|the)\s+)?{_BOSSES}"
)
# Withholding convention: those owed word of a problem and not given it ("no one from the
# province told her community", "The authority never told the FAA", "Producers weren't
# told they could ask") were kept from it behind the scenes. A speaker's own "I was not
# told" is their defence, a claim (see admissions.HEARD), and is left to the statement.
_WITHHELD: Final = re.compile(
    r"(?:\bnever|\bnot|n[’']t|\b(?:no\s+one|nobody)(?:\s+from\s+(?:the\s+)?[\w’'-]+"
    r"(?:\s+[\w’'-]+)?)?)\s+(?:been\s+)?(?:told|informed|notified|warned|alerted)\b",
    re.IGNORECASE,
)
# (nor is a silence asked about: "has asked staff to explain why council was never told")
_ASKED: Final = whole_words(r"why|whether|how")
_OWN_DEFENCE: Final = whole_words(
    r"(?:I|he|she|we)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:not|never)\s"
)
# (what the body is said to have denied stays the denial: "He denied that staff had been
# told to ignore safety concerns")
_DENIED: Final = whole_words(r"denied|denies|disputed|disputes|rejected|rejects|insisted")


def passed_inside(outside: str) -> bool:
    """Whether a clause tells an order, a warning or a silence inside a body (see above)."""
    for pattern in (_ORDERED, _RAISED, _WITHHELD):
        found = pattern.search(outside)
        if found is None or _DENIED.search(outside, 0, found.start()):
            continue
        if pattern is not _WITHHELD or not (
            _OWN_DEFENCE.search(outside, 0, found.end()) or _ASKED.search(outside, 0, found.start())
        ):
            return True
    return False
