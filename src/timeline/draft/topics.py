"""An undated topic sentence, dated by the detail its paragraph goes on to give."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import replace

from timeline.draft.lede import merged, same_actor
from timeline.draft.model import DraftEvent, DraftLink
from timeline.draft.titles import undated

__all__ = ["quoted_details", "topic_dated"]


def _stated(event: DraftEvent, bound: str) -> bool:
    """Whether an event is dated by its own words (not bounded, not inferred)."""
    return event.date != bound and not event.date_note.startswith("Inferred")


def topic_dated(events: Sequence[DraftEvent], pub: datetime.date) -> list[DraftEvent]:
    """The events, each undated statement that opens a paragraph's account dated as the
    same speaker's dated statement that follows it in the paragraph.

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


def quoted_details(
    events: list[DraftEvent], links: list[DraftLink], pub: datetime.date
) -> tuple[list[DraftEvent], list[DraftLink]]:
    """The events, each statement a speaker's quotation goes on to back in the paragraph
    merged into that quotation, and the links moved with it.

    Quotation convention: a paragraph paraphrases a speaker, then quotes them ("Ashcombe
    disputed the figures. '...,' the bank said in a statement on Wednesday."); the
    quotation is the detail of one statement, not a second one, and keeps the speaker's
    own words. It takes the paraphrase's date when it has none of its own ("took to
    Twitter in July ... '...,' officials wrote").
    """
    bound = undated(pub)
    moved: dict[str, str] = {}
    out = list(events)
    for k, event in enumerate(out):
        # (an admission quoted after its paraphrase is one admission too)
        lanes = ("statement", "disclosure")
        if event.lane not in lanes or not event.actor or event.clause.lstrip()[:1] not in '“"':
            continue
        topic = next(
            (
                j
                for j in range(k - 1, -1, -1)
                if out[j].para == event.para
                and out[j].lane == event.lane
                and out[j].clause.lstrip()[:1] not in '“"'  # a paraphrase, not a quotation
                and out[j].id not in moved
                and out[j].actor == event.actor
            ),
            None,
        )
        if topic is None:
            continue
        moved[out[topic].id] = event.id
        if event.date == bound and _stated(out[topic], bound):
            note = (
                f"Inferred: the paragraph gives this speaker's occasion first, '{out[topic].date}'."
            )
            out[k] = replace(event, date=out[topic].date, date_note=note)
    return merged(out, links, moved)
