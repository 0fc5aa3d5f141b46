"""Leading clauses: where a sentence's main clause starts after "As ...,", "After ...,"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from timeline.draft.attribution import lane_of
from timeline.draft.evidence import EVIDENCE_NOUN
from timeline.draft.words import LEADING, TOLD_FROM, YEARS_AFTER

if TYPE_CHECKING:
    from timeline.draft.actors import Actors

__all__ = ["LIST_GOES_ON", "leading_split"]

# "Although the hospital said no one was harmed, an internal review found ...": the main
# clause may open with the evidence, not a named actor.
_EVIDENCE_HEAD: Final = re.compile(
    rf"(?:(?:an?|the|its|their|new|internal|newly|released)\s+){{0,3}}(?:[\w’'-]+\s+){{0,2}}?"
    rf"{EVIDENCE_NOUN}\b",
    re.IGNORECASE,
)


# A body named by its kind as the main clause's subject: "After the Sentinel reported ...,
# the city issued a statement".
_BODY_SUBJECT: Final = re.compile(
    r"(?:the|its)\s+(?:[a-z]+\s+)?(?:city|county|council|department|company|agency|board|ministry"
    r"|state|district|authority|trust|university|school|hospital|police|government|firm|operator"
    r"|utility|commission)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b"
)
# (a name with its article: "After the Meridian put its findings to it, the CCA changed")
_RANK: Final = re.compile(r"(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}")
# ... or a body named in capitals that then acts: "After a 2013 review found ..., Queen's Park
# promised", "..., Ontario's Ministry of the Attorney General agreed"
_NAMED_BODY_ACTS: Final = re.compile(
    r"(?-i:[A-Z])[\w’'.-]*(?:\s+(?:(?-i:[A-Z])[\w’'.-]*|of|the|and|for)){0,6}\s+(?:[a-z]+ly\s+)?"
    r"(?-i:[a-z]+ed|said|told|promised|agreed|wrote|began|took|made|paid|set)\b"
)


_YEAR_NEXT: Final = re.compile(r",\s*(?:1[89]|20)\d\d\b")
# (or years on: "More than two years after officials promised a footbridge, no work has
# begun": what the lead tells came long before the main clause, which is no time of it)
_TOLD_FROM: Final = re.compile(rf"(?:{TOLD_FROM}|{YEARS_AFTER})\s", re.IGNORECASE)
# ... and one that only names an event, with no verb of its own ("A day after the RBI order,
# as depositors queued, the chairman told reporters"), is the main clause's time, no event
_NOUN_ONLY: Final = re.compile(
    r"\W*[^,]*?\b(?:after|before)\s+(?:the|an?|its|their|his|her)\s+"
    r"(?:(?!(?:[a-z]+ed|was|were|had|has|said|says|told|went|began|came|took)\b)[\w’'.-]+\s*){1,5}",
    re.IGNORECASE,
)


# A comma inside a list ("out of Asadganj, Khatunganj and Chaktai within six months,", "which
# took in farms, woods and streams when it was planned,"), its last item joined by "and"
# before the clause's own comma, ends no clause.
LIST_GOES_ON: Final = re.compile(
    r",\s+(?:[\w’'-]+\s+)?[\w’'-]+\s+(?:and|or)\s+(?:[\w’'-]+\s+){0,6}[\w’'-]+,"
)


def leading_split(s: str, outside: str, actors: Actors) -> int | None:
    """Where the main clause starts after a leading "As ..., "/"Since ..., " clause."""
    m = LEADING.match(s)
    if m is None:
        return None
    if _TOLD_FROM.match(s):
        # "The morning after two trains stopped on Oct. 8, the agency said": the time
        # phrase ends at its first comma (not a date's own, before its year)
        comma = next(
            (
                i
                for i, ch in enumerate(outside)
                if ch == ","
                and not _YEAR_NEXT.match(outside, i)
                and not LIST_GOES_ON.match(outside, i)
            ),
            -1,
        )
        rest = len(s) - len(s[comma + 1 :].lstrip())
        if _NOUN_ONLY.fullmatch(outside[: max(comma, 0)]):
            return None  # "A day after the RBI order,": an event named, told as a time
        return rest if comma > 0 and len(outside[:comma].split()) >= 4 else None
    for comma in (i for i, ch in enumerate(outside) if ch == ","):
        if LIST_GOES_ON.match(outside, comma):
            continue  # "out of Asadganj, Khatunganj and Chaktai within six months, most ..."
        rest = len(s) - len(s[comma + 1 :].lstrip())
        head = actors.mentions(s[rest : rest + 120])
        # (a rank the actor's name leaves out still opens the clause: "Assistant Chief
        # Constable Rachel Dyson said")
        titled = head and _RANK.fullmatch(s[rest : rest + head[0].start]) is not None
        body = _BODY_SUBJECT.match(s, rest) or _NAMED_BODY_ACTS.match(s, rest)
        if titled or _EVIDENCE_HEAD.match(s, rest) or body:
            lead = outside[:comma]
            if len(lead.split()) >= 4 and lane_of(s[:comma], lead, quoted=False) is not None:
                return rest
            return None
    return None
