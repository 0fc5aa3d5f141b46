"""Tests for timeline.draft.figures: counts and trends credited to figures are background."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding

_ACCOUNT = "The minister said every foster grant was paid."


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "There were about 2,300 children in foster placements at the end of last year, "
            "according to ministry figures, up from 500 in 2016.",
            "2,300 children",
        ),
        (
            "Break-ins at night rose by a third in the first quarter, according to police figures.",
            "Break-ins",
        ),
        (
            "Around one in four households in the district now rents from a private landlord, "
            "according to the 2021 census.",
            "one in four",
        ),
    ],
)
def test_a_count_or_a_trend_credited_to_figures_is_background(sentence: str, words: str) -> None:
    result = drafted(_ACCOUNT, sentence)
    assert holding(result, words).lane == "context"


def test_a_failing_the_figures_show_stays_what_went_on() -> None:
    result = drafted(
        _ACCOUNT,
        "No grant was paid to 63 families after October, according to the ministry's own figures.",
    )
    assert holding(result, "No grant").lane == "practice"
