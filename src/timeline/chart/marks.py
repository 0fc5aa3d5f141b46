"""The marks of events: bars, dots, fading tails of open dates, and a large case's counts."""

from __future__ import annotations

from typing import Any, Final

import altair as alt

from timeline.chart import signals as sig
from timeline.chart.encoding import Axes, _enc, _lane_scale
from timeline.chart.frame import _Frame
from timeline.chart.words import LANE_LABELS
from timeline.web import script_json

__all__ = ["bands", "density_layers", "event_marks", "lane_fill", "tails"]

_FADE_STEPS: Final = 28
_LARGE_FADE_STEPS: Final = 7
"""A large case's fading tails take fewer pieces: it has hundreds of them to paint."""


def _fade_steps(fr: _Frame) -> int:
    return _LARGE_FADE_STEPS if fr.density.aggregated else _FADE_STEPS


def _fade_alphas(steps: int = _FADE_STEPS) -> list[float]:
    """Opacities of the nested pieces of a fading tail, far end first.

    Piece ``k`` runs from ``k`` steps along the tail to the solid part of the bar, so
    the pieces overlap towards the known end and their opacities compound to a smooth
    ramp; only one edge of each piece shows, so no seams appear between them.
    """
    target = [0.03 + 0.62 * ((k + 0.5) / steps) ** 1.6 for k in range(steps)]
    return [round(target[0], 4)] + [
        round(1 - (1 - target[k]) / (1 - target[k - 1]), 4) for k in range(1, steps)
    ]


def _tail_steps(open_start: bool, open_end: bool, steps: int = _FADE_STEPS) -> list[int]:
    """Piece numbers for an event's fading tails: ``0..steps-1`` before, ``steps..`` after."""
    return [*(range(steps) if open_start else ()), *(range(steps, 2 * steps) if open_end else ())]


_DETAIL_SLOTS: Final = 6
"""Zoomed in on a large case, a lane's binned events are spread over this many rows."""

_DETAIL_TIP: Final = (
    "{{'title': datum.title, 'Lane': datum.lane_label, 'Date in the story': datum.date, "
    "'Resolved': datum.resolved, {who}'Source': datum.source + (datum.href ? "
    "' (click the mark to open)' : '')}}"
)


def density_layers(axes: Axes) -> list[alt.Chart]:
    """A large case's band of counts a lane, and the binned events of a zoomed-in period.

    The page fills the ``detail`` data set with the binned events of the period in view
    once it holds few enough of them, and sets ``detail_on``; the counts then fade so the
    events show. The events carry their words as fields; the tooltip and the text for
    screen readers are made from them here.
    """
    counts = (
        alt.Chart(alt.NamedData(name=sig.BINS), name=sig.DENSITY)
        .mark_rect(cursor="zoom-in", ariaRoleDescription="count")
        .encode(
            **_enc(
                **axes.t("b0"),
                **axes.t2("b1"),
                **axes.c("base"),
                **axes.c2("top"),
                fill=lane_fill(),
                opacity=alt.condition(
                    f"{sig.LANE_ON} && !{sig.DETAIL_ON}", alt.value(0.85), alt.value(0.12)
                ),
                tooltip=alt.Tooltip("tip:N"),
                description=alt.Description("aria:N"),
            )
        )
    )
    slot = f"(datum.dbot - datum.dtop) / {_DETAIL_SLOTS}"
    tip = (
        "datum.actor ? "
        + _DETAIL_TIP.format(who="'Who': datum.actor, ")
        + " : "
        + _DETAIL_TIP.format(who="")
    )
    detail = (
        alt.Chart(alt.NamedData(name=sig.DETAIL), name=sig.DETAIL_LAYER)
        .transform_lookup(
            lookup="lane",
            from_=alt.LookupData(
                data=alt.NamedData(name=sig.LANES), key="lane", fields=["dtop", "dbot"]
            ),
        )
        .transform_calculate(
            lo=f"datum.dtop + (datum.slot + 0.12) * {slot}",
            hi=f"datum.dtop + (datum.slot + 0.88) * {slot}",
            tip=tip,
            aria="datum.lane_label + ': ' + datum.title + '. Date: ' + datum.date + ', '"
            " + datum.resolved + '. Source: ' + datum.source + '.'",
        )
        .mark_rect(cursor="pointer", ariaRoleDescription="event", stroke="#ffffff", strokeWidth=0.6)
        .encode(
            **_enc(
                **axes.t("s0"),
                **axes.t2("s1"),
                **axes.c("lo"),
                **axes.c2("hi"),
                fill=lane_fill(),
                opacity=alt.condition(sig.LANE_ON, alt.value(0.9), alt.value(sig.DIM)),
                tooltip=alt.Tooltip("tip:N"),
                href=_href(),
                description=alt.Description("aria:N"),
            )
        )
    )
    return [counts, detail]


def lane_fill() -> alt.Fill:
    """Fill by lane, from the theme's ``category`` range, without a legend."""
    return alt.Fill("lane_label:N", scale=_lane_scale(), legend=None)


def _href() -> dict[str, Any]:
    """The link of a mark: its source, when that is a web address (else none)."""
    return {
        "condition": {"test": "datum.href", "field": "href", "type": "nominal"},
        "value": None,
    }


def _event_encoding() -> dict[str, Any]:
    """Colour, emphasis, tooltip, link and screen-reader text of an event's mark."""
    lane_colour = _lane_scale()
    return {
        "fill": alt.Fill("lane_label:N", scale=lane_colour, legend=None),
        "stroke": alt.Stroke("lane_label:N", scale=lane_colour, legend=None),
        "fillOpacity": alt.condition("datum.approximate", alt.value(0.12), alt.value(0.92)),
        "opacity": alt.condition(
            f"{sig.HIGHLIGHT} && {sig.LANE_ON}", alt.value(1), alt.value(sig.DIM)
        ),
        "tooltip": alt.Tooltip("tip:N"),
        "href": _href(),
        "description": alt.Description("aria:N"),
    }


def bands(axes: Axes) -> alt.Chart:
    """A pale band behind each lane, the whole length of the time axis."""
    far = alt.value("height" if axes.vertical else "width")
    layer: alt.Chart = (
        alt.Chart(alt.NamedData(name=sig.LANES), name=sig.BANDS)
        .mark_rect(style="tl-band", aria=False)
        .encode(
            **_enc(
                **axes.c("top", main=True),
                **axes.c2("bottom"),
                **{axes.time: alt.value(0), axes.time2: far},
            )
        )
    )
    return layer


def tails(fr: _Frame, axes: Axes, *, compact: bool, interactive: bool = True) -> alt.Chart:
    """The fading tails of open dates, which also draw the lane legend (the lane toggle).

    Legends are resolved per layer, so the other lane-coloured layers go without one.
    The legend's title says how to use it only when ``interactive``.
    """
    n = _fade_steps(fr)
    vertical = axes.vertical
    lane_legend = alt.Legend(
        title="Lanes (click to show or hide)" if interactive else "Lanes",
        orient="top",
        direction="vertical" if vertical else "horizontal",
        columns=1 if vertical else (2 if compact else 4),
        values=[LANE_LABELS[lane] for lane in fr.lanes],
        symbolType="square",
    )
    layer: alt.Chart = (
        alt.Chart(alt.NamedData(name=sig.EVENTS), name=sig.TAILS)
        .transform_filter("datum.open")
        .transform_flatten(["ks"], as_=["k"])
        .transform_calculate(
            f0=f"datum.k < {n} ? datum.v0 + (datum.k % {n}) * (datum.s0 - datum.v0) / {n}"
            " : datum.s1",
            f1=f"datum.k < {n} ? datum.s0"
            f" : datum.v1 - (datum.k % {n}) * (datum.v1 - datum.s1) / {n}",
            fade=f"{script_json(_fade_alphas(n))}[datum.k % {n}]",
        )
        .mark_rect(aria=False, cursor="pointer")
        .encode(
            **_enc(
                **axes.t("f0"),
                **axes.t2("f1"),
                **axes.c("lo"),
                **axes.c2("hi"),
                fill=alt.Fill("lane_label:N", scale=_lane_scale(), legend=lane_legend),
                fillOpacity=alt.FillOpacity("fade:Q", scale=None, legend=None),
                opacity=alt.condition(
                    f"{sig.HIGHLIGHT} && {sig.LANE_ON}", alt.value(1), alt.value(0.1)
                ),
                tooltip=alt.Tooltip("tip:N"),
                href=_href(),
            )
        )
    )
    return layer


def event_marks(axes: Axes) -> tuple[alt.Chart, alt.Chart, alt.Chart]:
    """Each event once: a bar for a span (dashed when approximate), a dot for a single day.

    The precise bars carry the time axis, and the interactions bound to the main view.
    """
    events = alt.NamedData(name=sig.EVENTS)
    event_enc = _event_encoding()
    bars = (
        alt.Chart(events, name=sig.EVENT_BARS)
        .transform_filter("datum.shape === 'bar' && !datum.approximate")
        .mark_rect(cursor="pointer", ariaRoleDescription="event")
        .encode(
            **_enc(
                **axes.t("s0", main=True),
                **axes.t2("s1"),
                **axes.c("lo"),
                **axes.c2("hi"),
                **event_enc,
            )
        )
    )
    rough_bars = (
        alt.Chart(events, name=sig.EVENT_BARS_APPROXIMATE)
        .transform_filter("datum.shape === 'bar' && datum.approximate")
        .mark_rect(cursor="pointer", ariaRoleDescription="event", strokeDash=[4, 2.5])
        .encode(
            **_enc(**axes.t("s0"), **axes.t2("s1"), **axes.c("lo"), **axes.c2("hi"), **event_enc)
        )
    )
    points = (
        alt.Chart(events, name=sig.EVENT_POINTS)
        .transform_filter("datum.shape === 'point'")
        .mark_point(cursor="pointer", shape="circle", ariaRoleDescription="event")
        .encode(**_enc(**axes.t("anchor"), **axes.c("pos"), **event_enc))
    )
    return bars, rough_bars, points
