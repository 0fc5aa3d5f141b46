"""``timeline import timelinejs``: a TimelineJS timeline as a new case of draft events."""

from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from timeline.errors import CaseError, Problem
from timeline.exitcode import ExitCode
from timeline.importers.timelinejs import FIRST_YEAR, LAST_YEAR, Parts, Slide, plain_text
from timeline.importers.timelinejs import read_source as read_source
from timeline.text import plural
from timeline.vocab import LANE_LABELS, LANES, SLUG, SOURCE_RE

__all__ = [
    "Imported",
    "OptionError",
    "import_rows",
    "import_timelinejs",
    "lane_map",
    "timelinejs_command",
]


class OptionError(Exception):
    """A user's mistake in the command's options; the message says what to change."""


@dataclass
class Imported:
    """What an import made: the case's rows, its title and the groups put in ``context``."""

    title: str
    rows: list[dict[str, str]]
    unmapped: dict[str, int] = field(default_factory=dict)


def lane_map(options: Sequence[str]) -> dict[str, str]:
    """Turn ``GROUP=LANE`` options into a map of folded group names to lanes.

    A group named like a lane (``practice``) or like its label in the project's own
    export ("What officials said") maps to that lane unless an option says otherwise.

    Raises
    ------
    OptionError
        For an option without ``=`` or with a lane that is not one of the four.
    """
    mapping = {_fold(lane): lane for lane in LANES}
    mapping.update({_fold(label): lane for lane, label in LANE_LABELS.items()})
    for option in options:
        group, sep, lane = option.partition("=")
        lane = lane.strip()
        if not sep or not group.strip():
            raise OptionError(f"--lane {option!r}: expected GROUP=LANE, like 'Police=practice'")
        if lane not in LANES:
            raise OptionError(f"--lane {option!r}: expected a lane, one of {', '.join(LANES)}")
        mapping[_fold(group)] = lane
    return mapping


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _iso(parts: Parts) -> str:
    return "-".join([f"{parts[0]:04d}", *(f"{p:02d}" for p in parts[1:])])


def _date(slide: Slide, shown: str) -> str:
    """The slide's date as ISO/EDTF, as precise as its fields; an end date makes an interval.

    A single date whose display date says "on or before" (or "on or after"), as the
    project's own export writes an open-ended date, becomes an open interval again.
    """
    assert slide.start is not None
    start = _iso(slide.start)
    end = _iso(slide.end) if slide.end is not None else start
    if end != start:
        return f"{start}/{end}"
    words = shown.casefold()
    if "on or before" in words:
        return f"../{start}"
    if "on or after" in words:
        return f"{start}/.."
    return start


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        if len(slug) + len(word) > 50:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or "event"


def _unique(wanted: str, used: set[str]) -> str:
    candidate, n = wanted, 2
    while candidate in used:
        candidate, n = f"{wanted}-{n}", n + 1
    used.add(candidate)
    return candidate


def _source(media: str) -> str:
    url = media.strip()
    if urlparse(url).scheme.lower() in ("http", "https") and SOURCE_RE.fullmatch(url):
        return url
    return "article"


def _end_before_start(slide: Slide) -> bool:
    if slide.start is None or slide.end is None:
        return False
    n = min(len(slide.start), len(slide.end))
    return slide.end[:n] < slide.start[:n]


def import_rows(
    slides: Sequence[Slide], lanes: Mapping[str, str], label: str
) -> tuple[list[dict[str, str]], dict[str, int]]:
    """``events.csv`` rows for ``slides``, every one a draft; and the unmapped groups' counts.

    Raises
    ------
    CaseError
        When a slide's end date comes before its start.
    """
    problems = [
        Problem(label, "an end date on or after the start", s.line, s.where, _iso(s.end))
        for s in slides
        if _end_before_start(s) and s.end is not None
    ]
    if problems:
        raise CaseError(label, problems)
    used: set[str] = set()
    rows: list[dict[str, str]] = []
    unmapped: dict[str, int] = {}
    for slide in slides:
        title = plain_text(slide.headline)
        given = slide.unique_id
        wanted = given if re.fullmatch(SLUG, given) else _slug(title)
        shown = plain_text(slide.display_date)
        note = shown + (f" (at {slide.time})" if slide.time else "")
        detail = plain_text(slide.text)
        lane = lanes.get(_fold(slide.group))
        if lane is None:
            group = " ".join(slide.group.split()) or "(none)"
            unmapped[group] = unmapped.get(group, 0) + 1
            lane = "context"
            extra = f"TimelineJS group {group!r}, put in context: no --lane mapping."
            detail = f"{detail} ({extra})" if detail else extra
        rows.append(
            {
                "id": _unique(wanted, used),
                "lane": lane,
                "date": _date(slide, shown),
                "title": title,
                "source": _source(slide.media),
                "detail": detail,
                "date_note": note,
                "status": "draft",
            }
        )
    return rows, unmapped


def _published(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise OptionError(f"--published {text!r}: expected a date written YYYY-MM-DD") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR or not re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        raise OptionError(
            f"--published {text!r}: expected a date YYYY-MM-DD from {FIRST_YEAR} to {LAST_YEAR}"
        )
    return day


def _article(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise OptionError(f"{path}: cannot read the article: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise OptionError(f"{path}: expected UTF-8 text (byte {exc.start} is not)") from None
    if not text.strip():
        raise OptionError(f"{path}: expected the article's text; the file is empty")
    return raw


def _host(url: str) -> str:
    return (urlparse(url.strip()).hostname or url).removeprefix("www.")


def _check_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise OptionError(f"{out}: expected a folder for the new case, found a file")
    if out.is_dir() and any(out.iterdir()):
        raise OptionError(f"{out}: expected a new or empty folder; it already holds files")


def import_timelinejs(
    source: Path,
    *,
    article: Path,
    published: str,
    url: str,
    out: Path,
    lanes: Sequence[str] = (),
    title: str | None = None,
    outlet: str | None = None,
) -> Imported:
    """Write a case folder from a TimelineJS JSON file or Google Sheets CSV, and load it.

    Raises
    ------
    OptionError
        For a mistake in the options (a date, an address, an occupied folder, no title).
    CaseError
        For problems in the source (every one at once), or when the written case does not
        load (a bug).
    """
    from timeline.case import load_case, write_case

    mapping = lane_map(lanes)
    day = _published(published)
    if urlparse(url.strip()).scheme.lower() not in ("http", "https"):
        raise OptionError(f"--url {url!r}: expected an http:// or https:// address")
    raw = _article(article)
    _check_out(out)
    found = read_source(source)
    if not found.slides:
        raise OptionError(f"{source}: expected at least one event slide; it has none")
    rows, unmapped = import_rows(found.slides, mapping, str(source))
    name = " ".join((title or "").split()) or (
        plain_text(found.title.headline) if found.title else ""
    )
    if not name:
        raise OptionError(f"{source}: it has no title slide with a headline; give --title")
    meta = {
        "title": name,
        "outlet": (outlet or "").strip() or _host(url),
        "url": url.strip(),
        "published": day.isoformat(),
        "article": "article.txt",
    }
    comment = (
        f"Imported from TimelineJS ({source.name}). Every event is a draft: check each row\n"
        "against the article, then set its status to 'checked'."
    )
    write_case(out, meta, raw, rows, [], comment=comment)
    load_case(out)
    return Imported(name, rows, unmapped)


def timelinejs_command(
    source: Path,
    *,
    article: Path,
    published: str,
    url: str,
    out: Path,
    lanes: Sequence[str] = (),
    title: str | None = None,
    outlet: str | None = None,
) -> int:
    """Run ``timeline import timelinejs``; print what was written and what to do next."""
    try:
        made = import_timelinejs(
            source,
            article=article,
            published=published,
            url=url,
            out=out,
            lanes=lanes,
            title=title,
            outlet=outlet,
        )
    except OptionError as exc:
        print(f"timeline import: {exc}", file=sys.stderr)
        return ExitCode.BAD_INPUT
    except CaseError as exc:
        print(exc.report(), file=sys.stderr)
        if exc.case == str(source):
            return ExitCode.BAD_INPUT
        print("timeline import: the imported case does not validate (a bug)", file=sys.stderr)
        return ExitCode.FAILED
    except OSError as exc:
        print(
            f"timeline import: cannot write {exc.filename or out}: {exc.strerror}", file=sys.stderr
        )
        return ExitCode.FAILED
    counts: dict[str, int] = {}
    for row in made.rows:
        counts[row["lane"]] = counts.get(row["lane"], 0) + 1
    lanes_text = ", ".join(f"{lane} {counts[lane]}" for lane in LANES if lane in counts)
    print(f"{out}: imported {plural(len(made.rows), 'event')} ({lanes_text or 'none'}).")
    for group, n in sorted(made.unmapped.items()):
        print(
            f"note: group {group!r} ({plural(n, 'row')}) has no --lane mapping; its rows are "
            f"in lane context (map it with --lane '{group}=practice' or another lane)",
            file=sys.stderr,
        )
    print(
        "Every event has status 'draft': check each row against the article, then set "
        f"status to 'checked'. Next: timeline preview {out}"
    )
    return ExitCode.OK
