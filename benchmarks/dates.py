"""Benchmark timeline.dates.resolve_frame against plain dateparser on a case-table workload.

Run ``python benchmarks/dates.py [--n 100000] [--sample 2000]``. Prints a markdown table
of throughput and accuracy on the labelled set (tests/data/dates_labelled.csv).
"""

from __future__ import annotations

import argparse
import csv
import datetime
import random
import time
import warnings
from pathlib import Path
from typing import Any

import pandas as pd

from timeline import dates
from timeline.dates import resolver

LABELLED = Path(__file__).resolve().parent.parent / "tests" / "data" / "dates_labelled.csv"


def load_labelled() -> list[dict[str, str]]:
    """Rows of the labelled set: text, published, start, end, precision, approximate."""
    with LABELLED.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def workload(rows: list[dict[str, str]], n: int, seed: int) -> pd.DataFrame:
    """``n`` (text, published) rows in which a few phrases recur, as in real case tables.

    Phrases are drawn with Zipf-like weights from the labelled set; most keep their
    story's publication date and some are paired with another story's date.
    """
    rng = random.Random(seed)
    pool = rows[:]
    rng.shuffle(pool)
    weights = [1.0 / (rank + 1) ** 1.1 for rank in range(len(pool))]
    stories = sorted({r["published"] for r in rows})
    picked = rng.choices(pool, weights=weights, k=n)
    published = [r["published"] if rng.random() < 0.7 else rng.choice(stories) for r in picked]
    return pd.DataFrame({"text": [r["text"] for r in picked], "published": published})


def plain_dateparser(text: str, published: str) -> datetime.datetime | None:
    """``dateparser.parse`` with only the publication date as its relative base."""
    import dateparser

    base = datetime.datetime.fromisoformat(published)
    result: Any = dateparser.parse(text, settings={"RELATIVE_BASE": base})
    return result if isinstance(result, datetime.datetime) else None


def accuracy_ours(rows: list[dict[str, str]]) -> float:
    """Share of labelled rows whose start, end, precision and approximate all match."""
    good = 0
    for r in rows:
        got = dates.resolve(r["text"], r["published"])
        if not r["precision"]:
            good += got is None
            continue
        good += got is not None and (
            str(got.start or ""),
            str(got.end or ""),
            got.precision,
            str(got.approximate).lower(),
        ) == (r["start"], r["end"], r["precision"], r["approximate"])
    return good / len(rows)


def accuracy_dateparser(rows: list[dict[str, str]]) -> float:
    """Share of labelled rows where dateparser's date lies in [start, end] (None for negatives).

    An open bound in the label leaves that side unchecked. This is a lenient test: a
    single day inside the right span counts as correct, whatever the precision.
    """
    good = 0
    for r in rows:
        got = plain_dateparser(r["text"], r["published"])
        if not r["precision"]:
            good += got is None
            continue
        if got is None:
            continue
        day = got.date()
        lo = datetime.date.fromisoformat(r["start"]) if r["start"] else datetime.date.min
        hi = datetime.date.fromisoformat(r["end"]) if r["end"] else datetime.date.max
        good += lo <= day <= hi
    return good / len(rows)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="rows in the workload")
    parser.add_argument("--sample", type=int, default=2_000, help="rows timed for plain dateparser")
    parser.add_argument("--seed", type=int, default=2017)
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore", category=DeprecationWarning)

    rows = load_labelled()
    frame = workload(rows, args.n, args.seed)
    distinct = len(frame.drop_duplicates())

    resolver._resolve_cached.cache_clear()  # cold: every distinct pair is resolved afresh
    t0 = time.perf_counter()
    result = dates.resolve_frame(frame["text"], frame["published"])
    ours_seconds = time.perf_counter() - t0
    assert len(result) == args.n
    ours_rate = args.n / ours_seconds

    sample = frame.sample(n=min(args.sample, args.n), random_state=args.seed)
    for text, published in sample.head(20).itertuples(index=False):  # warm up
        plain_dateparser(text, published)
    t0 = time.perf_counter()
    for text, published in sample.itertuples(index=False):
        plain_dateparser(text, published)
    plain_seconds = time.perf_counter() - t0
    plain_rate = len(sample) / plain_seconds

    resolver._resolve_cached.cache_clear()
    ours_accuracy = accuracy_ours(rows)
    plain_accuracy = accuracy_dateparser(rows)

    print(
        f"Workload: {args.n:,} rows, {distinct:,} distinct (text, published) pairs, "
        f"{frame['published'].nunique()} publication dates. "
        f"Labelled set: {len(rows)} rows ({sum(1 for r in rows if not r['precision'])} "
        "negatives)."
    )
    print()
    print("| method | rows timed | seconds | rows/second | accuracy on labelled set |")
    print("| --- | ---: | ---: | ---: | ---: |")
    print(
        f"| `timeline.dates.resolve_frame` (cold cache) | {args.n:,} | {ours_seconds:.3f} | "
        f"{ours_rate:,.0f} | {ours_accuracy:.1%} (exact span, precision, approximate) |"
    )
    print(
        f"| plain `dateparser.parse` per row | {len(sample):,} sampled | {plain_seconds:.3f} | "
        f"{plain_rate:,.0f} (extrapolated) | {plain_accuracy:.1%} (date inside the span; "
        "None for negatives) |"
    )
    print()
    print(
        f"Speed ratio: {ours_rate / plain_rate:,.0f}x. Plain dateparser was timed on "
        f"{len(sample):,} randomly sampled rows and its rate extrapolated to the "
        f"{args.n:,}-row workload (~{args.n / plain_rate:,.0f} s for all rows)."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
