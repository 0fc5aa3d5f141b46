"""Drafting events from an article: one per sentence or clause that carries one, with its date."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Final

from timeline.dates import Found, parse_published
from timeline.draft.accounts import without_aside
from timeline.draft.actors import Actors
from timeline.draft.anchors import DATES_THE_LAST, incident_dates, incident_told
from timeline.draft.bounds import bound_dates
from timeline.draft.cells import date_column, undated
from timeline.draft.clauses import Clause, find_clauses
from timeline.draft.continuation import continues
from timeline.draft.contrast import (
    Recent,
    account_links,
    bare_reference,
    cites,
    contrast_links,
    evidence_runs,
    propagate,
    refers_back,
)
from timeline.draft.datelines import from_filed_day
from timeline.draft.dating import (
    Around,
    clause_date,
    date_for,
    dates_by_paragraph,
    entry_label,
    nearby_date,
)
from timeline.draft.evidence import EVIDENCE_NOUN, EVIDENCE_TELLS, PRONOUN_SHOWS
from timeline.draft.exchange import private_reply
from timeline.draft.framing import framed
from timeline.draft.furniture import BOILERPLATE, SUBHEAD, unstyled
from timeline.draft.history import founding_told
from timeline.draft.insiders import shielded_next
from timeline.draft.lede import drop_echoes, drop_restatements
from timeline.draft.links import (
    admitted_elsewhere,
    concessions,
    link_note,
    prefer_admissions,
    repeated_accounts,
    revealed_first,
    valid_links,
)
from timeline.draft.mentions import JOINED_VERB, PRONOUN_SUBJECT
from timeline.draft.messages import PUBLIC
from timeline.draft.model import Draft, DraftEvent, DraftLink
from timeline.draft.naming import SOMEONE
from timeline.draft.nondates import usable_dates
from timeline.draft.occasions import quoted_then, said_before, then_before, told_again
from timeline.draft.oversight import CLEARED, OVERSIGHT_FINDS, overseer
from timeline.draft.parties import judge_reactions
from timeline.draft.points import point_of
from timeline.draft.questions import answers_dated, is_condition, is_question
from timeline.draft.quotes import best_quote, in_source, quote_outside_words, quote_spans
from timeline.draft.retold import drop_fragments
from timeline.draft.sentences import Sentence, join_embeds, runs_on, split_sentences, unfurnished
from timeline.draft.showing import drop_framing, evidence_told, goes_on_showing
from timeline.draft.slugs import slug_for
from timeline.draft.titles import event_title, is_newsroom, short_label, title_words
from timeline.draft.voices import in_voice
from timeline.draft.words import (
    DEED_START,
    EMBED_SIGNATURE,
    ENTRY_VERB,
    PRONOUN_SAID,
    SCENE_PARTICIPLE,
    SUBJECTLESS,
)
from timeline.text import first_line, paragraphs

_WHICH_CLAUSE: Final = re.compile(r"\W*which\b", re.IGNORECASE)
_SHE_OPENS: Final = re.compile(rf"\W*(?:{SCENE_PARTICIPLE}\s[^,;]{{1,100}},\s+)?(?i:he|she)\s")

__all__ = ["draft"]


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
    source, article, told = article, unstyled(article), unstyled(headline)
    paras = paragraphs(article, headline=told)
    sentences = split_sentences(article, headline=told)
    found_by_para = dates_by_paragraph(paras, pub)
    # (a byline or a sign-off names no one the story is about: "By Ann Li Courier Staff")
    read = join_embeds(sentences, paras)
    boiler = {x.index: BOILERPLATE.search(x.text) is not None for x in read}
    furniture = {n for n in paras if all(boiler[x.index] for x in read if x.para == n)}
    reported = [text for n, text in paras.items() if n not in furniture]
    state = _Progress(pub, Actors(reported), runs_on=runs_on(sentences, paras))
    for sent in read:
        _paragraph_point(state, sent.para, found_by_para, sentences, split_clauses)
        state.actors.note(sent.text)
        if (
            (0 in paras and sent.para == 0)
            or boiler[sent.index]
            or SUBHEAD.match(sent.text)
            or is_question(sent.text)
            or is_condition(sent.text)
        ):
            # a signpost ("Castellanos gave a different picture.") names who speaks next
            speaker = state.actors.next_speaker(sent.text, drafted=False) if sent.para else None
            state.last_person = speaker or state.last_person
            state.skipped.append(sent)
            continue
        made = len(state.events)
        _draft_sentence(state, sent, found_by_para[sent.para], sentences, split=split_clauses)
        speaker = state.actors.next_speaker(sent.text, drafted=len(state.events) > made)
        state.last_person = speaker or state.last_person
    _paragraph_point(state, -1, found_by_para, sentences, split_clauses)
    state.events = shielded_next(state.events, sentences)
    body = [x.para for x in sentences if x.para > 0 or 0 not in paras]
    lede = min(body) if body else None
    if lede is not None:
        state.events, state.links = drop_restatements(state.events, state.links, pub, lede=lede)
    state.events, state.links = drop_fragments(state.events, state.links)
    links = [*state.links, *admitted_elsewhere(state.events, state.links)]
    links += propagate(state.events, valid_links(links, state.events))
    links += account_links(
        state.events,
        valid_links(links, state.events),
        is_framed=framed(headline, sentences) or _says_contradicts(state.events),
        outsiders=state.actors.outsiders,
    )
    links += evidence_runs(state.events, valid_links(state.links, state.events), links)
    state.events, links = drop_framing(state.events, links, sentences)
    links += repeated_accounts(state.events, valid_links(links, state.events))
    events = judge_reactions(
        state.events,
        valid_links(links, state.events),
        state.actors.introduced,
        state.actors.outsiders,
    )
    links = prefer_admissions(valid_links([*links, *concessions(events, links)], events))
    events = told_again(then_before(events, pub), pub)
    events = revealed_first(answers_dated(events, sentences, found_by_para, pub))
    anchors = incident_dates(found_by_para, paras)
    events = bound_dates(events, links, sentences, pub, anchors, found_by_para, lede)
    events = from_filed_day(events, paras.get(lede) if lede is not None else None, pub)
    events, links = drop_echoes(events, links, pub)
    events = [replace(e, quote=in_source(e.quote, article, source)) for e in events]
    return Draft(headline, pub, sentences, events, links, state.skipped)


@dataclass
class _Progress:
    """What drafting has made so far, and what the next sentence needs to know of it."""

    pub: datetime.date
    actors: Actors
    events: list[DraftEvent] = field(default_factory=list)
    links: list[DraftLink] = field(default_factory=list)
    skipped: list[Sentence] = field(default_factory=list)
    taken: set[str] = field(default_factory=set)  # the event ids given so far
    last_actor: dict[int, str] = field(default_factory=dict)
    """Each paragraph's last named actor."""
    last_person: str = ""
    """The last person named as an actor (for "she said")."""
    last_statement: str | None = None
    """The id of the last statement drafted."""
    recent: Recent = field(default_factory=Recent)
    by_id: dict[str, DraftEvent] = field(default_factory=dict)
    last_evidence: str | None = None
    """The id of the last disclosure that introduced evidence (records, an audit, video)."""
    last_disclosure: str | None = None
    """The id of the last disclosure of any kind (an admission too)."""
    bare: list[Sentence] = field(default_factory=list)
    """Sentences of the paragraph at hand that gave no event and had no reason not to."""
    paragraph_point: set[int] = field(default_factory=set)
    """Sentences drafted as the point of a paragraph that gave no event."""
    runs_on: frozenset[int] = frozenset()
    """The sentences that run on a quotation left open at the end of the paragraph before."""
    otherwise: tuple[str, int] | None = None
    showing: tuple[str, int] | None = None  # a report and the sentence that told what it shows
    """The evidence a sentence set against the account with nothing after it, and where."""
    last_private: str | None = None
    """The id of the last line of a private exchange drafted as one (see
    :func:`~timeline.draft.exchange.private_reply`)."""


def _paragraph_point(
    state: _Progress,
    para: int,
    found_by_para: dict[int, list[Found]],
    sentences: list[Sentence],
    split: bool,
) -> None:
    """Draft a paragraph before ``para`` that gave no event by its point (see ``point_of``)."""
    done = [b for b in state.bare if b.para != para]
    if not done:
        return
    state.bare = [b for b in state.bare if b.para == para]
    point = point_of(done, {e.para for e in state.events})
    if point is not None:
        state.skipped.remove(point)
        state.paragraph_point.add(point.index)
        _draft_sentence(state, point, found_by_para[point.para], sentences, split=split)


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
    sent, label = entry_label(sentences, unfurnished(sent), found)
    if _embedded_post(state, sent, found) or _dates_the_last(state, sent, found):
        return
    s = sent.text
    in_sentence = [f for f in found if f.start >= sent.start and f.end <= sent.end]
    dates = usable_dates(s, in_sentence, sent.start)
    dated = [(f.start - sent.start, f.end - sent.start) for f in dates]
    named = _evidence_named_before(state, sent)
    clauses, clause_links = find_clauses(
        s, state.actors, dated, split=split, referent=named is not None
    )
    after_signpost = state.otherwise is not None and state.otherwise[1] == sent.index - 1
    plain = all(c.lane == "context" for c in clauses)  # no cue: nothing, or background
    if plain and goes_on_showing(state.showing, state.by_id, sent, bare=not clauses):
        state.otherwise, after_signpost = state.showing, True  # see goes_on_showing
    if not clauses and (sent.index in state.paragraph_point or label is not None or after_signpost):
        # (a chronology's entry tells its day's deed, as does what follows evidence shown)
        clauses = [Clause(0, len(s), "main", "context")]
    run_on = clauses and continues(s, clauses, state.events, state.skipped, state.actors, sent)
    if run_on == "admission":
        _concedes_the_last(state, sent)
    if run_on == "message":
        state.last_private = state.events[-1].id  # the reply to it may follow
    if not clauses or run_on:
        if not clauses:
            state.bare.append(sent)
        state.skipped.append(sent)
        return
    nearby = nearby_date(found, sentences, sent)
    admitter = {b: a for a, b, relation in clause_links if relation == "admits"}
    made: list[DraftEvent] = []
    around = Around(found, sentences, label, nearby)
    # (the answer to a question put just before is no line of a private exchange)
    asked = any(x.index == sent.index - 1 and is_question(x.text) for x in state.skipped[-1:])
    for k, clause in enumerate(clauses):
        date, note, dated_here = clause_date(state.pub, sent, clause, clauses, dates, around)
        admitted_by = made[admitter[k]].actor if admitter.get(k, k) < k else None  # admitter before
        actor = _actor(state, sent, clause, admitted_by)
        if not dated_here and clause.role == "joined" and said_before(sent.text, clause, clauses):
            # "said A, and that B": B is said by A's speaker
            actor = next((e.actor for e in reversed(made) if e.lane == "statement"), actor)
        event = _event(state, sent, clause, clauses, actor=actor, date=date, note=note)
        event = event if dated_here else quoted_then(state.events, event)
        reply = private_reply(
            state.events, state.last_private, sent.para, event, undated=not dated_here
        )
        if reply is not None and not asked:
            state.last_private, event = event.id, reply
        made.append(event)
        if actor and clause.role in ("main", "practice", "leading"):
            state.last_actor[sent.para] = actor
    state.links.extend(
        DraftLink(made[a].id, made[b].id, r, link_note(r, made[a])) for a, b, r in clause_links
    )
    made, shown, state.otherwise, state.showing = evidence_told(state, sent, made)
    state.links.extend(shown)
    state.by_id.update({e.id: e for e in made})
    made = _refer_back(state, made)
    made = [in_voice(_entry_in_the_record(state, sent, e), state) for e in made]
    _cite_evidence(state, s, named, made)
    for event in made:
        if event.lane == "disclosure":
            state.last_disclosure = event.id
    state.links.extend(contrast_links(s, sent.para, made, state.recent))
    for event in made:
        state.recent.add(sent.para, event)
        if event.lane == "statement" and event.role != "claim":
            state.last_statement = event.id
    # Timeline convention: an earlier deed or background fact told inside a sentence (", who
    # won office in April 2019,") is listed first; then what an admission concedes.
    order = {"prior": 0, "background": 0, "claim": 1, "conceded": 1}
    state.events.extend(sorted(made, key=lambda e: order.get(e.role, 2)))


def _cite_evidence(
    state: _Progress, s: str, named: DraftEvent | None, made: list[DraftEvent]
) -> None:
    """Link the events ``made`` from sentence ``s`` to the evidence they cite, and keep the
    evidence it introduces as the last named."""
    for event in made:
        # (a pronoun cites the evidence it stands for, or a report made just before it)
        last = named.id if named is not None else state.last_evidence
        if named is None and last is not None and not cites(s, state.by_id.get(last)):
            last = None
        if event.role == "evidenced" and last is not None:
            # Attribution convention: "according to the review" after "an audit released
            # Tuesday" cites the evidence already introduced, which reveals this practice.
            state.links.append(DraftLink(last, event.id, "reveals", link_note("evidence", event)))
        if event.role == "report" or (event.lane == "disclosure" and EVIDENCE_TELLS.search(s)):
            state.last_evidence = event.id


def _dates_the_last(state: _Progress, sent: Sentence, found: list[Found]) -> bool:
    """Date the event told just before when a sentence only says when it was; whether so.

    Sequence convention: "That depiction was Wednesday." and "The news conference was held
    on Jan. 13." add no event; they date the one the story has just told (a noun naming
    it, a verb of being, a date). It is applied only when that event has no date yet.
    """
    m = DATES_THE_LAST.match(sent.text)
    when = [f for f in found if f.start >= sent.start and f.end <= sent.end]
    if m is None or len(when) != 1 or not state.events:
        return False
    last = state.events[-1]
    if last.date != undated(state.pub):
        return False
    note = f"The next sentence says: '{' '.join(sent.text.split())}'"
    dated = replace(last, date=date_column(when[0], state.pub), date_note=note)
    state.events[-1] = dated
    state.by_id[dated.id] = dated
    state.skipped.append(sent)
    return True


def _embedded_post(state: _Progress, sent: Sentence, found: list[Found]) -> bool:
    """Draft an embedded post's paragraph as one statement by its author; whether it was one."""
    sign = EMBED_SIGNATURE.search(sent.text)
    if sign is None:
        return False
    body = Clause(0, sign.start(), "main", "statement")
    when = [f for f in found if f.start >= sent.start + sign.start("when")]
    date, note = date_for(when[:1], when, None, state.pub)
    actor = " ".join(sign.group("who").split())
    event = _event(state, sent, body, [body], actor=actor, date=date, note=note)
    state.by_id[event.id] = event
    state.recent.add(sent.para, event)
    state.events.append(event)
    return True


def _says_contradicts(events: Sequence[DraftEvent]) -> bool:
    """Whether the story itself says its evidence contradicts a claim ("X contradicts Y's
    claim that ..."): a story that says so tests an account, wherever it says it."""
    return any(e.role == "subject" for e in events)


def _refer_back(state: _Progress, made: list[DraftEvent]) -> list[DraftEvent]:
    """Drop a subject that refers back to evidence or a disclosure already drafted.

    One event per fact: "The emails contradict her claim" names the emails released in
    the paragraph before, "The disclosure ... contradicts" the admission drafted before it,
    and "that" the event told last, so the link starts from that event, not a second one.
    """
    earlier = [
        state.by_id[i] for i in (state.last_evidence, state.last_disclosure) if i is not None
    ]
    order = {e.id: k for k, e in enumerate(state.events)}
    earlier.sort(key=lambda e: order.get(e.id, -1), reverse=True)
    dropped: dict[str, str] = {}
    for e in made:
        if e.role != "subject":
            continue
        target = next((last for last in earlier if refers_back(e.clause, last)), None)
        if target is None and bare_reference(e.clause) and state.events:
            target = state.events[-1]  # "On the surface, that doesn't fit with ..."
        if target is not None:
            dropped[e.id] = target.id
    if not dropped:
        return made
    state.links = [
        replace(
            link,
            source=dropped.get(link.source, link.source),
            target=dropped.get(link.target, link.target),
        )
        for link in state.links
    ]
    return [e for e in made if e.id not in dropped]


def _evidence_named_before(state: _Progress, sent: Sentence) -> DraftEvent | None:
    """The evidence the sentence before named, when this one opens on a pronoun for it."""
    if not PRONOUN_SHOWS.match(sent.text) or not state.events:
        return None
    last = state.events[-1]
    # (a record handed over, "Whitford gave the station a spreadsheet", is named too)
    named = re.search(EVIDENCE_NOUN, last.clause, re.I)
    if named and last.para == sent.para and last.sentence == sent.index - 1:
        return last
    # (or the report the story is going through: "The report says ... It also found that")
    evidence = state.by_id.get(state.last_evidence) if state.last_evidence else None
    return evidence if evidence is not None and sent.para - evidence.para <= 2 else None


def _concedes_the_last(state: _Progress, sent: Sentence) -> None:
    """Make the paragraph's last statement a disclosure: its speaker's quote concedes."""
    last = state.events[-1]
    if last.lane == "statement" and last.para == sent.para:
        conceded = replace(last, lane="disclosure")
        state.events[-1] = conceded
        state.by_id[conceded.id] = conceded


def _entry_in_the_record(state: _Progress, sent: Sentence, event: DraftEvent) -> DraftEvent:
    """What one "wrote" in the record the sentence before showed (see ``ENTRY_VERB``).

    Record convention: "The rangers' logs also show that ... The ranger on duty wrote that
    he had advised against it" quotes an entry of the logs just shown: what the record
    shows, a practice it reveals, not a statement to the public.
    """
    if event.lane != "statement" or event.role != "main" or not state.events:
        return event
    last = state.events[-1]
    shown = last.role in ("evidenced", "practice") or bool(EVIDENCE_TELLS.search(last.clause))
    shown = shown and last.lane != "statement"  # (her words go on: "..., she wrote")
    if last.para != sent.para or last.sentence != sent.index - 1 or not shown:
        return event
    outside = " ".join(quote_outside_words(event.clause))
    if not ENTRY_VERB.search(outside) or PUBLIC.search(outside):
        return event
    evidence = state.last_evidence
    if evidence is not None and state.by_id[evidence].para == sent.para:
        state.links.append(DraftLink(evidence, event.id, "reveals", link_note("evidence", event)))
    return replace(event, lane="practice", role="evidenced")


# '"...," one said.' after "Two nurses, who asked not to be named, said": one of the insiders


def _actor(state: _Progress, sent: Sentence, clause: Clause, admitted_by: str | None) -> str:
    """Who a clause is about: named in it, or the paragraph's last actor for a generic word.

    ``admitted_by``, for a statement an admission concedes ("our statements"), is the
    admitter, who is then the actor.
    """
    s = sent.text
    if clause.role in ("background", "release") and _WHICH_CLAUSE.match(s, clause.start):
        return ""  # "the scheme, which closed in October": a thing, no actor
    quote_first = s.lstrip().startswith(("“", '"'))
    actor, generic = state.actors.actor(
        without_aside(s[clause.start : clause.end]),
        speaker_after_quote=quote_first and clause.role == "main",
    )
    if admitted_by is not None:
        return admitted_by
    text = s[clause.start : clause.end]
    deed = clause.role == "joined" and DEED_START.match(text) is not None
    if clause.start > 0 and (SUBJECTLESS.match(text) or deed):
        # "Mr Winterkorn, who resigned", "the office licensed and supervised": the clause's
        # subject is the one named just before it (not one it names, "who took over X"; nor
        # in a list, where each item names its own: "...: a slip that broke a worker's leg").
        before = state.actors.mentions(s[: clause.start])
        subject = state.actors.actor(s[: clause.start], speaker_after_quote=False)[0]
        if text.split(" ", 1)[0].lower() in ("a", "an") and ":" in s[: clause.start]:
            actor, generic = "", False
        elif before and JOINED_VERB.fullmatch(s, before[-1].end, clause.start):
            actor, generic = state.actors.name(before[-1]), False
        elif subject or (before and not actor):  # ("Tran called it troubling and said ...")
            actor = subject or state.actors.name(before[-1])
    people = set(state.actors.people.values()) | state.actors.namesakes
    outside = " ".join(quote_outside_words(s[clause.start : clause.end]))
    # (also after the scene a participle sets: "Shown the figures, she changed course")
    opens = _SHE_OPENS.match(outside) is not None
    said = PRONOUN_SAID.search(outside)
    # (not where the clause named its own actor first: "by Rana Iqbal ..., when he told")
    own = actor and said is not None and actor.split()[-1] in outside[: said.start()]
    if said and (actor not in people or opens) and state.last_person and not own:
        # Pronoun convention: in "she told WLRN" or '"...," he said' the speaker is the
        # person last named, not the outlet or body the sentence also names.
        return state.last_person
    if not actor and PRONOUN_SUBJECT.match(outside) and state.last_person:
        return state.last_person  # "In a statement Tuesday, he called the report a snapshot"
    if opens:
        # "She left the company in June and passed the logs to the Department for
        # Transport": the body after the verb is what "she" acted on, not who she is
        actor = ""
    if len(outside.split()) <= 3 and s.lstrip()[:1] in '“"' and sent.para in state.last_actor:
        # Quotation convention: an unattributed quote goes on in the voice quoted before it
        return state.last_actor[sent.para]
    if not actor and sent.index in state.runs_on:
        # AP style runs an open quotation on: the next paragraph's quote is the same speaker's
        return state.last_actor.get(sent.para - 1, actor)
    if (generic and actor) or (not actor and clause.role == "main"):
        last = state.last_actor.get(sent.para, actor)
        # "A spokesman said": one unnamed may speak for the body named before, not the person
        unnamed = SOMEONE.match(s, clause.start) is not None
        actor = actor if unnamed and last in people else last
        if is_newsroom(actor) and actor.lower() not in text.lower():
            actor = ""  # the newsroom acts only where named ("The AP obtained ...")
    if actor in people or any(actor.endswith(f" {p}") for p in people):  # (a title first)
        state.last_person = actor
    elif clause.role == "main" and (one := SOMEONE.match(s, clause.start)) and not one["several"]:
        # "A former analyst, who asked not to be named, said ... She left in June": the
        # "she" after an unnamed person is that person, not one named before
        state.last_person = ""
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
    finds = OVERSIGHT_FINDS.match(words)
    oversight = overseer(actor) or finds
    # (a judge's act is no deed of the party's: "a judge granted the group permission")
    told = lane in ("statement", "context") or (lane == "practice" and finds is not None)
    if told and clause.role != "claim" and oversight and not CLEARED.search(words):
        lane = "disclosure"  # what an auditor or a judge found (see OVERSIGHT_FINDS)
    background = incident_told(words) or founding_told(words)  # (see anchors, history)
    lane = "context" if lane == "practice" and background else lane
    quote = (
        words.strip(" ,.")
        if clause.role == "claim"
        and any(qa <= clause.start and clause.end <= qb for qa, qb in quote_spans(s))
        else best_quote(s, clause.start, clause.end)
    )
    title = event_title(title_words(s, clause, clauses), clause.role, actor)
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
        label=short_label(title),
    )
