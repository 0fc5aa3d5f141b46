"""Releases told inside a sentence: the day records came out, an event of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from timeline.draft.evidence import EVIDENCE_NOUN
from timeline.draft.messages import SUBMITTED_OWN
from timeline.draft.words import OWN_WORD, RELEASE_VERB

if TYPE_CHECKING:
    from timeline.draft.clauses import Clause

__all__ = ["release_dates", "released"]

_NOUN_START: Final = re.compile(r"\b(?:the|a|an|which|that|its|their)\s", re.IGNORECASE)
_OWN_WORD: Final = re.compile(rf"\b{OWN_WORD}\s*$", re.IGNORECASE)
_TOLD_IN: Final = re.compile(
    r"\b(?:told|wrote|said|informed|assured)\b[^.;]{0,40}\b(?:in|through|by)\s+$", re.IGNORECASE
)
_TELLING_NOUN: Final = re.compile(
    r"\b(?:letter|e-?mail|statement|post|message|memo|notice|newsletter|repl(?:y|ies)|response)s?\b",
    re.IGNORECASE,
)
_DATED_NOUN: Final = re.compile(rf"{_TELLING_NOUN.pattern}|\b(?:{EVIDENCE_NOUN})\b", re.IGNORECASE)
_OWN_SUBMITTED: Final = re.compile(
    rf"(?:\b[Tt]he\s)?\b\w[\w-]*(?={SUBMITTED_OWN}$)|{SUBMITTED_OWN}$"
)
_OWN_RELEASED: Final = re.compile(  # (or its answer in court: "The county's answer to the suit,")
    rf"\b{OWN_WORD}\s+(?:that\s+|which\s+)?(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){{0,2}}$"
    r"|[’']s\s+(?:answer|response|reply|motion)\s+to\s+(?:the\s+)?[\w’'-]+,?\s*$",
    re.IGNORECASE,
)
_INFINITIVE_OBJECT: Final = re.compile(r"^[^,;]{0,40}\bto\s+[a-z]+\s+$")
_PRONOUN_DID: Final = re.compile(r"\b(?:she|he|they|we|I)\s+(?:\w+ly\s+)?$")
_NEGATED: Final = re.compile(r"\b(?:no|not|never)\b|n[’']t\b", re.IGNORECASE)
_TO_COME: Final = re.compile(r"\b(?:would|will|to|should|must|could|may)\s+(?:not\s+)?be\s+$")


_COUNTED_WHOLE: Final = re.compile(
    r"\b(?i:of)\s+(?:the\s+)?(?:about\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?\d[\d.,]*\s"
)


def released(
    s: str, outside: str, dated: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str, str]]:
    """A release named with its own date inside a longer sentence: a disclosure event, as
    (start, end, role, lane).

    Disclosure convention: the day records, video or findings were "released", "made
    public" or "aired" is news of its own ("the video clips made public on Friday"), a
    second event beside what the sentence says about them.
    """
    out: list[tuple[int, int, str, str]] = []
    for da, db in dated:
        before = outside[max(0, da - 30) : da]
        verb = RELEASE_VERB.search(before)
        if verb is None or before[verb.end() :].strip() not in ("", "on", "in", "publicly"):
            continue
        vstart = max(0, da - 30) + verb.start()
        if _TO_COME.search(outside, max(0, vstart - 20), vstart):
            continue  # "would be published before the end of the year": none yet
        if _PRONOUN_DID.search(outside, max(0, vstart - 12), vstart):
            continue  # "said she filed on Feb. 5": a deed of hers, no record put out
        window = outside[max(0, vstart - 60) : vstart]
        starts = [m.start() for m in _NOUN_START.finditer(window)]
        if not starts:
            continue
        a = max(0, vstart - 60) + starts[-1]
        if a <= 2 or _INFINITIVE_OBJECT.search(outside, 0, a):
            continue  # the release is the sentence itself ("Rules to apply the law were issued")
        if (
            _OWN_WORD.search(outside, a, vstart)
            # (what was never done is no release: "no audits had been completed since July")
            or _NEGATED.search(outside, a, vstart)
            # Record convention: "an email dated 9 August", "a report ..., dated Jan. 11":
            # the day a message or record was written is its own, not a release of it
            or (
                verb.group().lower() == "dated"
                and _DATED_NOUN.search(outside, max(0, vstart - 160), vstart)
            )
            or _OWN_RELEASED.search(outside[:vstart])
            # (a whole some part of is counted: "Of the 4.1 lakh claims filed between September
            # 20 and October 25, 1.37 lakh were rejected": when they came in, no release)
            or _COUNTED_WHOLE.search(outside, max(0, a - 4), min(vstart, a + 40))
            or (
                _TOLD_IN.search(outside[max(0, a - 50) : a])
                and _TELLING_NOUN.search(outside, a, vstart)
            )
        ):
            # "a news release issued Sunday", "a statement the school released in June",
            # "told families in a letter dated Oct. 2": the party's statement, its own event
            continue
        own = _OWN_SUBMITTED.search(outside, max(0, vstart - 120), verb.end() + max(0, da - 30))
        lane = "statement" if own else "disclosure"  # its own return put to its overseer
        out.append((own.start() if own else a, db, "release", lane))
    return out


_PUT_OUT: Final = re.compile(r"\b(?:published|released|issued|dated|completed|finali[sz]ed)\b")


def release_dates(s: str, span: tuple[int, int], main: Clause | None) -> bool:
    """Whether a release told inside the main disclosure only dates it.

    "The figures were revealed in a report by the group, published last week": the
    disclosure is the report's coming out, dated by its release, not a second event (a
    request "filed in May" inside "obtained the emails through a request" is one).
    """
    return (
        main is not None
        and main.lane == "disclosure"
        and main.start <= span[0] < main.end
        and _PUT_OUT.search(s, *span) is not None
    )
