"""Contrast and evidence cues: the ``contradicts`` links the wording of a story proposes."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from typing import Final

from timeline.dates.words import WEEKDAY_NAMES
from timeline.draft.accounts import SAME_ACCOUNT
from timeline.draft.actors import surname
from timeline.draft.admissions import ADMISSION
from timeline.draft.attribution import OMITTED
from timeline.draft.checks import checked_claims
from timeline.draft.evidence import EVIDENCE_NOUN, EVIDENCE_SHOWS
from timeline.draft.furniture import NO_COMMENT
from timeline.draft.insiders import TOLD_NEWSROOM
from timeline.draft.messages import OWN_PUBLICATION, SPOKESPERSON
from timeline.draft.model import DraftEvent, DraftLink
from timeline.draft.oversight import OVERSIGHT
from timeline.draft.quotes import quote_outside_words
from timeline.draft.sentences import Sentence
from timeline.draft.slugs import content_words, salient_words
from timeline.draft.witnesses import newsroom_saw
from timeline.draft.words import (
    ACCOUNT_CUE,
    CLAIM_VERB,
    CONTRADICT_VERB,
    CONTRAST_OPEN,
    ENTRY_VERB,
    FIRST_REPORT,
    MASTHEAD,
    OFFICIAL_FIGURE,
    REPORT_VERB,
    STANDS_BY,
    STATEMENT,
)

__all__ = [
    "Recent",
    "account_links",
    "bare_reference",
    "cites",
    "contrast_links",
    "evidence_runs",
    "propagate",
    "refers_back",
    "shown_otherwise",
]

_WINDOW = 2
"""How many paragraphs back a contrast reaches: "But" answers the paragraph or two before."""

_BACK_REFERENCE = re.compile(
    rf"^(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat)\s+(?:[\w’'-]+\s+){{0,8}}?"
    rf"(?P<noun>{EVIDENCE_NOUN}|disclosure|revelation|findings?|admission)\b"
)


@dataclass
class Recent:
    """The story so far, as contrast cues need it: statements and facts, by paragraph."""

    statements: list[tuple[int, str, str]] = field(default_factory=list)  # with who said it
    facts: list[tuple[int, str]] = field(default_factory=list)

    def add(self, para: int, event: DraftEvent) -> None:
        """Remember a drafted event as a statement or as a fact (practice or disclosure)."""
        if event.lane == "statement":
            self.statements.append((para, event.id, event.actor))
        elif _is_fact(event):
            self.facts.append((para, event.id))

    def statements_near(self, para: int) -> list[str]:
        """Statements drafted in this paragraph or the ones just before it."""
        return [i for p, i, _ in self.statements if para - _WINDOW <= p <= para]

    def facts_before(self, para: int) -> list[str]:
        """Facts drafted in the paragraph just before this one."""
        before = [p for p, _ in self.facts if p < para]
        last = max(before, default=None)
        return [i for p, i in self.facts if p == last]


def _is_fact(event: DraftEvent) -> bool:
    """A practice, or a disclosure that establishes something (not a concession or silence)."""
    if event.lane == "practice":
        return True
    return event.lane == "disclosure" and not (
        ADMISSION.search(event.clause) or NO_COMMENT.search(event.clause)
    )


def contrast_links(
    s: str, para: int, made: Sequence[DraftEvent], recent: Recent
) -> list[DraftLink]:
    """Links a sentence that opens with a contrast proposes.

    Contrast convention: "But", "Yet", "However", "In fact", "Instead", "Behind the
    scenes" set the reporter's finding against what came before. When the sentence
    holds facts, each contradicts the statements of its paragraph and the two before.
    When it holds only statements ("Yet initially, police said ..."), the contrast runs
    the other way: the facts of the paragraph before contradict them.
    """
    omitted = OMITTED.match(s)
    cue = CONTRAST_OPEN.search(s) or omitted
    if cue is None:
        return []
    word = " ".join(cue.group().split(",")[0].split()[-2:]) if cue.group() else ""
    if cue is omitted:
        word = " ".join(s.split()[:5])  # "None of that was mentioned"
    if re.search(r",\s+however,$", cue.group(), re.IGNORECASE):
        word = "however"  # "On Monday, however, ...": the contrast is "however"
    note = f"¶{para} opens with a contrast ('{word}') that sets this against the statement."
    facts = [e for e in made if _is_fact(e)]
    statements = [e for e in made if e.lane == "statement"]
    out: list[DraftLink] = []
    if facts:
        for event in facts:
            for target in recent.statements_near(para):
                out.append(DraftLink(event.id, target, "contradicts", note))
    elif statements and not _answers_another(para, statements, recent):
        for source in recent.facts_before(para):
            for event in statements:
                out.append(DraftLink(source, event.id, "contradicts", note))
    return out


def _answers_another(para: int, statements: list[DraftEvent], recent: Recent) -> bool:
    """Whether statements set in contrast answer another's account in their paragraph ("The
    secretariat, however, said it could trace one letter"), not the facts told before."""
    own = {e.actor for e in statements}
    return any(p == para and who and who not in own for p, _, who in recent.statements)


_BARE: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet|Still|On\s+the\s+surface|In\s+fact|Indeed),?\s+)?(?:[Tt]hat|[Tt]his|[Ii]t)\W*$"
)


def bare_reference(subject: str) -> bool:
    """Whether a subject is only "that", "this" or "it": the event told just before.

    Reference convention: "On the surface, that doesn't fit with what the CEO said" sets
    what the story has just told against the statement; it names no new event.
    """
    return _BARE.match(subject.strip()) is not None


# The kinds of evidence news copy names: what was filmed, what was written down, and
# what people wrote to each other. "The review" may cite "an audit released Tuesday";
# "the medical examiner's report" does not cite "surveillance video".
_EVIDENCE_KINDS: Final = (
    re.compile(r"\b(?:video|videos|footage|clips?|recordings?|photos?|images?|camera)\b", re.I),
    re.compile(
        # ("record that" is the verb of minutes or a log, not a record of this kind)
        r"\b(?:records?(?!\s+that)|documents?|files|logs?|data|reports?|audits?|review|study|studies|analysis|investigation|inquiry|findings|filings|transcripts?|results|autopsy)\b",
        re.I,
    ),
    re.compile(r"\b(?:e-?mails?|messages|texts|chats|letters?|memos?|minutes|notes)\b", re.I),
)


def cites(sentence: str, last_evidence: DraftEvent | None) -> bool:
    """Whether a sentence that attributes a practice to evidence cites ``last_evidence``.

    Attribution convention: copy introduces evidence once ("an audit released Tuesday")
    and then attributes to it ("according to the review"); a sentence that names evidence
    of another kind ("according to the medical examiner's report" after "surveillance
    video shows") cites that other evidence, not the one named before.
    """
    if last_evidence is None:
        return False
    named = [k for k in _EVIDENCE_KINDS if k.search(sentence)]
    before = [k for k in _EVIDENCE_KINDS if k.search(last_evidence.clause)]
    # a kind named on neither side ("Huntsman found ...", "made public in October") or
    # on both is the same evidence
    return not named or not before or any(k in before for k in named)


def refers_back(subject: str, last_evidence: DraftEvent | None) -> bool:
    """Whether a subject ("The emails", "The disclosure") refers to evidence named before.

    Reference convention: news copy names evidence once with an article ("emails released
    Wednesday") and then refers back with "the" ("The emails contradict ...").
    """
    m = _BACK_REFERENCE.match(subject.strip())
    if m is None or last_evidence is None:
        return False
    noun = m.group("noun").lower().rstrip("s")
    if noun in ("disclosure", "revelation", "finding", "admission"):
        return True
    return noun in last_evidence.clause.lower() or bool(
        content_words(noun) & content_words(last_evidence.clause)
    )


def propagate(events: Sequence[DraftEvent], links: Sequence[DraftLink]) -> list[DraftLink]:
    """What evidence reveals contradicts what the evidence contradicts.

    Evidence convention: when records contradict a claim, the practices those records
    show are the substance of the contradiction ("emails contradict her claim" and an
    email shows she was told). Denial convention: a statement that denies or disputes
    what evidence showed ("Mosseri disputed that") is contradicted by it.
    """
    by_id = {e.id: e for e in events}
    reveals: dict[str, list[str]] = {}
    for link in links:
        if link.relation == "reveals":
            reveals.setdefault(link.source, []).append(link.target)
    out: list[DraftLink] = []
    for link in links:
        if link.relation != "contradicts":
            continue
        for practice in reveals.get(link.source, []):
            note = "The evidence that contradicts this statement shows this practice."
            out.append(DraftLink(practice, link.target, "contradicts", note))
    revealed = [by_id[t] for ts in reveals.values() for t in ts if t in by_id]
    order = {e.id: k for k, e in enumerate(events)}
    for event in events:
        if event.lane != "statement" or not CLAIM_VERB.search(event.clause):
            continue
        earlier = [p for p in revealed if order[p.id] < order[event.id]]
        if earlier and re.search(r"\b(?:disput|den[iy]|reject|rebut)", event.detail, re.I):
            note = "The statement disputes what the evidence before it showed."
            out.append(DraftLink(earlier[-1].id, event.id, "contradicts", note))
    return out


def _stem(word: str) -> str:
    """A word's first six letters, past its "-ed", "-ing" or final "e": the forms of one
    word share them ("inspected", "inspections"; "store", "stored", "storing"; "fined",
    "fines")."""
    for end in ("ing", "ed", "e"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)][:6]
    return (word[:-1] if word.endswith("ed") and len(word) >= 5 else word)[:6]  # "fined"


# Denial convention: what an official says is not so ("said we don't have targets", "said
# she was not aware", "said the officers never fired") is the account a story tests.
_DENIAL: Final = re.compile(
    r"\b(?:said|says|told|tells|wrote|insisted|maintained)\b[^.;]{0,80}?\b(?:not|never|no|don[’']t|doesn[’']t|didn[’']t|wasn[’']t|weren[’']t|isn[’']t|aren[’']t"
    r"|hadn[’']t|haven[’']t|nothing|nobody|none"
    # (or an assurance: "said the quarry was fully compliant", "it had only trimmed")
    r"|only|fully|always|safe|compliant|properly|inaccurate|baseless|unfounded)\b",
    re.IGNORECASE,
)
# A critic from outside the account disputing it ("Former director Margaret Hollis disputed
# that") answers the account: no part of it.
_CRITIC: Final = re.compile(r"\b(?:disputed|disputes|rejected|rejects|challenged|questioned)\b")
_NOT_ACCURATE: Final = re.compile(
    r"\b(?:not|in)\s*accurate\b|\bincorrect\b|\buntrue\b|\bwrong\b", re.IGNORECASE
)


def _speaks_for(body: str, clause: str) -> bool:
    """Whether ``clause`` introduces its speaker as ``body``'s ("Facebook's top executive")."""
    words = [w for w in body.split() if w[:1].isupper() and len(w) > 3]
    return any(re.search(rf"\b{re.escape(w)}[’']s\b", clause) for w in words)


# The days just before publication, when a party answers the story: "said on Wednesday".
# (the words stand as the date, or are quoted in its note: "The article says 'this week'")
_LATELY: Final = re.compile(
    rf"(?:^|')(?:{'|'.join(WEEKDAY_NAMES)}|yesterday|today|this\s+week|last\s+week)(?:$|')",
    re.IGNORECASE,
)


def _accounts(events: Sequence[DraftEvent], outsiders: Collection[str]) -> dict[str, str | None]:
    """The official account's statements: each id, with the account statement it continues.

    A statement is part of the account when its words mark it as one (a verb of assertion,
    "at the time", "initially", "the official account"), or when the story tells it
    before any evidence. Quotation convention: the same
    speaker's next statement, drafted right after it (a quote running on into the next
    paragraph, "police said" again), continues that account.
    """
    out: dict[str, str | None] = {}
    previous: DraftEvent | None = None
    evidence_seen = False
    doers = " ".join(e.clause for e in events if e.lane == "practice")
    past_lede = False
    for event in events:
        if event.lane in ("practice", "disclosure"):
            evidence_seen = True
            past_lede = past_lede or event.para > 1
        critic = surname(event.actor) in outsiders and _CRITIC.search(event.clause)
        if event.lane == "statement" and not critic:
            outside = " ".join(quote_outside_words(event.clause))
            if (
                CLAIM_VERB.search(event.clause)
                # "said the company stands by its statement": the account, upheld
                or STANDS_BY.search(outside)
                # what a spokesperson tells the press is the body's account
                or SPOKESPERSON.search(outside)
                or ACCOUNT_CUE.search(outside)
                or _PUBLIC_VENUE.search(outside)
                or _TO_THE_NEWSROOM.search(outside)
                or FIRST_REPORT.search(outside)
                or OFFICIAL_FIGURE.search(outside)
                or OWN_PUBLICATION.search(outside)  # its report or website, telling its record
                or event.role == "claim"  # what the story says was contradicted or admitted
                # a denial, unless an outsider to the account (a relative, a critic) makes it
                or (_DENIAL.search(event.clause) and surname(event.actor) not in outsiders)
            ):
                # (an account of its own may still go on from the speaker's words just
                # before: "told analysts it was on track ... Asked about downtime, he said:
                # 'Nothing outside the normal cycle.'")
                out[event.id] = (
                    previous.id
                    if previous is not None
                    and previous.id in out
                    and previous.lane == "statement"
                    and event.actor == previous.actor != ""
                    and event.para - previous.para in (0, 1)
                    else None
                )
                if out[event.id] is None and len(out) > 1 and SAME_ACCOUNT.match(outside):
                    out[event.id] = list(out)[-2]  # "The same assurance was given in ..."
            elif surname(event.actor) and re.search(
                rf"\b{re.escape(surname(event.actor))}\b", doers
            ):
                # Self-account convention: what someone says of conduct the story shows
                # them doing ("Van Dyke told an investigator ...") is their account of it.
                out[event.id] = None
            elif (
                not evidence_seen
                # (a lede may sum up the finding first; the story then goes back to the dated
                # account: "In December 2021 the department told", not "said on Wednesday")
                or not (
                    past_lede
                    or event.date.startswith("..")
                    or _LATELY.search(f"{event.date}\n{event.date_note}")
                )
            ) and surname(event.actor) not in outsiders:
                # Framing convention: a story states the account first, then sets the
                # evidence against it; a statement told before any evidence is the account
                # (unless an outsider to it, a relative or a critic, makes it).
                out[event.id] = None
            elif (
                previous is not None
                and previous.id in out
                and (
                    event.actor in ("", previous.actor)
                    or not STATEMENT.search(outside)
                    # "written by Facebook's top PR executive": a speaker for the same body
                    or _speaks_for(previous.actor, event.clause)
                )
            ):
                out[event.id] = previous.id
        if event.lane != "context":
            previous = event  # background told between does not break an account
    return out


# Venue convention: words said where the public hears them (at a news conference, in a
# press release, on its website) are the account the body gave, however plain the verb.
_PUBLIC_VENUE: Final = re.compile(
    # (dated or named first: "at an Aug. 31 news conference", "in a press statement issued")
    r"\b(?:at\s+an?\s+(?:[\w.’'-]+\s+){0,3}?(?:news|press)\s+(?:conference|briefing)"
    # (a "press note" in South Asian copy)
    r"|in\s+an?\s+(?:[\w.’'-]+\s+){0,3}?(?:press|news|media)\s+(?:release|statement|note)|(?:issued|released|put\s+out)\s+an?\s+(?:[\w.’'-]+\s+){0,2}?(?:press|news|media)\s+(?:release|statement|note)"
    # (or the release itself as the subject: "Its own media release on February 1 congratulated")
    r"|^\W*(?:[\w’'-]+\s+){0,3}?(?:press|news|media)\s+release\b|on\s+(?:its|the\s+\w+[’']s|the\s+\w+)\s+(?:official\s+)?(?:website|web\s+page|web\s+site)"
    r"|(?:website|web\s+page|web\s+site)\s+(?:says|said|states|stated|reads|read)|in\s+an?\s+(?:[\w’'-]+\s+)?(?:tweet|post|video\s+message|public\s+letter|open\s+letter)"
    # a letter to a public: "wrote in a letter to families on Sept. 30"
    r"|in\s+an?\s+(?:[\w’'-]+\s+){0,2}?(?:letter|e-?mail|notice|newsletter|message)\s+to\s+(?:all\s+|its\s+|the\s+)?(?:families|parents|residents|customers|patients|tenants|members"
    r"|voters|shareholders|investors|students|neighbou?rs|ratepayers|the\s+public)"
    r"|on\s+stage|at\s+an?\s+(?:[\w’'-]+\s+){0,2}?(?:conference|summit|hearing|town\s+hall|rally|forum)"
    # (or in print for its public: "A district newsletter in March said")
    r"|(?:newsletter|brochure|leaflet|flyer|mailer|bulletin|catalogue|catalog)\s+(?:[\w.’'-]+\s+){0,3}?(?:said|says|stated|states|claimed|claims|promised|promises|described|listed|told)"
    # sworn words before a public body, and what a body announces, are said in public
    r"|testif(?:ied|ies|ying)|announc(?:ed|es|ing)|(?:speaking|talking)\s+to\s+(?:the\s+)?(?:reporters|journalists|media|press)"
    # ... and words told to an assembly or to the air: "told state parliament", "told a
    # radio phone-in"
    r"|told\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,5}?(?:parliament|legislature|assembly|committee|council|senate|congress|lawmakers|legislators|MPs|councillors|commissioners"
    r"|board(?:\s+members)?|trustees|shareholders|investors|analysts|phone-in|radio|television|broadcaster|interviewer|reporters|journalists"
    # (or a meeting of members, or the body it answers to: "told the station's annual general
    # meeting", "told a meeting of the municipal district", "told the regulator")
    r"|meeting|AGM|members|regulator|ombudsman|inspectorate|warden[’']s\s+office))\b",
    re.IGNORECASE,
)

# ... and so are words told the newsroom for publication, or in answer to its questions
# ("told the Courier last month that", "When the Herald first raised the discrepancies, ...")
_TO_THE_NEWSROOM: Final = re.compile(
    rf"{TOLD_NEWSROOM.pattern}|\b{MASTHEAD}\s+(?:first\s+)?(?:raised|put|asked|contacted)\b"
)
# (a count or a measure made by whoever checked: "an inspector counted nine trays")
_TALLIED: Final = re.compile(r"\b(?:counted|tallied|measured|recorded|logged|tested)\b")


def _establishes(event: DraftEvent) -> bool:
    """Whether an event is a fact the story established: a practice, or a finding.

    Evidence convention: a report, audit or review that "found" or "shows" something, or a
    correction that calls the account "not accurate", sets its finding against the
    account as much as a practice does. An admission is not a finding against the
    account but a concession of it (an ``admits`` link), and a claim is the account itself.
    """
    if event.role == "claim":
        return False
    if event.lane == "practice":
        return True
    if event.lane != "disclosure" or ADMISSION.search(event.clause):
        return False
    outside = " ".join(quote_outside_words(event.clause))
    return bool(
        EVIDENCE_SHOWS.search(outside)
        or REPORT_VERB.search(outside)
        or _TALLIED.search(outside)
        or newsroom_saw(outside) is not None  # the newsroom's own check (see witnesses)
        or CONTRADICT_VERB.search(outside)
        or _NOT_ACCURATE.search(event.clause)
    )


def _first_hand(event: DraftEvent) -> bool:
    """Whether an event is the practice, or the newsroom's own check of it (see
    ``witnesses.newsroom_saw``): what the story set against its lead account by itself."""
    outside = " ".join(quote_outside_words(event.clause))
    return event.lane == "practice" or newsroom_saw(outside) == "disclosure"


def account_links(
    events: Sequence[DraftEvent],
    links: Sequence[DraftLink],
    *,
    is_framed: bool,
    outsiders: Collection[str] = (),
) -> list[DraftLink]:
    """Facts the story established that contradict its official account, with no cue word.

    Account convention: a story framed as a test of an official account (see
    :func:`framed`) sets each practice it establishes against the account it leads with,
    and against each later statement of the account about the same subject (shared content
    words, not attribution), however many paragraphs apart. A statement that continues the
    account (the same speaker, drafted next) is contradicted by what contradicts the account
    it continues. Evidence convention: the video, records or report that the story itself
    says contradict ("the video doesn't jibe with the chief's account") contradict, with the
    practice they show, each statement that practice contradicts. Evidence the story does
    not set against the account only reveals the practice.
    """
    have = {(k.source, k.target) for k in links if k.relation == "contradicts"}
    if not is_framed:
        return _through_evidence(events, links, have) + checked_claims(events, have)
    accounts = _accounts(events, outsiders)
    # A finding whose content was drafted as a practice it reveals contradicts through
    # that practice (see _through_evidence), not on its own words.
    revealing = {k.source for k in links if k.relation == "reveals"}
    facts = [e for e in events if _establishes(e) and e.id not in revealing]
    first_hand = {e.id for e in facts if _first_hand(e)}
    by_id = {e.id: e for e in events}
    out: list[DraftLink] = []
    # Framing convention: the account told first is the one the story tests
    lead = next(iter(accounts), None)
    for sid, continues in accounts.items():
        words = {_stem(w) for w in salient_words(by_id[sid].clause)}
        for fact in facts:
            shared = sorted(w for w in salient_words(fact.clause) if _stem(w) in words)
            if (fact.id, sid) in have:
                continue
            if sid == lead and fact.id in first_hand and not shared:
                note = "The story leads with this account and sets what it established against it."
            elif shared:
                note = (
                    f"The story sets the account against what it established; both name "
                    f"{', '.join(shared[:4])}."
                )
            elif continues is not None and (fact.id, continues) in have:
                note = _GOES_ON
            else:
                continue
            have.add((fact.id, sid))
            out.append(DraftLink(fact.id, sid, "contradicts", note))
    for sid, was in accounts.items():  # (the same account, named so: both ways)
        if was and SAME_ACCOUNT.match(" ".join(quote_outside_words(by_id[sid].clause))):
            new = sorted(
                {k.source for k in out if k.target == sid} - {f for f, t in have if t == was}
            )
            have.update((f, was) for f in new)
            out += [DraftLink(f, was, "contradicts", _GOES_ON) for f in new]
    return out + _through_evidence(events, [*links, *out], have) + checked_claims(events, have)


_GOES_ON: Final = "This statement continues the account the practice contradicts."
_RUN = 2
"""How many paragraphs past the contrast that opens it a run of evidence may go."""


def evidence_runs(
    events: Sequence[DraftEvent], cued: Sequence[DraftLink], links: Sequence[DraftLink]
) -> list[DraftLink]:
    """The facts told right after a contrast, set against the account it contradicts.

    Evidence-run convention: "But records show ..." opens the evidence, and the paragraphs
    after it go on telling what the records, witnesses and messages show, until the story
    turns back to what someone says; each fact of that run contradicts the account the
    contrast was set against. ``cued`` holds the links the sentences' own words drew,
    ``links`` every link drawn so far.
    """
    have = {(k.source, k.target) for k in links if k.relation == "contradicts"}
    order = {e.id: k for k, e in enumerate(events)}
    out: list[DraftLink] = []
    for link in cued:
        if link.relation != "contradicts" or link.source not in order:
            continue
        start = events[order[link.source]]
        for event in events[order[link.source] + 1 :]:
            if event.lane == "statement" or event.para > start.para + _RUN:
                break
            if not _establishes(event) or (event.id, link.target) in have:
                continue
            have.add((event.id, link.target))
            note = "The story goes on with the evidence it set against this statement."
            out.append(DraftLink(event.id, link.target, "contradicts", note))
    return out


def _through_evidence(
    events: Sequence[DraftEvent], links: Sequence[DraftLink], have: set[tuple[str, str]]
) -> list[DraftLink]:
    """The evidence that reveals a practice and says it contradicts, set against each
    statement the practice contradicts (see :func:`account_links`)."""
    says_so = {
        e.id for e in events if CONTRADICT_VERB.search(" ".join(quote_outside_words(e.clause)))
    }
    shown_by: dict[str, list[str]] = {}
    for link in links:
        if link.relation == "reveals" and link.source in says_so:
            shown_by.setdefault(link.target, []).append(link.source)
    out: list[DraftLink] = []
    for link in links:
        if link.relation != "contradicts":
            continue
        for evidence in shown_by.get(link.source, []):
            if (evidence, link.target) in have or evidence == link.target:
                continue
            have.add((evidence, link.target))
            note = "The evidence shows the practice that contradicts this statement."
            out.append(DraftLink(evidence, link.target, "contradicts", note))
    return out


# Contrast convention: evidence set against the account in a sentence of its own ("The logs
# show otherwise.", "But the records tell a different story.") says nothing itself; the
# sentence after it tells what the evidence shows.
_SHOWS_OTHERWISE: Final = re.compile(
    rf"^\W*(?:(?:But|Yet|And)\s+)?(?:[\w’'.,()-]+\s+){{0,8}}?(?:{EVIDENCE_NOUN}|{OVERSIGHT.pattern})\b"
    r"[^.;:“”\"]{0,140}?"
    # (a short qualifier may follow: "The logs suggest otherwise, at least on this coast.")
    rf"(?:{CONTRADICT_VERB.pattern})(?:\s+(?:it|that|this|them|the\s+(?:claim|account|figures?)))?"
    r"(?:,\s+[^.;:“”\"]{1,40})?\W*$",
    re.IGNORECASE,
)


def shown_otherwise(
    pending: tuple[str, int] | None, account: str | None, sent: Sentence, made: list[DraftEvent]
) -> tuple[list[DraftEvent], list[DraftLink], tuple[str, int] | None]:
    """What evidence told in a sentence of its own shows, told in the sentence after it.

    ``pending`` is the evidence a sentence set against the account, and that sentence's
    index; when ``sent`` comes next, the events ``made`` from it that tell a fact (a
    practice, or background with no one's words) are what it shows: practices it reveals,
    which contradict ``account``, the last statement told; a finding told there (not an
    admission or a refusal to comment) contradicts it too. Returns the events, the links,
    and the evidence this sentence sets against the account with nothing after its verb.
    """
    links: list[DraftLink] = []
    if pending is not None and pending[1] == sent.index - 1:
        for k, event in enumerate(made):
            # ("Inspector Dale Pruitt wrote that ...": the words of the document itself)
            said = event.lane == "statement" and not ENTRY_VERB.search(event.clause)
            if event.role not in ("main", "practice") or said:
                continue
            if event.lane == "disclosure":
                # what the evidence found, told as its finding: set against the account
                if account is not None and not (
                    ADMISSION.search(event.clause) or NO_COMMENT.search(event.clause)
                ):
                    note = "It tells what the evidence named just before found."
                    links.append(DraftLink(event.id, account, "contradicts", note))
                continue
            made[k] = replace(event, lane="practice", role="evidenced")
            note = "The sentence before sets this evidence against the account."
            links.append(DraftLink(pending[0], event.id, "reveals", note))
            if account is not None:
                note = "The evidence told just before shows this, against the account."
                links.append(DraftLink(event.id, account, "contradicts", note))
    evidence = next((e for e in made if e.lane == "disclosure"), None)
    if evidence is None or not _SHOWS_OTHERWISE.match(sent.text):
        return made, links, None
    if account is not None:
        note = "The sentence sets this evidence against the account told before it."
        links.append(DraftLink(evidence.id, account, "contradicts", note))
    return made, links, (evidence.id, sent.index)
