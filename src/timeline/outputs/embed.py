"""The embed: a page for an ``<iframe>`` and the snippet a CMS pastes to show it."""

from __future__ import annotations

from timeline.case import Case
from timeline.web import asset, escape, page, safe_url

__all__ = ["EMBED_ID", "write_embed"]

EMBED_ID = "timeline-embed"
"""The ``id`` of the chart's element in ``embed.html``."""


def write_embed(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    """The ``embed`` format: ``embed.html`` and ``embed-snippet.html``."""
    from timeline.chart import chart_html

    meta = case.meta
    story = safe_url(meta.url)
    credit = escape(meta.outlet)
    if story is not None:
        credit = f'<a href="{escape(story)}" target="_blank" rel="noopener">{credit}</a>'
    body = (
        f'<main class="timeline-embed">\n<h1>{escape(meta.title)}</h1>\n'
        f"{chart_html(case, div_id=EMBED_ID, width=width)}\n"
        f'<p class="timeline-credit">Source: {credit}</p>\n</main>\n'
        f"<script>\n{asset('embed.js')}</script>\n"
    )
    embed = page(meta.title, body, head=f"<style>\n{asset('embed.css')}</style>\n")
    snippet = (
        "<!-- Timeline embed: host embed.html and set src to its address. -->\n"
        f'<iframe class="timeline-embed" src="embed.html" title="Timeline: {escape(meta.title)}"'
        ' loading="lazy" width="100%" height="720"'
        ' style="width: 100%; height: 720px; border: 0;"'
        ' sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"'
        ' referrerpolicy="no-referrer"></iframe>\n'
        f"<script>\n{asset('snippet.js')}</script>\n"
    )
    return {"embed.html": embed.encode("utf-8"), "embed-snippet.html": snippet.encode("utf-8")}
