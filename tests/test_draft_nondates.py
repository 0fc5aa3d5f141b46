"""Tests for timeline.draft.nondates: dates a sentence names that date no event."""

from __future__ import annotations

import datetime

import pytest

from draft_support import drafted, holding
from timeline.dates import find
from timeline.draft.nondates import usable_dates

PUB = datetime.date(2023, 11, 9)


@pytest.mark.parametrize(
    "sentence",
    [
        "Friday afternoon hearings made up about a quarter of the eviction docket.",
        "Monday night sessions were cut to one hour.",
    ],
)
def test_a_weekday_that_qualifies_a_plural_noun_is_a_day_of_every_week(sentence: str) -> None:
    # the finder reads "Friday afternoon" as a date; here it names a day of every week
    assert find(sentence, PUB)
    assert usable_dates(sentence, find(sentence, PUB), 0) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Friday afternoon, the court heard 40 cases.",
        "The hearings on Friday afternoon were cancelled.",
    ],
)
def test_a_weekday_that_dates_the_sentence_is_kept(sentence: str) -> None:
    assert usable_dates(sentence, find(sentence, PUB), 0)


def test_a_date_named_as_an_example_after_such_as_is_no_time() -> None:
    sentence = (
        "Last May, the city paid the club $2 million for up to 12 events a year, such as "
        "school finals and the Fourth of July fireworks."
    )
    assert [f.text for f in usable_dates(sentence, find(sentence, PUB), 0)] == ["Last May"]


@pytest.mark.parametrize("counted", ["one Saturday", "another Sunday"])
def test_a_weekday_counted_among_others_names_no_day(counted: str) -> None:
    # Date convention: "On one Saturday in September" is some day of that month; the
    # weekday is not the last Saturday before publication
    result = drafted(
        f"On {counted} in September 2023, the clerk approved 640 requests in three hours."
    )
    assert result.events[0].date == "in September 2023"


@pytest.mark.parametrize(
    ("paragraphs", "words", "not_dated"),
    [
        # the remarks asked about are dated by their own occasion, not the answer
        (
            (
                "Chief Okoro said on Friday that the unit had been disbanded.",
                'Asked about his remarks in January, he said: "No plan survives a bad winter."',
            ),
            "No plan",
            "January",
        ),
        # a season set bare before a noun names a kind of work
        (
            (
                'The plant mailed a letter to neighbours saying it had "permanently ended" winter '
                "spreading of whey.",
            ),
            "mailed a letter",
            "winter",
        ),
        # a part of "the" month set after "at" comes round every month
        (
            (
                "A former driver, who asked not to be named, said crews were told to fill in the "
                "logs at the end of the month.",
            ),
            "crews were told",
            "the end of the month",
        ),
    ],
)
def test_dates_that_date_no_event_of_the_sentence(
    paragraphs: tuple[str, ...], words: str, not_dated: str
) -> None:
    event = next(e for e in drafted(*paragraphs).events if words in e.clause)
    assert not_dated not in event.date
    assert not event.date.startswith("2024-03-") or event.date <= "2024-03-08"


def test_words_promised_for_after_the_story_do_not_date_the_statement() -> None:
    result = drafted(
        'In an interview Monday, Lisowski acknowledged the figure "included homes at different '
        'stages." Starting next year, she said, the office will report audits separately.'
    )
    event = next(e for e in result.events if "report audits" in e.clause)
    assert "next year" not in event.date
    assert not event.date.startswith("2025")


def test_a_day_that_names_the_thing_inquired_into_dates_no_inquiry() -> None:
    result = drafted(
        "Chief inspector Salote Naivalu confirmed the inspectorate had opened an investigation "
        "into the February injury."
    )
    assert "February" not in result.events[0].date


def test_a_day_set_in_the_noun_asked_about_dates_no_answer() -> None:
    result = drafted(
        "On Thursday, spokesman Jeff Nadeau told the Courier the system had worked as designed.",
        "Asked about the January memo, Nadeau said the recommendation had been missed.",
    )
    assert "January" not in holding(result, "recommendation").date


def test_every_other_weekday_names_no_day() -> None:
    result = drafted(
        "Two former clerks, who asked not to be named, said warrants were printed in bulk. "
        "Every other Friday, they said, clerks carried the stack to a judge's chambers."
    )
    assert holding(result, "Every other Friday").date != "Friday"


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "The diary shows that no Friday service has been booked since 27 September.",
            "27 September",
        ),
        ("Directors say the Friday closure has cost eight slots a week since May.", "May"),
    ],
)
def test_a_weekday_of_every_week_names_no_day(sentence: str, kept: str) -> None:
    pub = datetime.date(2025, 3, 13)
    found = usable_dates(sentence, find(sentence, pub), 0)
    assert [f.text for f in found] == [f.text for f in find(sentence, pub) if kept in f.text]


def test_the_time_of_what_a_figure_is_compared_with_dates_nothing() -> None:
    # Comparison convention: "more than it had removed in 2019 and 2020 combined" is the
    # yardstick's time; a quantity ("more than 400 people in March") keeps its date.
    result = drafted(
        "The county said its cleanup was routine.",
        "Officials struck 9,412 voters from the rolls in a single afternoon — more than the "
        "county had removed in 2019 and 2020 combined, records show.",
        "More than 400 people queued outside the office in April.",
    )
    assert holding(result, "9,412").date == "../2024-03-08"
    assert holding(result, "400 people").date == "in April"


def test_a_year_that_names_a_thing_a_verb_governs_dates_nothing() -> None:
    # Naming convention: "reviewing the 2022 election" names the election.
    result = drafted(
        "The commission said every official had been paid.",
        "The revised figure is in a report the commission sent to the committee reviewing "
        "the 2022 election.",
    )
    assert holding(result, "revised figure").date == "../2024-03-08"
