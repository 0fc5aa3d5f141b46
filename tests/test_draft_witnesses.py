"""Tests for timeline.draft.witnesses: the public, and insiders, telling what was done."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding

_ACCOUNT = "The health board said every island clinic was visited each quarter."


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a group placed by what they did, telling what was done to their work, in the passive
        (
            "Two nurses who were posted to the island team said their visits were called off "
            "one after another.",
            "Two nurses",
        ),
        (
            "Three drivers who took part in the rounds said several clinics along the coast road "
            "were never visited after the storm.",
            "Three drivers",
        ),
        # owners of what the body was meant to check
        (
            "Two guesthouse owners in Kanton told this paper that nobody from the board had "
            "visited them last year.",
            "guesthouse owners",
        ),
        # the place's own head, telling that no one came
        (
            "Tabwakea village head Ioane Teraoi said no health team came to his village at all "
            "last year.",
            "Teraoi",
        ),
        # several of any trade, counted and shielded
        (
            "Several cutters, who did not wish to be named fearing the management, said their "
            "clinic was shut in October and has not reopened.",
            "cutters",
        ),
        # counted, confirming what they did
        ("Two pharmacy owners confirmed they had stopped taking the vouchers.", "pharmacy"),
        # a group left to wait for the service that never came
        ("Farmers in Kilcullen say they were left waiting for the inspectors.", "Farmers"),
        # none of it done, in the passive
        ("Teachers said no fire drill was ever held at the annex.", "Teachers"),
        # one of the public named after what they are to the place, telling what was done
        # to what is theirs
        (
            "A landowner on Inishfree, Mrs Nora Boyle, told the Record her two fields were "
            "marked as drained on the council's list.",
            "Boyle",
        ),
        # anyone telling that no one came
        ("Osei said no one had come to the clinic since the flood.", "Osei"),
        # staff telling them, with the "that" unsaid
        ("Maura Quill said staff told her there was no bed free that night.", "Quill"),
        # one introduced by what she did where it happened, telling what they did
        (
            "Ms Rose Akello, who sold fish from one of the flooded stalls, said they began "
            "calling the clinic at about 9pm.",
            "Akello",
        ),
        # the public named last as the source of what was done, with the body or not
        ("The boat arrived two days after the first call, villagers and police said.", "boat"),
        # those who serve the public there tell the newsroom no inspector came
        (
            "Stall holders at four of the seven markets told our reporters that no inspector "
            "had ever visited.",
            "Stall holders",
        ),
        # one of the public, named by what they are, told what the body's staff told them
        (
            "Island resident Mary Kell, who waited at the pier, said clinic staff told "
            "patients on the morning of May 3 to go home.",
            "Kell",
        ),
    ],
)
def test_what_witnesses_say_was_done_is_a_practice(sentence: str, words: str) -> None:
    # Witness convention: those who work or live where the body's service should reach,
    # counted, placed or shielded, tell what was done there: the practice, not a claim.
    assert holding(drafted(_ACCOUNT, sentence), words).lane == "practice"


@pytest.mark.parametrize(
    "sentence",
    [
        # how they felt, in the passive, tells nothing done
        "Two nurses who were posted to the island team said they were worried about the boats.",
        # all of them done is a claim, whoever tells it
        "Two nurses who were posted to the island team said every clinic was visited on time.",
        # what the body's officials say was done is its account
        "Officials said no fire drill was ever missed at the annex.",
        # how one of the public felt tells nothing done
        "A landowner on Inishfree, Mrs Nora Boyle, said her family was worried about the fields.",
        # nor is one who came forward a visit that did not happen
        "Officials said no one had come forward with a complaint.",
        # a body's own head gives its account
        "Health board chief Ana Kiri said no island had been left out.",
        # the public's view, named last, tells nothing done
        "The new boat is a fine idea, villagers said.",
    ],
)
def test_what_witnesses_felt_or_the_body_claims_is_no_practice(sentence: str) -> None:
    assert drafted(_ACCOUNT, sentence).events[-1].lane != "practice"


def test_what_the_newsroom_reported_is_its_reporting() -> None:
    result = drafted(_ACCOUNT, "The Gazette reported in March that the wells were dry.")
    assert holding(result, "reported").lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The Gazette had water from the main pool sampled on October 30 and tested by an "
            "accredited laboratory.",
            "sampled",
        ),
        (
            "However, the bureau's register of certified products, which the Gazette checked on "
            "May 9, lists the brand under the standard for treated water.",
            "Gazette checked",
        ),
        (
            "The Courant first asked the council how the lights had been paid for on 1 March.",
            "asked",
        ),
    ],
)
def test_the_newsrooms_own_test_check_or_question_is_how_it_came_out(
    sentence: str, words: str
) -> None:
    result = drafted(_ACCOUNT, sentence)
    assert holding(result, words).lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("The memo was seen by this newspaper in March.", "in March"),
        ("The rosters had been obtained by the Valley Courier on Friday.", "Friday"),
        # (or in a clause tucked after the record: "The memo, which was seen by ...,")
        (
            "The memo, which was seen by this newspaper in January, said drivers skipped checks.",
            "in January",
        ),
    ],
)
def test_a_record_the_newsroom_saw_told_in_the_passive_is_how_it_came_out(
    sentence: str, when: str
) -> None:
    result = drafted(_ACCOUNT, sentence)
    event = holding(result, "by th")
    assert (event.lane, event.date) == ("disclosure", when)


def test_a_record_the_newsroom_put_to_the_party_is_how_it_came_out() -> None:
    result = drafted(
        "The council said the quarry had no licence breaches.",
        "The Courier sent the 2019 notice to the council on 2 August.",
    )
    assert holding(result, "sent the 2019").lane == "disclosure"


def test_the_question_a_reply_is_told_after_is_no_step_of_its_own() -> None:
    result = drafted(
        _ACCOUNT,
        "When the Courant asked the council about the figures on Monday, a spokesman said they "
        "were correct.",
    )
    assert holding(result, "Courant asked").lane != "disclosure"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # the newsroom's own test purchases, and the letters it gathered
        (
            "Between February 10 and 21, reporters from this paper made 150 purchases at shops in "
            "the city centre.",
            "150 purchases",
        ),
        (
            "Over the past three weeks, this newspaper has collected 23 rejection letters sent to "
            "customers.",
            "23 rejection letters",
        ),
    ],
)
def test_the_newsrooms_own_purchases_and_gathering_are_its_check(sentence: str, words: str) -> None:
    result = drafted("The authority said 93 percent of traders issue receipts.", sentence)
    assert holding(result, words).lane == "disclosure"


@pytest.mark.parametrize(
    "sentence",
    [
        "A Standard reporter watched the site from 8.30pm to 11pm on May 10.",
        "A correspondent checked the taps at four houses in Ayeduase and two in Kotei.",
    ],
)
def test_the_newsrooms_one_reporter_checking_is_a_disclosure(sentence: str) -> None:
    result = drafted("The contractor said the site was fully signed every night.", sentence)
    assert holding(result, sentence.split()[2]).lane == "disclosure"


def test_traders_who_say_the_charging_goes_on_tell_a_practice() -> None:
    result = drafted(
        "The district officer pledged that no fee would be charged at the market.",
        "On Thursday evening, traders at the gate said the collection was continuing.",
    )
    assert holding(result, "collection was continuing").lane == "practice"


def test_what_was_found_on_the_visits_is_a_practice() -> None:
    result = drafted(
        "The ministry said its clinic at the market was open every day.",
        "Reporters visited the market on Monday and Tuesday.",
        "The clinic, a tent by the second gate, was closed on both days of the visits.",
    )
    assert holding(result, "was closed on both days").lane == "practice"


def test_a_call_to_the_public_line_is_the_newsrooms_check() -> None:
    result = drafted(
        "The company said families could book a slot within ten days.",
        "When the Gazette rang the crematorium's booking line on Monday, it was offered a slot "
        "five weeks away.",
    )
    assert holding(result, "five weeks away").lane == "practice"


@pytest.mark.parametrize(
    ("sentence", "lane"),
    [
        # the newsroom's own check, the reporter named with who went: what it found
        (
            "Our reporter who visited the depot on Saturday counted 14 buses parked without "
            "wheels.",
            "disclosure",
        ),
        # ... and what was seen done there
        (
            "Our correspondent who drove the route on Monday saw trucks tipping rubble into "
            "the creek.",
            "practice",
        ),
    ],
)
def test_the_newsrooms_reporter_named_by_the_trip_is_its_own_check(
    sentence: str, lane: str
) -> None:
    result = drafted("The council said no rubble had been tipped near the creek.", sentence)
    assert [e.lane for e in result.events if e.para == 2] == [lane]


@pytest.mark.parametrize(
    "sentence",
    [
        # what was done to the speaker, in custody
        "In his evidence, the trader said he was beaten with a belt and handcuffed to a "
        "chair for a night at the station.",
        # what the speaker saw, and kept the proof of
        "Ama Owusu, a fish seller at the jetty, says she photographed grey foam pouring "
        "from the plant's outfall on 3 May.",
    ],
)
def test_one_who_tells_what_was_done_to_them_or_what_they_photographed_tells_the_practice(
    sentence: str,
) -> None:
    result = drafted("The police said no suspect was ever mistreated in their cells.", sentence)
    assert [e.lane for e in result.events if e.para == 2] == ["practice"]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Ruth Bighetty, who sat on the board until 2015, said she raised the fee with other "
            "directors more than once before she left.",
            "raised the fee",
        ),
        (
            "Union secretary Lisa Marr said members had been raising the lack of training with "
            "management since before Christmas.",
            "raising the lack",
        ),
        (
            "Mr Patrick Kigozi, who chairs the accounts committee, said councillors were never "
            "shown any attendance data from the system.",
            "never shown",
        ),
        (
            "Cllr Rhian Morgan said she had twice asked to see the project's risk register in "
            "2018 and been refused.",
            "risk register",
        ),
    ],
)
def test_one_who_raised_it_inside_or_was_kept_from_the_facts_tells_the_practice(
    sentence: str, words: str
) -> None:
    # Witness convention, inside the body: raising the matter with those who ran it, or
    # being kept from the facts, is how it went on inside
    result = drafted("The charity said every dollar reached families.", sentence)
    assert holding(result, words).lane == "practice"


def test_a_counted_group_with_whom_it_includes_set_off_tells_what_was_done() -> None:
    result = drafted(
        "The airline said every crew member was paid on time.",
        "Three employees, including a first officer, said pilots had not received salaries "
        "since November.",
    )
    event = holding(result, "not received")
    assert event.lane == "practice"
    assert event.title.startswith("Three employees said pilots")


def test_the_public_claiming_no_officer_came_tell_what_did_not_happen() -> None:
    # Witness convention: the public where it happened, whatever its verb ("claimed"), set
    # against the party's account with "however", tell of the visit that never came.
    result = drafted(
        "The company maintains that an assessment carried out in 2020 found nothing on the land.",
        "Villagers, however, claimed that no officer from the department had visited the plot "
        'and that the assessment had been done "from a map in the capital".',
    )
    assert holding(result, "no officer").lane == "practice"


def test_what_the_public_are_credited_with_telling_is_what_was_done_there() -> None:
    result = drafted(
        "The company said only scrub was cleared.",
        "According to residents of the village, two bulldozers cleared a forested mound on the "
        "plot on February 18.",
    )
    assert holding(result, "bulldozers").lane == "practice"


def test_the_public_the_newsroom_interviewed_tell_what_was_done_on_its_own_day() -> None:
    # Witness convention: residents interviewed by the newsroom tell what they received; the
    # day of what they tell, not the week they told it, dates it.
    result = drafted(
        "The district commissioner said every family had been served.",
        "But in the village, residents interviewed by the Gazette last week said the only help "
        "they had received was one bag of flour per family on April 15.",
    )
    event = holding(result, "only help")
    assert (event.lane, event.date) == ("practice", "April 15")


def test_one_of_the_public_named_after_her_words_telling_the_newsroom_tells_the_practice() -> None:
    result = drafted(
        "The water board said supply was fully restored in March.",
        "\u201cSince they held that ceremony, no water has come out of this tap. We buy from "
        "vendors every morning,\u201d Mrs Ada Obi, a foodstuff trader at Central Market, told our "
        "correspondent in May.",
    )
    assert holding(result, "Since they held").lane == "practice"


def test_members_warning_managers_tell_how_it_went_on_inside() -> None:
    # Witness convention, inside the body: a union telling that its members warned managers.
    result = drafted(
        "The trust said staffing on the ward was always safe.",
        "Union convenor Dai Price says members on the ward had been warning managers about "
        "night shifts since 2020.",
    )
    assert holding(result, "warning managers").lane == "practice"


def test_the_public_in_several_places_telling_a_service_was_out_of_reach_tell_a_practice() -> None:
    # Witness convention: farmers placed in a list of villages tell what the body's service
    # did to them ("the company's helpline was unreachable for days").
    result = drafted(
        "The insurer said its helpline worked throughout.",
        "Farmers in Ausa, Nilanga and Renapur say the company's helpline was unreachable for "
        "days after the storm.",
    )
    assert holding(result, "unreachable").lane == "practice"


def test_a_groups_own_visit_told_by_its_head_is_a_check_made_public() -> None:
    # Checking convention: a rights group's visit and what it found, told by its director,
    # is its check made public, dated by the visit.
    result = drafted(
        "The prisons service said lessons ran every weekday.",
        "But Ms Faith Nekesa, the director of a rights group, said her organisation visited the "
        "institution in May and found only one officer teaching.",
    )
    event = holding(result, "organisation visited")
    assert (event.lane, event.date) == ("disclosure", "in May")


@pytest.mark.parametrize(
    "count",
    [
        "A tenants' group, the Eastside Renters Union, said its volunteers had recorded the "
        "heating failing in 40 of 60 flats in January.",
        "Over three weekends in May, members of the society counted 212 dead trees along the "
        "river path.",
    ],
)
def test_a_groups_own_count_is_its_check_made_public(count: str) -> None:
    result = drafted("The council said the estate's heating had been repaired.", count)
    assert holding(result, count.split()[2]).lane == "disclosure"


def test_the_union_speaking_for_the_workers_tells_what_went_on() -> None:
    result = drafted(
        "The transit authority said every bus was checked before it left the depot.",
        "The union representing bus drivers says at least nine of the depot's 40 buses went "
        "out without brake checks in March.",
    )
    assert holding(result, "The union representing").lane == "practice"


def test_traders_telling_what_has_been_done_since_a_time_tell_the_practice() -> None:
    result = drafted(
        "The customs authority said no fee was charged at the border.",
        "Members of a market traders' cooperative told the Gazette that since early this year, "
        "officers at the desk have been demanding cash for every load.",
    )
    assert holding(result, "Members of a market").lane == "practice"
