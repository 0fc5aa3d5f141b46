"""Tests for timeline.report.sections: the report's sections, escaped and computed from the case."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from chart_support import HOSTILE
from timeline import load_case
from timeline.claims import claims_table
from timeline.report import sections


def test_sections_of_the_first_case(first_case_dir: Path) -> None:
    case = load_case(first_case_dir)
    assert "Despite assurances" in sections.headline_html(case)
    finding = sections.finding_html(case)
    assert f"rests on {len(case.events)} events and {len(case.links)} links" in finding
    assert "<caption>Claims and findings</caption>" in sections.claims_html(case)
    notes = sections.date_notes_html(case)
    assert notes.count("<li>") == int((case.events["date_note"] != "").sum())
    sources = sections.sources_html(case)
    assert 'href="https://www.latimes.com/' in sources
    assert 'href="https://www.federalregister.gov/' in sources
    assert sections.draft_warning_html(case) == ""


def test_drafts_are_flagged(case_copy: Path) -> None:
    events = case_copy / "events.csv"
    lines = events.read_text(encoding="utf-8").splitlines()
    header = lines[0] + ",status"
    lines = [header, *(line + ",draft" for line in lines[1:3]), *(f"{x}," for x in lines[3:])]
    events.write_text("\n".join(lines) + "\n", encoding="utf-8")
    warning = sections.draft_warning_html(load_case(case_copy))
    assert "2 of" in warning and "Draft" in warning


def test_hostile_text_is_escaped() -> None:
    case = load_case(HOSTILE)
    html = "".join(
        f(case)
        for f in (
            sections.headline_html,
            sections.finding_html,
            sections.claims_html,
            sections.date_notes_html,
            sections.sources_html,
        )
    )
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert 'href="javascript:' not in html.lower()


def test_files_html_lists_names(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("{}", encoding="utf-8")
    html = sections.files_html([tmp_path / "a.json"], tmp_path)
    assert '<a href="a.json">a.json</a>' in html
    assert "No files" in sections.files_html([], tmp_path)


def test_the_old_module_name_still_works() -> None:
    import timeline.report
    import timeline.story as old

    assert old.__doc__ is not None and old.__doc__.startswith("Deprecated: use timeline.report")
    for name in sections.__all__:
        assert getattr(old, name) is getattr(sections, name)
        assert getattr(timeline.report, name) is getattr(sections, name)


def test_claims_section_is_the_claims_export_with_status_and_rating(case_copy: Path) -> None:
    """The report's table shows each challenged statement's status, challengers and rating."""
    events = case_copy / "events.csv"
    frame = pd.read_csv(events, dtype=str, keep_default_na=False)
    frame.loc[frame["id"] == "july-tweet", "rating"] = "False"
    frame.to_csv(events, index=False)
    links = case_copy / "links.csv"
    with links.open("a", encoding="utf-8") as out:
        out.write("no-comment,january-letter,disputes,\n")
    case = load_case(case_copy)
    html = sections.claims_html(case)
    table = claims_table(case, most_findings=sections.MOST_FINDINGS)
    for head in ("Status", "Disputed by", "Admitted not accurate by", "Reporter&#x27;s rating"):
        assert f"<th>{head}</th>" in html or f'<th scope="col">{head}</th>' in html, head
    assert html.count("<tr>") == len(table) + 1
    assert set(table["status"]) == {"admitted", "disputed"}
    body = html.split("</thead>", 1)[1]
    for status in table["status"]:
        assert f"<td>{status}</td>" in body
    assert "<td>False</td>" in body  # the reporter's rating, word for word
    letter = table[table["status"] == "disputed"].iloc[0]
    assert letter["disputed_by"] and letter["rating"] == ""
