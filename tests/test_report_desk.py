"""Tests for the desk's page: ``DIR/index.html`` and ``DIR/index.json`` after every batch."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from notebook_support import stand_in_report
from timeline import paths
from timeline.report import desk, report_command
from timeline.report.cards import case_card

pytestmark = pytest.mark.slow


def small_notebook(path: Path) -> Path:
    """A report notebook that fails for a case folder named ``failing-...``."""
    stand_in_report(
        path, "Small report", ['if "failing" in case_dir:\n    raise ValueError("boom")']
    )
    return path


@pytest.fixture
def small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    notebook = small_notebook(tmp_path / "project" / "notebooks" / "case_report.ipynb")
    monkeypatch.setattr(paths, "REPORT_NOTEBOOK", notebook)
    return notebook


def copy_case(parent: Path, name: str, **meta: str) -> Path:
    target = parent / name
    shutil.copytree(paths.FIRST_CASE, target)
    if meta:
        text = (target / "case.yml").read_text(encoding="utf-8")
        for key, value in meta.items():
            lines = [line for line in text.splitlines() if not line.startswith(f"{key}:")]
            text = "\n".join([*lines, f"{key}: {value}"])
        (target / "case.yml").write_text(text + "\n", encoding="utf-8")
    return target


@pytest.fixture
def batch(tmp_path: Path, small: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Three cases: two render, one (first good, then broken) fails and keeps its report."""
    cases = tmp_path / "cases"
    good_a = copy_case(cases, "case-a")
    good_b = copy_case(cases, "case-b", outlet="The Other Paper", published="2019-05-01")
    failing = copy_case(cases, "was-good", id="was-good")
    out = tmp_path / "reports"
    assert report_command([good_a, good_b, failing], out) == 0
    moved = failing.rename(cases / "failing-now")  # the same case id, now failing
    calls: list[list[str]] = []
    real = desk._cards_in_child

    def counted(dirs: list[str]) -> dict[str, Any]:
        calls.append(list(dirs))
        return real(dirs)

    monkeypatch.setattr(desk, "_cards_in_child", counted)
    assert report_command([good_a, good_b, moved], out) == 1
    return {"out": out, "cases": [good_a, good_b, moved], "calls": calls}


def entries(out: Path) -> dict[str, dict[str, Any]]:
    data = json.loads((out / "index.json").read_text(encoding="utf-8"))
    return {e["id"]: e for e in data["cases"]}


def test_every_case_is_listed_with_its_card(batch: dict[str, Any]) -> None:
    listed = entries(batch["out"])
    assert sorted(listed) == ["case-a", "case-b", "was-good"]
    card = case_card(batch["cases"][0])
    a = listed["case-a"]
    assert {k: a[k] for k in card} == card
    assert a["status"] == "ok"
    assert a["report"] == "case-a/index.html"
    assert sum(a["lanes"].values()) == a["events"] > 0
    assert listed["case-b"]["outlet"] == "The Other Paper"
    assert listed["case-b"]["published"] == "2019-05-01"


def test_a_failed_case_keeps_its_last_good_report(batch: dict[str, Any]) -> None:
    failed = entries(batch["out"])["was-good"]
    assert failed["status"] == "failed"
    assert "ValueError: boom" in failed["problem"]
    assert failed["report"] == "was-good/index.html"
    assert (batch["out"] / "was-good" / "index.html").is_file()
    assert failed["finding"], "the card of the last good report is kept"
    page = (batch["out"] / "index.html").read_text(encoding="utf-8")
    assert "last good report" in page
    assert "http" not in page.replace("https://", "").split("<script>")[-1]


def test_an_unchanged_batch_writes_the_same_bytes(batch: dict[str, Any]) -> None:
    out = batch["out"]
    before = {n: (out / n).read_bytes() for n in ("index.html", "index.json")}
    batch["calls"].clear()
    assert report_command(batch["cases"], out) == 1
    assert batch["calls"] == [], "every card was reused"
    assert {n: (out / n).read_bytes() for n in ("index.html", "index.json")} == before


def test_a_report_folder_not_in_the_batch_stays_listed(
    batch: dict[str, Any], tmp_path: Path
) -> None:
    out = batch["out"]
    (out / "index.json").unlink()  # no cards kept: they are made again from the fingerprints
    assert report_command([batch["cases"][0]], out) == 0
    listed = entries(out)
    assert sorted(listed) == ["case-a", "case-b", "was-good"]
    assert listed["case-b"]["outlet"] == "The Other Paper"


@pytest.mark.browser
def test_the_page_sorts_and_filters_offline(batch: dict[str, Any], offline_page: Any) -> None:
    page = offline_page
    page.goto((batch["out"] / "index.html").as_uri())
    rows = page.locator("#desk-table tbody tr")
    assert rows.count() == 3
    assert page.locator("#desk-controls").is_visible()
    ids = rows.evaluate_all("rs => rs.map(r => r.dataset.id)")
    assert ids[0] == "case-b", "newest first: case-b is from 2019, the others from 2017"
    page.click("#desk-sort")
    assert rows.evaluate_all("rs => rs.map(r => r.dataset.id)")[-1] == "case-b"
    page.select_option("#desk-status", "failed")
    visible = page.locator("#desk-table tbody tr:visible")
    assert visible.count() == 1
    assert "boom" in visible.inner_text()
    assert visible.locator("a", has_text="last good report").count() == 1
    page.select_option("#desk-status", "")
    page.select_option("#desk-outlet", "The Other Paper")
    assert page.locator("#desk-table tbody tr:visible").count() == 1
    assert "1 case, 0 failed (of 3)" in page.inner_text("#desk-summary")
    assert page.blocked == []
    assert page.page_errors == []
