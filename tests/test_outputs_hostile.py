"""The hostile case the output tests use, and validation that keeps dangerous links out."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest

from chart_support import HOSTILE
from outputs_support import HOSTILE_STRINGS, read_csv
from timeline import CaseError, load_case
from timeline.case import Case


@pytest.mark.parametrize(
    "source", ["javascript:window.pwned=1", "JavaScript:alert(1)", "data:text/html,<b>x</b>"]
)
def test_script_urls_are_rejected_as_sources(source: str, tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    shutil.copytree(HOSTILE, folder)
    events = folder / "events.csv"
    rows = read_csv(events)
    rows[6]["source"] = source
    with events.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(CaseError) as info:
        load_case(folder)
    assert any(p.column == "source" and p.value == source for p in info.value.problems)


def test_script_url_is_rejected_as_story_url(tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    shutil.copytree(HOSTILE, folder)
    meta = folder / "case.yml"
    text = re.sub(r"(?m)^url: .*$", 'url: "javascript:window.pwned=1"', meta.read_text("utf-8"))
    meta.write_text(text, encoding="utf-8")
    with pytest.raises(CaseError) as info:
        load_case(folder)
    assert any(p.column == "url" for p in info.value.problems)


def test_hostile_case_holds_every_kind_of_hostile_text(hostile_case: Case) -> None:
    values = "\n".join(
        str(v)
        for column in ("title", "quote", "detail", "actor")
        for v in hostile_case.events[column]
    )
    for needle in (*HOSTILE_STRINGS, "=HYPERLINK(", "javascript:", "</SCRIPT >", "<!--<script>"):
        assert needle in values, needle
    for quote in hostile_case.events["quote"]:
        if quote:
            assert quote in hostile_case.article
