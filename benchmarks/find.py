"""Benchmark the date finder against dateparser's search_dates on labelled news text.

Three texts: the first case's story (its three dates labelled by hand), the labelled
sentences of ``tests/data/news_dates.txt`` (each searched on its own, with its own
publication date), and a text of about 1 MB made by repeating the story and the sentences
published on the story's date. For each tool the table gives the time and, against the
labels:

- *true*: a span found that overlaps a labelled date and whose date lies inside the
  labelled range (for ``find``, its first and last day; for ``search_dates``, its one
  datetime);
- *wrong date*: overlaps a labelled date but the date lies outside it;
- *false*: overlaps no labelled date;
- *missed*: labelled dates no true span overlaps;
- *exact*: true spans whose words are exactly the labelled words.

Run: ``python benchmarks/find.py [--mb 1.0] [--limit 600]``. ``--limit`` stops
``search_dates`` on the big text after that many seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import re
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

from timeline.dates import find, resolve

ROOT = Path(__file__).resolve().parents[1]
STORY = ROOT / "data" / "cases" / "lasd-ice-2017" / "article.txt"
LABELLED = ROOT / "tests" / "data" / "news_dates.txt"
STORY_DATE = "2017-10-09"
STORY_LABELS = {"in January": "2017-01", "Monday": "2017-10-09", "in July": "2017-07"}
MARK = re.compile(r"\{\{(?P<date>.+?)\|(?P<edtf>.+?)\}\}|\[\[(?P<friend>.+?)\]\]")

Label = tuple[int, int, dt.date, dt.date]  # start, end, first day, last day
Span = tuple[int, int, dt.date | None, dt.date | None]


@dataclass(frozen=True)
class Doc:
    """A text to search, its publication date and its labelled dates."""

    text: str
    published: str
    labels: list[Label]


def _bounds(edtf: str) -> tuple[dt.date, dt.date]:
    """First and last day of an EDTF label; an open side is the earliest or latest date."""
    res = resolve(edtf, None)
    assert res is not None, edtf
    return res.start or dt.date.min, res.end or dt.date.max


def labelled_sentences() -> list[Doc]:
    """The sentences of ``news_dates.txt`` with their labels."""
    docs: list[Doc] = []
    for raw in LABELLED.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        published, _, marked = raw.partition(" | ")
        plain, pos, labels = "", 0, []
        for m in MARK.finditer(marked):
            plain += marked[pos : m.start()]
            words = m.group("date") or m.group("friend")
            if m.group("date"):
                labels.append((len(plain), len(plain) + len(words), *_bounds(m.group("edtf"))))
            plain += words
            pos = m.end()
        docs.append(Doc(plain + marked[pos:], published.strip(), labels))
    return docs


def the_story() -> Doc:
    text = STORY.read_text(encoding="utf-8")
    labels: list[Label] = []
    for words, edtf in STORY_LABELS.items():
        start = text.index(words)
        labels.append((start, start + len(words), *_bounds(edtf)))
    return Doc(text, STORY_DATE, sorted(labels))


def shuffled_text(parts: list[Doc], size: int, seed: int = 7) -> Doc:
    """The words of the documents in random order, to ``size`` characters, unlabelled.

    Unlike the repeated text, almost every candidate here is new, so the cache of
    resolved expressions helps little: this is the honest speed figure.
    """
    import random

    words = " ".join(d.text for d in parts).split()
    rng = random.Random(seed)
    out: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(words)
        out.append(word)
        length += len(word) + 1
    return Doc(" ".join(out), parts[0].published, [])


def big_text(parts: list[Doc], size: int) -> Doc:
    """Repeat documents published on one date until the text is ``size`` characters."""
    text = ""
    labels: list[Label] = []
    while len(text) < size:
        for doc in parts:
            offset = len(text)
            text += doc.text + "\n\n"
            labels.extend((a + offset, b + offset, lo, hi) for a, b, lo, hi in doc.labels)
    return Doc(text, parts[0].published, labels)


# --------------------------------------------------------------------------------------------
# The two tools, each returning (start, end, first day, last day) spans
# --------------------------------------------------------------------------------------------


def run_find(doc: Doc) -> list[Span]:
    found = find(doc.text, doc.published)
    return [(f.start, f.end, f.resolution.start, f.resolution.end) for f in found]


def run_search_dates(doc: Doc) -> list[Span]:
    from dateparser.search import search_dates

    base = dt.datetime.fromisoformat(doc.published)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(
            doc.text,
            languages=["en"],
            settings={
                "RELATIVE_BASE": base,
                "PREFER_DATES_FROM": "past",
                "RETURN_AS_TIMEZONE_AWARE": False,
            },
        )
    spans: list[Span] = []
    cursor = 0
    for words, when in found or []:
        start = doc.text.find(words, cursor)
        if start < 0:
            start = doc.text.find(words)
        if start < 0:
            continue
        cursor = start + len(words)
        spans.append((start, start + len(words), when.date(), when.date()))
    return spans


@dataclass
class Tally:
    found: int = 0
    true: int = 0
    wrong: int = 0
    false: int = 0
    missed: int = 0
    exact: int = 0
    seconds: float = 0.0

    def add(self, other: Tally) -> None:
        for name in ("found", "true", "wrong", "false", "missed", "exact", "seconds"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def score(spans: list[Span], labels: list[Label]) -> Tally:
    tally = Tally(found=len(spans))
    hit: set[int] = set()
    for start, end, lo, hi in spans:
        overlapping = [i for i, (a, b, _, _) in enumerate(labels) if start < b and a < end]
        if not overlapping:
            tally.false += 1
            continue
        first, last = lo or dt.date.min, hi or dt.date.max
        good = [
            i
            for i in overlapping
            if labels[i][2] <= first <= labels[i][3] and labels[i][2] <= last <= labels[i][3]
        ]
        if good:
            tally.true += 1
            hit.update(good)
            if any(labels[i][:2] == (start, end) for i in good):
                tally.exact += 1
        else:
            tally.wrong += 1
    tally.missed = len(labels) - len(hit)
    return tally


def timed(tool: str, doc: Doc) -> Tally:
    runner = run_find if tool == "find" else run_search_dates
    started = time.perf_counter()
    spans = runner(doc)
    seconds = time.perf_counter() - started
    tally = score(spans, doc.labels)
    tally.seconds = seconds
    return tally


def _worker(tool: str, doc: Doc, queue: mp.Queue[Tally]) -> None:
    queue.put(timed(tool, doc))


def timed_with_limit(tool: str, doc: Doc, limit: float) -> Tally | None:
    """Run in a child process; None when it takes longer than ``limit`` seconds."""
    queue: mp.Queue[Tally] = mp.Queue()
    child = mp.Process(target=_worker, args=(tool, doc, queue))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.terminate()
        child.join()
        return None
    return queue.get()


def row(name: str, size: int, tool: str, tally: Tally | None, limit: float) -> str:
    label = "`find`" if tool == "find" else "`search_dates`"
    if tally is None:
        return f"| {name} | {size:,} | {label} | > {limit:.0f} (stopped) | | | | | | |"
    if name.startswith("shuffled"):
        return f"| {name} | {size:,} | {label} | {tally.seconds:.3f} | {tally.found} | | | | | |"
    return (
        f"| {name} | {size:,} | {label} | {tally.seconds:.3f} | {tally.found} | {tally.true} "
        f"| {tally.exact if tool == 'find' else '-'} | {tally.wrong} | {tally.false} "
        f"| {tally.missed} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of the big text, in MB")
    parser.add_argument("--limit", type=float, default=600.0, help="seconds for search_dates")
    args = parser.parse_args()

    story = the_story()
    sentences = labelled_sentences()
    same_day = [story] + [d for d in sentences if d.published == STORY_DATE]
    big = big_text(same_day, int(args.mb * 1_000_000))
    n_labels = sum(len(d.labels) for d in sentences)

    print(
        "| text | characters | tool | seconds | found | true | exact | wrong date | false "
        "| missed |"
    )
    print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for tool in ("find", "search_dates"):
        print(row("first story (3 dates)", len(story.text), tool, timed(tool, story), args.limit))
    for tool in ("find", "search_dates"):
        total = Tally()
        for doc in sentences:
            total.add(timed(tool, doc))
        name = f"{len(sentences)} labelled sentences ({n_labels} dates)"
        print(row(name, sum(len(d.text) for d in sentences), tool, total, args.limit))
    for tool in ("find", "search_dates"):
        tally = timed_with_limit(tool, big, args.limit)
        name = f"repeated to {args.mb:g} MB ({len(big.labels):,} dates)"
        print(row(name, len(big.text), tool, tally, args.limit))
    shuffled = shuffled_text(same_day, int(args.mb * 1_000_000))
    for tool in ("find", "search_dates"):
        tally = timed_with_limit(tool, shuffled, args.limit)
        print(
            row(
                f"shuffled words, {args.mb:g} MB (unlabelled)",
                len(shuffled.text),
                tool,
                tally,
                args.limit,
            )
        )
    worst = "2017-" * int(args.mb * 200_000)
    started = time.perf_counter()
    found = find(worst, STORY_DATE)
    print(
        f'\nWorst input tried: `"2017-" * {len(worst) // 5:,}` ({len(worst):,} characters), '
        f"`find` {time.perf_counter() - started:.2f} s, {len(found):,} dates"
    )


if __name__ == "__main__":
    main()
