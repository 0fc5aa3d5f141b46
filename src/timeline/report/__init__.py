"""Case reports: the report notebook run by papermill, converted to one offline HTML page."""

from __future__ import annotations

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
from timeline.report.sections import *  # noqa: F403  (the report's sections)
from timeline.report.sections import __all__ as _SECTIONS_NAMES

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
