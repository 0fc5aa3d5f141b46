"""The chart's words: lanes and links in plain words, and dates at their precision."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import pandas as pd

from timeline.dates.wording import day_words, span_words, unit_words

__all__ = ["LANE_LABELS", "RELATION_LABELS"]

LANE_LABELS: Final[dict[str, str]] = {
    "statement": "What officials said",
    "practice": "What happened behind the scenes",
    "disclosure": "Oversight and disclosure",
    "context": "Context",
}
"""Plain words for each lane, in :data:`timeline.case.LANES` order."""

RELATION_LABELS: Final[dict[str, str]] = {
    "contradicts": "contradicts",
    "reveals": "reveals",
    "admits": "admits it was not accurate",
    "prompted": "prompted",
    "disputes": "disputes",
}
"""Legend words for each kind of link, in :data:`timeline.case.RELATIONS` order."""

_PASSIVE: Final[dict[str, str]] = {
    "contradicts": "contradicted by",
    "reveals": "revealed by",
    "admits": "admitted not accurate by",
    "prompted": "prompted by",
    "disputes": "disputed by",
}


def _resolved(row: Mapping[str, Any]) -> str:
    """The resolved date in words, with its precision: 'on or before 9 October 2017 (day)'."""
    start, end = row["start"], row["end"]
    precision = str(row["precision"])
    if bool(row["open_start"]) and bool(row["open_end"]):
        text = "date unknown"
    elif bool(row["open_start"]):
        text = f"on or before {day_words(end)}"
    elif bool(row["open_end"]):
        text = f"on or after {day_words(start)}"
    else:
        text = span_words(start, end)
    if bool(row["approximate"]):
        text = f"about {text}"
    return f"{text} ({precision})"


def _when(row: Mapping[str, Any]) -> str:
    """A short date for prose: when an event began, at its precision ('July 2017')."""
    start, end = row["start"], row["end"]
    precision, edtf = str(row["precision"]), str(row["edtf"])
    if "/" in edtf or pd.isna(start) or pd.isna(end):
        return day_words(end if pd.isna(start) else start)
    return unit_words(start, end, precision, edtf)


_LANE_NOUNS: Final[dict[str, tuple[str, str]]] = {
    "statement": ("public statement", "public statements"),
    "practice": ("practice behind the scenes", "practices behind the scenes"),
    "disclosure": ("oversight or disclosure event", "oversight or disclosure events"),
    "context": ("context event", "context events"),
}
