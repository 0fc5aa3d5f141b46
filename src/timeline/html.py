"""Deprecated: use timeline.web."""

from __future__ import annotations

from typing import Any

from timeline.web import *  # noqa: F403  (the old name serves every public name of the new one)
from timeline.web import __all__ as __all__
from timeline.web import chart_css
from timeline.web.page import _share as _share


def __getattr__(name: str) -> Any:
    """``CHART_CSS``, read from ``timeline/web/chart.css`` when first asked for."""
    if name == "CHART_CSS":
        return chart_css()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
