"""Reactions: what others make of a party's conduct once it is known, the story's background."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["demanded", "reacted"]

# Reaction convention: a story closes on what those the matter touched make of it ("said
# she felt misled", "said workers had been lied to", "said the minister owes the
# community an apology", "says people deserve to know"). The judgement is the aftermath,
# background (context), not a claim the story tests nor a fact it establishes; a party's
# denial that it misled anyone is its claim (see words.CLAIM_VERB, tested first).
_JUDGED: Final = re.compile(
    # (the words quoted or not: 'workers had been "lied to about the air they breathe"')
    r"\b(?:felt|feel|feels|were|was|had\s+been|have\s+been|being)\s+(?:[a-z]+ly\s+)?[“\"]?(?:misled"
    r"|lied\s+to"
    r"|let\s+down|betrayed|deceived|kept\s+in\s+the\s+dark|taken\s+aback|given\s+false\s+comfort)"
    r"|\btold\s+one\s+thing\b"
    r"|\bowes?\s+(?:[\w’'-]+\s+){0,4}?an\s+apology\b"
    r"|\b(?:deserve|deserves|want|wants|wanted)\s+to\s+know\b"
    r"|\bshould\s+(?:resign|step\s+down|be\s+asked\s+to\s+investigate|be\s+held\s+(?:to\s+)?account"
    # (or a body called to act on it: "said the accounts committee should summon its leaders")
    r"|summon|investigate|probe|be\s+(?:summoned|investigated|sacked|suspended|referred))\b",
    re.IGNORECASE,
)


def reacted(text: str) -> bool:
    """Whether ``text`` tells what someone makes of the party's conduct (see ``_JUDGED``).

    >>> reacted("Councilmember Ana Solis said Wednesday she felt misled.")
    True
    >>> reacted("The council said every bin was emptied.")
    False
    """
    return _JUDGED.search(text) is not None


# Demand convention: one outside the party who "called for" a step or "called on" a body to
# take it ("called on the commission to set up an independent panel", "demanded the
# results be published") answers the conduct; the call is the aftermath, context. (A
# body that orders the examination, "directed the city to assess", starts it: see
# oversight.EXAMINE_ORDER.)
_DEMANDED: Final = re.compile(
    r"\b(?:called|calls)\s+(?:on\s+(?:the\s+)?[^.;,“”\"]{1,80}?\s+to\s|for\s+(?:an?|the|its|his|her"
    r"|their|immediate|urgent|full)\s)"
    r"|\b(?:demanded|demands|demanding)\s+(?:that|an?|the|immediate)\b",
    re.IGNORECASE,
)


def demanded(outside: str) -> bool:
    """Whether a clause's words call for a step to be taken (see ``_DEMANDED``).

    >>> demanded("The rights group called for an independent inquiry.")
    True
    >>> demanded("The council said every bin was emptied.")
    False
    """
    return _DEMANDED.search(outside) is not None
