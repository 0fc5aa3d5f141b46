"""Deprecated: use timeline.report (the report's sections are in timeline.report.sections)."""

from __future__ import annotations

from timeline.report.sections import (
    MOST_FINDINGS,
    MOST_ITEMS,
    claims_html,
    date_notes_html,
    draft_warning_html,
    files_html,
    finding_html,
    headline_html,
    sources_html,
)

__all__ = [
    "MOST_FINDINGS",
    "MOST_ITEMS",
    "claims_html",
    "date_notes_html",
    "draft_warning_html",
    "files_html",
    "finding_html",
    "headline_html",
    "sources_html",
]
