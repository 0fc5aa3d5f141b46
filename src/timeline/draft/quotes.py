"""Quotations: where a sentence quotes someone, and the reporter's words around the quotes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = [
    "best_quote",
    "doubled",
    "in_source",
    "outside_quotes",
    "quote_outside_words",
    "quote_spans",
]

# Quotation convention, British and Commonwealth style: a paragraph with no double quotation
# marks may quote in single ones ('Every post will be fully manned,' he said). A mark
# between two letters is an apostrophe (Britain's, don't); one that opens follows a space
# or the start, one that closes is followed by a space, punctuation or the end.
_SINGLE_OPEN: Final = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘](?=[\w$£€])", re.MULTILINE)
_SINGLE_CLOSE: Final = re.compile(r"(?<=[\w.,!?…%])['’](?=[\s.,;:!?)\]—–-]|$)", re.MULTILINE)


def doubled(text: str) -> str:
    """``text`` with the single quotation marks of each paragraph that has no double ones
    made double (“ ”), character for character, so offsets still hold."""
    chars = list(text)
    at = 0
    for block in re.split(r"(\n\s*\n)", text):
        if "“" not in block and '"' not in block:
            k = 0
            while (opened := _SINGLE_OPEN.search(block, k)) is not None:
                closed = _SINGLE_CLOSE.search(block, opened.end())
                if closed is None or "\n" in block[opened.end() : closed.start()]:
                    break
                chars[at + opened.start()], chars[at + closed.start()] = "“", "”"
                k = closed.end()
        at += len(block)
    return "".join(chars)


def in_source(quote: str, drafted: str, source: str) -> str:
    """``quote``, taken from ``drafted`` (see :func:`doubled`), in ``source``'s own marks."""
    at = drafted.find(quote) if quote else -1
    return source[at : at + len(quote)] if at >= 0 else quote


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of quotation marks; an unclosed quote
    runs to the end of the text."""
    spans: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "“":
            close = text.find("”", i + 1)
        elif ch == '"':
            close = text.find('"', i + 1)
        else:
            i += 1
            continue
        end = n if close < 0 else close
        if end > i + 1:
            spans.append((i + 1, end))
        i = end + 1
    return spans


def outside_quotes(text: str, quotes: Sequence[tuple[int, int]]) -> str:
    """The text with quoted words blanked out (same length, so offsets still hold).

    Fragment convention: a quoted fragment of a few lowercase words woven into the
    reporter's sentence ('It "categorically denies" any wrongdoing') is the sentence's own
    syntax, so it stays; a quotation that ends the sentence ('Another replied, "not a
    chance."') is an utterance.
    """
    chars = list(text)
    for a, b in quotes:
        woven = re.search(r"\w", text[b + 1 :]) is not None  # the sentence goes on after it
        if woven and len(text[a:b].split()) <= 3 and text[a:b].lstrip()[:1].islower():
            continue
        for k in range(max(0, a - 1), min(len(chars), b + 1)):
            chars[k] = " "
    return "".join(chars)


def quote_outside_words(text: str) -> list[str]:
    """The words of a text outside its quotations."""
    return outside_quotes(text, quote_spans(text)).split()


def best_quote(s: str, a: int, b: int) -> str:
    """The longest quotation inside ``s[a:b]``, marks and all, or "" when there is none."""
    spans = [(qa, qb) for qa, qb in quote_spans(s) if qa >= a - 1 and qb <= b + 1]
    if not spans:
        return ""
    qa, qb = max(spans, key=lambda q: q[1] - q[0])
    return s[qa:qb].strip()
