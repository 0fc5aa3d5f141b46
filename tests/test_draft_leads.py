"""Tests for timeline.draft.leads: where a sentence's main clause starts after its lead."""

from __future__ import annotations

from draft_support import drafted, holding


def test_a_body_named_in_capitals_after_a_lead_opens_the_main_clause() -> None:
    # "After a review found ..., Queen's Park promised ...": the finding is the lead's event,
    # the promise the main clause's, each with its own lane
    result = drafted(
        "The ministry said in May that every band council had been asked for its list.",
        "After a 2013 independent review found that First Nations people were missing from "
        "juries, Queen's Park promised the requests would be made every year.",
    )
    assert holding(result, "review found").lane == "disclosure"
    promise = holding(result, "Queen's Park promised")
    assert (promise.lane, promise.role) == ("statement", "main")
