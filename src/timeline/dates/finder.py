"""Find every date expression in an article's running text, with its span and resolution."""

from __future__ import annotations

import datetime
import functools
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final

from timeline.dates.model import MAX_CHARS, MAX_WORDS, Resolution
from timeline.dates.resolver import publication_date, resolve
from timeline.dates.words import (
    FULL_MONTH_NAMES,
    MONTH_ABBREVIATIONS,
    NUMBER_WORDS,
    SEASONS,
    UNIT_NAMES,
    WEEKDAY_NAMES,
)
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
        What :func:`timeline.dates.resolve` makes of the expression.
    """

    start: int
    end: int
    text: str
    resolution: Resolution

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
        }


# --------------------------------------------------------------------------------------------
# The candidate grammar. Every quantifier is bounded and no repetition is nested, so a match
# attempt at one position costs at most a fixed amount of work: a search is linear in the
# length of the text.
# --------------------------------------------------------------------------------------------

_S: Final = r"(?:[ \t\u00a0]{1,3}\n?[ \t\u00a0]{0,3}|\n[ \t\u00a0]{0,3})"  # a gap, not a blank line
_E: Final = r"(?![A-Za-z0-9])"  # end of a word
_B: Final = r"(?<![A-Za-z0-9])"  # start of a word


def _names(words: Iterable[str]) -> str:
    """Capitalised words as a regex alternation: "January|February"."""
    return "|".join(word.capitalize() for word in words)


def _either_case(words: Iterable[str]) -> str:
    """Words whose first letter may be either case, as an alternation: "[Ss]pring"."""
    return "|".join(f"[{word[0].upper()}{word[0]}]{word[1:]}" for word in words)


# The word lists come from timeline.dates.words, the one source of date vocabulary.
_FULL_MONTHS: Final = _names(FULL_MONTH_NAMES)
_ABBR: Final = _names(MONTH_ABBREVIATIONS)
# Month names are capitalised in news copy; lowercase "may" and "march" are verbs.
_MONTH: Final = rf"(?:(?:{_FULL_MONTHS}){_E}|(?:{_ABBR})\.|(?:{_ABBR})(?=[ \t\u00a0]{{1,3}}\d))"
_WEEKDAYS: Final = _names(WEEKDAY_NAMES)
_SEASONS: Final = _either_case(SEASONS)
_DAY: Final = rf"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?{_E}"
_YEAR4: Final = r"[12][0-9]{3}(?![0-9]|[.,][0-9])"
_BARE_YEAR: Final = r"(?:19|20)[0-9]{2}"
_NUM_LEFT: Final = r"(?<![0-9.,$£€#/:])"
_COUNT: Final = rf"(?:{_either_case(NUMBER_WORDS)}|[0-9]{{1,2}})"
_UNIT: Final = "(?:" + "|".join(f"{unit}s?" for unit in UNIT_NAMES) + ")"
_REL_YEAR: Final = rf"(?:last|this|next){_S}year{_E}"
_THE: Final = rf"(?:[Tt]he{_S})"

_MONTH_EXPR: Final = (
    rf"{_MONTH}"
    rf"(?:{_S}(?:the{_S})?{_DAY}(?:(?:[-–]|{_S}(?:to|through|and){_S}){_DAY})?)?"
    rf"(?:,?{_S}(?:of{_S})?(?:{_YEAR4}|{_REL_YEAR}))?"
)
_MONTH_DAY: Final = rf"{_MONTH}{_S}{_DAY}(?:,?{_S}{_YEAR4})?"
_DAY_MONTH: Final = rf"{_THE}?{_DAY}{_S}(?:of{_S})?{_MONTH}(?:,?{_S}{_YEAR4})?"
_WEEKDAY: Final = rf"(?:{_WEEKDAYS}){_E}(?:,?{_S}{_MONTH_DAY})?"
_DECADE: Final = (
    rf"(?:{_THE}?(?:{_NUM_LEFT}(?:1[89]|20)[0-9]0s|['‘’][0-9]0s){_E}|{_THE}[0-9]0s{_E})"
)
_YEAR: Final = rf"{_NUM_LEFT}{_BARE_YEAR}(?:[-–](?:{_BARE_YEAR}|[0-9]{{2}}))?(?![0-9]|[.,][0-9])"
_ISO: Final = r"[12][0-9]{3}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?(?![0-9])"
_SLASHED: Final = r"(?:1[0-2]|0?[1-9])/(?:3[01]|[12][0-9]|0?[1-9])/(?:[0-9]{4}|[0-9]{2})(?![0-9/])"
_SEASON: Final = (
    rf"{_THE}?(?:{_SEASONS}){_E}"
    rf"(?:{_S}(?:of{_S})?(?:{_YEAR4}(?:[-–][0-9]{{2}})?|{_REL_YEAR}))?"
)
_QUARTER: Final = (
    rf"(?:{_THE}?(?:first|second|third|fourth|1st|2nd|3rd|4th)(?:{_S}|-)quarter{_E}"
    rf"(?:{_S}(?:of{_S})?(?:{_YEAR4}|{_REL_YEAR}))?"
    rf"|Q[1-4](?:{_S}{_YEAR4})?{_E})"
)
_RELATIVE: Final = (
    rf"(?:(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow){_E}"
    rf"|{_THE}day{_S}(?:before{_S}yesterday|after{_S}tomorrow){_E}"
    rf"|(?:[Tt]his|[Ll]ast|[Nn]ext){_S}(?:(?:past|coming){_S})?"
    rf"(?:week|month|year|quarter|decade|weekend|morning|afternoon|evening|night"
    rf"|{_WEEKDAYS}|{_SEASONS}|{_FULL_MONTHS}){_E}"
    rf"|(?:{_THE}?(?:past|last)|[Tt]his{_S}past){_S}(?:{_COUNT}{_S})?{_UNIT}{_E}"
    rf"|{_COUNT}{_S}{_UNIT}{_S}ago{_E}"
    rf"|(?:[Ee]arlier|[Ll]ater){_S}this{_S}(?:week|month|year|quarter|decade){_E}"
    rf"|{_THE}weekend{_E})"
)
# The expressions "early", "the end of" and the like narrow.
_NARROWABLE: Final = (
    rf"(?:{_MONTH_EXPR}|{_SEASON}|{_DECADE}|{_YEAR}"
    rf"|(?:last|this|next){_S}(?:year|month|week|decade|{_SEASONS}){_E}|the{_S}(?:year|month|week){_E})"
)
_MODIFIED: Final = (
    rf"(?:{_THE}?(?:[Ee]arly|[Mm]id|[Ll]ate)(?:-|{_S}){_NARROWABLE}"
    rf"|{_THE}?(?:beginning|start|middle|end){_S}of{_S}{_NARROWABLE}"
    rf"|{_THE}?(?:first|second|third|fourth|last|1st|2nd|3rd|4th|5th){_S}week{_S}of{_S}{_MONTH_EXPR}"
    rf"|{_THE}?(?:first|second){_S}half{_S}of{_S}(?:{_YEAR}|the{_S}year{_E}|{_REL_YEAR})"
    rf"|{_THE}?week{_S}of{_S}(?:{_MONTH_DAY}|{_DAY_MONTH}))"
)
_ATOM: Final = (
    rf"(?:{_ISO}|{_SLASHED}|{_MODIFIED}|{_QUARTER}|{_DAY_MONTH}|{_MONTH_EXPR}|{_WEEKDAY}"
    rf"|{_RELATIVE}|{_SEASON}|{_DECADE}|{_YEAR})"
)
_HEDGE: Final = (
    r"(?i:as early as|as late as|on or about|on or around|in or around|at or around"
    r"|sometime around|about|around|roughly|approximately|circa)(?![A-Za-z0-9])"
    r"|(?:[Cc]a?|[Aa]pprox)\."
)
_BOUND: Final = r"(?i:ever since|since|before|after|until|till|prior to|up until|up to)"
_STARTER: Final = r"(?i:between|from)"
# "in" is kept with the date it introduces ("in January"), as the case format writes dates.
_IN: Final = (
    rf"(?i:in)(?={_S}(?:(?!(?:{_WEEKDAYS}){_E})[A-Z0-9'‘’]|the |early|mid|late|spring|summer"
    r"|fall|autumn|winter))"
)
_CONNECTOR: Final = rf"(?:{_S}?[-–—]{_S}?|{_S}(?:to|through|thru|until|till|and|or){_S})"

_EXPR: Final = re.compile(
    rf"{_B}(?=[A-Za-z0-9'‘’])(?P<pre>(?:(?:{_HEDGE}){_S})?(?:(?P<word>{_BOUND}|{_STARTER}|{_IN}){_S})?"
    rf"(?:(?:{_HEDGE}){_S})?)"
    rf"(?P<atom>{_ATOM})"
    rf"(?P<tail>,?{_CONNECTOR}(?:(?:{_HEDGE}){_S})?{_ATOM})?"
    rf"(?P<post>{_S}or{_S}(?:so|thereabouts){_E})?"
)
# A single word or number that names a date on its own: the fallback when a longer
# candidate at the same place is refused ("Monday, Oct. 32" still has "Monday").
_SIMPLE: Final = re.compile(
    rf"(?:{_MONTH}|(?:{_WEEKDAYS}){_E}|{_NUM_LEFT}{_BARE_YEAR}(?![0-9]|[.,][0-9])"
    rf"|(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow){_E})"
)

# Before a bare month or weekday, "about" and "around" are prepositions ("asked about
# Monday's vote"), not hedges.
_PREPOSITION_HEDGE: Final = re.compile(r"(?i:about|around)\b")
_BARE_NAME: Final = re.compile(rf"(?:{_FULL_MONTHS}|{_WEEKDAYS})")
_SENTENCE_END: Final = re.compile(r"[.!?][\"”’')\]]{0,3}$")
_RIGHT: Final = re.compile(r"\S{0,20}(?:[ \t\u00a0]{1,3}\n?[ \t\u00a0]{0,3}\S{1,25})?")
_CAPITAL_SEASON_END: Final = re.compile(rf"(?:{_names(SEASONS)})$")
_CAPITAL_WORD: Final = re.compile(r"[ \t\u00a0]{1,3}([A-Z][a-z]+)")
_DATE_WORDS: Final = frozenset(
    _FULL_MONTHS.split("|") + _WEEKDAYS.split("|") + ["Sept", "The", "This", "Last", "Next"]
)
# Words after a year that make it part of an address or a name, not a date ("the 2000 block").
_NOT_YEAR_AFTER: Final = re.compile(r"\s{1,3}(?:block|blocks)\b")
# A capitalised possessive before "March" names a demonstration ("the Women's March").
_MARCH_NAME: Final = re.compile(r"[A-Z][A-Za-z]*['’]s[ \t\u00a0]{1,3}$")
_WINDOW_CONTEXT: Final = 40
_READ_CACHE: Final = 4096  # distinct texts each search remembers


parse_published: Final = publication_date
"""The publication-date reader of :func:`find`: the same function as
:func:`timeline.dates.publication_date` (kept under this name for older code)."""


_GAP: Final = " \t\u00a0\n"
_Read = Callable[[str], Resolution | None]  # resolve against one publication date


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
    if _CAPITAL_SEASON_END.search(cand):
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
    if _PREPOSITION_HEDGE.match(m.group("pre")) and _BARE_NAME.fullmatch(m.group("atom")):
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
    simple = _SIMPLE.match(m.string, a_start)
    if simple is not None and simple.end() < a_end:
        out.append((a_start, simple.end(), False))
    return out


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
    read: _Read = functools.lru_cache(maxsize=_READ_CACHE)(
        functools.partial(resolve, published=parse_published(published))
    )
    found: list[Found] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _EXPR.search(text, pos)
        if m is None:
            break
        accepted: tuple[int, int, Resolution] | None = None
        for start, end, has_tail in _spans(m):
            shorter = read(text[start : m.end("atom")]) if has_tail else None
            res = _confirm(text, start, end, read, shorter)
            if res is not None:
                accepted = (start, end, res)
                break
        if accepted is None:
            pos = m.start() + 1
            continue
        start, end, res = accepted
        found.append(Found(start, end, text[start:end], res))
        pos = end
    return found


def find_command(file: str, published: str | None) -> int:
    """Print every date found in a text file as JSON lines: ``timeline dates --find FILE``.

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
    for item in find(text, pub):
        out.write(json.dumps(item.record(), ensure_ascii=False) + "\n")
    return ExitCode.OK
