"""The Explorer: a case's chart in JupyterLab, with the rows behind what the reporter picks."""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import Any

import altair as alt
import pandas as pd

from timeline.case import LANE_LABELS, LANES, Case
from timeline.chart import house_theme, timeline_chart
from timeline.chart import signals as sig
from timeline.density import MAX_MARKS
from timeline.explore import rows as tbl
from timeline.explore.period import (
    PERIOD_PARAM,
    period_chart,
    replace_through_vegafusion,
    through_vegafusion,
)
from timeline.explore.selection import interval, point_values

__all__ = ["DEFAULT_WIDTH", "Explorer", "chart_width", "empty_chart"]

DEFAULT_WIDTH = 640
"""The chart's width (pixels) until the page has said how wide the cell is."""

_MARGIN = 48  # the chart's axes and padding beyond its plot width, with room to spare
_MIN_WIDTH = 320
_STEP = 8  # a change of the cell's width smaller than this keeps the chart as drawn


def chart_width(cell: int | None) -> int:
    """The plot width for a cell ``cell`` pixels wide (``None``: not measured yet).

    Examples
    --------
    >>> chart_width(None), chart_width(1100), chart_width(200)
    (640, 1052, 320)
    """
    if not cell:
        return DEFAULT_WIDTH
    return max(_MIN_WIDTH, int(cell) - _MARGIN)


def empty_chart(sentence: str, width: int) -> alt.Chart:
    """An empty plot titled with ``sentence``: what a filter that leaves no event shows."""
    frame = pd.DataFrame({"t": pd.to_datetime([])})
    chart: alt.Chart = (
        alt.Chart(frame, title=alt.TitleParams(sentence, anchor="start"))
        .mark_point()
        .encode(x=alt.X("t:T", title=None))
        .properties(width=width, height=80)
    )
    return chart


@cache
def _probe_class() -> type:
    """The widget that reports the cell's width (``width.js``), made when first needed."""
    import anywidget
    import traitlets

    from timeline.explore.assets import explore_asset

    class WidthProbe(anywidget.AnyWidget):  # type: ignore[misc]
        """Reports the width of the element it is drawn in, as ``width`` (pixels)."""

        _esm = explore_asset("width.js")
        width = traitlets.Int(0).tag(sync=True)

    return WidthProbe


class Explorer:
    """A case in JupyterLab: filters, the chart, and the rows of what is picked below it.

    Click an event in the chart to list it, and shift-click to add or remove more; their
    rows (open one for its full text), sources and links appear in the table below,
    computed in Python from the chart's selection. Zoom in on a period (drag across the
    overview strip, or scroll the chart) and, with nothing clicked, the table lists every
    event the period shows. The lane list and the chart's legend are one state: hiding a
    lane in either hides it in both, and in the table. Search narrows the table to events
    whose title, quote or actor hold every word typed; "Selection to CSV" offers the
    listed rows as a file. A large case, whose dense lanes the chart draws as counts,
    also gets a :func:`~timeline.explore.period_chart` below the chart, run through
    VegaFusion.

    Parameters
    ----------
    case
        A loaded case.
    width
        Chart width in pixels; ``None`` follows the cell's width, as the page reports
        it (the chart is drawn :data:`DEFAULT_WIDTH` wide until then).
    """

    def __init__(self, case: Case, *, width: int | None = None) -> None:
        import ipywidgets as widgets

        self.case = case
        self.width = width
        self.cell_width: int | None = None
        self.heading = ""
        self._syncing = False
        present = [lane for lane in LANES if (case.events["lane"] == lane).any()]
        precisions = sorted(case.events["precision"].dropna().unique())
        layout = widgets.Layout(width="auto")
        self.lanes = widgets.SelectMultiple(
            options=[(LANE_LABELS[lane], lane) for lane in present],
            value=tuple(present),
            description="Lanes",
            rows=len(present),
        )
        self.precisions = widgets.SelectMultiple(
            options=precisions, value=tuple(precisions), description="Precision", rows=4
        )
        self.search = widgets.Text(
            placeholder="words in titles, quotes, actors",
            description="Search",
            continuous_update=False,
            layout=layout,
        )
        self.to_csv = widgets.Button(description="Selection to CSV", icon="download")
        self.download = widgets.HTML()
        self.table = widgets.HTML()
        alt.JupyterChart.enable_offline()
        self.spec = self._build()
        with house_theme():
            self.chart = alt.JupyterChart(self.spec, debounce_wait=50)
        self._watched: Any = None
        self._watch()
        self.period: alt.JupyterChart | None = None
        if len(case.events) > MAX_MARKS:
            self.period = through_vegafusion(self._build_period())
            self.period.selections.observe(self._show, names=[PERIOD_PARAM])
        self.lanes.observe(self._on_lanes, names="value")
        self.precisions.observe(self._refilter, names="value")
        self.search.observe(self._show, names="value")
        self.to_csv.on_click(self._offer_csv)
        self.probe = None if width is not None else _probe_class()()
        if self.probe is not None:
            self.probe.observe(self._on_cell_width, names="width")
        tools = widgets.VBox([self.search, widgets.HBox([self.to_csv, self.download])])
        charts = [self.chart] if self.period is None else [self.chart, self.period]
        probe = [] if self.probe is None else [self.probe]
        self.widget = widgets.VBox(
            [widgets.HBox([self.lanes, self.precisions, tools]), *probe, *charts, self.table]
        )
        self._show()

    # --- what is shown ----------------------------------------------------------------------

    def chart_width(self) -> int:
        """The plot width the chart is drawn at: the one given, else the cell's."""
        return self.width if self.width is not None else chart_width(self.cell_width)

    def _precision_case(self) -> Case:
        """The case with only the chosen precisions (and the links among them)."""
        return self._subset(self.case.events["precision"].isin(self.precisions.value))

    def _subset(self, keep: pd.Series) -> Case:
        events = self.case.events
        kept = events[keep].reset_index(drop=True)
        ids = set(kept["id"])
        links = self.case.links
        links = links[links["from"].isin(ids) & links["to"].isin(ids)].reset_index(drop=True)
        return dataclasses.replace(self.case, events=kept, links=links)

    def filtered(self) -> Case:
        """The case with only the chosen lanes and precisions (and the links among them)."""
        events = self.case.events
        keep = events["lane"].isin(self.lanes.value) & events["precision"].isin(
            self.precisions.value
        )
        return self._subset(keep)

    def empty_reason(self) -> str | None:
        """Why the chart shows no event, in a sentence; ``None`` when it shows some."""
        if not self.lanes.value:
            return "No lane is chosen: pick at least one in the lane list to draw events."
        if not self.precisions.value:
            return "No date precision is chosen: pick at least one to draw events."
        if self.filtered().events.empty:
            return "No event of the chosen lanes has a date of the chosen precisions."
        return None

    def _build(self) -> alt.Chart | alt.VConcatChart:
        """The chart for the filters: every lane of the chosen precisions, the unchosen
        lanes hidden as the legend hides them, so the legend can bring them back."""
        width = self.chart_width()
        reason = self.empty_reason()
        if reason is not None:
            return empty_chart(reason, width)
        case = self._precision_case()
        chart = timeline_chart(case, width=width)
        drawn = [lane for lane in LANES if (case.events["lane"] == lane).any()]
        if set(drawn) - set(self.lanes.value):
            params = chart.params if isinstance(chart.params, list) else []
            for param in params:
                if getattr(param, "name", None) == sig.LANE_TOGGLE:
                    param.value = [
                        {"lane_label": LANE_LABELS[lane]}
                        for lane in drawn
                        if lane in self.lanes.value
                    ]
        return chart

    def _build_period(self) -> alt.VConcatChart:
        return period_chart(self.filtered(), width=self.chart_width())

    # --- keeping the chart, the lists and the table as one state ----------------------------

    def _watch(self) -> None:
        """Follow the selections of the chart now shown.

        A :class:`altair.JupyterChart` makes a new ``selections`` object each time its
        chart is replaced, so every chart is followed anew, whatever its selections' names.
        """
        selections = self.chart.selections
        if selections is self._watched:
            return
        names = set(selections.trait_names())
        shown = [n for n in (sig.PICK, *sig.PERIOD_SELECTIONS) if n in names]
        if shown:
            selections.observe(self._show, names=shown)
        if sig.LANE_TOGGLE in names:
            selections.observe(self._from_legend, names=[sig.LANE_TOGGLE])
        self._watched = selections

    def _redraw(self) -> None:
        """Draw the chart (and the period chart) again for the filters and the width."""
        self.spec = self._build()
        with house_theme():
            self.chart.chart = self.spec
        self._watch()
        if self.period is not None:
            replace_through_vegafusion(self.period, self._build_period())

    def _refilter(self, change: object = None) -> None:
        self._redraw()
        self._show()

    def _on_lanes(self, change: object = None) -> None:
        """The lane list changed: from the legend (the chart shows it already), or by hand."""
        if not self._syncing:
            self._redraw()
        self._show()

    def _from_legend(self, change: object = None) -> None:
        """The legend (or a lane's name) was clicked: the lane list follows it."""
        labels = set(point_values(self.chart.selections, sig.LANE_TOGGLE, "lane_label"))
        options = [lane for _, lane in self.lanes.options]
        shown = [lane for lane in options if LANE_LABELS[lane] in labels]
        drawn = {str(lane) for lane in self._precision_case().events["lane"].unique()}
        # lanes the chart does not draw (no event of the chosen precisions) keep their state
        chosen = [
            lane
            for lane in options
            if lane in shown or (lane not in drawn and lane in self.lanes.value)
        ]
        if not labels or set(chosen) == set(self.lanes.value):
            return
        self._syncing = True
        try:
            self.lanes.value = tuple(chosen)
        finally:
            self._syncing = False

    def _on_cell_width(self, change: Any) -> None:
        """The page measured the cell: draw the chart as wide, unless the width was given."""
        new = int(change["new"] if isinstance(change, dict) else change.new)
        before = self.chart_width()
        self.cell_width = new or None
        if abs(self.chart_width() - before) >= _STEP:
            self._refilter()

    # --- reading the selection ------------------------------------------------------------

    def window(self) -> tuple[pd.Timestamp, pd.Timestamp] | None:
        """The period the chart is zoomed in on, or ``None`` when it shows the whole.

        The main view's own zoom (scroll or drag) wins over the overview strip's brush,
        as it does on the chart; a large case's period chart comes last.
        """
        for name in sig.PERIOD_SELECTIONS:
            span = interval(self.chart.selections, name, sig.TIME_FIELD)
            if span is not None:
                return span
        if self.period is not None:
            return interval(self.period.selections, PERIOD_PARAM, "anchor")
        return None

    def _period_rule(self) -> bool:
        """Whether the period comes from the period chart, which lists events by anchor."""
        if self.period is None:
            return False
        main = [interval(self.chart.selections, n, sig.TIME_FIELD) for n in sig.PERIOD_SELECTIONS]
        return all(span is None for span in main)

    def _binned(self) -> set[str]:
        """Ids of the events the chart draws as counts (none in a small case)."""
        datasets = getattr(self.spec, "datasets", None)
        if not isinstance(datasets, dict) or sig.BINS not in datasets:
            return set()
        single = {str(rec["id"]) for rec in datasets.get(sig.EVENTS, [])}
        return set(self.case.events["id"].astype(str)) - single

    def window_rows(self) -> pd.DataFrame:
        """Every shown event of the zoomed-in period (empty when the chart shows the whole).

        An event is listed when the period shows it, by the page's rule (see
        :func:`timeline.explore.rows.in_period`): its mark overlaps the period, or, for
        an event a large case draws as a count, its anchor falls in it. A period brushed
        on the period chart lists the events that chart draws: those whose anchor is in it.
        """
        return tbl.rows_frame(self._window_events(self._listed_events()))

    def _window_events(self, events: pd.DataFrame) -> pd.DataFrame:
        """Those of ``events`` the zoomed-in period shows (none when there is no zoom)."""
        span = self.window()
        if span is None:
            return events.iloc[0:0]
        binned = set(events["id"]) if self._period_rule() else self._binned()
        return events[tbl.in_period(events, span[0], span[1], binned=binned)]

    def _listed_events(self) -> pd.DataFrame:
        """The shown events that match the search."""
        events = self.filtered().events
        text = str(self.search.value or "")
        return events[tbl.matching(events, text)] if text.strip() else events

    def selected_ids(self) -> list[str]:
        """Ids of the events selected in the chart (click, shift-click), in table order."""
        chosen = set(point_values(self.chart.selections, sig.PICK, "id"))
        return [i for i in self.filtered().events["id"] if i in chosen]

    def selected_rows(self) -> pd.DataFrame:
        """The selected events' rows; with none selected, the zoomed-in period's events,
        and when the chart shows the whole period, every shown event. A search narrows
        each to the events that match it."""
        return tbl.rows_frame(self._selected_events())

    def _selected_events(self) -> pd.DataFrame:
        """The events :meth:`selected_rows` lists, as rows of ``case.events``."""
        events = self._listed_events()
        ids = self.selected_ids()
        if ids:
            return events[events["id"].isin(ids)]
        if self.window() is not None:
            return self._window_events(events)
        return events

    def selected_links(self) -> pd.DataFrame:
        """Links that touch a listed event (every shown link when nothing is selected)."""
        links = self.filtered().links
        if self.selected_ids() or self.window() is not None or str(self.search.value).strip():
            ids = set(self._selected_events()["id"])
            links = links[links["from"].isin(ids) | links["to"].isin(ids)]
        return links.reset_index(drop=True)

    def selection_csv(self) -> str:
        """The listed rows (:meth:`selected_rows`) as CSV text, dates as ``YYYY-MM-DD``."""
        return self.selected_rows().to_csv(index=False, date_format="%Y-%m-%d")

    def _offer_csv(self, button: object = None) -> None:
        name = f"{self.case.id}-selection.csv"
        self.download.value = tbl.csv_link(self.selected_rows(), name)

    def _heading(self, n: int) -> str:
        ids = self.selected_ids()
        span = self.window()
        found = f", matching “{self.search.value.strip()}”" if self.search.value.strip() else ""
        reason = self.empty_reason()
        if reason is not None:
            return reason
        if ids:
            return f"{n} selected event{'s' if n != 1 else ''}{found} (shift-click for more)"
        if span is not None:
            return (
                f"{n:,} event{'s' if n != 1 else ''} from {span[0]:%Y-%m-%d} to "
                f"{span[1]:%Y-%m-%d}{found}, the period the chart is zoomed in on"
            )
        return (
            f"Every event shown: {n:,}{found} (click events in the chart to select them, "
            "shift-click for more)"
        )

    def _show(self, change: object = None) -> None:
        listed = self._selected_events()
        self.heading = self._heading(len(listed))
        links = self.selected_links()
        ids = set(links["from"].astype(str)) | set(links["to"].astype(str))
        events = self.case.events
        named = events[events["id"].isin(ids)]
        titles = dict(zip(named["id"].astype(str), named["title"].astype(str), strict=True))
        self.table.value = tbl.table_html(self.heading, listed, links, titles)
        self.download.value = ""

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)
