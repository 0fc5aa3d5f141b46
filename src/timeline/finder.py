"""Deprecated: use timeline.dates (the date finder now lives in timeline.dates.finder)."""

from __future__ import annotations

from timeline.dates.finder import Found, find, find_command, parse_published

__all__ = ["Found", "find", "find_command", "parse_published"]
