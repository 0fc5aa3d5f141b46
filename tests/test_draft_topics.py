"""Tests for timeline.draft.topics: a topic sentence dated by the detail that follows it."""

from __future__ import annotations

from draft_support import PUB, drafted, holding


def test_a_topic_sentence_takes_the_date_its_paragraph_goes_on_to_give() -> None:
    result = drafted(
        "An audit found the county overbilled 900 families.",
        "Harlow County Council disputed the figures. Harlow County Council said in a "
        "statement on Wednesday that it did not recognise the total.",
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


def test_a_quotation_that_backs_the_speakers_statement_is_one_event_with_it() -> None:
    result = drafted(
        "Harbor Bank disputed the figures. “The numbers include closed accounts,” the bank "
        "said in a statement on Wednesday."
    )
    said = [e for e in result.events if e.lane == "statement"]
    # the speaker's own words are kept
    assert [(e.quote, e.date) for e in said] == [
        ("The numbers include closed accounts,", "Wednesday")
    ]
    # another speaker's quotation is a statement of its own
    two = drafted(
        "Harbor Bank disputed the figures. “Half the accounts were left out,” Councillor Tom "
        "Hale said on Wednesday."
    )
    assert len([e for e in two.events if e.lane in ("statement", "context")]) == 2


def test_a_quotation_takes_the_occasion_its_paraphrase_gives() -> None:
    result = drafted(
        "The Harbor Bank took to Twitter in July. “Every customer has been repaid,” "
        "officials wrote."
    )
    said = [e for e in result.events if e.lane == "statement"]
    assert [(e.quote, e.date) for e in said] == [("Every customer has been repaid,", "in July")]


def test_an_admission_quoted_after_its_paraphrase_is_one_admission() -> None:
    result = drafted(
        "Lab director Gary Lind acknowledged that his testimony was inaccurate. “I take "
        "responsibility for a number that should never have been reported,” Lab director "
        "Gary Lind wrote."
    )
    admissions = [e for e in result.events if e.lane == "disclosure"]
    assert len(admissions) == 1
    assert admissions[0].quote.startswith("I take responsibility")
