"""Facts told twice, drafted once: a summary lede's restatements, a quotation's echo."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from timeline.dates import Found, resolve
from timeline.draft.admissions import ADMISSION
from timeline.draft.cells import undated
from timeline.draft.model import DraftEvent, DraftLink
from timeline.draft.slugs import content_words
from timeline.draft.words import ACCOUNT_NOUN, ATTRIBUTION_WORDS

__all__ = [
    "NEWS_WEEK",
    "SHARED_MIN",
    "drop_echoes",
    "drop_restatements",
    "merged",
    "news_day",
    "same_actor",
]

SHARED_MIN = 3
"""Content words a lede event must share with a body event to be the same fact."""


# A later telling that names an earlier account as its subject: "the initial release",
# "the department's first account".
_EARLIER_ACCOUNT: Final = re.compile(
    rf"\b(?:initial|first|earlier|original|previous|prior)\s+(?:[\w-]+\s+)?{ACCOUNT_NOUN}\b",
    re.IGNORECASE,
)


# Repetition convention: "For more than a year, the official has assured lawmakers ...",
# "has repeatedly insisted": an account given again and again over a span, an event of
# its own beside any one telling the body quotes.
_SAID_SINCE: Final = (
    r"(?:\w+\s+)?(?:said|assured|insisted|maintained|claimed|told|promised|denied)\b"
)
_TOLD_AGAIN_AND_AGAIN: Final = re.compile(
    rf"\b(?:has|have)\s+(?:long|repeatedly|consistently|often|routinely)\s+{_SAID_SINCE}"
    # (or told in the plain past: "For months, the president told customers who complained")
    r"|\bfor\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?(?:(?:a|an|two|three|four|five|six"
    r"|several|many|\d+)\s+)?(?:years?|months?|weeks?)\b[^.;]{0,80}?\b(?:(?:has|have|had)\s+)?"
    rf"{_SAID_SINCE}",
    re.IGNORECASE,
)
_QUOTED: Final = re.compile(r"[“\"]([^”\"]+)[”\"]")


def _span(date: str, pub: datetime.date) -> tuple[datetime.date | None, datetime.date | None]:
    res = resolve(date, pub)
    return (None, None) if res is None else (res.start, res.end)


def _overlap(a: str, b: str, pub: datetime.date) -> bool:
    """Whether two date columns can name the same time (an open bound overlaps anything)."""
    a0, a1 = _span(a, pub)
    b0, b1 = _span(b, pub)
    if a0 is not None and b1 is not None and a0 > b1:
        return False
    return not (b0 is not None and a1 is not None and b0 > a1)


def same_actor(a: str, b: str) -> bool:
    """Whether two actors can be one: equal, one unnamed, or one name inside the other."""
    if not a or not b:
        return True
    x, y = content_words(a), content_words(b)
    return bool(x & y) or x <= y or y <= x


def _quoted_apart(a: str, b: str) -> bool:
    """Whether two clauses each quote words, and their quotations share almost none."""
    qa = content_words(" ".join(_QUOTED.findall(a)))
    qb = content_words(" ".join(_QUOTED.findall(b)))
    return bool(qa) and bool(qb) and len(qa & qb) < 2


def _quoted_alike(a: DraftEvent, b: DraftEvent) -> bool:
    """Whether two facts quote the same words ("pretty bad wrongful raid"): the lede
    quoting the record the body quotes in full, whoever each names (two speakers may
    quote each other: "no cover-up by the port")."""
    if a.lane == "statement":
        return False
    qa = content_words(" ".join(_QUOTED.findall(a.clause)))
    return len(qa & content_words(" ".join(_QUOTED.findall(b.clause)))) >= SHARED_MIN


def _topic_words(text: str) -> set[str]:
    """The content words of a clause, without attribution or numbers: the dates are
    compared on their own ("in 2021 or 2022" names no subject)."""
    return {w for w in content_words(text) - ATTRIBUTION_WORDS if not w.isdigit()}


# A count the lede gives in figures ("struck 9,412 voters") is told again with that figure;
# a body sentence with other figures tells another fact (a year is a date, compared apart).
_COUNT: Final = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d,.]*\d(?![\w])")


def _body_twin(
    event: DraftEvent, body: Sequence[DraftEvent], pub: datetime.date
) -> DraftEvent | None:
    """The body event that details what a lede event summarises, if there is one."""
    if event.lane == "statement" and _TOLD_AGAIN_AND_AGAIN.search(event.clause):
        return None
    words = _topic_words(event.clause)
    counts = set(_COUNT.findall(event.clause))
    bound = undated(pub)
    best: tuple[int, DraftEvent] | None = None
    for other in body:
        if other.lane != event.lane or not _overlap(event.date, other.date, pub):
            continue
        if ADMISSION.search(event.clause) and not ADMISSION.search(other.clause):
            continue  # a concession is told again only as one ("acknowledged", "admitted")
        if _EARLIER_ACCOUNT.search(other.clause):
            continue  # "the initial release contained errors" speaks of the lede's account
        if other.date == bound and event.date != bound:
            continue  # the lede alone dates it: its telling is not a mere summary
        if counts and not counts & set(_COUNT.findall(other.clause)):
            continue  # "struck 9,412 voters" is not "at least 1,130 of the voters removed"
        shared = len(words & _topic_words(other.clause))
        if shared < SHARED_MIN:
            continue
        alike = same_actor(event.actor, other.actor) or _quoted_alike(event, other)
        if not alike and shared < 2 * SHARED_MIN:
            continue
        if _quoted_apart(event.clause, other.clause):
            continue  # two statements quoted in other words are two tellings
        if best is None or shared > best[0]:
            best = (shared, other)
    return None if best is None else best[1]


def drop_restatements(
    events: list[DraftEvent], links: list[DraftLink], pub: datetime.date, lede: int
) -> tuple[list[DraftEvent], list[DraftLink]]:
    """Drop the lede's events that a later paragraph details, moving their links over.

    Inverted-pyramid convention: a news story's first paragraph summarises the facts its
    body then tells in detail, with their dates and sources. The same fact told twice is
    one event, and the body's telling (dated, attributed, quoted) is the one to keep. An
    event of paragraph ``lede`` is a restatement when a later paragraph drafts an event
    of the same lane, whose dates can be the same, by a compatible actor, sharing at least
    :data:`SHARED_MIN` content words (twice as many when the actors differ). An event the
    lede alone tells is kept.
    """

    body = [e for e in events if e.para > lede]
    moved: dict[str, str] = {}
    owned: set[str] = set()
    for event in events:
        if event.para != lede or event.role in ("prior", "background"):
            continue
        twin = _body_twin(event, body, pub)
        if twin is None and (twin := _owned_next(event, body, pub)) is not None:
            owned.add(twin.id)
        if twin is not None:
            moved[event.id] = twin.id
    events = [replace(e, lane="disclosure") if e.id in owned else e for e in events]
    return merged(events, links, moved)


def _owned_next(
    event: DraftEvent, body: Sequence[DraftEvent], pub: datetime.date
) -> DraftEvent | None:
    """The telling, in the paragraph after the lede, of an admission the lede tells undated.

    Inverted-pyramid convention: "A hydrogen developer has conceded a deal it called
    binding is not" sums up; "Tropic Hydrogen told the ASX on Monday its agreement ...
    does not create binding obligations" is the concession itself, dated in the news
    week: one event, a disclosure.
    """
    if not (
        event.lane == "disclosure"
        and event.role == "main"
        and event.date == undated(pub)
        and ADMISSION.search(event.clause)
    ):
        return None
    nxt = next((e for e in body if e.para == event.para + 1 and e.role == "main"), None)
    if nxt is None or nxt.lane not in ("statement", "disclosure"):
        return None
    start, _ = _span(nxt.date, pub)
    recent = start is not None and 0 <= (pub - start).days <= NEWS_WEEK
    return nxt if recent and same_actor(event.actor, nxt.actor) else None


def merged(
    events: list[DraftEvent], links: list[DraftLink], moved: dict[str, str]
) -> tuple[list[DraftEvent], list[DraftLink]]:
    """The events without those ``moved`` maps to another, and the links moved with them.

    A link that would then join an event to itself is dropped, and so is one that would
    join two events a link of its relation joins already.
    """
    if not moved:
        return events, links
    kept = [e for e in events if e.id not in moved]
    relinked: dict[tuple[str, str, str], DraftLink] = {}
    for link in links:
        source = moved.get(link.source, link.source)
        target = moved.get(link.target, link.target)
        if source != target:
            relinked.setdefault(
                (source, target, link.relation), replace(link, source=source, target=target)
            )
    return kept, list(relinked.values())


# Echo convention: a paraphrase followed by the speaker's own words ("X told the committee
# the agency sold nothing. “We don't sell anything. Period,” he said.") tells one statement
# twice; the quotation backs the paraphrase up and is no event of its own.
_OPENS_QUOTE: Final = re.compile(r"^\W{0,3}[“\"]")
_IT_SAID: Final = re.compile(r"[”\"],?\s+it\s+(?:said|says|stated|states|added)\W*$")


def drop_echoes(
    events: list[DraftEvent], links: list[DraftLink], pub: datetime.date
) -> tuple[list[DraftEvent], list[DraftLink]]:
    """Drop each statement that opens with a quotation and follows, in the same paragraph
    and at the same time, a statement of the same named speaker; its links move to that
    statement, and its quotation becomes that statement's quote when it has none (see
    ``_OPENS_QUOTE``)."""
    moved: dict[str, str] = {}
    quoted: dict[str, str] = {}
    told: DraftEvent | None = None
    for event in events:
        if (
            told is not None
            and event.para == told.para
            and event.lane == told.lane == "statement"
            and _OPENS_QUOTE.match(event.clause)
            and (
                (
                    event.actor
                    and event.actor == told.actor
                    and _span(event.date, pub) == _span(told.date, pub)
                )
                # '... report repeated the claim. "Every crossing ...," it said.': the
                # document quoted, undated, is the one just named
                or (
                    not event.actor and event.date == undated(pub) and _IT_SAID.search(event.clause)
                )
            )
        ):
            moved[event.id] = told.id
            if not told.quote and told.id not in quoted:
                quoted[told.id] = event.quote
            continue
        told = event
    events = [replace(e, quote=quoted[e.id]) if e.id in quoted else e for e in events]
    return merged(events, links, moved)


NEWS_WEEK: Final = 7
"""How many days before publication the lede's news day may be ("Wednesday", "today")."""


def news_day(lede: Sequence[Found], pub: datetime.date) -> Found | None:
    """The day the lede says the story's news happened, if it names one.

    News-day convention: a news story's first paragraph tells what happened and when,
    by a day close to publication ("said Wednesday", "intensified Wednesday with the
    release of ..."). That is its first date naming a single day in the
    :data:`NEWS_WEEK` days up to publication; a date further back is history, not news.
    """
    for f in lede:
        res = f.resolution
        if res.start is None or res.start != res.end:
            continue
        if 0 <= (pub - res.start).days <= NEWS_WEEK:
            return f
    return None
