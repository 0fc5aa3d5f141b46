"""What records show, told on in the sentence after the one that cites them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Final, Protocol

from timeline.draft.contrast import shown_otherwise
from timeline.draft.evidence import ACCORDING, EVIDENCE_NOUN, EVIDENCE_SHOWS
from timeline.draft.lede import merged
from timeline.draft.model import DraftEvent, DraftLink
from timeline.draft.naming import MONTH_OR_DAY
from timeline.draft.oversight import OVERSIGHT
from timeline.draft.sentences import Sentence
from timeline.draft.words import (
    CHECK_VERBS,
    CONTRADICT_VERB,
    OUTLET_OBTAINED,
    OUTLET_REPORTED,
    STATEMENT,
)

__all__ = ["drop_framing", "evidence_told", "goes_on_showing"]

# (nor is what the reporter says it meant: "The information made it easier for officers to
# ...", "That meant families waited")
_EXPLAINS: Final = re.compile(
    r"\W*(?:This|That|These|Those|It|The\s+(?:information|change|practice|arrangement|gap"
    r"|delay|error|move))(?:,[^,;]{1,80},)?\s+(?:made|makes|meant|means|allowed|allows|helped|helps"
    r"|let|lets)\b"
)
# Signpost convention: "Procurement records show why." names the evidence and promises
# what it shows; the sentences after it tell it.
_SHOWS_WHY: Final = re.compile(
    rf"^\W*(?:(?:But|And|Yet)\s+)?(?:[\w’'.,-]+\s+){{0,5}}?(?:{EVIDENCE_NOUN})\b[^.;:“”\"]{{0,60}}?"
    r"\b(?:show|shows|showed|reveal|reveals|revealed|explain|explains|tell|tells)\s+(?:why|how"
    r"|what\s+happened(?:\s+next)?)\W*$",
    re.IGNORECASE,
)
# Overseers at their checking: "Auditors reviewed 120 vehicles", "State inspectors visited
# nine of the homes".
_OVERSEERS_CHECKED: Final = re.compile(
    rf"\W*(?:(?:The|State|County|Federal|City)\s+)?(?:{OVERSIGHT.pattern})\s+(?:also\s+|then\s+)?"
    rf"(?:{CHECK_VERBS}|analy[sz]ed|looked\s+at|went\s+through)\b",
    re.IGNORECASE,
)
# A thing done, told in the passive: "was opened", "had not been re-advertised"; or one
# left undone: "had not signed".
_DONE: Final = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+|not\s+|never\s+)?"
    r"[\w-]+(?:ed|en)\b"
    # or left undone before it: "the clerk had not signed the form"
    r"|\bhad\s+(?:not|never)\s+(?!been\b)[a-z-]+ed\b"
    # or done by one of them, with what was done counted: "one supervisor approved 1,140 lot
    # cuts across four wards"
    r"|\b(?:one|a|an|the|two|three|four|five|\d[\d,]*)\s+(?:[a-z-]+\s+){0,2}?(?!(?:was|were|had)\b)"
    r"[a-z]{4,}ed\s+(?:\d|more\s+than\s+\d|about\s+\d|nearly\s+\d)"
)
# A sentence that points back to what the records showed: "It was closed in May 2018.", "In
# the first six months of this year, it issued four fines."
_BACK: Final = re.compile(
    r"\W*(?:(?:In|During|Over|For|By)\s[^,;“”\"]{1,60},\s+)?(?:(?:Still|Then|Later|And|But),?\s+)?"
    r"(?:[Ii]t|[Tt]hey|That|This|These|Those|The\s+same)\b"
)
# ... and tells what the thing did next, in the past: "It failed again on 18 July."
_BACK_DID: Final = re.compile(
    rf"{_BACK.pattern}\s+(?:\w+ly\s+|again\s+|also\s+)?(?!(?:was|were|had|did|said|told)\b)"
    r"(?:[a-z]{3,}ed|ran|went|broke|fell|shut|stood|lost|sat|left|began|stopped)\b"
)
# A sentence that goes on counting what the records hold: "Seventeen were auctioned before
# 30 days", "Another 12 had no photograph", "Nine of them were filed late".
_TALLY: Final = re.compile(
    # (after the whole it is counted from: "Of 1,147 requests logged since April 2021, 611 have
    # no traffic study on file")
    r"\W*(?:Of\s+[^,;“”\"]{1,80},\s+)?(?:(?:Another|A\s+further)\s+)?(?:\d[\d,]*|(?i:one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen"
    r"|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?|dozens|hundreds))\s+"
    # ("Ninety-four of those files were marked complete")
    r"(?:(?:more|others?|of\s+(?:them|(?:those|these|the)(?:\s+[\w-]+)?))\s*)?"
    # (named in an aside: "Two of them, the Fox Hill Warriors and the Grants Town Vanguard,
    # got their second cheques on January 19")
    r"(?:,\s+[^,;“”\"]{1,80},\s+)?(?:were|was|had|did|got|received|[a-z]{3,}ed|(?:have|has)\s+no)\b"
)
# A count of things, no year nor age: "as few as 61 buses", "1,140 of the claims".
_COUNT: Final = re.compile(
    # (or in words: "Three more bypasses were logged in February")
    r"(?:\b(?!(?:1[89]|20)\d\d\b)\d[\d,]*|\b(?i:two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)(?!\s+(?:hours|days|weeks|months|years)\b))\s+(?:of\s+(?:the|them|those)\b"
    r"|(?:[a-z-]+\s+){0,2}?[a-z]+s\b)"
)
# Background convention: a place or body named in full and described in the present ("The
# Goldfields Heritage Museum occupies the former bank and drew about 31,000 visitors last
# year"), or by when it was built and what it does now, is background, whatever it counts,
# not more of what the records show.
_DESCRIBED: Final = re.compile(
    r"\W*The\s+(?:[A-Z][\w’'-]*\s+){1,5}(?:is|occupies|has|holds|houses|serves|employs|sits|stands"
    r"|lies|runs|remains)\b"
    # (or its history with what it does now: "The plant, on the Ferry Road side of the harbour,
    # was built in 1994 and serves about 900 homes")
    r"|.*?\b(?:was|were)\s+(?:built|founded|opened|established|constructed)\s+in\s+(?:the\s+)?"
    r"\d{4}s?\s+and\s+(?:now\s+)?(?:serves|houses|employs|holds|has|is)\b"
    # (or in a relative clause: "Thornwood Court, which opened in 1998, houses around 640")
    r"|\W*(?:The\s+)?(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*,\s+which\s+(?:was\s+)?(?:built|founded"
    r"|opened|established|constructed)\s+in\s+(?:the\s+)?\d{4}s?,\s+(?:now\s+)?(?:serves|houses|employs"
    r"|holds|has|is)\b"
)
# (someone's words, or a plea in court, are no more of what the records show)
_SAID_OR_PLEADED: Final = re.compile(rf"{STATEMENT.pattern}|\b(?:say|told|pleaded)\b", re.I)


# Elaboration convention: a sentence opening on some of those just named tells more of the
# same fact, not one of its own (one with a day of its own, "Two of them got their cheques
# on April 9", is a fact of its own).
_DAY_NAMED: Final = re.compile(rf"\b(?:{MONTH_OR_DAY}|yesterday\b|(?:19|20)\d\d\b)")
_OF_THEM: Final = re.compile(
    r"\W*(?:One|Some|Most|All|Two|Three|Several|Many|None|Each|Both)\s+of\s+(?:them|those|these)\b"
)


def goes_on_showing(
    showing: tuple[str, int] | None,
    by_id: Mapping[str, DraftEvent],
    sent: Sentence,
    *,
    bare: bool = True,
) -> bool:
    """Whether ``sent``, a sentence with no cue word, tells more of what records showed.

    ``showing`` is the report a sentence cited and that sentence's index. Evidence
    convention: "The logs ... show that trucks reached only nine zones. Three zones got no
    spraying at all." The next sentence of the paragraph, with no cue of its own and no
    one's words, goes on telling what the records show. One drafted as background (a
    date and no cue word, ``bare`` false) does so when it tells a thing done ("A work order
    ... was opened in May 2017"), not a state ("were among the highest in the decade").
    """
    if showing is None or showing[1] != sent.index - 1:
        return False
    if _OF_THEM.match(sent.text) and not _DAY_NAMED.search(sent.text):
        return False  # ("One of them, a 19-year-old, was kept in overnight": more of the same)
    report = by_id.get(showing[0])
    if report is None:
        return False
    if report.para != sent.para:
        # the paragraph after the one the records closed on, opening with another count
        # from them ("On some days in June, as few as 61 buses carried passengers.")
        counted = report.para + 1 == sent.para and _COUNT.search(sent.text) is not None
        told = _SAID_OR_PLEADED.search(sent.text) or _EXPLAINS.match(sent.text)
        return counted and not (told or _DESCRIBED.match(sent.text))
    if report.sentence != sent.index - 1 and not (
        _BACK.match(sent.text) or _TALLY.match(sent.text)
    ):
        # further on, only a sentence that points back ("It was closed ...") or counts on
        # ("Seventeen were auctioned before ...")
        return False
    done = _DONE.search(sent.text) or _BACK_DID.match(sent.text) or _TALLY.match(sent.text)
    if not bare and not done:
        return False
    return not (_SAID_OR_PLEADED.search(sent.text) or _EXPLAINS.match(sent.text))


class _Told(Protocol):
    otherwise: tuple[str, int] | None
    showing: tuple[str, int] | None
    last_statement: str | None
    by_id: dict[str, DraftEvent]


def _newsroom_check(state: _Told, sent: Sentence) -> DraftEvent | None:
    """The newsroom's own dated check told in the sentence before ``sent``, if any."""
    if state.otherwise is None or state.otherwise[1] != sent.index - 1:
        return None
    check = state.by_id.get(state.otherwise[0])
    if check is None or check.lane == "statement" or check.date.startswith(".."):
        return None
    return check if OUTLET_REPORTED.search(check.clause) else None


def evidence_told(
    state: _Told, sent: Sentence, made: list[DraftEvent]
) -> tuple[list[DraftEvent], list[DraftLink], tuple[str, int] | None, tuple[str, int] | None]:
    """The events of ``sent`` with what evidence told just before shows (see
    :func:`~timeline.draft.contrast.shown_otherwise`), its links, the evidence it sets
    against the account, and the report it cites for what it shows, if any."""
    checked = _newsroom_check(state, sent)
    made, links, otherwise = shown_otherwise(state.otherwise, state.last_statement, sent, made)
    pending = state.by_id.get(state.otherwise[0]) if state.otherwise else None
    if pending is not None and pending.lane == "practice":
        # more of a practice the records showed (see _BACK_DID): no practice reveals it
        links = [x for x in links if x.source != pending.id]
    if checked is not None:
        # what the newsroom found on its visit held when it looked: the check's date
        note = f"What the check told just before (dated '{checked.date}') found."
        made = [
            replace(e, date=checked.date, date_note=note)
            if e.role == "evidenced" and e.date.startswith("..")
            else e
            for e in made
        ]
    report = next((e for e in made if e.role == "report"), None)
    showing = state.showing
    shown, run_on = state.otherwise, showing is not None and state.otherwise == showing
    after_framing = showing is None and shown is not None and shown[1] == sent.index - 1
    if made[0].role == "evidenced" and shown is not None and (run_on or after_framing):
        # the run goes on: "It was closed in May 2018."; so it does after the framing
        # ("Figures released to the Courier tell a different story. In 2022 it fined ...")
        showing = (shown[0], sent.index)
    if report is not None and made[0].lane == "practice":
        showing = (report.id, sent.index)
    elif (
        report is None
        and made[0].role == "evidenced"
        and (EVIDENCE_SHOWS.search(sent.text) or ACCORDING.match(sent.text))
    ):
        # "The maintenance log records that it stopped working on 14 May. It failed again
        # on 18 July.": the records named in the sentence go on showing in the next (and so
        # do those it opens on: "According to the report, ... In 273 of those cases, ...")
        showing = (made[0].id, sent.index)
    elif len(made) == 1 and made[0].lane == "disclosure" and _SHOWS_WHY.match(sent.text):
        showing = (made[0].id, sent.index)  # "Procurement records show why." (see _SHOWS_WHY)
    elif (
        len(made) == 1
        and made[0].lane in ("disclosure", "practice")
        and (
            OUTLET_REPORTED.search(sent.text)
            or OUTLET_OBTAINED.match(sent.text)
            or _OVERSEERS_CHECKED.match(sent.text)
        )
    ):
        # the newsroom's own check ("this newspaper visited 14 of the drains") or the records
        # it obtained, or the overseers' check ("Auditors reviewed 120 vehicles sold at
        # auction"): what it found is told next ("In nine of them, silt stood a metre deep.")
        showing = (made[0].id, sent.index)
    return made, links, otherwise, showing


# Framing convention: "The court filings tell a different story.", "The audit says
# otherwise.", "Both findings sit uneasily with what the city has told the public." sets
# evidence told around it against the account and tells no fact of its own: the reporter's
# signpost, no event. A subject of a few words, with no dated aside ("The Form 483, dated
# June 19, tells ...") and nothing after the account it points to.
_FRAMING: Final = re.compile(
    # (an aside with no date may follow the subject: "The duty roster, seen by this
    # newspaper, tells another story.")
    rf"^\W*(?:(?:But|Yet|And|Still|However),?\s+)?(?:[\w’'.-]+\s+){{1,7}}?"
    r"(?:\S+,\s+[^,\d“”\"]{1,40},\s+)?(?:also\s+)?"
    # (or "The internal records read differently.", "None of this squares with what ...",
    # "That is not what the board has been telling the public.")
    # (or "That is a reversal of what senior officials told MPs in November.")
    rf"(?:{CONTRADICT_VERB.pattern}|reads?\s+differently|squares?\s+with|tells?\s+a\s+similar\s+story"
    r"|(?:is|was|marks|marked)\s+a\s+(?:(?:sharp|complete|full|stark)\s+)?(?:reversal|departure"
    r"|U-turn|climbdown|turnaround)(?=\s+(?:of|from)\s+what\b)"
    r"|(?:is|was)\s+not"
    r"(?=\s+what\s+(?:[\w’'-]+\s+){1,3}?(?:(?:has|have|had)\s+been\s+)?(?:telling|saying|told|said)\b))"
    # (and the account it points to, by what was said: "with what the city has told the public",
    # or named: "at odds with the claim of annual inspections")
    r"(?P<account>\s+(?:with\s+|to\s+|next\s+to\s+|of\s+|from\s+)?(?:what|the\s+(?:[\w’'-]+\s+)?(?:claims?"
    r"|account|assurances?|statements?))\s+[^.;:,“”\"]{1,80}?)?"
    r"(?:\s+(?:on\s+that\s+point|on\s+this|at\s+the\s+time))?\W*$",
    re.IGNORECASE,
)


# ... or the account set apart from what went on inside by where it was given: "In public,
# the message was different."
_ELSEWHERE_FRAME: Final = re.compile(
    r"^\W*(?:(?:But|Yet|And),?\s+)?(?:In\s+public|Publicly|In\s+private|Privately|Behind\s+the\s+scenes"
    r"|Behind\s+closed\s+doors|Inside),?\s+(?:though,?\s+)?the\s+(?:message|story|picture|tone|account"
    r"|line)\s+(?:was|is|had\s+been)\s+(?:very\s+|quite\s+|rather\s+|entirely\s+|markedly\s+)?"
    r"(?:different|another\s+matter)(?P<account>)\W*$",
    re.IGNORECASE,
)


def drop_framing(
    events: list[DraftEvent], links: list[DraftLink], sentences: Sequence[Sentence]
) -> tuple[list[DraftEvent], list[DraftLink]]:
    """Drop the events of the reporter's framing sentences (see ``_FRAMING``) that follow a
    fact told in the same paragraph or the one before, their links moved to that fact. One
    that stands alone, or reveals what the next sentence tells, is the evidence it names."""
    framed = {x.index: _FRAMING.match(x.text) or _ELSEWHERE_FRAME.match(x.text) for x in sentences}
    framing = {k for k, m in framed.items() if m is not None}
    # (a date in the account it points to, "what the minister told the Assembly two months
    # ago", is the account's)
    pointing = {k for k, m in framed.items() if m is not None and m.group("account")}
    # (one that reveals what the next sentence tells is the evidence it names: "The logs
    # show otherwise. On 41 nights ..."; one dated tells when its evidence came out: "A
    # state audit released Tuesday says otherwise.")
    kept_whole = {
        e.sentence
        for e in events
        if e.sentence in framing
        and (
            (not e.date.startswith("..") and e.sentence not in pointing)
            or any(k.source == e.id and k.relation == "reveals" for k in links)
        )
    }
    # (one that stands alone, the evidence named again at once by the next sentence, "The
    # city's records tell a different story. A Courier analysis of them found ...", is
    # that evidence's signpost)
    named_next = {
        e.sentence - 1: e.id for e in events if e.role == "report" and e.sentence - 1 in framing
    }
    moved: dict[str, str] = {
        e.id: named_next[e.sentence]
        for e in events
        if e.sentence in named_next and e.date.startswith("..") and e.lane == "disclosure"
    }
    before: DraftEvent | None = None  # the last fact kept
    for event in events:
        if event.id in moved:
            continue
        if (
            event.sentence in framing - kept_whole
            and before is not None
            and event.para - before.para <= 1
        ):
            moved[event.id] = before.id
        elif event.lane in ("practice", "disclosure"):
            before = event
        else:
            before = None if event.sentence in framing else before
    # (a date in the account it points to dates that account, told next with none of its
    # own: "That is a reversal of what officials told MPs in November. ... Rotich said")
    dated = {e.sentence + 1: e for e in events if e.id in moved and e.sentence in pointing}
    events = [
        replace(e, date=dated[e.sentence].date, date_note=_POINTED_NOTE)
        if e.sentence in dated
        and e.lane == "statement"
        and e.date.startswith("..")
        and not dated[e.sentence].date.startswith("..")
        else e
        for e in events
    ]
    return merged(events, links, moved)


_POINTED_NOTE: Final = "The sentence before, pointing to this account, dates it."
