"""Tests for timeline.draft.checks: the newsroom's own check tests the claim just before it."""

from __future__ import annotations

from draft_support import drafted, linked


def test_the_newsrooms_visit_right_after_a_claim_contradicts_it() -> None:
    result = drafted(
        "The club's secretary, Ravi Sen, said on Monday that the park was open to all from "
        "sunrise to sunset. When this correspondent visited at 10am on Sunday, the gate was "
        "locked and no one was there."
    )
    assert linked(result, "contradicts", "the gate was", "park was open")


def test_a_claim_in_another_paragraph_is_not_what_the_visit_tests() -> None:
    result = drafted(
        "The club's secretary, Ravi Sen, said on Monday that the park was open to all.",
        "When this correspondent visited at 10am on Sunday, the gate was locked.",
    )
    assert not linked(result, "contradicts", "the gate was", "park was open")
