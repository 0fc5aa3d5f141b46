"""What the static images (svg, png, pdf) share: their width, one spec, vl-convert's options."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from timeline.case import Case
from timeline.outputs.vegalite import chart_spec

__all__ = ["STATIC_WIDTH", "shared_specs", "static_spec", "vl_options"]

STATIC_WIDTH = 900
"""Chart width in pixels for svg, png and pdf when no width is given."""

# Within one export_case call, svg, png and pdf share one static spec.
_STATIC_SPECS: ContextVar[dict[int, dict[str, Any]] | None] = ContextVar(
    "_STATIC_SPECS", default=None
)


@contextmanager
def shared_specs() -> Iterator[None]:
    """Within the block, the static images of one width are drawn from one spec."""
    token = _STATIC_SPECS.set({})
    try:
        yield
    finally:
        _STATIC_SPECS.reset(token)


def static_spec(case: Case, width: int | None) -> dict[str, Any]:
    """The spec for the static images: a fixed width, :data:`STATIC_WIDTH` by default.

    A static image cannot be clicked or dragged, so its legend and axis titles say only
    what they show, without the live page's instructions.
    """
    fixed = width or STATIC_WIDTH
    cache = _STATIC_SPECS.get()
    if cache is None:
        return chart_spec(case, fixed, interactive=False)
    if fixed not in cache:
        cache[fixed] = chart_spec(case, fixed, interactive=False)
    return cache[fixed]


def vl_options() -> dict[str, Any]:
    """Convert with the Vega-Lite version Altair writes, when vl-convert has it."""
    import altair as alt
    import vl_convert as vlc

    version = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    return {"vl_version": version} if version in vlc.get_vegalite_versions() else {}
