"""What a draft holds: candidate events, proposed links, and the draft itself."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from timeline.dates import Resolution, resolve
from timeline.draft.sentences import Sentence
from timeline.vocab import EVENT_COLUMNS

__all__ = ["Draft", "DraftEvent", "DraftLink"]


@dataclass(frozen=True, slots=True)
class DraftEvent:
    """A candidate event: a row of ``events.csv`` plus where in the article it came from.

    Attributes
    ----------
    id, lane, date, title, source, actor, quote, detail, date_note, status : str
        The ``events.csv`` columns. ``status`` is always ``draft``.
    rating, claim : str
        Always blank: a rating is the reporter's, never the draft's.
    sentence : int
        Index of the :class:`Sentence` the event was drawn from.
    clause : str
        The words of that sentence the event was drawn from, verbatim.
    role : str
        How the clause was found: ``main`` (the sentence's own event), ``leading`` ("As
        ..., "), ``cause`` ("stemmed from ..."), ``report`` and ``practice`` (a finding and
        what it found), or ``claim`` (a statement an admission concedes).
    """

    id: str
    lane: str
    date: str
    title: str
    source: str
    actor: str
    quote: str
    detail: str
    date_note: str
    sentence: int
    clause: str
    role: str
    status: str = "draft"
    rating: str = ""
    claim: str = ""
    label: str = ""

    @property
    def para(self) -> int:
        """The number of the article paragraph the event was drawn from (its ``source``)."""
        return int(self.source.rsplit("¶", 1)[-1])

    def span(self, pub: datetime.date) -> Resolution | None:
        """The resolved span of the event's ``date`` read against ``pub``, or None."""
        try:
            return resolve(self.date, pub)
        except ValueError:
            return None

    def row(self) -> dict[str, str]:
        """The event as an ``events.csv`` row."""
        return {name: str(getattr(self, name)) for name in EVENT_COLUMNS}


@dataclass(frozen=True, slots=True)
class DraftLink:
    """A proposed link: a row of ``links.csv``."""

    source: str
    target: str
    relation: str
    note: str

    def row(self) -> dict[str, str]:
        """The link as a ``links.csv`` row."""
        return {
            "from": self.source,
            "to": self.target,
            "relation": self.relation,
            "note": self.note,
        }


@dataclass(frozen=True)
class Draft:
    """A drafted case: the article's sentences, candidate events and proposed links."""

    title: str
    published: datetime.date
    sentences: list[Sentence]
    events: list[DraftEvent]
    links: list[DraftLink]
    skipped: list[Sentence] = field(default_factory=list)
