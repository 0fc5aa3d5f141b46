"""Tests for timeline.dates.holidays: holidays read by rule, alone and in running text."""

from __future__ import annotations

import datetime

import pytest

from timeline.dates import find, resolve
from timeline.dates.holidays import easter, nth_weekday

D = datetime.date


@pytest.mark.parametrize(
    ("year", "day"),
    [
        (2000, D(2000, 4, 23)),
        (2008, D(2008, 3, 23)),
        (2011, D(2011, 4, 24)),
        (2038, D(2038, 4, 25)),
    ],
)
def test_easter_follows_the_gregorian_computus(year: int, day: datetime.date) -> None:
    assert easter(year) == day


def test_nth_weekday_counts_from_either_end_of_the_month() -> None:
    assert nth_weekday(2017, 11, 3, 4) == D(2017, 11, 23)  # fourth Thursday
    assert nth_weekday(2017, 5, 0, -1) == D(2017, 5, 29)  # last Monday


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("Thanksgiving Day 2016", "2016-11-24"),
        ("Christmas 2016", "2016-12-25"),
        ("Christmas Eve of 2015", "2015-12-24"),
        ("New Year's Day 2018", "2018-01-01"),
        ("New Year's Eve 1999", "1999-12-31"),
        ("Election Day 2016", "2016-11-08"),  # the Tuesday after the first Monday
        ("Election Day 2015", "2015-11-03"),  # Nov. 1 is a Sunday
        ("Memorial Day 2017", "2017-05-29"),
        ("Labor Day 2017", "2017-09-04"),
        ("Presidents' Day 2017", "2017-02-20"),
        ("Martin Luther King Jr. Day 2017", "2017-01-16"),
        ("Columbus Day 2017", "2017-10-09"),
        ("Mother's Day 2017", "2017-05-14"),
        ("Father's Day 2017", "2017-06-18"),
        ("Good Friday 2017", "2017-04-14"),
        ("Ash Wednesday 2017", "2017-03-01"),
        ("Easter Sunday 2017", "2017-04-16"),
        ("the Fourth of July 2016", "2016-07-04"),
        ("Veterans Day 2016", "2016-11-11"),
        ("Halloween 2016", "2016-10-31"),
    ],
)
def test_a_holiday_with_its_year(text: str, edtf: str) -> None:
    res = resolve(text, None)
    assert res is not None and res.edtf == edtf


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        ("Thanksgiving", "2017-10-09", "2016-11-24"),  # the last one, as for a month
        ("Christmas", "2017-12-25", "2017-12-25"),  # on the day itself
        ("last Christmas", "2017-12-25", "2016-12-25"),  # the one before publication
        ("next Easter", "2017-10-09", "2018-04-01"),
        ("this Labor Day", "2017-10-09", "2017-09-04"),
        ("Easter week", "2000-04-18", "2000-04-17/2000-04-23"),  # the week that holds it
    ],
)
def test_a_holiday_without_a_year(text: str, published: str, edtf: str) -> None:
    res = resolve(text, published)
    assert res is not None and res.edtf == edtf


def test_a_holiday_in_a_story_is_read_by_its_tense() -> None:
    text = (
        "The shelter was full on Thanksgiving Day, its director said. "
        "The city will close the pool on Labor Day."
    )
    found = {f.text: f.resolution.edtf for f in find(text, "2017-03-01")}
    assert found == {"Thanksgiving Day": "2016-11-24", "Labor Day": "2017-09-04"}


@pytest.mark.parametrize(
    "text",
    [
        "The lot sold Christmas trees and Easter lilies.",
        "The ship stopped at Easter Island.",
        "Stores expect crowds for Black Friday deals.",
        "The council met that Christmas to argue.",
    ],
)
def test_a_holiday_name_that_names_a_thing_is_no_date(text: str) -> None:
    assert find(text, "2017-10-09") == []
