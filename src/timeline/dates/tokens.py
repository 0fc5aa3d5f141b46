"""Tokens of a date text and a bounds-safe cursor over them."""

from __future__ import annotations

import datetime
import enum
import re
from dataclasses import dataclass
from typing import Final

from timeline.dates.model import NeedsPublished
from timeline.dates.words import (
    ANAPHORIC,
    ANAPHORIC_AFTER_THE,
    DATE_WORDS,
    FULL_MONTHS,
    HYPHEN_DATE_WORDS,
    MONTHS,
    NUMBER_WORDS,
    UNIT_NOUNS,
    WEAK_MONTHS,
    YEAR_CONTEXT,
)

Date = datetime.date
MIN_YEAR: Final = 1000
"""The earliest four-digit number read as a year."""
MAX_YEAR: Final = 2999
"""The latest four-digit number read as a year."""


class TokenKind(enum.Enum):
    """What a token is."""

    WORD = "word"  # letters, with the dot after them if any ("Oct.")
    NUMBER = "number"  # digits, with an ordinal or plural suffix if any ("9th", "1990s")
    PUNCT = "punct"  # one other character
    QUANTITY = "quantity"  # a grouped or decimal number: 10,000 or 6.3
    DECADE = "decade"  # an apostrophe decade: '90s
    END = "end"  # past either end of the text


# Module-level names: a plain global is quicker to read than an enum class attribute.
WORD: Final = TokenKind.WORD
NUMBER: Final = TokenKind.NUMBER
PUNCT: Final = TokenKind.PUNCT
QUANTITY: Final = TokenKind.QUANTITY
DECADE: Final = TokenKind.DECADE
END: Final = TokenKind.END

_TOKEN_RE: Final = re.compile(
    r"(?P<big>\d{1,3}(?:,\d{3})+(?!\d))"
    r"|(?P<dec>\d+\.\d+)"
    r"|(?P<num>\d+)(?:(?P<suf>st|nd|rd|th|s)(?![A-Za-z]))?"
    r"|(?P<apos>['‘’]\d\ds)(?![A-Za-z])"
    r"|(?P<word>[A-Za-z]+)(?P<dot>\.)?"
    r"|(?P<punct>\S)",
    re.ASCII | re.IGNORECASE,
)
DASH_CHARS: Final = str.maketrans({"–": "-", "—": "-", "‒": "-", "−": "-", "‐": "-", "‑": "-"})
"""Translation of the Unicode dashes to ``-``."""


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a date text.

    Attributes
    ----------
    kind : TokenKind
        What the token is.
    text, low : str
        Its characters, as written and lowercased.
    val : int
        A number's value (-1 past nine digits, or for a quantity or punctuation); a
        decade's two digits; 0 for a word.
    suf : str
        A number's suffix, lowercased: "st", "nd", "rd", "th", "s" or "".
    dot : bool
        Whether a word is followed by a dot ("Oct.").
    cap : bool
        Whether a word starts with a capital.
    start, end : int
        Its offsets in the text.
    """

    kind: TokenKind
    text: str
    low: str
    val: int
    suf: str
    dot: bool
    cap: bool
    start: int
    end: int


END_TOKEN: Final = Token(END, "", "", -1, "", False, False, -1, -1)
"""What the cursor returns for a position outside the tokens."""


def tokenize(s: str) -> list[Token]:
    """The tokens of ``s``.

    Examples
    --------
    >>> [(t.kind.value, t.text) for t in tokenize("Oct. 9, 2017")]
    [('word', 'Oct'), ('number', '9'), ('punct', ','), ('number', '2017')]
    """
    toks: list[Token] = []
    for m in _TOKEN_RE.finditer(s):
        a, b = m.span()
        if m.group("num") is not None:
            digits = m.group("num")
            suf = (m.group("suf") or "").lower()
            val = int(digits) if len(digits) <= 9 else -1
            toks.append(Token(NUMBER, digits, digits, val, suf, False, False, a, b))
        elif m.group("word") is not None:
            w = m.group("word")
            dot = m.group("dot") is not None
            toks.append(Token(WORD, w, w.lower(), 0, "", dot, w[0].isupper(), a, b))
        elif m.group("apos") is not None:
            apos = m.group("apos")
            toks.append(Token(DECADE, apos, apos, int(apos[1:3]), "s", False, False, a, b))
        elif m.lastgroup in ("big", "dec"):
            toks.append(Token(QUANTITY, m.group(), m.group(), -1, "", False, False, a, b))
        else:
            ch = m.group()
            toks.append(Token(PUNCT, ch, ch, -1, "", False, False, a, b))
    return toks


class TokenCursor:
    """Reads the tokens of one text by position; any position is safe to ask about.

    Parameters
    ----------
    toks : list of Token
        The tokens of the text.
    published : datetime.date or None
        The publication date relative words are read against.
    forward : bool
        Whether a date without a year is the next one on or after the publication date
        (the text speaks of the future) rather than the last one on or before it.
    """

    __slots__ = ("forward", "published", "size", "toks")

    def __init__(self, toks: list[Token], published: Date | None, *, forward: bool = False) -> None:
        self.toks = toks
        self.size = len(toks)
        self.published = published
        self.forward = forward

    def need_published(self) -> Date:
        """The publication date; raise :class:`NeedsPublished` when there is none."""
        if self.published is None:
            raise NeedsPublished
        return self.published

    def token(self, i: int) -> Token:
        """Token ``i``, or :data:`END_TOKEN` outside the text."""
        return self.toks[i] if 0 <= i < self.size else END_TOKEN

    def word(self, i: int) -> str:
        """Token ``i`` lowercased if it is a word, else ""."""
        if 0 <= i < self.size and self.toks[i].kind is WORD:
            return self.toks[i].low
        return ""

    def punct(self, i: int) -> str:
        """Token ``i`` if it is punctuation, else ""."""
        if 0 <= i < self.size and self.toks[i].kind is PUNCT:
            return self.toks[i].low
        return ""

    def phrase(self, i: int, words: tuple[str, ...]) -> bool:
        """Whether the words from token ``i`` on are ``words``."""
        if i < 0 or i + len(words) > self.size:
            return False
        toks = self.toks
        for k, word in enumerate(words):
            tok = toks[i + k]
            if tok.kind is not WORD or tok.low != word:
                return False
        return True

    def touches_next(self, i: int) -> bool:
        """Whether token i touches token i + 1 (no space between)."""
        return i >= 0 and i + 1 < self.size and self.toks[i].end == self.toks[i + 1].start

    def number(self, i: int, lo: int, hi: int, *, ordinal_ok: bool = True) -> int | None:
        """A number from ``lo`` to ``hi`` at token ``i`` ("9", "9th" if ``ordinal_ok``)."""
        if not 0 <= i < self.size:
            return None
        tok = self.toks[i]
        if tok.kind is not NUMBER or tok.suf == "s" or len(tok.text) > 4:
            return None
        if tok.suf and not ordinal_ok:
            return None
        return tok.val if lo <= tok.val <= hi else None

    def small_count(self, i: int) -> int | None:
        """A small count: "two", "a", "3"."""
        if 0 <= i < self.size and self.toks[i].kind is WORD:
            return NUMBER_WORDS.get(self.toks[i].low)
        return self.number(i, 1, 99, ordinal_ok=False)

    def year(self, i: int) -> int | None:
        """A four-digit year with nothing after it that makes it a quantity."""
        if not 0 <= i < self.size:
            return None
        tok = self.toks[i]
        if (
            tok.kind is not NUMBER
            or tok.suf
            or len(tok.text) != 4
            or not MIN_YEAR <= tok.val <= MAX_YEAR
        ):
            return None
        if self.makes_count(i + 1) or self.in_numeric_date(i):
            return None  # a count, or part of a numeric date such as 2017/10/09
        return tok.val

    def in_numeric_date(self, i: int) -> bool:
        """Whether the number at i runs on into a numeric date ("2017/10/09", "2017.10.09").

        A full stop after a year ends the sentence ("It began in 2016."); only a separator
        with a number straight after it makes the year part of something longer.
        """
        return (
            self.punct(i + 1) in ("/", ".")
            and self.touches_next(i)
            and self.touches_next(i + 1)
            and self.token(i + 2).kind is NUMBER
        )

    def makes_count(self, i: int) -> bool:
        """Whether token i makes the number before it a count or a measure."""
        nxt = self.punct(i)
        # a colon makes a clock time or a score ("11:30", "3:1"), not the label of a
        # chronology's entry ("Feb 11: Power goes off")
        clock = nxt == ":" and self.token(i + 1).kind is NUMBER
        if nxt == "%" or clock or self.word(i) in UNIT_NOUNS:
            return True
        return nxt == "-" and self.touches_next(i - 1) and self.word(i + 1) not in HYPHEN_DATE_WORDS

    def month(self, i: int) -> tuple[int, bool] | None:
        """Month at token i, and whether it may stand alone (no day or year after it)."""
        tok = self.token(i)
        if tok.kind is not WORD:
            return None
        m = MONTHS.get(tok.low)
        if m is None:
            return None
        alone = tok.cap if tok.low in WEAK_MONTHS else (tok.low in FULL_MONTHS or tok.dot)
        return m, alone

    def in_name(self, k: int) -> bool:
        """Whether a bare month or season word at k is part of a name ("Theresa May")."""
        prev = self.token(k - 1)
        if (
            prev.kind is WORD
            and prev.cap
            and prev.low not in YEAR_CONTEXT
            and prev.low not in DATE_WORDS
        ):
            return True
        nxt = self.token(k + 1)
        if self.token(k).dot and self.token(k).low in FULL_MONTHS:
            return False  # "in mid-October. In a news release": the sentence ends there
        if nxt.kind is WORD and nxt.cap and nxt.low not in DATE_WORDS:
            return prev.kind is END or prev.low not in YEAR_CONTEXT
        return False

    def anaphoric(self, i: int) -> bool:
        """Whether the words before ``i`` make a date there anaphoric ("that Monday")."""
        if self.word(i - 1) in ANAPHORIC:
            return True
        return self.word(i - 1) in ANAPHORIC_AFTER_THE and self.word(i - 2) == "the"
