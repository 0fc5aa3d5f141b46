"""Deprecated: use timeline.outputs (the format registry, export_case and the command)."""

from __future__ import annotations

from timeline.outputs import (
    FILES,
    FORMATS,
    STATIC_WIDTH,
    ExportError,
    ExportFailure,
    canonical_pdf,
    canonical_svg,
    events_table,
    export_case,
    export_command,
    json_bytes,
    links_table,
    parse_formats,
)

__all__ = [
    "FILES",
    "FORMATS",
    "STATIC_WIDTH",
    "ExportError",
    "ExportFailure",
    "canonical_pdf",
    "canonical_svg",
    "events_table",
    "export_case",
    "export_command",
    "json_bytes",
    "links_table",
    "parse_formats",
]
