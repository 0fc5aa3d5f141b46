"""Proposed links between drafted events: contradictions, admissions, and only valid ones."""

from __future__ import annotations

import re
from typing import Final

from timeline.draft.actors import surname
from timeline.draft.admissions import ADMISSION, OWN_WORDS
from timeline.draft.furniture import NO_COMMENT
from timeline.draft.model import DraftEvent, DraftLink
from timeline.draft.quotes import quote_outside_words
from timeline.draft.slugs import content_words
from timeline.draft.words import ACCOUNT_CUE, ACCOUNT_NOUN, CLAIM_VERB
from timeline.vocab import RELATION_LANES

__all__ = [
    "admitted_elsewhere",
    "concessions",
    "link_note",
    "prefer_admissions",
    "repeated_accounts",
    "revealed_first",
    "valid_links",
]

# "its earlier statement was wrong", "his department's public statements", "the initial
# account", "our initial disclosure": an admission that names its own account without
# repeating it ("the report" alone names evidence, not an account).
_NAMES_ACCOUNT: Final = re.compile(
    r"\b(?:(?:its|our|their|his|her)\s+(?:[\w’'-]+\s+){0,2}"
    r"|(?:the|that|those|these)\s+(?:earlier|early|initial|previous|prior|first|original|public)\s+)"
    rf"(?:{ACCOUNT_NOUN}|disclosures?|estimates?|figures?|count)\b"
    # ... or named by its verb: "acknowledged that what he told commissioners was wrong"
    rf"|\b{OWN_WORDS}",
    re.IGNORECASE,
)


_BODY_WORD: Final = re.compile(
    r"\b(?:police|sheriff|department|district|agency|authority|hospital|company|board"
    r"|council|city|county|school|university|ministry|office)\b"
)
_NOW_SAYS: Final = re.compile(
    r"\bnow\s+(?:says|said|acknowledges|concedes|admits|estimates|puts|reports)\b",
    re.IGNORECASE,
)


def link_note(relation: str, a: DraftEvent) -> str:
    """The note on a link between a sentence's own clauses: why it was proposed."""
    if relation == "reveals":
        return f"The finding in ¶{a.para} describes this practice."
    if relation == "contradicts":
        return "The sentence sets this against the statement (a contrast or 'contradicts')."
    if relation == "evidence":
        return "The sentence attributes this to evidence the story introduced earlier."
    if relation == "disputes":
        return (
            "The sentence sets one account against the other ('but'); it leaves the dispute open."
        )
    if relation == "admits":
        return "The admission says this statement was not accurate."
    return "The sentence gives this as what led to it."


def admitted_elsewhere(events: list[DraftEvent], links: list[DraftLink]) -> list[DraftLink]:
    """Admissions also admit other statements that say what the admitted claim says."""
    out: list[DraftLink] = []
    claims = {e.id: e for e in events if e.role == "claim"}
    linked = {(link.source, link.target) for link in links}
    for link in links:
        if link.relation != "admits" or link.target not in claims:
            continue
        claim_words = content_words(claims[link.target].clause)
        for event in events:
            if event.lane != "statement" or event.role == "claim":
                continue
            shared = claim_words & content_words(event.clause)
            if len(shared) >= 3 and (link.source, event.id) not in linked:
                linked.add((link.source, event.id))
                words = ", ".join(sorted(shared))
                out.append(
                    DraftLink(
                        link.source,
                        event.id,
                        "admits",
                        f"Shares the words {words} with a statement the admission concedes.",
                    )
                )
    return out


def valid_links(links: list[DraftLink], events: list[DraftEvent]) -> list[DraftLink]:
    """The links whose relation joins their events' lanes, each once, none to itself."""
    lane = {e.id: e.lane for e in events}
    seen: set[tuple[str, str, str]] = set()
    out: list[DraftLink] = []
    for link in links:
        key = (link.source, link.target, link.relation)
        rule = RELATION_LANES.get(link.relation)
        if (
            key in seen
            or link.source == link.target
            or rule is None
            or lane.get(link.source) not in rule[0]
            or lane.get(link.target) not in rule[1]
        ):
            continue
        seen.add(key)
        out.append(link)
    return out


def _party_of(a: DraftEvent, b: DraftEvent) -> bool:
    """Whether two events have one actor: the same name, one person's surname, or a body's
    word ("police") that both name."""
    if not a.actor or not b.actor:
        return False
    if a.actor == b.actor or (bool(surname(a.actor)) and surname(a.actor) == surname(b.actor)):
        return True
    # "Police Chief Linda Ortiz" speaks for "Harborville police": a body word in common
    return bool(set(_BODY_WORD.findall(a.actor.lower())) & set(_BODY_WORD.findall(b.actor.lower())))


def _an_account(claim: DraftEvent, admission: DraftEvent, order: dict[str, int]) -> bool:
    """Whether a statement is an account an admission may concede: told before it, or
    marked as an account ("insisted", "initially said", a claim the story names); what
    the party "now says" is its corrected word, not the account it concedes."""
    if _NOW_SAYS.search(" ".join(quote_outside_words(claim.clause))):
        return False
    return (
        order[claim.id] < order[admission.id]
        or claim.role == "claim"
        or bool(CLAIM_VERB.search(claim.clause) or ACCOUNT_CUE.search(claim.clause))
    )


_MONTHS: Final = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_MONTH_WORD: Final = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:[a-z]*)\b\.?(?!\s+\d{4}-)"
)
_ISO_MONTH: Final = re.compile(r"^(?:\.\./)?\d{4}-(\d{2})")


def _month_of(text: str) -> int | None:
    """The month a date or an account's name gives ("Dec. 3", "December", "2010-12")."""
    m = _MONTH_WORD.search(text)
    if m is not None:
        return _MONTHS.index(m.group(1).lower()) + 1
    iso = _ISO_MONTH.match(text)
    return int(iso.group(1)) if iso else None


def concessions(events: list[DraftEvent], links: list[DraftLink]) -> list[DraftLink]:
    """Admissions that name the account they concede ("its earlier statement was wrong").

    Concession convention: when a party says its own earlier words were wrong ("the
    department acknowledged its earlier statement was inaccurate", "admitted his answers
    were wrong"), the story reports an admission of that account: each earlier statement
    of the same actor is conceded. Only the story's own word of admission
    (:data:`~timeline.draft.admissions.ADMISSION`) and its own naming of the account draw the
    link; an admission of a fact ("admitted the devices were fitted") is left to the
    reporter, who decides which claims it concedes.
    """
    order = {e.id: k for k, e in enumerate(events)}
    joined = {(k.source, k.target) for k in links if k.relation != "contradicts"}
    out: list[DraftLink] = []
    for admission in events:
        if (
            admission.lane != "disclosure"
            or not ADMISSION.search(admission.clause)
            or NO_COMMENT.search(admission.clause)
            or _NAMES_ACCOUNT.search(admission.clause) is None
        ):
            continue
        named = _NAMES_ACCOUNT.search(admission.clause)
        # "Our December statement was not accurate": the account its month names, by
        # whichever voice of the party gave it
        month = _month_of(named.group(0)) if named is not None else None
        for claim in events:
            if (
                claim.lane == "statement"
                and (admission.id, claim.id) not in joined
                and (
                    _party_of(admission, claim)
                    if month is None
                    else _month_of(claim.date) == month and order[claim.id] < order[admission.id]
                )
                and _an_account(claim, admission, order)
                and not ADMISSION.search(claim.clause)
            ):
                joined.add((admission.id, claim.id))
                note = "The party's own admission names its earlier statements as wrong."
                out.append(DraftLink(admission.id, claim.id, "admits", note))
    return out


def prefer_admissions(links: list[DraftLink]) -> list[DraftLink]:
    """The links, without a ``contradicts`` where the same event also ``admits`` the claim.

    Admission convention: what a party concedes of its own account is an admission of it;
    the story's finding against the account is the admission, not a contradiction too.
    """
    admitted = {(k.source, k.target) for k in links if k.relation == "admits"}
    return [
        k for k in links if not (k.relation == "contradicts" and (k.source, k.target) in admitted)
    ]


_LATER_CLAUSE: Final = re.compile(r"\b(?:when|after|once|since|following|until)\b", re.IGNORECASE)


def revealed_first(events: list[DraftEvent]) -> list[DraftEvent]:
    """The events, with each practice listed before the first disclosure of its paragraph.

    Timeline convention: what the records show happened before the records came out, so a
    timeline lists the practice first ("Crews skipped the checks", then "The Post obtains
    the logs"), though the story names the evidence first ("Logs obtained by the Post show
    that crews skipped the checks"); so does the rest of what the paragraph tells of the
    practice ("... 'We haven't done the audits,' a supervisor wrote in January"). A
    practice told as following the disclosure ("were removed when Huntsman shared his
    findings") stays after it.
    """
    out: list[DraftEvent] = []
    for event in events:
        first = next(
            (k for k, e in enumerate(out) if e.para == event.para and e.lane == "disclosure"),
            None,
        )
        later = _LATER_CLAUSE.search(" ".join(quote_outside_words(event.clause)))
        # (one told with the disclosure's own date, "what reporters found on their visit",
        # held when it came out: the story's order stands)
        if (
            event.lane == "practice"
            and first is not None
            and not later
            and (out[first].date != event.date or event.date.startswith(".."))
        ):
            out.insert(first, event)
        else:
            out.append(event)
    return out


# Repetition convention: "The city's annual report repeated the claim", "Furlong repeated
# the pledge to the committee", "made the same promise": the account told before, told
# again; what contradicts it contradicts the repetition too.
_REPEATS: Final = re.compile(
    r"\b(?:repeated|repeats|reiterated|reiterates|restated|restates|echoed|echoes)\s+(?:the|that"
    r"|this|its|his|her|their)\s+(?:[\w-]+\s+)?(?:claims?|pledges?|promises?|assurances?|figures?"
    r"|accounts?|statements?|line|message|commitments?|denials?|numbers?)\b"
    r"|\bmade\s+the\s+same\s+(?:claim|promise|pledge|assurance|point)\b",
    re.IGNORECASE,
)


def repeated_accounts(events: list[DraftEvent], links: list[DraftLink]) -> list[DraftLink]:
    """Each ``contradicts`` link to an account, proposed again for a statement that repeats
    it (see ``_REPEATS``): the statement told last before the repetition."""
    out: list[DraftLink] = []
    for k, event in enumerate(events):
        if event.lane != "statement" or not _REPEATS.search(event.clause):
            continue
        told = next((e for e in reversed(events[:k]) if e.lane == "statement"), None)
        if told is None:
            continue
        have = {x.source for x in links if x.target == event.id and x.relation == "contradicts"}
        for link in links:
            if (
                link.relation == "contradicts"
                and link.target == told.id
                and link.source not in have
            ):
                note = "It contradicts the account this statement repeats."
                out.append(DraftLink(link.source, event.id, "contradicts", note))
                have.add(link.source)
    return out
