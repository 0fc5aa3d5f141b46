"""Tests for timeline.draft.encounters: a member of the public's dealings with a body."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding

_CLAIM = "The water board says a reported leak is fixed within two days."


@pytest.mark.parametrize(
    ("opening", "words"),
    [
        ("Martin Osei called the water board about the leak on his street on March 3.", "called"),
        ("Martin Osei, 61, reported a burst main outside his bakery on March 3.", "burst main"),
        ("Pensioner Martin Osei phoned the board's hotline at 7 a.m. on March 3.", "phoned"),
        ("Martin Osei was waiting at the depot counter on March 3 when it closed.", "waiting"),
        (
            "Martin Osei, 61, who lives on the Hollins estate, reported a burst main on March 3.",
            "burst main",
        ),
        # what they do, set off after the name, and what the body did to them there
        (
            "Martin Osei, a retired baker, was clocked at 48 mph outside the depot on March 3.",
            "clocked",
        ),
        (
            "Martin Osei, a taxi driver from Hollins, was fined $90 at the depot on March 3.",
            "fined",
        ),
    ],
)
def test_a_member_of_the_publics_dealings_with_the_body_are_the_practice(
    opening: str, words: str
) -> None:
    # Service-encounter convention: the anecdote of one person the service failed tells
    # how the body served them, the practice the story tests.
    result = drafted(opening, _CLAIM, "Osei said the water ran down the road for a month.")
    assert holding(result, words).lane == "practice"


def test_an_official_calling_someone_is_no_encounter() -> None:
    result = drafted(
        "Director Martin Osei called the contractor about the leak on March 3.",
        _CLAIM,
        "Osei said the repair was on schedule.",
    )
    assert holding(result, "called the contractor").lane != "practice"


def test_what_befell_a_member_of_the_public_is_no_encounter() -> None:
    # the occasion of the story (a crash, a fall) is not how the body served them
    result = drafted(
        "Martin Osei fell into the open trench on his street on March 3.",
        _CLAIM,
        "Osei said the trench had been open for a month.",
    )
    assert holding(result, "fell into").lane != "practice"


@pytest.mark.parametrize(
    "telling",
    [
        "Osei said he rang the water board every week in April.",
        "Osei said he found out the job had been closed only when he called again.",
        "Sixteen months on, Osei said, the leak still had not been fixed.",
    ],
)
def test_a_member_of_the_public_telling_their_dealings_is_a_witness(telling: str) -> None:
    # Witness convention: one the story names as a member of the public, telling their own
    # dealings with the body, witnesses its practice; it is no claim made for the body.
    result = drafted(
        "The water board said in May that every reported leak was fixed within two days.",
        "But repair logs show 40 leaks stayed open for more than a month.",
        "Martin Osei reported a leak outside his bakery on March 3.",
        telling,
    )
    assert holding(result, telling[:20]).lane == "practice"


def test_a_member_of_the_publics_opinion_is_no_witness() -> None:
    result = drafted(
        "The water board said in May that every reported leak was fixed within two days.",
        "Martin Osei reported a leak outside his bakery on March 3.",
        "Osei said the board should hire more crews.",
    )
    assert holding(result, "should hire").lane != "practice"


def test_an_appeal_or_a_button_pressed_is_an_encounter() -> None:
    result = drafted(
        "Loretta Haines, 71, whose house on Tanner Street was assessed at $64,000 in 2014, "
        "appealed that year after the house next door sold for $41,000. “It made no "
        "sense,” Haines said.",
        "Maria Talbot pressed the cancel button in the PulseFit app on Nov. 19. “Nothing "
        "happened,” Talbot said.",
    )
    assert holding(result, "appealed that year").lane == "practice"
    assert holding(result, "pressed the cancel button").lane == "practice"


def test_an_encounter_told_after_the_tie_that_introduces_the_name() -> None:
    result = drafted(
        "Armadale tenant Leanne Pitt reported a leaking roof over her daughter's bedroom in "
        "January. “Every time they close it, I ring,” Pitt said."
    )
    assert holding(result, "reported a leaking roof").lane == "practice"


def test_what_one_of_the_public_says_they_were_told_is_how_they_were_dealt_with() -> None:
    # Service-encounter convention: "said she was told 'nothing available'" tells how the
    # body dealt with her; the same words from an official concede what he knew.
    result = drafted(
        "The transit agency said it never turns a rider away.",
        'Rosa Lind, 58, who uses a wheelchair, said she was told "no seats" six times in May.',
        "Director Sam Cole said he was told about the refusals in June.",
    )
    assert holding(result, "Rosa Lind").lane == "practice"
    assert holding(result, "Sam Cole").lane == "disclosure"


def test_an_official_set_off_by_a_post_is_no_member_of_the_public() -> None:
    result = drafted(
        "Martin Osei, a water board spokesman, was billed for the survey on March 3.",
        _CLAIM,
        "Osei said the survey was routine.",
    )
    assert holding(result, "was billed").lane != "practice"


def test_being_told_what_to_do_at_the_counter_is_the_dealings_on_their_day() -> None:
    result = drafted(
        "Martin Osei, a taxi driver from Hollins, applied to renew his permit on 6 May and was "
        "told to come back in six weeks.",
        _CLAIM,
        "Osei said the water ran down the road for a month.",
    )
    applied = holding(result, "applied to renew")
    assert (applied.lane, applied.date) == ("practice", "6 May")


@pytest.mark.parametrize(
    ("introduction", "surname"),
    [
        ("Mrs Joan Pike, from Heathfield, rang", "Pike"),
        ("Mr Tom Hale rang", "Hale"),
        ("Ms Ana Ruiz, from Port Mill, rang", "Ruiz"),
    ],
)
def test_a_courtesy_title_or_a_home_town_names_one_of_the_public(
    introduction: str, surname: str
) -> None:
    # Naming convention: British copy gives everyone a courtesy title ("Mrs", "Mr"), which
    # holds no office, and may set off where she lives ("from Heathfield"): her call to
    # the council is her dealings with it, the practice the story tests
    result = drafted(
        "The council said in January that every leak reported was fixed within a week.",
        f"{introduction} the council about the leak on 3 March.",
    )
    event = holding(result, "about the leak")
    assert event.lane == "practice"
    assert surname in event.actor


def test_one_of_the_public_telling_they_left_is_the_practice_on_that_day() -> None:
    # Service-encounter convention, in their own telling: "said she left the clinic on 4
    # March without seeing a doctor" is how the body served her, dated by her deed.
    result = drafted(
        "The health board said the clinic saw every patient who came.",
        "Joan Ellery, 67, said she left the clinic on 4 March without seeing a doctor.",
    )
    event = holding(result, "Ellery")
    assert (event.lane, event.date) == ("practice", "4 March")
