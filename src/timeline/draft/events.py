"""Drafting events from an article: one per sentence or clause that carries one, with its date."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field

from timeline.dates import Found, find, parse_published
from timeline.draft.actors import Actors
from timeline.draft.clauses import Clause, find_clauses, quote_spans
from timeline.draft.links import admitted_elsewhere, contradictions, link_note, valid_links
from timeline.draft.model import Draft, DraftEvent, DraftLink
from timeline.draft.sentences import Sentence, split_sentences
from timeline.draft.titles import date_column, event_title, slug_for, title_words
from timeline.draft.words import BOILERPLATE, OVERSIGHT
from timeline.text import paragraphs

__all__ = ["draft", "first_line"]


def first_line(article: str) -> str:
    """The article's first non-blank line, its white space collapsed: the headline."""
    for line in article.splitlines():
        if line.strip():
            return " ".join(line.split())
    return ""


def _best_quote(s: str, a: int, b: int) -> str:
    spans = [(qa, qb) for qa, qb in quote_spans(s) if qa >= a - 1 and qb <= b + 1]
    if not spans:
        return ""
    qa, qb = max(spans, key=lambda q: q[1] - q[0])
    return s[qa:qb].strip()


def _undated_note(pub: datetime.date, nearby: str | None, other: str | None) -> str:
    note = (
        f"Inferred: the article gives no date for this, so it is bounded by publication "
        f"({pub.isoformat()}): on or before that day."
    )
    if other:
        note += f" The sentence's date, '{other}', belongs to another event in it."
    if nearby:
        note += f" A nearby sentence says '{nearby}': check whether it applies."
    return note


def draft(
    article: str,
    published: datetime.date | str,
    *,
    title: str | None = None,
    split_clauses: bool = True,
) -> Draft:
    """Draft candidate events and links from an article's text.

    Each sentence that carries an event gives one candidate event. With
    ``split_clauses`` (the default), four constructions give one event per clause, each
    with the link the words signal:

    - a leading "As/Since/After/When/Because ..., " clause with its own verb: an event,
      ``prompted`` the main one;
    - "stemmed from / in response to / prompted by ...": the cause, ``prompted`` the main
      event;
    - a finding that reports a practice ("Huntsman found ICE officers had been allowed
      to...", "..., according to a report released Monday"): a ``disclosure`` that
      ``reveals`` a ``practice``;
    - an admission that "our statements that A, or that B ... were not accurate": the
      admission ``admits`` a ``statement`` event for each of A and B.

    Parameters
    ----------
    article : str
        The article text.
    published : datetime.date or str
        The publication date (``YYYY-MM-DD``).
    title : str or None
        The headline; by default the first line of the article. When the first paragraph
        is the headline it is ¶0 and is not drafted.
    split_clauses : bool
        Whether to draw more than one event from the four constructions above.

    Returns
    -------
    Draft

    Raises
    ------
    ValueError
        If ``published`` is not a date.
    """
    pub = parse_published(published)
    if pub is None:
        raise ValueError("a publication date is required")
    headline = title if title is not None else first_line(article)
    paras = paragraphs(article, headline=headline)
    sentences = split_sentences(article, headline=headline)
    found_by_para = {n: find(text, pub) for n, text in paras.items()}
    state = _Progress(pub, Actors(paras.values()))
    for sent in sentences:
        state.actors.note(sent.text)
        if (0 in paras and sent.para == 0) or BOILERPLATE.search(sent.text):
            state.skipped.append(sent)
            continue
        _draft_sentence(state, sent, found_by_para[sent.para], sentences, split=split_clauses)
    links = [*state.links, *admitted_elsewhere(state.events, state.links)]
    return Draft(
        headline, pub, sentences, state.events, valid_links(links, state.events), state.skipped
    )


@dataclass
class _Progress:
    """What drafting has made so far, and what the next sentence needs to know of it."""

    pub: datetime.date
    actors: Actors
    events: list[DraftEvent] = field(default_factory=list)
    links: list[DraftLink] = field(default_factory=list)
    skipped: list[Sentence] = field(default_factory=list)
    taken: set[str] = field(default_factory=set)
    """Event ids given so far."""
    last_actor: dict[int, str] = field(default_factory=dict)
    """Each paragraph's last named actor."""
    last_statement: str | None = None
    """The id of the last statement drafted."""


def _draft_sentence(
    state: _Progress,
    sent: Sentence,
    found: list[Found],
    sentences: list[Sentence],
    *,
    split: bool,
) -> None:
    """Draft the events of one sentence, and the links its words signal, into ``state``.

    ``found`` holds the dates found in the sentence's paragraph.
    """
    s = sent.text
    dates = [f for f in found if f.start >= sent.start and f.end <= sent.end]
    dated = [(f.start - sent.start, f.end - sent.start) for f in dates]
    clauses, clause_links = find_clauses(s, state.actors, dated, split=split)
    if not clauses:
        state.skipped.append(sent)
        return
    nearby = _nearby_date(found, sentences, sent)
    admitter = {b: a for a, b, relation in clause_links if relation == "admits"}
    made: list[DraftEvent] = []
    for k, clause in enumerate(clauses):
        in_clause = [
            f
            for f in dates
            if f.start - sent.start >= clause.start and f.end - sent.start <= clause.end
        ]
        date, note = _date_for(in_clause, dates, nearby, state.pub)
        admitted_by = made[admitter[k]].actor if k in admitter else None
        actor = _actor(state, sent, clause, admitted_by)
        made.append(_event(state, sent, clause, clauses, actor=actor, date=date, note=note))
        if actor and clause.role in ("main", "practice", "leading"):
            state.last_actor[sent.para] = actor
    for a, b, relation in clause_links:
        state.links.append(
            DraftLink(made[a].id, made[b].id, relation, link_note(relation, made[a]))
        )
    state.links.extend(contradictions(s, sent.para, made, state.last_statement))
    for event in made:
        if event.lane == "statement" and event.role != "claim":
            state.last_statement = event.id
    state.events.extend(made)


def _actor(state: _Progress, sent: Sentence, clause: Clause, admitted_by: str | None) -> str:
    """Who a clause is about: named in it, or the paragraph's last actor for a generic word.

    ``admitted_by``, for a statement an admission concedes ("our statements"), is the
    admitter, who is then the actor.
    """
    s = sent.text
    quote_first = s.lstrip().startswith(("“", '"'))
    actor, generic = state.actors.actor(
        s[clause.start : clause.end], speaker_after_quote=quote_first and clause.role == "main"
    )
    if admitted_by is not None:
        return admitted_by
    if (generic and actor) or (not actor and clause.role == "main"):
        return state.last_actor.get(sent.para, actor)
    return actor


def _event(
    state: _Progress,
    sent: Sentence,
    clause: Clause,
    clauses: Sequence[Clause],
    *,
    actor: str,
    date: str,
    note: str,
) -> DraftEvent:
    """The candidate event a clause gives, with a new id."""
    s = sent.text
    words = s[clause.start : clause.end]
    lane = clause.lane
    if lane == "statement" and clause.role != "claim" and OVERSIGHT.search(actor):
        lane = "disclosure"
    quote = (
        words.strip(" ,.")
        if clause.role == "claim" and _inside_quotes(s, clause.start, clause.end)
        else _best_quote(s, clause.start, clause.end)
    )
    title = event_title(title_words(s, clause, clauses), clause.role)
    return DraftEvent(
        id=slug_for(title, state.taken),
        lane=lane,
        date=date,
        title=title,
        source=f"article ¶{sent.para}",
        actor=actor,
        quote=quote,
        detail=" ".join(s.split()),
        date_note=note,
        sentence=sent.index,
        clause=words,
        role=clause.role,
    )


def _date_for(
    in_clause: Sequence[Found], in_sentence: Sequence[Found], nearby: str | None, pub: datetime.date
) -> tuple[str, str]:
    """The ``date`` and ``date_note`` of an event: its clause's first date, or a bound."""
    if not in_clause:
        other = in_sentence[0].text if in_sentence else None
        return f"../{pub.isoformat()}", _undated_note(pub, None if other else nearby, other)
    first = in_clause[0]
    date = date_column(first, pub)
    note = "" if date == " ".join(first.text.split()) else f"The article says '{first.text}'."
    if len(in_clause) > 1:
        others = ", ".join(f"'{f.text}'" for f in in_clause[1:])
        note = f"{note} The words also name {others}.".strip()
    return date, note


def _inside_quotes(s: str, a: int, b: int) -> bool:
    return any(qa <= a and b <= qb for qa, qb in quote_spans(s))


def _nearby_date(found: list[Found], sentences: list[Sentence], sent: Sentence) -> str | None:
    """A date named in the sentence before this one in the same paragraph."""
    prev = sentences[sent.index - 1] if sent.index > 0 else None
    if prev is None or prev.para != sent.para:
        return None
    for f in found:
        if f.start >= prev.start and f.end <= prev.end:
            return f.text
    return None
