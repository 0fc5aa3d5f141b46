"""Find every date expression in an article's running text, with its span and resolution."""

from __future__ import annotations

import dataclasses
import datetime
import functools
import json
import re
import sys
from collections.abc import Callable
from typing import Final

from timeline.dates.model import MAX_CHARS, MAX_WORDS, Found, NeedsPublished, Resolution
from timeline.dates.resolver import (
    DAY_AFTER,
    on_named_day,
    publication_date,
    resolve,
    resolve_strict,
)
from timeline.dates.scan import (
    BARE_NAME,
    EXPR,
    PREPOSITION_HEDGE,
    SIMPLE,
    candidate,
    names,
    word_cores,
)
from timeline.dates.story import with_anaphora
from timeline.dates.tense import tense
from timeline.dates.timex import timex_tags
from timeline.dates.words import (
    FULL_MONTH_NAMES,
    MONTH_ABBREVIATIONS,
    ORDERED_ACTS,
    SEASONS,
    WEEKDAY_NAMES,
)
from timeline.exitcode import ExitCode

__all__ = ["Found", "find", "find_command", "parse_published"]


_SENTENCE_END: Final = re.compile(r"[.!?][\"”’')\]]{0,3}$")
_RIGHT: Final = re.compile(r"\S{0,20}(?:[ \t\u00a0]{1,3}\n?[ \t\u00a0]{0,3}\S{1,25})?")
_CAPITAL_SEASONS: Final = tuple(map(str.capitalize, SEASONS))
_CAPITAL_WORD: Final = re.compile(r"[ \t\u00a0]{1,3}([A-Z][a-z]+)")
_DATE_WORDS: Final = frozenset(
    [*map(str.capitalize, FULL_MONTH_NAMES + WEEKDAY_NAMES), "Sept", "The", "This", "Last", "Next"]
)
_CAPITAL_MONTHS: Final = frozenset(map(str.capitalize, FULL_MONTH_NAMES))
_THE_BEFORE: Final = re.compile(r"\b[Tt]he[ \t\u00a0]{1,3}$")
# Words after a year that make it part of an address or a name, not a date ("the 2000 block").
_NOT_YEAR_AFTER: Final = re.compile(r"\s{1,3}(?:block|blocks)\b")
# A capitalised possessive before "March" names a demonstration ("the Women's March").
_MARCH_NAME: Final = re.compile(r"[A-Z][A-Za-z]*['’]s[ \t\u00a0]{1,3}$")
# "March" before "for", "of" or "on" and a capitalised name is the name of a march ("the
# March for Peace", "the March of Dimes"), unless a word of time leads it ("in March for").
_MARCH_TITLE: Final = re.compile(
    r"[ \t\u00a0]{1,3}(?:for|of|on|against)[ \t\u00a0]{1,3}(?:the[ \t\u00a0]{1,3})?[A-Z][a-z]"
)
_MONTH_LEAD: Final = re.compile(
    r"(?i:in|since|by|until|till|through|from|before|after|early|mid|late|last|this|next"
    r"|of|during)[ \t\u00a0]{1,3}$"
)
_DAY_PART: Final = re.compile(r"[ \t\u00a0]{1,3}(?:morning|afternoon|evening|night)")
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
_ORDERED_FOR: Final = re.compile(
    rf"\bto\s{{1,3}}{ORDERED_ACTS}\b"
    r"(?:\s{1,3}[\w’'-]+){0,4}?\s{1,3}(?:on|by|before)\s{1,3}$"
)
_BY_THE: Final = re.compile(r"(?<![A-Za-z])(?i:by|before)\s{1,3}the\s{1,3}$")
# "as early as" before a date without a year forecasts the soonest it may come.
_AS_EARLY: Final = re.compile(r"(?i:as\s{1,3}early\s{1,3}as)\s")
_DEICTIC: Final = re.compile(r"(?i:today|tonight|tomorrow|yesterday)")
# "today's" before a noun of people or things of an age ("today's teenagers", "in
# today's economy", "today's consumers") means these days, not the day of publication.
_TODAYS_ERA: Final = re.compile(
    r"['’]s\s{1,3}(?:[a-z-]+\s{1,3})?(?:world|youth|society|generation|children|kids|young"
    r"|teenagers|students|families|parents|workers|consumers|voters|culture|technology"
    r"|computers|economy|standards|dollars)\b"
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


def _vetoed(text: str, start: int, end: int, read: _Read, ranged: Resolution | None) -> bool:
    """Whether the words around a candidate show it is not a date here.

    ``dates.resolve`` reads context: "Theresa May", "that Monday", "2014 people", "the
    March on City Hall" and "the fall of Rome" resolve to nothing once the neighbouring
    words are included, while the same words alone would resolve. ``ranged`` is the
    resolution of a candidate with a range tail, which the words around it must leave
    whole ("Monday to March's totals" is no range).
    """
    cand = text[start:end]
    if cand.endswith(_CAPITAL_SEASONS):
        nxt = _CAPITAL_WORD.match(text, end)
        if nxt is not None and nxt.group(1) not in _DATE_WORDS:
            return True  # "the Summer Olympics"
    if cand[-1:].isdigit() and _NOT_YEAR_AFTER.match(text, end):
        return True
    if cand in _CAPITAL_MONTHS and _THE_BEFORE.search(text, max(0, start - 5), start):
        # (a name of two words after it: not "the June Budget", a budget of that June)
        nxt = _CAPITAL_WORD.match(text, end)
        then = _CAPITAL_WORD.match(text, nxt.end()) if nxt is not None else None
        if nxt is not None and then is not None and nxt.group(1) not in _DATE_WORDS:
            return True  # a place or a body named after the month: "the May Pen Hospital"
    if cand == "March" and _MARCH_NAME.search(text, max(0, start - _WINDOW_CONTEXT), start):
        return True
    if (
        cand == "March"
        and _MARCH_TITLE.match(text, end)
        and not _MONTH_LEAD.search(text, max(0, start - 20), start)
    ):
        return True  # "the annual March for Peace", "the March of the Teachers"
    left, right = _window(text, start, end)
    window = left + cand + right
    if window == cand or not _fits(window):
        return False
    got = read(window)
    if got is not None:
        return ranged is not None and (got.start, got.end) != (ranged.start, ranged.end)
    if (cand.isdigit() and _CAPITAL_WORD.match(right)) or _DAY_PART.fullmatch(right):
        # "expected 2019 Acme revenue", "a Sunday night vigil": the noun after
        # the name or the part of the day decides
        more = _RIGHT.match(text, end + len(right), end + _MEMO_SIDE)
        return more is None or not more.group() or read(window + more.group()) is None
    return True


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
    if _vetoed(text, start, end, read, None if shorter is None else res):
        return None
    return res


_ATOM: Final = EXPR.groupindex["atom"]
_TAIL: Final = EXPR.groupindex["tail"]
_WORD: Final = EXPR.groupindex["word"]


def _spans(m: re.Match[str]) -> list[tuple[int, int, bool]]:
    """Candidate spans for one match, longest first: (start, end, has_tail).

    The whole match first; then without a trailing "or so", without the range tail,
    without the leading words, and last the single word the date starts with. "between"
    and "from" are kept only with a range tail.
    """
    regs = m.regs  # the groups' spans at once: cheaper than a call for each
    s, e = regs[0]
    a_start, a_end = regs[_ATOM]
    t_end = regs[_TAIL][1] if regs[_TAIL][0] >= 0 else a_end
    has_tail = t_end > a_end
    text = m.string
    w_start, w_end = regs[_WORD]
    starter = w_start >= 0 and text[w_start:w_end].lower() in ("between", "from")
    out: list[tuple[int, int, bool]] = []
    starts = (s, a_start) if s != a_start else (s,)
    if (
        s != a_start
        and PREPOSITION_HEDGE.match(text, s, a_start)
        and BARE_NAME.fullmatch(text, a_start, a_end)
    ):
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
    simple = SIMPLE.match(text, a_start) if a_end - a_start > 3 else None
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
    read: _Read = functools.lru_cache(maxsize=_READ_CACHE)(functools.partial(_read_prose, pub=pub))
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
        found.append(_with_day(text, Found(start, end, text[start:end], res)))
        pos = found[-1].end
    return with_anaphora(text, found, pub, cores)


def _with_day(text: str, found: Found) -> Found:
    """``found``, a weekday, taken with the day of the month written after it ("Wednesday
    (1)", see :data:`timeline.dates.resolver.DAY_AFTER`)."""
    m = DAY_AFTER.match(text, found.end)
    if m is None or found.text.lower() not in WEEKDAY_NAMES:
        return found
    words = text[found.start : m.end()]
    res = on_named_day(words, found.resolution)
    return found if res is found.resolution else Found(found.start, m.end(), words, res)


# Split-year convention: "2022-23" in prose is a season, school or financial year that runs
# across the two years, and "2022-25" a run of years, never EDTF's season codes (23 autumn,
# 25 spring), which no story writes.
_SPLIT_YEAR: Final = re.compile(r"((?:19|20)[0-9]{2})[-–]([0-9]{2})")


def _read_prose(words: str, pub: datetime.date | None) -> Resolution | None:
    """:func:`timeline.dates.resolve` for words of an article (see ``_SPLIT_YEAR``)."""
    split = _SPLIT_YEAR.fullmatch(words.strip())
    if split is None:
        return resolve(words, pub)
    first = int(split[1])
    last = first - first % 100 + int(split[2])
    years = resolve(f"{first}/{last if last > first else last + 100}", pub)
    return None if years is None else dataclasses.replace(years, text=words)


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
        if _BY_THE.search(text, max(0, start - 16), start):
            return nearer  # "counted by the Monday deadline": met or to be met, the nearer
        return ahead  # "the Jan. 14 deadline"
    if _named_weekday_fits(words, ahead) and not _named_weekday_fits(words, back):
        return ahead  # "Monday, Oct. 26": the year in which Oct. 26 is a Monday
    told = tense(text, start, end)
    if told == "future":
        return ahead
    if _AS_EARLY.match(words):
        return ahead  # "could arrive as early as Tuesday": a forecast of the soonest day
    if _BY.match(words) or _BY_BEFORE.search(text, max(0, start - 24), start):
        return nearer  # "by Jan. 14", "until Tuesday": the deadline nearest publication
    if _ORDERED_FOR.search(text, max(0, start - 60), start):
        return nearer  # "directed him to appear in person on Nov. 28": the day set, the nearer
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
    if text[start] not in "TtYy":
        return False
    word = text[start:end]
    if _DEICTIC.fullmatch(word) is None:
        return False
    if _TODAYS_ERA.match(text, end):
        return True  # "today's teenagers": the present age, not a day
    if word[0].isupper() and any(ch.isalnum() for ch in _left(text, start)):
        return True  # not after an opening quotation mark alone ("``Today, I am resigning")
    para = text.rfind("\n\n", 0, start) + 1
    before = text[para:start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _ahead(text: str, pub: datetime.date | None) -> Resolution | None:
    """``text`` read with a date without a year as the next one (see ``_in_context``)."""
    if _SPLIT_YEAR.fullmatch(text.strip()):
        return _read_prose(text, pub)  # a year in full has no next one
    try:
        return resolve_strict(text, pub, forward=True)
    except NeedsPublished:
        return None


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
