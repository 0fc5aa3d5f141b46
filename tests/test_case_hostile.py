"""Tests for timeline.case against hostile input: odd folders, YAML bombs, odd files, wide tables.

Each problem must come back as a clear message, never a traceback, a hang or a warning.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from test_case import only, problems_of, read_rows, write_rows
from timeline import load_case
from timeline.dates import FIRST_DATE, LAST_DATE

DATE_RANGE = f"a date from {FIRST_DATE.isoformat()} to {LAST_DATE.isoformat()}"
FOLDER_RULE = "a folder name that is a slug"


def validate(folder: Path) -> subprocess.CompletedProcess[str]:
    """Run ``timeline validate folder`` in a new process; the timeout only guards against a hang."""
    script = Path(sys.executable).with_name("timeline")
    command = [str(script)] if script.is_file() else [sys.executable, "-m", "timeline.cli"]
    return subprocess.run(
        [*command, "validate", str(folder)], capture_output=True, text=True, timeout=30, check=False
    )


def refused(folder: Path, *needles: str) -> str:
    """Validate ``folder`` in a new process: exit 2, no traceback, one line naming every needle."""
    result = validate(folder)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    hits = [line for line in result.stderr.splitlines() if all(n in line for n in needles)]
    assert len(hits) == 1, (needles, result.stderr[-3000:])
    return hits[0]


def edit_yml(folder: Path, old: str, new: str) -> None:
    path = folder / "case.yml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# --- 1. case ids --------------------------------------------------------------------------


def test_dot_gives_the_folders_real_name(case_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(case_copy)
    case = load_case(".")
    monkeypatch.chdir(case_copy.parent)
    assert case.id == case_copy.name == "lasd-ice-2017"
    assert dataclasses.replace(case, links=case.links.head(1)).id == case.id


def test_dot_dot_is_resolved_before_its_name_is_checked(
    case_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (case_copy / "inner").mkdir()
    monkeypatch.chdir(case_copy / "inner")
    assert load_case("..").id == "lasd-ice-2017"
    bad = case_copy.rename(case_copy.with_name("Not A Slug"))
    monkeypatch.chdir(bad / "inner")
    only(problems_of(Path("..")), FOLDER_RULE, "'Not A Slug'", "`id:` in case.yml")


@pytest.mark.parametrize(
    "name", ["with space", "<img src=x onerror=alert(1)>", "a;rm -rf", "Caps", "trailing-"]
)
def test_folder_name_must_be_a_slug(case_copy: Path, name: str) -> None:
    folder = case_copy.rename(case_copy.with_name(name))
    problem = only(problems_of(folder), FOLDER_RULE)
    assert repr(name) in problem


def test_an_id_in_case_yml_allows_any_folder_name(case_copy: Path) -> None:
    folder = case_copy.rename(case_copy.with_name("<img src=x onerror=alert(1)>"))
    with (folder / "case.yml").open("a", encoding="utf-8") as f:
        f.write("id: safe-id\n")
    assert load_case(folder).id == "safe-id"


def test_a_bad_id_and_a_bad_folder_name_are_both_reported(case_copy: Path) -> None:
    folder = case_copy.rename(case_copy.with_name("with space"))
    with (folder / "case.yml").open("a", encoding="utf-8") as f:
        f.write("id: ../..\n")
    problems = problems_of(folder)
    only(problems, "case.yml", "column 'id'", "'../..'", "slug")
    only(problems, FOLDER_RULE, "'with space'")


# --- 2. YAML bombs, deep nesting and size ----------------------------------------------------

BOMB = "".join(
    f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)


def test_billion_laughs_is_refused_quickly(case_copy: Path) -> None:
    path = case_copy / "case.yml"
    lines = path.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line.startswith("title:")]
    anchors = 'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\n' + BOMB
    path.write_text(anchors + "title: *i\n" + "\n".join(kept) + "\n", encoding="utf-8")
    problem = refused(case_copy, "case.yml", "line 1:", "without YAML anchors or aliases")
    assert "Traceback" not in problem


def test_an_alias_alone_is_refused_on_its_line(case_copy: Path) -> None:
    edit_yml(case_copy, "outlet: Los Angeles Times", "outlet: &o Los Angeles Times")
    with (case_copy / "case.yml").open("a", encoding="utf-8") as f:
        f.write("byline: *o\n")
    only(problems_of(case_copy), "case.yml, line 2", "without YAML anchors or aliases")


def test_a_value_in_a_message_is_shown_at_bounded_cost() -> None:
    from timeline.errors import show_value

    laughs: object = ["x"] * 9
    for _ in range(8):
        laughs = [laughs] * 9
    shown = show_value(laughs)
    assert shown.startswith("[[") and len(shown) < 200
    assert show_value("plain text") == "plain text"


def test_deeply_nested_yaml_is_refused(case_copy: Path) -> None:
    edit_yml(case_copy, "byline: Joel Rubin", "byline: " + "[" * 10_000 + "]" * 10_000)
    refused(case_copy, "case.yml", "line 3", "levels of nesting")


def test_a_case_yml_over_one_megabyte_is_refused(case_copy: Path) -> None:
    with (case_copy / "case.yml").open("a", encoding="utf-8") as f:
        f.write("# " + "x" * 1_000_000 + "\n")
    refused(case_copy, "case.yml", "at most 1 MB (1,000,000 bytes)")


@pytest.mark.parametrize(
    ("old", "new", "needle"),
    [
        ("outlet: Los Angeles Times", "outlet: " + "1" * 5000, "case.yml, line 2"),
        ("published: 2017-10-09", "published: 2017-02-30", "line 5, column 'published'"),
    ],
)
def test_a_yaml_value_python_cannot_hold_is_a_problem(
    case_copy: Path, old: str, new: str, needle: str
) -> None:
    edit_yml(case_copy, old, new)
    only(problems_of(case_copy), needle)


# --- 3. dates out of range ------------------------------------------------------------------


@pytest.mark.parametrize("date", ["1500-01-01", "9999-12-31", "1500-01-01/2017-01-01"])
def test_event_date_out_of_range(case_copy: Path, date: str) -> None:
    path = case_copy / "events.csv"
    rows = read_rows(path)
    rows[3]["date"] = date
    write_rows(path, rows)
    only(problems_of(case_copy), "events.csv, line 5, column 'date'", repr(date), DATE_RANGE)


@pytest.mark.parametrize("date", ["1500-01-01", "9999-12-31"])
def test_published_out_of_range(case_copy: Path, date: str) -> None:
    edit_yml(case_copy, "published: 2017-10-09", f"published: {date}")
    only(problems_of(case_copy), "case.yml, line 5, column 'published'", repr(date), DATE_RANGE)


# --- 4. case files that are not regular files --------------------------------------------------

LOOP = "a file, found a symbolic link that loops (or is broken)"


def test_a_folder_where_a_file_should_be(case_copy: Path) -> None:
    (case_copy / "events.csv").unlink()
    (case_copy / "events.csv").mkdir()
    only(problems_of(case_copy), "events.csv", "a file, found a folder")


@pytest.mark.parametrize("name", ["case.yml", "links.csv", "article.txt"])
def test_a_symlink_loop_where_a_file_should_be(case_copy: Path, name: str) -> None:
    (case_copy / name).unlink()
    (case_copy / name).symlink_to(name)
    only(problems_of(case_copy), name, LOOP)


def test_a_broken_symlink_where_a_file_should_be(case_copy: Path) -> None:
    (case_copy / "links.csv").unlink()
    (case_copy / "links.csv").symlink_to("gone.csv")
    only(problems_of(case_copy), "links.csv", LOOP)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_where_a_file_should_be(case_copy: Path) -> None:
    (case_copy / "links.csv").unlink()
    os.mkfifo(case_copy / "links.csv")
    only(problems_of(case_copy), "links.csv", "a file, found a special file")


def test_a_link_to_a_file_outside_the_case_is_refused(case_copy: Path) -> None:
    outside = case_copy.parent / "secret.txt"
    (case_copy / "article.txt").rename(outside)
    (case_copy / "article.txt").symlink_to(outside)
    only(problems_of(case_copy), "article.txt", "this is a link to a file outside it")


def test_a_link_to_a_file_inside_the_case_is_followed(case_copy: Path) -> None:
    text = (case_copy / "article.txt").read_text(encoding="utf-8")
    (case_copy / "texts").mkdir()
    (case_copy / "article.txt").rename(case_copy / "texts" / "story.txt")
    (case_copy / "article.txt").symlink_to(Path("texts") / "story.txt")
    assert load_case(case_copy).article == text


def test_a_file_that_cannot_be_read(case_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = Path.open

    def refuse_events(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "events.csv":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refuse_events)
    only(problems_of(case_copy), "events.csv", "a file that can be read (Permission denied)")


# --- 5. wide headers ---------------------------------------------------------------------------


def test_a_thousand_extra_columns_warn_nothing_and_read_clearly(case_copy: Path) -> None:
    path = case_copy / "events.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    extra = [f"extra{i}" for i in range(1000)]
    path.write_text("\n".join([",".join([lines[0], *extra]), *lines[1:]]) + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        problems = problems_of(case_copy)
    assert not [p for p in problems if "at least one row" in p]
    width = len(lines[0].split(","))
    wrong = f"{width + 1000} fields, as in the header, found {width}"
    assert sum(wrong in p for p in problems) == len(lines) - 1
    grouped = only(problems, "events.csv, line 1", "1000 unknown columns", "'extra0'")
    assert "and 990 more" in grouped and "'extra999'" not in grouped
    assert len(problems) == len(lines)


def test_a_few_unknown_and_repeated_columns_are_named_one_by_one(case_copy: Path) -> None:
    path = case_copy / "events.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines = [line + ",,," for line in lines]
    lines[0] = lines[0][:-3] + ",qoute,qoute,lane"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = problems_of(case_copy)
    only(problems, "line 1", "column 'qoute'", "known column")
    only(problems, "line 1", "column 'qoute'", "each column named once")
    only(problems, "line 1", "column 'lane'", "each column named once")


# --- 6. what already works keeps working --------------------------------------------------------


def test_utf8_bom_and_crlf_line_endings_are_read(case_copy: Path, first_case_dir: Path) -> None:
    for path in case_copy.iterdir():
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    case, first = load_case(case_copy), load_case(first_case_dir)
    assert case.meta == first.meta
    assert case.events.drop(columns=["detail", "date_note"]).equals(
        first.events.drop(columns=["detail", "date_note"])
    )


def test_a_quoted_newline_stays_in_its_cell(case_copy: Path) -> None:
    path = case_copy / "events.csv"
    rows = read_rows(path)
    rows[0]["detail"] = "first line\nsecond line"
    write_rows(path, rows)
    assert load_case(case_copy).events.at[0, "detail"] == "first line\nsecond line"


def test_cp1252_bytes_name_the_file_and_line(case_copy: Path) -> None:
    path = case_copy / "article.txt"
    lines = path.read_bytes().split(b"\n")
    lines[2] = b"\x93Quoted\x94 " + lines[2]
    path.write_bytes(b"\n".join(lines))
    only(problems_of(case_copy), "article.txt, line 3", "UTF-8")


@pytest.mark.parametrize(
    ("name", "needle"),
    [("case.yml", "a mapping of keys"), ("links.csv", "header row"), ("article.txt", "¶0 to ¶0")],
)
def test_empty_files_are_problems(case_copy: Path, name: str, needle: str) -> None:
    (case_copy / name).write_bytes(b"")
    assert any(needle in p for p in problems_of(case_copy))


def test_python_yaml_tags_are_refused(case_copy: Path, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    with (case_copy / "case.yml").open("a", encoding="utf-8") as f:
        f.write(f"byline: !!python/object/apply:os.system ['touch {marker.name}']\n")
    only(problems_of(case_copy), "case.yml, line 7", "python/object")
    assert not marker.exists()


@pytest.mark.parametrize(
    ("key", "value"), [("article", "../x"), ("article", ".."), ("id", "../..")]
)
def test_paths_out_of_the_case_folder_are_refused(case_copy: Path, key: str, value: str) -> None:
    if key == "article":
        edit_yml(case_copy, "article: article.txt", f"article: {value}")
    else:
        with (case_copy / "case.yml").open("a", encoding="utf-8") as f:
            f.write(f"{key}: {value}\n")
    only(problems_of(case_copy), "case.yml", f"column '{key}'", repr(value))


def test_javascript_urls_are_refused(case_copy: Path) -> None:
    edit_yml(case_copy, "url: https://", "url: javascript:alert(1)//")
    path = case_copy / "events.csv"
    rows = read_rows(path)
    rows[0]["source"] = "javascript:alert(1)"
    write_rows(path, rows)
    problems = problems_of(case_copy)
    only(problems, "case.yml, line 4, column 'url'", "javascript:", "http(s) URL")
    only(problems, "events.csv, line 2, column 'source'", "javascript:", "http(s) URL")
