"""Titles and ids of drafted events."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from timeline.dates.words import WEEKDAY_NAMES, word_set
from timeline.draft.actors import surname as surname_of
from timeline.draft.admissions import ADMISSION, TRAILING_ADMISSION
from timeline.draft.cells import DATE_LABEL
from timeline.draft.clauses import DASHED_ASIDE, Clause
from timeline.draft.mentions import JOB_QUALIFIER
from timeline.draft.messages import SPOKESPERSON_WORDS
from timeline.draft.naming import (
    BY_INITIALS,
    MONTH_OR_DAY,
    ORG_HEAD,
    PREPOSITION,
    SEEN_BY,
    UPPER,
    job_words,
)
from timeline.draft.openings import without_opening
from timeline.draft.words import (
    ATTRIBUTION,
    ATTRIBUTION_INVERTED,
    CAUSE_LEAD,
    CLAIMS,
    DEED_START,
    LEAD_PHRASE,
    LEADING,
    MASTHEAD,
    SUBJECTLESS,
    TRAILING_STOP,
)

__all__ = [
    "LABEL_MAX",
    "TITLE_MAX",
    "event_title",
    "is_newsroom",
    "short_label",
    "title_words",
]

TITLE_MAX: Final = 69
"""Longest draft title, in characters: a headline is short, under 70 characters."""
LABEL_MAX: Final = 30
"""Longest draft chart label, in characters: a few words, as the chart shows them."""

_APPOSITIVE: Final = re.compile(
    # a name ("Ray Duncan") or a noun with its article ("The mayor", "A letter from the board")
    r"^((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+(?:(?<=Inc|Ltd)\.|(?<=Corp|Bros)\.|(?<=Co|Jr|Sr)\.)?|(?:[Tt]he|An?|[Ii]ts|[Tt]heir)\s+(?:[a-z\d][\w’'-]*\s+){0,5}?[a-z][\w’'-]+)"
    # (a place in the aside may end it, "in Spring Hill, Tennessee,", or open it: "Kent county")
    r"(?:,\s+(?:[a-z\d]|[A-Z][\w-]*[’']s\s|[A-Z][\w-]*\s+[a-z])[^,;“”\"]{1,140}(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=,))?)+?,\s+"
    r"(?=(?:(?:later|also|then|previously|repeatedly|again|first|yesterday|today|(?:on\s+)?[A-Z][a-z]+day)\s+)?(?:said|says|told|tells|called|calls|wrote|writes|tweeted|added|insisted|denied|has"
    r"|testified|acknowledged|admitted|[a-z]+ed|came|went|was|were|had|lost|found|got|took|saw|left|made|paid|spent|gave|kept|sat|stood|began|fell|ran|heard|felt|knew|met|sent"
    r"|sold|bought|built|brought|held|hid|won|chose|cut|put|set|shut|hit|let|led|lent|dealt"
    # what a record does: "The logs, released under the Act after an appeal, show that"
    r"|shows?|reveals?|records|lists|suggests?|indicates?|tells?|finds"
    # (or a group's own claim, in the present: "The beneficiaries, most of them ..., claim")
    r"|say|claims?|alleges?|insists?|maintains?|complains?|accuses?|denies|deny)\b)"
)

# AP style names a job, then the person set off by commas: "Her spokesman, Ben Cole, said".
_JOB_THEN_NAME: Final = re.compile(
    r"^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*[’']s"
    # (or the body's name as a modifier: "ZETDC spokesperson, Mr Tapiwa Chingwena, said")
    r"|(?:[A-Z][\w&-]*\s+){0,2}[A-Z][\w&-]*(?=\s+[a-z]))\s+"
    rf"(?:[\w’'-]+\s+){{0,10}}?[\w’'-]+{JOB_QUALIFIER},\s+"  # ("Registrar (Academic Affairs),")
    # (a description may come before the name: "board chair, retired teacher Donna Guidry,")
    # (not an agent: "A board paper, seen by the Meridian, warned" names no person)
    r"(?:(?!(?:by|seen|obtained|reviewed|released|sent|given|from|to|with)\b)[a-z][\w’'-]*\s+){0,3}"
    # (a name in any script's capitals, "Cian Ó Dónaill"; not a month: "published in March,")
    rf"(?!{MONTH_OR_DAY})(?P<name>(?:[{UPPER}][\w.’'-]*\s+){{0,3}}[{UPPER}][\w’'-]+),\s+"
    # and where or when, set off before the verb: ", in a statement on Tuesday, said" (or
    # how the source knows: ", who left in March 2022, said")
    r"(?:(?:in|at|on|during|who)\s[^,]{1,60},\s+)?(?=(?:(?:later|also|then|previously|repeatedly|again|yesterday|today|on\s+[A-Z][a-z]+day)\s+)?"
    r"[a-z]+(?:ed|s)\b|(?:said|told|wrote|did|does|has|had|went|made|gave|took|sent|kept|spoke|put)\b)"
)
# "the company's repeated assurances that ...": the words before what was claimed.
_CLAIM_OPENING: Final = re.compile(
    rf"^(?:[\w’'.-]+\s+){{0,4}}?(?:{CLAIMS.pattern})\s+"
    # (or the telling itself: "telling the public that its centre punishes every violation")
    r"|^(?:[\w’'.-]+\s+){0,6}?(?:telling|assuring)\s+(?:the\s+)?[\w’'-]+(?:\s+press)?\s+that\s+",
    re.IGNORECASE,
)
_EARLIER: Final = "Earlier statement: "
# A relative clause set off by commas between a subject and its verb: ", which ...,", a
# list in it too ("The survey, which recorded crops, livestock and fishing households, was").
_TUCKED: Final = re.compile(
    # (or whom a count includes: "Three employees, including a first officer, said")
    r"^([^,;“”\"]{1,80}),\s+(?:who|which|including)\s(?:[^,;“”\"]|,(?=\d{3})){1,120}(?:,\s+[^,;“”\"]{1,60}?\s(?:and|or)\s[^,;“”\"]{1,60})?,\s+"
    r"(?:(?:however|though|meanwhile|too|also),\s+)?(?=[a-z])"  # ("..., however, said")
)
# "Gen. Frank McKenzie", "Board member Rachel Kowalski": a person's name (by surname, in a headline)
_PERSON_LIKE: Final = re.compile(
    r"^(?:(?:[A-Z][\w.’'-]*\s+){1,5}|(?:[A-Z][\w.’'-]*\s+){0,3}(?:(?!(?:for|of|and|the|on|in|to|at|de|du|la)\s)[a-z]+\s+){1,2}"
    r"(?:[A-Z][\w.’'-]*\s+){1,2})[A-Z][\w’'-]+$"
)
_HEAD_WORD: Final = re.compile(rf"\b{ORG_HEAD}$")
_NEWSROOM: Final = re.compile(MASTHEAD)
# "According to the report that accompanies it, dated Oct. 19, ...": the source, and its date
_ACCORDING_LEAD: Final = re.compile(
    r"^[Aa]ccording\s+to\s[^,;“”\"]{1,120},\s+"
    r"(?:(?:dated|released|published|filed|issued|obtained)\s[^,;“”\"]{1,40},\s+)?(?=\S)"
)


_JOINING: Final = word_set(
    "and or but nor the a an of to for with in on at by from that which who whom whose when "
    "where while after before as because"
)
# a word cut mid-phrase that leaves it hanging: "... not restored until", "... district told"
_HANGING: Final = TRAILING_STOP | word_set(
    "since until between during through than about around told said says early late every each "
    "some any most many few several"
)
_SAID_COLON: Final = re.compile(r"\b(?:said|says|wrote|writes|added|tweeted|posted|told\s+\S+)$")

# Headline convention: "X told commissioners that ..." is headlined "X said": the audience goes.
_PART_OF_WHICH: Final = re.compile(r"(an?\s+[\w-]+)\s+of\s+(?:which|whom)\s+", re.IGNORECASE)
_TOLD_THAT: Final = re.compile(
    # (not the passive: "they were told last summer that" is what was done to them)
    # (nor a promise made, then another clause: "had never promised a second grant and that")
    r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)\b(?:told|assured|reassured|promised)\s+(?:[\w’'-]+\s+){1,5}?(?<!\band\s)(?<!\bor\s)(?<!\bbut\s)(?:that\s+|(?=[“\"]))"
)
_DURING_ASIDE: Final = re.compile(r",\s+during\s+[^,;“”\"]{3,80},\s+(?=that\s)")


def _shorten(text: str, limit: int = TITLE_MAX) -> str:
    """``text`` cut to at most ``limit`` characters, plainly, without an ellipsis.

    Headline convention: a headline is a complete short phrase, so the cut falls at a
    clause boundary (a comma, dash or semicolon) when one leaves enough words, else at a
    word boundary; dangling function words ("of", "the", "that") are dropped so the
    phrase does not trail off.
    """
    text = _unstopped(" ".join(text.split()).lstrip(" ,;:.—–-"))
    if len(text) > limit:
        # an aside set off by a pair of dashes ("251 – or 61 per cent – opposed") goes first
        text = DASHED_ASIDE.sub(" ", text, count=1)
    if len(text) <= limit:
        words = text.split(" ")
        while len(words) > 2 and words[-1].lower() in ("and", "or", "but", "nor"):
            words.pop()  # "McKenzie apologized for the mistake and"
        return " ".join(words).rstrip(" ,;:")
    head = text[: limit + 1]
    stops = [m.start() for m in re.finditer(r"\s*(?:[,;:]|\s[—–-])\s", head)]
    # never at the colon that opens what was said ("Ruiz said: ...")
    stops = [k for k in stops if k >= limit // 2 and not _SAID_COLON.search(head, 0, k)]
    words = (head[: stops[-1]] if stops else head[:limit]).split(" ")
    if not stops and len(words) > 1 and len(text) > limit:
        words = words[:-1]  # drop a word cut in two
    # a cut at a clause's end leaves it whole ("... found the company did not do so") but
    # for a word that only joins it to the next ("... for illegal entry and")
    dangling = _JOINING if stops else _HANGING
    while len(words) > 1 and words[-1].lower().strip(",;:") in dangling:
        words.pop()
    return _unstopped(" ".join(words))


def _unstopped(text: str) -> str:
    """``text`` without a closing stop or mark, but for an abbreviation's ("9:04 p.m.")."""
    kept = text.rstrip(" ,;:—–-")
    return kept if re.search(r"\b(?:[ap]\.m|[A-Z][a-z]?)\.$", kept) else kept.rstrip(" .,;:—–-")


def short_label(title: str) -> str:
    """A chart label: the title shortened at a word boundary to :data:`LABEL_MAX`.

    Chart convention: a label names the event in a few words; it is cut from the title,
    never made from the id.
    """
    return _shorten(title, LABEL_MAX)


_JOINED: Final = re.compile(r"(?:and|but|or)\s", re.IGNORECASE)


def _admitted_words(quote: str) -> str:
    """The part of a quote that makes the admission: "..., those statements were not accurate"."""
    m = ADMISSION.search(quote)
    if m is None:
        return quote
    cut = max(quote.rfind(", ", 0, m.start()), quote.rfind(". ", 0, m.start()))
    if _JOINED.match(quote, cut + 2):  # "That was wrong, and it happened under our watch"
        cut = quote.rfind(". ", 0, cut)
    words = quote[cut + 2 if cut >= 0 else 0 : m.end()]
    last = words.split()[-1].lower()
    if last in TRAILING_STOP or last in ("admit", "acknowledge", "concede"):
        return quote[cut + 2 if cut >= 0 else 0 :]  # "It is now clear that ...": what follows
    return words


_THEN_WHEN: Final = re.compile(rf"^{MONTH_OR_DAY}[^,]{{0,20}},\s+when\s+")
# A sentence that opens on a phrase or clause before its subject: "In its first comment, the"
_OPENS_BEFORE_SUBJECT: Final = re.compile(
    r"^(?:(?:But|And|Yet)\s+)?(?:In|As|When|While|After|Before|Since|Asked|Despite|For|At|On|During|Until|Once|Although|Though|Even"
    # a time counted from an event: "Two weeks after the fire, the landlord told"
    r"|(?:[A-Z]\w*\s+)?(?:\w+\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)"
    # a participle set before the subject: "Speaking at a town hall on Tuesday, the
    # governor said", "Filed with the ministry in March, the engineer's report"
    # (not a noun the "-ing" word names: "Pumping logs that the contractor submitted")
    r"|[A-Z][a-z]{2,}ing(?!\s+[a-z]+s\s+(?:that|which|from|for|of|show|showed|kept)\b)"
    # (nor a job before a name: "Nursing student Aisha Rahman, 20, said")
    r"(?!\s+(?!(?:to|at|in|on|with|for|from|about|after|before|during|near|by|of)\s)[a-z]+\s+[A-Z][a-z])|(?i:filed|dated|written|sent|signed|released|published|obtained"
    r"|issued|submitted|posted|prepared|commissioned|completed))\b"
)
# ... or, after a phrase set first, a participle in lower case: "In October, citing a
# year-to-date rate, Haines told the council" (not a noun: "underwriting staff")
_LOWER_PARTICIPLE: Final = re.compile(
    r"[a-z]{3,}ing\s+(?:a|an|the|its|his|her|their|to|on|at|in|from|about|with|that|for)\s"
)
# "testified before a state Senate committee on Wednesday that ...": where, when or to
# whom a verb of saying was said, set before "that", which a long headline leaves out. The
# phrase opens with a preposition or a time word and holds no verb, negation or pronoun.
_SAID_WITH: Final = re.compile(
    r"^(?P<said>.{1,60}?(?<!\bwho\s)\b(?:said|says|testified|wrote|insisted|acknowledged|admitted|conceded|claimed|argued|announced|stated|maintained|added|asserted|declared))"
    r"\s+(?P<with>(?:on|in|at|to|before|during|after|from|with|last|this|earlier|late"
    rf"|yesterday|today|tonight|{'|'.join(WEEKDAY_NAMES)})\b[^,;:“”\"]{{0,80}}?)\s+that\s+"
    # (not a relative "that": "wrote to the DHMT listing 14 medicines that were out of stock")
    r"(?!(?:was|were|is|are|had|has|have)\b)"
)
_NOT_SETTING: Final = re.compile(
    r"\b(?:not|no|never|nothing|none|n[’']t|was|were|is|are|be|been|had|has|have|would|could|will|did|does|do|he|she|they|it|we|i|and|but|or|that|to\s+(?:report|say|tell|ask|warn"
    r"|complain|explain|confirm|inform|notify|argue|insist))\b",  # ("wrote ... to report that")
    re.IGNORECASE,
)
_VERB: Final = re.compile(
    r"\b(?:said|says|told|tells|wrote|writes|insisted|denied|acknowledged|admitted|announced|testified|argued|claimed|added|[a-z]{3,}ed|has|have|had|was|were|is|are"
    # (and the common irregular pasts: "the council's office put out a statement")
    r"|put|gave|made|sent|took|kept|held|paid|began|left|met|sought|brought|won|lost|spoke)\b"
)


# Headline convention: no aside on who made a thing ("a written answer, prepared by the
# department, put": "A written answer put")
# ... nor the age set after a name ("Aisha Rahman, 20, said": "Aisha Rahman said")
_AGE: Final = re.compile(r"(\b[A-Z][\w’'-]+),\s+\d{1,3},?\s+(?=[a-z]+\b)")
# (and a lawmaker's party and home, "Sen. Paul Hendricks, R-Marion, who chairs")
_PARTY_STATE: Final = re.compile(
    r"(\b[A-Z][\w’'-]+),\s+[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?(,(?=\s+who\b))?,?"
)
_BY_ASIDE: Final = re.compile(r",\s+[a-z]+(?:ed|en)\s+by\s+[^,;“”\"]{1,60},(?=\s+[a-z]|\s*$)")


def _subject_first(text: str) -> str:
    """``text`` from its subject, when it opens on a phrase or clause set before it.

    Headline convention: a headline starts with who did what ("The official police account
    said ..."); the time, place or occasion a sentence opens with stays in the copy. The
    subject is the words (one to six) between the last comma and the first verb after it.
    """
    # (or a clause left first once the phrase before it went: "as residents questioned it,")
    # (or the question it answers: "in answer to a question from X, the department stated")
    clause_first = re.match(r"(?:as|when|while|after|since|in\s+answer\s+to)\s", text) is not None
    if not (_OPENS_BEFORE_SUBJECT.match(text) or _LOWER_PARTICIPLE.match(text) or clause_first):
        return text
    said = re.search(r"[“\":]", text)  # (no subject is looked for in what was said)
    for verb in _VERB.finditer(text, 0, said.start() if said else len(text)):
        comma = text.rfind(", ", 0, verb.start())
        most = 8  # "a spokesman for Mayor Carla Brandt's office told"
        if comma >= 0 and not text[comma + 2 : verb.start()].strip():
            # the comma closes an appositive ("the general manager, Philip Osei, told"):
            # the subject is the name and its appositive, two commas back
            comma = text.rfind(", ", 0, text.rfind(", ", 0, comma))
            most = 9  # "the Dean of Engineering, Prof Siobhán Grealish, wrote"
        if comma < 0:
            continue
        # (an aside on who made it is no part of the subject's length: "a written answer to
        # a parliamentary question, prepared by the department, put")
        subject = _BY_ASIDE.sub(" ", text[comma + 2 : verb.start()]).replace(",", " ").split()
        rest = text[comma + 2 :]
        # (a clause set before it is no subject: "..., as residents questioned the count,")
        clause = subject[:1] and subject[0].lower() in ("as", "when", "while", "after", "since")
        if 1 <= len(subject) <= most and len(rest.split()) >= 4 and not clause:
            return rest
    return text


def is_newsroom(name: str) -> bool:
    """Whether a name is a newsroom's ("Associated Press", "The Tribune")."""
    return _NEWSROOM.fullmatch(name) is not None


def _person_named(actor: str) -> str:
    """How a headline names an actor who is a person (the surname), or "" for a body."""
    # (not a brand's name, "WorkSafe Tasmania" ("McDonald" is a surname), nor a bare job)
    brand = re.search(r"\b[A-Z][a-z]{3,}[A-Z]", actor) or job_words(actor)
    person = _PERSON_LIKE.match(actor) and not _HEAD_WORD.search(actor) and not brand
    if person and is_newsroom(actor):
        return ""  # "Associated Press", "The Free Press": a newsroom, not a Mr. Press
    return actor.split()[-1] if person else ""


def _pronoun_named(text: str, actor: str) -> str:
    """``text`` with an opening "He" or "She" replaced by the actor's surname.

    Headline convention: a headline names who acted; copy's "she" is the actor (unless
    the actor is named after it, and so was read from another mention), and "She's said"
    is "Lightfoot has said".
    """
    pronoun = re.match(r"(?:he|she)(?P<has>[’']s(?=\s+(?:been|said|told|\w+ed)\b))?\b", text, re.I)
    named = _person_named(actor)
    body = _IT_SAID.match(text)
    # (a body named in two words or more, or by its initials: one word may be a place)
    named_body = len(actor.split()) >= 2 or re.fullmatch(r"[A-Z]{2,6}", actor) is not None
    if body is not None and named_body and not named and not actor.endswith("s"):
        # "It said former customers could still claim": the body that speaks
        return actor + text[body.end("it") :]
    if pronoun is None or not named or named in text:
        return text
    return named + (" has" if pronoun.group("has") else "") + text[pronoun.end() :]


def _by_surname(text: str, actor: str) -> str:
    """Headline convention: a long headline names a person by surname ("Fairholm said")."""
    named = _person_named(actor)
    at = text.find(actor) if named and len(text) > TITLE_MAX else -1
    # (not a record's author, "a memo from director Ron Kessler"; nor a body with initials)
    defined = re.match(r"\s+\([A-Z]{2,6}\)", text[at + len(actor) :]) if at >= 0 else None
    # (nor one named after the clause's own verb: "the Times obtained a WorkSafe Tasmania")
    lead = r"[,;:]|\b(?:from|by|to|with)\s|\b[a-z]{3,}ed\b|\b(?:has|had|was|were|is|are)\b"
    if 0 <= at <= 40 and not defined and not re.search(lead, text[:at]):
        return named + text[at + len(actor) :]
    return text


_AGE_IN_BRACKETS: Final = re.compile(r"(?<=[a-z])\s+\(\d{1,3}\)")


def event_title(words: str, role: str, actor: str = "") -> str:
    """A short headline for an event, from the words it was drawn from.

    Headline convention: a headline names who acted; a clause drawn without its subject
    ("who resigned", "said the city ...") takes the actor's name (a person's surname).
    """
    flat = words = BY_INITIALS.sub(r"\g<short>", DATE_LABEL.sub("", " ".join(words.split())), 1)
    flat = words = _AGE_IN_BRACKETS.sub("", flat)  # "Emilia Gaoses (52) said": no age in a headline
    subjectless = SUBJECTLESS.match(flat) or (DEED_START.match(flat) if role == "joined" else None)
    part = _PART_OF_WHICH.match(flat)
    if part is not None:  # "a copy of which was obtained": "A copy was obtained"
        words, subjectless = f"{part.group(1)} {flat[part.end() :]}", None
    if subjectless is not None and actor:
        name = _person_named(actor) or actor
        # "whose flight was cancelled": the headline says whose ("Sandhu’s flight")
        if flat[: subjectless.end()].strip().lower() == "whose":
            name += "’s"
        words = f"{name} {' '.join(words.split())[subjectless.end() :]}"
    text = " ".join(words.split())
    said = ATTRIBUTION.match(text) or ATTRIBUTION_INVERTED.match(text)
    owned = TRAILING_ADMISSION.match(text)
    if owned is not None and role == "main":
        # Headline convention: an admission leads with who admits ("The company has
        # admitted: ..."), so it is not titled like the fact it concedes.
        fact = _APPOSITIVE.sub(r"\1 ", owned.group("fact"), count=1)
        text = f"{owned.group('who').strip()} {owned.group('verb')}: {fact}"
    elif said is not None:
        who = said.group("who").strip()
        if (
            said.re is ATTRIBUTION_INVERTED
            and actor
            and surname_of(actor) in text[said.start("who") :]
        ):
            # '"...," said Jensen's daughter, Karen Holm': the speaker is named after the tie
            who = actor
        if said.re is ATTRIBUTION_INVERTED and len(who.split()) > 3:
            # "... Commissioner Oscar Garrison", "... Cllr. Edwina M. Quaye": the name
            who = " ".join(who.split()[-3 if re.fullmatch(r"[A-Z]\.", who.split()[-2]) else -2 :])
        named = _JOB_COMMA_NAME.search(who)
        if named is not None:
            who = named.group("name")  # "the board's compliance director, Lisa Arceneaux,"
        elif (first := _NAME_COMMA_JOB.match(who)) is not None:
            who = first.group("name")  # "Karla Venn, the city's homeless services coordinator,"
        quote, verb = said.group("quote").strip(" ,"), said.group("verb")
        if verb.startswith("told") and len(f"{who} {verb}: {quote}") > TITLE_MAX:
            verb = "said"  # Headline convention: who said what; the audience goes first
        if ADMISSION.search(quote) and len(quote) > TITLE_MAX // 2:
            quote = _admitted_words(quote)
        text = f"{who} {verb}: {quote}"
    elif role == "claim":
        opening = _CLAIM_OPENING.match(text)
        if opening is not None and len(_EARLIER + text) > TITLE_MAX:
            # Headline convention: the claim itself, not the noun that introduces it
            # ("the company's repeated assurances that its products were safe").
            text = text[opening.end() :]
        text = _EARLIER + text
    else:
        text = _plain_title(text, role)
        if actor and (bare := SUBJECTLESS.match(text)) is not None and bare.end() == 0:
            # (opening words gone, "When contacted, Obiora said ...": still names who)
            text = f"{_person_named(actor) or actor} {text}"
    text = text.replace("“", "").replace("”", "").replace('"', "")
    # Quotation convention: an ellipsis marks words the copy left out; a headline keeps
    # the words before it, or drops the mark when too few come before it.
    gap = re.search(r"\s*(?:…|\.\.\.)\s*", text)
    if gap is not None:
        head = text[: gap.start()].rstrip(" .,;:")
        quoted = head.rsplit(": ", 1)[-1]  # the words before it, in the quotation
        text = head if len(quoted.split()) >= 4 else f"{head} {text[gap.end() :]}"
    said_with = _SAID_WITH.match(text) if len(text) > TITLE_MAX else None
    if said_with is not None and not _NOT_SETTING.search(said_with.group("with")):
        shorter = f"{said_with.group('said')} {text[said_with.end() :]}"
        # only when the headline then says what was said, in three words or more
        if len(_shorten(shorter).split()) - len(said_with.group("said").split()) >= 3:
            text = shorter
    # (the proceedings set off after the audience: "told the committee, during the debate, that")
    text = _by_surname(_pronoun_named(_DURING_ASIDE.sub(" ", text, count=1), actor), actor)
    if len(text) > TITLE_MAX and said is None:
        text = _TOLD_THAT.sub("said ", text, count=1)
    # (a headline opens on no conjunction: "And applications ..." -> "Applications ...")
    text = _shorten(_CONJUNCTION_OPEN.sub("", text))
    return text[:1].upper() + text[1:] if text else "Event"


# Record convention: a record "describes the pump as running" shows the thing and its state;
# the headline drops the "as", and one it "records as saying that" said it.
_SAYING: Final = re.compile(r"^saying\s+(?:that\s+)?")
_DESCRIBED_AS: Final = re.compile(
    r"^(?P<thing>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+)"
    r"\s+as\s+(?=[“\"]|(?:[a-z]+ly\s+)?[a-z]{3,}(?:ing|ed)\b)"
)


_FILER_LAST: Final = re.compile(
    r"(?<=\d)(,\s+(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*),\s+(?:an?|the)\s+[^,;“”\"]{1,100},\s+"
    r"(?=(?:says|said|alleges|alleged|claims|claimed|argues|argued)\b)"
)


def _plain_title(text: str, role: str) -> str:
    """The headline of a clause that is neither an attribution nor a claim."""
    shown = _DESCRIBED_AS.match(text) if role in ("evidenced", "practice") else None
    if shown is not None and not _VERB.search(shown.group("thing")):
        text = f"{shown.group('thing')} {_SAYING.sub('said ', text[shown.end() :], count=1)}"
    if role == "cause":
        text = CAUSE_LEAD.sub("", text)
    if role == "report":
        opener = r"^(?:(?:but|and|yet|however)\W+)?(?:according\s+to|in(?=\s+(?:an?|its|the)\s))\s+"
        text = re.sub(opener, "", text, flags=re.IGNORECASE)
        # (and the filer named after it, without the aside: "..., Tanya Reyes, a former
        # supervisor, says")
        text = _FILER_LAST.sub(r"\1 ", text, count=1)
    if role == "joined":
        text = re.sub(r"^that\s+", "", text, flags=re.IGNORECASE)  # "..., and that B"
    if role != "leading":
        # ("March, when the director told": the occasion the time names; see splits)
        text = _subject_first(without_opening(_THEN_WHEN.sub("", text, count=1)))
        # "Of the 19, only 12 have a signed form": a headline puts the part first
        text = _PART_OF.sub(lambda m: f"{m.group('part')} of {m.group('whole')} ", text)
    elif (lead := LEADING.match(text)) is not None and len(text[lead.end() :].split()) >= 3:
        # "While the authority insists ...": the headline states what the lead tells
        text = text[lead.end() :]
    # Headline convention: no appositive ("Ray Duncan, a neighbor of the pier, said" -> "Ray
    # Duncan said"), nor how the newsroom came by a record ("A board paper, seen by ...,")
    text = _SEEN_BY.sub(" ", text, count=1).strip()
    text = _JOB_THEN_NAME.sub(r"\g<name> ", text, count=1)
    text = _SPOKESPERSON_NAME.sub(r"\g<name> ", text, count=1)
    text = _APPOSITIVE.sub(r"\1 ", _PARTY_STATE.sub(r"\1\2", text, count=1), count=1)
    text = _AGE.sub(r"\1 ", _BY_ASIDE.sub("", text, count=1), count=1)
    text = _PLACED_SOURCE.sub(r"\1 ", text, count=1)
    if role != "report":
        # Headline convention: the source of a fact ("According to emails reviewed by
        # the AP, ...") is attribution, not the news; the headline states the fact.
        text = _ACCORDING_LEAD.sub("", text, count=1)
    return text


_PART_OF: Final = re.compile(
    r"^Of\s+(?P<whole>[^,;“”\"]{1,60}),\s+(?P<part>(?:only\s+|just\s+|nearly\s+|about\s+|almost\s+|at\s+least\s+|more\s+than\s+)?(?:[$£€]?\d[\d,.]*(?:\s+(?:million|billion))?|most|all|none"
    r"|half|many|some))\s+",
    re.IGNORECASE,
)
# Sourcing convention, in a headline: "A worker who was on the dock Tuesday, and who asked
# not to be named, said ..." places the source; the headline keeps who said what.
_PLACED_SOURCE: Final = re.compile(
    r"^((?i:an?|the|one|two|three|four|five|six|several|many|\d+)\s+(?:[\w’'-]+\s+){0,4}?[a-z][\w’'-]+)\s+who\s+[^,;“”\"]{1,100}?(?:,\s+and\s+who\s+[^,;“”\"]{1,100}?)?,?\s+"
    r"(?=(?:said|says|told|tells|recalled|recalls|described|describes|disputed|disputes)\b)"
)
_CONJUNCTION_OPEN: Final = re.compile(
    r"^(?i:and|too|plus|also),?\s+(?=\S)(?!(?i:said|says|added)\b)"
)
_SEEN_BY: Final = re.compile(rf"(?:,\s+|^){SEEN_BY}\s+[^,;“”\"]{{1,50}},\s+", re.IGNORECASE)
_OWN_SUBJECT: Final = re.compile(
    r"(?:the|an?|its|his|her|their|this|these|those|it|he|she|they|we)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:[a-z]+ed|took|sent|made|gave|kept|told|wrote|paid|had|was|were|is|are|has|have|did|said|says)\b"
)
# "It said", "It did not say", "It declined to": a body, the actor, speaking or not
_IT_SAID: Final = re.compile(
    r"(?P<it>It)\s+(?:also\s+)?(?:said|says|added|acknowledged|announced|promised|posted|told"
    r"|declined|did\s+not\s+(?:say|answer|respond|comment)|has\s+not\s+(?:said|answered))\b"
)
# "Division of Emergency Management spokesman Jeff Tobin said", "Nursing Federation Ballarat
# organiser Kerrie Dwyer said": the name, without body or job
_SPOKESPERSON_NAME: Final = re.compile(
    rf"^(?:(?:[A-Z][\w.’'&-]*|of|the|and|for)\s+){{1,8}}(?:{SPOKESPERSON_WORDS}|organi[sz]er|convenor|convener|coordinator|secretary|chairman|chairwoman|chairperson)\s+"
    r"(?P<name>(?:[A-Z][\w.’'-]*\s+){1,2}[A-Z][\w’'-]+)\s+(?=(?:said|says|told|tells|wrote|added)\b)"
)
_JOB_COMMA_NAME: Final = re.compile(r",\s*(?P<name>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*),?$")
# "Karla Venn, the city's homeless services coordinator,": the name, then the job
_NAME_COMMA_JOB: Final = re.compile(
    r"^(?P<name>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+),\s+(?:the|a|an|his|her|its|their|[a-z]+)\s"
)
_UNNAMED: Final = re.compile(r"(?:[Aa]n?|[Tt]he|[Tt]hat|[Tt]his|[Hh]e|[Ss]he|[Tt]hey)\b")
_WHICH: Final = re.compile(r"(?:which|who)\s+", re.IGNORECASE)
# The subject of a clause that opens with it, up to its verb in the past: "Brightwell's
# security team" in "Brightwell's security team detected the intrusion".
_SUBJECT: Final = re.compile(
    r"(?P<subject>[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,4}?)\s+(?=(?:[a-z]{3,}ed|wrote|said|told|gave"
    r"|made|took|sent|kept|put|spoke|went|began|knew|saw|found|held|met|paid)\s)"
)
# The noun phrase a ", which" clause follows ("obtained the messages, which"), without what
# it is for, up to a date ("the report for the year ended June 30, 2018, which").
_ANTECEDENT: Final = re.compile(
    # ("the backlog of undistributed royalties", "a Geneva-based foundation", "Cairns' worst
    # outbreak"; not a rate's "a year", nor a clause: "the year of birth is 2001")
    r"\b(?P<thing>(?:the|an?(?!\s+(?:year|month|week|day|time)\b)|its|his|her|their|these|those|that|this|(?-i:[A-Z])[\w.-]*[’']s|(?-i:[A-Z])[\w.-]*s[’'])\s+"
    r"(?:(?!(?:the|an?|by|in|for|to|at|with|from|on|is|was|are|were|has|had|have)\s)[\w’'$£€₹.-]+\s+){0,5}?[\w’'-]+)"
    r"(?:\s+for\s+[^,;“”\"]{1,60}?\s+\d{1,2},\s+\d{4})?,\s*$",
    re.IGNORECASE,
)
# ... or the name a ", which" clause follows: "Brightway Stores, which had sales"
_NAMED_ANTECEDENT: Final = re.compile(
    r"(?:(?<=\b[Tt]he\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\bwith\s)|(?<![\w’'-]\s))\b(?P<thing>(?:[A-Z][\w’'.&-]*\s+(?:of\s+|and\s+)?){0,4}[A-Z][\w’'.&-]*)"
    r"(?:\s+\((?P<short>[A-Z][A-Za-z]{1,9})\))?,\s*$"  # (by its initials if given: "(KIFDC)")
)

# ... or the subject the sentence opens on, named at length, with no verb yet: "The report
# on the municipality's accounts for the 2018/19 financial year, which was tabled"
_SUBJECT_NOUN: Final = re.compile(
    r"\W*(?P<thing>(?:The|An?|Its|Their)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*)\s+(?:on|for|into|by|from)\s"
    r"(?:(?!\b(?:is|are|was|were|has|had|have|[a-z]+ed)\b)[^.;“”\"])*,\s*$"
)


def title_words(s: str, clause: Clause, clauses: Sequence[Clause]) -> str:
    """The words a title is made from: a clause, with what it introduces when it is short.

    A main clause keeps the cause that follows it ("Huntsman's inquiry stemmed from a
    letter..."), and a finding keeps the practice it reports ("Huntsman found ICE officers
    had been allowed...").
    """
    # ... and an admission keeps what it concedes ("acknowledged that the home was understaffed")
    follows = {"main": ("cause", "conceded"), "report": ("practice",)}.get(clause.role, ())
    for other in clauses:
        if other.role in follows and other.start >= clause.end:
            return s[clause.start : other.end]
    words = s[clause.start : clause.end]
    earlier = [o for o in clauses if o.end <= clause.start and o.role in ("main", "practice")]
    lead = LEAD_PHRASE.match(s, earlier[-1].start) if earlier else None
    at = lead.end() if lead else earlier[-1].start if earlier else 0
    subject = _SUBJECT.match(s, at) if earlier and not _OPENS_BEFORE_SUBJECT.match(s, at) else None
    joined = (
        clause.role in ("joined", "said")
        # (a subject named by a name is the actor: the headline gives the surname)
        and (not SUBJECTLESS.match(words) or (subject is not None and _UNNAMED.match(subject[0])))
        # "..., and the charity took it off its website": a clause with its own subject
        and not _OWN_SUBJECT.match(words)
    )
    if joined and words[:1].islower() and subject is not None and not words.startswith("that "):
        # "Brightwell's team detected ... and briefed executives", "the company acknowledged ... and
        # promised to hire": the predicate joined by "and" shares the subject of the one before it
        return f"{subject.group('subject')} {words}"
    inner = [o for o in clauses if o.role == "background" and clause.start < o.start < clause.end]
    if inner and (clause.role in ("main", "practice") or inner[0].end >= clause.end):
        # "Norvale Co., which has insisted ..., agreed Tuesday to pay": the headline leaves
        # out what the relative clause tucks in, or adds at the end ("... during the first
        # two weeks of classes, which began Aug. 5, district work orders show")
        head, tail = s[clause.start : inner[0].start], s[inner[0].end : clause.end]
        # (a phrase set first keeps its comma: "Under the contract, [...,] the firm took")
        lead = LEAD_PHRASE.match(head)
        sep = ", " if lead is not None and lead.end() >= len(head.rstrip()) else " "
        words = f"{head.rstrip(' ,')}{sep}{tail.lstrip(' ,')}".strip()
    elif clause.role == "main":
        words = _TUCKED.sub(r"\1 ", words, count=1)  # "The IOPC, which investigated, told"
    which = _WHICH.match(words)
    thing = _ANTECEDENT.search(s, 0, clause.start) if which is not None else None
    if (
        thing is not None
        and " of " in thing.group("thing")
        and PREPOSITION.search(s, 0, thing.start())
    ):
        thing = None  # "a study that led to the distribution of filters, which": which of them?
    named = thing is None and which is not None  # (a name, for "who" its surname: "Jayasena")
    if named:
        thing = _NAMED_ANTECEDENT.search(s, 0, clause.start) or _SUBJECT_NOUN.match(
            s, 0, clause.start
        )
    if which is not None and thing is not None:
        # Headline convention: "..., which were sent in 2002" is titled by what "which"
        # stands for, the thing named just before it ("The messages were sent in 2002").
        head = (thing.groupdict().get("short") if named else None) or thing.group("thing")
        if named and which.group().lower().startswith("who"):  # (not a party's "(Ind)")
            head = thing.group("thing").split()[-1]
        return f"{head} {words[which.end() :]}"
    return words
