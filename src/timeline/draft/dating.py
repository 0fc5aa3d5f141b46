"""Which of a sentence's dates dates each event drawn from it."""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Final

from timeline.dates import FIRST_DATE, LAST_DATE, Found, find, resolve
from timeline.dates.words import ORDERED_ACTS
from timeline.draft.anchors import UNTIL, counted_from
from timeline.draft.cells import NAMES_A_THING, date_column, undated, year_to
from timeline.draft.clauses import Clause
from timeline.draft.corrections import IN_CORRECTION
from timeline.draft.evidence import EVIDENCE_SHOWS
from timeline.draft.nondates import inside
from timeline.draft.occasions import (
    at_the_meeting,
    at_the_time,
    said_before,
    said_where,
    same_time,
    time_set_first,
)
from timeline.draft.promises import TOLD_STEP
from timeline.draft.quotes import quote_spans
from timeline.draft.sentences import Sentence, unfurnished
from timeline.draft.splits import CAME_AFTER
from timeline.draft.spoken import YEAR_NAMES, bare_time, claim_told_on, said_date
from timeline.draft.words import LEAD_PHRASE, RELEASE_VERB, STATEMENT

__all__ = [
    "Around",
    "came_after",
    "clause_date",
    "clause_dates",
    "date_for",
    "dates_by_paragraph",
    "entry_label",
    "labelled",
    "nearby_date",
    "pick_date",
    "released_on",
    "written_on",
]

_RELEASED_ON: Final = re.compile(
    rf"(?:{RELEASE_VERB.pattern}|\b(?:sent|mailed|e-?mailed))\s+"
    # (where, or before whom: "laid in the National Assembly last Thursday")
    # (or to whom, as they are called: "a letter sent to parents on Tuesday")
    r"(?:(?:in|before|to|at|with)\s+(?:the\s+)?(?-i:[A-Z][\w’'-]*\s+){1,4}|to\s+(?:all\s+|its\s+|their\s+)?(?-i:[a-z][\w’'-]*\s+){1,2})?"
    # (and in which town: "filed at the High Court in Harare on 22 August")
    r"(?:in\s+(?-i:[A-Z][\w’'-]*\s+){1,2})?"
    r"(?:(?:on|in|late|early|last|this)\s+){0,2}$",
    re.IGNORECASE,
)

# what a record covers: "the report on the accounts for 2020", "its report for the year"
_COVERS: Final = re.compile(r"\b(?:report|accounts?|audit|review)\b[^,;]{0,50}\bfor\s+(?:the\s+)?$")
# "..., announcing Friday that ...", "acknowledged Monday": a verb of telling, then the day.
_ANNOUNCED_ON: Final = re.compile(
    r"\b(?:announc(?:ed|es|ing)|acknowledg(?:ed|es|ing)|admitt(?:ed|ing)|conced(?:ed|es|ing)|reveal(?:ed|s|ing)|confirm(?:ed|s|ing)|disclos(?:ed|es|ing)|said|says|saying)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def released_on(before: str) -> bool:
    """Whether a date that follows ``before`` is a release's ("a report released late ___")."""
    return _RELEASED_ON.search(before) is not None


_RECORD_NOUN: Final = re.compile(
    r"\s+(?:e-?mail|memo|letter|text(?:\s+message)?|message|note|report|minutes|filing)\b",
    re.IGNORECASE,
)


_COUNTED: Final = re.compile(r"\b(?:later|earlier|afterwards?|after|before)$", re.IGNORECASE)


# (see pick_date: a time clause before a date, a noun's participle before one)
_WHEN_THEN: Final = re.compile(
    r"\bwhen\s+(?:[\w’'-]+\s+){1,5}?(?:[a-z]+ed|saw|went|came|took|found)\b(?:\s+[\w’'-]+){0,3}?"
    r"\s+(?:(?:on|in|between|during|from)\s+)?$"
)
_MODIFIER_THEN: Final = re.compile(
    r"(?:\b[a-z]{3,}s\s+(?:[a-z]+ed|built|made|bought|set\s+up)"
    r"|\bwhere\s+(?:[\w’'-]+\s+){1,5}?(?:[a-z]+ed|began|broke))\s+(?:(?:since|in|from|on)\s+)?$"
    # (or a date set before its noun like an adjective: "bought a 2016 Mazda on July 14",
    # "posted a correction to its 2022 annual report last Friday")
    r"|\b[Aa]n?\s+$|\w[’']s\s+$|\b(?:its|their|his|her)\s+$"
    # (or one in the subject's appositive: "The council, a body set up in 2016, yesterday",
    # "Heartland, founded in 1998, has"; not a release: "a report ..., published last Thursday,")
    r"|,\s+(?:an?\s+(?:[\w’'-]+\s+){0,4}?)?(?!(?:published|released|issued|posted|tabled|filed)\b)(?:[a-z]+ed|built|set\s+up)\s+(?:(?:since|in|from|on)\s+)?$"
)


def _names_year(s: str, at: int) -> bool:
    """Whether the date at ``at`` is a year that names a thing: "the 2025 date"."""
    return YEAR_NAMES.match(s, at) is not None and NAMES_A_THING.search(s, 0, at) is not None


_MOVED: Final = re.compile(
    r"\b(?:moved|shifted|pushed\s+back|put\s+back|deferred|postponed|brought\s+forward"
    r"|changed|switched)\s+$"
)


_OF_THE_THING: Final = re.compile(
    # (also the last of a list: "Asked on Monday about the tracking sheet and the July memo")
    # (or what it is for: "Ballots for the Nov. 2 general election were mailed Friday", not
    # a day set: "scheduled for the March 3 meeting")
    r"\b(?:into|about|of|from|(?<!scheduled\s)(?<!set\s)(?<!slated\s)(?<!planned\s)(?<!due\s)for)"
    r"\s+(?:[^,;.“”\"]{1,60}?\s(?:and|or)\s+)?(?:the|its|his|her|their)\s+$",
    re.IGNORECASE,
)


def pick_date(found: Sequence[Found], s: str, a: int, b: int, offset: int, lane: str) -> int | None:
    """Index in ``found`` of the date that dates the event drawn from ``s[a:b]``.

    Attribution convention: the time element of a statement sits next to its speech verb
    ("said Wednesday", "tweeted Monday that"), while dates in what was said belong to
    what it describes. So a statement takes the date nearest after its speech verb;
    any other event takes its clause's first date outside a quotation, then its first.
    """
    quotes = quote_spans(s)
    outside = [
        k for k, f in enumerate(found) if not inside(f.start - offset, f.end - offset, quotes)
    ]
    # (a day that names the noun after it, in a phrase of its own: "an investigation into
    # the August injury" dates the injury, not the event)
    things = [k for k in outside if _OF_THE_THING.search(s, a, max(a, found[k].start - offset))]
    outside = [k for k in outside if k not in things]
    # Count convention: "Four weeks later, at the board's Sept. 27 meeting,": a count of
    # time and the day it comes to, set together, name one time; the day is the exact one
    if len(outside) > 1 and _COUNTED.search(found[outside[0]].text):
        then = found[outside[1]]
        if re.search(r"\d", then.text) and then.start - found[outside[0]].end < 40:
            return outside[1]
    # (words said, conceded or told as a step are dated by their saying: see said_date)
    decided, k = said_date(found, s, (a, b), offset, outside, lane)
    if decided:
        return k
    opening = LEAD_PHRASE.match(s, a)
    if (
        opening is not None
        and opening.end() > a
        and not bare_time(found, s, a, opening.end(), offset)
    ):
        # Lead convention: a phrase set before the subject ("In a new twist in the 2020 Census
        # fight, ...") frames the news; a date in it names what it is about, not the event.
        after = [k for k in outside if found[k].start - offset >= opening.end()]
        # "In a July 2022 memo to Haines, ...": the record's date is when it was written (or
        # "In a report released on Tuesday", "In a correction posted Tuesday": when it came out)
        corrected = lane == "disclosure" and IN_CORRECTION.match(s, a) is not None
        record = [
            k
            for k in outside
            if k not in after
            and (
                _RECORD_NOUN.match(s, found[k].end - offset)
                or corrected
                or (lane == "disclosure" and released_on(s[: found[k].start - offset]))
            )
        ]
        if record:
            return record[0]
        if after:
            outside = after
    if len(outside) > 1 and _MOVED.search(s, a, found[outside[0]].start - offset):
        # Change convention: "was moved from 2022-23 to 2024-25 in January": the years are
        # what was moved; the time told after them dates the move
        return outside[1]
    when = [k for k in outside[1:] if _WHEN_THEN.search(s, a, found[k].start - offset)]
    later = [k for k in outside[1:] if not _MODIFIER_THEN.search(s, a, found[k].start - offset)]
    if (when or later) and _MODIFIER_THEN.search(s, a, found[outside[0]].start - offset):
        # Time-clause convention: "plants installed since 2015 were idle when auditors
        # visited them in March" (or "near where the fire started on June 14"): a date
        # qualifying a noun tells of it; the "when" clause or the verb's date, of the fact.
        return (when or later)[0]
    told = STATEMENT.search(s, a, b) if lane == "practice" and len(outside) > 1 else None
    first = found[outside[0]].start - offset if outside else 0
    if told is not None and first < told.start() and not (opening and first < opening.end()):
        # Witness convention: what witnesses told of ("residents interviewed last week said the
        # only help came on April 15") is dated by its own time, not by when they told it
        after = [k for k in outside if found[k].start - offset > told.end()]
        if after:
            return after[0]
    if lane == "disclosure":
        # (a time set first is the deed's: "Last week, the Standard compared the register ...")
        if outside and opening is not None and found[outside[0]].end - offset <= opening.end():
            return outside[0]
        # Disclosure convention: a report or video is dated by its release ("a report
        # released late Thursday"), not by the events it is about ("after the Sept. 11 attacks").
        released = [k for k in outside if released_on(s[: found[k].start - offset])]
        if released:
            return released[0]
        # "..., announcing Friday that a review found": the day of the announcement.
        announced = [k for k in outside if _ANNOUNCED_ON.search(s[: found[k].start - offset])]
        if announced:
            return announced[0]
    return outside[0] if outside else None if things else 0


_AND_ONLY: Final = re.compile(r"[\s,”\"]*and\s+")


def clause_dates(found: Sequence[Found], s: str, clause: Clause, offset: int) -> list[Found]:
    """A clause's dates with the one that dates its event first (see :func:`pick_date`),
    or none when none of them does."""
    if not found:
        return []
    lane = "disclosure" if clause.role == "release" else clause.lane  # dated by its release
    first = pick_date(found, s, clause.start, clause.end, offset, lane)
    return [] if first is None else [found[first], *found[:first], *found[first + 1 :]]


def nearby_date(
    found: Sequence[Found], sentences: Sequence[Sentence], sent: Sentence
) -> str | None:
    """A date named in the sentence before ``sent`` in the same paragraph."""
    prev = sentences[sent.index - 1] if sent.index > 0 else None
    if prev is None or prev.para != sent.para:
        return None
    for f in found:
        if f.start >= prev.start and f.end <= prev.end:
            return f.text
    return None


def dates_by_paragraph(paras: Mapping[int, str], pub: datetime.date) -> dict[int, list[Found]]:
    """Each paragraph's dates, with offsets into that paragraph, found in the story read
    in order.

    Narrative convention: "The following month" or "The next day" opening a paragraph
    counts from the date the story named last, in the paragraph before it or earlier;
    so the finder reads the paragraphs as one text, not one by one. A date beyond those a
    case can hold ("manuscripts from the 17th century") is left out: it dates no event.
    """
    numbers = sorted(paras)
    starts: list[int] = []
    joined = ""
    for n in numbers:
        starts.append(len(joined))
        joined += paras[n] + "\n\n"
    out: dict[int, list[Found]] = {n: [] for n in numbers}
    for f in find(joined, pub):
        when = f.resolution
        if (when.start or FIRST_DATE) < FIRST_DATE or (when.end or LAST_DATE) > LAST_DATE:
            continue  # beyond the dates a case holds ("the 17th century"): it dates no event
        k = bisect.bisect_right(starts, f.start) - 1
        out[numbers[k]].append(replace(f, start=f.start - starts[k], end=f.end - starts[k]))
    return out


def _undated_note(pub: datetime.date, nearby: str | None, other: str | None) -> str:
    note = (
        f"Inferred: the article gives no date for this, so it is bounded by publication "
        f"({pub.isoformat()}): on or before that day."
    )
    if other:
        note += f" The sentence's date, '{other}', belongs to another event in it."
    if nearby:
        note += f" A nearby sentence says '{nearby}': check whether it applies."
    return note


# Record convention: a record made at the time (an e-mail, a memo, minutes, a log) shows what
# was done when written: "E-mails from March 2019 show that ..." dates what they show.
_RECORD_FIRST: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:[\w’'.-]+\s+){0,4}?(?:e-?mails?|(?:text\s+)?messages|texts|minutes|memos?|letters?|logs?|notes|records|rotas|rosters|timesheets|time\s+sheets"
    r"|spreadsheets?|invoices|receipts|diaries|calendars|payroll|forms?|entry|entries|lists?|registers?|ledgers?|(?:work|purchase|repair|service|job)\s+orders?|tickets"
    # footage is made at the time too: "Drone footage filmed in late March appears to show"
    r"|footage|videos?|photos|photographs|recordings?)\b",
    re.IGNORECASE,
)
_GOT_ON: Final = re.compile(
    r"\b(?:released|made\s+public|published|obtained|received|reviewed|seen|provided|turned\s+over|filed)\b[^,;]*$",
    re.IGNORECASE,
)


_TIME_FIRST: Final = re.compile(
    r"\W*(?:(?:But|And|Yet|Then)\s+)?(?:(?:on|in|at|by|early|late)\s+)?$", re.IGNORECASE
)


def written_on(found: Sequence[Found], s: str, clause: Clause, offset: int) -> list[Found]:
    """The date of the record a sentence opens with, when what it shows is the practice
    ``clause`` ("Minutes of a board meeting in January 2020 record that ..."), else none."""
    if clause.lane != "practice":
        return []
    start = clause.start
    head = s[:start]
    first = next((f for f in found if f.end - offset <= start), None)
    if (
        first is not None
        and _TIME_FIRST.match(s, 0, first.start - offset) is not None
        and s[first.end - offset :].lstrip().startswith(",")
        and (shows := EVIDENCE_SHOWS.search(s)) is not None
        and shows.start() < start
    ):
        # "On 24 January, during Stage 4, the log records ...": the time set first is
        # when what the record shows was done
        return [first]
    shows = EVIDENCE_SHOWS.search(s)
    if _RECORD_FIRST.match(head) is None or shows is None or shows.start() >= start:
        return []
    quotes = quote_spans(s)
    return [
        f
        for f in found
        if f.end - offset <= start
        and not inside(f.start - offset, f.end - offset, quotes)
        and _GOT_ON.search(head, 0, f.start - offset) is None
    ][:1]


# Timeline convention: an entry of a list told as a timeline opens with its date, set off
# by a colon ("• Aug. 3, 2022: Tests find lead in 9% of homes."); the date is every event's.
_LABEL_END: Final = re.compile(r"\s*:\s")


def labelled(found: Sequence[Found], s: str, offset: int) -> list[Found]:
    """The date that labels a timeline's entry, when the sentence ``s`` is one, else none."""
    first = next((f for f in found if f.start - offset <= 1), None)
    if first is None or _LABEL_END.match(s, first.end - offset) is None:
        return []
    return [first]


# Figure convention: "rose from $412 million in 2014 to $538 million in 2021" tells a
# change over the years between its two dates.
_FROM: Final = re.compile(r"\bfrom\s+[^,;]{1,40}?\s+$", re.IGNORECASE)
_TO: Final = re.compile(r"\s+to\s+[^,;]{1,40}?\s+", re.IGNORECASE)


_ORDERED_TO: Final = re.compile(
    rf"\b(?:directed|ordered|summoned|asked|told|gave)\b[^.;]{{0,60}}?\bto\s+{ORDERED_ACTS}\b[^.;]{{0,40}}$"
)


def date_for(
    in_clause: Sequence[Found],
    in_sentence: Sequence[Found],
    nearby: str | None,
    pub: datetime.date,
    text: str = "",
    offset: int = 0,
) -> tuple[str, str]:
    """The ``date`` and ``date_note`` of an event: its clause's first date, or a bound.

    ``text`` is the sentence, at ``offset`` in its paragraph: a change told "from ... in
    2014 to ... in 2021" is dated by the span between its two dates.
    """
    if not in_clause:
        other = in_sentence[0].text if in_sentence else None
        return undated(pub), _undated_note(pub, None if other else nearby, other)
    first = in_clause[0]
    then = in_clause[1] if len(in_clause) > 1 else None
    if (
        then is not None
        and then.start > first.end
        and "/" not in first.resolution.edtf + then.resolution.edtf
        and _FROM.search(text, 0, max(0, first.start - offset))
        and _TO.fullmatch(text, first.end - offset, then.start - offset)
    ):
        span = f"{first.resolution.edtf}/{then.resolution.edtf}"
        return span, f"The article says from '{first.text}' to '{then.text}'."
    later = first.resolution.start is not None and first.resolution.start > pub
    if later and _ORDERED_TO.search(text, 0, max(0, first.start - offset)):
        # Deadline convention: "directed the commissioner to appear in person on November
        # 28": the day set for what was ordered is still to come; the order came before
        note = f"Inferred: '{first.text}' is the day set for what was ordered, still to come."
        return undated(pub), note
    year = year_to(first, text[: max(0, first.start - offset)])
    if year is not None:
        return year, f"The article says '{first.text}'."  # (see cells.year_to)
    # Schedule convention: "is scheduled for February", "will vote on March 20", "has
    # scheduled a hearing for Sept. 10": the date is to come when the words just before it
    # say so, and the finder read it so
    ahead = _AHEAD.search(text, 0, max(0, first.start - offset)) is not None
    date = date_column(first, pub, ahead=ahead)
    note = "" if date == " ".join(first.text.split()) else f"The article says '{first.text}'."
    start, end = first.resolution.start, first.resolution.end
    if not ahead and first.resolution.precision == "week" and start and end and start <= pub < end:
        # Publication convention: what the story tells as done "this week" was done by the
        # day it ran; the week's later days are still to come
        date = f"{start.isoformat()}/{pub.isoformat()}"
        note = f"The article says '{first.text}', up to publication."
    if len(in_clause) > 1:
        others = ", ".join(f"'{f.text}'" for f in in_clause[1:])
        note = f"{note} The words also name {others}.".strip()
    return date, note


def came_after(
    s: str,
    clause: Clause,
    dates: Sequence[Found],
    pub: datetime.date,
    offset: int,
    earlier: Found | None = None,
) -> tuple[str, str] | None:
    """The date and note of an earlier event told by how long before the news it came
    ("The order comes eight months after the company told investors ..."), counted from
    the news's own date in the sentence (at ``offset`` in ``dates``), else publication;
    news told in the past and named back ("The decision came two weeks after ...") counts
    from the one day the sentence before names (``earlier``)."""
    came = CAME_AFTER.search(s, 0, clause.start + 1)
    if came is None or came.end() != clause.start:
        return None
    before = [f for f in dates if f.end - offset <= came.start() and f.resolution.start is not None]
    if not before and came.group().split()[0].lower() == "came":
        if earlier is None or not _NAMED_BACK.match(s, 0, came.start()):
            return None  # news told in the past, with no date of its own: nothing to count from
        before = [earlier]
    anchor = pub
    if before and before[0].resolution.start is not None:
        anchor = before[0].resolution.start
    count = came.group("count").lower()
    count = "one" if count in ("a", "an") else count
    res = resolve(f"{count} {came.group('unit')} ago", anchor)
    if res is None or ("/" in res.edtf and res.precision != "week"):
        return None
    said = f"'{before[0].text}'" if before else "publication"
    return res.edtf.replace("~", ""), (
        f"Inferred: the article says the news came {came.group('count')} "
        f"{came.group('unit')} after this, counted from {said} ({anchor.isoformat()})."
    )


# "The decision", "That letter", "It": the news the sentence before told, named back.
_NAMED_BACK: Final = re.compile(r"^\W*(?:(?:The|That|This|Their|Its)\s+[a-z]+|It)$")


def _day_before(around: Around, sent: Sentence) -> Found | None:
    """The one day the sentence before ``sent``, in its paragraph, names (or None)."""
    prev = around.sentences[sent.index - 1] if sent.index > 0 else None
    if prev is None or prev.para != sent.para:
        return None
    days = [f for f in around.found if prev.start <= f.start and f.end <= prev.end]
    return days[0] if len(days) == 1 and days[0].resolution.precision == "day" else None


_AHEAD: Final = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:now\s+)?(?:scheduled|set|slated|due|expected)|(?:has|have)\s+(?:scheduled|set)"
    # (a deadline set off: "A review of the contract, due by 30 June, will look at")
    r"|(?<!was\s)(?<!were\s)due\s+(?:by|on|before)"
    # (or a thing running on, in the present, till then: "A consultation runs until 14 July")
    r"|runs|lasts|continues|(?:is|are|remains)\s+open)\b[^.;,“”\"]{0,60}$",
    re.IGNORECASE,
)
_NOT_UNTIL: Final = re.compile(
    r"\b(?:not|never|no)\s+(?:[\w’'-]+\s+){0,10}?until\s|n[’']t\s+(?:[\w’'-]+\s+){0,10}?until\s",
    re.IGNORECASE,
)


# Disclosure-delay convention: ", a figure which was not disclosed to councillors until
# this week" tells when the thing came out: the disclosure's date, not the deed's.
_KEPT_UNTIL: Final = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}?)?(?:which|that)\s+(?:was|were|had)\s+(?:not|never)\s+(?:been\s+)?(?:disclosed|revealed|made\s+public|reported|shared|told|known|published"
    r"|mentioned)\b[^.;]*?\buntil\s",
    re.IGNORECASE,
)


def _owns(clause: Clause, clauses: Sequence[Clause], a: int, b: int) -> bool:
    """Whether the date at ``[a, b)`` dates ``clause``: inside it, and not inside a
    shorter clause nested in it (the release "made public on Friday" keeps its Friday).

    A statement's claim (what a contradiction or admission says was claimed) takes no
    date from its own words: dates there belong to what was claimed, not to its saying.
    """
    if not (clause.start <= a and b <= clause.end) or clause.role == "claim":
        return False
    return not any(
        other is not clause
        and other.start <= a
        and b <= other.end
        and (other.end - other.start) < (clause.end - clause.start)
        for other in clauses
    )


def entry_label(
    sentences: Sequence[Sentence], sent: Sentence, found: Sequence[Found]
) -> tuple[Sentence, Found | None]:
    """``sent`` without the date label it opens with, and the date that labels the
    timeline entry it belongs to, if it is one.

    Chronology convention: "Feb. 11: Power to the store goes off. The generator runs for 40
    minutes." dates the whole entry by its label, each sentence of it; the label is no
    part of what the entry says.
    """
    first = unfurnished(next(x for x in sentences if x.para == sent.para))
    label = labelled([f for f in found if f.end <= first.end], first.text, first.start)
    if not label:
        return sent, None
    if label[0].start == sent.start:
        colon = sent.text.index(":", label[0].end - sent.start) + 1
        skip = len(sent.text[colon:]) - len(sent.text[colon:].lstrip())
        sent = replace(sent, start=sent.start + colon + skip, text=sent.text[colon + skip :])
    return sent, label[0]


@dataclass(frozen=True)
class Around:
    """What a sentence's events may be dated by besides their own words: the dates of its
    paragraph (``found``), the sentences before it, its entry's label, the date nearby."""

    found: Sequence[Found]
    sentences: Sequence[Sentence]
    label: Found | None
    nearby: str | None


def clause_date(
    pub: datetime.date,
    sent: Sentence,
    clause: Clause,
    clauses: Sequence[Clause],
    dates: Sequence[Found],
    around: Around,
) -> tuple[str, str, bool]:
    """The date column and note of the event drawn from ``clause``, and whether a date of
    the clause's own (or its entry's label) gave it."""
    s = sent.text
    in_clause = [
        f for f in dates if _owns(clause, clauses, f.start - sent.start, f.end - sent.start)
    ]
    in_clause = clause_dates(in_clause, s, clause, sent.start)
    if clause.role == "claim":  # (its own telling's day: "what it told this newspaper in May")
        in_clause = [f for f in dates if claim_told_on(s, clause, f.start - sent.start)][:1]
    told = clause.lane == "disclosure" and TOLD_STEP.search(s, clause.start, clause.end)
    if clause.lane == "statement" or told:
        # Tense convention: words were said by the day the story ran; a date after it
        # ("Starting next year, she said, the office will report ...") is what they promise
        # (so is one in a step told by its taker: "said she will ask for a hearing in May")
        in_clause = [f for f in in_clause if (f.resolution.start or pub) <= pub]
    if (
        clause.lane == "disclosure"
        and in_clause
        and _COVERS.search(s, 0, in_clause[0].start - sent.start)
    ):
        # Record convention: "the report on the public accounts for 2020, which was laid in
        # the National Assembly last Thursday": the year is what it covers; its release, told
        # in the clause after it, dates the disclosure
        laid = [f for f in dates if released_on(s[: f.start - sent.start])]
        in_clause = laid[:1] + in_clause if laid else in_clause
    if not in_clause and (said := said_before(s, clause, clauses)) is not None:
        return (*clause_date(pub, sent, said, clauses, dates, around)[:2], False)
    kept = _KEPT_UNTIL.search(s, clause.start, clause.end)
    if kept is not None and clause.lane == "practice" and in_clause:
        in_clause = [f for f in in_clause if f.start - sent.start < kept.start()]
    if not in_clause:
        # Coordination convention: "glass logged as cover material and tipped into the cell
        # between November 2021 and June": the deeds joined share the time told after both
        joined = next((c for c in clauses if c.role == "joined" and c.start > clause.end), None)
        if joined is not None and _AND_ONLY.fullmatch(s, clause.end, joined.start):
            in_clause = [
                f for f in dates if _owns(joined, clauses, f.start - sent.start, f.end - sent.start)
            ]
    if in_clause and all(_names_year(s, f.start - sent.start) for f in in_clause):
        # "Minutes ... in December record ... the 2025 date as 'at high risk'": a year that
        # names a thing does not date the deed the record shows
        in_clause = written_on(dates, s, clause, sent.start) or in_clause
    if not in_clause:
        label = [around.label] if around.label is not None else []
        in_clause = written_on(dates, s, clause, sent.start) or label
    date, note = date_for(in_clause, dates, around.nearby, pub, s, sent.start)
    if not in_clause:
        then = (
            same_time(s, clause, clauses, dates, pub, sent.start)
            or said_where(s, clause, dates, pub, sent.start)
            or time_set_first(s, clause, dates, pub, sent.start)
            or at_the_time(s, clause, around.found, around.sentences, sent, pub)
            or at_the_meeting(clause, around.found, around.sentences, sent, pub)
            or (date, note)
        )
        earlier = _day_before(around, sent)
        date, note = came_after(s, clause, dates, pub, sent.start, earlier) or then
    counted = counted_from(in_clause, s, sent.start, pub)
    if counted is not None:
        date, note = counted
    if date.lower().startswith("until ") and (
        clause.role == "background" or _NOT_UNTIL.search(s, clause.start, clause.end)
    ):
        # "didn't know until earlier this month when WBBM first aired it": the "until"
        # bounds the claim; the airing itself was "earlier this month". Delay convention:
        # "did not file its report until May 16" tells when it was filed, at last.
        date = UNTIL.sub("", date)
    return date, note, bool(in_clause)
