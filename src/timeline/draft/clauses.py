"""Clauses and lanes: the parts of a sentence that carry an event, and the lane of each."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from timeline.draft.actors import Actors
from timeline.draft.admissions import ADMISSION
from timeline.draft.anchors import INCIDENT_NOUN
from timeline.draft.attribution import evidence_in, lane_of, practice_cues
from timeline.draft.encounters import encounter
from timeline.draft.evidence import ACCORDING, AS_LISTED, MEASUREMENT
from timeline.draft.leads import leading_split
from timeline.draft.messages import OWN_PUBLICATION
from timeline.draft.oversight import EXAMINE_ORDER
from timeline.draft.quotes import outside_quotes, quote_spans
from timeline.draft.releases import release_dates
from timeline.draft.splits import Span, claimed_events, contrast_link, more_clauses, set_against
from timeline.draft.verdicts import CHECK_FOUND, shown_lane, verdict_only
from timeline.draft.words import (
    CAUSAL_LEADS,
    CAUSE,
    CLAIM_END,
    CLAIM_OBJECT,
    CLAIM_SPLIT,
    CLAIMS,
    CONCESSIVE_LEADS,
    CONTRADICT_VERB,
    CONTRAST_OPEN,
    LEAD_PHRASE,
    LEADING,
    OUTLET_CREDIT,
    QUESTION_LEAD,
    REPORT_VERB,
    STATEMENT,
)

__all__ = ["DASHED_ASIDE", "Clause", "find_clauses"]


@dataclass(frozen=True, slots=True)
class Clause:
    """A part of a sentence that carries an event: its offsets, how it was found, its lane."""

    start: int
    end: int
    role: str  # main, leading, cause, report, practice, claim
    lane: str


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    """Shrink [a, b) past white space and joining punctuation at either end."""
    while a < b and (text[a].isspace() or text[a] in ",;:—–-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:.—–-"):
        b -= 1
    return a, b


# An aside set off by a pair of dashes, no part of the clause around it: "251 – or 61 per cent
# – opposed"
# Record convention: "Pruitt assured the board that ..., the minutes show" records a telling
# to those the body answers to; the record shows the statement, not a deed.
# ... and what it shows an audit found is that finding (see verdicts.CHECK_FOUND).
_TOLD_PUBLIC: Final = re.compile(
    r"\W*(?:(?:A|An)\s+[\w-]+\s+later,\s+)?(?:[\w’'.-]+\s+){1,6}?(?:told|assured|promised"
    r"|informed|reassured)\s+(?:the\s+|its\s+|a\s+)?(?:[\w’'-]+\s+){0,2}?(?:board|council|committee|commission(?:ers)?|lawmakers|legislators|parliament|assembly|public|residents|parents|voters|members)\b",
    re.IGNORECASE,
)
_MAIL: Final = re.compile(r"\b(?:e-?mails?|letters?|memos?|messages|correspondence)\b", re.I)
_IN_PART: Final = re.compile(r"\s+in\s+part\W*$")
# A sentence adverb set off inside a clause ("Patrol sheets for May, however, list") joins
# nothing: the subject and its verb read as one.
_ADVERB_ASIDE: Final = re.compile(r",\s+(?:however|though|meanwhile|moreover|in\s+fact),(?=\s)")
DASHED_ASIDE: Final = re.compile(r"\s[—–]\s[^—–“”\"]{1,120}?\s[—–]\s")
# A noun that names an event told before, alone: "The correction", "This decision".
_BACK_REFERENCE: Final = re.compile(r"(?:The|This|That|Its|His|Her|Their)\s+[a-z][\w’'-]*")


def _report_split(s: str, outside: str, a: int, b: int) -> tuple[int, int, int, int] | None:
    """Split a clause reporting a practice into (report start, end, practice start, end)."""
    part = outside[a:b]
    cues = practice_cues(part)
    if not cues:
        return None
    first_cue = cues[0].start()
    according = ACCORDING.search(part)
    if according is not None and according.start() > first_cue:
        return a + according.start(), b, a, a + according.start()
    verbs = [v for v in REPORT_VERB.finditer(part) if v.end() <= first_cue]
    if not verbs:
        return None
    first, last = verbs[0], verbs[-1]
    after = part[last.end() : first_cue]
    link = re.search(r"\b(?:in\s+which|that|where|who|when)\s+", after)
    if link is not None and len(after[: link.start()].split()) <= 6:
        practice_start = last.end() + link.end()
    else:
        practice_start = last.end()
    obj = part[first.end() :]
    stop = re.search(r"\s(?:in\s+which|that|where|who|when)\s|,", obj)
    report_end = first.end() + (stop.start() if stop is not None else 0)
    if len(obj[: stop.start() if stop else 0].split()) > 6:
        report_end = first.end()
    if last is not first:
        report_end = max(report_end, last.end())
    return a, a + report_end, a + practice_start, b


def _claims(s: str) -> list[tuple[int, int]]:
    """The statements an admission concedes: "our statements that A, or that B, ..."."""
    m = CLAIMS.search(s)
    if m is None:
        return []
    end = CLAIM_END.search(s, m.end())
    if end is None:
        return []
    region_start, region_end = m.end(), end.start()
    out: list[tuple[int, int]] = []
    cursor = region_start
    for sep in CLAIM_SPLIT.finditer(s, region_start, region_end):
        out.append(_strip_span(s, cursor, sep.start()))
        cursor = sep.end()
    out.append(_strip_span(s, cursor, region_end))
    return [(a, b) for a, b in out if len(s[a:b].split()) >= 3]


_POSSESSIVE_CLAIM = re.compile(r"\s+(?:his|her|their|its)\s", re.IGNORECASE)


_CONTRADICTED_BY: Final = re.compile(
    r"\s(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:contradicted|belied|refuted|undercut|disputed)\s+by\s",
    re.IGNORECASE,
)


_COLON: Final = re.compile(r":\s")


def _fact_against_claim(
    s: str,
    fact: tuple[int, int],
    claim: tuple[int, int],
    clauses: list[Clause],
    links: list[tuple[int, int, str]],
) -> int:
    """Append the fact (a disclosure) and the claim it contradicts; the fact's index."""
    clauses.append(Clause(*_strip_span(s, *fact), "subject", "disclosure"))
    clauses.append(Clause(*_strip_span(s, *claim), "claim", "statement"))
    links.append((len(clauses) - 2, len(clauses) - 1, "contradicts"))
    return len(clauses) - 2


def _names_its_speaker(s: str, outside: str, verb: re.Match[str], mb: int, actors: Actors) -> bool:
    """Whether what "contradicts" names the account's speaker ("contradicts the mayor's")."""
    # "at odds with that account: it shows no guard entering Pena's cell": a name after
    # the colon is in what the fact shows, not in the account it names
    colon = _COLON.search(outside, verb.end(), mb)
    if actors.mentions(s[verb.end() : colon.start() if colon else mb]):
        return True
    # "contradicts his earlier testimony": the possessive names the speaker too
    return _POSSESSIVE_CLAIM.match(s, verb.end()) is not None


def _split_main(
    s: str,
    outside: str,
    actors: Actors,
    main: tuple[int, int, str | None],
    clauses: list[Clause],
    links: list[tuple[int, int, str]],
    *,
    referent: bool = False,
) -> int | None:
    """Split the main clause where its words name two events; the index of its own event.

    New clauses and links are appended to ``clauses`` and ``links``; ``referent`` as
    for :func:`timeline.draft.attribution.evidence_in`.
    """
    ma, mb, main_lane = main
    main_index: int | None = None
    report_index: int | None = None
    evidence = (
        None
        if main_lane is None and not referent
        else evidence_in(outside, ma, mb, referent=referent)
    )
    verb = CONTRADICT_VERB.search(outside, ma, mb)
    named = verb is not None and _names_its_speaker(s, outside, verb, mb, actors)
    passive = _CONTRADICTED_BY.search(outside, ma, mb)
    if passive is not None and CLAIM_OBJECT.search(outside, ma, passive.start()):
        # Contradiction convention, in the passive: "The authority's claim that ... is
        # contradicted by state records" names the statement first, the fact after "by".
        fact, claim = (passive.end(), mb), (ma, passive.start())
        main_index = _fact_against_claim(s, fact, claim, clauses, links)
    elif verb is not None and named and CLAIM_OBJECT.search(outside, verb.end(), mb):
        # Contradiction convention: "X contradicts Y's claim that ..." names both sides;
        # the subject is the fact, the object the statement it contradicts.
        fact, claim = (ma, verb.start()), (verb.end(), mb)
        main_index = _fact_against_claim(s, fact, claim, clauses, links)
    elif (
        (credit := OUTLET_CREDIT.search(outside, ma, mb)) is not None
        and not ADMISSION.search(s[ma:mb])
        # "The documents, first reported by the Gazette, show ...": the credit names
        # the evidence, which shows a fact of its own
        and not (
            evidence is not None
            and evidence.evidence[0] == ma < credit.start() < evidence.evidence[1]
        )
        # "X said ..., according to WYFF": the outlet is the source of X's statement
        and not STATEMENT.search(outside, ma, credit.start())
    ):
        # Credit convention: what another outlet reported is its disclosure, one event.
        clauses.append(Clause(ma, mb, "report", "disclosure"))
        main_index = len(clauses) - 1
    elif evidence is not None and verdict_only(s, evidence.content, introduced=evidence.introduced):
        # Contrast convention: records that "show that was not the case" tell no fact of
        # their own; the records are the event, set against the account they answer.
        clauses.append(Clause(ma, mb, "report", "disclosure"))
        main_index = len(clauses) - 1
    elif (
        evidence is not None
        # "the locations the records list as switched off": what the records call them,
        # inside a clause of its own, is no fact the records show
        and not AS_LISTED.match(s, *_strip_span(s, *evidence.content))
        # "According to the messages, they admitted covering up": the evidence reports the
        # admission; it is what they did, not a concession made to the public.
        and (evidence.evidence[0] == ma or not ADMISSION.search(s[ma:mb]))
    ):
        # Evidence convention: what records show is a practice; the records, when this
        # sentence introduces them, are a disclosure that reveals it.
        pa, pb = _strip_span(s, *evidence.content)
        # (what they show an overseer did or found is oversight: a disclosure, EXAMINE_ORDER)
        found = EXAMINE_ORDER.search(outside, pa, pb) or CHECK_FOUND.match(outside, pa, pb)
        shown = "disclosure" if found else shown_lane(s, evidence.evidence, (pa, pb))
        # (what the minutes show an official told the board is what he said in public; what
        # e-mails or letters show one told the council was word passed in private)
        mailed = _MAIL.search(s, *evidence.evidence) is not None
        shown = "statement" if _TOLD_PUBLIC.match(outside, pa, pb) and not mailed else shown
        clauses.append(Clause(pa, pb, "practice" if evidence.introduced else "evidenced", shown))
        main_index = len(clauses) - 1
        if evidence.introduced and shown != "statement":
            ra, rb = _strip_span(s, *evidence.evidence)
            clauses.append(Clause(ra, rb, "report", "disclosure"))
            links.append((len(clauses) - 1, main_index, "reveals"))
    elif main_lane == "practice":
        split_at = _report_split(s, outside, ma, mb)
        if split_at is not None:
            ra, rb = _strip_span(s, split_at[0], split_at[1])
            pa, pb = _strip_span(s, split_at[2], split_at[3])
            clauses.append(Clause(pa, pb, "practice", "practice"))
            main_index = len(clauses) - 1
            clauses.append(Clause(ra, rb, "report", "disclosure"))
            report_index = len(clauses) - 1
            links.append((report_index, main_index, "reveals"))
    if main_index is None and main_lane is not None:
        clauses.append(Clause(ma, mb, "main", main_lane))
        main_index = len(clauses) - 1
    return main_index


def _cause_clause(
    s: str,
    outside: str,
    cause: re.Match[str],
    dated: Sequence[tuple[int, int]],
    clauses: list[Clause],
) -> int | None:
    """Append the cause a "stemmed from / in response to ..." phrase names; its index, if one."""
    ca, cb = _strip_span(s, cause.start(), len(s))
    cause_lane = lane_of(s[cause.end() : cb], outside[cause.end() : cb], quoted=False)
    new_referent = re.match(r"\s*(?:an?|one)\s", s[cause.end() : cb], re.IGNORECASE)
    if cause_lane is None and (new_referent or any(ca <= da and db <= cb for da, db in dated)):
        cause_lane = "context"
    if cause_lane is None:
        # Reference convention: a cause named with "its", "the" or "their" ("in response
        # to its research being publicized") refers back to what the story has told;
        # only a cause introduced with "a"/"an", or with a cue word or a date of its own,
        # is a new event.
        return None
    clauses.append(Clause(ca, cb, "cause", cause_lane))
    return len(clauses) - 1


# "the Feb. 14 shooting at ...": a dated incident named by its noun.
_INCIDENT_PHRASE: Final = re.compile(
    rf"the\s+[^,;]{{2,30}}?\s+(?:[a-z]+\s+)?(?:{INCIDENT_NOUN})\b", re.IGNORECASE
)


def _claimed_clauses(
    s: str, outside: str, dated: Sequence[tuple[int, int]], clauses: list[Clause]
) -> None:
    """Append the dated events each claim clause speaks of (see :func:`claimed_events`).

    Reference convention: a statement names a dated incident the same way ("the father of
    a student killed in the Feb. 14 shooting, called it ..."); the incident is background.
    """
    for claim in [c for c in clauses if c.role == "claim" or c.lane == "statement"]:
        for a, b, role, lane in claimed_events(outside, claim.start, claim.end, dated):
            if claim.role != "claim" and not _INCIDENT_PHRASE.match(outside, a, b):
                continue
            ca, cb = _strip_span(s, a, b)
            if not any(c.start == ca and c.end == cb for c in clauses):
                clauses.append(Clause(ca, cb, role, lane))


# "..., a spokesman for the agency says.": an attribution set after what it attributes.
_SAID_AFTER: Final = re.compile(
    r",\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w’'.-]+\s+){0,6}?(?:says|said)\W*$",
    re.IGNORECASE,
)
_DEED: Final = re.compile(
    r"\b(?:[a-z]{3,}ed|began|begun|sent|paid|took|gave|kept|made|knew|hid|left|spent|sold|bought)\b"
)


def _deed_said_after(outside: str, a: int, b: int, dated: Sequence[tuple[int, int]]) -> int | None:
    """Where a dated deed ends when a spokesperson's attribution follows it in ``[a, b)``.

    Confirmation convention: "But the state began trucking water to its offices in
    January 2015, a spokesman says." sets a dated deed against the account, and the
    party's own spokesman confirms it: the deed is the event, a practice, not a claim.
    Without the contrast ("The officer fired on Sept. 3, police said") it is the
    party's account; nor is a claim ("the water was safe") a deed.
    """
    said = _SAID_AFTER.search(outside, a, b)
    if said is None or not CONTRAST_OPEN.search(outside[a:b].lstrip(' "“')):
        return None
    if not any(a <= da and db <= said.start() for da, db in dated):
        return None
    return said.start() if _DEED.search(outside, a, said.start()) else None


def _without_account(outside: str, a: int, b: int, more: Sequence[Span]) -> str | None:
    """``outside[a:b]`` with the account a relative clause in it tells blanked, if any:
    that account decides nothing of the main clause's lane."""
    told = [
        (x, y)
        for x, y, role, lane in more
        if role in ("background", "claim") and lane == "statement"
    ]
    if not told or not (a <= told[0][0] and told[0][1] <= b):
        return None
    x, y = told[0]
    return outside[a:x] + " " * (y - x) + outside[y:b]


# Clock convention: a story told by the clock ("at 7:22 p.m.", "until 9:04 p.m.") dates
# what happened by the hour, after a preposition ("the 2:15 p.m. time" names an hour given).
_CLOCK: Final = re.compile(
    r"\b(?:at|until|till|by|before|after|around|about|from|to|past)\s+(?:about\s+|around\s+)?(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)|midnight\b|noon\b)",
    re.IGNORECASE,
)


def _asides_blanked(outside: str) -> str:
    """``outside`` with its dashed asides and set-off sentence adverbs blanked."""
    outside = DASHED_ASIDE.sub(lambda m: " " * len(m.group()), outside)
    return _ADVERB_ASIDE.sub(lambda m: "," + " " * (len(m.group()) - 1), outside)


def _fallback(
    outside: str, a: int, b: int, *, quoted: bool, dated: Sequence[tuple[int, int]]
) -> str | None:
    """The lane of a clause no cue word decides: a quote alone, or a dated clause."""
    # (or words given in part: '"...," the statement read in part.')
    if quoted and len(_IN_PART.sub("", outside[a:b]).split()) <= 3:
        return "statement"  # a quote standing alone continues the last speaker
    if any(a <= da and db <= b for da, db in dated) or _CLOCK.search(outside, a, b):
        # Measurement convention: dated readings that "exceeded" a limit or "tested
        # at" a level are a fact established from data; an undated reading ("one
        # sample tested at ...") only illustrates the finding before it.
        return "practice" if MEASUREMENT.search(outside, a, b) else "context"
    return None


def _given_up(s: str, outside: str, a: int, b: int, *, quoted: bool) -> str | None:
    """The lane of a main clause ``s[a:b]`` left after it gave words to another clause.

    Sequence convention: in "The correction came two weeks after the Herald asked ...",
    the noun alone names an event told before, no event again; what it came after is the
    sentence's news.
    """
    if _BACK_REFERENCE.fullmatch(s, a, b):
        return None
    return lane_of(s[a:b], outside[a:b], quoted=quoted) or "context"


def find_clauses(
    s: str,
    actors: Actors,
    dated: Sequence[tuple[int, int]],
    *,
    split: bool,
    referent: bool = False,
) -> tuple[list[Clause], list[tuple[int, int, str]]]:
    """The clauses of a sentence that carry events, and the links between them.

    ``dated`` holds the spans of the dates found in the sentence: a clause with a date
    and no cue word is context. Links are (from clause index, to clause index, relation).
    ``referent``: the sentence before named evidence a pronoun may stand for.
    """
    quotes = quote_spans(s)
    outside = _asides_blanked(outside_quotes(s, quotes))
    quoted = bool(quotes)

    def fallback(a: int, b: int) -> str | None:
        return _fallback(outside, a, b, quoted=quoted, dated=dated)

    if not split:
        lane = lane_of(s, outside, quoted=quoted) or fallback(0, len(s))
        return ([Clause(0, len(s), "main", lane)] if lane else []), []
    clauses: list[Clause] = []
    links: list[tuple[int, int, str]] = []
    asked = QUESTION_LEAD.match(outside)
    if asked is not None:
        # the question put to the speaker stays in the answer's clause (its date is the
        # answer's occasion) but names no event and decides no lane (see QUESTION_LEAD)
        outside = " " * asked.end() + outside[asked.end() :]
    main_start = 0
    lead_at = None if asked is not None else leading_split(s, outside, actors)
    lead_index: int | None = None
    if lead_at is not None:
        a, b = _strip_span(s, 0, lead_at)
        lead_lane = lane_of(s[a:b], outside[a:b], quoted=False) or fallback(a, b)
        if lead_lane is not None:
            clauses.append(Clause(a, b, "leading", lead_lane))
            lead_index = 0
            main_start = lead_at
    main_end = len(s)
    cause = CAUSE.search(outside, main_start)
    cause_index: int | None = None
    if cause is not None:
        cause_index = _cause_clause(s, outside, cause, dated, clauses)
        main_end = cause.start()
    ma, mb = _strip_span(s, main_start, main_end)
    main_lane = lane_of(s[ma:mb], outside[ma:mb], quoted=quoted) or fallback(ma, mb)
    deed = _deed_said_after(outside, ma, mb, dated)
    if deed is not None:
        ma, mb = _strip_span(s, ma, deed)
        main_lane = "practice"
    second = more_clauses(s, outside, (ma, mb, main_lane) if main_lane else None, dated)
    rest = _without_account(outside, ma, mb, second[0])
    if rest is not None:
        main_lane = lane_of(s[ma:mb], rest, quoted=quoted) or fallback(ma, mb)
    if second[1] is not None:
        ma, mb = _strip_span(s, *second[1])
        main_lane = _given_up(s, outside, ma, mb, quoted=quoted)
    if encounter(outside, ma, mb, actors, main_lane):
        main_lane = "practice"  # a member of the public's dealings with the body
    if main_lane == "context" and set_against(second[0]):
        main_lane = "practice"  # what the story sets against an account it names
    main_index = _split_main(
        s, outside, actors, (ma, mb, main_lane), clauses, links, referent=referent
    )
    if main_index is None and main_lane is not None:
        clauses.append(Clause(ma, mb, "main", main_lane))
        main_index = len(clauses) - 1
    if main_index is not None:
        if lead_index is not None and lead_at is not None:
            m = LEADING.match(s)
            word = " ".join(m.group("word").lower().split()) if m is not None else ""
            if word in CAUSAL_LEADS:
                links.append((lead_index, main_index, "prompted"))
            elif word in CONCESSIVE_LEADS or (
                # "While the authority insists ..., records show ...": "while" concedes
                word == "while"
                and clauses[lead_index].lane == "statement"
                and clauses[main_index].lane in ("practice", "disclosure")
            ):
                links.append((main_index, lead_index, "contradicts"))
        if cause_index is not None:
            links.append((cause_index, main_index, "prompted"))
    if ADMISSION.search(s) and main_index is not None and clauses[main_index].lane == "disclosure":
        for a, b in _claims(s):
            clauses.append(Clause(a, b, "claim", "statement"))
            links.append((main_index, len(clauses) - 1, "admits"))
    _add_more(s, outside, second[0], main_index, clauses, links)
    _claimed_clauses(s, outside, dated, clauses)
    links.extend(_prior_links(clauses))
    return clauses, links


def _add_more(
    s: str,
    outside: str,
    more: Sequence[tuple[int, int, str, str]],
    main_index: int | None,
    clauses: list[Clause],
    links: list[tuple[int, int, str]],
) -> None:
    """Add the clauses :func:`~timeline.draft.splits.more_clauses` found, with their links."""
    for a, b, role, lane in more:
        ca, cb = _strip_span(s, a, b)
        if any(c.start == ca and c.end == cb for c in clauses) or cb - ca < 8:
            continue
        if role == "release" and any(c.role == "report" and c.start <= ca for c in clauses):
            continue  # "according to an audit released Tuesday" is already the release
        main = clauses[main_index] if main_index is not None else None
        lead = LEAD_PHRASE.match(s, main.start) if main is not None else None
        if (
            role == "release"
            and lead
            and main
            and main.lane in ("disclosure", "statement")
            and (cb <= lead.end() or (ca < lead.end() and s[cb : cb + 1] == ","))
        ):
            # "In a report released Tuesday, the agency said", "In its annual report,
            # published in July, the company said": that report says it, on that day
            continue
        if role == "release" and release_dates(s, (ca, cb), main):
            continue  # "revealed in a report ..., published last week": one disclosure
        own = (
            OWN_PUBLICATION.search(s, main.start, main.end) if role == "release" and main else None
        )
        if own and own.start() < ca < own.end():
            continue  # "An annual report the city published in 2020 said": its own, one account
        if role == "joined" and s.startswith("that ", ca) and main and main.role == "evidenced":
            lane = main.lane  # "the report found that A, and that B": B is what it found too
        clauses.append(Clause(ca, cb, role, lane))
        new = len(clauses) - 1
        if role == "contrast" or (role, lane) == ("prior", "disclosure"):  # ("came after a
            new = _evidence_split(s, outside, new, clauses, links)  # report found that ...")
        later = [k for k, c in enumerate(clauses) if c.role == "later" and c.lane == "disclosure"]
        if role == "later" and lane == "disclosure" and main_index is not None:
            # "initially said X, before later acknowledging Y": the later telling admits
            # the first
            links.append((new, main_index, "admits"))
        revealer = later[0] if later else main_index
        if role == "conceded" and revealer is not None:
            links.append((revealer, new, "reveals"))
        subjects = [k for k, c in enumerate(clauses) if c.role == "subject"]
        if role == "said" and subjects:
            links.append((subjects[0], new, "contradicts"))
        if role in ("contrast", "claim") and main_index is not None:
            first = clauses[main_index]
            if first.start < ca < first.end:  # "The plant, which the minister says ..., was"
                if first.lane in ("practice", "disclosure"):
                    links.append((main_index, new, "contradicts"))
                continue
            links.extend(contrast_link(s, first, clauses[new], main_index, new))


def _evidence_split(
    s: str, outside: str, k: int, clauses: list[Clause], links: list[tuple[int, int, str]]
) -> int:
    """Split clause ``k`` into new evidence and what it shows; the index of what it shows.

    Evidence convention: "..., but body camera footage released Thursday shows him
    standing still" sets what the footage shows against the account, and the footage's
    release is a disclosure of its own that ``reveals`` it.
    """
    clause = clauses[k]
    evidence = evidence_in(outside, clause.start, clause.end)
    if evidence is None:
        return k
    if not evidence.introduced:
        # "..., but the office did not act until July, the records show": records named
        # before, attributing at the end, only source what the clause says, a practice
        pa, pb = _strip_span(s, *evidence.content)
        if pb - pa >= 8 and evidence.content[0] < evidence.evidence[0]:
            clauses[k] = Clause(pa, pb, clause.role, "practice")
        return k
    pa, pb = _strip_span(s, *evidence.content)
    ra, rb = _strip_span(s, *evidence.evidence)
    if pb - pa < 8 or rb - ra < 8:
        return k
    clauses[k] = Clause(pa, pb, clause.role, "practice")
    # "an autopsy released Wednesday found": the release, drafted already, is the evidence
    released = [j for j, c in enumerate(clauses) if c.role == "release" and ra <= c.start < rb]
    if not released:
        clauses.append(Clause(ra, rb, "report", "disclosure"))
    links.append((released[0] if released else len(clauses) - 1, k, "reveals"))
    return k


def _prior_links(clauses: Sequence[Clause]) -> list[tuple[int, int, str]]:
    """Each earlier deed ("after doing ...") ``prompted`` the shortest clause holding it."""
    out: list[tuple[int, int, str]] = []
    for k, prior in enumerate(clauses):
        if prior.role != "prior":
            continue
        within = [
            j
            for j, c in enumerate(clauses)
            if j != k and c.start <= prior.start and prior.end <= c.end
        ]
        if within:
            out.append(
                (k, min(within, key=lambda j: clauses[j].end - clauses[j].start), "prompted")
            )
    return out
