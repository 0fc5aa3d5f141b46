"""Article text: folding for quote checks, and paragraph numbering."""

from __future__ import annotations

import re

__all__ = ["MONTHS", "contains_quote", "first_line", "fold", "paragraphs", "plural"]

MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
"""English month names, whatever the machine's locale."""

_FOLD = str.maketrans(
    {
        "\u2018": "'",  # left single quotation mark
        "\u2019": "'",  # right single quotation mark, typographic apostrophe
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2026": "...",
    }
)
_SPACE = re.compile(r"\s+")
_BLANK = re.compile(r"\n[ \t\r\f\v]*\n")


_NUMBER_WORDS: tuple[str, ...] = (
    "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
)  # fmt: skip


def plural(n: int, noun: str, nouns: str | None = None, *, spell: bool = False) -> str:
    """``n`` and ``noun``, plural unless ``n`` is 1, thousands separated.

    With ``spell``, zero to nine are written as words, as news style does in prose.

    Examples
    --------
    >>> plural(1, "event"), plural(1024, "event"), plural(2, "address", "addresses")
    ('1 event', '1,024 events', '2 addresses')
    >>> plural(3, "practice", spell=True), plural(12, "practice", spell=True)
    ('three practices', '12 practices')
    """
    count = _NUMBER_WORDS[n] if spell and 0 <= n < len(_NUMBER_WORDS) else f"{n:,}"
    return f"{count} {noun if n == 1 else nouns or noun + 's'}"


def fold(text: str) -> str:
    """Fold typographic quotes, apostrophes, dashes and white space to plain forms.

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    str
        The text with curly quotes as straight ones, dashes as ``-``, an ellipsis as three
        dots and every run of white space as one space, stripped at both ends.

    Examples
    --------
    >>> fold("It\u2019s up to \u201c#ICE\u201d \u2014  to vet")
    'It\\'s up to "#ICE" - to vet'
    """
    return _SPACE.sub(" ", text.translate(_FOLD)).strip()


def contains_quote(haystack: str, quote: str) -> bool:
    """Say whether ``quote`` appears verbatim in ``haystack`` once both are folded."""
    needle = fold(quote)
    return bool(needle) and needle in fold(haystack)


def first_line(article: str) -> str:
    """The article's first non-blank line, its white space collapsed: the headline."""
    for line in article.splitlines():
        if line.strip():
            return " ".join(line.split())
    return ""


def paragraphs(article: str, headline: str | None = None) -> dict[int, str]:
    """Number an article's paragraphs the way ``source`` cites them (``article ¶N``).

    Paragraphs are blocks of text separated by blank lines; a text with no blank lines
    has one paragraph per line. When the first block is the headline (the same words as
    ``headline`` once folded), it is ¶0 and the story counts from ¶1; otherwise the first
    block is ¶1.

    Examples
    --------
    >>> paragraphs("Big news\\n\\nFirst.\\n\\n\\nSecond.", headline="Big news")
    {0: 'Big news', 1: 'First.', 2: 'Second.'}
    """
    text = article.replace("\r\n", "\n").replace("\r", "\n")
    splitter = _BLANK if _BLANK.search(text) else re.compile(r"\n")
    blocks = [b.strip() for b in splitter.split(text) if b.strip()]
    first = 1
    if blocks and headline is not None and fold(blocks[0]) == fold(headline):
        first = 0
    return {i + first: block for i, block in enumerate(blocks)}
