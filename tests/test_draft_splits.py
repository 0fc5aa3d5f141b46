"""Tests for timeline.draft.splits: the clauses a sentence is split into."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding


@pytest.mark.parametrize(
    ("sentence", "words", "date"),
    [
        # records handed to the newsroom, or examined by it, told in a relative clause
        (
            "The ledger, which was passed to this newspaper last month by a former clerk, shows "
            "that 40 payments had no invoice.",
            "passed to this newspaper",
            "last month",
        ),
        (
            "The rota, which the trust supplied to the Echo on 3 May, shows that two wards had "
            "no nurse at night.",
            "supplied to the Echo",
            "3 May",
        ),
        (
            "The plan, which the Gazette examined at the county archive in March, marks the path "
            "as public.",
            "Gazette examined",
            "in March",
        ),
    ],
)
def test_records_handed_to_the_newsroom_are_how_they_came_out(
    sentence: str, words: str, date: str
) -> None:
    result = drafted(sentence)
    event = holding(result, words)
    assert (event.lane, event.date) == ("disclosure", date)
    # ... and the newsroom they were handed to did none of what they show
    assert all("Echo" not in e.actor for e in result.events if e.lane == "practice")
