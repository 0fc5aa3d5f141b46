"""Tests for timeline export: every format's contents, safety, determinism and atomicity."""

from __future__ import annotations

import contextlib
import csv
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jsonschema
import pandas as pd
import pyarrow.parquet as pq
import pytest

from timeline import CaseError, load_case
from timeline.case import Case
from timeline.cli import main
from timeline.export import (
    FILES,
    FORMATS,
    ExportError,
    canonical_pdf,
    export_case,
    json_bytes,
    parse_formats,
)
from timeline.timelinejs import display_date, resolved_words

HERE = Path(__file__).parent
HOSTILE = HERE / "data" / "cases" / "hostile"
DATA_FORMATS = ["timelinejs", "claimreview", "csv", "parquet"]
HOSTILE_STRINGS = (
    "</script><script>window.pwned=1</script>",
    "<img src=x onerror=alert(1)>",
    "Tom &amp; Jerry &lt;not a tag&gt;",
    "first line\u2028second line\u2029third line",
    '" onmouseover="window.pwned=1',
)


@pytest.fixture(scope="module")
def first_case(first_case_dir: Path) -> Case:
    return load_case(first_case_dir)


@pytest.fixture(scope="module")
def hostile_case() -> Case:
    return load_case(HOSTILE)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the real command in a new process."""
    return subprocess.run(
        [sys.executable, "-m", "timeline.cli", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the command in this process (faster); an uncaught exception fails the test."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# --- arguments and the command -----------------------------------------------------------


def test_formats_and_files_are_documented() -> None:
    assert set(FILES) == set(FORMATS)
    names = [n for files in FILES.values() for n in files]
    assert len(names) == len(set(names))
    doc = export_case.__doc__ or ""
    for fmt, files in FILES.items():
        for name in files:
            assert f"``{name}``" in doc, name
        assert f"\n    {fmt} " in doc, fmt


def test_parse_formats_orders_and_dedupes() -> None:
    assert parse_formats(["csv,timelinejs", "CSV", " parquet "]) == [
        "timelinejs",
        "csv",
        "parquet",
    ]


@pytest.mark.parametrize("given", [["nope"], ["csv,nope"], [""], []])
def test_parse_formats_rejects_unknown(given: list[str]) -> None:
    with pytest.raises(ExportError) as info:
        parse_formats(given)
    message = str(info.value)
    assert "\n" not in message
    assert ", ".join(FORMATS) in message
    if given and given[0]:
        assert "'nope'" in message


def test_cli_unknown_format_exits_2(first_case_dir: Path, tmp_path: Path) -> None:
    result = run_cli("export", str(first_case_dir), "--format", "csv,docx", "--out", str(tmp_path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "'docx'" in lines[0] and "timelinejs" in lines[0] and "claimreview" in lines[0]
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("option", "value", "needle"),
    [("--width", "5", "width 5"), ("--width", "0", "width 0"), ("--scale", "0", "scale 0")],
)
def test_cli_bad_size_exits_2(
    first_case_dir: Path, tmp_path: Path, option: str, value: str, needle: str
) -> None:
    result = cli(
        "export", str(first_case_dir), "--format", "csv", "--out", str(tmp_path), option, value
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert needle in result.stderr and "expected" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_bad_case_exits_2(case_copy: Path, tmp_path: Path) -> None:
    events = case_copy / "events.csv"
    events.write_text(
        events.read_text("utf-8").replace(",statement,", ",statment,", 1), encoding="utf-8"
    )
    out = tmp_path / "out"
    result = cli("export", str(case_copy), "--format", "csv", "--out", str(out))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "'statment'" in result.stderr
    assert not out.exists()


def test_cli_out_is_a_file_exits_2(first_case_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "taken"
    out.write_text("not a folder", encoding="utf-8")
    result = cli("export", str(first_case_dir), "--format", "csv", "--out", str(out))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "taken" in result.stderr and "expected a folder" in result.stderr


def test_cli_writes_case_folder(
    first_case_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["export", str(first_case_dir), "--format", ",".join(DATA_FORMATS), "--out", str(tmp_path)]
    )
    assert code == 0
    folder = tmp_path / "lasd-ice-2017"
    expected = [n for f in DATA_FORMATS for n in FILES[f]]
    assert sorted(p.name for p in folder.iterdir()) == sorted(expected)
    printed = capsys.readouterr().out.split()
    assert printed == [str(folder / n) for n in expected]


def test_cli_export_dot_from_inside_the_case_folder(case_copy: Path, tmp_path: Path) -> None:
    """``cd data/cases/x && timeline export . --out ../exports`` writes into ``exports/x``."""
    exports = case_copy.parent / "exports"
    (exports / "other-case").mkdir(parents=True)
    result = subprocess.run(
        [sys.executable, "-m", "timeline.cli", "export", ".", "--format=csv", "--out=../exports"],
        capture_output=True,
        text=True,
        check=False,
        cwd=case_copy,
    )
    assert result.returncode == 0, result.stderr
    folder = exports / case_copy.name
    assert sorted(p.name for p in exports.iterdir()) == sorted(["other-case", case_copy.name])
    assert sorted(p.name for p in folder.iterdir()) == ["events.csv", "links.csv"]
    assert list((exports / "other-case").iterdir()) == []


def test_export_case_writes_into_out_dir(first_case: Case, tmp_path: Path) -> None:
    written = export_case(first_case, ["csv"], tmp_path)
    assert written == [tmp_path / "events.csv", tmp_path / "links.csv"]


def test_export_case_rejects_a_file_as_folder(first_case: Case, tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_bytes(b"x")
    with pytest.raises(ExportError, match="expected a folder"):
        export_case(first_case, ["csv"], target)


# --- atomicity ---------------------------------------------------------------------------


def test_failed_render_leaves_earlier_files(
    first_case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export_case(first_case, DATA_FORMATS, tmp_path)
    before = snapshot(tmp_path)
    times = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    import timeline.export as module

    def broken(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
        raise RuntimeError("renderer failed")

    monkeypatch.setitem(module._RENDERERS, "parquet", broken)
    with pytest.raises(RuntimeError):
        export_case(first_case, DATA_FORMATS, tmp_path)
    assert snapshot(tmp_path) == before
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == times


def test_failed_write_leaves_the_old_file_and_no_temp(
    first_case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export_case(first_case, ["csv"], tmp_path)
    before = snapshot(tmp_path)

    def no_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device", dst)

    monkeypatch.setattr(os, "replace", no_replace)
    with pytest.raises(OSError):
        export_case(first_case, ["csv"], tmp_path)
    assert snapshot(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv", "links.csv"]


def test_cli_bad_case_leaves_earlier_export(case_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["export", str(case_copy), "--format", "csv,timelinejs", "--out", str(out)]) == 0
    folder = out / case_copy.name
    before = snapshot(folder)
    links = case_copy / "links.csv"
    links.write_text(links.read_text("utf-8") + "ghost,july-tweet,contradicts,\n", "utf-8")
    result = cli("export", str(case_copy), "--format", "csv,timelinejs", "--out", str(out))
    assert result.returncode == 2
    assert "'ghost'" in result.stderr
    assert snapshot(folder) == before


def test_export_never_writes_into_the_case_folder(case_copy: Path) -> None:
    before = snapshot(case_copy)
    result = cli("export", str(case_copy), "--format", "csv", "--out", str(case_copy.parent))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "case's own folder" in result.stderr
    assert snapshot(case_copy) == before
    with pytest.raises(ExportError, match="case's own folder"):
        export_case(load_case(case_copy), ["csv"], case_copy)
    assert snapshot(case_copy) == before


def test_written_files_are_readable_by_others(first_case: Case, tmp_path: Path) -> None:
    export_case(first_case, ["csv"], tmp_path)
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "events.csv").stat().st_mode & 0o777 == 0o666 & ~umask


# --- determinism -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", DATA_FORMATS)
@pytest.mark.parametrize("which", ["first", "hostile"])
def test_reruns_are_byte_identical(
    fmt: str, which: str, first_case: Case, hostile_case: Case, tmp_path: Path
) -> None:
    case = first_case if which == "first" else hostile_case
    export_case(case, [fmt], tmp_path / "a")
    export_case(case, [fmt], tmp_path / "b")
    a, b = snapshot(tmp_path / "a"), snapshot(tmp_path / "b")
    assert a == b
    assert sorted(a) == sorted(FILES[fmt])


# --- JSON safety -------------------------------------------------------------------------


def test_json_bytes_is_safe_inside_a_script() -> None:
    value = {"b": "</script><!--\u2028\u2029&", "a": [1, "é"]}
    text = json_bytes(value).decode("utf-8")
    assert json.loads(text) == value
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in text
    assert text.index('"a"') < text.index('"b"')
    assert "é" in text and text.endswith("\n")


# --- TimelineJS --------------------------------------------------------------------------

_DATE = {
    "type": "object",
    "properties": {
        "year": {"type": "integer"},
        "month": {"type": "integer", "minimum": 1, "maximum": 12},
        "day": {"type": "integer", "minimum": 1, "maximum": 31},
        "hour": {"type": "integer"},
        "minute": {"type": "integer"},
        "second": {"type": "integer"},
        "millisecond": {"type": "integer"},
        "display_date": {"type": "string"},
    },
    "required": ["year"],
    "dependentRequired": {"day": ["month"]},
    "additionalProperties": False,
}
_TEXT = {
    "type": "object",
    "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
    "additionalProperties": False,
}
_SLIDE_PROPERTIES = {
    "start_date": _DATE,
    "end_date": _DATE,
    "text": _TEXT,
    "media": {"type": "object"},
    "group": {"type": "string"},
    "display_date": {"type": "string"},
    "background": {"type": "object"},
    "autolink": {"type": "boolean"},
    "unique_id": {"type": "string", "pattern": "^[a-z0-9-]+$"},
}
#: The fields of TimelineJS3's JSON format, as documented by Knight Lab
#: (timeline.knightlab.com/docs/json-format.html).
TIMELINEJS_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "title": {
            "type": "object",
            "properties": _SLIDE_PROPERTIES,
            "required": ["text"],
            "additionalProperties": False,
        },
        "events": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": _SLIDE_PROPERTIES,
                "required": ["start_date", "text", "unique_id"],
                "additionalProperties": False,
            },
        },
        "eras": {"type": "array"},
        "scale": {"enum": ["human", "cosmological"]},
    },
    "required": ["events"],
    "additionalProperties": False,
}


class Tags(HTMLParser):
    """Every start tag in a piece of HTML, with its attributes, and the scripts' text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, {k: v or "" for k, v in attrs}))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data

    @classmethod
    def scripts_of(cls, markup: str) -> list[str]:
        parser = cls()
        parser.feed(markup)
        parser.close()
        return parser.scripts

    @classmethod
    def of(cls, markup: str) -> list[tuple[str, dict[str, str]]]:
        parser = cls()
        parser.feed(markup)
        parser.close()
        return parser.found


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("which", ["first", "hostile"])
def test_timelinejs_matches_the_documented_format(
    which: str, first_case: Case, hostile_case: Case, tmp_path: Path
) -> None:
    case = first_case if which == "first" else hostile_case
    export_case(case, ["timelinejs"], tmp_path)
    data = load_json(tmp_path / "timelinejs.json")
    jsonschema.Draft202012Validator(TIMELINEJS_SCHEMA).validate(data)
    assert [e["unique_id"] for e in data["events"]] == list(case.events["id"])
    assert data["title"]["unique_id"] not in set(case.events["id"])
    assert data["title"]["text"]["headline"] == html.escape(case.meta.title, quote=False)
    labels = {
        "statement": "What officials said",
        "practice": "What happened behind the scenes",
        "disclosure": "Oversight and disclosure",
        "context": "Context",
    }
    for event, row in zip(data["events"], case.events.itertuples(), strict=True):
        assert event["group"] == labels[row.lane]
        assert event["autolink"] is False
        assert event["text"]["headline"] == html.escape(row.title, quote=False)
        assert event["display_date"] == display_date(case.events.loc[row.Index])


def test_timelinejs_dates_follow_precision(first_case: Case, tmp_path: Path) -> None:
    export_case(first_case, ["timelinejs"], tmp_path)
    events = {e["unique_id"]: e for e in load_json(tmp_path / "timelinejs.json")["events"]}
    # Day precision: one day, no end.
    assert events["trump-deportation-plan"]["start_date"] == {"year": 2017, "month": 1, "day": 25}
    assert "end_date" not in events["trump-deportation-plan"]
    # Month precision: no day, and no end for a single month; words from the article.
    tweet = events["july-tweet"]
    assert tweet["start_date"] == {"year": 2017, "month": 7}
    assert "end_date" not in tweet
    assert tweet["display_date"] == "in July (July 2017)"
    # A span keeps each side's own precision.
    inquiry = events["ig-inquiry"]
    assert inquiry["start_date"] == {"year": 2017, "month": 1}
    assert inquiry["end_date"] == {"year": 2017, "month": 10, "day": 9}
    assert inquiry["display_date"] == "January 2017 to October 9, 2017"
    # An open start sits at its known end and says so.
    for eid, bound, words in [
        ("ice-jail-access", {"year": 2017, "month": 10, "day": 9}, "October 9, 2017"),
        ("funding-threats", {"year": 2017, "month": 1}, "January 2017"),
    ]:
        assert events[eid]["start_date"] == bound
        assert "end_date" not in events[eid]
        assert events[eid]["display_date"] == f"on or before {words}"
    assert events["ig-report-released"]["display_date"] == "Monday (October 9, 2017)"


def test_resolved_words_cover_every_precision() -> None:
    def row(start: str | None, end: str | None, precision: str, edtf: str, **kw: Any) -> pd.Series:
        return pd.Series(
            {
                "date": kw.get("date", edtf),
                "start": pd.Timestamp(start) if start else pd.NaT,
                "end": pd.Timestamp(end) if end else pd.NaT,
                "precision": precision,
                "edtf": edtf,
                "approximate": kw.get("approximate", False),
                "open_start": start is None,
                "open_end": end is None,
            }
        )

    assert resolved_words(row("2017-06-01", "2017-08-31", "season", "2017-22")) == (
        "June 2017 to August 2017"
    )
    assert resolved_words(row("2010-01-01", "2019-12-31", "decade", "201X")) == "2010 to 2019"
    assert resolved_words(row("2017-10-02", "2017-10-08", "week", "2017-10-02/2017-10-08")) == (
        "October 2, 2017 to October 8, 2017"
    )
    assert resolved_words(row("2017-01-01", "2017-12-31", "year", "2017~", approximate=True)) == (
        "2017 (approximate)"
    )
    assert resolved_words(row("2017-03-01", None, "month", "2017-03/..")) == (
        "on or after March 2017"
    )
    hostile = row("2017-07-01", "2017-07-31", "month", "2017-07", date="in July <b>&amp;")
    assert display_date(hostile) == "July 2017"


def test_timelinejs_escapes_hostile_text(hostile_case: Case, tmp_path: Path) -> None:
    export_case(hostile_case, ["timelinejs"], tmp_path)
    raw = (tmp_path / "timelinejs.json").read_text("utf-8")
    assert "<" not in raw and ">" not in raw and "\u2028" not in raw
    data = json.loads(raw)
    slides = [data["title"], *data["events"]]
    for slide in slides:
        for field in ("headline", "text"):
            tags = Tags.of(slide["text"][field])
            # The only elements are the ones this package writes; links are http(s) only.
            assert {t for t, _ in tags} <= {"p", "strong", "blockquote", "a"}, (field, tags)
            for tag, attrs in tags:
                assert set(attrs) <= {"href"}
                if tag == "a":
                    assert attrs["href"].startswith(("http://", "https://"))
    events = {e["unique_id"]: e for e in data["events"]}
    for row in hostile_case.events.itertuples():
        event = events[row.id]
        assert html.unescape(event["text"]["headline"]) == row.title
        if row.quote:
            assert (
                f"<blockquote>{html.escape(row.quote, quote=False)}</blockquote>"
                in (event["text"]["text"])
            )
    # A javascript: text in a detail stays text, and autolink is off.
    post = events["spokesperson-post"]["text"]["text"]
    assert "javascript:window.pwned=1" in post
    assert 'href="javascript' not in post
    # The hostile URL is a link with its quotes escaped inside the attribute.
    assert "https://example.com/post?b=&quot;&#x27;&gt;&lt;svg/onload=window.pwned=1&gt;" in post


# --- ClaimReview -------------------------------------------------------------------------


def test_claimreview_has_googles_fields(first_case: Case, tmp_path: Path) -> None:
    export_case(first_case, ["claimreview"], tmp_path)
    data = load_json(tmp_path / "claimreview.jsonld")
    assert data["@context"] == "https://schema.org"
    reviews = data["@graph"]
    events = first_case.events.set_index("id")
    statements = {r["url"].rsplit("#claim-", 1)[1]: r for r in reviews}
    contradicted = set(
        first_case.links.loc[first_case.links["relation"].isin(["contradicts", "admits"]), "to"]
    )
    assert (
        set(statements)
        == contradicted
        == {
            "website-position",
            "july-tweet",
            "no-longer-lists-claim",
        }
    )
    for sid, review in statements.items():
        # Required by Google.
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"] == (events.at[sid, "quote"] or events.at[sid, "title"])
        assert review["reviewRating"]["@type"] == "Rating"
        assert review["reviewRating"]["alternateName"].startswith("Inaccurate: ")
        assert review["url"] == f"{first_case.meta.url}#claim-{sid}"
        assert review["author"] == {
            "@type": "Organization",
            "name": "Los Angeles Times",
            "url": "https://www.latimes.com/",
        }
        # Recommended.
        assert review["datePublished"] == "2017-10-09"
        claim = review["itemReviewed"]
        assert claim["@type"] == "Claim"
        assert claim["author"] == {
            "@type": "Organization",
            "name": "Los Angeles County Sheriff's Department",
        }
        assert claim["appearance"]["url"] == first_case.meta.url
        # None of these statements is dated to a single day, so no date is claimed.
        assert "datePublished" not in claim
        assert "ratingValue" not in review["reviewRating"]
    tweet = statements["july-tweet"]
    assert tweet["claimReviewed"].startswith("LASD does NOT provide release info to #ICE.")
    assert "admitted by Sheriff Jim McDonnell" in tweet["reviewRating"]["alternateName"]
    assert "five desktop computers" in tweet["reviewRating"]["ratingExplanation"]
    assert "(July 2017)" in tweet["reviewBody"]


def test_claimreview_dates_a_claim_only_to_a_known_day(hostile_case: Case, tmp_path: Path) -> None:
    export_case(hostile_case, ["claimreview"], tmp_path)
    reviews = load_json(tmp_path / "claimreview.jsonld")["@graph"]
    by_id = {r["url"].rsplit("#claim-", 1)[1]: r for r in reviews}
    assert by_id["agency-statement"]["itemReviewed"]["datePublished"] == "2020-01-05"
    assert "datePublished" not in by_id["spokesperson-post"]["itemReviewed"]
    # A statement sourced to a URL appears there.
    assert by_id["spokesperson-post"]["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork",
        "url": "https://example.com/post?b=\"'><svg/onload=window.pwned=1>",
    }
    assert by_id["spokesperson-post"]["itemReviewed"]["author"]["@type"] == "Person"


def test_claimreview_ignores_draft_evidence(hostile_case: Case, tmp_path: Path) -> None:
    # The draft 'email' practice contradicts nothing here; add a link that rests on it alone.
    links = pd.concat(
        [
            hostile_case.links,
            pd.DataFrame(
                [
                    {
                        "from": "email",
                        "to": "spokesperson-post",
                        "relation": "contradicts",
                        "note": "",
                    }
                ]
            ),
        ],
        ignore_index=True,
    )
    memo_only = links[~((links["from"] == "memo") & (links["to"] == "spokesperson-post"))]
    case = Case(
        path=hostile_case.path,
        meta=hostile_case.meta,
        article=hostile_case.article,
        events=hostile_case.events,
        links=memo_only.reset_index(drop=True),
        paragraphs=hostile_case.paragraphs,
    )
    export_case(case, ["claimreview"], tmp_path)
    ids = [
        r["url"].rsplit("#claim-", 1)[1]
        for r in load_json(tmp_path / "claimreview.jsonld")["@graph"]
    ]
    assert ids == ["agency-statement"]


def test_claimreview_is_safe_to_paste_into_a_script(hostile_case: Case, tmp_path: Path) -> None:
    export_case(hostile_case, ["claimreview"], tmp_path)
    raw = (tmp_path / "claimreview.jsonld").read_text("utf-8")
    assert "<" not in raw and ">" not in raw and "&" not in raw
    data = json.loads(raw)
    review = data["@graph"][0]
    # JSON-LD values are plain text: the hostile strings come back exactly.
    assert review["claimReviewed"] == "</script><script>window.pwned=1</script>"
    assert review["itemReviewed"]["author"]["name"] == '<b>Agency</b> & "Partners"'
    assert review["author"]["name"] == "The <i>Hostile</i> & Co. Gazette"


# --- CSV and Parquet ---------------------------------------------------------------------


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_csv_holds_the_resolved_events(first_case: Case, tmp_path: Path) -> None:
    export_case(first_case, ["csv"], tmp_path)
    rows = read_csv(tmp_path / "events.csv")
    assert list(rows[0]) == [
        "id", "lane", "date", "title", "source", "actor", "quote", "detail", "date_note",
        "status", "start", "end", "precision", "edtf", "approximate", "open_start", "open_end",
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


# --- validation keeps dangerous links out ------------------------------------------------


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


# --- PDF normalisation -------------------------------------------------------------------


def test_canonical_pdf_leaves_unknown_bytes_alone() -> None:
    assert canonical_pdf(b"not a pdf") == b"not a pdf"


# --- the chart: Vega-Lite, SVG, PNG, PDF, HTML -------------------------------------------

CHART_FORMATS = ["html", "embed", "vega-lite", "svg", "png", "pdf"]
# Markup from the hostile case that must never reach a page or image unescaped.
RAW_MARKUP = (
    "</script><script>window.pwned=1</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=window.pwned=1>",
    "<b>Agency</b>",
    "</style><style>",
    "</textarea><!--<script>",
    "<iframe src=javascript:",
)


@pytest.fixture(scope="module")
def first_export(first_case: Case, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("first")
    export_case(first_case, CHART_FORMATS, out)
    return out


@pytest.fixture(scope="module")
def hostile_export(hostile_case: Case, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hostile")
    export_case(hostile_case, FORMATS, out)
    return out


def _walk(node: Any) -> Any:
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def test_vega_lite_is_valid_with_data_inlined(first_export: Path) -> None:
    import altair as alt
    from altair.utils.schemapi import validate_jsonschema
    from altair.vegalite.v6.schema import load_schema

    spec = load_json(first_export / "chart.vl.json")
    assert spec["$schema"] == alt.SCHEMA_URL
    assert spec.get("datasets"), "the data is inlined as named datasets"
    for node in _walk(spec):
        if isinstance(node, dict) and isinstance(node.get("data"), dict):
            assert "url" not in node["data"]
    # It validates against the Vega-Lite schema Altair ships, and reads back into Altair.
    validate_jsonschema(spec, load_schema())
    kind = next(k for k in ("vconcat", "hconcat", "concat", "layer") if k in spec)
    cls = {"vconcat": alt.VConcatChart, "hconcat": alt.HConcatChart}.get(kind, alt.LayerChart)
    assert cls.from_dict(spec).to_dict()["datasets"] == spec["datasets"]


def test_vega_lite_keeps_hostile_text_as_data(hostile_export: Path) -> None:
    raw = (hostile_export / "chart.vl.json").read_text("utf-8")
    assert "<" not in raw and ">" not in raw and "\u2028" not in raw
    assert "\\u003c/script\\u003e\\u003cscript\\u003ewindow.pwned=1" in raw


def test_svg_is_well_formed_and_inert(first_export: Path, hostile_export: Path) -> None:
    import xml.etree.ElementTree as ET

    for folder in (first_export, hostile_export):
        root = ET.fromstring((folder / "chart.svg").read_bytes())
        assert root.tag.endswith("svg")
        assert root.get("width") is not None
        for element in root.iter():
            tag = element.tag.rsplit("}", 1)[-1]
            assert tag not in {"script", "foreignObject", "iframe", "image"}, tag
            for name, value in element.attrib.items():
                local = name.rsplit("}", 1)[-1]
                assert not local.lower().startswith("on"), (tag, name)
                if local == "href":
                    assert value.startswith(("http://", "https://", "#")), value
    raw = (hostile_export / "chart.svg").read_text("utf-8")
    for bad in RAW_MARKUP:
        assert bad not in raw, bad


def test_png_has_the_asked_size(first_case: Case, tmp_path: Path) -> None:
    import struct

    export_case(first_case, ["png"], tmp_path / "a", width=600, scale=1)
    export_case(first_case, ["png"], tmp_path / "b", width=600, scale=2)
    sizes = []
    for name in ("a", "b"):
        data = (tmp_path / name / "chart.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        sizes.append(struct.unpack(">II", data[16:24]))
    (w1, h1), (w2, h2) = sizes
    # The width is the plot's; axis labels and the legend add to the image.
    assert w1 >= 600
    assert (w2, h2) == (2 * w1, 2 * h1)


def test_pdf_is_one_canonical_document(
    first_export: Path, first_case: Case, tmp_path: Path
) -> None:
    data = (first_export / "chart.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    # Every cross-reference entry points at its object.
    xref_at = int(data.rsplit(b"startxref\n", 1)[1].split()[0])
    lines = data[xref_at:].split(b"\n")
    count = int(lines[1].split()[1])
    offsets = [int(line[:10]) for line in lines[3 : 2 + count]]
    for number, offset in enumerate(offsets, start=1):
        assert data[offset:].startswith(b"%d 0 obj\n" % number)
    # Several renders (vl-convert orders fonts at random) give the same bytes.
    for n in range(4):
        export_case(first_case, ["pdf"], tmp_path / str(n))
        assert (tmp_path / str(n) / "chart.pdf").read_bytes() == data


def test_html_pages_are_offline_and_escaped(hostile_export: Path, hostile_case: Case) -> None:
    for name in ("timeline.html", "embed.html", "embed-snippet.html"):
        raw = (hostile_export / name).read_text("utf-8")
        for bad in RAW_MARKUP:
            assert bad not in raw, (name, bad)
        # Every script holds only this package's code and escaped data: the hostile
        # strings never end up in one as themselves.
        for script in Tags.scripts_of(raw):
            assert "\u2028" not in script and "\u2029" not in script, name
            assert "<!--" not in script and "pwned=1</" not in script, name
        tags = Tags.of(raw)
        for tag, attrs in tags:
            assert not any(k.startswith("on") for k in attrs), (name, tag, attrs)
            if tag == "script":
                assert "src" not in attrs, name
            if tag == "link":
                assert attrs.get("rel") != "stylesheet", name
            if tag == "a":
                assert attrs["href"].startswith(("http://", "https://")), (name, attrs)
    snippet_tags = Tags.of((hostile_export / "embed-snippet.html").read_text("utf-8"))
    frames = [attrs for tag, attrs in snippet_tags if tag == "iframe"]
    assert len(frames) == 1
    frame = frames[0]
    assert frame["src"] == "embed.html"
    assert frame["title"] == f"Timeline: {hostile_case.meta.title}"
    assert frame["loading"] == "lazy" and frame["width"] == "100%"
    assert "allow-same-origin" not in frame["sandbox"]


@pytest.mark.parametrize("fmt", CHART_FORMATS)
def test_chart_reruns_are_byte_identical(
    fmt: str, hostile_case: Case, hostile_export: Path, tmp_path: Path
) -> None:
    export_case(hostile_case, [fmt], tmp_path)
    for name in FILES[fmt]:
        assert (tmp_path / name).read_bytes() == (hostile_export / name).read_bytes(), name


@pytest.mark.slow
def test_every_format_in_fresh_processes_is_byte_identical(
    first_case_dir: Path, tmp_path: Path
) -> None:
    outs = []
    for seed in ("3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = tmp_path / seed
        result = subprocess.run(
            [sys.executable, "-m", "timeline.cli", "export", str(first_case_dir),
             "--format", ",".join(FORMATS), "--out", str(out)],
            capture_output=True, text=True, check=False, env=env,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        outs.append(snapshot(out / "lasd-ice-2017"))
    assert sorted(outs[0]) == sorted(n for f in FORMATS for n in FILES[f])
    assert outs[0] == outs[1]


def test_render_failure_is_one_line_exit_1(
    first_case_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    import timeline.export as module

    def broken(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
        raise ValueError("conversion failed:\nError: something deep\nmore")

    monkeypatch.setitem(module._RENDERERS, "svg", broken)
    code = main(["export", str(first_case_dir), "--format", "csv,svg", "--out", str(tmp_path)])
    assert code == 1
    err = capsys.readouterr().err.strip()
    assert err == (
        "timeline export: lasd-ice-2017: could not render svg: ValueError: "
        "conversion failed: Error: something deep"
    )
    assert not (tmp_path / "lasd-ice-2017").exists()


def test_canonical_svg_numbers_ids_per_document() -> None:
    from timeline.export import canonical_svg

    first = (
        '<clipPath id="clip7"/><g clip-path="url(#clip7)"/>'
        '<clipPath id="clip9"/><use href="#clip9"/>'
    )
    again = first.replace("clip7", "clip20").replace("clip9", "clip21")
    assert canonical_svg(first) == canonical_svg(again)
    assert canonical_svg(first) == first.replace("clip7", "clip1").replace("clip9", "clip2")
    assert canonical_svg("<svg/>") == "<svg/>"
