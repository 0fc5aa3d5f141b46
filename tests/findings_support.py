"""What the tool says in its own words about a case, and the verdict words in a text."""

from __future__ import annotations

import re

from timeline import Case
from timeline.chart import finding, transcript
from timeline.chart.transcript import transcript_html, transcript_markdown
from timeline.claims import claims_table
from timeline.outputs import claim_reviews

VERDICT = re.compile(r"\b(admitted|inaccurate|not accurate|false|corrected)\b", re.IGNORECASE)


def verdicts(text: str) -> set[str]:
    """The verdict words in ``text``, lower-cased."""
    return {m.lower() for m in VERDICT.findall(text)}


def _strings(value: object) -> list[str]:
    """Every string in a JSON-like value (keys left out)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _strings(v)]
    if isinstance(value, list):
        return [t for v in value for t in _strings(v)]
    return []


def tool_text(case: Case) -> str:
    """What the tool writes in its own words about the case: finding, claims, transcript."""
    table = claims_table(case, every=True).drop(columns="rating")
    return "\n".join(
        [
            finding(case).sentence,
            table.to_csv(index=False),
            transcript(case).to_csv(index=False),
            transcript_html(case),
            transcript_markdown(case),
        ]
    )


def outputs_text(case: Case) -> str:
    """Every text a reader gets about the case's statements, ratings and reviews included."""
    reviews = " ".join(_strings(claim_reviews(case)))
    return "\n".join([tool_text(case), claims_table(case).to_csv(index=False), reviews])
