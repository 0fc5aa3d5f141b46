"""Tests for timeline.draft.evidence: records, filings and findings, and what they show."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding, linked
from timeline.draft.evidence import (
    EVIDENCE_SHOWS,
    FILING,
    OUTLET_REQUESTED,
    RECORDS_OBTAINED,
    RECORDS_RELEASED,
    REPORT,
    TO_NEWSROOM,
    report_cue,
)

_CLAIM = "The transit agency said every station lift was repaired within a day."


@pytest.mark.parametrize(
    ("release", "words"),
    [
        ("The agency released them on Aug. 2, after the Ledger appealed.", "released them"),
        ("The repair logs were released to the Ledger last month.", "released to"),
        ("The county handed over the work orders in March.", "handed over"),
        ("A copy of the memo was provided to the Ledger by an engineer.", "provided to"),
        ("The repair logs were filed Jan. 31 as exhibits in a lawsuit.", "exhibits"),
        ("The repair log was published on the committee's website on Wednesday.", "published"),
    ],
)
def test_a_body_handing_over_its_records_is_a_disclosure(release: str, words: str) -> None:
    result = drafted(_CLAIM, "The Ledger asked for the repair logs in May.", release)
    assert RECORDS_RELEASED.search(release)
    assert holding(result, words).lane == "disclosure"
    # the newsroom the records went to is no actor of their release
    assert holding(result, words).actor != "The Ledger"


def test_a_newsroom_asking_for_records_starts_the_disclosure() -> None:
    asked = "The Ledger asked for the repair logs of all 14 stations on May 3."
    result = drafted(_CLAIM, asked)
    assert OUTLET_REQUESTED.search(asked)
    assert holding(result, "asked for the repair logs").lane == "disclosure"
    # (or the request named by its law: "The Ledger lodged its OIA request in February")
    lodged = drafted(_CLAIM, "The Ledger lodged its OIA request in February.")
    assert holding(lodged, "lodged its OIA request").lane == "disclosure"


def test_asking_for_comment_or_releasing_a_person_is_no_records() -> None:
    assert OUTLET_REQUESTED.search("The Ledger asked the agency for comment on May 3.") is None
    assert RECORDS_RELEASED.search("The jail released the man on Aug. 2.") is None


def test_evidence_set_off_by_a_long_aside_on_its_release_still_shows() -> None:
    result = drafted(
        "The university said its senior staff took a six-month pay cut.",
        "The papers, released to the Evening Star under the Freedom of Information Act after "
        "a four-month wait, show the committee agreed to repay the cut in full.",
    )
    assert holding(result, "agreed to repay").lane == "practice"
    assert holding(result, "The papers").lane == "disclosure"


def test_evidence_set_off_by_where_its_copies_are_still_shows() -> None:
    sentence = (
        "However, minutes of the board meeting held on March 3, 2019, copies of which are in "
        "the possession of the Gazette, show that only one offer was opened."
    )
    assert EVIDENCE_SHOWS.search(sentence) is not None
    result = drafted("The chairman said four firms competed for the lease.", sentence)
    assert holding(result, "minutes").lane == "disclosure"


def test_a_log_that_records_a_numbered_unit_shows_it_on_the_day_set_first() -> None:
    # Record convention: "On 24 January, ..., the log records Block 4 as ..." shows what
    # was done; the time set first is when it was done.
    result = drafted(
        "The utility said no area was spared its turn of power cuts.",
        "On 24 January, during the worst cuts, the log records Block 4 as skipped for a "
        "key customer at 14:00.",
    )
    shown = holding(result, "Block 4 as skipped")
    assert (shown.lane, shown.date) == ("practice", "24 January")


def test_a_pronoun_carries_the_evidence_named_just_before() -> None:
    result = drafted(
        "The station obtained the calibration logs through an open records request. They "
        "show the certificate for the northbound camera lapsed on Jan. 9 and was not renewed "
        "until Feb. 27."
    )
    lapsed = holding(result, "certificate for the northbound camera")
    assert lapsed.lane == "practice"
    assert linked(result, "reveals", "obtained the calibration logs", "certificate for the")
    # with no evidence named before it, "It found" is no evidence
    alone = drafted("The mayor spoke on Monday. It found that the city's reserves were spent.")
    assert holding(alone, "It found").lane != "practice"


def test_records_set_off_by_their_release_also_show() -> None:
    result = drafted(
        "The papers, released to the Star under the Freedom of Information Act after a "
        "four-month wait, also show that the committee agreed in December to repay the "
        "salary cut in full."
    )
    assert holding(result, "agreed in December").lane == "practice"
    assert linked(result, "reveals", "papers", "agreed in December")


def test_records_that_do_not_support_the_account_point_to_what_follows() -> None:
    result = drafted(
        "The mayor said most lights were fixed within three days.",
        "The city's own work-order logs do not support it. Of 4,312 repair orders, 1,587 "
        "were completed within three business days.",
    )
    assert linked(result, "contradicts", "work-order logs", "most lights were fixed")
    assert holding(result, "1,587").lane == "practice"
    assert linked(result, "contradicts", "1,587", "most lights were fixed")


def test_what_one_wrote_in_the_record_just_shown_is_an_entry_of_it() -> None:
    result = drafted(
        "The authority said every beach closure was kept in place.",
        "The rangers' logs released in August show that on June 9 the closure was lifted for a "
        "sponsored run. The ranger on duty wrote that he had advised against reopening the path.",
    )
    assert holding(result, "ranger on duty wrote").lane == "practice"
    # one who writes to the public is still making a statement
    public = drafted(
        "The rangers' logs released in August show that on June 9 the closure was lifted for a "
        "sponsored run. The director wrote in a public letter that the path was safe.",
    )
    assert holding(public, "public letter").lane == "statement"


def test_the_partys_own_report_that_tells_another_story_is_evidence() -> None:
    # Evidence convention: the party's own report set against its account ("tells a
    # different story") discloses; it is no first account of the party's.
    result = drafted(
        "The chain said last fall that theft forced it to close 31 stores.",
        "The company's annual report, filed with regulators on Tuesday, tells a different story.",
    )
    assert holding(result, "annual report").lane == "disclosure"


def test_logs_that_record_a_number_show_it() -> None:
    # Evidence convention: "The logs ... record 412 trip requests" shows what the logs
    # hold, the number first.
    result = drafted(
        "The agency said it turned no rider away.",
        "The logs, which the Ledger obtained under the state's records law, record 412 trip "
        "requests between January and April that dispatchers never scheduled.",
    )
    assert holding(result, "trip requests").lane == "practice"


def test_records_that_call_the_account_seldom_the_case_point_to_what_follows() -> None:
    # Evidence convention: "records suggest that is seldom the case" sets the records
    # against the account named by a pronoun; the next sentence tells what they show, and
    # a claim for money ("filed mileage claims") is a deed, not a claim made in public.
    result = drafted(
        "A sign inside the clinic says a doctor is on site every Tuesday and Thursday.",
        "Mileage records obtained by the Echo suggest that is seldom the case. Between January "
        "and June, the doctor filed mileage claims for nine round trips to the clinic.",
    )
    assert holding(result, "records obtained").lane == "disclosure"
    assert holding(result, "mileage claims").lane == "practice"
    assert linked(result, "contradicts", "mileage claims", "sign inside")


def test_forms_show_and_a_form_dates_what_it_records() -> None:
    # Record convention: the forms a body fills in are records; one "from August 2020"
    # dates what it records.
    result = drafted(
        "The force said the hoods would never be used on a child.",
        "Use-of-force forms seen by the Gazette show that in at least four cases the hood was "
        "put on a child. One form, from the custody suite in Telford in August 2020, records "
        "that a 14-year-old girl was hooded for 25 minutes.",
    )
    assert holding(result, "forms seen").lane == "disclosure"
    assert holding(result, "four cases").lane == "practice"
    girl = holding(result, "14-year-old girl")
    assert (girl.lane, girl.date) == ("practice", "in August 2020")


def test_a_recount_that_turned_up_ballots_is_a_finding() -> None:
    # Evidence convention: a recount, like an audit, finds; "turned up" is its verb, and
    # ballots "never added to the totals" is a deed in the passive, no one adding words.
    result = drafted(
        "The clerk said every ballot was counted on election night.",
        "A recount had turned up 388 ballots from one precinct that were never added to the "
        "county's totals.",
    )
    assert holding(result, "recount").lane == "disclosure"


def test_the_annual_report_named_bare_gives_the_partys_figure() -> None:
    # Account convention: the annual report a story's party puts out, "The annual report
    # ... listed the average as 54 days", is its account, not evidence against it.
    result = drafted(
        "The coroner told commissioners the office met its 60-day standard. The annual "
        "report, released the same week, listed the average turnaround as 54 days.",
    )
    assert holding(result, "annual report").lane == "statement"
    assert [e.role for e in result.events if "54 days" in e.clause] == ["main"]


def test_records_sent_in_response_to_a_request_still_show_what_happened() -> None:
    # "in response to a records request" says how the records came out, not what caused
    # the event; the evidence named before it, however long, shows what follows "show".
    result = drafted(
        "The county administrator said every caller reached a dispatcher.",
        "Call logs and emails the county released last week in response to an open-records "
        "request by the Ledger show that 214 calls were abandoned between Nov. 28 and Dec. 19.",
    )
    assert holding(result, "214 calls were abandoned").lane == "practice"
    assert holding(result, "Call logs").lane == "disclosure"
    assert linked(result, "reveals", "Call logs", "214 calls")


def test_a_work_order_that_describes_the_equipment_shows_its_state() -> None:
    result = drafted(
        "The agency said all hatchery equipment was operating normally.",
        "But a June 11 work order filed by hatchery staff describes the main pump as "
        "“running at half capacity, needs replacement.”",
    )
    shown = holding(result, "running at half capacity")
    assert (shown.lane, shown.date) == ("practice", "June 11")  # the order dates what it records
    assert shown.title.startswith("The main pump running at half capacity")
    assert holding(result, "work order").lane == "disclosure"


def test_footage_that_appears_to_show_is_dated_by_its_filming() -> None:
    # Record convention: footage is made at the time, so the time it was filmed dates
    # what it shows; "appears to show" hedges what it shows, and still shows it.
    result = drafted(
        "The forestry agency said only diseased larch was felled at the site.",
        "Drone footage filmed by residents in late March, and seen by the Gazette, appears to "
        "show stacks of oak timber beside the larch logs.",
    )
    shown = holding(result, "stacks of oak timber")
    assert (shown.lane, shown.date) == ("practice", "in late March")
    assert holding(result, "Drone footage").lane == "disclosure"


def test_an_application_lists_what_the_body_applied_for() -> None:
    result = drafted(
        "The forestry agency said only diseased larch was felled at the site.",
        "The agency's felling licence application, released to the group last month, lists "
        "the species to be felled as larch alone.",
    )
    assert holding(result, "the species to be felled").lane == "practice"


@pytest.mark.parametrize(
    ("release", "words"),
    [
        ("The council released 412 partly redacted records on 9 February.", "412"),
        (
            "The analysis was released to the Gazette on Monday in response to a Freedom of "
            "Information request.",
            "released to the Gazette",
        ),
        # handed over, however plainly: the data provided, a spreadsheet released
        ("The port authority provided the data in March.", "provided the data"),
        (
            "The trust released a spreadsheet of incident reports, along with emails, on 2 May.",
            "spreadsheet",
        ),
    ],
)
def test_records_released_by_count_or_on_request_are_one_disclosure(
    release: str, words: str
) -> None:
    result = drafted(_CLAIM, release)
    assert [e.lane for e in result.events if e.para == 2] == ["disclosure"]
    assert holding(result, words).lane == "disclosure"


def test_records_obtained_through_a_hyphenated_request_are_disclosed_not_claimed() -> None:
    # A count of claims ("a spreadsheet of 1,140 claims") names no assertion, and a
    # "public-records request" is the request through which the records came out.
    sentence = (
        "The lawsuit also cites a spreadsheet of 1,140 claims the collaborative obtained "
        "through a public-records request in the spring."
    )
    assert RECORDS_OBTAINED.search(sentence)
    result = drafted("The office said claims are decided in 58 days on average.", sentence)
    assert holding(result, "spreadsheet").lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "events"),
    [
        # the records named at length before the request
        (
            "The Sentinel obtained the gate logs, which record when each lorry enters the "
            "depot and how long it stays there, through a public-records request.",
            1,
        ),
        # a request made under the law that opens them, and the request filed on its day
        (
            "The Sentinel obtained 240 pages of emails between the engineers through a "
            "request under the state's open records law, filed in May.",
            2,
        ),
        # their release, told in an aside with its own date, and what they list
        (
            "The gate logs, which the port released to the Sentinel last month under the "
            "state's public information law, list 38 lorries.",
            2,
        ),
        # the request itself, by whoever made it
        ("The Sentinel requested the logs under the state's public records law in August.", 1),
        # the law by its other names
        (
            "The rosters, released to the Sentinel under the province's right-to-information "
            "law, cover 90 shifts.",
            1,
        ),
        ("The Sentinel got the minutes under the Official Information Act in June.", 1),
        # the request made, told as submitted
        ("The Sentinel submitted a request under the Right to Information Act on 3 May.", 1),
    ],
)
def test_records_got_through_a_records_law_are_disclosed(sentence: str, events: int) -> None:
    # Records convention: records come out through a request made under the law that opens
    # them, however long the name of the records or of the law.
    result = drafted("The port said no lorry waited more than an hour.", sentence)
    assert [e.lane for e in result.events if e.para == 2] == ["disclosure"] * events


def test_a_record_amount_given_is_no_records_release() -> None:
    assert RECORDS_RELEASED.search("The plant provided a record harvest.") is None
    assert RECORDS_RELEASED.search("The council provided the records on Monday.")


def test_what_a_court_filing_says_is_a_disclosure() -> None:
    # Filing convention: what a filing or petition put before a court says is the filing
    # made public, not a speaker's claim.
    said = "In 40 of those cases, the car was sold within a week, the filing says."
    assert FILING.search(said)
    result = drafted("The towing firm said every owner was told in time.", said)
    assert holding(result, "the filing says").lane == "disclosure"


def test_a_record_made_public_with_an_aside_between_is_a_disclosure() -> None:
    said = (
        "The memo, dated 9 May and written by a senior engineer who has since left the "
        "council, was made public last month in papers filed with the court."
    )
    assert RECORDS_RELEASED.search(said)
    result = drafted("The council said no engineer raised the cracks.", said)
    assert holding(result, "made public").lane == "disclosure"


def test_a_records_request_told_before_a_statement_is_still_the_request() -> None:
    # A statement told after the records, in a clause of its own, is no source of them;
    # one that closes the sentence is ("..., the mayor said").
    result = drafted(
        "The university said every repair was logged.",
        "A tenants' group requested the logs under the state's public records law, which covers "
        "the university as a public body, in July, after several students wrote to the paper "
        "about mould.",
        "The city released the logs under the state's open records law, the mayor said.",
    )
    assert holding(result, "requested the logs").lane == "disclosure"
    assert holding(result, "the mayor said").lane == "statement"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a record named by whose it is, released; a comparison drawn from the records
        ("The district released Whitford's letter on Tuesday.", "Whitford's letter"),
        (
            "A comparison of sale prices shows homes in Eastover assessed above their prices.",
            "A comparison of sale prices shows",
        ),
    ],
)
def test_a_record_released_by_its_owners_name_or_a_comparison_that_shows_discloses(
    sentence: str, words: str
) -> None:
    result = drafted("The county said every home was assessed fairly.", sentence)
    assert holding(result, words).lane == "disclosure"


def test_a_statement_of_claim_is_a_court_filing() -> None:
    # Filing convention: Canadian and British courts call a lawsuit a "statement of claim";
    # what it seeks or alleges is a filing made public, not anyone's statement.
    result = drafted(
        "The farm said every worker has a private room.",
        "The statement of claim, filed Friday in the Court of King's Bench, seeks $1.3 million.",
    )
    assert holding(result, "statement of claim").lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        # what a record marks or states
        (
            "An internal weekly repair summary, also released to the Courier, marks Pump 4 "
            "“out of service” for every week from May 6 through June 3.",
            "Pump 4",
        ),
        ("The board minutes state that the director had approved the sale in March.", "approved"),
        # evidence named at length before "show", without "that"
        (
            "Aerial photographs of the quarry taken in May and August 2022 and again in July "
            "2023 show fresh blasting scars across about 12 hectares.",
            "blasting scars",
        ),
    ],
)
def test_what_a_record_marks_states_or_shows_is_a_practice(sentence: str, shown: str) -> None:
    result = drafted("The company said all work had stopped.", sentence)
    assert holding(result, shown).lane == "practice"


def test_records_a_newsroom_obtained_on_a_day_are_a_disclosure() -> None:
    # Disclosure convention: "The county's 911 log, which the Dispatch obtained Tuesday,
    # shows ...": the day the newsroom got the record is the record's coming out.
    result = drafted(
        "The county said the shelter was open.",
        "The county’s 911 log, which the Dispatch obtained Tuesday, shows a call at 9:17 "
        "reporting the shelter locked.",
    )
    got = holding(result, "obtained Tuesday")
    assert (got.lane, got.date) == ("disclosure", "Tuesday")


def test_evidence_named_with_a_list_of_months_still_shows() -> None:
    # Evidence convention: "data ... for August, September and October show that ...":
    # the commas are the list's, not an aside's.
    result = drafted(
        "The college said every teaching post was filled.",
        "Attendance data from the regulator’s portal for August, September and October show "
        "that 23 of the 112 listed teachers never marked attendance in those months.",
    )
    assert holding(result, "23 of the 112").lane == "practice"


def test_a_briefing_note_is_evidence_and_what_it_says_went_on_inside() -> None:
    # Evidence convention: a briefing or file note is a record like a memo; "the note
    # says" attributes a fact to it, not a public claim to the one who wrote it.
    result = drafted(
        "The ministry said it had created 6,200 new places.",
        "A briefing note prepared for the deputy minister in March says most of the "
        "places already existed.",
        'The note says: "Our public figure counts places that are newly funded."',
    )
    assert holding(result, "most of the places already existed").lane == "practice"
    assert holding(result, "The note says").lane == "disclosure"


def test_a_bank_note_is_no_record() -> None:
    assert EVIDENCE_SHOWS.search("The officer's note shows the pump was running.")
    assert EVIDENCE_SHOWS.search("The bank note shows a portrait of the founder.") is None


def test_it_shows_after_a_record_handed_over_is_what_the_record_shows() -> None:
    # Reference convention: "Lee gave the station a spreadsheet ... It shows ..." names
    # the record as it changes hands, then lets the pronoun carry it.
    result = drafted(
        "The venue said it never let in more than 1,100 people.",
        "After she left the job on Oct. 25, Lee gave Channel 9 a spreadsheet exported from "
        "the venue's scanning system. It shows 1,712 scans on Oct. 19.",
    )
    assert holding(result, "1,712 scans").lane == "practice"


def test_records_produced_on_request_are_released() -> None:
    # Records convention: an office that "produced the ledgers" released them.
    result = drafted(
        "The county attorney said the fund paid for treatment.",
        "The office produced the ledgers on March 28, after a records request.",
    )
    assert holding(result, "produced the ledgers").lane == "disclosure"
    assert RECORDS_RELEASED.search("The office produced the ledgers on March 28")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Banner traced 20 puppies bought from the chain's shops since May.",
        "Two Clarion reporters followed up with 14 of the families in June.",
        "The Standard also examined 41 settlement letters that readers shared.",
    ],
)
def test_a_newsrooms_own_tracing_is_its_reporting(sentence: str) -> None:
    # Newsroom convention: what the paper itself traced in records or followed up is how
    # the facts came out; "Banner" and "Clarion" are mastheads like "Times".
    result = drafted("The chain said every puppy was bred in Britain.", sentence)
    assert [e.lane for e in result.events if e.para == 2] == ["disclosure"]


def test_a_long_list_of_evidence_before_show_that_still_splits() -> None:
    # Evidence convention: the records may be listed at length, the last items joined by
    # "and", before "show that"; what they show is still the practice.
    result = drafted(
        "The company said no peat was milled on the bog after 2021.",
        "Delivery dockets released under the Freedom of Information Act, an inspection report "
        "by the Environmental Licensing Agency and images examined by The Irish Chronicle show "
        "that about 14,000 tonnes of milled peat left the bog between May 2022 and September "
        "2023.",
    )
    assert holding(result, "14,000 tonnes").lane == "practice"
    assert holding(result, "Delivery dockets").lane == "disclosure"


def test_it_found_goes_on_with_the_report_the_story_is_going_through() -> None:
    # Reference convention: after "The report says ...", a paragraph opening "It also
    # found that ..." is the same report's finding, however far the last clause drifted.
    result = drafted(
        "The festival said the site never went over its licensed capacity.",
        "The figures were revealed in a report by the council's safety advisory group, "
        "published last week.",
        "The report says an extra 6,100 wristbands were handed out on top of paying tickets.",
        "It also found that a side gate was opened at around 8pm to ease queues.",
    )
    assert holding(result, "side gate was opened").lane == "practice"


def test_figures_revealed_in_a_report_are_one_disclosure_dated_by_its_release() -> None:
    # "The figures were revealed in a report by the group, published last week": the
    # figures are what the report revealed (no evidence that shows), and the report's
    # release dates the one disclosure.
    result = drafted(
        "The scanner figures were revealed in a report by the council's safety advisory "
        "group, published last week ahead of a review of the festival's licence."
    )
    assert [(e.lane, e.date) for e in result.events] == [("disclosure", "last week")]
    assert EVIDENCE_SHOWS.search("The figures were revealed in a report") is None


def test_an_overseers_notice_is_evidence_and_what_it_says_went_on() -> None:
    # Evidence convention: an enforcement notice is a record of what inspectors found;
    # what it says is the practice, not a public claim made by the notice.
    result = drafted(
        "The council said in January that its care homes were fully compliant.",
        "The enforcement notice, served on Feb. 1, said the fire risk assessment had not "
        "been reviewed since 2021.",
    )
    assert EVIDENCE_SHOWS.search("The enforcement notice said the doors had failed.")
    assert holding(result, "risk assessment had not").lane == "practice"


def test_notice_given_at_short_notice_is_no_record() -> None:
    assert EVIDENCE_SHOWS.search("The library closed at short notice said staff.") is None


def test_letters_named_at_length_with_an_aside_still_show() -> None:
    # Evidence convention: the record may be named at length, then an aside on how the
    # newsroom saw it, before "show that".
    result = drafted(
        "The minister said the books had reached every school.",
        "Letters written by district education officers to the board between April 9 and "
        "April 12, copies of which have been seen by The Chronicle, show that three districts "
        "had by then received half their books.",
        "The family's file shows their application was marked on hold on June 8.",
    )
    assert holding(result, "three districts").lane == "practice"
    assert holding(result, "Letters written").lane == "disclosure"
    assert holding(result, "marked on hold").lane == "practice"


def test_as_of_a_date_opens_what_the_records_show() -> None:
    # "As of Jan. 31, ..." dates what the records show; it is no leading clause and no
    # listing ("the locations the records list as switched off").
    result = drafted(
        "The department said every elevator is inspected each year.",
        "As of Jan. 31, 11,482 elevators were running on expired certificates, the records "
        "show. More than 1,700 had not been inspected since 2015 or earlier.",
    )
    assert holding(result, "expired certificates").lane == "practice"
    assert holding(result, "had not been inspected").lane != "disclosure"
    assert REPORT.search("Inspectors inspected the lift in May.")
    assert REPORT.search("More than 1,700 had not been inspected since 2015.") is None


def test_a_dated_reply_to_a_records_request_is_evidence_that_records_suggest() -> None:
    result = drafted(
        "The company said all 312 chargers were live.",
        "Records obtained under the Right to Information Act suggest a less tidy picture. A "
        "reply dated September 28 from the power distribution company shows that as of "
        "August 31, only 201 of the 312 sites had been given permanent power connections.",
    )
    assert holding(result, "only 201").lane == "practice"
    assert holding(result, "reply dated").lane == "disclosure"
    assert holding(result, "Records obtained").lane == "disclosure"


@pytest.mark.parametrize(
    ("warned", "words"),
    [
        (
            "A 2021 workforce plan prepared by the wildfire service projected that five of its "
            "14 tanker captains would retire by 2024.",
            "workforce plan",
        ),
        (
            "The 2020 dam safety review, carried out by the company's engineer of record, "
            "flagged the seepage and recommended that a buttress be built within 12 months.",
            "dam safety review",
        ),
    ],
)
def test_the_bodys_own_plan_that_warned_is_what_it_knew(warned: str, words: str) -> None:
    # Warning convention: the body's own review or plan that warned tells what it was told
    # behind the scenes, a practice; an overseer's report that warned is a finding.
    result = drafted("The company said the fleet was ready.", warned)
    assert holding(result, words).lane == "practice"
    overseen = drafted(
        "The company said the fleet was ready.",
        "A 2019 report by the provincial auditor warned that the fleet was short of pilots.",
    )
    assert holding(overseen, "provincial auditor").lane == "disclosure"


def test_what_auditors_wrote_is_what_they_found_and_a_letter_written_is_not() -> None:
    result = drafted(
        "The city said it watched the towing contract closely.",
        "The department had not reconciled the auction reports since 2019, auditors wrote.",
    )
    assert holding(result, "not reconciled").lane == "practice"
    # the writer of a letter is no overseer setting down a finding
    assert EVIDENCE_SHOWS.search("A letter the sheriff wrote to supervisors in January") is None


def test_an_overseer_by_its_kind_finding_shows_the_practice() -> None:
    result = drafted(
        "The county said every ambulance call was answered on time.",
        "The state auditor found that the contractor excused 412 late calls from the count.",
        "Inspectors found that managers had logged shifts as covered when no one was there.",
    )
    assert holding(result, "excused 412").lane == "practice"
    assert holding(result, "logged shifts").lane == "practice"
    # a body named in full speaks in its own words
    named = drafted(
        "The firm said the site was safe.",
        "The Wales Woodland Regulator said it had received a complaint.",
    )
    assert holding(named, "received a complaint").lane != "practice"


def test_a_public_dashboard_is_the_partys_claim_and_an_internal_one_a_record() -> None:
    result = drafted(
        "The state said every child care home was visited.",
        "Throughout 2022, a dashboard on the department's website for parents showed "
        "monitoring compliance of 98 percent or higher every month.",
        "An internal dashboard showed that 40 percent of homes were never visited.",
    )
    assert holding(result, "website for parents").lane == "statement"
    assert holding(result, "were never visited").lane == "practice"
    assert linked(result, "reveals", "internal dashboard", "never visited")


def test_a_claim_brought_in_court_alleges_as_a_lawsuit_does() -> None:
    assert FILING.search("His claim alleges that he was sent 73 promotional messages.")
    assert FILING.search("The claim alleges the firm kept marketing to him.")
    # a claim made in public is no filing
    assert FILING.search("The mayor's claim says nothing of the cost.") is None
    result = drafted(
        "The firm said no self-excluded customer got marketing.",
        "His claim alleges that he was sent 73 promotional messages after he excluded himself.",
    )
    assert holding(result, "claim alleges").lane == "disclosure"


def test_evidence_named_at_length_with_a_number_and_how_it_was_compiled_shows() -> None:
    sentence = (
        "But an analysis of bank statements from 1,243 schools, compiled by the heads' "
        "council and shared with the Herald, shows that the average school got 62 per cent."
    )
    assert EVIDENCE_SHOWS.search(sentence)
    result = drafted("The ministry said every shilling was sent.", sentence)
    assert holding(result, "average school").lane == "practice"
    assert linked(result, "reveals", "analysis of bank statements", "average school")


def test_records_named_at_great_length_still_list_what_they_show() -> None:
    sentence = (
        "Field records kept by the Missouri Department of Transportation and obtained by the "
        "Press under the state's Sunshine Law list 1,412 of the devices still standing."
    )
    assert EVIDENCE_SHOWS.search(sentence)
    result = drafted("The state said every terminal was replaced.", sentence)
    assert holding(result, "still standing").lane == "practice"


@pytest.mark.parametrize(
    "cards", ["Stock cards seen by the Monitor", "The bin cards", "Time cards"]
)
def test_the_cards_a_store_or_shift_is_kept_on_are_records(cards: str) -> None:
    # Records convention: a clinic's stock cards or a worker's time cards are its records.
    result = drafted(_CLAIM, f"{cards} show that the depot recorded no stock from August 22.")
    assert holding(result, "no stock").lane == "practice"


@pytest.mark.parametrize(
    "sentence",
    [
        "One depot in Butwal issued 2,140 permits in a single week in May, as per the CIAA.",
        "As per the audit report, one depot in Butwal issued 2,140 permits in a single week.",
    ],
)
def test_as_per_attributes_as_according_to_does(sentence: str) -> None:
    # South Asian copy writes "as per" for "according to": what the body or report it
    # names says was done is the practice; "as per the law" attributes nothing.
    result = drafted(_CLAIM, sentence, "The board set fines and jail terms as per the law.")
    assert holding(result, "2,140 permits").lane == "practice"
    assert holding(result, "jail terms").lane == "context"


@pytest.mark.parametrize(
    "sentence",
    [
        "Of 520 stations the auditors sampled in the two regions, 214 had no working lift.",
        "Of the 41 stations this newspaper visited in May, 214 had no working lift.",
    ],
)
def test_what_was_sampled_then_what_it_showed_is_the_practice(sentence: str) -> None:
    # Sampling convention: the checkers' count opens the sentence; the fact follows it.
    result = drafted(_CLAIM, sentence)
    assert holding(result, "no working lift").lane == "practice"


def test_the_bodys_own_website_listing_is_its_claim() -> None:
    # Publication convention: what the party's website lists is the party's public word.
    result = drafted(
        "Auditors found 214 stations had no working lift.",
        "As recently as last week, the agency's website still listed Ardmore among stations "
        "with step-free access.",
    )
    assert holding(result, "website still listed").lane == "statement"


@pytest.mark.parametrize("filing", ["The charge sheet, however, says", "The chargesheet says"])
def test_what_a_prosecutor_files_in_court_is_evidence(filing: str) -> None:
    # Court convention: a charge sheet is the evidence the prosecution puts on record;
    # what it says was done is the practice, not a statement of the prosecutor's.
    result = drafted(_CLAIM, f"{filing} that 48 of the 132 depots never logged their stock.")
    assert holding(result, "never logged").lane == "practice"


def test_the_publication_logging_its_own_test_is_a_disclosure() -> None:
    # Newsroom-check convention: "this publication logged 30 potholes" is the reporting.
    result = drafted(
        _CLAIM,
        "It was one of 30 lifts this publication logged across the network in March.",
    )
    assert holding(result, "this publication logged").lane == "disclosure"


@pytest.mark.parametrize(
    "check",
    [
        "Reporters then drove all 26 roads in March and matched them against property records.",
        "The Courier shared its analysis with county officials on Aug. 30.",
        # the newsroom in its own first person, outside any quotation
        "We compared the images with a copy of the official paper obtained after the exam.",
    ],
)
def test_the_newsrooms_drive_and_its_findings_put_to_the_party_are_its_reporting(
    check: str,
) -> None:
    result = drafted(_CLAIM, check)
    assert holding(result, check[:20]).lane == "disclosure"


def test_we_inside_a_quotation_is_the_speaker_not_the_newsroom() -> None:
    result = drafted(_CLAIM, '"We compared notes and found nothing," the manager said.')
    assert holding(result, "compared notes").lane != "disclosure"


def test_a_record_that_puts_a_count_at_a_figure_shows_it() -> None:
    result = drafted(
        _CLAIM,
        "The agency's own report for the week ending 5 July put outstanding repairs at 398.",
    )
    assert holding(result, "at 398").lane == "practice"


def test_a_report_tabled_in_parliament_is_released_news() -> None:
    # Commonwealth convention: a report "tabled in Parliament last week" is made public then.
    result = drafted(
        _CLAIM,
        "The Auditor General's report on the network, tabled in Parliament last week, says "
        "168 of the 712 lifts were out of service.",
    )
    report = holding(result, "Auditor General's report")
    assert (report.lane, report.date) == ("disclosure", "last week")
    assert linked(result, "reveals", "Auditor General's report", "out of service")


def test_the_cases_overseers_identified_are_what_they_show() -> None:
    # Evidence convention: "Auditors identified 88 prisoners who went untreated" sets down
    # the cases the audit found; a body's annual returns are its records.
    result = drafted(
        _CLAIM,
        "Auditors identified 88 stations whose lifts stood broken during fiscal 2017.",
        "The agency reported $14.2 million in repairs in 2018, according to its annual Form "
        "990 returns.",
    )
    assert holding(result, "88 stations").lane == "practice"
    assert holding(result, "14.2 million").lane == "practice"


def test_a_currency_written_with_its_point_names_no_one() -> None:
    result = drafted(
        "The minister said all plants work.",
        "Rs. 85 million was approved in April. Villagers pay the Rs. 2 a litre the society "
        "charges, and the ministry paid Rs. 12 million to the contractor in March.",
    )
    assert all(e.actor != "Rs" for e in result.events)


@pytest.mark.parametrize("kind", ["Escrow", "Trust account", "Payment"])
def test_the_statements_of_an_account_are_records(kind: str) -> None:
    # Records convention: the statements a bank sends for an account are records of what
    # was paid, no one's public statement.
    result = drafted(
        "The developer said in March that construction had reached level 14.",
        f"{kind} statements obtained by the buyers show an $18 million withdrawal from the "
        "project account on February 11.",
    )
    assert holding(result, "obtained by the buyers").lane == "disclosure"
    assert holding(result, "withdrawal").lane == "practice"


def test_a_police_rank_named_inspector_general_is_no_overseer() -> None:
    # "the Assistant Inspector General in charge of Human Resources, AIG ..." is a police
    # officer speaking for the force, not an inspector general's finding
    result = drafted(
        "Speaking on the state broadcaster on 17th April, the Assistant Inspector General "
        "in charge of Human Resources, AIG Musa Kamara, said applicants would not pay “a "
        "single cent”."
    )
    said = holding(result, "would not pay")
    assert (said.lane, said.actor) == ("statement", "AIG Musa Kamara")
    assert said.title.startswith("AIG Musa Kamara said")


def test_records_named_with_their_owners_initials_in_brackets_still_show() -> None:
    # "the Revenue Authority’s (GRA) customs declarations show that ...": the initials
    # defined in brackets are part of the evidence's name; the owner is named without "’s"
    result = drafted(
        "Data drawn from the Kestrel Revenue Authority’s (KRA) customs declarations show "
        "that 31,800 kilogrammes of mercury were imported in 2016."
    )
    imported = holding(result, "31,800 kilogrammes")
    assert imported.lane == "practice"
    assert all(not e.actor.endswith(("’s", "'s")) for e in result.events)


def test_an_aside_between_dashes_leaves_the_finding_it_interrupts_whole() -> None:
    # "In cases that ended in a default judgment — where a tenant is ordered out without
    # presenting any defense — a lawyer appeared ...": the aside explains a term; the
    # sentence goes on telling what the analysis found
    result = drafted(
        "A Gazette analysis of eviction filings found that tenants had a lawyer in 38% of "
        "cases. In cases that ended in a default judgment — where a tenant is ordered out "
        "without presenting any defense — a lawyer appeared for the tenant less than 5% of "
        "the time."
    )
    assert holding(result, "less than 5%").lane == "practice"


def test_a_body_defined_by_its_initials_before_an_aside_is_the_audits_author() -> None:
    # "A performance audit by the Controller and Auditor General (CAG), tabled ...,
    # suggests that ...": the initials close the author's name; the aside and the
    # framing after it tell no finding of their own
    result = drafted(
        "The agency said in October that 96 percent of villages had electricity.",
        "A performance audit by the Controller and Auditor General (CAG), tabled in "
        "Parliament last Thursday, suggests that Korumba is far from alone.",
    )
    assert [e.lane for e in result.events if e.para == 2] == ["disclosure"]


def test_a_second_that_clause_of_a_finding_is_found_too_and_titled_by_its_subject() -> None:
    # "It found that A, and that B": B is what the report found as well; its headline is B,
    # not "It that B"
    result = drafted(
        "The Ombudsman's report examined how the Harbour Explosives Office supervised the "
        "factories. It found that 19 of them went without an inspection in at least one of "
        "the five years, and that seven had no recorded inspection at all during the period."
    )
    seven = holding(result, "seven had no recorded")
    assert seven.lane == "practice"
    assert seven.title.startswith("Seven had no recorded inspection")


def test_what_the_records_the_newsroom_obtained_show_is_told_next() -> None:
    # "The Ledger obtained the monthly headcount sheets ... In none of the four months did
    # the share fall below 68 percent": the next sentence tells what the sheets show
    result = drafted(
        "The ministry said in February that fewer than half of prisoners were awaiting trial.",
        "The Ledger obtained the monthly headcount sheets of the prisons bureau for six "
        "facilities. In none of the four months did the share of pretrial detainees fall "
        "below 68 percent at any of the six.",
    )
    assert holding(result, "In none of the four months").lane == "practice"


def test_what_a_bodys_own_monthly_figures_show_is_evidence() -> None:
    # a body's periodic report that "says" repeats its account; what its monthly figures
    # "show", set against what its minister said, is the practice
    result = drafted(
        "The minister told the House in November that the backlog had been cleared.",
        "The department's monthly reports show that the number of pending applications "
        "never fell below 780 at any point in 2022.",
    )
    assert holding(result, "never fell below 780").lane == "practice"


def test_reports_as_the_verb_after_its_subject_names_no_report() -> None:
    # "agreed to change how it reports pipeline numbers and said ...": "reports" is what the
    # district does, not a report that says anything
    result = drafted(
        "In a written response printed at the end of the audit, the district agreed to "
        "change how it reports pipeline numbers and said it would begin giving the court a "
        "quarterly breakdown of buyouts by stage."
    )
    assert holding(result, "agreed to change").lane == "disclosure"
    assert holding(result, "quarterly breakdown").lane != "practice"


@pytest.mark.parametrize("book", ["cash book", "occurrence book", "visitors book"])
def test_a_book_kept_at_the_counter_that_tells_the_same_story_is_evidence(book: str) -> None:
    # Record convention: the books a counter or a station keeps are records, and one that
    # "tells the same story" as the evidence before it shows what went on, set against the
    # account
    result = drafted(
        "The ministry said on Monday that the cold store sells fish every day.",
        f"The store's {book} tells the same story: 300 crates of fish sold at the store in "
        "February 2023, and none recorded since.",
    )
    event = holding(result, "300 crates")
    assert event.lane == "practice"
    assert linked(result, "contradicts", "300 crates", "every day")


@pytest.mark.parametrize(
    ("told", "lane"),
    [
        ("assured the board", "statement"),
        ("told the county commission", "statement"),
        ("told two engineers", "practice"),
    ],
)
def test_what_the_minutes_show_an_official_told_the_board_is_a_statement(
    told: str, lane: str
) -> None:
    # Record convention: the minutes that show what a manager told the board record his
    # account to those the body answers to, a statement; what they show he told his
    # engineers is what went on inside
    result = drafted(
        f"Manager Ada Kemp {told} in September 2023 that the spillway gate had been "
        "repaired, the minutes show."
    )
    assert holding(result, "spillway gate").lane == lane


@pytest.mark.parametrize(
    "search",
    [
        "A search at the Land Registry shows",
        "A company search shows",
        "A title search shows",
    ],
)
def test_a_search_of_a_register_shows_what_went_on(search: str) -> None:
    # Record convention: a search of a register or of records is a record the newsroom
    # consulted; what it shows is a fact, set against the account
    result = drafted(
        "Minister Rae Dunn told residents on December 14 that every family now owned its lot.",
        f"{search} every lot remains registered to the housing trust.",
    )
    assert holding(result, "remains registered").lane == "practice"
    assert linked(result, "contradicts", "remains registered", "owned its lot")


def test_what_they_actually_received_is_the_fact_set_against_the_account() -> None:
    # Contrast convention, the pseudo-cleft: "What the families actually received is ..."
    # tells the fact the story sets against what they were told they would get
    result = drafted(
        "Minister Rae Dunn told residents on December 14 that every family got a title deed.",
        "What the families actually received is a single-page certificate.",
    )
    assert holding(result, "actually received").lane == "practice"


@pytest.mark.parametrize("record", ["A stock count dated November 6", "The depot's inventory"])
def test_a_count_of_stock_is_a_record_set_against_the_account(record: str) -> None:
    # Record convention: a stock count or inventory is a record of what was on the shelves,
    # set against the account that the stock had gone out
    result = drafted(
        "The minister told the House on October 4 that all 18,400 laptops had been handed out.",
        f"{record} shows 11,262 laptops still in storage at the depot.",
    )
    assert linked(result, "contradicts", "11,262", "handed out")


@pytest.mark.parametrize(
    "still",
    [
        "Five months later, most of the plots still have no water connections.",
        "Most of the plots have yet to be connected to water.",
        "Most of the plots are still without water connections.",
    ],
)
def test_what_still_has_not_been_done_is_the_failure_set_against_the_account(
    still: str,
) -> None:
    # Persistence convention: the lede's second sentence, what "still" has not been done
    # months after the account, is the failure the story establishes, with no cue word
    result = drafted(
        "The town council told residents in March that 640 plots were ready for water "
        f"connections. {still}"
    )
    event = holding(result, "of the plots")
    assert event.lane == "practice"
    assert linked(result, "contradicts", "of the plots", "640 plots")


@pytest.mark.parametrize("adverb", ["however", "in fact"])
def test_a_sentence_adverb_set_off_between_the_records_and_their_verb_joins_nothing(
    adverb: str,
) -> None:
    # Contrast convention: "Patrol sheets for May, June and July, however, list ..." sets
    # the records against the account; the adverb between subject and verb is no break
    result = drafted(
        "The council said in April that wardens would patrol the beach every day.",
        f"Patrol sheets for May, June and July, {adverb}, list no warden on the beach on "
        "31 of the 92 days.",
    )
    assert holding(result, "no warden").lane == "practice"


def test_a_summary_prepared_inside_is_a_record() -> None:
    # Record convention: "A summary prepared by the agency's compliance division shows" is
    # the body's own record drawn up inside; what it shows is the practice
    result = drafted(
        "The agency said in January that every noise complaint would be answered within the hour.",
        "A summary prepared by the agency's compliance division shows its hotline took 438 "
        "complaint calls between January 6 and March 5.",
    )
    assert holding(result, "438").lane == "practice"
    assert linked(result, "contradicts", "438", "every noise complaint")


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        (
            'Payslips seen by the Herald show deductions for "uniform" taken from the tips line.',
            "deductions",
        ),
        (
            "Only 12 of the pumps are connected to power, according to a schedule the utility "
            "sent to the council.",
            "Only 12 of the pumps",
        ),
        (
            "A distribution list kept by the ministry shows that 40 families got no seed.",
            "40 families got no seed",
        ),
    ],
)
def test_pay_slips_lists_and_schedules_are_records(sentence: str, shown: str) -> None:
    result = drafted("The ministry said every family received its seed.", sentence)
    assert holding(result, shown).lane == "practice"


def test_what_the_ombudsman_counts_is_what_her_report_shows_on_the_day_it_came_out() -> None:
    result = drafted(
        "The department said every complaint was investigated.",
        "In a report released on Tuesday, Ombudsman Jane Roe said that of the 40 complaints "
        "made in 2023, only six led to an inspection.",
    )
    report = holding(result, "Ombudsman Jane Roe")
    assert (report.lane, report.date) == ("disclosure", "Tuesday")
    assert holding(result, "only six").lane == "practice"


@pytest.mark.parametrize(
    "sentence",
    [
        "The school's facilities manager had the lab results in May.",
        "The department knew of the leak well before the ceremony.",
        "By then, the agency had known for months that the meters were wrong.",
    ],
)
def test_what_the_body_knew_before_it_spoke_is_a_practice(sentence: str) -> None:
    result = drafted("The district said every tap was safe.", sentence)
    assert holding(result, sentence.split()[-2]).lane == "practice"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # done without the check owed
        (
            "For 15 months, the district spread sludge on hayfields without testing it.",
            "spread sludge",
        ),
        (
            "Commissioners approved the cruisers in January as one of 38 items, without "
            "discussion.",
            "approved the cruisers",
        ),
        # never made, or put off
        ("No audit was done before the season ended.", "No audit"),
        # (or an order owed and not yet served)
        ("No closure notice had been served as of Friday.", "closure notice"),
        (
            "An inspection booked for April was postponed twice at the company's request.",
            "postponed",
        ),
        # what the records hold no trace of
        (
            "The hospital's procurement register has no record of one being ordered.",
            "procurement register",
        ),
        ("Minutes of the village council for 2022 make no mention of the lease.", "no mention"),
        # told as a shortfall: none recorded, no one went, none sent, gone without, left
        # blank, never attended, only a few done
        ("No refill is recorded at any of the nine stations between May and July.", "refill"),
        ("No one went back to the island until August.", "went back"),
        ("The revenue office sent no reminder to any of the four mills.", "reminder"),
        ("The orchard went 40 days without a single spray.", "orchard"),
        ("The pages for June and July are blank.", "pages for June"),
        ("Four of the nine wardens it has hired since 2022 never attended the course.", "wardens"),
        ("Only two pupils sat the swimming test this term.", "swimming test"),
        ("The register of callers had not been updated since March 2021.", "register of callers"),
    ],
)
def test_what_was_left_undone_is_a_practice(sentence: str, words: str) -> None:
    result = drafted("The board said every step was followed.", sentence)
    assert holding(result, words).lane == "practice"


@pytest.mark.parametrize(
    "sentence",
    [
        # a rule of what only may be done, a law the place lacks, a reply not given
        "Only two boats may approach a pod at any one time.",
        "The county has no law limiting how long the footage can be kept.",
    ],
)
def test_a_rule_or_a_lack_of_law_is_no_shortfall(sentence: str) -> None:
    result = drafted("The board said every step was followed.", sentence)
    assert all(e.lane != "practice" for e in result.events if e.para == 2)


def test_a_record_named_after_a_comma_is_no_verb_of_the_record_before() -> None:
    result = drafted(
        "A boiler at the mill was fired up two months after its safety certificate had run "
        "out, documents seen by The Times show."
    )
    assert holding(result, "A boiler").lane == "practice"
    assert any(e.role == "report" and "documents seen" in e.clause for e in result.events)


def test_an_affidavit_alleges_as_a_court_filing_does() -> None:
    result = drafted(
        "The department said every pound was accounted for.",
        "The affidavit, written by a federal agent, alleges that the dealer bought eels for "
        "cash from harvesters who never swiped their cards.",
    )
    assert holding(result, "affidavit").lane == "disclosure"


def test_a_review_that_calls_the_account_untrue_shows_no_fact_of_its_own() -> None:
    result = drafted(
        "The judge said every defendant gets a hearing first.",
        "A review of court dockets found that is rarely what happens.",
    )
    assert not [e for e in result.events if e.title.lower().startswith("is rarely")]


def test_what_sat_untouched_is_a_practice() -> None:
    result = drafted(
        "The department said every order was followed up.",
        "Some orders had sat untouched for more than four years.",
    )
    assert holding(result, "sat untouched").lane == "practice"


def test_records_that_contain_none_show_it_left_undone() -> None:
    result = drafted(
        "The district said violation notices were posted on its website.",
        "Archived copies of the district's website from 2022 through 2023, reviewed by the "
        "Watch, contain no violation notices.",
    )
    assert holding(result, "Archived copies").lane == "practice"


def test_what_a_record_describes_in_the_passive_is_what_it_shows() -> None:
    # Record convention: "12 were described as “blocked”" is the record's entry, no one's
    # statement: told after evidence set against the account, it is what the record shows.
    result = drafted(
        'The roads office said in March that every culvert on the coast road was "clear".',
        "An internal report by the office's coastal depot, dated May 2, paints another "
        'picture. Of the 40 culverts engineers walked, 12 were described as "blocked" or '
        '"collapsed", including the one below Marsa.',
        'Of the 12 bridges, three were described as "unsafe" in the same report.',
    )
    assert holding(result, "12 were described").lane == "practice"
    assert holding(result, "three were described").lane != "statement"


def test_the_day_a_record_was_written_is_no_release_of_it() -> None:
    # Record convention: "a report ..., dated May 2," gives the day the record was written,
    # as "a letter dated" does: no second event for its release.
    result = drafted(
        "An internal report by the office's coastal depot, dated May 2, paints another picture."
    )
    assert [e.lane for e in result.events] == ["disclosure"]


def test_the_say_of_people_a_finding_names_is_no_account() -> None:
    # Account convention: "signed by people who said they had never attended" tells the
    # finding; what those people said is part of it, not an account the story tests.
    result = drafted(
        "Investigators found that several were signed by people who said they had never "
        "attended any meeting."
    )
    assert not [e for e in result.events if e.lane == "statement"]


@pytest.mark.parametrize(
    "text",
    [
        "Forty of the 120 boilers have not been inspected even once since 2022.",
        "The ministry did not advertise the dog handler posts until January.",
        "Copies of the receipts reached the department but were never entered.",
        "Not one of the 40 applicants received a reply from the housing office.",
        "None of the four rangers interviewed had seen a working radio at the post.",
    ],
)
def test_a_duty_owed_and_not_done_is_the_practice(text: str) -> None:
    # Omission convention: a check, payment or answer the body owed and did not give, or
    # that not one of those owed it got, told by the reporter, is what went on behind the
    # account, not background; "None of this matched ..." refers back and tells no deed.
    assert drafted(text).events[0].lane == "practice"
    assert not drafted("None of this matched what the council was told.").events


@pytest.mark.parametrize(
    ("sentence", "words", "undone"),
    [
        # a record that holds no trace of the checks owed
        ("The depot's test log has no pressure readings at all for March.", "test log", True),
        # a trip owed that never came
        ("That day, the repair crew's van never left the yard.", "never left", True),
        ("The van's logbook carries no trip entries from May 2 to June 9.", "logbook", True),
        ("Boilers in Block C show no visit at all from January until May.", "Block C", True),
        # a check owed that no record holds, or a step that never came
        ("No boiler test at all was logged between March and October.", "logged", True),
        ("No repair was recorded until July 27.", "recorded", True),
        ("No order followed.", "order", True),
        ("None appeared until March 3, after the Herald asked.", "None", True),
        # a post owed and left empty
        ("The depot's second inspector post has sat empty since 2021.", "post", True),
        ("The unit has been without an engineer since January.", "engineer", True),
        # what people lack is no record of a check, nor is a law not yet made
        ("Tenants have no easy way to check a landlord's licence.", "Tenants", False),
        ("The province has no law limiting how long boilers may run.", "law", False),
    ],
)
def test_a_record_with_no_trace_and_a_trip_never_made_are_left_undone(
    sentence: str, words: str, undone: bool
) -> None:
    result = drafted("The depot said every boiler was tested monthly.", sentence)
    lanes = [e.lane for e in result.events if words in e.clause]
    assert lanes == ["practice"] if undone else "practice" not in lanes


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a deadline let pass
        ("The contractor missed that deadline.", "missed"),
        ("The board missed its own target date twice.", "missed"),
        # kept out of the books
        ("The overtime hours were not in the main timesheets or the payroll files.", "overtime"),
        ("The night closures were never entered in the station's log.", "closures"),
        # a paper owed and never put out
        ("No inspection report has been published.", "No inspection"),
    ],
)
def test_a_deadline_missed_or_an_entry_kept_out_of_the_books_is_the_practice(
    sentence: str, words: str
) -> None:
    # Shortfall convention: what the body let pass or kept out of its own books, told by
    # the reporter, is how it ran things, a practice, not a finding made public.
    result = drafted("The depot said every closure was logged and published.", sentence)
    assert holding(result, words).lane == "practice"


def test_a_post_mortem_or_a_survey_that_found_something_is_a_finding() -> None:
    # Examination convention: what a post-mortem, a necropsy or a survey "found" is the
    # examiner's finding made public, a disclosure, however it is attributed after.
    result = drafted(
        "A post-mortem at the district hospital on Monday found injuries “consistent with a"
        " fall from height”, the coroner's officer said."
    )
    assert holding(result, "post-mortem").lane == "disclosure"
    assert drafted("A survey of the 40 hives found mites in 31.").events[0].lane == "disclosure"


def test_where_the_money_went_is_the_practice() -> None:
    # Money convention: where a payment went ("The largest single payment, of £18,750 on
    # July 9, went to the architects") is what the body did with it, a practice.
    result = drafted(
        "The society said the share money was untouched.",
        "The largest single payment, of £18,750 on July 9, went to the architects.",
    )
    assert holding(result, "largest single payment").lane == "practice"


def test_what_emails_show_one_told_the_council_was_said_in_private() -> None:
    # Record convention, by the kind of record: minutes record what was told a board in
    # public; e-mails or letters that show a firm told the council something record word
    # passed in private, a practice the e-mails reveal.
    result = drafted(
        "But e-mails obtained by the Courier show the firm told the county council in"
        " December that it intended to take the two buses off the route."
    )
    assert holding(result, "two buses").lane == "practice"
    assert linked(result, "reveals", "e-mails obtained", "two buses")


def test_a_tracking_sheet_that_does_not_bear_the_account_out_shows_what_follows() -> None:
    # Framing convention: "The unit's own tracking sheet does not bear that out." sets the
    # sheet against the account; the counts told after it ("187 are marked ...", "Ninety-four
    # of those files were marked complete ...") are what it shows.
    result = drafted(
        "The department promised in March that every complete file would be paid by June.",
        "The unit's own tracking sheet does not bear that out. Of the 312 files open at the end"
        " of September, 187 are marked “complete – awaiting Treasury”. Ninety-four of those"
        " files were marked complete before the end of June.",
    )
    assert holding(result, "187").lane == "practice"
    assert holding(result, "Ninety-four").lane == "practice"
    assert linked(result, "contradicts", "187", "every complete file")


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        (
            "But the council's payment schedules show three payments totalling £11,340 to"
            " the contractor between November 2019 and February 2020.",
            "three payments totalling",
        ),
        (
            "The voters’ roll for the election, which closed in August, still listed her at"
            " the Peppercorn Court address, more than a year after the sale.",
            "Peppercorn Court address",
        ),
        (
            "Nineteen of the 50 docking stations have been offline since April because their"
            " batteries have not been replaced, the reports say.",
            "Nineteen of the 50 docking stations",
        ),
    ],
)
def test_what_payment_records_a_roll_or_reports_show_is_a_practice(
    sentence: str, shown: str
) -> None:
    # Record convention: what was paid (payment schedules), who is on the electoral roll,
    # and what reports "say" (the plural of "says") are the records' facts.
    result = drafted("The council said no money had been spent on the work.", sentence)
    assert holding(result, shown).lane == "practice"


def test_records_obtained_showing_a_fact_reveal_it_with_the_time_both_deeds_share() -> None:
    # Obtained-records convention: "obtained weighbridge records ... showing" names the
    # records as the verb's object, then what they show; coordination convention: deeds
    # joined by "and" share the time told after both.
    result = drafted(
        "The company said none of the glass had gone to landfill.",
        "The paper obtained weighbridge records under Right to Information laws last month"
        " showing about 6800 tonnes of glass logged as “cover material” and tipped into the"
        " landfill between November 2021 and June this year.",
    )
    logged = holding(result, "6800 tonnes of glass logged")
    assert logged.lane == "practice"
    assert logged.date == "between November 2021 and June this year"
    assert holding(result, "obtained weighbridge records").lane == "disclosure"
    assert linked(result, "reveals", "obtained weighbridge records", "6800 tonnes of glass logged")


def test_a_deployment_list_is_a_record() -> None:
    result = drafted(
        "The Collector said no theatre had screened a show before 9 a.m.",
        "The city police’s deployment list for October 31, a copy of which the paper has"
        " seen, shows that 42 personnel were posted at the four theatres from 3 a.m.",
    )
    assert holding(result, "42 personnel were posted").lane == "practice"


def test_a_count_of_days_after_an_account_leads_to_the_evidence_against_it() -> None:
    # Lead convention: "Four days after the Collector told reporters ..., an order obtained
    # by the paper shows ..." tells the account in the leading clause and the evidence,
    # with what it shows, in the main clause.
    result = drafted(
        "Four days after the Collector told reporters that no cinema in the district had"
        " screened a film before 9 a.m., an order obtained by the paper shows that revenue"
        " officials had permitted 4 a.m. shows at four theatres."
    )
    assert holding(result, "told reporters").lane == "statement"
    assert holding(result, "had permitted 4 a.m. shows").lane == "practice"
    assert holding(result, "an order obtained by the paper").lane == "disclosure"


def test_a_docket_is_a_record_and_what_it_shows_a_practice() -> None:
    result = drafted(
        "The festival said 97 per cent of its waste was kept out of landfill.",
        "A docket dated January 23 shows the composting site rejected a load as heavily"
        " contaminated and it was sent to landfill instead.",
    )
    assert holding(result, "composting site rejected").lane == "practice"
    assert holding(result, "A docket dated January 23").lane == "disclosure"


def test_what_a_record_records_of_someone_is_a_practice() -> None:
    # Record convention: "The tracking sheet records her file as complete on November 3"
    # is what the record shows, with the possessive after the verb as with an article.
    result = drafted(
        "The department said every complete file had been paid.",
        "The tracking sheet records her file as complete on November 3 last year.",
    )
    assert holding(result, "as complete on November 3").lane == "practice"


def test_a_licence_agreement_is_a_record() -> None:
    # Record convention: an agreement signed with a tenant or a funder is a document;
    # what "licence agreements seen by the paper show" is a practice.
    result = drafted(
        "The operator told students their rent would rise by only 2 per cent.",
        "The operator has added a compulsory weekly services charge, licence agreements seen"
        " by the paper show.",
    )
    assert holding(result, "compulsory weekly services charge").lane == "practice"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # how it came out, told of one concern, and an inquiry under way in quotes
        (
            "Concern about the reservoir first surfaced in May, when a walker posted photographs "
            "of the cracked spillway.",
            "first surfaced",
        ),
        (
            'The regulator said on Monday that it was "making enquiries" about the spillway.',
            "enquiries",
        ),
    ],
)
def test_a_concern_surfacing_or_enquiries_made_is_how_it_came_out(
    sentence: str, words: str
) -> None:
    assert holding(drafted(_CLAIM, sentence), words).lane == "disclosure"
    assert REPORT.search('The regulator said it was "making enquiries".')


def test_figures_given_in_a_written_answer_are_records_come_out() -> None:
    # "Figures the council gave in a written answer ... in March show": the answer is
    # when the figures came out, a disclosure of its own
    result = drafted(
        _CLAIM,
        "Figures the agency gave in a written answer to councillors in March show that 12 "
        "lifts were out of service for a month.",
    )
    figures = holding(result, "written answer")
    assert (figures.lane, figures.date) == ("disclosure", "in March")
    assert holding(result, "out of service").lane == "practice"


@pytest.mark.parametrize(
    ("sentence", "words", "date"),
    [
        # a record's own date, and what a log records: the papers made at the time
        (
            "The contractor's quote, which was also released, is dated March 4 – two days "
            "before the tender closed.",
            "quote",
            "March 4",
        ),
        (
            "The survey, prepared by a consultant for the developer, carries the date 12 May.",
            "survey",
            "12 May",
        ),
        ("The gate log records the barrier raised at 2:15 am on June 3.", "barrier", "June 3"),
    ],
)
def test_a_records_own_date_and_what_a_log_records_are_the_practice(
    sentence: str, words: str, date: str
) -> None:
    event = holding(drafted(_CLAIM, sentence), words)
    assert (event.lane, event.date) == ("practice", date)


def test_a_dated_letter_that_says_something_is_no_record_of_practice() -> None:
    event = holding(
        drafted(_CLAIM, "The agency's letter, which is dated May 3, said every lift was repaired."),
        "letter",
    )
    assert event.lane != "practice"


@pytest.mark.parametrize(
    ("sentence", "words", "date"),
    [
        # a paper named with its date, told by what it sets out
        (
            "A planning note headed “Phase Two”, dated 14 April and shared with the "
            "directors, sets out the closure of two stations by the autumn.",
            "Phase Two",
            "14 April",
        ),
        (
            "A repair list drawn up by the depot manager and dated Feb. 2 names 31 lifts.",
            "repair list",
            "Feb. 2",
        ),
        # a book whose own last entry dates it
        (
            "The station's fault book bears its last entry on 9 January.",
            "fault book",
            "9 January",
        ),
        # and what a log records, told with who kept it
        (
            "The depot's engineering log, kept by the night foreman, records a lift left "
            "out of service on January 20.",
            "lift left",
            "January 20",
        ),
    ],
)
def test_a_dated_paper_and_a_books_last_entry_are_the_practice(
    sentence: str, words: str, date: str
) -> None:
    event = holding(drafted(_CLAIM, sentence), words)
    assert (event.lane, event.date) == ("practice", date)


def test_an_overseers_dated_letter_of_findings_is_no_paper_of_the_practice() -> None:
    event = holding(
        drafted(
            _CLAIM,
            "An audit letter dated March 3 set out the findings of the regulator's inspection.",
        ),
        "audit letter",
    )
    assert event.lane == "disclosure"


def test_a_copy_handed_to_the_newsroom_is_how_it_came_out() -> None:
    result = drafted(
        _CLAIM,
        "An internal memo from the depot manager lists 31 lifts as broken. A copy was "
        "given to the Courier by an engineer.",
    )
    assert holding(result, "A copy was given").lane == "disclosure"
    assert holding(result, "31 lifts").lane == "practice"


def test_records_handed_to_the_newsroom_that_show_a_practice_show_the_practice() -> None:
    event = holding(
        drafted(
            _CLAIM,
            "The repair log, which an engineer passed to the Courier, shows 31 lifts were "
            "out of service for a week in March.",
        ),
        "31 lifts",
    )
    assert event.lane == "practice"


def test_records_given_the_newsroom_by_name_are_how_it_came_out() -> None:
    result = drafted(
        "The council said 14 people sleep rough in the city.",
        "The outreach service gave Illawarra Today its contact logs for the year.",
    )
    assert holding(result, "contact logs").lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        (
            "The monitoring report that went to the committee in June said 12 firms had signed up.",
            "in June",
        ),
        (
            "Audit Scotland warned last year that several councils could not show how the money "
            "had been spent.",
            "last year",
        ),
    ],
)
def test_evidence_named_with_its_time_is_news_of_its_own(sentence: str, when: str) -> None:
    result = drafted("The council said every business in the scheme had paid.", sentence)
    report = [e for e in result.events if e.lane == "disclosure" and when in e.clause]
    assert [e.date for e in report] == [when]
    assert any(e.lane == "practice" for e in result.events)


def test_the_time_of_a_clause_set_off_about_the_evidence_is_not_its_own() -> None:
    result = drafted(
        "The company said its water was natural mineral water.",
        "The bureau's register, which the Gazette checked on May 9, lists the brand under the "
        "standard for treated water from any source.",
    )
    assert not any(e.role == "report" and "May 9" in e.clause for e in result.events)


def test_meter_readings_are_records_that_show() -> None:
    result = drafted(
        "The spa says its pools are filled from a geothermal bore.",
        "Council water meter readings, released under the official information law, show the "
        "spa's use of town water jumped from 310 cubic metres a month to 2,400 from June last "
        "year.",
    )
    assert holding(result, "meter readings").lane == "disclosure"
    assert holding(result, "jumped").lane == "practice"


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        # a law's initials in the long name of what was obtained
        (
            "However, documents obtained under the Right to Information (RTI) Act by Patna-based "
            "activist Rakesh Ranjan, in a reply dated October 28 and seen by this newspaper, show "
            "that only 23 of the 61 basements were physically sealed in August.",
            "only 23 of the 61",
        ),
        # price lists, a list of what was approved, a list passed to the newsroom
        (
            "Price lists obtained by the Herald show that the three companies raised the price of "
            "broiler starter again on July 3.",
            "three companies raised",
        ),
        (
            "But a list of franchise approvals from January 2017 to June 2019, obtained by the "
            "Courier from the council, shows 412 approvals tagged as substitutions.",
            "412 approvals",
        ),
        (
            "A customer list passed to The Mercury by a former employee records 412 casks sold "
            "between March 2021 and June last year.",
            "412 casks sold",
        ),
    ],
)
def test_records_named_at_length_or_as_lists_show_a_practice(sentence: str, shown: str) -> None:
    result = drafted(sentence)
    assert holding(result, shown).lane == "practice"
    assert any(e.lane == "disclosure" for e in result.events)


def test_what_a_record_records_is_kept_whole_in_the_headline() -> None:
    result = drafted(
        "A customer list passed to The Mercury by a former employee records 412 casks sold "
        "between March 2021 and June last year."
    )
    assert holding(result, "412 casks").title.startswith("412 casks sold")


@pytest.mark.parametrize(
    "sentence",
    [
        "The bylaw is still pending with the state urban development department.",
        "The contractor's log for that morning records smoke and noise at the roost from 4.40am.",
        "One shop on Main Street reported nothing from Jan. 4 until Aug. 27.",
        "No entry for December appears in the logbook.",
    ],
)
def test_what_is_still_undone_or_recorded_at_the_time_is_a_practice(sentence: str) -> None:
    result = drafted(sentence)
    assert [e.lane for e in result.events] == ["practice"]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The CCRO's transmittal logbook, which a CCRO employee allowed the Courier to "
            "photograph in January, lists two endorsements for the drive.",
            "allowed the Courier",
        ),
        (
            "The division's offence register, a copy of which was obtained by this newspaper "
            "under the RTI Act last week, lists nine inspections.",
            "a copy of which",
        ),
    ],
)
def test_records_the_newsroom_was_let_see_or_obtained_came_out(sentence: str, words: str) -> None:
    result = drafted(sentence)
    assert holding(result, words).lane == "disclosure"


def test_an_audits_finding_told_from_a_copy_of_its_report_is_the_finding() -> None:
    # "An internal audit ... flagged the tags ..., according to a copy of the audit report":
    # what the copy shows is the audit's finding, a disclosure
    result = drafted(
        "An internal audit completed in November last year flagged the 41 tags as “irregular” "
        "and recommended that they be withdrawn within 30 days, according to a copy of the "
        "audit report."
    )
    assert holding(result, "flagged").lane == "disclosure"


def test_records_released_to_the_newsroom_are_how_the_evidence_came_out() -> None:
    sentence = "The email was among the records released to the Weekly on Oct. 4."
    assert TO_NEWSROOM.search(sentence) is not None
    result = drafted("The department said crashes had dropped 60 percent.", sentence)
    event = holding(result, "released")
    assert (event.lane, event.date) == ("disclosure", "Oct. 4")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Results published by the challenge on August 23 list the 2018 Syrah as a bronze "
            "medal winner.",
            "Results",
        ),
        (
            "A search by The Chronicle of the procurement authority's online tender system "
            "found no notice for a footbridge at Tengeru since 2023.",
            "A search",
        ),
    ],
)
def test_published_results_and_a_search_of_a_system_are_evidence(sentence: str, words: str) -> None:
    assert EVIDENCE_SHOWS.search(sentence) is not None
    result = drafted("The agency said the footbridge and the medal were as announced.", sentence)
    assert holding(result, words).lane == "disclosure"


def test_years_after_a_promise_work_not_begun_is_the_practice_against_it() -> None:
    sentence = (
        "More than two years after officials promised a footbridge over the highway, no work "
        "has begun at the site."
    )
    result = drafted(sentence)
    assert holding(result, "promised").lane == "statement"
    assert holding(result, "no work").lane == "practice"
    assert linked(result, "contradicts", "no work", "promised")


def test_a_schools_admission_lists_are_evidence_not_an_admission() -> None:
    sentence = (
        "Despite the directive, admission lists seen by the Tribune show that the university "
        "took in 112 first-year law students in September last year."
    )
    assert EVIDENCE_SHOWS.search(sentence) is not None
    result = drafted("The university said its law degree was fully approved.", sentence)
    assert holding(result, "lists").lane == "disclosure"
    assert holding(result, "took in").lane == "practice"


@pytest.mark.parametrize(
    ("story", "record", "shown"),
    [
        # a message thread released, and the party's own jobs page and booking diary
        (
            (
                "The Gazette requested the councillors' texts on May 2. The city's legal "
                "department released the thread Monday."
            ),
            "released the thread",
            None,
        ),
        (
            "The hospital's own jobs page shows that the night pharmacist post was first "
            "advertised on 3 February.",
            None,
            "first advertised",
        ),
        (
            "The depot's booking diary, seen by the Gazette, shows that no lorry has been "
            "booked since 4 March.",
            "booking diary",
            "no lorry has been booked",
        ),
        (
            "Grant schedules obtained by the Gazette list 40 clubs. But the schedules show that "
            "the second payment was not released until December.",
            "Grant schedules obtained",
            "second payment",
        ),
    ],
)
def test_threads_jobs_pages_diaries_and_schedules_are_records(
    story: str, record: str | None, shown: str | None
) -> None:
    result = drafted("The council said every club was paid on time.", story)
    if record is not None:
        assert holding(result, record).lane == "disclosure"
    if shown is not None:
        assert holding(result, shown).lane == "practice"


def test_permits_obtained_are_records_and_what_they_show_the_practice() -> None:
    result = drafted(
        "The director said no animals had been moved to the compound.",
        "Movement permits obtained by the Gazette show that 14 permits were issued in January "
        "for moving 530 animals to the compound.",
    )
    assert holding(result, "permits obtained").lane == "disclosure"
    assert holding(result, "14 permits were issued").lane == "practice"


def test_a_notice_a_body_posts_for_the_public_is_its_statement() -> None:
    # A notice the body puts on its own website or page speaks for it to the public; it
    # is no record that shows what happened.
    result = drafted(
        "A notice posted on the port authority's website on May 3 said that “all cargo "
        "records are complete” and asked shippers to be patient."
    )
    event = holding(result, "all cargo records")
    assert (event.lane, event.date) == ("statement", "May 3")


def test_a_statement_sent_to_the_newsroom_is_the_partys_words_not_records() -> None:
    # Newsroom convention: records handed to a newsroom are how the evidence came out; a
    # statement sent to it is the party's own account.
    result = drafted(
        "In a statement sent to the Valley Herald on Friday, the developer said it had only "
        "cleared scrub along the access road."
    )
    assert holding(result, "only cleared scrub").lane == "statement"
    handed = drafted("A copy of the survey was sent to the Valley Herald on Friday by a surveyor.")
    assert holding(handed, "copy of the survey").lane == "disclosure"


@pytest.mark.parametrize(
    "sentence",
    [
        # the source set after a time phrase: "By then, according to an inspector's notes, ..."
        "By then, according to an inspector's notes, about a third of the crates had been "
        "sold to grocery stores.",
        # a warning never given is a step not taken
        "The agency never issued a public recall.",
    ],
)
def test_what_notes_show_after_a_time_phrase_and_a_recall_never_issued_are_practices(
    sentence: str,
) -> None:
    result = drafted("The company said no product had left the plant.", sentence)
    assert holding(result, sentence[-25:-1]).lane == "practice"


def test_a_report_credited_first_with_its_date_set_off_is_the_disclosure() -> None:
    # Evidence convention: "But according to the inspector's report, dated May 2, two
    # packers were taken to hospital": the report, with its date, is the disclosure; what
    # it tells happened before it
    result = drafted(
        "The company said nobody needed medical treatment.",
        "But according to the inspector's report, dated May 2, two packers and a forklift "
        "driver were taken by ambulance to hospital.",
    )
    report, fact = holding(result, "dated May 2"), holding(result, "two packers")
    assert report.id != fact.id
    assert (report.lane, report.date) == ("disclosure", "May 2")
    assert report.title == "The inspector's report, dated May 2"
    assert (fact.lane, fact.date) == ("practice", "../2023-05-02")


def test_a_report_set_off_with_its_aside_also_says_what_it_found() -> None:
    # Evidence convention: "The report, submitted to the commissioner on Thursday, also
    # says the operator held no certificate": what the report says is a practice it shows
    result = drafted(
        "The mill's manager said the boiler was fully certified.",
        "An inquiry report by the district says the safety valves were jammed. The report, "
        "submitted to the deputy commissioner on Thursday, also says the operator on duty held "
        "no boiler attendant's certificate.",
    )
    operator = holding(result, "operator on duty")
    assert operator.lane == "practice"
    assert operator.title.startswith("The operator on duty")


def test_what_a_party_states_in_its_reply_to_the_court_is_on_the_record() -> None:
    # Filing convention: "In a written reply submitted to the court last week, the
    # institute stated that 23,418 workers were registered": the reply is the disclosure,
    # what it states the practice
    result = drafted(
        "The institute said more than 85 per cent of loom workers were registered.",
        "However, in a written reply submitted to the court last week, the institute stated "
        "that 23,418 loom workers were registered with it as of September 30.",
    )
    reply, figure = holding(result, "written reply"), holding(result, "23,418")
    assert reply.id != figure.id
    assert (reply.lane, reply.date, figure.lane) == ("disclosure", "last week", "practice")
    assert reply.title.startswith("A written reply submitted to the court")


def test_what_one_who_goes_to_court_says_in_its_filing_is_on_the_record() -> None:
    # Filing convention: "In an urgent chamber application filed at the High Court in
    # Harare on 22 August, the partnership, a network of churches, says an audit found":
    # the application is the disclosure, dated by its filing; what it says, the practice
    result = drafted(
        "The trust said every dollar went to school fees.",
        "In an urgent chamber application filed at the High Court in Harare on 22 August, the "
        "Harrowgate Partnership, a network of churches in the north of England, says an audit "
        "found that 612 of the children listed could not be traced at their schools.",
    )
    filed, found = holding(result, "chamber application"), holding(result, "612 of the")
    assert filed.id != found.id
    assert (filed.lane, filed.date, found.lane) == ("disclosure", "22 August", "practice")


def test_a_sworn_filing_by_a_subject_with_no_aside_is_on_the_record() -> None:
    result = drafted(
        "The ministry said every grant was paid on time.",
        "In an affidavit filed at the High Court registry on 8 May, the tenants' association "
        "says 40 of its members have received no grant since October.",
    )
    filed, unpaid = holding(result, "affidavit"), holding(result, "40 of its")
    assert filed.id != unpaid.id
    assert (filed.lane, filed.date, unpaid.lane) == ("disclosure", "8 May", "practice")


def test_what_a_filer_says_in_its_petition_is_the_filing() -> None:
    result = drafted(
        "The airline said its payments were up to date.",
        "The lessor, Atlantic Leasing Ltd, says in the writ petition, filed on 27 February, "
        "that the airline owes it $2 million in unpaid rent.",
    )
    assert holding(result, "says in the writ").lane == "disclosure"


def test_a_filing_credited_after_it_to_a_person_shows_nothing_of_its_own() -> None:
    # "..., said Las Cruces attorney Gabriel Ornelas, who represents two of them": the
    # words after "said" name who said it, not what a record shows
    result = drafted(
        "The county said the stands were safe.",
        "At least three people hurt in the fall have filed notices of claim against the county, "
        "said Taos attorney Lena Ruiz, who represents one of them.",
    )
    assert not any(e.clause.startswith("Taos attorney") for e in result.events)
    assert holding(result, "notices of claim").lane == "disclosure"


def test_an_impact_assessment_is_a_record_that_shows() -> None:
    # Evidence convention: "A risk assessment completed by the council's team in March 2022
    # found that ...": the assessment is a record, an event of its own; what it found, the
    # practice
    result = drafted(
        "The council said pupils' data never left the UK.",
        "A risk assessment completed by the council's governance team in March 2022 found "
        "that the pupil records were stored on servers in Virginia.",
    )
    stored = holding(result, "stored on servers")
    assert stored.lane == "practice"
    assert stored.title.startswith("The pupil records were stored")


def test_a_report_published_on_a_weekday_and_date_says_what_it_shows() -> None:
    # "But the audit report, published on Monday, July 1, says that ...": the date's own
    # comma is no end of the aside; what the report says is the practice
    result = drafted(
        "Officers said the project was on time and on budget.",
        "But the audit report, published on Monday, July 1, says that by then the council "
        "had already agreed three changes to the contract worth £1.3m.",
    )
    changes = holding(result, "three changes")
    assert changes.lane == "practice"
    assert changes.title.startswith("By then the council had already agreed")


def test_records_obtained_through_a_hyphenated_freedom_of_information_request_came_out() -> None:
    # (what the letters among them were, "never made public", describes the records)
    result = drafted(
        "The mayor said the plant had never overflowed.",
        "The records, obtained by the Gazette through a freedom-of-information request filed in "
        "January, include two warning letters from the province that were never made public.",
    )
    assert holding(result, "The records").lane == "disclosure"


def test_records_that_support_the_accusers_claim_are_evidence() -> None:
    # Evidence convention: documents that "support" or "corroborate" a claim are evidence
    # told, however hedged ("appear to"), not anyone's claim.
    result = drafted(
        "The academy said every course it ran was approved.",
        "Documents seen by the Herald appear to support the students' claim.",
    )
    assert holding(result, "appear to support").lane == "disclosure"


def test_a_duty_to_report_is_the_rule_not_a_report() -> None:
    # Policy convention: "a farmer must report crop loss within 72 hours" sets the rule the
    # story measures by; "report" there is a verb of duty, no report made.
    rule = "Under the scheme, a farmer must report crop loss within 72 hours to the insurer."
    assert report_cue(rule) is None
    assert report_cue("The report found the pumps had failed.") is not None


def test_a_partys_reply_printed_in_the_report_is_its_own_account() -> None:
    # Right-of-reply convention: the answer an audit prints is the party's word, and the
    # sentence that goes on with "she wrote" goes on with it
    result = drafted(
        "A state audit released Monday found the county spent $1.2 million of road money on "
        "a new garage.",
        "Public Works Director Ana Lugo, in a written response included in the audit, said the "
        'county "does not accept the finding." The garage "stores the road crews\' trucks" and '
        "is part of the road program, she wrote.",
    )
    assert holding(result, "Ana Lugo").lane == "statement"
    assert holding(result, "stores the road crews").lane == "statement"


def test_the_papers_received_by_the_one_who_filed_the_request_are_out() -> None:
    result = drafted(
        "Ravi Menon, a retired clerk who filed the RTI application in March, received the "
        "papers last week."
    )
    assert holding(result, "received the papers").lane == "disclosure"


def test_a_report_on_the_accounts_named_at_length_shows_what_it_states() -> None:
    # Evidence convention: a report named by what it is on ("The report on the fund's
    # accounts for the 2020/21 financial year"), set off by an aside, shows what it states.
    result = drafted(
        "The report on the fund\u2019s accounts for the 2020/21 financial year, which was tabled "
        "in parliament last week, states that auditors could not trace 52 of the grants paid."
    )
    assert holding(result, "could not trace").lane == "practice"


def test_documents_released_to_the_newsroom_are_no_verb_of_showing() -> None:
    result = drafted(
        "The warnings are contained in 90 pages of memos, emails and budget documents released "
        "to the Herald in May under a freedom-of-information request filed in January."
    )
    assert holding(result, "released").lane == "disclosure"


def test_the_court_caveat_on_allegations_is_no_practice() -> None:
    result = drafted(
        "A statement of claim filed in January alleges the council knew the wall was unsafe. "
        "None of the allegations has been tested in court."
    )
    caveat = [e for e in result.events if "None of the allegations" in e.clause]
    assert all(e.lane != "practice" for e in caveat)


@pytest.mark.parametrize(
    ("sentence", "shown", "evidence"),
    [
        (
            "But the FOI response, received by the Post in June, shows that by the time the "
            "minister spoke at least nine patients had waited more than a year.",
            "nine patients",
            "FOI response",
        ),
        (
            "Reviewers who visited the agency's office on Main Street in April found that rent "
            "was paid late in 19 of the 40 files they sampled.",
            "paid late",
            "Reviewers",
        ),
    ],
)
def test_an_foi_response_or_reviewers_named_by_their_visit_show_what_went_on(
    sentence: str, shown: str, evidence: str
) -> None:
    event = holding(drafted(sentence), shown)
    assert event.lane == "practice"
    assert evidence not in event.clause


def test_what_the_newsroom_has_learnt_is_what_went_on() -> None:
    # Newsroom convention: "The Herald has learnt that ..." tells the newsroom's own finding.
    result = drafted(
        "The Herald has learnt that the inspectors did not test the water until March 9, a week "
        "after the outbreak began."
    )
    assert holding(result, "did not test").lane == "practice"


def test_a_claim_made_in_a_filing_is_the_filing_not_the_time_it_claims() -> None:
    # Filing convention: "The families' application claims that the home received ... in
    # 2023" is the filing's own event, dated by the filing, not by the year it names.
    result = drafted(
        "The families\u2019 application claims that the home received $2 million in grants in "
        "2023 while its staff costs came to less than $600,000."
    )
    event = holding(result, "application claims")
    assert event.lane == "disclosure"
    assert "2023" not in event.date


def test_a_review_asked_for_in_the_speakers_aside_shows_nothing() -> None:
    # A review the speaker "has asked for", named in a clause of its own, is no evidence
    # that shows what the speaker says next.
    result = drafted(
        "Councillor Ann Hale, who has asked for an outside review of how the contract was "
        "awarded, said the records raise serious questions about what the board was told."
    )
    assert all(not e.clause.startswith("the records raise") for e in result.events)


def test_a_thing_found_named_short_and_dated_is_the_finding_of_that_day() -> None:
    # "The auditors flagged the lapse in September, while ...": the flagging is the event,
    # dated September; the lapse it names is no deed of that month.
    result = drafted(
        "The auditors flagged the lapse in September, while preparing the charity's annual "
        "accounts, and recommended the trustees be told."
    )
    event = holding(result, "flagged the lapse")
    assert event.lane == "disclosure"
    assert event.title.startswith("The auditors flagged")


def test_pages_released_are_records_coming_out() -> None:
    # Records convention: a count of pages released is the records got, a disclosure.
    result = drafted(
        "The agency said its inspection records were complete.",
        "The agency released 418 pages in February, several of them blacked out.",
    )
    assert holding(result, "418 pages").lane == "disclosure"


def test_what_an_assessment_says_is_drafted_as_evidence() -> None:
    result = drafted(
        "The county said every culvert was cleared.",
        "According to the assessment, two of the culverts had not been cleared since 2019.",
    )
    assert holding(result, "culverts had not").lane in ("practice", "disclosure")


def test_a_quotation_a_report_stated_is_the_reports_finding() -> None:
    result = drafted(
        "The trust said every invoice was checked.",
        "“Invoices were approved without any delivery notes,” the audit stated.",
    )
    assert holding(result, "Invoices were approved").lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The inspector also wrote that the grease traps “had not been emptied” in months.",
            "grease traps",
        ),
        ("But the NTSB found the pilot had told the tower about the fault.", "pilot had told"),
        ("The safety bureau found the crew had skipped two of the checks.", "crew had skipped"),
    ],
)
def test_what_one_inspector_or_a_safety_bureau_found_is_the_practice(
    sentence: str, words: str
) -> None:
    # Oversight convention: one inspector, or an accident investigator known by its
    # initials, finds as inspectors do; what they found is the practice.
    result = drafted("The operator said it followed every rule.", sentence)
    assert holding(result, words).lane == "practice"
    assert linked(result, "contradicts", words, "every rule")


def test_what_a_reply_obtained_under_a_records_law_showed_is_the_practice() -> None:
    result = drafted(
        "The authority said staffing at the centre was adequate.",
        "According to the association, a reply obtained under the Right to Information Act "
        "this year showed that the centre had 312 posts, of whom only 219 were filled on "
        "March 31.",
    )
    event = holding(result, "312 posts")
    assert (event.lane, event.date) == ("practice", "March 31")


def test_words_given_to_the_newsroom_are_the_account_not_records() -> None:
    # "gave the Courier the same wording": the account given again, not papers handed over
    result = drafted(
        "The ministry told the committee in November that the roll was complete.",
        "A ministry spokesperson gave the Courier the same wording last June.",
        "The outreach service gave the Courier its logs.",
    )
    assert holding(result, "same wording").lane == "statement"
    assert holding(result, "its logs").lane == "disclosure"


@pytest.mark.parametrize(
    "words",
    [
        # a repair left unordered, or made late
        "The department did not order the repairs.",
        "The fix was not made until November.",
        # an entry made in the body's records
        "From March through September, the schedulers logged none.",
        "In one case, a bus stripped for spares was recorded as taking 340 litres in May.",
    ],
)
def test_a_deed_left_undone_or_entered_in_the_records_is_the_practice(words: str) -> None:
    result = drafted("The commissioner said in March that every bus was in service.", words)
    assert [e.lane for e in result.events if e.para == 2] == ["practice"]
