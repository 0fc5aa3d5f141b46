"""The finding sentence and the chart's description for screen readers."""

from __future__ import annotations

import re
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
    assert "Sheriff Jim McDonnell admitted by 9 October 2017 that they were not accurate" in (
        found.sentence
    )
    # they stood until the first disclosure that brought the practices out
    assert "until a disclosure by Inspector General Max Huntsman on 9 October 2017" in (
        found.sentence
    )
    subtitle = " ".join(first_spec["title"]["subtitle"])
    assert found.sentence in subtitle


def test_finding_synthetic_case(synthetic: Case) -> None:
    found = finding(synthetic)
    assert (found.statements, found.contradicted_by, found.admitted) == (2, 3, 2)
    assert (found.stood_min_days, found.stood_max_days) == (163, 241)
    assert (found.stood_min_months, found.stood_max_months) == (5, 8)
    assert "two practices behind the scenes and one disclosure" in found.sentence


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
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if ",admits," not in line and ",reveals," not in line
    ]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    found = finding(load_case(case_copy))
    assert found.admitted == 0 and found.until == pd.Timestamp("2017-10-09")
    assert "until Los Angeles Times reported the contradictions on 9 October 2017" in (
        found.sentence
    )
    assert "admitted" not in found.sentence


def test_finding_counts_to_the_disclosure_that_revealed_the_practices(case_copy: Path) -> None:
    """Without the admission, the statements stood until the report revealed the practices."""
    path = case_copy / "links.csv"
    kept = [
        line for line in path.read_text(encoding="utf-8").splitlines() if ",admits," not in line
    ]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    found = finding(load_case(case_copy))
    assert "until a disclosure by Inspector General Max Huntsman on 9 October 2017" in (
        found.sentence
    )
    assert "admitted" not in found.sentence and "reported the contradictions" not in (
        found.sentence
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
    assert "Sheriff Jim McDonnell admitted by 9 October 2017 that two of them were" in (
        found.sentence
    )
    assert "admitted they were" not in found.sentence


def _edit(folder: Path, *, dates: dict[str, str] | None = None, keep=None, add: str = "") -> Case:
    """A copy of a case with some events' dates changed and its links filtered or added."""
    events = folder / "events.csv"
    frame = pd.read_csv(events, dtype=str, keep_default_na=False)
    for eid, date in (dates or {}).items():
        frame.loc[frame["id"] == eid, "date"] = date
    frame.to_csv(events, index=False)
    links = folder / "links.csv"
    lines = links.read_text(encoding="utf-8").splitlines()
    kept = [lines[0], *(line for line in lines[1:] if keep is None or keep(line))]
    links.write_text("\n".join(kept) + "\n" + add, encoding="utf-8")
    return load_case(folder)


def test_a_statement_made_after_its_challenge_came_out_did_not_stand(case_copy: Path) -> None:
    """The July tweet moved to the report's day: it is said to come no earlier, not to stand."""
    found = finding(_edit(case_copy, dates={"july-tweet": "Monday"}))
    assert "One other was made no earlier than a disclosure by Inspector General Max Huntsman" in (
        found.sentence
    )
    # only the website claims (from 25 January) enter the range now
    assert (found.stood_min_days, found.stood_max_days) == (257, 257)
    assert "The one with a known date" in found.sentence


def test_several_admissions_are_counted_with_their_latest_date(case_copy: Path) -> None:
    case = _edit(case_copy, add="sharing-ceased,july-tweet,admits,\n")
    sentence = finding(case).sentence
    assert sentence.endswith(
        "Sheriff Jim McDonnell admitted that they were not accurate, in two disclosures, "
        "the last by 9 October 2017."
    )


def test_practices_well_before_the_statement_are_said_to_be(case_copy: Path) -> None:
    """A practice of January contradicting a July statement: 'about 5 months before'."""
    only = "birthdate-printouts,july-tweet,contradicts"
    keep = lambda line: line.startswith(only) or not re.search(",(contradicts|admits),", line)  # noqa: E731
    found = finding(_edit(case_copy, dates={"birthdate-printouts": "in January"}, keep=keep))
    assert "The practice behind the scenes dates from about 5 months before it was made." in (
        found.sentence
    )
    # a practice still going when the statement was made gives no such sentence
    near = finding(_edit(case_copy, dates={"birthdate-printouts": "in July"}, keep=keep))
    assert "dates from" not in near.sentence


def test_numbers_under_ten_are_words_in_the_finding(synthetic: Case, first: Case) -> None:
    assert finding(first).sentence.startswith("Three public statements were contradicted by four")
    assert (
        re.search(r"\b[1-9] (public statement|practice|disclosure)", finding(synthetic).sentence)
        is None
    )
