"""The desk's page as HTML and JSON: one table of every case, sortable and filterable offline."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any

from timeline import files
from timeline.shipped import shipped_text
from timeline.vocab import LANES, STATEMENT_STATUSES

__all__ = ["desk_html", "desk_json", "write_pages"]


def _asset(name: str) -> str:
    """A script or style of the page: package data beside this module."""
    return shipped_text("timeline.report", name)


def _counts(counts: Mapping[str, Any], names: Sequence[str]) -> str:
    if not counts:
        return "–"
    return ", ".join(f"{name} {int(counts.get(name, 0))}" for name in names)


def _status_cell(entry: Mapping[str, Any]) -> str:
    if entry["status"] == "ok":
        return '<td class="desk-status desk-ok">ok</td>'
    problem = escape(str(entry.get("problem") or ""))
    return f'<td class="desk-status desk-failed"><strong>failed</strong>: {problem}</td>'


def _link_cell(entry: Mapping[str, Any]) -> str:
    report = str(entry.get("report") or "")
    if not report:
        return '<td class="desk-link">no report yet</td>'
    words = "report" if entry["status"] == "ok" else "last good report"
    return f'<td class="desk-link"><a href="{escape(report)}">{words}</a></td>'


def _row(entry: Mapping[str, Any]) -> str:
    title = escape(str(entry.get("title") or entry["id"]))
    report = str(entry.get("report") or "")
    headline = f'<a href="{escape(report)}">{title}</a>' if report else title
    outlet = escape(str(entry.get("outlet") or ""))
    if entry.get("url"):
        outlet = f'<a href="{escape(str(entry["url"]))}" rel="noopener noreferrer">{outlet}</a>'
    drafts = entry.get("drafts")
    return (
        f'<tr data-id="{escape(entry["id"])}" data-status="{escape(entry["status"])}" '
        f'data-outlet="{escape(str(entry.get("outlet") or ""))}" '
        f'data-published="{escape(str(entry.get("published") or ""))}">\n'
        f'<td class="desk-headline">{headline}'
        f'<div class="desk-id">{escape(entry["id"])}</div></td>\n'
        f"<td>{outlet}</td>\n"
        f'<td class="desk-date">{escape(str(entry.get("published_words") or ""))}</td>\n'
        f'<td class="desk-finding">{escape(str(entry.get("finding") or ""))}</td>\n'
        f"<td>{escape(_counts(entry.get('lanes') or {}, LANES))}</td>\n"
        f"<td>{escape(_counts(entry.get('statements') or {}, STATEMENT_STATUSES))}</td>\n"
        f'<td class="desk-drafts">{"–" if drafts is None else int(drafts)}</td>\n'
        f"{_status_cell(entry)}\n{_link_cell(entry)}\n</tr>"
    )


def _order(entries: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Newest first; cases without a date last; then by id."""
    by_id = sorted(entries, key=lambda e: str(e["id"]))
    return sorted(by_id, key=lambda e: str(e.get("published") or ""), reverse=True)


def _options(values: Sequence[str]) -> str:
    return "".join(f'<option value="{escape(v)}">{escape(v)}</option>' for v in values)


def desk_html(entries: Sequence[Mapping[str, Any]]) -> str:
    """The desk's page: a table of every case, newest first; controls work without network."""
    outlets = sorted({str(e.get("outlet") or "") for e in entries} - {""})
    failed = sum(1 for e in entries if e["status"] != "ok")
    rows = "\n".join(_row(e) for e in _order(entries))
    summary = f"{len(entries)} case{'s' if len(entries) != 1 else ''}, {failed} failed"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>Case reports</title>\n"
        f"<style>\n{_asset('desk.css')}</style>\n</head>\n<body>\n"
        '<main class="desk">\n<h1>Case reports</h1>\n'
        f'<p class="desk-summary" id="desk-summary">{escape(summary)}</p>\n'
        '<div class="desk-controls" id="desk-controls" hidden>\n'
        '<label>Outlet <select id="desk-outlet"><option value="">all</option>'
        f"{_options(outlets)}</select></label>\n"
        '<label>Status <select id="desk-status"><option value="">all</option>'
        '<option value="ok">ok</option><option value="failed">failed</option></select></label>\n'
        '<button type="button" id="desk-sort" data-order="newest">Date: newest first</button>\n'
        "</div>\n"
        '<table class="desk-table" id="desk-table">\n<thead><tr>'
        "<th>Headline</th><th>Outlet</th><th>Date</th><th>Finding</th><th>Events by lane</th>"
        "<th>Statements</th><th>Drafts left</th><th>Last render</th><th>Report</th>"
        f"</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>\n</main>\n"
        f"<script>\n{_asset('desk.js')}</script>\n</body>\n</html>\n"
    )


def desk_json(entries: Sequence[Mapping[str, Any]]) -> str:
    """The same list as data: one object a case, by id."""
    body = {"cases": list(entries), "format": "timeline desk 1"}
    return json.dumps(body, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def write_pages(
    out: Path, entries: Sequence[Mapping[str, Any]], html_name: str, json_name: str
) -> None:
    """Write both files atomically: the JSON first, so the page never lists more than it."""
    files.write_atomic(out / json_name, desk_json(entries))
    files.write_atomic(out / html_name, desk_html(entries))
