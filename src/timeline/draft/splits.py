"""More events in one sentence: a second predicate, an occasion's words, what is conceded."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from timeline.draft.accounts import AGAINST_CLAIM, CLAIM_ASIDE
from timeline.draft.admissions import (
    ADMISSION,
    conceded,
)
from timeline.draft.attribution import evidence_in, lane_of
from timeline.draft.evidence import (
    ACCORDING_ANY,
    EVIDENCE_NOUN,
    EVIDENCE_SHOWS,
    RECORDS_OBTAINED,
    RECORDS_RELEASED,
    TO_NEWSROOM,
)
from timeline.draft.insiders import SOURCE_NOTE
from timeline.draft.leads import LIST_GOES_ON
from timeline.draft.releases import released
from timeline.draft.witnesses import newsroom_saw
from timeline.draft.words import (
    CLAIM_VERB,
    CONCESSIVE_LEADS,
    OUTLET_OBTAINED,
    OUTLET_REPORTED,
    RELATIVE_OPEN,
    RELEASE_VERB,
    SOURCES_TOLD,
    STATEMENT,
)

if TYPE_CHECKING:
    from timeline.draft.clauses import Clause

__all__ = [
    "CAME_AFTER",
    "Span",
    "claimed_events",
    "contrast_link",
    "more_clauses",
    "set_against",
]

# (at most two spaces before "and": quoted words, blanked to spaces, stay with their clause)
# ("were handed lists and told to find grounds": a passive "told to" is no statement)
_SPEECH_AND: Final = re.compile(
    r",?\s{1,2}and\s+(?=(?:told(?!\s+to\b)|said|says|insisted|assured|promised|denied|claimed"
    r"|announced)\b)"
)
# (one space after it: a quotation blanked out of ``outside`` is spaces too)
_THAT_AGAIN: Final = re.compile(r"that\s", re.IGNORECASE)
_DOCUMENT_SUBJECT: Final = re.compile(
    r"\W*(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?"
    rf"(?:{EVIDENCE_NOUN}|complaints?|lawsuits?|suit|filings?|petitions?|letters?|memos?)\b",
    re.IGNORECASE,
)
_RELATIVE: Final = re.compile(r",\s+(?:who|which)\s", re.IGNORECASE)
_SUBORDINATE: Final = re.compile(
    r"\b(?:after|before|when|as|once|since|until|because)\s+(?P<subject>(?:[\w’'-]+\s+){0,4})$",
    re.IGNORECASE,
)
_CLAUSE_END: Final = re.compile(r"[,;:]")
# Sequence convention: "was suspended after missing three shifts in May" reports the
# earlier deed in a participle after "after"; with its own date it is an event of its own.
_PRIOR_END: Final = re.compile(r"[,;]|\s(?:while|and|but|according)\s")
_AFTER_DOING: Final = re.compile(r"\s(?:after|following)\s+(?=[a-z]+ing\s)", re.IGNORECASE)
# Sequence convention: "The order comes eight months after the company told investors
# ..." sets the news against an earlier event, told by how long before it came.
CAME_AFTER: Final = re.compile(
    r"\s(?:comes?|came|coming)\s+(?:just\s+|only\s+|nearly\s+|about\s+|more\s+than\s+)?"
    r"(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?|months?|years?)\s+after\s+(?=\S)",
    re.IGNORECASE,
)

# Sequence convention: "appeared in court on Monday, weeks after his employer told the
# public ...": the earlier telling the news came after is an event of its own.
_AFTER_TELLING: Final = re.compile(
    r",\s+(?:just\s+|only\s+|nearly\s+|about\s+|more\s+than\s+)?(?:(?:an?|one|two|three|four"
    r"|five|six|\d{1,2})\s+)?(?:days?|weeks?|months?|years?)\s+after\s+"
    # (or raised a concern: "days after the family of the deceased ... raised concerns")
    rf"(?=(?:[\w’'.-]+\s+){{0,5}}?(?:{STATEMENT.pattern})"
    r"|[^,;]{1,60}?(?:,[^,;]{1,40},)?\s(?:raised|voiced|aired)\s+(?:\w+\s+)?(?:concerns?|questions|complaints?)\b)",
    re.IGNORECASE,
)
# Sequence convention: "In April 2022, after the watershed group raised concerns about
# the fields, the minister told the legislature ...": what others raised, told before the
# telling it drew, is an event of its own.
_AFTER_RAISED: Final = re.compile(
    r"\W*(?:(?:In|On|By|Late\s+in|Early\s+in|Last)\s+[^,;]{1,30},\s+)?[Aa]fter\s+"
    r"((?:the|an?|some|two|three|several|[A-Z][\w’'-]*|[a-z]{3,}s)\s+(?:[\w’'-]+\s+){0,6}?(?:raised|complained"
    r"|asked|flagged|questioned|lodged|protested|petitioned|wrote\s+to)\b[^,;]*?),\s+"
    rf"(?=(?:[\w’'.-]+\s+){{0,8}}?(?:{STATEMENT.pattern}|wrote\b))"
)
# Comparison convention: "It is also a sharp turnaround from March, when the director told
# the Ledger every flat was compliant" says nothing itself; the occasion it turns from is
# what the sentence tells.
_TURNED_FROM: Final = re.compile(
    r"\W*(?:It|This|That|The\s+\w+)\s+(?:is|was|marks|marked)\s+(?:also\s+)?an?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:turnaround|reversal|change|shift|departure|U-turn|about-face|far\s+cry|retreat|climbdown)"
    r"\s+from\s+(?P<when>[^,;]{2,40},\s+when\s)"
)
# (an occasion named bare, "17 days after the minister's news conference.", is only a time)
_BARE_OCCASION: Final = re.compile(r"(?:the|an?|his|her|its|their)\s+(?:[\w’'.-]+\s+){0,3}?\S+\s*")

# Sequence convention: "initially said X, before later acknowledging Y", "first denied X,
# only to admit Y": a party's first telling, then the one that replaced it, are two events.
_LATER_TELLING: Final = re.compile(
    r",\s+(?:before|then|only\s+to|but\s+later)\s+(?:later\s+|eventually\s+|finally\s+)?"
    r"(?=(?:acknowledg|admitt?|conced|say|said|tell|told|releas|issu|revis|correct|retract"
    r"|reversing|reversed|chang)\w*\b)",
    re.IGNORECASE,
)

Span = tuple[int, int, str, str]
"""A new clause: start, end, role and lane."""


# Occasion convention: "were paraded before the press on March 29, where the spokesman
# told journalists that": the occasion, then what was said at it, two events.
_WHERE_TOLD: Final = re.compile(
    r",\s+(?:where|at\s+which)\s+(?=[^;.“”\"]{0,120}?\b(?:told|said|assured|announced|insisted)\b)"
)


def _second_predicate(outside: str, a: int, b: int) -> tuple[int, int] | None:
    """Where the ", and" before "told residents that ..." starts and ends, when it opens
    a second predicate in ``[a, b)``.

    Coordination convention: "officials began a giveaway and told residents that ..."
    reports two things, a deed and a statement; each is an event.
    """
    shows = EVIDENCE_SHOWS.search(outside, a, b)
    # (not records named by a participle: "after questions about internal records showing")
    if ACCORDING_ANY.search(outside, a, b) or (shows and not shows.group().endswith("ing")):
        return None  # the evidence split takes the whole clause as what the evidence shows
    m = _SPEECH_AND.search(outside, a, b)
    if m is None or len(outside[a : m.start()].split()) < 5:
        return None
    if _DOCUMENT_SUBJECT.match(outside, a):
        # "The complaint described ... and said the coach had threatened ...": what a
        # document says is one telling, not a deed and a statement
        return None
    relative = [r.end() for r in _RELATIVE.finditer(outside, a, m.start())]
    if relative and "," not in outside[relative[-1] : m.start()]:
        # Relative-clause convention: in "statements by X, who has long defended the programme
        # and insisted ...", "and insisted" goes on the relative clause.
        return None
    if lane_of(outside[a : m.start()], outside[a : m.start()], quoted=False) == "statement":
        # Attribution convention: "X characterized the report as ... and said ..." is one
        # statement told with two speech verbs, not two events.
        return None
    return m.start(), m.end()


# The conjunctions that set a second clause against the first ("but", "even as").
_CONTRASTING: Final = frozenset({"but", "yet", "while", *CONCESSIVE_LEADS})
# ", but tests showed", ", and regulators approved", "; the company kept": a second
# independent clause, with a subject of its own before its verb.
_COORDINATED: Final = re.compile(
    # the comma may stand inside a quotation's closing mark: '"extremely rare," but'
    r"(?:,[”\"]?\s+(?P<conj>but|and|yet|while|even\s+though|even\s+as|although|though)|;"
    r"|\s+(?P<when>when))\s+"
    # (", and who asked not to be named," goes on describing the subject: no new clause)
    # (nor does ", and whether anyone had checked": a second object of "wanted to know")
    r"(?=(?!(?:also|then|later|even|still|so|not|was|were|had|has|have|is|are|who|whom|whose"
    r"|which|whether|why|how|what|if)\b)"
    r"(?:[\w’'.&-]+(?(when),?)\s+){1,8}?"  # (after "when", a subject with an appositive)
    r"(?:(?:also|later|still|never|quietly|repeatedly|then|had|have|has)\s+)?"
    r"(?:[a-z]{3,}ed|showed|shows|show|found|finds|said|says|(?<!\bnot\s)say|told|knew|gave|kept|made|took|sent|paid"
    r"|hid|left|began|wrote|did\s+not|didn[’']t"
    # (", even as the minister was telling the legislature ...": the claim, told going on)
    r"|(?:was|were)\s+(?:telling|saying|assuring|insisting|claiming|promising))\b)"
)


def _coordinated(
    outside: str, a: int, b: int, dated: Sequence[tuple[int, int]] = ()
) -> tuple[int, int, str, str] | None:
    """Where the first clause ends and a second independent clause starts in ``[a, b)``,
    the conjunction between them, and the second clause's lane.

    Coordination convention: "Officials insisted the water was safe, but tests showed lead
    in 40 homes" joins two events, each with its own subject; "but" and "yet" set the
    second against the first. A first clause that names its own date is an event even
    with no cue word ("The company stopped selling the flooring in May 2015, and
    prosecutors said ...").
    """
    according = ACCORDING_ANY.search(outside, a, b)
    for m in _COORDINATED.finditer(outside, a, b):
        conj = " ".join((m.group("conj") or m.group("when") or ";").lower().split())
        if according is not None and (
            according.start() < m.start() or conj not in ("but", "yet", "even as")
        ):
            # "..., according to X": the attribution split takes the clause, unless it only
            # attributes what a contrast sets against the first ("..., even as a study found")
            continue
        if len(outside[a : m.start()].split()) < 4 or len(outside[m.end() : b].split()) < 4:
            continue
        first = lane_of(outside[a : m.start()], outside[a : m.start()], quoted=False)
        if first is None and any(a <= da and db <= m.start() for da, db in dated):
            first = "context"
        second = lane_of(outside[m.end() : b], outside[m.end() : b], quoted=False)
        if first is None and second == "statement" and conj in _CONTRASTING:
            first = "practice"  # "kept dumping waste, even as it assured residents": the deed
        elif first is None and second == "statement" and _HAD_DONE.search(outside, a, m.start()):
            first = "context"  # "the firm had just won a contract, and Munro told the Post"
        elif conj == "when":
            # Contrast convention, by time: what "had been" done (or not) when the official
            # assured the public ("Fewer than half had been closed when the director wrote to
            # residents assuring them") is the deed the words are set against; any other
            # "when" tells the time of the first clause
            perfect = _HAD_BEEN.search(outside, a, m.start())
            if first not in (None, "practice") or second != "statement" or perfect is None:
                continue
            first = "practice"
        if _THAT_AGAIN.match(outside, m.end()) and second is not None:
            # "records show that A, and that B", "said that A, and that B": a second
            # thing shown, or said, by the same subject
            shown = evidence_in(outside, a, m.start()) is not None
            second = "practice" if shown else first
        if first is None or second is None:
            continue
        return m.start(), m.end(), conj, second
    return None


# Background convention: what "had just" or "had already" happened when someone spoke is
# the scene their words are told in.
_HAD_DONE: Final = re.compile(
    r"\bhad\s+(?:just|already|recently)\s+[a-z]+(?:ed|en|wn|on|un|ot|ld)\b"
)
_HAD_BEEN: Final = re.compile(r"\bhad\s+(?:not\s+|never\s+|still\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b")
# "detected the intrusion on July 29 and briefed executives on Aug. 2": a second deed of
# the same subject, after "and", in the past tense.
_AND_DEED: Final = re.compile(r",?\s+and\s+(?:then\s+|later\s+)?(?=[a-z]{3,}ed\s)")


def _dated_deeds(
    outside: str, a: int, b: int, dated: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """Where "and" joins two deeds in ``[a, b)``, each with a date of its own.

    Sequence convention: "The team detected the intrusion on July 29 and briefed
    executives on Aug. 2" tells two deeds on two days; each is an event.
    """
    for m in _AND_DEED.finditer(outside, a, b):
        before = any(a <= da and db <= m.start() for da, db in dated)
        if before and any(m.end() <= da and db <= b for da, db in dated):
            return m.start(), m.end()
    return None


def _credited(outside: str, dated: Sequence[tuple[int, int]]) -> list[Span]:
    """A newsroom's reporting told in a subordinate clause: a ``credited`` disclosure.

    Credit convention: "The admission, which came after two sources told WLRN that ...,
    contradicts ..." names how the news first came out, an outlet's reporting, inside
    a sentence about something else; it is a disclosure event of its own.
    """
    out: list[Span] = []
    for m in [*SOURCES_TOLD.finditer(outside), *OUTLET_REPORTED.finditer(outside)]:
        if SOURCE_NOTE.match(outside, m.start()):
            continue  # "asked not to be named" says why a source is unnamed, not what it told
        head_start = max(0, m.start() - 60)
        sub = _SUBORDINATE.search(outside[head_start : m.start()])
        if sub is None:
            continue
        a = head_start + sub.start("subject")
        if len(outside[: head_start + sub.start()].split()) < 2:
            continue  # a leading "After sources told ..., " is the leading clause
        end = len(outside)
        for k in _CLAUSE_END.finditer(outside, m.end()):
            if not any(da <= k.start() < db for da, db in dated):
                end = k.start()
                break
        out.append((a, end, "credited", "disclosure"))
    return out


def _prior(outside: str, dated: Sequence[tuple[int, int]]) -> list[Span]:
    """An earlier deed told in an "after doing ... <date>" phrase: a ``prior`` event."""
    out: list[Span] = []
    for m in _AFTER_DOING.finditer(outside):
        end = len(outside)
        for k in _PRIOR_END.finditer(outside, m.end()):
            if not any(da <= k.start() < db for da, db in dated):  # "Nov. 25, 2013" goes on
                end = k.start()
                break
        if any(m.end() <= da and db <= end for da, db in dated):
            out.append((m.end(), end, "prior", "context"))
    return out


def source_notes(s: str) -> list[tuple[int, int]]:
    """The relative clauses of ``s`` that tell how a source knows or why it is unnamed
    ("..., who worked in the plant until June, said"): see ``SOURCE_NOTE``."""
    out: list[tuple[int, int]] = []
    for m in RELATIVE_OPEN.finditer(s):
        close = s.find(",", m.end())
        end = close if close >= 0 else len(s)
        if m.group().startswith(",") and SOURCE_NOTE.search(s, m.start(), end):
            out.append((m.end(), end))
    return out


_SHOWS_THAT: Final = re.compile(
    r"\s*(?:shows?|showed|shown|reveal(?:s|ed)?|indicate[sd]?|confirm(?:s|ed)?|found|find|finds"
    r"|document(?:s|ed)?|suggest(?:s|ed)?)\b"
)


# A relative clause that tells only when the time named before it ran ("during advance
# voting, which ran March 11-17,") or what time it covers; and the time phrase it follows.
_ONLY_WHEN: Final = re.compile(
    r"\s*(?:ran|runs|lasted|lasts|took\s+place|takes\s+place|(?:was|were|is|are)\s+held"
    # (or the span records cover: "The records, which cover the period from January 2021")
    r"|(?P<covers>cover(?:s|ed)?)(?:\s+the\s+(?:period|months|years|weeks|days))?)"
    r"(?:\s+(?:from|on|in|between|over|through|until))?\s*(?:and\s+)?\s*"
)


_DURING: Final = re.compile(
    r"\b(?:during|throughout|in|over|before|after|until|ahead\s+of)\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,3}"
    r"[\w’'-]+$",
    re.IGNORECASE,
)


def _without_dates(outside: str, start: int, end: int, dated: Sequence[tuple[int, int]]) -> str:
    """``outside[start:end]`` with its dates taken out."""
    keep = [(max(da, start), min(db, end)) for da, db in dated if da < end and db > start]
    out, at = [], start
    for da, db in sorted(keep):
        out.append(outside[at:da])
        at = max(at, db)
    return "".join(out) + outside[at:end]


def _background(outside: str, dated: Sequence[tuple[int, int]]) -> list[Span]:
    """A relative clause set off by commas that carries its own date: a ``background`` event.

    Background convention: "X, who won office in April 2019, said ..." tucks an earlier
    fact about X into the sentence; with its own date it is an event of its own. So does
    a relative clause that ends the sentence, when its words carry an event.
    """
    out: list[Span] = []
    for m in RELATIVE_OPEN.finditer(outside):
        if not m.group().startswith(","):
            continue
        close = outside.find(",", m.end())
        # a date's own comma, a figure's ("three-year, $11.4 million") or a list's ("which
        # took in roads, bridges and drains, was finished") ends nothing
        while close >= 0 and (
            any(da <= close < db for da, db in dated)
            or re.match(r",\s*[$£€\d]", outside[close : close + 3]) is not None
            or LIST_GOES_ON.match(outside, close) is not None
        ):
            close = outside.find(",", close + 1)
        if close < 0:
            # "..., which was recalled in July 2009 at the FDA's request.": the clause runs
            # to the end; one that says more ("..., who told lawmakers ...") is the sentence's
            close = len(outside.rstrip(' .”"'))
            part = outside[m.end() : close]
            if lane_of(part, part, quoted=False) not in (None, "context"):
                continue
        if SOURCE_NOTE.search(outside, m.start(), close):
            continue  # how the source knows, or why it is unnamed: no event of the story
        if _SHOWS_THAT.match(outside, m.end()):
            continue  # "reports ..., which show that ...": what the evidence shows, drafted so
        only = _ONLY_WHEN.fullmatch(_without_dates(outside, m.end(), close, dated))
        if only and (only.group("covers") or _DURING.search(outside, 0, m.start())):
            continue  # "during advance voting, which ran March 11-17,": a time, no event
        if any(m.end() <= da and db <= close for da, db in dated):
            # "Norvale Co., which has insisted since 2019 that ..., agreed": an account
            # tucked into the sentence is a statement of its own; "The logs, which the port
            # released last month under the records law, list ...": the release, a disclosure
            part = outside[m.end() : close]
            found = lane_of(part, part, quoted=False)
            told = found == "statement"
            # (or the matter raised or examined: "who raised the shortages at a full
            # council sitting in June")
            freed = found == "disclosure" or (
                RECORDS_OBTAINED.search(part)
                or RECORDS_RELEASED.search(part)
                or OUTLET_OBTAINED.match(part)  # "which the Dispatch obtained Tuesday"
                or TO_NEWSROOM.search(part)  # "which was passed to this newspaper"
                or newsroom_saw(part) == "disclosure"  # "which the Clarion checked on May 9"
            )
            lane = "statement" if told else "disclosure" if freed else "context"
            out.append((m.start() + 1, close, "background", lane))
        elif _HAS_TOLD.match(outside, m.end(), close):
            # "KIFDC, which has repeatedly told candidates that it has no vacancies, had 31
            # posts empty": the account the sentence sets its fact against, however undated
            out.append((m.start() + 1, close, "background", "statement"))
    return out


_HAS_TOLD: Final = re.compile(
    r"\s*(?:has|have|had)\s+(?:(?:repeatedly|consistently|publicly|long|always)\s+)?"
    r"(?:told|insisted|maintained|denied|claimed|assured)\b"
)


_NP_END: Final = re.compile(r"\s(?:until|when|while|before|after|that|which|who)\s|[,;:]")
_WHEN_AFTER: Final = re.compile(r"^\s+when\s+(?=\S)", re.IGNORECASE)
# The nouns a date names that are no event: "the November date", "the 2025 target".
_NO_EVENT_NOUN: Final = re.compile(
    r"\s+(?:date|deadline|target|timeline|timetable|schedule|estimate|forecast|figures?|budget)s?\b"
)


def claimed_events(outside: str, a: int, b: int, dated: Sequence[tuple[int, int]]) -> list[Span]:
    """Dated events a claim in ``[a, b)`` speaks of: each is an event of its own.

    Reference convention: a claim that "she did not know about the March 2018 raid until
    last week, when a station aired the footage" names earlier events by their dates;
    the dated noun phrase ("the March 2018 raid on ...") is background, and the dated
    "when" clause ("when a station aired the footage") is what happened then, a
    disclosure when its verb is a release.
    """
    out: list[Span] = []
    for da, db in dated:
        if not (a <= da and db <= b):
            continue
        the = re.search(r"\bthe\s+$", outside[max(a, da - 6) : da], re.IGNORECASE)
        before = outside[max(a, da - 30) : da]
        if re.search(
            r"\b(?:at|during|(?:end|start|close|beginning|middle)\s+of)\s+the\s+$", before, re.I
        ):
            # "went further at the March 25 council meeting", "approved at the end of the
            # March meeting": where it was said or done
            continue
        if the is not None and _NO_EVENT_NOUN.match(outside, db):
            continue  # "repeated the November date": a time named, no event at it
        if the is not None:
            stop = _NP_END.search(outside, db, b)
            end = stop.start() if stop is not None else b
            if len(outside[db:end].split()) >= 1:
                out.append((max(a, da - 6) + the.start(), end, "background", "context"))
            continue
        when = _WHEN_AFTER.match(outside[db:b])
        if when is not None:
            stop = re.compile(r"[,;:]").search(outside, db + when.end(), b)
            end = stop.start() if stop is not None else b
            lane = "disclosure" if RELEASE_VERB.search(outside, db, end) else "context"
            out.append((da, end, "background", lane))
    return out


def _set_before(s: str, outside: str, a: int, b: int) -> tuple[list[Span], int]:
    """What the main clause ``[a, b)`` opens with before its own event, and where that
    event starts: the occasion a turnaround turns from, or what others raised first."""
    framed = _TURNED_FROM.match(outside, a, b)
    if framed is not None:
        return [], framed.start("when")  # the occasion turned from is the event
    raised = _AFTER_RAISED.match(outside, a, b)
    if raised is None:
        return [], a
    part = lane_of(s[raised.start(1) : raised.end(1)], raised.group(1), quoted=False)
    return [(raised.start(1), raised.end(1), "prior", part or "context")], raised.end()


def more_clauses(
    s: str, outside: str, main: tuple[int, int, str] | None, dated: Sequence[tuple[int, int]]
) -> tuple[list[Span], tuple[int, int] | None]:
    """Clauses a sentence holds beyond its main one, and the main clause's new span.

    ``main`` is the main clause's (start, end, lane), or None. Returns the new clauses
    and, when the main clause gives up its second predicate, its shortened span.
    """
    out = released(s, outside, dated) + _prior(outside, dated) + _background(outside, dated)
    out += _credited(outside, dated)
    new_main: tuple[int, int] | None = None
    if main is not None:
        a, b, lane = main
        lead, start = _set_before(s, outside, a, b)
        out += lead
        if start != a:
            a = start
            new_main = (a, b)
        came = CAME_AFTER.search(outside, a, b) or _AFTER_TELLING.search(outside, a, b)
        if came is not None:
            part = lane_of(s[came.end() : b], outside[came.end() : b], quoted=False)
            if not _BARE_OCCASION.fullmatch(outside, came.end(), b):
                out.append((came.end(), b, "prior", part or "context"))
            b = came.start()
            new_main = (a, b)
        aside = CLAIM_ASIDE.search(outside, a, b)
        if aside is not None:
            out.append((aside.start("claim"), aside.end("claim"), "claim", "statement"))
        against = AGAINST_CLAIM.search(outside, a, b)
        if against is not None:
            out.append((against.end(), b, "claim", "statement"))
            b = against.start()
            new_main = (a, b)
        later = _LATER_TELLING.search(outside, a, b)
        if later is not None and STATEMENT.search(outside, a, later.start()):
            told = lane_of(s[later.end() : b], outside[later.end() : b], quoted=False)
            if told in ("statement", "disclosure"):
                out.append((later.end(), b, "later", told))
                if told == "disclosure":
                    fact = conceded(s, outside, later.end(), b)
                    if fact is not None:
                        out.append((*fact, "conceded", "practice"))
                b = later.start()
                new_main = (a, b)
        where = _WHERE_TOLD.search(outside, a, b)
        told = (
            lane_of(s[where.end() : b], outside[where.end() : b], quoted=False) if where else None
        )
        if where is not None and told == "statement":
            out.append((where.end(), b, "said", told))
            b = where.start()
            new_main = (a, b)
        deeds = _dated_deeds(outside, a, b, dated) if lane in ("practice", "disclosure") else None
        first = (a, deeds[0]) if deeds is not None else (a, a)
        if lane_of(s[first[0] : first[1]], outside[first[0] : first[1]], quoted=False) != lane:
            deeds = None  # the lane came from the second deed: one event, as the story tells it
        if deeds is not None:
            shown = lane == "practice" or evidence_in(outside, a, deeds[0]) is not None
            out.append((deeds[1], b, "joined", "practice" if shown else lane))
            b = deeds[0]
            new_main = (a, b)
        second = _second_predicate(outside, a, b)
        joined = _coordinated(outside, a, b, dated) if second is None else None
        if second is not None:
            # "... and told staff to cite 'fraud review'": an instruction inside stays one
            told = lane_of(s[second[1] : b], outside[second[1] : b], quoted=False)
            # (and a concession stays one: "and said the agency “should have updated hunters”")
            said = told if told in ("practice", "disclosure") else "statement"
            out.append((second[1], b, "said", said))
            new_main = (a, second[0])
        elif joined is not None:
            end, at, conj, part = joined
            # Concession convention: "said the pumps were safe, even though tests showed
            # they failed" sets the second clause against the first, as "but" does.
            role = "contrast" if conj in _CONTRASTING or conj == "when" else "joined"
            out.append((at, b, role, part))
            new_main = (a, end)
        if lane == "disclosure":
            # "acknowledged that errors were made and said it would correct its reports":
            # what it said next is its own event, not part of what it concedes
            fact = conceded(s, outside, a, new_main[1] if new_main else b)
            if fact is not None:
                out.append((*fact, "conceded", "practice"))
    return out, new_main


def set_against(more: Sequence[Span]) -> bool:
    """Whether a clause a sentence adds is an account its main clause is set against: a
    claim it names, or one told in contrast ("even as it assured residents")."""
    return any(span[2] == "claim" or span[2:] == ("contrast", "statement") for span in more)


def contrast_link(
    s: str, first: Clause, second: Clause, a: int, b: int
) -> list[tuple[int, int, str]]:
    """The link "but" draws between a sentence's first clause ``a`` and its second ``b``.

    Contrast convention: "X insisted A, but records showed B" sets the fact against the
    statement (``contradicts``); "Santos said he worked there, but the firms said they
    could not confirm it" sets one account against another and leaves it ``disputes``,
    aimed at the one told as the account under test ("has insisted", "denied"), which is
    the second only when the second alone is told so.
    """
    facts = ("practice", "disclosure")
    # "A former aide said he sent the report, while the mayor insisted she never saw it":
    # a witness's account set against the party's is one account against another
    first, second = (_as_told(s, c) for c in (first, second))
    if first.lane == "statement" and second.lane in facts:
        # "The official toll stands at 64, but the governor conceded the count is
        # inaccurate": the party's own concession admits the account.
        conceded = second.lane == "disclosure" and ADMISSION.search(s, second.start, second.end)
        return [(b, a, "admits" if conceded else "contradicts")]
    if second.lane == "statement" and first.lane in facts:
        return [(a, b, "contradicts")]
    if first.lane == second.lane == "statement":
        second_is_account = CLAIM_VERB.search(s, second.start, second.end) is not None
        first_is_account = CLAIM_VERB.search(s, first.start, first.end) is not None
        return [
            (a, b, "disputes") if second_is_account and not first_is_account else (b, a, "disputes")
        ]
    return []


def _as_told(s: str, clause: Clause) -> Clause:
    """A practice told by a witness ("a former aide said ...") as the account it is."""
    if clause.lane == "practice" and STATEMENT.search(s, clause.start, clause.end):
        return replace(clause, lane="statement")
    return clause
