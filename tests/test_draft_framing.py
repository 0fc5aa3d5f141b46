"""Tests for timeline.draft.framing: a story framed as a test of an official account."""

from __future__ import annotations

import pytest

from draft_support import PUB, linked
from timeline.draft import draft
from timeline.draft.framing import framed
from timeline.draft.sentences import split_sentences


@pytest.mark.parametrize(
    "headline",
    [
        # a quoted claim, then a turn
        "Ferry 'runs every hour' – but half the sailings were cancelled",
        # a turn, then the quoted claim
        "Tenants left without heat despite 'fixed within a day' pledge",
        # the claim said, then the fact in a sentence of its own
        "Council Says Every Pothole Is Filled in a Week. Drivers Say Some Wait a Year",
        # what was found, put down to the records or the staff
        "Inspectors signed off on lifts they never saw, records and former staff say",
        # the claim named, not quoted, after the turn
        "Clinics lie shut at island hospital despite ministry's repeated assurances",
        # a word in scare quotes
        "Council 'inspected' 40 bridges in a single afternoon",
        "Hip surgery queue 'cut' by moving patients to another list",
        "Bus delays 'solved' by dropping the late runs from the timetable",
        # what was found, put down to the staff after a dash
        "Lorries passed roadworthy tests without brake checks – examiners",
    ],
)
def test_a_headline_that_sets_a_claim_against_a_fact_frames_the_story(headline: str) -> None:
    assert framed(headline, [])


@pytest.mark.parametrize(
    "headline",
    [
        "Ferry service adds a second boat for the summer",
        "Council says it will fill potholes faster this year",
        "Flood shelters still sitting empty in Auki",
        # a turn with no claim named, and a quoted word that is no deed
        "Council opens riverside walk despite rain",
        "Ferry 'Kestrel' returns to service",
    ],
)
def test_a_headline_with_no_claim_set_against_a_fact_frames_nothing(headline: str) -> None:
    assert not framed(headline, [])


def test_in_a_story_so_framed_the_practice_contradicts_the_account_it_leads_with() -> None:
    # Account convention: once the headline sets the claim against the fact, each practice
    # the story establishes is set against the account it leads with.
    text = (
        "Ferry 'runs every hour' – but half the sailings were cancelled\n\n"
        "The island ferry company said in May that its boats ran every hour.\n\n"
        "The ferry carries about 900 people a day in summer.\n\n"
        "The island has no airport.\n\n"
        "Logs show the company cancelled 212 sailings between June and August."
    )
    result = draft(text, PUB)
    assert linked(result, "contradicts", "212 sailings", "every hour")


def test_a_lede_telling_of_a_statement_corrected_frames_the_story() -> None:
    # Framing convention: a party that "has corrected a statement it gave" is an account
    # the story tests, however plain the verb that told it ("told about 150 farmers").
    story = (
        "Co-op puts the sale of its village store on record\n\n"
        "Maigue Co-op has corrected a statement it gave the paper about its branch in"
        " Kilbrennan, two months after its chief executive told farmers it would reopen.\n\n"
        "The store on Main Street closed on October 31 last year.\n\n"
        "At a members' meeting on October 22, chief executive Declan Hartigan told about 150"
        " farmers the store would reopen by spring.\n\n"
        "Land registry records show the premises were transferred in March to a property"
        " company."
    )
    assert not framed("Co-op puts the sale of its village store on record", [])
    result = draft(story, PUB)
    assert linked(result, "contradicts", "transferred in March", "told farmers it would reopen")


def test_a_lede_naming_what_the_party_had_told_journalists_frames_the_story() -> None:
    sentences = split_sentences(
        "A magistrate has thrown out a statement which the police had told journalists was "
        "given freely by a market porter."
    )
    assert framed("Court rejects police statement", sentences)
