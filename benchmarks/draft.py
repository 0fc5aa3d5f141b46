"""Score ``timeline draft`` against reporters' reference cases, story by story.

Run ``python benchmarks/draft.py`` from the repository root. It drafts every story in the
reference-story folder (``../shared/stories/`` beside the repository, read in place) and
the first case (``data/cases/lasd-ice-2017``), scores each draft against the reporter's
case by the rule in that folder's README, and prints a markdown table with a mean row
over the reference stories. A missing folder is skipped with the reason.

The rule, in short: a reference event sourced ``article ¶N`` is *recalled* by a drafted
event that cites the same paragraph and whose resolved dates overlap (an open bound
overlaps anything); matching is one-to-one, reference events taken in file order, each
taking the first drafted event (in draft order) still free. Then ``recall`` is recalled
over reference events sourced to the article; ``lane`` is recalled events with the
reference lane over recalled; ``date`` is recalled events whose drafted start and end both
equal the reference's; ``false`` is drafted events that recall nothing over drafted
events; ``contradicts`` is reference ``contradicts`` links whose two events are recalled
and whose two drafted events are joined by a drafted ``contradicts`` link (either way
round), over reference ``contradicts`` links.

``--time`` also drafts a 1,000-word story built from the first case's article, and prints
how long it takes. ``--reading DIR`` scores a second hand-made reading instead of the
draft: each case in ``DIR`` against the reference case of the same folder name, by the
same rule, which measures how far two careful readers of one story agree.
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from timeline.case import load_case
from timeline.draft import draft, write_case
from timeline.vocab import SOURCE_RE

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT.parent / "shared" / "stories"
FIRST_CASE = ROOT / "data" / "cases" / "lasd-ice-2017"
MEASURES = ("recall", "lane", "date", "false", "contradicts")


@dataclass(frozen=True)
class Scores:
    """One story's scores; ``nan`` where a measure has nothing to divide by."""

    recall: float
    lane: float
    date: float
    false: float
    contradicts: float


def _ratio(n: int, d: int) -> float:
    return n / d if d else math.nan


def _para(source: str) -> int | None:
    m = SOURCE_RE.match(str(source))
    return int(m.group("para")) if m and m.group("para") else None


def _overlap(a: pd.Series, b: pd.Series) -> bool:
    """Whether two events' resolved spans overlap; an open (missing) bound overlaps anything."""
    if pd.notna(a["start"]) and pd.notna(b["end"]) and a["start"] > b["end"]:
        return False
    return not (pd.notna(b["start"]) and pd.notna(a["end"]) and b["start"] > a["end"])


def _same(x: Any, y: Any) -> bool:
    return bool((pd.isna(x) and pd.isna(y)) or (pd.notna(x) and pd.notna(y) and x == y))


def drafted_case(folder: Path, work: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Draft the story of a case folder into ``work`` and load it: (events, links)."""
    ref = load_case(folder)
    article = (folder / ref.meta.article).read_bytes()
    result = draft(article.decode("utf-8-sig"), ref.meta.published, title=ref.meta.title)
    out = work / folder.name
    write_case(result, out, article_bytes=article, outlet="outlet", url=str(ref.meta.url))
    drafted = load_case(out)
    return drafted.events, drafted.links


def score(folder: Path, work: Path, reading: Path | None = None) -> Scores:
    """Score the draft of one case folder (or ``reading``, another hand-made case of the
    same story) against the case itself."""
    ref = load_case(folder)
    if reading is None:
        events, links = drafted_case(folder, work)
    else:
        other = load_case(reading)
        events, links = other.events, other.links
    gold = ref.events[[_para(s) is not None for s in ref.events["source"]]]
    paras = [_para(s) for s in events["source"]]
    used: set[int] = set()
    match: dict[str, int] = {}
    for _, g in gold.iterrows():
        for k in range(len(events)):
            if k not in used and paras[k] == _para(g["source"]) and _overlap(g, events.iloc[k]):
                used.add(k)
                match[str(g["id"])] = k
                break
    lane = date = 0
    for gid, k in match.items():
        g = gold[gold["id"] == gid].iloc[0]
        e = events.iloc[k]
        lane += str(e["lane"]) == str(g["lane"])
        date += _same(e["start"], g["start"]) and _same(e["end"], g["end"])
    drafted_pairs = {
        frozenset((str(r["from"]), str(r["to"])))
        for _, r in links.iterrows()
        if r["relation"] == "contradicts"
    }
    ref_contra = ref.links[ref.links["relation"] == "contradicts"]
    found = 0
    for _, r in ref_contra.iterrows():
        a, b = match.get(str(r["from"])), match.get(str(r["to"]))
        if a is not None and b is not None:
            found += frozenset((str(events.iloc[a]["id"]), str(events.iloc[b]["id"]))) in (
                drafted_pairs
            )
    return Scores(
        recall=_ratio(len(match), len(gold)),
        lane=_ratio(lane, len(match)),
        date=_ratio(date, len(match)),
        false=_ratio(len(events) - len(used), len(events)),
        contradicts=_ratio(found, len(ref_contra)),
    )


def _cell(x: float) -> str:
    return "–" if math.isnan(x) else f"{x:.2f}"


def _row(label: str, s: Scores) -> str:
    return f"| {label} | " + " | ".join(_cell(getattr(s, m)) for m in MEASURES) + " |"


def _mean(rows: list[Scores]) -> Scores:
    def avg(m: str) -> float:
        xs = [getattr(r, m) for r in rows if not math.isnan(getattr(r, m))]
        return sum(xs) / len(xs) if xs else math.nan

    return Scores(*(avg(m) for m in MEASURES))


def time_thousand_words() -> tuple[int, float]:
    """Draft a 1,000-word story made of the first case's paragraphs; (words, seconds)."""
    ref = load_case(FIRST_CASE)
    text = (FIRST_CASE / ref.meta.article).read_text(encoding="utf-8")
    paras = [p for p in text.split("\n\n") if p.strip()]
    body: list[str] = []
    while sum(len(p.split()) for p in body) < 1000:
        body.append(paras[len(body) % len(paras)])
    story = "\n\n".join(body)
    draft("warm up.", ref.meta.published)
    t0 = time.perf_counter()
    draft(story, ref.meta.published)
    return len(story.split()), time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    """Print the score table (and, with ``--time``, the time for a 1,000-word story)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--stories", type=Path, default=STORIES)
    parser.add_argument("--time", action="store_true", help="also time a 1,000-word story")
    parser.add_argument(
        "--reading",
        type=Path,
        help="score the hand-made cases in this folder, not drafts, against the references",
    )
    args = parser.parse_args(argv)
    if args.reading is not None:
        return _score_reading(args.stories, args.reading)
    print("| story | recall | lane | date | false | contradicts |")
    print("|---|---:|---:|---:|---:|---:|")
    rows: list[Scores] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.stories.is_dir():
            for folder in sorted(p for p in args.stories.iterdir() if (p / "case.yml").is_file()):
                rows.append(score(folder, work))
                print(_row(folder.name, rows[-1]))
            if rows:
                print(_row(f"**mean of {len(rows)}**", _mean(rows)))
        else:
            print(f"skipped: no reference stories at {args.stories}", file=sys.stderr)
        if FIRST_CASE.is_dir():
            print(_row(f"first case (`{FIRST_CASE.name}`)", score(FIRST_CASE, work)))
        else:
            print(f"skipped: the first case is missing at {FIRST_CASE}", file=sys.stderr)
    if args.time:
        words, seconds = time_thousand_words()
        print(f"\ndrafting a {words}-word story took {seconds:.2f} s")
    return 0


def _score_reading(stories: Path, reading: Path) -> int:
    """Print the table for a second reading: each case in ``reading`` against the
    reference case of the same name in ``stories``."""
    if not reading.is_dir():
        print(f"no folder of cases at {reading}", file=sys.stderr)
        return 1
    pairs = [
        (stories / p.name, p)
        for p in sorted(reading.iterdir())
        if (p / "case.yml").is_file() and (stories / p.name / "case.yml").is_file()
    ]
    if not pairs:
        print(f"no case in {reading} has a reference case in {stories}", file=sys.stderr)
        return 1
    print("| story | recall | lane | date | false | contradicts |")
    print("|---|---:|---:|---:|---:|---:|")
    rows = [score(ref, reading, other) for ref, other in pairs]
    for (ref, _), row in zip(pairs, rows, strict=True):
        print(_row(ref.name, row))
    print(_row(f"**mean of {len(rows)}**", _mean(rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
