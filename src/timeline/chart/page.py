"""The chart on a page: an HTML fragment with its finding and transcript, and a whole page."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Final, NamedTuple, cast

import altair as alt
import numpy as np
import pandas as pd

from timeline.case import LANES, Case
from timeline.chart import signals as sig
from timeline.chart.build import _timeline_chart
from timeline.chart.finding import finding
from timeline.chart.frame import _Frame, _frame
from timeline.chart.layout import BREAKPOINT, WIDE
from timeline.chart.marks import _DETAIL_SLOTS
from timeline.chart.theme import house_theme
from timeline.chart.transcript import card_events, transcript_html
from timeline.chart.units import _DAY, _rows
from timeline.chart.words import LANE_LABELS, _resolved
from timeline.dates.wording import day_words, period_words
from timeline.density import anchors
from timeline.files import write_atomic
from timeline.text import plural
from timeline.web import Detail, Variant, escape, page, responsive_fragment

__all__ = ["DETAIL_LIMIT", "ChartBlock", "chart_block", "chart_html", "save_html"]

_HOW_TO_READ: Final = (
    "How to read it: a dot is a single day; a bar spans the week, month, season or year a "
    "date names; a bar that fades out has an unknown start or end (“on or before”); a "
    "hollow, dashed mark is an approximate date. Lines join linked events: solid red where "
    "what happened contradicts what officials said. Click an event to highlight everything "
    "linked to it and see its date, words and source (click empty space to clear); click a "
    "lane name or legend entry to hide or show that lane. Scrolling moves the page; to zoom, "
    "hold Ctrl (⌘ on a Mac) and scroll, pinch, use the zoom buttons, or drag across the "
    "strip under the chart; drag the chart with a mouse to pan. With the keyboard, Tab to "
    "the events and move through them in date order with the arrow keys (Enter highlights "
    "the linked ones, Escape clears); Tab on to the legend and press Enter to hide or show "
    "a lane."
)

_PAGE_CSS: Final = """\
body { margin: 0; background: #fff; color: #1f1f1f;
  font: 16px/1.5 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif; }
main.timeline-page { box-sizing: border-box; max-width: 1240px; margin: 0 auto;
  padding: 16px 20px 40px; }
.timeline-page h1 { font-size: 1.45rem; line-height: 1.25; margin: 0 0 4px; }
.timeline-page .timeline-meta { color: #595959; font-size: 0.9rem; margin: 0 0 12px; }
.timeline-page .timeline-meta a { color: inherit; }
.timeline-figure { margin: 0; }
.timeline-finding { font-size: 1.05rem; font-weight: 600; margin: 0 0 8px; max-width: 62em; }
.timeline-howto { color: #595959; font-size: 0.85rem; max-width: 62em; margin: 8px 0; }
.timeline-transcript-box summary { cursor: pointer; font-weight: 600; margin: 8px 0; }
.timeline-transcript { font-size: 0.9rem; padding-left: 1.6em; max-width: 62em; }
.timeline-transcript li { margin: 0 0 10px; }
.timeline-transcript .tl-t-title { font-weight: 600; }
.timeline-transcript .tl-t-lane, .timeline-transcript .tl-t-links { color: #595959; }
.timeline-transcript a { overflow-wrap: anywhere; }
.timeline-counts { border-collapse: collapse; font-size: 0.85rem; }
.timeline-counts th, .timeline-counts td { padding: 2px 10px; text-align: right; }
.timeline-counts th[scope="row"] { text-align: left; font-weight: 400; }
@media (max-width: 500px) { main.timeline-page { padding: 10px 8px 28px; }
  .timeline-page h1 { font-size: 1.2rem; } }
"""


_NARROW: Final[dict[str, Any]] = {"width": None, "vertical": True, "compact": False}
_MEDIUM: Final[dict[str, Any]] = {"width": None, "vertical": False, "compact": True}
_WIDE: Final[dict[str, Any]] = {"width": None, "vertical": False, "compact": False}


def _html_spec(chart: alt.VConcatChart) -> dict[str, Any]:
    """The chart's spec under the house theme, without the title the page already shows.

    The named data sets, plain JSON values already, are put in as they are rather than
    walked by Altair's conversion, which takes seconds for thousands of records.
    """
    data = getattr(chart, "datasets", alt.Undefined)
    bare = chart.copy(deep=False)
    bare.datasets = alt.Undefined
    with house_theme():
        converted: dict[str, Any] = bare.to_dict(validate=False)
    converted.pop("title", None)
    if data is alt.Undefined:
        return converted
    spec: dict[str, Any] = {}
    for key, value in converted.items():
        spec[key] = value
        if key == "vconcat":
            spec["datasets"] = data
    spec.setdefault("datasets", data)
    return spec


def _variants(case: Case, fr: _Frame, width: int | None) -> list[Variant]:
    """The chart's forms for a page: three that follow the container, or one fixed."""
    return _forms(case, fr, width)[0]


def _forms(
    case: Case, fr: _Frame, width: int | None
) -> tuple[list[Variant], tuple[tuple[int, int], ...]]:
    """:func:`_variants`, and the ``(min_width, height)`` each is drawn at
    (:attr:`ChartBlock.heights`)."""
    forms: list[tuple[str, int, dict[str, Any]]]
    if width is None:
        forms = [("narrow", 0, _NARROW), ("medium", BREAKPOINT, _MEDIUM), ("wide", WIDE, _WIDE)]
    else:
        vertical = width < BREAKPOINT
        forms = [("fixed", 0, {"width": width, "vertical": vertical, "compact": width < WIDE})]
    variants, heights = [], []
    for name, min_width, how in forms:
        spec = _html_spec(_timeline_chart(case, **how, fr=fr))
        variants.append(Variant(name, min_width, spec))
        px = _chart_px(spec, vertical=how["vertical"], compact=how["compact"], lanes=len(fr.lanes))
        heights.append((min_width, px))
    return variants, tuple(heights)


# The height a drawn chart adds to its two views (legends, axes, titles, padding), in
# pixels, as the browser draws the house theme: the vertical chart's lane legend has a
# row a lane. Measured on the test cases, with room to spare; the embed's browser tests
# check the sum against the drawn chart.
_CHROME_VERTICAL: Final = 162
_CHROME_LANE: Final = 16
_CHROME_COMPACT: Final = 174
_CHROME_WIDE: Final = 158


def _chart_px(spec: dict[str, Any], *, vertical: bool, compact: bool, lanes: int) -> int:
    """How tall a form of the chart is drawn, in CSS pixels: its views and their chrome."""
    views = sum(int(view.get("height", 0)) for view in spec.get("vconcat", []))
    if vertical:
        return views + _CHROME_VERTICAL + _CHROME_LANE * lanes
    return views + (_CHROME_COMPACT if compact else _CHROME_WIDE)


class ChartBlock(NamedTuple):
    """:func:`chart_html`'s fragment, and how tall its chart is drawn in each form.

    ``heights`` holds ``(min_width, height)`` pairs: from a container ``min_width`` CSS
    pixels wide the chart is ``height`` pixels tall (a bound from above), whatever the
    page does; an embed reserves this room before it loads.
    """

    html: str
    heights: tuple[tuple[int, int], ...]


def chart_html(
    case: Case,
    div_id: str | None = None,
    *,
    width: int | None = None,
    subtitle: bool = True,
    text_open: bool = True,
) -> str:
    """The chart and its transcript as an HTML fragment: :func:`chart_block`'s HTML."""
    return chart_block(case, div_id, width=width, subtitle=subtitle, text_open=text_open).html


def chart_block(
    case: Case,
    div_id: str | None = None,
    *,
    width: int | None = None,
    subtitle: bool = True,
    text_open: bool = True,
) -> ChartBlock:
    """The chart and its transcript as an HTML fragment for a page with the Vega libraries.

    The fragment carries both variants and draws the horizontal one in containers at
    least :data:`BREAKPOINT` pixels wide, the vertical one below (or, with ``width``,
    the one that suits that width). Above the chart, as its subtitle, goes the finding.

    Parameters
    ----------
    case
        A loaded case.
    div_id
        Element id for the chart; defaults to ``timeline-<case id>``.
    width
        A fixed plot width in pixels instead of following the container.
    subtitle
        Whether to show the finding above the chart. ``False`` for a page that already
        states it (the report, under "What we found"), so readers meet it once.
    text_open
        Whether the text version starts open. ``False`` for an embed, which then takes
        no more room than the chart until a reader opens it, with how to read the chart
        folded away as well.
    """
    div = div_id or f"timeline-{case.id}"
    fr = _frame(case)
    found = finding(case, fr.facts)
    variants, heights = _forms(case, fr, width)
    if fr.density.aggregated:
        chart, howto, text = _large_parts(case, fr, div, variants)
    else:
        events = card_events(case, facts=fr.facts)
        lanes = [LANE_LABELS[lane] for lane in fr.lanes]
        chart = responsive_fragment(variants, div, events=events, lanes=lanes)
        howto = escape(_HOW_TO_READ)
        text = (
            f'<details class="timeline-transcript-box"{" open" if text_open else ""}>\n'
            f"<summary>Text version: all {plural(len(case.events), 'event')} in date order, with "
            f"sources</summary>\n{transcript_html(case, facts=fr.facts)}\n</details>"
        )
    head = '<figure class="timeline-figure">\n'
    if subtitle:
        head = (
            f'<figure class="timeline-figure" aria-describedby="{escape(div)}-finding">\n'
            f'<p class="timeline-finding" id="{escape(div)}-finding">{escape(found.sentence)}</p>\n'
        )
    howto_html = f'<p class="timeline-howto">{howto}</p>'
    if not text_open:
        howto_html = (
            '<details class="timeline-howto-box">\n<summary>How to read and use the chart'
            f"</summary>\n{howto_html}\n</details>"
        )
    return ChartBlock(f"{head}{chart}\n{howto_html}\n{text}\n</figure>", heights)


DETAIL_LIMIT: Final = 3000
"""Zoomed in on a large case, the page draws the binned events once this few are in view."""


def _detail_columns(case: Case, fr: _Frame) -> dict[str, list[Any]]:
    """The binned events of a large case, one list a field, in the order of their anchor.

    Each is drawn, when zoomed in, from the first to the last day it is known to fall
    on (just the known day for an open bound), in one of the rows (``slot``) of its
    lane's band.
    """
    rest = case.events.loc[~fr.density.single].copy()
    day = _DAY
    epoch = pd.Timestamp(0)
    rest["_anchor"] = ((anchors(rest) - epoch) // day).astype("int64")
    rest["_order"] = range(len(rest))
    rest = rest.sort_values(["_anchor", "_order"], kind="stable")
    first = rest["start"].fillna(rest["end"])
    last = rest["end"].fillna(rest["start"])
    lanes = [lane for lane in LANES if lane in set(rest["lane"].astype(str))]
    # the resolved date in words, worked out once for each distinct date
    keys = ["start", "end", "precision", "open_start", "open_end", "approximate"]
    codes = rest.groupby(keys, sort=False, dropna=False).ngroup().to_numpy()
    distinct = rest.drop_duplicates(keys)[keys]
    words = [_resolved(dict(zip(keys, k, strict=True))) for k in distinct.itertuples(index=False)]
    resolved = np.asarray(words, dtype=object)[codes].tolist()
    return {
        "lanes": lanes,
        "labels": [LANE_LABELS[lane] for lane in lanes],
        "anchor": rest["_anchor"].tolist(),
        "id": rest["id"].astype(str).tolist(),
        "lane": rest["lane"].astype(str).map({lane: i for i, lane in enumerate(lanes)}).tolist(),
        "s0": ((first - epoch) // day).astype("int64").tolist(),
        "s1": ((last - epoch) // day + 1).astype("int64").tolist(),
        "slot": (rest.groupby("_anchor").cumcount() % _DETAIL_SLOTS).tolist(),
        "title": rest["title"].astype(str).tolist(),
        "date": rest["date"].astype(str).tolist(),
        "resolved": resolved,
        "actor": rest["actor"].astype(str).tolist(),
        "source": rest["source"].astype(str).tolist(),
    }


def _counts_html(fr: _Frame) -> str:
    """A table of a large case's binned events: one row a bin period, one column a lane."""
    bins = fr.density.bins
    lanes = [lane for lane in LANES if lane in set(bins["lane"])]
    table = bins.pivot_table(index="start", columns="lane", values="n", aggfunc="sum")
    head = "".join(f'<th scope="col">{escape(LANE_LABELS[lane])}</th>' for lane in lanes)
    body = []
    for start, row in zip(table.index, _rows(table), strict=True):
        cells = "".join(
            f"<td>{int(row[lane]):,}</td>" if pd.notna(row.get(lane)) else "<td>0</td>"
            for lane in lanes
        )
        when = escape(period_words(pd.Timestamp(cast(Any, start)), fr.density.unit))
        body.append(f'<tr><th scope="row">{when}</th>{cells}</tr>')
    return (
        '<table class="timeline-counts">\n'
        f'<thead><tr><th scope="col">{escape(fr.density.unit.capitalize())}</th>{head}</tr>'
        "</thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>"
    )


def _large_parts(case: Case, fr: _Frame, div: str, variants: list[Variant]) -> tuple[str, str, str]:
    """:func:`chart_html`'s chart, how-to-read and text version for a case drawn with counts.

    The chart carries the binned events for the page to draw when zoomed in; the text
    lists the single events and a table of the counts.
    """
    detail = Detail(
        dataset=sig.DETAIL,
        flag=sig.DETAIL_ON,
        signals=sig.PERIOD_SELECTIONS,
        field=sig.TIME_FIELD,
        limit=DETAIL_LIMIT,
        columns=_detail_columns(case, fr),
    )
    single = replace(case, events=case.events.loc[fr.density.single])
    events = card_events(single, facts=fr.facts)
    lanes = [LANE_LABELS[lane] for lane in fr.lanes]
    chart = responsive_fragment(variants, div, detail=detail, events=events, lanes=lanes)
    n_single = len(single.events)
    text = (
        '<details class="timeline-transcript-box">\n'
        f"<summary>Text version: the {plural(n_single, 'event')} drawn one by one, in date order, "
        f"with sources</summary>\n{transcript_html(single, titles=False)}\n</details>\n"
        '<details class="timeline-transcript-box">\n'
        f"<summary>Text version: the other {plural(len(case.events) - n_single, 'event')}, counted "
        f"by {fr.density.unit}</summary>\n{_counts_html(fr)}\n</details>"
    )
    return chart, f"{escape(_HOW_TO_READ)} {escape(_HOW_TO_READ_LARGE)}", text


_HOW_TO_READ_LARGE: Final = (
    "This case has too many events to draw one by one: statements, linked events and "
    "events with a quote are drawn singly, and the rest of each lane as a band of counts "
    "(a bar a period, as tall as its count). Zoom in on a short period to see each of "
    "its events. Links stay faint, and all solid, until you click an event."
)


def save_html(case: Case, path: str | Path, *, width: int | None = None) -> Path:
    """Write one self-contained, offline page: title, finding, chart and transcript.

    The page is written to a temporary file beside ``path`` and moved into place, so a
    reader never sees half a page; the same case gives the same bytes.

    Parameters
    ----------
    case
        A loaded case.
    path
        Where to write the page.
    width
        A fixed plot width in pixels; ``None`` follows the window.

    Returns
    -------
    pathlib.Path
        ``path``.
    """
    target = Path(path)
    meta = case.meta
    published = day_words(pd.Timestamp(meta.published))
    by = f" by {escape(meta.byline)}" if meta.byline else ""
    body = (
        '<main class="timeline-page">\n'
        f"<h1>{escape(meta.title)}</h1>\n"
        f'<p class="timeline-meta"><a href="{escape(meta.url)}" rel="noopener noreferrer">'
        f"{escape(meta.outlet)}</a>{by}, {escape(published)}</p>\n"
        f"{chart_html(case, width=width)}\n</main>"
    )
    text = page(meta.title, body, head=f"<style>\n{_PAGE_CSS}</style>\n")
    return write_atomic(target, text)
