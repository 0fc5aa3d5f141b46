"""Tests of timeline.outputs.tables: CSV and Parquet, exact text and defused formulas."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from outputs_support import HOSTILE_STRINGS, read_csv
from timeline.case import Case
from timeline.outputs import export_case


def test_csv_holds_the_resolved_events(first_case: Case, tmp_path: Path) -> None:
    export_case(first_case, ["csv"], tmp_path)
    rows = read_csv(tmp_path / "events.csv")
    assert list(rows[0]) == [
        "id", "lane", "date", "title", "source", "actor", "quote", "detail", "date_note",
        "status", "rating", "claim", "label", "start", "end", "precision", "edtf", "approximate",
        "open_start", "open_end",
    ]  # fmt: skip
    assert len(rows) == len(first_case.events)
    by_id = {r["id"]: r for r in rows}
    assert {
        "start": "2017-07-01",
        "end": "2017-07-31",
        "precision": "month",
        "edtf": "2017-07",
        "approximate": "false",
        "open_start": "false",
    }.items() <= by_id["july-tweet"].items()
    assert by_id["ice-jail-access"]["start"] == ""
    assert by_id["ice-jail-access"]["open_start"] == "true"
    links = read_csv(tmp_path / "links.csv")
    assert list(links[0]) == ["from", "to", "relation", "note"]
    assert len(links) == len(first_case.links)
    raw = (tmp_path / "events.csv").read_bytes()
    assert b"\r\n" not in raw and not raw.startswith(b"\xef\xbb\xbf")
    # The text columns read back exactly.
    back = pd.read_csv(tmp_path / "events.csv", dtype=str, keep_default_na=False)
    for column in ("id", "date", "title", "source", "actor", "quote", "detail", "date_note"):
        assert list(back[column]) == list(first_case.events[column]), column


def test_csv_keeps_hostile_text_and_defuses_formulas(hostile_case: Case, tmp_path: Path) -> None:
    export_case(hostile_case, ["csv"], tmp_path)
    rows = {r["id"]: r for r in read_csv(tmp_path / "events.csv")}
    assert rows["agency-statement"]["title"] == HOSTILE_STRINGS[0]
    assert rows["spokesperson-post"]["quote"] == HOSTILE_STRINGS[1]
    assert rows["ledger"]["title"] == "Ledger kept: " + HOSTILE_STRINGS[2]
    assert rows["memo"]["quote"] == HOSTILE_STRINGS[3]
    assert rows["email"]["quote"] == HOSTILE_STRINGS[4]
    # A spreadsheet would run this cell: it is written with a leading apostrophe.
    assert rows["auditor-footnote"]["title"] == '\'=HYPERLINK("https://evil.example","click me")'
    assert rows["email"]["status"] == "draft"


def test_parquet_is_typed_and_exact(hostile_case: Case, tmp_path: Path) -> None:
    export_case(hostile_case, ["parquet"], tmp_path)
    table = pq.read_table(tmp_path / "events.parquet")
    assert b"pandas" not in (table.schema.metadata or {})
    types = {f.name: str(f.type) for f in table.schema}
    assert types["start"] == types["end"] == "date32[day]"
    assert types["approximate"] == types["open_start"] == types["open_end"] == "bool"
    assert types["title"] == types["lane"] == "string"
    frame = table.to_pandas()
    assert list(frame.columns)[:10] == [
        "id", "lane", "date", "title", "source", "actor", "quote", "detail", "date_note", "status",
    ]  # fmt: skip
    assert list(frame["title"]) == list(hostile_case.events["title"])  # exact, formulas too
    ledger = frame.set_index("id").loc["ledger"]
    assert ledger["start"] is None and str(ledger["end"]) == "2020-02-15"
    assert bool(ledger["open_start"]) is True
    links = pq.read_table(tmp_path / "links.parquet").to_pandas()
    assert list(links.columns) == ["from", "to", "relation", "note"]
    assert list(links["note"]) == list(hostile_case.links["note"])
