"""Exploring a case in JupyterLab: the interactive chart, with the rows behind a selection."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any, cast

import altair as alt
import pandas as pd

from timeline.case import LANE_LABELS, LANES, Case
from timeline.chart import DETAIL_LIMIT, house_theme, theme, timeline_chart
from timeline.chart import signals as sig
from timeline.density import MAX_MARKS

__all__ = ["PERIOD_PARAM", "PERIOD_SELECTIONS", "Explorer", "period_chart", "selection_name"]

ROW_COLUMNS = [
    "id",
    "lane",
    "date",
    "start",
    "end",
    "precision",
    "title",
    "actor",
    "quote",
    "source",
]


PERIOD_SELECTIONS = sig.PERIOD_SELECTIONS
"""The chart's interval selections of a period: the main view's zoom, the overview's brush."""


def _instant(value: Any) -> pd.Timestamp:
    """A time from a Vega signal: milliseconds since the epoch, or a date string."""
    if isinstance(value, int | float):
        return pd.Timestamp(int(value), unit="ms")
    stamp = pd.Timestamp(value)
    return stamp.tz_convert(None) if stamp.tzinfo is not None else stamp


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
    the case's whole events table: shown through VegaFusion (see :class:`Explorer`), the
    counting and the filtering run in the kernel and only their results reach the page.
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


def _through_vegafusion(chart: alt.VConcatChart) -> alt.JupyterChart:
    """A widget for ``chart`` whose data transforms run in this kernel, in VegaFusion.

    Only the transforms' results (counts, the brushed period's events) are sent to the
    page; each brush sends its selection back and gets the new rows. The time zone is
    fixed to UTC, in which the case's dates are kept, so the widget is ready at once.
    """
    with alt.data_transformers.enable("vegafusion"), house_theme():
        return alt.JupyterChart(
            chart, debounce_wait=50, local_tz="UTC", embed_options={"renderer": "svg"}
        )


def _params(spec: Any) -> Iterator[dict[str, Any]]:
    """Yield every parameter defined anywhere in a Vega-Lite spec."""
    if isinstance(spec, dict):
        for param in spec.get("params", []) or []:
            if isinstance(param, dict):
                yield param
        for value in spec.values():
            yield from _params(value)
    elif isinstance(spec, list):
        for item in spec:
            yield from _params(item)


def selection_name(spec: dict[str, Any]) -> str | None:
    """Return the name of the chart's point selection of events (by ``id``), if it has one."""
    points = [
        p
        for p in _params(spec)
        if isinstance(p.get("select"), dict | str)
        and (p["select"] == "point" or p["select"].get("type") == "point")
    ]
    for param in points:
        select = param["select"]
        if isinstance(select, dict) and "id" in (select.get("fields") or []):
            return str(param["name"])
    return str(points[0]["name"]) if points else None


class Explorer:
    """A case in JupyterLab: filters, the chart, and the selected events' rows below it.

    Click events in the chart (shift-click for more); their rows, quotes, sources and
    links appear in the table below, computed in Python from the chart's selection.
    Zoom in on a period (drag across the overview strip, or scroll the chart) and, with
    nothing clicked, the table lists every event of that period. A large case, whose
    dense lanes the chart draws as counts, also gets a :func:`period_chart` below the
    chart, run through VegaFusion: brush a period across its counts and each of that
    period's events is drawn, filtered in the kernel, and listed in the table. Filter
    lanes and date precisions with the lists above the chart.

    Parameters
    ----------
    case
        A loaded case.
    width
        Chart width in pixels; ``None`` follows the notebook's width.
    """

    def __init__(self, case: Case, *, width: int | None = None) -> None:
        import ipywidgets as widgets

        self.case = case
        self.width = width
        present = [lane for lane in LANES if (case.events["lane"] == lane).any()]
        precisions = sorted(case.events["precision"].dropna().unique())
        self.lanes = widgets.SelectMultiple(
            options=[(LANE_LABELS[lane], lane) for lane in present],
            value=tuple(present),
            description="Lanes",
            rows=len(present),
        )
        self.precisions = widgets.SelectMultiple(
            options=precisions, value=tuple(precisions), description="Precision", rows=4
        )
        self.rows = widgets.Output()
        alt.JupyterChart.enable_offline()
        self.spec = self._build()
        with house_theme():
            self.chart = alt.JupyterChart(self.spec, debounce_wait=50)
        self._watched: str | None = None
        self._periods: set[str] = set()
        self._watch()
        self.period: alt.JupyterChart | None = None
        if len(case.events) > MAX_MARKS:
            self.period = _through_vegafusion(self._build_period())
            self.period.selections.observe(self._show, names=[PERIOD_PARAM])
        self.lanes.observe(self._refilter, names="value")
        self.precisions.observe(self._refilter, names="value")
        charts = [self.chart] if self.period is None else [self.chart, self.period]
        self.widget = widgets.VBox(
            [widgets.HBox([self.lanes, self.precisions]), *charts, self.rows]
        )
        self._show()

    def _build_period(self) -> alt.VConcatChart:
        return period_chart(self.filtered(), width=self.width or 800)

    def filtered(self) -> Case:
        """The case with only the chosen lanes and precisions (and the links among them)."""
        events = self.case.events
        keep = events["lane"].isin(self.lanes.value) & events["precision"].isin(
            self.precisions.value
        )
        kept = events[keep].reset_index(drop=True)
        ids = set(kept["id"])
        links = self.case.links
        links = links[links["from"].isin(ids) & links["to"].isin(ids)].reset_index(drop=True)
        return dataclasses.replace(self.case, events=kept, links=links)

    def _build(self) -> alt.VConcatChart:
        return timeline_chart(self.filtered(), width=self.width)

    def _watch(self) -> None:
        name = selection_name(self.spec.to_dict())
        if name and name != self._watched:
            self.chart.selections.observe(self._show, names=[name])
            self._watched = name
        present = set(self.chart.selections.trait_names())
        periods = [p for p in PERIOD_SELECTIONS if p in present and p not in self._periods]
        if periods:
            self.chart.selections.observe(self._show, names=periods)
            self._periods.update(periods)

    def window(self) -> tuple[pd.Timestamp, pd.Timestamp] | None:
        """The period the chart is zoomed in on, or ``None`` when it shows the whole.

        The main view's own zoom (scroll or drag) wins over the overview strip's brush,
        as it does on the chart.
        """
        chosen = [(self.chart, name, sig.TIME_FIELD) for name in PERIOD_SELECTIONS]
        if self.period is not None:
            chosen.append((self.period, PERIOD_PARAM, "anchor"))
        for chart, name, field in chosen:
            selection = getattr(chart.selections, name, None)
            value = getattr(selection, "value", None)
            span = value.get(field) if isinstance(value, dict) else None
            if not span or len(span) != 2 or any(v is None for v in span):
                continue
            lo, hi = sorted(_instant(v) for v in span)
            return lo, hi
        return None

    def window_rows(self) -> pd.DataFrame:
        """Every shown event of the zoomed-in period (empty when the chart shows the whole).

        In a large case this is how each binned event of a short period is listed: an
        event belongs to the period when its anchor (the first instant of the middle day
        of its known dates) falls in it, as on the chart.
        """
        from timeline.density import anchors

        events = self.filtered().events
        span = self.window()
        if span is None:
            return events[ROW_COLUMNS].iloc[0:0]
        anchor = anchors(events)
        inside = (anchor >= span[0]) & (anchor <= span[1])
        return events.loc[inside, ROW_COLUMNS].reset_index(drop=True)

    def _refilter(self, change: object = None) -> None:
        self.spec = self._build()
        with house_theme():
            self.chart.chart = self.spec
        self._watch()
        if self.period is not None:
            with alt.data_transformers.enable("vegafusion"), house_theme():
                self.period.chart = self._build_period()
        self._show()

    def selected_ids(self) -> list[str]:
        """Ids of the events selected in the chart, in table order."""
        if self._watched is None:
            return []
        selection = getattr(self.chart.selections, self._watched, None)
        value = getattr(selection, "value", None) or []
        chosen = {str(item.get("id")) for item in value if isinstance(item, dict)}
        return [i for i in self.case.events["id"] if i in chosen]

    def selected_rows(self) -> pd.DataFrame:
        """The selected events' rows; with none selected, the zoomed-in period's events,
        and when the chart shows the whole period, every shown event."""
        events = self.filtered().events
        ids = self.selected_ids()
        if ids:
            events = events[events["id"].isin(ids)]
        elif self.window() is not None:
            return self.window_rows()
        return events[ROW_COLUMNS].reset_index(drop=True)

    def selected_links(self) -> pd.DataFrame:
        """Links that touch a selected event (every shown link when nothing is selected)."""
        links = self.filtered().links
        ids = self.selected_ids()
        if ids:
            links = links[links["from"].isin(ids) | links["to"].isin(ids)]
        return links.reset_index(drop=True)

    def _show(self, change: object = None) -> None:
        from IPython.display import Markdown, display

        ids = self.selected_ids()
        span = self.window()
        if ids:
            heading = f"**{len(ids)} selected event{'s' if len(ids) != 1 else ''}**"
        elif span is not None:
            n = len(self.window_rows())
            heading = (
                f"**{n:,} event{'s' if n != 1 else ''} from {span[0]:%Y-%m-%d} to "
                f"{span[1]:%Y-%m-%d}**, the period the chart is zoomed in on"
            )
        else:
            heading = "**Every event shown** (click events in the chart to select them)"
        self.rows.clear_output(wait=True)
        with self.rows:
            display(Markdown(heading))
            display(self.selected_rows())
            display(Markdown("**Links**"))
            display(self.selected_links())

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)
