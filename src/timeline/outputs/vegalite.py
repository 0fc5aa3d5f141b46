"""Vega-Lite: the chart's spec under the house theme, with its data inlined."""

from __future__ import annotations

from typing import Any

from timeline.case import Case
from timeline.outputs.common import json_bytes

__all__ = ["chart_spec", "write_vega_lite"]


def chart_spec(case: Case, width: int | None, *, interactive: bool = True) -> dict[str, Any]:
    """The chart's Vega-Lite spec under the house theme, data inlined, title kept.

    Parameters
    ----------
    case
        A loaded case.
    width
        Chart width in pixels; ``None`` keeps the chart's own width.
    interactive
        ``False`` for a static image: no instructions to click or drag (see
        :func:`timeline.chart.timeline_chart`).

    Returns
    -------
    dict
        The spec, as ``chart.to_dict()`` gives it with the house theme enabled.
    """
    import altair as alt

    from timeline.chart import THEME, timeline_chart

    chart = timeline_chart(case, width=width, interactive=interactive)
    with alt.theme.enable(THEME):
        spec: dict[str, Any] = chart.to_dict()
    return spec


def write_vega_lite(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    """The ``vega-lite`` format: ``chart.vl.json``."""
    return {"chart.vl.json": json_bytes(chart_spec(case, width))}
