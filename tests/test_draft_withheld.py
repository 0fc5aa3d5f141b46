"""Tests for timeline.draft.withheld: word kept from those owed it."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding

_ACCOUNT = "The water board said every meter in the county was read each month."


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # Withholding convention: those owed word of the problem and not given it
        (
            "Village clerk Amos Reyes said no one from the board told the village its meters had "
            "gone unread.",
            "Reyes",
        ),
        ("The board never told the state regulator that readings had stopped.", "regulator"),
        ("Customers weren't told the bills were estimates.", "Customers"),
    ],
)
def test_word_withheld_from_those_owed_it_is_a_practice(sentence: str, words: str) -> None:
    # Withholding convention: told by whoever tells it, word kept from those owed it is
    # how the body ran things behind the scenes.
    event = holding(drafted(_ACCOUNT, sentence), words)
    assert event.lane == "practice"


@pytest.mark.parametrize(
    "sentence",
    [
        # a speaker's own "I was not told" is their defence
        "Board chair Ada Lind said she was not told about the missing readings until May.",
        # a silence denied stays the denial
        "The director Ines Bravo denied that customers had not been told of the estimates.",
    ],
)
def test_a_defence_or_a_denial_stays_a_statement(sentence: str) -> None:
    event = holding(drafted(_ACCOUNT, sentence), sentence.split()[2])
    assert event.lane == "statement"
