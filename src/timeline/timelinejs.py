"""TimelineJS3 data: a case's events as Knight Lab TimelineJS slides, its text escaped as HTML."""

from __future__ import annotations

import html
import re
import urllib.parse
from typing import Any

import pandas as pd

from timeline.case import LANE_LABELS, Case
from timeline.html import escape
from timeline.text import MONTHS

__all__ = [
    "LANE_LABELS",
    "display_date",
    "resolved_words",
    "safe_url",
    "timelinejs_data",
]


# One side of an EDTF date or interval: a year (or a decade, ``201X``), then an optional
# month (13 and up: a season or quarter code) and day, then qualifiers.
_EDTF_SIDE = re.compile(r"^(?P<year>\d{3}X|\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?[?~%]*$")
_UNIT_OF_PRECISION = {
    "day": "day",
    "week": "day",
    "month": "month",
    "season": "month",
    "quarter": "month",
    "year": "year",
    "decade": "year",
}
_MONTHS = MONTHS
# TimelineJS strips markup from display dates and then sets them as HTML, so an escaped
# ``&lt;`` would come back as a tag: a written date with any of these is not shown as written.
_MARKUP_CHARS = frozenset("<>&")


def _text(value: object) -> str:
    """Escape a value for HTML element content (``&``, ``<``, ``>``)."""
    return html.escape(str(value), quote=False)


def safe_url(url: str) -> str | None:
    """Return ``url`` when it is an absolute ``http`` or ``https`` address, else ``None``.

    Only such addresses ever become links in an export; ``javascript:`` and every other
    scheme stay text.

    Examples
    --------
    >>> safe_url("https://example.com/a")
    'https://example.com/a'
    >>> safe_url("javascript:alert(1)") is None
    True
    """
    text = url
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in text):
        return None
    parts = urllib.parse.urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text


def _side_units(row: pd.Series) -> tuple[str, str]:
    """Return the calendar unit (day, month or year) of an event's start and end side."""
    fallback = _UNIT_OF_PRECISION.get(str(row["precision"]), "day")
    sides = str(row["edtf"]).split("/")
    if len(sides) == 1:
        sides = [sides[0], sides[0]]
    units: list[str] = []
    for side in sides[:2]:
        match = _EDTF_SIDE.match(side)
        if match is None:
            units.append(fallback)
        elif match["day"]:
            units.append("day")
        elif match["month"]:
            units.append("month")
        else:
            units.append("year")
    return units[0], units[1]


def _date_object(when: pd.Timestamp, unit: str) -> dict[str, int]:
    """A TimelineJS date object down to ``unit``: year, then month, then day."""
    obj = {"year": int(when.year)}
    if unit in ("month", "day"):
        obj["month"] = int(when.month)
    if unit == "day":
        obj["day"] = int(when.day)
    return obj


def _words(when: pd.Timestamp, unit: str) -> str:
    """A date in words down to ``unit``: 'January 25, 2017', 'January 2017', '2017'."""
    if unit == "day":
        return f"{_MONTHS[when.month - 1]} {when.day}, {when.year}"
    if unit == "month":
        return f"{_MONTHS[when.month - 1]} {when.year}"
    return str(when.year)


def resolved_words(row: pd.Series) -> str:
    """Say an event's resolved date in words, as precisely as it is known.

    Parameters
    ----------
    row
        A row of ``case.events``.

    Returns
    -------
    str
        'January 25, 2017', 'July 2017', 'January 2017 to October 9, 2017',
        'on or before October 9, 2017'; '(approximate)' is added to a hedged date.
    """
    start_unit, end_unit = _side_units(row)
    start, end = row["start"], row["end"]
    if bool(row["open_start"]) and pd.notna(end):
        text = f"on or before {_words(end, end_unit)}"
    elif bool(row["open_end"]) and pd.notna(start):
        text = f"on or after {_words(start, start_unit)}"
    else:
        first, last = _words(start, start_unit), _words(end, end_unit)
        text = first if first == last else f"{first} to {last}"
    if bool(row["approximate"]):
        text += " (approximate)"
    return text


def display_date(row: pd.Series) -> str:
    """The date a TimelineJS slide shows: the article's words, with the resolved date.

    Dates written as EDTF (``2017-07``, ``../2017-10-09``) are shown in words only; a
    written date holding ``<``, ``>`` or ``&`` is replaced by its resolved words.
    """
    written = " ".join(str(row["date"]).split())
    resolved = resolved_words(row)
    if not re.search(r"[^\W\dX_]", written) or _MARKUP_CHARS & set(written):
        return resolved
    if written.casefold() == resolved.casefold():
        return written
    return f"{written} ({resolved})"


def _slide_dates(row: pd.Series) -> dict[str, Any]:
    start_unit, end_unit = _side_units(row)
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


def _source_html(source: str, case: Case) -> str:
    """The event's source as escaped HTML: a link only for an http(s) address."""
    story = safe_url(case.meta.url)
    match = re.fullmatch(r"article(?: ¶(\d+))?", source)
    if match is not None:
        label = _text(case.meta.outlet)
        if match[1] is not None:
            label += f", paragraph {int(match[1])}"
        else:
            label += ", the article"
        if story is None:
            return label
        return f'<a href="{escape(story)}">{label}</a>'
    url = safe_url(source)
    if url is None:
        return _text(source)
    return f'<a href="{escape(url)}">{_text(url)}</a>'


def _event_text(row: pd.Series, case: Case) -> str:
    parts: list[str] = []
    if row["quote"]:
        parts.append(f"<blockquote>{_text(row['quote'])}</blockquote>")
    if row["actor"]:
        parts.append(f"<p><strong>Who:</strong> {_text(row['actor'])}</p>")
    if row["detail"]:
        parts.append(f"<p>{_text(row['detail'])}</p>")
    if row["date_note"]:
        parts.append(f"<p><strong>About the date:</strong> {_text(row['date_note'])}</p>")
    parts.append(f"<p><strong>Source:</strong> {_source_html(str(row['source']), case)}</p>")
    if row["status"] == "draft":
        parts.append("<p><strong>Draft:</strong> not yet checked.</p>")
    return "".join(parts)


def _title_text(case: Case) -> str:
    meta = case.meta
    credit = _text(meta.outlet)
    if meta.byline:
        credit += f", by {_text(meta.byline)}"
    when = meta.published
    credit += f", {_MONTHS[when.month - 1]} {when.day}, {when.year}"
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
    events: list[dict[str, Any]] = []
    for _, row in case.events.iterrows():
        slide: dict[str, Any] = {
            **_slide_dates(row),
            "autolink": False,
            "display_date": display_date(row),
            "group": LANE_LABELS[str(row["lane"])],
            "text": {"headline": _text(row["title"]), "text": _event_text(row, case)},
            "unique_id": str(row["id"]),
        }
        events.append(slide)
    title = {
        "autolink": False,
        "text": {"headline": _text(case.meta.title), "text": _title_text(case)},
        "unique_id": _title_id(case),
    }
    return {"events": events, "scale": "human", "title": title}
