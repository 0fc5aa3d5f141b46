"""Tests for timeline.case: the first case loads, and every kind of bad input is reported."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pandas as pd
import pytest
import yaml

from timeline import LANES, CaseError, load_case
from timeline.case import EVENT_COLUMNS, find_cases, write_case
from timeline.text import contains_quote


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write_rows(path: Path, rows: list[dict[str, str]], fields: list[str] | None = None) -> None:
    fields = fields or list(rows[0])
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(CaseError) as info:
        load_case(folder)
    return [str(p) for p in info.value.problems]


def only(problems: list[str], *needles: str) -> str:
    """Return the one problem that mentions every needle."""
    hits = [p for p in problems if all(n in p for n in needles)]
    assert len(hits) == 1, (needles, problems)
    return hits[0]


# --- the first case -------------------------------------------------------------------


def test_first_case_loads(first_case_dir: Path) -> None:
    case = load_case(first_case_dir)
    assert case.id == "lasd-ice-2017"
    assert case.meta.published.isoformat() == "2017-10-09"
    assert len(case.events) >= 14
    assert case.events["id"].is_unique
    assert set(case.events["lane"].astype(str)) == set(LANES)
    assert list(case.events["lane"].cat.categories) == list(LANES)
    assert pd.api.types.is_datetime64_any_dtype(case.events["start"])
    assert pd.api.types.is_datetime64_any_dtype(case.events["end"])


def test_first_case_dates_are_resolved_or_explicitly_open(first_case_dir: Path) -> None:
    events = load_case(first_case_dir).events
    assert (events["start"].notna() | events["open_start"]).all()
    assert (events["end"].notna() | events["open_end"]).all()
    both = events["start"].notna() & events["end"].notna()
    assert (events.loc[both, "start"] <= events.loc[both, "end"]).all()
    assert events["precision"].notna().all()
    assert events["edtf"].str.len().gt(0).all()


def test_first_case_key_events(first_case_dir: Path) -> None:
    events = load_case(first_case_dir).events.set_index("id")
    tweet = events.loc["july-tweet"]
    assert tweet["lane"] == "statement"
    assert tweet["date"] == "in July"
    assert tweet["start"] == pd.Timestamp("2017-07-01")
    assert tweet["end"] == pd.Timestamp("2017-07-31")
    assert tweet["precision"] == "month"
    assert "LASD does NOT provide release info to #ICE" in tweet["quote"]
    january = events.loc["january-letter"]
    assert january["start"] == pd.Timestamp("2017-01-01")
    report = events.loc["ig-report-released"]
    assert report["date"] == "Monday"
    assert report["start"] == report["end"] == pd.Timestamp("2017-10-09")
    lanes = events["lane"].astype(str)
    assert lanes["ice-desktop-computers"] == "practice"
    assert lanes["admission-letter"] == "disclosure"
    assert "were not accurate" in events.loc["admission-letter", "quote"]


def test_first_case_provenance(first_case_dir: Path) -> None:
    case = load_case(first_case_dir)
    events = case.events
    assert events["source"].str.len().gt(0).all()
    for quote in events.loc[events["quote"] != "", "quote"]:
        assert contains_quote(case.article, quote)
    open_bounds = events[events["open_start"] | events["open_end"]]
    assert open_bounds["date_note"].str.len().gt(0).all(), "open bounds say why"


def test_first_case_links(first_case_dir: Path) -> None:
    case = load_case(first_case_dir)
    links = case.links
    relations = set(links["relation"])
    assert {"contradicts", "admits", "reveals", "prompted"} <= relations
    contradicted = set(links.loc[links["relation"] == "contradicts", "to"])
    assert "july-tweet" in contradicted
    assert ("january-letter", "ig-inquiry") in set(
        zip(
            links.loc[links["relation"] == "prompted", "from"],
            links.loc[links["relation"] == "prompted", "to"],
            strict=True,
        )
    )


def test_loading_never_writes_the_article(first_case_dir: Path) -> None:
    article = first_case_dir / "article.txt"
    before = (article.stat().st_mtime_ns, hashlib.sha256(article.read_bytes()).hexdigest())
    load_case(first_case_dir)
    after = (article.stat().st_mtime_ns, hashlib.sha256(article.read_bytes()).hexdigest())
    assert before == after


def test_find_cases_lists_case_folders(first_case_dir: Path) -> None:
    assert first_case_dir in find_cases(first_case_dir.parent)


# --- bad input: each kind named in the case format --------------------------------------


def test_missing_events_file(case_copy: Path) -> None:
    (case_copy / "events.csv").unlink()
    only(problems_of(case_copy), "events.csv", "this file to exist")


def test_missing_links_file(case_copy: Path) -> None:
    (case_copy / "links.csv").unlink()
    only(problems_of(case_copy), "links.csv", "this file to exist")


def test_missing_required_column(case_copy: Path) -> None:
    path = case_copy / "events.csv"
    rows = read_rows(path)
    for row in rows:
        del row["source"]
    write_rows(path, rows)
    only(problems_of(case_copy), "events.csv", "column 'source'", "required column")


def test_unknown_column_is_named(case_copy: Path) -> None:
    path = case_copy / "events.csv"
    rows = read_rows(path)
    for row in rows:
        row["qoute"] = ""
    write_rows(path, rows)
    only(problems_of(case_copy), "events.csv", "line 1", "column 'qoute'", "known column")


def test_empty_events_table(case_copy: Path) -> None:
    path = case_copy / "events.csv"
    header = path.read_text(encoding="utf-8").splitlines()[0]
    path.write_text(header + "\n", encoding="utf-8")
    only(problems_of(case_copy), "events.csv", "at least one row")


def test_empty_file(case_copy: Path) -> None:
    (case_copy / "events.csv").write_text("", encoding="utf-8")
    only(problems_of(case_copy), "events.csv", "header row")


def test_unknown_lane(case_copy: Path) -> None:
    path = case_copy / "events.csv"
    rows = read_rows(path)
    rows[2]["lane"] = "statment"
    write_rows(path, rows)
    problem = only(problems_of(case_copy), "statment")
    assert "events.csv, line 4, column 'lane'" in problem
    assert "one of statement, practice, disclosure, context" in problem


def test_unknown_relation(case_copy: Path) -> None:
    path = case_copy / "links.csv"
    rows = read_rows(path)
    rows[0]["relation"] = "contradict"
    write_rows(path, rows)
    problem = only(problems_of(case_copy), "'contradict'")
    assert "links.csv, line 2, column 'relation'" in problem
    assert "contradicts, reveals, admits, prompted" in problem


def test_duplicate_id(case_copy: Path) -> None:
    path = case_copy / "events.csv"
    rows = read_rows(path)
    rows[5]["id"] = rows[1]["id"]
    write_rows(path, rows)
    problems = [p for p in problems_of(case_copy) if "unique" in p]
    assert {p.split(",")[1].strip() for p in problems} == {"line 3", "line 7"}
    assert all(f"'{rows[1]['id']}'" in p and "column 'id'" in p for p in problems)


def test_bad_slug(case_copy: Path) -> None:
    path = case_copy / "events.csv"
    rows = read_rows(path)
    rows[0]["id"] = "Trump Plan"
    write_rows(path, rows)
    problems = problems_of(case_copy)
    only(problems, "line 2", "column 'id'", "'Trump Plan'", "slug")


def test_link_to_unknown_id(case_copy: Path) -> None:
    path = case_copy / "links.csv"
    rows = read_rows(path)
    rows[3]["to"] = "no-such-event"
    write_rows(path, rows)
    problem = only(problems_of(case_copy), "no-such-event")
    assert "links.csv, line 5, column 'to'" in problem
    assert "id of an event" in problem


def test_link_between_wrong_lanes(case_copy: Path) -> None:
    path = case_copy / "links.csv"
    rows = read_rows(path)
    contradiction = next(r for r in rows if r["relation"] == "contradicts")
    contradiction["from"], contradiction["to"] = contradiction["to"], contradiction["from"]
    write_rows(path, rows)
    only(problems_of(case_copy), "column 'relation'", "'contradicts' link from a")


def test_disputes_runs_from_any_lane_to_a_statement(case_copy: Path) -> None:
    path = case_copy / "links.csv"
    rows = read_rows(path)
    note = {"note": ""}
    rows.append({"from": "ice-jail-access", "to": "july-tweet", "relation": "disputes", **note})
    rows.append({"from": "times-july-story", "to": "july-tweet", "relation": "disputes", **note})
    write_rows(path, rows)
    case = load_case(case_copy)
    assert (case.links["relation"] == "disputes").sum() == 2
    rows.append({"from": "july-tweet", "to": "ice-jail-access", "relation": "disputes", **note})
    write_rows(path, rows)
    problem = only(problems_of(case_copy), "column 'relation'", "'disputes' link from a")
    assert "to a statement event (here statement to practice)" in problem


def test_rating_and_claim_are_optional_and_short(case_copy: Path) -> None:
    path = case_copy / "events.csv"
    rows = read_rows(path)
    for row in rows:
        row["rating"] = "False" if row["id"] == "july-tweet" else ""
        row["claim"] = "LASD does not give ICE release information." if row["rating"] else ""
    write_rows(path, rows)
    events = load_case(case_copy).events.set_index("id")
    assert events.at["july-tweet", "rating"] == "False"
    assert events.at["website-position", "rating"] == events.at["website-position", "claim"] == ""
    rows[0]["rating"] = "x" * 101
    write_rows(path, rows)
    only(problems_of(case_copy), "column 'rating'", "at most 100 characters")


def test_warnings_name_contradicted_statements_without_a_rating(case_copy: Path) -> None:
    from timeline.findings import case_warnings

    assert case_warnings(load_case(case_copy)) == []  # every statement it challenges is admitted
    links = case_copy / "links.csv"
    write_rows(links, [r for r in read_rows(links) if r["relation"] != "admits"])
    events = case_copy / "events.csv"
    rows = read_rows(events)
    for row in rows:
        row["rating"] = {"july-tweet": "False", "ice-jail-access": "True"}.get(row["id"], "")
    write_rows(events, rows)
    warnings = case_warnings(load_case(case_copy))  # warnings, never errors
    assert len(warnings) == 3, warnings
    assert any("'website-position' is contradicted but has no rating" in w for w in warnings)
    assert any("'no-longer-lists-claim'" in w for w in warnings)
    assert all("no ClaimReview will be written" in w for w in warnings[:2])
    assert "event 'ice-jail-access' has a rating but is not a statement" in warnings[2]


def test_duplicate_and_self_links(case_copy: Path) -> None:
    path = case_copy / "links.csv"
    rows = read_rows(path)
    rows.append(dict(rows[0]))
    rows.append({**rows[0], "to": rows[0]["from"], "relation": "prompted"})
    write_rows(path, rows)
    problems = problems_of(case_copy)
    only(problems, f"line {len(rows)}", "each link once")
    only(problems, f"line {len(rows) + 1}", "two different events")


def test_unresolvable_date(case_copy: Path) -> None:
    path = case_copy / "events.csv"
    rows = read_rows(path)
    rows[4]["date"] = "hours later"
    write_rows(path, rows)
    problem = only(problems_of(case_copy), "'hours later'")
    assert "events.csv, line 6, column 'date'" in problem
    assert "EDTF" in problem


def test_quote_not_in_article(case_copy: Path) -> None:
    path = case_copy / "events.csv"
    rows = read_rows(path)
    idx = next(i for i, r in enumerate(rows) if r["id"] == "july-tweet")
    rows[idx]["quote"] = rows[idx]["quote"].replace("NOT", "not")
    write_rows(path, rows)
    problem = only(problems_of(case_copy), "column 'quote'")
    assert f"line {idx + 2}" in problem
    assert "verbatim in the article" in problem


def test_quote_not_in_article_with_plain_source(case_copy: Path) -> None:
    path = case_copy / "events.csv"
    rows = read_rows(path)
    rows[0]["source"] = "article"
    rows[0]["quote"] = "nobody said this"
    write_rows(path, rows)
    only(problems_of(case_copy), "line 2", "column 'quote'", "verbatim in the article")


def test_quote_from_another_paragraph(case_copy: Path) -> None:
    path = case_copy / "events.csv"
    rows = read_rows(path)
    idx = next(i for i, r in enumerate(rows) if r["quote"] and r["source"].startswith("article ¶"))
    rows[idx]["source"] = "article ¶1"
    write_rows(path, rows)
    only(problems_of(case_copy), "column 'quote'", "a quote from ¶1")


def test_source_must_be_article_paragraph_or_url(case_copy: Path) -> None:
    path = case_copy / "events.csv"
    rows = read_rows(path)
    rows[0]["source"] = "the internet"
    rows[1]["source"] = "article ¶99"
    write_rows(path, rows)
    problems = problems_of(case_copy)
    only(problems, "line 2", "column 'source'", "http(s) URL")
    only(problems, "line 3", "column 'source'", "paragraph the article has")


@pytest.mark.parametrize("key", ["published", "article"])
def test_case_yml_missing_key(case_copy: Path, key: str) -> None:
    path = case_copy / "case.yml"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith(key)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    only(problems_of(case_copy), "case.yml", f"column '{key}'", "required key")


def test_case_yml_bad_date(case_copy: Path) -> None:
    path = case_copy / "case.yml"
    text = path.read_text(encoding="utf-8").replace("2017-10-09", "9 Oct 2017")
    path.write_text(text, encoding="utf-8")
    problem = only(problems_of(case_copy), "column 'published'")
    assert "'9 Oct 2017'" in problem and "YYYY-MM-DD" in problem and "line" in problem


def test_case_yml_not_yaml(case_copy: Path) -> None:
    (case_copy / "case.yml").write_text("title: [unclosed\n", encoding="utf-8")
    only(problems_of(case_copy), "case.yml", "valid YAML")


def test_not_utf8(case_copy: Path) -> None:
    path = case_copy / "events.csv"
    lines = path.read_bytes().split(b"\n")
    lines[3] = lines[3].replace(b",", b",Sh\xe9riff ", 1)  # a Latin-1 byte, not UTF-8
    path.write_bytes(b"\n".join(lines))
    problem = only(problems_of(case_copy), "events.csv", "UTF-8")
    assert "line 4" in problem


def test_csv_that_does_not_parse(case_copy: Path) -> None:
    path = case_copy / "links.csv"
    with path.open("a", encoding="utf-8") as f:
        f.write('a,b,"prompted\n')
    only(problems_of(case_copy), "links.csv", "well-formed CSV")


def test_row_with_too_many_fields(case_copy: Path) -> None:
    path = case_copy / "links.csv"
    n = len(path.read_text(encoding="utf-8").splitlines())
    with path.open("a", encoding="utf-8") as f:
        f.write("a,b,prompted,note,extra\n")
    only(problems_of(case_copy), "links.csv", f"line {n + 1}", "fields, as in the header")


def test_missing_folder(tmp_path: Path) -> None:
    only(problems_of(tmp_path / "nope"), "case folder")


def test_every_problem_at_once(case_copy: Path) -> None:
    events = case_copy / "events.csv"
    rows = read_rows(events)
    rows[0]["lane"] = "rumour"
    rows[1]["date"] = "the next day"
    rows[2]["id"] = rows[3]["id"]
    write_rows(events, rows)
    links = case_copy / "links.csv"
    link_rows = read_rows(links)
    link_rows[0]["relation"] = "denies"
    write_rows(links, link_rows)
    problems = problems_of(case_copy)
    only(problems, "'rumour'")
    only(problems, "'the next day'")
    only(problems, "'denies'")
    assert sum("unique" in p for p in problems) == 2


def test_links_table_may_have_no_rows(case_copy: Path) -> None:
    (case_copy / "links.csv").write_text("from,to,relation,note\n", encoding="utf-8")
    assert load_case(case_copy).links.empty


def test_blank_rows_are_skipped_and_cells_stripped(case_copy: Path) -> None:
    path = case_copy / "events.csv"
    first = read_rows(path)[0]
    with path.open("a", encoding="utf-8") as f:
        f.write("\n , , ,\n,,,,,,,,\n   \n")
        f.write(" extra-event , practice ,  2017-07 , Padded title ,article,,,,,\n")
    events = load_case(case_copy).events
    assert events["id"].iloc[0] == first["id"]
    padded = events[events["id"] == "extra-event"].iloc[0]
    assert (padded["lane"], padded["date"], padded["title"]) == (
        "practice",
        "2017-07",
        "Padded title",
    )
    assert padded["edtf"] == "2017-07"
    assert events["id"].is_unique and not (events["id"] == "").any()


def test_problem_lines_count_blank_and_multiline_rows(case_copy: Path) -> None:
    path = case_copy / "events.csv"
    n = len(path.read_text(encoding="utf-8").splitlines())
    with path.open("a", encoding="utf-8") as f:
        f.write('\nx-1,practice,2017-07,"A title\nover two lines",article,,,,,\n')
        f.write("X_2,practice,2017-07,T,article,,,,,\n")
    problem = only(problems_of(case_copy), "'X_2'")
    assert f"line {n + 4}," in problem


# --------------------------------------------------------------------------------------------
# Writing a case: write_case
# --------------------------------------------------------------------------------------------


def test_write_case_then_load_case_round_trips(tmp_path: Path, first_case_dir: Path) -> None:
    meta = yaml.safe_load((first_case_dir / "case.yml").read_text(encoding="utf-8"))
    article = (first_case_dir / meta["article"]).read_bytes()
    events = read_rows(first_case_dir / "events.csv")
    links = read_rows(first_case_dir / "links.csv")
    out = tmp_path / first_case_dir.name
    written = write_case(out, meta, article, events, links, comment="Line one\n\nline two")
    assert written == out
    original, copy = load_case(first_case_dir), load_case(out)
    assert copy.meta == original.meta and copy.id == original.id
    assert copy.article == original.article
    assert (out / meta["article"]).read_bytes() == article
    pd.testing.assert_frame_equal(copy.events, original.events)
    pd.testing.assert_frame_equal(copy.links, original.links)
    blank = dict.fromkeys(EVENT_COLUMNS, "")  # columns a row lacks are written blank
    assert read_rows(out / "events.csv") == [{**blank, **row} for row in events]
    text = (out / "case.yml").read_text(encoding="utf-8")
    assert text.startswith("# Line one\n#\n# line two\n")


def test_write_case_never_overwrites_an_article(tmp_path: Path, first_case_dir: Path) -> None:
    meta = yaml.safe_load((first_case_dir / "case.yml").read_text(encoding="utf-8"))
    out = tmp_path / first_case_dir.name
    out.mkdir()
    (out / meta["article"]).write_bytes(b"the reporter's own text")
    with pytest.raises(FileExistsError):
        write_case(out, meta, b"other text", [], [])
    assert (out / meta["article"]).read_bytes() == b"the reporter's own text"
    assert sorted(p.name for p in out.iterdir()) == [meta["article"]]


@pytest.mark.parametrize("name", [None, "", "..", "../article.txt", "a\\b"])
def test_write_case_wants_a_plain_article_name(tmp_path: Path, name: str | None) -> None:
    meta = {"title": "T", "article": name} if name is not None else {"title": "T"}
    with pytest.raises(ValueError, match="expected a file name"):
        write_case(tmp_path / "case", meta, b"text", [], [])
    assert not (tmp_path / "case").exists()
