"""Tests for timeline.draft.verdicts: a report's judgment, quoted, is its finding."""

from __future__ import annotations

from draft_support import drafted, holding, linked


def test_a_reports_quoted_judgment_is_its_finding() -> None:
    result = drafted(
        "A state audit released Monday found the county spent road money on a garage.",
        'The auditors did not agree. The road levy "does not cover buildings of any kind," '
        "the report says.",
    )
    assert holding(result, "does not cover buildings").lane == "disclosure"


def test_what_a_report_says_was_done_in_the_reporters_words_is_the_practice() -> None:
    result = drafted(
        "A state audit released Monday found the county spent road money on a garage.",
        "The county moved $400,000 out of the road fund in 2021, the report says.",
    )
    assert holding(result, "moved $400,000").lane == "practice"


def test_what_a_check_found_credited_after_it_is_its_finding() -> None:
    # "A joint inspection ... found “...” at both sites, it said": the check's finding,
    # dated by the check, however the words are credited.
    result = drafted(
        "The corporation told the court that dumping had completely stopped.",
        "A joint inspection carried out with corporation officials on January 18 found “fresh "
        "carcass remains” at both sites, it said.",
    )
    event = holding(result, "joint inspection")
    assert (event.lane, event.date) == ("disclosure", "January 18")


def test_a_report_that_finds_the_party_misstated_things_is_one_finding() -> None:
    # Contrast convention: the audit's verdict on the account is the event, set against
    # the account; it tells no deed of its own.
    result = drafted(
        "The loan agency told lawmakers in June that there was no backlog.",
        "An audit released Tuesday by the state auditor found that the agency “did not "
        "accurately represent” the backlog to lawmakers.",
    )
    told = [e for e in result.events if e.para == 2]
    assert [e.lane for e in told] == ["disclosure"]
    assert linked(result, "contradicts", "An audit released", "no backlog")
