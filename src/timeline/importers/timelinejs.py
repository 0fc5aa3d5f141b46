"""Reading TimelineJS: its JSON data or a CSV saved from its Google Sheets template."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from timeline.errors import CaseError, Problem, show_value

__all__ = ["TEMPLATE_COLUMNS", "Slide", "Source", "plain_text", "read_source"]

TEMPLATE_COLUMNS: tuple[str, ...] = (
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
)
"""The columns of TimelineJS's Google Sheets template, in its order."""

MOST_BYTES = 20_000_000
"""The largest source file read."""

FIRST_YEAR, LAST_YEAR = 1678, 2261
"""The years a case's dates may fall in (see the README's limits)."""

Parts = tuple[int, ...]
"""A date as TimelineJS gives it: (year,), (year, month) or (year, month, day)."""


@dataclass(frozen=True)
class Slide:
    """One TimelineJS slide, its text still as TimelineJS holds it (HTML).

    ``where`` names the slide for messages: ``line 4`` of a CSV, ``events[2]`` of JSON.
    """

    where: str
    line: int | None
    headline: str
    text: str
    start: Parts | None
    end: Parts | None
    time: str
    display_date: str
    media: str
    group: str
    unique_id: str


@dataclass(frozen=True)
class Source:
    """A whole TimelineJS timeline: its title slide (if any) and its event slides."""

    title: Slide | None
    slides: tuple[Slide, ...]
    skipped: int = 0


class _Text(HTMLParser):
    """Collect an HTML fragment's text; drop tags, comments, scripts and styles."""

    _BLOCKS = frozenset({"p", "br", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.hidden = max(0, self.hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
"""White space as HTML has it: runs of these show as one space (U+2028 is text)."""


def plain_text(fragment: str) -> str:
    """The text of an HTML fragment: tags stripped, entities decoded, white space collapsed.

    Examples
    --------
    >>> plain_text("<p>Tom &amp; <b>Jerry</b></p><script>alert(1)</script>&lt;b&gt;")
    'Tom & Jerry <b>'
    """
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    return _HTML_SPACE.sub(" ", "".join(parser.parts)).strip(" ")


def _read(path: Path) -> str:
    try:
        if path.stat().st_size > MOST_BYTES:
            raise CaseError(str(path), [Problem(str(path), f"at most {MOST_BYTES} bytes")])
        raw = path.read_bytes()
    except OSError as exc:
        raise CaseError(
            str(path), [Problem(str(path), f"a readable file ({exc.strerror or exc})")]
        ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problem = Problem(str(path), f"UTF-8 text (byte {exc.start} is not)")
        raise CaseError(str(path), [problem]) from None


def read_source(path: Path) -> Source:
    """Read a TimelineJS JSON file or a CSV saved from the Google Sheets template.

    Raises
    ------
    CaseError
        With every problem found: a file that is neither, unknown columns, a slide without
        a headline, a date that does not exist (month 13, 30 February).
    """
    text = _read(path)
    label = str(path)
    if text.lstrip().startswith(("{", "[")):
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise CaseError(label, [Problem(label, f"TimelineJS JSON ({exc})")]) from None
        return _from_json(label, data)
    return _from_csv(label, text)


def _number(
    value: object, field: str, line: int | None, problems: list[Problem], file: str
) -> int | None:
    """A whole number given as a number or as digits; blank is None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and value.strip().lstrip("-").isdigit():
        number = int(value.strip())
    else:
        number = None
    if number is None:
        problems.append(Problem(file, "a whole number", line, field, show_value(value)))
    return number


def _date(
    values: tuple[object, object, object],
    names: tuple[str, str, str],
    line: int | None,
    problems: list[Problem],
    file: str,
) -> Parts | None:
    """A date from its year, month and day fields, down to the last one given."""
    before = len(problems)
    y, m, d = (_number(v, n, line, problems, file) for v, n in zip(values, names, strict=True))
    if len(problems) > before:
        return None
    if y is None:
        if m is not None or d is not None:
            problems.append(Problem(file, "a year with the month and day", line, names[0]))
        return None
    if not FIRST_YEAR <= y <= LAST_YEAR:
        problems.append(
            Problem(file, f"a year from {FIRST_YEAR} to {LAST_YEAR}", line, names[0], str(y))
        )
        return None
    if m is None:
        if d is not None:
            problems.append(Problem(file, "a month with the day", line, names[1]))
            return None
        return (y,)
    if not 1 <= m <= 12:
        problems.append(Problem(file, "a month from 1 to 12", line, names[1], str(m)))
        return None
    if d is None:
        return (y, m)
    try:
        dt.date(y, m, d)
    except ValueError:
        problems.append(Problem(file, f"a day that month {y}-{m:02d} has", line, names[2], str(d)))
        return None
    return (y, m, d)


def _check_headline(slide: Slide, field: str, problems: list[Problem], file: str) -> None:
    if not plain_text(slide.headline):
        problems.append(Problem(file, "a headline (the event's title)", slide.line, field))


def _cell(row: dict[str, str], name: str) -> str:
    return (row.get(name) or "").strip()


def _from_csv(label: str, text: str) -> Source:
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as exc:
        problem = Problem(label, f"CSV from the TimelineJS template ({exc})")
        raise CaseError(label, [problem]) from None
    header = [h.strip() for h in rows[0]] if rows else []
    known = {c.casefold(): c for c in TEMPLATE_COLUMNS}
    if not header or not {"year", "headline"} <= {h.casefold() for h in header}:
        raise CaseError(label, [_neither(label)])
    problems = [
        Problem(label, "a column of the TimelineJS template", 1, name, name)
        for name in header
        if name.casefold() not in known and name
    ]
    names = [known.get(h.casefold(), h) for h in header]
    slides: list[Slide] = []
    title: Slide | None = None
    skipped = 0
    for n, cells in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        row = dict(zip(names, cells, strict=False))
        kind = _cell(row, "Type").casefold()
        if kind == "era":
            skipped += 1
            continue
        slide = _csv_slide(row, n, label, problems, kind == "title")
        if kind == "title":
            title = slide
        else:
            _check_headline(slide, "Headline", problems, label)
            slides.append(slide)
    if problems:
        raise CaseError(label, problems)
    return Source(title, tuple(slides), skipped)


def _csv_slide(
    row: dict[str, str], line: int, file: str, problems: list[Problem], is_title: bool
) -> Slide:
    start = end = None
    if not is_title:
        start = _date(
            (row.get("Year"), row.get("Month"), row.get("Day")),
            ("Year", "Month", "Day"),
            line,
            problems,
            file,
        )
        if start is None and not _cell(row, "Year"):
            problems.append(Problem(file, "a year (every event needs a date)", line, "Year"))
        end = _date(
            (row.get("End Year"), row.get("End Month"), row.get("End Day")),
            ("End Year", "End Month", "End Day"),
            line,
            problems,
            file,
        )
    return Slide(
        where=f"line {line}",
        line=line,
        headline=_cell(row, "Headline"),
        text=_cell(row, "Text"),
        start=start,
        end=end,
        time=_cell(row, "Time"),
        display_date=_cell(row, "Display Date"),
        media=_cell(row, "Media"),
        group=_cell(row, "Group"),
        unique_id="",
    )


def _neither(label: str) -> Problem:
    return Problem(
        label,
        "TimelineJS JSON (an object with an 'events' list) or a CSV saved from the "
        "TimelineJS Google Sheets template (a header row with Year, Headline and the "
        "template's other columns)",
    )


def _field(obj: object, *keys: str) -> Any:
    for key in keys:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def _text_field(obj: object, *keys: str) -> str:
    value = _field(obj, *keys)
    return value.strip() if isinstance(value, str) else ""


def _json_date(
    slide: object, key: str, where: str, problems: list[Problem], file: str
) -> Parts | None:
    value = _field(slide, key)
    if value is None:
        return None
    if not isinstance(value, dict):
        problems.append(Problem(file, "a date object {year, month, day}", None, f"{where}.{key}"))
        return None
    names = tuple(f"{where}.{key}.{p}" for p in ("year", "month", "day"))
    values = (value.get("year"), value.get("month"), value.get("day"))
    return _date(values, names, None, problems, file)  # type: ignore[arg-type]


def _from_json(label: str, data: object) -> Source:
    events = _field(data, "events")
    if not isinstance(events, list):
        raise CaseError(label, [_neither(label)])
    problems: list[Problem] = []
    slides: list[Slide] = []
    for n, raw in enumerate(events):
        where = f"events[{n}]"
        if not isinstance(raw, dict):
            problems.append(Problem(label, "a slide (a JSON object)", None, where))
            continue
        start = _json_date(raw, "start_date", where, problems, label)
        if start is None and raw.get("start_date") is None:
            problems.append(Problem(label, "a start_date", None, f"{where}.start_date"))
        slide = _json_slide(raw, where, start, _json_date(raw, "end_date", where, problems, label))
        _check_headline(slide, f"{where}.text.headline", problems, label)
        slides.append(slide)
    title_data = _field(data, "title")
    title = _json_slide(title_data, "title", None, None) if isinstance(title_data, dict) else None
    if problems:
        raise CaseError(label, problems)
    return Source(title, tuple(slides))


def _json_slide(raw: object, where: str, start: Parts | None, end: Parts | None) -> Slide:
    unique = _field(raw, "unique_id")
    return Slide(
        where=where,
        line=None,
        headline=_text_field(raw, "text", "headline"),
        text=_text_field(raw, "text", "text"),
        start=start,
        end=end,
        time=_text_field(raw, "start_date", "display_time"),
        display_date=_text_field(raw, "display_date"),
        media=_text_field(raw, "media", "url"),
        group=_text_field(raw, "group"),
        unique_id=unique.strip() if isinstance(unique, str) else "",
    )
