"""The finding a reporter would publish, on the first case and the six reference stories.

``docs/findings.md`` holds one sentence a case, written from the story; the tool must write
exactly that. The stories are read in place (``stories_support``) and every test that needs
them skips, saying why, when they are absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chart_support import visible_text
from findings_support import tool_text, verdicts
from outputs_support import run_cli
from stories_support import Expected, case_folder, expected_findings, story_dirs
from timeline import load_case, paths
from timeline.chart import finding
from timeline.findings import findings

EXPECTED = expected_findings()


def test_the_document_has_the_first_case_and_every_story() -> None:
    cases = [e.case for e in EXPECTED]
    assert cases[0] == paths.FIRST_CASE.name and len(cases) == len(set(cases))
    assert sorted(cases[1:]) == [p.name for p in story_dirs()]


@pytest.mark.parametrize("expected", EXPECTED, ids=[e.case for e in EXPECTED])
def test_the_tool_writes_the_reporters_finding(expected: Expected, tmp_path: Path) -> None:
    case = load_case(case_folder(expected.case, tmp_path, expected.remove_links))
    assert finding(case).sentence == expected.sentence


@pytest.mark.parametrize("expected", EXPECTED, ids=[e.case for e in EXPECTED])
def test_no_verdict_the_links_do_not_give(expected: Expected, tmp_path: Path) -> None:
    """'admitted', 'not accurate', 'false' only where an admits link says so."""
    case = load_case(case_folder(expected.case, tmp_path, expected.remove_links))
    facts = findings(case)
    words = verdicts(finding(case, facts).sentence)
    if not facts.admitting:
        assert words == set()
        assert verdicts(tool_text(case)) == set()
    else:
        assert words == {"admitted", "not accurate"}


@pytest.mark.slow
def test_every_story_validates_renders_and_exports(tmp_path: Path) -> None:
    """`timeline validate`, `report` and `export` on each story, as a reporter runs them."""
    folders = [case_folder(e.case, tmp_path / "amended", e.remove_links) for e in EXPECTED[1:]]
    for folder in folders:
        checked = run_cli("validate", str(folder))
        assert checked.returncode == 0, checked.stderr
    out = tmp_path / "reports"
    done = run_cli("report", *map(str, folders), "--out", str(out), "--jobs", "2")
    assert done.returncode == 0, done.stdout + done.stderr
    for folder, expected in zip(folders, EXPECTED[1:], strict=True):
        case = load_case(folder)
        page = (out / case.id / "index.html").read_text(encoding="utf-8")
        assert visible_text(page).count(expected.sentence) == 1, case.id
        made = run_cli(
            "export", str(folder), "--format", "claims,claimreview", "--out", str(tmp_path / "x")
        )
        assert made.returncode == 0, made.stderr
        exported = tmp_path / "x" / case.id
        claims = (exported / "claims.csv").read_text(encoding="utf-8")
        assert claims.count("\n") - 1 == int((case.events["lane"] == "statement").sum())
        reviews = json.loads((exported / "claimreview.jsonld").read_text("utf-8"))
        facts = findings(case, checked_only=True)
        reviewed = [s.id for s in facts.statements if s.rating or s.admitted]
        assert [r["url"].rsplit("#claim-", 1)[1] for r in reviews["@graph"]] == reviewed
