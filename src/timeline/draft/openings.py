"""What a headline leaves out at the start of a clause: the scene, the time, the occasion."""

from __future__ import annotations

import re
from typing import Final

from timeline.draft.attribution import OMITTED
from timeline.draft.cells import MONTH_WORDS
from timeline.draft.furniture import RECALLED
from timeline.draft.words import LEAD_PHRASE, SCENE_PARTICIPLE, SENTENCE_ADVERB

__all__ = ["without_opening"]

# "Meanwhile the fee kept leaving her account": a sentence adverb with no comma of its own
_ADVERB_OPEN: Final = re.compile(rf"^{SENTENCE_ADVERB}\s+")
# "In October, after a campaign group raised concerns, the chief told": what it came after
# is set before the subject, not the news; a counted time may come first ("Less than a
# week after the auditors left, ...")
_AFTER_OPEN: Final = re.compile(
    r"^(?:(?:(?:less|more)\s+than\s+|just\s+|about\s+)?(?:an?|one|two|three|four|five|six|\d+)"
    r"\s+(?:hours?|days?|weeks?|months?|years?)\s+)?"
    # (or when: "When this reporter visited the garage on Monday, the engine stood on blocks")
    r"(?:after|before|once|as|when)\s+[^,;“”\"]{3,120},\s+(?=[A-Z]|(?:the|a|an|its|his|her|their)\s)",
    re.IGNORECASE,
)
# No headline opens on its time frame ("between July 2019 and December 2020, the ...") ...
_TIME_FRAME: Final = re.compile(
    r"^(?:[Bb]etween|[Ff]rom|[Ss]ince|[Bb]y|[Uu]ntil|[Oo]ver)\s+[^,“”\"]{3,60},\s+"
    r"(?=(?:\S+\s+){3})"
)
# ... nor on the date beside the day it names ("On results day, July 14th, the registrar
# wrote")
_DATE_FIRST: Final = re.compile(
    rf"^(?:{MONTH_WORDS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s+\d{{4}})?,\s+(?=(?:\S+\s+){{3}})",
    re.IGNORECASE,
)
# "Confronted with the emails last week, Reyes acknowledged": the headline starts at who
# acted, not at the participle that sets the scene
_SCENE: Final = re.compile(
    rf"^(?:{SCENE_PARTICIPLE}|[Kk]nown)\s+(?i:with|about|by|on|the|a"
    r"|an|to|in|as)\b[^,;“”\"]{0,80},\s+"
    # (the subject that follows: a name, or a noun or pronoun in lower case)
    r"(?=[A-Z]|(?:the|an?|its|his|her|their|he|she|they|it|we)\s)"
)
# "In its report for 2017, presented to the board in March 2018, the service listed": a
# participle left at the front, set off, tells of the thing the opening named
_LEFT_PARTICIPLE: Final = re.compile(
    r"^[a-z]+ed\s+(?:to|in|on|at|by|before|with)\b[^,;“”\"]{0,80},\s+"
    r"(?=[A-Z]|(?:the|an?|its|his|her|their)\s)"
)
# ... and so is what it says of how the newsroom has it: "In its reply, a copy of which is
# available with the Times, the firm stated"
_LEFT_RELATIVE: Final = re.compile(
    r"^(?:an?\s+(?:[\w’'-]+\s+){0,2}?of\s+)?which\s+[^,;“”\"]{1,80},\s+"
    r"(?=[A-Z]|(?:the|an?|its|his|her|their)\s)"
)
# "Beginning in 2009, they said, staff were handed lists": the headline states what was
# said, without the attribution set off inside it
_SAID_ASIDE: Final = re.compile(
    r"^(?:(?:In|On|At|By|From|Since|Beginning|Starting|During|Until|After|Before|For|Over)\s"
    r"[^,;“”\"]{1,60},\s+)?(?:they|he|she|officials|workers|staff|residents)\s+(?:said|say"
    r"|says|added|recalled),\s+",
    re.IGNORECASE,
)
# "The admission came after the Courier obtained the reports": the event told is what it
# came after; the subject names one the story told before
_CAME_AFTER: Final = re.compile(
    r"^(?:The|This|That|Its|His|Her|Their)\s+(?:[\w’'-]+\s+){0,2}?(?:came|comes)\s+"
    r"(?:(?:days|weeks|months|hours|a\s+day|a\s+week|shortly|soon|just|only)\s+)*after\s+"
    r"(?=(?:\S+\s+){3})"
)


def _occasion_first(text: str) -> str:
    """ "None of that was mentioned when Highvale took questions ...": the occasion."""
    omitted = OMITTED.match(text)
    return text[omitted.end() :] if omitted is not None and omitted.group("when") else text


def without_opening(text: str) -> str:
    """``text`` without what opens it before its subject, as a headline leaves it out.

    >>> without_opening("Less than a week after the auditors left, the minister told MPs")
    'the minister told MPs'
    """
    text = _ADVERB_OPEN.sub("", LEAD_PHRASE.sub("", _occasion_first(RECALLED.sub("", text))))
    text = _LEFT_RELATIVE.sub("", _LEFT_PARTICIPLE.sub("", text))
    text = LEAD_PHRASE.sub("", _AFTER_OPEN.sub("", text))  # (", on Dec. 9," may follow it)
    text = _TIME_FRAME.sub("", _DATE_FIRST.sub("", text))
    text = _SCENE.sub("", text)
    text = _SAID_ASIDE.sub("", text)
    return _CAME_AFTER.sub("", text)
