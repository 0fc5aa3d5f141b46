"""Framing: whether a story's headline and opening set an official account against evidence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from timeline.draft.admissions import ADMISSION
from timeline.draft.corrections import CORRECTED
from timeline.draft.evidence import ACCORDING_EVIDENCE, EVIDENCE_SHOWS
from timeline.draft.sentences import Sentence
from timeline.draft.words import CLAIM_VERB, CONTRADICT_VERB, CONTRAST_OPEN, whole_words

__all__ = ["NUT_GRAF", "framed"]

NUT_GRAF = 3
"""The last paragraph that may frame a story: a scene-setting lede can put its nut graf,
the paragraph that says what the story is about, as late as the third."""

# The lede's charge that an account deceived: "for misleading investors", "covered up".
_DECEIT: Final = re.compile(
    r"\b(?:mislead(?:ing|s)?|misled|misstat(?:ed|es|ing|ements?)|misrepresent(?:ed|ing|s)?"
    r"|lied|lying|lies|cover(?:ed|ing)?[\s-]*ups?|concealed|concealing|withheld|withholding"
    r"|downplay(?:ed|ing|s)?|understat(?:ed|ing)|falsely|falsified|inflated)\b",
    re.IGNORECASE,
)
# Headline convention: a headline that tests a claim says so in its own words: the claim "falls
# short", "We measured all 212" after what a body says, officials who "differ over" it.
_CLAIM_TESTED: Final = whole_words(
    r"claims?\b[^.]{0,60}\b(?:falls?|fell)\s+short"
    r"|(?:^|[.?]\s+)(?:We|Our\s+[\w-]+)\s+(?:measured|checked|tested|counted|analy[sz]ed|tracked"
    r"|timed|visited|surveyed)"
    r"|differ(?:s|ed)?\s+over|accounts\s+(?:differ|conflict)|conflicting\s+accounts"
    # (or the lede names the account as given the public before: "a confession which the
    # police had told journalists was made voluntarily")
    r"|\bhad\s+(?:publicly\s+)?(?:told|assured)\s+(?:journalists|reporters|the\s+(?:public|press"
    r"|media))\b"
)
# ... or sets the claim, quoted or said, against what was found: a quoted claim, then a
# turn ("Weighbridge 'open 24 hours' – but scale switched off at night", "left waiting
# despite 'paid on time' assurance", "despite management's tall claims"); a word in scare
# quotes ("'inspected' 64 homestays"); the claim said, then the fact in a sentence of its
# own ("DHR Says Food Aid Decisions Come on Time. Caseworkers Say They Were Told to Deny
# First"); or what was found put down to the records or the staff, who "say" so.
_HEADLINE_TURN: Final = re.compile(
    r"[‘'\"“][^‘’'\"“”]{2,60}[’'\"”][^.]{0,80}?\b(?:but|despite|yet|while)\b"
    r"|\b(?:but|despite)\b[^.]{0,60}?[‘'\"“][^‘’'\"“”]{2,60}[’'\"”]"
    # (the claim named, not quoted: "locked despite management's tall claims")
    r"|\b(?:but|despite)\s+(?:[\w’'-]+\s+){0,4}?(?:claims|assurances|promises|denials)\b"
    # (or a word put in scare quotes: "Tourism dept 'inspected' 64 homestays in two days",
    # "Dental waiting list 'cut' by striking off patients")
    r"|(?<!\w)[‘'\"“](?-i:[a-z][a-z-]+)[’'\"”](?!\w)"
    r"|\b(?:says?|said|declared|claimed|promised)\b[^.?!]{3,100}[.?!]\s+(?-i:[A-Z])"
    r"|\b(?:records|logs|documents|files|workers|staff|employees|inspectors|insiders)"
    r"(?:\s+and\s+(?:[\w-]+\s+){1,3}?[\w-]+)?\s+say\W*$"
    # (or after a dash, the headline's attribution: "... without testing – examiners")
    r"|\s[–—]\s+(?:[\w-]+\s+)?(?:records|logs|documents|files|workers|staff|employees|inspectors"
    r"|examiners|insiders|audit|auditors?)\W*$",
    re.IGNORECASE,
)


def framed(headline: str, sentences: Sequence[Sentence]) -> bool:
    """Whether a story's headline and opening frame it as an account tested by evidence.

    Framing convention: an accountability story says in its first lines (its headline,
    lede and nut graf, see :data:`NUT_GRAF`) what it sets against what ("contradict",
    "admits", "denies", "records show", "according to the audit", a paragraph opening
    "But"/"Yet", a charge of deceit: "misleading investors", "covered up", "misstated",
    a claim that "falls short", a statement the party "corrected"), or its headline sets a
    claim against a fact (see
    ``_HEADLINE_TURN``). Only such a story has an official account to contradict.
    """
    if _HEADLINE_TURN.search(headline):
        return True
    for text in [headline, *(s.text for s in sentences if s.para <= NUT_GRAF)]:
        if any(
            rx.search(text)
            for rx in (
                CONTRADICT_VERB,
                ADMISSION,
                CLAIM_VERB,
                EVIDENCE_SHOWS,
                ACCORDING_EVIDENCE,
                CORRECTED,
            )
        ):
            return True
        if CONTRAST_OPEN.search(text.strip()) or _DECEIT.search(text) or _CLAIM_TESTED.search(text):
            return True
    return False
