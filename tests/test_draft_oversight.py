"""Tests for timeline.draft.oversight: who examines the party, what starts it, what it finds."""

from __future__ import annotations

import pytest

from draft_support import PUB, drafted, holding, linked
from timeline.draft.oversight import EXAMINE_ORDER, OVERSIGHT_FINDS, RAISED_WITH


@pytest.mark.parametrize(
    "pledge",
    [
        "Councillor Ama Boateng said she would ask the director to return to the committee.",
        "The senator said she would write to the chief asking him to correct the record.",
        "Alan Reid MSP said he would be writing to the chief to ask her to correct the record.",
    ],
)
def test_an_overseers_pledge_to_call_the_party_to_account_is_a_disclosure(
    pledge: str,
) -> None:
    # Scrutiny convention: the overseer's words name an examination to come, the matter
    # being looked into: a disclosure, promised or made (see promises._EXAMINES).
    result = drafted("The parks department said every playground was inspected in May.", pledge)
    assert EXAMINE_ORDER.search(pledge)
    assert holding(result, pledge.split()[1]).lane == "disclosure"


def test_an_overseers_request_made_is_a_disclosure() -> None:
    result = drafted(
        "The parks department said every playground was inspected in May.",
        "Trustee Lee Park has asked for an audit of the fund's fees.",
    )
    assert holding(result, "Park").lane == "disclosure"


def test_a_pledge_of_the_partys_own_plans_is_no_oversight() -> None:
    said = "The director said she would ask staff to repaint the swings."
    assert EXAMINE_ORDER.search(said) is None


def test_a_refusal_to_recall_is_the_partys_statement() -> None:
    result = drafted("The company said on Monday that it would not recall the buses.")
    assert holding(result, "would not recall").lane == "statement"


def test_the_figures_a_newsroom_puts_to_the_party_start_the_inquiry() -> None:
    said = (
        "After the Ledger put the figures to the council last week, Deputy Chief Executive "
        "Ann Cole said the figure was wrong."
    )
    result = drafted(said)
    put = holding(result, "put the figures")
    assert (put.lane, put.date, put.role) == ("disclosure", "last week", "leading")
    assert holding(result, "Ann Cole said").role == "main"


@pytest.mark.parametrize(
    "news",
    [
        # the recall a regulator or maker announces is the correction, and an evaluation a
        # regulator opens is the inquiry
        "The Consumer Product Safety Commission and the maker announced a recall of 90,000 "
        "heaters on Tuesday.",
        "The transport regulator opened a preliminary evaluation of 52,000 buses on Tuesday.",
        # a request to the body's own auditor, who examines it
        "The administrator said Monday she has asked the county's internal auditor to review "
        "every record since 2022.",
        # an overseer demanding the records
        "The Board of Regents said Monday it has asked the college for a copy of the agreement.",
        "Trustee Ida Cole said she has asked the superintendent for an accounting of payments.",
        # an examination carried out, and a formal appeal to a higher body
        "Dr. Ruth Mwangi carried out the post-mortem on July 15.",
        "Forty families filed a formal appeal with the archdiocese in May.",
        # an overseer writing for an accounting, even quoted on it
        'The Higher Education Board said Thursday it had written to the college seeking "a '
        'full account" of the missing scripts.',
        # an overseer asking the party for its records, sending its inspector, or ordering
        # it to account, resubmit or correct
        "The state attorney general's office has asked the firm for information about how it "
        "keeps the records.",
        "Transport Canada said it sent an inspector to the yard on Oct. 10 and has ordered "
        "the operator to report on its signals by Dec. 1.",
        "The city council said Wednesday it had asked the operator to resubmit its figures.",
        "Deputy Secretary Ana Ruiz said Monday that the county must submit a corrective plan "
        "by April 15.",
        # the newsroom putting the records to the party, and how the truth came out
        "The Ledger put the records to the agency's chief executive in an interview on Tuesday.",
        "The gap came to light after the Messenger asked for the beach's test records.",
        # an examination asked for, or ordered in the passive
        "Senator Jo Park requested the audit last summer after parents complained.",
        "The runner-up asked for a recount on Nov. 14 and paid the deposit himself.",
        "The chair said a three-member panel had been asked to examine the club's records.",
        # a check the speaker was asked to make, one asked to be finished, and a panel set up
        "Commissioner Ruth Okello said the governor had asked her to inquire into the permits.",
        "The agency said Friday that it has asked its audit unit to finalize its review.",
        "The warden said a joint committee of police and park staff had been set up and would "
        "report within a month.",
        # whistleblowing and a lawsuit, the routes by which the truth comes out
        "The nurse made a protected disclosure to the health authority in April.",
        "A former accountant blew the whistle on the payments in 2021.",
        "Harbor Supply sued the firm in federal court earlier this month.",
    ],
)
def test_recalls_requests_examinations_and_appeals_are_how_the_truth_comes_out(news: str) -> None:
    result = drafted("The county said every record was kept.", news)
    assert holding(result, news.split()[1]).lane == "disclosure"


def test_what_an_auditor_found_is_a_finding() -> None:
    assert OVERSIGHT_FINDS.match("The state auditor found that 40 playgrounds were skipped.")
    assert OVERSIGHT_FINDS.match("A former prosecutor said the case was weak.") is None


def test_an_ombudsman_weighing_an_inquiry_is_a_disclosure() -> None:
    result = drafted(
        "The council said the consultation was fair.",
        "The Housing Ombudsman confirmed it had received a complaint about the consultation "
        "and was considering whether to investigate.",
    )
    assert holding(result, "Ombudsman confirmed").lane == "disclosure"


def test_an_overseers_letter_of_thanks_is_no_inquiry() -> None:
    # writing to the party starts an inquiry only when the letter asks for something
    assert EXAMINE_ORDER.search("The board wrote to the college thanking it for its work.") is None
    assert EXAMINE_ORDER.search("The mayor asked staff to resubmit the menu.") is not None
    assert EXAMINE_ORDER.search("The mayor asked staff to repaint the swings.") is None


def test_an_overseers_warning_is_a_finding() -> None:
    result = drafted(
        "The ministry said every applicant was placed within 30 days.",
        "The provincial auditor warned in 2012 that the ministry kept no reliable wait list.",
    )
    assert holding(result, "auditor warned").lane == "disclosure"


def test_examiners_are_overseers_by_their_trade() -> None:
    result = drafted(
        "The ministry said every applicant was placed within 30 days.",
        "The examiners wrote that the ministry's figures mixed two kinds of request.",
    )
    assert holding(result, "examiners").lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("She repeated the assurance at the March 3 canvassing board meeting.", "assurance"),
        ("Ruiz assured voters on Monday that the count was complete.", "assured"),
    ],
)
def test_an_assurance_an_auditor_gives_of_her_own_office_is_her_account(
    sentence: str, words: str
) -> None:
    result = drafted("County Auditor Ana Ruiz runs the county's elections.", sentence)
    assert holding(result, words).lane == "statement"


def test_a_summons_asked_of_a_committee_in_writing_is_the_matter_looked_into() -> None:
    result = drafted(
        "The county said the wing was fully operational.",
        "Ward MCA Mr Josiah Ongeri said he wrote to the committee's chairperson last month "
        "asking that the CEC be summoned to explain the state of the wing.",
    )
    assert holding(result, "summoned").lane == "disclosure"


def test_a_favour_asked_in_writing_is_no_inquiry() -> None:
    result = drafted(
        "The department said every carer had been checked.",
        "Emails show that in May, a senior officer wrote to the provider's manager asking that "
        "the matter be sorted quietly.",
    )
    assert holding(result, "sorted quietly").lane == "practice"


def test_a_team_sent_quietly_to_count_is_the_matter_looked_into() -> None:
    result = drafted(
        "The ministry said 900 children had been placed with families.",
        "Two weeks later, the ministry quietly sent a team from headquarters to Ndola to carry "
        "out a headcount of the children on the register.",
    )
    assert holding(result, "headcount").lane == "disclosure"


@pytest.mark.parametrize(
    "sentence",
    [
        "Opposition leader Amina Said tabled the document in the County Assembly on June 6.",
        "Cllr Ann Ryan tabled the letters at the council meeting on June 6.",
    ],
)
def test_a_document_tabled_before_a_legislature_or_council_is_made_public(sentence: str) -> None:
    result = drafted("The board said the hiring was fair.", sentence)
    assert holding(result, "tabled").lane == "disclosure"


def test_a_public_notice_told_as_changed_in_the_passive_is_a_correction() -> None:
    changed = "The notice on the clinic's website had been changed to refer to staff shortages."
    result = drafted("The clinic said the ward closed for a deep clean.", changed)
    assert holding(result, "been changed").lane == "disclosure"


@pytest.mark.parametrize(
    "sentence",
    [
        "The state Environmental Protection Agency sent the land bank a notice of violation "
        "in October 2018, according to a copy of the notice.",
        "The accreditation service suspended the laboratory's accreditation on June 2.",
        "The operator's licence was suspended in May.",
        "The council issued an improvement notice in March.",
        "WorkSafe issued two improvement notices to the company in May.",
        "A complaint for breach of the forestry code was filed against the developer in March.",
    ],
)
def test_a_regulators_sanction_is_oversight(sentence: str) -> None:
    # Oversight convention: a sanction on the party is the overseer acting, a disclosure,
    # also when a record the story cites shows it
    assert [e.lane for e in drafted(sentence).events] == ["disclosure"]


def test_a_figure_taken_off_a_website_is_a_correction() -> None:
    result = drafted("Payvine removed the 1.2 percent figure from its website in May.")
    assert [e.lane for e in result.events] == ["disclosure"]


def test_being_sued_is_no_lawsuit_brought() -> None:
    assert EXAMINE_ORDER.search("The firm has been sued twice since 2019.") is None
    assert EXAMINE_ORDER.search("Two tenants sued the landlord in May.")


def test_an_overseers_written_opinion_set_first_is_its_finding_on_its_day() -> None:
    # Oversight convention: the phrase that opens the sentence names where the overseer
    # found it ("In an opinion issued in January,"); the finding is a disclosure, dated
    # by the opinion.
    finding = (
        "In an opinion issued in January, the Ombudsman said the council had “not "
        "demonstrated that the request could not be met”, given the records sat in one system."
    )
    assert OVERSIGHT_FINDS.search(finding)
    result = drafted("The council said its ban was backed by 400 complaints.", finding)
    event = holding(result, "Ombudsman")
    assert (event.lane, event.date) == ("disclosure", "in January")


@pytest.mark.parametrize(
    "review",
    [
        "He said an external reviewer would examine how the report to councillors was prepared.",
        "The trust said it had commissioned an independent review of the unit's staffing.",
    ],
)
def test_an_outside_review_the_party_sets_up_is_a_disclosure(review: str) -> None:
    result = drafted(
        "The council said its ban was backed by 400 complaints.",
        "Chief executive Dana Marsh apologised on Wednesday. " + review,
    )
    assert EXAMINE_ORDER.search(review)
    assert holding(result, review.split()[-3]).lane == "disclosure"


def test_a_complaint_told_by_its_filing_is_a_disclosure() -> None:
    said = (
        "The complaint, filed last week by a former risk officer, includes minutes of a "
        "September risk committee meeting."
    )
    assert EXAMINE_ORDER.search(said)
    result = drafted("The fund said it had no warning of the withdrawals.", said)
    assert holding(result, "The complaint").lane == "disclosure"


@pytest.mark.parametrize(
    ("words", "ruling"),
    [
        (
            "Magistrate",
            "Magistrate Lena Ruiz dismissed the fine on May 18, finding no sign was up.",
        ),
        ("High Court judge", "On Tuesday a High Court judge granted the residents leave to sue."),
        ("federal judge", "A federal judge ordered the agency to restore the benefits."),
    ],
)
def test_what_a_court_does_with_the_case_is_its_finding(words: str, ruling: str) -> None:
    # Court convention: a judge's ruling on the matter is a finding made public, not a deed
    # of the party and not background.
    assert OVERSIGHT_FINDS.search(ruling)
    result = drafted("The agency said every cut followed the rules.", ruling)
    assert holding(result, words).lane == "disclosure"


@pytest.mark.parametrize(
    "filing",
    [
        "The residents filed an application for judicial review in the High Court on Friday.",
        "The union filed a petition in district court last week.",
    ],
)
def test_a_court_asked_to_rule_is_a_disclosure(filing: str) -> None:
    assert EXAMINE_ORDER.search(filing)
    assert EXAMINE_ORDER.search("The residents filed an application for a parking permit.") is None
    result = drafted("The board said the closure was lawful.", filing)
    assert holding(result, "filed").lane == "disclosure"


def test_an_outside_check_the_body_brings_in_is_a_disclosure() -> None:
    # Oversight convention: a body that hires an outside surveyor or auditor to re-check its
    # work opens an examination of it, as an overseer's order does.
    result = drafted(
        "The city said every ramp met the standard.",
        "Last week, the city hired an outside surveyor to re-check the 61 ramps.",
    )
    assert holding(result, "outside surveyor").lane == "disclosure"


@pytest.mark.parametrize(
    "sentence",
    [
        "The water board said it had hired an outside engineering firm to re-inspect the mains.",
        "The water board’s chair said she has ordered an audit of every main laid since 2019.",
        "A police spokesperson said on Monday that two inquest dockets had been opened.",
        # in an overseer's own words for it, or the account sought
        "On Monday the province's safety division said it had opened a file on the board.",
        "Yesterday the States' scrutiny committee announced a public hearing into the mains.",
        "Councillor Ines Bravo said she had asked officers for a full review of the contracts.",
        "The mayor said she has asked staff to explain why the council was never told.",
    ],
)
def test_what_is_said_to_have_been_opened_or_ordered_is_the_examination(sentence: str) -> None:
    # Oversight convention: "said it had hired engineers to re-inspect", "said she has
    # ordered an audit", "said dockets had been opened" tell of the examination itself, an
    # event of record, not a claim about the mains.
    result = drafted("The water board said every main was sound.", sentence)
    assert result.events[-1].lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # an inspection opened; a motion put to a court; a public page's words changed
        ("The state safety division opened an inspection at the plant in July.", "inspection"),
        ("The company has asked a judge to dismiss the case.", "asked a judge"),
        (
            'By Wednesday, a banner on its home page that had read "1,240 jobs created" read '
            '"more than 1,200 jobs committed."',
            "banner",
        ),
    ],
)
def test_an_inspection_a_motion_or_a_page_reworded_is_a_disclosure(
    sentence: str, words: str
) -> None:
    result = drafted("The company said its plant had never hurt a worker.", sentence)
    assert holding(result, words).lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Commissioners voted 3-0 to ask the sheriff’s office for any body camera video.", "voted"),
        ("The charges were filed in February by the fisheries regulator.", "charges"),
    ],
)
def test_a_request_for_the_records_or_charges_filed_are_of_record(
    sentence: str, words: str
) -> None:
    # Oversight convention: an overseer voting to ask for the footage, and charges brought,
    # are events of record: disclosures.
    result = drafted("The county said the shelter was open.", sentence)
    assert holding(result, words).lane == "disclosure"


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday, the city manager placed the fire chief on precautionary suspension "
        "“pending an investigation into the approval”.",
        "The board put the director on leave pending an independent review of the contract.",
    ],
)
def test_an_official_stood_down_while_it_is_looked_into_is_of_record(sentence: str) -> None:
    # Oversight convention: suspending an official pending an inquiry opens an examination.
    result = drafted("The city said the event was approved properly.", sentence)
    assert result.events[-1].lane == "disclosure"


@pytest.mark.parametrize(
    "sentence",
    [
        # a matter referred to an overseer
        "Chief executive Ruth Amos said she had referred the contract to an independent auditor.",
        # a shortfall raised at a public meeting
        "Moira Lane raised the discrepancy at a meeting of Glenbrae Community Council in May.",
        # a warning put to the party in writing
        "The agency wrote to the company on August 11 warning that pumping would breach its "
        "licence.",
        # a group's own count sent to the overseer
        "The society sent its tallies to the province's environment department in August.",
        # the legislature's own checkers
        "The Legislature's nonpartisan fiscal office flagged the transfer in a memo in March.",
        # an examiner no party chose, after a long opening phrase
        "After opening 240 sealed bags at the Waalhaven warehouse for one of the insurers, the "
        "surveyor wrote that 197 held steel offcuts.",
    ],
)
def test_oversight_at_work_is_a_disclosure(sentence: str) -> None:
    result = drafted("The company said every site was checked in March.", sentence)
    assert [e.lane for e in result.events if e.para == 2][:1] == ["disclosure"]


def test_a_concern_raised_with_managers_stays_inside() -> None:
    result = drafted(
        "The company said every site was checked in March.",
        "A supervisor raised the problem with managers in April.",
    )
    assert holding(result, "raised the problem").lane == "practice"


def test_a_public_page_changed_is_a_correction() -> None:
    # Correction convention: the party's public page changed, not to say something new
    # but taking back what it said, is how the truth comes out.
    result = drafted(
        "The chain promised “no resort fees” at every hotel.",
        'On Saturday, the chain changed a "pricing promise" page on its website that had '
        "stated “no resort fees, anywhere in the U.S.”",
    )
    assert holding(result, "pricing promise").lane == "disclosure"


@pytest.mark.parametrize(
    "sentence",
    [
        "Federal Medicaid regulators raised the issue with the state in a letter in June.",
        "The Legislative Fiscal Review Office said it could find no record of the transfer.",
        "Dr Ana Whit said the lab had emailed its figures to council officers on October 30.",
    ],
)
def test_an_overseer_raising_it_or_findings_sent_to_one_is_a_disclosure(sentence: str) -> None:
    # Oversight convention: a question put on the record by an overseer, or findings
    # e-mailed to one, is how the matter came out, not a private message.
    result = drafted("The department said the hotline met its target in May.", sentence)
    assert [e.lane for e in result.events if e.para == 2] == ["disclosure"]


def test_an_internal_email_asking_for_an_inspection_stays_inside() -> None:
    result = drafted(
        "The company said its stock was verified in March.",
        "In an email to the board dated January 9 and seen by the Ledger, a member of the "
        "finance team wrote that the receipts “match no weighbridge record I can find” and "
        "asked for a physical inspection.",
    )
    assert holding(result, "finance team").lane != "disclosure"


@pytest.mark.parametrize(
    "sentence",
    [
        "Questions about the faculty were first raised in August, when students wrote to the "
        "regulator.",
        "Doubts about the figures first surfaced in the legislature in May.",
        "The allegations first surfaced in a petition dated 12 September, 2022, from a "
        "residents' group to the district chief executive.",
        "Deshmane said the remaining payment to the three contractors had been withheld and "
        "show-cause notices issued.",
    ],
)
def test_questions_raised_and_notices_issued_are_how_it_came_out(sentence: str) -> None:
    result = drafted("The college said every teacher attends daily.", sentence)
    assert [e.lane for e in result.events if e.para == 2] == ["disclosure"]


def test_an_enforcement_officer_placed_by_what_they_did_finds() -> None:
    # Oversight convention: a fisheries officer is an inspector; what the officer "who
    # boarded the boat" found is a finding made public, whatever clause places them.
    result = drafted(
        "The company said its cameras ran on every trip.",
        "A fisheries officer who boarded the boat in Port Nelson on 28 March found the camera "
        "cable unplugged, the report says.",
    )
    assert holding(result, "fisheries officer").lane == "disclosure"


@pytest.mark.parametrize(
    "call",
    [
        "The assembly's standing committee on education summoned the board's chairman on Tuesday.",
        "The stock exchange sought a clarification from the company on Monday.",
    ],
)
def test_an_overseer_calling_the_party_to_account_is_a_disclosure(call: str) -> None:
    # Oversight convention: a summons or a demand for an explanation starts the scrutiny
    # through which the truth comes out.
    result = drafted("The board said every school had its books by April.", call)
    assert EXAMINE_ORDER.search(call)
    assert holding(result, call.split()[1]).lane == "disclosure"


def test_summoning_the_courage_is_no_summons() -> None:
    assert EXAMINE_ORDER.search("She finally summoned the courage to speak to her manager.") is None


def test_an_outside_review_and_its_conclusion_are_a_disclosure() -> None:
    result = drafted(
        "The university said students are seen within 72 hours.",
        "An outside review the university commissioned last year reached the same conclusion.",
    )
    assert holding(result, "outside review").lane == "disclosure"


def test_an_overseer_quoted_again_tells_its_findings() -> None:
    result = drafted(
        "The trust said in June that its wards were fully staffed every night.",
        "The Care Standards Inspectorate found that on 19 nights one nurse covered two wards.",
        "The Care Standards Inspectorate says the trust's rota counted agency shifts that "
        "were never filled.",
        "The Care Standards Inspectorate said it would meet the board again in the spring.",
    )
    assert holding(result, "never filled").lane == "disclosure"
    # what it will do is its promise, and a party that finds is no overseer by that alone
    assert holding(result, "meet the board").lane == "statement"
    party = drafted(
        "The Harbour Trust found that two cranes had failed their checks.",
        "The Harbour Trust says every crane is now safe.",
    )
    assert holding(party, "now safe").lane == "statement"


def test_people_named_by_a_lawsuit_of_theirs_bring_no_inquiry() -> None:
    result = drafted(
        "The state said every terminal was replaced.",
        "Critics and several families who have sued the manufacturer say the device can jam.",
        "The family has sued the state.",
    )
    assert holding(result, "who have sued").lane == "context"
    assert holding(result, "has sued the state").lane == "disclosure"


@pytest.mark.parametrize(
    "said",
    [
        "The county medical examiner has said publicly, again and again, that it completes "
        "90 percent of its reports within 90 days.",
        "The coroner's office said publicly that it completes 90 percent of its reports "
        "within 90 days.",
    ],
)
def test_an_overseers_office_that_has_said_publicly_how_it_performs_gives_its_account(
    said: str,
) -> None:
    # Account convention: what an office "has said publicly" of its own work is the claim
    # the story tests, though its name is an overseer's; a record says, it has not said.
    result = drafted(said, "But its own records show only 61 percent were done in 90 days.")
    assert holding(result, "publicly").lane == "statement"
    assert linked(result, "contradicts", "61 percent", "publicly")


def test_the_auditor_general_named_by_the_post_is_an_overseer() -> None:
    # "The Auditor General rejected that argument": the overseer answering the party, like
    # "the Ombudsman", not the party it audits; named with the post, she is a person
    result = drafted(
        "The police said every factory was inspected each year.",
        "The Auditor General rejected that argument, noting that the police had no logs.",
        "Auditor-General Rita Camilleri said the public had been given a false picture.",
    )
    rejected = holding(result, "rejected that argument")
    assert (rejected.lane, rejected.actor) == ("disclosure", "Auditor General")
    assert holding(result, "false picture").title.startswith("Camilleri said")


@pytest.mark.parametrize("verb", ["flagging", "questioning", "demanding"])
def test_a_letter_of_concern_sent_to_the_body_is_a_disclosure(verb: str) -> None:
    # Oversight convention: "the integrity office sent Bridgeway a letter flagging billing
    # patterns" is an overseer raising its concern with the body, a disclosure
    result = drafted(
        "In December, the state's program integrity office sent the clinic a letter "
        f"{verb} billing patterns inconsistent with its staffing."
    )
    assert holding(result, "sent the clinic").lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The authority has ordered the bakery to repay the withheld tips within 60 days.",
            "repay the withheld tips",
        ),
        ("The council fined the quarry operator $40,000 in May.", "fined the quarry"),
        (
            "Nine days later the agency served the quarry with a notice ordering it to stop.",
            "served the quarry",
        ),
        (
            "Ruiz said her department issued the dairy a notice of noncompliance on Feb. 6.",
            "notice of noncompliance",
        ),
        ("The state health agency sent the clinic a warning notice in June.", "warning notice"),
        (
            'The health department cited the kitchen for "rodent activity" twice last year, '
            "inspection reports show.",
            "cited the kitchen",
        ),
        ("The porters' union lodged its complaint with the labour board in May.", "lodged its"),
        (
            "Their lawyer said a petition was filed at the district police command on March 4.",
            "petition was filed",
        ),
        (
            "The deputy commissioner had constituted the three-member committee a day after "
            "the blast.",
            "constituted",
        ),
        ("Police registered a case on January 16 against the mill's owner.", "registered a case"),
        ("The company said it had suspended the depot's manager.", "suspended the depot"),
        (
            "Okafor has asked the director to return to the committee on March 20.",
            "return to the committee",
        ),
        (
            "Park said she has asked the budget office to pull the overtime data.",
            "pull the overtime data",
        ),
        ("The board said it had referred the case to the Employment Tribunal.", "referred"),
    ],
)
def test_a_sanction_a_summons_or_a_referral_is_a_disclosure(sentence: str, words: str) -> None:
    # Oversight convention: what an overseer does to the party (an order to repay, a fine,
    # a notice, a citation, a summons back to the committee, a demand for the records, a
    # case sent on to a tribunal), and what the party does once it knows (a complaint
    # lodged with the regulator, a manager stood down), is how the truth comes out.
    result = drafted("The depot's owners said every worker was paid in full.", sentence)
    assert holding(result, words).lane == "disclosure"


def test_one_who_used_to_inspect_is_a_witness_not_an_overseer() -> None:
    result = drafted(
        "The fire marshal said every warehouse was inspected each year.",
        "Two former inspectors, who asked not to be named, said supervisors told them to log "
        'drive-bys as inspections. One said she did so "dozens of times" in 2022.',
    )
    assert holding(result, "One said").lane == "practice"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Marcotte complained to the department in February.", "complained to the department"),
        (
            "Parents of two of the students lodged complaints with the Ombudsman in January.",
            "lodged complaints",
        ),
        (
            "The council then hired Harborview Consulting of Portsmouth to check the city's "
            "figures against the launch logs.",
            "hired Harborview",
        ),
        (
            "In July, a residents' group brought councilors drone photographs and its own tallies.",
            "brought councilors",
        ),
        (
            "Rep. Walter Beaulieu said he has asked the department to brief lawmakers on the case.",
            "brief lawmakers",
        ),
        ("The district signed a consent order with the agency in May.", "consent order"),
        (
            "Prasert said a team had been sent to Songkhla to review the forms.",
            "team had been sent",
        ),
        ("The foundation said it has asked the county for documentation.", "for documentation"),
        # an account asked for, and a check the body brings in, named by place or trade
        (
            "Health Minister Aroha Tane says she has asked the board for a full briefing on "
            "the audits.",
            "full briefing",
        ),
        (
            "The trust's chair said the trust has hired a Dunedin accounting firm to review "
            "last year's figures.",
            "accounting firm",
        ),
        # a check ordered or asked for, a body told to account, a step held for a review
        ("The district office ordered a joint verification in May.", "joint verification"),
        (
            "The mayor said she had asked the commissioner to have the counts verified by an "
            "outside team.",
            "verified",
        ),
        (
            "The ministry said it had instructed the co-operative to account for every boat.",
            "account for",
        ),
        (
            "The minister said he had ordered the board to withhold payments to the contractor "
            "pending a review.",
            "withhold payments",
        ),
        ("Last week, the state auditor's office released a review of the program.", "released"),
        # a complaint taken to an overseer
        ("Odell took her case to the state ombudsman in March.", "took her case"),
        # a deadline the overseer sets, and one of the party's people stood down
        ("The agency gave the county 60 days to submit a corrective plan.", "60 days"),
        ("The depot manager, she said, had been suspended in July.", "suspended"),
        # a step the party says it has taken to have the matter looked at or accounted for
        (
            "The council said it had asked internal audit to look at the contract payments.",
            "internal audit",
        ),
        (
            "Collector Maya Rao said Monday she had directed the tehsildars to inquire into "
            "every mandi's purchases.",
            "tehsildars",
        ),
        (
            "The minister said he has asked the directorate for a full overview of the "
            "inspections.",
            "overview",
        ),
        (
            "The department said it had asked the trust for the complete visitor register.",
            "visitor register",
        ),
        ("The ministry said it had sent a team to the quarry on Friday.", "sent a team"),
        ("The director said the matter was under examination.", "under examination"),
        ("The council said a review of the contract was under way.", "under way"),
        ("The ministry added that the minister had ordered a check of all 640 deliveries.", "640"),
    ],
)
def test_complaints_checks_and_demands_for_an_account_are_disclosures(
    sentence: str, words: str
) -> None:
    result = drafted("The county said every dollar was spent on treatment.", sentence)
    assert holding(result, words).lane == "disclosure"


@pytest.mark.parametrize(
    ("text", "lane"),
    [
        ("The port authority said it had frozen payments to the contractor.", "disclosure"),
        ("The company said it has suspended the two drivers named in the logs.", "disclosure"),
        ("Hollis said the department has withheld the final payment from the firm.", "disclosure"),
        ("Hollis said the county has withheld $640,000 from the hauler.", "disclosure"),
        ("The co-operative said it has stopped all sales of the compost.", "disclosure"),
        # what it says it did all along is its account
        ("The company said it had always weighed every load.", "statement"),
    ],
)
def test_what_a_party_says_it_has_since_done_is_news_of_the_matter(text: str, lane: str) -> None:
    # Aftermath convention: a step taken since, told by the one who took it, is how the
    # matter came out, not a claim the story tests.
    assert drafted(text).events[0].lane == lane


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a panel set up to examine the matter, with who leads it
        (
            "Last week the provost appointed a five-member panel chaired by a retired judge to "
            "examine the grading.",
            "provost appointed",
        ),
        # a correction made since an earlier story
        (
            "The paper reported the figure in May. That story has since been amended.",
            "since been",
        ),
    ],
)
def test_an_examination_set_up_or_a_correction_since_made_is_a_disclosure(
    sentence: str, words: str
) -> None:
    assert holding(drafted(sentence), words).lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # the newsroom's own count, or its evidence, put to the party
        ("The Gazette put its count to the council on Tuesday.", "count"),
        (
            "It was only after the Herald sent the photographs and the survey to the chairman "
            "last week that the board looked at the matter again.",
            "photographs",
        ),
    ],
)
def test_a_count_or_evidence_the_newsroom_puts_to_the_party_is_a_disclosure(
    sentence: str, words: str
) -> None:
    assert holding(drafted(sentence), words).lane == "disclosure"


@pytest.mark.parametrize(
    "sentence",
    [
        # a complaint to those elected to answer for it
        "Shopkeepers complained to the city council in March, saying the stall fees were "
        "never published.",
        # an overseer's letter asking the party to explain
        "The regulator sent the market company a letter on April 2 asking it to explain "
        "the fees within ten days.",
    ],
)
def test_a_complaint_to_the_council_and_a_letter_asking_to_explain_are_disclosures(
    sentence: str,
) -> None:
    claim = "The market company said stall fees were published every year."
    result = drafted(claim, sentence)
    assert holding(result, sentence.split(",")[0].split(" on ")[0]).lane == "disclosure"


def test_the_records_and_the_accounts_put_to_the_party_are_the_newsrooms_inquiry() -> None:
    claim = "The market company said stall fees were published every year."
    result = drafted(
        claim, "The Courier put the invoices and the traders’ accounts to the company on Friday."
    )
    assert holding(result, "invoices").lane == "disclosure"
    # (or questions, with what they are about)
    asked = drafted(claim, "The Courier put questions about the fees to the company on March 2.")
    assert holding(asked, "questions about").lane == "disclosure"


def test_a_review_asked_for_is_the_matter_being_looked_into() -> None:
    sentence = (
        "The chief executive said he had asked for the full costs to be published, and for the "
        "audit and risk committee to review the way the trip was approved."
    )
    assert EXAMINE_ORDER.search(sentence) is not None
    result = drafted("The mayor said the trip would cost ratepayers nothing.", sentence)
    assert holding(result, "audit and risk").lane == "disclosure"


@pytest.mark.parametrize(
    "sentence",
    [
        # a count of what the party holds, and its figures set against another's
        "City Administrator Ramon Dacanay said Wednesday that the mayor had ordered a full "
        "inventory of all motorela franchises.",
        "The city said the mayor has directed the City Internal Audit Service to reconcile the "
        "registry's figures with national records.",
    ],
)
def test_an_inventory_or_a_reconciliation_ordered_is_oversight(sentence: str) -> None:
    result = drafted("The franchising office said not a single new unit had been added.", sentence)
    assert holding(result, "the mayor ha").lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "Boro said she had written to the division in July with photographs of mynas on "
            "sale at the same market.",
            "in July",
        ),
        (
            "Ranjan said he had written to the DM on October 3, listing 11 sealed basements that "
            "had reopened.",
            "October 3",
        ),
        ("Ms Achieng said she had complained to the county in January.", "in January"),
        # (told in the simple past)
        (
            "He said he wrote to the District Medical Officer about the matter on May 2 but had "
            "no reply.",
            "May 2",
        ),
        ("Ms Achieng said she complained to the county council in January.", "in January"),
        # (or the group the speaker speaks for did)
        (
            "He said the union wrote to the health board in June listing 14 medicines that "
            "were out of stock.",
            "in June",
        ),
    ],
)
def test_a_complaint_the_speaker_took_to_those_who_could_act_is_a_disclosure(
    sentence: str, date: str
) -> None:
    assert RAISED_WITH.search(sentence) is not None
    result = drafted("The forest officer said no protected bird was sold in the city.", sentence)
    event = holding(result, next(w for w in ("written", "wrote", "complained") if w in sentence))
    assert (event.lane, event.date) == ("disclosure", date)


def test_a_shortfall_raised_at_a_council_sitting_in_a_relative_clause_is_a_disclosure() -> None:
    result = drafted(
        "The health officer said no clinic was short of medicine.",
        "Councillor Ruth Obi, who raised the shortages at a full council sitting in June, said "
        "she was not satisfied.",
    )
    raised = holding(result, "raised the shortages")
    assert (raised.lane, raised.date) == ("disclosure", "in June")


@pytest.mark.parametrize(
    "sentence",
    [
        "The riders' association alleged that its members paid officers N200 a day.",
        "A pharmacy technician in the district alleged that some of the stock was diverted.",
    ],
)
def test_an_allegation_made_in_public_raises_the_matter(sentence: str) -> None:
    # Allegation convention: the party denies; one who alleges raises the matter.
    assert RAISED_WITH.search(sentence) is not None
    result = drafted("The police said no officer took money.", sentence)
    assert holding(result, "alleged").lane == "disclosure"


def test_what_was_alleged_in_the_passive_or_in_passing_raises_nothing() -> None:
    assert RAISED_WITH.search("It was alleged that the money was diverted.") is None
    assert RAISED_WITH.search("The funder went to court alleging that money was moved.") is None


def test_a_report_told_as_tabled_before_a_legislature_came_out() -> None:
    result = drafted(
        "The county said every drug in its store was in date.",
        "The auditor's report, which was tabled in the County Assembly last month, says "
        "auditors counted 412 expired cartons.",
    )
    assert holding(result, "was tabled").lane == "disclosure"


def test_a_letter_home_or_letters_counted_are_no_complaint_raised() -> None:
    assert RAISED_WITH.search("She said she wrote to her mother every week.") is None
    # (how often one wrote tells how the body answered: see test_draft_parties)
    assert RAISED_WITH.search("She said she wrote to the council three times about it.") is None


def test_a_bodys_own_letter_is_no_complaint_raised() -> None:
    # (a body writing of itself is its own deed or word, not a matter raised with it)
    sentence = "The company said it had written to the council in December offering to extend it."
    assert RAISED_WITH.search(sentence) is None


def test_the_findings_of_a_newsrooms_checks_put_to_the_party_start_the_inquiry() -> None:
    sentence = (
        "Two days earlier The Lake Zone Express put the findings of its checks to the council."
    )
    result = drafted("The council said every street had its signpost.", sentence)
    assert holding(result, "findings").lane == "disclosure"


def test_a_petition_to_those_who_could_act_is_a_complaint_raised() -> None:
    sentence = (
        "In a petition to the Southern Provincial Department of Education on 22 December, the "
        'group said "at least 11 children" had lost marks as a result.'
    )
    assert RAISED_WITH.search(sentence) is not None
    result = drafted("The principal said every address had been checked in person.", sentence)
    event = holding(result, "lost marks")
    assert (event.lane, event.date) == ("disclosure", "22 December")


@pytest.mark.parametrize(
    "sentence",
    [
        "The school's appeals and objections board heard 43 appeals in December and upheld six.",
        "The commissioner's office opened 23 appeals against the city in 2024.",
    ],
)
def test_appeals_a_body_rules_on_are_oversight(sentence: str) -> None:
    assert EXAMINE_ORDER.search(sentence) is not None
    result = drafted("The principal said every address had been checked in person.", sentence)
    assert holding(result, "appeals").lane == "disclosure"


@pytest.mark.parametrize(
    "sentence",
    [
        "The commission yesterday formed a three-member committee to investigate the disclosure.",
        "The district administration constituted a probe committee to inquire into the deaths "
        "on Monday.",
        # (or one set up to check the account: "formed a five-member team to verify")
        "The provincial governor said on Friday that her office had formed a four-member "
        "committee to verify how the grants were paid.",
    ],
)
def test_a_panel_set_up_to_look_into_it_is_oversight(sentence: str) -> None:
    result = drafted("The company said production had resumed in full.", sentence)
    assert holding(result, "committee").lane == "disclosure"


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillors voted 8-3 on Monday for an independent review of how the depot is run.",
        "The board voted unanimously to commission an external audit of the fund.",
    ],
)
def test_a_review_voted_for_is_oversight(sentence: str) -> None:
    assert EXAMINE_ORDER.search(sentence) is not None
    result = drafted("The manager said the depot was run by the book.", sentence)
    assert holding(result, "voted").lane == "disclosure"


def test_a_vote_for_a_budget_is_no_review() -> None:
    assert EXAMINE_ORDER.search("Councillors voted 8-3 for a new budget.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Dispatch manager Lorena Baca began comparing the county's call logs with the "
        "district's published figures in March.",
        "The chief said that, once he had seen the county's data, he asked his staff to rerun "
        "the district's numbers.",
    ],
)
def test_a_check_begun_on_the_figures_or_a_rerun_asked_for_is_oversight(sentence: str) -> None:
    assert EXAMINE_ORDER.search(sentence) is not None
    result = drafted("The district said its trucks arrived in under six minutes.", sentence)
    assert holding(result, "the county's").lane == "disclosure"


def test_a_bench_asking_the_partys_officer_to_explain_is_oversight() -> None:
    sentence = 'The bench then asked the board\'s law officer to explain "which figure is right".'
    assert EXAMINE_ORDER.search(sentence) is not None
    result = drafted("The board said it had registered every worker.", sentence)
    assert holding(result, "bench").lane == "disclosure"


def test_a_legislator_asking_the_agency_for_its_records_is_oversight_not_a_reaction() -> None:
    result = drafted(
        "The Transportation Department said the wind closed the highway.",
        "State Sen. Ann Lee, who sits on the transportation committee, said she asked the "
        "department last week for the staffing rosters and closure logs for that weekend.",
    )
    assert holding(result, "rosters").lane == "disclosure"


def test_a_legislator_asking_the_government_to_explain_is_oversight() -> None:
    sentence = (
        "The matter reached the National Assembly last Tuesday, when Ms Grace Banda, MP for "
        "Chilwa, asked the government to explain why the maize had not been delivered."
    )
    assert EXAMINE_ORDER.search(sentence) is not None
    result = drafted("The district officer said every family had received maize.", sentence)
    assert holding(result, "reached the National Assembly").lane == "disclosure"


def test_a_statement_put_out_to_correct_the_words_is_a_correction() -> None:
    result = drafted(
        "The director told a radio station on February 11 that no donkey had been slaughtered.",
        "On Friday, the director issued a statement “correcting” his radio remarks.",
    )
    assert holding(result, "correcting").lane == "disclosure"


def test_the_words_given_in_a_correction_are_its_disclosure_dated_by_its_release() -> None:
    # Correction convention: "In a correction posted on its website on Tuesday, the board
    # said ..." is the truth coming out, on Tuesday, not on the year its report covered.
    result = drafted(
        "In a correction posted on its website on Tuesday, the board said the figure of 12 "
        'inspections in its 2022-23 annual report "should have read 4".',
    )
    said = holding(result, "should have read 4")
    assert (said.lane, said.date) == ("disclosure", "Tuesday")


def test_a_clean_bill_an_inspector_gives_the_press_is_the_bodys_account() -> None:
    # Clean-bill convention: an inspector of the body telling journalists that inspections
    # "had found no faults" gives the body's account, which the story sets records
    # against; an inspector who found the fault is a finding made public.
    result = drafted(
        "The agency's laboratory found faults in seven of 12 samples on February 14.",
        "But at a media briefing in March, the agency's regional inspector, Mr Ben Lungu, "
        "told journalists that inspections had found no faults in any sample.",
        "A second inspector, Ms Ruth Banda, found that two meters had been tampered with.",
    )
    assert holding(result, "no faults in any sample").lane == "statement"
    assert holding(result, "tampered with").lane == "disclosure"
    assert linked(result, "contradicts", "seven of 12", "no faults in any sample")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "An environmental health officer visited the bakery on 14 March after a complaint.",
            "visited the bakery",
        ),
        ("Labour inspectors inspected the farm's dormitories in May.", "inspected the farm"),
        (
            "The audit report, tabled last month, says auditors counted 212 beds that had never "
            "been unpacked during a stock-take at the district store in June.",
            "auditors counted",
        ),
    ],
)
def test_an_overseers_visit_or_count_is_the_oversight_itself(sentence: str, words: str) -> None:
    result = drafted("The company said its sites met every rule.", sentence)
    assert holding(result, words).lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "lane"),
    [
        # one who tells what inspectors found reports the finding
        (
            "Team national manager Sara Quinn said inspectors found breaches at 14 of those "
            "properties.",
            "disclosure",
        ),
        # a survey the speaker calls wrong, and what their own surveyors would show, is a claim
        (
            "In a reply to the council in March, the company said the survey on which the "
            "letter relied was out of date and that its own surveyors would show the quarry "
            "was within its limits.",
            "statement",
        ),
    ],
)
def test_what_inspectors_found_told_by_a_speaker_is_the_finding(sentence: str, lane: str) -> None:
    result = drafted("The landlord said every flat met the standard.", sentence)
    assert holding(result, sentence[-20:-1]).lane == lane


def test_a_clean_bill_quoted_after_the_verb_is_the_bodys_account() -> None:
    # "said departmental inspectors visited and found “no evidence of structural defects”":
    # the body's spokesperson telling its own clean bill, quoted, makes its claim
    result = drafted(
        "Residents say the walls of their new houses are splitting open.",
        "Spokesperson Lerato Dube said departmental inspectors visited the site in May and "
        "found “no evidence of structural defects”.",
    )
    assert holding(result, "inspectors visited").lane == "statement"


def test_a_filing_told_in_the_passive_is_dated_by_its_filing() -> None:
    # Oversight convention: "said a petition was filed ... on March 4" tells of the filing,
    # a step on the record; its day is the filing's, not the telling's.
    result = drafted(
        "The home's owner said every resident was cared for.",
        "Their lawyer said a petition was filed at the district police command on March 4, "
        "asking officers to investigate.",
    )
    filed = holding(result, "petition was filed")
    assert (filed.lane, filed.date) == ("disclosure", "March 4")


def test_a_matter_surfacing_in_a_dated_petition_is_dated_by_it() -> None:
    # Disclosure convention: "first surfaced in a petition dated 12 September" is one
    # disclosure, the petition's, dated by it
    result = drafted(
        "The college said every teacher attends daily.",
        "The allegations first surfaced in a petition dated 12 September, 2022, from a "
        "parents' group.",
    )
    assert holding(result, "first surfaced").date == "12 September, 2022"


def test_a_committee_set_up_to_look_into_the_matter_is_a_disclosure() -> None:
    result = drafted(
        "The district office said every pensioner was paid in full.",
        "The mayor said a five-member committee was set up last month to look into the matter.",
    )
    assert holding(result, "committee was set up").lane == "disclosure"


def test_a_sanction_a_review_recommends_is_a_disclosure() -> None:
    # Oversight convention: "It recommended that the charity repay $15,009 and be placed
    # under enhanced monitoring": the overseer's review at work, not the party's deed
    result = drafted(
        "The charity said every meal was delivered.",
        "A review by the county found that one delivery in nine could not be confirmed. It "
        "recommended that the charity repay $15,009 and be placed under enhanced monitoring.",
    )
    assert holding(result, "recommended").lane == "disclosure"


def test_a_review_that_found_keeps_its_finding_when_the_report_is_credited_again() -> None:
    # Evidence convention: "A review by the agency, completed in May, found that ...,
    # according to the report": the review named first is the evidence, an event of its
    # own; the credit at the end only repeats it
    result = drafted(
        "The charity said every meal was delivered.",
        "A review by the county agency, completed in May, found that 11% of a sample of 600 "
        "deliveries could not be confirmed by a signature, according to the report.",
    )
    review, found = holding(result, "completed in May"), holding(result, "11% of a sample")
    assert review.id != found.id
    assert (review.lane, review.date, found.lane) == ("disclosure", "in May", "practice")
    assert review.title.startswith("A review by the county agency found")
    assert found.title.startswith("11% of a sample")


def test_a_committee_formed_for_another_purpose_is_no_disclosure() -> None:
    result = drafted(
        "The mill's owner said the boiler was certified.",
        "The council formed a committee to plan the town's centenary festival.",
    )
    assert holding(result, "formed a committee").lane != "disclosure"


def test_staff_sent_to_go_through_the_records_are_a_disclosure() -> None:
    result = drafted(
        "The shelter said it had not missed a night.",
        "Two weeks later, the ministry sent staff to go through the logs.",
    )
    assert holding(result, "sent staff").lane == "disclosure"


def test_a_body_of_inspectors_by_its_kind_tells_its_finding() -> None:
    # Oversight convention: "the Inspectorate", like "the ombudsman", is an overseer.
    result = drafted(
        "The prison said no cell went without a check.",
        "The Inspectorate says it could not establish who ordered the checks to stop.",
    )
    assert holding(result, "could not establish").lane == "disclosure"


def test_a_party_asking_to_join_the_case_takes_its_place_in_the_proceedings() -> None:
    # Oversight convention: a consumers' advocate asking to join a regulator's case, or moving
    # to intervene, is a step in the proceedings through which the matter comes out.
    result = drafted(
        "The utility told the council every line was surveyed.",
        "The state's consumer advocate, which represents households, has asked to join the case.",
    )
    assert holding(result, "asked to join the case").lane == "disclosure"
    assert EXAMINE_ORDER.search("The group moved to intervene on Tuesday.")


def test_a_tally_the_party_credits_itself_with_stopping_is_its_claim() -> None:
    # (a sum "stopped" is what the body says its system achieved, not a step taken against it)
    result = drafted(
        "Officials said the next year that the screening system had stopped more than "
        "$4 million in false claims.",
    )
    assert holding(result, "Officials said").lane == "statement"


def test_a_matter_raised_in_the_legislature_is_how_it_came_out() -> None:
    # (and the inquiry demanded with it does not make it a mere call for a step)
    result = drafted(
        "Ruth Adeyemi, a member of the state assembly, said she had raised the matter on the "
        "floor of the house on May 4 and demanded an independent inquiry.",
    )
    assert holding(result, "raised the matter").lane == "disclosure"


def test_an_inquiry_under_way_in_the_speakers_quoted_words_is_oversight() -> None:
    result = drafted(
        "An official of the regulator said it had received 300 complaints about the operator.",
        'The matter was "under examination", he said.',
    )
    assert holding(result, "under examination").lane == "disclosure"


def test_an_order_alleged_in_a_letter_to_an_authority_is_how_it_came_out() -> None:
    result = drafted(
        "On May 30, an engineer in the council's planning office wrote to the district "
        "magistrate alleging that he had been told \u201cby the chairman's office\u201d to "
        "approve a building plan."
    )
    assert holding(result, "wrote to the district").lane == "disclosure"


@pytest.mark.parametrize(
    "sought",
    [
        "The state lottery fund, which pays most of the club's bills, said in a statement "
        "Wednesday that it was seeking information from the club.",
        "A senior official of the transport ministry, requesting anonymity, said the ministry "
        "had sought a report from the operator on the complaint.",
    ],
)
def test_an_account_sought_from_the_party_is_a_step_of_oversight(sought: str) -> None:
    # Oversight convention: a funder or a ministry seeking an account from the party starts
    # the inquiry, whoever tells of it (an official unnamed is no witness to the practice).
    assert holding(drafted(sought), "from the").lane == "disclosure"


def test_a_party_writing_for_data_told_by_its_own_official_stays_what_went_on() -> None:
    result = drafted(
        "A board official, who did not wish to be named, said the board had written to the "
        "ministry several times since 2019 seeking figures, but had received no reply."
    )
    assert holding(result, "seeking figures").lane == "practice"


def test_the_complaints_an_ombudsman_counts_are_its_own_finding() -> None:
    # Oversight convention: the complaints an overseer received, even by its own figures,
    # are what it holds on the party: a disclosure, not what the figures show went on.
    result = drafted(
        "The county's long-term care ombudsman program received 41 complaints about the "
        "agency in the first half of 2023, according to figures the program gave the Herald."
    )
    assert holding(result, "41 complaints").lane == "disclosure"


def test_a_plan_ordered_to_put_it_right_is_a_step_of_oversight() -> None:
    result = drafted(
        "The state health department required the home to submit a corrective action plan by "
        "June 1, department spokesman Eli Ward said."
    )
    assert holding(result, "corrective action plan").lane == "disclosure"


def test_papers_filed_in_court_asking_it_to_act_are_the_filing() -> None:
    # Court convention: relief asked of a court in papers filed there is the filing on the
    # record, not a demand from the sidelines.
    result = drafted(
        "In papers filed at the High Court on 4 March, the parents of two pupils are asking "
        "the court to order the school to refund fees."
    )
    assert holding(result, "asking the court").lane == "disclosure"


@pytest.mark.parametrize(
    "sentence",
    [
        "The fine was finally issued on 2 February — three months after the council said "
        "publicly that the yard was compliant.",
        "She said the case had been referred to the council's internal auditors.",
        "A spokesman said its inquiries were ongoing.",
        "A state spokesperson said the department had asked the council for information.",
    ],
)
def test_a_sanction_issued_or_a_matter_referred_or_inquired_into_is_a_disclosure(
    sentence: str,
) -> None:
    # Oversight convention: a sanction told in the passive, a matter referred on, an
    # inquiry going on or an account sought; the saying that only tells when is no claim.
    result = drafted("The council said the yard was compliant.", sentence)
    assert result.events[-1].lane == "disclosure"


def test_a_step_weighed_is_dated_by_its_telling_not_by_what_is_planned() -> None:
    result = drafted(
        "The firm said its tankers delivered full loads.",
        "The ministry said in an email that it is considering an administrative penalty and "
        "that a second inspection is scheduled for May.",
    )
    event = holding(result, "penalty")
    assert (event.lane, event.date) == ("disclosure", "../2024-03-08")


def test_whether_a_step_is_weighed_is_not_said() -> None:
    result = drafted(
        "The town said its sewage plant was sound.",
        "A provincial spokesperson said the department continues to work with the town but "
        "would not say whether it is considering enforcement action.",
    )
    assert holding(result, "provincial").lane == "statement"


def test_a_check_a_body_confirms_its_officers_made_is_oversight() -> None:
    # "found them to be within permitted tolerances" is a clean bill, no deed of the firm's.
    result = drafted(
        "The oil firm said every delivery was metered.",
        "The Trading Standards Service confirmed that officers had tested the meters on two "
        "of the firm's tankers on December 15 and found them to be within permitted "
        "tolerances.",
    )
    assert [(e.lane, e.date) for e in result.events[1:]] == [("disclosure", "December 15")]


def test_an_allegation_written_to_the_body_is_raised_in_the_open() -> None:
    # "came closer than permitted" is a limit, no deed; "has written to the authority
    # alleging" sets the allegation down.
    result = drafted(
        "The airports authority said staffing was adequate.",
        "An association of controllers has written to the authority alleging that a shortage "
        "of staff is forcing controllers to work night after night, weeks after two aircraft "
        "came closer than permitted.",
    )
    assert holding(result, "alleging").lane == "disclosure"


@pytest.mark.parametrize(
    ("words", "part"),
    [
        # Inquiry convention: a body that says it has begun its own inquiry
        (
            "Asked about the email, spokesman Dan Mose said on Wednesday that the county had "
            "“commenced internal investigations”.",
            "internal investigations",
        ),
        # those whose job is to check a process or a cause
        (
            "A probity adviser engaged by the procurement office reported in December that "
            "there was “no material issue” with the tender.",
            "no material issue",
        ),
        (
            "The county fire marshal’s office said in January that the fire was caused by a "
            "corroded gas line.",
            "corroded gas line",
        ),
        (
            "The agency’s own audit and evaluation branch flagged the contract in January, "
            "noting that it had “no performance measures”.",
            "performance measures",
        ),
    ],
)
def test_a_check_made_by_those_whose_job_it_is_is_a_disclosure(words: str, part: str) -> None:
    result = drafted(
        "The agency said in May that every contract was checked.",
        "But records show none were.",
        words,
    )
    assert holding(result, part).lane == "disclosure"


@pytest.mark.parametrize(
    "words",
    [
        "On Tuesday, resident Ana Ruiz filed a sworn complaint with state election regulators "
        "alleging that the city broke the law.",
        "The co-operative lodged a complaint about the outcome in November.",
        "A petition filed in the High Court in June by a consumers’ forum is due to be heard "
        "on 21 September.",
    ],
)
def test_a_complaint_filed_with_those_who_can_act_raises_the_matter(words: str) -> None:
    # Complaint convention: the matter taken to one who can act on it is a disclosure.
    result = drafted("The council said in May that the tender was fair.", words)
    assert [e.lane for e in result.events if e.para == 2] == ["disclosure"]


@pytest.mark.parametrize(
    "words",
    [
        "The Registrar wrote to the party on 2 August giving it 14 days to account for the "
        "spending.",
        "The regulator directed the company to submit its daily dispatch data within seven days.",
    ],
)
def test_an_account_or_records_demanded_of_the_party_is_oversight(words: str) -> None:
    result = drafted("The party said every shilling reached the youth.", words)
    assert [e.lane for e in result.events if e.para == 2] == ["disclosure"]


@pytest.mark.parametrize(
    ("words", "part"),
    [
        # a day set for the answer ("until 14 March to submit")
        ("The tribunal has given the contractor until 14 March to submit a repair schedule.", "14"),
        # a court's order to set it down again
        ("Judge Anne Patel has ordered the board to file a fresh affidavit by June 2.", "Patel"),
        # a sanction weighed at an overseer's request
        (
            "The mayor said she had asked the city manager to consider whether the director "
            "broke the code of conduct.",
            "consider",
        ),
        # the record asked to be brought out
        ("Councillor Ruth Evans said she had asked for the June report to be published.", "Evans"),
        # a report put before those who hold the party to account
        (
            "The audit is due to be tabled before the council's finance committee next month.",
            "audit",
        ),
        # staff made to answer for it, and a case opened
        ("Ncube said disciplinary proceedings were under way against three clerks.", "Ncube"),
        ("The spokesman said a criminal case had been opened against the supplier.", "criminal"),
        # a practice stopped at once
        (
            "The director said licence renewals had been suspended with immediate effect.",
            "renewals",
        ),
    ],
)
def test_a_step_that_calls_the_party_to_account_is_oversight(words: str, part: str) -> None:
    # Oversight convention: what those who hold the party to account set in motion, or
    # what the party has had to do since, is news of the matter coming out: a disclosure.
    result = drafted("The agency said every licence was renewed after an inspection.", words)
    assert holding(result, part).lane == "disclosure"


def test_an_order_is_dated_by_its_giving_not_its_deadline() -> None:
    # Deadline convention (see nondates._ORDERED_BY): the day set for the answer is the
    # deadline; the order itself is on or before publication.
    result = drafted(
        "The agency said every licence was renewed after an inspection.",
        "Judge Anne Patel has ordered the board to file a fresh affidavit by June 2.",
        "The tribunal has given the contractor until 14 March to submit a repair schedule.",
    )
    assert holding(result, "Patel").date == f"../{PUB}"
    assert holding(result, "tribunal").date == f"../{PUB}"


def test_the_elected_keeper_of_the_public_accounts_is_an_overseer() -> None:
    # OVERSIGHT: "City Controller Marisol Grant" checks the city's books; what she says of
    # the matter she audited is a finding made public
    result = drafted(
        "Officials said every alert was seen within minutes.",
        "An audit by the City Controller's Office found alerts sat unread for hours.",
        '"Nobody was watching," said Controller Marisol Grant.',
    )
    assert holding(result, "Nobody was watching").lane == "disclosure"


def test_a_trial_halted_over_the_matter_is_oversight_whatever_a_detail_credits() -> None:
    # a court acting on the matter is oversight; ", he said," set off inside a relative
    # clause credits only its detail (see timeclauses.unsaid)
    result = drafted(
        "The ministry said in November that the jury roll was complete.",
        "In January, Justice Ana Ruiz adjourned a murder trial after a defence lawyer "
        "challenged the panel, none of whom, he said, lived on reserve.",
    )
    event = holding(result, "adjourned")
    assert (event.lane, event.date) == ("disclosure", "In January")


def test_an_overseers_memo_told_with_how_the_newsroom_got_it_is_a_finding() -> None:
    # OVERSIGHT_FINDS: an aside on how the newsroom came by the memo ("obtained by The
    # Ledger") does not hide the auditor who wrote it
    result = drafted(
        "The agency said in September that no rider was denied a trip.",
        "In an Aug. 14 memo to the board's audit committee, obtained by The Ledger, auditor "
        "Raymond Ochoa wrote that the drop in denials coincides with a change in coding.",
    )
    assert holding(result, "Ochoa").lane == "disclosure"
