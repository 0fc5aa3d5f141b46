"""The statement-versus-practice timeline: lanes, links, labels, the finding and a transcript.

The package registers the house Altair theme (:data:`THEME`) on import without enabling
it. Its modules, by concern:

``theme``
    The house theme, and :func:`house_theme`, which enables it only while drawing.
``signals``
    The names of the chart's data sets, views and signals, which the exploration
    widget and the page share.
``words``, ``units``
    Lanes, links and dates in words; plain JSON values.
``finding``
    The finding sentence, counted by :mod:`timeline.findings`.
``labels``, ``frame``, ``layout``, ``encoding``
    Which events get labels and their words; the table of events; where everything
    goes; the axes.
``marks``, ``links``, ``records``, ``build``
    The layers of events and links, the chart's data sets, and the chart itself.
``transcript``, ``page``
    The text version, and the chart on an HTML page.
"""

from __future__ import annotations

from timeline.chart.build import timeline_chart
from timeline.chart.finding import Finding, finding
from timeline.chart.layout import BREAKPOINT, WIDE
from timeline.chart.page import DETAIL_LIMIT, chart_html, save_html
from timeline.chart.theme import THEME, house_theme, theme
from timeline.chart.transcript import transcript, transcript_html, transcript_markdown
from timeline.chart.words import LANE_LABELS, RELATION_LABELS

__all__ = [
    "BREAKPOINT",
    "DETAIL_LIMIT",
    "LANE_LABELS",
    "RELATION_LABELS",
    "THEME",
    "WIDE",
    "Finding",
    "chart_html",
    "finding",
    "house_theme",
    "save_html",
    "theme",
    "timeline_chart",
    "transcript",
    "transcript_html",
    "transcript_markdown",
]
