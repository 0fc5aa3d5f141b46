"""Tests for timeline.draft.contrast: facts the story sets against the account."""

from __future__ import annotations

from draft_support import drafted, holding, linked


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


def test_records_named_with_their_initials_that_tell_a_different_story_show_the_next_fact() -> None:
    # Contrast convention: "The vessel monitoring system (VMS) records, released ... last
    # month, paint a different picture." sets the records against the account, initials
    # and all; the sentence after tells what they show
    result = drafted(
        "Minister Geoffrey Corlett told the House in June there had been no dredging in the area.",
        "The vessel monitoring system (VMS) records, released to the Herald last month, paint "
        "a different picture. Three boats made 41 passes at dredging speed across the area "
        "between December and February.",
    )
    assert holding(result, "41 passes").lane == "practice"
    assert linked(result, "contradicts", "41 passes", "no dredging")
