"""Encodings for the chart's layers: time along one axis, the lanes across the other."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import altair as alt
import pandas as pd

from timeline.case import LANES
from timeline.chart.signals import BRUSH, TIME_FIELD
from timeline.chart.units import _ms, _num
from timeline.chart.words import LANE_LABELS

__all__ = ["Axes", "axes"]


def _enc(**channels: Any) -> dict[str, Any]:
    """Encoding channels with each plain value or condition typed as its channel's class.

    Altair infers the class of a channel given as a dictionary by checking it against
    the whole Vega-Lite schema, which costs a few milliseconds each; naming the class
    (``alt.OpacityValue`` for ``opacity``) costs nothing and gives the same spec.
    """
    out: dict[str, Any] = {}
    for name, value in channels.items():
        if isinstance(value, dict) and "value" in value and "field" not in value:
            value = getattr(alt, name[0].upper() + name[1:] + "Value")(**value)
        out[name] = value
    return out


@dataclass(frozen=True)
class Axes:
    """The chart's channels: time along one axis, the lanes across the other.

    Horizontal charts run time along ``x``; vertical ones along ``y``, reversed. Each
    method returns the encoding of one channel, keyed by the channel it goes to; with
    ``main``, the one layer that carries the shared scale and axis.
    """

    vertical: bool
    time_scale: alt.Scale
    time_axis: alt.Axis
    cross_scale: alt.Scale

    @property
    def time(self) -> str:
        """The channel of time: ``"x"``, or ``"y"`` in a vertical chart."""
        return "y" if self.vertical else "x"

    @property
    def time2(self) -> str:
        """The channel of the end of a span of time."""
        return "y2" if self.vertical else "x2"

    def t(self, field: str, *, main: bool = False) -> dict[str, Any]:
        """``field`` (instants) along time."""
        if main:
            enc = alt.X if not self.vertical else alt.Y
            return {self.time: enc(f"{field}:T", scale=self.time_scale, axis=self.time_axis)}
        return {self.time: alt.X(f"{field}:T") if not self.vertical else alt.Y(f"{field}:T")}

    def t2(self, field: str) -> dict[str, Any]:
        """``field`` as where a span of time ends."""
        return {self.time2: alt.X2(field) if not self.vertical else alt.Y2(field)}

    def c(self, field: str, *, main: bool = False) -> dict[str, Any]:
        """``field`` (lane units) across the lanes."""
        enc = alt.Y if not self.vertical else alt.X
        channel = "x" if self.vertical else "y"
        if main:
            return {channel: enc(f"{field}:Q", scale=self.cross_scale, axis=None)}
        return {channel: enc(f"{field}:Q")}

    def c2(self, field: str) -> dict[str, Any]:
        """``field`` as where a span across the lanes ends."""
        return {
            "x2" if self.vertical else "y2": alt.Y2(field) if not self.vertical else alt.X2(field)
        }


def axes(domain: tuple[pd.Timestamp, pd.Timestamp], *, vertical: bool, cross_total: float) -> Axes:
    """The axes of a chart of ``domain``: time follows the overview's brush when there is one.

    ``cross_total`` is the length of the axis across the lanes, in lane units.
    """
    d0, d1 = (_ms(d) for d in domain)
    span = f"{BRUSH}.{TIME_FIELD}"
    domain_expr = (
        f"{span} ? [min(time({span}[0]), time({span}[1])), "
        f"max(time({span}[0]), time({span}[1]))] : [{d0}, {d1}]"
    )
    time_scale = alt.Scale(
        type="utc", domain=alt.ExprRef(expr=domain_expr), nice=False, reverse=vertical
    )
    cross_scale = alt.Scale(
        domain=[0, _num(cross_total)], nice=False, zero=False, reverse=not vertical
    )
    time_axis = alt.Axis(
        title=None,
        orient="left" if vertical else "bottom",
        grid=True,
        labelOverlap=True,
        tickCount=6 if vertical else 8,
        labelFlush=True,
    )
    return Axes(vertical, time_scale, time_axis, cross_scale)


def _lane_scale() -> alt.Scale:
    """Lane colours by position in the theme's ``category`` range, whatever lanes a case has."""
    return alt.Scale(domain=[LANE_LABELS[lane] for lane in LANES], range="category")
