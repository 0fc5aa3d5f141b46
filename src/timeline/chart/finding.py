"""The finding: what the chart shows, in one sentence, with counts from timeline.findings."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Final

import pandas as pd

from timeline.case import LANES, RELATIONS, Case
from timeline.chart.units import _DAY, _rows
from timeline.chart.words import _LANE_NOUNS, _when
from timeline.claims import MONTH_DAYS, gap_text, stood
from timeline.dates.wording import day_words, unit_words
from timeline.findings import Findings, StatementFinding, findings
from timeline.text import plural

__all__ = ["Finding", "finding"]

_SOURCE_NOUNS: Final[dict[str, tuple[str, str]]] = {
    "practice": ("practice behind the scenes", "practices behind the scenes"),
    "disclosure": ("disclosure", "disclosures"),
}
"""What contradicts a statement, in the finding's words."""
_EARLIER_DAYS: Final = 30
"""How long before a statement its contradicting practices must end for the finding to
say so: a practice the day before is the event the statement describes, not news."""


@dataclass(frozen=True)
class Finding:
    """What the chart shows, in one sentence and the numbers behind it.

    Attributes
    ----------
    sentence
        The finding, for a chart subtitle, a report or a screen reader.
    statements
        Statements that are contradicted or admitted to be inaccurate (the
        :attr:`~timeline.findings.Findings.refuted` ones); a statement only disputed is
        counted in ``disputed`` instead.
    contradicted_by
        Events (practices or disclosures) that contradict those statements.
    contradictions
        ``contradicts`` links.
    admitted
        Statements a disclosure admits were not accurate.
    admitted_by
        The actor of the admission (``""`` when nothing is admitted).
    until
        The date the statements are measured to: the latest bound of the admission, or
        when there is none the story's publication date; ``None`` when nothing is
        contradicted.
    dated
        How many of ``statements`` have a known start and so enter the range.
    stood_min_days, stood_max_days
        The shortest and longest time a statement can have stood before ``until``:
        the honest range over every dated statement and every day its date allows.
    stood_min_months, stood_max_months
        The same, in whole months, rounded outwards (down and up).
    disputed
        Statements that are only disputed (status ``disputed``): the sentence says so and
        gives no verdict on them.
    """

    sentence: str
    statements: int
    contradicted_by: int
    contradictions: int
    admitted: int
    admitted_by: str
    until: pd.Timestamp | None
    dated: int
    stood_min_days: int | None
    stood_max_days: int | None
    stood_min_months: int | None
    stood_max_months: int | None
    disputed: int = 0


def _stamp(value: Any) -> pd.Timestamp | None:
    """A timestamp, or ``None`` for a missing one."""
    return None if value is None or pd.isna(value) else pd.Timestamp(value)


def _disputed_words(disputed: int, *, others: bool) -> str:
    """The words for the statements only disputed: no verdict, and that none is given."""
    if not disputed:
        return ""
    it = "it" if disputed == 1 else "them"
    if others:
        # news style: a sentence never opens with a numeral, and one to nine are words
        counted = plural(disputed, "other public statement", spell=True)
        subject = "Another public statement is" if disputed == 1 else f"{counted.capitalize()} are"
        return f" {subject} disputed; the story does not settle {it}."
    verb = "is" if disputed == 1 else "are"
    return (
        f", and {plural(disputed, 'public statement')} {verb} disputed "
        f"without the story settling {it}"
    )


def _unchallenged(events: pd.DataFrame, disputed: int = 0) -> Finding:
    """The finding of a case with no contradicted or admitted statement: what it holds, when.

    ``disputed`` statements (only disputed) are said to be disputed, and nothing more.
    """
    known = pd.concat([events["start"], events["end"]]).dropna()
    span = f" from {day_words(known.min())} to {day_words(known.max())}" if len(known) else ""
    lanes_used = events["lane"].astype(str).nunique()
    sentence = (
        f"{plural(len(events), 'event')} in {plural(lanes_used, 'lane')}{span}; "
        "no statement in this case is marked as contradicted"
        f"{_disputed_words(disputed, others=False)}."
    )
    return Finding(sentence, 0, 0, 0, 0, "", None, 0, None, None, None, None, disputed)


def _name(row: dict[str, Any]) -> str:
    """Who an event's actor is, for prose: the first name given, without its title.

    'Tracy Clark, Broward County Public Schools spokeswoman' is 'Tracy Clark'; 'WLRN-FM;
    two unnamed sources' is 'WLRN-FM'. News style names a person once in full; the
    sentence has no room for the appositive.
    """
    actor = str(row.get("actor") or "").split(";")[0].split(",")[0]
    return re.sub(r"\s*\([^)]*\)", "", actor).strip()


def _on(row: dict[str, Any]) -> str:
    """When an event happened, for prose: 'on 6 May 2018', 'by 9 October 2017', 'in July 2017'."""
    start, end = _stamp(row["start"]), _stamp(row["end"])
    if start is not None and end is not None and start == end:
        return f"on {day_words(start)}"
    if end is None:
        return f"on or after {day_words(start)}" if start is not None else "at an unknown date"
    if start is not None and str(row["precision"]) != "day" and "/" not in str(row["edtf"]):
        return f"in {_when(row)}"
    return f"by {day_words(end)}"


def _lead(said: list[str], sources: list[str], rows: dict[str, dict[str, Any]]) -> str:
    """The first sentence: how many statements, and what contradicts them."""
    kinds = Counter(str(rows[s]["lane"]) for s in sources if s in rows)
    parts = [
        plural(kinds[lane], *_SOURCE_NOUNS[lane], spell=True)
        for lane in ("practice", "disclosure")
        if kinds.get(lane)
    ]
    lead = plural(len(said), *_LANE_NOUNS["statement"], spell=True)
    lead = f"{lead[0].upper()}{lead[1:]} {'were' if len(said) > 1 else 'was'}"
    if sources:
        return lead + f" contradicted by {' and '.join(parts)}."
    return lead + " admitted to be inaccurate."


def _earlier(said: list[str], sources: list[str], rows: dict[str, dict[str, Any]]) -> str:
    """A sentence when every contradicting practice ended well before the statements.

    How long before, as an honest range, is what such a story leads with ('told 13
    months earlier'). It is said only when every practice has a known end at least
    :data:`_EARLIER_DAYS` before the earliest statement's start, so it never claims an
    order the dates do not give.
    """
    practices = [rows[p] for p in sources if str(rows[p]["lane"]) == "practice"]
    starts = [_stamp(rows[s]["start"]) for s in said]
    ends = [_stamp(p["end"]) for p in practices]
    if not practices or None in starts or None in ends:
        return ""
    first_said = min(s for s in starts if s is not None)
    low = int((first_said - max(e for e in ends if e is not None)) / _DAY)
    if low < _EARLIER_DAYS:
        return ""
    begun = [s for p in practices if (s := _stamp(p["start"])) is not None]
    high = int((first_said - min(begun)) / _DAY) if len(begun) == len(practices) else None
    what = "practice behind the scenes dates" if len(practices) == 1 else "practices date"
    them = "it was" if len(said) == 1 else "they were"
    return f" The {what} from {gap_text(low, high)} before {them} made."


def _bound_words(row: dict[str, Any], side: int) -> str:
    """One end of a statement's date in words, at that end's own precision.

    ``side`` 0 is where it begins, 1 where it ends: an interval '2017/2018-10' begins in
    '2017' and ends in 'October 2018'; a single date is said whole ('July 2017').
    """
    edtf = str(row["edtf"])
    if "/" not in edtf:
        return _when(row)
    part = edtf.split("/")[side].rstrip("?~%")
    stamp = _stamp(row["end" if side else "start"])
    if stamp is None:
        return "an unknown date"
    if re.fullmatch(r"\d{4}", part):
        return part
    if re.fullmatch(r"\d{4}-\d{2}", part):
        return unit_words(stamp, stamp, "month", part)
    return day_words(stamp)


def _made(rows: dict[str, dict[str, Any]], dated: list[str]) -> str:
    """When the dated statements were made: 'made in July 2017', 'made from 14 to 29 May 2018'.

    A statement dated by an interval is a position held over it, so the words run to its end.
    """

    def last_day(sid: str) -> pd.Timestamp:
        row = rows[sid]
        span = "/" in str(row["edtf"]) and _stamp(row["end"]) is not None
        return pd.Timestamp(row["end"] if span else row["start"])

    first = min(dated, key=lambda s: (pd.Timestamp(rows[s]["start"]), s))
    last = max(dated, key=lambda s: (last_day(s), s))
    first_words, last_words = _bound_words(rows[first], 0), _bound_words(rows[last], 1)
    if first_words != last_words:
        for shared in (" ".join(last_words.split(" ")[-2:]), last_words.rsplit(" ", 1)[-1]):
            if len(first_words.split(" ")) > len(shared.split(" ")) and first_words.endswith(
                " " + shared
            ):
                first_words = first_words[: -len(shared) - 1]
        return f"made from {first_words} to {last_words}"
    prep = "on" if str(rows[first]["precision"]) == "day" else "in"
    return f"made {prep} {first_words}"


def _by_id(facts: Findings) -> dict[str, StatementFinding]:
    """The findings about each statement, by its id."""
    return {s.id: s for s in facts.statements}


def _admitted_words(said: int, admitted: int) -> str:
    """Which statements the admission covers: 'they were', 'it was', 'two of them were'."""
    if admitted == said:
        return "they were" if said > 1 else "it was"
    return (
        f"{plural(admitted, 'of them', 'of them', spell=True)} {'was' if admitted == 1 else 'were'}"
    )


def _story(case: Case) -> dict[str, Any]:
    """The story's publication as an events row: what a statement stood until at the latest."""
    published = pd.Timestamp(case.meta.published)
    return {"start": published, "end": published, "precision": "day", "edtf": "", "actor": ""}


def _closing(
    case: Case, found: dict[str, StatementFinding], said: list[str], rows: dict[str, dict[str, Any]]
) -> str:
    """What the statements ``said`` stood until, in words ('until a disclosure by … on …').

    Each stood until its challenge first came out (:attr:`StatementFinding.first_out`: an
    admission, a contradicting disclosure, or one revealing a contradicting practice); when
    nothing brought it out before the story, until the story was published.
    """
    outs = {found[s].first_out for s in said}
    several = len(said) > 1
    if outs <= {None}:
        published = day_words(pd.Timestamp(case.meta.published))
        return f"until {case.meta.outlet} reported the contradictions on {published}"
    if len(outs) > 1:
        ends = [_stamp(rows[o]["end"]) for o in outs if o is not None]
        last = max((e for e in ends if e is not None), default=None)
        when = f" (the last by {day_words(last)})" if last is not None and None not in outs else ""
        them = "them" if several else "it"
        return f"until disclosures brought out what contradicts {them}{when}"
    out = next(iter(outs))
    assert out is not None
    row = rows[out]
    if all(out in found[s].admitted_by for s in said):
        they = "they were" if several else "it was"
        return f"until {_name(row) or 'officials'} admitted {_on(row)} that {they} not accurate"
    who = _name(row)
    return f"until a disclosure {'by ' + who + ' ' if who else ''}{_on(row)}"


def _admission(
    found: dict[str, StatementFinding],
    admitting: tuple[str, ...],
    said: list[str],
    rows: dict[str, dict[str, Any]],
) -> str:
    """A sentence on who admitted which statements were not accurate, and when.

    One admission is named with its date; several are counted, with the latest date
    they can have, and named only when one speaker made them all.
    """
    admitted = [s for s in said if found[s].admitted]
    admitters = [rows[a] for a in admitting if a in rows]
    if not admitted or not admitters:
        return ""
    they = _admitted_words(len(said), len(admitted))
    if len(admitters) == 1:
        row = admitters[0]
        return f" {_name(row) or 'Officials'} admitted {_on(row)} that {they} not accurate."
    names = {_name(r) for r in admitters}
    ends = [e for r in admitters if (e := _stamp(r["end"])) is not None]
    span = f", the last by {day_words(max(ends))}" if len(ends) == len(admitters) else ""
    count = plural(len(admitters), "disclosure", spell=True)
    if len(names) == 1 and "" not in names:
        return f" {names.pop()} admitted that {they} not accurate, in {count}{span}."
    return f" In {count}{span}, officials admitted that {they} not accurate."


def _after(
    found: dict[str, StatementFinding],
    after: list[str],
    rows: dict[str, dict[str, Any]],
    total: int,
) -> str:
    """A sentence for statements made once their challenge was already out: no 'stood'."""
    if not after:
        return ""
    outs = {found[s].first_out for s in after}
    out = next(iter(outs)) if len(outs) == 1 else None
    by = f" by {_name(rows[out])} ({_on(rows[out])})" if out and _name(rows[out]) else ""
    n = len(after)
    them = "it" if n == 1 else "them"
    if n == total:
        who = "It was" if n == 1 else ("Both were" if n == 2 else "All were")
    else:
        who = plural(n, "other was", "others were", spell=True).capitalize()
    what = "a disclosure" if out else "disclosures"
    return f" {who} made no earlier than {what}{by} that brought out what contradicts {them}."


def finding(case: Case, facts: Findings | None = None) -> Finding:
    """Say what the case's chart shows, with numbers computed from its events and links.

    The statements are the refuted ones of :func:`timeline.findings.findings`: those
    that ``contradicts`` or ``admits`` links point to. Each stood from when it was made
    (the start of its date; for an interval, a position held over it, its start) until
    its challenge first came out: an admission, a contradicting disclosure, or one that
    revealed a contradicting practice; when none did, until the story was published
    (:func:`timeline.claims.stood`, the same measure as the claims table's). The range
    covers every day each date allows. A statement made no earlier than its challenge
    came out is said to be so, not to have stood. When every contradicting practice came
    well before the statements, the finding says how long before. Statements only
    disputed are counted and said to be disputed, with no verdict: the sentence never
    says more than the links.

    Parameters
    ----------
    case
        A loaded case.
    facts
        The case's findings, when the caller has them already.

    Returns
    -------
    Finding
        The sentence and its numbers.
    """
    facts = facts if facts is not None else findings(case)
    disputed = len(facts.disputed)
    said = [s.id for s in facts.refuted]
    if not said:
        return _unchallenged(case.events, disputed)
    sources = list(facts.contradicting)
    rows = {str(r["id"]): r for r in _rows(case.events)}
    until = {s.id: rows[s.first_out] if s.first_out else _story(case) for s in facts.refuted}
    starts = {s: t for s in said if (t := _stamp(rows[s]["start"])) is not None}
    found = _by_id(facts)
    after = [
        s
        for s, t in starts.items()
        if found[s].first_out and (_stamp(until[s]["end"]) or pd.Timestamp.max) <= t
    ]
    gaps = {s: stood(rows[s], until[s]) for s in starts if s not in after}
    latest = max(_stamp(until[s]["end"]) or pd.Timestamp(case.meta.published) for s in said)
    admitters = [a for a in facts.admitting if a in rows]
    n_admitted = sum(1 for s in said if found[s].admitted)
    counts = (
        len(said),
        len(sources),
        facts.contradictions,
        n_admitted,
        str(rows[admitters[0]]["actor"]) if n_admitted and admitters else "",
        latest,
    )
    lead = _lead(said, sources, rows) + _earlier(said, sources, rows)
    standing = [s for s in said if s not in after]
    closing = _closing(case, found, standing, rows) if standing else ""
    admission = "" if " admitted " in closing else _admission(found, facts.admitting, said, rows)
    tail = _after(found, after, rows, len(said)) + admission
    tail += _disputed_words(disputed, others=True)
    if not gaps:
        if standing:
            lead += (
                " None has a known date; they stood"
                if len(standing) > 1
                else (" Its date is not known; it stood")
            )
            lead += f" {closing}."
        return Finding(lead + tail, *counts, 0, None, None, None, None, disputed)
    lo = min(g.low for g in gaps.values())
    highs = [g.high for g in gaps.values()]
    hi = None if None in highs else max(h for h in highs if h is not None)
    words = gap_text(lo, hi)
    made = _made(rows, list(gaps))
    if len(gaps) < len(standing):
        subject = "Those with known dates" if len(gaps) > 1 else "The one with a known date"
        sentence = f"{lead} {subject}, {made}, stood for {words} {closing}."
    else:
        sentence = f"{lead} {made[0].upper()}{made[1:]}, {'they' if len(gaps) > 1 else 'it'}"
        sentence += f" stood for {words} {closing}."
    hi_m = None if hi is None else math.ceil(hi / MONTH_DAYS)
    lo_m = math.floor(lo / MONTH_DAYS)
    return Finding(sentence + tail, *counts, len(gaps), lo, hi, lo_m, hi_m, disputed)


def _counts(case: Case) -> str:
    """The chart's contents in words: events by lane and links by relation."""
    lanes = case.events["lane"].astype(str).value_counts()
    lane_words = ", ".join(
        plural(int(lanes[lane]), *_LANE_NOUNS[lane]) for lane in LANES if lanes.get(lane)
    )
    rel = case.links["relation"].value_counts()
    rel_words = ", ".join(f"{int(rel[r])} {r}" for r in RELATIONS if r in rel)
    text = (
        f"The timeline shows {plural(len(case.events), 'event')} in "
        f"{plural(int((lanes > 0).sum()), 'lane')} ({lane_words})"
    )
    if len(case.links):
        text += f" and {plural(len(case.links), 'link')} between them ({rel_words})"
    return text + "."


def _description(case: Case, found: Finding) -> str:
    """What a screen reader says for the whole chart: the story, the finding, the counts."""
    published = day_words(pd.Timestamp(case.meta.published))
    return (
        f"Timeline of “{case.meta.title}” ({case.meta.outlet}, {published}). "
        f"{found.sentence} {_counts(case)} A text transcript of every event follows the chart."
    )
