"""The report's sections for an editor, as escaped HTML built from a case."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pandas as pd

from timeline.case import Case, from_article, paragraph_numbers
from timeline.claims import claims_table
from timeline.dates.wording import day_words
from timeline.findings import Findings, findings
from timeline.text import plural
from timeline.web import escape, safe_url

__all__ = [
    "MOST_FINDINGS",
    "MOST_ITEMS",
    "claims_html",
    "date_notes_html",
    "draft_warning_html",
    "files_html",
    "finding_html",
    "headline_html",
    "sources_html",
]


MOST_ITEMS = 40
"""The longest list a section shows item by item; longer ones are grouped and cut."""

MOST_FINDINGS = 10
"""The most events a claims-table cell names as contradicting one statement."""

_FULL_TABLE = "Every event's {what} is in the CSV export's events table, <code>events.csv</code>."
_NUMBER = re.compile(r"\d+")


def _summary(text: str, what: str) -> str:
    """The paragraph before a grouped list: what it shows, and where the whole list is."""
    return f'<p class="timeline-summary">{text} {_FULL_TABLE.format(what=what)}</p>\n'


def _left_out(rest: int, noun: str, events: int) -> str:
    """The paragraph after a shortened list: how many items, with how many events, it leaves out."""
    return (
        f'\n<p class="timeline-left-out">{plural(rest, "more " + noun, "more " + noun + "s")}, '
        f"with {plural(events, 'event')}, {'is' if rest == 1 else 'are'} left out here.</p>"
    )


def _link(url: str, text: str | None = None) -> str:
    """A link when ``url`` is http(s); otherwise the escaped text alone."""
    label = escape(text if text is not None else url)
    if safe_url(url) is not None:
        return f'<a href="{escape(url)}" rel="noopener noreferrer">{label}</a>'
    return label


def headline_html(case: Case) -> str:
    """The story's headline, outlet, byline, date and address."""
    meta = case.meta
    byline = f"By {escape(meta.byline)}, " if meta.byline else ""
    return (
        f"<h1>{escape(meta.title)}</h1>\n"
        f'<p class="timeline-dateline">{byline}{escape(meta.outlet)}, '
        f"{day_words(meta.published)}. {_link(meta.url, 'Read the story')}.</p>"
    )


def finding_html(case: Case, facts: Findings | None = None) -> str:
    """The finding in two sentences: what the chart shows, and what it rests on.

    ``facts``, the case's :func:`timeline.findings.findings` when the caller has them,
    saves working them out again.
    """
    from timeline.chart import finding

    first = finding(case, facts).sentence
    events = case.events
    sources = events["source"]
    urls = sum(safe_url(source) is not None for source in sources.unique())
    quotes = int((events["quote"] != "").sum())
    elsewhere = f" and {plural(urls, 'other source')}" if urls else ""
    second = (
        f"The timeline rests on {plural(len(events), 'event')} and "
        f"{plural(len(case.links), 'link')} drawn from "
        f"{case.meta.outlet}'s story of {day_words(case.meta.published)}{elsewhere}; "
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
        f"{drafts} of {plural(len(case.events), 'event')} "
        f"{'is a draft' if drafts == 1 else 'are drafts'} that no one has checked yet.</p>"
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


def claims_html(case: Case, facts: Findings | None = None) -> str:
    """Each challenged public statement, its status, what challenged it, when, and its rating.

    The statements are the challenged ones of :func:`timeline.findings.findings`
    (admitted, contradicted or disputed), each with a row of the ``claims`` export's table
    (:func:`timeline.claims.claims_table`): its status, what contradicted, disputed or
    admitted it, when that came out, how long it stood, and the reporter's own rating; a
    cell names at most :data:`MOST_FINDINGS` contradicting events and says how many more
    there are (``links.csv`` has them all). ``facts``, the case's findings when the caller has them,
    saves working them out again.
    """
    facts = facts if facts is not None else findings(case)
    table = claims_table(case, most_findings=MOST_FINDINGS, facts=facts)
    if table.empty:
        return "<p>No statement in this case is contradicted, disputed or admitted.</p>"
    return _claims_table_html(table) + _cut_findings_note(facts)


def _cut_findings_note(facts: Findings) -> str:
    """A note when some statement has more contradicting events than its cell names."""
    cut = sum(len(s.contradicted_by) > MOST_FINDINGS for s in facts.challenged)
    if not cut:
        return ""
    verb = "is" if cut == 1 else "are"
    return (
        f'\n<p class="timeline-left-out">{plural(cut, "statement")} {verb} contradicted by more '
        f"than {MOST_FINDINGS} events: the table names {MOST_FINDINGS} of them and counts the "
        "rest. Every link is in the CSV export's links table, <code>links.csv</code>.</p>"
    )


def _claims_table_html(table: pd.DataFrame) -> str:
    """The claims table under the report's column headings."""
    return _table(
        table,
        {
            "statement": "Public statement",
            "status": "Status",
            "said": "Said",
            "quote": "In their words",
            "contradicted_by": "Contradicted by",
            "disputed_by": "Disputed by",
            "admitted_by": "Admitted not accurate by",
            "revealed_by": "Came out through",
            "revealed": "Came out",
            "time_between": "Stood for",
            "rating": "Reporter's rating",
        },
        "Claims and findings",
    )


def date_notes_html(case: Case) -> str:
    """Every date note: how an event's date was reached, and where sources disagree.

    Up to :data:`MOST_ITEMS` notes are listed one by one. Beyond that, events with the same
    note are grouped, with how many there are and a few of their ids, the most common
    notes first; the rest are counted, not listed.
    """
    events = case.events[case.events["date_note"] != ""]
    if events.empty:
        return "<p>No event needed a date note.</p>"
    if len(events) > MOST_ITEMS:
        return _grouped_date_notes(events)
    items = [
        f"<li><strong>{escape(row['title'])}</strong> "
        f"(<q>{escape(row['date'])}</q>, resolved as <code>{escape(row['edtf'])}</code>, "
        f"{escape(row['precision'])}): {escape(row['date_note'])}</li>"
        for row in events.to_dict("records")
    ]
    return '<ul class="timeline-date-notes">\n' + "\n".join(items) + "\n</ul>"


_EXAMPLES = 3
"""How many event ids a grouped note or source gives as examples."""


def _grouped_date_notes(events: pd.DataFrame) -> str:
    """The date notes grouped by their words, most used first, at most :data:`MOST_ITEMS`."""
    groups = events.groupby("date_note", sort=False)  # groups in order of first use
    counts = groups.size()
    order = counts.sort_values(ascending=False, kind="stable").head(MOST_ITEMS)
    heads = groups.head(_EXAMPLES)
    heads = heads[heads["date_note"].isin(order.index)]
    examples: dict[str, list[str]] = {}
    for note, eid in zip(heads["date_note"].tolist(), heads["id"].tolist(), strict=True):
        examples.setdefault(str(note), []).append(str(eid))
    items = []
    for note, count in order.items():
        shown = examples[str(note)]
        ids = ", ".join(f"<code>{escape(i)}</code>" for i in shown)
        such = ", such as " if count > len(shown) else ": "
        items.append(f"<li>{escape(note)} ({plural(int(count), 'event')}{such}{ids})</li>")
    head = _summary(
        f"{plural(len(events), 'event')} have date notes, in "
        f"{plural(len(counts), 'different wording')}; the most common come first, each with "
        "how many events share it.",
        "date note",
    )
    body = '<ul class="timeline-date-notes">\n' + "\n".join(items) + "\n</ul>"
    if len(order) == len(counts):
        return head + body
    left = int(counts.sum() - order.sum())
    return head + body + _left_out(len(counts) - len(order), "note", left)


def sources_html(case: Case) -> str:
    """The story and every other source, with links, and how many events each supports.

    Up to :data:`MOST_ITEMS` other sources are listed one by one. Beyond that, they are
    grouped by site, the sites most cited first, each with the pattern of its addresses
    and an example; the story's paragraphs are given as ranges.
    """
    sources = case.events["source"]
    story = sources.map({source: from_article(source) for source in sources.unique()}).astype(bool)
    from_story = int(story.sum())
    paragraphs = sorted({int(p) for p in paragraph_numbers(sources).dropna()})
    others = sources[~story].value_counts(sort=False)
    grouped = len(others) > MOST_ITEMS
    cited = _paragraph_ranges(paragraphs) if grouped else ", ".join(f"¶{p}" for p in paragraphs)
    counted = plural(from_story, "event") if grouped else f"{from_story} events"
    items = [
        f"<li>{_link(case.meta.url, case.meta.title)} ({escape(case.meta.outlet)}, "
        f"{day_words(case.meta.published)}): {counted}"
        + (f", citing {escape(cited)}" if cited else "")
        + "</li>"
    ]
    if grouped:
        return _grouped_sources(items, others)
    for url, n in sorted(Counter(others.to_dict()).items()):
        items.append(f"<li>{_link(str(url))}: {n} event{'s' if n != 1 else ''}</li>")
    return '<ul class="timeline-sources">\n' + "\n".join(items) + "\n</ul>"


def _paragraph_ranges(paragraphs: list[int]) -> str:
    """Paragraph numbers with runs as ranges: '¶1 to ¶4, ¶7, ¶9 to ¶12'."""
    runs: list[list[int]] = []
    for p in paragraphs:
        if runs and p == runs[-1][1] + 1:
            runs[-1][1] = p
        else:
            runs.append([p, p])
    return ", ".join(f"¶{a}" if a == b else f"¶{a} to ¶{b}" for a, b in runs)


def _grouped_sources(items: list[str], others: pd.Series) -> str:
    """Sources other than the story, grouped by site: at most :data:`MOST_ITEMS` sites."""
    urls = others.index.to_series().astype(str)
    site = urls.str.extract(r"^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*)", expand=False)
    frame = pd.DataFrame(
        {
            "url": urls.to_numpy(),
            "events": others.to_numpy(),
            "site": site.fillna("").str.lower().to_numpy(),
            "pattern": urls.str.replace(_NUMBER, "N", regex=True).to_numpy(),
        }
    ).sort_values(["events", "url"], ascending=[False, True])
    sites = frame.groupby("site", sort=False).agg(
        events=("events", "sum"), addresses=("url", "size"), example=("url", "first")
    )
    sites = sites.sort_values("events", ascending=False, kind="stable")
    # Each site's most common pattern of address (digits as N), and how many follow it.
    patterns = frame.groupby(["site", "pattern"], sort=False).size().reset_index(name="alike")
    patterns = patterns.sort_values("alike", ascending=False, kind="stable")
    sites = sites.join(patterns.drop_duplicates("site").set_index("site"))
    for name, row in sites.head(MOST_ITEMS).iterrows():
        addresses, alike = int(row["addresses"]), int(row["alike"])
        shape = ""
        if alike > 1:
            share = "all" if alike == addresses else f"{alike:,} of them"
            shape = f", {share} like <code>{escape(str(row['pattern']))}</code>"
        items.append(
            f"<li><strong>{escape(str(name) or 'other')}</strong>: "
            f"{plural(int(row['events']), 'event')} from "
            f"{plural(addresses, 'address', 'addresses')}{shape}; "
            f"for example {_link(str(row['example']))}</li>"
        )
    head = _summary(
        f"Besides the story, the events cite {plural(len(frame), 'address', 'addresses')} "
        f"on {plural(len(sites), 'site')}, grouped here by site, the most cited first.",
        "source",
    )
    body = '<ul class="timeline-sources">\n' + "\n".join(items) + "\n</ul>"
    if len(sites) <= MOST_ITEMS:
        return head + body
    left = int(sites["events"].iloc[MOST_ITEMS:].sum())
    return head + body + _left_out(len(sites) - MOST_ITEMS, "site", left)


def files_html(written: list[Path], folder: Path) -> str:
    """Links to the files written beside the report, by their names in ``folder``."""
    names = sorted({p.resolve().relative_to(folder.resolve()).as_posix() for p in written})
    if not names:
        return "<p>No files were exported with this report.</p>"
    items = [f'<li><a href="{escape(n)}">{escape(n)}</a></li>' for n in names]
    return '<ul class="timeline-files">\n' + "\n".join(items) + "\n</ul>"
