"""The finding: what the chart shows, in one sentence, with counts from timeline.findings."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Any, Final

import pandas as pd

from timeline.case import LANES, RELATIONS, Case
from timeline.chart.units import _DAY, _rows
from timeline.chart.words import _LANE_NOUNS, _when
from timeline.claims import MONTH_DAYS, gap_text
from timeline.dates.wording import day_words
from timeline.findings import Findings, findings
from timeline.text import plural

__all__ = ["Finding", "finding"]

_MONTH_DAYS: Final = MONTH_DAYS


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


def _duration(lo_days: int, hi_days: int) -> tuple[str, int, int]:
    """Words for a range of durations, and the range in whole months rounded outwards."""
    lo_m = math.floor(lo_days / _MONTH_DAYS)
    hi_m = math.ceil(hi_days / _MONTH_DAYS)
    return gap_text(lo_days, hi_days), lo_m, hi_m


def _stamp(value: Any) -> pd.Timestamp | None:
    """A timestamp, or ``None`` for a missing one."""
    return None if value is None or pd.isna(value) else pd.Timestamp(value)


def _disputed_words(disputed: int, *, others: bool) -> str:
    """The words for the statements only disputed: no verdict, and that none is given."""
    if not disputed:
        return ""
    it = "it" if disputed == 1 else "them"
    if others:
        subject = (
            "Another public statement is"
            if disputed == 1
            else f"{disputed} other public statements are"
        )
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


def _closing(
    case: Case, rows: dict[str, dict[str, Any]], admitters: list[str], they: str
) -> tuple[pd.Timestamp, str, str]:
    """When the statements are measured to, who admitted them, and the sentence's close.

    ``they`` says which statements were admitted ('they were', 'it was', '2 of them were').
    """
    ends = [_stamp(rows[a]["end"]) or _stamp(rows[a]["start"]) for a in admitters]
    known_ends = [e for e in ends if e is not None]
    if known_ends:
        until = max(known_ends)
        actor = str(rows[admitters[0]]["actor"]) or "officials"
        return until, actor, f"before {actor} admitted {they} not accurate (by {day_words(until)})"
    until = pd.Timestamp(case.meta.published)
    actor = str(rows[admitters[0]]["actor"]) if admitters else ""
    return (
        until,
        actor,
        f"before {case.meta.outlet} reported the contradictions on {day_words(until)}",
    )


def _stood(
    said: list[str], rows: dict[str, dict[str, Any]], until: pd.Timestamp
) -> tuple[list[int], list[int], list[str]]:
    """The fewest and most days each dated statement stood before ``until``, and their ids."""
    lows: list[int] = []
    highs: list[int] = []
    dated: list[str] = []
    for sid in said:
        row = rows[sid]
        early = _stamp(row["start"])
        end = _stamp(row["end"])
        if early is None or early > until:
            continue
        late = early if "/" in str(row["edtf"]) or end is None else end
        dated.append(sid)
        highs.append(int((until - early) / _DAY))
        lows.append(max(0, int((until - late) / _DAY)))
    return lows, highs, dated


def _lead(said: list[str], sources: list[str], rows: dict[str, dict[str, Any]]) -> str:
    """The sentence's opening: how many statements, and what contradicts them."""
    kinds = Counter(str(rows[s]["lane"]) for s in sources if s in rows)
    parts = []
    if kinds.get("practice"):
        parts.append(plural(kinds["practice"], "practice") + " behind the scenes")
    if kinds.get("disclosure"):
        parts.append(plural(kinds["disclosure"], "disclosure"))
    lead = f"{plural(len(said), 'public statement')} {'were' if len(said) > 1 else 'was'}"
    if sources:
        return lead + f" contradicted by {' and '.join(parts)}."
    return lead + " admitted to be inaccurate."


def _made(rows: dict[str, dict[str, Any]], dated: list[str]) -> str:
    """When the dated statements were made: 'made in July 2017', 'made from May to July 2017'."""
    first = min(dated, key=lambda s: (pd.Timestamp(rows[s]["start"]), s))
    last = max(dated, key=lambda s: (pd.Timestamp(rows[s]["start"]), s))
    first_words, last_words = _when(rows[first]), _when(rows[last])
    if first != last and first_words != last_words:
        year = last_words.rsplit(" ", 1)[-1]
        if year.isdigit() and first_words.endswith(" " + year):
            first_words = first_words[: -len(year) - 1]
        return f"made from {first_words} to {last_words}"
    prep = "on" if str(rows[first]["precision"]) == "day" else "in"
    return f"made {prep} {first_words}"


def _admitted_words(said: int, admitted: int) -> str:
    """Which statements the admission covers: 'they were', 'it was', '2 of them were'."""
    if admitted == said:
        return "they were" if said > 1 else "it was"
    return f"{admitted} of them {'was' if admitted == 1 else 'were'}"


def finding(case: Case, facts: Findings | None = None) -> Finding:
    """Say what the case's chart shows, with numbers computed from its events and links.

    The statements are the refuted ones of :func:`timeline.findings.findings`: those
    that ``contradicts`` or ``admits`` links point to. Each stood from when it was made
    (the start of its date; for a span of repeated statements, the start of the span)
    until the admission that it was not accurate (the admission's latest possible date),
    or, when nothing was admitted, until the story was published. The range covers every
    day each statement's date allows. Statements only disputed are counted and said to be
    disputed, with no verdict: the sentence never says more than the links.

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
    ev = case.events
    facts = facts if facts is not None else findings(case)
    refuted = facts.refuted
    disputed = len(facts.disputed)
    said = [s.id for s in refuted]
    sources = list(facts.contradicting)
    wanted = {*said, *sources, *facts.admitting}
    rows = {str(r["id"]): r for r in _rows(ev[ev["id"].astype(str).isin(wanted)])}
    if not said:
        return _unchallenged(ev, disputed)

    admitted = [s.id for s in refuted if s.admitted]
    admitters = [a for a in facts.admitting if a in rows]
    several = len(said) > 1
    they = "they were" if several else "it was"
    until, actor, closing = _closing(
        case, rows, admitters, _admitted_words(len(said), len(admitted))
    )
    lows, highs, dated = _stood(said, rows, until)
    lead = _lead(said, sources, rows)
    counts = (len(said), len(sources), facts.contradictions, len(admitted), actor, until)
    tail = _disputed_words(disputed, others=True)
    if not dated:
        if admitted and len(admitted) == len(said):
            sentence = f"{lead} None has a known date; {they} not corrected until "
            sentence += f"{day_words(until)}."
        else:
            sentence = f"{lead} None has a known date; {closing[len('before ') :]}."
        return Finding(sentence + tail, *counts, 0, None, None, None, None, disputed)

    lo, hi = min(lows), max(highs)
    words, lo_m, hi_m = _duration(lo, hi)
    made = _made(rows, dated)
    if len(dated) < len(said):
        subject = "Those with known dates" if len(dated) > 1 else "The one with a known date"
        sentence = f"{lead} {subject}, {made}, stood for {words}"
    else:
        sentence = f"{lead} {made[0].upper()}{made[1:]}, {'they' if several else 'it'} stood"
        sentence += f" for {words}"
    sentence += f" {closing}.{tail}"
    return Finding(sentence, *counts, len(dated), lo, hi, lo_m, hi_m, disputed)


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
