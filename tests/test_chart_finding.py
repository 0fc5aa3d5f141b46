"""The finding sentence and the chart's description for screen readers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from timeline import Case, load_case
from timeline.chart import Finding, finding


def test_finding_first_case(first: Case, first_spec: dict[str, Any]) -> None:
    found = finding(first)
    assert isinstance(found, Finding)
    assert (found.statements, found.contradicted_by, found.contradictions) == (3, 4, 9)
    assert found.admitted == 3 and found.admitted_by == "Sheriff Jim McDonnell"
    assert found.until == pd.Timestamp("2017-10-09")
    # the July tweet (1-31 July) and the website claims (from 25 January) to 9 October
    assert (found.stood_min_days, found.stood_max_days) == (70, 257)
    assert (found.stood_min_months, found.stood_max_months) == (2, 9)
    assert "stood for 2 to 9 months" in found.sentence
    assert "Sheriff Jim McDonnell admitted they were not accurate" in found.sentence
    subtitle = " ".join(first_spec["title"]["subtitle"])
    assert found.sentence in subtitle


def test_finding_synthetic_case(synthetic: Case) -> None:
    found = finding(synthetic)
    assert (found.statements, found.contradicted_by, found.admitted) == (2, 3, 2)
    assert (found.stood_min_days, found.stood_max_days) == (163, 241)
    assert (found.stood_min_months, found.stood_max_months) == (5, 8)
    assert "2 practices behind the scenes and 1 disclosure" in found.sentence


def test_finding_without_contradictions(case_copy: Path) -> None:
    path = case_copy / "links.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    kept = [lines[0], *(line for line in lines[1:] if ",prompted," in line)]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    found = finding(load_case(case_copy))
    assert found.statements == 0 and found.stood_max_days is None
    assert "23 events in 4 lanes" in found.sentence


def test_finding_without_admission_counts_to_publication(case_copy: Path) -> None:
    path = case_copy / "links.csv"
    kept = [
        line for line in path.read_text(encoding="utf-8").splitlines() if ",admits," not in line
    ]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    found = finding(load_case(case_copy))
    assert found.admitted == 0 and found.until == pd.Timestamp("2017-10-09")
    assert (
        "before Los Angeles Times reported the contradictions on 9 October 2017" in found.sentence
    )


def test_description_for_screen_readers(first: Case, first_spec: dict[str, Any]) -> None:
    description = first_spec["description"]
    assert finding(first).sentence in description
    assert "23 events in 4 lanes" in description and "25 links" in description
    assert "9 contradicts" in description


def test_finding_names_only_the_statements_admitted(case_copy: Path) -> None:
    path = case_copy / "links.csv"
    kept = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.startswith("admission-letter,july-tweet,admits,")
    ]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    found = finding(load_case(case_copy))
    assert (found.statements, found.admitted, found.disputed) == (3, 2, 0)
    assert "Sheriff Jim McDonnell admitted 2 of them were not accurate" in found.sentence
    assert "admitted they were" not in found.sentence
