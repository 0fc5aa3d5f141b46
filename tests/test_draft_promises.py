"""Tests for timeline.draft.promises: what a speaker says will be done, and its lane."""

from __future__ import annotations

import pytest

from draft_support import PUB, drafted, holding

_ACCOUNT = "The housing office said every repair request was answered within a week."


@pytest.mark.parametrize(
    ("sentence", "words", "date"),
    [
        # a promise to have the matter examined, still to come or told in the past
        (
            "Councillor Rosa Imbert said Tuesday she will ask the board to order an outside "
            "audit of the repair contract at its April 2 meeting.",
            "Imbert",
            "Tuesday",
        ),
        (
            "Ward member Tiago Brandt said he plans to call the director back to explain the "
            "repair figures.",
            "Brandt",
            f"../{PUB}",
        ),
        (
            "Councillor Nadia Roux said Wednesday she will ask the committee to call the housing "
            "director back.",
            "Roux",
            "Wednesday",
        ),
        (
            "Ms Nkosi said the committee would summon the housing director to explain the backlog.",
            "Nkosi",
            f"../{PUB}",
        ),
        (
            "Her deputy said the office would send its own crews to recount open requests in "
            "three estates before the end of the year.",
            "recount",
            f"../{PUB}",
        ),
        # ... or to put the matter to the house
        (
            "Councillor Pia Lund said she would raise the matter at the March sitting of the "
            "council.",
            "Lund",
            f"../{PUB}",
        ),
        (
            "Ward member Tiago Brandt says he will put a fresh question to the minister when "
            "the house sits next.",
            "Brandt",
            f"../{PUB}",
        ),
        # ... or a step already taken that its taker tells of: dated by the telling, not by
        # the time of the hearing it asks for
        (
            "Rep. Dora Finch said she has asked the chair of the housing committee to hold a "
            "hearing on the backlog before the 2025 session begins.",
            "Finch",
            f"../{PUB}",
        ),
        # ... or to carry the examination out, or to send people to look
        (
            "Depot manager Maud Greaves said the board would carry out a follow-up inspection "
            "at the depot.",
            "Greaves",
            f"../{PUB}",
        ),
        (
            "The permanent secretary said the ministry would send a team to the estate to "
            "establish the facts.",
            "send a team",
            f"../{PUB}",
        ),
        # ... or to stop saying in public what the story tested
        (
            "The chief executive said the authority would stop publishing the response-time "
            "figure.",
            "stop publishing",
            f"../{PUB}",
        ),
        (
            "The director said the board would correct the figure on its website.",
            "correct the figure",
            f"../{PUB}",
        ),
    ],
)
def test_a_promise_to_examine_the_matter_is_a_disclosure_dated_by_its_telling(
    sentence: str, words: str, date: str
) -> None:
    # Scrutiny convention: a promise to examine the matter, or to have it examined, is the
    # matter being looked into: a disclosure, whoever makes it, dated like what was said.
    event = holding(drafted(_ACCOUNT, sentence), words)
    assert (event.lane, event.date) == ("disclosure", date)


@pytest.mark.parametrize(
    ("sentence", "lane"),
    [
        # a step still to come that examines nothing is the aftermath
        (
            "Councillor Rosa Imbert said Tuesday she will ask the board to recall the director.",
            "context",
        ),
        # a promise of what will be done, or one that names an inquiry only in passing, is
        # a claim the story can test
        ("The director said the office would hire six more repair crews by June.", "statement"),
        # (checks it promises to run as its practice are no examination of the matter)
        (
            "The director said officers would carry out unannounced spot checks at every "
            "estate from October.",
            "statement",
        ),
        (
            "The director said the contract would stand while the ombudsman's inquiry was "
            "under way.",
            "statement",
        ),
    ],
)
def test_a_promise_that_examines_nothing_keeps_its_lane(sentence: str, lane: str) -> None:
    assert holding(drafted(_ACCOUNT, sentence), sentence.split()[2]).lane == lane


def test_the_thing_promised_that_has_not_opened_is_the_broken_promise() -> None:
    result = drafted(
        "The storage site promised at the industrial estate has not opened: records show only "
        "18 of its 140 units had been built by the end of May."
    )
    assert holding(result, "storage site promised").lane == "practice"
    # (the promise itself, told as a verb, stays the statement)
    told = drafted("The minister promised on Monday that the clinic would open, but it has not.")
    assert holding(told, "minister").lane == "statement"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # past an abbreviation's point
        (
            "Trustee Omar Haddad said he will ask at the board's Dec. 4 meeting for an "
            "independent audit of the fund.",
            "Haddad",
        ),
        # called back to answer again
        ("Senator Lina Cruz said on Monday she would ask the director to appear again.", "Cruz"),
        # an overseer's findings put before the body
        ("Ortiz said the commission would submit its own findings to the ministry.", "Ortiz"),
    ],
)
def test_a_promise_to_call_the_party_to_account_is_a_disclosure(sentence: str, words: str) -> None:
    assert holding(drafted(_ACCOUNT, sentence), words).lane == "disclosure"
