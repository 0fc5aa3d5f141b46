"""When words were said: the time beside a speech verb, its occasion or its opening."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from timeline.dates import Found
from timeline.draft.admissions import ADMISSION
from timeline.draft.cells import NAMES_A_THING
from timeline.draft.clauses import Clause
from timeline.draft.evidence import FILING
from timeline.draft.oversight import COMPLAINTS_RECEIVED
from timeline.draft.promises import PLEDGE, TOLD_STEP
from timeline.draft.venues import STATEMENT_NOUNS, occasion_dates
from timeline.draft.words import LEAD_PHRASE, QUESTION, STATEMENT

__all__ = ["YEAR_NAMES", "bare_time", "claim_told_on", "said_date", "spoken_date"]

# (not the object "it" of "repeated it at a conference in May", a preposition after it)
_REPORTED_SUBJECT: Final = re.compile(
    r"\s*(?:he|she|they|it|we|i|you|there)\b(?!\s+(?:at|on|in|to|during|before)\b)",
    re.IGNORECASE,
)

# The verbs of conceding ("acknowledged", "admitted", "conceded", "apologized"), not the
# concessions they report ("was informed in November"), whose dates are the facts'.
_CONCEDING: Final = re.compile(
    r"\b(?:acknowledg|admitt?|conced|apologi[sz])(?:ed|es|ing|s)?\b"
    # (or its noun, made on a day: "made the admission on Tuesday when he appeared")
    r"|\b(?:made|gave|offered|issued)\s+(?:the|an?|his|her|its|their)\s+(?:admission|concession|apology)\b",
    re.IGNORECASE,
)
_OCCASION: Final = re.compile(
    r"\W*(?:(?:But|And|Yet)\s+)?(?:Speaking|Talking|Testifying|Appearing|Responding|Replying|Writing"
    r"|Addressing|Briefing"
    # the interview the words were given in: "Reached by phone on Thursday, the minister said"
    r"|Reached|Contacted|Interviewed|Approached|Pressed|Questioned"
    # (or the evidence put to the speaker: "After being shown the documents yesterday, she said")
    r"|(?:After|On|Upon)\s+being\s+(?:shown|told|asked|given|sent|read|presented\s+with)"
    # "When it released the results on Jan. 12, the company said": the occasion, too
    rf"|Answering|When|As|{QUESTION})\b[^,;“”\"]{{0,120}},"
)
_JUST_BEFORE: Final = re.compile(r",\s*(?:(?:was|were|is|are|had|has|have)\s+)?", re.IGNORECASE)
# Participle convention: "launched the pledge in February, telling a press conference":
# the participle that opens what was said shares the time of the verb before it.
_THEN_PARTICIPLE: Final = re.compile(
    r",\s*(?:telling|saying|adding|writing|announcing|insisting|promising|pledging|vowing|assuring|declaring|stating|claiming)\b",
    re.IGNORECASE,
)
_DETERMINER_END: Final = re.compile(
    # (or a possessive: "Whitcomb's September figure" is the figure's month)
    r"(?:\b(?:the|a|an|its|his|her|their|our|this|that|last|next)|\w[’']s)\s*$",
    re.IGNORECASE,
)
# The participles of a record's making: "The consultation summary, published on 14 April,"
_MADE: Final = (
    r"(?:published|dated|issued|released|sent|written|posted|circulated|filed|submitted|lodged"
    # (a letter is dated by its sending however it went: "a letter mailed to families")
    r"|tabled|presented|adopted|e-?mailed|mailed|delivered|distributed|handed\s+out)"
)
# "The first, on Sept. 19, was written by", "The consultation summary, published on 14
# April, said": a time set off by commas, alone or with the participle of its making
_SET_OFF: Final = re.compile(
    rf",\s*(?:{_MADE}\s+)?"
    r"(?:on|in|at|last|this|early|late)?\s*$",
    re.IGNORECASE,
)
# (the subject perhaps with its appositive: ", the Commissioner for Health, Dr Ibrahim
# Musa Adamu, told")
_THEN_SUBJECT: Final = re.compile(
    r",\s*(?:[\w.’'-]+\s+){1,5}"
    r"|,\s*(?:[\w.’'-]+\s+){0,5}[\w.’'-]+,\s+(?:[\w.’'-]+\s+){0,4}[\w.’'-]+,\s+"
)
_MADE_SET_OFF: Final = re.compile(
    rf",\s*{_MADE}\s+(?:on|in|at|last|this|early|late)?\s*$", re.IGNORECASE
)
_OCCASION_BEFORE: Final = re.compile(
    r"\b(?:at|in|during|on|before|to|from|through)\s+(?:the|a|an|its|his|her|their|our|this"
    r"|[\w-]+[’']s)\s*$",
    re.IGNORECASE,
)
# "wrote to the local MP, Andrew Pilling, in November": a name set off by commas is the
# object's apposition, and leaves the verb and its date in one phrase.
_APPOSED_NAME: Final = re.compile(r",\s*(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*,")


_STATEMENT_NOUN: Final = re.compile(
    rf"\s+(?:[a-z]+\s+)?{STATEMENT_NOUNS}\b",
    re.IGNORECASE,
)
# "In its first statement on March 2, the authority said": the date after the noun.
_NOUN_THEN_DATE: Final = re.compile(
    rf"\b(?:{STATEMENT_NOUNS}|conference|release|comments?|account|report)"
    # "In its annual report, published in July, the company said": its making's date
    # ... or after whom it went to, or where it was filed: "In the same reply to the
    # Assembly, on March 16,", "In a response filed in court last week,"
    r"(?:\s+to\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+,?)?"
    # ... or after whom it was held for: "At a thanksgiving service for the returning pilgrims"
    r"(?:\s+for\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?"
    # ... or after the place it was held: "At a press briefing in Chinsali on 23 July,"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3})?"
    rf"(?:\s+(?:on|of|in|dated)|,?\s+{_MADE}(?:\s+(?:in|with|to|at)\s+(?:the\s+)?[\w’'-]+)?"
    # (or nothing: the date's own "in" follows, "At the launch in Leeds | in March")
    r"(?:\s+(?:on|in))?|)\s+$",
    re.IGNORECASE,
)


_OCCASION_NOUN: Final = re.compile(
    r"^\s*(?:\w+\s+)?(?:at|on|during|in)\s+(?:an?|the|its|his|her|their|[\w’'-]+[’']s)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:conference|call|meeting|hearing|briefing|interview|summit|forum"
    r"|rally|session|event|debate|show|programme|program|podcast|webinar|(?:press|media)\s+meet)\b"
    # the audience the words were given to: "repeated the pledge to a Colorado legislative
    # committee in April", "repeated it to the Churchill's Grove Neighborhood Association"
    # (or its object: "told a House homeland security subcommittee on June 14")
    r"|^\s*(?:(?:[\w’'-]+\s+){0,2}?(?:to|before)\s+)?(?:an?|the|its|[\w’'-]+[’']s)\s+"
    r"(?:[\w’'-]+\s+){0,6}?"
    r"(?:association|committee|subcommittee|council|panel|board|commission|legislature"
    r"|parliament|congress|senate|assembly|regents|trustees|shareholders|analysts|investors)\b",
    re.IGNORECASE,
)


_REPORTED_VERB: Final = re.compile(
    r"\b(?:would|will|was|were|is|are|had|has|have|could|should|must|can|may|might)\b"
)
# ("repeated that account in a Sept. 16 message": "that" of an account is no opening)
_BREAK: Final = re.compile(
    r"(?<!\d),|,(?!\d)|[;:“”\"]|\bthat\b(?!\s+(?:account|claim|statement|figure|pledge|promise"
    r"|assurance|denial|explanation|version|message)\b)"
)
# A short quotation with no stop inside, the object of the verb: "posted 'SOLD OUT' on
# Friday", "marked the file 'closed' in May" (a quoted sentence opens what was said).
_QUOTED_OBJECT: Final = re.compile(
    r"^\s*(?:(?!that\b)[\w’'-]+\s+){0,2}?[“\"][^“”\",.;:!?]{1,30}[”\"](?=\s)"
)


# A comma inside a body's name: "the House Commerce, Labor and Economic Development Committee"
_NAME_COMMA: Final = re.compile(r"\b([A-Z][a-z]+),(?=\s+[A-Z][a-z]+\s+(?:and|&)\s+[A-Z])")


# A participle that goes on describing the object: "... 'an isolated error' traced to a
# single sale in 2020" dates the sale, not the words.
_OBJECT_DESCRIBED: Final = re.compile(r"[”\"]\s+[a-z]{3,}ed\s+(?:to|by|from|with|in)\b")


# A body's name at length, one listener however long: "the Interim Joint Committee on
# Licensing, Occupations and Administrative Regulations" (its comma joined, see _NAME_COMMA)
_LONG_NAME: Final = re.compile(
    r"\b[A-Z][\w’'-]*(?:\s+(?:(?:on|of|for|and|&)\s+)?[A-Z][\w’'-]*){2,}"
)


# (the aside may say when: "Deka, when contacted yesterday, said"; "if approached")
_REACHED_ASIDE: Final = re.compile(
    r",\s+(?:(?:when|after\s+being|on\s+being)\s+)?(?:interviewed|reached|contacted|questioned"
    r"|speaking|asked|responding|replying|approached)\b[^,;“”\"]*$",
    re.IGNORECASE,
)
_WHEN_SAID: Final = re.compile(r",\s+when\s+(?:he|she|they|it|[A-Z][\w’'-]+)\s+")


# The ones written to, who may be several: "wrote to Whitcomb and the finance director on Jan. 9".
_WRITTEN_TO: Final = re.compile(r"\s*to\s+(?!(?:be|have|do|make|get|say)\b)")


# A statement's noun and its own passive verb: "The assurance was given on 9 August"
_NOUN_GIVEN: Final = re.compile(
    r"\s+(?:was|were|had\s+been)\s+(?:first\s+)?(?:given|made|offered|issued|repeated|delivered)"
    r"\s+(?:on|in|at)?\s*$"
)


# "repeated that position in June", "made the same claim in May": the account pointed
# back to, as the verb's object, not the opening of what was said
_ACCOUNT_AGAIN: Final = re.compile(
    r"\s+(?:that|this|the\s+same|its|their|his|her)\s+(?:position|claim|assurance|line|message"
    r"|point|promise|pledge|denial|account|stance|figure)\s+(?:on|in|at|during)?\s*"
)


def _beside(between: str) -> bool:
    """Whether the words between a speech verb and a date keep them in one verb phrase.

    "said Wednesday", "wrote to county supervisors in January": the date follows the verb
    and its object, with no comma, "that" or quotation opening what was said between.
    """
    if _NOUN_GIVEN.match(between) or _ACCOUNT_AGAIN.fullmatch(between):
        return True
    if _OBJECT_DESCRIBED.search(between):
        return False  # "called the burial 'an error' traced to a sale in 2020": the sale's
    between = _QUOTED_OBJECT.sub("", _APPOSED_NAME.sub("", _NAME_COMMA.sub(r"\1", between)))
    between = _LONG_NAME.sub("Name", between)
    # "said on the company's earnings call on Feb. 23", "repeated it at a transport
    # conference in London in May": the occasion named after the verb, then its time
    occasion = _OCCASION_NOUN.search(between) is not None
    occasion |= _WRITTEN_TO.match(between) is not None
    if len(between) > (70 if occasion else 40) or _BREAK.search(between):
        return False
    if _REPORTED_SUBJECT.match(between) or _REPORTED_VERB.search(between):
        # Reported-speech convention: "said she was told in May" drops "that"; a subject
        # pronoun after the verb opens what was said, and its date dates that; so does a
        # verb of its own ("said corrected figures would be published before the end of
        # the year").
        return False
    if re.search(r"\bfor\s*$", between):
        return False  # "said funds for 2022/23 were released": the period spoken of
    # the preposition that opens the time element ("on Jan. 26") is the date's own
    words = len(re.sub(r"\s(?:on|in|at|during)\s*$", " ", between).split())
    return words <= (9 if occasion else 6)


def _attributive(s: str, a: int, b: int) -> bool:
    """Whether the date at ``s[a:b]`` modifies the noun after it ("the September letter").

    A date set between an article and a noun names the thing the noun is ("said the
    September letter was wrong"), not the time of the verb, unless a preposition makes
    the noun the occasion of the words ("at the Oct. 11 board meeting", "in a Sept. 30
    letter").
    """
    if re.match(r"the\s", s[a:b], re.IGNORECASE) and _STATEMENT_NOUN.match(s, b):
        return True  # "said the 16 March statement was right": a date found with its "the"
    return bool(_DETERMINER_END.search(s, 0, a)) and not _OCCASION_BEFORE.search(s, 0, a)


_PREPOSITION_END: Final = re.compile(r"\s(?:on|in|at|during)\s*$")
_AUX_BEFORE: Final = re.compile(r"\b(?:had|has|have)\s+(?:on\s+)?$")


def _set_first(s: str, a: int, start: int, end: int) -> bool:
    """Whether the date at ``s[start:end]`` is set first in the clause at ``a``, with the
    scene, the subject's making or the day's name, as the clause's own time."""
    return (
        # "In the Assembly on 24 March, the minister said": the scene set first, with its
        # day last
        (_SCENE_ON.fullmatch(s, a, start) is not None and _THEN_SUBJECT.match(s, end) is not None)
        # "A department booklet released on World Environment Day in June went further":
        # the day of the subject's making, told with its participle, is when it spoke
        or _MADE_BEFORE.fullmatch(s, a, start) is not None
        # "On results day, July 14th, the registrar wrote": a named day set first, with its
        # date beside it
        or _NAMED_DAY.fullmatch(s, a, start) is not None
    )


def _before_verb(found: Sequence[Found], s: str, a: int, offset: int, verb: int) -> int | None:
    """The date a statement's clause gives before its first speech verb (at ``verb``)."""
    # Attribution convention: a statement's time element stands beside its verb
    # or opens its clause ("On Monday, the mayor said"); a date further in ("its
    # comment on the arrest the night of Jan. 7") dates what it speaks of.
    opening = LEAD_PHRASE.match(s, a)
    bare = opening is not None and bare_time(found, s, a, opening.end(), offset)
    lead = [
        k
        for k, f in enumerate(found)
        if f.start - offset < verb
        and (
            # "The department on Friday removed the entries and posted a note saying":
            # a time set right after a short subject, with its preposition, is the clause's
            len(_PREPOSITION_END.sub("", s[a : f.start - offset]).split()) <= 2
            # "For most of last year, the agency told riders": a time alone set first
            or (bare and opening is not None and f.end - offset <= opening.end())
            or _set_first(s, a, f.start - offset, f.end - offset)
            # "The ministry had on Monday dismissed the reports": the time set between
            # the auxiliary and its verb is the verb's own
            or _AUX_BEFORE.search(s, a, f.start - offset) is not None
            # Apposition convention: a time element set off by commas just
            # before the verb ("The first, on Sept. 19, was written by") is the
            # verb's own.
            # (not the end of a longer apposition: "Golden Plate, a company that won
            # the contract in June, said")
            or (
                _JUST_BEFORE.fullmatch(s[f.end - offset : verb]) is not None
                and _SET_OFF.search(s, a, f.start - offset) is not None
            )
            # "A council media release last month said": a time element set right
            # before the verb, with nothing between, is the verb's own
            # ... or just before the subject: "In the same reply to the Assembly, on
            # March 16, Parihar said"
            or (
                _THEN_SUBJECT.fullmatch(s, f.end - offset, verb) is not None
                and _SET_OFF.search(s, a, f.start - offset) is not None
            )
            or not s[f.end - offset : verb].strip()
            or _THEN_PARTICIPLE.match(s, f.end - offset) is not None
            # "stood by the figure in March, when she told the committee": the "when" of
            # the words, told after the day
            or _WHEN_SAID.fullmatch(s, f.end - offset, verb) is not None
            # "Pettigrew, interviewed at the district office on Feb. 11, said": the aside
            # that tells how the newsroom reached the speaker dates the words
            or (
                _JUST_BEFORE.fullmatch(s[f.end - offset : verb]) is not None
                and _REACHED_ASIDE.search(s, a, f.start - offset) is not None
            )
        )
    ]
    # "The department's 2017 annual report, released in December, says": the date of the
    # record's making, set off with its participle, dates it; the year before the noun
    # names the period the record covers
    making = [k for k in lead if _MADE_SET_OFF.search(s, a, found[k].start - offset)]
    if lead:
        return (making or lead)[0]
    # "Speaking at a town hall on Tuesday night, the governor said": the occasion
    # a participle sets before the speaker is when the words were said.
    occasion = _OCCASION.match(s, a)
    said_then = [
        k
        for k, f in enumerate(found)
        if occasion is not None and a <= f.start - offset < occasion.end()
    ]
    if said_then:
        return said_then[0]
    # "In a deleted June 14 statement posted to Facebook, the office said", "In its
    # first statement on March 2, ...": a date on the statement's own noun, in the
    # phrase that opens the clause, dates it.
    opening = LEAD_PHRASE.match(s, a)
    made = _MADE_THEN.match(s, opening.end()) if opening is not None else None
    on_noun = [
        k
        for k, f in enumerate(found)
        if opening is not None
        and a <= f.start - offset < (made.end() if made is not None else opening.end())
        and (
            _STATEMENT_NOUN.match(s, f.end - offset)
            or _NOUN_THEN_DATE.search(s[a : f.start - offset]) is not None
        )
    ]
    return on_noun[0] if on_noun else None


# "In its annual report, published in July, the company said": the participle of the
# record's making, with its date, set off after the phrase that names it
_MADE_THEN: Final = re.compile(rf"{_MADE}\s+[^,;“”\"]{{1,30}},\s*")
_FUNCTION_WORD: Final = re.compile(
    r"but|and|yet|so|also|still|then|on|in|at|by|during|early|late|last|this|for|most|much"
    r"|all|part|of|the|throughout|since|until",
    re.IGNORECASE,
)


_CLOCK: Final = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b(?:noon|midnight)\b", re.IGNORECASE
)
_MADE_BEFORE: Final = re.compile(
    rf"\W*(?:[\w’'-]+\s+){{1,4}}?{_MADE}\s+(?:[^,;“”\"]{{0,40}}?\s+)?(?:(?:on|in)\s+)?",
    re.IGNORECASE,
)
_SCENE_ON: Final = re.compile(
    r"\W*(?:(?:But|And|Yet)\s+)?(?:In|At|Before|During)\s+(?:the|a|an|its|his|her|their)\s+"
    r"(?:[\w’'-]+\s+){1,4}?on\s+",
    re.IGNORECASE,
)
_THEN_SAYING: Final = re.compile(
    r",\s+(?:saying|adding|insisting|claiming|noting|contending|arguing|alleging|stating)\b"
)
# A year set before its noun, naming the thing ("its 2022 annual report"), not a span's end
YEAR_NAMES: Final = re.compile(r"(?:19|20)\d\d\s+(?!to\b|and\b|or\b)[a-z]")
_NAMED_DAY: Final = re.compile(
    r"\W*(?:(?:But|And|Yet|So|Then)\s+)?(?:On|By|Until)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:day|night|morning|afternoon|evening|eve|weekend),\s*",
    re.IGNORECASE,
)


def bare_time(found: Sequence[Found], s: str, a: int, b: int, offset: int) -> bool:
    """Whether the phrase opening a clause at ``s[a:b]`` is only a time ("But on June 4,").

    A time element set first is the clause's own time, not what the news is about.
    """
    # (a clock time is part of it: "At 11:40 a.m. Sunday,")
    rest = _CLOCK.sub(" ", s[a:b])
    for f in found:
        if a <= f.start - offset and f.end - offset <= b:
            rest = rest.replace(s[f.start - offset : f.end - offset], " ")
    words = re.findall(r"[A-Za-z]+", rest)
    inside = any(a <= f.start - offset < b for f in found)
    return inside and all(_FUNCTION_WORD.fullmatch(w) for w in words)


_TO_BE: Final = re.compile(r"\b(?:would|will|to|could|should)\s+be\s+$")
_SPOKE_TO: Final = re.compile(r"\bwhen\s+(?:he|she|they|it)\s+spoke\s+(?:to|with)\b")


# A thing announced, named as the verb's object, not a clause of what was said ("had
# announced a pay rise for 300 controllers"), and a past time set at the clause's end.
_ANNOUNCED_THING: Final = re.compile(
    r"(?:announced|unveiled)\s+(?:an?|the|its|his|her|their)\s+(?![^,;“”\"]*\bthat\b)", re.I
)
_PAST_AT_END: Final = re.compile(
    r"(?:last\s+(?:year|month|week|spring|summer|autumn|fall|winter)|earlier\s+this\s+(?:year"
    r"|month)|in\s+(?:19|20)\d\d|(?:\w+\s+){1,2}ago)\W*$",
    re.IGNORECASE,
)
# A speaker's own past deed told right after the speech verb: "said she paid", "says he
# fenced it off" (not "said she was", "said he would", nor "said she had not").
_OWN_DEED: Final = re.compile(
    r"\s+(?:that\s+)?(?:he|she|they|we|I)\s+(?:had\s+)?(?:\w+ly\s+)?(?!(?:was|were|had|has|have"
    r"|would|will|could|did|is|are|can|should|might|must|does|do|never|not|may|knew|know|believed"
    r"|thought|felt|understood|hoped|expected|wanted|needed)\b)[a-z]+(?:ed|id|ost|ent|ew|ought|aught"
    r"|old|ound|ade|ook|ave|ame|ept|elt|eft|ut|ote|oke|an|ang|at|ot)\b"
)


_SAID_THEN: Final = re.compile(
    r"\b(?:said|confirmed|stated|announced|reported|acknowledged|insisted|claimed),?\s+at\s+the"
    r"\s+time\b"
)
_FIGURE_THEN: Final = re.compile(
    r"\b(?:the|an?|its|their)\s+(?:[\w-]+\s+)?(?:amount|figure|sum|number|total|target)\s+$"
)
_WHO_THEN: Final = re.compile(r"\b(?:who|which)\s+(?:had\s+|has\s+|have\s+)?$")


def spoken_date(
    found: Sequence[Found],
    s: str,
    span: tuple[int, int],
    offset: int,
    unquoted: Sequence[int],
    *,
    conceding: bool,
) -> tuple[bool, int | None]:
    """Whether the words' own time decides the date of a statement drawn from ``s[a:b]``,
    and the index in ``found`` of that date (None: no date of its own).

    Attribution convention: the time element of a statement sits next to its speech verb
    ("said Wednesday", "tweeted Monday that"), or after the noun of its occasion, or
    opens its clause; dates in what was said belong to what it describes. ``unquoted``
    holds the indices of the dates outside quotations; with ``conceding``, a verb of
    conceding ("acknowledged on Monday that") has its time beside it too.
    """
    a, b = span
    # (a year set before its noun names the thing: "a correction to its 2022 annual report")
    unquoted = [k for k in unquoted if not YEAR_NAMES.match(s, found[k].start - offset)]
    # (and the occasion a "when" clause names: "repeated the point when he spoke to The
    # Emirates Chronicle on September 20")
    verbs = [*STATEMENT.finditer(s, a, b), *_SPOKE_TO.finditer(s, a, b)]
    # (not a verb of the subject's relative clause: "the principal who wrote on 2 August told
    # the Chronicle on Monday")
    own = [v for v in verbs if not _WHO_THEN.search(s, a, v.start())]
    # (nor a participle that tells which figure: "less than the amount announced in January")
    verbs = [v for v in own or verbs if not _FIGURE_THEN.search(s, a, v.start())]
    # (nor one still to come in what was said: "that the results would be announced on ...")
    verbs = [v for v in verbs if not _TO_BE.search(s, a, v.start())]
    # Then convention: words said "at the time" take the time the clause names for what
    # they told ("were placed on leave in June, the office confirmed at the time")
    then = _SAID_THEN.search(s, a, b)
    before = [k for k in unquoted if then and a <= found[k].start - offset < then.start()]
    if before:
        return True, before[-1]
    conceded = list(_CONCEDING.finditer(s, a, b)) if conceding else []
    near = [
        k
        for k in unquoted
        if any(
            found[k].start - offset >= v.end() and _beside(s[v.end() : found[k].start - offset])
            for v in [*verbs, *conceded]
        )
        and not _attributive(s, found[k].start - offset, found[k].end - offset)
    ]
    # (or set just before the participle that gives the words: "posted a correction to
    # its report last Friday, saying")
    near += [k for k in unquoted if _THEN_SAYING.match(s, found[k].end - offset) and k not in near]
    if near:
        return True, near[0]
    occasion = occasion_dates(found, s, (a, b), offset, unquoted)
    if occasion:
        return True, occasion[0]
    if verbs:
        told = _before_verb(found, s, a, offset, verbs[0].start())
        # (or set right before a later verb, past the subject's aside: "Rangdhanu, a company
        # whose shares rose after it announced ..., yesterday told the exchanges")
        if told is None:
            closed = [k for k in unquoted if s[: found[k].start - offset].rstrip().endswith(",")]
            told = next(
                (
                    k
                    for k in closed
                    for v in verbs[1:]
                    if not s[found[k].end - offset : v.start()].strip()
                ),
                None,
            )
        if told is None and _ANNOUNCED_THING.match(s, verbs[0].start(), b):
            # Announcement convention: a thing announced ("had announced a drive to recruit
            # 400 controllers last year") takes the past time set at the clause's end.
            told = next(
                (k for k in unquoted if _PAST_AT_END.match(s, found[k].start - offset, b)), None
            )
        deed = _OWN_DEED.match(s, verbs[0].end(), b)
        if told is None and deed is not None:
            # Own-experience convention: a speaker telling, at no time given, of their own
            # deed with its time ("said she paid Sh3,400 at a clinic on October 14") tells
            # of that day; the deed told is what the story dates.
            after = [k for k in unquoted if deed.end() <= found[k].start - offset < b]
            return True, after[0] if after else None
        return True, told
    return False, None


_COUNTED: Final = re.compile(rf"\b{COMPLAINTS_RECEIVED}\b", re.IGNORECASE)
_SPAN_WORD: Final = re.compile(r"(?:since|in|between|from|during|over|this|last)\b", re.IGNORECASE)


def said_date(
    found: Sequence[Found],
    s: str,
    span: tuple[int, int],
    offset: int,
    outside: list[int],
    lane: str,
) -> tuple[bool, int | None]:
    """(Whether an event is dated as words said, the index of its date in ``found``).

    Concession convention: an admission is dated like a statement, by its own verb; the
    dates of what it concedes ("said she was told in May") are the conceded facts'. So is a
    step its taker tells of ("said she has asked the chair to hold a hearing"); one told with
    no day for the telling keeps its own ("said she had written to the Audit Office on
    Tuesday"), but not a day it names a thing by ("the 2019 figures").
    """
    a, b = span
    conceding = lane == "disclosure" and ADMISSION.search(s, a, b) is not None
    # (and so is a count of complaints received, however the clause is filed, by the time
    # it counts over: "said it had received 19 complaints ... since January", see
    # oversight.COMPLAINTS_RECEIVED)
    told = lane == "disclosure" and TOLD_STEP.search(s, a, b) is not None
    step = not conceding and (told or _COUNTED.search(s, a, b) is not None)
    # (and so is a claim made in a filing: "The families' application claims that the home
    # received K12.6 million in 2023" is the filing's, not 2023's)
    filing = FILING.search(s, a, b) if lane == "disclosure" else None
    filed = filing is not None and filing.start() - a < 40  # (the clause's subject)
    if lane != "statement" and not conceding and not step and not filed:
        return False, None
    decided, k = spoken_date(found, s, span, offset, outside, conceding=conceding)
    if not decided or k is not None or not step or PLEDGE.search(s, a, b):
        return decided, k
    own = [j for j in outside if not NAMES_A_THING.search(s, a, found[j].start - offset)]
    if not told:  # (a count's time is the span it covers: "since January", "in August")
        own = [j for j in own if _SPAN_WORD.match(s, found[j].start - offset)]
    return True, own[0] if own else None


# Claim convention: a claim named by its telling ("at odds with what the municipality told
# this newspaper in May") takes the day set right after its verb and whom it was told.
_TOLD_WHOM: Final = re.compile(
    r"\b(?:told|said|wrote|assured|promised)\s+(?:(?:this|the|its|their|a)\s+)?(?:[\w’'-]+\s+)?$",
    re.IGNORECASE,
)


def claim_told_on(s: str, claim: Clause, at: int) -> bool:
    """Whether the date at ``at`` in ``s`` is the day the ``claim`` was told (see above)."""
    return claim.start <= at < claim.end and _TOLD_WHOM.search(s, claim.start, at) is not None
