"""Deprecated: use timeline.web."""

from __future__ import annotations

from typing import Any

from timeline.web import (
    EMBED_OPTIONS,
    PACK_OVER,
    SCRIPT_ESCAPES,
    Detail,
    Embedded,
    Variant,
    chart_css,
    chart_fragment,
    escape,
    page,
    responsive_fragment,
    script_json,
    script_safe,
    vega_bundle,
)
from timeline.web.page import _share

__all__ = [
    "EMBED_OPTIONS",
    "PACK_OVER",
    "SCRIPT_ESCAPES",
    "Detail",
    "Embedded",
    "Variant",
    "_share",
    "chart_fragment",
    "escape",
    "page",
    "responsive_fragment",
    "script_json",
    "script_safe",
    "vega_bundle",
]


def __getattr__(name: str) -> Any:
    """``CHART_CSS``, read from ``timeline/web/chart.css`` when first asked for."""
    if name == "CHART_CSS":
        return chart_css()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
