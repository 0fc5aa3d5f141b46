"""Tests for timeline.draft.parties: the party under scrutiny, and who only reacts."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding


def test_a_refusal_is_an_event_the_partys_or_another_bodys() -> None:
    # Refusal convention: a body's silence is news of the matter, whoever keeps it.
    result = drafted(
        "Ashcombe Bank told MPs in May that every customer had been repaid.",
        "But an internal audit found that 64,000 former customers were never contacted.",
        "Ashcombe Bank declined to comment on the audit.",
        "The Financial Conduct Authority declined to comment.",
    )
    assert holding(result, "Ashcombe Bank declined").lane == "disclosure"
    assert holding(result, "Financial Conduct Authority").lane == "disclosure"


def test_a_refusal_is_kept_while_the_party_is_unknown() -> None:
    result = drafted("The regulator declined to comment on the audit.")
    assert [e.lane for e in result.events] == ["disclosure"]
    assert [e.lane for e in drafted("The regulator declined to comment.").events] == ["disclosure"]


def test_an_official_with_a_job_in_lower_case_speaks_for_the_party() -> None:
    # "Marine director" is a job, capitalised only where the sentence starts: it names no
    # body outside the party, so the director's words stay the party's statements.
    result = drafted(
        "The Harbor Transit Authority said in March that every ferry sailed on time.",
        "But sailing logs show 41 ferries left more than an hour late.",
        "Marine director Alma Ruiz told the Port Council in April that the logs were wrong.",
        "Ruiz said on Monday that the logs counted crew changes as delays.",
    )
    assert holding(result, "told the Port Council").lane == "statement"
    assert holding(result, "counted crew changes").lane == "statement"


def test_a_body_named_only_in_its_sentence_that_looks_into_the_matter_is_oversight() -> None:
    # Oversight convention: a regulator "making enquiries" is how the truth comes out,
    # though its name ("The Health and Safety Executive") reads like a job.
    result = drafted(
        "Wearside University said every fume cupboard was tested last year.",
        "But test logs show 14 cupboards had not been tested since 2020.",
        "The Health and Safety Executive said it had been made aware of the incident and was "
        "“making enquiries”.",
        "The university said it was reviewing its procedures.",
    )
    assert holding(result, "made aware").lane == "disclosure"
    assert holding(result, "reviewing its procedures").lane == "statement"


def test_a_member_of_the_publics_quoted_reaction_is_no_event() -> None:
    # Colour convention: a resident's own words about the news give the story its voice
    # and tell no event; her circumstance, told in the reporter's words, stays.
    result = drafted(
        "Records show the Wyvern trust closed the Kingsford birth centre for want of midwives.",
        "Wyvern chief executive Dana Holt insisted in May that staffing was not the reason "
        "the centre closed.",
        "Ann Bevan, 29, a mother of two from Kingsford, is due in November.",
        "“I chose Kingsford because it is ten minutes from my door,” Bevan said.",
        "“They hid the staffing gap,” said the Bevan family's lawyer, Ben Ruiz.",
    )
    assert [e.actor for e in result.events if e.para == 4] == []
    # one who speaks for the family makes its case
    assert holding(result, "staffing gap").actor == "Ben Ruiz"
    assert holding(result, "is due in November").lane == "context"
    assert holding(result, "Dana Holt").lane == "statement"


@pytest.mark.parametrize(
    ("speaker", "words"),
    [
        # a job of the public after an age, in the appositive
        (
            "said Halima Oduya, a 52-year-old maize farmer in Kisaru",
            "“They came with a tractor, they dug two trenches and they left. We have never "
            "had one drop,”",
        ),
        # a tie of kin, at her village
        (
            "said Ruth Banda, a mother of three at Chisoka village",
            "“I have never received even one kwacha,”",
        ),
        # the tie told first, the age after the name
        ("said one of the plaintiffs, Amos Phiri, 61", "“Since then nobody has called me,”"),
    ],
)
def test_one_of_the_public_telling_in_their_own_words_what_was_done_is_a_practice(
    speaker: str, words: str
) -> None:
    # Witness convention: what a member of the public says the body's people did or never
    # did before them is the practice seen from outside, not a claim or a reaction.
    result = drafted(
        "The Kisaru water board said in March that every village had been connected.",
        f"{words} {speaker}.",
    )
    assert holding(result, words.strip("“,”")[:20]).lane == "practice"


@pytest.mark.parametrize(
    "speaker",
    [
        "Rosa Vella, who runs a bakery on the square,",
        "Rosa Vella, who has lived on the square for 40 years,",
    ],
)
def test_one_of_the_public_counting_how_often_she_asked_the_body_to_act_is_a_practice(
    speaker: str,
) -> None:
    # Witness convention: how many times one of the public wrote or reported to the body
    # ("wrote to the council three times") tells how the body answered, a practice.
    result = drafted(
        "The Qala council said in May that every broken street lamp was fixed within a week.",
        f"{speaker} said she wrote to the council three times about the lamp outside her door.",
        "Ms Vella said the lamp was still dark.",
    )
    assert holding(result, "three times").lane == "practice"


def test_one_of_the_public_who_only_says_what_she_thinks_stays_a_statement() -> None:
    # (how often she asked is what makes it a practice, not who she is)
    result = drafted(
        "The Qala council said in May that every broken street lamp was fixed within a week.",
        "Rosa Vella, who runs a bakery on the square, said the council should be ashamed.",
    )
    assert holding(result, "ashamed").lane != "practice"


@pytest.mark.parametrize(("tie", "kept"), [("the family's lawyer", True), ("his sister", False)])
def test_a_relatives_quoted_words_are_colour_but_not_her_lawyers(tie: str, kept: bool) -> None:
    result = drafted(
        "Harbor police said Friday that the man had lunged at officers, but video released "
        "Thursday shows him standing still.",
        f"“They lied about him from the first hour,” said {tie}, Ben Ruiz.",
    )
    said = [(e.actor, e.lane) for e in result.events if "They lied" in e.clause]
    assert said == ([("Ben Ruiz", "context")] if kept else [])


# A story in which the party answers a councillor's question, then owns its answer wrong.
_ANSWERED_COUNCILLOR = (
    "In a written reply to a question from Cllr Rita Doyle at the March meeting, the "
    "housing department stated that there was no waiting list for grants.",
    "But records obtained by the Herald show the department put 148 eligible "
    "applications on hold in 2023.",
    "The department admitted on Tuesday that its reply was wrong.",
)


def test_a_councillor_the_party_answered_reacts_to_the_story() -> None:
    # Question convention: the councillor who put the question holds the party to
    # account; the party's reply naming her does not make her words the party's.
    result = drafted(
        *_ANSWERED_COUNCILLOR,
        'Cllr Doyle said that was "playing with words".',
    )
    assert holding(result, "playing with words").lane == "context"


def test_a_councillor_who_speaks_for_the_council_stays_the_party() -> None:
    result = drafted(
        "Cllr Rita Doyle, the council's cabinet member for housing, said in March that "
        "there was no waiting list for grants.",
        "Records show 148 eligible applications were put on hold in 2023.",
        "Cllr Doyle said on Tuesday that the council would publish the list.",
    )
    assert holding(result, "publish the list").lane == "statement"


def test_an_expert_explaining_how_things_work_is_background() -> None:
    result = drafted(
        "The city said its pools were tested every two hours.",
        "Pool logs obtained by the station show no tests on 19 days.",
        "Dr. Lena Ortiz, an epidemiologist at the state university, said the parasite can "
        "live for days even in chlorinated water.",
        "Ortiz said the likely source is a swimmer who was already sick.",
        "Ortiz said the city had skipped the tests on 19 days last summer.",
    )
    assert holding(result, "can live for days").lane == "context"
    assert holding(result, "likely source").lane == "context"
    # what the expert says was done is no general truth
    assert holding(result, "had skipped").lane != "context"


def test_an_expert_named_after_the_field_and_quoted_first_explains() -> None:
    result = drafted(
        "The city said its pools were tested every two hours.",
        "County epidemiologist Dr. Lena Ortiz studies outbreaks for the health department.",
        "“Good chlorination doesn't make you immune to the parasite,” Ortiz says.",
    )
    assert holding(result, "immune to the parasite").lane == "context"


def test_the_owner_of_a_body_whose_people_did_the_practice_speaks_for_a_party() -> None:
    # Scrutiny convention: a story may test two parties; the body whose own people are
    # shown at the practice ("Kestrel managers told chemists ...") is one, and its
    # owner's denial is its statement, no reaction.
    result = drafted(
        "Board chair Gina Marsh said in 2016 that every cannabis lab was checked each year.",
        "But auditors found 31 of 48 samples tested lower than their labels.",
        "A former Kestrel Labs chemist said Kestrel managers told chemists in 2016 to rerun "
        "any sample that came in under 20 percent.",
        "Kestrel's owner, Travis Lund, says that is false.",
    )
    assert holding(result, "says that is false").lane == "statement"


def test_a_worker_placed_by_the_bodys_possessive_and_former_job_is_an_insider() -> None:
    result = drafted(
        "The county said roads were paved strictly in the order the engineer ranked them.",
        "The county’s former engineer says the list was rearranged routinely.",
    )
    assert holding(result, "rearranged routinely").lane == "practice"


def test_a_minister_named_by_portfolio_speaks_for_the_government_no_reaction() -> None:
    # "Health Minister Ramesh Dubey": the portfolio is a government post, no outside body
    result = drafted(
        "Auditors from the Central Drugs Standard Control Organisation found 23 blood banks "
        "on lapsed licences.",
        "Food and Drug Administration controller Alok Saxena said in a statement that the "
        "renewals were pending.",
        "But inspection records show that no renewal had been filed since 2015.",
        "In a reply tabled on July 19, Health Minister Ramesh Dubey said all 147 blood banks "
        "hold valid licences.",
    )
    assert holding(result, "hold valid licences").lane == "statement"


@pytest.mark.parametrize(
    "speaker",
    ["Opposition health spokeswoman Ms Rosa Bell", "Shadow transport secretary Tom Aske"],
)
def test_the_opposition_reacts_before_any_link_names_the_party(speaker: str) -> None:
    # Reaction convention: the opposition calling on a minister to act is a reaction to the
    # news, background, even in a story whose contradiction the draft has not linked
    result = drafted(
        "The minister said in May that the clinic would open in September.",
        f"{speaker} said the minister should come back to Parliament and explain the delay.",
    )
    assert holding(result, "come back to Parliament").lane == "context"


@pytest.mark.parametrize(
    "who", ["who has run boat tours of the bay for 22 years", "who has owned the cafe since 2009"]
)
def test_one_of_the_public_who_watched_it_happen_tells_the_practice(who: str) -> None:
    # Witness convention: one who has run a business there a long time is one of the
    # public, and what he says he watched go on is the practice, not a claim of his own
    result = drafted(
        "The council said in April that anyone feeding the gulls would be fined on the spot.",
        f"Mr Louis Risso, {who}, said he had watched visitors feed the gulls every day "
        "this summer.",
    )
    assert holding(result, "watched visitors").lane == "practice"


@pytest.mark.parametrize("group", ["Traders", "Fishermen", "Motorists"])
def test_a_group_of_the_public_that_saw_it_happen_tells_the_practice(group: str) -> None:
    # Witness convention: traders, fishermen or motorists saying what they saw go on are
    # the public as witnesses, as residents and parents are
    result = drafted(
        "The council said in May that the market was open every day.",
        f"{group} said the gates stayed locked for most of June.",
    )
    event = holding(result, "gates stayed locked")
    assert (event.lane, event.actor) == ("practice", group)


def test_one_who_denies_answers_for_a_party_in_all_their_words() -> None:
    # Denial convention: the managing director of a second party denies a charge; the story
    # has set only the city's account against evidence, yet his words are his company's
    # account, not a reaction to the news.
    result = drafted(
        "The City of Cape Town said every car guard operator had been inspected this year, "
        "Alderman Johan Kruger said.",
        "But the City's own register records no inspection of any Sea Point operator since 2017.",
        "SafePark's managing director, Riaan Botes, denied on Monday that the company charged "
        "guards anything beyond R150 for a bib.",
        "“That money belongs to the guards and it is paid back every December,” Botes said.",
    )
    assert holding(result, "denied on Monday").lane == "statement"
    assert holding(result, "paid back every December").lane == "statement"


def test_one_who_rejects_the_account_told_against_it_answers_for_a_party() -> None:
    result = drafted(
        "The City of Cape Town said every car guard operator had been inspected this year, "
        "Alderman Johan Kruger said.",
        "But the City's own register records no inspection of any Sea Point operator since 2017.",
        "SafePark managing director Riaan Botes rejects the guards' account and says the "
        "company keeps every bib fee in trust.",
        "“That money belongs to the guards and it is paid back every December,” Botes said.",
    )
    assert holding(result, "rejects").lane == "statement"
    assert holding(result, "paid back every December").lane == "statement"


def test_what_one_outside_the_party_asks_of_those_over_it_is_a_reaction() -> None:
    # Demand convention: the councillor who put the question asks the Audit Office to
    # examine the matter: a reaction, not the matter being looked into
    result = drafted(
        *_ANSWERED_COUNCILLOR,
        "Cllr Doyle said she had written to the Audit Office on Wednesday asking for an "
        "inquiry into the grants.",
    )
    assert holding(result, "Audit Office").lane == "context"


def test_an_overseers_letter_asking_the_party_to_explain_is_no_reaction() -> None:
    result = drafted(
        "The college said every student's records had been released.",
        "Records show 41 students were refused their transcripts in June.",
        "The regulator sent the college a letter on July 2 asking it to explain within 15 days.",
    )
    assert holding(result, "asking it to explain").lane == "disclosure"


def test_complaints_a_body_says_it_received_are_on_its_record() -> None:
    # "said it received 212 complaints": the count a regulator holds, told in the simple past
    result = drafted(
        "The water company said its rationing timetable was strictly followed.",
        "The regional office of the utilities regulator said it received 212 complaints about "
        "supply interruptions from the two suburbs in August alone.",
    )
    assert holding(result, "212 complaints").lane == "disclosure"


_LAGOON = (
    "Dead fish covered the lagoon at Kallar on Tuesday (14), according to the Divisional "
    "Secretariat.",
    "The fishermen blame Delta Aqua Farms (Pvt) Ltd. Cooperative Society President K. "
    "Sivam said members had seen black water leaving the farm on Monday (13).",
    "The company has flatly denied the allegation. Its Managing Director Mr. P. Nadesan "
    "said the farm had not released any water since its ponds were harvested in March.",
    "Mr. Nadesan said the deaths were a natural phenomenon brought on by the heat.",
    "The fishermen say they have complained before. The society had written to the "
    "Divisional Secretary three times since 2022, Mr. Sivam said. The Divisional "
    "Secretariat, however, said it could trace only one such letter.",
)


def test_one_a_denying_body_brings_in_speaks_for_it() -> None:
    # Denial convention: "The company has flatly denied the allegation. Its Managing
    # Director ... said": the one the denying body brings in answers for it, so his other
    # words are its account, not a reaction, however the links fall.
    result = drafted(*_LAGOON)
    assert holding(result, "had not released any water").lane == "statement"
    assert holding(result, "natural phenomenon").lane == "statement"


def test_a_private_company_and_a_secretariat_are_bodies() -> None:
    # South Asian copy: "(Pvt) Ltd" closes a company's name; a "Secretariat" is an office
    result = drafted(*_LAGOON)
    assert holding(result, "has flatly denied").actor == "Delta Aqua Farms (Pvt) Ltd"
    assert holding(result, "could trace only one").actor == "Divisional Secretariat"


def test_a_contrast_between_two_accounts_leaves_the_facts_before_out() -> None:
    # "X said A. Y, however, said B": one account answers the other in its paragraph; the
    # dead fish told before them contradict neither
    result = drafted(*_LAGOON)
    trace = holding(result, "could trace only one")
    assert not any(k.target == trace.id and k.relation == "contradicts" for k in result.links)


def test_the_doer_saying_what_the_deed_was_for_gives_an_account() -> None:
    # Account convention: one the story showed doing the deed, saying what it was for, gives
    # their account of it, though they have left the body since.
    result = drafted(
        "In a March 4 email, program manager Dale Moss told staff to hold payments for anyone "
        "who missed a check-in.",
        "Moss, who left the agency in August, said the holds were meant to get clients to "
        "attend their meetings.",
    )
    assert holding(result, "meant to get clients").lane == "statement"


def test_what_she_says_after_a_former_worker_named_by_job_is_what_went_on() -> None:
    # Witness convention, told on: the former worker named by her job alone goes on, as
    # "she", telling what went on inside: a practice, not a claim of hers.
    result = drafted(
        "The former nurse, who left the home in May, handed the rotas to the Herald last week. "
        "She says no nurse worked nights in March."
    )
    assert holding(result, "no nurse worked").lane == "practice"


def test_one_outside_the_party_telling_what_their_own_samples_found_is_a_disclosure() -> None:
    # Counter-evidence convention: a volunteer group's own samples, told by its member,
    # are evidence against the account; the party's own sampling is its account.
    result = drafted(
        "Kestrel Mining said every drop of water leaving its mine met its permit.",
        "But records show Kestrel Mining broke its zinc limit in 14 months.",
        "Lena Ruiz, who volunteers with the Creek Watch group, says the group's sediment "
        "samples from the creek mouth found zinc at toxic levels. Kestrel Mining says its "
        "own sampling shows no such effect.",
    )
    assert holding(result, "sediment samples").lane == "disclosure"
    assert holding(result, "own sampling").lane == "statement"


def test_a_group_of_the_public_telling_what_their_own_checks_suggest_is_a_disclosure() -> None:
    result = drafted(
        "Hollins Fuels said every delivery was metered and exact.",
        "But records show Hollins Fuels lorries left the depot with short loads.",
        "A group of customers in Broughton say their own checks, taken before and after "
        "deliveries, suggest they received 40 litres less than they paid for.",
    )
    assert holding(result, "own checks").lane == "disclosure"


@pytest.mark.parametrize(
    "who",
    [
        # Commentator convention: a job set outside the matter, at a charity or a lobby ...
        "said Mara Lindgren, a policy analyst at the Renters Project, a Denver nonprofit",
        # ... one who has moved on to advise or teach ...
        "said Mara Lindgren, a former housing inspector in Tulsa who now trains landlords",
        # ... or one who read the records for the newsroom
        "said Mara Lindgren, a retired inspector who reviewed the logs at the Gazette’s request",
    ],
)
def test_a_commentator_quoted_on_how_things_are_is_background(who: str) -> None:
    result = drafted(
        "The housing office said in May that every flat was inspected each year.",
        "But inspection logs show 212 flats were never visited.",
        f"“Nobody checks these until a ceiling falls in,” {who}.",
    )
    event = holding(result, "Nobody checks")
    assert event.lane == "context"
    assert not any(k.source == event.id or k.target == event.id for k in result.links)


def test_a_commentator_who_tells_what_was_done_is_not_background() -> None:
    # what the commentator says was done is theirs to tell, no general truth
    result = drafted(
        "The housing office said in May that every flat was inspected each year.",
        "“They skipped the tower blocks for two years,” said Mara Lindgren, a policy analyst "
        "at the Renters Project, a Denver nonprofit.",
    )
    assert holding(result, "skipped the tower").lane != "context"


@pytest.mark.parametrize(
    "words",
    [
        "“Our members are burned out,” said Dina Okoro, the union’s regional vice-president.",
        "Union president Dina Okoro said staff felt conned.",
    ],
)
def test_a_unions_officer_reacting_is_background(words: str) -> None:
    # Union convention: a union's officer speaks for the workers, outside the body tested.
    result = drafted(
        "The Harbour Benefits Agency told senators in February that most staff used the app.",
        "But usage reports show fewer than one in 10 staff logged on.",
        words,
    )
    assert holding(result, "Okoro").lane == "context"


def test_a_partys_critic_for_a_portfolio_reacts_from_the_opposition() -> None:
    # (Canadian copy names the opposition's spokesperson as "her party's critic for ...")
    result = drafted(
        "The Harbour Benefits Agency told senators in February that most staff used the app.",
        "But usage reports show fewer than one in 10 staff logged on.",
        "NDP MP Sandra Vieira, her party’s critic for the public service, said on Wednesday "
        "she would ask the procurement ombud to look at the contract.",
    )
    assert holding(result, "procurement ombud").lane == "context"


def test_a_union_officer_stays_outside_the_party_whatever_the_links() -> None:
    # a link drawn to the union officer's own words does not make the union the party
    result = drafted(
        "The Harbour Benefits Agency told senators in February that most staff used the app.",
        "Union president Dina Okoro said in March that members liked the app.",
        "But usage reports show fewer than one in 10 staff logged on.",
        "“Management is paying millions for a subscription nobody opens,” Okoro said on Monday.",
    )
    assert holding(result, "nobody opens").lane == "context"


@pytest.mark.parametrize(
    "words",
    [
        "Admissions experts say the waitlist is a well-known soft spot in such promises.",
        "The test is meant to catch exactly this kind of error, election experts say.",
    ],
)
def test_a_fields_unnamed_experts_are_background_and_no_account(words: str) -> None:
    result = drafted(
        "The college said it admits students without regard to their finances.",
        "But records show its waitlist was ranked by aid.",
        words,
    )
    event = next(e for e in result.events if e.para == 3)
    assert event.lane == "context"
    assert not any(event.id in (k.source, k.target) for k in result.links)


def test_the_public_told_in_the_passive_hears_the_partys_claim() -> None:
    # TOLD_PUBLIC: "parents were told" is the party's claim, the public its audience, not a
    # voice reacting; "were told to" is an instruction, no claim.
    result = drafted(
        "Inspectors found the boilers at Hillcrest School had not been checked since 2019.",
        "Parents were told in May that the boilers had been checked.",
        "Parents were told to keep their children home.",
    )
    told = holding(result, "May")
    assert (told.lane, told.actor) == ("statement", "")
    assert holding(result, "home").lane != "statement"


@pytest.mark.parametrize(
    "who",
    [
        # introduced by what they study
        "Lena Ortiz, who studies water safety at the state university,",
        # by a post left behind
        "Lena Ortiz, a retired county health inspector,",
        # by a group outside the party
        "Lena Ortiz, director of the Swimmers' Support Network,",
    ],
)
def test_an_outsider_saying_how_things_are_now_is_background(who: str) -> None:
    # Expert convention: one introduced from outside the matter, saying of how things are
    # with no past in it ("the fear of fines already keeps pools open"), is background
    result = drafted(
        "The city said its pools were tested every two hours.",
        "Pool logs obtained by the station show no tests on 19 days.",
        f"{who} said the fear of closures already keeps unsafe pools open.",
        "Ortiz said the city had skipped the tests on 19 days last summer.",
    )
    assert holding(result, "keeps unsafe pools").lane == "context"
    assert holding(result, "had skipped").lane != "context"
