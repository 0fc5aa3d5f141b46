"""Tests for timeline.draft.accounts: accounts named inside the fact set against them."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding, linked


@pytest.mark.parametrize(
    "sentence",
    [
        "The weighbridge at Karibib, which the roads agency says operates around the clock, was "
        "switched off on most nights between May and August.",
        "More than 900 tablets which the ministry said had been handed out to pupils were still "
        "sitting in a warehouse last week.",
    ],
)
def test_an_account_in_a_relative_clause_of_the_subject_is_set_against_the_fact(
    sentence: str,
) -> None:
    # Contrast convention: the lede names the account inside the fact ("which the agency
    # says operates around the clock"); the fact is a practice, not the agency's words,
    # and it contradicts the account it holds
    result = drafted(sentence)
    fact = next(e for e in result.events if e.role == "main")
    assert fact.lane == "practice"
    claim = next(e for e in result.events if e.role == "claim")
    assert claim.lane == "statement"
    assert linked(result, "contradicts", fact.clause, claim.clause)


def test_a_relative_clause_that_tells_no_account_stays_in_the_fact() -> None:
    result = drafted(
        "The weighbridge at Karibib, which the agency built in 2015, was switched off on most "
        "nights between May and August."
    )
    assert not [e for e in result.events if e.role == "claim"]
    assert holding(result, "switched off").lane != "statement"


def test_the_speaker_of_an_account_told_inside_the_fact_is_not_its_actor() -> None:
    # Attribution convention: "which the Marine Parks Authority says were replaced" names
    # who gave the account, not who tells the fact around it
    result = drafted(
        "Dive operators at Bonaire Reef say the mooring buoys, which the Marine Parks Authority "
        "says were replaced in May, have not been seen since."
    )
    main = next(e for e in result.events if e.role == "main")
    assert main.actor != "Marine Parks Authority"
    claim = next(e for e in result.events if e.role == "claim")
    assert claim.actor == "Marine Parks Authority"


def test_ones_own_say_in_a_relative_clause_is_no_account_of_the_body() -> None:
    result = drafted(
        "The agency said the tanks were pumped twice a week.",
        "When the tank backed up, which she said happened every week or two, she dug a trench "
        "by the steps.",
    )
    assert not [e for e in result.events if e.role == "claim"]


def test_assurances_given_to_an_audience_are_an_account_the_fact_contradicts() -> None:
    result = drafted(
        "The department let 11,000 orders lapse without follow-up, auditors found, despite "
        'repeated assurances to lawmakers that the scheme was being "rigorously enforced".'
    )
    claim = next(e for e in result.events if e.role == "claim")
    assert "rigorously enforced" in claim.clause


def test_an_account_told_to_its_audience_after_despite_is_a_statement() -> None:
    result = drafted(
        "The department took no action on 18,000 speeding alerts this year, despite telling "
        'the public that its tracking centre punishes every violation "within 24 hours".'
    )
    claim = next(e for e in result.events if e.role == "claim")
    assert claim.title.startswith("Earlier statement: its tracking centre")
    assert linked(result, "contradicts", "took no action", "punishes every violation")
