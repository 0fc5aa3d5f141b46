"""Tests for timeline.claims: the claims and findings table and honest time ranges."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from timeline import load_case
from timeline.case import Case
from timeline.claims import claims_table, gap, gap_text


def row(start: str | None, end: str | None) -> pd.Series:
    return pd.Series({"start": pd.Timestamp(start) if start else pd.NaT,
                      "end": pd.Timestamp(end) if end else pd.NaT})  # fmt: skip


@pytest.mark.parametrize(
    ("low", "high", "words"),
    [
        (0, 0, "the same day"),
        (3, 3, "3 days"),
        (3, 9, "3 to 9 days"),
        (0, 257, "up to 9 months"),
        (70, 100, "about 3 months"),
        (70, 257, "2 to 9 months"),
        (399, 399, "about 13 months"),
        (693, 788, "about 2 years"),
        (400, 1200, "1 to 4 years"),
        (9, None, "at least 9 days"),
        (0, None, "an unknown time"),
    ],
)
def test_gap_text(low: int, high: int | None, words: str) -> None:
    assert gap_text(low, high) == words


def test_gap_uses_the_bounds_honestly() -> None:
    july = row("2017-07-01", "2017-07-31")
    monday = row("2017-10-09", "2017-10-09")
    assert gap(july, monday) == gap(july, monday).__class__(70, 100)
    assert gap(row(None, "2017-07-31"), monday).high is None
    assert gap(monday, july).low == 0


def test_first_case_claims(first_case_dir: Path) -> None:
    table = claims_table(load_case(first_case_dir))
    tweet = table[table["quote"].str.contains("LASD does NOT provide release info")]
    assert len(tweet) == 1
    found = tweet.iloc[0]
    assert "Monday (9 October 2017)" in found["revealed"]
    assert found["time_between"] == "about 3 months"
    assert found["contradicted_by"]
    assert table["statement"].is_unique
    # every statement it lists is admitted; the claims export lists all five, with status
    assert set(table["status"]) == {"admitted"} and set(table["rating"]) == {""}
    assert found["admitted_by"] and found["disputed_by"] == ""
    every = claims_table(load_case(first_case_dir), every=True).set_index("id")
    assert len(every) == 5 and every.at["refuses-ice-holds", "status"] == "unchallenged"
    assert every.at["refuses-ice-holds", "revealed_by"] == ""


def test_claims_export_is_the_claims_table(first_case_dir: Path, tmp_path: Path) -> None:
    import csv

    from timeline.outputs import export_case

    case = load_case(first_case_dir)
    (written,) = export_case(case, ["claims"], tmp_path)
    assert written.name == "claims.csv"
    with written.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    table = claims_table(case, every=True)
    assert list(rows[0]) == list(table.columns)
    assert [r["id"] for r in rows] == table["id"].tolist()
    assert [r["status"] for r in rows] == table["status"].tolist()


def test_claims_export_defuses_formulas(hostile_case: Case, tmp_path: Path) -> None:
    import csv

    from timeline.outputs import export_case

    export_case(hostile_case, ["claims"], tmp_path)
    with (tmp_path / "claims.csv").open(encoding="utf-8", newline="") as f:
        rows = {r["id"]: r for r in csv.DictReader(f)}
    assert rows["spokesperson-post"]["rating"] == '\'=1+1 <b>Misleading</b> & "spun"'
    assert rows["spokesperson-post"]["status"] == "contradicted"
