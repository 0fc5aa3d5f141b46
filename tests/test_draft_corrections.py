"""Tests for timeline.draft.corrections: a public account withdrawn, amended or set right."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding
from timeline.draft.corrections import CORRECTED


def test_a_document_the_party_withdraws_is_a_disclosure_dated_by_its_own_day() -> None:
    # Correction convention: the party undoing its own document is how the truth comes out.
    result = drafted(
        "The council said every bin round ran on time.",
        "The guidance note was withdrawn on Friday, she added.",
        "The council on Monday removed 14 entries from its online schedule.",
    )
    withdrawn = holding(result, "withdrawn")
    assert (withdrawn.lane, withdrawn.date) == ("disclosure", "Friday")
    assert holding(result, "removed 14 entries").lane == "disclosure"
    # a claim taken off the party's website is undone too, told in its own clause
    site = drafted(
        "The charity said 90 cents of every dollar went to families.",
        "It was based on hopes, she said, and the charity took it off its website on Friday.",
    )
    taken = holding(site, "took it off its website")
    assert (taken.lane, taken.date, taken.title) == (
        "disclosure",
        "Friday",
        "The charity took it off its website on Friday",
    )
    # an officer removed from duty is no document undone
    assert CORRECTED.search("The officer was removed from duty in May.") is None


def test_a_public_label_the_party_rewords_is_a_correction() -> None:
    changed = "The clinic changed the label on its website to time to first greeting on Friday."
    assert CORRECTED.search(changed)
    result = drafted("The clinic said patients see a doctor within 20 minutes.", changed)
    assert holding(result, "changed the label").lane == "disclosure"


def test_a_remedy_made_since_is_a_correction_and_growth_is_not() -> None:
    # Correction convention: what the party has since put right ("has since recalculated
    # the dates") is how the error came out; what merely changed since is not.
    assert CORRECTED.search("The department has since recalculated release dates for all 312.")
    assert CORRECTED.search("She said the office had since reissued the notices.")
    assert CORRECTED.search("The company has since grown to 400 workers.") is None
    result = drafted(
        "The department said no one was held past their release date.",
        "A spokeswoman said the department has since recalculated release dates for everyone "
        "named in the audit.",
    )
    assert holding(result, "since recalculated").lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("On Tuesday the board added a note to its website.", "note"),
        ("Councillors approved corrected minutes on Monday.", "corrected"),
        ("The trust published corrected waiting-time figures on Wednesday.", "corrected"),
    ],
)
def test_a_correction_put_out_is_a_disclosure(sentence: str, words: str) -> None:
    # Correction convention: a note added to the record, corrected figures or minutes
    # approved or published: the party putting its account right in public.
    result = drafted("The trust said every patient was seen within 18 weeks.", sentence)
    assert holding(result, words).lane == "disclosure"
    # (a press note is the party's account, not a correction of it)
    assert CORRECTED.search("The trust issued a press note stating that all were seen.") is None


@pytest.mark.parametrize(
    ("sentence", "corrected"),
    [
        ("The councillor lodged a corrected primary return on 6 February.", True),
        ("The board approved corrected minutes on Tuesday.", True),
        ("On Monday, after lodging the corrected return, she said it was a slip.", False),
    ],
)
def test_a_corrected_return_lodged_is_a_correction_but_not_one_named_again(
    sentence: str, corrected: bool
) -> None:
    # Correction convention: a form filed again corrected is a correction put out; "the
    # corrected return" named again in a later clause is that correction, no new one.
    assert (CORRECTED.search(sentence) is not None) is corrected


def test_a_correction_made_public_is_a_disclosure() -> None:
    sentence = "The correction was tabled at Tuesday night's ordinary council meeting."
    assert CORRECTED.search(sentence) is not None
    result = drafted("The mayor said the trip would cost ratepayers nothing.", sentence)
    assert holding(result, "tabled").lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Riverbend issued its correction on Monday.", "correction"),
        (
            "The amended statement, filed with the city clerk’s office Wednesday, adds $2,610 "
            "in expenses.",
            "amended",
        ),
    ],
)
def test_a_correction_or_an_amended_filing_is_a_disclosure(sentence: str, words: str) -> None:
    assert CORRECTED.search(sentence) is not None
    result = drafted("The councillor said his filing was complete and accurate.", sentence)
    assert holding(result, words).lane == "disclosure"


def test_a_newsrooms_correction_of_its_own_story_is_a_disclosure() -> None:
    sentence = "The Chronicle today also corrects its own story of October 3."
    assert CORRECTED.search(sentence) is not None
    result = drafted("The winery said its syrah won gold.", sentence)
    assert holding(result, "corrects").lane == "disclosure"


def test_words_given_in_a_corrected_response_are_a_disclosure_dated_by_its_filing() -> None:
    # Correction convention: a corrected answer to an overseer sets the record right; a
    # dated aside after the phrase dates it, not the year the figure covers.
    result = drafted(
        "The lender told lawmakers it disabled a few dozen cars a year.",
        "In a corrected response to the attorney general's demand, filed Aug. 22, the lender "
        "said its devices had disabled cars 1,460 times in 2023.",
    )
    event = holding(result, "1,460 times")
    assert (event.lane, event.date) == ("disclosure", "Aug. 22")


def test_a_letter_written_to_correct_evidence_is_a_disclosure() -> None:
    # Correction convention: writing to the committee misled "to correct evidence" sets the
    # record right, however plain the verb.
    result = drafted(
        "The principal told MSPs every penny went to students.",
        "The principal wrote to the education committee yesterday to correct evidence she gave "
        "in January.",
    )
    assert holding(result, "to correct evidence").lane == "disclosure"


def test_a_note_sent_out_correcting_the_information_is_the_correction() -> None:
    result = drafted(
        "Two weeks later, a note was sent to members of the health committee correcting the "
        "information they had been given and saying the original figures had been too low."
    )
    assert holding(result, "correcting").lane == "disclosure"
