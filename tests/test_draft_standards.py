"""Tests for timeline.draft.standards: the rules a story holds the party to, and its funding."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding
from timeline.draft.standards import FUNDED, PLAN_OBLIGES, RULE_REQUIRES

_ACCOUNT = "The health service said residents were told of the case at once."


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The health service's own dengue management plan, last updated in 2017, says "
            'residents of an affected area must be told "within 24 hours" of a confirmed case.',
            "management plan",
        ),
        (
            "Guidance issued by the association to county boards in 2017, after a row over "
            "tickets, says county allocations should be shared in proportion to membership.",
            "Guidance issued",
        ),
        (
            "Commission guidelines, in place since 2018, say ministers should record any meeting "
            "with a developer.",
            "guidelines",
        ),
    ],
)
def test_what_a_plan_or_guidance_obliges_is_the_standard(sentence: str, words: str) -> None:
    assert PLAN_OBLIGES.search(sentence) is not None
    assert holding(drafted(_ACCOUNT, sentence), words).lane == "context"


def test_what_a_plan_says_is_done_stays_the_partys_account() -> None:
    sentence = "The utility's wildfire mitigation plan said all lines are patrolled on foot."
    assert PLAN_OBLIGES.search(sentence) is None
    assert holding(drafted(_ACCOUNT, sentence), "mitigation plan").lane == "statement"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The council received a grant of $480,000 from the Government in 2023.", "received"),
        ("The ministry gave the federation an $85,000 grant in August.", "gave"),
    ],
)
def test_the_grant_a_body_received_is_background(sentence: str, words: str) -> None:
    assert FUNDED.search(sentence) is not None
    assert holding(drafted(_ACCOUNT, sentence), words).lane == "context"


def test_what_a_body_did_with_its_grant_is_no_grant_received() -> None:
    sentence = "The club spent most of the grant on a new bar for its clubrooms."
    assert FUNDED.search(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "National labelling rules in force since April 2018 require eggs sold as free range to "
        "come from hens with access to an outdoor range.",
        "The agreement, signed with the council on February 1, limits night circuit training to "
        "the hours before 10pm.",
    ],
)
def test_a_rule_or_agreement_told_with_since_when_is_the_standard(sentence: str) -> None:
    assert RULE_REQUIRES.match(sentence) is not None
    assert drafted(_ACCOUNT, sentence).events[-1].lane == "context"


def test_a_plan_that_calls_for_a_thing_to_be_done_is_the_standard() -> None:
    result = drafted(
        "The reserve's management plan, adopted in 2012, calls for nesting sites \u2014 the "
        "dunes and the marsh edge \u2014 to be fenced \u201cwherever possible.\u201d"
    )
    assert holding(result, "management plan").lane == "context"
