"""Splitting an article into sentences: pysbd with AP style's titles, and its slips mended."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Final

import pysbd
from pysbd.lang.english import English

from timeline.draft.evidence import EVIDENCE_NOUN
from timeline.draft.furniture import AFTER_CLOCK, CLOCK_END, DATELINE, LIST_ITEM
from timeline.draft.words import EMBED_SIGNATURE
from timeline.text import paragraphs

__all__ = ["Sentence", "join_embeds", "runs_on", "split_sentences", "unfurnished"]

# Titles and abbreviations of AP copy that pysbd's English list lacks ("Atty. Gen."), and
# Canadian Press titles ("Coun. Lise Roy", "Ald. Ward", "Const. Ian Pike", "Cst. Li").
_AP_ABBREVIATIONS: Final = (
    "adm asst atty attys brig capt cmdr col cpl dep det dist gen gov insp lt maj msgr pfc "
    "rep reps rev sen sens sgt spc supt pvt ens sfc cllr hon amb coun ald const cst engr barr alh "
    "pharm arc comr"
)


class _NewsEnglish(English):  # type: ignore[misc]
    """pysbd's English rules with AP style's prepositive titles added."""

    class Abbreviation(English.Abbreviation):  # type: ignore[misc]
        ABBREVIATIONS = sorted(
            set(English.Abbreviation.ABBREVIATIONS) | set(_AP_ABBREVIATIONS.split())
        )
        PREPOSITIVE_ABBREVIATIONS = sorted(
            set(English.Abbreviation.PREPOSITIVE_ABBREVIATIONS) | set(_AP_ABBREVIATIONS.split())
        )
        NUMBER_ABBREVIATIONS = English.Abbreviation.NUMBER_ABBREVIATIONS


def _segmenter() -> Any:
    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    seg.language_module = _NewsEnglish
    return seg


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an article.

    Attributes
    ----------
    para : int
        Its paragraph, numbered as ``article ¶N`` cites it.
    index : int
        Its position among the article's sentences, from 0.
    start, end : int
        Offsets into the paragraph's text (``paragraphs(article, headline)[para]``).
    text : str
        The sentence, exactly as in the article, without surrounding white space.
    """

    para: int
    index: int
    start: int
    end: int
    text: str


_ATTRIBUTION_ONLY = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+){0,3}?(?:said|says|asked|asks|wrote|writes|added|tweeted|told"
    r"|replied|responded)\b[^.!?]{0,60}[.!?]?\s*$"
)


_KEEPS_ATTRIBUTION = ("?”", '?"', "!”", '!"', ",”", ',"', ",’”", ",'\"", "?’”", "!’”")
_COMPANY_END = re.compile(r"\b(?:Inc|Ltd|Corp|Co|LLC|Bros)\.\s*$")

_AND_EVIDENCE = re.compile(
    rf",\s+and\s+(?=(?:an?|the|its|their)\s+(?:[\w’'-]+\s+){{0,3}}?{EVIDENCE_NOUN}\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:showed|shows|found|finds|revealed|reveals)\b)",
    re.IGNORECASE,
)


def _evidence_clauses(text: str) -> list[int]:
    """Where ", and an internal investigation showed ..." starts a clause of its own.

    Evidence convention: "the office said it erred, and an internal investigation showed
    the man never opened the door" joins two facts, each with its own subject; the
    evidence and what it shows are read as a sentence of their own.
    """
    return [m.end() for m in _AND_EVIDENCE.finditer(text)]


def _boundaries(seg: Any, para: str) -> list[int]:
    """Sentence starts in a paragraph, from pysbd, with two of its known slips mended."""
    flat = para.replace("\n", " ")  # hard-wrapped lines are not sentence ends
    starts = sorted({span.start for span in seg.segment(flat)} | {0})
    # a list's items are, each one, a sentence of their own (see LIST_ITEM)
    clauses = set(_evidence_clauses(flat)) | {m.start() for m in LIST_ITEM.finditer(para)} - {0}
    starts = sorted({*starts, *clauses})
    kept: list[int] = [0]
    for k, start in enumerate(starts[1:], 1):
        if start in clauses:
            kept.append(start)
            continue
        head = flat[start:].lstrip()
        prev = flat[kept[-1] : start]
        joins = (
            not head
            or head[0].islower()
            # (nor a dash: "BURLINGTON, Ont. — The morning after": the dateline's dash)
            or head[0] in ",;:)]”’—–"
            or (CLOCK_END.search(prev) is not None and AFTER_CLOCK.match(head) is not None)
            # "paid Crestline Advisors Ltd. $1.2 million": a company's abbreviation before
            # a sum or a number ends no sentence
            or (_COMPANY_END.search(prev) is not None and (head[0] in "$€£" or head[0].isdigit()))
            # A quotation that ends in "?" or "!" keeps its attribution: '“Why?” she
            # asked.' is one sentence, not a question and a sentence of its own; so does one
            # that ends in a comma, a quotation inside it too: '“He said, ‘Not a dime,’” Ali said.'
            or (
                prev.rstrip().endswith(_KEEPS_ATTRIBUTION)
                and _ATTRIBUTION_ONLY.match(flat[start : (starts[k + 1 :] or [None])[0]].lstrip())
            )
        )
        if not joins:
            kept.append(start)
    return kept


def split_sentences(article: str, headline: str | None = None) -> list[Sentence]:
    """Split an article into sentences, paragraph by paragraph.

    Sentence boundaries come from pysbd (``Segmenter(language="en", clean=False,
    char_span=True)``) with AP titles such as "Atty. Gen." and "Lt. Gov." added to its
    abbreviations, so they do not end a sentence ("U.S." is already there). Its slips are
    mended: a piece that starts in lowercase or with ``,;:)`` joins the sentence before it,
    and so do a weekday after "a.m."/"p.m.", a sum after "Inc." or "Ltd.", and the
    attribution after a quoted question
    ('"Why?" she asked.'). One clause is read as a sentence of its own: ", and an internal
    review showed ..." (see ``_evidence_clauses``). Every character of a paragraph belongs to
    exactly one sentence.

    Parameters
    ----------
    article : str
        The article text.
    headline : str or None
        The headline, as in ``case.yml``: when the first block is the headline it is ¶0.

    Returns
    -------
    list of Sentence
        In reading order.
    """
    seg = _segmenter()
    out: list[Sentence] = []
    for n, para in paragraphs(article, headline=headline).items():
        starts = _boundaries(seg, para)
        ends = [*starts[1:], len(para)]
        for a, b in zip(starts, ends, strict=True):
            chunk = para[a:b]
            lead = len(chunk) - len(chunk.lstrip())
            text = chunk.strip()
            if text:
                out.append(Sentence(n, len(out), a + lead, a + lead + len(text), text))
    return out


def runs_on(sentences: Sequence[Sentence], paras: Mapping[int, str]) -> frozenset[int]:
    """The sentences that open a paragraph running on a quotation left open before it.

    AP style runs a quotation on into the next paragraph by leaving it open at the end of
    the first, so the next paragraph's quote is the same speaker's.
    """
    left_open = {
        n for n, text in paras.items() if text.count("“") > text.count("”") or text.count('"') % 2
    }
    first: dict[int, int] = {}
    for sent in sentences:
        first.setdefault(sent.para, sent.index)
    return frozenset(index for para, index in first.items() if para - 1 in left_open)


def join_embeds(sentences: list[Sentence], paras: dict[int, str]) -> list[Sentence]:
    """The sentences, with each embedded post's paragraph made one sentence.

    Embed convention: a post set into the story as its own paragraph ends with its
    signature ("— Name (@handle) May 7, 2018"); its sentences are one statement.
    """
    out: list[Sentence] = []
    for sent in sentences:
        text = paras.get(sent.para, "")
        if EMBED_SIGNATURE.search(text) is None:
            out.append(sent)
        elif out and out[-1].para == sent.para:
            first = out[-1]
            out[-1] = replace(first, end=sent.end, text=text[first.start : sent.end])
        else:
            out.append(sent)
    return out


def unfurnished(sent: Sentence) -> Sentence:
    """``sent`` without the dateline or list bullet it opens with (no event of its own)."""
    for furniture in (DATELINE, LIST_ITEM):
        opening = furniture.match(sent.text)
        if opening is not None and opening.end() < len(sent.text):
            sent = replace(sent, start=sent.start + opening.end(), text=sent.text[opening.end() :])
    return sent
