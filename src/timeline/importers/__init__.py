"""Importing timelines made in other tools (TimelineJS) as new cases of draft events."""

from __future__ import annotations

from timeline.importers.command import OptionError, import_timelinejs, timelinejs_command
from timeline.importers.timelinejs import TEMPLATE_COLUMNS, Slide, Source, plain_text, read_source

__all__ = [
    "TEMPLATE_COLUMNS",
    "OptionError",
    "Slide",
    "Source",
    "import_timelinejs",
    "plain_text",
    "read_source",
    "timelinejs_command",
]
