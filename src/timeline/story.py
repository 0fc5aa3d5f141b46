"""Deprecated: use timeline.report (the report's sections are in timeline.report.sections)."""

from __future__ import annotations

from timeline.report.sections import *  # noqa: F403  (the old name serves every public name of the new one)
from timeline.report.sections import __all__ as __all__
