"""Tests for timeline.draft.inside: orders, warnings and silences kept inside a body."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding

_ACCOUNT = "The water board said every meter in the county was read each month."


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # Order convention: what the body told its own staff to do
        (
            'A former meter reader said staff were told to "copy last month\'s figure" when a '
            "gate was locked.",
            "meter reader",
        ),
        (
            "Two clerks at the billing office said their supervisors instructed them to code "
            "missed meters as read.",
            "supervisors instructed",
        ),
        # Warning convention: a problem reported to the body in private
        (
            "Farmer Lena Ostrow says she reported the broken meter to the board's field office "
            "in May and never heard back.",
            "Ostrow",
        ),
        (
            "One of the readers said he raised the missing readings with his supervisor in "
            "writing in March.",
            "raised",
        ),
        (
            "The tenants' association wrote to the water board in June and again in August "
            "about the estimated bills.",
            "tenants",
        ),
        (
            "A crew leader said a reader sent photos of the flooded meter pits to managers in "
            "early April.",
            "photos",
        ),
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
def test_an_order_a_warning_or_a_silence_inside_the_body_is_a_practice(
    sentence: str, words: str
) -> None:
    # Told by whoever tells it, what passed inside the body is how it ran things behind
    # the scenes, not a claim of the teller.
    event = holding(drafted(_ACCOUNT, sentence), words)
    assert event.lane == "practice"


@pytest.mark.parametrize(
    "sentence",
    [
        # a denial of the order stays the denial
        "The board's director denied that staff had been told to skip locked meters.",
        # a speaker's own "I was not told" is their defence
        "Board chair Ada Lind said she was not told about the missing readings until May.",
        # an order given to the public is no order inside
        "The board said residents were told to boil their water for two days.",
    ],
)
def test_a_denial_a_defence_or_a_public_notice_stays_a_statement(sentence: str) -> None:
    event = holding(drafted(_ACCOUNT, sentence), sentence.split()[1])
    assert event.lane == "statement"
