"""The finder's second pass: anaphora read against what the story has named so far."""

# News tells a story in order, and the words that point back ("the next day", "that year",
# "a year earlier", "the quarter", "the year") take their meaning from what it has named
# so far. This pass walks the dates the first pass found and the anaphora between them,
# and keeps three things:
# - the reference: the date named last ("the next day" is the day after it);
# - the reported period: results copy reports a quarter that has ended (a company reports
#   within weeks of a quarter's end), and its comparisons ("a year ago", "the year-earlier
#   period", "last year's $3 million") name that period a year before;
# - whether the story last named a period longer than a quarter ("the nine months", "the
#   first half", "the full year"): a comparison in its wake is the year before, as
#   results copy compares nine months with nine months.

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Final

from timeline.dates.context import (
    ANAPHOR,
    anaphora,
    as_reference,
    last_quarter,
    quarter_ended,
    read_anaphor,
    read_month,
    read_weekday,
    read_year,
)
from timeline.dates.model import Found, Resolution
from timeline.dates.spans import day_span, edtf_of, month_span, quarter_span, year_span
from timeline.dates.tense import sentence_span
from timeline.dates.words import word_set

__all__ = ["with_anaphora"]

_YEAR_AGO: Final = re.compile(r"(?i:a|one)\s{1,3}year\s{1,3}ago")
_YEAR_STEP: Final = re.compile(r"(?i:a|one)\s{1,3}year\s{1,3}(?:earlier|before)")
_LAST_YEAR: Final = re.compile(r"(?i:last)\s{1,3}year")
# A figure just before a date: "$3 million last year", "4.6 pence a year earlier".
_FIGURE_BEFORE: Final = re.compile(
    r"(?:[0-9%]|million|billion|cents|pence|a share)[,)]?\s{1,3}(?:(?i:from|than)\s{1,3})?$"
)
# "last year's" before a figure or a word of results: "from last year's $900 million",
# "last year's restated $2.10", "Last year's results".
_FIGURE_AFTER: Final = re.compile(
    r"['’]s\s{1,3}(?:[a-z-]+\s{1,3}){0,2}"
    r"(?:[$£#0-9]|(?:results|figures|earnings|profit|loss|sales|revenue|net)\b)"
)
_POSSESSIVE: Final = re.compile(r"['’]s\s")
# "of the year" names a part of the year after these ("the first nine months of the
# year", "the rest of the year"); after other nouns it ends a title ("player of the year").
_OF_BEFORE: Final = re.compile(r"([A-Za-z]+)\s{1,3}of\s{1,3}$")
_PARTS_OF_A_YEAR: Final = word_set(
    "months weeks days half rest remainder part end start beginning middle quarter quarters "
    "bulk most balance course first second third fourth last"
)
_THIS_QUARTER: Final = re.compile(r"(?i:this)\s{1,3}quarter")
_PERIOD_AFTER: Final = re.compile(r"\s{1,3}(?:quarter|period)\b")
_SAME_SPAN: Final = re.compile(r"[Tt]he\s{1,3}same\s{1,3}period")


def _span(ref: Resolution | None) -> Resolution | None:
    """A date named, if it is a span of days ("since January 1", "March 3 to 9") or a whole
    month, season or year ("logs for December")."""
    if ref is None or ref.start is None or ref.end is None:
        return None
    return ref if "/" in ref.edtf or ref.precision in ("month", "season", "year") else None


_THE_BEFORE: Final = re.compile(r"(?i:the)\s{1,3}$")
# "the January folders", "its March figures": a month set before a noun names the thing
_OWNER_BEFORE: Final = re.compile(r"\b(?i:the|its|their|his|her)\s{1,3}$")
_NOUN_AFTER: Final = re.compile(
    r"\s{1,3}(?!(?:and|or|to|of|in|on|at|for|by|with|when|while|after|before|as|is|was|were"
    r"|had|has|have|that|than|this|the|an?|until|since|through|last|next)\b)[a-z]{3,}\b"
)
_ENDED_AT: Final = re.compile(r"\s{1,3}(?:ended|ending)\s{1,3}(?:on\s{1,3})?")
_FISCAL_BEFORE: Final = re.compile(r"(?i:fiscal)[\s-]{1,3}$")
# A quarter not yet over on the calendar, told in the past tense of results ("posted a
# rise in fourth-quarter sales" in November), is a fiscal quarter that has ended.
_RESULTS_PAST: Final = re.compile(
    r"\b(?:reported|posted|earned|lost|had|rose|fell|declined|jumped|increased|dropped"
    r"|climbed|slipped|gained|totaled|narrowed|widened|soared|plunged|surged|slumped|grew)\b"
)
_OUTLOOK: Final = re.compile(
    r"\b(?:(?i:will|would|expects?|expected|forecasts?|projected|estimated?|could|should"
    r"|outlook|anticipates?)|may|might)\b"  # "may", not the month
)
_LONG_LEAD: Final = {
    "months": re.compile(r"(?i:the|first|latest)\s{1,3}(?:six|nine)\s{1,3}$"),
    "half": re.compile(r"(?i:the)\s{1,3}first\s{1,3}$"),
}
# Every anaphor holds one of these.
_LATER: Final = re.compile(r"(?i:later|after)$")
_YEAR_DIGITS: Final = re.compile(r"\d{4}|['’]\d\d\b")
# "July 14 of that year", "in March of the same year", "on May 2 that year"
_OF_THAT_YEAR: Final = re.compile(r",?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)
_ANAPHOR_WORD: Final = re.compile(
    r"(?i:that|same|following|next|previous|prior|preceding|earlier|later|before|after"
    r"|year|latest|comparable|quarter)"
)
_A_YEAR_EARLIER: Final = ANAPHOR.fullmatch("a year earlier")


def _in_aside(text: str, at: int) -> bool:
    """Whether ``at`` lies in an aside its sentence sets off after a dash ("to hold them
    until we get past the 30th" - a reference to June 30, ...).

    Aside convention: what a dash sets off explains the words before it; the story's time
    stays where the sentence's own clause put it, so a date in the aside is no reference
    for "two days later".
    """
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    # after a word or a quotation, not after a dateline ("NEWARK —", "(AP) —")
    return re.search(r"[a-z”\"]\s[-–—]{1,2}\s", text[start:at]) is not None


def with_anaphora(
    text: str, found: list[Found], pub: datetime.date | None, cores: list[int] | None = None
) -> list[Found]:
    """``found`` with the anaphora between them, each read against what came before it.

    Comparisons ("a year earlier", "the year-ago quarter") do not move the reference, so
    the story's own period stays the one later anaphora are read against.

    Parameters
    ----------
    text : str
        The searched text.
    found : list of Found
        The dates the first pass found in it, in text order.
    pub : datetime.date or None
        The publication date; with None nothing is read in context.
    cores : list of int or None
        :func:`timeline.dates.scan.word_cores` of ``text``, when worked out already.

    Returns
    -------
    list of Found
        The dates and anaphora in text order, some dates read anew in the story (a
        comparison, a fiscal quarter named by its end).
    """
    if pub is None:
        return found
    story = _Story(text, pub, found)
    i, n = 0, len(found)
    for m in _anaphora(text, cores):
        inside: list[int] = []  # "third quarter" in "the year-ago third quarter"
        start, end = m.span()
        while i < n and found[i].start < end:
            if found[i].start >= start and found[i].end <= end:
                inside.append(i)
            else:
                story.take(i)
            i += 1
        if story.out and story.out[-1].end > start:
            continue  # inside a date already found
        if not story.read(m, found[i] if i < n else None):
            for kept in inside:
                story.take(kept)
    while i < n:
        story.take(i)
        i += 1
    return story.out


def _anaphora(text: str, cores: list[int] | None) -> Iterator[re.Match[str]]:
    """The anaphoric expressions of a text; none in a text without their words."""
    if _ANAPHOR_WORD.search(text) is None:
        return iter(())
    return anaphora(text, cores)


def _long_periods(text: str) -> list[int]:
    """Where the text names a period longer than a quarter in words: "the nine months",
    "the first six months", "the first half"."""
    out: list[int] = []
    for word, lead in _LONG_LEAD.items():
        at = text.find(word)
        while at >= 0:
            if lead.search(text, max(0, at - 16), at):
                out.append(at)
            at = text.find(word, at + 1)
    return sorted(out)


def _as_year(res: Resolution) -> Resolution:
    """A date spanning months of one year ("by year-end") as its year; others as they are."""
    a, b = res.start, res.end
    if res.precision != "month" or a is None or b is None or (a.year, a.month) == (b.year, b.month):
        return res
    span = year_span(a.year)
    return Resolution(res.text, span.start, span.end, "year", edtf_of(span), False)


def _quarter_in(res: Resolution, year: int, words: str) -> Resolution:
    """The quarter ``res`` names, in ``year``."""
    assert res.start is not None
    q = quarter_span((res.start.month - 1) // 3 + 1, year)
    return Resolution(words, q.start, q.end, "quarter", edtf_of(q), res.approximate)


class _Story:
    """What the story has named so far, and the dates found, in text order."""

    def __init__(self, text: str, pub: datetime.date, found: list[Found]) -> None:
        self.text = text
        self.found = found
        self.pub = pub
        self.out: list[Found] = []
        self.ref: Resolution | None = None  # the date named last
        self.ref_at = -1  # where it was named
        self.fine: Resolution | None = None  # the last named to the day or the month
        self.period: Resolution | None = None  # the quarter the story reports
        self.quarter_at = -1  # where the story last named a quarter
        self.long_at = -1  # where an anaphor last named a year ("for the full year")
        self.end_at = -1  # where the end date of a named period stands ("ended Sept. 30")
        self.default_quarter = last_quarter(pub)
        self._long: list[int] | None = None

    # -- what a comparison reads -----------------------------------------------------------

    def long(self, at: int) -> bool:
        """Whether the period the story named last before ``at`` is longer than a quarter."""
        return self._long_named(at) > self.quarter_at

    def _long_named(self, at: int) -> int:
        """Where the story last named a period longer than a quarter before ``at``."""
        if self._long is None:
            self._long = _long_periods(self.text)
        k = bisect.bisect_left(self._long, at)
        return max(self.long_at, self._long[k - 1] if k else -1)

    def compared(self, at: int) -> tuple[Resolution | None, bool]:
        """What a comparison with a year before at ``at`` is read against, and whether the
        comparison names that date itself.

        The reported quarter, unless a month, a season or a year was named since (then
        that unit a year before: "last month ... a year earlier"), or a longer period was
        named in words since (then the year before). A year named since that is already
        before the reported period ("Last year losses were small ... the year-earlier
        figures") is the year the comparison names.
        """
        ref, period = self.ref, self.period
        since = ref is not None and ref.precision not in ("day", "week", "quarter")
        if since and ref is not None and self._long_named(at) < self.ref_at:
            ref = _as_year(ref)
            start = None if period is None else period.start
            if start is not None and ref.end is not None and ref.precision == "year":
                return ref, ref.end.year < start.year
            return ref, False
        base = period if period is not None else ref
        if base is not None and base.start is not None and self.long(at):
            span = year_span(base.start.year)
            return Resolution("", span.start, span.end, "year", edtf_of(span), False), False
        return base, False

    def comparison(
        self, m: re.Match[str], words: str, at: int
    ) -> tuple[Resolution, Resolution] | None:
        """A comparison with a year before, read: (resolution, the date read against)."""
        anchor, same = self.compared(at)
        if "quarter" in words.lower():  # "the year-ago quarter", "last year's quarter"
            anchor, same = self.period or self.default_quarter, False
        if anchor is None:
            return None
        if same:
            return replace(anchor, text=words), anchor
        got = read_anaphor(m, anchor, anchor)
        return None if got is None else (replace(got.resolution, text=words), anchor)

    # -- the dates the first pass found --------------------------------------------------

    def take(self, i: int) -> None:
        """Add the ``i``-th found date, read in the story, and move the reference and the
        period."""
        item = self.found[i]
        text, res, words = self.text, item.resolution, item.text
        if item.start == self.end_at:  # "ended Sept. 30": the end of a period named
            self.out.append(item)
            return
        period = self.period
        if period is not None and "year" in words and self._is_comparison(item):
            assert _A_YEAR_EARLIER is not None
            got = self.comparison(_A_YEAR_EARLIER, words, item.start)
            if got is not None:
                self.out.append(Found(item.start, item.end, words, got[0], got[1]))
                return
        if (
            period is not None
            and "uarter" in words
            and _THIS_QUARTER.fullmatch(words)
            and _POSSESSIVE.match(text, item.end)
        ):
            res = replace(period, text=words)  # "This quarter's profit": the quarter reported
        if (
            period is not None
            and res.precision == "year"
            and res.start is not None
            and _THE_BEFORE.search(text, max(0, item.start - 8), item.start)
            and _PERIOD_AFTER.match(text, item.end)
            and not self.long(item.start)
        ):
            # "the 1988 quarter": the quarter the story reports, in that year
            res = _quarter_in(period, res.start.year, words)
            self.out.append(Found(item.start, item.end, words, res, period))
            return
        if res.precision == "quarter":
            res = self.quarter(item, res, self.found[i + 1] if i + 1 < len(self.found) else None)
            if res is not item.resolution:
                item = replace(item, resolution=res)
        item = self._of_that_year(item)
        res = item.resolution
        self.out.append(item)
        new = as_reference(res)
        if (
            new is not None
            and not self._quoted_relative(item)
            and not _in_aside(text, item.start)
            and not self._deadline(item)
            and not self._names_thing(item)
        ):
            self.ref, self.ref_at = new, item.start
            self.fine = new if new.precision in ("day", "month") else self.fine

    def _names_thing(self, item: Found) -> bool:
        """Whether ``item`` is a month set before a noun ("the January folders").

        Modifier convention: a month that qualifies a noun names which thing is meant, not
        the time the story has come to, so it is no reference for "three days later".
        """
        at, text = item.start, self.text
        return (
            item.resolution.precision == "month"
            and _OWNER_BEFORE.search(text, max(0, at - 8), at) is not None
            and _NOUN_AFTER.match(text, item.end) is not None
        )

    def _of_that_year(self, item: Found) -> Found:
        """``item`` read in the year named last, when "of that year" follows it.

        Narrative convention: "The gap was widest in July, 2023. On July 14 of that year,
        the minister said ..." puts the day in the year the story named, not the most
        recent July 14; the words "of that year" go with the date.
        """
        tail = _OF_THAT_YEAR.match(self.text, item.end)
        res, ref = item.resolution, self.ref
        if tail is None or ref is None or ref.start is None or res.start is None:
            return item
        if _YEAR_DIGITS.search(item.text) or res.precision not in ("day", "month"):
            return item
        year = ref.start.year
        if res.precision == "day":
            try:
                span = day_span(res.start.replace(year=year))
            except ValueError:  # Feb. 29 in a year without one
                return item
        else:
            span = month_span(year, res.start.month)
        end = tail.end()
        words = self.text[item.start : end]
        got = Resolution(
            words, span.start, span.end, span.precision, edtf_of(span), res.approximate
        )
        return Found(item.start, end, words, got, ref)

    def _deadline(self, item: Found) -> bool:
        """Whether a date is a deadline still ahead at publication ("would release the
        fish by Memorial Day"): what was promised for then is no time the story has
        reached, so "said that day" does not count from it."""
        res = item.resolution
        before = self.text[max(0, item.start - 10) : item.start].lower()
        return (
            res.start is not None
            and res.start > self.pub
            and re.search(r"\b(?:by|until|before)\s+(?:the\s+)?$", before) is not None
        )

    def _quoted_relative(self, item: Found) -> bool:
        """Whether ``item`` is a date without a year inside quotation marks.

        Quotation convention: quoted words keep their speaker's time frame ("had 'lost
        nine aides since July'" in a 2021 email), so a date in them that names no year is
        not the date the narrative goes on from.
        """
        return not _YEAR_DIGITS.search(item.text) and self._quoted(item.start)

    def _quoted(self, at: int) -> bool:
        """Whether the text at ``at`` is inside quotation marks, in its paragraph."""
        before = self.text[self.text.rfind("\n\n", 0, at) + 1 : at]
        return before.count("“") > before.count("”") or before.count('"') % 2 == 1

    def _is_comparison(self, item: Found) -> bool:
        """ "a year ago"; "last year" after a figure ("$3 million last year") or before one
        ("from last year's $900 million")."""
        if _YEAR_AGO.fullmatch(item.text):
            return True
        if not _LAST_YEAR.fullmatch(item.text):
            return False
        text = self.text
        return bool(
            _FIGURE_BEFORE.search(text, max(0, item.start - 30), item.start)
            or _FIGURE_AFTER.match(text, item.end, item.end + 40)
        )

    def quarter(self, item: Found, res: Resolution, nxt: Found | None) -> Resolution:
        """A quarter the story names, made the reported period when it is one.

        "the third quarter ended Oct. 1" is the quarter of that name in the year of its
        last day (fiscal quarters are named as their company numbers them), and has ended.
        """
        fiscal = _FISCAL_BEFORE.search(self.text, max(0, item.start - 12), item.start) is not None
        ended = _ENDED_AT.match(self.text, item.end)
        last = None
        if nxt is not None and ended is not None and nxt.start == ended.end():
            last, self.end_at = nxt.resolution.end, nxt.start
        if last is not None and res.start is not None:
            res = _quarter_in(res, last.year, item.text) if res.start.year != last.year else res
            reported = last <= self.pub
        else:
            reported = self._reported(item, res, fiscal)
        # News names earlier quarters in comparisons and background ("after a weak second
        # quarter", "a gain in the 2017 second quarter"): they do not replace the
        # quarter reported, unless named as another company's fiscal quarter.
        older = (
            self.period is not None
            and self.period.start is not None
            and (res.start is None or res.start < self.period.start)
        )
        if reported and (fiscal or not older):
            self.period = res
        self.quarter_at = item.start
        return res

    def _reported(self, item: Found, res: Resolution, fiscal: bool) -> bool:
        """Whether a quarter named in the story is one results are reported for: one that
        has ended, or a fiscal quarter told as reported."""
        if res.start is None or res.end is None:
            return False
        if res.end < self.pub:
            return True
        if res.start > self.pub:
            return False
        if fiscal:
            return True
        lo, hi = sentence_span(self.text, item.start, item.end)
        sentence = self.text[lo:hi]
        return _RESULTS_PAST.search(sentence) is not None and _OUTLOOK.search(sentence) is None

    # -- the anaphora between them ---------------------------------------------------------

    def read(self, m: re.Match[str], nxt: Found | None) -> bool:
        """Read an anaphor and add it; False when it names nothing here."""
        words, at = m.group(), m.start()
        anchor = self.ref
        if m.group("wday") is not None:
            res = read_weekday(m, self.ref)
        elif m.group("mon") is not None:
            res = read_month(m, self.ref)
        elif m.group("year") is not None or m.group("qend") is not None:
            return self._period_named(m, self._ended(m, nxt))
        elif (
            m.group("yearago") is not None
            or m.group("prior") is not None
            or _YEAR_STEP.fullmatch(words) is not None
        ):
            got = self.comparison(m, words, at)
            res, anchor = (None, None) if got is None else got
        elif _SAME_SPAN.fullmatch(words) and self.period is None and (last := _span(self.ref)):
            # "arrested since January 1 ... booked in the same period": with no quarter
            # reported, the span the story named last
            res, anchor = replace(last, text=words), last
        else:
            # "the quarter", "the latest period": the quarter reported, else the last ended
            got_one = read_anaphor(m, self.ref, self.period or self.default_quarter)
            if got_one is None and m.group("ago") and self.fine and self._quoted(self.ref_at):
                # "on Aug. 15 ... 'since 2014' ... A month later": a step of a month counts
                # from the last date the narrative told finely, not a year quoted in passing
                got_one = read_anaphor(m, self.fine, self.period or self.default_quarter)
            res = None if got_one is None else got_one.resolution
            anchor = None if got_one is None else got_one.anchor
        if res is None or anchor is None:
            return False
        if m.group("ago") is not None and res.start is not None and res.start > self.pub:
            # "still can't be sure, two years later": a step past publication counts from
            # the events, not the date named last; it is no date of the story
            return False
        self.out.append(Found(at, m.end(), words, res, anchor))
        if (
            m.group("that") is not None
            or m.group("step") is not None
            or m.group("mon") is not None
            # Narrative convention: "Three months later, ..." moves the story on to then
            or (m.group("ago") is not None and _LATER.search(words) is not None)
        ):
            self._refer(res, at)
        elif m.group("the") is not None:  # "the quarter", "the latest period": named again
            self._refer(res, at)
            self.period = self.period or res
            self.quarter_at = at
        return True

    def _ended(self, m: re.Match[str], nxt: Found | None) -> datetime.date | None:
        """The last day of "the year ended Sept. 30", "the quarter ending June 30"."""
        ended = _ENDED_AT.match(self.text, m.end())
        if ended is None or nxt is None or nxt.start != ended.end():
            return None
        self.end_at = nxt.start
        return nxt.resolution.end

    def _period_named(self, m: re.Match[str], end: datetime.date | None) -> bool:
        """ "the year", "the full year", "the fiscal year", "the quarter ended Sept. 30"."""
        words, at = m.group(), m.start()
        if m.group("qend") is not None:
            if end is None:
                return False
            # "the quarter ended Oct. 2" after "its fiscal second quarter": the quarter
            # reported, told again with its last day; else the calendar quarter it ends.
            res = replace(self.period, text=words) if self.period else quarter_ended(words, end)
            if end <= self.pub:
                self.period = res
            self.quarter_at = at
        else:
            of = _OF_BEFORE.search(self.text, max(0, at - 24), at)
            if of is not None and of.group(1).lower() not in _PARTS_OF_A_YEAR:
                return False  # "player of the year": a title, not a date
            ref = self.ref
            if ref is not None and ref.start is not None and ref.start > self.pub:
                ref = None  # an outlook ("sales of $2 billion by 2030") is not the story's year
            anchor = self.period or ref or self.default_quarter
            res = read_year(m, anchor, self.pub, end)
            self.long_at = at
            self.out.append(Found(at, m.end(), words, res, anchor))
            self._refer(res, at)
            return True
        self.out.append(Found(at, m.end(), words, res, self.ref or self.default_quarter))
        self._refer(res, at)
        return True

    def _refer(self, res: Resolution, at: int) -> None:
        """Make a date named at ``at`` the one later anaphora are read against."""
        new = as_reference(res)
        if new is not None:
            self.ref, self.ref_at = new, at
            self.fine = new if new.precision in ("day", "month") else self.fine
