"""Tests for timeline.draft.history: a body's founding, told as background."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding
from timeline.draft.history import founding_told


@pytest.mark.parametrize(
    "sentence",
    [
        "Ness Leisure was set up by the council in 2015 and runs 11 venues.",
        "The fund was set up in 2005 to step in when an employer goes bust.",
    ],
)
def test_a_bodys_founding_with_its_year_is_background(sentence: str) -> None:
    assert founding_told(sentence)
    result = drafted("The council said the pool would cost £4m.", sentence)
    assert holding(result, "was set up").lane == "context"


def test_a_deed_with_its_year_is_no_founding() -> None:
    assert not founding_told("The money was moved to the fund in 2015.")
    assert not founding_told("A committee was set up to look into it.")
