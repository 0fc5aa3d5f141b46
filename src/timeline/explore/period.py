"""A large case's period chart: counts to brush, and the brushed events, run in VegaFusion."""

from __future__ import annotations

from typing import Any, cast

import altair as alt
import pandas as pd

from timeline.case import LANE_LABELS, LANES, Case
from timeline.chart import DETAIL_LIMIT, house_theme, theme

__all__ = ["PERIOD_PARAM", "period_chart", "through_vegafusion"]

PERIOD_PARAM = "period"
"""The period chart's interval selection (see :func:`period_chart`)."""


def _events_frame(case: Case) -> pd.DataFrame:
    """One row an event for the period chart: lane words, anchor day, span and words."""
    from timeline.density import anchors

    ev = case.events
    day = pd.Timedelta(days=1)
    return pd.DataFrame(
        {
            "id": ev["id"].astype(str),
            "lane": ev["lane"].astype(str).map(LANE_LABELS),
            "anchor": anchors(ev),
            "start": ev["start"].fillna(ev["end"]),
            "end": ev["end"].fillna(ev["start"]) + day,
            "title": ev["title"].astype(str),
            "date": ev["date"].astype(str),
            "source": ev["source"].astype(str),
        }
    )


def period_chart(case: Case, *, width: int = 800) -> alt.VConcatChart:
    """Every event of a large case by period: counts to brush, and the brushed events.

    The upper strip counts each lane's events by calendar period (the unit the main
    chart's bands use); brushing across it lists, in the lower strip, every event whose
    anchor falls in the brushed period, one mark each with its words in the tooltip, as
    long as there are at most :data:`timeline.chart.DETAIL_LIMIT` of them. Its data are
    the case's whole events table: shown through VegaFusion (see
    :func:`through_vegafusion`), the counting and the filtering run in the kernel and
    only their results reach the page.
    """
    from timeline.density import bin_unit, period_bounds, periods

    frame = _events_frame(case)
    unit = bin_unit(frame["anchor"].min(), frame["anchor"].max())
    grouped: pd.DataFrame = (
        frame.assign(_p=periods(frame["anchor"], unit))
        .groupby(["_p", "lane"], sort=True)
        .size()
        .reset_index(name="n")
    )
    start, end = period_bounds(grouped["_p"], unit)
    bins = pd.DataFrame(
        {
            "anchor": start,
            "anchor_end": end,
            "lane": grouped["lane"],
            "n": grouped["n"].astype(int),
        }
    )
    lanes = [LANE_LABELS[lane] for lane in LANES]
    colour = alt.Color("lane:N", scale=alt.Scale(domain=lanes, range="category"), title=None)
    brush = alt.selection_interval(name=PERIOD_PARAM, encodings=["x"])
    overview = (
        alt.Chart(bins, title=f"Every event, counted by {unit}: drag across to list a period")
        .mark_rect()
        .encode(
            x=alt.X("anchor:T", title=None),
            x2="anchor_end:T",
            y=alt.Y("n:Q", title="events", stack=True),
            y2=alt.datum(0),
            color=colour,
            tooltip=[alt.Tooltip("lane:N"), alt.Tooltip("anchor:T"), alt.Tooltip("n:Q")],
        )
        .add_params(brush)
        .properties(width=width, height=90)
    )
    chosen = (
        f"length(data('{PERIOD_PARAM}_store')) > 0"
        f" && vlSelectionTest('{PERIOD_PARAM}_store', datum)"
    )
    detail = (
        alt.Chart(frame, title="The events of the brushed period")
        .transform_filter(chosen)
        .transform_joinaggregate(shown="count()")
        .transform_filter(f"datum.shown <= {DETAIL_LIMIT}")
        .mark_tick(thickness=2)
        .encode(
            x=alt.X("anchor:T", title=None),
            y=alt.Y("lane:N", scale=alt.Scale(domain=lanes), title=None),
            color=alt.Color("lane:N", scale=alt.Scale(domain=lanes, range="category"), legend=None),
            tooltip=["title:N", "date:N", "source:N", "id:N"],
        )
        .properties(width=width, height=120)
    )
    chart = alt.vconcat(overview, detail)
    # the house theme's look, carried by the chart whichever Altair theme is active
    chart.config = alt.Config.from_dict(cast(dict[str, Any], theme()["config"]))
    return chart


def through_vegafusion(chart: alt.VConcatChart) -> alt.JupyterChart:
    """A widget for ``chart`` whose data transforms run in this kernel, in VegaFusion.

    Only the transforms' results (counts, the brushed period's events) are sent to the
    page; each brush sends its selection back and gets the new rows. The time zone is
    fixed to UTC, in which the case's dates are kept, so the widget is ready at once.
    """
    with alt.data_transformers.enable("vegafusion"), house_theme():
        return alt.JupyterChart(
            chart, debounce_wait=50, local_tz="UTC", embed_options={"renderer": "svg"}
        )


def replace_through_vegafusion(widget: alt.JupyterChart, chart: alt.VConcatChart) -> None:
    """Give a :func:`through_vegafusion` widget a new chart, its transforms again in VegaFusion."""
    with alt.data_transformers.enable("vegafusion"), house_theme():
        widget.chart = chart
