"""Voices known from before: the lane a speaker the story has already placed gives their words."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Final, Protocol

from timeline.draft.insiders import BODY_VOICE, POST
from timeline.draft.model import DraftEvent
from timeline.draft.oversight import CLEARED, OVERSIGHT, overseer
from timeline.draft.parties import PUBLIC_ACTOR, explains
from timeline.draft.promises import PLEDGE
from timeline.draft.quotes import quote_outside_words, quote_spans
from timeline.draft.witnesses import goes_on, group_saw

if TYPE_CHECKING:
    from timeline.draft.actors import Actors

__all__ = ["finder_says", "in_voice"]


class _Drafted(Protocol):
    events: list[DraftEvent]
    actors: Actors


def in_voice(event: DraftEvent, drafted: _Drafted) -> DraftEvent:
    """``event`` in the lane its speaker, known from before, gives it.

    An insider's account going on (see ``witnesses.goes_on``), or the public telling what
    was done before their eyes (``witnesses.group_saw``), is a practice; an overseer's
    words after its finding (``finder_says``), a disclosure; an independent
    expert's general truth ("Natarajan said crypto can live for days",
    ``parties.explains``), background. So is one of the public quoted telling, in their own
    words, what they did or saw (see ``_first_hand``): a practice. ``drafted`` holds the
    events drafted before it and the article's actors.
    """
    earlier, actors = drafted.events, drafted.actors
    placed = bool(event.actor) and actors.placed(event.actor)
    if _first_hand(event, drafted):
        return replace(event, lane="practice")
    if finder_says(event, earlier) or _overseer_by_initials(event, actors.defined):
        return replace(event, lane="disclosure")
    if goes_on(event, earlier, placed=placed) or (
        event.lane == "statement"
        and PUBLIC_ACTOR.fullmatch(event.actor)
        and group_saw(" ".join(quote_outside_words(event.clause)))
    ):
        return replace(event, lane="practice")
    if (
        event.lane in ("statement", "disclosure")
        and event.role == "main"
        and event.actor
        and actors.expert(event.actor)
        and explains(event.clause)
    ):
        return replace(event, lane="context")
    return event


# Eyewitness convention, quoted: one of the public who tells in their own words what they
# did or saw ('"Nobody weighed anything. The ranger looked at the bag and wrote twenty,"
# said Elia Massawe', '"I called every three months," Orr said') gives the practice as
# they lived it: "I", "we" or "nobody" doing a deed, not being told or feeling.
_FIRST_HAND: Final = re.compile(
    r"(?:^|[.,;:]\s+|\b(?:and|but|then|so)\s+)(?:I|[Ww]e|[Nn]obody|[Nn]o\s+one|[Nn]othing)\s+"
    r"(?:(?:had|have|has|was|were|never|just|only|all|even|still|then|always|would|did|not"
    r"|ourselves)\s+)*"
    r"(?!(?:told|asked|informed|assured|promised|shocked|worried|concerned|surprised|pleased"
    r"|disappointed|frustrated|angry|scared|afraid|proud|satisfied|relieved|confident|committed"
    r"|aware|sure|happy|sorry)\b)"
    r"(?:[a-z]{2,}ed|came|went|saw|seen|got|paid|took|had\s+to|made|gave|left|heard|found|sat"
    r"|stood|waited|wrote|rang|weighed|watched|carried|walked|slept|drank|ate|lost|spent|knew|come)\b"
)
# ... when the speaker holds no post (insiders.POST, BODY_VOICE) and speaks for no body:
# an official telling in the first person what they did ('"I signed what was presented to
# me," the director said') defends their own conduct, a statement.
_OFFICIAL: Final = re.compile(
    rf"{POST.pattern}|\b(?:{BODY_VOICE}|head|MP|senator|representative|lawmaker|auditor|ombudsman"
    r"|commission|department|ministry|agency|authority|council|board|company|lawyer|attorney"
    r"|professor|Dr)\b",
    re.IGNORECASE,
)


def _first_hand(event: DraftEvent, drafted: _Drafted) -> bool:
    """Whether a quoted statement is one of the public telling what they did or saw (see
    ``_FIRST_HAND``); the words that named the speaker before show whether they hold a
    post (``_OFFICIAL``)."""
    if event.lane != "statement" or event.role != "main" or not event.actor:
        return False
    name = event.actor.split()[-1]
    named = [f"{event.actor} {drafted.actors.introduced.get(name, '')}"]
    for e in drafted.events:
        at = e.clause.find(name)
        if at >= 0:  # (under whatever actor it was drafted: "The Joint Commissioner of Labour,
            # Hyderabad, K. Prabhakar, said")
            named.append(e.clause[max(0, at - 80) : at])  # "the then director, Mr Kalinga"
    if any(_OFFICIAL.search(x) for x in named):
        return False
    return any(_FIRST_HAND.search(event.clause[a:b]) for a, b in quote_spans(event.clause))


# Overseer convention, named again: a body the story showed finding ("Healthcare Standards
# Wales found that ...", "The committee concluded ...") goes on telling its findings when
# the story quotes it again ("HSW says that figure left out ..."): what it says is a
# finding made public, a disclosure, not a claim of the party's; what it will do is its
# promise. A body known as an overseer by an overseer's word (see OVERSIGHT), or by its
# name's head word.
_FOUND: Final = re.compile(r"\b(?:found|finds|concluded|concludes|determined|uncovered)\b")
_OVERSEER_NAME: Final = re.compile(
    r"\b(?:Standards|Inspectorate|Inspection|Ombudsperson|Audit|Regulator|Regulatory|Committee|Tribunal"
    r"|Coroner)\b"
)


def finder_says(event: DraftEvent, earlier: Sequence[DraftEvent]) -> bool:
    """Whether a statement is an overseer named again telling its findings (see
    ``_OVERSEER_NAME``)."""
    actor = event.actor
    if (
        event.lane != "statement"
        or event.role != "main"
        or not actor
        or PLEDGE.search(event.clause)
        or CLEARED.search(event.clause)
    ):
        return False
    if not (_OVERSEER_NAME.search(actor) or OVERSIGHT.search(actor)):
        return False
    return any(
        e.actor == actor and e.lane == "disclosure" and _found_by(e.clause, actor.split()[-1])
        for e in earlier
    )


def _overseer_by_initials(event: DraftEvent, defined: Mapping[str, str]) -> bool:
    """Whether a statement's speaker is an overseer named by its initials ("the COA said",
    defined as "the Commission on Audit (COA)"): its words are a finding made public."""
    full = defined.get(event.actor, "")
    return event.lane == "statement" and event.role == "main" and bool(full) and overseer(full)


def _found_by(clause: str, name: str) -> bool:
    """Whether ``clause`` tells that the body ``name`` ends found something: the verb of
    finding within a few words after it."""
    at = clause.find(name)
    found = _FOUND.search(clause, max(at, 0))
    return at >= 0 and found is not None and found.start() - at < 60
