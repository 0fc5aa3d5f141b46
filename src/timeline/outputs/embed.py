"""The embed: a page for an ``<iframe>`` and the snippet a CMS pastes to show it."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Final

from timeline.case import Case
from timeline.web import asset, escape, page, safe_url

__all__ = ["EMBED_ID", "embed_height", "reserved_heights", "write_embed"]

EMBED_ID = "timeline-embed"
"""The ``id`` of the chart's element in ``embed.html``."""

# The embed page's type and spacing, as embed.css sets them (px): the page's padding, and
# for each block of text its font size, line height and the margins around it.
_PAD: Final = 8
_FINDING: Final = (14, 20, 6)
_SUMMARY: Final = (14, 20, 12)
_CREDIT: Final = (13, 18, 6)
_TOOLS: Final = (12.8, 28, 4, 6)  # font size, button height, gap, margin below
# An upper bound of the average advance of a character, in ems, of the sans-serif fonts
# browsers pick for system-ui (DejaVu Sans, the widest common one, is about 0.58 bold).
_EM: Final = 0.6
_SLACK: Final = 6
_STEP: Final = 20
_WIDTHS: Final = range(240, 1401, _STEP)


def _lines(text: str, width: float, font: float) -> int:
    """How many lines ``text`` takes at most in a box ``width`` pixels wide."""
    return max(1, math.ceil(len(text) * font * _EM / max(width, 1.0)))


def _tools_px(width: float, buttons: Sequence[str], hint: str) -> int:
    """The height of the zoom buttons and hint, laid out as a wrapping flex row."""
    font, button_px, gap, below = _TOOLS
    rows: list[float] = []
    used = width + 1.0
    for label in buttons:
        item = len(label) * font * _EM + 22
        if used + gap + item > width:
            rows.append(button_px)
            used = item
        else:
            used += gap + item
    hint_px = len(hint) * font * _EM
    if used + gap + hint_px > width:
        rows.append(_lines(hint, width, font) * round(font * 1.3 + 0.5))
    return int(sum(rows) + gap * (len(rows) - 1) + below)


def embed_height(
    width: int, chart_px: int, finding: str, summaries: Sequence[str], credit: str
) -> int:
    """How tall ``embed.html`` is, at most, in an iframe ``width`` pixels wide, text closed.

    Parameters
    ----------
    width
        The iframe's width in CSS pixels.
    chart_px
        The chart's height in the form drawn at that width.
    finding, summaries, credit
        The text above the chart, the summaries of the closed ``<details>`` below it, and
        the credit line.
    """
    inner = float(width - 2 * _PAD)
    h = 2 * _PAD + _SLACK
    if finding:
        size, line, margin = _FINDING
        h += _lines(finding, inner, size) * line + margin
    h += _tools_px(inner, ("+", "−", "Whole period", "▸ Lanes"), _HINT)
    h += chart_px
    size, line, margin = _SUMMARY
    for summary in summaries:
        h += _lines(summary, inner - 16, size) * line + margin
    size, line, margin = _CREDIT
    return h + _lines(credit, inner, size) * line + margin


_HINT: Final = "Zoom: Ctrl/⌘ + scroll, or pinch"


def reserved_heights(
    chart: Sequence[tuple[int, int]], finding: str, summaries: Sequence[str], credit: str
) -> list[tuple[int, int]]:
    """The height to reserve for the iframe from each width on, in steps of 20 px.

    Each step's height is the most the page needs anywhere in the step (the chart
    changes form at its thresholds, inside a step), so an iframe never starts shorter
    than its page.
    """
    out = []
    for start in _WIDTHS:
        edges = {start} | {m + 2 * _PAD for m, _ in chart if start < m + 2 * _PAD < start + _STEP}
        need = max(embed_height(w, _chart_at(chart, w), finding, summaries, credit) for w in edges)
        out.append((start, need))
    return out


def _chart_at(chart: Sequence[tuple[int, int]], width: int) -> int:
    """The height of the chart's form for an iframe ``width`` wide: the widest it reaches.

    ``chart`` holds ``(min_width, height)`` pairs (:attr:`timeline.chart.ChartBlock.heights`).
    """
    inner = width - 2 * _PAD
    reached = [pair for pair in chart if inner >= pair[0]] or [min(chart)]
    return max(reached)[1]


def write_embed(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    """The ``embed`` format: ``embed.html`` and ``embed-snippet.html``.

    The embed shows the finding, the chart and its controls, with how to read it and the
    text version closed, and a credit line linking to the story; the article around it
    has the headline (the page's ``<title>`` and the iframe's ``title`` name it). The
    snippet reserves the height the embed will take at the iframe's width before it
    loads (``data-heights``), and grows the iframe only by what a reader opens in it.
    """
    from timeline.chart import finding
    from timeline.chart.page import chart_block

    meta = case.meta
    story = safe_url(meta.url)
    outlet = escape(meta.outlet)
    if story is not None:
        outlet = f'<a href="{escape(story)}" target="_blank" rel="noopener">{outlet}</a>'
    block = chart_block(case, div_id=EMBED_ID, width=width, text_open=False)
    credit = f"Source: {meta.outlet}"
    body = (
        f'<main class="timeline-embed">\n{block.html}\n'
        f'<p class="timeline-credit">Source: {outlet}</p>\n</main>\n'
        f"<script>\n{asset('embed.js')}</script>\n"
    )
    embed = page(meta.title, body, head=f"<style>\n{asset('embed.css')}</style>\n")
    summaries = _summaries(block.html)
    heights = reserved_heights(block.heights, finding(case).sentence, summaries, credit)
    table = " ".join(f"{w}:{h}" for w, h in heights)
    default = dict(heights).get(640, heights[-1][1])
    snippet = (
        "<!-- Timeline embed: host embed.html and set src to its address. -->\n"
        f'<iframe class="timeline-embed" src="embed.html" title="Timeline: {escape(meta.title)}"'
        f' loading="lazy" width="100%" height="{default}"'
        f' style="display: block; width: 100%; height: {default}px; border: 0;"'
        f' data-heights="{table}"'
        ' sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"'
        ' referrerpolicy="no-referrer"></iframe>\n'
        f"<script>\n{asset('snippet.js')}</script>\n"
    )
    return {"embed.html": embed.encode("utf-8"), "embed-snippet.html": snippet.encode("utf-8")}


_FOLDS: Final = re.compile(
    r'<details class="timeline-(?:howto|transcript)-box"[^>]*>\n<summary>(.*?)</summary>', re.S
)


def _summaries(html: str) -> list[str]:
    """The text of each closed fold below the chart in ``html`` (this package's markup)."""
    return _FOLDS.findall(html)
