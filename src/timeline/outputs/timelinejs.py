"""TimelineJS: a case's events as Knight Lab TimelineJS3 slides, its text escaped as HTML."""

from __future__ import annotations

import html
from typing import Any

import pandas as pd

from timeline.case import LANE_LABELS, Case, cited_paragraph, from_article
from timeline.dates.wording import Row, day_words, display_date, side_units
from timeline.outputs.common import json_bytes
from timeline.web.escaping import escape, safe_url

__all__ = ["timelinejs_data", "write_timelinejs"]


# The columns a slide's dates are made from: events alike in these share their dates.
_DATE_COLUMNS = (
    "date",
    "edtf",
    "precision",
    "start",
    "end",
    "open_start",
    "open_end",
    "approximate",
)


def _text(value: object) -> str:
    """Escape a value for HTML element content (``&``, ``<``, ``>``)."""
    return html.escape(str(value), quote=False)


def _date_object(when: pd.Timestamp, unit: str) -> dict[str, int]:
    """A TimelineJS date object down to ``unit``: year, then month, then day."""
    obj = {"year": int(when.year)}
    if unit in ("month", "day"):
        obj["month"] = int(when.month)
    if unit == "day":
        obj["day"] = int(when.day)
    return obj


def _slide_dates(row: Row) -> dict[str, Any]:
    start_unit, end_unit = side_units(row)
    start, end = row["start"], row["end"]
    if bool(row["open_start"]) or pd.isna(start):
        # TimelineJS needs a start date: an "on or before" event sits at its known bound.
        return {"start_date": _date_object(end, end_unit)}
    first = _date_object(start, start_unit)
    if bool(row["open_end"]) or pd.isna(end):
        return {"start_date": first}
    last = _date_object(end, end_unit)
    if last == first:
        return {"start_date": first}
    return {"start_date": first, "end_date": last}


class _SourceLinks:
    """Events' sources as escaped HTML: a link only for an http(s) address.

    The story's address is checked once for a case, not once an event.
    """

    def __init__(self, case: Case) -> None:
        self.outlet = _text(case.meta.outlet)
        self.story = safe_url(case.meta.url)

    def html(self, source: str) -> str:
        if from_article(source):
            para = cited_paragraph(source)
            label = self.outlet
            label += ", the article" if para is None else f", paragraph {para}"
            if self.story is None:
                return label
            return f'<a href="{escape(self.story)}">{label}</a>'
        url = safe_url(source)
        if url is None:
            return _text(source)
        return f'<a href="{escape(url)}">{_text(url)}</a>'


def _slide_text(row: Row, sources: _SourceLinks) -> str:
    """A slide's ``text.text``: quote, actor, detail, date note, source and draft flag."""
    parts: list[str] = []
    if row["quote"]:
        parts.append(f"<blockquote>{_text(row['quote'])}</blockquote>")
    if row["actor"]:
        parts.append(f"<p><strong>Who:</strong> {_text(row['actor'])}</p>")
    if row["detail"]:
        parts.append(f"<p>{_text(row['detail'])}</p>")
    if row["date_note"]:
        parts.append(f"<p><strong>About the date:</strong> {_text(row['date_note'])}</p>")
    parts.append(f"<p><strong>Source:</strong> {sources.html(str(row['source']))}</p>")
    if row["status"] == "draft":
        parts.append("<p><strong>Draft:</strong> not yet checked.</p>")
    return "".join(parts)


def _records(frame: pd.DataFrame, columns: tuple[str, ...]) -> list[dict[str, Any]]:
    """The rows of ``frame`` as dictionaries of ``columns``, built column by column."""
    values = [frame[c].astype(object).tolist() for c in columns]
    return [dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True)]


_TEXT_COLUMNS = ("quote", "actor", "detail", "date_note", "source", "status")


def _dates_by_row(events: pd.DataFrame) -> list[dict[str, Any]]:
    """Each event's ``start_date``, ``end_date`` and ``display_date``, in the events' order.

    They depend on the date columns alone, so each distinct combination is worked out once
    and copied to each event that has it.
    """
    if events.empty:
        return []
    columns = list(_DATE_COLUMNS)
    codes = events.groupby(columns, sort=False, dropna=False).ngroup()
    firsts = events.loc[~codes.duplicated(), columns]
    firsts = firsts.assign(_code=codes[firsts.index]).sort_values("_code")
    answers = [
        {**_slide_dates(row), "display_date": display_date(row)}
        for row in _records(firsts, _DATE_COLUMNS)
    ]
    return [_copied(answers[code]) for code in codes.tolist()]


def _copied(value: dict[str, Any]) -> dict[str, Any]:
    """A copy of a slide's dates, down to the date objects."""
    return {k: dict(v) if isinstance(v, dict) else v for k, v in value.items()}


def _title_text(case: Case) -> str:
    meta = case.meta
    credit = _text(meta.outlet)
    if meta.byline:
        credit += f", by {_text(meta.byline)}"
    credit += f", {day_words(meta.published)}"
    parts = [f"<p>{credit}.</p>"]
    story = safe_url(meta.url)
    if story is not None:
        parts.append(f'<p><a href="{escape(story)}">Read the story</a></p>')
    parts.append(
        "<p>What officials said in public, next to what was happening behind the scenes. "
        "Every event names its source.</p>"
    )
    return "".join(parts)


def _title_id(case: Case) -> str:
    used = set(case.events["id"])
    candidate, n = f"{case.id}-title", 1
    while candidate in used:
        candidate, n = f"{case.id}-title-{n}", n + 1
    return candidate


def timelinejs_data(case: Case) -> dict[str, Any]:
    """Return a case as TimelineJS3 JSON data (Knight Lab's format).

    A title slide for the story, then one slide per event in the case's order, each with
    ``start_date`` (and ``end_date`` for a span) down to the event's precision, a
    ``display_date`` in the article's words, the lane as ``group``, the title as
    ``text.headline``, the quote, actor, detail, date note and source as ``text.text``,
    and the event id as ``unique_id``.

    TimelineJS renders ``text`` as HTML, so every value from the case is HTML-escaped and
    only ``http``/``https`` sources become links. ``autolink`` is off, so no other text
    turns into a link. An "on or before" event (no known start) starts at its known end,
    and its ``display_date`` says "on or before".

    Parameters
    ----------
    case
        A loaded case.

    Returns
    -------
    dict
        ``{"title": ..., "events": [...], "scale": "human"}``, ready for ``json.dumps``
        and for ``new TL.Timeline(element, data)``.
    """
    sources = _SourceLinks(case)
    frame = case.events
    dates = _dates_by_row(frame)
    records = _records(frame, ("id", "lane", "title", *_TEXT_COLUMNS))
    events: list[dict[str, Any]] = []
    for when, row in zip(dates, records, strict=True):
        slide: dict[str, Any] = {
            **when,
            "autolink": False,
            "group": LANE_LABELS[str(row["lane"])],
            "text": {"headline": _text(row["title"]), "text": _slide_text(row, sources)},
            "unique_id": str(row["id"]),
        }
        events.append(slide)
    title = {
        "autolink": False,
        "text": {"headline": _text(case.meta.title), "text": _title_text(case)},
        "unique_id": _title_id(case),
    }
    return {"events": events, "scale": "human", "title": title}


def write_timelinejs(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    """The ``timelinejs`` format: ``timelinejs.json``, the data of :func:`timelinejs_data`."""
    return {"timelinejs.json": json_bytes(timelinejs_data(case))}
