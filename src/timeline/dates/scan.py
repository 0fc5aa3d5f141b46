"""The candidate grammar of the date finder, and a fast scan for where candidates start."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Final

from timeline.dates.holidays import HOLIDAY_CORES, HOLIDAY_PATTERN
from timeline.dates.words import (
    AFTER_RELATIVE,
    DECADE_WORDS,
    FULL_MONTH_NAMES,
    MONTH_ABBREVIATIONS,
    NUMBER_WORDS,
    ORDINAL_DAYS,
    SEASONS,
    TENS_WORDS,
    UNIT_NAMES,
    UNIT_WORDS,
    WEEKDAY_NAMES,
    word_set,
)

# --------------------------------------------------------------------------------------------
# The candidate grammar. Every quantifier is bounded and no repetition is nested, so a match
# attempt at one position costs at most a fixed amount of work: a search is linear in the
# length of the text.
# --------------------------------------------------------------------------------------------

_S: Final = r"(?:[ \t\u00a0]{1,3}\n?[ \t\u00a0]{0,3}|\n[ \t\u00a0]{0,3})"  # a gap, not a blank line
_E: Final = r"(?![A-Za-z0-9])"  # end of a word
_B: Final = r"(?<![A-Za-z0-9])"  # start of a word


def names(words: Iterable[str]) -> str:
    """Capitalised words as a regex alternation: "January|February"."""
    return "|".join(word.capitalize() for word in words)


def _either_case(words: Iterable[str]) -> str:
    """Words whose first letter may be either case, as an alternation: "[Ss]pring"."""
    return "|".join(f"[{word[0].upper()}{word[0]}]{word[1:]}" for word in words)


# The word lists come from timeline.dates.words, the one source of date vocabulary.
_FULL_MONTHS: Final = names(FULL_MONTH_NAMES)
_ABBR: Final = names(MONTH_ABBREVIATIONS)
# Month names are capitalised in news copy; lowercase "may" and "march" are verbs.
_MONTH: Final = rf"(?:(?:{_FULL_MONTHS}){_E}|(?:{_ABBR})\.|(?:{_ABBR})(?=[ \t\u00a0]{{1,3}}\d))"
_WEEKDAYS: Final = names(WEEKDAY_NAMES)
_SEASONS: Final = _either_case(SEASONS)
_DAY: Final = rf"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?{_E}"
_YEAR4: Final = r"[12][0-9]{3}(?![0-9]|[.,][0-9])"
_BARE_YEAR: Final = r"(?:19|20)[0-9]{2}"
_NUM_LEFT: Final = r"(?<![0-9.,$£€#/:])"
_TENS: Final = _either_case(TENS_WORDS)
_COUNT: Final = rf"(?:(?:{_TENS})[- ])?(?:{_either_case(NUMBER_WORDS)}|[0-9]{{1,2}})"
_UNIT: Final = "(?:" + "|".join(f"{unit}s?" for unit in UNIT_NAMES) + ")"
_REL_YEAR: Final = rf"(?:last|this|next){_S}year{_E}"
_THE: Final = rf"(?:[Tt]he{_S})"

_WORD_YEAR: Final = (
    r"(?:(?:[Nn]ineteen|[Ee]ighteen)[ \t\u00a0]{1,3}(?:hundred|ten|eleven|twelve|[a-z]{4,5}teen"
    r"|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-(?:one|two|three|four|five|six|seven|eight"
    r"|nine))?)"
    r"|[Tt]he[ \t\u00a0]{1,3}year[ \t\u00a0]{1,3}two[ \t\u00a0]{1,3}thousand)(?![A-Za-z])"
)
# A day of the month in ordinal words: "March tenth", "May twenty-first".
_DAY_WORD: Final = (
    r"(?:(?:twenty|thirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    rf"|{'|'.join(ORDINAL_DAYS)}){_E}(?!-)"
)
_MONTHEXPR: Final = (
    rf"{_MONTH}"
    rf"(?:{_S}(?:the{_S})?(?:{_DAY}(?:(?:[-–]|{_S}(?:to|through|and){_S}){_DAY})?|{_DAY_WORD}))?"
    rf"(?:,?{_S}(?:of{_S})?(?:{_YEAR4}|{_REL_YEAR}|{_WORD_YEAR}))?"
)
_MONTH_DAY: Final = rf"{_MONTH}{_S}(?:{_DAY}|{_DAY_WORD})(?:,?{_S}{_YEAR4})?"
# (a range of days before the month: "9 to 20 November", "between 9 and 20 November")
_DAY_MONTH: Final = (
    rf"{_THE}?{_DAY}(?:{_S}?[-–]{_S}?{_DAY}|{_S}(?:to|and|through){_S}{_DAY})?{_S}(?:of{_S})?{_MONTH}"
    rf"(?:,?{_S}{_YEAR4}|{_S}{_REL_YEAR})?"
)
_AFTER_RELATIVE: Final = "|".join(sorted(map(re.escape, AFTER_RELATIVE), key=len, reverse=True))
# (the day first, as British copy writes it: "Friday 12 January"; or the word after, in Irish
# and older British usage: "on Tuesday last", "Wednesday last week"; not "Tuesday last year",
# see atoms.DateAtoms.weekday)
_WEEKDAY: Final = (
    rf"(?:{_WEEKDAYS}){_E}(?:,?{_S}(?:{_MONTH_DAY}|{_DAY_MONTH})|{_S}(?:last|next)(?:{_S}week)?{_E}"
    rf"(?![ \t\u00a0]+(?i:{_AFTER_RELATIVE})(?![A-Za-z])))?"
)
_DECADE: Final = (
    rf"(?:{_THE}?(?:{_NUM_LEFT}(?:1[89]|20)[0-9]0s|['‘’][0-9]0s){_E}|{_THE}[0-9]0s{_E}"
    rf"|{_THE}(?:(?:[Ee]arly|[Mm]id|[Ll]ate)(?:-|{_S}))?(?:{_either_case(DECADE_WORDS)}){_E})"
)
_YEAR: Final = rf"{_NUM_LEFT}{_BARE_YEAR}(?:[-–/](?:{_BARE_YEAR}|[0-9]{{2}}))?(?![0-9]|[.,][0-9])"
# A year before 1900 after a preposition of time ("a bridge finished in 1883");
# alone, such a number is more often a count or a measure.
_OLD_YEAR: Final = (
    r"(?=1[0-8][0-9]{2}(?![0-9]|[.,][0-9]))"
    r"(?:(?<=[Ii]n )|(?<=[Ss]ince )|(?<=[Uu]ntil )|(?<=[Bb]efore )|(?<=[Aa]fter )|(?<=[Ff]rom )"
    r"|(?<=[Bb]etween ))[0-9]{4}"
)
# "post-1945", "pre-2008": after or before the year.
_PREFIXED_YEAR: Final = rf"(?:[Pp]ost|[Pp]re)-{_BARE_YEAR}{_E}"
_ISO: Final = r"[12][0-9]{3}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?(?![0-9])"
_SLASHED: Final = r"(?:1[0-2]|0?[1-9])/(?:3[01]|[12][0-9]|0?[1-9])/(?:[0-9]{4}|[0-9]{2})(?![0-9/])"
_SEASON: Final = (
    rf"{_THE}?(?:{_SEASONS}){_E}"
    rf"(?:{_S}(?:of{_S})?(?:{_YEAR4}(?:[-–][0-9]{{2}})?|{_REL_YEAR}|{_WORD_YEAR}))?"
)
_ORDINAL_Q: Final = r"(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)(?:[ \t\u00a0]|-)quarter"
_QUARTER: Final = (
    rf"(?:(?:{_THE}?{_BARE_YEAR}{_S}|(?:[Tt]his|[Ll]ast|[Nn]ext){_S}year['’]s{_S}){_ORDINAL_Q}{_E}"
    rf"|{_THE}?(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)(?:{_S}|-)quarter{_E}"
    rf"(?:{_S}(?:of{_S})?(?:{_YEAR4}|{_REL_YEAR}))?"
    rf"|Q[1-4](?:{_S}{_YEAR4})?{_E})"
)
_RELATIVE: Final = (
    rf"(?:(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow){_E}"
    rf"|{_THE}day{_S}(?:before{_S}yesterday|after{_S}tomorrow){_E}"
    rf"|(?:[Tt]his|[Ll]ast|[Nn]ext){_S}(?:(?:past|coming){_S})?(?:{_WEEKDAYS}){_E},?{_S}{_MONTH_DAY}"
    # (the week first, as Southern African copy writes it: "last week Thursday")
    rf"|(?:[Ll]ast|[Nn]ext){_S}week{_S}(?:{_WEEKDAYS}){_E}"
    rf"|(?:[Tt]his|[Ll]ast|[Nn]ext){_S}(?:(?:past|coming){_S})?"
    rf"(?:week|month|year|quarter|decade|weekend|morning|afternoon|evening|night"
    rf"|{_WEEKDAYS}|{_SEASONS}|{_FULL_MONTHS}){_E}"
    rf"|(?:{_THE}?(?:past|last)|[Tt]his{_S}past){_S}(?:{_COUNT}{_S})?{_UNIT}{_E}"
    rf"|{_COUNT}{_S}{_UNIT}{_S}ago{_E}"
    rf"|(?:[Ee]arlier|[Ll]ater){_S}this{_S}(?:week|month|year|quarter|decade){_E}"
    rf"|{_THE}weekend{_E}"
    rf"|{_THE}current{_S}(?:fiscal{_S})?(?:week|month|quarter|year){_E}"
    rf"|(?:[Tt]his|[Ll]ast|[Nn]ext){_S}fiscal{_S}year{_E}"
    rf"|[Yy]ear(?:-end|{_S}end|['’]s{_S}end){_E})"
)
_HOLIDAY: Final = (
    rf"{_THE}?(?:(?:[Ll]ast|[Tt]his|[Nn]ext){_S})?(?:{HOLIDAY_PATTERN})(?:{_S}week)?"
    rf"(?:(?:,|{_S}of)?{_S}{_YEAR4})?{_E}"
)
_CENTURY: Final = (
    rf"{_THE}(?:1[0-9]th|2[01](?:st|th)|eighteenth|nineteenth|twentieth|twenty-first)"
    rf"(?:{_S}|-)century{_E}"
)
# The expressions "early", "the end of" and the like narrow.
_NARROWABLE: Final = (
    rf"(?:{_MONTHEXPR}|{_SEASON}|{_DECADE}|{_YEAR}"
    rf"|(?:last|this|next){_S}(?:year|month|week|decade|{_SEASONS}){_E}|the{_S}(?:year|month|week){_E})"
)
_MODIFIED: Final = (
    rf"(?:{_THE}?(?:[Ee]arly|[Mm]id|[Ll]ate)(?:-|{_S}){_NARROWABLE}"
    rf"|{_THE}?(?:beginning|start|middle|end){_S}of{_S}{_NARROWABLE}"
    rf"|{_THE}?(?:first|second|third|fourth|last|1st|2nd|3rd|4th|5th){_S}week{_S}of{_S}{_MONTHEXPR}"
    rf"|{_THE}?(?:first|second){_S}half{_S}of{_S}(?:{_YEAR}|the{_S}year{_E}|{_REL_YEAR})"
    rf"|{_THE}?(?:first|last|final){_S}(?:two|three|four|five|six|seven|eight|nine|ten|eleven"
    rf"|[2-9]|1[01]){_S}months{_S}of{_S}(?:{_YEAR}|the{_S}year{_E}|{_REL_YEAR})"
    rf"|{_THE}?week{_S}of{_S}(?:{_MONTH_DAY}|{_DAY_MONTH}))"
)
_ATOM: Final = (
    rf"(?:{_ISO}|{_SLASHED}|{_HOLIDAY}|{_MODIFIED}|{_QUARTER}|{_DAY_MONTH}|{_MONTHEXPR}|{_WEEKDAY}"
    rf"|{_RELATIVE}|{_SEASON}|{_DECADE}|{_CENTURY}|{_WORD_YEAR}|[Ff]iscal{_S}{_YEAR}|{_YEAR}"
    rf"|{_OLD_YEAR}|{_PREFIXED_YEAR})"
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

EXPR: Final = re.compile(
    rf"{_B}(?=[A-Za-z0-9'‘’])(?P<pre>(?:(?:{_HEDGE}){_S})?(?:(?P<word>{_BOUND}|{_STARTER}|{_IN}){_S})?"
    rf"(?:(?:{_HEDGE}){_S})?)"
    rf"(?P<atom>{_ATOM})"
    # a range may end at an occasion named by its month: "and the February hearing"
    rf"(?P<tail>,?{_CONNECTOR}(?:(?:{_HEDGE}){_S})?(?:the{_S}(?={_MONTH}))?{_ATOM})?"
    rf"(?P<post>{_S}or{_S}(?:so|thereabouts){_E})?"
)
#: What leads from the first end of a range to the second: ", to about", " - ".
TAIL_LEAD: Final = re.compile(rf",?{_CONNECTOR}(?:(?:{_HEDGE}){_S})?")
# A single word or number that names a date on its own: the fallback when a longer
# candidate at the same place is refused ("Monday, Oct. 32" still has "Monday").
SIMPLE: Final = re.compile(
    rf"(?:{_MONTH}|(?:{_WEEKDAYS}){_E}|{_NUM_LEFT}{_BARE_YEAR}(?![0-9]|[.,][0-9])"
    rf"|(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow){_E})"
)

# Before a bare month or weekday, "about" and "around" are prepositions ("asked about
# Monday's vote"), not hedges.
PREPOSITION_HEDGE: Final = re.compile(r"(?i:about|around)\b")
BARE_NAME: Final = re.compile(rf"(?:{_FULL_MONTHS}|{_WEEKDAYS})")

# --------------------------------------------------------------------------------------------
# The scan. Trying the grammar at every word of a text is what a plain search costs. Every
# candidate holds a core (a digit, a month or weekday name, a season, a unit of time, a
# relative word), and the words before its first core can only be hedges, bound words and
# the words that open a date ("the", "early", "the end of", "last", "two"). So the scan
# looks for cores, walks back over such words, and tries the grammar only at the word
# starts between: the same candidates as a search, at a fraction of the cost.
# --------------------------------------------------------------------------------------------

# The cores: digits; month and weekday names by their first three letters, as written;
# and the words of seasons, relative days and units of time in any case.
_CASED_CORES: Final = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", *HOLIDAY_CORES,
)  # fmt: skip
_FOLDED_CORES: Final = (
    "spring", "summer", "fall", "autumn", "winter", "today", "tonight", "yesterday",
    "tomorrow", "day", "week", "month", "year", "quarter", "decade", "morning", "afternoon",
    "evening", "night", "century", "nineteen", "eighteen",
)  # fmt: skip
# The decades in words all end in "ties": ``word_cores`` finds them from that ending.
_DECADE_CORES: Final = tuple(DECADE_WORDS)
# A core that begins with another ("Martin" with "Mar") starts where that one does: the
# search for the shorter finds its places.
_CASED_SEARCHED: Final = tuple(
    word for word in _CASED_CORES if not any(o != word and word.startswith(o) for o in _CASED_CORES)
)
_CORE: Final = re.compile(
    rf"[0-9]+|(?<![A-Za-z])(?:{'|'.join(_CASED_CORES)}"
    rf"|(?i:{'|'.join(_FOLDED_CORES + _DECADE_CORES)}))"
)
_DIGIT: Final = re.compile(r"[0-9]")
_DIGITS: Final = re.compile(r"[0-9]+")
# Characters that a case-blind regular expression matches to an ASCII letter although
# their lowercase is not one ("\u212a" Kelvin sign for "k"): a text holding one is
# searched with ``_CORE`` itself.
_FOLDS_TO_ASCII: Final = ("\u0130", "\u0131", "\u017f", "\u212a")
_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
#: Words that may stand before the first core of a candidate, lowercased.
_OPENERS: Final = word_set(
    "as early late on or about around in at sometime roughly approximately circa ca. c. "
    "approx. ever since before after until till prior to up between from the mid beginning "
    "start middle end of first second third fourth last half this next past coming earlier "
    "later current fiscal eighteenth nineteenth twentieth twenty-first"
) | frozenset(NUMBER_WORDS)
#: A count in tens and units, one word: "forty-five".
_TENS_UNITS: Final = re.compile(rf"(?:{_TENS})-(?:{_either_case(UNIT_WORDS)})")
_WORD_CHARS: Final = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.'‘’-"
)
_ALNUM: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_SPACE: Final = frozenset(" \t\u00a0\n\r")
_START: Final = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9'‘’]")
_MAX_OPENERS: Final = 12  # words walked back from a core
_MAX_WORD: Final = 30  # characters of one word
_MAX_GAP: Final = 8  # characters between two words


def _opening(text: str, core: int, floor: int) -> int:
    """Where the words that may open a candidate whose first core is at ``core`` begin.

    From the core, back over the rest of its word ("mid-" before "2014", "'" before
    "90s"), then over whole words that may open a candidate; of the first other word, only
    its end made of word characters ("(between" gives "between"). Never before ``floor``.
    """
    lo = core
    while lo > floor and core - lo < _MAX_WORD and text[lo - 1] in _WORD_CHARS:
        lo -= 1
    for _ in range(_MAX_OPENERS):
        end = lo
        while end > floor and lo - end < _MAX_GAP and text[end - 1] in _SPACE:
            end -= 1
        if end == lo:
            break
        start = end
        while start > floor and end - start < _MAX_WORD and text[start - 1] not in _SPACE:
            start -= 1
        word = text[start:end]
        if word.lower() in _OPENERS or _TENS_UNITS.fullmatch(word):
            lo = start
            continue
        if word.isascii() and word.isalnum():
            return lo  # no end of the word after a mark can open a candidate
        return _inner_opening(text, start, end, lo)
    return lo


def _inner_opening(text: str, start: int, end: int, lo: int) -> int:
    """The start of the longest end of the word ``text[start:end]`` that may open a candidate
    ("(between", "all-about"), else ``lo``."""
    best = lo
    for k in range(end - 1, start, -1):
        if text[k - 1] not in _ALNUM and text[k:end].lower() in _OPENERS:
            best = k
    return best


def word_cores(text: str) -> list[int] | None:
    """Where the cores made of letters start in ``text``, in order: the places ``_CORE``
    matches a word, found with ``str.find`` (a case-blind search of many words costs a
    regular expression a try at every character). None for a text holding a character
    that only a case-blind regular expression reads as an ASCII letter.
    """
    if any(ch in text for ch in _FOLDS_TO_ASCII):
        return None
    low = text.lower()  # as long as ``text``: only U+0130 lowercases to two characters
    starts: set[int] = set()
    for source, words in ((text, _CASED_SEARCHED), (low, _FOLDED_CORES)):
        for word in words:
            i = source.find(word)
            while i >= 0:
                if i == 0 or text[i - 1] not in _LETTERS:
                    starts.add(i)
                i = source.find(word, i + 1)
    i = low.find("ties")
    while i >= 0:
        for word in _DECADE_CORES:
            j = i + 4 - len(word)
            if j >= 0 and low.startswith(word, j) and (j == 0 or text[j - 1] not in _LETTERS):
                starts.add(j)
        i = low.find("ties", i + 1)
    return sorted(starts)


def _next_core(text: str, pos: int, words: list[int]) -> tuple[int, int] | None:
    """The span of the first core at or after ``pos``: what ``_CORE.search`` finds."""
    k = bisect.bisect_left(words, pos)
    word = words[k] if k < len(words) else len(text)
    digit = _DIGIT.search(text, pos, word)
    if digit is not None:
        at = digit.start()
        run = _DIGITS.match(text, at)
        return (at, run.end()) if run is not None else (at, at + 1)
    if k == len(words):
        return None
    core = _CORE.match(text, word)
    return (word, core.end()) if core is not None else (word, word + 1)


def candidate(text: str, pos: int = 0, cores: list[int] | None = None) -> re.Match[str] | None:
    """The first candidate date at or after ``pos``: the same match as ``EXPR.search``.

    ``cores`` is ``word_cores(text)``, worked out once for a text searched again and again;
    without it each call looks for the cores with a regular expression.

    Examples
    --------
    >>> candidate("Filed in early March, it was heard on 2 May.").group()
    'in early March'
    """
    n = len(text)
    while pos < n:
        if cores is None:
            core = _CORE.search(text, pos)
            if core is None:
                return None
            at, end = core.span()
        else:
            found = _next_core(text, pos, cores)
            if found is None:
                return None
            at, end = found
        for start in _START.finditer(text, _opening(text, at, pos), at + 1):
            m = EXPR.match(text, start.start())
            if m is not None:
                return m
        pos = end
    return None
