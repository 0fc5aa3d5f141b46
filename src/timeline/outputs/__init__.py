"""Outputs: a case's chart, tables and structured data in the formats newsrooms use."""

# The public interface is re-exported here; the modules hold the parts (as pandas.io):
# - registry: every format once (name, files, writer), parse_formats and export_case;
# - command: the timeline export command;
# - common: the writers' signature and script-safe JSON;
# - page, embed: the html page, and the page and snippet for an iframe;
# - vegalite: the chart's Vega-Lite spec;
# - static, svg, png, pdf: the static images (vl-convert), made byte-for-byte stable;
# - timelinejs, claimreview: Knight Lab TimelineJS3 data, schema.org ClaimReview;
# - tables: csv and parquet.
# Dates in words for readers live in timeline.dates.wording.

from __future__ import annotations

from timeline.dates.wording import display_date, resolved_words
from timeline.outputs.claimreview import claim_reviews, person_or_organization
from timeline.outputs.command import export_command
from timeline.outputs.common import json_bytes
from timeline.outputs.pdf import canonical_pdf
from timeline.outputs.registry import (
    FILES,
    FORMATS,
    ExportError,
    ExportFailure,
    Format,
    export_case,
    parse_formats,
)
from timeline.outputs.static import STATIC_WIDTH
from timeline.outputs.svg import canonical_svg
from timeline.outputs.tables import events_table, links_table
from timeline.outputs.timelinejs import timelinejs_data

__all__ = [
    "FILES",
    "FORMATS",
    "STATIC_WIDTH",
    "ExportError",
    "ExportFailure",
    "Format",
    "canonical_pdf",
    "canonical_svg",
    "claim_reviews",
    "display_date",
    "events_table",
    "export_case",
    "export_command",
    "json_bytes",
    "links_table",
    "parse_formats",
    "person_or_organization",
    "resolved_words",
    "timelinejs_data",
]
