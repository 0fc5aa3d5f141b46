"""Find every date expression in an article's running text, with its span and resolution."""

from __future__ import annotations

import datetime
import functools
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final

from timeline.dates.context import (
    ANAPHOR,
    anaphora,
    as_reference,
    last_quarter,
    read_anaphor,
)
from timeline.dates.model import MAX_CHARS, MAX_WORDS, NeedsPublished, Resolution
from timeline.dates.resolver import publication_date, resolve, resolve_strict
from timeline.dates.scan import (
    BARE_NAME,
    PREPOSITION_HEDGE,
    SIMPLE,
    candidate,
    names,
    word_cores,
)
from timeline.dates.spans import edtf_of, quarter_span
from timeline.dates.tense import tense
from timeline.dates.timex import timex_tags
from timeline.dates.words import FULL_MONTH_NAMES, MONTH_ABBREVIATIONS, SEASONS, WEEKDAY_NAMES
from timeline.exitcode import ExitCode

__all__ = ["Found", "find", "find_command", "parse_published"]


@dataclass(frozen=True, slots=True)
class Found:
    """One date expression found in a text.

    Attributes
    ----------
    start, end : int
        Offsets into the searched text: ``text[start:end]`` is the expression.
    text : str
        The expression's exact characters.
    resolution : Resolution
        What :func:`timeline.dates.resolve` makes of the expression, or, for anaphora
        ("the next day", "that year", "a year earlier"), what it names in context.
    context : Resolution or None
        For anaphora, the date the expression was read against: the one the text named
        last before it. None for a date that names itself.
    """

    start: int
    end: int
    text: str
    resolution: Resolution
    context: Resolution | None = None

    def record(self) -> dict[str, object]:
        """The JSON object ``timeline dates --find`` prints for this expression."""
        res = self.resolution
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "date_start": None if res.start is None else res.start.isoformat(),
            "date_end": None if res.end is None else res.end.isoformat(),
            "precision": res.precision,
            "edtf": res.edtf,
            "approximate": res.approximate,
            "context": None if self.context is None else self.context.edtf,
        }


_SENTENCE_END: Final = re.compile(r"[.!?][\"”’')\]]{0,3}$")
_RIGHT: Final = re.compile(r"\S{0,20}(?:[ \t\u00a0]{1,3}\n?[ \t\u00a0]{0,3}\S{1,25})?")
_CAPITAL_SEASONS: Final = tuple(map(str.capitalize, SEASONS))
_CAPITAL_WORD: Final = re.compile(r"[ \t\u00a0]{1,3}([A-Z][a-z]+)")
_DATE_WORDS: Final = frozenset(
    [*map(str.capitalize, FULL_MONTH_NAMES + WEEKDAY_NAMES), "Sept", "The", "This", "Last", "Next"]
)
# Words after a year that make it part of an address or a name, not a date ("the 2000 block").
_NOT_YEAR_AFTER: Final = re.compile(r"\s{1,3}(?:block|blocks)\b")
# A capitalised possessive before "March" names a demonstration ("the Women's March").
_MARCH_NAME: Final = re.compile(r"[A-Z][A-Za-z]*['’]s[ \t\u00a0]{1,3}$")
_WINDOW_CONTEXT: Final = 40
_AHEAD_DAYS: Final = 300  # the furthest ahead a date without a year is read
_SINCE: Final = re.compile(r"(?i:ever since|since|after)\b")
_WEEKDAY_WORD: Final = re.compile(rf"\b(?:{names(WEEKDAY_NAMES)})\b")
_MONTH_WORD: Final = re.compile(rf"\b(?:{names(FULL_MONTH_NAMES)}|{names(MONTH_ABBREVIATIONS)})\b")
_BY: Final = re.compile(r"(?i:by|until|till|through|up to)\s")
_BY_BEFORE: Final = re.compile(
    r"(?:(?<![A-Za-z])(?i:by|until|till|through)"
    r"|(?:extended|postponed|delayed|moved|pushed|adjourned|put off)\s{1,3}to)\s{1,3}$"
)
_DEADLINE_AFTER: Final = re.compile(r"\s{1,3}deadline\b")
_DEICTIC: Final = re.compile(r"(?i:today|tonight|tomorrow|yesterday)")
_YEAR_AGO: Final = re.compile(r"(?i:a|one)\s{1,3}year\s{1,3}ago")
_YEAR_STEP: Final = re.compile(r"(?i:a|one)\s{1,3}year\s{1,3}(?:earlier|before)")
_LAST_YEAR: Final = re.compile(r"(?i:last)\s{1,3}year")
# A figure just before a date: "$3 million last year", "4.6 pence a year earlier".
_FIGURE_BEFORE: Final = re.compile(
    r"(?:[0-9%]|million|billion|cents|pence|a share)[,)]?\s{1,3}(?:(?i:from|than)\s{1,3})?$"
)
_LATEST: Final = re.compile(r"(?i:the)\s{1,3}latest")
_PERIOD_AFTER: Final = re.compile(r"\s{1,3}(?:quarter|period)\b")
_THE_BEFORE: Final = re.compile(r"(?i:the)\s{1,3}$")
# Every anaphor holds one of these.
_ANAPHOR_WORD: Final = re.compile(
    r"(?i:that|same|following|next|previous|prior|preceding|earlier|later|before|after"
    r"|year-|latest|comparable|quarter)"
)
_READ_CACHE: Final = 4096  # distinct texts each search remembers


parse_published: Final = publication_date
"""The publication-date reader of :func:`find`: the same function as
:func:`timeline.dates.publication_date` (kept under this name for older code)."""


_GAP: Final = " \t\u00a0\n"
_Read = Callable[[str], Resolution | None]  # resolve against one publication date
_Accepted = tuple[int, int, Resolution]  # start, end, resolution of a confirmed span
_Key = tuple[str, int, int]  # the characters around a span, and where it lies in them
_Readings = tuple[Resolution, Resolution, datetime.date]  # back, ahead, published
# What deciding a candidate reads on either side of it: the word before it (``_left``: 38
# characters), the words after it (``_RIGHT``: 40), "the Women's March" (40).
_MEMO_SIDE: Final = 48
# What choosing the last or the next date reads: its sentence (``tense``: 120 and 7).
_CONTEXT_SIDE: Final = 136


def _left(text: str, start: int) -> str:
    """The word before ``start`` and the gap after it, unless a sentence ends there.

    The gap is up to 8 spaces, tabs or line breaks, with at most one line break; the word
    is the run of up to 30 characters before the gap that are not whitespace.
    """
    near = text[max(0, start - 8) : start]
    i = start - (len(near) - len(near.rstrip(_GAP)))
    if text.count("\n", i, start) > 1:
        return ""
    before = text[max(0, i - 30) : i]
    if not before or before[-1].isspace():
        return ""
    j = i - len(before.rsplit(maxsplit=1)[-1])
    if _SENTENCE_END.search(text, j, i):
        return ""
    return text[j:start]


def _window(text: str, start: int, end: int) -> tuple[str, str]:
    """The words on either side of a candidate: the word before it, within its sentence,
    and the characters up to the end of the word after it."""
    right_match = _RIGHT.match(text, end, min(len(text), end + _WINDOW_CONTEXT))
    return _left(text, start), right_match.group() if right_match is not None else ""


def _fits(text: str) -> bool:
    return len(text) <= MAX_CHARS and len(text.split()) <= MAX_WORDS


def _vetoed(text: str, start: int, end: int, read: _Read) -> bool:
    """Whether the words around a candidate show it is not a date here.

    ``dates.resolve`` reads context: "Theresa May", "that Monday", "2014 people", "the
    March on City Hall" and "the fall of Rome" resolve to nothing once the neighbouring
    words are included, while the same words alone would resolve.
    """
    cand = text[start:end]
    if cand.endswith(_CAPITAL_SEASONS):
        nxt = _CAPITAL_WORD.match(text, end)
        if nxt is not None and nxt.group(1) not in _DATE_WORDS:
            return True  # "the Summer Olympics"
    if cand[-1:].isdigit() and _NOT_YEAR_AFTER.match(text, end):
        return True
    if cand == "March" and _MARCH_NAME.search(text, max(0, start - _WINDOW_CONTEXT), start):
        return True
    left, right = _window(text, start, end)
    window = left + cand + right
    if window == cand or not _fits(window):
        return False
    return read(window) is None


def _confirm(
    text: str, start: int, end: int, read: _Read, shorter: Resolution | None
) -> Resolution | None:
    """Resolve a candidate span, or refuse it.

    ``shorter`` is the resolution of the same candidate without its range tail; a tail that
    does not change the result was not read as part of the date and is refused.
    """
    res = read(text[start:end])
    if res is None:
        return None
    if shorter is not None and (res.start, res.end, res.edtf) == (
        shorter.start,
        shorter.end,
        shorter.edtf,
    ):
        return None
    if _vetoed(text, start, end, read):
        return None
    return res


def _spans(m: re.Match[str]) -> list[tuple[int, int, bool]]:
    """Candidate spans for one match, longest first: (start, end, has_tail).

    The whole match first; then without a trailing "or so", without the range tail,
    without the leading words, and last the single word the date starts with. "between"
    and "from" are kept only with a range tail.
    """
    s, e = m.span()
    a_start, a_end = m.span("atom")
    t_end = m.end("tail") if m.group("tail") is not None else a_end
    has_tail = t_end > a_end
    starter = (m.group("word") or "").lower() in ("between", "from")
    out: list[tuple[int, int, bool]] = []
    starts = (s, a_start) if s != a_start else (s,)
    if PREPOSITION_HEDGE.match(m.group("pre")) and BARE_NAME.fullmatch(m.group("atom")):
        starts = (a_start,)
    for start in starts:
        bare_starter = starter and start == s
        if bare_starter and not has_tail:
            continue
        if e > t_end:
            out.append((start, e, has_tail))
        if has_tail:
            out.append((start, t_end, True))
        if not bare_starter:
            out.append((start, a_end, False))
    simple = SIMPLE.match(m.string, a_start)
    if simple is not None and simple.end() < a_end:
        out.append((a_start, simple.end(), False))
    return out


def _accept(
    text: str, m: re.Match[str], read: _Read, memo: dict[_Key, _Accepted | None]
) -> _Accepted | None:
    """The longest span of a candidate that is confirmed as a date, with its resolution.

    Whether a candidate is kept depends only on its match and the ``_MEMO_SIDE``
    characters on either side of it (the words around it, and what the grammar and the
    vetoes read there), so a candidate met again in the same surroundings is decided once.
    """
    spans = _spans(m)
    s, e = m.span()
    lo = max(0, s - _MEMO_SIDE)
    key = (text[lo : e + _MEMO_SIDE], s - lo, e - lo)
    if key in memo:
        got = memo[key]
        return None if got is None else (got[0] + s, got[1] + s, got[2])
    accepted: _Accepted | None = None
    for start, end, has_tail in spans:
        shorter = read(text[start : m.end("atom")]) if has_tail else None
        res = _confirm(text, start, end, read, shorter)
        if res is not None:
            accepted = (start, end, res)
            break
    memo[key] = None if accepted is None else (accepted[0] - s, accepted[1] - s, accepted[2])
    return accepted


def find(text: str, published: datetime.date | str | None) -> list[Found]:
    """Find every date expression in a text.

    Candidates come from a scanner of compiled regular expressions: month names (capitalised;
    "may" and "march" in lowercase are verbs) and AP abbreviations ("Sept."), weekdays, years
    1900-2099, decades, seasons, quarters, "today", "last week", "two years ago", "early",
    "mid-" and "late", "the end of", hedges ("as early as", "about", "or so") and ranges
    ("Jan. 28 to Feb. 3", "from January through July", "between March and May", "since
    January"). At each place the longest candidate is tried first; each is kept only when
    :func:`timeline.dates.resolve` reads it as a date, alone and with the words on either
    side. A leading "in" is kept with its date ("in January"), as the case format writes
    dates; "on" and "by" are not.

    Parameters
    ----------
    text : str
        Any text, such as an article.
    published : datetime.date or str or None
        The publication date (a date, ``YYYY-MM-DD`` or the words of one day, as
        :func:`timeline.dates.publication_date` reads them), against which relative words
        ("Monday", "last year") are read. With ``None`` only absolute dates are found.

    Returns
    -------
    list of Found
        In text order, never overlapping; ``text[f.start:f.end] == f.text``.

    Raises
    ------
    ValueError
        If ``published`` is not a date, or is outside the dates a case can hold
        (:data:`timeline.dates.FIRST_DATE` to :data:`timeline.dates.LAST_DATE`).

    Examples
    --------
    >>> [f.text for f in find("The report was released Monday by the watchdog.", "2017-10-09")]
    ['Monday']
    >>> [f.text for f in find("It was released Monday.", "Oct. 9, 2017")]
    ['Monday']
    """
    # Repetitive text meets the same few candidates and neighbouring words again and again:
    # each distinct one is resolved once.
    pub = parse_published(published)
    read: _Read = functools.lru_cache(maxsize=_READ_CACHE)(
        functools.partial(resolve, published=pub)
    )
    ahead: _Read = functools.lru_cache(maxsize=_READ_CACHE)(functools.partial(_ahead, pub=pub))
    confirmed: dict[_Key, _Accepted | None] = {}
    placed: dict[_Key, Resolution] = {}
    found: list[Found] = []
    cores = word_cores(text)
    pos = 0
    n = len(text)
    while pos < n:
        m = candidate(text, pos, cores)
        if m is None:
            break
        accepted = _accept(text, m, read, confirmed)
        if accepted is None:
            pos = m.start() + 1
            continue
        start, end, res = accepted
        if pub is not None and res.precision != "quarter":
            forward = ahead(text[start:end])
            if forward is not None and (forward.start, forward.end) != (res.start, res.end):
                res = _read_in_context(text, start, end, (res, forward, pub), placed)
        if _deictic_in_quote(text, start, end):
            pos = end
            continue
        found.append(Found(start, end, text[start:end], res))
        pos = end
    return _with_anaphora(text, found, pub, cores)


def _read_in_context(
    text: str, start: int, end: int, dates: _Readings, memo: dict[_Key, Resolution]
) -> Resolution:
    """:func:`_in_context`, decided once for a date met again in the same surroundings: the
    choice reads the date's words and its sentence, within ``_CONTEXT_SIDE`` characters."""
    lo = max(0, start - _CONTEXT_SIDE)
    key = (text[lo : end + _CONTEXT_SIDE], start - lo, end - lo)
    got = memo.get(key)
    if got is None:
        got = memo[key] = _in_context(text, start, end, *dates)
    return got


def _in_context(
    text: str, start: int, end: int, back: Resolution, ahead: Resolution, pub: datetime.date
) -> Resolution:
    """A date without a year read in its sentence: the last one or the next one.

    The tense of its clause decides (:func:`timeline.dates.tense.tense`): the past keeps
    the last one; the future takes the next one, unless that lies more than
    ``_AHEAD_DAYS`` ahead ("by Jan. 14" the day after Jan. 14 is the deadline just
    passed). With no cue a weekday stays the last one, as news reports what happened; a
    month or a day of a month is the nearer of the two, as news copy leaves out the year
    of dates near publication ("Nov. 16" in a story of Nov. 1 is two weeks ahead, "Dec.
    28" in a story of Jan. 5 a week back). A bound ("since", "until") is read by its date.
    """
    words = text[start:end]
    if _SINCE.match(words):
        return back
    after = ahead.start or ahead.end
    before = back.end or back.start
    if after is None or before is None or (after - pub).days > _AHEAD_DAYS:
        return back
    # News mostly reports what happened: the next one only when under half as far.
    nearer = ahead if 2 * (after - pub).days < (pub - before).days else back
    weekday = _WEEKDAY_WORD.search(words) is not None and not _MONTH_WORD.search(words)
    if weekday and text.startswith(("'s", "’s"), end):
        return back  # "Wednesday's ruling": an event known by its day
    if _DEADLINE_AFTER.match(text, end):
        return ahead  # "the Jan. 14 deadline"
    if _named_weekday_fits(words, ahead) and not _named_weekday_fits(words, back):
        return ahead  # "Monday, Oct. 26": the year in which Oct. 26 is a Monday
    told = tense(text, start, end)
    if told == "future":
        return ahead
    if _BY.match(words) or _BY_BEFORE.search(text, max(0, start - 24), start):
        return nearer  # "by Jan. 14", "until Tuesday": the deadline nearest publication
    if told == "past" or weekday:
        return back
    return nearer


def _named_weekday_fits(words: str, res: Resolution) -> bool:
    """Whether a date that names a weekday and a day of a month falls on that weekday."""
    m = _WEEKDAY_WORD.search(words)
    if m is None or res.start is None or res.start != res.end or not _MONTH_WORD.search(words):
        return False
    return WEEKDAY_NAMES[res.start.weekday()] == m.group().lower()


def _deictic_in_quote(text: str, start: int, end: int) -> bool:
    """Whether "today", "tomorrow" or the like stands inside quotation marks, or is a name.

    Quoted words ("I'll be there tomorrow," she wrote) were said or written on a day the
    story may not give, so they are not read against the publication date. A capitalised
    "Today" after other words of its sentence is a name (NBC's "Today" show).
    """
    word = text[start:end]
    if _DEICTIC.fullmatch(word) is None:
        return False
    if word[0].isupper() and _left(text, start):
        return True
    para = text.rfind("\n\n", 0, start) + 1
    before = text[para:start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _ahead(text: str, pub: datetime.date | None) -> Resolution | None:
    """``text`` read with a date without a year as the next one (see ``_in_context``)."""
    try:
        return resolve_strict(text, pub, forward=True)
    except NeedsPublished:
        return None


def _with_anaphora(
    text: str, found: list[Found], pub: datetime.date | None, cores: list[int] | None = None
) -> list[Found]:
    """``found`` with the anaphora between them, each read against the date named last.

    Comparisons ("a year earlier", "the year-ago quarter") do not move the reference, so
    the story's own period stays the one later anaphora are read against. In results copy
    a comparison with a year before ("from $3 million a year ago", "compared with $2
    million last year", "year-earlier") names the period the story reports a year before:
    the quarter it named last, unless a month or a year was named since.
    """
    if pub is None:
        return found
    out: list[Found] = []
    ref: Resolution | None = None  # the date named last
    period: Resolution | None = None  # the quarter named last
    default_quarter = last_quarter(pub)
    items = iter(found)
    item = next(items, None)
    for m in _anaphora(text, cores):
        inside: list[Found] = []  # "third quarter" in "the year-ago third quarter"
        while item is not None and item.start < m.end():
            if item.start >= m.start() and item.end <= m.end():
                inside.append(item)
            else:
                ref, period = _take(text, item, ref, period, out, pub)
            item = next(items, None)
        if out and out[-1].end > m.start():
            continue  # inside a date already found
        comparison = m.group("yearago") is not None or _YEAR_STEP.fullmatch(m.group()) is not None
        anchor = _period_of(ref, period) if comparison else ref
        latest = _LATEST.match(m.group()) is not None  # the last quarter that has ended
        got = read_anaphor(m, anchor, default_quarter if latest else period or default_quarter)
        if got is None:
            for kept in inside:
                ref, period = _take(text, kept, ref, period, out, pub)
            continue
        out.append(Found(m.start(), m.end(), m.group(), got.resolution, got.anchor))
        if m.group("that") is not None or m.group("step") is not None:
            ref = as_reference(got.resolution) or ref
    while item is not None:
        ref, period = _take(text, item, ref, period, out, pub)
        item = next(items, None)
    return out


def _anaphora(text: str, cores: list[int] | None) -> Iterator[re.Match[str]]:
    """The anaphoric expressions of a text; none in a text without their words."""
    if _ANAPHOR_WORD.search(text) is None:
        return iter(())
    return anaphora(text, cores)


def _period_of(ref: Resolution | None, period: Resolution | None) -> Resolution | None:
    """What a comparison with a year before is read against: the reported quarter named
    last, unless the date named since is a month, a season or a year."""
    if period is None or (ref is not None and ref.precision not in ("day", "week", "quarter")):
        return ref
    return period


def _take(
    text: str,
    item: Found,
    ref: Resolution | None,
    period: Resolution | None,
    out: list[Found],
    pub: datetime.date,
) -> tuple[Resolution | None, Resolution | None]:
    """Add a found date to ``out`` and return the reference and period after it.

    "a year ago", and "last year" after a figure ("$3 million last year"), are read as
    comparisons when the story has named a quarter.
    """
    if period is not None and (
        _YEAR_AGO.fullmatch(item.text)
        or (
            _LAST_YEAR.fullmatch(item.text)
            and _FIGURE_BEFORE.search(text, max(0, item.start - 30), item.start)
        )
    ):
        anchor = _period_of(ref, period)
        again = ANAPHOR.fullmatch("a year earlier")
        got = None if again is None or anchor is None else read_anaphor(again, anchor, period)
        if got is not None:
            out.append(Found(item.start, item.end, item.text, got.resolution, anchor))
            return ref, period
    res = item.resolution
    if period is not None and res.precision == "year" and res.start is not None:
        the = _THE_BEFORE.search(text, max(0, item.start - 8), item.start)
        if the is not None and _PERIOD_AFTER.match(text, item.end) and period.start is not None:
            # "the 1988 quarter": the quarter the story reports, in that year
            q = quarter_span((period.start.month - 1) // 3 + 1, res.start.year)
            res = Resolution(item.text, q.start, q.end, "quarter", edtf_of(q), False)
            out.append(Found(item.start, item.end, item.text, res, period))
            return ref, period
    out.append(item)
    new = as_reference(res)
    if new is None:
        return ref, period
    # Results are reported for a quarter that has ended: an outlook does not change it.
    reported = new.precision == "quarter" and new.end is not None and new.end < pub
    return new, new if reported else period


def find_command(file: str, published: str | None, fmt: str = "json") -> int:
    """Print every date found in a text file as JSON lines: ``timeline dates --find FILE``.

    With ``fmt="timeml"`` it prints the text instead, with a TimeML
    ``<TIMEX3 tid type="DATE" value>`` tag around each date (see
    :func:`timeline.dates.timex.timex_tags`).

    Each line is one expression, in text order::

        {"start": 1208, "end": 1215, "text": "Monday", "date_start": "2017-10-09",
         "date_end": "2017-10-09", "precision": "day", "edtf": "2017-10-09",
         "approximate": false}

    ``start`` and ``end`` count characters (Unicode code points) from the start of the
    file as read, line endings and any byte-order mark included. ``date_start`` and
    ``date_end`` are inclusive ISO dates (``null`` on an open side).

    Parameters
    ----------
    file : str
        A UTF-8 text file.
    published : str or None
        The publication date, ``YYYY-MM-DD`` (or the words of one day, "Oct. 9, 2017");
        required, since relative words such as "Monday" are read against it.
    fmt : str
        "json" (JSON lines, the default) or "timeml" (the text with TIMEX3 tags).

    Returns
    -------
    int
        0 when the file was searched; 2 when it cannot be read or the date is missing, not
        a date, or outside the supported range.
    """
    if published is None:
        print(
            "error: timeline dates --find needs --published YYYY-MM-DD: relative words "
            "such as 'Monday' or 'last year' are read against the publication date",
            file=sys.stderr,
        )
        return ExitCode.BAD_INPUT
    try:
        pub = parse_published(published)
    except ValueError as exc:
        print(f"error: --published: {exc}", file=sys.stderr)
        return ExitCode.BAD_INPUT
    try:
        with open(file, encoding="utf-8", newline="") as fh:
            text = fh.read()
    except UnicodeDecodeError as exc:
        print(
            f"error: cannot read {file}: not UTF-8 text (byte {exc.start}); save it as UTF-8",
            file=sys.stderr,
        )
        return ExitCode.BAD_INPUT
    except OSError as exc:
        print(f"error: cannot read {file}: {exc.strerror or exc}", file=sys.stderr)
        return ExitCode.BAD_INPUT
    out = sys.stdout
    if fmt == "timeml":
        out.write(timex_tags(text, find(text, pub), pub))
        return ExitCode.OK
    for item in find(text, pub):
        out.write(json.dumps(item.record(), ensure_ascii=False) + "\n")
    return ExitCode.OK
