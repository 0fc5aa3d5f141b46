"""Tests for timeline.draft.parties: the party under scrutiny, and who only reacts."""

from __future__ import annotations

from draft_support import drafted, holding


def test_another_bodys_refusal_is_no_event_and_the_partys_is() -> None:
    result = drafted(
        "Ashcombe Bank told MPs in May that every customer had been repaid.",
        "But an internal audit found that 64,000 former customers were never contacted.",
        "Ashcombe Bank declined to comment on the audit.",
        "The Financial Conduct Authority declined to comment.",
    )
    assert holding(result, "Ashcombe Bank declined").lane == "disclosure"
    assert not any("Financial Conduct Authority" in e.clause for e in result.events)


def test_a_refusal_is_kept_while_the_party_is_unknown() -> None:
    result = drafted("The regulator declined to comment.")
    assert [e.lane for e in result.events] == ["disclosure"]
