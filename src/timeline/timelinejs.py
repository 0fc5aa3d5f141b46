"""Deprecated: use timeline.outputs (timelinejs_data) and timeline.dates (date wording)."""

from __future__ import annotations

from timeline.case import LANE_LABELS
from timeline.dates.wording import display_date, resolved_words
from timeline.outputs import timelinejs_data
from timeline.web.escaping import safe_url

__all__ = [
    "LANE_LABELS",
    "display_date",
    "resolved_words",
    "safe_url",
    "timelinejs_data",
]
