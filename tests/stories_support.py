"""The reference stories, read in place beside the repository, and the reporter's findings.

The stories belong to their publishers, so the project holds none of their text: tests that
need them read the shared folder next to the repository (or ``$TIMELINE_STORIES``) and skip,
saying why, when it is absent.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from timeline import paths

STORIES = Path(os.environ.get("TIMELINE_STORIES", paths.ROOT.parent / "shared" / "stories"))
"""The reference stories' folder: one case folder a story."""

FINDINGS_DOC = paths.ROOT / "docs" / "findings.md"
"""The finding sentences a reporter would publish, one section a case."""


@dataclass(frozen=True)
class Expected:
    """One section of ``docs/findings.md``: a case, its sentence and its amendments."""

    case: str
    sentence: str
    remove_links: tuple[str, ...]


def expected_findings() -> list[Expected]:
    """Every section of ``docs/findings.md``, in order."""
    text = FINDINGS_DOC.read_text(encoding="utf-8")
    found = []
    for section in re.split(r"^## ", text, flags=re.MULTILINE)[1:]:
        case = section.split("\n", 1)[0].strip()
        quotes = [line[2:].strip() for line in section.splitlines() if line.startswith("> ")]
        assert len(quotes) == 1, f"{case}: one finding sentence, as a '> ' line"
        block = re.search(r"```remove-links\n(.*?)```", section, flags=re.DOTALL)
        removed = tuple(block.group(1).split()) if block else ()
        found.append(Expected(case, quotes[0], removed))
    return found


def story_dirs() -> list[Path]:
    """The reference stories' case folders, sorted; skip the test when there are none."""
    if not STORIES.is_dir():
        pytest.skip(f"the reference stories are not here ({STORIES.name}/ beside the repository)")
    return sorted(p for p in STORIES.iterdir() if (p / "case.yml").is_file())


def case_folder(case: str, tmp_path: Path, remove_links: tuple[str, ...] = ()) -> Path:
    """A case's folder: the first case in place, a story as a copy with links removed."""
    if case == paths.FIRST_CASE.name:
        assert not remove_links, "amend the project's own case in data/cases/ instead"
        return paths.FIRST_CASE
    source = STORIES / case
    if not source.is_dir():
        pytest.skip(
            f"the reference story {case} is not here ({STORIES.name}/ beside the repository)"
        )
    if not remove_links:
        return source
    target = tmp_path / case
    shutil.copytree(source, target)
    links = target / "links.csv"
    lines = links.read_text(encoding="utf-8").splitlines()
    kept = [
        line
        for line in lines
        if not any(line.startswith(r + ",") or line == r for r in remove_links)
    ]
    assert len(lines) - len(kept) == len(remove_links), f"{case}: every amendment matches a link"
    links.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return target
