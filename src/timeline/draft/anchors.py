"""Dates told from another: "the day after the shooting", "since the contract began in 2016"."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from timeline.dates import Found
from timeline.dates.words import NUMBER_WORDS, WEEKDAY_NAMES

__all__ = [
    "DATES_THE_LAST",
    "INCIDENT_GENERIC",
    "INCIDENT_NOUN",
    "UNTIL",
    "Anchor",
    "AnchoredDate",
    "anchored_date",
    "counted_from",
    "incident_dates",
    "incident_told",
]

# "That depiction was Wednesday.", "The news conference was held on Jan. 13, 2016.": a
# sentence that only dates what the story has just told; not one told again ("The same
# pledge was made last year": another pledge, an event of its own).
DATES_THE_LAST: Final = re.compile(
    r"^\W*(?:That|This|The|Those|These)\s+(?!(?:same|similar)\b)(?:[\w’'-]+\s+){0,2}?(?:was|were|came|happened"
    r"|took\s+place)(?:\s+held)?(?:\s+on)?\s+"
    # (not a deed told in the passive with its agent: "The memo was seen by this newspaper")
    r"(?!(?:[a-z]+(?:ed|en|wn)|seen)\s+by\b)[^,;]{2,40}?[.!]?\s*$"
)
# Incidents a story dates once and then names by their noun ("the Feb. 14 shooting" ...
# "the day after the shooting").
INCIDENT_NOUN: Final = (
    r"shooting|arrest|raid|attack|crash|killing|beating|stabbing|bombing|explosion|fire"
    r"|collapse|assault|storm|hurricane|flood|earthquake|election|vote|hearing|trial|verdict"
    r"|ruling|indictment|arraignment|rally|protest|riot|strike|meeting|debate|interview"
    r"|inauguration|announcement|traffic\s+stop|stop|death|visit|broadcast|spill|outbreak"
    r"|warning|tornado|concert|outage|blackout|festival"
    # the accidents and failures an accountability story turns on
    r"|leak|capsizing|sinking|derailment|collision|landslide|blaze|drowning|overdose|escape"
    r"|evacuation|poisoning|breach|cyberattack|hack|shutdown|walkout|eviction|crush|stampede"
    r"|blast|diversion|near-miss|derailment"
)
INCIDENT_GENERIC: Final = r"incident|encounter|episode|confrontation|event"

# "the Feb. 14 shooting", "the Jan. 6 attack": a date set before the noun as its modifier.
_NOUN_AFTER: Final = re.compile(rf"\s+(?:[a-z]+\s+)?({INCIDENT_NOUN})\b", re.IGNORECASE)
# "the arrest the night of January 7", "the shooting on Feb. 14", "the raid of March 3",
# "The fire, on March 9, killed": the date set after the noun, or set off by commas.
_NOUN_BEFORE: Final = re.compile(
    # ... perhaps with where it was between: "a public meeting in Merritt on March 22"
    rf"\b({INCIDENT_NOUN}),?\s+(?:(?:in|at|near|outside)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){{1,3}})?"
    r"(?:on\s+|of\s+)?"
    r"(?:(?:on\s+)?the\s+(?:night|morning|afternoon|evening)\s+of\s+)?$",
    re.IGNORECASE,
)
# ... or told as happening then: "The crush occurred around 7.15 p.m. on August 27"
_HAPPENED: Final = r"occurred|happened|took\s+place|broke\s+out"
_NOUN_HAPPENED: Final = re.compile(
    rf"\b({INCIDENT_NOUN})\s+(?:{_HAPPENED})\s+(?:(?:at|around"
    r"|about)\s+[\d.:]+\s*(?:a\.m\.|p\.m\.|am|pm)?\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
_OFFSET: Final = re.compile(
    r"\b(?:(?:(?:the|that)\s+(?P<unit>day|night|morning|afternoon|evening)"
    r"|(?P<hours>(?:hours|minutes))"
    rf"|(?P<n>\d+|{'|'.join(NUMBER_WORDS)})\s+(?P<span>days?|weeks?))"
    r"\s+(?P<dir>after|before|following)"
    # "the night of the arrest", "told the crowd at the meeting": the incident's own day
    r"|(?:the|that)\s+(?:day|night|morning|afternoon|evening)\s+(?P<same>of)|(?P<at>at|during))"
    # the noun perhaps with its date before it: "hours after the March 9 shooting"
    r"\s+(?:the|his|her|their|its)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+)?(?:[a-z]+\s+)?"
    rf"(?P<noun>{INCIDENT_NOUN}|{INCIDENT_GENERIC})\b",
    re.IGNORECASE,
)
# "a man arrested outside a store on Aug. 12": the incident told by its verb, then dated.
_PARTICIPLES: Final = {
    "arrested": "arrest",
    "raided": "raid",
    "shot": "shooting",
    "killed": "killing",
    "beaten": "beating",
    "stabbed": "stabbing",
    "attacked": "attack",
    "stopped": "stop",
    "crashed": "crash",
    "assaulted": "assault",
    "fired": "shooting",  # "fired three shots at 9:14 p.m. on Sept. 3"
    "diverted": "diversion",
    "evacuated": "evacuation",
    "derailed": "derailment",
    "capsized": "capsizing",
}
_DONE_BEFORE: Final = re.compile(
    rf"\b({'|'.join(_PARTICIPLES)})\b(?:\s+[\w’'.:-]+){{0,6}}?\s+(?:on\s+)?$", re.IGNORECASE
)
# ... or dated first and told by its verb after "and": "abandoned two approaches on March 9
# and diverted to Port Hedland"
_DONE_AFTER: Final = re.compile(
    rf"\s+and\s+(?:then\s+)?({'|'.join(_PARTICIPLES)})\b", re.IGNORECASE
)
_GENERIC: Final = re.compile(INCIDENT_GENERIC, re.IGNORECASE)
# "that Sunday", "the same Friday": the weekday of a day the story has dated
_THAT_WEEKDAY: Final = re.compile(
    rf"\b(?:that|the\s+same)\s+({'|'.join(WEEKDAY_NAMES)})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Anchor:
    """An incident the article dates: its noun, the day, the article's words and paragraph."""

    noun: str
    day: datetime.date
    words: str
    para: int


@dataclass(frozen=True)
class AnchoredDate:
    """A day told from an incident, with the phrase that told it."""

    day: datetime.date
    phrase: str
    anchor: Anchor


def _noun(word: str) -> str:
    return word.lower()


def incident_dates(
    found_by_para: Mapping[int, Sequence[Found]], paras: Mapping[int, str]
) -> dict[str, Anchor]:
    """The incidents the article dates to a single day, by noun ("shooting", "arrest").

    News convention: the story dates its central incident once ("the Feb. 14 shooting",
    "the arrest the night of January 7", "a man arrested outside a store on Aug. 12") and
    then refers back to it by its noun alone.
    The first dating of each noun is kept.
    """
    out: dict[str, Anchor] = {}
    for para in sorted(paras):
        text = paras[para]
        for f in found_by_para.get(para, ()):
            res = f.resolution
            if res.precision != "day" or res.start is None or res.start != res.end:
                continue
            m = (
                _NOUN_AFTER.match(text, f.end)
                or _NOUN_BEFORE.search(text, max(0, f.start - 60), f.start)
                or _DONE_BEFORE.search(text, max(0, f.start - 60), f.start)
                or _NOUN_HAPPENED.search(text, max(0, f.start - 60), f.start)
                or _DONE_AFTER.match(text, f.end)
            )
            if m is not None:
                noun = _noun(_PARTICIPLES.get(m.group(1).lower(), m.group(1)))
                out.setdefault(noun, Anchor(noun, res.start, f.text, para))
    return out


def anchored_date(text: str, anchors: Mapping[str, Anchor]) -> AnchoredDate | None:
    """The day ``text`` tells from a dated incident ("the day after the arrest"), if any.

    Sequence convention: "the day after", "hours after", "two days before" the incident
    count from the incident's own date; "the night of the arrest" is that date. A general
    noun ("the incident", "the encounter") refers back to the article's incident when it
    dates exactly one.
    """
    same_day = _THAT_WEEKDAY.search(text)
    if same_day is not None:
        # "issued at 9:11 p.m. that Sunday": the one incident day the story dated that
        # fell on that weekday
        weekday = WEEKDAY_NAMES.index(same_day.group(1).lower())
        on_it = {a.day: a for a in anchors.values() if a.day.weekday() == weekday}
        if len(on_it) == 1:
            ((day, first),) = on_it.items()
            return AnchoredDate(day, same_day.group(0), first)
    for m in _OFFSET.finditer(text):
        noun = _noun(m.group("noun"))
        anchor = anchors.get(noun)
        if anchor is None and _GENERIC.fullmatch(noun) and len(anchors) == 1:
            anchor = next(iter(anchors.values()))
        if anchor is None:
            continue
        if m.group("same") or m.group("at"):
            days = 0
        elif m.group("unit"):
            days = 1
        elif m.group("hours"):
            days = 0
        else:
            word = m.group("n").lower()
            n = NUMBER_WORDS[word] if word in NUMBER_WORDS else int(word)
            days = n * (7 if m.group("span").lower().startswith("week") else 1)
        sign = -1 if (m.group("dir") or "").lower() == "before" else 1
        return AnchoredDate(anchor.day + datetime.timedelta(days=sign * days), m.group(0), anchor)
    return None


# Duration convention: "has not fined the company once since the contract began in 2016"
# holds from the day the beginning is dated until the story ran.
_SINCE_BEGUN: Final = re.compile(
    r"\bsince\s+(?:[\w’'-]+\s+){1,5}?(?:began|started|opened|took\s+(?:over|office)"
    r"|was\s+(?:signed|elected|appointed|awarded))\s+(?:in\s+|on\s+)?$",
    re.IGNORECASE,
)

UNTIL: Final = re.compile(r"^until\s+", re.IGNORECASE)
_COUNT: Final = rf"\d{{1,2}}|{'|'.join(NUMBER_WORDS)}"
_SPAN_FROM: Final = re.compile(
    rf"\b(?:over|for|during|in)\s+(?:the\s+)?(?P<n>{_COUNT})\s+(?P<unit>days|weeks)\s+"
    r"(?:starting|beginning|from)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_DAYS_AFTER: Final = re.compile(
    rf"\b(?P<n>{_COUNT})\s+(?P<unit>days|weeks)\s+"
    r"(?P<dir>after|before)\s+(?:the|his|her|their|its)\s+(?:[\w’'-]+\s+){1,6}?(?:on\s+)?$",
    re.IGNORECASE,
)
_ON_THEN_NOT: Final = re.compile(
    r",?\s+(?:and|but)\s+(?:was\s+|were\s+|had\s+)?(?:not|never)\s+(?:[\w’'-]+\s+){1,4}",
    re.IGNORECASE,
)


def counted_from(
    in_clause: Sequence[Found], s: str, offset: int, pub: datetime.date
) -> tuple[str, str] | None:
    """The date and note of a clause its days count from: a span, or a day counted on.

    Duration convention: "was disabled on Jan. 29 and not restored until Oct. 3" held from
    the first day to the second; "Over two weeks starting Jan. 27, reporters visited ..."
    spans the days from the day named; "two days after the drop on 22 August" is the day
    counted on from it. ``in_clause`` holds the clause's dates, at ``offset`` in ``s``; a
    state held since a beginning (see ``_SINCE_BEGUN``) lasts until ``pub``.
    """
    if (
        len(in_clause) == 2
        and UNTIL.match(in_clause[1].text)
        and _ON_THEN_NOT.fullmatch(s, in_clause[0].end - offset, in_clause[1].start - offset)
    ):
        first = in_clause[0].resolution.edtf.split("/")[0]
        last = in_clause[1].resolution.edtf.split("/")[-1]
        return f"{first}/{last}", f"From {in_clause[0].text} {in_clause[1].text}."
    if len(in_clause) == 1 and _SINCE_BEGUN.search(s, 0, in_clause[0].start - offset):
        first = in_clause[0].resolution.edtf.split("/")[0]
        note = f"Held since the start dated '{in_clause[0].text}', until publication."
        return f"{first}/{pub.isoformat()}", note
    day = in_clause[0].resolution.start if len(in_clause) == 1 else None
    if day is None or in_clause[0].resolution.precision != "day":
        return None
    before = s[: in_clause[0].start - offset]
    m = _SPAN_FROM.search(before) or _DAYS_AFTER.search(before)
    if m is None:
        return None
    word = m.group("n").lower()
    n = NUMBER_WORDS[word] if word in NUMBER_WORDS else int(word)
    days = n * (7 if m.group("unit").lower().startswith("week") else 1)
    if m.re is _SPAN_FROM:
        end = day + datetime.timedelta(days=days - 1)
        return f"{day.isoformat()}/{end.isoformat()}", f"{days} days from {in_clause[0].text}."
    sign = -1 if m.group("dir").lower() == "before" else 1
    told = day + datetime.timedelta(days=sign * days)
    return told.isoformat(), f"{m.group(0).strip()} {in_clause[0].text}: counted from that day."


# Incident convention: the accident or death a story turns on, told as what happened ("The
# blast took place around 3am on January 14", "The east grandstand gave way about 8:40 p.m.",
# "The crush occurred on August 27"), is the occasion of the story, context: the practice
# is what the body did or failed to do around it.
_INCIDENT_TOLD: Final = re.compile(
    rf"^\W*(?:The|A|An|That|This)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{INCIDENT_NOUN}|grandstand|stand"
    r"|bleachers|roof|ceiling|wall|bridge|dam|embankment|balcony|stage)\s+(?:[^,;“”\"]{0,40}?\s+)?"
    rf"(?:{_HAPPENED}|gave\s+way|collapsed|caved\s+in)\b"
    # ... or the death the story turns on: "Ruiz was found unresponsive in a single-occupancy
    # cell", "Hundreds of dead brown trout were found along the river"
    r"|^\W*(?:(?-i:[A-Z])[\w’'-]+\s+){0,2}(?-i:[A-Z])[\w’'-]+(?:\s+\(\d+\)|,\s+\d{1,3},)?\s+was\s+found"
    r"\s+(?:dead|unresponsive|unconscious)\b|^\W*(?:\w+\s+){0,3}?dead\s+(?:[\w-]+\s+){0,5}?(?:were|was)\s+found\b",
    re.IGNORECASE,
)


def incident_told(clause: str) -> bool:
    """Whether ``clause`` tells the incident as what happened (see ``_INCIDENT_TOLD``)."""
    return _INCIDENT_TOLD.match(clause) is not None
