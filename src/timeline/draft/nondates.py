"""Dates a sentence names that date no event: a programme, what was asked, a weekly day."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from typing import Final

from timeline.dates import Found, resolve
from timeline.dates.words import WEEKDAY_NAMES
from timeline.draft.quotes import quote_spans
from timeline.draft.splits import source_notes
from timeline.draft.words import QUESTION

__all__ = ["inside", "is_relative", "usable_dates"]

_PROBES: Final = (datetime.date(2001, 3, 14), datetime.date(2003, 8, 20))
"""Two publication dates far apart: a phrase that resolves the same against both is absolute."""
_SHOW: Final = re.compile(
    r"^\W{0,2}\s*(?:show|program(?:me)?|broadcast|segment)\b"
    # "records released Monday show that ...": the verb, not a programme
    r"(?!\s+(?:that|the|a|an|how|what|who|his|her|its|their)\b)",
    re.IGNORECASE,
)
_THE_BEFORE: Final = re.compile(
    r"\b(?:the|NBC’s|NBC's|CBS’s|CBS's|ABC’s|ABC's|Fox’s|Fox's)\W{0,2}\s*$", re.IGNORECASE
)
# A weekday that qualifies a plural noun names a day of every week, no date: "Friday afternoon
# hearings made up a quarter of the docket" (not "Friday, officials said", "on Friday morning")
_WEEKDAY_FIRST: Final = re.compile(rf"^(?:{'|'.join(WEEKDAY_NAMES)})\b(?!,)", re.IGNORECASE)
_WEEKLY: Final = re.compile(
    r"\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:hearings|dockets|sessions|shifts|games"
    r"|meetings|services|classes"
    r"|markets|clinics|courts|flights|prayers|sittings|runs|collections|closures?|openings?)\b"
)
# ... and one counted among others, or none, names no day: "On one Saturday in September,
# ...", "no Friday service has been booked since 27 September"
_SOME_DAY: Final = re.compile(
    r"\b(?:one|a|another|some|each|every|no|any)\s+(?:other\s+)?$", re.IGNORECASE
)
# A season named bare before a noun qualifies it ("winter land application of whey",
# "summer school classes"); it names no season of a year.
_SEASON: Final = re.compile(r"(?i:winter|summer|spring|autumn|fall)")
_NOUN_AFTER: Final = re.compile(r"\s+(?!(?:of|in|to|and|or|when|after|before|the|a|an)\b)[a-z]{3,}")
# A part of "the" period, set after "at", comes round each time: "told to fill out the log
# sheets at the end of the month" (not "by the end of the month", a deadline)
_HABITUAL: Final = re.compile(
    r"(?i:the\s+(?:end|start|beginning|middle|close)\s+of\s+the\s+(?:month|week|day|shift|quarter))"
)
_AT_BEFORE: Final = re.compile(r"\bat\s+$", re.IGNORECASE)
# Example convention: what comes after "such as" is a kind of thing, named by an instance:
# "12 events a year, such as high school championships and the Fourth of July fireworks"
_SUCH_AS: Final = re.compile(r"\bsuch\s+as\b[^;:.“”\"]*$", re.IGNORECASE)
# Naming convention: a year set before a noun that a verb or a preposition governs names that
# thing ("the committee reviewing the 2022 election", "funds for the 2023 season"), no time
# of the clause's own event (a year set first, "the 2016 audit found", dates its subject).
_THING_OF_YEAR: Final = re.compile(
    r"\b(?:[a-z]{3,}ing|for|of|about|into|over|on|from)\s+(?:the|its|their|this|that)\s+$"
)
_YEAR_THEN_NOUN: Final = re.compile(r"(?:19|20)\d\d\s+(?!to\b|and\b|or\b|through\b)[a-z]")
# Comparison convention: the time of what a figure is measured against ("struck 9,412 voters
# — more than the county had removed in 2019 and 2020 combined", "compared with 11 in 2021")
# is the yardstick's, no time of the event (not a quantity: "more than 400 people in March").
_COMPARED: Final = re.compile(
    r"\b(?:(?:more|fewer|less|higher|lower|greater|larger|smaller)\s+than\s+(?!(?:about|nearly"
    r"|almost|some|a|an|one|two|three|four|five|six|seven|eight|nine|ten|half|double|twice|\w+ed)\b|\d|[$£€₹])"
    r"|compared\s+(?:with|to)\s+(?:the|its|their|those|that|what)\b)[^;:.“”\"]*$",
    re.IGNORECASE,
)
# Deadline convention: the day an order sets for the answer ("ordered the ministry to file a
# fresh affidavit by March 31", "has given the operator until 30 November to submit a plan")
# is the deadline, not when the order was given.
_ORDERED_BY: Final = re.compile(
    r"\b(?:order(?:ed|s)|direct(?:ed|s)|requir(?:ed|es)|instruct(?:ed|s)|told|asked)\s+"
    r"[^;:“”\"]{1,80}?\bto\s+[a-z]+\b[^;:“”\"]{0,60}?\b(?:by|before)\s+$",
    re.IGNORECASE,
)
_GIVEN_UNTIL: Final = re.compile(
    r"\b(?:giv(?:en|ing|es|e)|gave)\s+(?:[\w’'-]+\s+){1,3}?(?:until\s+)?$", re.IGNORECASE
)
_TO_VERB: Final = re.compile(r",?\s+to\s+[a-z]+\b")
_UNTIL: Final = re.compile(r"\buntil\b", re.IGNORECASE)
# Question convention: what a speaker was asked about ("Asked whether there had been any
# downtime in the quarter, he said") is the question's subject; a date in it dates neither
# the question nor the answer ("Asked about the papers last week, she said": the asking).
_ASKED_ABOUT: Final = re.compile(
    rf"^(?:(?:But|And|Yet|So|Also|Still),?\s+)?{QUESTION}\b[^,“”\"]{{0,60}}?"
    r"(?P<what>\b(?:whether|if|why|how|what|who)\b"
    # ... or the account it asks about, dated by its own occasion: "Asked about his
    # remarks in March, he said" (not "Asked about the papers last week": the asking)
    r"|\babout\s+(?:his|her|their|its|the)\s+(?:[\w’'-]+\s+)?(?:remarks|statements?|comments"
    r"|claims?|assurances?|promises?|pledges?|testimony|words|tweets?|posts?|letter|figures?)"
    r"\s+(?=(?:in|on|at|from|during)\b)"
    # ... or dated before its noun: "Asked about the April memo, Nadeau said"
    r"|\babout\s+(?:his|her|their|its|the)\s+(?=(?-i:[A-Z][a-z]+\.?(?:\s+\d{1,2})?|\d{4})\s+(?-i:[a-z])))"
    r"[^,“”\"]{0,160},\s+",
    re.IGNORECASE,
)


def inside(a: int, b: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``[a, b)`` lies within one of ``spans``."""
    return any(sa <= a and b <= sb for sa, sb in spans)


def is_relative(text: str) -> bool:
    """Whether a date phrase is read against the publication date ("tomorrow", "Monday").

    Resolved against two publication dates years apart, an absolute date ("Nov. 11,
    2019") gives the same span both times; a relative one does not.
    """
    spans = []
    for probe in _PROBES:
        try:
            res = resolve(text, probe)
        except ValueError:
            return False
        spans.append(None if res is None else (res.start, res.end))
    return spans[0] != spans[1]


def usable_dates(s: str, found: Sequence[Found], offset: int) -> list[Found]:
    """The dates of sentence ``s`` that can date an event; ``offset`` places ``s`` in ``found``.

    Conventions of news copy remove a date the finder reports:

    - Quoted words keep the speaker's own time frame: "tomorrow" in a quoted email means
      the day after the email, not after publication. A relative date inside quotation
      marks is not read against the publication date, so it is left out.
    - Titles of shows and programmes are set in quotation marks ("the 'Today' show"): a
      date word that is the whole quotation, or is followed by "show", names a programme.
    - What a speaker was asked about (see ``_ASKED_ABOUT``) dates neither the question
      nor the answer.
    - A source's credentials are no event: "a former employee, who worked there until
      June, said" dates what the source says no more than the source's job.
    - A weekday that qualifies a plural noun ("Friday afternoon hearings") is a day of
      every week, and one counted among others ("one Saturday in September") no day.
    - An example named after "such as" (see ``_SUCH_AS``) is a kind of thing, not a time,
      and what a figure is compared with (see ``_COMPARED``) has a time of its own.
    - The day an order sets for the answer (see ``_ORDERED_BY``) is its deadline.
    """
    quotes = quote_spans(s)
    notes = source_notes(s)
    asked = _ASKED_ABOUT.match(s)
    out: list[Found] = []
    for f in found:
        a, b = f.start - offset, f.end - offset
        if any(na <= a and b <= nb for na, nb in notes):
            continue
        if asked is not None and asked.start("what") <= a and b <= asked.end():
            continue  # "Asked whether there was downtime in the quarter, he said": asked about
        whole_quote = any(qa >= a - 1 and qb <= b + 1 and qa <= a + 1 for qa, qb in quotes)
        named_show = _SHOW.match(s[b:]) and _THE_BEFORE.search(s[:a])
        if named_show or (whole_quote and _SHOW.match(s[b + 1 :])):
            continue
        if inside(a, b, quotes) and is_relative(f.text):
            continue
        if _WEEKLY.match(s, b) and _WEEKDAY_FIRST.match(f.text):
            continue  # "Friday afternoon hearings", "Monday night games": a day of every week
        if _SOME_DAY.search(s, 0, a) and _WEEKDAY_FIRST.match(f.text):
            continue  # "On one Saturday in September": a day of that month, not last Saturday
        if _HABITUAL.fullmatch(f.text) and _AT_BEFORE.search(s, 0, a):
            continue  # "fill out the log sheets at the end of the month": every month
        if _SEASON.fullmatch(f.text) and _NOUN_AFTER.match(s, b):
            continue  # "ended winter land application": a kind of work, no time
        if _SUCH_AS.search(s, 0, a):
            continue  # "events such as the Fourth of July fireworks": an example, no time
        if _YEAR_THEN_NOUN.match(s, a) and _THING_OF_YEAR.search(s, 0, a):
            continue  # "reviewing the 2022 election": the thing's name
        given = _UNTIL.search(s, max(0, a - 7), b) and _GIVEN_UNTIL.search(s, 0, a)
        if _ORDERED_BY.search(s, 0, a) or (given and _TO_VERB.match(s, b)):
            continue  # "ordered it to file an affidavit by March 31": the deadline
        if _COMPARED.search(s, 0, a):
            continue  # "more than it had removed in 2019": the yardstick's time
        out.append(f)
    return out
