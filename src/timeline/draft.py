"""Draft a new case from an article's text: candidate events and links for a reporter to check."""

from __future__ import annotations

import csv
import datetime
import io
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlparse

import pysbd
import yaml
from pysbd.lang.english import English

from timeline.case import EVENT_COLUMNS, LINK_COLUMNS, RELATION_LANES, SLUG, load_case
from timeline.dates import Found, find, parse_published, resolve
from timeline.errors import CaseError
from timeline.text import fold, paragraphs

__all__ = [
    "ARTICLE_NAME",
    "Draft",
    "DraftError",
    "DraftEvent",
    "DraftLink",
    "Sentence",
    "content_words",
    "draft",
    "draft_case",
    "draft_command",
    "split_sentences",
    "write_case",
]

ARTICLE_NAME: Final = "article.txt"
"""File name the article is copied to in a drafted case folder."""

TITLE_MAX: Final = 80
"""Longest draft title, in characters."""


class DraftError(ValueError):
    """A user mistake that stops a draft: a file, a value and what was expected."""


# --------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------


def _split(text: str) -> list[str]:
    return text.split()


# Titles and abbreviations of AP copy that pysbd's English list lacks ("Atty. Gen.").
_AP_ABBREVIATIONS: Final = _split(
    "adm asst atty attys brig capt cmdr col cpl dep det dist gen gov insp lt maj msgr pfc "
    "rep reps rev sen sens sgt spc supt"
)


class _NewsEnglish(English):  # type: ignore[misc]
    """pysbd's English rules with AP style's prepositive titles added."""

    class Abbreviation(English.Abbreviation):  # type: ignore[misc]
        ABBREVIATIONS = sorted(set(English.Abbreviation.ABBREVIATIONS) | set(_AP_ABBREVIATIONS))
        PREPOSITIVE_ABBREVIATIONS = sorted(
            set(English.Abbreviation.PREPOSITIVE_ABBREVIATIONS) | set(_AP_ABBREVIATIONS)
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


_WEEKDAY_START: Final = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|tomorrow)\b",
    re.IGNORECASE,
)
_CLOCK_END: Final = re.compile(r"\b[ap]\.m\.\s*$")


def _boundaries(seg: Any, para: str) -> list[int]:
    """Sentence starts in a paragraph, from pysbd, with two of its known slips mended."""
    flat = para.replace("\n", " ")  # hard-wrapped lines are not sentence ends
    starts = sorted({span.start for span in seg.segment(flat)} | {0})
    kept: list[int] = [0]
    for start in starts[1:]:
        head = flat[start:].lstrip()
        prev = flat[kept[-1] : start]
        joins = (
            not head
            or head[0].islower()
            or head[0] in ",;:)]”’"
            or (_CLOCK_END.search(prev) is not None and _WEEKDAY_START.match(head) is not None)
        )
        if not joins:
            kept.append(start)
    return kept


def split_sentences(article: str, headline: str | None = None) -> list[Sentence]:
    """Split an article into sentences, paragraph by paragraph.

    Sentence boundaries come from pysbd (``Segmenter(language="en", clean=False,
    char_span=True)``) with AP titles such as "Atty. Gen." and "Lt. Gov." added to its
    abbreviations, so they do not end a sentence ("U.S." is already there). Two slips are
    mended: a piece that starts in lowercase or with ``,;:)`` joins the sentence before it,
    and so does a weekday after "a.m."/"p.m.". Every character of a paragraph belongs to
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


# --------------------------------------------------------------------------------------------
# Cues: the words that say what kind of event a clause reports
# --------------------------------------------------------------------------------------------


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)


_ADMISSION: Final = _words(
    r"acknowledg(?:ed|es|ing|ement)|admit(?:ted|s|ting)?|admissions?|conced(?:ed|es|ing)"
    r"|(?:were|was|are|is|been)\s+(?:not|n[o’']t)\s+(?:accurate|true|correct)|inaccurate"
    r"|(?:were|was)\s+(?:false|wrong|incorrect|untrue|misleading)|apologi[sz](?:ed|es|ing)"
    r"|(?:has|have|had)\s+since\s+(?:ceased|stopped|ended|halted)"
)
_NO_COMMENT: Final = _words(
    r"declined\s+to\s+comment|refused\s+to\s+comment|did\s+not\s+comment|no\s+comment"
    r"|did\s+not\s+(?:make\s+anyone\s+available|respond|return|reply)"
    r"|(?:could|would)\s+not\s+(?:be\s+reached|comment)"
)
_STATEMENT: Final = _words(
    r"said|says|saying|wrote|writes|tweeted|tweets|posted|assured|assures|assuring"
    r"|assurances?|reassured?|reassures|reassuring|emphasi[sz]ed|emphasi[sz]es|stressed"
    r"|claimed|claims?|denied|denies|denying|denials?|insisted|insists|stated|announced"
    r"|announces|told|tells|declared|declares|promised|pledged|vowed|maintained|maintains"
    r"|argued|asserted|contended|testified|responded|replied|explained|boasted|touted"
    r"|took\s+to\s+(?:twitter|facebook|social\s+media)|public\s+statements?"
    r"|in\s+a\s+statement|news\s+conference|press\s+(?:release|conference)"
    r"|took\s+an?\s+(?:\w+\s+)?stand"
)
_PRACTICE: Final = _words(
    r"allowed|allowing|permitted|permitting|gave|giving|set\s+up|sets\s+up|setting\s+up"
    r"|provided|providing|handed|handing|granted|granting|turned\s+over|turning\s+over"
    r"|transferred|transferring|installed|supplied|supplying|passed\s+along|funneled"
)
_REPORT: Final = _words(
    r"reports?|audits?|audited|findings|found|inquiry|investigation|investigators?"
    r"|inspectors?|inspections?|inspected|observed|noted|cited|reviewed|revealed|reveals"
    r"|disclosed|uncovered|discovered|documented|watchdog|oversight"
    r"|(?:records|documents|data|emails|logs)\s+(?:show|showed|obtained)"
)
_REPORT_VERB: Final = _words(
    r"found|finds|noted|notes|cited|cites|observed|observes|documented|discovered|uncovered"
    r"|revealed|reveals|saw|sees|described|describes"
)
_ACCORDING: Final = _words(
    r"according\s+to\s+(?:(?:an?|the|his|her|its|their)\s+)?(?:[\w’'-]+\s+){0,3}"
    r"(?:report|audit|records|documents|review|investigation|data|inquiry|findings|memos?"
    r"|emails|logs|files)"
)
_CONTEXT: Final = _words(
    r"demanded|demands?|demanding|asked|asking|asks|wanted|wants|requested|requests?"
    r"|threatened|threaten(?:s|ing)?|urged|called\s+for|pressed|plans?|laws?|polic(?:y|ies)"
    r"|ordered|orders?|signed|passed|sued|ruled|elected|took\s+office|began|begun|launched"
)
_CAUSE: Final = _words(
    r"stemmed\s+from|stems\s+from|in\s+response\s+to|(?:was|were)\s+prompted\s+by"
    r"|(?:was|were)\s+(?:sparked|triggered)\s+by"
)
_LEADING: Final = re.compile(
    r"(?P<word>As|While|Since|After|When|Because|Although|Though|Once|Before|Until)\s"
)
_CAUSAL_LEADS: Final = frozenset({"As", "Since", "After", "When", "Because", "Once"})
_CONTRAST: Final = re.compile(
    r"^(?:In\s+reality|In\s+fact|Instead|But|However|Yet|Behind\s+(?:the\s+scenes|closed\s+doors)"
    r"|Despite"
    r"|Contrary\s+to|Nevertheless|Actually)\b"
)
_CLAIMS: Final = _words(
    r"(?:statements?|claims?|assurances?|assertions?|representations?|denials?)\s+that"
)
_CLAIM_END: Final = re.compile(
    r",?\s+(?:those|these|the|such|our|its|their)\s+(?:statements?|claims?|assurances?|"
    r"assertions?|representations?|denials?)\s+(?:were|was)\b|\s+(?:were|was)\s+"
    r"(?:not|n[o’']t)\s+(?:accurate|true|correct)\b",
    re.IGNORECASE,
)
_CLAIM_SPLIT: Final = re.compile(r",?\s+(?:or|and)\s+that\s+", re.IGNORECASE)
_BOILERPLATE: Final = re.compile(
    r"\bfollow\s+(?:me|us|him|her|them)\s+on\b|^for\s+more\s+(?:news|coverage|stories)\b"
    r"|\bsign\s+up\s+for\b|\bnewsletter\b|\bcontributed\s+to\s+this\s+(?:report|story)\b"
    r"|\b(?:contact|email|e-mail)\s+(?:the\s+)?(?:reporter|writer|author)\b"
    r"|\bthis\s+(?:story|article)\s+(?:has\s+been|was)\s+(?:updated|corrected)\b"
    r"|\ball\s+rights\s+reserved\b|©|^(?:read\s+more|related|advertisement|click\s+here)\b"
    r"|[\w.+-]+@[\w-]+\.[a-z]{2,}|(?:^|\s)@\w+\W*$",
    re.IGNORECASE,
)
_INFINITIVE: Final = re.compile(r"\b(?:to|to\s+be|not|never|n[’']t)\s+$", re.IGNORECASE)
_LEAD_PHRASE: Final = re.compile(
    r"^(?:(?:But|And|Yet|So|Also|Still),?\s+)?"
    r"(?:(?:In|Through|Behind|However|Instead|Meanwhile|At|On|For|Under|During|Despite"
    r"|Contrary|Indeed|Actually|Separately|Earlier|Later|Last|This)\b[^,“”\"]{0,80},\s+)?"
)
_OVERSIGHT: Final = _words(
    r"inspector|inspectors|auditor|auditors|watchdog|investigators?|monitor|ombudsman"
    r"|grand\s+jury|oversight"
)

# --------------------------------------------------------------------------------------------
# Actors
# --------------------------------------------------------------------------------------------

_MONTH_OR_DAY: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_TITLE: Final = (
    r"(?:Vice\s+President|President|Undersheriff|Assistant\s+Sheriff|Sheriff"
    r"|Inspector\s+General|(?:U\.S\.\s+)?Attorney\s+General|Atty\.\s+Gen\.|Lt\.\s+Gov\.|Gov\."
    r"|Governor|Mayor|Sen\.|Senator|Rep\.|Representative|Supervisor|Councilman"
    r"|Councilwoman|Councilmember|Council\s+member|(?:Police\s+)?Chief|Commissioner"
    r"|Secretary|Director|Judge|Justice|District\s+Attorney|City\s+Attorney|Controller"
    r"|Auditor|Capt\.|Lt\.|Sgt\.|Cmdr\.|Det\.|Deputy|Officer|Dr\.|Prof\.)"
)
_NAME_WORD: Final = rf"(?!{_MONTH_OR_DAY})(?:[A-Z][a-z]*(?:[’'-]?[A-Z][a-z]+)?|[A-Z]\.)"
_PERSON: Final = re.compile(rf"\b{_TITLE}\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}(?![\w])")
_ORG_HEAD: Final = (
    r"(?:Department|Office|Agency|Board|Commission|Council|Bureau|Administration|Court"
    r"|Committee|Service|Services|Police|Enforcement|Patrol|Authority|Union|Association)"
)
_ORG: Final = re.compile(
    rf"\b(?:[Tt]he\s+)?(?:[A-Z][\w’'.&-]*\s+(?:(?:[A-Z][\w’'.&-]*|and|of|for)\s+){{0,5}})?"
    rf"{_ORG_HEAD}\b(?:\s+of\s+(?:the\s+)?[A-Z][\w’']*(?:\s+[A-Z][\w’']*){{0,3}})?"
)
_ACRONYM_STOP: Final = frozenset({"NOT", "ALL", "AM", "PM", "TV", "OK", "US", "USA", "CEO"})
_ACRONYM: Final = re.compile(r"\b[A-Z]{2,6}\b(?:[’']s)?")
_ROLE_NOUN: Final = (
    r"(?:inspector\s+general|attorney\s+general|officials|officers|personnel|staff|deputies|inspectors|investigators|agents"
    r"|supervisors|prosecutors|auditors|watchdog|spokeswoman|spokesman|spokesperson"
    r"|employees|workers|lawmakers|legislators|police)"
)
_ROLE: Final = re.compile(
    r"\b(?:(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ther|[Aa])\s+)?"
    r"(?:(?:[A-Z][\w’'.]*|jail|(?:sheriff|state|city|county|department)[’']s|county|federal|immigration|police|department"
    r"|city|state|local|elected|independent|top|senior|former)\s+){0,3}"
    rf"{_ROLE_NOUN}\b"
)
_THE_DEPARTMENT: Final = re.compile(r"\b[Tt]he\s+department\b")
_THE_PRESIDENT: Final = re.compile(r"\b[Tt]he\s+president\b")
_GENERIC: Final = frozenset(
    {"officials", "police", "staff", "spokeswoman", "spokesman", "spokesperson", "officers"}
)
_PREPOSITION: Final = re.compile(
    r"\b(?:to|for|with|from|about|of|at|on|in|into|over|against|between|than|toward|towards"
    r"|through|under|among|like|as|around|before|after)\s+$",
    re.IGNORECASE,
)
_DETERMINER: Final = re.compile(r"^(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ther|[Aa])\s+")


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    text: str
    kind: str  # person, surname, org, acronym, role, department, president


class _Actors:
    """People and organisations an article names, for naming the actor of each event."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.people: dict[str, str] = {}  # surname -> first full mention
        self.president: str | None = None
        for text in texts:
            for m in _PERSON.finditer(text):
                full = " ".join(m.group().split())
                surname = full.split()[-1]
                self.people.setdefault(surname, full)
                if full.startswith("President") and self.president is None:
                    self.president = full
        names = sorted(self.people, key=len, reverse=True)
        self._surname = (
            re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})\b(?:[’']s)?") if names else None
        )
        self.orgs: list[str] = []

    def mentions(self, text: str) -> list[_Mention]:
        """Every mention in ``text``, earliest first and, at one place, longest first."""
        found: list[_Mention] = []
        for kind, rx in (
            ("person", _PERSON),
            ("org", _ORG),
            ("role", _ROLE),
            ("department", _THE_DEPARTMENT),
            ("president", _THE_PRESIDENT),
            ("acronym", _ACRONYM),
        ):
            for m in rx.finditer(text):
                if kind == "acronym" and m.group().rstrip("’'s") in _ACRONYM_STOP:
                    continue
                found.append(_Mention(m.start(), m.end(), m.group(), kind))
        if self._surname is not None:
            for m in self._surname.finditer(text):
                found.append(_Mention(m.start(), m.end(), m.group(), "surname"))
        found.sort(key=lambda x: (x.start, -x.end))
        out: list[_Mention] = []
        for mention in found:
            if out and mention.start < out[-1].end:
                continue
            out.append(mention)
        return out

    def name(self, mention: _Mention) -> str:
        """A mention written out in full: surnames, "the department", "the president"."""
        text = " ".join(mention.text.split())
        text = re.sub(r"[’']s$", "", text)
        if mention.kind == "surname":
            return self.people.get(text, text)
        if mention.kind == "person":
            return self.people.get(text.split()[-1], text)
        if mention.kind == "department":
            for org in reversed(self.orgs):
                if "Department" in org:
                    return org
            return "the department"
        if mention.kind == "president":
            return self.president or "the president"
        text = _DETERMINER.sub("", text)
        if mention.kind == "org":
            for org in self.orgs:
                if org.endswith(text) and org != text:
                    return org
        return text[:1].upper() + text[1:]

    def note(self, text: str) -> None:
        """Remember the organisations named in ``text``, for "the department" later on."""
        for m in _ORG.finditer(text):
            org = _DETERMINER.sub("", " ".join(m.group().split()))
            if not any(known.endswith(org) for known in self.orgs):
                self.orgs.append(org)

    def actor(self, text: str, *, speaker_after_quote: bool) -> tuple[str, bool]:
        """The actor of a clause and whether it is a generic word ("officials", "they").

        The subject is taken to be the first mention that does not follow a preposition
        (a "by" agent counts); a quote-first sentence takes the speaker after the quote.
        """
        lead = _LEAD_PHRASE.match(text) or _LEADING.match(text)
        offset = lead.end() if lead is not None else 0
        mentions = self.mentions(text)
        if speaker_after_quote:
            close = max(text.rfind("”"), text.rfind('"'))
            mentions = [m for m in mentions if m.start > close] or mentions
        mentions = [m for m in mentions if m.start >= offset] or mentions
        if not mentions:
            return "", True
        chosen = next(
            (
                m
                for m in mentions
                if not _PREPOSITION.search(text[max(offset, m.start - 20) : m.start])
            ),
            mentions[0],
        )
        name = self.name(chosen)
        idx = mentions.index(chosen)
        if idx + 1 < len(mentions):
            nxt = mentions[idx + 1]
            between = text[chosen.end : nxt.start]
            if re.fullmatch(r"\s+and(?:\s+other)?\s+", between):
                name = f"{name}{between.rstrip()} {_DETERMINER.sub('', nxt.text)}".replace(
                    "  ", " "
                )
        generic = chosen.kind == "role" and _DETERMINER.sub("", chosen.text).lower() in _GENERIC
        return name, generic


# --------------------------------------------------------------------------------------------
# Clauses: the parts of a sentence that carry their own event
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Clause:
    start: int
    end: int
    role: str  # main, leading, cause, report, practice, claim
    lane: str


def _quote_spans(text: str) -> list[tuple[int, int]]:
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


def _outside(text: str, quotes: Sequence[tuple[int, int]]) -> str:
    """The text with quoted words blanked out (same length, so offsets still hold)."""
    chars = list(text)
    for a, b in quotes:
        for k in range(max(0, a - 1), min(len(chars), b + 1)):
            chars[k] = " "
    return "".join(chars)


def _practice_cues(outside: str) -> list[re.Match[str]]:
    """Practice verbs that report something done, not an infinitive or a negation."""
    return [m for m in _PRACTICE.finditer(outside) if not _INFINITIVE.search(outside[: m.start()])]


def _lane(text: str, outside: str, *, quoted: bool) -> str | None:
    """The lane a clause's words suggest, or None when they carry no event."""
    if _ADMISSION.search(text) or _NO_COMMENT.search(outside):
        return "disclosure"
    statement = _STATEMENT.search(outside) is not None
    if quoted and statement:
        return "statement"
    if _practice_cues(outside):
        return "practice"
    if _REPORT.search(outside) or _ACCORDING.search(outside):
        return "disclosure"
    if statement:
        return "statement"
    if _CONTEXT.search(outside):
        return "context"
    return None


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    """Shrink [a, b) past white space and joining punctuation at either end."""
    while a < b and (text[a].isspace() or text[a] in ",;:—–-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:.—–-"):
        b -= 1
    return a, b


def _leading_split(s: str, outside: str, actors: _Actors) -> int | None:
    """Where the main clause starts after a leading "As ..., "/"Since ..., " clause."""
    m = _LEADING.match(s)
    if m is None:
        return None
    for comma in (i for i, ch in enumerate(outside) if ch == ","):
        rest = len(s) - len(s[comma + 1 :].lstrip())
        head = actors.mentions(s[rest : rest + 120])
        if head and head[0].start == 0:
            lead = outside[:comma]
            if len(lead.split()) >= 4 and _lane(s[:comma], lead, quoted=False) is not None:
                return rest
            return None
    return None


def _report_split(s: str, outside: str, a: int, b: int) -> tuple[int, int, int, int] | None:
    """Split a clause reporting a practice into (report start, end, practice start, end)."""
    part = outside[a:b]
    cues = _practice_cues(part)
    if not cues:
        return None
    first_cue = cues[0].start()
    according = _ACCORDING.search(part)
    if according is not None and according.start() > first_cue:
        return a + according.start(), b, a, a + according.start()
    verbs = [v for v in _REPORT_VERB.finditer(part) if v.end() <= first_cue]
    if not verbs:
        return None
    first, last = verbs[0], verbs[-1]
    after = part[last.end() : first_cue]
    link = re.search(r"\b(?:in\s+which|that|where|who|when)\s+", after)
    if link is not None and len(after[: link.start()].split()) <= 6:
        practice_start = last.end() + link.end()
    else:
        practice_start = last.end()
    obj = part[first.end() :]
    stop = re.search(r"\s(?:in\s+which|that|where|who|when)\s|,", obj)
    report_end = first.end() + (stop.start() if stop is not None else 0)
    if len(obj[: stop.start() if stop else 0].split()) > 6:
        report_end = first.end()
    if last is not first:
        report_end = max(report_end, last.end())
    return a, a + report_end, a + practice_start, b


def _claims(s: str) -> list[tuple[int, int]]:
    """The statements an admission concedes: "our statements that A, or that B, ..."."""
    m = _CLAIMS.search(s)
    if m is None:
        return []
    end = _CLAIM_END.search(s, m.end())
    if end is None:
        return []
    region_start, region_end = m.end(), end.start()
    out: list[tuple[int, int]] = []
    cursor = region_start
    for sep in _CLAIM_SPLIT.finditer(s, region_start, region_end):
        out.append(_strip_span(s, cursor, sep.start()))
        cursor = sep.end()
    out.append(_strip_span(s, cursor, region_end))
    return [(a, b) for a, b in out if len(s[a:b].split()) >= 3]


def _clauses(
    s: str, actors: _Actors, dated: Sequence[tuple[int, int]], *, split: bool
) -> tuple[list[_Clause], list[tuple[int, int, str]]]:
    """The clauses of a sentence that carry events, and the links between them.

    ``dated`` holds the spans of the dates found in the sentence: a clause with a date
    and no cue word is context. Links are (from clause index, to clause index, relation).
    """
    quotes = _quote_spans(s)
    outside = _outside(s, quotes)
    quoted = bool(quotes)

    def fallback(a: int, b: int) -> str | None:
        if quoted and len(outside[a:b].split()) <= 3:
            return "statement"  # a quote standing alone continues the last speaker
        if any(a <= da and db <= b for da, db in dated):
            return "context"
        return None

    if not split:
        lane = _lane(s, outside, quoted=quoted) or fallback(0, len(s))
        return ([_Clause(0, len(s), "main", lane)] if lane else []), []
    clauses: list[_Clause] = []
    links: list[tuple[int, int, str]] = []
    main_start = 0
    lead_at = _leading_split(s, outside, actors)
    lead_index: int | None = None
    if lead_at is not None:
        a, b = _strip_span(s, 0, lead_at)
        lead_lane = _lane(s[a:b], outside[a:b], quoted=False)
        if lead_lane is not None:
            clauses.append(_Clause(a, b, "leading", lead_lane))
            lead_index = 0
            main_start = lead_at
    main_end = len(s)
    cause = _CAUSE.search(outside, main_start)
    cause_index: int | None = None
    if cause is not None:
        ca, cb = _strip_span(s, cause.start(), len(s))
        cause_lane = _lane(s[cause.end() : cb], outside[cause.end() : cb], quoted=False)
        clauses.append(_Clause(ca, cb, "cause", cause_lane or "context"))
        cause_index = len(clauses) - 1
        main_end = cause.start()
    ma, mb = _strip_span(s, main_start, main_end)
    main_lane = _lane(s[ma:mb], outside[ma:mb], quoted=quoted) or fallback(ma, mb)
    main_index: int | None = None
    report_index: int | None = None
    if main_lane == "practice":
        split_at = _report_split(s, outside, ma, mb)
        if split_at is not None:
            ra, rb = _strip_span(s, split_at[0], split_at[1])
            pa, pb = _strip_span(s, split_at[2], split_at[3])
            clauses.append(_Clause(pa, pb, "practice", "practice"))
            main_index = len(clauses) - 1
            clauses.append(_Clause(ra, rb, "report", "disclosure"))
            report_index = len(clauses) - 1
            links.append((report_index, main_index, "reveals"))
    if main_index is None and main_lane is not None:
        clauses.append(_Clause(ma, mb, "main", main_lane))
        main_index = len(clauses) - 1
    if main_index is not None:
        if lead_index is not None and lead_at is not None:
            m = _LEADING.match(s)
            if m is not None and m.group("word") in _CAUSAL_LEADS:
                links.append((lead_index, main_index, "prompted"))
        if cause_index is not None:
            links.append((cause_index, main_index, "prompted"))
    if _ADMISSION.search(s) and main_index is not None and clauses[main_index].lane == "disclosure":
        for a, b in _claims(s):
            clauses.append(_Clause(a, b, "claim", "statement"))
            links.append((main_index, len(clauses) - 1, "admits"))
    return clauses, links


# --------------------------------------------------------------------------------------------
# Titles, ids and dates
# --------------------------------------------------------------------------------------------

_STOP: Final = frozenset(
    _split(
        "a an the of in on at to for and or but by with from that which who whom this these "
        "those it its his her their our we they he she was were is are be been being had has "
        "have did do does not no as into over about also than then there here so such any "
        "all some other more most very can could would should will may might must"
    )
)
_TRAILING_STOP: Final = _STOP | frozenset({"when", "where", "while", "after", "before"})
_TOKEN: Final = re.compile(r"[a-z0-9]+")
_ATTRIBUTION: Final = re.compile(
    r"^[“\"](?P<quote>.+?)[”\"]\s*,?\s*(?P<who>[^“”\"]{1,60}?)\s+(?P<verb>said|says|wrote|writes"
    r"|tweeted|added|told\s+[^.]{1,40}|posted)\b[^“”\"]{0,100}$",
    re.IGNORECASE | re.DOTALL,
)
_CAUSE_LEAD: Final = re.compile(
    r"^(?:stemmed\s+from|stems\s+from|in\s+response\s+to|(?:was|were)\s+prompted\s+by"
    r"|(?:was|were)\s+(?:sparked|triggered)\s+by)\s+",
    re.IGNORECASE,
)


def content_words(text: str) -> set[str]:
    """Lowercase words of a text without common function words (for ids and matching)."""
    plain = unicodedata.normalize("NFKD", fold(text)).encode("ascii", "ignore").decode()
    words = _TOKEN.findall(plain.lower().replace("'s ", " ").replace("'s", ""))
    return {w for w in words if w not in _STOP and len(w) > 1}


def _shorten(text: str, limit: int = TITLE_MAX) -> str:
    text = " ".join(text.split()).strip(" ,;:.")
    if len(text) <= limit:
        return text
    words = text[: limit - 1].split(" ")
    if len(words) > 1:
        words = words[:-1]  # drop a word cut in two
    while len(words) > 1 and words[-1].lower().strip(",;:") in _TRAILING_STOP:
        words.pop()
    return " ".join(words).rstrip(" ,;:.") + "…"


def _admitted_words(quote: str) -> str:
    """The part of a quote that makes the admission: "..., those statements were not accurate"."""
    m = _ADMISSION.search(quote)
    if m is None:
        return quote
    cut = max(quote.rfind(", ", 0, m.start()), quote.rfind(". ", 0, m.start()))
    return quote[cut + 2 if cut >= 0 else 0 : m.end()]


def _title(words: str, role: str) -> str:
    """A short headline for an event, from the words it was drawn from."""
    text = " ".join(words.split())
    said = _ATTRIBUTION.match(text)
    if said is not None:
        who = said.group("who").strip()
        quote = said.group("quote").strip(" ,")
        if _ADMISSION.search(quote) and len(quote) > TITLE_MAX // 2:
            quote = _admitted_words(quote)
        text = f"{who} {said.group('verb')}: {quote}"
    elif role == "claim":
        text = "Earlier statement: " + text
    else:
        if role == "cause":
            text = _CAUSE_LEAD.sub("", text)
        if role == "report":
            text = re.sub(r"^according\s+to\s+", "", text, flags=re.IGNORECASE)
        if role != "leading":
            text = _LEAD_PHRASE.sub("", text)
    text = text.replace("“", "").replace("”", "").replace('"', "")
    text = _shorten(text)
    return text[:1].upper() + text[1:] if text else "Event"


def _title_words(s: str, clause: _Clause, clauses: Sequence[_Clause]) -> str:
    """The words a title is made from: a clause, with what it introduces when it is short.

    A main clause keeps the cause that follows it ("Huntsman's inquiry stemmed from a
    letter..."), and a finding keeps the practice it reports ("Huntsman found ICE officers
    had been allowed...").
    """
    follows = {"main": "cause", "report": "practice"}.get(clause.role)
    for other in clauses:
        if other.role == follows and other.start >= clause.end:
            return s[clause.start : other.end]
    return s[clause.start : clause.end]


def _slug(title: str, taken: set[str]) -> str:
    plain = unicodedata.normalize("NFKD", fold(title)).encode("ascii", "ignore").decode()
    words = [w for w in _TOKEN.findall(plain.lower().replace("'", "")) if w not in _STOP]
    base = "-".join(words[:5]) or "event"
    slug, k = base, 2
    while slug in taken:
        slug, k = f"{base}-{k}", k + 1
    taken.add(slug)
    return slug


def _date_column(found: Found, pub: datetime.date) -> str:
    words = " ".join(found.text.split())
    return words if resolve(words, pub) is not None else found.resolution.edtf


# --------------------------------------------------------------------------------------------
# The draft
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DraftEvent:
    """A candidate event: a row of ``events.csv`` plus where in the article it came from.

    Attributes
    ----------
    id, lane, date, title, source, actor, quote, detail, date_note, status : str
        The ``events.csv`` columns. ``status`` is always ``draft``.
    sentence : int
        Index of the :class:`Sentence` the event was drawn from.
    clause : str
        The words of that sentence the event was drawn from, verbatim.
    role : str
        How the clause was found: ``main`` (the sentence's own event), ``leading`` ("As
        ..., "), ``cause`` ("stemmed from ..."), ``report`` and ``practice`` (a finding and
        what it found), or ``claim`` (a statement an admission concedes).
    """

    id: str
    lane: str
    date: str
    title: str
    source: str
    actor: str
    quote: str
    detail: str
    date_note: str
    sentence: int
    clause: str
    role: str
    status: str = "draft"

    def row(self) -> dict[str, str]:
        """The event as an ``events.csv`` row."""
        return {name: str(getattr(self, name)) for name in EVENT_COLUMNS}


@dataclass(frozen=True, slots=True)
class DraftLink:
    """A proposed link: a row of ``links.csv``."""

    source: str
    target: str
    relation: str
    note: str

    def row(self) -> dict[str, str]:
        """The link as a ``links.csv`` row."""
        return {
            "from": self.source,
            "to": self.target,
            "relation": self.relation,
            "note": self.note,
        }


@dataclass(frozen=True)
class Draft:
    """A drafted case: the article's sentences, candidate events and proposed links."""

    title: str
    published: datetime.date
    sentences: list[Sentence]
    events: list[DraftEvent]
    links: list[DraftLink]
    skipped: list[Sentence] = field(default_factory=list)


def _headline(article: str) -> str:
    for line in article.splitlines():
        if line.strip():
            return " ".join(line.split())
    return ""


def _best_quote(s: str, a: int, b: int) -> str:
    spans = [(qa, qb) for qa, qb in _quote_spans(s) if qa >= a - 1 and qb <= b + 1]
    if not spans:
        return ""
    qa, qb = max(spans, key=lambda q: q[1] - q[0])
    return s[qa:qb].strip()


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


def draft(
    article: str,
    published: datetime.date | str,
    *,
    title: str | None = None,
    split_clauses: bool = True,
) -> Draft:
    """Draft candidate events and links from an article's text.

    Each sentence that carries an event gives one candidate event. With
    ``split_clauses`` (the default), four constructions give one event per clause, each
    with the link the words signal:

    - a leading "As/Since/After/When/Because ..., " clause with its own verb: an event,
      ``prompted`` the main one;
    - "stemmed from / in response to / prompted by ...": the cause, ``prompted`` the main
      event;
    - a finding that reports a practice ("Huntsman found ICE officers had been allowed
      to...", "..., according to a report released Monday"): a ``disclosure`` that
      ``reveals`` a ``practice``;
    - an admission that "our statements that A, or that B ... were not accurate": the
      admission ``admits`` a ``statement`` event for each of A and B.

    Parameters
    ----------
    article : str
        The article text.
    published : datetime.date or str
        The publication date (``YYYY-MM-DD``).
    title : str or None
        The headline; by default the first line of the article. When the first paragraph
        is the headline it is ¶0 and is not drafted.
    split_clauses : bool
        Whether to draw more than one event from the four constructions above.

    Returns
    -------
    Draft

    Raises
    ------
    ValueError
        If ``published`` is not a date.
    """
    pub = parse_published(published)
    if pub is None:
        raise ValueError("a publication date is required")
    headline = title if title is not None else _headline(article)
    paras = paragraphs(article, headline=headline)
    sentences = split_sentences(article, headline=headline)
    actors = _Actors(paras.values())
    found_by_para = {n: find(text, pub) for n, text in paras.items()}
    events: list[DraftEvent] = []
    links: list[DraftLink] = []
    skipped: list[Sentence] = []
    taken: set[str] = set()
    last_actor: dict[int, str] = {}  # paragraph -> its last named actor
    last_statement: str | None = None

    for sent in sentences:
        s = sent.text
        actors.note(s)
        if (0 in paras and sent.para == 0) or _BOILERPLATE.search(s):
            skipped.append(sent)
            continue
        dates = [f for f in found_by_para[sent.para] if f.start >= sent.start and f.end <= sent.end]
        dated = [(f.start - sent.start, f.end - sent.start) for f in dates]
        clauses, clause_links = _clauses(s, actors, dated, split=split_clauses)
        if not clauses:
            skipped.append(sent)
            continue
        nearby = _nearby_date(found_by_para[sent.para], sentences, sent)
        admitter = {b: a for a, b, relation in clause_links if relation == "admits"}
        made: list[DraftEvent] = []
        for k, clause in enumerate(clauses):
            words = s[clause.start : clause.end]
            in_clause = [
                f
                for f in dates
                if f.start - sent.start >= clause.start and f.end - sent.start <= clause.end
            ]
            date, note = _date_for(in_clause, dates, nearby, pub)
            quote_first = s.lstrip().startswith(("“", '"'))
            actor, generic = actors.actor(
                words, speaker_after_quote=quote_first and clause.role == "main"
            )
            if k in admitter:
                actor = made[admitter[k]].actor  # "our statements": the admitter's
            elif (generic and actor) or (not actor and clause.role == "main"):
                actor = last_actor.get(sent.para, actor)
            lane = clause.lane
            if lane == "statement" and clause.role != "claim" and _OVERSIGHT.search(actor):
                lane = "disclosure"
            quote = (
                words.strip(" ,.")
                if clause.role == "claim" and _inside_quotes(s, clause.start, clause.end)
                else _best_quote(s, clause.start, clause.end)
            )
            title = _title(_title_words(s, clause, clauses), clause.role)
            made.append(
                DraftEvent(
                    id=_slug(title, taken),
                    lane=lane,
                    date=date,
                    title=title,
                    source=f"article ¶{sent.para}",
                    actor=actor,
                    quote=quote,
                    detail=" ".join(s.split()),
                    date_note=note,
                    sentence=sent.index,
                    clause=words,
                    role=clause.role,
                )
            )
            if actor and clause.role in ("main", "practice", "leading"):
                last_actor[sent.para] = actor
        for a, b, relation in clause_links:
            links.append(DraftLink(made[a].id, made[b].id, relation, _link_note(relation, made[a])))
        links.extend(_contradictions(s, sent.para, made, last_statement))
        for event in made:
            if event.lane == "statement" and event.role != "claim":
                last_statement = event.id
        events.extend(made)
    links.extend(_admitted_elsewhere(events, links))
    return Draft(headline, pub, sentences, events, _valid_links(links, events), skipped)


def _date_for(
    in_clause: Sequence[Found], in_sentence: Sequence[Found], nearby: str | None, pub: datetime.date
) -> tuple[str, str]:
    """The ``date`` and ``date_note`` of an event: its clause's first date, or a bound."""
    if not in_clause:
        other = in_sentence[0].text if in_sentence else None
        return f"../{pub.isoformat()}", _undated_note(pub, None if other else nearby, other)
    first = in_clause[0]
    date = _date_column(first, pub)
    note = "" if date == " ".join(first.text.split()) else f"The article says '{first.text}'."
    if len(in_clause) > 1:
        others = ", ".join(f"'{f.text}'" for f in in_clause[1:])
        note = f"{note} The words also name {others}.".strip()
    return date, note


def _contradictions(
    s: str, para: int, made: Sequence[DraftEvent], last_statement: str | None
) -> list[DraftLink]:
    """A sentence opening "In reality", "Instead", "But"... sets what it reports (a
    practice, or a finding) against the statement drafted just before it."""
    contrast = _CONTRAST.search(s)
    if contrast is None or last_statement is None:
        return []
    return [
        DraftLink(
            event.id,
            last_statement,
            "contradicts",
            f"¶{para} opens '{contrast.group()}' and sets this against the statement before it.",
        )
        for event in made
        if (event.lane == "practice" or (event.lane == "disclosure" and event.role == "main"))
        and not _ADMISSION.search(event.clause)
        and not _NO_COMMENT.search(event.clause)
    ]


def _inside_quotes(s: str, a: int, b: int) -> bool:
    return any(qa <= a and b <= qb for qa, qb in _quote_spans(s))


def _nearby_date(found: list[Found], sentences: list[Sentence], sent: Sentence) -> str | None:
    """A date named in the sentence before this one in the same paragraph."""
    prev = sentences[sent.index - 1] if sent.index > 0 else None
    if prev is None or prev.para != sent.para:
        return None
    for f in found:
        if f.start >= prev.start and f.end <= prev.end:
            return f.text
    return None


def _link_note(relation: str, a: DraftEvent) -> str:
    if relation == "reveals":
        return f"The finding in ¶{a.source.rsplit('¶', 1)[-1]} describes this practice."
    if relation == "admits":
        return "The admission says this statement was not accurate."
    return "The sentence gives this as what led to it."


def _admitted_elsewhere(events: list[DraftEvent], links: list[DraftLink]) -> list[DraftLink]:
    """Admissions also admit other statements that say what the admitted claim says."""
    out: list[DraftLink] = []
    claims = {e.id: e for e in events if e.role == "claim"}
    linked = {(link.source, link.target) for link in links}
    for link in links:
        if link.relation != "admits" or link.target not in claims:
            continue
        claim_words = content_words(claims[link.target].clause)
        for event in events:
            if event.lane != "statement" or event.role == "claim":
                continue
            shared = claim_words & content_words(event.clause)
            if len(shared) >= 3 and (link.source, event.id) not in linked:
                linked.add((link.source, event.id))
                words = ", ".join(sorted(shared))
                out.append(
                    DraftLink(
                        link.source,
                        event.id,
                        "admits",
                        f"Shares the words {words} with a statement the admission concedes.",
                    )
                )
    return out


def _valid_links(links: list[DraftLink], events: list[DraftEvent]) -> list[DraftLink]:
    lane = {e.id: e.lane for e in events}
    seen: set[tuple[str, str, str]] = set()
    out: list[DraftLink] = []
    for link in links:
        key = (link.source, link.target, link.relation)
        rule = RELATION_LANES.get(link.relation)
        if (
            key in seen
            or link.source == link.target
            or rule is None
            or lane.get(link.source) not in rule[0]
            or lane.get(link.target) not in rule[1]
        ):
            continue
        seen.add(key)
        out.append(link)
    return out


# --------------------------------------------------------------------------------------------
# Writing a case folder
# --------------------------------------------------------------------------------------------


def _csv_text(columns: Sequence[str], rows: Iterable[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: " ".join(v.split()) for k, v in row.items()})
    return buf.getvalue()


def write_case(
    result: Draft,
    out: Path,
    *,
    article_bytes: bytes,
    outlet: str,
    url: str,
    byline: str | None = None,
) -> None:
    """Write a drafted case folder: ``case.yml``, the article, ``events.csv`` and ``links.csv``.

    The article is written byte for byte as given. ``out`` must not exist or be empty.
    """
    out.mkdir(parents=True, exist_ok=True)
    meta: dict[str, object] = {"title": result.title, "outlet": outlet}
    if byline:
        meta["byline"] = byline
    meta["url"] = url
    meta["published"] = result.published
    meta["article"] = ARTICLE_NAME
    if not re.fullmatch(SLUG, out.name):
        meta["id"] = _slug(out.name, set()) if _slug(out.name, set()) != "event" else "draft"
    header = (
        "# A draft case written by `timeline draft`: every event in events.csv has status\n"
        "# 'draft'. Check each row against the article, edit it, then set status to 'checked'.\n"
    )
    body = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000)
    (out / "case.yml").write_text(header + body, encoding="utf-8")
    (out / ARTICLE_NAME).write_bytes(article_bytes)
    (out / "events.csv").write_text(
        _csv_text(EVENT_COLUMNS, (e.row() for e in result.events)), encoding="utf-8"
    )
    (out / "links.csv").write_text(
        _csv_text(LINK_COLUMNS, (link.row() for link in result.links)), encoding="utf-8"
    )


def _looks_like_prose(headline: str) -> bool:
    """Whether a first line is more likely a paragraph than a headline."""
    return len(headline) > 160 or (headline.endswith((".", ".”", '."')) and len(headline) > 90)


def _check_url(url: str | None) -> str:
    if url is None or not url.strip():
        raise DraftError(
            "--url is required: the story's web address (http:// or https://), which "
            "case.yml records as the source of every 'article' event"
        )
    url = url.strip()
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or re.search(r"\s", url):
        raise DraftError(f"--url {url!r}: expected an http:// or https:// address")
    return url


def _default_outlet(url: str) -> str:
    host = urlparse(url).hostname or url
    return host.removeprefix("www.")


def draft_case(
    article: Path,
    *,
    published: str | datetime.date,
    out: Path,
    url: str | None,
    outlet: str | None = None,
    title: str | None = None,
    byline: str | None = None,
) -> Draft:
    """Draft a case folder from an article file and check that it loads.

    Parameters
    ----------
    article : Path
        The article, a UTF-8 text file; copied unchanged to ``out/article.txt``.
    published : str or datetime.date
        The publication date, ``YYYY-MM-DD``.
    out : Path
        The case folder to write; it must not exist or be empty.
    url : str or None
        The story's address (http or https). Required.
    outlet : str or None
        The publication; by default the URL's host name without ``www.``.
    title : str or None
        The headline; by default the article's first non-blank line.
    byline : str or None
        The reporters.

    Returns
    -------
    Draft

    Raises
    ------
    DraftError
        For a user mistake: a missing or unreadable article, a bad date or URL, an
        occupied ``out`` folder.
    CaseError
        If the written case does not validate (a bug: please report it).
    """
    url = _check_url(url)
    try:
        pub = parse_published(published)
    except ValueError:
        raise DraftError(
            f"--published {str(published)!r}: expected a date written YYYY-MM-DD"
        ) from None
    assert pub is not None
    if out.exists() and not out.is_dir():
        raise DraftError(f"{out}: expected a folder for the new case, found a file")
    if out.is_dir() and any(out.iterdir()):
        raise DraftError(
            f"{out}: expected a new or empty folder; it already holds files "
            "(choose another --out, or move them away first)"
        )
    try:
        raw = article.read_bytes()
    except OSError as exc:
        raise DraftError(f"{article}: cannot read the article: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DraftError(
            f"{article}: expected UTF-8 text (byte {exc.start} is not); save it as UTF-8"
        ) from None
    if not text.strip():
        raise DraftError(f"{article}: expected the article's text; the file is empty")
    headline = " ".join(title.split()) if title and title.strip() else _headline(text)
    result = draft(text, pub, title=headline)
    if not result.events:
        raise DraftError(
            f"{article}: expected a news story; none of its {len(result.sentences)} sentences "
            "carries an event (what someone said, did, found or admitted), so no case was written"
        )
    try:
        write_case(
            result,
            out,
            article_bytes=raw,
            outlet=(outlet or "").strip() or _default_outlet(url),
            url=url,
            byline=(byline or "").strip() or None,
        )
    except OSError as exc:
        raise DraftError(f"{out}: cannot write the case: {exc.strerror or exc}") from None
    load_case(out)
    return result


def draft_command(
    article: Path,
    *,
    published: str,
    out: Path,
    outlet: str | None,
    url: str | None,
    title: str | None,
    byline: str | None,
) -> int:
    """Run ``timeline draft``: write a draft case and say what is in it.

    Returns
    -------
    int
        0 when the case was written and validates; 2 for a user mistake (the message
        names the file or value and what was expected); 1 if the written case does not
        validate.
    """
    try:
        result = draft_case(
            article,
            published=published,
            out=out,
            url=url,
            outlet=outlet,
            title=title,
            byline=byline,
        )
    except DraftError as exc:
        print(f"timeline draft: {exc}", file=sys.stderr)
        return 2
    except CaseError as exc:
        print(exc.report(), file=sys.stderr)
        print("timeline draft: the drafted case does not validate (a bug)", file=sys.stderr)
        return 1
    if not (title and title.strip()) and _looks_like_prose(result.title):
        print(
            "timeline draft: note: the first line was taken as the headline, but it reads like "
            "a paragraph; if the file has no headline, run again with --title",
            file=sys.stderr,
        )
    lanes: dict[str, int] = {}
    for event in result.events:
        lanes[event.lane] = lanes.get(event.lane, 0) + 1
    lane_text = ", ".join(f"{lane} {n}" for lane, n in lanes.items())
    print(
        f"{out}: drafted {len(result.events)} events ({lane_text}) and {len(result.links)} "
        f"links from {len(result.sentences)} sentences; {len(result.skipped)} sentences "
        "carried no event."
    )
    print(
        "Every event has status 'draft': check each row against the article, then set "
        f"status to 'checked'. Next: timeline validate {out}"
    )
    return 0
