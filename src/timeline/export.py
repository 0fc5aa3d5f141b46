"""Deprecated: use timeline.outputs (the format registry, export_case and the command)."""

from __future__ import annotations

from timeline.outputs import *  # noqa: F403  (the old name serves every public name of the new one)
from timeline.outputs import __all__ as __all__
