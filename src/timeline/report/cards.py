"""A case's card for the desk's page: headline, outlet, date, finding and counts.

Run as ``python -m timeline.report.cards CASE_DIR...``, it prints one JSON object: each
folder's card, or the first problem that kept it from loading. ``timeline report`` runs
it in a child process, so that the command itself never imports pandas or Altair.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["cards", "case_card", "main"]


def case_card(case_dir: str | Path) -> dict[str, Any]:
    """What the desk's page shows of one case, as plain JSON data.

    Raises
    ------
    CaseError
        When the case has problems.
    """
    from timeline.case import LANES, load_case
    from timeline.chart.finding import finding
    from timeline.dates.wording import day_words
    from timeline.findings import findings
    from timeline.web.escaping import safe_url

    case = load_case(case_dir)
    facts = findings(case)
    lanes = case.events["lane"].astype(str).value_counts()
    events = case.events
    drafts = int((events["status"] == "draft").sum()) if "status" in events.columns else 0
    return {
        "title": case.meta.title,
        "outlet": case.meta.outlet,
        "published": case.meta.published.isoformat(),
        "published_words": day_words(case.meta.published),
        "url": safe_url(case.meta.url) or "",
        "finding": finding(case, facts).sentence,
        "events": len(case.events),
        "lanes": {lane: int(lanes.get(lane, 0)) for lane in LANES},
        "statements": facts.counts(),
        "drafts": drafts,
    }


def cards(case_dirs: Sequence[str]) -> dict[str, Any]:
    """Each folder's card, or ``{"problem": ...}``: the first thing wrong with it."""
    from timeline.errors import CaseError

    found: dict[str, Any] = {}
    for folder in case_dirs:
        try:
            found[folder] = case_card(folder)
        except CaseError as exc:
            first = str(exc.problems[0]) if exc.problems else str(exc)
            found[folder] = {"problem": first}
        except Exception as exc:  # a bug in one case's card must not lose the others
            found[folder] = {"problem": f"{type(exc).__name__}: {exc}"}
    return found


def main(argv: Sequence[str] | None = None) -> int:
    """Print the cards of the folders named on the command line, as one JSON object."""
    folders = list(sys.argv[1:] if argv is None else argv)
    sys.stdout.write(json.dumps(cards(folders), ensure_ascii=True, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
