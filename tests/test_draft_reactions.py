"""Tests for timeline.draft.reactions: what others make of a party's conduct."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding

_ACCOUNT = "The water board said every hydrant was flushed twice a year."


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Councillor Ana Ruiz, who voted for the contract, said Tuesday she felt misled.", "Ruiz"),
        (
            "Dock workers' union secretary Paul Amadi said crews had been \"lied to about what "
            'they were breathing".',
            "Amadi",
        ),
        ("Opposition critic Lena Holm said the minister owes the town an apology.", "Holm"),
        ("Parent Joy Mensah says families deserve to know what was in the water.", "Mensah"),
    ],
)
def test_what_others_make_of_the_conduct_is_background(sentence: str, words: str) -> None:
    # Reaction convention: the judgement of those the matter touched is its aftermath.
    assert holding(drafted(_ACCOUNT, sentence), words).lane == "context"


@pytest.mark.parametrize(
    "sentence",
    [
        # the party denying it misled anyone makes its claim
        "Board chair Ida Lund on Tuesday denied that the board had misled anyone.",
        # a claim that only names a feeling is no judgement of the conduct
        "Board chair Ida Lund said the board felt confident every hydrant was flushed.",
    ],
)
def test_a_partys_denial_or_claim_stays_a_statement(sentence: str) -> None:
    assert holding(drafted(_ACCOUNT, sentence), "Lund").lane == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "The head of the tenants' union, Rosa Lind, on Friday called on the housing ministry to "
        "set up an independent panel to examine the repairs.",
        "Cllr Ann Dolan told the council's monthly meeting that residents had been left in the "
        "dark and called for the test results to be published in full.",
    ],
)
def test_a_call_for_a_step_is_the_aftermath(sentence: str) -> None:
    # Demand convention: one outside the party who calls for a step answers the conduct.
    result = drafted("The housing company said every flat was repaired.", sentence)
    assert [e.lane for e in result.events if e.para == 2] == ["context"]


def test_a_call_for_a_body_to_summon_the_party_is_a_reaction() -> None:
    result = drafted(
        "The opposition's health spokeswoman, Dr Ann Kerr, said yesterday that the accounts "
        "committee should summon the board's leadership."
    )
    assert holding(result, "should summon").lane == "context"
