"""Tests for timeline.draft.continuation: a quotation that runs on what came before it."""

from __future__ import annotations

from draft_support import PUB, drafted, holding, linked
from timeline.draft import draft


def test_a_quotation_of_the_message_just_described_is_that_message() -> None:
    result = drafted(
        "In a Nov. 3 e-mail, Ana Ruiz urged the board to wait. “Can we hold the vote?” Ruiz wrote."
    )
    assert [e.lane for e in result.events] == ["practice"]


def test_a_quotation_by_the_same_speaker_runs_on_the_statement() -> None:
    result = drafted(
        "Mayor Ana Ruiz said every bin was collected. “Not one street was missed,” she said."
    )
    assert [e.lane for e in result.events] == ["statement"]


def test_a_quotation_by_another_speaker_is_an_event_of_its_own() -> None:
    result = drafted(
        "Mayor Ana Ruiz said every bin was collected. “Half my street was missed,” "
        "resident Tom Hale said."
    )
    assert len(result.events) == 2


def test_a_line_added_after_a_colon_runs_on_the_message() -> None:
    result = drafted(
        "On Oct. 12, safety adviser Gareth Coulson had written to the head of the School of "
        "Chemistry that nine cupboards had lapsed. He added: “I’d rather we didn’t find out "
        "the hard way.”"
    )
    assert [e.lane for e in result.events] == ["practice"]


def test_a_concession_in_the_speakers_own_words_is_the_same_event() -> None:
    result = drafted(
        "The fair board president said Sunday the ride had passed every inspection.",
        "On Tuesday, Lindqvist said in a phone interview that the ride had been fine. "
        "“I was told it passed. I didn't see the paperwork,” he said. “That's on me.”",
    )
    tuesday = [e for e in result.events if e.para == 2]
    assert [e.lane for e in tuesday] == ["disclosure"]
    # an admission, then its speaker going on in his own words: one event
    owned = drafted(
        "On Tuesday, Lindqvist said in a phone interview that he had misspoken on Sunday. "
        "“I was told it passed. I didn't see the paperwork,” he said."
    )
    assert [e.lane for e in owned.events] == ["disclosure"]


def test_a_denial_that_goes_on_from_the_same_speaker_is_contradicted_with_the_account() -> None:
    # Account convention: the speaker's next words, an account of their own ("Nothing
    # outside the normal maintenance cycle"), go on from the account just given, and what
    # contradicts that account contradicts them too.
    result = draft(
        "Miner's records contradict what its chief told analysts\n\n"
        "On an Aug. 24 earnings call, managing director Graeme Tolhurst told analysts that "
        "production was “tracking to guidance.” Asked by an analyst whether there had been "
        "any unplanned downtime, he said: “Nothing outside the normal maintenance cycle.”\n\n"
        "The plant's production log records no concentrate produced on 19 days from July 9, "
        "well short of guidance.",
        PUB,
    )
    assert linked(result, "contradicts", "concentrate produced", "tracking to guidance")
    assert linked(result, "contradicts", "concentrate produced", "Nothing outside")


def test_a_record_quoted_by_its_pronoun_speaks_on_the_date_it_was_named_with() -> None:
    result = drafted(
        "The original report went to the audit committee on Feb. 26. It said the privacy "
        'office had closed 1,140 requests and that "93 per cent were completed on time."'
    )
    assert holding(result, "It said").date == "2024-02-26"
    # (a pronoun after a dated deed that is no record is not its words)
    other = drafted(
        "The mayor went to the audit committee on Feb. 26. It said the privacy office had "
        'closed 1,140 requests and that "93 per cent were completed on time."'
    )
    assert holding(other, "It said").date != "2024-02-26"


def test_a_witness_quoted_after_the_account_told_to_the_newsroom_is_the_same_event() -> None:
    result = drafted(
        "The operator said its towers had backup power around the clock.",
        "But two engineers told the Gazette that they were instructed in May to switch off the "
        "generators at night. \u201cThe towers in poor areas do not justify the diesel,\u201d one "
        "of them said, requesting anonymity.",
    )
    assert not [e for e in result.events if "justify the diesel" in e.clause]


def test_a_deed_in_the_same_chain_of_emails_takes_the_emails_day() -> None:
    # Occasion convention: "In the same chain" names again the email told before.
    result = drafted(
        "The shire said the airstrip was open.",
        "A follow-up email from Mr Ward on 12 February asked for the repairs to be fast-tracked.",
        "In the same chain, Mr Ward asked staff to “keep this in-house” until the money was found.",
    )
    assert holding(result, "same chain").date == "2024-02-12"
