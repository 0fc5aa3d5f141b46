"""The desk's page: ``DIR/index.html`` and ``DIR/index.json``, every case report in ``DIR``.

Written at the end of every ``timeline report`` run. Each case gets its headline,
outlet, date, finding, counts by lane and by statement status, draft rows left, how its
last render went (ok, or failed with its first problem) and a link to its report: for a
failed case, the last good one, when there is one.

The cards come from the cases (:mod:`timeline.report.cards`, in a child process, since
this command never imports pandas). A card is kept in ``index.json`` with the digest of
the inputs its report was made from, so an unchanged batch reuses every card and writes
the same bytes again.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from timeline import files, paths
from timeline.report import inputs
from timeline.report.cards import notebook_card
from timeline.report.deskpage import write_pages
from timeline.vocab import SLUG

__all__ = ["INDEX_HTML", "INDEX_JSON", "desk_entries", "write_desk"]

INDEX_HTML = "index.html"
INDEX_JSON = "index.json"
_CARD_FIELDS: dict[str, Any] = {
    "title": "",
    "outlet": "",
    "published": "",
    "published_words": "",
    "url": "",
    "finding": "",
    "events": None,
    "lanes": {},
    "statements": {},
    "drafts": None,
}
_CARD_TIMEOUT = 300.0


class Result(Protocol):
    """What the desk needs of a case's render (:class:`~timeline.report.RenderResult`)."""

    @property
    def case(self) -> str: ...
    @property
    def case_dir(self) -> str: ...
    @property
    def ok(self) -> bool: ...
    @property
    def message(self) -> str: ...
    @property
    def output(self) -> Path | None: ...


def _digest(folder: Path) -> str:
    """The digest of the inputs the report in ``folder`` was made from ('' if unknown)."""
    record = _fingerprint(folder)
    if not isinstance(record, dict) or "inputs" not in record:
        return ""
    text = json.dumps(record["inputs"], sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def _fingerprint(folder: Path) -> Any:
    try:
        return json.loads((folder / inputs.FINGERPRINT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _made_from_dir(folder: Path) -> str | None:
    """The case folder a report was made from, as its fingerprint records it."""
    record = _fingerprint(folder)
    try:
        given = record["inputs"]["parameters"]["case_dir"]
    except (TypeError, KeyError):
        return None
    if not isinstance(given, str) or not given:
        return None
    path = Path(given) if os.path.isabs(given) else paths.ROOT / given
    return str(path) if (path / "case.yml").is_file() else None


def _page_title(folder: Path) -> str:
    """The ``<title>`` of a report page, for a report with nothing else to go on."""
    try:
        head = (folder / INDEX_HTML).read_text(encoding="utf-8", errors="replace")[:20000]
    except OSError:
        return ""
    found = re.search(r"<title>(.*?)</title>", head, re.S | re.I)
    return html.unescape(" ".join(found.group(1).split())) if found else ""


def _previous(out: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads((out / INDEX_JSON).read_text(encoding="utf-8"))
        return {str(e["id"]): dict(e) for e in data["cases"] if isinstance(e, dict)}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _reports(out: Path) -> dict[str, Path]:
    """Each case report folder in ``out`` (a slug-named folder holding ``index.html``)."""
    try:
        found = sorted(out.iterdir())
    except OSError:
        return {}
    return {
        p.name: p
        for p in found
        if re.fullmatch(SLUG, p.name) and p.is_dir() and (p / INDEX_HTML).is_file()
    }


def _first_problem(message: str) -> str:
    lines = [line for line in message.splitlines() if line.strip()]
    for line in lines[1:]:
        if line.startswith("  - "):
            return line[4:]
    return lines[0] if lines else "failed"


def _entry(case_id: str, card: Mapping[str, Any], **state: Any) -> dict[str, Any]:
    entry = {"id": case_id}
    entry.update({k: card.get(k, default) for k, default in _CARD_FIELDS.items()})
    entry.update({"status": "ok", "problem": "", "report": "", "made_from": ""})
    entry.update(state)
    return entry


def _failed_id(result: Result) -> str:
    found = inputs.case_identity(Path(result.case_dir))
    return found[0] if found else result.case


def desk_entries(out: Path, results: Iterable[Result], compute: Any = None) -> list[dict[str, Any]]:
    """Every case report in ``out``, and every case of ``results``, as the desk lists them.

    Parameters
    ----------
    out
        The reports folder.
    results
        This run's results.
    compute
        A function from case folders to their cards (default: :func:`_cards_in_child`).
    """
    prev = _previous(out)
    folders = _reports(out)
    entries: dict[str, dict[str, Any]] = {}
    todo: dict[str, str] = {}
    for r in results:
        if r.ok and r.output is not None:
            cid = r.output.parent.name
            _reuse_or_todo(cid, out / cid, prev, entries, todo, r.case_dir)
            continue
        cid = _failed_id(r)
        before = prev.get(cid, {})
        card = before or {"title": (inputs.case_identity(Path(r.case_dir)) or ("", ""))[1]}
        report = f"{cid}/{INDEX_HTML}" if cid in folders else ""
        entries[cid] = _entry(
            cid,
            card,
            status="failed",
            problem=_first_problem(r.message),
            report=report,
            made_from=before.get("made_from", "") if report else "",
        )
    for cid, folder in folders.items():
        if cid not in entries:
            _reuse_or_todo(cid, folder, prev, entries, todo, _made_from_dir(folder))
    for cid, before in prev.items():
        if cid not in entries and before.get("status") == "failed":
            report = f"{cid}/{INDEX_HTML}" if cid in folders else ""
            entries[cid] = {**before, "report": report}
    held = {cid: notebook_card(out / cid / "report.ipynb") for cid in todo}
    rest = sorted({folder for cid, folder in todo.items() if held[cid] is None})
    if todo:
        found = (compute or _cards_in_child)(rest) if rest else {}
        for cid, folder_name in todo.items():
            card = held[cid] or found.get(folder_name) or {}
            if "problem" in card or not card:
                card = {"title": entries[cid]["title"]}
            entries[cid] = {**entries[cid], **_entry(cid, card)}
            entries[cid]["report"] = f"{cid}/{INDEX_HTML}"
            entries[cid]["made_from"] = _digest(out / cid)
    return [entries[k] for k in sorted(entries)]


def _reuse_or_todo(
    cid: str,
    folder: Path,
    prev: Mapping[str, dict[str, Any]],
    entries: dict[str, dict[str, Any]],
    todo: dict[str, str],
    case_dir: str | None,
) -> None:
    """Keep a report's card when it was made from the same inputs; else mark it to make."""
    key = _digest(folder)
    before = prev.get(cid)
    report = f"{cid}/{INDEX_HTML}"
    if before is not None and key and before.get("made_from") == key:
        entries[cid] = {**before, "status": "ok", "problem": "", "report": report}
        return
    entries[cid] = _entry(cid, {"title": _page_title(folder)}, report=report, made_from=key)
    if case_dir is not None:
        todo[cid] = os.path.abspath(case_dir)


def _cards_in_child(case_dirs: Sequence[str]) -> dict[str, Any]:
    """The cards of ``case_dirs``, made by ``python -m timeline.report.cards``."""
    command = [sys.executable, "-m", "timeline.report.cards", *case_dirs]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=_CARD_TIMEOUT, check=False
        )
        found = json.loads(done.stdout) if done.returncode == 0 else None
    except (OSError, subprocess.SubprocessError, ValueError):
        found = None
    if not isinstance(found, dict):
        print("timeline report: the desk's page lists some cases without details", file=sys.stderr)
        return {}
    return found


def write_desk(out: Path, results: Iterable[Result]) -> str | None:
    """Write ``out/index.json`` and ``out/index.html`` for every case report in ``out``.

    Both are written atomically, under the lock on the reports folder that renders take
    to swap a case's folder in. Returns None, or a one-line message when they could not be
    written.
    """
    try:
        out.mkdir(parents=True, exist_ok=True)
        with files.locked(out):
            write_pages(out, desk_entries(out, list(results)), INDEX_HTML, INDEX_JSON)
    except OSError as exc:
        return f"cannot write {exc.filename or out / INDEX_HTML}: {exc.strerror or exc}"
    return None
