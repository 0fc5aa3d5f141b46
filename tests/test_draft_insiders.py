"""Tests for timeline.draft.insiders: insiders and eyewitnesses, whose telling is the practice."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding, linked
from timeline.draft.insiders import insider


def test_current_and_former_staff_are_insiders() -> None:
    result = drafted(
        "Three current and former store managers in Kern County said district managers "
        "told them to clear the fire exits only for the audit.",
        "Three store managers said the exits were always clear.",
    )
    assert holding(result, "current and former store managers").lane == "practice"
    # staff the story neither calls former nor shields are the body's own voice
    assert holding(result, "exits were always clear").lane == "statement"


def test_an_insider_who_disputes_the_account_is_a_witness() -> None:
    result = drafted(
        "The museum said in March that every crate had been unpacked and shelved.",
        "A former technician who worked on the move disputed the spokeswoman's account.",
        "A trustee disputed the spokeswoman's account.",
    )
    assert holding(result, "former technician").lane == "practice"
    assert holding(result, "A trustee disputed").lane == "statement"


def test_a_named_source_placed_inside_the_body_is_an_insider() -> None:
    result = drafted(
        "Rosa Medina, who worked as an assistant manager at a Dollarwise store in Delano "
        "until last year, said the back door was blocked again the morning after each audit.",
        "Jane Holt, a former camera operator for the council, said faulty cameras recorded "
        "nothing for months.",
        "Tom Reyes, who lives near the store, said the back door was always clear.",
    )
    assert holding(result, "Rosa Medina").lane == "practice"
    assert holding(result, "Jane Holt").lane == "practice"
    assert holding(result, "Tom Reyes").lane == "statement"
    # how she knows is no event of its own
    assert not any(e.role == "background" for e in result.events)


def test_an_insider_goes_on_under_a_pronoun() -> None:
    result = drafted(
        "The council said in May that every camera in the town centre was recording.",
        "A former control room operator, who asked not to be named, disputed that.",
        "“When a camera went on the fault list you had a black square on the wall,” she "
        "told the Ledger.",
    )
    assert holding(result, "black square").lane == "practice"
    told = drafted(
        "The council said in May that every camera in the town centre was recording.",
        "Councillor Ann Pike said the cameras were among the best in the county.",
        "“We are proud of them,” she told the Ledger.",
    )
    assert holding(told, "proud of them").lane == "statement"


def test_a_student_who_is_not_named_tells_what_was_done_to_her() -> None:
    result = drafted(
        "The student, who asked not to be named, said she felt dizzy within minutes and spent "
        "a night in hospital."
    )
    assert holding(result, "felt dizzy").lane == "practice"


def test_a_volunteer_at_the_counter_who_spoke_unnamed_is_an_insider() -> None:
    result = drafted(
        "The organisers said 7,000 passes were issued.",
        "The volunteer, a student who spoke on condition of anonymity, said free passes were "
        "handed out in bundles on the morning of the match.",
    )
    assert holding(result, "in bundles").lane == "practice"


def test_coaches_who_did_not_wish_to_be_named_are_insiders() -> None:
    # Insider convention: the shield may be "did not wish to be named" or "declined to be
    # identified"; coaches are a team's staff.
    result = drafted(
        "The federation said every athlete at the trials had an age test.",
        "Coaches from two districts, who did not wish to be named, said their athletes were "
        "asked only to sign a form.",
        "Two mechanics, who declined to be identified, said the engines were never replaced.",
        "A coach said the trials were well run.",
    )
    assert holding(result, "Coaches from two districts").lane == "practice"
    assert holding(result, "Two mechanics").lane == "practice"
    assert holding(result, "well run").lane == "statement"


def test_a_shielded_former_worker_of_any_job_is_an_insider() -> None:
    # Insider convention: "former" and a shield ("who asked not to be named") place the
    # source inside, whatever the job is called; unshielded and unlisted, the job says
    # nothing of where the source stood.
    result = drafted(
        "The ferry company said every sailing left on time.",
        "A former deckhand who asked not to be named said crews logged late departures as on time.",
        "A ferry historian said crews logged departures by hand.",
    )
    assert holding(result, "former deckhand").lane == "practice"
    assert holding(result, "historian").lane == "statement"


@pytest.mark.parametrize(
    "told",
    [
        "Midwives who spoke to the Gazette on condition of anonymity said they had been told "
        "at team briefings in February that the closure was “about the roof”.",
        "A pharmacist who asked not to be named said staff were told in March to stop "
        "logging the shortages.",
    ],
)
def test_what_staff_say_they_were_told_inside_is_a_practice(told: str) -> None:
    # Insider convention: what shielded staff were told inside is how the body ran things;
    # the same words from the party's own official concede what they knew.
    result = drafted("The trust said the unit closed for roof repairs.", told)
    assert holding(result, "told").lane == "practice"
    official = drafted(
        "The trust said the unit closed for roof repairs.",
        "The director said she had been told in February that the closure was about staffing.",
    )
    assert holding(official, "had been told").lane == "disclosure"


@pytest.mark.parametrize(
    "source",
    [
        "Mara Quist, the bookings clerk, who left the trust in March, said",
        "Ned Farrow, who retired last year after 30 years as the depot's chief mechanic, says",
        "Ines Dole, who worked as a claims handler until June 2022, said",
    ],
)
def test_a_named_source_who_has_since_left_is_an_insider(source: str) -> None:
    # Insider convention: a source placed inside the body by the job she held and her
    # leaving it tells what went on there; a spokesman named by his job alone does not.
    result = drafted(
        "The trust said every booking was confirmed within a day.",
        f"{source} that bookings sat unopened for weeks.",
        "Hal Brant, the trust's spokesman, said bookings were answered the same day.",
        "Ray Cole, who left the trust in May, said he believed his testimony was accurate.",
        "Ann Lowe, who retired in June, says she gave the committee the figures she had.",
    )
    assert holding(result, "sat unopened").lane == "practice"
    assert holding(result, "Hal Brant").lane == "statement"
    # one who has left and stands by his own account, or what she told the overseer, makes
    # a claim
    assert holding(result, "Ray Cole").lane == "statement"
    assert holding(result, "gave the committee").lane == "statement"


def test_a_member_of_the_public_tells_what_was_done_to_her() -> None:
    # Affected-person convention: introduced by age or home, she tells what she went
    # through; what she believes, and what the body's own spokesman did, stay claims.
    result = drafted(
        "The agency said every refund was paid within 30 days.",
        "Dana Voss, a 61-year-old retiree in Dover, said she paid $312 in late fees in 2022.",
        "Omar Reed, a councillor from Ward 3, said he believes the agency.",
        "Tom Hale, a spokesman for the agency, said he checked the files.",
    )
    assert holding(result, "Dana Voss").lane == "practice"
    assert holding(result, "Omar Reed").lane == "statement"
    assert holding(result, "Tom Hale").lane == "statement"


def test_a_source_placed_inside_after_the_quotation_is_an_insider() -> None:
    # Insider convention, named after the quote: the appositive after "said Name," places
    # the speaker inside the body as it does before the verb.
    result = drafted(
        "The dairy said every barn was inspected each spring.",
        "“When we asked for the inspection, the foreman laughed,” said Ana Ruiz, 38, one of "
        "the plaintiffs, who worked in the dairy's calving barn.",
        "“Every barn passed,” said Tom Bell, a spokesman for the dairy.",
    )
    assert holding(result, "the foreman laughed").lane == "practice"
    assert holding(result, "Every barn passed").lane == "statement"


def test_an_unnamed_worker_placed_inside_after_the_quotation_is_an_insider() -> None:
    result = drafted(
        "The insurer said no fixed cut is applied to any claim.",
        "“You take the average and you take off 12,” said one adjuster, who has worked at "
        "the insurer for nine years.",
    )
    assert holding(result, "take off 12").lane == "practice"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Tembo says he was dismissed 16 days after he wrote to the regional manager.",
        "She says she was fired in January after she refused to keep doing so.",
        # or what it cost them
        "Colleen MacIsaac said she lost her job at a grocery store after missing shifts.",
    ],
)
def test_what_the_party_did_to_the_speaker_is_a_practice(sentence: str) -> None:
    # Done-to convention: the speaker tells an act done to them ("was dismissed", "was
    # fired"), not a claim; the passive is no "dismissed" of a denial.
    result = drafted("The agency said no worker was punished for speaking up.", sentence)
    assert holding(result, sentence[:12]).lane == "practice"


def test_one_of_the_insiders_goes_on_telling_what_went_on() -> None:
    # Pronoun convention, by number: '"...," one said.' after "Two nurses, who asked not to
    # be named, said" is one of the same insiders.
    result = drafted(
        "The hospital said its oxygen plant never stopped.",
        "Two nurses on the ward, who asked not to be named, said the plant stopped in July. "
        "“From the 5th we were back on cylinders,” one said.",
    )
    assert holding(result, "back on cylinders").lane == "practice"


@pytest.mark.parametrize(
    "sentence",
    [
        "Six concertgoers interviewed by the Ledger said the north gate stayed shut for an hour.",
        "Four spectators who spoke to the Herald said the north gate stayed shut for an hour.",
    ],
)
def test_members_of_the_public_a_newsroom_interviewed_are_witnesses(sentence: str) -> None:
    # Eyewitness convention: several members of the public the newsroom interviewed tell
    # what was done where they were: the practice, not a claim; the newsroom is no actor.
    result = drafted("The organiser said the gates opened on time.", sentence)
    event = holding(result, "north gate")
    assert event.lane == "practice" and event.actor not in ("The Ledger", "Herald")


def test_a_named_neighbour_telling_what_was_there_is_a_witness() -> None:
    # Eyewitness convention: a member of the public named by what they are to the place
    # tells what they saw there; their opinions stay their own words.
    result = drafted(
        "The contractor said signs went up at every gate.",
        "Neighbour Tom Whitcombe says there was no warning sign at the Kowhai Road gate on "
        "the morning of 23 August.",
        "Resident Ana Diaz says the council should apologise.",
    )
    assert holding(result, "no warning sign").lane == "practice"
    assert holding(result, "should apologise").lane != "practice"


@pytest.mark.parametrize(
    "sentence",
    [
        "A former PuppyNest sales assistant said staff were given a script about breeders.",
        "A former deckhand said crews were told not to log dolphins caught in the nets.",
    ],
)
def test_shop_and_deck_workers_are_insiders(sentence: str) -> None:
    # Insider convention: a former sales assistant or deckhand tells what went on inside.
    result = drafted("The company said every puppy was bred in Britain.", sentence)
    assert [e.lane for e in result.events if e.para == 2] == ["practice"]


@pytest.mark.parametrize(
    ("told", "words"),
    [
        (
            "Two counselors at the center, who spoke on the condition of anonymity because "
            "they are not authorized to speak to the press, said the triage call is a "
            "screening, not counseling.",
            "triage call",
        ),
        (
            "A former official of the department in Bahawalpur, who requested anonymity, said "
            "district officials had flagged discrepancies as early as December 2020.",
            "Bahawalpur",
        ),
        (
            "A former quality-control executive at the plant, who left the company last year "
            "and spoke on condition of anonymity, said analysts had been expected to re-run "
            "failing samples until they passed.",
            "quality-control",
        ),
        # a serving official or specialist, shielded because not authorised to speak
        (
            "A senior official at the ministry's headquarters, who spoke on condition of "
            "anonymity as he is not authorised to speak to the media, said a request for "
            "funds had been stuck at the Treasury since January.",
            "stuck at the Treasury",
        ),
        (
            "A hydrologist at the department, who spoke on condition of anonymity, said the "
            "water-level sensor on the lake stopped sending data in March.",
            "water-level sensor",
        ),
    ],
)
def test_a_shielded_insider_placed_where_they_work_tells_the_practice(
    told: str, words: str
) -> None:
    # Insider convention: one who works, or worked, inside the body, placed there and
    # shielded, tells what went on: a practice, not a public claim.
    result = drafted("The center said students are seen within 72 hours.", told)
    assert holding(result, words).lane == "practice"


def test_an_instruction_to_counselors_is_given_inside() -> None:
    result = drafted(
        "The center said students are seen within 72 hours.",
        "At a staff meeting in September, the center's director told counselors to refer to "
        'the call as a "first appointment".',
    )
    assert holding(result, "told counselors").lane == "practice"


def test_the_bodys_suppliers_telling_the_newsroom_what_it_did_tell_the_practice() -> None:
    # Insider convention: counted suppliers who tell a newsroom how the body dealt with
    # them saw it from the other side; "the board" after the masthead is whom they tell of,
    # not an audience the words were given to.
    result = drafted(
        "The board said every school had its books.",
        "Two printers told The Indus Chronicle the board had not released the advance due "
        "under their contracts until the last week of March.",
    )
    assert holding(result, "Two printers").lane == "practice"


def test_a_source_placed_inside_when_first_named_is_an_insider_when_quoted_again() -> None:
    result = drafted(
        "The water board said in June that every reservoir was sampled twice a day.",
        "Lena Ortiz, a plant operator at the Kestrel works, kept the sample sheets for three "
        "years.",
        "Ortiz says: “On weekends nobody went up to the reservoir, and the sheets were "
        "copied from Friday.”",
        "Former technician Omar Haddad joined the board in 2015.",
        "Haddad said the sample bottles sat unopened in a fridge.",
        "Sam Diaz was a lab technician for the board until 2021.",
        "“We never saw a sampling crew up there,” Diaz said.",
        "Mia Grant, the board's operations director, oversaw the sampling.",
        "Grant said every reservoir was sampled twice a day.",
    )
    assert holding(result, "nobody went up").lane == "practice"
    assert holding(result, "sat unopened").lane == "practice"
    assert holding(result, "Diaz said").lane == "practice"
    # a post held alone speaks for the body: the director's words are its claim
    assert holding(result, "Grant said").lane == "statement"


def test_an_insider_named_again_who_denies_makes_a_claim() -> None:
    result = drafted(
        "The water board said in June that every reservoir was sampled twice a day.",
        "Lena Ortiz, a plant operator at the Kestrel works, kept the sample sheets for three "
        "years.",
        "Ortiz denied that any sheet was copied.",
    )
    assert holding(result, "Ortiz denied").lane == "statement"


def test_a_worker_shielded_in_the_next_sentence_is_an_insider() -> None:
    result = drafted(
        "The depot said every bus was checked before it left.",
        "A mechanic at the depot said brake checks were signed off without being done. He "
        "spoke on condition of anonymity because he was not authorized to talk to reporters.",
        "A spokesman said every check was done. He did not respond to later calls.",
    )
    assert holding(result, "signed off").lane == "practice"
    assert holding(result, "every check was done").lane == "statement"


def test_the_public_telling_what_was_done_before_their_eyes_are_witnesses() -> None:
    result = drafted(
        "The ministry said all 400 streetlights were installed.",
        "Residents along Taiwo Road said the lamps in front of their shops went dark a few "
        "weeks after they were mounted.",
        "Parents said they were furious.",
        "Residents said the decision was rushed.",
    )
    assert holding(result, "went dark").lane == "practice"
    assert holding(result, "were furious").lane == "context"
    assert holding(result, "was rushed").lane == "context"
    # a state the party claims in the passive is its claim
    assert holding(result, "were installed").lane == "statement"


def test_a_source_named_again_by_what_they_are_and_shielded_for_working_there_is_an_insider() -> (
    None
):
    # Insider convention: "The man, who asked not to be named because he still works in
    # the industry, says ..." is a worker shielded, telling what went on inside.
    result = drafted(
        "The city said it stores campers' belongings for 30 days.",
        "A former Clearpath crew lead tells a different story. The man, who asked not to be "
        "named because he still works in the cleanup industry, says supervisors told crews "
        "last fall to dump the bags.",
    )
    assert holding(result, "supervisors told crews").lane == "practice"


def test_one_shielded_for_another_reason_is_no_insider() -> None:
    result = drafted(
        "The city said it stores campers' belongings for 30 days.",
        "The woman, who asked not to be named because she fears retaliation, says the city "
        "did nothing.",
    )
    assert holding(result, "did nothing").lane != "practice"


def test_a_prison_warder_shielded_is_an_insider() -> None:
    result = drafted(
        "The prison service said in January that every inmate gets two meals a day.",
        "A warder at Kanengo, who spoke on condition of anonymity because officers may not talk "
        "to the press, said inmates there had been on one meal a day since October.",
    )
    assert holding(result, "one meal a day").lane == "practice"


@pytest.mark.parametrize(
    ("told", "words"),
    [
        (
            "Two of the suppliers told this newspaper they stopped delivering in November.",
            "stopped",
        ),
        (
            "Reporters reached six of the households. Two said they were paid in March. The "
            "other four said they were still waiting.",
            "waiting",
        ),
        ("Three said they had received payments only in March.", "received"),
        # counted by what they are, and where they are first
        (
            "In Kenema, five applicants said they were directed to send Le 250,000 each to "
            "a mobile money number.",
            "directed",
        ),
    ],
)
def test_several_counted_telling_what_they_went_through_are_witnesses(
    told: str, words: str
) -> None:
    result = drafted("The prison service said in January that every supplier had been paid.", told)
    assert holding(result, words).lane == "practice"


def test_several_counted_telling_what_they_felt_make_no_practice() -> None:
    result = drafted(
        "The prison service said in January that every supplier had been paid.",
        "Two of the suppliers said they were pleased with the new contract.",
    )
    assert holding(result, "pleased").lane != "practice"


@pytest.mark.parametrize(
    ("source", "again"),
    [
        ("A civil servant familiar with the office's work", "the civil servant"),
        ("An engineer with knowledge of the project", "the engineer"),
    ],
)
def test_one_who_knows_the_work_tells_the_practice_and_goes_on(source: str, again: str) -> None:
    # Insider convention: one of any job "familiar with" the work or "with knowledge of" it
    # tells what went on inside, and "the civil servant said" again goes on telling it
    result = drafted(
        f"{source} said the new system had failed to send any payments for six weeks. Staff, "
        f"{again} said, were told in September to blame the banks."
    )
    assert holding(result, "failed to send").lane == "practice"
    assert holding(result, "blame the banks").lane == "practice"


@pytest.mark.parametrize(
    "who",
    [
        "Their principals, who spoke to the Ledger on condition that they not be named,",
        "Two headmistresses, who asked not to be named,",
    ],
)
def test_school_heads_shielded_tell_what_went_on(who: str) -> None:
    # Insider convention: the heads of the schools a programme serves, shielded ("on
    # condition that they not be named"), tell what went on there: a practice
    result = drafted(
        "The ministry said in October that every school had received its laptops.",
        f"At least four schools have received none. {who} said their classes were still waiting.",
    )
    assert holding(result, "still waiting").lane == "practice"


def test_some_of_the_body_s_own_staff_who_say_they_were_told_tell_the_practice() -> None:
    # Insider convention: "Two of the program's contact teachers say they were told that
    # ..." are staff telling what they were told inside, a practice set against the account
    result = drafted(
        "Superintendent Carla Redfield told the board in October that a teacher checks every "
        "purchase.",
        "Two of the program's contact teachers say they were told last summer that purchases "
        "under $500 would be cleared without a teacher.",
    )
    event = holding(result, "under $500")
    assert event.lane == "practice"
    assert "were said" not in event.title
    assert linked(result, "contradicts", "under $500", "checks every")


def test_staff_who_told_this_newspaper_what_they_were_instructed_tell_the_practice() -> None:
    # Insider convention: "Two site supervisors told this newspaper they were instructed"
    # names the newsroom as many papers do ("this newspaper", "this medium")
    result = drafted(
        "Agency manager Carlos Inniss said in May that every machine-day was checked on site.",
        "Two NSSA site supervisors told this newspaper they were instructed by a senior manager "
        "to sign the work sheets unchecked.",
    )
    assert holding(result, "instructed").lane == "practice"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # one shielded, named after what they told
        (
            "The repairs were never done, a site engineer who requested anonymity said.",
            "never done",
        ),
        # the public placed where they live, telling what has gone on there
        (
            "Residents of Lakeview say the pumps have failed at least six times since May.",
            "Residents of Lakeview",
        ),
        (
            "Residents of Bay Town said black smoke drifted over their homes most evenings.",
            "Residents of Bay Town",
        ),
        # ... or placed first, with what the place is
        (
            "At Pine Flats, a village of 40 homes on the north bank, residents said nobody had "
            "come to fix the pump.",
            "nobody had come",
        ),
        # ... or what they describe finding
        (
            "Tenants who spoke to the Post described broken locks, mould and lifts that never "
            "worked.",
            "Tenants who spoke",
        ),
    ],
)
def test_witnesses_placed_or_shielded_tell_the_practice(sentence: str, words: str) -> None:
    result = drafted("The council said every estate was in good repair.", sentence)
    assert holding(result, words).lane == "practice"


def test_one_of_several_insiders_goes_on_at_the_start_of_a_sentence() -> None:
    result = drafted(
        "The trust said every ward was cleaned twice a day.",
        "Three cleaners, speaking on condition of anonymity, said managers told them to skip "
        "the side wards. One said she skipped them most nights in June.",
    )
    assert holding(result, "One said").lane == "practice"


def test_a_source_who_asks_that_his_name_not_be_used_goes_on_telling_the_practice() -> None:
    result = drafted(
        "The trust said every ward was cleaned twice a day.",
        "A former porter described how the wards were cleaned. He asked that his name not be "
        "used because he still works nearby. Porters were told to skip the isolation rooms, "
        '"where nobody checks," he said.',
    )
    assert holding(result, "Porters were told").lane == "practice"
    assert not [e for e in result.events if "name not be used" in e.clause]


def test_one_of_the_public_tells_what_they_did_in_their_dealings() -> None:
    result = drafted(
        "The department said every pound was accounted for.",
        'A county harvester told the agent he sold the company "five or six" buckets without '
        "swiping his card. A buyer at the dock, he said, told him the cash price was better.",
    )
    assert holding(result, "harvester").lane == "practice"
    assert holding(result, "A buyer").lane == "practice"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Two mortuary attendants, who spoke on condition they were not named because staff "
            "are not allowed to talk to the media, said bodies were placed two to a tray.",
            "Two mortuary",
        ),
        (
            "Mrs Litia Rokosuka of Vunimoli said that when her father died in February, staff "
            "told her to collect his body within a day.",
            "Rokosuka",
        ),
        ("Relatives of both men say they have never seen the document.", "Relatives"),
        ("Residents said the department had never contacted them.", "Residents"),
    ],
)
def test_the_shielded_and_the_public_tell_what_was_done_to_them(sentence: str, words: str) -> None:
    result = drafted("The board said the mortuary had full cooling capacity.", sentence)
    assert holding(result, words).lane == "practice"


def test_one_of_them_named_by_their_job_goes_on() -> None:
    result = drafted(
        "The board said the mortuary had full cooling capacity.",
        "Two mortuary attendants, who asked not to be named, said bodies were placed two to a "
        "tray.",
        '"We had to ask families to wait outside," one attendant said.',
    )
    assert holding(result, "one attendant").lane == "practice"


def test_insiders_go_on_through_an_aside_and_a_quote() -> None:
    result = drafted(
        "The judge said every defendant gets a hearing first.",
        "Two former deputy court clerks, who asked not to be named, described a different "
        "routine. Every other Friday, they said, clerks printed warrants for everyone on a "
        'delinquency list. "Nobody was asking anybody about their paycheck," one said.',
    )
    assert holding(result, "Every other Friday").lane == "practice"
    assert holding(result, "one said").lane == "practice"


def test_several_shielded_workers_named_after_what_they_told_are_insiders() -> None:
    result = drafted(
        "The city said every request was answered within 90 days.",
        "Parked requests then dropped off the 90-day clock altogether, said two current city "
        "employees who asked not to be named because they are not authorized to speak.",
    )
    assert holding(result, "Parked requests").lane == "practice"


def test_a_surveyor_who_worked_in_the_unit_is_an_insider() -> None:
    result = drafted(
        "The department said every overdue notice got a warning letter.",
        "A building surveyor who worked in the unit until last year told the Post that officers "
        'had been told verbally to "park" overdue cases.',
    )
    assert holding(result, "surveyor").lane == "practice"


def test_a_shielded_worker_credited_after_the_verdict_goes_on_telling_the_practice() -> None:
    result = drafted(
        "The director said every alert was punished within 24 hours.",
        "That is not how the centre works, according to an officer there who asked not to be "
        "named. Only four officers are on each shift, the officer said.",
        '"The alarm sounds so often that we switch it to mute," the officer said.',
        "Drivers waiting at the terminal on Monday said they had never heard from the "
        "department about speeding.",
    )
    assert holding(result, "according to an officer").lane == "practice"
    assert holding(result, "switch it to mute").lane == "practice"
    assert holding(result, "Drivers waiting").lane == "practice"


def test_a_former_worker_named_with_others_after_the_fact_is_an_insider() -> None:
    result = drafted(
        "The department said every crew member was interviewed face to face.",
        "Inspectors at the port signed off hundreds of boats as having had their crews "
        "interviewed when no interviews took place, a former inspector and a labour rights "
        "group say.",
    )
    assert holding(result, "signed off").lane == "practice"


def test_what_an_insider_told_the_newsroom_goes_on_as_the_practice() -> None:
    result = drafted(
        "The department said every crew member was interviewed face to face.",
        "A former inspector at the centre, who left the job in December, said crew interviews "
        "had been all but abandoned there last year. Inspectors ticked the interview section "
        "of the form without going aboard, she told the Post.",
    )
    assert holding(result, "ticked the interview").lane == "practice"
    former = holding(result, "former inspector")
    assert "December" not in former.date
    assert not [e for e in result.events if e.title.endswith("left the job in December")]


@pytest.mark.parametrize(
    ("quote", "lane"),
    [
        # one of the public, in their own words: what they did or saw
        ('"I paid the fee twice and got no receipt," Ilunga said.', "practice"),
        ('"We waited four hours on the quay. Nobody checked a ticket," Ilunga said.', "practice"),
        # what they feel is their reaction, not what went on
        ('"We were shocked and we are still angry," Ilunga said.', "statement"),
    ],
)
def test_one_of_the_public_telling_what_they_did_is_a_practice(quote: str, lane: str) -> None:
    result = drafted(
        "The ferry board said every sailing was checked. Rosa Ilunga, 44, of Kisesa, travels "
        "on the morning boat.",
        quote,
    )
    assert holding(result, quote[1:12]).lane == lane


def test_an_official_telling_what_they_did_defends_it() -> None:
    # Eyewitness convention: the first person is the public's account only when the
    # speaker holds no post; the director's own deed, told by him, is his statement.
    result = drafted(
        "The then district director, Mr Amos Kibet, told a council meeting in May that "
        "every group had been vetted.",
        '"I signed what was presented to me by the responsible department," Mr Kibet said.',
    )
    assert holding(result, "I signed").lane == "statement"


@pytest.mark.parametrize(
    "text",
    [
        "Ama Boateng, who has sold fish at the Kaneshie market for 22 years, said the cold room "
        "has not worked since March.",
        "Kofi Mensah, who has driven a tipper truck for the assembly for more than a decade, said "
        "the weighbridge was switched off every night.",
    ],
)
def test_a_source_placed_by_the_years_they_have_done_the_work_is_a_witness(text: str) -> None:
    # Sourcing convention: how long a source has done the work there ("who has sold fish
    # at the market for 22 years") tells how they know, as "who worked there" does.
    result = drafted(text)
    assert result.events[0].lane == "practice"


@pytest.mark.parametrize(
    ("text", "lane"),
    [
        ("Porters say they stopped carrying the scales up the trail last year.", "practice"),
        ("Wardens said the radios have been kept in a locked cupboard since March.", "practice"),
        ("Stallholders in two markets said they had swept the drains themselves.", "practice"),
        ("A caretaker said the storeroom had not been opened in at least three years.", "practice"),
        # what they feel is their reaction; officials speak for the body
        ("Villagers say they were worried about the fence.", "statement"),
        ("Officials said the fence was repaired in May.", "statement"),
    ],
)
def test_a_group_at_the_job_telling_what_went_on_is_a_witness(text: str, lane: str) -> None:
    # Witness convention: those who work the job or live with the service, named bare or
    # counted, tell the deed done or left undone where they are.
    assert drafted(text).events[0].lane == lane


@pytest.mark.parametrize(
    ("sentence", "words", "lane"),
    [
        (
            "A staff member of the records unit said the weekly audits were last run in May.",
            "staff member",
            "practice",
        ),
        (
            "A woman who worked on the night shift until the contract ended said nobody checked "
            "the gauges.",
            "night shift",
            "practice",
        ),
        (
            "A gate guard who was posted at the depot said the barrier stood open for a week.",
            "gate guard",
            "practice",
        ),
        # an official speaks for the body, and a promise is no telling of what went on
        (
            "A ministry official at the depot said the gauges were checked daily.",
            "official",
            "statement",
        ),
        (
            "A clerk at the depot said the office would check the gauges next week.",
            "clerk",
            "statement",
        ),
    ],
)
def test_one_unnamed_worker_placed_where_they_work_tells_the_practice(
    sentence: str, words: str, lane: str
) -> None:
    # Insider convention: one who works, or worked, there and is not named, placed by the
    # unit or the post ("A staff member of the Fleet Unit said"), is a witness.
    result = drafted("The depot said every gauge was read each morning.", sentence)
    assert holding(result, words).lane == lane


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # several of any work, placed by where they worked
        (
            "Two cutters who worked at the mill until this year said the guards were taken off "
            "in March.",
            "Two cutters",
        ),
        # one gone, set after what they tell
        (
            "Night staff were told to log the checks as done, the former clerk said.",
            "Night staff",
        ),
        # a group of the public, placed first by where they are
        ("In the upper valley, villagers said the trucks kept coming.", "villagers"),
        # one of the public, placed by what they do near a named place
        (
            "Nora Pike, who grazes sheep on the common near Ashby, said she twice reported the "
            "broken fence.",
            "Pike",
        ),
    ],
)
def test_witnesses_placed_by_their_work_or_their_place_tell_the_practice(
    sentence: str, words: str
) -> None:
    result = drafted("The mill said its guards were always fitted.", sentence)
    assert holding(result, words).lane == "practice"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # several counted and placed where they work
        ("Four porters at the depot said the scales were faulty.", "porters"),
        # a former one shielded, whatever the verb of telling
        (
            "A former loader at the warehouse, who asked not to be named, claims a foreman told "
            "him to skip the weekly checks.",
            "loader",
        ),
        # one placed by the team they were part of
        (
            "A technician who was part of the council's lighting crew until May said spare bulbs "
            "were in short supply.",
            "technician",
        ),
        # several placed by the shifts they worked there
        (
            "Three people who have worked weekend shifts at the mill told The Herald that the "
            "guards were taken off every Saturday.",
            "Three people",
        ),
        # several staff placed where they were, by a name of the body
        (
            "Two Kestrel Air staff who were in the control room that night said the radar was "
            "off for an hour.",
            "Kestrel Air staff",
        ),
        # one of any police, shielded
        (
            "A garda serving in the district, who spoke on condition of anonymity, said the desk "
            "was often left empty.",
            "garda",
        ),
        # those who know the file, telling the newsroom
        ("No review was ordered, two officials familiar with the file told us.", "No review"),
        # a vet is a worker as a doctor is
        (
            "A vet who worked at the pound until June said two dogs were put in every cage.",
            "vet",
        ),
    ],
)
def test_workers_placed_where_they_work_tell_the_practice(sentence: str, words: str) -> None:
    result = drafted("The depot said its scales were checked every week.", sentence)
    assert holding(result, words).lane == "practice"


@pytest.mark.parametrize(
    "sentence",
    [
        # officials placed at the body speak for it
        "Two officials at the ministry said the scales were faulty.",
        # several counted, placed nowhere, give their view
        "Three porters said the scales were faulty.",
    ],
)
def test_officials_or_workers_placed_nowhere_are_no_witnesses(sentence: str) -> None:
    result = drafted("The depot said its scales were checked every week.", sentence)
    assert holding(result, "said the scales").lane == "statement"


def test_an_insiders_account_goes_on_over_three_paragraphs() -> None:
    # Pronoun convention: "the officers said" two paragraphs after the officers were placed
    # goes on telling their account, as long as each paragraph between tells it too.
    result = drafted(
        "The port said every flagged container was scanned.",
        "During the months without a scanner, three port officers told the Herald, flagged "
        "containers were opened by hand.",
        '"Some days we had forty containers and four people," one officer said.',
        "In the ledger, the officers said, those releases were logged as scans.",
    )
    assert holding(result, "the officers said").lane == "practice"


def test_one_barred_from_speaking_for_the_body_tells_what_went_on_inside() -> None:
    # Insider convention: only a body's staff are "not authorized to speak to the media";
    # what one of them says went on is a practice, not reporting from an unnamed source.
    result = drafted(
        "The office said the count was accurate.",
        "A CCTO encoder, who asked not to be named because she is not authorized to speak to"
        " the media, said the office had the hospital figures in January.",
    )
    assert holding(result, "hospital figures").lane == "practice"


@pytest.mark.parametrize(
    ("sentence", "lane"),
    [
        (
            'Three inseminators said they were asked in October to submit "estimated" numbers '
            "for the months when they had no semen.",
            "practice",
        ),
        (
            "Two former clerks said staff were told in early 2023 to enter every new enrolment "
            'as a "licence outcome".',
            "practice",
        ),
        # (an order denied stays the denial)
        ("The director denied that staff were told to skip locked meters.", "statement"),
    ],
)
def test_an_order_insiders_say_they_were_given_is_a_practice(sentence: str, lane: str) -> None:
    result = drafted("The programme said it had carried out 36,400 inseminations.", sentence)
    assert holding(result, " to ").lane == lane


def test_a_worker_who_left_and_a_current_one_unnamed_tell_the_practice() -> None:
    # Insider convention: one who did the work "before quitting", and a current worker
    # who may not speak to reporters, tell what went on; "the operator said" goes on
    result = drafted(
        "The South Dakota Department of Transportation (SDOT) blamed the wind for the closure.",
        "Dale Rusk, who drove a plow out of the Arlington shop for 11 years before quitting "
        "in November, spoke to the Sentinel.",
        "Rusk said that when he left, the Arlington shop had four of its nine plow positions "
        "filled. A current SDOT equipment operator, who spoke on the condition he not be "
        "named because he is not authorized to talk to reporters, said two routes had no "
        "operator on the night shift.",
        "Drivers from other shops were brought in on overtime to cover some of the gap, the "
        "operator said, but not all of it.",
    )
    for words in ("four of its nine", "two routes had no", "brought in on overtime"):
        assert holding(result, words).lane == "practice", words


@pytest.mark.parametrize(
    "sentence",
    [
        "Lena Marsh, who ran the night shift at the company's Kingsford depot from 2020 until "
        "she was let go in March, told the Courier that full bins were emptied into the river.",
        "Tom Hale, who kept the books at the clinic before being laid off in June, said cash "
        "fees were never entered.",
    ],
)
def test_one_who_did_the_work_until_let_go_tells_the_practice(sentence: str) -> None:
    # Insider convention: one who worked inside until dismissed knows how it went on there.
    assert insider(sentence)
    result = drafted("The company said no waste ever left the depot untreated.", sentence)
    assert holding(result, "who ").lane == "practice"


def test_a_current_worker_named_by_the_body_and_the_job_is_an_insider() -> None:
    assert insider(
        "A current SDOT equipment operator, who spoke on the condition he not be named because "
        "he isn’t authorized to talk to reporters, said that on the weekend two routes had no "
        "operator"
    )


def test_workers_of_a_firm_that_maintains_the_sites_tell_the_order_they_were_given() -> None:
    # ("a contractor that maintains the sites": the work a relative clause tells, no claim)
    result = drafted(
        "The operator said its towers had backup power around the clock.",
        "However, two engineers working for a contractor that maintains the company's towers "
        "told The Gazette that they were instructed in May to stop running the generators.",
    )
    assert holding(result, "two engineers").lane == "practice"


def test_an_order_given_to_staff_is_a_practice() -> None:
    # Instruction convention, told as given: what an official asks staff to do is how
    # the body ran things, even when the words are quoted.
    result = drafted(
        "The council said the pool would reopen in March.",
        "In the same exchange, Ms Ferris asked staff to “keep the closure quiet” until the "
        "budget was agreed.",
    )
    assert holding(result, "Ferris asked").lane == "practice"


def test_an_order_to_check_again_is_no_practice() -> None:
    result = drafted(
        "The fire district said its response times met the standard.",
        "Chief Ames said he asked his staff to rerun the figures from the time calls came in.",
    )
    assert holding(result, "rerun").lane == "disclosure"


@pytest.mark.parametrize(
    ("words", "lane"),
    [
        (
            "Correctional officers say they have been working around the problem for months.",
            "practice",
        ),
        ("Guards said they had been checking every door by hand.", "practice"),
        # the body's voice telling what it is doing is its account
        ("Officials said they have been replacing the locks.", "statement"),
    ],
)
def test_staff_telling_what_they_have_been_doing_tell_the_practice(words: str, lane: str) -> None:
    result = drafted("The commissioner told the council in March that every lock was fixed.", words)
    assert holding(result, words.split()[-2]).lane == lane
