"""Offline web pages: page and chart assembly, escaping, and the scripts and styles they inline.

The JavaScript and CSS are files of this package (``draw.js``, ``chart.css``,
``embed.js``, ``embed.css``, ``snippet.js``), read when first used and inlined in the
pages, so the pages fetch nothing.
"""

from __future__ import annotations

from timeline.web.assets import ASSETS, asset
from timeline.web.escaping import SCRIPT_ESCAPES, escape, safe_url, script_json, script_safe
from timeline.web.page import (
    EMBED_OPTIONS,
    PACK_OVER,
    Detail,
    Embedded,
    Variant,
    chart_css,
    chart_fragment,
    detail_data,
    draw_script,
    page,
    responsive_fragment,
    vega_bundle,
)

__all__ = [
    "ASSETS",
    "EMBED_OPTIONS",
    "PACK_OVER",
    "SCRIPT_ESCAPES",
    "Detail",
    "Embedded",
    "Variant",
    "asset",
    "chart_css",
    "chart_fragment",
    "detail_data",
    "draw_script",
    "escape",
    "page",
    "responsive_fragment",
    "safe_url",
    "script_json",
    "script_safe",
    "vega_bundle",
]
