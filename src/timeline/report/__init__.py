"""Case reports: the report notebook run by papermill, converted to one offline HTML page."""

from __future__ import annotations

from typing import Any

# ``_LIVE``, ``_ReportKernelManager``, ``_execute`` and ``_to_html`` are not public; they are
# re-exported (``name as name``) for the tests and benchmarks.
from timeline.report.batch import (
    DEFAULT_TIMEOUT,
    RenderError,
    RenderResult,
    render_case,
    report_command,
)
from timeline.report.run import _LIVE as _LIVE
from timeline.report.run import REMOVE_TAG, TEMPLATES, notebook_parameters
from timeline.report.run import _execute as _execute
from timeline.report.run import _ReportKernelManager as _ReportKernelManager
from timeline.report.run import _to_html as _to_html

_SECTIONS_NAMES = [
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
"""The names of :mod:`timeline.report.sections`, served from here once asked for."""

__all__ = [
    "DEFAULT_TIMEOUT",
    "REMOVE_TAG",
    "TEMPLATES",
    "RenderError",
    "RenderResult",
    "notebook_parameters",
    "render_case",
    "report_command",
]
__all__ += _SECTIONS_NAMES


def __getattr__(name: str) -> Any:
    """Import the sections (pandas, Altair) only when one of their names is asked for.

    The command that runs the notebook needs none of them: the notebook's kernel does.
    """
    if name in _SECTIONS_NAMES:
        from timeline.report import sections

        return getattr(sections, name)
    raise AttributeError(f"module 'timeline.report' has no attribute {name!r}")
