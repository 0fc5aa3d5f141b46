"""Attribution: who says something, and whether it is a claim or a fact the reporter established."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from timeline.dates.words import WEEKDAY_NAMES
from timeline.draft.admissions import ADMISSION, CONCEDED, CONFIRMED, HEARD
from timeline.draft.checks import NO_RECORD
from timeline.draft.corrections import CORRECTED, IN_CORRECTION
from timeline.draft.courts import CLAIM_FILED, COURT_HEARD, IN_COURT_FILING
from timeline.draft.denials import undenied
from timeline.draft.evidence import (
    ACCORDING,
    ACCORDING_ANY,
    ACCORDING_EVIDENCE,
    CHARGED,
    EVIDENCE_NOUN,
    EVIDENCE_SHOWS,
    FILING,
    KNOWN_INSIDE,
    OBTAINED_SHOWING,
    OF_CHECKED,
    OUTLET_REQUESTED,
    OWN_DOCUMENT,
    OWN_WARNING,
    PERIODIC_SHOWS,
    PRONOUN_SHOWS,
    STILL_UNDONE,
    made_record,
    named_when,
    records_out,
    report_cue,
)
from timeline.draft.furniture import RECALLED, refused
from timeline.draft.insiders import FAMILIAR_SAID, STAFF_DEED, TOLD_OUTLET, instructed
from timeline.draft.messages import (
    COPY_OF_ITS_PAPER,
    OWN_PUBLICATION,
    PRIVATE,
    QUOTED_MESSAGE,
    SPOKESPERSON,
)
from timeline.draft.naming import MONTH_OR_DAY
from timeline.draft.oversight import (
    ACTED,
    CLEARED,
    EXAMINE_ORDER,
    FINDINGS_SENT,
    OVERSIGHT,
    RAISED_WITH,
    SOUGHT_FROM,
    UNDER_WAY,
    done_unseen,
    finding_told,
)
from timeline.draft.promises import pledged
from timeline.draft.reactions import demanded, reacted
from timeline.draft.standards import FUNDED, OBLIGED, PLAN_OBLIGES, POLICY_FRAME, RULE_REQUIRES
from timeline.draft.timeclauses import unsaid
from timeline.draft.verdicts import CHECK_FOUND
from timeline.draft.vouches import PASSIVE_BEFORE, vouched
from timeline.draft.withheld import withheld
from timeline.draft.witnesses import newsroom_saw, witnessed
from timeline.draft.words import (
    ACCORDING_ACCOUNT,
    ACCOUNT_GIVEN,
    BEHIND_SCENES,
    CLAIM_VERB,
    CONTEXT,
    CONTRADICT_VERB,
    DETECTED,
    FALLOUT,
    FIRST_REPORT,
    INFINITIVE,
    LEAD_PHRASE,
    OFFICIAL_FIGURE,
    OUTLET_OBTAINED,
    OUTLET_REPORTED,
    PASSIVE,
    PRACTICE,
    RELEASE,
    SOURCES_TOLD,
    STANDS_BY,
    STATEMENT,
)

__all__ = ["OMITTED", "Evidence", "evidence_in", "evidence_subject", "lane_of", "practice_cues"]

_BROUGHT_OUT: Final = (OUTLET_REQUESTED, OUTLET_OBTAINED, CHARGED, RAISED_WITH)  # how it came out
# Omission convention: "None of that was mentioned when the company told residents ..." sets
# the evidence just told against the occasion that left it out, the account it contradicts.
OMITTED: Final = re.compile(
    r"^\W*(?:But\s+)?(?:None|Nothing|No\s+mention)\s+of\s+(?:that|this|these|those|it)\s+(?:came\s+up|w(?:as|ere)\s+(?:mentioned|disclosed|raised|included|noted|shared|made\s+public))\b"
    # ... and the words that bring in the occasion, which a headline leaves out
    r"(?P<when>\s+(?:when|as|while)\s+)?",
    re.IGNORECASE,
)


def evidence_subject(outside: str) -> re.Match[str] | None:
    """Where records, video or a report "show" or "found" something, as the clause's subject.

    Attribution convention: "He characterized the report as ..." has a speaker as its
    subject; the evidence it names is what the statement is about, not its source.
    """
    shows = EVIDENCE_SHOWS.search(outside)
    if shows is None:
        return None
    before = outside[: shows.start()]
    if _OWN_WORDS_IN.search(before):
        return None  # "Kohl, in a written response included in the report, said": her words
    said = STATEMENT.search(before)
    if said is not None and finding_told(outside, said.end(), shows):
        return shows  # "Rountree said inspectors found breaches" (see oversight.finding_told)
    return None if said or CLAIM_VERB.search(before) else shows


# Right-of-reply convention: the party's answer printed in an audit's report is its account.
_OWN_WORDS_IN: Final = re.compile(
    r"(?i)\bin\s+(?:a|an|its|his|her|their)\s+(?:written\s+|formal\s+)?(?:response|reply|submission)\s+(?:included|printed|published|attached|appended)\s+(?:in|to|with)\s+(?:the|an?)\s+(?:[\w-]+\s+)?$"
)
# "The initial casualty report listed the cause of death as ...": how a first report tells.
_ACCOUNT_VERB: Final = re.compile(
    r"\b(?:listed|lists|described|describes|called|calls|classified|ruled|attributed|gave|forecast|forecasts|projected|projects)\b"
)


# Licensing convention: what a permit allows, told in a participle after its grant ("The
# province issued its current permit in 2016, allowing extraction on 22 hectares"), is the
# permit's terms, the story's background: no deed done.
_GRANT_TERMS: Final = re.compile(
    r"\b(?:issued|granted|approved|renewed)\s+(?:[\w’'-]+\s+){0,3}?(?:permit|licen[cs]e|consent"
    r"|approval|planning\s+permission|certificate|lease)\b[^,;]{0,60},\s+$",
    re.IGNORECASE,
)


def practice_cues(outside: str) -> list[re.Match[str]]:
    """Practice verbs that report something done, not an infinitive or a negation, nor
    the terms of a permit (see ``_GRANT_TERMS``)."""
    return [
        m
        for m in PRACTICE.finditer(outside)
        if not INFINITIVE.search(outside[: m.start()])
        and not _GRANT_TERMS.search(outside, 0, m.start())
    ]


_EVIDENCE_SUBJECT: Final = re.compile(
    rf"\W*(?:An?|The|Its|Their)\s+(?:[\w’'-]+\s+){{0,3}}?{EVIDENCE_NOUN}\s+(?:by|of|on|into)\b"
    # set off by its aside: "The papers, released to the Star after a four-month wait, show"
    rf"|\W*(?:The|Its|Their|These|Those)\s+(?:[\w’'-]+\s+){{0,3}}?{EVIDENCE_NOUN},\s"
)
# Concealment convention: what "was never announced" or "made public" is a practice.
_UNANNOUNCED: Final = re.compile(
    r"\b(?:(?:none|neither)\s+of\s+[^,;]{1,40}?\s+(?:was|were|has\s+been|had\s+been)|(?<!\bthat\s)(?<!\bwhich\s)(?:was|were|had\s+been|has\s+been)\s+(?:not|never))\s+(?:publicly\s+)?(?:announced|disclosed|made\s+public|published|reported\s+publicly)\b",
    re.IGNORECASE,
)
_SUBORDINATE: Final = re.compile(r"\b(?:until|when|after|before|once|because)\b", re.IGNORECASE)
_SET_INSIDE: Final = re.compile(rf"{_SUBORDINATE.pattern}|\bwho\b", re.IGNORECASE)  # (a clause)
_WHO_DID: Final = re.compile(r"\b(?:that|which|who)\s+(?:(?:had|has|have|also)\s+)?$")
# (a rule said to come, "announced that no show would be permitted", is no deed done; nor a
# record claimed as constant: "said the company had always supplied at cost")
_MODAL: Final = re.compile(
    r"\b(?:(?:would|will|could|can|must|may|might)\s+(?:not\s+)?(?:be\s+)?|always\s+|consistently\s+)$"
)


def _told_deeds(outside: str) -> list[re.Match[str]]:
    """The practice cues of a clause, but for those in a subordinate clause of what was said.

    "said she had not seen the emails until WXYZ provided them": the deed after "until"
    only times what was said; it makes no practice of the statement. The body's staff doing
    something (see ``STAFF_DEED``) count only where nobody says or confirms so ("The
    Trading Standards Service confirmed that officers had tested the meters": its check).
    """
    said = STATEMENT.search(outside)
    staff = (
        list(STAFF_DEED.finditer(outside)) if said is None and not CONFIRMED.search(outside) else []
    )
    cues = [
        m
        for m in practice_cues(outside)
        if said is None
        or m.start() < said.start()
        or not (
            _SUBORDINATE.search(outside, said.end(), m.start())
            or _MODAL.search(outside, said.end(), m.start())
            # (a state claimed of all, in the passive: "said all the lights were installed")
            or (
                PASSIVE_BEFORE.search(outside, said.end(), m.start())
                and _EVERY.search(outside, said.end(), m.start())
            )
        )
    ]
    # (nor a deed that only says who the speaker is: "The company that supplied it says")
    return staff + [m for m in cues if not _WHO_DID.search(outside, 0, m.start())]


# A rule adopted: "The commission wrote that standard into county policy in 2020" (no words
# said to anyone: the policy the account is measured against).
_WRITTEN_INTO: Final = re.compile(
    r"\bwr(?:ote|itten)\s+(?:[\w’'-]+\s+){1,4}?into\s+(?:the\s+|its\s+|[\w-]+\s+)?(?:policy|law|contracts?|rules?|regulations?|bylaws?|code|budget|constitution|guidelines)\b"
)


def _aftermath(outside: str) -> str | None:
    """The lane of a clause told as aftermath, policy, inquiry or detection, if it is one.

    Reaction convention: what a scandal "prompted" (criticism, an ouster, an inquiry) is
    context. Policy convention: "Under the policy, thousands were prosecuted", passive
    and with no doer named, is context. Oversight convention: an order to examine the
    party is a disclosure. Detection convention: a problem that "was first discovered"
    is a practice (see :data:`DETECTED`).
    """
    if FALLOUT.search(outside):
        return "context"
    if POLICY_FRAME.match(outside) and (PASSIVE.search(outside) or OBLIGED.search(outside)):
        return "context"
    if RULE_REQUIRES.match(outside) or _WRITTEN_INTO.search(outside) or FUNDED.search(outside):
        return "context"
    if EXAMINE_ORDER.search(outside) or ACTED.search(outside):
        return "disclosure"
    if DETECTED.search(outside):
        return "practice"
    return None


_PAST: Final = re.compile(
    r"\b(?:was|were|had|did|sold|told|made|paid|took|gave|kept|left|lost|found|sent|spent|went|came|began|knew|saw|held|ran|wrote|brought|bought|met|fell|hid|won|chose)\b"
    # an act under way is no general truth: "the Rangers are investigating"
    r"|\b(?:is|are)\s+(?:now\s+|still\s+)?[a-z]{3,}ing\b"
    r"|(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bto\s)\b[a-z]{3,}ed\b(?!\s+by\b)"
    # nor is a tally of the things at issue: "Only 18 of the domes are connected"
    r"|\b\d[\d,]*\s+(?:of|out\s+of)\s+(?:the|its|their|those|these)\b"
)


def _generic_present(outside: str) -> bool:
    """Whether a clause tells a general truth in the present, with no past deed.

    Background convention: "Glaucoma damages the optic nerve, which is why patients are
    supposed to be reviewed on time" explains; a report or review it names in passing
    ("anglers plan trips around the weekly stocking report") is no finding made public.
    """
    # a bare noun ("Huntsman's inquiry", its cause split off) names the finding itself
    return len(outside.split()) >= 8 and _PAST.search(outside) is None


def lane_of(text: str, outside: str, *, quoted: bool) -> str | None:
    """The lane a clause's words suggest, or None when they carry no event.

    ``outside`` is ``text`` with quoted words blanked. The tests run in this order:

    1. An admission, or a refusal to comment, is a disclosure: news about what the party
       has said. So is what unnamed sources told a newsroom, or another outlet reported.
       After those, a promise of what the party will do ("said he would ask the board to
       review") is a statement, whatever it promises; one still to come that seeks a
       review or a law is the aftermath, context (see ``promises.pledged``).
    2. The report or account a party gave first ("the first official report from the
       military said"), and the official figure ("The official death toll stands at 64"),
       are the claim the story tests: a statement.
    3. A document or finding that contradicts or shows something is a disclosure.
    4. A private message, an internal document, an order or a warning inside a body, and
       word withheld (see ``withheld``) is a practice: it was not said in public.
    5. A verb of assertion ("insisted", "denied", "assured", "told residents") marks a
       claim: a statement, whatever it describes.
    6. A quotation attributed with a speech verb is a statement.
    7. The outrage, criticism or inquiry a scandal "prompted" is its aftermath: context.
       So is what a policy did in general ("Under the policy, thousands were prosecuted").
    8. An order to examine the party's conduct ("directed the city to assess") is a
       disclosure; a problem "first discovered", no finder named, is a practice.
    9. A practice verb ("allowed", "gave", "handed") is a practice.
    10. Reports, audits, findings, "according to the report" and what a party "confirmed"
        are disclosures.
    11. A speech verb is a statement; a policy, demand or order is context.

    Before all of these: an occasion told as leaving out what came before is a statement
    (``OMITTED``); a reminder, or a call for a step, context (``RECALLED``, ``demanded``).
    """
    outside = unsaid(outside)
    if OMITTED.match(outside):
        return "statement"
    if RECALLED.match(outside) or (demanded(outside) and not RAISED_WITH.search(outside)):
        return "context"  # a reminder (see furniture.RECALLED), a call (reactions.demanded)
    heard = witnessed(outside) and HEARD.search(outside) is not None
    if (heard or instructed(outside)) and not ADMISSION.search(HEARD.sub("", text)):
        # Insider convention: what staff say they were told inside (see insiders.instructed)
        return "practice"
    # (an account called wrong after its quotation: 'his assurance, that “...,” was wrong')
    if ADMISSION.search(text) or ADMISSION.search(outside) or refused(outside):
        return "disclosure"
    if CLEARED.search(text) and STATEMENT.search(outside):
        return "statement"  # a clean bill told (see oversight.CLEARED)
    if (promised := pledged(outside)) is not None:
        return promised  # a promise (see promises.pledged); one made inside, see 4
    if CORRECTED.search(outside) and not BEHIND_SCENES.search(outside):
        # "The note was withdrawn on Friday" (one removed "quietly" is a change behind the scenes)
        return "disclosure"
    sourced = _sourced(outside)
    if sourced is not None:
        return sourced
    first_account = (  # (the party's own report that "tells a different story": see 3)
        FIRST_REPORT.search(outside)
        and not CONTRADICT_VERB.search(outside)
        and (STATEMENT.search(outside) or _ACCOUNT_VERB.search(outside))
    )
    if first_account or OFFICIAL_FIGURE.search(outside):
        return "statement"  # "The first official report from the military said ..."
    if PLAN_OBLIGES.search(outside):
        return "context"  # the standard its own plan sets the body (see standards)
    if OWN_PUBLICATION.search(outside):
        return "statement"
    # a party disputing with "there was no record that ..." still makes its claim
    checked = NO_RECORD.search(outside) and not CLAIM_VERB.search(outside)
    shown = CONTRADICT_VERB.search(outside) or evidence_subject(outside) or records_out(outside)
    brought = any(p.search(outside) for p in _BROUGHT_OUT) or IN_CORRECTION.search(outside)
    if shown or checked or brought:
        return "disclosure"  # (and the words given in a correction: corrections.IN_CORRECTION)
    said = STATEMENT.search(outside)
    # (the account given again in a letter is the account: see ACCOUNT_GIVEN)
    private = (
        undenied(PRIVATE, outside)
        and not SPOKESPERSON.search(outside)
        and not ACCOUNT_GIVEN.search(outside)
        and not FINDINGS_SENT.search(outside)  # "had emailed its figures to council officers"
    )
    if private or done_unseen(outside) or withheld(outside):
        return "practice"
    if CLAIM_VERB.search(outside) or STANDS_BY.search(outside):
        return "statement"  # "stood by his account": the account, held to
    if said and reacted(text):
        return "context"  # what others make of it (see reactions.reacted), quoted or not
    confirmed = CONFIRMED.search(outside)  # ("confirmed that ..., saying “...”", see 10)
    # (an overseer seeking “a full account” starts the inquiry: see 8; nor a check's finding
    # credited after it, see verdicts.CHECK_FOUND)
    unconfirmed = confirmed is None or (said is not None and confirmed.start() > said.start())
    if said and UNDER_WAY.search(re.sub(r"[“”\"]", "", text)):
        return "disclosure"  # an inquiry in the speaker's quoted words: 'was "under review"'
    unconfirmed = unconfirmed and not CHECK_FOUND.match(outside)
    if quoted and said and not EXAMINE_ORDER.search(outside) and unconfirmed:
        return "statement"
    aftermath = _aftermath(outside)
    if aftermath is not None:
        return aftermath
    if _told_deeds(outside):
        return "practice"
    report = report_cue(outside) or ACCORDING.search(outside) or CONFIRMED.search(outside)
    if report and said and said.start() < report.start():
        return "statement"  # what follows "said" is the claim's content, whatever it names
    if report and not _generic_present(outside):
        return "disclosure"
    if said:
        return "statement"
    undone = STILL_UNDONE.search(outside) and not ACCORDING_ANY.search(outside)  # not a source's
    if undone or KNOWN_INSIDE.search(outside):
        return "practice"
    if CONTEXT.search(outside):
        return "context"
    return None


def _sourced(outside: str) -> str | None:
    """The lane a clause's sourcing decides, if any (a step of :func:`lane_of`): the
    account it is "according to", what was sampled, witnesses, a lawsuit, unnamed sources
    or an outlet."""
    if OF_CHECKED.match(outside):
        return "disclosure"  # what was checked, then what it showed (see evidence_in)
    if ACCORDING_ACCOUNT.search(outside):
        return "statement"  # "according to a statement from the sheriff's office"
    seen = witnessed(outside) and not SOUGHT_FROM.search(outside)  # (their office's inquiry)
    if seen or QUOTED_MESSAGE.match(outside) or made_record(outside):
        return "practice"  # (or "A separate email said: “...”", see 4; or "is dated May 3")
    warned = OWN_WARNING.match(outside)
    if (
        warned is not None
        and OWN_DOCUMENT.search(warned.group("whose"))
        and not OVERSIGHT.search(warned.group())
    ):
        return "practice"  # the body's own plan warned (see OWN_WARNING)
    kept = _UNANNOUNCED.search(outside)
    if kept is not None and not STATEMENT.search(outside, 0, kept.start()):
        return "practice"  # "None of the nine orders was announced at the time"
    if FILING.search(outside):
        return "disclosure"  # "according to the lawsuit", "the complaint alleges"
    if (checked := newsroom_saw(outside)) is not None:
        return checked
    credit = OUTLET_REPORTED.search(outside)
    if (
        FAMILIAR_SAID.search(outside)
        and not TOLD_OUTLET.search(outside)
        and not EXAMINE_ORDER.search(outside)
    ):
        return "practice"
    if SOURCES_TOLD.search(outside) or (
        # Credit convention, the other way: "Police said ..., WIVB-TV reported" credits
        # the outlet for a statement the party made; the event is the statement.
        credit is not None and not STATEMENT.search(outside, 0, credit.start())
    ):
        return "disclosure"
    return None


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a clause attributes its content to evidence: the two spans, and whether the
    evidence is introduced here (so it is an event of its own)."""

    evidence: tuple[int, int]
    content: tuple[int, int]
    introduced: bool


# A sentence adverb may come first: "Instead, according to the report, ...", "But according".
_LEADING_ACCORDING: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet|Still|Instead|However|In\s+fact|In\s+reality|Meanwhile|Actually|Behind\s+the\s+scenes|In\s+truth|By\s+then|By\s+that\s+time|Until\s+then),?\s+)?"
    # (with its date set off: "According to the inspector's report, dated May 2, two ...")
    r"(?:[Aa]ccording\s+to|[Aa]s\s+per)\s+(?P<source>[^,;]{3,120}?(?:,\s+(?:dated|released"
    r"|published|issued)\s+[^,;]{1,30}?)?),\s+"
)
# (a thing found, named short and dated, is the finding's: "The auditors flagged the lapse in May")
_FOUND_THEN: Final = re.compile(rf"(?:the|an?|its|their)\s+[\w-]+\s+(?:in|on)\s+{MONTH_OR_DAY}")
_DATED: Final = re.compile(rf"\b(?:{'|'.join(WEEKDAY_NAMES)}|yesterday|today)\b", re.IGNORECASE)
_A_NEW: Final = re.compile(
    rf"(?:^|\s)(?:[Aa]n?|[Aa]\s+new)\s+(?:[\w’'.-]+\s+){{0,4}}?{EVIDENCE_NOUN}\b"
)
_EVERY: Final = re.compile(r"\b(?:all|every|each|entire|whole)\b", re.IGNORECASE)
# Evidence that contradicts, then a colon and four words or more: "The records differ: ...".
_OTHERWISE: Final = re.compile(
    rf"^(?:[^:]*?\b{EVIDENCE_NOUN}\b[^:]*?)(?P<verb>{CONTRADICT_VERB.pattern})[^:]{{0,20}}:\s*(?=(?:\S+\s+){{3}}\S)",
    re.IGNORECASE,
)
# What sets off a trailing attribution: a comma, or a quotation (blanked to spaces), then
# at most a few words of the evidence's own name ('," the state's inspector general found').
_SET_OFF: Final = re.compile(r"(?:,|\s{2})\s*(?P<words>(?:[\w’'-]+ ){0,4})$")


def _trailing(part: str) -> re.Match[str] | None:
    """Where evidence attributed last is set off: '..., emails show.', '"...," the IG found.'"""
    shows = EVIDENCE_SHOWS.search(part)
    if shows is None or shows.start() <= 10:
        return None
    rest = part[shows.end() :]
    # "..., board minutes show, including ...": set off on both sides, mid-sentence
    if len(rest.strip(" .,")) > 25 and not rest.startswith(","):
        return None
    set_off = _SET_OFF.search(part, 0, shows.start())
    if set_off is None or STATEMENT.search(set_off.group("words")):
        return None  # "..., said the findings showed": evidence named in what was said
    if rest.startswith(",") and len(part[: set_off.start()].split()) < 4:
        return None  # "For example, the report found, EPA was ...": what it shows follows
    lead = LEAD_PHRASE.match(part)  # ("On Tuesday, the commissioner found otherwise.": a time)
    if lead and lead.group().strip(" ,") and lead.end() >= set_off.start():
        return None
    return set_off


def _according_spans(
    part: str, a: int, b: int, according: re.Match[str]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """The evidence and what it shows for "..., according to X" in ``part`` (at ``a``).

    Attribution last: the evidence runs to the end and the content comes before it. An
    aside set between commas after a short opening ("By the time of the announcement,
    according to the logs, workers had been losing ...") sources the clause after it.
    """
    at = according.start()
    comma = part.find(", ", according.end())
    if (
        comma > 0
        and part[at - 2 : at] == ", "
        and len(part[comma + 2 :].split()) >= 4
        and len(part[:at].split()) <= 10
        and not re.match(r"(?:which|who|whose|where|when|that|and|but)\b", part[comma + 2 :])
    ):
        return (a + at, a + comma), (a + comma + 2, b)
    return (a + at, b), (a, a + at)


def evidence_in(outside: str, a: int, b: int, *, referent: bool = False) -> Evidence | None:
    """Split ``outside[a:b]`` into the evidence and what it shows, when it names evidence.

    Two forms are recognised: "..., according to the audit released Tuesday" (attribution
    last, as wire copy puts it) and "A review of records ... shows that ..." (evidence first).

    The evidence is *introduced* (a disclosure event of its own) when the phrase dates or
    releases it ("released Tuesday", "obtained through a records request", "a new audit"):
    news style names a document's release once, then only attributes to it. With
    ``referent``, the sentence before named evidence that "It"/"They" may stand for
    (see ``PRONOUN_SHOWS``).
    """
    part = unsaid(outside[a:b])
    carried = PRONOUN_SHOWS.match(part) if referent else None
    if carried is not None and len(part[carried.end() :].split()) >= 4:
        return Evidence((a, a + carried.end()), (a + carried.end(), b), False)
    if FIRST_REPORT.search(part) and not PERIODIC_SHOWS.search(part):
        return None  # "the first official report said ...": an account called a report
    if ACCORDING_ACCOUNT.search(part) or FILING.search(part) or SOURCES_TOLD.search(part):
        return None  # a party's statement, a court filing or unnamed sources, not evidence
    if OWN_PUBLICATION.search(part) or COPY_OF_ITS_PAPER.search(part):
        return None  # the party's own report repeats its claim; a copy of its own letter
    if (acted := ACTED.search(part)) and OVERSIGHT.search(part, 0, acted.end()):
        return None  # an overseer's own step, told by its own figures
    if (in_court := _in_court(part, a, b)) is not None:
        return in_court
    leading = _LEADING_ACCORDING.match(part)
    if leading is not None and re.search(EVIDENCE_NOUN, leading.group("source"), re.IGNORECASE):
        # "According to internal messages released by the company, they mocked the FAA":
        # the attribution opens the sentence, what the evidence shows follows the comma.
        intro = RELEASE.search(leading.group("source")) is not None
        return Evidence((a, a + leading.end()), (a + leading.end(), b), intro)
    checked = OF_CHECKED.match(part)
    if checked is not None and len(part[checked.end() :].split()) >= 3:
        # "Of 520 villages sampled, 214 had no customer": what was checked, what it showed
        return Evidence((a, a + checked.end()), (a + checked.end(), b), False)
    got = OBTAINED_SHOWING.search(part)
    if got is not None and len(part[got.end() :].split()) >= 4:
        return Evidence((a, a + got.end()), (a + got.end(), b), True)  # records got, shown
    told = _OTHERWISE.search(part)
    if told is not None and not STATEMENT.search(part, 0, told.start("verb")):
        # "Budget records tell a different story: $12 million was moved": the colon opens it.
        verb = told.start("verb")
        intro = bool(RELEASE.search(part, 0, verb) or _A_NEW.search(part, 0, verb))
        return Evidence((a, a + told.end() - 1), (a + told.end(), b), intro)
    if EVIDENCE_SHOWS.search(part) and evidence_subject(part) is None and not _trailing(part):
        return None
    according = ACCORDING_EVIDENCE.search(part) or ACCORDING_ANY.search(part)
    lead = LEAD_PHRASE.match(part)
    opening = lead.end() if lead is not None else 0
    if according is not None and vouched(part, opening, according):
        according = None
    if according is not None and according.start() > 10:
        return _according_evidence(outside, part, a, b, according)
    shows = EVIDENCE_SHOWS.search(part)
    wh = _SET_INSIDE.search(part, opening, shows.start()) if shows else None
    if shows and wh and "," not in part[wh.end() : shows.start()] and "," in part[shows.start() :]:
        shows = None  # (records in an opening time clause: "after ... records showing the cuts,")
    set_off = _trailing(part)
    if shows is not None and set_off is not None:
        # Trailing attribution: '"...," the inspector general found.', '..., jail logs
        # show.', set off by a comma or a quotation ("Body camera video showed the deputy
        # firing" is no such thing); the evidence's own words ("jail") go with it.
        intro = RELEASE.search(part, shows.start()) is not None
        at = set_off.start("words")
        return Evidence((a + at, b), (a, a + at), intro)
    # "The department acknowledged that tests had found ...": its words, not the source.
    reported = shows is not None and (
        STATEMENT.search(part, opening, shows.start())
        or CONCEDED.search(part, opening, shows.start())
    )
    # the evidence is the clause's subject ("An analysis by the Project of invoices, game
    # reports and correspondence found"), however long it is named; or it comes early
    near = 140 if _EVIDENCE_SUBJECT.match(part, opening) else 60
    if shows is not None and not reported and shows.start() - opening <= near:
        rest = part[shows.end() :]
        lead = re.match(r"\s*(?:that\s+)?", rest)
        start = shows.end() + (lead.end() if lead else 0)
        if len(part[start:].split()) >= 4 and not _FOUND_THEN.match(part, start):
            # Introduction convention: "a Harvard study estimated" names new evidence with
            # "a"; "the study" refers back to evidence already named.
            intro = bool(
                RELEASE.search(part, 0, shows.end())
                or _A_NEW.search(part, 0, shows.end())
                or _DATED.search(part, 0, shows.end())
                or named_when(part[: shows.end()])
            )
            return Evidence((a, a + shows.end()), (a + start, b), intro)
    return None


def _according_evidence(
    outside: str, part: str, a: int, b: int, according: re.Match[str]
) -> Evidence:
    """The evidence of a clause credited at its end ("..., according to the audit")."""
    # "A review by the agency, completed in May, found that ..., according to the report":
    # the review the clause names is the evidence; the credit at the end only repeats it
    inner = evidence_in(outside, a, a + according.start())
    if inner is not None and inner.introduced and inner.evidence[0] == a:
        return inner
    ev, content = _according_spans(part, a, b, according)
    # A dated attribution ("according to testimony Friday") is news of its own too.
    dated = _DATED.search(part, according.start()) is not None
    return Evidence(ev, content, dated or RELEASE.search(part, according.start()) is not None)


def _in_court(part: str, a: int, b: int) -> Evidence | None:
    """The evidence of a clause told in court, and what it shows; or None."""
    heard = COURT_HEARD.search(part)
    if heard is not None and len(part[heard.end() :].split()) >= 4:
        # Court-reporting convention: "an inquest heard that ...": evidence given in court
        return Evidence((a, a + heard.end("heard")), (a + heard.end(), b), True)
    filed = IN_COURT_FILING.match(part) or CLAIM_FILED.match(part)
    if filed is not None and len(part[filed.end() :].split()) >= 4:
        # "In a written reply submitted to the court last week, the institute stated that":
        # the party's own filing, on the record, shows what it states there
        return Evidence((a, a + filed.end()), (a + filed.end(), b), True)
    return None
