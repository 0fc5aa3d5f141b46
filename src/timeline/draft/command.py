"""``timeline draft``: check the options, draft the article, write the case, say what it holds."""

from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path
from typing import Final
from urllib.parse import urlparse

from timeline import case
from timeline.dates import parse_published
from timeline.draft.events import draft
from timeline.draft.model import Draft
from timeline.draft.slugs import slug_for
from timeline.errors import CaseError
from timeline.exitcode import ExitCode
from timeline.text import first_line, plural
from timeline.vocab import SLUG
from timeline.web.escaping import safe_url

__all__ = ["ARTICLE_NAME", "DraftError", "draft_case", "draft_command", "write_case"]

ARTICLE_NAME: Final = "article.txt"
"""File name the article is copied to in a drafted case folder."""


class DraftError(ValueError):
    """A user mistake that stops a draft: a file, a value and what was expected."""


_COMMENT: Final = (
    "A draft case written by `timeline draft`: every event in events.csv has status\n"
    "'draft'. Check each row against the article, edit it, then set status to 'checked'."
)
"""The note at the top of a drafted ``case.yml``."""


def _one_line(row: dict[str, str]) -> dict[str, str]:
    """A CSV row with each value's white space (line breaks too) collapsed to single spaces."""
    return {k: " ".join(v.split()) for k, v in row.items()}


def write_case(
    result: Draft,
    out: Path,
    *,
    article_bytes: bytes,
    outlet: str,
    url: str,
    byline: str | None = None,
) -> None:
    """Write a drafted case folder: ``case.yml``, the article, ``events.csv`` and ``links.csv``.

    The files are written by :func:`timeline.case.write_case`; the article byte for byte
    as given. ``out`` must not exist or be empty.

    Parameters
    ----------
    result : Draft
        The draft.
    out : Path
        The case folder; a folder name that is not a slug gets an ``id`` in ``case.yml``.
    article_bytes : bytes
        The article file's bytes.
    outlet, url : str
        The publication and the story's address.
    byline : str or None
        The reporters.
    """
    meta: dict[str, object] = {"title": result.title, "outlet": outlet}
    if byline:
        meta["byline"] = byline
    meta["url"] = url
    meta["published"] = result.published
    meta["article"] = ARTICLE_NAME
    if not re.fullmatch(SLUG, out.name):
        meta["id"] = slug_for(out.name, set()) if slug_for(out.name, set()) != "event" else "draft"
    case.write_case(
        out,
        meta,
        article_bytes,
        (_one_line(e.row()) for e in result.events),
        (_one_line(link.row()) for link in result.links),
        comment=_COMMENT,
    )


def _looks_like_prose(headline: str) -> bool:
    """Whether a first line is more likely a paragraph than a headline."""
    return len(headline) > 160 or (headline.endswith((".", ".”", '."')) and len(headline) > 90)


def _check_url(url: str | None) -> str:
    if url is None or not url.strip():
        raise DraftError(
            "--url is required: the story's web address (http:// or https://), which "
            "case.yml records as the source of every 'article' event"
        )
    url = url.strip()
    if safe_url(url) is None:
        raise DraftError(f"--url {url!r}: expected an http:// or https:// address")
    return url


def _default_outlet(url: str) -> str:
    host = urlparse(url).hostname or url
    return host.removeprefix("www.")


def draft_case(
    article: Path,
    *,
    published: str | datetime.date,
    out: Path,
    url: str | None,
    outlet: str | None = None,
    title: str | None = None,
    byline: str | None = None,
) -> Draft:
    """Draft a case folder from an article file and check that it loads.

    Parameters
    ----------
    article : Path
        The article, a UTF-8 text file; copied unchanged to ``out/article.txt``.
    published : str or datetime.date
        The publication date, ``YYYY-MM-DD``.
    out : Path
        The case folder to write; it must not exist or be empty.
    url : str or None
        The story's address (http or https). Required.
    outlet : str or None
        The publication; by default the URL's host name without ``www.``.
    title : str or None
        The headline; by default the article's first non-blank line.
    byline : str or None
        The reporters.

    Returns
    -------
    Draft

    Raises
    ------
    DraftError
        For a user mistake: a missing or unreadable article, a bad date or URL, an
        occupied ``out`` folder.
    CaseError
        If the written case does not validate (a bug: please report it).
    """
    url = _check_url(url)
    try:
        pub = parse_published(published)
    except ValueError:
        raise DraftError(
            f"--published {str(published)!r}: expected a date written YYYY-MM-DD"
        ) from None
    assert pub is not None
    if out.exists() and not out.is_dir():
        raise DraftError(f"{out}: expected a folder for the new case, found a file")
    if out.is_dir() and any(out.iterdir()):
        raise DraftError(
            f"{out}: expected a new or empty folder; it already holds files "
            "(choose another --out, or move them away first)"
        )
    try:
        raw = article.read_bytes()
    except OSError as exc:
        raise DraftError(f"{article}: cannot read the article: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DraftError(
            f"{article}: expected UTF-8 text (byte {exc.start} is not); save it as UTF-8"
        ) from None
    if not text.strip():
        raise DraftError(f"{article}: expected the article's text; the file is empty")
    headline = " ".join(title.split()) if title and title.strip() else first_line(text)
    result = draft(text, pub, title=headline)
    if not result.events:
        raise DraftError(
            f"{article}: expected a news story; none of its "
            f"{plural(len(result.sentences), 'sentence')} "
            "carries an event (what someone said, did, found or admitted), so no case was written"
        )
    try:
        write_case(
            result,
            out,
            article_bytes=raw,
            outlet=(outlet or "").strip() or _default_outlet(url),
            url=url,
            byline=(byline or "").strip() or None,
        )
    except OSError as exc:
        raise DraftError(f"{out}: cannot write the case: {exc.strerror or exc}") from None
    case.load_case(out)
    return result


def draft_command(
    article: Path,
    *,
    published: str,
    out: Path,
    outlet: str | None,
    url: str | None,
    title: str | None,
    byline: str | None,
) -> int:
    """Run ``timeline draft``: write a draft case and say what is in it.

    Returns
    -------
    int
        0 when the case was written and validates; 2 for a user mistake (the message
        names the file or value and what was expected); 1 if the written case does not
        validate.
    """
    try:
        result = draft_case(
            article,
            published=published,
            out=out,
            url=url,
            outlet=outlet,
            title=title,
            byline=byline,
        )
    except DraftError as exc:
        print(f"timeline draft: {exc}", file=sys.stderr)
        return ExitCode.BAD_INPUT
    except CaseError as exc:
        print(exc.report(), file=sys.stderr)
        print("timeline draft: the drafted case does not validate (a bug)", file=sys.stderr)
        return ExitCode.FAILED
    if not (title and title.strip()) and _looks_like_prose(result.title):
        print(
            "timeline draft: note: the first line was taken as the headline, but it reads like "
            "a paragraph; if the file has no headline, run again with --title",
            file=sys.stderr,
        )
    lanes: dict[str, int] = {}
    for event in result.events:
        lanes[event.lane] = lanes.get(event.lane, 0) + 1
    lane_text = ", ".join(f"{lane} {n}" for lane, n in lanes.items())
    print(
        f"{out}: drafted {plural(len(result.events), 'event')} ({lane_text}) and "
        f"{plural(len(result.links), 'link')} from {plural(len(result.sentences), 'sentence')}; "
        f"{plural(len(result.skipped), 'sentence')} carried no event."
    )
    print(
        "Every event has status 'draft': check each row against the article, then set "
        f"status to 'checked'. Next: timeline validate {out}"
    )
    return ExitCode.OK
