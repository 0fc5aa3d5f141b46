"""Promises: what a speaker says will be done, a claim to test or the story's aftermath."""

from __future__ import annotations

import re
from typing import Final

from timeline.draft.messages import PRIVATE
from timeline.draft.words import whole_words

__all__ = ["PLEDGE", "SCRUTINY", "TOLD_STEP", "pledged"]

# Pledge convention: "said he would ask the board to review", "says she'll ask council":
# what a speaker says they will do is their promise, even when the promise is a review or
# names the records; see :func:`pledged` for the lane.
PLEDGE: Final = whole_words(
    r"(?:said|says|told\s+\w+)(?:\s+(?:on\s+)?\w+day)?\s+(?:that\s+)?(?:he|she|they|it|we|I"
    r"|the\s+[a-z][\w-]*|(?:his|her|its|their)\s+[a-z][\w-]*)(?:\s+(?:would|will)|[’']ll)\s+"
    r"(?!not\b|never\b|be\s+able\b)"
)
# A step told by the one who takes it, promised or taken ("said she will ask", "said he has
# asked the chair to hold a hearing"): the telling is the event, dated by its speech verb.
TOLD_STEP: Final = whole_words(
    rf"{PLEDGE.pattern}"
    r"|(?:said|says)(?:\s+(?:on\s+)?\w+day)?\s+(?:that\s+)?(?:he|she|they|it|we|I)\s+(?:has|have|had)"
    r"\s+(?:already\s+)?(?:asked|written\s+to|requested|called\s+on|referred)\b"
    # (or one under way: "said in an email that it is considering an administrative penalty")
    r"|(?:said|says)\b[^.;]{0,30}?\b(?:he|she|they|it|we|I)\s+(?:is|are|was|were)\s+(?:now\s+)?"
    r"(?:considering|weighing|reviewing|investigating)\b"
)
# A promise told as still to come when the story ran ("says", "will", "she'll") ...
_STILL_TO_COME: Final = re.compile(r"\b(?:says|tells|will)\b|[’']ll\b", re.IGNORECASE)
# ... to seek a law or another step (a promise to examine, see _EXAMINES, comes first).
_SEEKS: Final = re.compile(
    r"(?:\w+ly\s+)?(?:ask|seek|request|call\s+for|push\s+for|press\s+for|introduce|table|file"
    r"|bring\s+(?:a|forward)|move\s+a|take\s+up|raise|summon|demand)\b",
    re.IGNORECASE,
)

# What examining the matter, or calling the party to account over it, is sought or promised
# as (see _EXAMINES, and oversight.EXAMINE_ORDER for the request made).
SCRUTINY: Final = (
    r"review|audit|examine|inspect|investigat\w*|inquiry|enquiry|hearing|recount|re-?inspect"
    r"|re-?examine|re-?test|probe|summon\w*|explain|account\s+for|testify|appear\s+(?:before|again)"
    r"|call\s+(?:[\w’'.-]+\s+){1,3}?back|return\s+to\s+the\s+(?:committee|council|board|panel)"
    r"|correct\s+the\s+record|answer\s+questions"
)
# Scrutiny convention: a promise to examine the matter or to have it examined ("would
# review the beneficiary lists", "will ask the board to order an independent audit", "would
# summon the principal secretary to explain") is the matter being looked into, however it
# is told: a disclosure, whoever makes it.
_EXAMINES: Final = re.compile(
    r"(?:\w+ly\s+)?(?:also\s+)?(?:be\s+)?(?:(?:ask(?:ing)?|seek(?:ing)?|request|call\s+for|call\s+on"
    r"|call\s+(?:[\w’'.-]+\s+){1,3}?back|push\s+for|press\s+for|demand|move|order|send|summon|hold"
    r"|convene|writ(?:e|ing)\s+to)\b"
    # (past an abbreviation's point: "will ask at the board's Nov. 28 meeting for an audit")
    rf"(?:[^.;“”\"]|\.(?=\s+\w)){{0,80}}?\b(?:{SCRUTINY})\b"
    r"|(?:review|audit|examine|inspect|investigate|re-?inspect|re-?examine|re-?test|recount"
    r"|look\s+into|probe|summon)\b"
    # ... or to carry the examination out: "would carry out a follow-up inspection", "will
    # send a team to establish the facts"
    r"|(?:carry\s+out|conduct|launch|open|begin|start|commission|hold)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:inspection|review|audit|investigation|inquiry|enquiry|examination"
    r"|verification|recount)s?\b"
    r"|send\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:team|inspectors|investigators|auditors)\b"
    # ... or to put its own findings before the body: "would submit its own findings to the BJMP"
    r"|(?:submit|present|table)\s+(?:its|their|his|her)\s+(?:own\s+)?(?:findings|report)\b"
    # ... or to stop or correct what it has said in public: "would stop publishing the
    # five-minute figure", "would correct the website"
    r"|(?:stop|cease)\s+(?:publishing|citing|quoting|using|advertising|claiming)\b"
    r"|(?:correct|withdraw|retract|amend)\s+(?:the|its|his|her|that|this)\b"
    # ... or put to the house: "would raise the matter at the November sitting", "will put a
    # fresh question to the minister", "would put the report on the committee's agenda"
    r"|(?:raise|put|table)\s+(?:[\w’'-]+\s+){0,3}?(?:at|before|to|on)\s+the\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:sitting|session|assembly|house|parliament|minister|agenda)\b)",
    re.IGNORECASE,
)


# Promise convention, the promise broken: what was promised "has not opened", "has never
# been built", told of the thing promised, is the failure the story establishes.
_UNKEPT: Final = re.compile(
    r"\b(?:promised|pledged)\b(?:(?!\b(?:that|but|would|will|to|and)\b)[^.;:,]){0,120}?\b(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?(?:opened|started|begun"
    r"|materiali[sz]ed|been\s+(?:built|completed|opened|delivered|installed|paid|set\s+up))\b"
)


def pledged(outside: str) -> str | None:
    """The lane of the promise a clause makes, if it makes one.

    A promise to examine the matter is a disclosure (see ``_EXAMINES``). Tense convention:
    a promise still to be kept when the story ran to seek anything else ("said he will
    introduce legislation", "will ask the committee to recall the board") is the aftermath
    the story ends on: context. A promise of what will be done ("said it will replace
    every valve"), or one told in the past ("said she would hire more staff"), is a claim
    the story can test: a statement. One made inside (a message, a meeting) is no public
    promise: None, for the caller to judge.
    """
    if _UNKEPT.search(outside):
        return "practice"  # "The storage site promised at the estate has not opened"
    pledge = PLEDGE.search(outside)
    if pledge is None or PRIVATE.search(outside):
        return None
    if _EXAMINES.match(outside, pledge.end()):
        return "disclosure"
    seeks = _STILL_TO_COME.search(pledge.group()) and _SEEKS.match(outside, pledge.end())
    return "context" if seeks else "statement"
