"""Bounds an undated event takes from the dated events the article ties it to."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Final

from timeline.dates import Found, Resolution
from timeline.draft.actors import surname
from timeline.draft.anchors import Anchor, AnchoredDate, anchored_date
from timeline.draft.cells import undated
from timeline.draft.continuation import (
    REACHED,
    admits,
    answered,
    continued_quote,
    first_account,
    interviewed_before,
    last_told,
    named_before,
    own_occasion,
    said_then,
    time_shift,
)
from timeline.draft.dating import released_on
from timeline.draft.lede import news_day
from timeline.draft.model import DraftEvent, DraftLink
from timeline.draft.occasions import dated_next, named_same, the_spokesperson, told_since
from timeline.draft.quotes import quote_outside_words
from timeline.draft.responses import answered_reports
from timeline.draft.sentences import Sentence
from timeline.draft.topics import topic_dated
from timeline.draft.words import (
    LEAD_PHRASE,
    OTHER_OCCASION,
    PRONOUN_SAID,
    REPORT_VERB,
    SAID_PLAIN,
    STATEMENT,
)

__all__ = ["bound_dates"]

_LATER: Final = re.compile(r"later|then|afterwards?|subsequently", re.IGNORECASE)
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
# A relative clause opening just before "had": the perfect is the noun's, not the event's.
_RELATIVE_BEFORE: Final = re.compile(r"\b(?:that|which|who|whom)\s+(?:[\w’'-]+\s+){0,2}$")
_REPORTED: Final = re.compile(  # (or conceded: "acknowledged that the statement had been wrong")
    rf"(?:{STATEMENT.pattern})|(?:{REPORT_VERB.pattern})|\b(?:acknowledg|admit|conced|confirm)\w*",
    re.IGNORECASE,
)
# "the official police account", "the department's official version": once a story has
# named a first account, "the official account" is that account named again.
# "has said", "she's said", "had told": the perfect puts a statement on another occasion.
_PERFECT_SAYING: Final = re.compile(
    r"(?:\b(?:has|have|had)|[’']s)\s+(?:\w+\s+)?(?:said|told|stated|insisted|maintained|argued)\b",
    re.IGNORECASE,
)
# "the pause", "the recall", "this decision": a noun that names an event told before.
_NAMED_EVENT: Final = re.compile(r"\b(?:the|this|that|its)\s+([a-z]{4,})\b", re.IGNORECASE)
# "is now pausing", "announced", "fired": the verbs of an event a later noun can name (a
# word in -ing only after "is", "was": "flooring" is a noun).
_EVENT_VERB: Final = re.compile(
    r"\b(?:is|are|was|were|been|be)\s+(?:now\s+)?([a-z]{3,}ing)\b|\b([a-z]{3,}ed)\b",
    re.IGNORECASE,
)
_ENDING: Final = re.compile(r"(?:ing|ed|ment|ion|ure|al|er|es|s)$")

# "The disclosure, which came after two other sources told WLRN": the subject, a noun for
# an event told before, and what came first.
_CAME_AFTER: Final = re.compile(
    r"^\W*The\s+(?P<noun>disclosure|admission|acknowledg(?:e)?ment|announcement|revelation|confirmation|statement|decision|reversal|move|apology)\b"
    r"[^.;]{0,60}?\b(?:came|comes|happened|followed|was\s+made)\s+(?:only\s+)?after\s+$",
    re.IGNORECASE,
)
_GOES_ON: Final = re.compile(
    r"(?i)\W*(?:(?:But|And|Yet)\s+)?(?:he|she|they)\s+(?:also\s+)?(?:(?:conced|acknowledg|admitt"
    r"|add)ed|said)\b"
)
_IN_A_STATEMENT: Final = re.compile(
    r"\bin\s+an?\s+(?:[\w-]+\s+)?(?:statement|e-?mail|interview|letter)\b"
    # (with where: "in an interview at the agency's head office in Lusaka")
    r"(?:\s+at\s+(?:the|his|her|its|their)\s+[^,;]*)?"
    # (or how the newsroom heard it: '," he told MPs, according to a recording', "told the Sun")
    r"|,?\s+according\s+to\s+(?:an?|the)\s+(?:recording|video|transcript|audio)\b.*$|\btold\s+the\s+(?-i:[A-Z])\w+\b.*$",
    re.IGNORECASE,
)
# Response convention: "In a written response to questions, a spokeswoman said" answers the
# newsroom's questions for this story, and "The co-op's wildfire plan said" gives a document's
# words: each an occasion of its own, not the last one told.
_OWN_OCCASION: Final = re.compile(
    r"\b(?:in\s+(?:an?\s+|its\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:response|reply|answer)s?\s+to\s+(?:(?:written|detailed|emailed|the|our|these)\s+)*questions|responding\s+to\s+questions)\b"
    r"|^\W*(?:[\w’'-]+\s+){0,6}?(?:plan|policy|website|brochure|leaflet|filing)\b",
    re.IGNORECASE,
)
_NOUN_LANE: Final = {"statement": "statement", "decision": "context", "move": "context"}

# "Graphic video shows officers beating", "body camera footage captured": what a
# recording shows is the incident it recorded.
_FOOTAGE_SHOWS: Final = re.compile(
    r"\b(?:video|videos|footage|recordings?|clips?)\b(?:\s+[\w’'-]+){0,4}?\s+"
    r"(?:shows?|showed|captured|captures|depicts?|depicted)\b",
    re.IGNORECASE,
)


def _outside(text: str) -> str:
    return " ".join(quote_outside_words(text))


def _sides(span: Resolution) -> tuple[str, str]:
    """The two ends of a resolved date, written as EDTF (a single date is both ends).

    A season or quarter ("2023-36", EDTF level 2) is no end of an interval a case's date
    cell takes, so that end is written as its first or last day.
    """
    left, _, right = span.edtf.partition("/")
    left, right = (left, right) if right else (left, left)
    if _SUBYEAR.match(left) and span.start is not None:
        left = span.start.isoformat()
    if _SUBYEAR.match(right) and span.end is not None:
        right = span.end.isoformat()
    return left, right


# A season or quarter code after the year: "2021-22", "2023-36".
_SUBYEAR: Final = re.compile(r"^\d{4}-(?:2[1-9]|3\d|4[01])\b")


def _same_occasion(
    event: DraftEvent,
    out: Sequence[DraftEvent],
    spans: dict[str, Resolution],
    pub: datetime.date,
) -> DraftEvent | None:
    """A statement dated as the speaker's last one, when it follows it without a new date.

    Quotation convention: a story that has said when someone spoke ("said Wednesday in a
    statement") keeps quoting that occasion ("he said", "Mosseri disputed that, too") until
    it names another: the perfect ("has said", "had told"), the present after the past
    ("she says" after "she told": to the newsroom, now), a gap of more than one paragraph,
    or a word of time ("initially said"; "later said" is after the last, by publication).
    """
    # an admission quoted on in the words of a statement is said on its occasion; one
    # told in its own sentence ("Brooks acknowledged") is another occasion
    said = _IN_A_STATEMENT.sub("", _outside(event.clause))  # '," he said in a statement'
    # ... and so is one the same speaker goes on to in the paragraph ("But he conceded")
    going_on = admits(event) and _GOES_ON.match(said) is not None
    quoted_on = admits(event) and len(said.split()) <= 3
    # (and so is a step the speaker tells, "she said the utility would stop publishing
    # the map"; an admission in its own sentence is another occasion)
    same = named_same(event.clause)
    if not (quoted_on or going_on or same or (answered(event) and not admits(event))):
        return None
    if _PERFECT_SAYING.search(_outside(event.clause)) or _OWN_OCCASION.search(event.clause):
        return None
    shift = time_shift(_outside(event.clause))
    if shift is not None and _LATER.fullmatch(shift.group()) is None:
        return None
    speaker = surname(event.actor)
    # an admission is said on an occasion too ("It is now clear that ...," the force said),
    # and so is what the newsroom heard just before ("Gunasekera, contacted on Friday, ...")
    last = last_told(out, event.para, REACHED)
    # (or named again by a pronoun, in the paragraph or the next: "The minister's
    # words, she said, ..." after "a spokesperson acknowledged on Wednesday")
    again = (
        PRONOUN_SAID.search(said) is not None and last is not None and event.para - last.para < 2
    )
    matched = again or bool(speaker and last is not None and surname(last.actor) == speaker)
    interview = None
    if last is not None and speaker and not matched:
        last = named_before(out, speaker, event.para)  # (named in an earlier answer)
        # (or, however far back, the interview the newsroom had with them)
        interview = None if last is not None else interviewed_before(out, speaker)
        last = last or interview
        matched = last is not None
    if last is None or last.id not in spans or not matched:
        return None
    if _PERFECT_SAYING.search(_outside(last.clause)) or told_since(event.clause, last.clause):
        return None  # "Santos had also said", "she says" after "she told": another occasion
    if event.para - last.para > 2 and interview is None:
        return None
    if going_on and not quoted_on and event.para != last.para:
        return None
    if shift is not None:
        start = _sides(spans[last.id])[0]
        if start.startswith(".."):
            return None
        note = (
            f"Inferred: the same speaker said this {shift.group()}, after the occasion "
            f"{last.source} dates '{last.date}', and by publication."
        )
        return replace(event, date=f"{start}/{pub.isoformat()}", date_note=note)
    note = f"Inferred: the same speaker, on the occasion {last.source} dates '{last.date}'."
    return replace(event, date=spans[last.id].edtf, date_note=note)


def _stem(word: str) -> str:
    """A word without its ending: "pausing", "pause", "pauses" give "paus"; "closure", "clos"."""
    return _ENDING.sub("", word.lower()).removesuffix("e")


def _reaction(
    event: DraftEvent, out: Sequence[DraftEvent], spans: dict[str, Resolution], pub: datetime.date
) -> DraftEvent | None:
    """A statement about an event told just before, dated no earlier than that event.

    Reaction convention: news tells the development, then the response to it; a
    statement that names the event by its noun ("is now pausing" ... "the pause is not a
    result of") was made after it, and by the time the story was published.
    """
    if event.lane != "statement" or not out:
        return None
    before = [e for e in out if e.id in spans and e.lane != "statement"][-1:]
    if not before or event.para - before[0].para > 1:
        return None
    told = before[0]
    verbs = {_stem(m.group(1) or m.group(2)) for m in _EVENT_VERB.finditer(_outside(told.clause))}
    shared = [
        m.group(0)
        for m in _NAMED_EVENT.finditer(_outside(event.clause))
        if len(_stem(m.group(1))) >= 4 and _stem(m.group(1)) in verbs
    ]
    start = spans[told.id].start
    if not shared or start is None or start > pub:
        return None
    left = _sides(spans[told.id])[0]
    date = left if start == pub else f"{left}/{pub.isoformat()}"
    note = (
        f"Inferred: this speaks of '{shared[0]}', told in {told.source} and dated "
        f"'{told.date}', so it came after it."
    )
    return replace(event, date=date, date_note=note)


def _came_before(
    event: DraftEvent, sentence: str, out: Sequence[DraftEvent], stated: dict[str, Resolution]
) -> tuple[str, str] | None:
    """A bound for what an event named again "came after": no later than that event.

    Sequence convention: "The disclosure, which came after two other sources told WLRN"
    names an event told before by its noun and orders the clause that follows before it.
    """
    at = sentence.find(event.clause)
    m = _CAME_AFTER.search(sentence[:at]) if at > 0 else None
    if m is None:
        return None
    lane = _NOUN_LANE.get(m.group("noun").lower(), "disclosure")
    earlier = [e for e in out if e.sentence < event.sentence and e.lane == lane and e.id in stated]
    if not earlier or stated[earlier[-1].id].end is None:
        return None
    named = earlier[-1]
    end = _sides(stated[named.id])[1]
    return f"../{end}", (
        f"Inferred: the article says the {m.group('noun').lower()} ({named.source}, "
        f"'{named.date}') came after this, so it was on or before {end}."
    )


def _recorded_incident(
    event: DraftEvent, sentence: str, anchors: Mapping[str, Anchor]
) -> DraftEvent | None:
    """A practice a recording shows, dated as the incident, when the article dates one.

    Footage convention: "video shows officers beating him" describes the incident the
    recording captured, not the day it was released. When the story dates exactly one
    incident ("the arrest the night of January 7"), that is the day the footage shows.
    """
    if event.lane != "practice" or len(anchors) != 1:
        return None
    shows = _FOOTAGE_SHOWS.search(_outside(sentence))
    if shows is None or sentence.find(event.clause) < 0:
        return None
    anchor = next(iter(anchors.values()))
    note = (
        f"Inferred: the recording shows the {anchor.noun}, which the article dates "
        f"'{anchor.words}' (¶{anchor.para})."
    )
    return replace(event, date=anchor.day.isoformat(), date_note=note)


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
                ends.append((span.end, _sides(span)[1], f"it was found by '{link.source}'"))
        elif link.relation == "prompted" and link.target == event.id and link.source in spans:
            span = spans[link.source]
            if span.start is not None:
                starts.append((span.start, _sides(span)[0], f"it followed '{link.source}'"))
        elif link.relation == "prompted" and link.source == event.id and link.target in spans:
            span = spans[link.target]
            if span.end is not None:
                ends.append((span.end, _sides(span)[1], f"it led to '{link.target}'"))
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
    found: Mapping[int, Sequence[Found]] | None = None,
    lede: int | None = None,
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
    before the time the sentence before it names; last, a plain attribution in a
    sentence with no date of its own is dated by the news day paragraph ``lede`` names
    (:func:`~timeline.draft.dating.news_day`); an undated report is bounded by the first
    dated response that names it (:func:`~timeline.draft.responses.answered_reports`).
    A statement told before its speaker's quote closes on a day ("..., he said Friday.") is
    dated that day (:func:`~timeline.draft.occasions.dated_next`). ``found`` holds each
    paragraph's dates. Only dates the article gives are used, each named in ``date_note``.
    """
    found = found or {}
    news = news_day(found.get(lede, ()), pub) if lede is not None else None
    days = {
        s.index: [f for f in found.get(s.para, ()) if s.start <= f.start and f.end <= s.end]
        for s in sentences
    }
    bound = undated(pub)
    spans: dict[str, Resolution] = {}
    for e in events:
        span = e.span(pub) if e.date != bound else None
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
        news=news,
        dated=frozenset(k for k, named in days.items() if named),
        past_news=_past_news(sentences, days, news, pub),
    )
    out: list[DraftEvent] = []
    for event in events:
        if event.date == bound:
            event = _closer(event, out, ties)
            span = event.span(pub) if event.date != bound else None
            if span is not None:
                spans[event.id] = span
        out.append(event)
    out = answered_reports(topic_dated(out, pub), sentences, pub)
    return the_spokesperson(dated_next(out, sentences, found, pub), pub, sentences)


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
    news: Found | None = None
    """The lede's news day."""
    dated: frozenset[int] = frozenset()
    """The sentences that name a date."""
    past_news: frozenset[int] = frozenset()
    """The sentences told after the story has named a day later than the news day."""


# Continuation convention: "It had also put the amount at Rs 15.2 crore", right after the
# party's dated statement, adds to what it said on that occasion.
_ALSO: Final = re.compile(r"^\W*(?:It|They|He|She)\s+(?:had\s+|has\s+)?also\b")


def _told_also(event: DraftEvent, before: DraftEvent) -> bool:
    """Whether ``event`` is a statement told as said "also" on ``before``'s occasion."""
    return (
        event.lane == before.lane == "statement"
        and event.para == before.para
        and event.sentence == before.sentence + 1
        and _ALSO.match(_outside(event.clause)) is not None
    )


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
    first = first_account(event, out, spans)
    if first is not None:
        return first
    own = own_occasion(event, out, spans)
    for tie in (own, _same_occasion(event, out, spans, pub), _reaction(event, out, spans, pub)):
        if tie is not None:
            return tie
    recorded = _recorded_incident(event, ties.sentences[event.sentence].text, ties.anchors)
    if recorded is not None:
        return recorded
    before = out[-1] if out else None
    if (
        before is not None
        and before.id in spans
        and continued_quote(event, before, ties.sentences, before.id in ties.stated)
    ):
        return said_then(event, before, spans[before.id])
    if before is not None and before.id in spans and _told_also(event, before):
        return said_then(event, before, spans[before.id])
    bound = _came_before(event, ties.sentences[event.sentence].text, out, ties.stated)
    if bound is None:
        bound = _by_link(event, ties.by_id, ties.links, spans, pub)
    if bound is None:
        bound = _before_narrative(event, out, ties.stated)
    if bound is None:
        bound = _on_news_day(event, ties)
    return event if bound is None else replace(event, date=bound[0], date_note=bound[1])


def _past_news(
    sentences: Sequence[Sentence],
    days: Mapping[int, Sequence[Found]],
    news: Found | None,
    pub: datetime.date,
) -> frozenset[int]:
    """The sentences told after one that names a time past and later than the news day."""
    day = news.resolution.start if news is not None else None
    if day is None:
        return frozenset()
    out: set[int] = set()
    moved = False
    for sent in sentences:
        if moved:
            out.add(sent.index)
        moved = moved or any(
            f.resolution.start is not None
            and f.resolution.end is not None
            and day < f.resolution.start <= f.resolution.end <= pub
            for f in days[sent.index]
        )
    return frozenset(out)


def _on_news_day(event: DraftEvent, ties: _Ties) -> tuple[str, str] | None:
    """The news day, for what is said plainly in a sentence that names no date.

    News-day convention: after a lede that dates the news ("said Wednesday"), the body
    keeps reporting that day's words with plain attributions ("he said", "told the
    newspaper"). An attribution in a tense or with a word of its own time ("has said",
    "initially said", "was told") is another occasion, a sentence that names any date
    gives its own time, and once the story has named a later day it has moved past the
    news day, so none of these is dated this way. What is done, not said (a
    practice), is never dated by the day it was reported.
    """
    news = ties.news
    if news is None or news.resolution.start is None or event.lane == "practice":
        return None
    outside = _outside(event.clause)
    if event.sentence in ties.dated | ties.past_news or not SAID_PLAIN.search(outside):
        return None
    if OTHER_OCCASION.search(outside):
        return None
    return news.resolution.start.isoformat(), (
        f"Inferred: the article gives no date for this; it is reported plainly after a "
        f"lede that dates the news '{news.text}', so it is taken as that day."
    )


def _before_narrative(
    event: DraftEvent, out: Sequence[DraftEvent], stated: dict[str, Resolution]
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
    # the clause's own words after any phrase set before its subject: "Asked why the office
    # had not disclosed ..., Lee said" is a question put to the speaker, not the story
    # stepping back in time
    outside = _outside(event.clause)
    lead = LEAD_PHRASE.match(outside)
    perfect = _PAST_PERFECT.search(outside, lead.end() if lead is not None else 0)
    if perfect is None or _REPORTED.search(outside, 0, perfect.start()):
        return None
    if _RELATIVE_BEFORE.search(outside, 0, perfect.start()):
        return None  # "the 11 units that had not applied" tells what the units are
    # The time the story last named is that of the sentence told just before; when that
    # sentence dates nothing, the story has moved on and gives no time to go by.
    before = [e for e in out if e.sentence < event.sentence]
    dated = [e for e in before if e.sentence == before[-1].sentence and e.id in stated]
    if not dated:
        return None
    last = dated[-1]
    end = _sides(stated[last.id])[1]
    if end.startswith(".."):
        return None
    return f"../{end}", (
        f"Inferred: the article gives no date for this; it is told in the past perfect, so "
        f"it came before the time last named ('{last.date}', {last.source})."
    )
