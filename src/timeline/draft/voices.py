"""Voices known from before: the lane a speaker the story has already placed gives their words."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from timeline.draft.insiders import goes_on, group_saw
from timeline.draft.model import DraftEvent
from timeline.draft.oversight import finder_says
from timeline.draft.parties import PUBLIC_ACTOR, explains
from timeline.draft.quotes import quote_outside_words

if TYPE_CHECKING:
    from timeline.draft.actors import Actors

__all__ = ["in_voice"]


class _Drafted(Protocol):
    events: list[DraftEvent]
    actors: Actors


def in_voice(event: DraftEvent, drafted: _Drafted) -> DraftEvent:
    """``event`` in the lane its speaker, known from before, gives it.

    An insider's account going on (see ``insiders.goes_on``), or the public telling what
    was done before their eyes (``insiders.group_saw``), is a practice; an overseer's
    words after its finding (``oversight.finder_says``), a disclosure; an independent
    expert's general truth ("Natarajan said crypto can live for days",
    ``parties.explains``), background. ``drafted`` holds the events drafted before it and
    the article's actors.
    """
    earlier, actors = drafted.events, drafted.actors
    placed = bool(event.actor) and actors.placed(event.actor)
    if finder_says(event, earlier):
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
