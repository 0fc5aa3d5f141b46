"""Write a synthetic but realistic large case: press statements against a records log.

The shape follows a real investigation: a department's few thousand press releases and
posts (statements) set against a log of jail releases and transfers (practices), with
audits and admissions (disclosures) and background (context). Dates are spread over
several years in every precision the case format allows, in both ISO/EDTF form and the
article's own wording; a few hundred statements are contradicted by the practices that
undercut them.

Run: ``python benchmarks/make_case.py OUT_DIR [--events 100000] [--seed 7]``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
from pathlib import Path

PUBLISHED = dt.date(2019, 6, 3)  # a Monday
FIRST = dt.date(2015, 1, 1)
SPAN_DAYS = (PUBLISHED - FIRST).days

FACILITIES = ["Men's Central Jail", "Twin Towers", "Inmate Reception Center", "Pitchess"]
AGENCIES = ["ICE", "U.S. Marshals", "state prison", "county probation"]
OFFICIALS = ["Sheriff's Department", "Sheriff Ana Ruiz", "Undersheriff Tom Lee", "Chief Kim Ortiz"]
SAYINGS = [
    "We do not share release dates with federal immigration agents.",
    "Our deputies do not hold anyone past their release date.",
    "Every release is handled by the book.",
    "The department has no agreement with ICE.",
    "Immigration agents must use the public website like anyone else.",
    "We are not in the business of deportations.",
]
SEASONS = ["Spring", "Summer", "Fall", "Winter"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec."]  # fmt: skip


def _article(rng: random.Random) -> tuple[str, list[str]]:
    """A long synthetic article whose paragraphs hold the statements' quotes."""
    paragraphs = ["County jails shared release data despite public denials"]
    quotes: list[str] = []
    for i in range(400):
        who = rng.choice(OFFICIALS)
        saying = SAYINGS[i % len(SAYINGS)].rstrip(".") + f" (statement {i + 1})."
        quotes.append(saying)
        said = f"\u201c{saying}\u201d"
        paragraphs.append(f"In a post, the {who} wrote: {said} Records show otherwise.")
    return "\n\n".join(paragraphs) + "\n", quotes


def _day(rng: random.Random) -> dt.date:
    return FIRST + dt.timedelta(days=rng.randrange(SPAN_DAYS))


def _date_text(rng: random.Random, lane: str) -> tuple[str, str]:
    """A date as a records log or an article would write it, and its date note."""
    day = _day(rng)
    roll = rng.random()
    if lane == "practice":
        if roll < 0.9:
            return day.isoformat(), ""
        if roll < 0.95:
            return f"{day:%Y-%m}", "the log gives the month only"
        return f"../{day.isoformat()}", "the log shows it happened on or before this day"
    if roll < 0.35:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}", ""
    if roll < 0.5:
        return day.isoformat(), ""
    if roll < 0.6:
        return f"{day:%Y-%m}", ""
    if roll < 0.67:
        return f"{rng.choice(SEASONS)} {day.year}", ""
    if roll < 0.72:
        quarter = ["first", "second", "third", "fourth"][(day.month - 1) // 3]
        return f"the {quarter} quarter of {day.year}", ""
    if roll < 0.78:
        return f"{day.year}", ""
    if roll < 0.8:
        return "the 2010s", "only the decade is known"
    if roll < 0.86:
        return f"{day:%Y-%m}~", "approximate month"
    if roll < 0.9:
        end = min(day + dt.timedelta(days=rng.randrange(30, 400)), PUBLISHED)
        return f"{day.isoformat()}/{end.isoformat()}", "between these days"
    if roll < 0.95:
        return f"../{day.isoformat()}", "on or before this day"
    return f"early {MONTHS[day.month - 1].rstrip('.')} {day.year}".replace("Sept", "September"), ""


def make_case(out: Path, events: int = 100_000, seed: int = 7) -> Path:
    """Write a case of ``events`` events into ``out`` and return the folder."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    article, quotes = _article(rng)
    (out / "article.txt").write_text(article, encoding="utf-8")
    (out / "case.yml").write_text(
        "title: County jails shared release data despite public denials\n"
        "outlet: The Example Ledger\n"
        "url: https://example.org/jails-release-data\n"
        f"published: {PUBLISHED.isoformat()}\n"
        "article: article.txt\n",
        encoding="utf-8",
    )
    n_statements = max(8, events // 40)
    n_disclosures = max(4, events // 1000)
    n_context = max(4, events // 1000)
    n_practices = events - n_statements - n_disclosures - n_context
    rows: list[list[str]] = []
    lanes = {
        "statement": n_statements,
        "practice": n_practices,
        "disclosure": n_disclosures,
        "context": n_context,
    }
    ids: dict[str, list[str]] = {lane: [] for lane in lanes}
    for lane, count in lanes.items():
        for i in range(count):
            event_id = f"{lane}-{i + 1}"
            ids[lane].append(event_id)
            date, note = _date_text(rng, lane)
            actor = quote = ""
            source = "article"
            if lane == "statement":
                actor = rng.choice(OFFICIALS)
                k = i % len(quotes)
                if i < len(quotes):
                    quote, source = quotes[k], f"article ¶{k + 1}"
                title = f"{actor} says releases are not shared ({i + 1})"
            elif lane == "practice":
                facility, agency = rng.choice(FACILITIES), rng.choice(AGENCIES)
                title = f"Inmate released from {facility} to {agency} custody (record {i + 1})"
                source = f"https://example.org/records/{i + 1}"
            elif lane == "disclosure":
                title = f"Audit {i + 1} finds release data went to federal agents"
            else:
                title = f"Background development {i + 1}"
            rows.append([event_id, lane, date, title, source, actor, quote, "", note])
    with (out / "events.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "lane", "date", "title", "source", "actor", "quote", "detail",
                         "date_note"])  # fmt: skip
        writer.writerows(rows)

    links: set[tuple[str, str, str]] = set()
    contradicted = ids["statement"][: min(300, len(ids["statement"]))]
    for statement in contradicted:
        for practice in rng.sample(ids["practice"], 3):
            links.add((practice, statement, "contradicts"))
        links.add((rng.choice(ids["disclosure"]), statement, "admits"))
    for disclosure in ids["disclosure"]:
        for practice in rng.sample(ids["practice"], 5):
            links.add((disclosure, practice, "reveals"))
    for context in ids["context"]:
        links.add((context, rng.choice(ids["statement"]), "prompted"))
    with (out / "links.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["from", "to", "relation", "note"])
        writer.writerows([*link, ""] for link in sorted(links))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    folder = make_case(args.out, args.events, args.seed)
    print(folder)


if __name__ == "__main__":
    main()
