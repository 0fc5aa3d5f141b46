"""A clause set in the time of another ("When it announced the results,"), or said since it."""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Final

from timeline.dates import Found
from timeline.draft.cells import date_column, undated
from timeline.draft.clauses import Clause
from timeline.draft.model import DraftEvent
from timeline.draft.quotes import quote_outside_words, quote_spans
from timeline.draft.sentences import Sentence
from timeline.draft.spoken import bare_time
from timeline.draft.words import TOLD_FROM

__all__ = [
    "at_the_meeting",
    "at_the_time",
    "dated_next",
    "named_same",
    "quoted_then",
    "said_before",
    "said_where",
    "same_time",
    "the_spokesperson",
    "then_before",
    "time_set_first",
    "told_again",
    "told_since",
]

# Occasion convention: "When it announced the headline results on Jan. 12, Nordvik said
# ...", "As the storm hit on Monday, the utility told customers ...": the main clause
# happened at the time its "When" or "As" clause names.
# "The morning after two trains stopped on Oct. 8, the agency told riders": the day after
# the day the clause names (see TOLD_FROM).
_WHEN: Final = re.compile(
    rf"^\W*(?:(?:And|But|Yet|So)\s+)?(?:When|As|(?P<told>{TOLD_FROM}))\s", re.IGNORECASE
)
# ... unless it is told as done before then: "When police arrived on Monday, he had fled".
# (the clause's own verb, after its subject, not what it reports)
_BEFORE_THEN: Final = re.compile(
    r"\W*(?:[\w’'.-]+\s+){0,3}?(?:had|hadn[’']t)\s+(?:already\s+|long\s+|not\s+|never\s+)?"
    r"[a-z]+\b",
    re.IGNORECASE,
)


_THEN_WHEN: Final = re.compile(r"\s*when\s+")
_TIME_SET_FIRST: Final = re.compile(
    r"\W*(?:In|During|By|Late|Early)\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May"
    r"|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter"
    r"|\d{4})\b[^,;“”\"]{0,30},\s+(?:after|following)\s+$"
)


def said_before(s: str, clause: Clause, clauses: Sequence[Clause]) -> Clause | None:
    """The clause whose time dates ``clause``, which has none of its own: the statement a
    clause joined by "and that" goes on with, the words a deed is set against, or the main
    clause of a time set first.

    Reported-speech convention: "said on Wednesday that A, and that B" tells two things
    said at one time; B, with no date of its own, was said when A was. So a deed set against
    words told after "when" ("Fewer than half had been closed when the director wrote in
    February") held when they were said, and what a clause tells "after" a time set first
    ("In September last year, after the union raised concerns, the commissioner told local
    media") shares that time.
    """
    if clause.role == "prior" and _TIME_SET_FIRST.match(s[: clause.start]):
        main = [c for c in clauses if c.role == "main"]
        return main[0] if main else None
    after = [c for c in clauses if c.start >= clause.end and c.role == "contrast"]
    if clause.role == "main" and after and _THEN_WHEN.fullmatch(s, clause.end, after[0].start):
        return after[0]
    joined = (clause.role, clause.lane) == ("joined", "statement")
    if not joined or not s.startswith("that ", clause.start):
        return None
    said = [c for c in clauses if c.end <= clause.start and c.lane == "statement"]
    return said[-1] if said and said[-1].role != "background" else None


def same_time(
    s: str,
    clause: Clause,
    clauses: Sequence[Clause],
    dates: Sequence[Found],
    pub: datetime.date,
    offset: int,
) -> tuple[str, str] | None:
    """The date and note of a main clause set in the time of its leading "When" clause.

    ``dates`` are the sentence's dates, at ``offset`` in its paragraph. Only a leading
    clause with exactly one date dates the main clause, and only when the main clause is
    not told in the past perfect.

    >>> from timeline.dates import find
    >>> s = "When it released the results on Jan. 12, the company said the drug was safe."
    >>> lead, main = Clause(0, 40, "leading", "statement"), Clause(42, len(s), "main", "statement")
    >>> same_time(s, main, [lead, main], find(s, "2021-03-16"), datetime.date(2021, 3, 16), 0)[0]
    'Jan. 12'
    """
    opening = _WHEN.match(s)
    if clause.role != "main" or opening is None or _BEFORE_THEN.match(s, clause.start):
        return None
    lead = next((c for c in clauses if c.role == "leading" and c.end <= clause.start), None)
    if lead is None:
        return None
    when = [f for f in dates if lead.start <= f.start - offset and f.end - offset <= lead.end]
    if len(when) != 1:
        return None
    told = opening.group("told")
    if told and told.lower().startswith("the "):
        day = when[0].resolution.edtf
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
            return None
        after = datetime.date.fromisoformat(day) + datetime.timedelta(days=1)
        words = " ".join(told.split()).lower()
        note = f"Inferred: told as '{words}' the clause before it dates '{when[0].text}'."
        return after.isoformat(), note
    note = f"Inferred: told as happening when the clause before it says, '{when[0].text}'."
    return date_column(when[0], pub), note


# Occasion convention: what was said "where" an occasion was held ("paraded before the press
# on March 29, where the spokesman told journalists that") takes the occasion's day.
_WHERE_AT: Final = re.compile(r",\s+(?:where|at\s+which)\s+$")


def said_where(
    s: str, clause: Clause, dates: Sequence[Found], pub: datetime.date, offset: int
) -> tuple[str, str] | None:
    """The date and note of a clause told "where" the date just before it names (see
    ``_WHERE_AT``), if it is one."""
    at = _WHERE_AT.search(s, 0, clause.start)
    before = [f for f in dates if at is not None and f.end - offset == at.start()]
    if not before:
        return None
    note = f"Inferred: said at the occasion the sentence dates '{before[0].text}'."
    return date_column(before[0], pub), note


# Time convention: a time set first, alone ("Nineteen days later, Leban stood before the
# council and said ..."), is the time of every clause of its sentence that names none.
_SET_FIRST: Final = re.compile(r"\W*(?:(?:And|But|Yet|So|Then)\s+)?[^,;“”\"]{3,40}?,\s")


def time_set_first(
    s: str, clause: Clause, dates: Sequence[Found], pub: datetime.date, offset: int
) -> tuple[str, str] | None:
    """The date and note of a main clause that names no time, from the time alone that
    opens its sentence (not one told as done before then, see ``_BEFORE_THEN``).

    >>> from timeline.dates import find
    >>> s = "Nineteen days later, Leban stood before the council and said it was safe."
    >>> main = Clause(50, len(s), "main", "statement")
    >>> found = find("On April 3, 2024, they met. " + s, "2025-03-14")[1:]
    >>> time_set_first(s, main, found, datetime.date(2025, 3, 14), 28)[0]
    '2024-04-22'
    """
    first = _SET_FIRST.match(s)
    if first is None or clause.role not in ("main", "said") or clause.start < first.end():
        return None
    if clause.role == "main" and _BEFORE_THEN.match(s, clause.start):
        return None
    told = [f for f in dates if f.end - offset <= first.end()]
    if len(told) != 1 or not bare_time(told, s, 0, first.end() - 2, offset):
        return None
    note = f"Inferred: the sentence opens with '{told[0].text}', the time of all it tells."
    return date_column(told[0], pub), note


# Anaphora convention: "In January, Ottawa capped study permits. At the time, the president
# said the university was well positioned": "at the time" (not "at the time of ...") is
# the time the sentence before it names; so is "then" set after the verb of saying ("Theft
# was the biggest driver, she said then"), not "then-Mayor" nor "said, then left".
_AT_THE_TIME: Final = re.compile(
    r"\b(?:at\s+(?:the|that)\s+time|back\s+then)\b(?!\s+of\b)"
    r"|\b(?:said|says|wrote|added|insisted|claimed|told\s+\w+)\s+then\b(?![-‑])"
    # ... and so is the gathering it named, by its noun: "Before the vote, Oyelaran told"
    r"|^\W*(?:Before|During|At)\s+the\s+(?:vote|meeting|hearing|session|debate)\b(?!\s+(?:on|in|of)\b)",
    re.IGNORECASE,
)

# The verb that tells an occasion's words ("told journalists that ..."): see at_the_time.
_TELLING: Final = re.compile(r"\b(?:said|says|told|wrote|announced|insisted|claimed|assured)\b")


def quoted_then(earlier: Sequence[DraftEvent], event: DraftEvent) -> DraftEvent:
    """``event``, a quotation told "at the time", dated as the statement the paragraph
    before told, when it goes on from it.

    Quotation convention: the occasion told in one paragraph ("told journalists on March
    29 that ..."), then the quote alone in the next ('"...," the spokesman said at the
    time'): the quote is words of that occasion.
    """
    last = earlier[-1] if earlier else None
    outside = " ".join(quote_outside_words(event.clause))
    if (
        last is None
        or event.lane != "statement"
        or not event.date.startswith("..")
        or not event.clause.lstrip().startswith(("“", '"'))
        or last.lane != "statement"
        or last.para != event.para - 1
        or last.date.startswith("..")
        or _AT_THE_TIME.search(outside) is None
    ):
        return event
    note = f"Inferred: said 'at the time' of the statement in ¶{last.para}, '{last.date}'."
    return replace(event, date=last.date, date_note=note)


def at_the_time(
    s: str,
    clause: Clause,
    found: Sequence[Found],
    sentences: Sequence[Sentence],
    sent: Sentence,
    pub: datetime.date,
) -> tuple[str, str] | None:
    """The date and note of a clause told "at the time" a sentence before it dates.

    ``found`` holds the dates of the paragraph of ``sent``; the last one named outside a
    quotation, in the nearest sentence before it that names one, is the time meant.

    >>> from timeline.dates import find
    >>> from timeline.draft.sentences import split_sentences
    >>> para = "In January, Ottawa capped permits. At the time, the president said all was well."
    >>> first, second = split_sentences(para)
    >>> c = Clause(0, len(second.text), "main", "statement")
    >>> at_the_time(second.text, c, find(para, "2024-11-21"), [first, second], second,
    ...             datetime.date(2024, 11, 21))[0]
    'In January'
    """
    words = s[clause.start : clause.end]
    quotes = quote_spans(words)
    shift = _AT_THE_TIME.search(words)
    if shift is None or any(a <= shift.start() < b for a, b in quotes):
        return None
    named: list[Found] = []
    for prev in reversed([x for x in sentences if x.para == sent.para and x.index < sent.index]):
        inside = quote_spans(prev.text)
        named = [
            f
            for f in found
            if prev.start <= f.start
            and f.end <= prev.end
            and not any(a <= f.start - prev.start < b for a, b in inside)
        ]
        if named:
            break
    if not named:
        return None
    # (the occasion's time, not one in what was told there: "in March, Mwansa told
    # journalists that inspections in the first quarter had found ...")
    verb = _TELLING.search(prev.text)
    meant = [f for f in named if verb and f.end <= prev.start + verb.start()] or named
    note = f"Inferred: told as '{shift.group()}' a sentence before names, '{meant[-1].text}'."
    return date_column(meant[-1], pub), note


# "At the time, the company told customers ...": a paragraph that opens on the time just told.
_OPENS_THEN: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:At\s+(?:the|that)\s+time(?!\s+of\b)|Back\s+then)\b"
)
# Reply convention: "The MP asked the minister last Wednesday why ..." then, opening the next
# paragraph, "Responding, the deputy minister said ...": a reply told bare, with no time of its
# own, was given when the question just told was put.
_OPENS_REPLY: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:Responding|Replying|In\s+(?:response|reply)),"
)


def then_before(events: Sequence[DraftEvent], pub: datetime.date) -> list[DraftEvent]:
    """The events, with one told "at the time" as its paragraph opens dated as the last
    event of the paragraph before, when that one is dated and no telling; and so is a reply
    told bare ("Responding, the minister said"), after any dated event (``_OPENS_REPLY``).

    Then convention: "Ferries cancelled 23 crossings in January." then, opening the next
    paragraph, "At the time, the company told customers in a notice on its website ...":
    the time meant is the one the story has just told.
    """
    out: list[DraftEvent] = []
    for e in events:
        bare = e.date == undated(pub)
        opens = (_OPENS_THEN.match(e.detail) or _OPENS_REPLY.match(e.detail)) if bare else None
        if opens is not None and not any(x.para == e.para and x.sentence < e.sentence for x in out):
            # (the last event told, when the story dates it; a telling is another occasion,
            # save for the one replied to)
            told = [x for x in out if x.para == e.para - 1][-1:]
            if (
                told
                and not told[-1].date.startswith("..")
                and (opens.re is _OPENS_REPLY or told[-1].lane != "statement")
            ):
                said = opens.group().strip(' \u201c"')
                note = f"Inferred: '{said}' opens the paragraph; the one before dates it"
                e = replace(e, date=told[-1].date, date_note=f"{note} '{told[-1].date}'.")
        out.append(e)
    return out


# Audience convention: "Pelham told Tuesday night's council meeting the explanation was not
# accurate." and, paragraphs on, "Mr Pelham told councillors the release had gone out before
# he had read the report": the same speaker telling the same body again, with no time of its
# own, is telling it at the occasion the story dated.
_TOLD_BODY: Final = re.compile(
    # (or the words given to it: "made the admission to Parliament's defence committee")
    r"\b(?:told|(?:admission|statement|submission|evidence|briefing|remarks)\s+to)\s+"
    r"(?:the\s+|a\s+|[\w’'-]+\s+night[’']s\s+|[\w’'-]+[’']s\s+)?(?:[\w-]+,?\s+(?:and\s+)?){0,5}?"
    r"(?P<body>council|councill?ors|committee|lawmakers|legislators|MPs|senators|commissioners"
    r"|trustees|board|hearing|inquiry|assembly|parliament|tribunal|jury)\b",
    re.IGNORECASE,
)


def _body_told(clause: str) -> str | None:
    """The body a clause tells something to (``_TOLD_BODY``), councillors as the council and a
    hearing as the committee that holds it ("told a parliamentary estimates hearing on
    Tuesday", then "initially told the committee")."""
    told = _TOLD_BODY.search(clause)
    if told is None:
        return None
    body = told["body"].lower()
    # (and MPs as the committee that questions them: "told MPs" after "told the committee")
    same = {
        "councillors": "council",
        "councilors": "council",
        "lawmakers": "legislators",
        "mps": "committee",
    }
    return {**same, "hearing": "committee"}.get(body, body)


def told_again(events: Sequence[DraftEvent], pub: datetime.date) -> list[DraftEvent]:
    """The events, with words an undated speaker told a body dated by the last time the story
    dated that speaker telling that body (``_TOLD_BODY``), and an account summed up before
    it is given in full dated by the telling (``_SUMMED_UP``)."""
    events = _summed_up(events, pub)
    out: list[DraftEvent] = []
    for e in events:
        body = _body_told(e.clause) if e.date == undated(pub) and e.actor else None
        before = [
            x
            for x in (out if body else ())
            if x.actor == e.actor and not x.date.startswith("..") and _body_told(x.clause) == body
        ]
        if before:
            note = f"Inferred: told to the {body} again; the story dated that at"
            e = replace(e, date=before[-1].date, date_note=f"{note} '{before[-1].date}'.")
        out.append(e)
    return out


# Summary convention: "The tax body says no such fee exists. In a statement issued on 19
# October, RRA said goods were cleared free of charge" sums the account up in the present,
# then gives it in full with its day: one account, told that day.
_SUMMED_UP: Final = re.compile(r"\b(?:says|insists|maintains|denies|rejects)\b")


def _summed_up(events: Sequence[DraftEvent], pub: datetime.date) -> list[DraftEvent]:
    """The events, with an undated summary dated by the account the next sentence gives."""
    out = list(events)
    for k, (e, nxt) in enumerate(itertools.pairwise(events)):
        summary = e.lane == "statement" and e.date == undated(pub) and e.role == "main"
        given = (
            nxt.lane == "statement"
            and nxt.para == e.para
            and nxt.sentence == e.sentence + 1
            and not nxt.date.startswith("..")
            and e.actor in ("", nxt.actor)
        )
        if summary and given and _SUMMED_UP.search(e.clause) and "“" not in e.clause:
            note = f"Inferred: the account the next sentence gives in full, dated '{nxt.date}'."
            out[k] = replace(e, date=nxt.date, date_note=note)
    return out


# Scene convention: "At the trustees' May 20 meeting, dozens of residents packed the hall.
# Halvorsen told them the system was working.": after a sentence that opens at a dated
# gathering, the paragraph goes on telling what was said there.
_AT_THE_MEETING: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?i:at|during)\s+(?:an?|the|its|their|[\w’'-]+[’']s?)\s+(?:[\w’'.-]+\s+){0,4}?"
    r"(?:meeting|hearing|conference|briefing|session|forum|rally|town\s+hall|press\s+meet)\b"
    r"[^,;]{0,40},"
)


def at_the_meeting(
    clause: Clause,
    found: Sequence[Found],
    sentences: Sequence[Sentence],
    sent: Sentence,
    pub: datetime.date,
) -> tuple[str, str] | None:
    """The date and note of a statement told after a sentence opened at a dated gathering.

    ``found`` holds the dates of the paragraph of ``sent``; only a date inside the opening
    phrase of the nearest sentence before ``sent`` in its paragraph that opens at a
    gathering counts.
    """
    if clause.lane != "statement":
        return None
    before = [x for x in sentences if x.para == sent.para and x.index < sent.index]
    first = next((x for x in reversed(before) if _AT_THE_MEETING.match(x.text)), None)
    opening = _AT_THE_MEETING.match(first.text) if first is not None else None
    if first is None or opening is None:
        return None
    named = [f for f in found if first.start <= f.start and f.end <= first.start + opening.end()]
    if len(named) != 1:
        return None
    note = f"Inferred: said at the gathering the paragraph opens at, '{named[0].text}'."
    return date_column(named[0], pub), note


# Tense convention: news copy tells what a source said to the newsroom for this story in
# the present ("Raghunathan says"), and earlier occasions in the past ("she told the
# committee on May 8").
_SAYS_NOW: Final = re.compile(r"\b(?:says|tells|adds|insists|maintains|argues)\b")
# ... unless the occasion told in the past was the newsroom's own interview: "acknowledged
# in an interview Monday ... he says" goes on quoting that interview.
_TO_THE_NEWSROOM: Final = re.compile(
    r"\b(?:interview|reached|by\s+(?:tele)?phone|questions|(?-i:told\s+(?:the\s+)?[A-Z]))",
    re.IGNORECASE,
)


def told_since(clause: str, last: str) -> bool:
    """Whether a speaker's ``clause`` was said on a later occasion than their ``last`` words.

    >>> told_since("Lee says the level is not a survey.", "Lee told the committee on May 8.")
    True
    >>> told_since("Lee says it was wrong.", "Lee acknowledged in an interview Monday.")
    False
    """
    now, then = (" ".join(quote_outside_words(t)) for t in (clause, last))
    return (
        bool(_SAYS_NOW.search(now))
        and not _SAYS_NOW.search(then)
        and not (_TO_THE_NEWSROOM.search(then))
    )


# Quotation convention, told backwards: "Whitaker said the department was still
# investigating. “It's an open matter,” he said Friday." AP copy dates the interview at
# the quote that closes it; the paraphrase before it, by the same speaker and with no date
# of its own, was said on that occasion.
_SAID_ON_DAY: Final = re.compile(
    r"[,”\"]\s+(?:he|she)\s+(?:said|added)\s+(?:on\s+)?(?P<day>[A-Z][^.,;]{2,20})\.?\s*$"
)


def dated_next(
    events: Sequence[DraftEvent],
    sentences: Sequence[Sentence],
    found: Mapping[int, Sequence[Found]],
    pub: datetime.date,
) -> list[DraftEvent]:
    """The events, with an undated statement dated by the quote that closes its speaker's
    words in the next sentence of the paragraph, on a day (see ``_SAID_ON_DAY``)."""
    out: list[DraftEvent] = []
    for e in events:
        after = sentences[e.sentence + 1] if e.sentence + 1 < len(sentences) else None
        if after is not None and after.para == e.para and e.lane == "statement" and e.actor:
            said = _SAID_ON_DAY.search(after.text)
            day = after.start + said.start("day") if said is not None else -1
            named = [f for f in found.get(after.para, ()) if f.start == day]
            if named and e.date == undated(pub):
                note = f"Inferred: said on the occasion the next sentence dates, '{named[0].text}'."
                e = replace(e, date=date_column(named[0], pub), date_note=note)
        out.append(e)
    return out


# Quotation convention, for a body's unnamed voice: a story that has dated its exchange with
# the body's spokesperson ("Contacted on Friday, a ministry spokesperson said", "The ministry
# yesterday accepted the figures. ..., a spokeswoman said") goes on quoting that exchange as
# "the spokesperson said" and "she said": one reply, one occasion, until another is dated.
_SPOKESPERSON: Final = re.compile(
    r"\b(?P<art>[Aa]n?|[Tt]he)\s+(?:[\w’'-]+\s+){0,3}?spokes(?:man|woman|person)\b"
    # (named when told again: "said the spokeswoman, Lydia Castañeda"; then by her name)
    r"(?:,\s+(?:[A-Z][\w’'-]+\s+){0,2}(?P<surname>[A-Z][\w’'-]+))?"
)
_PRONOUN_SAID: Final = re.compile(r"(?:^|[,”\"]\s+)(?:[Hh]e|[Ss]he)\s+(?:said|added)\b")
_PERFECT: Final = re.compile(r"\s+(?:has|have|had)\s+(?:\w+\s+)?(?:said|told|stated)\b")


def the_spokesperson(
    events: Sequence[DraftEvent], pub: datetime.date, sentences: Sequence[Sentence] = ()
) -> list[DraftEvent]:
    """The events, with an undated statement of a body's unnamed spokesperson dated by the
    exchange the story dated first (see ``_SPOKESPERSON``).

    A spokesperson may be introduced in a sentence drafted as no event of its own, quoting
    on the dated event before it ("On Thursday, the council issued a correction. “...,” a
    council spokesman said."): ``sentences`` lets that introduction count.
    """
    out: list[DraftEvent] = []
    occasion: DraftEvent | None = None  # the dated exchange
    voice = -1  # the paragraph the spokesperson last spoke in
    name = ""  # the spokesperson's surname, once the story gives it
    introducing = _introducing(sentences)
    for e in events:
        last = out[-1] if out else None
        introduced = last is not None and any(
            introducing.get(k) == last.para for k in range(last.sentence + 1, e.sentence)
        )
        if last is not None and introduced and _one_day(last, pub):
            occasion, voice = last, last.para
        words = " ".join(quote_outside_words(e.clause))
        named = _SPOKESPERSON.search(words)
        if named is not None and named.group("surname"):
            name = named.group("surname")  # "said the spokeswoman, Lydia Castañeda"
        by_name = bool(name) and e.actor.split()[-1:] == [name]
        named = named if not e.actor or by_name else None
        again = (named is not None and named.group("art").lower() == "the") or by_name
        said = not e.actor and _PRONOUN_SAID.search(words) is not None and e.para - voice <= 1
        if named is not None and _one_day(e, pub):
            occasion = e
        elif named is not None and not again:
            # a new one, or the one who speaks for the body's dated reply just before
            before = out[-1] if out and out[-1].para == e.para and not out[-1].actor else None
            occasion = before if before is not None and _one_day(before, pub) else None
        undated_said = e.date == undated(pub) and e.lane in ("statement", "disclosure")
        at = words.find(name) if by_name else -1
        after = named.end() if named is not None else at + len(name) if at >= 0 else -1
        perfect = after >= 0 and _PERFECT.match(words, after) is not None
        if (again or said) and undated_said and occasion is not None and not perfect:
            note = (
                f"Inferred: the spokesperson's reply, on the occasion {occasion.source} dates "
                f"'{occasion.date}'."
            )
            e = replace(e, date=_one_day(occasion, pub), date_note=note)
        if named is not None or said:
            voice = e.para
        out.append(e)
    return out


def _introducing(sentences: Sequence[Sentence]) -> dict[int, int]:
    """The paragraph of each sentence, by its index, that introduces a spokesperson ("“...,”
    a council spokesman said"), not one named again ("the spokesman said")."""
    out: dict[int, int] = {}
    for x in sentences:
        named = _SPOKESPERSON.search(" ".join(quote_outside_words(x.text)))
        if named is not None and named.group("art").lower() != "the":
            out[x.index] = x.para
    return out


def _one_day(event: DraftEvent, pub: datetime.date) -> str:
    """The EDTF of an event dated to one day, or ""."""
    span = event.span(pub)
    one = span is not None and span.start is not None and span.start == span.end
    return span.edtf if span is not None and one else ""


# Quotation convention, the occasion named again: "In the same answers, Mr Kalule said the
# website statement was outdated" is said on the occasion the story dated before, even when
# what is said is a concession in a sentence of its own.
_THE_SAME: Final = re.compile(
    r"^\W*(?:In|At|During|Later\s+in)\s+the\s+same\s+(?:[\w-]+\s+)?(?:answers?|repl(?:y|ies)"
    r"|responses?|statements?|interview|letter|e-?mail|briefing|meeting|hearing|session|call"
    r"|conversation|submission|conference|chain|thread|exchange|memo|message|note)\b",
    re.IGNORECASE,
)


def named_same(clause: str) -> bool:
    """Whether a clause opens by naming the occasion before as its own (see ``_THE_SAME``)."""
    return _THE_SAME.match(clause) is not None
