"""The Explorer's rows: the events a period holds, text search, dates in words, HTML and CSV."""

from __future__ import annotations

import base64
from collections.abc import Collection
from typing import Any

import pandas as pd

from timeline.case import LANE_LABELS
from timeline.web import escape, safe_url

__all__ = [
    "ROW_COLUMNS",
    "SEARCHED",
    "TABLE_LIMIT",
    "csv_link",
    "in_period",
    "matching",
    "resolved",
    "rows_frame",
    "table_html",
]

ROW_COLUMNS = [
    "id",
    "lane",
    "date",
    "resolved",
    "start",
    "end",
    "precision",
    "title",
    "actor",
    "quote",
    "source",
]
"""The columns of :meth:`timeline.explore.Explorer.selected_rows`, in order."""

TABLE_LIMIT = 200
"""The most events and links the table draws; the CSV and ``selected_rows()`` hold all."""

SEARCHED = ("title", "quote", "actor")
"""The columns the Explorer's text search looks in."""

_DAY = pd.Timedelta(days=1)


def _resolved_one(row: Any) -> str:
    from timeline.dates.wording import resolved_words

    if bool(row["open_start"]) and bool(row["open_end"]):
        return "date unknown"
    return resolved_words(row)


def resolved(events: pd.DataFrame) -> pd.Series:
    """Each event's resolved date in words, an open bound said as open.

    ``'on or before 31 January 2017'`` rather than a missing start; ``'date unknown'`` for
    an event with neither bound.
    """
    words = [_resolved_one(row) for _, row in events.iterrows()]
    return pd.Series(words, index=events.index, dtype=object)


def rows_frame(events: pd.DataFrame) -> pd.DataFrame:
    """``events`` as the Explorer lists them: :data:`ROW_COLUMNS`, with dates in words."""
    out = events.assign(resolved=resolved(events))
    out["lane"] = out["lane"].astype(str)
    return out[ROW_COLUMNS].reset_index(drop=True)


def in_period(
    events: pd.DataFrame,
    first: pd.Timestamp,
    last: pd.Timestamp,
    *,
    binned: Collection[str] = (),
) -> pd.Series:
    """Which events a period from ``first`` to ``last`` (instants) shows, by the page's rule.

    An event drawn as a mark is in the period when its mark overlaps it: from the first
    instant of its first day to the end of its last day, an unknown start reaching back
    to the chart's beginning and an unknown end on to its end (the faded part of the
    bar). An event a large case draws as a count (its id in ``binned``) is in the period
    when its anchor's first instant is, as the page's zoomed-in detail and the period
    chart count it.

    Examples
    --------
    >>> ev = pd.DataFrame({
    ...     "id": ["a", "b", "c"],
    ...     "start": pd.to_datetime(["2017-01-01", None, "2017-09-01"]),
    ...     "end": pd.to_datetime(["2017-12-31", "2017-02-01", "2017-09-01"]),
    ... })
    >>> list(in_period(ev, pd.Timestamp("2017-06-01"), pd.Timestamp("2017-06-30")))
    [True, False, False]
    >>> list(in_period(ev, pd.Timestamp("2016-01-01"), pd.Timestamp("2016-01-31")))
    [False, True, False]
    >>> list(in_period(ev, pd.Timestamp("2017-06-01"), pd.Timestamp("2017-06-30"), binned=["a"]))
    [False, False, False]
    """
    from timeline.density import anchors

    lo, hi = min(first, last), max(first, last)
    # An open start or end (NaT) reaches as far as it needs to.
    starts, ends = events["start"], events["end"] + _DAY
    overlaps = (starts.isna() | (starts <= hi)) & (ends.isna() | (ends > lo))
    if not binned:
        return overlaps.astype(bool)
    anchor = anchors(events)
    counted = events["id"].astype(str).isin(set(binned))
    return (~counted & overlaps) | (counted & (anchor >= lo) & (anchor <= hi))


def matching(events: pd.DataFrame, text: str) -> pd.Series:
    """Which events hold every word of ``text`` in their title, quote or actor (any case).

    Examples
    --------
    >>> ev = pd.DataFrame({"title": ["Sheriff tweets"], "quote": ["no"], "actor": ["LASD"]})
    >>> list(matching(ev, "lasd TWEETS")), list(matching(ev, "ice"))
    ([True], [False])
    """
    words = text.casefold().split()
    haystack = pd.Series("", index=events.index, dtype=object)
    for column in SEARCHED:
        if column in events:
            haystack = haystack + " " + events[column].fillna("").astype(str).str.casefold()
    found = pd.Series(True, index=events.index)
    for word in words:
        found &= haystack.str.contains(word, regex=False)
    return found


def _source_html(source: str) -> str:
    url = safe_url(source)
    if url is None:
        return escape(source)
    return f'<a href="{escape(url)}" target="_blank" rel="noopener noreferrer">{escape(url)}</a>'


def _detail_html(row: Any) -> str:
    """The event's full text, shown when its row is opened."""
    parts = []
    for column, label in (
        ("actor", "Who"),
        ("quote", "Quote"),
        ("detail", "Detail"),
        ("date_note", "Date note"),
    ):
        text = str(row.get(column) or "").strip()
        if text and text != "nan":
            parts.append(f"<dt>{label}</dt><dd>{escape(text)}</dd>")
    parts.append(f"<dt>Source</dt><dd>{_source_html(str(row['source']))}</dd>")
    parts.append(f"<dt>Id</dt><dd><code>{escape(row['id'])}</code></dd>")
    return "<dl>" + "".join(parts) + "</dl>"


def _events_html(events: pd.DataFrame) -> str:
    words = resolved(events)
    body = []
    for (_, row), when in zip(events.iterrows(), words, strict=True):
        lane = LANE_LABELS.get(str(row["lane"]), str(row["lane"]))
        title = (
            f'<details class="tl-explore-row"><summary>{escape(row["title"])}</summary>'
            f"{_detail_html(row)}</details>"
        )
        body.append(
            f'<tr data-id="{escape(row["id"])}"><td>{escape(row["date"])}</td>'
            f"<td>{escape(when)}</td><td>{escape(lane)}</td><td>{title}</td></tr>"
        )
    head = "<tr><th>Date as written</th><th>Resolved</th><th>Lane</th><th>Event</th></tr>"
    rows = "".join(body)
    return f'<table class="tl-explore-rows"><thead>{head}</thead><tbody>{rows}</tbody></table>'


def _links_html(links: pd.DataFrame, titles: dict[str, str], n: int) -> str:
    from timeline.chart import RELATION_LABELS

    rows = []
    for _, link in links.iterrows():
        a, b = str(link["from"]), str(link["to"])
        relation = RELATION_LABELS.get(str(link["relation"]), str(link["relation"]))
        note = str(link.get("note") or "")
        rows.append(
            f"<tr><td>{escape(titles.get(a, a))}</td><td>{escape(relation)}</td>"
            f"<td>{escape(titles.get(b, b))}</td><td>{escape(note)}</td></tr>"
        )
    head = "<tr><th>From</th><th>Relation</th><th>To</th><th>Note</th></tr>"
    return (
        f"<details><summary>{n:,} link{'s' if n != 1 else ''}</summary>"
        f'<table class="tl-explore-links"><thead>{head}</thead><tbody>{"".join(rows)}</tbody>'
        "</table></details>"
    )


def table_html(
    heading: str, events: pd.DataFrame, links: pd.DataFrame, titles: dict[str, str]
) -> str:
    """The Explorer's table: a heading, one row an event (open a row for its full text),
    and the links among them, folded; all case text escaped."""
    from timeline.explore.assets import explore_css

    more = ""
    if len(events) > TABLE_LIMIT or len(links) > TABLE_LIMIT:
        more = (
            f'<p class="tl-explore-more">The table shows the first {TABLE_LIMIT:,} events and '
            f"links; zoom in, select or search to narrow them, or take every row with "
            "“Selection to CSV”.</p>"
        )
    return (
        f"<style>{explore_css()}</style>"
        f'<div class="tl-explore"><p class="tl-explore-heading">{escape(heading)}</p>{more}'
        f'<div class="tl-explore-scroll">{_events_html(events.head(TABLE_LIMIT))}</div>'
        f"{_links_html(links.head(TABLE_LIMIT), titles, len(links))}</div>"
    )


def csv_link(rows: pd.DataFrame, name: str) -> str:
    """A link that downloads ``rows`` as a CSV file named ``name`` (a ``data:`` URL)."""
    text = rows.to_csv(index=False, date_format="%Y-%m-%d")
    payload = base64.b64encode(text.encode("utf-8")).decode("ascii")
    n = len(rows)
    return (
        f'<a download="{escape(name)}" href="data:text/csv;charset=utf-8;base64,{payload}">'
        f"Download {escape(name)} ({n:,} row{'s' if n != 1 else ''})</a>"
    )
