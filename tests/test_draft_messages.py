"""Tests for timeline.draft.messages: who a message was meant for decides its lane."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding, linked
from timeline.draft.messages import PRIVATE


@pytest.mark.parametrize(
    "sentence",
    [
        '"Pump 3 is down again," site engineer Rosa Lind texted supervisor Omar Haddad on May 2.',
        "At 5:40 a.m. the night manager sent a group text to the depot's drivers.",
        '"The backlog doubled," the clerk wrote to a county budget officer on June 3.',
        'A message posted to a company WhatsApp group for shift leaders read: "Sign them all."',
        '"Ward 4 is at 61 degrees," a nurse wrote on the shift log at 2 a.m.',
        "An internal protocol dated May 2021 tells staff to log hallway beds as temporary.",
        "At a closed council briefing on 3 April, the director said the loads would be dumped.",
        "In a closed-door session in June, the board agreed to delay the repairs.",
        'A message posted to a team channel on May 4 read: "Close anything older than a week."',
        "After the match, the league's operations head wrote to all match commissioners.",
        "The staffing gap was raised in writing in the first weeks of 2018.",
        '"Two crews short again," yard manager Ida Wren wrote to the dispatch team on May 3.',
        'The depot\'s handbook, dated March 2021, tells new drivers: "Skip the checks if late."',
        'Her claim quotes an email she sent to her supervisor that night: "Bay 4 flooded again."',
        '"Routes 3 to 9 not gritted. Two lorries down," the email reads.',
        'A page from the depot\'s shift log, written by Ray Oda, reads: "Salt store empty."',
        # a reply in the correspondence, and a note one of the staff put on the record
        "The board's finance office wrote back that the grant would be paid after the audit.",
        'On three of the intake forms, a nurse wrote: "no bed available."',
        # a letter between the parties by e-mail, and one to officers named by their initials
        "On 4 May, an official at the permits desk wrote to the firm by e-mail that crews could "
        "start.",
        "In June, a joint secretary in Shimla wrote to DFOs of three districts asking for the "
        "counts.",
        # one of the other party's managers, named by the post
        "On 9 May the supplier's account manager wrote to Kestrel Air's finance manager that "
        "deliveries would stop.",
    ],
)
def test_a_message_to_colleagues_is_a_practice(sentence: str) -> None:
    # Behind-the-scenes convention: a text, a chat among colleagues, a letter to one person
    # inside, a line in a log kept inside: what was said there is no public statement.
    result = drafted(sentence)
    assert [e.lane for e in result.events if e.role == "main"] == ["practice"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor's spokesman emailed a statement saying the city follows the law.",
        "The manager emailed reporters that the depot was safe.",
        "The principal sent an email to parents saying the school was never closed.",
        "The airline said in a statement emailed to affected passengers that storms caused it.",
        "The insurer emailed affected customers on Friday to say no data was lost.",
        # a brief reply, as a source who declines an interview sends the newsroom
        "In a brief e-mail, he said he had relied on summary figures.",
        "The mayor wrote back to The Herald that the grant would be paid.",
        "The mayor wrote to MPs in March that the depot was safe.",
        "The mayor wrote to The Herald by e-mail that the depot was safe.",
        # a letter to the auditor gives the body's account to an overseer
        "In a letter to the National Audit Office in April, the director said the work was done.",
    ],
)
def test_a_message_to_the_press_or_a_public_is_not_private(sentence: str) -> None:
    # ... but a statement emailed, a message to reporters or to a public is the account.
    assert PRIVATE.search(sentence) is None


def test_the_line_after_a_text_is_part_of_it() -> None:
    # Exchange convention: the text told, then quoted ("he wrote"), and the reply to it are
    # lines of one private exchange.
    result = drafted(
        "At 6:05 a.m. on March 3, the plant's foreman sent a group text to the managers.",
        '"Filter 2 is failing," he wrote.',
        'Manager Ida Voss replied ten minutes later: "Keep it off the board report."',
    )
    assert holding(result, "sent a group text").lane == "practice"
    assert holding(result, "Ida Voss replied").lane == "practice"
    assert "statement" not in {e.lane for e in result.events}


def test_a_spokespersons_email_is_the_bodys_statement() -> None:
    # Spokesperson convention: what a spokesperson writes to a newsroom, whatever its name,
    # is the body's account, and the practice the story shows is set against it.
    result = drafted(
        "Records show the depot skipped its brake checks.",
        "Work orders show mechanics were told to skip brake checks on 14 buses in May.",
        "A depot spokesman, Lt. Omar Diaz, wrote in an email to KRTV Weekly on June 2 that "
        '"every brake check was completed on schedule."',
    )
    account = holding(result, "every brake check")
    assert account.lane == "statement"
    assert linked(result, "contradicts", "mechanics were told", "every brake check")


def test_a_warning_taken_up_the_line_inside_is_behind_the_scenes() -> None:
    result = drafted(
        "The fire chief said no engine was ever idled to save overtime.",
        "Union president Tom Reyes said members had raised the closures with the "
        "administration at least four times since 2014.",
    )
    assert holding(result, "raised the closures").lane == "practice"


def test_an_instruction_given_as_the_second_verb_is_behind_the_scenes_too() -> None:
    result = drafted(
        "The tax office said refunds were slowed only by fraud checks.",
        'A supervisor wrote to her team that refunds were "on hold" and told staff to cite '
        '"fraud review" when taxpayers called.',
    )
    assert holding(result, "told staff to cite").lane == "practice"


def test_the_lines_of_an_exchange_the_records_name_are_behind_the_scenes() -> None:
    result = drafted(
        "The council said the consultation showed clear support for the closure.",
        "The released papers include an exchange between a senior officer and the council "
        'leader, Ann Hale, in March 2015. "The raw numbers are not helpful," the officer '
        'wrote. Hale replied the same afternoon: "Agreed. Keep it short."',
    )
    officer = holding(result, "raw numbers")
    reply = holding(result, "Keep it short")
    assert officer.lane == reply.lane == "practice"
    assert officer.date == reply.date == "in March 2015"


def test_a_line_quoted_from_a_dated_email_is_behind_the_scenes() -> None:
    result = drafted(
        "The hatchery said its fish were healthy.",
        '"We are losing the battle here," the assistant manager wrote in a Feb. 20 email.',
    )
    assert holding(result, "losing the battle").lane == "practice"


def test_letters_inside_and_chat_threads_are_private() -> None:
    result = drafted(
        "The university said in March that every fume cupboard had been tested on time.",
        "On Oct. 12, safety adviser Gareth Coulson had written to the head of the School of "
        "Chemistry that nine cupboards had lapsed.",
        "A land bank manager wrote to the program's main contractor that crews should keep "
        "the schedule.",
        "In a chat thread from March 2022, an engineer wrote that the hit rate would drop.",
    )
    assert holding(result, "head of the School").lane == "practice"
    assert holding(result, "main contractor").lane == "practice"
    assert holding(result, "chat thread").lane == "practice"
    # a letter to another body's office is not a letter kept inside
    other = drafted("The mayor wrote to the governor's office in May that the city was ready.")
    assert holding(other, "governor's office").lane == "statement"


def test_a_reply_from_inside_answers_the_private_message() -> None:
    result = drafted(
        "On Oct. 12, safety adviser Gareth Coulson had written to the head of the School of "
        "Chemistry that nine cupboards had lapsed.",
        "A reply from the school's facilities manager, sent on Nov. 3, said the testing had "
        "been put off for budget reasons.",
    )
    assert holding(result, "A reply from").lane == "practice"
    public = drafted(
        "The university said in March that every fume cupboard had been tested on time.",
        "A reply from the school's facilities manager, sent on Nov. 3, said the testing had "
        "been put off for budget reasons.",
    )
    assert holding(public, "A reply from").lane == "statement"


def test_later_messages_and_a_staff_file_are_private() -> None:
    result = drafted(
        "In later messages that year, Sgt. Dale Wendt circulated spreadsheets listing each "
        "officer's monthly totals.",
        "A March 2015 performance review of one officer warned that missing the citation "
        "standard could affect his shift assignment.",
        "In later statements to reporters, the chief said there was no quota.",
    )
    assert holding(result, "circulated spreadsheets").lane == "practice"
    assert holding(result, "performance review").lane == "practice"
    assert holding(result, "no quota").lane == "statement"


def test_the_account_given_again_in_a_letter_is_the_account() -> None:
    # Repetition convention: "repeated the pledge in a letter to a senator" gives the
    # account the story tests once more; a denial in an internal email stays behind the
    # scenes.
    result = drafted(
        "The lender says on its website that it never sells customers' debt.",
        "Chief executive Nathan Orloff repeated the pledge in March 2023, in a letter to an "
        "Ohio state senator who had asked how the company treats borrowers.",
        "In an internal email, the finance chief denied the fund was short of cash.",
    )
    assert holding(result, "repeated the pledge").lane == "statement"
    assert holding(result, "internal email").lane == "practice"


def test_an_email_from_a_council_officer_is_the_councils_own_and_dated_by_its_writing() -> None:
    # Record convention: "An email from the council's libraries manager ..., dated
    # December 3, reads: ..." is a message inside the body (a practice); the day it is
    # dated is when it was written, not a release, however long the name before it.
    result = drafted(
        "The council leader said the plan had overwhelming support.",
        "An email from the council’s libraries manager to the office of the cabinet member "
        "for culture, dated December 3 and included in the release, reads: “We have four "
        "expressions of interest in. The others are enquiries.”",
    )
    assert PRIVATE.search("An email from the council’s libraries manager")
    assert PRIVATE.search("An email from The Gazette reads") is None
    assert [(e.lane, e.date) for e in result.events if e.para == 2] == [("practice", "December 3")]


def test_a_promise_made_is_the_account() -> None:
    result = drafted(
        "Chief Executive Laura Venn stood in the produce section of a store in September and "
        "made a promise. “Not one of these prices will go up before April,” she said."
    )
    assert holding(result, "made a promise").lane == "statement"
    # ... however the promise is given: "made parents a promise for the new year"
    result = drafted(
        "In a letter mailed to families in July, the district made parents a promise for the "
        "new year: “Every classroom will have a licensed teacher.”"
    )
    assert holding(result, "promise").lane == "statement"


@pytest.mark.parametrize(
    ("sentence", "lane"),
    [
        ("He said the agency will check every invoice the records do not support.", "statement"),
        ("The director said the agency would replace every pump by June.", "statement"),
        # an examination promised is the matter being looked into
        (
            "The director said she would ask the state auditor to review the contract records.",
            "disclosure",
        ),
        (
            "The trust told reporters that its board would order an inquiry into the figures.",
            "disclosure",
        ),
    ],
)
def test_a_pledge_is_the_partys_claim_unless_it_examines_the_matter(
    sentence: str, lane: str
) -> None:
    # Pledge convention: what a party says it will do is a promise the story may test,
    # not records found; Scrutiny convention: a promise to examine the matter (a review,
    # an audit, an inquiry) tells it being looked into, a disclosure.
    result = drafted("The agency said the pumps had never failed.", sentence)
    assert [e.lane for e in result.events if e.para == 2] == [lane]


def test_a_document_that_instructs_staff_or_a_copy_of_a_message_is_private() -> None:
    result = drafted(
        "The nine-page document, titled “Claims Handling — Revision 2” and dated Jan. 4, "
        "2023, tells examiners to deduct a fixed 10 per cent.",
        '"Keep this one off the sheet until Friday," the depot manager, Ann Cole, wrote on '
        "May 2, 2023, according to a copy of the message.",
    )
    assert holding(result, "tells examiners").lane == "practice"
    assert holding(result, "a copy of the message").lane == "practice"


@pytest.mark.parametrize(
    "sentence",
    [
        "Two days later, the agency gave a different account.",
        "The trust's spokeswoman offered a third explanation on Friday.",
    ],
)
def test_another_account_given_is_a_statement(sentence: str) -> None:
    # Repetition convention: a body that gives a new account of the same matter gives a
    # claim the story tests, as much as the first one.
    result = drafted("The agency said the pumps had never failed.", sentence)
    assert [e.lane for e in result.events if e.para == 2] == ["statement"]


def test_a_letter_to_a_counted_public_is_public() -> None:
    # Claim convention: a message to the families, the tenants or the parents a body
    # serves is its public word, however many they are ("to the roughly 70 families").
    sentence = (
        "The college announced the closure of its nursery on 3 February, in an email to the "
        "roughly 70 families who use it."
    )
    assert PRIVATE.search(sentence) is None
    assert PRIVATE.search("In an email to the 12 engineers, the director announced cuts.")
    result = drafted(sentence)
    assert holding(result, "announced the closure").lane == "statement"


def test_a_message_to_a_public_is_no_private_record_however_it_reads() -> None:
    assert (
        PRIVATE.search('An email the mayor sent to residents on Friday reads: "All safe."') is None
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "It appeared again last summer in a brochure the agency mailed to 30,000 households.",
        "It appears in the agency's 2021 annual report, which said it had created 900 jobs.",
    ],
)
def test_the_claim_carried_in_what_the_party_put_out_is_its_statement(sentence: str) -> None:
    # Own-publication convention: the claim, named by a pronoun, appearing in the party's
    # own brochure or report is the party saying it again.
    result = drafted("The agency said its grants had created 900 jobs.", sentence)
    assert holding(result, sentence[:20]).lane == "statement"


def test_a_letter_sent_home_to_parents_is_the_bodys_statement() -> None:
    # Public-statement convention: sent "home" to the public, the letter still tells it the
    # body's account.
    result = drafted(
        '"Every school holds a fire drill each month," the superintendent wrote in a letter '
        "sent home to parents."
    )
    assert [e.lane for e in result.events] == ["statement"]


@pytest.mark.parametrize("public", ["plot owners", "homeowners", "policyholders"])
def test_a_letter_to_the_public_the_body_serves_is_its_statement(public: str) -> None:
    # Public-statement convention: a letter to the people a body serves tells them its
    # account; a letter to its own finance director went on inside.
    result = drafted(
        "The council said the cemetery records were sound.",
        f"In a letter to {public}, the mayor wrote that the records are sound.",
        "In a March 3 email to the finance director, the mayor wrote that the roof leaked.",
    )
    assert holding(result, "are sound").lane == "statement"
    assert holding(result, "roof leaked").lane == "practice"


@pytest.mark.parametrize(
    "sentence",
    [
        "Director Lena Ortiz first gave the 20-minute figure to the Senate health committee "
        "on Feb. 6.",
        "Ortiz used the number again at a funding announcement in Salem on March 3.",
        "The agency repeated the 6,200 figure in a news release in April.",
    ],
)
def test_a_figure_given_again_or_put_before_an_audience_is_the_account(sentence: str) -> None:
    # Repetition convention: the figure the story tests, put before lawmakers or an
    # announcement, is a public claim, not something done behind the scenes.
    result = drafted(
        "Director Lena Ortiz said in January that the average wait was short.", sentence
    )
    assert [e.lane for e in result.events if e.para == 2] == ["statement"]


def test_a_figure_used_inside_is_no_public_account() -> None:
    result = drafted(
        "The agency said the hotline met its target.",
        "Managers used the figure to set staffing levels for the year.",
    )
    assert all(e.lane != "statement" for e in result.events if e.para == 2)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council paid Harbourline its final instalment of $3.2 million on November 4.",
        "Much of the rest went to things like a $389,000 armored vehicle, bought in August.",
        "The trust spent £612,400 of the fund on consultants last year.",
        "The accounts department cleared bills totalling Rs 6.2 crore on June 14.",
    ],
)
def test_public_money_paid_or_spent_is_what_the_body_did(sentence: str) -> None:
    # Money convention: a sum paid out or spent is a deed the records establish.
    result = drafted("The council said every dollar went to sand on the beach.", sentence)
    assert [e.lane for e in result.events if e.para == 2] == ["practice"]


def test_a_sum_only_named_is_no_payment() -> None:
    result = drafted("The contract was worth $9.1 million over three years.")
    assert all(e.lane != "practice" for e in result.events)


def test_an_official_figure_put_at_a_number_is_the_account() -> None:
    # Official-figure convention: a release that "put the figure at" a number sets down
    # the account the story tests.
    result = drafted(
        "The minister said the burning target had been met.",
        "A media release on July 18 put the figure at 412,600 hectares.",
    )
    assert holding(result, "put the figure").lane == "statement"


def test_a_statement_issued_is_a_statement() -> None:
    result = drafted(
        "The skipper was charged on Monday.",
        "After the hearing, the company issued a statement describing the charges as "
        "“the isolated conduct of one skipper”.",
    )
    assert holding(result, "issued a statement").lane == "statement"


@pytest.mark.parametrize(
    "message",
    [
        'A separate email said: "We have to be straight with members about the delay."',
        'An internal memo, sent on Feb. 2, read: "Do not update the website yet."',
        'Another message, from the depot manager, warned: "We are 40 loads short."',
        "A separate email, dated Feb. 18, from the project manager to the council's director "
        'of services for infrastructure, Ray Moran, said: "There is no realistic prospect."',
    ],
)
def test_a_message_quoted_in_its_own_words_went_on_inside(message: str) -> None:
    # Correspondence convention: a message named and quoted is what was written behind
    # closed doors, a practice; the records that bring messages out are the disclosure.
    result = drafted("The county said in January that the route would open in June.", message)
    assert holding(result, message.split()[1]).lane == "practice"


@pytest.mark.parametrize(
    "message",
    [
        'An email to parents said: "The pool is safe and open."',
        'An email from the council spokeswoman said: "The pool is safe and open."',
    ],
)
def test_a_message_to_a_public_or_from_a_spokesperson_is_no_inside_message(
    message: str,
) -> None:
    result = drafted("Inspectors found cracks in the pool in May.", message)
    assert holding(result, "pool is safe").lane != "practice"


def test_a_note_up_the_line_and_the_reply_to_it_are_the_practice() -> None:
    result = drafted(
        "The firm told MPs every message was screened.",
        "“We are still mailing the self-excluded,” a compliance manager wrote to two directors "
        "on 19 February 2018. The reply, sent the next morning by the head of marketing, said "
        "a fix would be “scheduled for Q2”.",
        "The firm said its reply came within a day.",
        "The mayor wrote to county supervisors that the lot was run well.",
    )
    assert holding(result, "compliance manager wrote").lane == "practice"
    assert holding(result, "scheduled for Q2").lane == "practice"
    # the party's word of its own reply, and a letter to overseers who sit in public, are
    # its account
    assert holding(result, "its reply came").lane == "statement"
    assert holding(result, "county supervisors").lane == "statement"


def test_a_dated_letter_between_officials_is_a_practice_on_its_day() -> None:
    # Records convention: a letter dated in the file, from one official to another body,
    # is the inside correspondence, no public statement.
    result = drafted(
        "The ministry said in August that stocks were sufficient.",
        "A letter dated September 16 from the district health officer, Dr Ann Okot, to the "
        'national store asks for emergency kits, saying the district "has run dry".',
    )
    letter = holding(result, "letter dated")
    assert (letter.lane, letter.date) == ("practice", "September 16")


def test_the_partys_own_plan_is_its_account() -> None:
    # Own-publication convention: a body's mitigation plan, filed with a regulator, that
    # says how it works is the body's claim, not a record of what it did.
    result = drafted(
        "The co-op's logs show crews walked 212 of 540 miles in 2021.",
        "Sangre Peaks' wildfire mitigation plan, adopted by its board and submitted to the "
        "state as part of a grant application, said all lines "
        '"are patrolled on foot annually."',
    )
    assert holding(result, "mitigation plan").lane == "statement"


@pytest.mark.parametrize("when", ["Tuesday", "on Wednesday", "yesterday"])
def test_an_email_dated_days_before_publication_answers_the_newsroom(when: str) -> None:
    # Response convention: "In an email Tuesday, he said" is the body's answer to the
    # newsroom's questions, its statement, not a private message quoted from the records
    result = drafted(
        "Harlan Voss, the trust's director, declined an interview request. In an email "
        f"{when}, he said the trust had always met its obligations to tenants."
    )
    assert holding(result, "always met its obligations").lane == "statement"


@pytest.mark.parametrize(
    "office", ["the state's water rights program", "the state licensing board"]
)
def test_a_dated_letter_to_the_state_office_over_the_body_is_its_account(office: str) -> None:
    # Account convention: a body writing to the state office that funds or licenses it
    # ("wrote in an April 2023 letter to the state's ... program") gives its account to an
    # overseer, a statement, as a letter to a regulator does
    result = drafted(
        f"The district's manager, Ada Kemp, wrote in an April 2023 letter to {office} "
        "that every meter had been read that month."
    )
    assert holding(result, "every meter").lane == "statement"


@pytest.mark.parametrize(
    ("sentence", "words", "lane"),
    [
        # a warning taken up to head office stays inside
        (
            "The district officer warned head office in a letter that half the pumps had failed.",
            "warned head office",
            "practice",
        ),
        # the account given to an agency named by its initials is the party's statement
        (
            'In a letter to EPA dated June 2, the company said the spill was "fully contained."',
            "the company said",
            "statement",
        ),
        # ... and so is a letter to the households around it
        (
            "The plant mailed a letter to about 80 nearby households in May saying it had "
            "stopped burning.",
            "mailed a letter",
            "statement",
        ),
        # ... and the words it puts up for the public
        (
            '"Safe water, every day," reads a banner on the utility\'s billing page.',
            "Safe water",
            "statement",
        ),
        (
            "The prison service painted a different picture in its annual report for 2024.",
            "painted a different picture",
            "statement",
        ),
        # a warning to head office, a text sent to one man, and the account repeated in public
        (
            "Last month the board's facilities manager, Mr Vilikesa Tora, wrote to the board's "
            'head office in Suva warning that the last unit was "running beyond its rated load."',
            "head office",
            "practice",
        ),
        (
            "Lunn shared a text message Pettigrew sent him in August 2023.",
            "text message",
            "practice",
        ),
        (
            "The same sentence appears in the district's annual water quality report.",
            "same sentence",
            "statement",
        ),
    ],
)
def test_who_a_message_goes_to_decides_whether_it_is_public(
    sentence: str, words: str, lane: str
) -> None:
    result = drafted("Records show the pumps failed in March.", sentence)
    assert holding(result, words).lane == lane


def test_the_same_public_dashboard_named_again_is_the_bodys_account() -> None:
    result = drafted(
        "The agency's online dashboard shows 7,940 results returned.",
        'The same dashboard lists an "average turnaround" of 11 days.',
    )
    assert holding(result, "same dashboard").lane == "statement"


def test_words_written_to_a_colleague_inside_are_a_practice() -> None:
    result = drafted(
        "The county said every dollar went to treatment.",
        "Writing to the sheriff's chief deputy in October 2022, County Administrator Renee "
        'Tolliver said the cruisers "can come out of the settlement fund."',
    )
    assert holding(result, "Tolliver said").lane == "practice"


def test_a_warning_written_up_to_senior_officials_stays_inside() -> None:
    result = drafted(
        "The director said every alert was punished within 24 hours.",
        "In March, the head of the centre wrote to senior DLT officials warning that it "
        '"cannot process more than 5% of alerts" with its current staff.',
    )
    assert holding(result, "head of the centre").lane == "practice"


_INSIDE = "The water board said every meter in the county was read each month."


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # Order convention: what the body told its own staff to do
        (
            'A former meter reader said staff were told to "copy last month\'s figure" when a '
            "gate was locked.",
            "meter reader",
        ),
        (
            "Two clerks at the billing office said their supervisors instructed them to code "
            "missed meters as read.",
            "supervisors instructed",
        ),
        (
            'The memo, written by billing manager Ruth Ames, told staff that "current '
            'staffing does not permit site visits."',
            "memo",
        ),
        # Warning convention: a problem reported to the body in private
        (
            "Farmer Lena Ostrow says she reported the broken meter to the board's field office "
            "in May and never heard back.",
            "Ostrow",
        ),
        (
            "One of the readers said he raised the missing readings with his supervisor in "
            "writing in March.",
            "raised",
        ),
        (
            "The tenants' association wrote to the water board in June and again in August "
            "about the estimated bills.",
            "tenants",
        ),
        (
            "A crew leader said a reader sent photos of the flooded meter pits to managers in "
            "early April.",
            "photos",
        ),
        # an order sent round the staff, and a warning raised with a body named by its initials
        (
            "A reader says a directive went out to clerks in June telling them to estimate any "
            "meter behind a locked gate.",
            "directive",
        ),
        (
            "Club secretary Jo Vance says members raised the estimates with WSB as early as 2021.",
            "Vance",
        ),
    ],
)
def test_an_order_or_a_warning_inside_the_body_is_a_practice(sentence: str, words: str) -> None:
    # Order and warning conventions: what the body told its own staff to do, and what its
    # staff or its public reported to it in private, told by whoever tells it, is how it
    # ran things behind the scenes, not a claim of the teller.
    event = holding(drafted(_INSIDE, sentence), words)
    assert event.lane == "practice"


def test_a_warning_emailed_to_a_manager_of_the_body_is_a_practice() -> None:
    result = drafted(
        "The city council said every first-aid station on its beaches was stocked.",
        "The council had been warned. In August, the Coastal Swim Club emailed the council's "
        "parks manager to say stations at Kettle Cove, Rocky Point and Shell Bay were empty.",
    )
    assert holding(result, "Swim Club").lane == "practice"


@pytest.mark.parametrize(
    "sentence",
    [
        # a denial of the order stays the denial
        "The board's director denied that staff had been told to skip locked meters.",
        # an order given to the public is no order inside
        "The board said residents were told to boil their water for two days.",
    ],
)
def test_an_order_denied_or_given_to_the_public_stays_a_statement(sentence: str) -> None:
    event = holding(drafted(_INSIDE, sentence), sentence.split()[1])
    assert event.lane == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "In public, the council's line was that nobody was allowed on the track.",
        "Publicly, the trust has kept to a simple message: every patient is seen in time.",
        "The board's official line has been that the pumps never stopped.",
        "The promise was made in March by the permanent secretary, at a press briefing.",
    ],
)
def test_the_account_named_as_the_bodys_public_line_is_a_statement(sentence: str) -> None:
    # Public-line convention: "In public," or "Publicly," opens the account a story sets
    # against what went on inside, and "the council's line was that" names it, as does "the
    # promise was made": a statement.
    result = drafted(sentence, "Behind the scenes, a ranger let a tour company run 31 walks.")
    assert result.events[0].lane == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "The officer's email, sent on December 4, told the company its walks could go ahead.",
        "A memo from the deputy director instructed staff to log every closure as repairs.",
        "A handwritten note on the tally sheet, dated 25 July, reads: “count as support?”",
    ],
)
def test_a_message_that_tells_is_a_practice(sentence: str) -> None:
    # Behind-the-scenes convention: an email or a memo that "told" or "instructed" someone,
    # or a note written by hand on the file, is word passed inside, a practice, not a public
    # statement.
    assert drafted(sentence).events[0].lane == "practice"


def test_a_message_sent_to_the_public_is_no_word_passed_inside() -> None:
    # (an email "sent to all residents" that told them something is the body's account)
    result = drafted(
        "The council's email, sent to all residents on Monday, told them the water was safe."
    )
    assert result.events[0].lane == "statement"


def test_a_dated_letter_written_by_an_official_is_word_passed_inside() -> None:
    # Private-letter convention: a letter dated and written by one official to another,
    # seen by the newsroom, warned inside; it is no account given to the public.
    result = drafted(
        "The corporation said cuts would not exceed four and a half hours a day.",
        "A letter dated December 29, written by the Superintending Engineer to the Chief"
        ' Engineer and seen by the Ledger, warned that "the published schedule cannot be'
        ' maintained in metered areas".',
    )
    assert holding(result, "A letter dated December 29").lane == "practice"
    assert PRIVATE.search("A letter dated December 29, sent by residents to the council") is None


def test_a_bodys_half_year_report_forecast_is_its_account() -> None:
    # Own-report convention: what a body's half-year or interim report "forecast" is the
    # account it gave, however much the report reads like evidence.
    result = drafted(
        "In its half-year report to the council in February, the company had forecast a"
        " surplus of $2.9m."
    )
    assert holding(result, "had forecast a surplus").lane == "statement"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # an order issued that tells staff what to do
        (
            "Two days later the district manager issued Circular No. 7, instructing depot "
            "staff “not to visit farms after noon”.",
            "Circular No. 7",
        ),
        # a memo that instructs the staff who deal with the public
        (
            "A memo signed by the finance director instructs cashiers “to refuse part payments”.",
            "memo signed",
        ),
    ],
)
def test_an_order_instructing_staff_is_the_practice(sentence: str, words: str) -> None:
    assert holding(drafted(_INSIDE, sentence), words).lane == "practice"


def test_the_same_claim_set_down_again_in_the_partys_report_is_its_account() -> None:
    # the claim listed again in the party's own annual report, dated by its tabling, not by
    # the year the report covers
    result = drafted(
        _INSIDE,
        "The same qualification is listed in the board's 2022/23 annual report, tabled in "
        "the assembly in October.",
    )
    event = holding(result, "same qualification")
    assert (event.lane, event.date) == ("statement", "in October")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Pearl Crest has advertised the water on radio and on billboards since 2020 as "
            '"bottled at source".',
            "advertised",
        ),
        ("The spa has used the slogan on its website, brochures and signs since 2016.", "slogan"),
        (
            "The 48-hour promise has featured in the company's radio adverts and on its branch "
            "posters since 2019.",
            "featured",
        ),
        (
            "The library's website continued to describe the project as “successfully completed” "
            "until Tuesday evening.",
            "continued",
        ),
    ],
)
def test_the_claim_a_party_sells_or_shows_by_is_its_statement(sentence: str, words: str) -> None:
    result = drafted("Records show the water comes from the town supply.", sentence)
    assert holding(result, words).lane == "statement"


def test_a_note_an_officer_wrote_to_the_heads_office_is_behind_the_scenes() -> None:
    result = drafted(
        "The mayor said the trip was fully funded by a sponsor.",
        '"Sponsor has pulled out - we will need to fund flights from our budget," a senior '
        "officer wrote to the mayor's office on May 2.",
    )
    note = holding(result, "Sponsor has pulled out")
    assert (note.lane, note.date) == ("practice", "May 2")


@pytest.mark.parametrize(
    "sentence",
    [
        "Staff were told at a meeting in January 2023 to log only people declared dead at the "
        "crash scene.",
        "Staff at the Rishton depot were told at a staff meeting the week before Christmas that "
        "they would be moving.",
    ],
)
def test_what_staff_were_told_at_a_meeting_is_word_passed_inside(sentence: str) -> None:
    assert holding(drafted(sentence), "were told").lane == "practice"


def test_a_website_that_has_carried_the_claim_gives_the_partys_account() -> None:
    result = drafted(
        "The lot’s website has carried the same promise since 2019, advertising “Every kilometre "
        "verified” and a free vehicle history report with each purchase."
    )
    assert holding(result, "website").lane == "statement"


def test_a_letter_to_the_trade_a_company_serves_is_its_account() -> None:
    result = drafted(
        "In a letter to funeral directors on 2 October, the company's managing director wrote "
        "that the company was “actively recruiting”."
    )
    assert holding(result, "actively recruiting").lane == "statement"


def test_messages_from_staff_are_private() -> None:
    assert PRIVATE.search("Messages from bureau staff to Ms Tili between October and January")
    result = drafted(
        "The school said every family had been refunded.",
        "Parents who asked for a refund were told in e-mails from the school's office in early "
        "May that refunds were “not possible”.",
    )
    assert holding(result, "told in e-mails").lane == "practice"


def test_letters_sent_to_tenants_are_no_private_message() -> None:
    assert PRIVATE.search("all tenants had been offered a flat through letters sent in May") is None


@pytest.mark.parametrize(
    ("sentence", "words", "date"),
    [
        # a body's budget papers, dated by their adoption, not the year they cover
        (
            "The board's 2021-22 budget papers, adopted in May last year, stated that “every "
            "levy has been refunded in full”.",
            "every levy",
            "in May last year",
        ),
        # a figure the body first put out in its own press note
        (
            "The figure of 3,200 was first published in a press note issued by the board on "
            "March 14, which called the town “a model for recycling”.",
            "figure of 3,200",
            "March 14",
        ),
    ],
)
def test_a_claim_the_body_put_out_in_its_own_papers_is_its_account(
    sentence: str, words: str, date: str
) -> None:
    event = holding(drafted(_INSIDE, sentence), words)
    assert (event.lane, event.date) == ("statement", date)


def test_a_report_the_party_put_to_its_board_is_its_account_dated_when_put() -> None:
    # "In its report for 2017, presented to the board in March 2018, the service listed
    # no such checks": the party's own report, put to its overseer, is the account the
    # story tests, given in March 2018; its headline starts at the service.
    result = drafted(
        "In its report for 2017, presented to the board in March 2018, the service listed "
        "no such checks."
    )
    report = holding(result, "listed no such checks")
    assert (report.lane, report.date) == ("statement", "in March 2018")
    assert report.title.startswith("The service listed")


def test_a_return_the_party_submitted_is_its_account_and_an_auditors_report_is_not() -> None:
    # A spokesperson telling of the city's return "submitted in July" names the city's
    # own account, given in July; the Auditor General's report, tabled, is a finding.
    result = drafted(
        "A spokesperson said on Wednesday that the city's return for the 2021/22 year, "
        "submitted in July, listed no households without a toilet.",
        "The Auditor General's report on the city's accounts for 2020, tabled in Parliament "
        "in May, had already warned that the list was not reviewed.",
    )
    returned = holding(result, "submitted in July")
    assert (returned.lane, returned.date) == ("statement", "in July")
    assert returned.title.startswith("The city's return")
    assert holding(result, "already warned").lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # its reports filed with the overseer, giving its figure
        (
            "Monthly reports the operator filed with the transport board put its punctuality "
            "at 96% for every month of 2022.",
            "Monthly reports",
        ),
        # its website, with its other words to the public
        (
            "The college's website and its letters to applicants went on to describe the "
            "course as “approved by the nursing council” until June.",
            "website",
        ),
    ],
)
def test_the_partys_own_reports_and_website_tell_its_account(sentence: str, words: str) -> None:
    result = drafted("Records show the trains ran late on most days.", sentence)
    assert holding(result, words).lane == "statement"


def test_a_copy_of_the_partys_own_letter_sources_its_words_not_a_practice() -> None:
    # Sourcing convention: the copy is where the newsroom read the words the letter gave.
    result = drafted(
        "At a meeting on Aug. 15 the company told riders every route would stay.",
        "A month later, in a letter read at the council's budget hearing, the bus company's "
        "director, Amal Haddad, said no route had been \u201ccut or shortened\u201d in 2023, "
        "according to a copy of the letter.",
    )
    assert holding(result, "no route had been").lane == "statement"


def test_a_written_answer_to_a_parliamentary_question_is_the_bodys_account() -> None:
    # Legislature convention: the answer the body gives a member's question is on the record.
    result = drafted(
        "Inspectors found 41 hip operations were cancelled in June.",
        "A week later, a written answer to a parliamentary question, prepared by the ministry, "
        "put the number of cancelled operations at \u201cnone\u201d.",
    )
    event = holding(result, "written answer")
    assert event.lane == "statement"
    assert event.title.startswith("A written answer to a parliamentary question put")


def test_a_deed_the_party_credits_itself_with_in_a_statement_is_its_account() -> None:
    # Attribution convention: the party's own statement tells its account of what it did.
    result = drafted(
        "Residents say the network cuts out every afternoon.",
        "In a statement, the utility's network manager, Dr Lena Ortiz, said the company had "
        "spent $12 million upgrading local lines since 2020.",
    )
    assert holding(result, "spent $12 million").lane == "statement"


def test_a_report_the_party_published_is_its_account_on_its_day() -> None:
    # Publication convention: what the body's own annual report said is its claim, made
    # when it was published, and one event, not a release and a deed
    result = drafted(
        "An annual report the district published in 2021 said crews had cleared 40 miles of "
        "ditches the year before.",
        "Work orders show 22 miles were cleared.",
    )
    report = holding(result, "An annual report the district published")
    assert report.lane == "statement"
    assert report.date == "in 2021"  # the words the article used
    assert not [e for e in result.events if e.clause.startswith("the district published")]


def test_a_reply_in_the_thread_quoted_in_full_is_word_passed_inside() -> None:
    result = drafted(
        "The agency told residents in March that no trees had been cut.",
        "On Feb. 8, a planner wrote to two colleagues that the cutting overlapped the reserve.",
        "A reply the same afternoon, from a supervisor whose name is redacted, reads in full: "
        "\u201cUnderstood. Hold off on any statement for now.\u201d",
    )
    assert holding(result, "A reply the same afternoon").lane == "practice"


def test_a_reply_to_what_emails_just_showed_is_a_line_of_the_exchange() -> None:
    result = drafted(
        "The agency told MPs its backlog had all but gone.",
        "Emails show a team leader had raised the problem the previous October, warning that "
        "the figures looked better than they were.",
        "A senior manager replied two days later, thanking her and saying the method was "
        "\u201cstandard practice\u201d. No change was made.",
    )
    assert holding(result, "A senior manager replied").lane == "practice"


def test_an_email_to_the_athletes_a_body_serves_is_its_statement_dated_by_the_email() -> None:
    # Sourcing convention: a message sent to the public a body serves ("to athletes and
    # parents") gives its account, not what went on inside; the date set inside the
    # occasion's noun ("in a March 3 email") is when it was given.
    result = drafted(
        "Two weeks later, in a March 3 email to players and parents, the club's chairman, "
        "Owen Pryce, wrote that \u201cevery player on our books is insured for the season.\u201d"
    )
    event = holding(result, "every player")
    assert event.lane == "statement"
    assert event.date == "March 3"


def test_a_home_privately_rented_is_no_word_passed_in_private() -> None:
    # "privately rented", "privately run": a kind of ownership, not a private exchange.
    result = drafted(
        "Licensing was introduced by the Housing Act 2004 to let councils act in areas with many "
        "privately rented homes."
    )
    assert holding(result, "Housing Act").lane == "context"
    assert PRIVATE.search("the director privately told staff to wait")


def test_a_letter_to_the_neighbours_is_a_public_statement() -> None:
    # A letter to a public (the neighbours of a site) is the body's word to them, no
    # private message: the statement the story tests.
    result = drafted(
        "Residents of Hollow Lane say the quarry's dust has got worse.",
        "In a letter to neighbours dated 3 July, the quarry company said its dust screens "
        "were “working as designed.”",
    )
    assert holding(result, "dust screens").lane == "statement"


def test_a_message_that_opens_with_its_sender_is_the_senders_deed() -> None:
    # Sender convention: whoever the clause names as copied in only received the email.
    result = drafted(
        "The shire said the airstrip was open.",
        "A follow-up email from Mr Ward on 12 February, on which Ms Lyle was copied, asked "
        "for the repairs to be fast-tracked.",
    )
    assert holding(result, "follow-up").actor == "Mr Ward"


def test_a_message_to_staff_and_the_reply_to_it_are_inside() -> None:
    # Behind-the-scenes convention: words told to the body's own staff in an email, and a
    # clerk's warning "in a reply", are the exchange inside, not a public statement.
    result = drafted(
        "The county called the purge routine list maintenance.",
        "On Feb. 14, the deputy director told staff in an email that the county needed "
        "“a clean book before the primary.” Two weeks later, a clerk warned in a reply that "
        "the vendor's file “doesn't match our notice dates.”",
    )
    assert holding(result, "told staff").lane == "practice"
    assert holding(result, "in a reply").lane == "practice"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "An engineering inspection commissioned by the shire in March 2022 rated the runway "
            "“poor” and urged a reseal.",
            "engineering inspection",
        ),
        (
            "The records also include a consultant's report, commissioned by the company in "
            "October 2020, on the mine's treatment plant.",
            "consultant's report",
        ),
    ],
)
def test_a_check_the_body_paid_for_itself_is_what_it_knew(sentence: str, words: str) -> None:
    result = drafted("The shire said the runway was fully operational.", sentence)
    assert holding(result, words).lane == "practice"


def test_a_report_an_official_says_the_owner_commissioned_is_their_account() -> None:
    result = drafted(
        "The council said the building was safe.",
        "The council's manager said the report was a preliminary assessment commissioned by "
        "the owner, not a formal review.",
    )
    assert holding(result, "preliminary assessment").lane == "statement"


def test_the_answer_to_a_question_put_after_an_email_is_no_reply_to_the_email() -> None:
    # Question convention: an answer to the question put just before it is given where the
    # question was put; it is no line of the private exchange told before.
    result = drafted(
        "The agency said most staff used the app.",
        "In May, an all-staff email from the president, Nadine Arel, told staff that “every "
        "employee now has support.”",
        "At the committee hearing on Feb. 9, Arel was asked whether the app was worth the "
        "money. “Most of our employees are using it,” she replied.",
    )
    assert holding(result, "Most of our").lane == "statement"


@pytest.mark.parametrize(
    ("words", "part"),
    [
        (
            "“They just came in,” Clerk Rosa Imbert wrote to Deputy Clerk Aaron Pell in an "
            "email Nov. 1.",
            "just came in",
        ),
        (
            "An instruction issued by the company’s control department on 1 December directed "
            "shift engineers to “cut pressure at peak hours”.",
            "control department",
        ),
    ],
)
def test_a_message_or_order_to_the_bodys_own_people_is_a_practice(words: str, part: str) -> None:
    result = drafted("The company promised in November that homes would keep full supply.", words)
    assert holding(result, part).lane == "practice"
