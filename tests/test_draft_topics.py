"""Tests for timeline.draft.topics: a topic sentence dated by the detail that follows it."""

from __future__ import annotations

from draft_support import PUB, drafted, holding


def test_a_topic_sentence_takes_the_date_its_paragraph_goes_on_to_give() -> None:
    result = drafted(
        "An audit found the county overbilled 900 families.",
        "Harlow County Council disputed the figures. "
        '"We do not recognise the total," the council said in a statement on Wednesday.',
    )
    topic = holding(result, "disputed the figures")
    assert topic.date == "Wednesday"
    assert "goes on to give" in topic.date_note


def test_another_speakers_date_does_not_date_the_topic_sentence() -> None:
    result = drafted(
        "An audit found the county overbilled 900 families.",
        "Harlow County Council disputed the figures. "
        '"The audit is right," state Sen. Ada Moss said in a statement on Wednesday.',
    )
    assert holding(result, "disputed the figures").date == f"../{PUB}"
