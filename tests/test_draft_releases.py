"""Tests for timeline.draft.releases: a release told inside a sentence, an event of its own."""

from __future__ import annotations

from draft_support import drafted, holding


def test_a_release_named_with_its_day_inside_a_sentence_is_an_event() -> None:
    # Disclosure convention: "the video clips made public on Friday" is news of its own
    result = drafted(
        "The sheriff said deputies followed policy.",
        "Deputies fired 14 shots, according to the video clips made public on Friday.",
    )
    assert holding(result, "made public").lane == "disclosure"


def test_rules_issued_to_apply_a_law_are_one_event() -> None:
    # "Regulations to operationalise the law were issued in 2021": the law is what the
    # regulations apply, not a release of its own
    result = drafted(
        "The council said no trader's data was shared.",
        "Regulations to operationalise the law were issued in 2021.",
    )
    assert len([e for e in result.events if e.para == 2]) == 1
