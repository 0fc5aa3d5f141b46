"""Tests for timeline.draft.venues: the occasions words are said on, and their days."""

from __future__ import annotations

from draft_support import drafted, holding


def test_a_when_clause_after_the_quoted_words_dates_their_saying() -> None:
    # Attribution convention: the time of the words may be told by a "when" clause set after
    # them, outside the quotation; an unquoted one may still be part of what was said.
    result = drafted(
        'The mayor told residents the water was "perfectly safe" when the plant reopened in '
        "May 2019.",
        "The governor told reporters the bridge was sound when the inspection ended in June.",
    )
    assert holding(result, "perfectly safe").date == "in May 2019"
    assert holding(result, "bridge was sound").date.startswith("..")


def test_words_said_at_meetings_are_dated_by_the_meetings() -> None:
    # Occasion convention: the occasions may be several ("At annual general meetings in 2016
    # and 2017, the chairman assured members"); their time is when the words were said.
    result = drafted(
        "At annual general meetings in 2016 and 2017, the chairman assured members that the "
        "society's books were clean."
    )
    assert holding(result, "books were clean").date == "in 2016 and 2017"


def test_words_told_at_an_agm_held_at_a_hall_are_dated_by_the_meeting() -> None:
    result = drafted(
        "\u201cOur books are clean,\u201d the chairman told members at the AGM held at a "
        "banquet hall in Kalyan (W) in September last year."
    )
    assert holding(result, "books are clean").date == "in September last year"


def test_a_briefing_to_a_committee_named_with_commas_dates_the_words() -> None:
    # (the committee's full name holds a list: its commas end neither the phrase nor the day)
    result = drafted(
        "In a briefing to the state senate's health, housing and welfare committee on 12 "
        "March, the agency's director, Paul Ameko, said the waiting list had fallen by half."
    )
    event = holding(result, "waiting list had fallen")
    assert event.date == "12 March"
    assert event.title.startswith("Paul Ameko said")


def test_a_claim_repeated_in_a_public_notice_in_the_papers_takes_its_day() -> None:
    result = drafted(
        "The commission said every official had been paid.",
        "The commission repeated the claim in a public notice published in the daily "
        "newspapers on 12 September.",
    )
    assert holding(result, "public notice").date == "12 September"
