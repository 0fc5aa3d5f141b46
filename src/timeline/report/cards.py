"""A case's card for the desk's page: headline, outlet, date, finding and counts.

The report notebook shows its case's card in a hidden cell (:class:`Card`), so the desk's
page reads it from the executed notebook (:func:`notebook_card`) without loading the case
again. For a report without one, ``python -m timeline.report.cards CASE_DIR...`` prints one
JSON object: each folder's card, or the first problem that kept it from loading;
``timeline report`` runs it in a child process, so that the command itself never imports
pandas or Altair.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from timeline.case import Case

__all__ = ["CARD_TYPE", "Card", "card", "cards", "case_card", "main", "notebook_card"]


CARD_TYPE = "application/vnd.timeline.card+json"
"""The output type under which the report notebook shows a case's card (a hidden cell)."""


def card(case: Case) -> dict[str, Any]:
    """What the desk's page shows of a loaded case, as plain JSON data."""
    from timeline.case import LANES
    from timeline.chart.finding import finding
    from timeline.dates.wording import day_words
    from timeline.findings import findings
    from timeline.web.escaping import safe_url

    facts = findings(case)
    events = case.events
    lanes = events["lane"].astype(str).value_counts()
    drafts = int((events["status"] == "draft").sum()) if "status" in events.columns else 0
    return {
        "title": case.meta.title,
        "outlet": case.meta.outlet,
        "published": case.meta.published.isoformat(),
        "published_words": day_words(case.meta.published),
        "url": safe_url(case.meta.url) or "",
        "finding": finding(case, facts).sentence,
        "events": len(events),
        "lanes": {lane: int(lanes.get(lane, 0)) for lane in LANES},
        "statements": facts.counts(),
        "drafts": drafts,
    }


class Card:
    """A case's card as a notebook output: JSON under :data:`CARD_TYPE`, for the desk."""

    def __init__(self, case: Case) -> None:
        self.data = card(case)

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        return {CARD_TYPE: self.data, "text/plain": "The desk's card for this case."}


def notebook_card(notebook: Path) -> dict[str, Any] | None:
    """The card an executed report notebook holds, or ``None`` when it holds none.

    Reading it costs a JSON parse: the desk's page lists a rendered case without loading
    the case again.
    """
    try:
        nb = json.loads(notebook.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    for cell in nb.get("cells", []) if isinstance(nb, dict) else []:
        for output in cell.get("outputs", []):
            data = output.get("data", {}) if isinstance(output, dict) else {}
            if isinstance(data.get(CARD_TYPE), dict):
                return dict(data[CARD_TYPE])
    return None


def case_card(case_dir: str | Path) -> dict[str, Any]:
    """What the desk's page shows of the case in ``case_dir`` (see :func:`card`).

    Raises
    ------
    CaseError
        When the case has problems.
    """
    from timeline.case import load_case

    return card(load_case(case_dir))


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
