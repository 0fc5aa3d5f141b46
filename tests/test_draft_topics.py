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


def test_words_quoted_after_their_occasion_told_bare_take_its_date() -> None:
    # "Two weeks later, the board went further in an e-mail to the Post. '...,' its
    # spokesperson wrote.": the occasion is told first, bare; the quoted words are its.
    result = drafted(
        "On May 2, the board said the pools were tested weekly.",
        "On May 16, the board went further in an e-mail to the Post. “Every pool is tested "
        "every morning before it opens,” spokesperson Ana Reyes wrote.",
    )
    assert holding(result, "Every pool is tested").date == "May 16"
