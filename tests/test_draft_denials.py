"""Tests for timeline.draft.denials: a deed the party is said to deny stays the denial."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding

_ACCOUNT = "The depot said every bus was inspected before it left the yard."


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # an order inside, denied
        ("Manager Ilse Brandt denied that anyone told drivers to skip the checks.", "Brandt"),
        # a warning inside, denied
        ("The director denies that he emailed the fleet manager about the brakes.", "director"),
        # word withheld, denied
        ("The depot denied that the regulator had not been told of the faults.", "regulator"),
        # a deed done without notice, said never done
        ("The depot said it never took a bus off the road without notice.", "without notice"),
        ("The depot said no bus was taken off the road without notice.", "without notice"),
    ],
)
def test_a_deed_inside_that_the_party_denies_is_its_claim(sentence: str, words: str) -> None:
    # Denial convention: a practice told inside a denial is the party's claim that it did
    # not happen, a statement, not a report that it did.
    assert holding(drafted(_ACCOUNT, sentence), words).lane == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "A supervisor told drivers to skip the checks on night shifts.",
        "Mechanic Tom Ruiz emailed the fleet manager about the brakes in May.",
        "The depot took two buses off the road without notice in May.",
    ],
)
def test_the_same_deed_told_without_a_denial_is_a_practice(sentence: str) -> None:
    assert drafted(_ACCOUNT, sentence).events[-1].lane == "practice"
