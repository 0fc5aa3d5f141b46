"""What a report is made from: the case's id and title, and a fingerprint of every input."""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

from timeline.vocab import SLUG

__all__ = ["FINGERPRINT", "case_identity", "fingerprint", "unchanged", "write_fingerprint"]

FINGERPRINT = ".fingerprint.json"
"""The file, in a report's folder, that records what the report was made from."""

_MOST_META_BYTES = 1_000_000  # as the case loader reads ``case.yml``
_TOOLS = ("altair", "vl-convert-python", "nbconvert", "papermill", "ipykernel")
"""Packages whose version changes a report's bytes, besides ``timeline`` itself."""


def case_identity(case_dir: Path) -> tuple[str, str] | None:
    """The case's id and title from ``case.yml`` alone, without loading the case.

    The id is ``id:`` when it is a slug, else the folder's real name, as the loader has it.
    Returns None whenever anything is out of the ordinary (no file, anchors, a missing or
    non-text title, a name that is no slug): the caller then loads the case, which checks
    everything and says what is wrong.
    """
    try:
        path = case_dir / "case.yml"
        if path.is_symlink() or path.stat().st_size > _MOST_META_BYTES:
            return None
        text = path.read_text(encoding="utf-8")
        if any(
            isinstance(e, yaml.AliasEvent) or getattr(e, "anchor", None) for e in yaml.parse(text)
        ):
            return None
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("title"), str):
        return None
    title = data["title"].strip()
    given = data.get("id")
    case_id = given.strip() if isinstance(given, str) else case_dir.resolve().name
    if not title or not re.fullmatch(SLUG, case_id):
        return None
    return case_id, title


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@cache
def _tool_versions() -> tuple[tuple[str, str], ...]:
    found = []
    for name in _TOOLS:
        try:
            found.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            found.append((name, "absent"))
    return tuple(found)


def fingerprint(case_dir: Path, notebook: Path, parameters: dict[str, Any]) -> dict[str, Any]:
    """What a render of ``case_dir`` depends on, as plain data that compares by value.

    The SHA-256 of each of the case folder's files (by name; folders inside it are not
    case files), of the notebook, the ``timeline`` version and those of the tools that
    shape the page, and the notebook's parameters. Nothing here depends on where the
    files are or when they were written.
    """
    import timeline

    files = {p.name: _sha256(p) for p in sorted(Path(case_dir).iterdir()) if p.is_file()}
    return {
        "case files": files,
        "notebook": _sha256(notebook),
        "parameters": parameters,
        "versions": {"timeline": str(timeline.__version__), **dict(_tool_versions())},
    }


def _outputs(folder: Path) -> dict[str, str]:
    """Each file of a report's folder (the fingerprint aside), by its path in the folder."""
    return {
        p.relative_to(folder).as_posix(): _sha256(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != FINGERPRINT
    }


def write_fingerprint(folder: Path, inputs: dict[str, Any]) -> None:
    """Record ``inputs`` and the files now in ``folder`` (a finished, not yet published render).

    The record holds no time and no path outside the folder, so two renders of the same
    inputs write the same bytes.
    """
    record = {"inputs": inputs, "outputs": _outputs(folder)}
    text = json.dumps(record, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    (folder / FINGERPRINT).write_text(text, encoding="utf-8")


def unchanged(folder: Path, inputs: dict[str, Any]) -> bool:
    """Whether the report in ``folder`` was made from ``inputs`` and is still whole.

    Whole: every file the render wrote is there with the bytes it wrote, and no other
    file has been added. Anything unreadable counts as changed.
    """
    try:
        text = (folder / FINGERPRINT).read_text(encoding="utf-8")
        record = json.loads(text)
        return (
            isinstance(record, dict)
            and record.get("inputs") == inputs
            and record.get("outputs") == _outputs(folder)
        )
    except (OSError, ValueError):
        return False
