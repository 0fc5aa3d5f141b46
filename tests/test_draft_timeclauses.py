"""Tests for timeline.draft.timeclauses: words of saying that only tell when."""

from __future__ import annotations

import pytest

from timeline.draft.timeclauses import unsaid


@pytest.mark.parametrize(
    ("clause", "kept"),
    [
        ("Two weeks before he testified, the database listed him.", "the database listed him."),
        (
            "The warning was finally issued Jan. 12 — seven months after the ministry said "
            "publicly that it had no concerns.",
            "The warning was finally issued Jan. 12",
        ),
        ("The directive Kowalski announced was never written.", "was never written."),
    ],
)
def test_a_saying_that_tells_when_is_blanked(clause: str, kept: str) -> None:
    out = unsaid(clause)
    assert len(out) == len(clause)
    assert kept in out
    assert "said" not in out and "testified" not in out and "announced" not in out


def test_a_later_clause_with_a_speaker_of_its_own_is_kept() -> None:
    clause = "In March, after members posted photographs online, the agency said no trees were cut."
    assert unsaid(clause) == clause
