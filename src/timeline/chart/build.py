"""The timeline chart: the main view of lanes, links and labels above an overview strip."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, cast

import altair as alt
import pandas as pd

from timeline.case import Case
from timeline.chart import signals as sig
from timeline.chart.encoding import Axes, _enc, axes
from timeline.chart.finding import Finding, _description, finding
from timeline.chart.frame import _Frame, _frame
from timeline.chart.labels import _short_title, _wrap, label_layers, lane_heads, leaders
from timeline.chart.layout import _ROW_PX, WIDE, _Layout, _layout
from timeline.chart.links import link_layers
from timeline.chart.marks import bands, density_layers, event_marks, lane_fill, tails
from timeline.chart.records import _records
from timeline.chart.theme import theme
from timeline.chart.units import _ms
from timeline.chart.words import LANE_LABELS
from timeline.dates.wording import day_words
from timeline.web import script_json

__all__ = ["timeline_chart"]


def timeline_chart(
    case: Case, *, width: int | None = None, vertical: bool = False, interactive: bool = True
) -> alt.VConcatChart:
    """Draw what officials said next to what was happening behind the scenes.

    One lane a kind of event (statements, practices, disclosures, context; empty lanes
    are left out), events stacked in sub-rows so none hides another, each date drawn at
    its precision (a day is a point, a longer unit a bar, an open bound a bar that fades
    towards its unknown end, an approximate date hollow and dashed), links between
    events styled by relation, short labels on the key events, and the finding as the
    subtitle. Click an event to highlight everything linked to it; click a lane label or
    legend entry to show or hide a lane; drag across the overview strip to zoom; drag or
    scroll the main view to pan and zoom.

    Parameters
    ----------
    case
        A loaded case.
    width
        Plot width in pixels; ``None`` follows the container (``width="container"``).
    vertical
        Time running down the page, for narrow screens.
    interactive
        Whether the chart will be drawn live. ``False``, for static images (SVG, PNG,
        PDF), leaves the instructions to click and drag out of the legend and axis
        titles, which there name only what they show ("Lanes", "The whole period").

    Returns
    -------
    alt.VConcatChart
        The main view above an overview strip (an ``alt.TopLevelMixin``, like any
        top-level Altair chart).
    """
    compact = width is not None and width < WIDE
    return _timeline_chart(
        case, width=width, vertical=vertical, compact=compact, interactive=interactive
    )


@dataclass(frozen=True)
class _Sized:
    """The chart laid out for its size: positions, length of time in pixels, data sets."""

    lay: _Layout
    time_px: float
    cross_total: float  # the length across the lanes, in lane units
    data: dict[str, list[dict[str, Any]]]


_VERTICAL_LABEL: Final = 22
"""The longest label of the vertical chart, in characters: it fits a 320-pixel screen."""


def _sized(fr: _Frame, *, width: int | None, vertical: bool, compact: bool) -> _Sized:
    """Lay the chart out for a plot ``width`` pixels wide, or a container's default."""
    if vertical:
        # tall enough that the key events' labels, one a line, spread out along time
        time_px = float(max(640, 60 + int(fr.events["key"].sum()) * 34))
        lay = _layout(fr, vertical=True, plot_px=time_px)
        cross_total = (lay.extent + 0.6) / 0.52  # lanes take half the width, labels the rest
        data = _records(fr, lay, label_px=time_px)
        # beside lanes 320 px wide the labels have room for about this many characters:
        # longer ones are cut at a word, never mid-word by the edge of the plot
        for rec in data[sig.EVENTS]:
            if rec.get("label"):
                rec["label"] = _short_title(str(rec["label"]), _VERTICAL_LABEL)
        return _Sized(lay, time_px, cross_total, data)
    default = 480.0 if compact else 640.0
    plot_px = float(width) if width is not None else default
    lay = _layout(fr, vertical=False, plot_px=plot_px)
    return _Sized(lay, plot_px, lay.extent, _records(fr, lay, label_px=None))


def _main_view(
    fr: _Frame, size: _Sized, ax: Axes, *, width: int | None, compact: bool, interactive: bool
) -> alt.LayerChart:
    """The lanes, the events, the links and the labels, in the order they are drawn."""
    vertical = ax.vertical
    connectors, link_ends = link_layers(fr, ax)
    layers: list[Any] = [
        bands(ax),
        tails(fr, ax, compact=compact, interactive=interactive),
        connectors,
    ]
    layers.append(leaders(ax) if vertical else lane_heads(ax))
    if fr.density.aggregated:
        layers[1:1] = density_layers(ax)
    layers += [*event_marks(ax), link_ends]
    minor_halo, minor, halo, labels = label_layers(ax)
    if not vertical:
        layers += [minor_halo, minor]
    layers += [halo, labels]
    height = size.time_px if vertical else float(max(160, round(size.lay.extent * _ROW_PX)))
    main = alt.layer(*layers, name=sig.MAIN).resolve_legend(
        fill="independent", stroke="independent", color="independent", strokeDash="independent"
    )
    view: alt.LayerChart = main.properties(
        width="container" if width is None else (width or 600),
        height=int(height),
    )
    return view


_OVERVIEW_TITLE: Final = "The whole period"
_OVERVIEW_HOWTO: Final = ": drag across this strip to zoom, double-click to reset"


def _overview_title(*, interactive: bool, vertical: bool) -> str | list[str]:
    """The overview's axis title: on two lines in the vertical chart, so it fits 320 px."""
    if not interactive:
        return _OVERVIEW_TITLE
    if vertical:
        return [_OVERVIEW_TITLE + ": drag across", "this strip to zoom, double-click to reset"]
    return _OVERVIEW_TITLE + _OVERVIEW_HOWTO


def _overview(
    fr: _Frame, *, width: int | None, interactive: bool, vertical: bool = False
) -> alt.LayerChart:
    """The whole period as a strip, one row a lane: drag across it to zoom the main view.

    Its axis title says so only when ``interactive``.
    """
    d0, d1 = (_ms(d) for d in fr.domain)
    ov_events = (
        alt.Chart(alt.NamedData(name=sig.EVENTS), name=sig.OV_EVENTS)
        .mark_rect(aria=False, style="tl-ov-event")
        .encode(
            **_enc(
                x=alt.X(
                    "s0:T",
                    scale=alt.Scale(
                        type="utc", domain=alt.ExprRef(expr=f"[{d0}, {d1}]"), nice=False
                    ),
                    axis=alt.Axis(
                        title=_overview_title(interactive=interactive, vertical=vertical),
                        orient="bottom",
                        tickCount=6,
                        labelFlush=True,
                        grid=False,
                    ),
                ),
                x2="s1:T",
                y=alt.Y(
                    "lane_label:N",
                    scale=alt.Scale(domain=[LANE_LABELS[lane] for lane in fr.lanes], padding=0.3),
                    axis=None,
                ),
                fill=lane_fill(),
            )
        )
    )
    ov_band = (
        alt.Chart(alt.NamedData(name=sig.LANES), name=sig.OV_BAND)
        .mark_rect(style="tl-ov-band", aria=False)
        .encode(
            **_enc(
                x=alt.value(0),
                x2=alt.value("width"),
                y=alt.value(0),
                y2=alt.value("height"),
            )
        )
        .transform_filter("datum.lane === " + script_json(fr.lanes[0]))
    )
    ov_layers: list[Any] = [ov_band, ov_events]
    if fr.density.aggregated:
        ov_bins = (
            alt.Chart(alt.NamedData(name=sig.BINS), name=sig.OV_BINS)
            .mark_rect(aria=False, style="tl-ov-event")
            .encode(
                **_enc(
                    x=alt.X("b0:T", axis=None),
                    x2="b1:T",
                    y=alt.Y("lane_label:N", axis=None),
                    fill=lane_fill(),
                    fillOpacity=alt.FillOpacity(
                        "n:Q", scale=alt.Scale(range=[0.2, 1]), legend=None
                    ),
                )
            )
        )
        ov_layers.insert(1, ov_bins)
    view = alt.layer(*ov_layers, name=sig.OVERVIEW).properties(
        width="container" if width is None else (width or 600),
        height=12 + 9 * len(fr.lanes),
    )
    return cast(alt.LayerChart, view)


def _title(case: Case, found: Finding, *, width: int | None, vertical: bool) -> alt.TitleParams:
    """The story's title, and the finding and source as the subtitle, wrapped to the width."""
    if width is None:
        title_w, sub_w = (44, 58) if vertical else (96, 120)
    else:
        title_w = max(30, int((width or 600) / 9.5))
        sub_w = max(40, int((width or 600) / 6.9))
    published = day_words(pd.Timestamp(case.meta.published))
    return alt.TitleParams(
        text=_wrap(case.meta.title, title_w),
        subtitle=[*_wrap(found.sentence, sub_w), f"Source: {case.meta.outlet}, {published}."],
    )


def _timeline_chart(
    case: Case,
    *,
    width: int | None,
    vertical: bool,
    compact: bool,
    fr: _Frame | None = None,
    interactive: bool = True,
) -> alt.VConcatChart:
    """Build the chart; ``compact`` suits a horizontal chart 500 to 660 pixels wide.

    ``fr``, the case's derived table, saves computing it again for each form;
    ``interactive``, as for :func:`timeline_chart`.
    """
    fr = fr or _frame(case)
    found = finding(case, fr.facts)
    size = _sized(fr, width=width, vertical=vertical, compact=compact)
    ax = axes(fr.domain, vertical=vertical, cross_total=size.cross_total)
    chart = alt.vconcat(
        _main_view(fr, size, ax, width=width, compact=compact, interactive=interactive),
        _overview(fr, width=width, interactive=interactive, vertical=vertical),
        description=_description(case, found),
        title=_title(case, found, width=width, vertical=vertical),
        spacing=10,
        # Jupyter and other Vega-Embed hosts read these: SVG keeps the marks' ARIA labels,
        # and a web source opens in a new tab.
        usermeta={"embedOptions": {"renderer": "svg", "loader": {"target": "_blank"}}},
        resolve=alt.Resolve(
            scale=alt.ScaleResolveMap(x="independent", y="independent"),
            axis=alt.AxisResolveMap(x="independent", y="independent"),
        ),
    )
    # Each interaction is bound to the one layer it belongs to, by the name that layer
    # was given (``add_params`` would copy it into every layer of the view). The
    # parameters are top-level ones, which Altair keeps as they are.
    chart.params = _params(fr, ax.time)
    # The house theme's config goes on the chart itself, so it looks the same wherever
    # and whenever it is drawn, whichever Altair theme is active then.
    chart.config = alt.Config.from_dict(cast(dict[str, Any], theme()["config"]))
    # The data go in last: Altair copies and walks a chart's contents as it is built,
    # which for thousands of records takes seconds.
    chart.datasets = size.data
    return chart


_ZOOM_WHEEL: Final = "wheel![event.ctrlKey || event.metaKey]"
"""The main view zooms on a wheel with Ctrl or ⌘ held; any other wheel scrolls the page."""
_PAN_DRAG: Final = (
    "[pointerdown[event.pointerType !== 'touch'], window:pointerup] > window:pointermove!"
)
"""The main view pans on a mouse or pen drag; a finger's drag scrolls the page."""


def _params(fr: _Frame, time_ch: str) -> list[Any]:
    """The chart's interactions, each bound to the one layer it belongs to.

    ``pick`` (click an event; shift-click adds or removes one) and ``zoom`` (pan and zoom
    the time axis) live on the precise bars, ``lanes`` (show or hide a lane, from its label
    or the legend) on the fading tails, which draw the lane legend, and ``brush`` on the
    overview strip. A new brush clears the main view's own zoom, so the brush always wins.

    The wheel zooms only with Ctrl or ⌘ held (a trackpad's pinch is such a wheel), so
    scrolling over the chart scrolls the page; only a mouse or pen drags it to pan, so a
    finger's drag scrolls the page too (pages add zoom buttons and a touch pinch).
    """
    clear = [
        "dblclick",
        f"@{sig.OVERVIEW}_group:pointerdown",
        f"@{sig.OV_EVENTS}_marks:pointerdown",
        f"@{sig.BRUSH}_brush:pointerdown",
    ]
    head = "click[event.item && event.item.datum && event.item.datum.kind === 'head']"
    store = f"data('{sig.PICK_STORE}')"
    return [
        alt.TopLevelSelectionParameter(
            name=sig.PICK,
            select=alt.PointSelectionConfig(
                type="point", fields=["id"], on="click", clear="dblclick", toggle="event.shiftKey"
            ),
            views=[sig.EVENT_BARS],
        ),
        alt.TopLevelSelectionParameter(
            name=sig.LANE_TOGGLE,
            select=alt.PointSelectionConfig(
                type="point", fields=["lane_label"], on=head, clear=False, toggle="true"
            ),
            bind="legend",
            value=[{"lane_label": LANE_LABELS[lane]} for lane in fr.lanes],
            views=[sig.TAILS],
        ),
        alt.TopLevelSelectionParameter(
            name=sig.ZOOM,
            select=alt.IntervalSelectionConfig(
                type="interval",
                encodings=[cast(Any, time_ch)],
                clear=", ".join(clear),
                zoom=_ZOOM_WHEEL,
                translate=_PAN_DRAG,
            ),
            bind="scales",
            views=[sig.EVENT_BARS],
        ),
        alt.VariableParameter(
            name=sig.SEL_ID, expr=f"length({store}) ? peek({store}).values[0] : ''"
        ),
        alt.VariableParameter(
            name=sig.SEL_IDS, expr=f"length({store}) ? join(pluck({store}, 'values'), '|') : ''"
        ),
        alt.TopLevelSelectionParameter(
            name=sig.BRUSH,
            select=alt.IntervalSelectionConfig(type="interval", encodings=["x"], zoom=_ZOOM_WHEEL),
            views=[sig.OV_EVENTS],
        ),
        *(
            [alt.VariableParameter(name=sig.DETAIL_ON, value=False)]
            if fr.density.aggregated
            else []
        ),
    ]
