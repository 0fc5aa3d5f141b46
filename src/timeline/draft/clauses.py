"""Clauses and lanes: the parts of a sentence that carry an event, and the lane of each."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.draft.actors import Actors
from timeline.draft.words import (
    ACCORDING,
    ADMISSION,
    CAUSAL_LEADS,
    CAUSE,
    CLAIM_END,
    CLAIM_SPLIT,
    CLAIMS,
    CONTEXT,
    INFINITIVE,
    LEADING,
    NO_COMMENT,
    PRACTICE,
    REPORT,
    REPORT_VERB,
    STATEMENT,
)

__all__ = ["Clause", "find_clauses", "quote_spans"]


@dataclass(frozen=True, slots=True)
class Clause:
    """A part of a sentence that carries an event: its offsets, how it was found, its lane."""

    start: int
    end: int
    role: str  # main, leading, cause, report, practice, claim
    lane: str


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


def _outside(text: str, quotes: Sequence[tuple[int, int]]) -> str:
    """The text with quoted words blanked out (same length, so offsets still hold)."""
    chars = list(text)
    for a, b in quotes:
        for k in range(max(0, a - 1), min(len(chars), b + 1)):
            chars[k] = " "
    return "".join(chars)


def _practice_cues(outside: str) -> list[re.Match[str]]:
    """Practice verbs that report something done, not an infinitive or a negation."""
    return [m for m in PRACTICE.finditer(outside) if not INFINITIVE.search(outside[: m.start()])]


def _lane(text: str, outside: str, *, quoted: bool) -> str | None:
    """The lane a clause's words suggest, or None when they carry no event."""
    if ADMISSION.search(text) or NO_COMMENT.search(outside):
        return "disclosure"
    statement = STATEMENT.search(outside) is not None
    if quoted and statement:
        return "statement"
    if _practice_cues(outside):
        return "practice"
    if REPORT.search(outside) or ACCORDING.search(outside):
        return "disclosure"
    if statement:
        return "statement"
    if CONTEXT.search(outside):
        return "context"
    return None


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    """Shrink [a, b) past white space and joining punctuation at either end."""
    while a < b and (text[a].isspace() or text[a] in ",;:—–-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:.—–-"):
        b -= 1
    return a, b


def _leading_split(s: str, outside: str, actors: Actors) -> int | None:
    """Where the main clause starts after a leading "As ..., "/"Since ..., " clause."""
    m = LEADING.match(s)
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
    according = ACCORDING.search(part)
    if according is not None and according.start() > first_cue:
        return a + according.start(), b, a, a + according.start()
    verbs = [v for v in REPORT_VERB.finditer(part) if v.end() <= first_cue]
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
    m = CLAIMS.search(s)
    if m is None:
        return []
    end = CLAIM_END.search(s, m.end())
    if end is None:
        return []
    region_start, region_end = m.end(), end.start()
    out: list[tuple[int, int]] = []
    cursor = region_start
    for sep in CLAIM_SPLIT.finditer(s, region_start, region_end):
        out.append(_strip_span(s, cursor, sep.start()))
        cursor = sep.end()
    out.append(_strip_span(s, cursor, region_end))
    return [(a, b) for a, b in out if len(s[a:b].split()) >= 3]


def find_clauses(
    s: str, actors: Actors, dated: Sequence[tuple[int, int]], *, split: bool
) -> tuple[list[Clause], list[tuple[int, int, str]]]:
    """The clauses of a sentence that carry events, and the links between them.

    ``dated`` holds the spans of the dates found in the sentence: a clause with a date
    and no cue word is context. Links are (from clause index, to clause index, relation).
    """
    quotes = quote_spans(s)
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
        return ([Clause(0, len(s), "main", lane)] if lane else []), []
    clauses: list[Clause] = []
    links: list[tuple[int, int, str]] = []
    main_start = 0
    lead_at = _leading_split(s, outside, actors)
    lead_index: int | None = None
    if lead_at is not None:
        a, b = _strip_span(s, 0, lead_at)
        lead_lane = _lane(s[a:b], outside[a:b], quoted=False)
        if lead_lane is not None:
            clauses.append(Clause(a, b, "leading", lead_lane))
            lead_index = 0
            main_start = lead_at
    main_end = len(s)
    cause = CAUSE.search(outside, main_start)
    cause_index: int | None = None
    if cause is not None:
        ca, cb = _strip_span(s, cause.start(), len(s))
        cause_lane = _lane(s[cause.end() : cb], outside[cause.end() : cb], quoted=False)
        clauses.append(Clause(ca, cb, "cause", cause_lane or "context"))
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
            clauses.append(Clause(pa, pb, "practice", "practice"))
            main_index = len(clauses) - 1
            clauses.append(Clause(ra, rb, "report", "disclosure"))
            report_index = len(clauses) - 1
            links.append((report_index, main_index, "reveals"))
    if main_index is None and main_lane is not None:
        clauses.append(Clause(ma, mb, "main", main_lane))
        main_index = len(clauses) - 1
    if main_index is not None:
        if lead_index is not None and lead_at is not None:
            m = LEADING.match(s)
            if m is not None and m.group("word") in CAUSAL_LEADS:
                links.append((lead_index, main_index, "prompted"))
        if cause_index is not None:
            links.append((cause_index, main_index, "prompted"))
    if ADMISSION.search(s) and main_index is not None and clauses[main_index].lane == "disclosure":
        for a, b in _claims(s):
            clauses.append(Clause(a, b, "claim", "statement"))
            links.append((main_index, len(clauses) - 1, "admits"))
    return clauses, links
