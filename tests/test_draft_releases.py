"""Tests for timeline.draft.releases: a release told inside a sentence, an event of its own."""

from __future__ import annotations

from draft_support import drafted, holding


def test_a_release_named_with_its_day_inside_a_sentence_is_an_event() -> None:
    # Disclosure convention: "the video clips made public on Friday" is news of its own
    result = drafted(
        "The sheriff said deputies followed policy.",
        "Deputies fired 14 shots, according to the video clips made public on Friday.",
    )
    assert holding(result, "made public").lane == "disclosure"


def test_rules_issued_to_apply_a_law_are_one_event() -> None:
    # "Regulations to operationalise the law were issued in 2021": the law is what the
    # regulations apply, not a release of its own
    result = drafted(
        "The council said no trader's data was shared.",
        "Regulations to operationalise the law were issued in 2021.",
    )
    assert len([e for e in result.events if e.para == 2]) == 1


def test_a_whole_counted_in_part_is_dated_by_its_filing_and_released_nothing() -> None:
    # Count convention: "Of the 9,400 claims filed between May 2 and June 30, 2,100 were
    # rejected" tells one fact; the filing dates the claims, no record released.
    result = drafted(
        "The insurer said it paid nearly every claim.",
        "Of the 9,400 claims filed between May 2 and June 30, about 2,100 were rejected, "
        "figures from the farm office show.",
    )
    assert len([e for e in result.events if "claims filed" in e.clause]) == 1
    assert not [e for e in result.events if e.role == "release"]


def test_a_deed_told_with_its_pronoun_is_no_record_put_out() -> None:
    # ("said she filed on Feb. 5": her filing, not a report "filed on Feb. 5")
    result = drafted(
        "Karen Ruiz, a retired nurse from Ames, said she filed on Feb. 5 and got her refund "
        "last week."
    )
    assert len(result.events) == 1


def test_a_review_completed_on_a_day_is_dated_by_it_not_split_from_it() -> None:
    result = drafted(
        "A federal review of the agency, completed in June and released to the Herald under a "
        "records request, tells a different story."
    )
    review = holding(result, "federal review")
    assert review.date == "in June"
    assert all(not e.title.startswith("The agency, completed") for e in result.events)
