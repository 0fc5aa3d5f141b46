"""Score the date finder on folders of TimeML news files (TempEval-3's TBAQ corpora).

For each folder the finder reads the plain text of every document's ``<TEXT>`` (tags
removed) with the document's creation date (``<DCT>``) as the publication date, and is
scored on calendar dates: gold ``TIMEX3`` of type DATE whose value is a day, an ISO week,
a month, a season, a quarter, a year or a decade.

- The found dates are scored as ``timeline dates --format timeml`` tags them
  (``timex_spans``): a leading preposition or bound word ("in", "on", "by", "since",
  "until") is set aside, a bound is valued by the date it names, and a range written
  with two ends ("between 1994 and 1997") is two tags, as TimeML tags it.
- A found date *matches* a gold one when their characters overlap. Matching is
  one-to-one, in text order.
- A found date that overlaps only out-of-scope gold (a duration, a set, a time,
  ``PRESENT_REF`` and other values with letters) counts neither way; any other unmatched
  find is a false date.
- Relaxed precision, recall and F1 follow. Value accuracy is over the matches: a match is
  right when its TIMEX3 value equals gold's (ISO week numbers compared without their zero
  padding: gold sometimes writes week 8 as ``2000-W8``, the same week as ``2000-W08``; this
  is a reading of gold's spelling, not a rule of the finder), when it is a narrowed part of
  gold's unit
  ("early December" against ``1998-12``), or when it is a range whose first end is
  gold's value ("2009-2010" against ``2009``).
- Value F1 is relaxed F1 times value accuracy.

Run: ``python benchmarks/timeml.py DIR... [--show N]``. With no folder it scores the
TimeBank and AQUAINT folders of ``shared/timeml/tbaq`` next to the repository (or under
``$TIMEML_DIR``). ``--show`` lists up to N examples of each kind of miss.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import os
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from timeline.dates import find
from timeline.dates.model import Resolution
from timeline.dates.timex import timex_spans, timex_value, unit_value

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TIMEML = ROOT.parent / "shared" / "timeml"
IN_SCOPE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{1,2}|-(?:SP|SU|FA|WI)|-Q[1-4])?|\d{3}")
TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')
PARTS_OF = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
WEEK_PAD = re.compile(r"-W0(?=[1-9]$)")  # "2000-W08" written as gold sometimes writes it


@dataclass(frozen=True)
class Gold:
    """One gold TIMEX3 in a document's plain text."""

    start: int
    end: int
    kind: str
    value: str
    words: str

    @property
    def in_scope(self) -> bool:
        """Whether this is a calendar date the measure scores."""
        return self.kind == "DATE" and IN_SCOPE.fullmatch(self.value) is not None


@dataclass(frozen=True)
class Doc:
    """A TimeML document: its name, creation date, plain text and gold TIMEX3."""

    name: str
    dct: dt.date
    text: str
    gold: list[Gold]


@dataclass
class Score:
    """Counts for one corpus, and its misses by kind."""

    gold: int = 0
    found: int = 0
    matched: int = 0
    right: int = 0
    false: int = 0
    misses: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def rates(self) -> tuple[float, float, float]:
        """Relaxed F1, value accuracy and value F1."""
        scored = self.matched + self.false
        precision = self.matched / scored if scored else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        accuracy = self.right / self.matched if self.matched else 0.0
        return f1, accuracy, f1 * accuracy


def parse(path: Path) -> Doc:
    """Read a TimeML file: its DCT, the plain text of ``<TEXT>`` and its TIMEX3."""
    raw = path.read_text(encoding="utf-8")
    dct_tag = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    if dct_tag is None:
        raise ValueError(f"{path.name}: no DCT")
    dct = dt.date.fromisoformat(dict(ATTR.findall(dct_tag.group(1)))["value"][:10])
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    text = ""
    gold: list[Gold] = []
    opened: tuple[int, dict[str, str]] | None = None
    pos = 0
    for m in TAG.finditer(body):
        text += html.unescape(body[pos : m.start()])
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if not m.group(1):
            opened = (len(text), dict(ATTR.findall(m.group(3))))
        elif opened is not None:
            start, attrs = opened
            gold.append(
                Gold(start, len(text), attrs.get("type", ""), attrs.get("value", ""), text[start:])
            )
            opened = None
    text += html.unescape(body[pos:])
    return Doc(path.name, dct, text, gold)


def gold_span(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of an in-scope gold value."""
    if len(value) == 3:
        y = int(value) * 10
        return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    y = int(value[:4])
    rest = value[5:]
    if not rest:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if rest.startswith("W"):
        monday = dt.date.fromisocalendar(y, int(rest[1:]), 1)
        return monday, monday + dt.timedelta(days=6)
    if rest.startswith("Q"):
        q = int(rest[1])
        return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    if rest in PARTS_OF:
        m1, m2 = PARTS_OF[rest]
        return dt.date(y, m1, 1), _month_end(y + (m2 - 1) // 12, (m2 - 1) % 12 + 1)
    if len(rest) == 2:
        return dt.date(y, int(rest), 1), _month_end(y, int(rest))
    day = dt.date.fromisoformat(value)
    return day, day


def _month_end(y: int, m: int) -> dt.date:
    first_next = dt.date(y + m // 12, m % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def value_right(res: Resolution, gold: str) -> bool:
    """Whether a resolution has gold's value by the measure's three rules."""
    value = timex_value(res)
    if value == gold or (value is not None and WEEK_PAD.sub("-W", value) == gold):
        return True
    a, b = res.start, res.end
    if a is None or b is None or unit_value(a, b) is not None:
        return False
    try:
        bounds = gold_span(gold)
    except ValueError:
        return False
    return bounds is not None and bounds[0] <= a and b <= bounds[1]


def kind_of(value: str) -> str:
    """A short name for the shape of a gold value: day, month, quarter, ..."""
    if len(value) == 3:
        return "decade"
    rest = value[5:]
    if not rest:
        return "year"
    if rest[0] in "WQ":
        return {"W": "week", "Q": "quarter"}[rest[0]]
    if rest in PARTS_OF:
        return "season"
    return "month" if len(rest) == 2 else "day"


def score_doc(doc: Doc, total: Score) -> None:
    """Add one document's counts and misses to ``total``."""
    found = find(doc.text, doc.dct)
    scored = [g for g in doc.gold if g.in_scope]
    total.gold += len(scored)
    total.found += len(found)
    used: set[int] = set()
    where = doc.name
    for start, end, res in timex_spans(found, doc.dct):
        words = doc.text[start:end]
        hits = [i for i, g in enumerate(doc.gold) if g.start < end and start < g.end]
        match = next((i for i in hits if doc.gold[i].in_scope and i not in used), None)
        if match is None:
            if not any(not doc.gold[i].in_scope for i in hits):
                total.false += 1
                total.misses["false date"].append(f"{where}: {words!r}")
            continue
        used.add(match)
        total.matched += 1
        gold = doc.gold[match]
        if value_right(res, gold.value):
            total.right += 1
        else:
            got = timex_value(res)
            total.misses[f"wrong {kind_of(gold.value)}"].append(
                f"{where}: {words!r} -> {got}, gold {gold.value} ({_context(doc.text, gold)})"
            )
    for i, g in enumerate(doc.gold):
        if g.in_scope and i not in used:
            total.misses[f"missed {kind_of(g.value)}"].append(
                f"{where}: {g.words!r} = {g.value} ({_context(doc.text, g)})"
            )


def _context(text: str, g: Gold) -> str:
    left = text[max(0, g.start - 40) : g.start].split("\n")[-1]
    right = text[g.end : g.end + 30].split("\n")[0]
    return f"...{left}[{g.words}]{right}..."


def score_folder(folder: Path) -> tuple[Score, int]:
    """The score of every ``.tml`` file in a folder, and how many files there were."""
    total = Score()
    files = sorted(folder.glob("*.tml"))
    for path in files:
        score_doc(parse(path), total)
    return total, len(files)


def default_folders() -> list[Path]:
    """TimeBank and AQUAINT under ``$TIMEML_DIR`` or the shared folder by the repository."""
    base = Path(os.environ.get("TIMEML_DIR", DEFAULT_TIMEML)) / "tbaq"
    return [base / "AQUAINT", base / "TimeBank"]


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, metavar="DIR")
    parser.add_argument("--show", type=int, default=5, help="examples listed for each miss")
    args = parser.parse_args()
    folders = args.folders or default_folders()
    missing = [f for f in folders if not f.is_dir()]
    if missing:
        print(f"no TimeML folder at {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    scores = [(folder, *score_folder(folder)) for folder in folders]
    print("| corpus | gold dates | relaxed F1 | value accuracy | value F1 |")
    print("|---|---:|---:|---:|---:|")
    for folder, s, n in scores:
        f1, accuracy, vf1 = s.rates()
        print(
            f"| {folder.name} ({n} documents) | {s.gold} | {f1:.1%} | {accuracy:.1%} | {vf1:.1%} |"
        )
    for folder, s, _ in scores:
        print(f"\n## {folder.name}: misses by kind")
        counts = Counter({kind: len(items) for kind, items in s.misses.items()})
        for kind, count in counts.most_common():
            print(f"\n{kind}: {count}")
            for line in s.misses[kind][: args.show]:
                print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
