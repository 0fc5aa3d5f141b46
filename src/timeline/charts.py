"""Deprecated: use timeline.chart."""

from __future__ import annotations

from timeline.chart import (
    BREAKPOINT,
    DETAIL_LIMIT,
    LANE_LABELS,
    RELATION_LABELS,
    THEME,
    WIDE,
    Finding,
    chart_html,
    finding,
    house_theme,
    save_html,
    theme,
    timeline_chart,
    transcript,
    transcript_html,
    transcript_markdown,
)
from timeline.chart.frame import _frame
from timeline.chart.layout import _layout
from timeline.chart.page import _detail_columns, _html_spec, _variants

__all__ = [
    "BREAKPOINT",
    "DETAIL_LIMIT",
    "LANE_LABELS",
    "RELATION_LABELS",
    "THEME",
    "WIDE",
    "Finding",
    "_detail_columns",
    "_frame",
    "_html_spec",
    "_layout",
    "_variants",
    "chart_html",
    "finding",
    "house_theme",
    "save_html",
    "theme",
    "timeline_chart",
    "transcript",
    "transcript_html",
    "transcript_markdown",
]
