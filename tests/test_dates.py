"""Tests for timeline.dates: the labelled set, each convention, the CLI helper and properties."""

from __future__ import annotations

import ast
import calendar
import csv
import datetime
import inspect
import json
import re
import time
from pathlib import Path
from typing import Any

import edtf
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import dates
from timeline.dates import (
    FIRST_DATE,
    LAST_DATE,
    PRECISIONS,
    Resolution,
    dates_command,
    frame,
    resolve,
    resolve_frame,
    resolver,
)
from timeline.dates.tokens import TokenCursor, TokenKind, tokenize

D = datetime.date
LABELLED = Path(__file__).parent / "data" / "dates_labelled.csv"
LATIMES = D(2017, 10, 9)  # a Monday: the publication date of the first case's story
WINTER_CODE = re.compile(r"\d{4}-24")


def _rows() -> list[dict[str, str]]:
    with LABELLED.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


ROWS = _rows()


def _date(s: str) -> D | None:
    return D.fromisoformat(s) if s else None


def _edtf_bounds(s: str) -> tuple[D | None, D | None]:
    parsed = edtf.parse_edtf(s)
    out: list[D | None] = []
    for t in (parsed.lower_strict(), parsed.upper_strict()):
        out.append(None if isinstance(t, float) else D(t.tm_year, t.tm_mon, t.tm_mday))
    return out[0], out[1]


def span(text: str, published: D | str = LATIMES) -> tuple[str, str, str, bool] | None:
    """(start, end, precision, approximate) as strings, for compact assertions."""
    r = resolve(text, published)
    if r is None:
        return None
    return (str(r.start or ""), str(r.end or ""), r.precision, r.approximate)


# --------------------------------------------------------------------------------------------
# The labelled set
# --------------------------------------------------------------------------------------------


def test_labelled_set_is_large_and_has_negatives() -> None:
    assert len(ROWS) >= 120
    assert sum(1 for r in ROWS if not r["precision"]) >= 30
    assert len({r["published"] for r in ROWS}) >= 5
    for r in ROWS:
        assert set(r) == {"text", "published", "start", "end", "precision", "approximate"}
        assert r["precision"] in ("", *PRECISIONS)
        assert r["approximate"] in ("true", "false")


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['text']}@{r['published']}" for r in ROWS])
def test_labelled(row: dict[str, str]) -> None:
    got = resolve(row["text"], row["published"])
    if not row["precision"]:
        assert got is None
        return
    assert got is not None
    assert got.text == row["text"]
    assert got.start == _date(row["start"])
    assert got.end == _date(row["end"])
    assert got.precision == row["precision"]
    assert got.approximate is (row["approximate"] == "true")


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r["precision"]], ids=lambda r: f"{r['text']}@{r['published']}"
)
def test_labelled_edtf_parses_and_agrees(row: dict[str, str]) -> None:
    got = resolve(row["text"], row["published"])
    assert got is not None
    lo, hi = _edtf_bounds(got.edtf)
    assert lo == got.start
    if WINTER_CODE.fullmatch(got.edtf):
        # The edtf package reads season 24 as December only; our winter runs to February.
        assert got.end is not None and got.end.month == 2
    else:
        assert hi == got.end


# --------------------------------------------------------------------------------------------
# Conventions
# --------------------------------------------------------------------------------------------


def test_weekday_on_the_publication_day_is_that_day() -> None:
    assert LATIMES.weekday() == 0
    for text in ("Monday", "on Monday", "Monday night", "Monday by the"):
        r = resolve(text, LATIMES)
        assert r is not None and r.start == r.end == LATIMES and r.precision == "day", text


def test_last_weekday_on_that_day_is_a_week_before() -> None:
    week_before = LATIMES - datetime.timedelta(days=7)
    for text in ("last Monday", "Monday last", "on Monday last"):
        r = resolve(text, LATIMES)
        assert r is not None and r.start == r.end == week_before, text


@pytest.mark.parametrize("offset", range(7))
def test_every_weekday_is_the_most_recent_on_or_before(offset: int) -> None:
    published = LATIMES + datetime.timedelta(days=offset)
    for n, name in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")):
        r = resolve(f"on {name}", published)
        assert r is not None and r.start is not None
        assert r.start.weekday() == n
        assert published - datetime.timedelta(days=6) <= r.start <= published


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a date still to come, written with its weekday: the weekday names the year
        ("starting Monday, July 15", "2019-07-11", "2019-07-15"),
        ("Mon., Jan. 6", "2019-12-20", "2020-01-06"),
        # ... and a date past, the same way
        ("on Tuesday, Oct. 3", "2017-10-09", "2017-10-03"),
        ("Thursday 28 December", "2018-01-04", "2017-12-28"),
        # a weekday that fits no year near the story leaves the usual reading
        ("on Friday, June 3", "2019-07-11", "2019-06-03"),
    ],
)
def test_a_date_written_with_its_weekday_takes_the_year_the_weekday_names(
    text: str, published: str, expected: str
) -> None:
    r = resolve(text, datetime.date.fromisoformat(published))
    assert r is not None and r.start is not None
    assert r.start.isoformat() == r.end.isoformat() == expected


def test_next_weekday_is_after_publication() -> None:
    assert span("next Monday") == ("2017-10-16", "2017-10-16", "day", False)


def test_month_without_year_is_most_recent_on_or_before() -> None:
    assert span("in January") == ("2017-01-01", "2017-01-31", "month", False)
    assert span("in October") == ("2017-10-01", "2017-10-31", "month", False)
    assert span("in November") == ("2016-11-01", "2016-11-30", "month", False)
    assert span("last October") == ("2016-10-01", "2016-10-31", "month", False)
    r = resolve("in January", LATIMES)
    assert r is not None and r.edtf == "2017-01"


def test_day_without_year_is_most_recent_on_or_before() -> None:
    assert span("Apr. 12") == ("2017-04-12", "2017-04-12", "day", False)
    assert span("Oct. 9") == ("2017-10-09", "2017-10-09", "day", False)
    assert span("Oct. 10") == ("2016-10-10", "2016-10-10", "day", False)
    assert span("Feb. 29", "2016-01-05") == ("2012-02-29", "2012-02-29", "day", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oct. 9, 2017", "2017-10-09"),
        ("Sept. 5", "2017-09-05"),
        ("Feb. 16, 2017", "2017-02-16"),
        ("Aug 15", "2017-08-15"),
        ("August 15, 2018", "2018-08-15"),
        ("Wednesday, Aug. 15, 2018", "2018-08-15"),
        ("9 October 2017", "2017-10-09"),
        ("Oct. 9th", "2017-10-09"),
        ("October the 9th", "2017-10-09"),
        ("the May 2 primary", "2017-05-02"),
        ("10/9/2017", "2017-10-09"),
        ("2017/10/09", "2017-10-09"),
        ("9-Oct-2017", "2017-10-09"),
    ],
)
def test_ap_style_days(text: str, expected: str) -> None:
    assert span(text) == (expected, expected, "day", False)


@pytest.mark.parametrize("text", ["Oct. 2017", "October 2017", "October of 2017", "Oct. 2017"])
def test_ap_style_months(text: str) -> None:
    r = resolve(text, LATIMES)
    assert r is not None and (r.edtf, r.precision) == ("2017-10", "month")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", ("2017-10-09", "2017-10-09", "day", False)),
        ("yesterday", ("2017-10-08", "2017-10-08", "day", False)),
        ("this week", ("2017-10-09", "2017-10-15", "week", False)),
        ("last week", ("2017-10-02", "2017-10-08", "week", False)),
        ("this month", ("2017-10-01", "2017-10-31", "month", False)),
        ("last month", ("2017-09-01", "2017-09-30", "month", False)),
        ("this year", ("2017-01-01", "2017-12-31", "year", False)),
        ("last year", ("2016-01-01", "2016-12-31", "year", False)),
        ("this spring", ("2017-03-01", "2017-05-31", "season", False)),
        ("this summer", ("2017-06-01", "2017-08-31", "season", False)),
        ("last night", ("2017-10-08", "2017-10-08", "day", False)),
        ("three days ago", ("2017-10-06", "2017-10-06", "day", False)),
        ("earlier this year", ("2017-01-01", "2017-10-08", "year", False)),
        ("later this month", ("2017-10-09", "2017-10-31", "month", False)),
    ],
)
def test_relative_to_publication(text: str, expected: tuple[str, str, str, bool]) -> None:
    assert span(text) == expected


def test_last_week_is_monday_to_sunday_before_the_publication_week() -> None:
    for offset in range(7):  # any day of the week of Oct. 9-15, 2017
        published = LATIMES + datetime.timedelta(days=offset)
        assert span("last week", published) == ("2017-10-02", "2017-10-08", "week", False)


def test_seasons_are_meteorological_and_winter_begins_in_december() -> None:
    assert span("this summer") == ("2017-06-01", "2017-08-31", "season", False)
    assert span("Summer 2022") == ("2022-06-01", "2022-08-31", "season", False)
    assert span("fall 2016") == ("2016-09-01", "2016-11-30", "season", False)
    assert span("autumn 2016") == ("2016-09-01", "2016-11-30", "season", False)
    assert span("winter 2017") == ("2017-12-01", "2018-02-28", "season", False)
    assert span("winter of 2016-17") == ("2016-12-01", "2017-02-28", "season", False)
    assert span("this winter", "2016-01-05") == ("2015-12-01", "2016-02-29", "season", False)
    assert span("this winter", "2022-11-20") == ("2022-12-01", "2023-02-28", "season", False)
    for text, code in (("spring 2017", 21), ("summer 2017", 22), ("fall 2017", 23)):
        r = resolve(text, LATIMES)
        assert r is not None and r.edtf == f"2017-{code}"
    r = resolve("winter 2017", LATIMES)
    assert r is not None and r.edtf == "2017-24"


@pytest.mark.parametrize(
    ("text", "expected", "edtf_string"),
    [
        ("early March", ("2017-03-01", "2017-03-10", "day", True), "2017-03-01~/2017-03-10~"),
        ("mid-March", ("2017-03-11", "2017-03-20", "day", True), "2017-03-11~/2017-03-20~"),
        ("late March", ("2017-03-21", "2017-03-31", "day", True), "2017-03-21~/2017-03-31~"),
        ("late February", ("2017-02-21", "2017-02-28", "day", True), "2017-02-21~/2017-02-28~"),
        ("early 2017", ("2017-01-01", "2017-04-30", "month", True), "2017-01~/2017-04~"),
        ("mid-2017", ("2017-05-01", "2017-08-31", "month", True), "2017-05~/2017-08~"),
        ("late 2017", ("2017-09-01", "2017-12-31", "month", True), "2017-09~/2017-12~"),
        ("the late 1990s", ("1997-01-01", "1999-12-31", "year", True), "1997~/1999~"),
    ],
)
def test_early_mid_late(text: str, expected: tuple[str, str, str, bool], edtf_string: str) -> None:
    assert span(text) == expected
    r = resolve(text, LATIMES)
    assert r is not None and r.edtf == edtf_string
    assert _edtf_bounds(r.edtf) == (r.start, r.end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # News counts the part of a year it reports: "the last four months of 2016".
        ("the last four months of 2016", ("2016-09-01", "2016-12-31", "month", False)),
        ("the first three months of 2016", ("2016-01-01", "2016-03-31", "month", False)),
        ("the final two months of last year", ("2016-11-01", "2016-12-31", "month", False)),
    ],
)
def test_the_first_or_last_months_of_a_year(
    text: str, expected: tuple[str, str, str, bool]
) -> None:
    assert span(text) == expected


def test_the_last_months_without_a_year_are_the_months_before_publication() -> None:
    r = resolve("the last four months", LATIMES)
    assert r is not None and r.end == D(2017, 10, 9)


def test_years_decades_quarters() -> None:
    assert span("in 2014") == ("2014-01-01", "2014-12-31", "year", False)
    for text in ("the 1990s", "the '90s", "1990s"):
        r = resolve(text, LATIMES)
        assert r is not None and (r.edtf, r.precision) == ("199X", "decade"), text
    for text in ("the third quarter of 2016", "Q3 2016", "third-quarter 2016"):
        r = resolve(text, LATIMES)
        assert r is not None, text
        assert (r.start, r.end, r.precision, r.edtf) == (
            D(2016, 7, 1),
            D(2016, 9, 30),
            "quarter",
            "2016-35",
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan. 28 to Feb. 3", ("2017-01-28", "2017-02-03", "day", False)),
        ("from 2005 to 2014", ("2005-01-01", "2014-12-31", "year", False)),
        ("between March and May", ("2017-03-01", "2017-05-31", "month", False)),
        # AP style closes a full date with a comma before "and"
        ("between Dec. 2, 2016, and Aug. 29, 2017", ("2016-12-02", "2017-08-29", "day", False)),
        ("from January through July", ("2017-01-01", "2017-07-31", "month", False)),
        ("2005-2014", ("2005-01-01", "2014-12-31", "year", False)),
        ("2005–2014", ("2005-01-01", "2014-12-31", "year", False)),
        ("since January", ("2017-01-01", "2017-10-09", "month", False)),
        ("Dec. 28 to Jan. 3", ("2016-12-28", "2017-01-03", "day", False)),
        ("Oct. 2-6", ("2017-10-02", "2017-10-06", "day", False)),
        ("from March to May 2016", ("2016-03-01", "2016-05-31", "month", False)),
        ("Jan. 28 to Feb. 3, 2016", ("2016-01-28", "2016-02-03", "day", False)),
        # a range may end at an occasion named by its month
        (
            "between July 2016 and the February hearing",
            ("2016-07-01", "2017-02-28", "month", False),
        ),
        ("from March through the June meeting", ("2017-03-01", "2017-06-30", "month", False)),
        # British and Commonwealth style set the days before the month
        ("between 9 and 20 September", ("2017-09-09", "2017-09-20", "day", False)),
        ("from 3 to 7 March 2016", ("2016-03-03", "2016-03-07", "day", False)),
        ("2-6 October", ("2017-10-02", "2017-10-06", "day", False)),
    ],
)
def test_ranges(text: str, expected: tuple[str, str, str, bool]) -> None:
    assert span(text) == expected
    r = resolve(text, LATIMES)
    assert r is not None and _edtf_bounds(r.edtf) == (r.start, r.end)


def test_range_precision_is_the_coarser_end() -> None:
    r = resolve("from Jan. 28 to March", LATIMES)
    assert r is not None and r.precision == "month"
    r = resolve("from 2014 to Oct. 9, 2017", LATIMES)
    assert r is not None and r.precision == "year"


@pytest.mark.parametrize(
    "text",
    [
        "about 2014",
        "around 2014",
        "roughly 2014",
        "approximately 2014",
        "as early as 2014",
        "as late as 2014",
        "circa 2014",
        "c. 2014",
        "in 2014 or so",
    ],
)
def test_hedges_keep_the_date_and_mark_it_approximate(text: str) -> None:
    r = resolve(text, LATIMES)
    assert r is not None
    assert (r.start, r.end, r.precision, r.approximate, r.edtf) == (
        D(2014, 1, 1),
        D(2014, 12, 31),
        "year",
        True,
        "2014~",
    )


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "approximate"),
    [
        ("2017-07", "2017-07-01", "2017-07-31", "month", False),
        ("2017-07?", "2017-07-01", "2017-07-31", "month", True),
        ("2017-10-09~", "2017-10-09", "2017-10-09", "day", True),
        ("../2017-10-09", "", "2017-10-09", "day", False),
        ("2017-10-09/..", "2017-10-09", "", "day", False),
        ("2017-01/2017-10", "2017-01-01", "2017-10-31", "month", False),
        ("2017-XX", "2017-01-01", "2017-12-31", "year", False),
        ("2017-03-XX", "2017-03-01", "2017-03-31", "month", False),
        ("2017%", "2017-01-01", "2017-12-31", "year", True),
        ("2017-22", "2017-06-01", "2017-08-31", "season", False),
        ("2016-35", "2016-07-01", "2016-09-30", "quarter", False),
        ("199X", "1990-01-01", "1999-12-31", "decade", False),
        ("2017-10-09", "2017-10-09", "2017-10-09", "day", False),
        ("2017-10-09T14:30:00Z", "2017-10-09", "2017-10-09", "day", False),
    ],
)
def test_edtf_passes_through(
    text: str, start: str, end: str, precision: str, approximate: bool
) -> None:
    r = resolve(text, LATIMES)
    assert r is not None
    assert (str(r.start or ""), str(r.end or ""), r.precision, r.approximate) == (
        start,
        end,
        precision,
        approximate,
    )
    assert r.open_start is (r.start is None) and r.open_end is (r.end is None)
    if "T" not in text:
        assert r.edtf == text


@pytest.mark.parametrize("text", ["2017-07-%", "2017-13", "2017-02-30", "2017-10-09/2017-10-01"])
def test_invalid_edtf_is_not_a_date(text: str) -> None:
    assert resolve(text, LATIMES) is None


def test_signed_and_zero_edtf_years_are_not_dates() -> None:
    # EDTF writes 1 BC as "-0000" and 2 BC as "-0001": no date a case can hold.
    for text in (
        "-0001-01-01",
        "-2017-10-09",
        "-0001",
        "-0500",
        "-0001-01/2017",
        "2017/-0001-01-01",
        "0000",
        "0000-01-01",
        "0000/2017",
    ):
        assert resolve(text, LATIMES) is None, text


NEGATIVES = [
    "up to two days",
    "roughly three minutes",
    "three hours' notice",
    "for two years",
    "75-year-old",
    "32-page",
    "more than 10,000",
    "6.3%",
    "12 million",
    "that week",
    "hours later",
    "the next day",
    "we",
    "may",
    "a",
    "Do",
    "second-degree",
    "the march on city hall",
    "The March on City Hall",
    "that summer",
    "every Monday",
    "Black Friday",
    "Theresa May",
    "in her 70s",
    "1600 Pennsylvania Ave.",
    "",
    "   ",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_dates(text: str) -> None:
    assert resolve(text, LATIMES) is None


def test_monday_by_the_is_not_a_week_earlier() -> None:
    assert span("Monday by the") == ("2017-10-09", "2017-10-09", "day", False)


def test_first_date_in_a_sentence() -> None:
    r = resolve("Prime Minister Theresa May said Monday that talks began in January", LATIMES)
    assert r is not None and r.start == LATIMES


def test_long_input_is_refused_quickly() -> None:
    for text in ("Monday " * 40, "x" * (dates.MAX_CHARS + 1), "2017-" * 60, "1" * 10_000):
        t0 = time.perf_counter()
        assert resolve(text, LATIMES) is None
        assert time.perf_counter() - t0 < 0.5
    assert resolve("a " * 20 + "on Monday", LATIMES) is not None


def test_published_forms_and_errors() -> None:
    assert resolve("Monday", "2017-10-09") == resolve("Monday", LATIMES)
    assert resolve("Monday", datetime.datetime(2017, 10, 9, 18, 30)) == resolve("Monday", LATIMES)
    with pytest.raises(ValueError):
        resolve("Monday", "not a date")
    with pytest.raises(ValueError):
        resolve("Monday", "2017-13-40")
    # Without a publication date only absolute dates resolve.
    assert resolve("Monday", None) is None
    r = resolve("Oct. 9, 2017", None)
    assert r is not None and r.start == LATIMES


def test_resolution_is_frozen_with_open_bounds() -> None:
    r = resolve("../2017-10-09", LATIMES)
    assert isinstance(r, Resolution)
    assert r.open_start and not r.open_end
    with pytest.raises(AttributeError):
        r.start = D(2017, 1, 1)  # type: ignore[misc]
    r = resolve("after 2019", LATIMES)
    assert r is not None and r.open_end and r.edtf == "2020/.."


def test_nothing_reads_the_clock() -> None:
    modules = sorted(Path(inspect.getfile(dates)).parent.glob("*.py"))
    assert len(modules) > 10
    source = "".join(path.read_text(encoding="utf-8") for path in modules)
    assert not re.search(r"\.today\(|\.now\(|utcnow\(|\btime\.time\(", source)


# --------------------------------------------------------------------------------------------
# The package: its modules, tokens and errors
# --------------------------------------------------------------------------------------------

PACKAGE = Path(inspect.getfile(dates)).parent


def _package_imports() -> dict[str, set[str]]:
    """For each module of timeline.dates, the modules of the package it imports."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found = set()
        for node in ast.walk(tree):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            found |= {n for n in names if n == "timeline.dates" or n.startswith("timeline.dates.")}
        modules = {n.removeprefix("timeline.dates").lstrip(".") for n in found}
        graph[path.stem] = {m or "__init__" for m in modules}
    return graph


def test_the_package_has_no_import_cycle_and_the_resolver_never_imports_the_finder() -> None:
    graph = _package_imports()
    assert {"words", "tokens", "grammar", "resolver", "finder", "frame"} <= set(graph)
    assert all("__init__" not in deps for name, deps in graph.items() if name != "__init__")
    assert [name for name, deps in graph.items() if "finder" in deps] == ["__init__"]

    def reaches(start: str, seen: frozenset[str]) -> None:
        for dep in graph[start]:
            assert dep not in seen, f"import cycle through {dep}"
            reaches(dep, seen | {dep})

    for name in graph:
        reaches(name, frozenset({name}))


def test_token_kinds_have_names() -> None:
    kinds = [t.kind for t in tokenize("On Oct. 9, 2017, 10,000 '90s")]
    assert kinds == [
        TokenKind.WORD,
        TokenKind.WORD,
        TokenKind.NUMBER,
        TokenKind.PUNCT,
        TokenKind.NUMBER,
        TokenKind.PUNCT,
        TokenKind.QUANTITY,
        TokenKind.DECADE,
    ]


def test_the_cursor_is_safe_past_either_end() -> None:
    cursor = TokenCursor(tokenize("Oct. 9"), LATIMES)
    for i in (-5, -1, 2, 3, 100):
        assert cursor.token(i).kind is TokenKind.END
        assert cursor.word(i) == cursor.punct(i) == ""
        assert cursor.number(i, 1, 31) is None and cursor.small_count(i) is None
        assert cursor.year(i) is None and cursor.month(i) is None
        assert not cursor.touches_next(i) and not cursor.makes_count(i)
        assert not cursor.in_name(i) and not cursor.anaphoric(i)
        assert not cursor.phrase(i, ("of",))
    assert cursor.month(0) == (10, True) and cursor.number(1, 1, 31) == 9
    assert TokenCursor([], None).token(0).kind is TokenKind.END


@pytest.mark.parametrize("error", [IndexError, KeyError, StopIteration, TypeError])
def test_a_parser_bug_is_raised_not_read_as_no_date(
    monkeypatch: pytest.MonkeyPatch, error: type[Exception]
) -> None:
    def broken(self: object) -> None:
        raise error("a bug")

    monkeypatch.setattr(resolver.Parser, "first_span", broken)
    resolver._resolve_cached.cache_clear()
    try:
        with pytest.raises(error):
            resolve("Monday", LATIMES)
    finally:
        resolver._resolve_cached.cache_clear()


@pytest.mark.parametrize("error", [ValueError, OverflowError])
def test_leaving_the_calendar_is_no_date(
    monkeypatch: pytest.MonkeyPatch, error: type[Exception]
) -> None:
    def overflow(self: object) -> None:
        raise error("year 10000 is out of range")

    monkeypatch.setattr(resolver.Parser, "first_span", overflow)
    resolver._resolve_cached.cache_clear()
    try:
        assert resolve("Monday", LATIMES) is None
    finally:
        resolver._resolve_cached.cache_clear()


# --------------------------------------------------------------------------------------------
# resolve_frame
# --------------------------------------------------------------------------------------------


def test_frame_columns_and_values() -> None:
    texts = pd.Series(
        ["in January", "6.3%", None, "../2017-10-09", "about 2014", "Monday"],
        index=[10, 11, 12, 13, 14, 15],
    )
    df = resolve_frame(texts, "2017-10-09")
    assert list(df.columns) == [
        "start",
        "end",
        "precision",
        "edtf",
        "approximate",
        "open_start",
        "open_end",
        "resolved",
    ]
    assert list(df.index) == [10, 11, 12, 13, 14, 15]
    assert str(df["start"].dtype) == "datetime64[ns]" and str(df["end"].dtype) == "datetime64[ns]"
    for col in ("approximate", "open_start", "open_end", "resolved"):
        assert df[col].dtype == bool
    assert df["resolved"].tolist() == [True, False, False, True, True, True]
    assert df["precision"].tolist() == ["month", None, None, "day", "year", "day"]
    assert df["edtf"].tolist()[:4] == ["2017-01", None, None, "../2017-10-09"]
    assert pd.isna(df.loc[13, "start"]) and df.loc[13, "open_start"]
    assert df.loc[13, "end"] == pd.Timestamp("2017-10-09")
    assert df.loc[14, "approximate"]
    assert df.loc[15, "start"] == pd.Timestamp("2017-10-09")


def test_frame_tells_dates_outside_the_range_from_open_bounds() -> None:
    texts = pd.Series(["1500-01-01", "9999-12-31", "../2017-10-09", "2017-10-09", "6.3%"])
    df = resolve_frame(texts, LATIMES)
    assert df["resolved"].tolist() == [True, True, True, True, False]
    outside = df["resolved"] & (
        (df["start"].isna() & ~df["open_start"]) | (df["end"].isna() & ~df["open_end"])
    )
    assert outside.tolist() == [True, True, False, False, False]


def test_frame_per_row_publication_dates() -> None:
    texts = pd.Series(["Monday", "Monday", "Monday", "Oct. 9, 2017"], index=list("abcd"))
    published = pd.Series(["2017-10-09", "2018-08-16", None, None], index=list("abcd"))
    df = resolve_frame(texts, published)
    assert df["start"].tolist()[:2] == [pd.Timestamp("2017-10-09"), pd.Timestamp("2018-08-13")]
    assert df["resolved"].tolist() == [True, True, False, True]
    stamps = pd.Series(pd.to_datetime(["2017-10-09"] * 4), index=list("abcd"))
    assert resolve_frame(texts, stamps)["resolved"].all()
    with pytest.raises(ValueError):
        resolve_frame(texts, pd.Series(["2017-10-09"]))


def test_frame_resolves_each_distinct_pair_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, Any]] = []
    original = frame.resolve

    def counting(text: str, published: Any) -> Resolution | None:
        calls.append((text, published))
        return original(text, published)

    monkeypatch.setattr(frame, "resolve", counting)
    distinct = [f"{m} 2017" for m in ("January", "February", "March", "April", "May")]
    distinct += ["Monday", "last week", "6.3%", "in 2014", "this summer"]
    texts = pd.Series(distinct * 10_000)
    df = resolve_frame(texts, LATIMES)
    assert len(df) == 100_000
    assert len(calls) == 10
    assert df["resolved"].sum() == 90_000

    calls.clear()
    published = pd.Series(np.resize(["2017-10-09", "2018-08-16", "2016-01-05"], 100_000))
    resolve_frame(texts, published)
    assert len(calls) == 30  # each of 10 texts meets each of 3 dates


def test_frame_is_fast_on_many_rows() -> None:
    texts = pd.Series([r["text"] for r in ROWS] * (100_000 // len(ROWS) + 1)).iloc[:100_000]
    published = pd.Series([r["published"] for r in ROWS] * (100_000 // len(ROWS) + 1)).iloc[
        :100_000
    ]
    resolve_frame(texts.iloc[:1000], published.iloc[:1000])  # warm the cache
    t0 = time.perf_counter()
    df = resolve_frame(texts, published)
    assert time.perf_counter() - t0 < 2.0
    assert len(df) == 100_000


# --------------------------------------------------------------------------------------------
# dates_command
# --------------------------------------------------------------------------------------------


def _lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def test_command_prints_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        dates_command(["in January", "6.3%", "../2017-10-09", "“Monday”"], "2017-10-09", None) == 0
    )
    out = capsys.readouterr().out
    records = _lines(out)
    assert list(records[0]) == ["text", "start", "end", "precision", "edtf", "approximate"]
    assert records[0] == {
        "text": "in January",
        "start": "2017-01-01",
        "end": "2017-01-31",
        "precision": "month",
        "edtf": "2017-01",
        "approximate": False,
    }
    assert records[1] == {
        "text": "6.3%",
        "start": None,
        "end": None,
        "precision": None,
        "edtf": None,
        "approximate": False,
    }
    assert records[2]["start"] is None and records[2]["edtf"] == "../2017-10-09"
    assert "“Monday”" in out  # not escaped
    assert records[3]["start"] == "2017-10-09"


def test_command_reads_a_text_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "texts.txt"
    f.write_text("in January\n\nlast week\nmay\n", encoding="utf-8")
    assert dates_command([], "2017-10-09", str(f)) == 0
    records = _lines(capsys.readouterr().out)
    assert [r["text"] for r in records] == ["in January", "last week", "may"]
    assert records[1]["start"] == "2017-10-02" and records[2]["edtf"] is None


def test_command_reads_a_csv_with_per_row_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "texts.csv"
    f.write_text(
        'text,published\nMonday,2017-10-09\nMonday,2018-08-16\n"Oct. 9, 2017",\n',
        encoding="utf-8",
    )
    assert dates_command([], None, str(f)) == 0
    records = _lines(capsys.readouterr().out)
    assert [r["start"] for r in records] == ["2017-10-09", "2018-08-13", "2017-10-09"]


def test_command_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.txt"
    assert dates_command([], "2017-10-09", str(missing)) == 2
    err = capsys.readouterr()
    assert str(missing) in err.err and err.out == "" and "Traceback" not in err.err
    assert err.err.count("\n") == 1

    assert dates_command(["Monday"], "yesterday-ish", None) == 2
    assert "--published" in capsys.readouterr().err

    assert dates_command(["Monday"], None, None) == 2
    err = capsys.readouterr()
    assert "--published" in err.err and err.out == ""

    assert dates_command(["Oct. 9, 2017", "6.3%"], None, None) == 0  # no date needed
    assert len(_lines(capsys.readouterr().out)) == 2

    bad = tmp_path / "bad.csv"
    bad.write_text("text,published\nMonday,soon\n", encoding="utf-8")
    assert dates_command([], None, str(bad)) == 2
    assert str(bad) in capsys.readouterr().err

    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    assert dates_command([], "2017-10-09", str(binary)) == 2
    assert str(binary) in capsys.readouterr().err


def test_command_refuses_publication_dates_outside_the_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert dates_command(["last summer", "this week"], "9999-12-31", None) == 2
    err = capsys.readouterr()
    assert err.out == "" and "Traceback" not in err.err and err.err.count("\n") == 1
    assert "--published" in err.err and RANGE in err.err

    f = tmp_path / "texts.csv"
    f.write_text("text,published\nMonday,2017-10-09\nlast summer,9999-12-31\n", encoding="utf-8")
    assert dates_command([], None, str(f)) == 2
    err = capsys.readouterr()
    assert err.out == "" and "Traceback" not in err.err and err.err.count("\n") == 1
    assert f"{f}, row 2" in err.err and RANGE in err.err


def test_command_reads_a_text_file_with_a_long_first_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "texts.txt"
    f.write_text("x" * 200_000 + "\nMonday\n", encoding="utf-8")
    assert dates_command([], "2017-10-09", str(f)) == 0
    records = _lines(capsys.readouterr().out)
    assert [r["edtf"] for r in records] == [None, "2017-10-09"]


def test_command_names_the_line_of_an_overlong_csv_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "texts.csv"
    f.write_text(
        'text,published\nMonday,2017-10-09\n"' + "x" * 200_000 + '",2017-10-09\n',
        encoding="utf-8",
    )
    assert dates_command([], None, str(f)) == 2
    err = capsys.readouterr()
    assert err.out == "" and "Traceback" not in err.err and err.err.count("\n") == 1
    assert str(f) in err.err and "line 3" in err.err
    assert "field limit" not in err.err


# --------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------

publication_dates = st.dates(min_value=D(1990, 1, 1), max_value=D(2035, 12, 31))
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = [calendar.month_name[m] for m in range(1, 13)]
BACKWARD = [
    "yesterday",
    "last week",
    "last month",
    "last year",
    "two days ago",
    "three weeks ago",
    "a year ago",
    "last summer",
    "last winter",
    "over the weekend",
    "last weekend",
    "this past weekend",
    *WEEKDAYS,
    *MONTHS,
    *(f"on {w}" for w in WEEKDAYS),
    *(f"in {m}" for m in MONTHS),
    *(f"early {m}" for m in MONTHS[:3]),
    "Oct. 9",
    "Feb. 29",
    "Dec. 31",
    "the third quarter",
]
PHRASES = [
    *BACKWARD,
    "this week",
    "this summer",
    "this winter",
    "next week",
    "since January",
    "between March and May",
    "Jan. 28 to Feb. 3",
    "Dec. 28 to Jan. 3",
    "late 2016",
    "mid-October",
    "about 2014",
    "the 1990s",
    "the '90s",
    "earlier this year",
    "later this month",
    "the past two years",
    "before 2014",
    "after January",
    "until March",
    "the first week of August",
    "the week of Sept. 18",
    "the end of the year",
]
SOUP = (
    "the a of in on since from to through between and or before after until last this "
    "next past early mid late end week month year quarter Q3 1 9 12 28 2017 1990s '90s "
    "- , . / % Jan. Feb. March May Sept. Monday spring summer fall winter ago about "
    "or so that every 2017-10 2011-12 10,000 6.3 X ? ~ .. 2017-XX"
)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text(max_size=300), publication_dates)
def test_no_text_raises(text: str, published: D) -> None:
    r = resolve(text, published)
    if r is not None:
        assert r.precision in PRECISIONS
        assert r.edtf
        assert r.start is not None or r.end is not None
        if r.start is not None and r.end is not None:
            assert r.start <= r.end


@FAST
@given(
    st.lists(
        st.sampled_from(SOUP.split()),
        max_size=8,
    ),
    publication_dates,
)
def test_date_like_soup_never_raises(words: list[str], published: D) -> None:
    r = resolve(" ".join(words), published)
    if r is not None and r.start is not None and r.end is not None:
        assert r.start <= r.end


@FAST
@given(st.sampled_from(WEEKDAYS), publication_dates, st.sampled_from(["", "on ", "last "]))
def test_weekday_falls_on_that_weekday(name: str, published: D, prefix: str) -> None:
    r = resolve(prefix + name, published)
    assert r is not None and r.start == r.end and r.start is not None
    assert r.start.weekday() == WEEKDAYS.index(name)
    # ("last Monday" in a Monday story is the week before, never the day it ran)
    assert (
        (1 if prefix == "last " else 0)
        <= (published - r.start).days
        <= (7 if prefix == "last " else 6)
    )


@FAST
@given(st.sampled_from(BACKWARD), publication_dates)
def test_backward_phrases_start_on_or_before_publication(text: str, published: D) -> None:
    r = resolve(text, published)
    assert r is not None and r.start is not None
    assert r.start <= published


@FAST
@given(
    st.sampled_from(["yesterday", "last week", "last month", "last year", "two days ago"]),
    publication_dates,
)
def test_past_phrases_end_before_publication(text: str, published: D) -> None:
    r = resolve(text, published)
    assert r is not None and r.end is not None and r.end < published


@FAST
@given(st.sampled_from(PHRASES), publication_dates)
def test_results_are_deterministic_and_edtf_is_valid(text: str, published: D) -> None:
    first = resolve(text, published)
    resolver._resolve_cached.cache_clear()
    second = resolve(text, published)
    assert first == second
    assert first is not None
    lo, hi = _edtf_bounds(first.edtf)
    assert lo == first.start
    if not WINTER_CODE.fullmatch(first.edtf):  # see test_labelled_edtf_parses_and_agrees
        assert hi == first.end
    if first.start is not None and first.end is not None:
        assert first.start <= first.end


@FAST
@given(st.sampled_from(["since January", "since 2014", "since last week"]), publication_dates)
def test_since_runs_to_publication(text: str, published: D) -> None:
    r = resolve(text, published)
    if r is not None:
        assert r.end == published and r.start is not None and r.start <= published


RANGE = "outside the supported range 1678-01-01 to 2261-12-31"
GREGORIAN_CYCLE = datetime.timedelta(days=146_097)  # 400 years: the calendar repeats exactly
EDGE_PHRASES = [
    *BACKWARD,
    "this week",
    "next week",
    "this summer",
    "this winter",
    "next year",
    "next month",
    "next decade",
    "this decade",
    "next quarter",
    "tomorrow",
    "next Monday",
    "the '90s",
    "earlier this year",
    "later this month",
    "the past two years",
    "since January",
    "between March and May",
    "Dec. 28 to Jan. 3",
    "after January",
    "until March",
    "the end of the year",
]


def _moved(r: Resolution | None, delta: datetime.timedelta) -> tuple[object, ...] | None:
    if r is None:
        return None
    start = None if r.start is None else r.start + delta
    end = None if r.end is None else r.end + delta
    return (start, end, r.precision, r.approximate)


def test_the_supported_range_of_publication_dates() -> None:
    # Inside the range, up to its edges, relative words resolve as they do 400 years away.
    for edge, delta in ((FIRST_DATE, GREGORIAN_CYCLE), (LAST_DATE, -GREGORIAN_CYCLE)):
        for text in EDGE_PHRASES:
            assert _moved(resolve(text, edge + delta), -delta) == _moved(
                resolve(text, edge), datetime.timedelta(0)
            ), (text, edge)
    # One day past either edge is refused, whatever the words.
    outside = (FIRST_DATE - datetime.timedelta(days=1), LAST_DATE + datetime.timedelta(days=1))
    for published in (*outside, "9999-12-31", D(1, 1, 1), datetime.datetime(9999, 12, 31)):
        for text in ("last summer", "this week", "Oct. 9, 2017"):
            with pytest.raises(ValueError, match=RANGE):
                resolve(text, published)
    with pytest.raises(ValueError, match="publication date 9999-12-31 is " + RANGE):
        resolve_frame(pd.Series(["last summer", "Monday"]), pd.Series(["2017-10-09", "9999-12-31"]))


def test_a_full_stop_after_the_year_keeps_the_year() -> None:
    """ "in May 2016." is May 2016, not the May before publication."""
    res = resolve("in May 2016.", "2017-10-09")
    assert res is not None and res.edtf == "2016-05"
    year = resolve("2016.", "2017-10-09")
    assert year is not None and year.edtf == "2016"
