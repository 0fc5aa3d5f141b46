"""Tests for timeline.draft.responses: an undated report bounded by the responses naming it."""

from __future__ import annotations

from draft_support import PUB, drafted, holding

UNDATED = f"../{PUB}"


def test_a_report_is_out_by_the_first_dated_response_that_names_its_publisher() -> None:
    result = drafted(
        "A series of Riverside Ledger reports revealed that the county jail had lost the "
        "records of hundreds of inmates.",
        "The jail kept no copies of the release forms, according to the Ledger.",
        "On Feb. 20, Sheriff Dana Whitcomb called the Riverside Ledger's reporting unfair.",
    )
    series = holding(result, "Riverside Ledger reports revealed")
    assert series.lane == "disclosure"
    assert series.date == "../2024-02-20"
    assert "names this reporting" in series.date_note
    short = holding(result, "according to the Ledger")
    assert short.date == "../2024-02-20"


def test_initials_name_the_same_publisher() -> None:
    result = drafted(
        "A Valley Morning Post investigation found that the district had skipped bus inspections.",
        "In a letter on Jan. 9, the superintendent said the VMP investigation was wrong.",
    )
    assert holding(result, "Valley Morning Post investigation").date == "../2024-01-09"


def test_a_response_to_another_publisher_gives_no_bound() -> None:
    result = drafted(
        "A series of Riverside Ledger reports revealed that the county jail had lost the "
        "records of hundreds of inmates.",
        "On Feb. 20, Sheriff Dana Whitcomb called the Harbor Gazette's reporting unfair.",
    )
    assert holding(result, "Riverside Ledger reports revealed").date == UNDATED


def test_a_response_on_the_day_of_publication_adds_nothing() -> None:
    result = drafted(
        "A series of Riverside Ledger reports revealed that the county jail had lost the "
        "records of hundreds of inmates.",
        "Sheriff Dana Whitcomb called the Riverside Ledger's reporting unfair on Friday.",
    )
    assert holding(result, "Riverside Ledger reports revealed").date == UNDATED
