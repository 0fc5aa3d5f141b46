"""The party under scrutiny: whose public statements a story tests, and who only reacts."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Final

from timeline.draft.actors import surname
from timeline.draft.admissions import ADMISSION, HEARD
from timeline.draft.encounters import TOLD_ENCOUNTER, member_of_public
from timeline.draft.messages import TOLD_PUBLIC
from timeline.draft.model import DraftEvent, DraftLink
from timeline.draft.naming import (
    EXPERT_NOUN,
    HONORIFICS,
    KIN_NOUN,
    MONTH_OR_DAY,
    ORG_HEAD,
    PUBLIC_GROUP,
    PUBLIC_TIE,
    SOMEONE,
    TITLE_WORD,
)
from timeline.draft.oversight import COMPLAINTS_RECEIVED
from timeline.draft.quotes import quote_outside_words, quote_spans
from timeline.draft.slugs import content_words
from timeline.draft.words import STANDS_BY, STATEMENT, STOP

__all__ = ["PUBLIC_ACTOR", "affiliation", "explains", "judge_reactions", "party_words", "reacts"]

_TESTED: Final = frozenset({"contradicts", "admits"})
_CAPITAL: Final = re.compile(rf"(?!{MONTH_OR_DAY})[A-Z][\w’'-]*")
# A group of the public named as the actor: "Residents", "Some parents".
PUBLIC_ACTOR: Final = re.compile(rf"(?:\w+\s+){{0,2}}{PUBLIC_GROUP}")
_EXPERTS_SAY: Final = re.compile(
    r"\b(?:experts|analysts|economists|scholars|academics)\s+(?:say|said|agree|agreed|warn|warned)\b",
    re.IGNORECASE,
)
_OPENS_PUBLIC: Final = re.compile(rf"\W*(?:(?:But|And|Yet)\s+)?{PUBLIC_GROUP}\b")
# (or a workers' union's officer, "Union president", not a "Union Minister"; or a party's
# critic for a portfolio, as Canadian copy names the opposition's: "her party's critic for")
_OPPOSITION: Final = re.compile(
    r"\b(?i:shadow|opposition)\s|(?<!European\s)\b[Uu]nion(?:[’']s)?\s+(?:[a-z-]+\s+)?[a-z-]+"
    r"|[’']s\s+critic\s+(?:for|on)\b"
)
_ASKER: Final = re.compile(
    r"\b(?:questions?|query|queries|motion|request)\s+(?:from|by)\s|\b[Aa]sked\s+by\s"
)
_UNINVOLVED: Final = re.compile(rf"\b(?:{EXPERT_NOUN}|{KIN_NOUN})\b", re.IGNORECASE)


def affiliation(actor: str, clause: str) -> set[str]:
    """The words that tie an event to a party: its actor's, and the names its clause uses.

    Appositive convention: news copy names a speaker with their body ("Jo Reyes,
    spokeswoman for the Harbor Authority"), so the capitalised words outside quotes, other
    than a sentence's first word and the names of months and days, are the speaker's
    affiliation as much as the actor's own name.
    """
    words = content_words(actor)
    outside = quote_outside_words(clause)
    for k, word in enumerate(outside):
        if k == 0 or outside[k - 1].endswith((".", "!", "?")):
            continue
        if _CAPITAL.match(word):
            words |= content_words(word)
    return words - HONORIFICS


def party_words(events: Mapping[str, DraftEvent], links: Iterable[DraftLink]) -> set[str]:
    """The affiliation words of the party under scrutiny, as the links so far tell it.

    Scrutiny convention: an accountability story tests one party's public statements
    against the evidence. That party is whoever made a statement the story contradicts,
    or made an admission; everyone else who speaks is reacting to the story.
    """
    words: set[str] = set()
    for doer in events.values():
        # (the body whose own people are shown at the practice: "A former Northline chemist
        # said managers told chemists to rerun samples"; its owner's denial is its statement)
        if doer.lane == "practice" and doer.role == "main" and _INSIDE_BODY.search(doer.clause):
            words |= affiliation(doer.actor, "")
    for admitter in events.values():
        # Whoever admits (apologises, says it "erred") is the party under scrutiny,
        # linked or not.
        if (
            admitter.lane == "disclosure"
            and ADMISSION.search(admitter.clause)
            and admitter.actor
            # "Families said they were told ...": the public concedes nothing
            and not PUBLIC_ACTOR.fullmatch(admitter.actor)
        ):
            words |= affiliation(admitter.actor, "")
    for link in links:
        if link.relation not in _TESTED:
            continue
        for end in (link.source, link.target):
            event = events.get(end)
            if event is None or (
                _INQUIRY.search(event.clause) and _BODY_ACTOR.search(event.actor) is not None
            ):
                # (a body saying it is looking into the matter makes no claim of the
                # party's, whatever a shared word linked to it)
                continue
            if event.lane == "statement" or ADMISSION.search(event.clause):
                # A claim's clause is what was claimed (its places and names are the
                # subject, not the party): only its actor names the party.
                clause = "" if event.role == "claim" else event.clause
                said = STATEMENT.search(clause)
                # what follows the verb of saying is what was said: its names are the
                # subject ("said the driver, Eli Brooks, dragged him"), not the party
                words |= affiliation(event.actor, clause[: said.start()] if said else clause)
    return words


_LOWER_JOB: Final = re.compile(r"^[A-Z][a-z]+(?=\s+[a-z])")


def _body_named(introduction: str, names: Collection[str]) -> bool:
    """Whether an introduction names a body beside the person ("Erie County Executive").

    Titles ("Executive Director", "Gov.") and the person's own names are not a body.
    """
    own = {_bare(n) for n in names}
    # a job told in lower case, capitalised only as the sentence's first word ("Athletic
    # director Dana Whitlock"), names no body either
    introduction = _LOWER_JOB.sub("", introduction)
    # (nor does a minister's portfolio: "Health Minister", "Transport Secretary" hold a
    # government post, the party's own)
    introduction = re.sub(r"(?:[A-Z][a-z]+\s+){1,2}(?=(?:Minister|Secretary)\b)", "", introduction)
    rest = [
        _bare(w)
        for w in _CAPITAL.findall(introduction)
        # a capitalised first word ("Her spokesman, Ben Cole") names no body
        if _bare(w) not in own and _bare(w).lower() not in STOP
    ]
    return any(TITLE_WORD.fullmatch(w) is None for w in rest)


def _bare(word: str) -> str:
    """A word without its punctuation and possessive ("Sheriff’s" -> "Sheriff")."""
    return re.sub(r"[’']s$", "", word.strip(".,"))


def reacts(
    actor: str,
    clause: str,
    party: Collection[str],
    introduced: Mapping[str, str],
    outsiders: Collection[str],
) -> bool:
    """Whether a person's public words are a reaction (context), not the party's statement.

    Reaction convention: once a story has set the party's statements against the
    evidence, what a named person outside that party says about it (a victim's relative,
    a lawmaker, a critic) is a reaction to the news, background to the timeline.
    ``introduced`` maps each known surname to the words that first named them, and
    ``outsiders`` holds the surnames the article introduces by a tie outside the party
    ("the father of a student", "Sen."). A speaker with no such tie is not judged: an
    official named by title alone ("Executive Director Sam Patel") may well be the
    party. Nor is one whose name, clause or introduction shares a word with the party.
    """
    if PUBLIC_ACTOR.fullmatch(actor) or (not actor and _OPENS_PUBLIC.match(clause)):
        return True  # "Parents said they were furious": the public reacts, whoever the party
    if not actor and _EXPERTS_SAY.search(" ".join(quote_outside_words(clause))):
        return True  # "..., election experts say": a field's view, unnamed, is background
    if STANDS_BY.search(" ".join(quote_outside_words(clause))):
        return False  # "said the company stands by its statement": the party holds its account
    names = actor.split()
    last = _known_as(actor, introduced)
    if last in introduced and _OPPOSITION.search(introduced[last]):
        # "Shadow environment secretary Tom Aske": the opposition, not the party, even
        # before any link has named the party
        return True
    if not party or last not in introduced:
        return False
    if last not in outsiders and not _body_named(introduced[last], names):
        return False
    # A person tied from outside ("the father of a student killed at the high school")
    # is not affiliated with the places the clause names; the names of anyone else are.
    own = affiliation(actor, "" if last in outsiders else clause)
    words = own | affiliation(introduced[last], introduced[last])
    if last in outsiders and _ASKER.search(introduced[last]):
        # Question convention: one introduced as putting the question ("a written reply to
        # a question from Cllr Tommy Gallagher", "Asked by Cllr Mulvey") holds the party
        # to account; the party's answer naming them ties them to no party
        words -= content_words(actor)
    return not (words & set(party))


# Witness convention: a member of the public the story introduces by a tie to it (a
# victim, a resident, a patient, a relative) or by age ("Kath Sutcliffe, 58,"), telling
# what was done to them ("she was told to send in a list", "by the time she was seen",
# "nobody came"), is a witness to the practice, not a party making a claim. What they say
# they were told is a claim relayed ("were told the water was safe"), a reaction still.
_WITNESS_TIE: Final = re.compile(
    rf"\b(?:{KIN_NOUN}|{PUBLIC_TIE})\b"
    r"|,\s+\d{1,3}(?:,|\.?$)",
    re.IGNORECASE,
)
_DONE_TO: Final = re.compile(
    r"\b(?:was|were)\s+(?:never\s+|not\s+|only\s+|finally\s+|first\s+)?(?:told|asked"
    r"|ordered|instructed)\s+(?:by\s+[\w\s]{1,30}?\s+)?(?:over\s+the\s+phone\s+)?to\b"
    r"|\b(?:was|were)\s+(?:never\s+|not\s+|finally\s+|first\s+)?(?:seen|visited|turned\s+away"
    r"|sent\s+home|refused|denied|left|kept|moved|discharged|evicted|charged|billed|ignored)\b"
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?(?:came|rang|called|visited|answered"
    r"|replied|turned\s+up)\b"
    # what was left undone for them: "it still had not been fixed"
    r"|\b(?:still\s+)?(?:had|has|have)\s+(?:still\s+)?(?:not|never)\s+been\s+(?:fixed|repaired"
    r"|replaced|collected|answered|returned|refunded|repaid|seen|treated|inspected|assessed)\b"
    # ... or, in their own words, what the body's people did before them or never did:
    # "They came with a lorry, they put the slab, they took photos and they left", "I've
    # never once seen that door open", "Since then nobody has called me"
    r"|\bthey\s+(?:came|took|put|counted|cut|pulled|dug|drilled|poured|tore|knocked|dumped"
    r"|loaded|gave\s+(?:me|us)|sent\s+(?:me|us)|left\s+(?:it|us|me|them|without))\b"
    r"|\b(?:I|we)(?:[’']ve|\s+have|\s+had)?\s+never\s+(?:once\s+|even\s+)?(?:seen|received|got"
    r"|had|pumped|heard\s+from)\b"
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:has|had)\s+(?:ever\s+)?(?:come|rung|called|visited"
    r"|answered|replied|turned\s+up)\b"
    # ... or what has stood still since: "the pump has not moved since last July"
    r"|\b(?:has|have|had)(?:n[’']t|\s+not)\s+(?:moved|worked|run|opened|flowed|been\s+(?:open"
    r"|fixed|repaired|touched|cut|mowed))\s+since\b"
    # ... or how often they asked the body to act: "he wrote to the department twice in
    # April to report", "she and her neighbours reported one flat four times"
    r"|\b(?:wrote|complained|reported|called|rang|phoned|emailed)\b[^.;]{0,60}?\b(?:twice"
    r"|(?:three|four|five|six|several|many|\d+)\s+times)\b",
    re.IGNORECASE,
)


# ... or what they saw the body's people do, or not do: "said he had watched visitors feed the
# macaques every day"
_SAW: Final = re.compile(
    r"\b(?:said|says|told\s+\S+(?:\s+\S+)?)\s+(?:that\s+)?(?:she|he|they)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:often\s+|repeatedly\s+|regularly\s+|never\s+(?:once\s+)?)?(?:saw|seen|watched|heard)\b"
)


def _one_of_the_public(
    event: DraftEvent, introduced: Mapping[str, str], outsiders: Collection[str]
) -> bool:
    """Whether an event's actor is a person the story introduces as one of the public."""
    last = _known_as(event.actor, introduced) if event.actor else ""
    intro = introduced.get(last, "")
    tied = last in outsiders and _WITNESS_TIE.search(intro) is not None
    # or one the story names as a member of the public (see timeline.draft.encounters)
    return tied or (bool(intro) and member_of_public(event.actor, intro))


def _witness(event: DraftEvent, introduced: Mapping[str, str], outsiders: Collection[str]) -> bool:
    """Whether a statement is a member of the public telling what was done to them."""
    told = _DONE_TO.search(event.clause) or TOLD_ENCOUNTER.search(event.clause)
    told = told or _SAW.search(event.clause)
    return told is not None and _one_of_the_public(event, introduced, outsiders)


def _told_in_person(
    event: DraftEvent, introduced: Mapping[str, str], outsiders: Collection[str]
) -> bool:
    """Whether a disclosure is only one of the public saying what they were told.

    Service-encounter convention: "Marisol Greer, 58, said she was told 'nothing
    available' six times" tells how the body dealt with her, a practice. Said by one of
    the party, "was told" concedes what they knew (see ``HEARD_FORM``); said by one of the
    public, it concedes nothing.
    """
    heard = HEARD.search(event.clause) is not None
    conceded = ADMISSION.search(HEARD.sub("", event.clause)) is not None
    return heard and not conceded and _one_of_the_public(event, introduced, outsiders)


_DENIES: Final = re.compile(
    r"\bden(?:ied|ies|ying)\b"
    # (or rejects the account told against it: "rejects the former workers' account")
    r"|\b(?:rejects|rejected|disputes|disputed)\s+(?:the|their|his|her|its|these|those)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:accounts?|claims?|allegations?|accusations?|criticism|findings?"
    r"|version|characteri[sz]ation)\b"
)
# Demand convention: what one outside the party asks of those with power over it ("had
# written to the Prime Minister asking for a firm payment date", "would ask the Audit Office
# to examine the spending") is a reaction to the news, not the matter being looked into.
_ASKS_OF: Final = re.compile(
    r"\b(?:wrote|written|writes|write|ask|asks|asked|asking|petitioned|urged|called\s+on)\b"
    r"[^.;]{0,80}?\b(?:asking|to\s+(?:order|call|examine|investigate|review|delay|stop|suspend"
    r"|hold|refer|intervene|act)|for\s+(?:an?|the)\b)"
    # (not an order to the party to answer for itself: "a letter asking it to explain")
    r"(?!\s+(?:it|them|him|her)\s+to\s+(?:explain|account|justify|show\s+cause))"
)
# (nor the party's records asked for, which is the matter looked into: "asked WYDOT last week
# for the staffing rosters and road-closure logs")
_RECORDS_ASKED: Final = re.compile(
    r"\bfor\s+(?:the|its|their|all)\s+(?:[\w-]+\s+){0,2}?(?:rosters|logs|records|minutes|files|data"
    r"|documents|contracts|timesheets|reports?|figures)\b"
)
# Account convention: one the story has shown doing the deed, who then says what it was for
# ("Obi, who left in August, said the holds were meant to get clients to meetings"), gives
# an account of it, not a witness's word on what went on.
_PURPOSE: Final = re.compile(r"\b(?:meant|intended|designed|supposed)\s+to\b|\bin\s+order\s+to\b")
# Witness convention, told on: "The former worker, who left the farm last month, handed the
# photographs to the Herald. She says the shed was never converted": what "she", a former
# worker named by her job alone, says went on inside is what went on.
_SHE_SAYS: Final = re.compile(r"\W*(?:She|He)\s+(?:says|said)\b")


def _told_on_inside(event: DraftEvent, before: DraftEvent) -> bool:
    """Whether ``event`` is told on by a former staffer named by job alone (see above)."""
    one = SOMEONE.match(before.clause)
    return (
        event.role == "main"
        and event.para == before.para
        and one is not None
        and one["former"] is not None
        and _SHE_SAYS.match(event.clause) is not None
    )


# (nor relief asked of a court, a filing on the record: "are asking the court to order")
_COURT_ASKED: Final = re.compile(r"\b(?:court|tribunal|judge|bench|magistrate)\b")


def _known_as(actor: str, introduced: Mapping[str, str]) -> str:
    """The key a person is known by: the full name of a namesake, else the surname."""
    return actor if actor in introduced else surname(actor)


# ... and one brought in by the body that denies ("The company has flatly denied the
# allegation. Its Managing Director said ...") speaks for it.
_ITS_OWN: Final = re.compile(r"(?:Its|Their)\s+(?:[A-Z][\w.-]*\s+)+")


def _denying(events: Sequence[DraftEvent], introduced: Mapping[str, str]) -> set[str]:
    """Who denies in the story, and who speaks next for a body that denies."""
    out: set[str] = set()
    before: DraftEvent | None = None
    for e in events:
        brought_in = (
            _ITS_OWN.match(e.clause) is not None
            and before is not None
            and before.source == e.source
            and _known_as(before.actor, introduced) in out
        )
        if (
            e.lane == "statement"
            and e.actor
            and (_DENIES.search(" ".join(quote_outside_words(e.clause))) or brought_in)
        ):
            out.add(_known_as(e.actor, introduced))
        before = e
    return out


def judge_reactions(
    events: Sequence[DraftEvent],
    links: Sequence[DraftLink],
    introduced: Mapping[str, str],
    outsiders: Collection[str],
) -> list[DraftEvent]:
    """The events, with each statement that is a reaction (see :func:`reacts`) as context,
    and what the public says it was told ("Families said they were told ...") as context too.

    Refusal convention: any body's refusal to answer ("The regulator declined to comment")
    stays an event, the party's or another's: its silence is news of the matter.

    While drafting, a statement is judged against the links drawn so far; a story that
    names its account's contradiction only at the end (a headline that frames it, an
    account set against later evidence) is judged again here, with every link known.
    """
    by_id = {e.id: e for e in events}
    # an independent expert or a relative (see EXPERT_NOUN, KIN_NOUN) is not made the
    # party by a link drawn to their own words
    uninvolved = {n for n in outsiders if _UNINVOLVED.search(introduced.get(n, ""))}
    party = party_words(
        by_id,
        [
            k
            for k in links
            if not any(
                end in by_id
                and by_id[end].actor
                and _known_as(by_id[end].actor, introduced) in uninvolved
                for end in (k.source, k.target)
            )
        ],
    )
    # Denial convention: one who denies in the story ("denied on Monday that the company
    # charged guards") answers for the party the story tests, whatever links name it; their
    # other words are its account too, never a reaction.
    denying = _denying(events, introduced)
    out: list[DraftEvent] = []
    doers: set[str] = set()
    for e in events:
        if e.lane == "statement" and not e.actor and out and _told_on_inside(e, out[-1]):
            e = replace(e, lane="practice")  # (see _told_on_inside)
        if e.lane == "practice" and e.role == "main" and surname(e.actor) in doers:
            if STATEMENT.search(e.clause) and _PURPOSE.search(e.clause):
                e = replace(e, lane="statement")  # the doer's own account (see _PURPOSE)
        elif e.lane == "practice" and e.role == "main" and e.actor:
            doers.add(surname(e.actor))
        if (
            e.lane == "disclosure"
            and e.role == "main"
            and PUBLIC_ACTOR.fullmatch(e.actor)
            and ADMISSION.search(e.clause)
        ):
            e = replace(e, lane="context")  # what the public says it was told is a reaction
        elif (
            e.lane == "disclosure"
            and e.role == "main"
            and _told_in_person(e, introduced, outsiders)
        ):
            e = replace(e, lane="practice")
        elif (
            e.lane == "disclosure"
            and e.role == "main"
            and (asks := _ASKS_OF.search(told := " ".join(quote_outside_words(e.clause))))
            and not _RECORDS_ASKED.search(told, asks.start(), asks.end() + 40)
            and not _COURT_ASKED.search(told, asks.start(), asks.end())
            and reacts(e.actor, e.clause, party, introduced, outsiders)
        ):
            e = replace(e, lane="context")  # a demand from outside the party (see _ASKS_OF)
        elif e.lane == "statement" and e.role == "main":
            public = TOLD_PUBLIC.search(e.clause)
            if public and (not e.actor or e.actor.lower() in public.group().lower()):
                e = replace(e, actor="")  # the public was told: no voice of its own (TOLD_PUBLIC)
            elif _witness(e, introduced, outsiders):
                e = replace(e, lane="practice")
            elif _known_as(e.actor, introduced) in denying:
                pass
            elif _own_evidence(e, party):
                e = replace(e, lane="disclosure")
            elif reacts(e.actor, e.clause, party, introduced, outsiders):
                if _quoted_reaction(e.clause) and _colour(e, introduced, outsiders):
                    continue
                e = replace(e, lane="context")
            elif _answers_for_another(e, party):
                e = replace(e, lane="disclosure")
        out.append(e)
    return out


# Counter-evidence convention: one outside the party who tells what their own checks found
# ("says the group's sediment samples found zinc at toxic levels", "says data downloaded
# from 212 inverters show") brings evidence against the account, a disclosure; the party's
# own ("says its own sampling shows no such effect") is its account.
_OWN_EVIDENCE: Final = re.compile(
    r"\b(?:said|says?)\s+(?:that\s+)?(?:its|their|our|his|her|the\s+(?:group|union|association"
    r"|committee|network|coalition|society)[’']s|(?:members|residents|volunteers)[’'])\s+(?:own\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:samples?|samplers|data|logs?|records|checks|tests?|readings"
    r"|measurements|survey|count|tally|photographs|photos|footage|recordings?)\b"
    r"|\b(?:said|says)\s+(?:that\s+)?(?:data|readings|logs|samples|records)\s+(?:downloaded|taken"
    r"|collected|kept)\s+(?:from|by)\b",
    re.IGNORECASE,
)


def _own_evidence(event: DraftEvent, party: Collection[str]) -> bool:
    """Whether a statement is one outside the party telling what its own checks found."""
    outside = " ".join(quote_outside_words(event.clause))
    told = _OWN_EVIDENCE.search(outside)
    return told is not None and bool(party) and not affiliation(event.actor, "") & set(party)


# One who speaks for others (a family's lawyer, a spokesman) makes their case, not colour.
_SPEAKS_FOR: Final = re.compile(
    r"\b(?:lawyer|attorney|solicitor|counsel|barrister|spokes\w+|representative)s?\b",
    re.IGNORECASE,
)


def _colour(event: DraftEvent, introduced: Mapping[str, str], outsiders: Collection[str]) -> bool:
    """Whether a reaction's speaker is one of the public speaking for themselves."""
    intro = introduced.get(_known_as(event.actor, introduced), "") if event.actor else ""
    return _one_of_the_public(event, introduced, outsiders) and not _SPEAKS_FOR.search(intro)


_QUOTED_REACTION_WORDS = 6
"""At most this many words outside its quotation make a reaction a quoted one."""


def _quoted_reaction(clause: str) -> bool:
    """Whether a reaction is a quotation with only its attribution around it.

    Colour convention: what a resident or a relative says in their own words about the
    news ("“Shrinking the pack is a price increase by another name,” Greer
    said.") gives the story its voice; it tells no event of the timeline, and reporters'
    cases leave it out.
    """
    outside = quote_outside_words(clause)
    return len(outside) < len(clause.split()) and len(outside) <= _QUOTED_REACTION_WORDS


# Inquiry convention: a body outside the party that says it is examining, or will
# examine, what the story tells ("said it would review the county's handling", "said it
# was assessing the data") starts the inquiry through which the truth comes out; one
# reviewing its own ("its policy") only says what it will do.
_INQUIRY: Final = re.compile(
    r"\b(?:said|says|told\s+\S+(?:\s+\S+)?)\s+(?:[\w.]+\s+){0,3}?(?:that\s+)?(?:it|they|the\s+\w+"
    r"|(?:his|her|its|their)\s+(?:office|department|agency|team|staff))\s+"
    # ... after what it says first: "said it was “aware of the allegations” and was
    # reviewing them", "said it had received information and was looking into it"
    r"(?:(?:is|was|are|were|had|has|have)\s+[^.;]{0,80}?\s+and\s+)?"
    r"(?:(?:is|was|are|were|(?:has|had|have)\s+been)\s+(?:now\s+|already\s+)?[“\"]?"
    r"(?:reviewing|assessing|investigating|inspecting|auditing|examining|looking\s+into"
    r"|making\s+(?:enquiries|inquiries))"
    r"|(?:would|will)\s+(?:now\s+)?[“\"]?(?:review|assess|investigate|inspect|audit|examine"
    r"|look\s+into)"
    # complaints on its record, or the party called to account: "said it had received 112
    # complaints", "said it was aware of the union's complaint", "said ministers had asked
    # the board for a full account"
    # (or in the simple past: "said it received 212 complaints in August alone")
    rf"|{COMPLAINTS_RECEIVED}"
    r"|(?:is|was|are|were)\s+aware\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:complaints?|concerns"
    r"|allegations)"
    r"|(?:had|has|have)\s+asked\s+(?:the\s+)?[\w’'-]+\s+(?:[\w’'-]+\s+)?(?:for\s+(?:an?\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?:account|explanation|report)|to\s+(?:explain|account|report)))"
    r"[”\"]?(?=\s|$)(?!\s+(?:its|their|our|his|her)\b)",
    re.IGNORECASE,
)


# A body's own people named as its: "a former Northline chemist", "Northline managers".
_INSIDE_BODY: Final = re.compile(
    r"\b(?-i:[A-Z][\w&-]+)\s+(?:managers?|chemists?|employees?|staff|executives?|supervisors?"
    r"|officials?|workers?|engineers?|technicians?|directors?)\b"
)
# a body's name ends in its head word, or names it first ("Department of Emergency
# Management"), or is an acronym
_BODY_ACTOR: Final = re.compile(rf"(?:\b{ORG_HEAD}(?:$|\s+(?:of|for)\s)|^[A-Z]{{2,6}}$)")


def _answers_for_another(event: DraftEvent, party: Collection[str]) -> bool:
    """Whether a body outside the party says what the party did: an official finding.

    Oversight convention: when an agency other than the party under scrutiny says what
    that party did or knew ("The state Agriculture Department says the company knew",
    "FEMA said it never approved the contract"), or that it is looking into it (see
    ``_INQUIRY``), the story reports it as that body's finding, a disclosure, not as one
    more claim.
    """
    # (a body the drafter could not name as an actor is named by the words before its verb:
    # "The Health and Safety Executive said it was making enquiries")
    said = STATEMENT.search(event.clause)
    own = affiliation(
        event.actor, "" if event.actor or said is None else event.clause[: said.start()]
    )
    if _INQUIRY.search(event.clause) is not None and not (party and own <= set(party)):
        return True  # a body whose name is not the party's looks into the matter
    if not party or _BODY_ACTOR.search(event.actor) is None:
        return False
    if own & set(party):
        return False
    return bool(content_words(event.clause) & set(party))


# Expert convention: an independent expert's words on how things work ("crypto can live for
# days in chlorinated water", "the likely source is a swimmer") explain the story's events
# from outside them: background, neither the party's claim nor a finding. What the expert
# says was done ("said the city had failed to test") is theirs to tell as anyone's.
_GENERAL: Final = re.compile(
    r"[\s:“”\"]*(?:that\s+)?(?:[\w’'-]+\s+){0,6}?(?:is|are|can|cannot|can[’']t|may|might|could"
    r"|would|should|must|does|do|doesn[’']t|don[’']t|isn[’']t|aren[’']t|tends?\s+to"
    r"|needs?\s+to)\b"
)


# ... or a quotation that opens the clause and tells no past at all ('"Nobody audits these
# until teachers start yelling," said ...').
_TOLD_PAST: Final = re.compile(
    r"\b(?:was|were|had|did|went|came|took|made|gave|told|knew|said|saw|found|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)


def explains(clause: str) -> bool:
    """Whether what a clause says, in its own words or the reporter's, is said of how things
    are, in the present (see ``_GENERAL``, ``_TOLD_PAST``)."""
    said = STATEMENT.search(clause)
    if said is None:
        return False
    # (the words first, the speaker after: '"Good chlorination doesn't ...," she says.')
    quoted_first = clause.lstrip().startswith(("“", '"'))
    spans = quote_spans(clause) if quoted_first else []
    if spans and _TOLD_PAST.search(clause, spans[0][0], spans[0][1]) is None:
        return True
    if _GENERAL.match(clause, 0 if quoted_first else said.end()) is not None:
        return True
    # (or with no past in it at all: "said the fear of debt already stops people applying")
    return not quoted_first and _TOLD_PAST.search(clause, said.end()) is None
