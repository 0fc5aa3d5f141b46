"""Tests for timeline.draft.words: the cue words news copy uses, read one by one."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding, linked
from timeline.draft.attribution import lane_of
from timeline.draft.evidence import REPORT
from timeline.draft.insiders import STAFF_DEED
from timeline.draft.words import CLAIM_VERB, CONTRADICT_VERB, RELEASE_VERB, STATEMENT


@pytest.mark.parametrize(
    "sentence",
    [
        "In 1991, 25 workers died in a fire at a plant in Hamlet where exit doors had been "
        "locked; the disaster led several states to toughen their inspection rules.",
        "Federal and state rules require a licensed inspector to check a building for asbestos "
        "before it is demolished.",
        "Under data protection law, organisations must report a breach to the regulator within "
        "72 hours and must tell the people affected where there is a high risk to them.",
        # in Southern African copy, and a standard named with whom it binds
        "In terms of the Water Act, a borehole must be tested every six months, and pumping "
        "from one without a permit is an offence.",
    ],
)
def test_a_rule_and_its_history_are_background(sentence: str) -> None:
    # Rule convention: the standard the story holds the party to, and the history of it,
    # are background, whatever words for inspections or reports they use
    assert [e.lane for e in drafted(sentence).events] == ["context"]


def test_a_standard_named_with_whom_it_binds_is_background() -> None:
    # Rule convention: "The board's safety standard for rural clinics calls for ..." is the
    # standard the story holds the party to, named with those it binds.
    text = "The board's safety standard for rural clinics calls for every generator to be tested."
    assert lane_of(text, text, quoted=False) == "context"


def test_an_inspection_report_is_still_a_finding() -> None:
    result = drafted("The inspection report found that three exits had been blocked for weeks.")
    # (a report of inspections is evidence, not a kind of rule)
    assert holding(result, "blocked for weeks").lane == "practice"


def test_a_public_page_changed_to_tell_a_new_account_is_a_claim() -> None:
    updated = (
        "On August 3, the trust updated its website to say the reopening had been “delayed "
        "owing to the completion of works”."
    )
    assert CLAIM_VERB.search(updated)
    result = drafted("The trust said the birth centre closed for roof repairs.", updated)
    event = holding(result, "updated its website")
    assert (event.lane, event.date) == ("statement", "August 3")


@pytest.mark.parametrize(
    ("sentence", "contradicts"),
    [
        ("That is not what the contract says.", True),
        ("That was not what the records showed.", True),
        ("That is not what the mayor says.", False),
    ],
)
def test_not_what_the_record_says_sets_the_account_against_it(
    sentence: str, contradicts: bool
) -> None:
    assert (CONTRADICT_VERB.search(sentence) is not None) is contradicts


def test_the_bodys_staff_doing_something_is_a_practice() -> None:
    # Staff convention: the body's own people as the subject of a past deed.
    result = drafted(
        "The shelter said it never puts down healthy animals.",
        'Last year, shelter staff euthanized 1,140 animals under a code for "owner-requested '
        'euthanasia."',
    )
    assert holding(result, "euthanized").lane == "practice"


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2022, officers of the harbour station logged 11 patrols in the bay.",
        "Wildlife wardens checked 40 boats at the ramp in July.",
        "Inspectors visited the kilns only after the season had ended.",
    ],
)
def test_the_bodys_officers_and_inspectors_doing_something_is_a_practice(sentence: str) -> None:
    result = drafted("The ministry said officers were on the water every morning.", sentence)
    assert [e.lane for e in result.events if e.para == 2] == ["practice"]


def test_staff_deeds_inside_a_speakers_claim_stay_the_claim() -> None:
    result = drafted("The sheriff's office said Monday that deputies followed policy.")
    assert holding(result, "followed policy").lane == "statement"
    assert STAFF_DEED.search("Nurses protested outside the hospital.") is None


@pytest.mark.parametrize(
    ("given", "words"),
    [
        (
            "The division's director, Ana Ruiz, presented the 92.4% figure to supervisors in "
            "January.",
            "presented",
        ),
        (
            "In July, the state's industries minister cited the network in the Legislative "
            "Assembly as proof that the scheme worked.",
            "cited",
        ),
    ],
)
def test_a_figure_or_a_case_put_before_a_public_body_is_a_statement(given: str, words: str) -> None:
    result = drafted("Records show only 201 of the 312 chargers had power.", given)
    assert holding(result, words).lane == "statement"


def test_a_plant_cited_for_violations_is_a_finding_and_a_rule_long_required_is_background() -> None:
    assert REPORT.search("Inspectors cited the plant for 12 violations.")
    assert REPORT.search("The minister cited the network in the Assembly.") is None
    result = drafted(
        "The department said every elevator is inspected each year.",
        "State regulations have required annual inspections of passenger elevators since the "
        "1950s.",
    )
    assert holding(result, "State regulations").lane == "context"


@pytest.mark.parametrize(
    "contrast",
    [
        "The letters stand in contrast to what officials have been saying in public.",
        "The findings sit uneasily with what the council has said.",
    ],
)
def test_evidence_standing_in_contrast_to_an_account_contradicts_it(contrast: str) -> None:
    assert CONTRADICT_VERB.search(contrast)
    result = drafted("The ministry said every district had its books.", contrast)
    assert holding(result, contrast.split()[1]).lane == "disclosure"
    # after the fact it frames, the sentence is the reporter's signpost (see
    # showing.drop_framing)
    framed = drafted(
        "The ministry said every district had its books.",
        "Letters from district officers show that three districts got half their books.",
        contrast,
    )
    assert not any(contrast.split()[1] in e.clause for e in framed.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelsey Ohlander filed a claim for two heifers killed in May and was paid in November.",
        "Staff tracked claims in a spreadsheet that was missing filing dates.",
        "The agency paid claims twice in 2024.",
    ],
)
def test_a_claim_for_money_handled_or_filed_is_no_assertion(sentence: str) -> None:
    # Money convention: "a claim for two heifers", "tracked claims", "paid claims" are
    # requests for payment, not claims made in public.
    assert STATEMENT.search(sentence) is None
    assert STATEMENT.search("The company claims its product is safe.") is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "A deputy responded alone to a burglary call near Tok in May 2021, according to a "
        "dispatch log.",
        "A fire crew responded to the alarm at the depot in May 2021, according to the "
        "brigade's log.",
    ],
)
def test_responding_to_a_call_is_a_deed_not_a_reply(sentence: str) -> None:
    # Reply convention has "responded" as a speech verb; a crew that responded to a call or a
    # fire did something, and the record told after it dates it
    event = drafted(sentence).events[0]
    assert event.lane == "practice"
    assert event.date == "in May 2021"


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Officials say the pumping station is safe.", True),
        ("Residents say the music went on past 4 am.", True),
        ("The ministry declined to say how many were paid.", False),
        ("He did not say when the report was written.", False),
    ],
)
def test_the_plural_present_say_attributes(sentence: str, said: bool) -> None:
    # Attribution convention: AP's present tense attributes with "say" after a plural
    # ("Officials say"), as with "says"; "declined to say" and "did not say" tell nothing
    assert (STATEMENT.search(sentence) is not None) == said


def test_records_less_reassuring_than_the_account_contradict_it() -> None:
    sentence = "The monthly reports the town files with the state are less reassuring."
    assert CONTRADICT_VERB.search(sentence)
    result = drafted("The mayor said the plant had plenty of room.", sentence)
    assert holding(result, "less reassuring").lane == "disclosure"


def test_writing_a_list_up_is_no_statement_and_filings_that_say_otherwise_contradict() -> None:
    assert CONTRADICT_VERB.search("The office's own filings say otherwise.")
    result = drafted("An auditor ran a test, wrote up a list of repairs and left.")
    assert result.events[0].lane != "statement"


def test_claims_counted_are_no_assertion_and_records_that_bear_it_out_are_evidence() -> None:
    result = drafted(
        "Voucher spending on eye care reached $620 million in 2023, a fifth of all claims."
    )
    assert result.events[0].lane != "statement"
    assert CONTRADICT_VERB.search("Sales records passed to the Post bear that out.")


def test_an_appearance_before_a_committee_is_the_account_given_there() -> None:
    # Appearance convention: "appeared before the standing committee in February" tells the
    # occasion of the account the quotation after it gives: one statement, of that month.
    result = drafted(
        "Its director, Ana Ruiz, appeared before the legislature's standing committee on "
        "housing in February. “Every repair is done within a week,” she told the committee.",
        "Work orders show repairs took three months.",
    )
    told = holding(result, "appeared before")
    assert (told.lane, told.date) == ("statement", "in February")
    assert not [e for e in result.events if "Every repair" in e.clause]
    assert linked(result, "contradicts", "repairs took", "appeared before")


def test_the_same_assurance_given_to_an_audience_is_the_account_again() -> None:
    # Repetition convention: "gave families the same assurance at a meeting" gives the
    # account again, to whomever it is given: a statement, not a dealing with the public.
    result = drafted(
        "The director said in July that every hoist was examined every six months.",
        "He gave families the same assurance at a meeting in the lounge in August.",
    )
    assert holding(result, "same assurance").lane == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "At Pine Flats, a village of 40 homes on the north bank, residents said nobody had "
        "come to fix the pump.",
        "In Kelso, a town of 900 people, farmers say the trucks never came.",
    ],
)
def test_a_places_appositive_goes_with_the_phrase_set_first(sentence: str) -> None:
    # Lead convention: "At Pine Flats, a village on the bank, residents said" sets a place
    # and says what it is; the clause is what the residents said, not the appositive.
    (event,) = drafted(sentence).events
    assert event.title.split()[0] in ("Residents", "Farmers")


def test_a_spokesman_named_after_a_phrase_is_no_appositive() -> None:
    result = drafted("In March, a spokesman for the council, Ann Lee, said the pump was fixed.")
    assert [e.actor for e in result.events] == ["Ann Lee"]


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("The logs, maintained at 11 receiving stations, record each switch-off.", False),
        ("The registers maintained by the clerk list every payment.", False),
        ("The company maintained that no animals had been mixed.", True),
        ("She maintains the figures were right.", True),
    ],
)
def test_a_record_maintained_somewhere_is_no_claim(sentence: str, claimed: bool) -> None:
    # Record convention: logs "maintained at" a station or "by" a clerk are records kept,
    # not a speaker's account.
    assert (CLAIM_VERB.search(sentence) is not None) is claimed
    assert (STATEMENT.search(sentence) is not None) is claimed


def test_a_rule_announced_to_come_is_no_deed_done() -> None:
    # Tense convention: "announced that no show would be permitted before 9 a.m." tells a
    # rule to come, said in public; "would be permitted" is no permission given.
    result = drafted(
        "Records show four theatres held shows at 4 a.m.",
        "On October 28, the Collector’s office had announced that no show would be permitted"
        " before 9 a.m. on the film’s release day.",
    )
    assert holding(result, "had announced").lane == "statement"


def test_money_claimed_is_no_account_given() -> None:
    # "claimed two nights' subsistence", "claimed £450": a sum drawn, not words said
    assert STATEMENT.search("Each member claimed two nights' subsistence and mileage.") is None
    assert CLAIM_VERB.search("The member claimed £450 for the trip.") is None
    assert STATEMENT.search("The member claimed the expenses were justified.")
    result = drafted(
        "The claims, which came to £1,940 in all, were lodged on March 3 and paid on March 20, "
        "according to records released to the paper."
    )
    claims = holding(result, "came to £1,940")
    assert (claims.lane, claims.date) == ("practice", "March 3")


@pytest.mark.parametrize(
    "sentence",
    [
        "The planning board granted permission for the 40 homes in May 2019.",
        "The homes were built under the outline consent granted for the estate in May 2019.",
    ],
)
def test_a_consent_granted_is_the_schemes_history(sentence: str) -> None:
    # Permission convention: the consent a scheme was granted is background, not the
    # body's practice (a grant of money or access still is)
    assert holding(drafted(sentence), "granted").lane == "context"
    assert (
        holding(
            drafted("The council granted the firm a rent-free lease in May 2019."), "lease"
        ).lane
        == "practice"
    )


def test_an_answer_given_in_public_is_a_statement() -> None:
    result = drafted(
        "At the April 2 meeting, a councillor asked whether the depot was leaking. Works "
        "director Ines Vale answered: “The depot does not leak. We test it every week.”"
    )
    assert holding(result, "answered").lane == "statement"


@pytest.mark.parametrize(
    "clause",
    [
        "The request was filed Oct. 28 and was answered Feb. 10",
        "A duty officer answered the phone at 2 a.m.",
    ],
)
def test_a_request_answered_or_a_phone_answered_is_no_account(clause: str) -> None:
    assert STATEMENT.search(clause) is None


def test_an_account_told_to_members_is_a_claim() -> None:
    assert CLAIM_VERB.search("record Mr Tully telling about 90 members that rumours were false")


def test_a_limit_called_permitted_is_no_deed_allowed() -> None:
    # "its permitted boundary", "the allowed level" name a limit; "permitted" is no practice.
    result = drafted(
        "At a public meeting in June, the quarry's manager said the quarry had stayed inside "
        "its permitted boundary."
    )
    assert holding(result, "permitted boundary").lane == "statement"


def test_a_report_laid_before_a_legislature_is_released_but_a_pipe_laid_is_not() -> None:
    assert RELEASE_VERB.search("The report was laid before Parliament in March.")
    assert RELEASE_VERB.search("The audit was laid in the National Assembly on Tuesday.")
    assert RELEASE_VERB.search("Much of the pipe was laid in the 1950s.") is None


def test_a_release_declaring_and_a_report_repeating_the_figure_are_the_bodys_word() -> None:
    result = drafted(
        "Two days after it closed, the council issued a media release declaring it "
        '"the biggest show in the town\'s history".',
        "The final report, published on the council's website on August 30, repeats the "
        "42,000 figure in its summary.",
    )
    assert holding(result, "media release declaring").lane == "statement"
    assert holding(result, "repeats the").lane == "statement"
    # (a state declared is no word of the body's: "declared a state of emergency")
    assert STATEMENT.search("The mayor was declaring a state of emergency.") is None


def test_a_record_claimed_as_constant_is_the_speakers_claim() -> None:
    # ("had always supplied", "has consistently followed": the party's account of its record)
    result = drafted(
        "The health service sought a price from only one pharmacy.",
        "Mr Daly said the company had always supplied medicines at cost.",
    )
    assert holding(result, "always supplied").lane == "statement"


def test_a_plan_announced_is_policy_not_a_claim() -> None:
    # Policy convention: "announced plans to hand loss-making rest houses to the private
    # sector" sets out a policy, background to what followed, not words the story tests.
    result = drafted(
        "The leasing of rest houses has been controversial since 2015, when the government "
        "announced plans to hand them to the private sector.",
        "In 2016 the ministry announced a turnaround plan that included new warehouses.",
        "The ministry announced on Monday that every clinic had stock.",
    )
    assert holding(result, "announced plans").lane == "context"
    assert holding(result, "turnaround plan").lane == "context"
    assert holding(result, "every clinic").lane == "statement"


def test_a_figure_the_body_put_on_it_is_its_account_said_on_the_same_occasion() -> None:
    # Continuation convention: "It had also put the amount at ..." right after the body's
    # dated statement is more of that statement, said the same day.
    result = drafted(
        "In a written reply to the Assembly on 9 March last year, the department had stated "
        "that \u201call 40 centres are fully staffed\u201d. It had also put the amount spent "
        "under the scheme at Rs 12.4 crore."
    )
    event = holding(result, "amount spent")
    assert event.lane == "statement"
    assert event.date == "2023-03-09"


def test_a_seat_declared_is_no_statement() -> None:
    assert STATEMENT.search("The seat was declared on 3 August after a week of counting.") is None
    assert STATEMENT.search("The mayor declared the pool safe.") is not None


def test_a_drive_announced_is_a_programme_not_a_claim() -> None:
    assert STATEMENT.search("The agency announced a nationwide drive to recruit 400 staff.") is None
