"""Tests for ``timeline import timelinejs``: the mapping, clear errors and the round trip."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from chart_support import HOSTILE
from timeline import Case, load_case, paths
from timeline.cli import main
from timeline.importers import TEMPLATE_COLUMNS, plain_text
from timeline.outputs.timelinejs import timelinejs_data

ARTICLE = "A story.\n\nIt has two paragraphs.\n"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def sheet(
    tmp_path: Path, rows: list[dict[str, str]], columns: tuple[str, ...] = TEMPLATE_COLUMNS
) -> Path:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / "sheet.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def import_args(tmp_path: Path, source: Path, *extra: str) -> list[str]:
    article = tmp_path / "article.txt"
    if not article.exists():
        article.write_text(ARTICLE, encoding="utf-8")
    return [
        "import",
        "timelinejs",
        str(source),
        "--article",
        str(article),
        "--published",
        "2020-03-02",
        "--url",
        "https://example.com/story",
        "--out",
        str(tmp_path / "case"),
        *extra,
    ]


ROWS = [
    {"Type": "title", "Headline": "The <b>council</b> story", "Text": "intro"},
    {
        "Year": "2019",
        "Headline": "Budget passed",
        "Group": "Council",
        "Media": "https://example.com/minutes",
    },
    {
        "Year": "2019",
        "Month": "7",
        "Day": "4",
        "End Year": "2019",
        "End Month": "8",
        "Headline": "Audit <i>begins</i>",
        "Text": "<p>An audit.</p><script>alert(1)</script><p>Tom &amp; Jerry</p>",
        "Display Date": "summer 2019",
        "Group": "Auditors",
        "Media": "javascript:alert(1)",
    },
]


def test_a_sheet_becomes_a_case_of_drafts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = sheet(tmp_path, ROWS)
    status, out, err = run(import_args(tmp_path, source, "--lane", "Council=statement"), capsys)
    assert status == 0, err
    case = load_case(tmp_path / "case")
    assert case.meta.title == "The council story"
    assert case.meta.outlet == "example.com"
    events = case.events.set_index("id")
    assert list(events.index) == ["budget-passed", "audit-begins"]
    assert set(events["status"]) == {"draft"}
    budget, audit = events.loc["budget-passed"], events.loc["audit-begins"]
    assert (budget["lane"], budget["date"], budget["source"]) == (
        "statement",
        "2019",
        "https://example.com/minutes",
    )
    assert (audit["lane"], audit["date"], audit["source"]) == (
        "context",
        "2019-07-04/2019-08",
        "article",
    )
    assert audit["title"] == "Audit begins"
    assert audit["detail"].startswith("An audit. Tom & Jerry")
    assert "alert" not in audit["detail"]
    assert "'Auditors'" in audit["detail"]
    assert audit["date_note"] == "summer 2019"
    assert "group 'Auditors' (1 row) has no --lane mapping" in err
    assert "imported 2 events (statement 1, context 1)" in out
    status, _, err = run(["validate", str(tmp_path / "case")], capsys)
    assert status == 0, err


def test_title_option_wins_and_json_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = {
        "title": {"text": {"headline": "From the slide"}},
        "events": [
            {
                "start_date": {"year": "2018", "month": 2},
                "text": {"headline": "One", "text": "x"},
                "group": "practice",
                "unique_id": "one",
            }
        ],
    }
    source = tmp_path / "tl.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    status, _, err = run(import_args(tmp_path, source, "--title", "Given  title"), capsys)
    assert status == 0, err
    case = load_case(tmp_path / "case")
    assert case.meta.title == "Given title"
    assert case.events[["id", "lane", "date"]].values.tolist() == [["one", "practice", "2018-02"]]


def test_bad_rows_are_all_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {"Year": "2019", "Month": "13", "Headline": "Bad month"},
        {"Year": "2019", "Headline": " "},
        {"Year": "2019", "Month": "2", "Day": "30", "Headline": "No such day"},
        {"Year": "soon", "Headline": "Words"},
    ]
    source = sheet(tmp_path, rows, (*TEMPLATE_COLUMNS, "Colour"))
    status, _, err = run(import_args(tmp_path, source), capsys)
    assert status == 2
    assert "Traceback" not in err
    assert "line 1, column 'Colour': 'Colour': expected a column of the TimelineJS template" in err
    assert "line 2, column 'Month': '13': expected a month from 1 to 12" in err
    assert "line 3, column 'Headline': expected a headline" in err
    assert "line 4, column 'Day': '30': expected a day that month 2019-02 has" in err
    assert "line 5, column 'Year': 'soon': expected a whole number" in err
    assert not (tmp_path / "case").exists()


@pytest.mark.parametrize(
    "content",
    ["just some words\nand more\n", '{"slides": []}', "[1, 2]", "{not json"],
)
def test_a_file_that_is_neither_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    source = tmp_path / "thing.txt"
    source.write_text(content, encoding="utf-8")
    status, _, err = run(import_args(tmp_path, source), capsys)
    assert status == 2
    assert "expected TimelineJS JSON" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--lane", "Police"], "expected GROUP=LANE"),
        (["--lane", "Police=cops"], "expected a lane"),
    ],
)
def test_bad_options_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], words: str
) -> None:
    status, _, err = run(import_args(tmp_path, sheet(tmp_path, ROWS), *extra), capsys)
    assert status == 2
    assert words in err


def test_no_title_asks_for_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(import_args(tmp_path, sheet(tmp_path, ROWS[1:])), capsys)
    assert status == 2
    assert "give --title" in err


def test_plain_text_keeps_no_markup() -> None:
    assert plain_text('<img src=x onerror="alert(1)">Hi <style>p{}</style>&lt;b&gt;') == "Hi <b>"


@pytest.mark.parametrize("folder", [paths.FIRST_CASE, HOSTILE])
def test_round_trip_of_the_projects_own_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    case = load_case(folder)
    source = tmp_path / "timelinejs.json"
    source.write_text(json.dumps(timelinejs_data(case)), encoding="utf-8")
    args = [
        "import",
        "timelinejs",
        str(source),
        "--article",
        str(case.path / case.meta.article),
        "--published",
        case.meta.published.isoformat(),
        "--url",
        "https://example.com/story",
        "--out",
        str(tmp_path / "case"),
    ]
    status, _, err = run(args, capsys)
    assert status == 0, err
    again = load_case(tmp_path / "case")
    assert again.meta.title == case.meta.title
    assert_same_events(case, again)


def assert_same_events(case: Case, again: Case) -> None:
    columns = ["id", "title", "lane", "start", "end", "open_start", "open_end"]
    before = case.events[columns].astype(object).values.tolist()
    after = again.events[columns].astype(object).values.tolist()
    assert after == before
    assert set(again.events["status"]) == {"draft"}
