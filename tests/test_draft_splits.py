"""Tests for timeline.draft.splits: the clauses a sentence is split into."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding, linked


@pytest.mark.parametrize(
    ("sentence", "words", "date"),
    [
        # records handed to the newsroom, or examined by it, told in a relative clause
        (
            "The ledger, which was passed to this newspaper last month by a former clerk, shows "
            "that 40 payments had no invoice.",
            "passed to this newspaper",
            "last month",
        ),
        (
            "The rota, which the trust supplied to the Echo on 3 May, shows that two wards had "
            "no nurse at night.",
            "supplied to the Echo",
            "3 May",
        ),
        (
            "The plan, which the Gazette examined at the county archive in March, marks the path "
            "as public.",
            "Gazette examined",
            "in March",
        ),
    ],
)
def test_records_handed_to_the_newsroom_are_how_they_came_out(
    sentence: str, words: str, date: str
) -> None:
    result = drafted(sentence)
    event = holding(result, words)
    assert (event.lane, event.date) == ("disclosure", date)
    # ... and the newsroom they were handed to did none of what they show
    assert all("Echo" not in e.actor for e in result.events if e.lane == "practice")


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # the time a time phrase names, and the span records cover: no event of their own
        (
            "Ledger reporters visited all 19 during advance voting, which ran March 11-17, and "
            "again on election day.",
            "Ledger reporters visited",
        ),
        (
            "The records, which cover the period from January 2021 to April last year, show that "
            "41 trucks were logged as exempt.",
            "41 trucks",
        ),
    ],
)
def test_a_relative_clause_that_only_tells_a_time_is_no_event(sentence: str, kept: str) -> None:
    result = drafted(sentence)
    assert len(result.events) == 1
    assert kept in result.events[0].clause


def test_a_thing_that_ran_for_a_time_is_still_an_event() -> None:
    # "It was the worst outbreak, which ran from 2008 to 2009": the outbreak is the event
    result = drafted("It was Cairns' worst outbreak, which ran from 2008 to 2009.")
    assert holding(result, "ran from 2008").date == "from 2008 to 2009"


def test_a_date_named_as_a_target_is_no_event_of_its_own() -> None:
    # "repeated the November date in a radio interview on June 7": one statement, on June 7
    result = drafted(
        "The mayor repeated the November date in a radio interview on June 7, saying the "
        'project was "tracking exactly to plan".'
    )
    assert [(e.lane, e.date) for e in result.events] == [("statement", "June 7")]


def test_a_list_in_a_dated_relative_clause_stays_in_it() -> None:
    result = drafted(
        "The bypass, which took in farms, woods and streams when it was planned in 2019, "
        "opened in May."
    )
    assert holding(result, "woods and streams").title.startswith("The bypass took in farms")
    assert holding(result, "opened in May").date == "in May"


def test_an_undated_account_tucked_into_the_sentence_is_a_statement_of_its_own() -> None:
    result = drafted(
        "The Lakeside Fisheries Corporation (LFC), which has repeatedly told candidates that it "
        "has no vacancies to report, had 31 posts lying vacant on September 30, according to "
        "documents obtained under the records law."
    )
    told = holding(result, "repeatedly told candidates")
    assert told.lane == "statement"
    assert told.title.startswith("LFC has repeatedly told candidates")
    assert holding(result, "31 posts").title.startswith("LFC had 31 posts lying vacant")


def test_an_occasion_named_bare_after_the_news_is_only_its_time() -> None:
    # "paid on Aug. 27, 17 days after the minister's news conference": the conference is
    # told elsewhere; named bare, it only says when the payment came, and is no event.
    result = drafted(
        "At a news conference on Aug. 10, the minister said no empty room was paid for.",
        "The department paid both invoices in full on Aug. 27, 17 days after the minister’s "
        "news conference.",
    )
    assert [e.para for e in result.events].count(2) == 1
    assert holding(result, "paid both invoices").date == "Aug. 27"


def test_words_said_where_an_occasion_was_held_are_an_event_of_that_day() -> None:
    # Occasion convention: the occasion, then what was said at it: two events, one day.
    result = drafted(
        "The three porters were paraded before reporters at the divisional headquarters on "
        "June 2, 2022, where the command's spokesman told journalists that they had confessed "
        "to the theft."
    )
    said = holding(result, "had confessed")
    assert said.lane == "statement"
    assert said.date == "June 2, 2022"
    assert "paraded" not in said.clause
    assert holding(result, "paraded").lane != "statement"


def test_a_claim_told_even_as_the_deed_went_on_is_its_own_event() -> None:
    # Contrast convention: "A was so, even as the minister was telling the legislature B"
    # sets the claim beside the deed; a check never made is the body's failing
    result = drafted(
        "The province did not carry out a single field inspection under the law in 2021 or "
        "2022, even as the agriculture minister was telling the legislature the rules were "
        'being enforced "to the letter," the auditor general says.'
    )
    deed = holding(result, "did not carry out")
    claim = holding(result, "was telling the legislature")
    assert deed.id != claim.id
    assert (deed.lane, claim.lane) == ("practice", "statement")


def test_what_others_raised_before_the_telling_it_drew_is_an_event() -> None:
    result = drafted(
        "In April 2022, after the Ferny Creek Landcare Alliance raised concerns about fields "
        "planted in potatoes two years running, Agriculture Minister Ruth Kell told the "
        "legislature her department was enforcing the act."
    )
    raised = holding(result, "raised concerns")
    told = holding(result, "told the legislature")
    assert raised.id != told.id
    assert raised.actor == "Ferny Creek Landcare Alliance"
    assert told.actor == "Minister Ruth Kell"


def test_concerns_raised_days_before_a_telling_are_an_event() -> None:
    # Sequence convention: "told reporters ..., days after the tenants' union raised
    # concerns publicly" sets the telling after what drew it: two events
    result = drafted(
        "The board had on March 2 told reporters the block was safe, days after the "
        "tenants' union, led by Ama Boateng, raised concerns publicly about the lifts."
    )
    raised = holding(result, "raised concerns")
    told = holding(result, "told reporters")
    assert raised.id != told.id
    assert (told.lane, told.date) == ("statement", "March 2")


def test_the_occasion_a_turnaround_turns_from_is_the_event() -> None:
    # "It is also a sharp turnaround from March, when ... told the Ledger ...": the
    # comparison says nothing itself; the telling it names is the event, dated by its time
    result = drafted(
        "The letting agency admitted yesterday that 38 of its flats fell short.",
        "It is also a sharp turnaround from March, when Mr Quill told the Ledger every "
        "property had been “independently assessed and is fully compliant”.",
    )
    told = holding(result, "told the Ledger")
    assert (told.lane, told.date, told.actor) == ("statement", "March", "Mr Quill")
    assert told.title.startswith("Quill told the Ledger every property")


def test_a_deed_done_even_as_the_body_assured_otherwise_is_the_practice() -> None:
    # Contrast convention: "kept dumping waste, even as it assured residents the water was
    # safe" sets the deed against the assurance
    result = drafted(
        "The mill kept dumping waste into the river for a month, even as it assured "
        "residents the water was safe."
    )
    deed, claim = holding(result, "kept dumping"), holding(result, "assured residents")
    assert (deed.lane, claim.lane) == ("practice", "statement")
    assert linked(result, "contradicts", "kept dumping", "assured residents")


def test_what_had_just_happened_when_someone_spoke_is_its_own_event() -> None:
    # Background convention: "the firm had just won a contract, and Munro told the Post
    # ..." sets the scene, then tells the statement
    result = drafted(
        "At the time of the staff meeting, the yard had just won a £9m contract to build two "
        'workboats, and Mr Ross told the Post its order book was "the strongest in a decade".'
    )
    scene, told = holding(result, "had just won"), holding(result, "told the Post")
    assert scene.id != told.id
    assert (scene.lane, told.lane) == ("context", "statement")


def test_what_had_been_done_when_the_official_assured_the_public_is_set_against_it() -> None:
    # Contrast convention, by time: the deed held when the words were said, and is dated so.
    result = drafted(
        "Only 40 of the 212 repairs had been finished when the housing director, Ama Boateng, "
        "wrote to tenants in March assuring them every repair was done within a week."
    )
    deed, words = holding(result, "had been finished"), holding(result, "wrote to tenants")
    assert (deed.lane, words.lane) == ("practice", "statement")
    assert deed.date == words.date == "in March"
    assert linked(result, "contradicts", "had been finished", "wrote to tenants")
    # any other "when" tells the time of the first clause, and splits nothing
    other = drafted("The pumps had been switched off when the storm reached the town in May.")
    assert len(other.events) == 1


def test_someone_who_replied_that_is_a_subject_not_an_appositive() -> None:
    # Apposition convention: ", a Sacramento-based company that won the contract," sets off
    # a noun; ", a regional director replied that" opens a clause with a subject and a verb.
    result = drafted(
        "In a May 2018 email, the plant manager warned that the backlog would not clear. Two "
        "weeks later, a regional director replied that the money for checks had been moved to "
        "another project for the rest of the year, the emails show."
    )
    event = holding(result, "regional director replied")
    assert event.title.startswith("A regional director replied")
    assert not [e for e in result.events if e.title == "Two weeks later"]


def test_records_named_by_a_participle_leave_two_predicates_apart() -> None:
    # Coordination convention: "acknowledged that ... and said it would ..." tells two
    # things, however the time clause before names the records that prompted them.
    result = drafted(
        "On Tuesday, after the Herald began asking about internal records showing the cuts, "
        "the company acknowledged that its testimony \u201cwas not accurate\u201d and said it "
        "would restore the hours by July 1."
    )
    assert holding(result, "would restore").lane == "statement"
    assert holding(result, "not accurate").lane == "disclosure"


def test_what_a_report_found_is_drafted_inside_what_came_after_it() -> None:
    # "came a week after the regulator released a report which found ...": the release is
    # a disclosure and what it found the practice it reveals.
    result = drafted(
        "The clinic said its vaccines were in date.",
        "Her resignation came a week after the regulator released a report which found the "
        "clinic had kept expired vaccines in its fridge.",
    )
    assert holding(result, "expired vaccines").lane == "practice"
    assert linked(result, "reveals", "released a report", "expired vaccines")


def test_an_account_set_against_another_with_although_is_its_own_event() -> None:
    result = drafted(
        "The mining firm says it will not start building until the case is resolved, although "
        "residents say a drilling crew was on the ridge last month.",
        "The firm said it could not say when the drilling would end, but would not comment.",
    )
    assert holding(result, "drilling crew").clause.startswith("residents say")
    assert not any(e.clause.startswith("could not say") for e in result.events)
