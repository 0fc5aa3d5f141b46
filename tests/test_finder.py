"""Tests for timeline.dates.finder: dates in running text, their spans, and ``dates --find``."""

from __future__ import annotations

import datetime
import json
import random
import re
import string
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.cli import main
from timeline.dates import (
    Found,
    Resolution,
    find,
    find_command,
    finder,
    parse_published,
    publication_date,
    resolve,
    words,
)
from timeline.dates.context import ANAPHOR, anaphora, last_quarter
from timeline.dates.resolver import resolve_strict
from timeline.dates.scan import _CORE, EXPR, candidate, word_cores

D = datetime.date
PUBLISHED = D(2017, 10, 9)  # a Monday: the first story's publication date
LABELLED = Path(__file__).parent / "data" / "news_dates.txt"
MARK = re.compile(r"\{\{(?P<date>.+?)\|(?P<edtf>.+?)\}\}|\[\[(?P<friend>.+?)\]\]")


@dataclass(frozen=True)
class Labelled:
    """One labelled sentence: its plain text and what the finder should make of it."""

    line: int
    published: str
    text: str
    dates: list[tuple[int, int, str]]  # start, end, EDTF
    friends: list[str]


def parse_labelled(path: Path = LABELLED) -> list[Labelled]:
    """Read ``news_dates.txt``: ``PUBLISHED | sentence`` with {{date|EDTF}} and [[friend]]."""
    out: list[Labelled] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        published, _, marked = raw.partition(" | ")
        plain = ""
        pos = 0
        dates: list[tuple[int, int, str]] = []
        friends: list[str] = []
        for m in MARK.finditer(marked):
            plain += marked[pos : m.start()]
            words = m.group("date") or m.group("friend")
            if m.group("date"):
                dates.append((len(plain), len(plain) + len(words), m.group("edtf")))
            else:
                friends.append(words)
            plain += words
            pos = m.end()
        plain += marked[pos:]
        out.append(Labelled(number, published.strip(), plain, dates, friends))
    return out


SENTENCES = parse_labelled()


def bounds(edtf: str) -> tuple[D | None, D | None]:
    """First and last day of an EDTF date or interval."""
    res = resolve(edtf, None)
    assert res is not None, f"bad label {edtf!r}"
    return res.start, res.end


# --------------------------------------------------------------------------------------------
# The first story
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def story(first_case_dir: Path) -> str:
    return (first_case_dir / "article.txt").read_text(encoding="utf-8")


def test_first_story_finds_its_three_dates(story: str) -> None:
    found = find(story, PUBLISHED)
    assert [(f.text, f.resolution.edtf) for f in found] == [
        ("Monday", "2017-10-09"),
        ("in January", "2017-01"),
        ("in July", "2017-07"),
    ]
    for f in found:
        assert story[f.start : f.end] == f.text


def test_first_story_monday_is_the_publication_day(story: str) -> None:
    monday = next(f for f in find(story, PUBLISHED) if f.text == "Monday")
    assert story[monday.start : monday.end + 7] == "Monday by the"  # dateparser's false read
    assert (monday.resolution.start, monday.resolution.end) == (PUBLISHED, PUBLISHED)


@pytest.mark.parametrize(
    "false_friend", ["we", "We", "two days", "up to two days", "12 million", "Monday by the"]
)
def test_first_story_false_friends_are_not_found(story: str, false_friend: str) -> None:
    assert false_friend in story
    assert false_friend not in [f.text for f in find(story, PUBLISHED)]


# --------------------------------------------------------------------------------------------
# Labelled news sentences
# --------------------------------------------------------------------------------------------


def test_the_labelled_set_is_big_enough() -> None:
    assert len(SENTENCES) >= 30
    assert sum(len(s.dates) for s in SENTENCES) >= 50
    assert sum(len(s.friends) for s in SENTENCES) >= 40


@pytest.mark.parametrize("item", SENTENCES, ids=lambda s: f"line{s.line}")
def test_labelled_sentence(item: Labelled) -> None:
    found = find(item.text, item.published)
    got = [(f.start, f.end) for f in found]
    want = [(a, b) for a, b, _ in item.dates]
    assert got == want, (
        f"found {[f.text for f in found]}, expected {[item.text[a:b] for a, b in want]}"
    )
    for f, (_, _, edtf) in zip(found, item.dates, strict=True):
        assert (f.resolution.start, f.resolution.end) == bounds(edtf), f.text
    texts = [f.text for f in found]
    for friend in item.friends:
        assert friend not in texts


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("They met Jan. 28 to Feb. 3 in Washington.", "Jan. 28 to Feb. 3"),
        ("It began as early as 2014, records show.", "as early as 2014"),
        ("The desk was staffed from January through July.", "from January through July"),
        ("Arrests rose between March and May, data show.", "between March and May"),
        ("Since January, the office has been closed.", "Since January"),
        ("The hearings ran Sept. 28-Oct. 2 in Sacramento.", "Sept. 28-Oct. 2"),
        ("It happened in 2015 or so, he said.", "in 2015 or so"),
        ("Crime fell in the mid-1990s and early 2000s.", "in the mid-1990s and early 2000s"),
        ("The path was closed forty-five years ago, she said.", "forty-five years ago"),
        ("The board met on Tuesday last and agreed the plan.", "Tuesday last"),
        ("He said on Wednesday last week that it was over.", "Wednesday last week"),
        ("The system failed at 7.42pm on Friday 12 January, the log shows.", "Friday 12 January"),
    ],
)
def test_ranges_and_hedges_are_found_whole(text: str, whole: str) -> None:
    assert [f.text for f in find(text, PUBLISHED)] == [whole]


@pytest.mark.parametrize(
    "text",
    [
        "Deputies may march in the parade.",
        "The council may vote on the march route.",
        "Prime Minister Theresa May met the governor.",
        "That Monday, nobody came.",
        "Every Monday the office closes early.",
        "The shooting was in the 2000 block of Main Street.",
        "He said 2016 was a hard year.",
        "The Women's March filled the streets.",
        "The stock's fall was steep.",
        "The Summer Olympics come to Los Angeles.",
        "Sales rose 6.3% and 12 million people noticed.",
        "Inmates were held for up to two days.",
    ],
)
def test_false_friends_are_not_dates(text: str) -> None:
    assert find(text, PUBLISHED) == []


def test_a_weekday_before_last_year_is_not_read_as_last_weekday() -> None:
    found = find("On Tuesday last year the board met. It meets Monday next month.", PUBLISHED)
    assert [f.text for f in found] == ["Tuesday", "last year", "Monday", "next month"]


def test_capitalised_months_are_dates_anywhere() -> None:
    assert [f.text for f in find("May was the deadliest month.", PUBLISHED)] == ["May"]
    assert [f.text for f in find("In March, the board met.", PUBLISHED)] == ["In March"]


def test_without_a_publication_date_only_absolute_dates_are_found() -> None:
    found = find("On Oct. 9, 2017, and again on Monday, officials met.", None)
    assert [f.text for f in found] == ["Oct. 9, 2017"]


def test_a_bad_publication_date_is_refused() -> None:
    for published in ("9 Oct", "Oct. 9", "last Monday", "2017-13-45", "10/49/2017", "soon"):
        with pytest.raises(ValueError, match="YYYY-MM-DD"):
            find("Monday", published)


def test_publication_dates_are_read_as_resolve_reads_them() -> None:
    text = "The report came out Monday, a week after the vote in September."
    expected = find(text, "2017-10-09")
    assert [f.text for f in expected] == ["Monday", "in September"]
    for published in ("Oct. 9, 2017", "9 Oct 2017", "October 9, 2017", "10/9/2017"):
        assert find(text, published) == expected, published
        assert resolve("Monday", published) == resolve("Monday", "2017-10-09"), published
    assert parse_published is publication_date


def test_every_month_weekday_and_season_word_in_the_tables_is_found() -> None:
    # The finder's regular expressions are built from timeline.dates.words: a word added
    # there is found in text as well as resolved.
    for name, number in words.MONTHS.items():
        written = name.capitalize() + ("" if name in words.FULL_MONTHS else ".")
        (found,) = find(f"It began in {written} 2016, officials said.", PUBLISHED)
        assert found.text == f"in {written} 2016"
        assert found.resolution.edtf == f"2016-{number:02d}", written
    for name, number in words.WEEKDAYS.items():
        (found,) = find(f"It began {name.capitalize()}, officials said.", PUBLISHED)
        assert found.resolution.start == PUBLISHED - datetime.timedelta(days=(0 - number) % 7)
    for name, index in words.SEASONS.items():
        for written in (name, name.capitalize()):
            (found,) = find(f"It began in the {written} of 2016, they said.", PUBLISHED)
            assert found.resolution.edtf == f"2016-{21 + index}", written
    for name, count in words.NUMBER_WORDS.items():
        for written in (name, name.capitalize()):
            (found,) = find(f"{written} days ago, officials said.", PUBLISHED)
            assert found.resolution.start == PUBLISHED - datetime.timedelta(days=count), written


def test_the_old_finder_module_still_works() -> None:
    import timeline.finder as old

    assert (old.Found, old.find, old.find_command) == (Found, find, find_command)
    assert old.parse_published is publication_date
    assert old.__doc__ is not None and old.__doc__.startswith("Deprecated: use timeline.dates")


def test_found_records_have_the_documented_keys() -> None:
    (found,) = find("The report came out in January.", PUBLISHED)
    assert found.record() == {
        "start": 20,
        "end": 30,
        "text": "in January",
        "date_start": "2017-01-01",
        "date_end": "2017-01-31",
        "precision": "month",
        "edtf": "2017-01",
        "approximate": False,
        "context": None,
    }


def test_an_open_range_prints_null() -> None:
    (found,) = find("The policy held until March 2019.", "2019-06-03")
    record = found.record()
    assert record["date_start"] is None
    assert record["date_end"] == "2019-03-31"


# --------------------------------------------------------------------------------------------
# Properties and bounded work
# --------------------------------------------------------------------------------------------

NEWS_WORDS = str.split(
    "in on the of Jan. Sept. March May may march Monday Friday 2017 1990s ’90s since between "
    "and to from through about as early late mid- spring fall summer two days ago last week year "
    "12 million 6.3% , . - – 28 9, 2014 or so Q3 the end first quarter we"
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NEWS_WORDS), max_size=40), st.sampled_from([" ", "", "\n"]))
def test_spans_are_ordered_slices_that_resolve(words: list[str], sep: str) -> None:
    text = sep.join(words) if sep else " ".join(words).replace(" ,", ",")
    found = find(text, PUBLISHED)
    last_end = 0
    for f in found:
        assert isinstance(f, Found)
        assert last_end <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        if f.context is None:  # the date alone, read as the last one or the next one
            last, nxt = resolve(f.text, PUBLISHED), resolve_strict(f.text, PUBLISHED, forward=True)
            assert f.resolution in (last, nxt)
        else:  # anaphora: read against a date found before them, or the last quarter
            earlier = {g.resolution.edtf for g in found if g.end <= f.start}
            assert f.context.edtf in earlier | {last_quarter(PUBLISHED).edtf}
        last_end = f.end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_searched_without_error(text: str) -> None:
    for f in find(text, PUBLISHED):
        assert text[f.start : f.end] == f.text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Jan. " * 100_000,
        "2017-" * 200_000,
        "between " * 120_000,
        "as early as " * 80_000,
        "Jan. 1, 2017, to " * 50_000,
        "-" * 1_000_000,
        "’" * 500_000,
        "1" * 1_000_000,
        "the " * 250_000,
    ],
    ids=lambda t: repr(t[:12]),
)
def test_pathological_inputs_finish(text: str) -> None:
    # No timing assertion here: benchmarks/find.py measures. This only shows the search ends.
    found = find(text, PUBLISHED)
    assert all(text[f.start : f.end] == f.text for f in found[:100])


@pytest.mark.slow
def test_a_megabyte_of_random_text_finishes() -> None:
    rng = random.Random(7)
    alphabet = string.ascii_letters + string.digits + " .,-'’\n"
    text = "".join(rng.choice(alphabet) for _ in range(1_000_000))
    found = find(text, PUBLISHED)
    assert all(text[f.start : f.end] == f.text for f in found)


@pytest.mark.parametrize("piece", ["2017-", "Jan. ", "May 2017-", "Monday, "])
def test_repeated_text_is_linear_work(monkeypatch: pytest.MonkeyPatch, piece: str) -> None:
    # No timing: count the work. The candidates examined grow with the text, while a text
    # made of one repeated piece holds only a few distinct candidates and words around them,
    # each of which the resolver reads once per search.
    asked: list[str] = []
    examined: list[int] = []
    resolve_, spans_ = finder.resolve, finder._spans

    def counting_resolve(text: str, published: datetime.date | str | None) -> Resolution | None:
        asked.append(text)
        return resolve_(text, published)

    def counting_spans(m: re.Match[str]) -> list[tuple[int, int, bool]]:
        out = spans_(m)
        examined.append(len(out))
        return out

    monkeypatch.setattr(finder, "resolve", counting_resolve)
    monkeypatch.setattr(finder, "_spans", counting_spans)

    def work(copies: int) -> tuple[int, int]:
        asked.clear()
        examined.clear()
        find(piece * copies, PUBLISHED)
        return sum(examined), len(asked)

    spans_n, asked_n = work(2_000)
    spans_2n, asked_2n = work(4_000)
    assert spans_n >= 2_000  # a candidate or more for each copy
    assert abs(spans_2n - 2 * spans_n) <= 20  # linear in the length of the text
    assert asked_2n == asked_n <= 100  # each distinct text is read once


def test_jan_repeated_is_many_months() -> None:
    # No verb gives a tense: in an October story the next January (12 weeks ahead) is
    # under half as far as the last one (36 weeks back).
    found = find("Jan. " * 1000, PUBLISHED)
    assert len(found) == 1000
    assert {f.resolution.edtf for f in found} == {"2018-01"}


# --------------------------------------------------------------------------------------------
# The command line: timeline dates --find FILE --published DATE
# --------------------------------------------------------------------------------------------


def test_find_command_prints_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    text = (
        "\ufeffHeadline\r\n\r\n"
        "The report came out Monday, Oct. 9, 2017, after “months” of work.\r\n"
    )
    path.write_bytes(text.encode("utf-8"))
    assert find_command(str(path), "2017-10-09") == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["text"] for r in records] == ["Monday, Oct. 9, 2017"]
    r = records[0]
    assert text[r["start"] : r["end"]] == r["text"]  # offsets count the BOM and each \r
    assert set(r) == {
        "start",
        "end",
        "text",
        "date_start",
        "date_end",
        "precision",
        "edtf",
        "approximate",
        "context",
    }


def test_the_cli_routes_find(first_case_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = first_case_dir / "article.txt"
    assert main(["dates", "--find", str(article), "--published", "2017-10-09"]) == 0
    texts = [json.loads(line)["text"] for line in capsys.readouterr().out.splitlines()]
    assert texts == ["Monday", "in January", "in July"]


def test_publication_dates_outside_the_range_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    supported = "outside the supported range 1678-01-01 to 2261-12-31"
    for text in ("The report came out Monday.", "No date here."):
        for published in ("9999-12-31", D(1677, 12, 31)):
            with pytest.raises(ValueError, match=supported):
                find(text, published)
    path = tmp_path / "story.txt"
    path.write_text("The report came out Monday.", encoding="utf-8")
    assert find_command(str(path), "9999-12-31") == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert supported in captured.err and "Traceback" not in captured.err


@pytest.mark.parametrize(
    ("setup", "published", "message"),
    [
        ("missing", "2017-10-09", "cannot read"),
        ("folder", "2017-10-09", "cannot read"),
        ("latin1", "2017-10-09", "not UTF-8"),
        ("ok", "2017-13-45", "not a date"),
        ("ok", "Oct. 9", "not a date"),
        ("ok", None, "needs --published"),
    ],
)
def test_find_command_refuses_bad_input(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    setup: str,
    published: str | None,
    message: str,
) -> None:
    path = tmp_path / "story.txt"
    if setup == "folder":
        path.mkdir()
    elif setup == "latin1":
        path.write_bytes("Caf\xe9 in January".encode("latin-1"))
    elif setup == "ok":
        path.write_text("The report came out in January.", encoding="utf-8")
    assert find_command(str(path), published) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err
    assert "Traceback" not in captured.err


@pytest.mark.parametrize(
    ("text", "words", "edtf"),
    [
        ("It began in 2016.", "in 2016", "2016"),
        ("The office opened in May 2016. Nobody was told.", "in May 2016", "2016-05"),
        ("It began in the spring of 2016.", "in the spring of 2016", "2016-21"),
    ],
)
def test_a_year_that_ends_a_sentence_is_found(text: str, words: str, edtf: str) -> None:
    (found,) = find(text, "2017-10-09")
    assert (found.text, found.resolution.edtf) == (words, edtf)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([*NEWS_WORDS, "(between", "all-about", '"the', "c.", "x-mid-"]), max_size=60
    ),
    st.sampled_from([" ", "", "\n", "-"]),
)
def test_the_scan_finds_what_a_plain_search_finds(words: list[str], sep: str) -> None:
    # The scan tries the grammar only near the words every date holds; it must propose
    # the same candidates, at the same places, as searching the grammar at every place.
    text = sep.join(words)
    pos, plain, scanned = 0, [], []
    while (m := EXPR.search(text, pos)) is not None:
        plain.append(m.span())
        pos = m.start() + 1
    pos = 0
    while (m := candidate(text, pos)) is not None:
        scanned.append(m.span())
        pos = m.start() + 1
    assert scanned == plain


ANAPHOR_WORDS = str.split(
    "the The a one that same following next previous year-ago year-earlier comparable latest "
    "day week month year quarter period earlier later before after , . fourth third 1989 in "
    "Year Quarter x- morning night"
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(ANAPHOR_WORDS), max_size=60), st.sampled_from([" ", "  ", "-"]))
def test_anaphora_near_units_are_those_of_a_plain_search(words: list[str], sep: str) -> None:
    # Anaphora are searched for only near the words of units; the matches must be those of
    # searching the whole text.
    text = sep.join(words)
    plain = [m.span() for m in ANAPHOR.finditer(text)]
    assert [m.span() for m in anaphora(text, word_cores(text))] == plain


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*NEWS_WORDS, "Month", "Decade", "today", "Kelvin"]), max_size=40))
def test_word_cores_are_where_the_core_pattern_matches_a_word(words: list[str]) -> None:
    text = " ".join(words)
    expected = [m.start() for m in _CORE.finditer(text) if not m.group()[0].isdigit()]
    assert word_cores(text) == expected


def test_a_text_with_a_case_folding_sign_is_searched_by_the_pattern() -> None:
    # The Kelvin sign matches "k" in a case-blind pattern: such a text is not searched with
    # str.find, and its candidates are still found.
    text = "The \u212aelvin report came out last week."
    assert word_cores(text) is None
    assert [f.text for f in find(text, PUBLISHED)] == ["last week"]


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("Security logs for 2022-23 record 317 visits.", "2022/2023"),
        ("The 2019-20 season ended early.", "2019/2020"),
        ("The 2022-25 plan was dropped.", "2022/2025"),
        ("It reopened for 1999-00.", "1999/2000"),
    ],
)
def test_a_split_year_in_prose_is_its_years_not_an_edtf_season(text: str, edtf: str) -> None:
    # "2022-23" in a story is a season or a financial year across two years; the same
    # characters in EDTF are autumn 2022, which no story means.
    assert [f.resolution.edtf for f in find(text, "2024-05-01")] == [edtf]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "Crews took the benches out in mid-October. In a news release, the city said so.",
            "in mid-October",
        ),
        ("The fence was mended in late-October. At the time, nobody noticed.", "in late-October"),
    ],
)
def test_a_month_that_ends_its_sentence_is_no_part_of_a_name(text: str, month: str) -> None:
    assert [f.text for f in find(text, PUBLISHED)] == [month]
