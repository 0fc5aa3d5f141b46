"""Bounds an undated event takes from the dated events the article ties it to."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Final

from timeline.dates import Resolution, resolve
from timeline.draft.anchors import Anchor, AnchoredDate, anchored_date
from timeline.draft.clauses import quote_outside_words
from timeline.draft.dating import released_on
from timeline.draft.model import DraftEvent, DraftLink
from timeline.draft.sentences import Sentence
from timeline.draft.titles import undated
from timeline.draft.words import REPORT_VERB, STATEMENT

__all__ = ["bound_dates"]

_OPENS_QUOTE: Final = re.compile(r"^\s*[“\"]")
# "Now, the company is pausing", "the state is now directing": the present at publication.
_NOW: Final = re.compile(
    r"^\W*(?:(?:But|And|So)\s+)?Now\b(?!\s+that\b)(?=.*\b(?:is|are)\s+\w+ing\b)"
    r"|\b(?:is|are)\s+now\s+\w+ing\b",
    re.IGNORECASE,
)
# Past perfect: "had been asking", "had begun to threaten", "had urged".
_PAST_PERFECT: Final = re.compile(
    r"\bhad\s+(?:(?:long|already|never|not|repeatedly|previously|earlier|also)\s+)?"
    r"(?:been\s+)?[a-z]+(?:ed|en|wn|un|ght|ing)\b",
    re.IGNORECASE,
)
_REPORTED: Final = re.compile(f"(?:{STATEMENT.pattern})|(?:{REPORT_VERB.pattern})", re.IGNORECASE)
# "its first comment", "the initial statement", "initially, in a statement": one account.
_FIRST_ACCOUNT: Final = re.compile(
    r"\b(?:initial|first|original|earliest)\s+(?:[a-z]+\s+)?"
    r"(?:statements?|comments?|account|response|version|explanation)\b"
    r"|\binitially\b[^.;]{0,40}\b(?:statement|comment|account|said)\b",
    re.IGNORECASE,
)


def _outside(text: str) -> str:
    return " ".join(quote_outside_words(text))


def _span(event: DraftEvent, pub: datetime.date) -> Resolution | None:
    try:
        return resolve(event.date, pub)
    except ValueError:
        return None


def _sides(edtf: str) -> tuple[str, str]:
    """The two ends of an EDTF value, written as EDTF (a single date is both ends)."""
    left, _, right = edtf.partition("/")
    return (left, right) if right else (left, left)


def _continued_quote(
    event: DraftEvent, before: DraftEvent | None, sentences: Sequence[Sentence]
) -> bool:
    """Whether ``event`` is a paragraph of quotation that continues ``before``'s statement.

    Quotation convention: when a speaker's quote runs into a new paragraph, news copy
    opens the paragraph with the quotation and gives no new attribution; the words are
    the same speaker's, said on the same occasion as the paragraph before.
    """
    if before is None or event.lane != "statement" or before.lane != "statement":
        return False
    sent = sentences[event.sentence]
    first_in_para = event.sentence == 0 or sentences[event.sentence - 1].para != sent.para
    if not first_in_para or not _OPENS_QUOTE.match(sent.text):
        return False
    outside = _outside(sent.text)
    if STATEMENT.search(outside):
        return False
    return before.source == f"article ¶{sent.para - 1}"


def _inherit(event: DraftEvent, before: DraftEvent, span: Resolution) -> DraftEvent:
    para = before.source.rsplit("¶", 1)[-1]
    note = (
        f"Inferred: this paragraph continues the quotation of ¶{para}, which the article "
        f"dates '{before.date}'."
    )
    return replace(event, date=span.edtf, date_note=note)


def _first_account(
    event: DraftEvent, out: Sequence[DraftEvent], spans: dict[str, Resolution]
) -> DraftEvent | None:
    """``event`` dated as the first account it names, when an earlier event dated that.

    Attribution convention: a story about how an account changed names the first one
    again and again ("initially, in a statement", "its first comment", "the initial
    statement"); each mention is the same statement, made on the one day.
    """
    if event.lane != "statement" or not _FIRST_ACCOUNT.search(_outside(event.clause)):
        return None
    for e in out:
        span = spans.get(e.id)
        if span is None or span.start is None or e.lane != "statement":
            continue
        if _FIRST_ACCOUNT.search(_outside(e.clause)):
            note = f"Inferred: this names the first account, which {e.source} dates '{e.date}'."
            return replace(event, date=span.edtf, date_note=note)
    return None


def _released_with(events: Sequence[DraftEvent]) -> list[DraftLink]:
    """Ties (as ``reveals``) from a dated release to the practice whose words hold it.

    Disclosure convention: "a study that looked at one plant, which was made public in
    October" dates the study's release inside the sentence about what the study did;
    what a released document or video shows happened before its release.
    """
    return [
        DraftLink(r.id, e.id, "reveals", "")
        for r in events
        if r.role == "release"
        for e in events
        if e.lane == "practice" and e.sentence == r.sentence and e is not r and r.clause in e.clause
    ]


def _told_note(told: AnchoredDate) -> str:
    a = told.anchor
    return (
        f"Inferred: the article says '{told.phrase}', and dates the {a.noun} "
        f"'{a.words}' (¶{a.para})."
    )


def _dated_by_release(disclosure: DraftEvent | None) -> bool:
    """Whether a disclosure's date is its release ("released Monday", "made public in
    October"), not a date of what it is about: only then does it bound what it reveals."""
    if disclosure is None:
        return False
    at = disclosure.clause.find(disclosure.date)
    return disclosure.role == "release" or (at >= 0 and released_on(disclosure.clause[:at]))


def _by_link(
    event: DraftEvent,
    by_id: Mapping[str, DraftEvent],
    links: Sequence[DraftLink],
    spans: dict[str, Resolution],
    pub: datetime.date,
) -> tuple[str, str] | None:
    """Bounds for an undated event from the dated events links tie it to: (date, note).

    Disclosure convention: a finding reports a condition that existed when it was found,
    so a condition a dated finding ``reveals`` ended no later than the finding. Sequence
    convention ("stemmed from", "in response to", "after"): what a dated event
    ``prompted`` came no earlier than it, and a cause no later than its dated effect.
    The latest start and the earliest end the links give are kept.
    """
    starts: list[tuple[datetime.date, str, str]] = []
    ends: list[tuple[datetime.date, str, str]] = []
    for link in links:
        if link.relation == "reveals" and link.target == event.id and link.source in spans:
            span = spans[link.source]
            if span.end is not None and _dated_by_release(by_id.get(link.source)):
                ends.append((span.end, _sides(span.edtf)[1], f"it was found by '{link.source}'"))
        elif link.relation == "prompted" and link.target == event.id and link.source in spans:
            span = spans[link.source]
            if span.start is not None:
                starts.append((span.start, _sides(span.edtf)[0], f"it followed '{link.source}'"))
        elif link.relation == "prompted" and link.source == event.id and link.target in spans:
            span = spans[link.target]
            if span.end is not None:
                ends.append((span.end, _sides(span.edtf)[1], f"it led to '{link.target}'"))
    if not starts and not ends:
        return None
    start = max(starts, default=None)
    end = min(ends, default=None)
    if start is not None and end is not None and start[0] > end[0]:
        return None  # the ties disagree: leave the honest bound
    left = start[1] if start else ".."
    right = end[1] if end else pub.isoformat()
    why = " and ".join(x[2] for x in (start, end) if x is not None)
    when = f"on or before {right}" if start is None else f"from {left} to {right}"
    return f"{left}/{right}", f"Inferred: the article gives no date for this; {why}, so {when}."


def bound_dates(
    events: Sequence[DraftEvent],
    links: Sequence[DraftLink],
    sentences: Sequence[Sentence],
    pub: datetime.date,
    anchors: Mapping[str, Anchor],
) -> list[DraftEvent]:
    """The events, with each undated one bounded by the dated events tied to it.

    An event the article does not date is drafted as "on or before publication". These
    ties, tried in order, give it a closer date: its words count from a dated incident
    ("the day after the arrest", with ``anchors`` from
    :func:`~timeline.draft.anchors.incident_dates`); "now" with the present progressive
    is the day of publication; a mention of the first account takes that account's
    date; a paragraph that continues a dated quotation takes its date; a condition a
    finding revealed ended no later than the finding's release, and what a dated event
    prompted came after it (a cause, before its effect); a past-perfect event came
    before the time the sentence before it names. Only dates the article gives are
    used, each named in the event's ``date_note``.
    """
    bound = undated(pub)
    spans: dict[str, Resolution] = {}
    for e in events:
        span = _span(e, pub) if e.date != bound else None
        if span is not None:
            spans[e.id] = span
    ties = _Ties(
        links=[*links, *_released_with(events)],
        sentences=sentences,
        spans=spans,
        stated=dict(spans),
        anchors=anchors,
        pub=pub,
        by_id={e.id: e for e in events},
    )
    out: list[DraftEvent] = []
    for event in events:
        if event.date == bound:
            event = _closer(event, out, ties)
            span = _span(event, pub) if event.date != bound else None
            if span is not None:
                spans[event.id] = span
        out.append(event)
    return out


@dataclass(frozen=True)
class _Ties:
    """What bounding an undated event reads: the links, sentences, and dates found so far."""

    links: Sequence[DraftLink]
    sentences: Sequence[Sentence]
    spans: dict[str, Resolution]
    """Every dated event's span, growing as undated events are bounded."""
    stated: dict[str, Resolution]
    """The spans of the events the article's own words date."""
    anchors: Mapping[str, Anchor]
    pub: datetime.date
    by_id: Mapping[str, DraftEvent]


def _closer(event: DraftEvent, out: Sequence[DraftEvent], ties: _Ties) -> DraftEvent:
    """An undated event with the closest date its ties give (``out``: the events before)."""
    spans, pub = ties.spans, ties.pub
    told = anchored_date(_outside(event.clause), ties.anchors)
    if told is not None:
        return replace(event, date=told.day.isoformat(), date_note=_told_note(told))
    if _NOW.search(_outside(event.clause)):
        # Tense convention: "now" with the present progressive is the time of writing;
        # the story tells what is under way as it is published.
        note = "Inferred: the article says this is happening now, on the day it was published."
        return replace(event, date=pub.isoformat(), date_note=note)
    first = _first_account(event, out, spans)
    if first is not None:
        return first
    before = out[-1] if out else None
    if (
        before is not None
        and before.id in spans
        and _continued_quote(event, before, ties.sentences)
    ):
        return _inherit(event, before, spans[before.id])
    bound = _by_link(event, ties.by_id, ties.links, spans, pub)
    if bound is None:
        bound = _before_narrative(event, out, ties.stated, ties.sentences)
    return event if bound is None else replace(event, date=bound[0], date_note=bound[1])


def _before_narrative(
    event: DraftEvent,
    out: Sequence[DraftEvent],
    stated: dict[str, Resolution],
    sentences: Sequence[Sentence],
) -> tuple[str, str] | None:
    """A bound for an event told in the past perfect: before the story's last dated time.

    Tense convention: news narrates in the simple past and steps back with the past
    perfect ("had been asking", "had begun to threaten"): a past-perfect event came
    before the time of the sentence told just before it, when that names one. Reported
    speech ("said it had stopped") is the speaker's tense, not the story's, so a verb of
    saying or finding before "had" rules it out.
    """
    if event.role not in ("main", "leading"):
        return None
    outside = _outside(sentences[event.sentence].text)
    perfect = _PAST_PERFECT.search(outside)
    if perfect is None or _REPORTED.search(outside, 0, perfect.start()):
        return None
    # The time the story last named is that of the sentence told just before; when that
    # sentence dates nothing, the story has moved on and gives no time to go by.
    before = [e for e in out if e.sentence < event.sentence]
    dated = [e for e in before if e.sentence == before[-1].sentence and e.id in stated]
    if not dated:
        return None
    last = dated[-1]
    end = _sides(stated[last.id].edtf)[1]
    if end.startswith(".."):
        return None
    return f"../{end}", (
        f"Inferred: the article gives no date for this; it is told in the past perfect, so "
        f"it came before the time last named ('{last.date}', {last.source})."
    )
