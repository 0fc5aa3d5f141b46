"""Tests for timeline.draft.contrast: facts the story sets against the account."""

from __future__ import annotations

from draft_support import drafted, linked


def test_a_short_verb_in_the_past_and_its_noun_name_one_subject() -> None:
    # Account convention: a fact the story established about the same subject contradicts
    # the account; "fined" and "fines" name one subject, as "inspected" and "inspections" do
    result = drafted(
        "Officials have insisted for two years that the flats were being cleaned up.",
        "The chief executive told a television programme in May that hundreds of "
        "operators had been fined.",
        "Records obtained by the Courier show that the authority issued four fines in the "
        "first half of the year.",
    )
    assert linked(result, "contradicts", "issued four fines", "hundreds of operators")
