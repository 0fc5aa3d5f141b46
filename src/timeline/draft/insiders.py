"""Insiders: the body's own people, whose telling of what went on is the practice they saw."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from timeline.draft.model import DraftEvent
from timeline.draft.naming import OUTSIDE_TIE, PUBLIC_GROUP
from timeline.draft.quotes import quote_outside_words
from timeline.draft.sentences import Sentence
from timeline.draft.words import CLAIM_VERB, MASTHEAD, whole_words

__all__ = [
    "BODY_VOICE",
    "FAMILIAR_SAID",
    "INTERVIEWED",
    "POST",
    "SOURCE_NOTE",
    "STAFF_DEED",
    "TOLD_NEWSROOM",
    "TOLD_OUTLET",
    "WITNESS_NOUN",
    "insider",
    "instructed",
    "placed_inside",
    "shielded_next",
    "tells",
]

# Instruction convention: what people say they were told to do ("staff were told in early
# 2023 to enter every new enrolment as a licence outcome", "said they were asked in October
# to submit estimated numbers") is an order given inside: how the body ran things, a
# practice, dated by when it was given.
_INSTRUCTED: Final = whole_words(
    r"(?:she|he|they|we|I|staff|workers|employees|officers|nurses|teachers|drivers)\s+"
    r"(?:had\s+been|were|was)\s+(?:(?:repeatedly|also|then|later|first|verbally)\s+)?"
    r"(?:told|asked|instructed|ordered|directed)\s+(?:[^.;“”\"]{0,40}?\s)?(?:not\s+)?to\s+(?!be\b)[a-z]{3,}"
    # (or the order told as given: "Hollins asked staff to keep this one in-house")
    r"|(?:told|asked|instructed|ordered|directed)\s+(?:(?:his|her|their|its|the|council|shire)\s+)?"
    r"(?:staff|workers|employees|officers|colleagues|subordinates)\s+(?:not\s+)?to\b"
    # (not to check: "asked his staff to rerun the numbers" begins its own review)
    r"(?!\s+(?:be|re(?:run|check|calculate|count|examine|view|test)|check|examine|investigate"
    r"|look|find\s+out|explain|account|justify|clarify)\b)"
)

_ALLEGING: Final = re.compile(r"\balleg(?:ing|ed|es)\s+that\b")
# (not an order denied, nor one given to the public: "Residents said they were told to boil
# their water" is the body's word to them)
_PUBLIC: Final = re.compile(rf"\b{PUBLIC_GROUP}\b")


def instructed(outside: str) -> bool:
    """Whether a clause tells of an order given inside (see ``_INSTRUCTED``)."""
    order = _INSTRUCTED.search(outside)
    return (
        order is not None
        and CLAIM_VERB.search(outside, 0, order.start()) is None
        and _PUBLIC.search(outside, 0, order.end()) is None
        # (the order alleged to an authority is the allegation: "wrote to the magistrate
        # alleging that he had been told to clear a plan", see oversight.RAISED_WITH)
        and _ALLEGING.search(outside, 0, order.start()) is None
    )


# Staff convention: the body's own people doing a past deed ("crews skipped the checks",
# "officers of the station logged 11 patrols") tell what it did; not what they said or
# thought, nor a deed inside what a speaker said ("said deputies followed policy").
STAFF_DEED: Final = whole_words(
    r"(?:staff|employees|workers|crews|deputies|nurses|guards|clerks|dispatchers|technicians"
    r"|(?<!police\s)officers|inspectors|rangers|wardens)(?:\s+(?:of|at)\s+the\s+[^,;“”\"]{1,40}?)?"
    r"\s+(?:(?:had|also|routinely|repeatedly|then|often|still|later|quietly)\s+)?(?!(?:stated"
    r"|claimed|reported|alleged|testified|complained|noted|asked|wanted|expected|believed|feared"
    r"|worried|described|explained|insisted|denied|agreed|disagreed|objected|voted|protested"
    r"|called|warned|added|answered|responded|replied)\b)[a-z]{3,}ed"
)
# Who works inside a body (see _INSIDER, _PLACED).
_WORKER: Final = (
    r"employee|worker|staffer|engineer|technician|dispatcher|nurse|driver|guard|insider"
    r"|whistleblower|contractor|inspector|officer|manager|clerk|agent|teacher|pilot|mechanic"
    r"|cleaner|valeter|carer|aide|caseworker|moderator|firefighter|courier|paramedic|porter"
    r"|janitor|custodian|attendant|deputy|scheduler|analyst|accountant|cashier|supervisor"
    r"|operator|miner|crew\s+member|handler|controller|signaller|conductor|receptionist"
    r"|call\s+taker|(?:enforcement|finance|health|safety|compliance|city|county|state)\s+official"
    r"|lifeguard|ranger|trainer|screener|reviewer|loader|assessor|co-?ordinator|statistician"
    r"|planner|warden|warder|jailer|orderly|cook|keeper|adjuster|appraiser|underwriter|teller|surveyor"
    r"|bookkeeper|principal|head\s*teacher|headmaster|headmistresse?|volunteer|steward"
    r"|midwi(?:fe|ve)|doctor|surgeon|physician|pharmacist|therapist|social\s+worker|examiner"
    r"|veterinarian|vet|garda|constable"
    # (a serving official counts when shielded: "A senior official at the ministry, who
    # spoke on condition of anonymity, said"; see also _SHIELDED_AT)
    r"|official"
    r"|scientist|chemist|researcher|conservator|curator|technologist|librarian|assistant|deckhand|steward"
    r"|skipper|crewman|waiter|waitress|bartender|salesperson|counsell?or|lecturer|tutor"
    # the body's own suppliers, who see its dealings from the other side
    r"|printer|supplier|vendor|subcontractor|haulier|transporter"
)
# Who speaks for a body, or is its force giving its account: its officials, managers and
# officers (its posts by name are POST), not those who work or live where things happen.
BODY_VOICE: Final = (
    r"officials?|officers?|managers?|supervisors?|principals?|inspectors?|examiners?"
    r"|deput(?:y|ies)|troopers?|agents?|guards?|police|sheriffs?|governors?|councill?ors?"
)
# ... and the members of the public it serves, with the workers: who may witness.
WITNESS_NOUN: Final = (
    rf"(?:(?:{_WORKER}"
    # members of the public who tell what was done to them, unnamed ("One mother, who
    # asked not to be named, said her son ..."), are witnesses as staff are
    r"|mother|father|parent|patient|resident|relative|tenant|neighbou?r|passenger|victim"
    r"|student|pupil|customer|client|shopper|commuter|rider|visitor|guest|concertgoer|attendee"
    r"|spectator|fan|farmer|caller|hunter|angler|driver|motorist|diner"
    r")s?|staff|deputies|coach(?:es)?)\b"
)
# Insider convention: what people who work, or worked, inside a body say went on there
# ("Five former workers told the Post that staff ...", "Two dispatchers, who spoke on
# condition of anonymity, said pilots ...") is the reporter's account of the practice, told
# by witnesses to it: a practice, not the body's claim nor a leak of its papers. Workers,
# one or several, count as insiders when the story calls them former, or shields their
# names; sources it does not place ("people familiar with") are reporting (SOURCES_TOLD).
_INSIDER: Final = re.compile(
    # (a time or place may be set first: "During the seven months without a scanner, three
    # customs officers told the Herald, flagged containers were opened by hand")
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:(?:During|In|At|On|For|Over|Throughout)\s+[^,;“”\"]{1,80},\s+)?"
    r"(?:(?:an?|the|their|its|(?P<count>two|three|four|five|six|seven|eight|nine"
    # (the body's own, named first: "The county's former engineer says")
    # (or some of the body's own: "Two of the program's contact teachers say")
    r"|ten|several|many|\d+))\s+)?(?:of\s+(?:the|its|their)\s+)?(?:[\w-]+[’']s\s+)?"
    r"(?:(?:other|more|second|third)\s+)?"
    r"(?P<former>(?:current\s+(?:and|or)\s+)?former\s+)?(?:current\s+)?(?:[\w’'-]+\s+){0,2}?"
    rf"{WITNESS_NOUN}"
    r"(?P<rest>[^.;]*?)\b(?:said|says|told|tells|recalled|recalls|described|describes|confirmed"
    r"|confirms|disputed|disputes)\b",
    re.IGNORECASE,
)
# Insider convention, named: "Rosa Medina, who worked as an assistant manager at a
# DollarWise store until last year, said ..." places a named source inside the body, as
# "a former technician" does; what she says went on there is the practice she witnessed.
_NAMED_INSIDER: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+,\s+"
    # (her job may come first: "Shayla Ortiz, the intake coordinator, who left in June, said")
    r"(?P<rest>(?:who|an?|the\s[^,;“”\"]{1,60},\s+who)\s[^;“”\"]*?),\s+(?:said|says|told|tells"
    r"|recalled|recalls|described|describes|disputed|disputes)\b"
)
# ... or placed after the quotation, named or not: '"...," said Rodel Diaz, 41, one of the
# plaintiffs, who worked in the farrowing barn.', '"...," said one adjuster, who has worked
# at the corporation for nine years'.
_INSIDER_AFTER_QUOTE: Final = re.compile(
    r"\b(?:said|says)\s+(?:(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+"
    rf"|(?i:one|another|an?|the\s+other|two|three|four|several|\d+)\s+(?:[\w-]+\s+){{0,2}}?{WITNESS_NOUN})"
    # (set off, or not: "said two current city employees who asked not to be named")
    r",?\s+(?P<rest>[^;“”\"]+?)\W*$"
)
# ... or credited as the source, shielded: "That is not how the centre works, according to an
# officer there who asked not to be named."
_INSIDER_ACCORDING: Final = re.compile(
    rf",?\s+according\s+to\s+(?i:an?|one|two|three|several)\s+(?:[\w’'-]+\s+){{0,2}}?{WITNESS_NOUN}"
    r"(?P<rest>[^;“”\"]*?)\W*$"
)
# ... or set after what they told, shielded: "The money was never sent, a range officer who
# requested anonymity said."
_INSIDER_TRAILING: Final = re.compile(
    rf",\s+(?i:an?|one|another|two|three|several)\s+(?:[\w’'-]+\s+){{0,2}}?{WITNESS_NOUN},?\s+"
    r"(?P<rest>who\s[^;“”\"]*?),?\s+(?:said|says)\W*$"
    # (or a former one, with whoever else says so: "..., a former inspector and a labour
    # rights group say.")
    rf"|,\s+(?i:an?|one|two|three|several|the)\s+(?P<former>former)\s+(?:[\w’'-]+\s+){{0,2}}?{WITNESS_NOUN}"
    r"[^;“”\"]{0,60}?\s+(?:say|says|said)\W*$"
)
_FORMER_STAFF: Final = re.compile(
    rf"\bformer\s+(?:[\w’'-]+\s+){{0,2}}?{WITNESS_NOUN}", re.IGNORECASE
)
# Insider convention, unplaced: "Handlers were told to keep refunds below 45%, said three
# people familiar with the matter": what people who know the matter say was done inside
# is the practice they witnessed, as with named workers (see _INSIDER); what sources "told"
# a newsroom is its reporting (SOURCES_TOLD).
FAMILIAR_SAID: Final = re.compile(
    r"\b(?:(?:said|says)\s+(?:(?:two|three|four|five|several|many|\d+)\s+)?(?:people|persons?"
    r"|sources?)\s+(?:familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|close\s+to)"
    r"|(?:people|persons?|sources?)\s+(?:familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of"
    r"|close\s+to)\s+(?:[\w’'-]+\s+){1,5}?(?:said|says)"
    # one of any job who knows it: "A civil servant familiar with the unit's work said"
    r"|\b(?:an?|one|two|three|several)\s+(?:[\w’'-]+\s+){1,3}?(?:familiar\s+with|with\s+"
    # (or told the newsroom so: "No audit was ordered, two officials familiar with the file
    # told us")
    r"(?:direct\s+)?knowledge\s+of)\s+(?:[\w’'-]+\s+){1,5}?(?:said|says|told\s+(?:us|me)\b)"
    # the same sources again: "..., one of the people said"
    r"|one\s+of\s+(?:the|those|these)\s+(?:people|persons|sources)\s+(?:said|says))\b",
    re.IGNORECASE,
)
TOLD_OUTLET: Final = re.compile(
    r"\b(?:told|tell|tells)\s+(?:the\s+)?(?:[A-Z][\w’'-]*|reporters|journalists|this\s+newspaper"
    r"|newspaper|paper|station)\b(?!\s+(?:to|that)\b)"
)
# Sourcing convention: "a former employee, who worked in the plant until June and asked not
# to be named, said ..." tells how the source knows, or why it goes unnamed.
SOURCE_NOTE: Final = re.compile(
    r"\b(?:(?:on\s+condition\s+of\s+)?anonymity|(?:(?:asked|agreed)\s+)?not\s+(?:to\s+)?be\s+(?:named|identified)"
    r"|(?:did\s+not|didn[’']t)\s+(?:wish|want)\s+to\s+be\s+(?:named|identified)"
    r"|declined\s+to\s+be\s+(?:named|identified)"
    # "who spoke on condition they were not named because staff are not allowed to talk"
    r"|on\s+condition\s+(?:that\s+)?(?:they|he|she)\s+(?:were|was|would|not)\s+(?:not\s+)?(?:be\s+)?"
    r"(?:named|identified)|not\s+allowed\s+to\s+(?:talk|speak)"
    r"|(?:his|her|their)\s+names?\s+(?:not\s+be|be\s+withheld|withheld)\s*(?:used|published|printed)?"
    r"|not\s+authori[sz]ed|feared|fear\s+of"
    # (one who did the work until they left: "who drove a plow for 11 years before quitting")
    r"|\bbefore\s+(?:quitting|leaving|resigning|retiring|(?:he|she|they)\s+(?:quit|left|resigned))\b"
    r"|(?:worked|works|working)\s+(?:as\s+(?:an?\s+)?(?:[\w-]+\s+){1,3}?)?(?:[\w-]+\s+){0,2}?"
    r"(?:at|in|for|on|there|until)\b"
    # (or until they were let go: "who ran a sorting line at the plant until he was let go")
    r"|\b(?:until|before)\s+(?:(?:he|she|they)\s+(?:was|were)|being)\s+(?:let\s+go|laid\s+off|fired"
    r"|dismissed|sacked|made\s+redundant)\b"
    # one who has since gone: "who left the charity in January", "who retired last year"
    r"|\bwho\s+(?:later\s+|has\s+since\s+|since\s+)?(?:left|quit|retired|resigned)\b"
    # how long they have been inside: "an operator with 12 years at the utility"
    r"|(?:with|after)\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?(?:\d+|two|three|four"
    r"|five|six|seven|eight|nine|ten|a\s+dozen|\w+teen|twenty|thirty)\s+years?\s+(?:at|in|with"
    r"|on)\b"
    # ... or how long they have done the work there: "who has slaughtered cattle at Four
    # Paths for 19 years", "who has carried for tour companies for eight years"
    r"|\bwho\s+has\s+(?:[a-z]+ed|worked|carried|driven|run|sold|taught|kept|built|dug|swept"
    r"|fished|farmed)\b[^,;“”\"]{0,80}?\bfor\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|\w+teen|twenty|thirty"
    r"|a\s+decade|decades)\s*(?:years?)?\b)",
    re.IGNORECASE,
)


# Insider convention, by any job: "A former deckhand who asked not to be named said ..."
# is one who worked inside, shielded, whatever the job's name.
_FORMER_SHIELDED: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?i:an?|the|two|three|four|five|six|several|many|\d+)\s+"
    r"(?:current\s+(?:and|or)\s+)?former\s+(?:[a-z][\w’'-]+\s+){0,2}?[a-z][\w’'-]+"
    # (placed where they worked: "A former official of the department in Bahawalpur, who")
    r"(?:\s+(?:of|at|in|with|for|from)\s+[^,;“”\"]{1,60}?)?,?\s+"
    r"(?P<rest>(?:who|,)[^.;“”\"]*?)\b(?:said|says|told|tells|recalled|recalls|described"
    r"|claims|claimed|alleges|alleged)\b"
)


# ... or one named again by what they are, shielded because they still work there: "The
# man, who asked not to be named because he still works in the cleanup industry, says".
_SHIELDED_AGAIN: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?The\s+(?:man|woman|person|source|worker|employee),\s+"
    r"(?P<rest>who\s[^.;“”\"]*?\bwork(?:s|ed|ing)?\b[^.;“”\"]*?),?\s+(?:said|says|told|tells)\b"
)


# ... or one of any job placed at the body and shielded: "A hydrologist at the department,
# who spoke on condition of anonymity because he is not authorised to speak, said".
_SHIELDED_AT: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?i:an?|two|three|several)\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w’'-]+"
    r"\s+(?:at|in|with)\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:department|ministry|agency|authority"
    r"|board|council|company|office|headquarters|commission|service|utility|regulator)\b"
    r"[^,;“”\"]{0,40},\s+(?P<rest>who\s[^.;“”\"]*?\banonymity\b[^.;“”\"]*?),?\s+(?:said|says"
    r"|told|tells)\b"
)


# ... or several of any trade, counted and shielded: "Several pluckers, who did not wish to
# be named fearing action by the management, said their creche was locked".
_COUNTED_SHIELDED: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?i:two|three|four|five|six|seven|eight|several|many|some|\d+)"
    r"\s+(?:[a-z][\w’'-]+\s+){0,2}?[a-z][\w’'-]+s,\s+(?P<rest>who\s[^.;“”\"]*?),?\s+(?:said|says"
    r"|told|tells)\b"
)
# ... or one of any trade who may not speak for the body, which only its staff are barred
# from: "A CCTO encoder, who asked not to be named because she is not authorized to speak
# to the media, said staff were told ..."
_BARRED_FROM_SPEAKING: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:An?|One|Another)\s+[^,;“”\"]{1,60},\s+(?P<rest>who\s"
    r"[^.;“”\"]*?\bnot\s+(?:authori[sz]ed|allowed|permitted)\s+to\s+(?:speak|talk|comment)"
    r"[^.;“”\"]*?),?\s+(?:said|says|told|tells)\b"
)


# ... or unnamed, placed where they work or worked ("A staff member of the Fleet Unit said")
_UNNAMED_PLACED: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:(?:An?|One|Another)\s+(?:[\w’'-]+\s+){0,2}?(?!official\b)"
    rf"(?:staff\s+member|member\s+of\s+(?:the\s+)?staff|man|woman|{_WORKER})\s+"
    r"(?:(?:of|at|in|with|on)\s+(?:the|its)\s+[^,;“”\"]{1,50}?|who\s+(?:had\s+|has\s+)?(?:worked"
    # (or one of its team: "A technician who was part of the authority's southern team")
    r"|was\s+posted|served|(?:was|is|had\s+been)\s+(?:part|a\s+member)\s+of)\b[^,;“”\"]{0,80}?"
    r"|[a-z]+ing\s+[^,;“”\"]{1,60}?)"
    r"|(?:Two|Three|Four|Five|Six|Several|Some|\d+)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:[a-z][\w’'-]*s|people|staff)\s+who"
    # (what they worked may come first: "Two people who have worked night shifts at the plant")
    # (or where they were: "Two staff who were in the operations room during the outage")
    r"\s+(?:had\s+|have\s+)?(?:worked|work|were\s+posted|served|were(?=\s+(?:in|on|at)\s))"
    r"\s+(?:[a-z]+\s+){0,3}?(?:at|in|for"
    r"|on)\b[^,;“”\"]{0,80}?)"
    r",?\s+(?:said|says|told|tells)\b(?!\s+(?:that\s+)?(?:he|she|it|they|the\s+\w+)\s+(?:would|will)\b)"
)


_AT_WORK: Final = re.compile(r"\s+(?:at|in|on)\s+the\s+[^,;“”\"]{1,40}?\s+")
_VOICE_LAST: Final = re.compile(rf"\b(?:{BODY_VOICE})\Z", re.IGNORECASE)
_THEY_WERE_TOLD: Final = re.compile(
    r"\b(?:say|says|said)\s+(?:that\s+)?they\s+(?:were|had\s+been)\s*$"
)


# ... or staff telling what they themselves have been doing: "Correctional officers say they
# have been working around the problem for months" (what they were told or paid is not,
# nor what the body's voice says it is doing: "Officials said they have been reviewing")
_OWN_WORK: Final = re.compile(
    r"^\W*(?:(?:But|And)\s+)?(?!(?:officials|managers|executives|spokes\w+)\b)(?:[\w’'-]+\s+){0,2}?"
    rf"(?!(?:officials|managers|executives)\b){WITNESS_NOUN}\s+(?:say|says|said)\s+(?:that\s+)?"
    r"they\s+(?:have|had)\s+(?:long\s+|often\s+|routinely\s+)?been\s+"
    r"(?!(?:told|asked|paid|promised|assured)\b)[a-z]{3,}ing\b",
    re.IGNORECASE,
)


def insider(outside: str) -> bool:
    """Whether a clause tells what an insider of the body says went on (``_INSIDER``)."""
    shielded = (
        _FORMER_SHIELDED.match(outside)
        or _SHIELDED_AGAIN.match(outside)
        or _SHIELDED_AT.match(outside)
        or _COUNTED_SHIELDED.match(outside)
        or _BARRED_FROM_SPEAKING.match(outside)
    )
    if shielded is not None and SOURCE_NOTE.search(shielded.group("rest")):
        return True
    trailing = _INSIDER_TRAILING.search(outside)
    if (
        _UNNAMED_PLACED.match(outside)
        or _OWN_WORK.match(outside)
        or (trailing is not None and trailing.group("former"))
    ):
        return True
    m = _INSIDER.match(outside)
    if m is None:
        named = (
            _NAMED_INSIDER.match(outside)
            or _INSIDER_AFTER_QUOTE.search(outside)
            or trailing
            or _INSIDER_ACCORDING.search(outside)
        )
        rest = named.group("rest") if named is not None else ""
        if OUTSIDE_TIE.match(rest):
            return False  # (see naming.OUTSIDE_TIE)
        return bool(rest) and bool(SOURCE_NOTE.search(rest) or _FORMER_STAFF.search(rest))
    # several unnamed staff who tell a newsroom what went on ("Three social workers told
    # PRNZ that staff had been told to ...") are witnesses, as former staff are
    counted = m.group("count") is not None and (
        TOLD_NEWSROOM.match(outside, m.end("rest"))
        or INTERVIEWED.search(m.group("rest"))
        # or what they were told inside: "Two of the program's teachers say they were told"
        or _THEY_WERE_TOLD.search(m.group("rest"))
        # or placed where they work: "Three workers at the powerhouse said the generators
        # were sound" (not the body's voice: "Two officials at the ministry said")
        or (
            _AT_WORK.fullmatch(m.group("rest")) is not None
            and _VOICE_LAST.search(outside, 0, m.start("rest")) is None
        )
    )
    return bool(m.group("former") or SOURCE_NOTE.search(m.group("rest")) or counted)


# ("Six concertgoers interviewed by the Ledger said", "who spoke to the Herald")
INTERVIEWED: Final = re.compile(
    rf"\b(?:interviewed\s+by|who\s+spoke\s+(?:to|with))\s+(?:the\s+)?(?:{MASTHEAD}|[A-Z]{{2,6}}\b"
    r"|this\s+newspaper\b|reporters?\b)"
)
TOLD_NEWSROOM: Final = re.compile(
    rf"\btold\s+(?:the\s+|this\s+)?(?:{MASTHEAD}|[A-Z]{{2,6}}\b|newspaper\b|paper\b|station\b|medium\b"
    r"|reporters?\b|a\s+reporter\b)"
)


# Own-account convention: a former official who stands by what he said ("said he believed
# his testimony was accurate") defends his account; he tells nothing he saw.
_OWN_ACCOUNT: Final = re.compile(
    r"\b(?:his|her|their)\s+(?:own\s+)?(?:earlier\s+)?(?:testimony|statements?|account|remarks"
    r"|comments|answers?|evidence)\b|\b(?:he|she|they)\s+(?:still\s+)?(?:believed|believes"
    r"|stands?\s+by|stood\s+by)\b"
    # what he told the overseer, defended: "says he gave the committee the information he
    # was given"
    r"|\b(?:he|she|they)\s+(?:had\s+)?(?:gave|told|answered|informed|briefed)\s+(?:the\s+)?"
    r"(?:committee|council|board|lawmakers|legislators|MPs|members|assembly|inquiry|hearing"
    r"|senators|councillors|commissioners|trustees)\b",
    re.IGNORECASE,
)


def tells(outside: str) -> bool:
    """Whether a source tells what went on rather than makes a claim or defends their own."""
    claim = CLAIM_VERB.search(outside)
    # an insider who "disputed" the account sets what they saw against it; one shielded
    # first ("A former technician, who asked not to be named, claims a supervisor told her")
    # tells what they saw, whatever the verb
    shielded = claim is not None and SOURCE_NOTE.search(outside, 0, claim.start()) is not None
    if claim is not None and not claim.group().lower().startswith("disput") and not shielded:
        return False
    return _OWN_ACCOUNT.search(outside) is None


# Insider convention, named again: a source the story places inside a body when it first
# names them, by a job held among others ("Jaylen Brooks, a head lifeguard at Dunbar
# Park,", "Jaylen Brooks was a lifeguard there", "Ana Ruiz, one of the clinic's nurses,"),
# a former job ("former dispatcher Ray Quintana") or how they know ("Ray Quintana, who
# worked as a dispatcher until March,"), is an insider each time the story quotes them
# again by name ("Brooks says: ..."): what they tell is the practice they saw. A post held
# alone ("the parks director") speaks for the body, and "the" names it.
_PLACED: Final = re.compile(
    # (set off, or told: "Jaylen Brooks was a lifeguard at Dunbar Park last summer.")
    r"^(?:,\s+|\s+(?:is|was|has\s+been|had\s+been)\s+)(?:an?|one\s+of\s+(?:the|its|their|his|her|[A-Z][\w’'-]*[’']s?))\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?:{_WORKER})s?\b",
    re.IGNORECASE,
)
_FORMER_BEFORE: Final = re.compile(rf"\bformer\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_WORKER})\s+\Z", re.I)
POST: Final = re.compile(
    r"\b(?:chief|head\s+of|director|executive|president|chair\w*|spokes\w+|general\s+manager"
    r"|commissioner|secretary|minister|superintendent|mayor|(?:council|board)\s+member)\b",
    re.IGNORECASE,
)


# Where a source is named as one: opening the sentence, or after "said" ('"...," said').
_AS_SOURCE: Final = re.compile(
    r"(?:(?:^|[.!?”\"]\s+)(?:(?:But|And|Yet|Still)\s+)?(?:[a-z]+\s+){0,3}|\b(?:said|says)\s+)\Z"
)


def placed_inside(before: str, after: str) -> bool:
    """Whether the words ``before`` and ``after`` a person's first naming place them
    inside a body, among its workers (see ``_PLACED``), named as a source.

    One first named in what was done ("The video shows Nolan Pratt, a county deputy,
    striking ...") is the one whose conduct is at issue: what they say of it is their
    account, not a witness's.
    """
    former = _FORMER_BEFORE.search(before)
    if (
        POST.search(after[:100])
        or OUTSIDE_TIE.search(after[:160])
        or not _AS_SOURCE.search(before[: former.start()] if former else before)
    ):
        return False
    # (how they know, set off or told: "Ray Quintana worked AccessRide dispatch for six
    # years before he quit in July.")
    note = re.match(r"^(?:,\s+|\s+(?=[a-z]))[^.;“”\"]{1,100}?(?:[,.;]|$)", after)
    return bool(
        former
        or _PLACED.match(after)
        or (
            note is not None
            and (SOURCE_NOTE.search(note.group()) or _FORMER_STAFF.search(note.group()))
        )
    )


# Sourcing convention, told next: "A nurse at the clinic said the fridge was broken for
# weeks. She asked not to be named because she was not authorised to speak." The sentence
# after a worker's words that says why they go unnamed shields them as an aside would
# (see SOURCE_NOTE): an insider telling what went on, a practice.
_NOTE_NEXT: Final = re.compile(
    r"^\W*(?:(?:The|That|This|Both|All|Each)\s+(?:[\w’'-]+\s+){0,3}?|(?:He|She|They)\s+)"
    r"(?:spoke|speaks|agreed|asked|asks|requested|requests|declined|did\s+not|didn[’']t"
    r"|was\s+not|were\s+not|is\s+not|are\s+not)\b"
)


def shielded_next(events: Sequence[DraftEvent], sentences: Sequence[Sentence]) -> list[DraftEvent]:
    """The events, with a worker's words the next sentence shields (see ``_NOTE_NEXT``)
    as the practice they tell."""
    notes = {
        x.index - 1
        for x in sentences
        if _NOTE_NEXT.match(x.text) and SOURCE_NOTE.search(x.text) and len(x.text) < 160
    }
    return [
        replace(e, lane="practice")
        if e.sentence in notes
        and e.lane == "statement"
        and e.role == "main"
        and _INSIDER.match(" ".join(quote_outside_words(e.clause))) is not None
        and tells(" ".join(quote_outside_words(e.clause)))
        else e
        for e in events
    ]
