"""An undated topic sentence, dated by the detail its paragraph goes on to give."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import replace

from timeline.draft.cells import undated
from timeline.draft.lede import same_actor
from timeline.draft.model import DraftEvent

__all__ = ["topic_dated"]


def _stated(event: DraftEvent, bound: str) -> bool:
    """Whether an event is dated by its own words (not bounded, not inferred)."""
    return event.date != bound and not event.date_note.startswith("Inferred")


def topic_dated(events: Sequence[DraftEvent], pub: datetime.date) -> list[DraftEvent]:
    """The events, each undated statement that opens a paragraph's account dated as the
    same speaker's dated statement that follows it in the paragraph, and each undated
    quotation as the bare telling of its occasion just before it.

    Topic-sentence convention: a paragraph states its point, then gives the detail
    ("Ashcombe disputed the figures. '...,' the bank said in a statement on Wednesday.").
    The point and the detail are one occasion, so the topic sentence takes the date the
    detail gives, with a ``date_note`` saying so.

    Parameters
    ----------
    events : sequence of DraftEvent
        The drafted events, in article order.
    pub : datetime.date
        The publication date.

    Returns
    -------
    list of DraftEvent
    """
    bound = undated(pub)
    out = list(events)
    for k, event in enumerate(out):
        if event.lane != "statement" or event.date != bound or not event.actor:
            continue
        told = out[k - 1] if k else None
        if (
            told is not None
            and (told.para, told.lane, told.quote) == (event.para, "statement", "")
            and _stated(told, bound)
            and event.clause.lstrip().startswith(("“", '"'))
        ):
            # ... and the other way: the occasion told first, bare ("Two weeks later, the
            # department went further in an e-mail to the Courier."), then its words quoted
            note = f"Inferred: the sentence before tells when these words came, '{told.date}'."
            out[k] = replace(event, date=told.date, date_note=note)
            continue
        detail = next(
            (
                e
                for e in out[k + 1 :]
                if e.para == event.para and e.lane == event.lane and _stated(e, bound)
            ),
            None,
        )
        if detail is None or not same_actor(event.actor, detail.actor):
            continue
        note = f"Inferred: the paragraph goes on to give this speaker's occasion, '{detail.date}'."
        out[k] = replace(event, date=detail.date, date_note=note)
    return out
