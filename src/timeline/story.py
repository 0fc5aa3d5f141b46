"""The report's sections for an editor, as escaped HTML built from a case."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

from timeline.case import Case
from timeline.claims import claims_table
from timeline.html import escape

__all__ = [
    "claims_html",
    "date_notes_html",
    "draft_warning_html",
    "files_html",
    "finding_html",
    "headline_html",
    "sources_html",
]


def _link(url: str, text: str | None = None) -> str:
    """A link when ``url`` is http(s); otherwise the escaped text alone."""
    label = escape(text if text is not None else url)
    if url.startswith(("http://", "https://")):
        return f'<a href="{escape(url)}" rel="noopener noreferrer">{label}</a>'
    return label


def headline_html(case: Case) -> str:
    """The story's headline, outlet, byline, date and address."""
    meta = case.meta
    byline = f"By {escape(meta.byline)}, " if meta.byline else ""
    return (
        f"<h1>{escape(meta.title)}</h1>\n"
        f'<p class="timeline-dateline">{byline}{escape(meta.outlet)}, '
        f"{meta.published:%Y-%m-%d}. {_link(meta.url, 'Read the story')}.</p>"
    )


def finding_html(case: Case) -> str:
    """The finding in two sentences: what the chart shows, and what it rests on."""
    from timeline.charts import finding

    first = finding(case).sentence
    events = case.events
    urls = sorted({s for s in events["source"] if s.startswith(("http://", "https://"))})
    quotes = int((events["quote"] != "").sum())
    elsewhere = f" and {len(urls)} other source{'s' if len(urls) != 1 else ''}" if urls else ""
    second = (
        f"The timeline rests on {len(events)} events and {len(case.links)} links drawn from "
        f"{case.meta.outlet}'s story of {case.meta.published:%Y-%m-%d}{elsewhere}; "
        f"its {quotes} quote{'s are' if quotes != 1 else ' is'} verbatim from the story."
    )
    return f'<p class="timeline-finding">{escape(first)} {escape(second)}</p>'


def draft_warning_html(case: Case) -> str:
    """A warning when any event is still a draft, so drafts are never taken for checked work."""
    drafts = int((case.events["status"] == "draft").sum())
    if not drafts:
        return ""
    return (
        '<p class="timeline-draft" role="alert"><strong>Draft.</strong> '
        f"{drafts} of {len(case.events)} events are drafts that no one has checked yet.</p>"
    )


def _table(frame: pd.DataFrame, headers: dict[str, str], caption: str) -> str:
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in headers.values())
    body = "\n".join(
        "<tr>" + "".join(f"<td>{escape(row[c])}</td>" for c in headers) + "</tr>"
        for row in frame.to_dict("records")
    )
    return (
        f'<table class="timeline-table"><caption>{escape(caption)}</caption>\n'
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody></table>"
    )


def claims_html(case: Case) -> str:
    """Each public statement, what contradicted it, when that came out, and the time between."""
    table = claims_table(case)
    if table.empty:
        return "<p>No statement in this case is contradicted.</p>"
    return _table(
        table,
        {
            "statement": "Public statement",
            "said": "Said",
            "quote": "In their words",
            "contradicted_by": "Contradicted by",
            "revealed_by": "Revealed by",
            "revealed": "Revealed",
            "time_between": "Time between",
        },
        "Claims and findings",
    )


def date_notes_html(case: Case) -> str:
    """Every date note: how an event's date was reached, and where sources disagree."""
    events = case.events[case.events["date_note"] != ""]
    if events.empty:
        return "<p>No event needed a date note.</p>"
    items = [
        f"<li><strong>{escape(row['title'])}</strong> "
        f"(<q>{escape(row['date'])}</q>, resolved as <code>{escape(row['edtf'])}</code>, "
        f"{escape(row['precision'])}): {escape(row['date_note'])}</li>"
        for row in events.to_dict("records")
    ]
    return '<ul class="timeline-date-notes">\n' + "\n".join(items) + "\n</ul>"


def sources_html(case: Case) -> str:
    """The story and every other source, with links, and how many events each supports."""
    sources = case.events["source"]
    from_story = int(sources.str.startswith("article").sum())
    paragraphs = sorted({int(p) for p in sources.str.extract(r"^article ¶(\d+)$")[0].dropna()})
    cited = ", ".join(f"¶{p}" for p in paragraphs)
    items = [
        f"<li>{_link(case.meta.url, case.meta.title)} ({escape(case.meta.outlet)}, "
        f"{case.meta.published:%Y-%m-%d}): {from_story} events"
        + (f", citing {escape(cited)}" if cited else "")
        + "</li>"
    ]
    others = Counter(s for s in sources if not s.startswith("article"))
    for url, n in sorted(others.items()):
        items.append(f"<li>{_link(url)}: {n} event{'s' if n != 1 else ''}</li>")
    return '<ul class="timeline-sources">\n' + "\n".join(items) + "\n</ul>"


def files_html(written: list[Path], folder: Path) -> str:
    """Links to the files written beside the report, by their names in ``folder``."""
    names = sorted({p.resolve().relative_to(folder.resolve()).as_posix() for p in written})
    if not names:
        return "<p>No files were exported with this report.</p>"
    items = [f'<li><a href="{escape(n)}">{escape(n)}</a></li>' for n in names]
    return '<ul class="timeline-files">\n' + "\n".join(items) + "\n</ul>"
