"""Exploring a case in JupyterLab: the interactive chart, with the rows behind a selection.

Its modules, by concern:

``widget``
    :class:`Explorer`, the chart with its filters, search and table.
``rows``
    Which events a period shows, text search, dates in words, the table and its CSV.
``selection``
    Reading the chart's selections back in Python.
``period``
    A large case's period chart, run through VegaFusion.
``render``
    The ``timeline`` Altair renderer: charts drawn offline in a notebook.
``assets``
    The script and style files it ships.
"""

from __future__ import annotations

from timeline.chart import signals as _sig
from timeline.explore.period import PERIOD_PARAM, period_chart
from timeline.explore.render import RENDERER, renderer
from timeline.explore.rows import ROW_COLUMNS, in_period, matching
from timeline.explore.selection import selection_name
from timeline.explore.widget import Explorer

__all__ = [
    "PERIOD_PARAM",
    "PERIOD_SELECTIONS",
    "RENDERER",
    "ROW_COLUMNS",
    "Explorer",
    "in_period",
    "matching",
    "period_chart",
    "renderer",
    "selection_name",
]

PERIOD_SELECTIONS = _sig.PERIOD_SELECTIONS
"""The chart's interval selections of a period: the main view's zoom, the overview's brush."""
