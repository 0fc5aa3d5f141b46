"""Tests for timeline.draft.anchors: days told from a dated incident."""

from __future__ import annotations

import datetime

import pytest

from draft_support import drafted, holding
from timeline.dates import find
from timeline.draft.anchors import anchored_date, incident_dates, incident_told

PUB = datetime.date(2024, 3, 8)


def anchors_of(*paras: str) -> dict:
    texts = dict(enumerate(paras, start=1))
    return incident_dates({n: find(t, PUB) for n, t in texts.items()}, texts)


def test_a_date_before_the_noun_dates_the_incident() -> None:
    found = anchors_of("Students returned to class after the Feb. 14 shooting.")
    assert found["shooting"].day == datetime.date(2024, 2, 14)
    assert found["shooting"].para == 1


def test_a_date_after_the_noun_dates_the_incident() -> None:
    found = anchors_of("Deputies made the arrest on the night of Jan. 30 outside a bar.")
    assert found["arrest"].day == datetime.date(2024, 1, 30)


def test_a_month_does_not_date_an_incident() -> None:
    assert anchors_of("The February shooting shook the town.") == {}


def test_offsets_count_from_the_incident() -> None:
    found = anchors_of("Students returned to class after the Feb. 14 shooting.")
    cases = {
        "the day after the shooting": datetime.date(2024, 2, 15),
        "two days before the shooting": datetime.date(2024, 2, 12),
        "hours after the shooting": datetime.date(2024, 2, 14),
        "a week after the shooting": datetime.date(2024, 2, 21),
        "10 days after the shooting": datetime.date(2024, 2, 24),
    }
    for words, day in cases.items():
        told = anchored_date(f"The board met {words}.", found)
        assert told is not None and told.day == day, words


def test_a_general_noun_refers_to_the_one_dated_incident() -> None:
    one = anchors_of("The crash on March 1 closed the highway.")
    told = anchored_date("the day after the incident", one)
    assert told is not None and told.day == datetime.date(2024, 3, 2)
    two = anchors_of("The crash on March 1 closed the highway.", "The vote on Feb. 27 failed.")
    assert anchored_date("the day after the incident", two) is None


def test_an_undated_noun_gives_nothing() -> None:
    found = anchors_of("Students returned to class after the Feb. 14 shooting.")
    assert anchored_date("the day after the hearing", found) is None


def test_an_incident_told_by_its_verb_then_dated_is_an_anchor() -> None:
    # "a woman arrested outside the library on Feb. 2": the verb tells the incident.
    found = anchors_of("Police said a woman arrested outside the library on Feb. 2 had fled.")
    assert found["arrest"].day == datetime.date(2024, 2, 2)
    assert anchors_of("Police said a woman arrested in 2019, they believe, fled on Feb. 2.") == {}


def test_an_incident_told_as_happening_on_a_day_is_an_anchor() -> None:
    # "The crush occurred around 7.15 p.m. on August 27": the incident and its day
    found = anchors_of("The crush occurred around 7.15 p.m. on August 27 at Gate 3.")
    assert found["crush"].day == datetime.date(2023, 8, 27)
    told = anchored_date("A day after the incident", found)
    assert told is not None and told.day == datetime.date(2023, 8, 28)


def test_the_night_of_the_incident_is_its_own_day() -> None:
    found = anchors_of("Deputies made the arrest on the night of Jan. 30 outside a bar.")
    told = anchored_date("a statement issued the night of the arrest", found)
    assert told is not None and told.day == datetime.date(2024, 1, 30)
    assert told.phrase == "the night of the arrest"
    morning = anchored_date("a release sent out the morning of his arrest", found)
    assert morning is not None and morning.day == datetime.date(2024, 1, 30)


def test_words_said_at_a_meeting_dated_with_its_place_are_said_that_day() -> None:
    # Occasion convention: "a public meeting in Merritt on March 22" dates the meeting;
    # "told about 80 people at the meeting" was said that day.
    found = anchors_of("The company took questions at a public meeting in Merritt on March 2.")
    assert found["meeting"].day == datetime.date(2024, 3, 2)
    told = anchored_date("the manager told about 80 people at the meeting", found)
    assert told is not None and told.day == datetime.date(2024, 3, 2)


def test_that_weekday_is_the_dated_incident_day_that_fell_on_it() -> None:
    # Sequence convention: "issued at 9:11 p.m. that Sunday" refers back to the day the
    # story dated that was a Sunday (Feb. 25, 2024); no such day, no date.
    anchors = anchors_of("Dozens sheltered in the mall during the Feb. 25 tornado warning.")
    told = anchored_date("The siren sounded at 9:11 p.m. that Sunday.", anchors)
    assert told is not None and told.day == datetime.date(2024, 2, 25)
    assert anchored_date("The siren sounded that Monday.", anchors) is None


def test_the_failures_an_accountability_story_turns_on_are_incidents() -> None:
    for noun in ("leak", "capsizing", "derailment", "landslide", "breach"):
        found = anchors_of(f"The {noun} at the depot on Feb. 3 forced an evacuation.")
        told = anchored_date(f"In a statement two days after the {noun}, the city said.", found)
        assert told is not None and told.day == datetime.date(2024, 2, 5), noun


def test_the_same_pledge_told_again_is_an_event_of_its_own() -> None:
    result = drafted(
        "None of the receipts seen by the Gazette mentions parking.",
        "The same pledge was made last year.",
    )
    assert holding(result, "receipts").date != "last year"
    assert holding(result, "same pledge").date == "last year"


def test_a_state_held_since_a_dated_beginning_lasts_until_the_story_ran() -> None:
    # Duration convention: "since the lease began in 2018" runs from then to publication.
    result = drafted("The council has not inspected the pool once since the lease began in 2018.")
    assert holding(result, "not inspected").date == f"2018/{PUB}"


def test_the_incident_told_as_what_happened_is_the_occasion() -> None:
    # Incident convention: the collapse itself is context; the practice is what the body did
    # around it
    result = drafted(
        "The county said the stands were inspected in July.",
        "The east stand at the arena gave way about 8 p.m. on Sept. 28, midway through the rodeo.",
    )
    assert result.events[-1].lane == "context"


@pytest.mark.parametrize(
    "sentence",
    [
        "Daniel Ruiz, 34, was found unresponsive in his cell shortly before 4 a.m. May 19.",
        "Hundreds of dead brown trout and salmon parr were found along the river on 21 July.",
    ],
)
def test_the_death_the_story_turns_on_is_the_incident(sentence: str) -> None:
    assert incident_told(sentence)
    result = drafted("The jail said every cell was checked every half hour.", sentence)
    assert holding(result, "found").lane == "context"


def test_a_blast_dated_once_is_what_the_day_after_counts_from() -> None:
    result = drafted(
        "The blast took place around 3am on January 14 in the dyeing section.",
        "The day after the blast, the owner said the boiler had been certified.",
    )
    assert holding(result, "had been certified").date == "2024-01-15"


def test_days_after_an_incident_dated_first_and_told_by_its_verb() -> None:
    # "abandoned two approaches on March 9 and diverted to Port Hedland": the diversion is
    # dated; "Two days after the diversion" counts from it.
    result = drafted(
        "The airline said the jet was never in danger.",
        "The jet abandoned two approaches on March 9 and diverted to Port Hedland.",
        "Two days after the diversion, the airline issued a statement calling it routine.",
    )
    assert holding(result, "Two days after").date == "2023-03-11"
