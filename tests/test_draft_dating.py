"""Tests for timeline.draft.dating: which date of a sentence dates each event."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding


def test_a_time_set_first_dates_the_check_not_the_records_it_compared() -> None:
    # "Last week, the Post compared the ledger with invoices issued between ...": the time
    # set first is the check's, the other the invoices'
    result = drafted(
        "Last week, the Post compared the ledger with invoices issued between May 2021 and "
        "June 2022. It found 40 payments with no invoice at all."
    )
    check = holding(result, "compared the ledger")
    assert (check.lane, check.date) == ("disclosure", "Last week")


def test_a_year_set_before_its_noun_names_the_thing_not_the_day() -> None:
    # "a 2016 Mazda" is the car's model year; the sale is dated by its own day
    result = drafted(
        "The dealer said it never sold flood-damaged cars.",
        "A teacher bought a 2016 hatchback from the yard on July 14 for $11,490.",
    )
    assert holding(result, "bought a 2016").date == "July 14"


def test_years_moved_are_what_moved_and_the_time_after_them_dates_the_move() -> None:
    result = drafted(
        "The university said every loop would be upgraded by September.",
        "Records show the upgrade budget was moved from 2022-23 to 2024-25 in January.",
    )
    assert holding(result, "budget was moved").date == "in January"


@pytest.mark.parametrize(
    ("sentence", "words", "date"),
    [
        (
            "The council, a statutory body set up in 2016 to register healers, yesterday "
            "corrected a statement by its chairman.",
            "corrected",
            "yesterday",
        ),
        (
            "Meadowlark, founded in 1998, has held a contract since 2016 to deliver meals.",
            "held a contract",
            "since 2016",
        ),
    ],
)
def test_a_date_in_the_subjects_appositive_names_the_subject_not_the_deed(
    sentence: str, words: str, date: str
) -> None:
    assert holding(drafted(sentence), words).date == date


def test_a_date_no_case_can_hold_dates_no_event() -> None:
    # "the 17th century" is before the first date a case holds: the event is undated
    result = drafted(
        "The library said the scanning was complete.",
        "The collection holds 1,200 manuscripts from the 17th century, records show.",
    )
    event = holding(result, "17th century")
    span = event.span(result.published)
    assert span is not None and span.start is None and "17th" not in event.date


def test_a_step_told_with_no_day_for_the_telling_keeps_its_own_day() -> None:
    result = drafted(
        "The council said the visit cost ratepayers nothing.",
        "Cllr Devlin said she had written to the Audit Office on Tuesday asking it to examine "
        "how the visit was paid for.",
    )
    step = holding(result, "Audit Office")
    assert (step.lane, step.date) == ("disclosure", "Tuesday")


def test_a_year_that_names_a_thing_gives_way_to_the_records_own_time() -> None:
    # "Minutes ... in December record ... the 2025 date as 'at high risk'": December dates
    # what the minutes record; the year names the target
    result = drafted(
        "Minutes of the project's steering committee in December record the storage design as "
        '"not finalised" and the 2025 date as "at high risk".'
    )
    assert holding(result, "storage design").date == "in December"


def test_a_day_set_for_what_was_ordered_does_not_date_the_order() -> None:
    # Deadline convention: "directed the commissioner to appear in person on March 20": the
    # day is still to come; the order was given by publication
    result = drafted(
        "The institute said every worker was registered.",
        "The court directed the commissioner to appear in person on March 20.",
    )
    ordered = holding(result, "directed")
    assert (ordered.lane, ordered.date) == ("disclosure", "../2024-03-08")


def test_a_finding_made_public_in_a_letter_sent_on_a_day_is_dated_by_the_letter() -> None:
    # Disclosure convention: "In a letter sent to parents on Tuesday, the board said a
    # review had found ..." came out on Tuesday, not on the day the finding names.
    result = drafted(
        "In a letter sent to parents on Tuesday, the board said a review had found that the "
        "boiler had failed weeks before the fault was reported on October 1."
    )
    assert holding(result, "review had found").date == "Tuesday"


def test_a_report_set_off_with_its_release_day_is_dated_by_it() -> None:
    # Disclosure convention: "a report by the auditors, Hendry Baird, published last
    # Thursday, found that ... between November 2017 and March 2018" came out last Thursday;
    # the span is what it found.
    result = drafted(
        "The principal told MPs every penny went to students.",
        "But a report by the college's auditors, Hendry Baird, published last Thursday, found "
        "that \u00a3412,000 was moved out of the funds between November 2017 and March 2018.",
    )
    assert any(e.lane == "disclosure" and e.date == "last Thursday" for e in result.events)


def test_a_thing_running_on_until_a_day_ends_that_day_still_to_come() -> None:
    # Tense convention: "A consultation runs until 14 July", in the present, ends on a day
    # still to come; the words alone would be read as last July, so the reading stands.
    result = drafted("A public consultation on the new charges runs until 14 July.")
    assert holding(result, "consultation").date == "../2024-07-14"
