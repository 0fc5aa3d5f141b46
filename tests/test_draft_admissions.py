"""Tests for timeline.draft.admissions: the words of conceding."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding, linked
from timeline.draft.admissions import ADMISSION, CONFIRMED


@pytest.mark.parametrize(
    "sentence",
    [
        'The minister\'s office said the post was "inaccurate" and had been deleted.',
        "He accepted that “it was wrong, and we should have corrected it much sooner”.",
        'Lindqvist said in a phone interview that he had "misspoken" on Sunday.',
        "“That's on me,” he said.",
        "“That is on us, not her,” he said.",
        "“We got it wrong,” the chief executive said.",
        # an apology in the speaker's own words, and a description owned as short
        'Dr Ana Cole said: "We are deeply sorry for what families went through."',
        "“I’m sorry,” the director said.",
        "The trust said it accepts that the public description of the closure was incomplete.",
        # one's own account put down to bad information
        "The chief executive said the mayor had been given wrong advice before the meeting.",
        'It said its earlier statement "was based on incomplete information."',
        # one's earlier words put down to not knowing, and a check owned as skipped
        "Reached Friday, the commissioner said that when she spoke in May she was relying on "
        "figures from her staff.",
        "He said he had not seen the invoice when he testified in March.",
        "“I should have checked the log first,” the director said.",
        "The director told trustees Monday that she gave families “inaccurate information” in "
        "August.",
        # the findings against it accepted, the failing owned in the speaker's own words
        "Vance said: “We accept the ombudsman's findings. We fell short.”",
        "“I take full responsibility for that wording,” the assessor said.",
        "“We accept all of the auditor's findings,” she said.",
        "The firm said it deeply regrets what it called a historic technical fault.",
        # bound to admit, the failing owned, one's own words called premature, a figure
        # recalculated
        '"We have to admit that our inspections were not adequate," he said.',
        "“Not every week, no. I’ll own that,” he said.",
        '"Calling the outage isolated was premature," the chief executive said.',
        "She said the department had recalculated the figure for last year.",
        # the speaker set inside, words owned as unclear, a term owned as misleading
        "That number, the department now says, was wrong.",
        '"That should have been made clear to the House," she added.',
        "She said the agency accepts that the term gave the public the wrong impression.",
        "It accepts that the term was read to mean power, which was not the case in every town.",
        'It said "earlier statements were made before the full facts were known".',
        # one's account called wrong past a quotation, one's figure called wrong in quotes,
        # what one told called wrong, an error owned in one's own system, a slip a check
        # should have caught
        'She told trustees the May statement had been "given in good faith" and was "not '
        'accurate".',
        "The chair said the quarterly figure “was wrong”.",
        "The councillor said what she told the planning committee “was wrong”.",
        'The hospital said "an error in how overtime was logged in our rota system" meant '
        "nurses were underpaid.",
        "The clerk said the line was “a typing error that should have been caught”.",
        # one's own words owned as put out in error, in the simple past
        'In a statement on Tuesday, the club said the description "was made in error".',
    ],
)
def test_the_ways_a_speaker_concedes(sentence: str) -> None:
    assert ADMISSION.search(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "“It is on us to fix it,” he said.",
        "He accepted that the review was needed.",
        "She said the figures were gathered on Monday.",
        "“They are sorry they missed it,” she said of the firefighters.",
        # a courtesy, not a concession
        "The pool said it would close for repairs and apologised to swimmers for the "
        "inconvenience.",
        # a defence said for another: her own not knowing is no concession of the speaker's
        "Her spokesman said Reyes had not seen the memo when she spoke to the council.",
        "The union said the director gave families inaccurate information.",
        # another's failing, a recommendation taken up, a duty named
        "“They fell short, not us,” he said.",
        "“We accept the recommendations and will report back,” she said.",
        "“I take responsibility seriously,” she said.",
        "She said she regrets the board's decision to close the pool.",
        # one who refuses to admit, a thing owned as property, another's call premature
        "He said he had refused to admit the inspectors.",
        # another's impression, a number said by the union to be wrong
        "She said the agency accepts that voters formed their own impression.",
        "That number, the union says, was collected in June.",
        "“We own the building outright,” she said.",
        "Critics said the celebration was premature.",
        # an error found in another's figures, and none in one's own
        "The union said there was an error in the council's figures.",
        "The hospital said there was no error in how overtime was logged.",
    ],
)
def test_what_concedes_nothing(sentence: str) -> None:
    assert ADMISSION.search(sentence) is None


def test_an_account_called_wrong_after_the_quotation_it_gave_is_conceded() -> None:
    # Admission convention: "his assurance, that “...,” was wrong" calls the speaker's own
    # account wrong, however long the quotation between them.
    result = drafted(
        "County Clerk Dale Moss said Monday that his assurance the day after the election, "
        'that "every single ballot cast anywhere in this county was counted on the night," '
        "was wrong."
    )
    assert holding(result, "his assurance").lane == "disclosure"


def test_conceding_what_one_told_the_board_admits_the_account_and_no_fact() -> None:
    # Concession convention: "acknowledged that what he told commissioners was wrong"
    # concedes his own words (an admits link), not a fact of its own.
    result = drafted(
        "County Administrator Gordon Pryce said not one call went unanswered.",
        "On Tuesday, Pryce acknowledged that what he told commissioners was wrong.",
    )
    assert [(e.lane, e.date) for e in result.events if e.para == 2] == [("disclosure", "Tuesday")]
    assert linked(result, "admits", "acknowledged", "not one call")


@pytest.mark.parametrize(
    "quote",
    [
        "“We accept that the number of people on site exceeded the licensed capacity.”",
        "“I fully accept that the gate should have been closed.”",
        "“We accept there were gaps in our safety checks last year.”",
    ],
)
def test_accepting_a_fact_in_the_first_person_is_an_admission(quote: str) -> None:
    # Concession convention: "We accept that ..." owns the fact the story established.
    result = drafted(
        "The festival said the site never went over its capacity of 40,000.",
        f"At Tuesday's hearing, its barrister Nadia Orme KC told the licensing panel: {quote}",
    )
    assert holding(result, "licensing panel").lane == "disclosure"
    assert ADMISSION.search(quote)


def test_accepting_a_finding_of_someone_else_is_no_admission() -> None:
    assert ADMISSION.search("The court accepted that the gate was locked at 9 p.m.") is None


@pytest.mark.parametrize(
    "owned",
    [
        'Director Ann Reyes said Thursday that the report "was not as precise as it should '
        'have been."',
        'Reyes said: "I accept the messaging was not what it should have been."',
        "The department now says its annual report was wrong.",
        "The trust now accepts that the March figures were inaccurate.",
    ],
)
def test_ones_own_words_owned_as_short_of_right_are_an_admission(owned: str) -> None:
    # Reversal convention: "now says ... was wrong" marks a changed position; "not as
    # precise as it should have been" owns one's own work as short of what it should be.
    result = drafted("The department said in March that every hydrant was inspected.", owned)
    assert ADMISSION.search(owned)
    assert holding(result, owned.split()[1]).lane == "disclosure"


@pytest.mark.parametrize(
    ("owned", "words"),
    [
        # a failing owned in the third person, and one's own words owned as wrong
        (
            "In a statement on Friday, Mr Osei accepted that the logs do not always show when "
            "a hydrant was checked.",
            "Osei",
        ),
        (
            'The director said the March release "should have said the hydrants were only '
            'flushed."',
            "director",
        ),
        (
            'A spokesperson said the website "should have made clear" that names were being '
            "removed.",
            "website",
        ),
    ],
)
def test_a_failing_accepted_or_ones_words_owned_as_wrong_is_an_admission(
    owned: str, words: str
) -> None:
    # Concession convention: "accepted that" owns what the story found; "the release should
    # have said" owns the party's own words as short of the truth.
    result = drafted("The department said in March that every hydrant was inspected.", owned)
    assert holding(result, words).lane == "disclosure"


@pytest.mark.parametrize(
    "not_owned",
    [
        "The union now says the council's figure was wrong.",
        "The department now says the hydrants are safe.",
        "The new pool was not as deep as the old one had been.",
    ],
)
def test_another_partys_figure_or_a_new_claim_is_no_admission(not_owned: str) -> None:
    assert ADMISSION.search(not_owned) is None


def test_a_cause_put_down_to_anothers_error_is_no_admission() -> None:
    assert ADMISSION.search("The strike was a tragic mistake, the general said.")
    said = "The department says the cause was an error made by a maintenance contractor."
    assert ADMISSION.search(said) is None
    result = drafted("Records show the lift had not been inspected since 2016.", said)
    assert holding(result, "cause was an error").lane == "statement"


def test_a_figure_disowned_is_an_admission() -> None:
    assert ADMISSION.search("“It isn't a number I'd stand behind,” he said.")
    assert ADMISSION.search("It is not a number I would stand behind.")
    assert ADMISSION.search("It is a number I would stand behind.") is None


def test_a_revised_bulletin_put_out_is_a_correction_and_concedes_no_fact() -> None:
    result = drafted(
        "The county said in May that three people had died of the heat.",
        "The office put out a revised bulletin that lists 17 more deaths.",
    )
    assert holding(result, "revised bulletin").lane == "disclosure"
    assert [e.title for e in result.events if e.para == 2 and e.title.startswith("Lists")] == []


def test_what_one_told_the_public_then_owned_as_not_accurate_is_an_admission() -> None:
    said = (
        "“We told tenants the heating would be back on by Friday, and that was not accurate,” "
        "Osman said on Tuesday."
    )
    assert ADMISSION.search(said)
    assert (
        ADMISSION.search("“We told tenants it would be back on, and that is our plan,” he said.")
        is None
    )
    result = drafted("The housing board said in May that every boiler had been replaced.", said)
    assert holding(result, "not accurate").lane == "disclosure"


def test_a_figure_named_by_what_it_counted_and_where_it_was_given_owned_as_wrong() -> None:
    owned = (
        "“The figure of 48 working boreholes that was presented to council was not correct,” "
        "she said."
    )
    assert ADMISSION.search(owned)
    # (another's figure called wrong is a denial)
    assert ADMISSION.search("The union said the figure of 48 vacancies was wrong.") is None


def test_a_body_accepting_the_figures_against_it_concedes() -> None:
    # "The ministry yesterday accepted the figures": the body concedes what the records show
    result = drafted(
        "The minister told the House in May that all the buoys were back in the water.",
        "Records show that 23 of the 72 moorings had not been reinstalled by June 1.",
        "The ministry yesterday accepted the figures.",
    )
    assert holding(result, "accepted the figures").lane == "disclosure"


def test_accepting_that_the_things_were_not_what_was_said_concedes() -> None:
    # Admission convention: a chief executive who "accepted that the documents were “not
    # deeds”" concedes the account that called them deeds
    result = drafted(
        "Before the committee on Thursday, chief executive Ruth Abel accepted that the "
        "vouchers were “not grants in the legal sense”."
    )
    assert holding(result, "accepted that").lane == "disclosure"


def test_a_word_owed_and_not_given_is_conceded_on_the_occasion_of_the_statement() -> None:
    result = drafted(
        'In a written statement Tuesday, Reinholt said the plant spread whey "only as a last '
        'resort." He said the company "should have told our neighbours when the plan changed."',
    )
    owned = holding(result, "should have told")
    assert owned.lane == "disclosure"
    assert owned.date == "2024-03-05"


def test_a_concession_joined_to_an_admission_is_one_too() -> None:
    result = drafted(
        'In an interview Tuesday, Moberg acknowledged the estimate "was optimistic" and said '
        'the agency "should have updated hunters sooner."',
    )
    assert holding(result, "should have updated").lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ('Nadeau said the sergeant\'s recommendation "was not acted on in time."', "Nadeau"),
        (
            "Board chair Nora Kimbrell said the board should have made sure the report was right.",
            "Kimbrell",
        ),
        (
            "The 91 per cent figure could have been more clearly explained, the department said.",
            "91 per cent",
        ),
    ],
)
def test_a_warning_let_lie_or_words_owned_as_unclear_are_conceded(
    sentence: str, words: str
) -> None:
    result = drafted("The department said the figure was accurate.", sentence)
    assert holding(result, words).lane == "disclosure"


def test_a_promise_owned_as_not_met_is_conceded() -> None:
    result = drafted(
        "Velloso said every resident would hear back within 90 days.",
        'The 90-day promise, she said, "was not met for a large number of residents, and we '
        'should have said so."',
    )
    assert holding(result, "90-day promise").lane == "disclosure"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor told reporters on Friday that the shortfalls were regrettable.",
        "Chen said the wording on the tins may have been too simple.",
        "The company said it accepted there had been mistakes in how damage was assessed.",
        "Moss said Tuesday that the agency identified staffing gaps in one district.",
        # one's own acknowledgement in the present, and one's words owned as loose
        "“We acknowledge that on some weekends the pool had no lifeguard,” Ortiz said.",
        "Asked about the notice, Vey said it was “perhaps not the most accurate wording.”",
    ],
)
def test_a_failing_owned_in_milder_words_is_conceded(text: str) -> None:
    # Admission convention: "were regrettable", "may have been too simple", "accepted
    # there had been mistakes", "identified gaps in" own a failing without "admit".
    assert drafted(text).events[0].lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "lane"),
    [
        ("“We did not reach all the valley schools,” the director said.", "disclosure"),
        ("“I cannot stand here and say every pump works,” she told the council.", "disclosure"),
        ("The director said: “We haven't been meeting it in every case.”", "disclosure"),
        # a universal denial is the account itself
        ("“We have not had a single day over the limit,” the director said.", "statement"),
    ],
)
def test_the_promise_of_all_owned_as_not_kept_is_an_admission(sentence: str, lane: str) -> None:
    # Concession convention: a speaker who says in their own words that not all was done
    # concedes the account of all.
    result = drafted("The district said every school had been tested.", sentence)
    assert holding(result, sentence.split()[1]).lane == lane


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "In an email on Tuesday, spokesperson Ines Bravo confirmed the pumps had sent no "
            "readings since June.",
            "Bravo",
        ),
        (
            "The water company confirmed it received a complaint about the pumps last month.",
            "company",
        ),
        (
            "A utility spokesman confirmed Tuesday that two pumps had been switched off.",
            "spokesman",
        ),
    ],
)
def test_a_fact_confirmed_on_the_record_is_a_disclosure(sentence: str, words: str) -> None:
    # Confirmation convention: what a party or an overseer confirms is on the record.
    result = drafted("The utility said every pump was read daily.", sentence)
    assert holding(result, words).lane == "disclosure"


@pytest.mark.parametrize(
    "sentence",
    [
        "He said the review had confirmed the integrity of the readings.",
        "Ms Bravo confirmed writing the letters.",
        "The pumps were confirmed as working in July.",
    ],
)
def test_a_confirmation_by_a_finding_of_a_deed_or_in_the_passive_is_none(sentence: str) -> None:
    assert CONFIRMED.search(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "owned"),
    [
        ("The council said “an error occurred in the categorisation of the letters”.", True),
        ("The chief executive said mistakes were made in how the count was reported.", True),
        ("The clerk said no error occurred in the count.", False),
        ("The clerk denied that any mistake was made.", False),
    ],
)
def test_an_error_owned_in_the_passive_is_an_admission(sentence: str, owned: bool) -> None:
    # Admission convention, in the passive: "an error occurred", "mistakes were made" owns
    # the fault without naming who made it; "no error occurred" denies it.
    lane = drafted("The council said 71 per cent backed the plan.", sentence).events[-1].lane
    assert (lane == "disclosure") is owned


@pytest.mark.parametrize(
    ("sentence", "owned"),
    [
        ("Mr Pilling accepted the school contract had been “the deciding factor”.", True),
        ("The chair accepted the staff shortage had been the main reason for the cuts.", True),
        ("The board accepted the offer had been fair.", False),
    ],
)
def test_the_real_reason_accepted_is_an_admission(sentence: str, owned: bool) -> None:
    # Admission convention: a party that "accepted" its real reason ("the deciding
    # factor", "the main reason") concedes what it had denied, "that" left out or not.
    assert (ADMISSION.search(sentence) is not None) is owned


@pytest.mark.parametrize(
    ("sentence", "owned"),
    [
        ("The ministry said the earlier figure had “inadvertently included” patrols.", True),
        ("He said he had “wrongly assumed” everyone in the village knew the firm.", True),
        ("The council said the letters were not inadvertently sent.", False),
        ("The inspector found the firm had wrongly charged 40 tenants.", False),
    ],
)
def test_a_slip_owned_in_active_words_is_an_admission(sentence: str, owned: bool) -> None:
    # Admission convention: a body calls only its own slip "inadvertent", and a speaker's
    # "he had wrongly assumed" owns the mistake; a finding that someone "had wrongly
    # charged" others is the finding's, not an admission.
    assert (ADMISSION.search(sentence) is not None) is owned


def test_a_concession_naming_evidence_stays_the_speakers_admission() -> None:
    # Concession convention: "accepted that his reference to the inspectors' figures 'was
    # a mistake'" is the speaker's own word; the figures named inside are no source of it.
    result = drafted(
        "The farm's manager said the inspectors' figures were below the trigger level.",
        "On Wednesday, Mr Heneghan accepted that his reference to the inspectors' figures"
        ' "was a mistake on my part" and said he had been "speaking from memory" at the'
        " meeting.",
    )
    event = holding(result, "accepted that his reference")
    assert event.lane == "disclosure"
    assert event.date == "Wednesday"


@pytest.mark.parametrize(
    "sentence",
    [
        "The company confirmed in a written statement on Wednesday that the glass was buried.",
        "The council confirmed in an email that the pumps had been off since May.",
    ],
)
def test_a_confirmation_in_writing_is_a_confirmation(sentence: str) -> None:
    assert CONFIRMED.search(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        'The chief executive said the website statement on certification was "outdated and will '
        'be corrected".',
        "In a statement, the chief executive said the chairman's remarks “require correction”.",
    ],
)
def test_ones_own_words_owned_as_out_of_date_or_due_for_correction_are_an_admission(
    sentence: str,
) -> None:
    result = drafted("The company said its water was certified as mineral water.", sentence)
    assert holding(result, "chief executive").lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a fault owned as one's own watch, an error named as the cause, a check not made
        (
            "“A private transporter was exempted when the law did not allow it. That was wrong, "
            "and it happened under our watch,” Mr Lungu said in an interview.",
            "Mr Lungu said",
        ),
        (
            'Managing director Michael Tauvasa said that a "payroll coding error" meant rent '
            "deductions had not been stopped for some officers.",
            "payroll coding error",
        ),
        (
            "We did not check the claim with the EPA at the time.",
            "did not check",
        ),
        # an error named where it happened, as the cause of what was left out
        (
            "A spokesman said an error during the upgrade had left some pensioners off the list.",
            "error during",
        ),
        # one's own account owned as told on what was known then
        (
            "A spokesman said the minister's answer was based on the information available at "
            "the time.",
            "available at",
        ),
    ],
)
def test_a_fault_owned_in_ones_own_words_is_an_admission(sentence: str, words: str) -> None:
    result = drafted("The agency said no private vehicle was exempt.", sentence)
    assert holding(result, words).lane == "disclosure"


def test_an_admission_after_its_fact_is_headlined_from_the_sentence_it_opens() -> None:
    # "That was wrong, and it happened under our watch": not "and it happened under our watch"
    result = drafted(
        "“I want to be clear: a private transporter was exempted when the law did not allow "
        "it. That was wrong, and it happened under our watch,” Mr Lungu said in an interview "
        "at the agency’s head office in Lusaka."
    )
    assert "That was wrong" in holding(result, "under our watch").title


def test_a_year_that_names_a_target_is_no_time_for_what_is_conceded() -> None:
    # "conceded that the 2025 target will not be met": one event, the concession
    result = drafted(
        'Ms Varley\'s office conceded on Tuesday that the 2025 target "will not be met", but '
        "said the minister had not seen the consultant's email."
    )
    assert [e.lane for e in result.events] == ["disclosure"]
    assert result.events[0].date == "Tuesday"


@pytest.mark.parametrize("name", ["Sarmiento", "Soto", "Ito"])
def test_a_name_ending_in_to_does_not_hide_its_admission(name: str) -> None:
    # ("to acknowledge" is no admission; "Sarmiento acknowledged" is one)
    sentence = f"Dr {name} acknowledged on Wednesday that the stations had no partitions."
    assert ADMISSION.search(sentence) is not None
    assert holding(drafted(_CLAIM_62, sentence), "partitions").lane == "disclosure"


_CLAIM_62 = "The health office told the council that 62 of 64 stations were compliant."


def test_a_fact_confirmed_with_the_quoted_reason_is_a_disclosure() -> None:
    sentence = (
        'Tanroads confirmed that the money had been moved, saying it was done "temporarily" '
        "because the design was not finished."
    )
    event = holding(drafted("Tanroads said the money had been secured.", sentence), "moved")
    assert event.lane == "disclosure"


def test_an_account_set_right_in_the_speakers_own_words_is_an_admission() -> None:
    sentence = (
        'In a statement on Tuesday, the winery said the 2018 syrah "was awarded a bronze medal, '
        'not a gold medal as previously stated".'
    )
    assert ADMISSION.search(sentence) is not None
    event = holding(drafted("The winery said its syrah won gold.", sentence), "bronze")
    assert (event.lane, event.date) == ("disclosure", "Tuesday")


def test_ones_own_words_read_again_are_an_admission() -> None:
    # Concession convention: the body re-reads its own earlier figure ("should be read as").
    sentence = (
        "On Friday, the board said the mayor's reference to six bidders \u201cshould be read "
        "as the number of firms that bought tender papers\u201d."
    )
    assert ADMISSION.search(sentence) is not None
    event = holding(drafted("The mayor said six bidders competed.", sentence), "reference")
    assert (event.lane, event.date) == ("disclosure", "Friday")


@pytest.mark.parametrize(
    ("sentence", "admits"),
    [
        # receipt owned is no admission ...
        ("A reply from an officer on 5 August acknowledged the email.", False),
        ("The office acknowledged receipt of the complaint on Monday.", False),
        # ... a fact owned about it is one
        ("The EA acknowledged the email was sent to the wrong team.", True),
    ],
)
def test_receipt_acknowledged_is_no_admission(sentence: str, admits: bool) -> None:
    assert (ADMISSION.search(sentence) is not None) is admits


@pytest.mark.parametrize(
    ("sentence", "admits"),
    [
        # people let in are no admission ...
        ("The private university admitted its first law students in 2016.", False),
        ("The boy was admitted to hospital on Tuesday.", False),
        ("Two children admitted to another Galle school were removed in 2024.", False),
        # ... a fact about them owned is one, to whomever it is owned
        ("The school admitted that students had been sent home early.", True),
        ("The principal admitted to the school board that the log was filled in later.", True),
        # (a school's intake is no admission either: "the EA's admissions team")
        ("The principal wrote to the EA's admissions team listing six pupils.", False),
        ("His admission that the figure was wrong came on Monday.", True),
    ],
)
def test_people_admitted_and_an_intake_office_are_no_admission(sentence: str, admits: bool) -> None:
    assert (ADMISSION.search(sentence) is not None) is admits


def test_someone_admitted_in_the_passive_is_let_in_not_owning_up() -> None:
    # "whose mother was admitted in June", "Three were admitted": a hospital or a school
    # lets someone in; "it was admitted that" still owns up.
    result = drafted(
        "Nomsa Dube, whose mother was admitted in June, said the ward had no sheets.",
        "Three of the children were admitted overnight, the hospital said.",
    )
    assert holding(result, "had no sheets").lane != "disclosure"
    assert all(not ADMISSION.search(e.clause) for e in result.events)
    assert ADMISSION.search("At the hearing it was admitted that the figures were wrong.")


def test_words_owned_as_wrong_to_say_are_an_admission() -> None:
    result = drafted(
        "Letting agency director Paul Reid said yesterday 38 of the 112 flats lacked "
        "compliant heating, and the company had been “wrong to say otherwise”."
    )
    assert holding(result, "38 of the 112").lane == "disclosure"
    assert ADMISSION.search("the company had been wrong to say otherwise")


def test_an_omission_regretted_is_owned() -> None:
    # Admission convention: a party that "regrets the omission" owns its fault, however
    # mildly it names it.
    result = drafted(
        "Officials told MPs not a single bag of maize was sold.",
        "\u201cThe figures given to the committee left out the sale. The Service regrets the "
        "omission,\u201d read the statement, signed by its spokeswoman.",
    )
    assert holding(result, "left out the sale").lane == "disclosure"


def test_a_count_called_an_honest_mistake_by_our_people_in_quotes_is_owned() -> None:
    # Admission convention: the party's own act called a mistake, quoted, and made "by our"
    # people, is owned; one made by another ("by a contractor") is not.
    owned = "the January count was \u201can honest mistake by our compliance people\u201d"
    assert ADMISSION.search(owned)
    assert not ADMISSION.search("the cause was an error made by a maintenance contractor")
    assert not ADMISSION.search("It was a mistake by the contractor")


def test_information_given_out_called_not_accurate_is_owned_as_wrong() -> None:
    result = drafted(
        "In a letter to residents on Monday, the utility's director, Ann Cole, wrote that the "
        "information given to the public before the works began \u201cdid not accurately "
        "reflect the length of the outage.\u201d"
    )
    assert holding(result, "Ann Cole").lane == "disclosure"


def test_an_earlier_figure_explained_as_an_error_is_owned_as_wrong() -> None:
    result = drafted(
        "In a statement on Monday, the council said the earlier figure had been \u201cworked out "
        "on the wrong basis\u201d and that the error had been \u201cput right\u201d."
    )
    assert holding(result, "earlier figure").lane == "disclosure"


@pytest.mark.parametrize(
    "owned",
    [
        "\u201cThat is a failure of this board, and it is mine to own,\u201d the chair said.",
        "\u201cWe told tenants the boilers were checked, and they weren't,\u201d she said.",
        "\u201cI told parents the buses were inspected, and they were not,\u201d he said.",
    ],
)
def test_a_failing_owned_in_the_first_person_is_an_admission(owned: str) -> None:
    # Admission convention: what the speaker told set beside what was so, in their own
    # words, or a failing named as their own, concedes the account.
    assert ADMISSION.search(owned)


def test_the_denial_of_a_failing_is_no_admission() -> None:
    assert not ADMISSION.search("We told tenants the boilers were checked, and they were.")
    assert not ADMISSION.search("That is a failure of the regulator, not of this board.")


def test_accepting_with_that_left_out_that_a_thing_was_not_done_is_an_admission() -> None:
    result = drafted(
        "In a written statement on Tuesday, the mill's owner, Ravi Sood, accepted the second "
        "filter had not been fitted by the deadline."
    )
    assert holding(result, "second filter").lane == "disclosure"


@pytest.mark.parametrize(
    "quote",
    [
        "“That was our error, and we have corrected it,” the deputy commissioner said.",
        "“We made a mistake with the payroll,” the deputy commissioner said.",
    ],
)
def test_an_error_owned_in_the_first_person_is_an_admission(quote: str) -> None:
    result = drafted("The commission said every official had been paid.", quote)
    assert holding(result, "deputy commissioner").lane == "disclosure"


def test_openness_owned_as_short_is_an_admission() -> None:
    result = drafted(
        "The loan authority told lawmakers in June there was no backlog.",
        "But records show 4,100 forms sat unopened in a warehouse.",
        "In a statement Wednesday, Costa said the authority “should have been more "
        "forthcoming” and that her testimony “relied on figures that counted only scanned "
        "forms.”",
    )
    assert holding(result, "more forthcoming").lane == "disclosure"


def test_a_colleges_admissions_director_is_no_admission() -> None:
    result = drafted(
        "The college said it admits students without regard to their finances.",
        "Records show its waitlist was ranked by aid in 2021.",
        "Renata Holt, the college’s admissions director, said on Monday the list was ranked "
        "by merit.",
    )
    assert holding(result, "ranked by merit").lane == "statement"


def test_the_occasion_set_before_an_admission_is_not_what_it_concedes() -> None:
    result = drafted(
        "Metro Power said every bill was backed by an inspection.",
        "In a statement issued on Tuesday, Metro Power acknowledged “procedural lapses at "
        "certain offices” and said two managers had been suspended.",
    )
    assert not any(e.title.startswith("In a statement") for e in result.events)
    assert not any(e.role == "conceded" for e in result.events)
    assert holding(result, "procedural lapses").lane == "disclosure"
    assert holding(result, "procedural lapses").date == "Tuesday"
