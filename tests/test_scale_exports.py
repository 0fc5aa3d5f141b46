"""Large cases: loading, the data exports and the report's sections on 20,000 events."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest

import timeline.dates
from timeline import load_case
from timeline.case import Case
from timeline.claims import claims_table
from timeline.outputs import claim_reviews, display_date, events_table, export_case
from timeline.outputs.tables import _csv_cell, _csv_column
from timeline.outputs.timelinejs import _dates_by_row, _slide_dates
from timeline.report import sections as story

EVENTS = 20_000


@pytest.fixture(scope="module")
def big_dir(tmp_path_factory: pytest.TempPathFactory, make_case: Callable[..., Path]) -> Path:
    return make_case(tmp_path_factory.mktemp("big") / "big-case", events=EVENTS, seed=7)


@pytest.fixture(scope="module")
def big(big_dir: Path) -> Case:
    return load_case(big_dir)


def _with(case: Case, **columns: Any) -> Case:
    """The case with some event columns replaced."""
    return dataclasses.replace(case, events=case.events.assign(**columns))


# --- loading ---------------------------------------------------------------------------


def test_large_case_loads_every_event(big: Case) -> None:
    assert len(big.events) == EVENTS
    assert big.events["id"].is_unique
    assert not big.events[["start", "end"]].isna().all(axis=1).any()


def test_each_distinct_date_is_resolved_once(
    big_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    resolve = timeline.dates.frame.resolve

    def counting(text: str, published: Any) -> Any:
        calls.append(text)
        return resolve(text, published)

    monkeypatch.setattr(timeline.dates.frame, "resolve", counting)
    case = load_case(big_dir)
    assert len(calls) == case.events["date"].nunique()
    assert len(calls) < len(case.events) / 2


# --- exports ---------------------------------------------------------------------------


def test_csv_columns_match_cell_by_cell(big: Case) -> None:
    table = events_table(big)
    odd = pd.Series(["=1+1", "-x", "@a", "\tt", "plain", "", "+y"], dtype=object)
    for name in table.columns:
        column = table[name]
        assert _csv_column(column) == [_csv_cell(v) for v in column], name
    assert _csv_column(odd) == [_csv_cell(v) for v in odd]


def test_slide_dates_match_row_by_row(big: Case) -> None:
    events = big.events
    dates = _dates_by_row(events)
    assert len(dates) == len(events)
    open_sides = events.index[events["open_start"] | events["open_end"] | events["approximate"]]
    for i in [*range(0, len(events), 997), *open_sides[:50]]:
        row = events.iloc[i]
        assert dates[i] == {**_slide_dates(row), "display_date": display_date(row)}
    dates[0]["start_date"]["year"] = 1  # each slide has its own copy
    assert all(d["start_date"]["year"] != 1 for d in dates[1:])


def test_data_exports_of_a_large_case(big: Case, tmp_path: Path) -> None:
    written = export_case(big, ["timelinejs", "claimreview", "csv", "parquet"], tmp_path)
    sizes = {p.name: p.stat().st_size for p in written}
    slides = json.loads((tmp_path / "timelinejs.json").read_text("utf-8"))["events"]
    assert [s["unique_id"] for s in slides] == big.events["id"].tolist()
    graph = json.loads((tmp_path / "claimreview.jsonld").read_text("utf-8"))["@graph"]
    assert len(graph) == big.links.loc[big.links["relation"] == "contradicts", "to"].nunique()
    events_csv = pd.read_csv(tmp_path / "events.csv", dtype=str, keep_default_na=False)
    assert len(events_csv) == EVENTS
    assert pq.read_table(tmp_path / "events.parquet").num_rows == EVENTS
    assert sizes["claimreview.jsonld"] < 2_000_000


def test_data_exports_are_deterministic(big: Case) -> None:
    shuffled = dataclasses.replace(big, links=big.links.sample(frac=1, random_state=3))
    assert claim_reviews(shuffled) == claim_reviews(big)


# --- the report's sections -------------------------------------------------------------


def test_claims_table_keeps_every_contradicted_statement(big: Case) -> None:
    contradicted = big.links.loc[big.links["relation"] == "contradicts", "to"].nunique()
    table = claims_table(big)
    assert len(table) == contradicted
    assert table["statement"].is_unique
    html = story.claims_html(big)
    assert html.count("<tr>") == contradicted + 1  # and the heading row


def test_claims_cells_name_at_most_a_few_findings(big: Case) -> None:
    statement = str(big.events.loc[big.events["lane"] == "statement", "id"].iloc[0])
    practices = big.events.loc[big.events["lane"] == "practice", "id"].iloc[:15]
    extra = pd.DataFrame(
        {"from": practices, "to": statement, "relation": "contradicts", "note": ""}
    )
    links = pd.concat([big.links, extra]).drop_duplicates(["from", "to", "relation"])
    case = dataclasses.replace(big, links=links.reset_index(drop=True))
    against = links[(links["to"] == statement) & (links["relation"] == "contradicts")]
    full = claims_table(case)
    cut = claims_table(case, most_findings=story.MOST_FINDINGS)
    assert len(full) == len(cut)
    cell = cut.loc[cut["contradicted_by"].str.endswith(" more"), "contradicted_by"]
    assert len(cell) == 1
    assert cell.iloc[0].endswith(f"; and {len(against) - story.MOST_FINDINGS} more")
    html = story.claims_html(case)
    assert "1 statement is contradicted by more than 10 events" in html
    assert "<code>links.csv</code>" in html


def test_date_notes_are_grouped_with_counts(big: Case) -> None:
    noted = big.events[big.events["date_note"] != ""]
    html = story.date_notes_html(big)
    assert len(html) < 5_000
    counts = [int(n.replace(",", "")) for n in re.findall(r"\(([\d,]+) events?[,:]", html)]
    assert sum(counts) == len(noted)
    assert counts == sorted(counts, reverse=True)
    assert "left out" not in html
    assert "<code>events.csv</code>" in html


def test_many_different_date_notes_are_cut(big: Case) -> None:
    notes = [f"note number {i}" if i % 2 else "" for i in range(EVENTS)]
    html = story.date_notes_html(_with(big, date_note=notes))
    assert html.count("<li>") == story.MOST_ITEMS
    rest = EVENTS // 2 - story.MOST_ITEMS
    assert f"{rest:,} more notes, with {rest:,} events, are left out here." in html


def test_sources_are_grouped_by_site(big: Case) -> None:
    html = story.sources_html(big)
    assert len(html) < 5_000
    assert "<strong>example.org</strong>" in html
    assert "<code>https://example.org/records/N</code>" in html
    assert "citing ¶1 to ¶" in html


def test_many_sites_are_cut(big: Case) -> None:
    sources = [f"https://site{i % 100}.example/page/{i}" for i in range(EVENTS)]
    html = story.sources_html(_with(big, source=sources))
    assert html.count("<li>") == story.MOST_ITEMS + 1  # and the story
    rest = 100 - story.MOST_ITEMS
    assert f"{rest} more sites, with {rest * EVENTS // 100:,} events, are left out" in html


def test_small_cases_list_every_item(first_case_dir: Path) -> None:
    case = load_case(first_case_dir)
    notes = story.date_notes_html(case)
    assert notes.count("<li>") == int((case.events["date_note"] != "").sum())
    sources = story.sources_html(case)
    urls = case.events.loc[case.events["source"].str.startswith("http"), "source"]
    assert sources.count("<li>") == urls.nunique() + 1
    assert "timeline-summary" not in notes + sources


def test_report_sections_stay_readable(big: Case) -> None:
    sections = {
        "headline": story.headline_html(big),
        "claims": story.claims_html(big),
        "date notes": story.date_notes_html(big),
        "sources": story.sources_html(big),
    }
    sizes = {name: len(html.encode("utf-8")) for name, html in sections.items()}
    assert max(size for name, size in sizes.items() if name != "claims") < 10_000, sizes
    assert sizes["claims"] < 1_000 * len(claims_table(big)) + 1_000, sizes
