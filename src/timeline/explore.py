"""Exploring a case in JupyterLab: the interactive chart, with the rows behind a selection."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import altair as alt
import pandas as pd

from timeline.case import LANE_LABELS, LANES, Case

__all__ = ["PERIOD_SELECTIONS", "Explorer", "selection_name"]

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


PERIOD_SELECTIONS = ("zoom", "brush")
"""The chart's interval selections of a period: the main view's zoom, the overview's brush."""


def _instant(value: Any) -> pd.Timestamp:
    """A time from a Vega signal: milliseconds since the epoch, or a date string."""
    if isinstance(value, int | float):
        return pd.Timestamp(int(value), unit="ms")
    stamp = pd.Timestamp(value)
    return stamp.tz_convert(None) if stamp.tzinfo is not None else stamp


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
    nothing clicked, the table lists every event of that period: in a large case, whose
    dense lanes the chart draws as counts, this is where each of them is read. Filter
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
        self.chart = alt.JupyterChart(self.spec, debounce_wait=50)
        self._watched: str | None = None
        self._periods: set[str] = set()
        self._watch()
        self.lanes.observe(self._refilter, names="value")
        self.precisions.observe(self._refilter, names="value")
        self.widget = widgets.VBox(
            [widgets.HBox([self.lanes, self.precisions]), self.chart, self.rows]
        )
        self._show()

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
        from timeline.charts import timeline_chart

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
        for name in PERIOD_SELECTIONS:
            selection = getattr(self.chart.selections, name, None)
            value = getattr(selection, "value", None)
            span = value.get("s0") if isinstance(value, dict) else None
            if not span or len(span) != 2 or any(v is None for v in span):
                continue
            lo, hi = sorted(_instant(v) for v in span)
            return lo, hi
        return None

    def window_rows(self) -> pd.DataFrame:
        """Every shown event of the zoomed-in period (empty when the chart shows the whole).

        In a large case this is how each binned event of a short period is listed: an
        event belongs to the period its anchor (the middle of its known dates) falls in,
        as in the chart's counts.
        """
        from timeline.density import anchors

        events = self.filtered().events
        span = self.window()
        if span is None:
            return events[ROW_COLUMNS].iloc[0:0]
        anchor = anchors(events)
        inside = (anchor >= span[0].floor("D")) & (anchor <= span[1])
        return events.loc[inside, ROW_COLUMNS].reset_index(drop=True)

    def _refilter(self, change: object = None) -> None:
        self.spec = self._build()
        self.chart.chart = self.spec
        self._watch()
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
