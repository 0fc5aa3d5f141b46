"""Tests for the news-writing conventions of timeline.draft, on sentences written for them."""

from __future__ import annotations

import pytest

from draft_support import PUB, drafted, holding, linked
from timeline.cli import main
from timeline.draft import TITLE_MAX, Draft, draft
from timeline.draft.actors import Actors
from timeline.draft.attribution import lane_of
from timeline.draft.titles import LABEL_MAX
from timeline.draft.words import STATEMENT


def test_a_contrast_opening_contradicts_the_statements_before_it() -> None:
    result = drafted(
        "Harbor Authority officials insisted the pier was inspected every spring.",
        "But maintenance logs show that inspectors skipped the pier for three years.",
    )
    assert linked(result, "contradicts", "inspectors skipped the pier", "insisted the pier")
    assert holding(result, "inspectors skipped").lane == "practice"


def test_a_concession_sets_the_main_clause_against_it() -> None:
    result = drafted(
        "Although the council said the fund was audited, the inspector general says no audit "
        "was ever filed."
    )
    statement = holding(result, "the council said")
    assert statement.lane == "statement"
    assert linked(result, "contradicts", "no audit", "the council said")


def test_contradict_names_both_sides() -> None:
    result = drafted(
        "Invoices released Thursday contradict Director Ana Ruiz's claim that the "
        "contract was never paid."
    )
    claim = holding(result, "claim that the contract")
    assert claim.lane == "statement"
    assert linked(result, "contradicts", "Invoices released Thursday", "claim that the contract")


def test_evidence_reveals_what_it_shows() -> None:
    result = drafted(
        "Guards left the gate unlocked on weekends, according to a county audit released Tuesday."
    )
    audit = holding(result, "county audit released")
    assert (audit.lane, audit.date) == ("disclosure", "Tuesday")
    assert holding(result, "Guards left the gate").lane == "practice"
    assert linked(result, "reveals", "county audit", "Guards left the gate")


def test_a_later_attribution_to_the_same_evidence_is_one_event() -> None:
    result = drafted(
        "Guards left the gate unlocked on weekends, according to a county audit released Tuesday.",
        "At least 40 keys were missing, according to the audit.",
    )
    keys = [e for e in result.events if e.source == "article ¶2"]
    assert [e.lane for e in keys] == ["practice"]
    assert linked(result, "reveals", "county audit", "At least 40 keys")


def test_a_private_email_is_a_practice_not_a_statement() -> None:
    result = drafted(
        "“Keep this between us until the vote,” says a May 2, 2023 email from aide "
        "Tom Berry to the mayor."
    )
    email = holding(result, "Keep this between us")
    assert email.lane == "practice"
    assert email.date == "May 2, 2023"


def test_an_oversight_body_describing_what_it_found_is_a_practice() -> None:
    result = drafted("The inspector general says clerks shredded 200 complaints.")
    assert holding(result, "clerks shredded").lane == "practice"


def test_a_relative_date_in_a_quote_is_not_read_against_publication() -> None:
    result = drafted("“The report goes out tomorrow,” the memo from the chief said.")
    event = result.events[0]
    assert event.date == f"../{PUB}"


def test_a_show_title_is_not_a_date() -> None:
    result = drafted("The governor told the “Today” show that the plan was working.")
    assert result.events[0].date == f"../{PUB}"


def test_a_statement_takes_the_date_next_to_its_speech_verb() -> None:
    result = drafted("Chief Lena Ortiz said Monday that the unit had been disbanded in June 2021.")
    assert result.events[0].date == "Monday"


def test_a_dated_release_inside_a_sentence_is_its_own_disclosure() -> None:
    result = drafted(
        "The union said nothing about the overtime shown in the payroll files made public "
        "on Friday."
    )
    release = holding(result, "payroll files made public")
    assert (release.lane, release.date) == ("disclosure", "Friday")


def test_a_deed_and_a_statement_in_one_sentence_are_two_events() -> None:
    result = drafted(
        "City officials began shutting the wells in the west district and told residents "
        "that the water was safe."
    )
    assert holding(result, "told residents").lane == "statement"
    assert len(result.events) == 2


def test_a_quote_that_runs_on_is_one_statement() -> None:
    result = drafted(
        "“We followed every rule,” Mayor Ed Hale said. “Nobody was hurt. Nothing was hidden.”"
    )
    assert len([e for e in result.events if e.lane == "statement"]) == 1


def test_titles_are_short_plain_and_have_no_dateline() -> None:
    result = drafted(
        "RIVERTON, Ore. (AP) — County Commissioner Jo Park said Tuesday that the county "
        "would keep the shelter open through the winter, whatever the cost, because "
        "families had nowhere else to go."
    )
    event = result.events[0]
    assert not event.title.startswith("RIVERTON")
    assert "…" not in event.title and "..." not in event.title
    assert len(event.title) < 70 and TITLE_MAX < 70
    assert "Commissioner Jo Park" in event.actor
    assert event.label and len(event.label) <= LABEL_MAX
    assert event.title.startswith(event.label)


@pytest.mark.parametrize("wire", ["DENVER (AP) —", "TULSA, Okla. (Reuters) —", "BOISE —"])
def test_a_dateline_is_never_an_actor(wire: str) -> None:
    result = drafted(f"{wire} The water board said it would raise rates.")
    assert result.events and all(wire.split()[0].strip(",") not in e.actor for e in result.events)


def test_every_row_is_a_draft() -> None:
    result = drafted(
        "But records show the board approved the raise in secret.",
        "The board denied it on Monday.",
    )
    assert result.events and {e.status for e in result.events} == {"draft"}


def test_help_shows_url_as_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["draft", "--help"])
    usage = capsys.readouterr().out
    assert "--url URL" in usage and "[--url" not in usage


def test_facts_contradict_the_official_account_paragraphs_apart() -> None:
    result = drafted(
        "Inspection records show the county skipped bridge inspections, contradicting what "
        "its engineers had said.",
        "At the time, the county engineer said every bridge was inspected on schedule.",
        "The engineer has since retired to the coast.",
        "Records show crews skipped the Elm Street bridge inspections for four years.",
    )
    assert linked(result, "contradicts", "crews skipped the Elm Street bridge", "every bridge")


def test_the_practice_carries_the_contradiction_and_the_evidence_reveals_it() -> None:
    # The logs reveal the practice, and the practice contradicts the claim: the evidence
    # is not set against the claim a second time (reporters' cases rarely draw that link).
    result = drafted(
        "Jail records contradict the sheriff's public account of an inmate's death.",
        "Sheriff Dan Ortiz told reporters that deputies checked the inmate every 15 minutes.",
        "The sheriff also praised the deputies for their work.",
        "Logs obtained by the newspaper show deputies checked the inmate only twice that night.",
    )
    assert linked(result, "reveals", "Logs obtained", "only twice")
    assert linked(result, "contradicts", "only twice", "every 15 minutes")
    assert not linked(result, "contradicts", "Logs obtained", "every 15 minutes")


def test_evidence_that_opens_the_sentence_is_no_trailing_attribution() -> None:
    # Attribution convention: '"...," the audit found' and "..., records show" put the
    # evidence last, set off by a comma or a quotation; "Body camera video showed the
    # deputy firing" names the evidence first, and what it showed is the event.
    opening = drafted("Body camera video showed the deputy firing twice.")
    assert [e.clause for e in opening.events] == ["the deputy firing twice"]
    assert opening.events[0].lane == "practice"
    named = drafted("Georgia officials say the company's own tests found traces of salmonella.")
    assert [e.clause for e in named.events] == [
        "Georgia officials say the company's own tests found traces of salmonella"
    ]
    trailing = drafted("The jail was never inspected, records show.")
    assert [(e.clause, e.lane) for e in trailing.events] == [
        ("The jail was never inspected", "practice")
    ]
    # the evidence's own words go with it: "..., jail logs show"
    named_last = drafted("Deputies checked the cell only twice, jail logs show.")
    assert [e.clause for e in named_last.events] == ["Deputies checked the cell only twice"]


def test_test_results_are_evidence_that_reveals_what_they_show() -> None:
    # Evidence convention: lab or test results "released Monday" are a disclosure of
    # their own, and what they show is the practice they reveal.
    result = drafted(
        "Test results released Monday show lead levels at three fountains were four times "
        "the federal limit."
    )
    assert holding(result, "Test results released Monday").lane == "disclosure"
    assert holding(result, "lead levels at three fountains").lane == "practice"
    assert linked(result, "reveals", "Test results", "lead levels")


def test_evidence_that_tells_a_different_story_shows_what_follows_the_colon() -> None:
    # Evidence convention: "The records tell a different story:" sets what follows the
    # colon, what the evidence shows, against the account; evidence that "emerged this
    # week" is news of its own, a disclosure that reveals it.
    result = drafted(
        "The mayor denied the affair.",
        "But a trove of 14,000 text messages that emerged this week tell a different "
        "story: The mayor and his aide arranged secret meetings.",
    )
    meetings = holding(result, "arranged secret meetings")
    assert meetings.lane == "practice" and meetings.clause.startswith("The mayor and his aide")
    assert holding(result, "text messages that emerged").lane == "disclosure"
    assert linked(result, "reveals", "text messages", "arranged secret meetings")
    assert linked(result, "contradicts", "arranged secret meetings", "denied the affair")


def test_a_practice_attributed_to_other_evidence_is_not_revealed_by_the_last() -> None:
    # Attribution convention: after "surveillance video shows ...", a practice told
    # "according to the medical examiner's report" is that report's, not the video's.
    result = drafted(
        "Police said the man was armed.",
        "But surveillance video obtained by the Herald shows the man running away with "
        "nothing in his hands.",
        "The officer fired six times, according to the medical examiner's report.",
    )
    assert linked(result, "reveals", "surveillance video", "running away")
    assert not linked(result, "reveals", "surveillance video", "fired six times")
    # while "the review" may cite "an audit released Tuesday"
    review = drafted(
        "An audit released Tuesday found the agency skipped inspections.",
        "Crews skipped the Elm Street bridge for four years, according to the review.",
    )
    assert linked(review, "reveals", "audit released Tuesday", "Elm Street bridge")


def test_a_statement_is_dated_by_the_occasion_set_before_its_speaker() -> None:
    # Attribution convention: "Speaking at a town hall on Tuesday night, the governor
    # said" and "Testifying before the council in March, the chief said" give the occasion
    # of the words; an admission is dated by its own verb ("acknowledged on Monday").
    speaking = drafted(
        "Speaking at a town hall meeting on Tuesday night, the governor said the state had "
        "done nothing wrong."
    )
    assert holding(speaking, "the governor said").date == "Tuesday"
    testifying = drafted(
        "Testifying before the council in March, the chief said the cameras worked."
    )
    assert holding(testifying, "the chief said").date == "in March"
    conceding = drafted(
        "Superintendent Mara Lee acknowledged on Monday that the district should have told "
        "families sooner."
    )
    assert holding(conceding, "acknowledged on Monday").date == "Monday"


def test_a_day_right_after_the_statements_own_noun_dates_it() -> None:
    # Occasion convention: "issued a statement Tuesday and acknowledged" and "in an
    # interview Tuesday with the council, denied" give the day of the words, even when
    # the verb of saying comes later in the clause.
    admission = drafted(
        "The district issued a statement Tuesday and acknowledged that its buses had failed "
        "inspections."
    )
    assert holding(admission, "issued a statement").date == "Tuesday"
    denial = drafted(
        "The chief, in an interview Tuesday with the council, denied that officers had used force."
    )
    assert holding(denial, "denied that officers").date == "Tuesday"


def test_an_admission_that_names_its_account_admits_the_earlier_statement() -> None:
    # Concession convention: "admitted that its earlier statement was wrong" concedes the
    # same party's account; the concession names no fact of its own.
    result = drafted(
        "Harbor Hospital insisted on Monday that no patients were harmed.",
        "Harbor Hospital later admitted that its earlier statement was wrong.",
    )
    assert linked(result, "admits", "later admitted", "no patients were harmed")
    assert [e.lane for e in result.events] == ["statement", "disclosure"]
    # an admission of a fact leaves it to the reporter which claims it concedes
    fact = drafted(
        "Harbor Hospital insisted on Monday that no patients were harmed.",
        "Harbor Hospital later admitted that four patients died after delayed treatment.",
    )
    assert not [k for k in fact.links if k.relation == "admits"]
    # "the report" names evidence, not the party's own account
    evidence = drafted(
        "Harbor Hospital insisted on Monday that no patients were harmed.",
        "Harbor Hospital later acknowledged errors in the report.",
    )
    assert not [k for k in evidence.links if k.relation == "admits"]


def test_photographs_are_evidence() -> None:
    result = drafted(
        "The chief said officers never used tear gas on protesters.",
        "Photographs taken by a Tribune photographer show canisters of tear gas near the protest.",
    )
    assert holding(result, "canisters of tear gas").lane == "practice"


def test_evidence_named_with_its_date_shows_what_follows() -> None:
    # "Satellite images taken Jan. 6 and reviewed by the Herald show ...": a date inside
    # the evidence's own name does not hide the verb that says what it shows.
    result = drafted(
        "The agency said the spill was contained.",
        "Satellite images taken Jan. 6 and reviewed by the Herald show oil spreading across "
        "the bay.",
    )
    assert linked(result, "reveals", "Satellite images", "oil spreading across the bay")


def test_a_shared_date_is_no_shared_subject() -> None:
    # Account convention: the account and the fact must name the same subject; "Jan." in
    # both is when, not what. (The account the story leads with is tested by every
    # practice; the mayor's is a later one.)
    result = drafted(
        "The city insisted last year that its streets were safe.",
        "Records show the council met on Jan. 11 to approve the contract.",
        "The mayor insisted on Jan. 4 that the budget was balanced.",
        "Records show the city paid the vendor twice.",
    )
    assert not linked(result, "contradicts", "the council met", "the budget was balanced")


def test_a_time_counted_from_an_incident_dated_in_apposition() -> None:
    # "The fire, on March 9, killed two residents" dates the fire, even told after "two
    # weeks after the fire".
    result = drafted(
        "Two weeks after the fire, the landlord told tenants that every smoke detector worked.",
        "The fire, on March 9, killed two residents.",
    )
    assert holding(result, "the landlord told").date == "2023-03-23"


def test_what_oversight_finds_or_rules_is_a_disclosure() -> None:
    # Oversight convention: an auditor, prosecutors or a judge who "said", "found" or
    # "ruled" make a finding public; a former prosecutor speaking is a commentator.
    result = drafted(
        "SkyJet Airlines has said its planes are inspected before every flight.",
        "A judge ruled Monday that the company had misled investors about its maintenance.",
        "Prosecutors said in court filings that a SkyJet executive knew of the missed checks.",
        "The state auditor said in a report that the airport could not account for $3 million.",
        "Former federal prosecutors said they were surprised by the ruling.",
    )
    for words in ("A judge ruled", "Prosecutors said in court", "The state auditor said"):
        assert holding(result, words).lane == "disclosure", words
    assert holding(result, "A judge ruled").date == "Monday"
    assert holding(result, "Former federal prosecutors").lane != "disclosure"


def test_a_concession_after_the_claim_sets_the_fact_against_it() -> None:
    # Concession convention: "said the pumps were safe, even though internal tests showed
    # they failed" sets what follows "even though" against the claim, as "but" does.
    result = drafted(
        "The company publicly said the pumps were safe, even though internal tests showed "
        "they failed in 2017."
    )
    assert linked(result, "contradicts", "internal tests showed", "pumps were safe")


def test_what_was_said_publicly_is_the_account() -> None:
    # Account convention: "publicly said" marks the account given to the public, which
    # the evidence told before it contradicts.
    result = drafted(
        "Internal tests showed the pumps failed in 2017.",
        "At the same time, the company publicly said the pumps were safe.",
    )
    assert linked(result, "contradicts", "the pumps failed", "publicly said")


def test_what_was_said_where_the_public_hears_it_is_the_account() -> None:
    # Venue convention: words said at a news conference, in a press release or on the
    # body's website are the account given to the public, however plain the verb ("said",
    # "says"), even when evidence was told before them.
    for venue in (
        "the mayor said at a news conference",
        "the city said in a press release",
        "the city's website says",
        # sworn words before a public body, an announcement, and the account told again
        "the director testified",
        "the city announced",
        "the mayor told the council's finance committee",
        "the mayor told a Senate budget committee",
        # (a committee named in full: "the Chamber of Deputies' Standing Committee")
        "the mayor told the Chamber of Deputies’ Standing Committee",
        "the city wrote in a letter to residents",
    ):
        result = drafted(
            "Records show the city skipped pump inspections for three years.",
            f"“Every pump inspection was done on time,” {venue}.",
            "A council member said the records were alarming.",
        )
        assert linked(result, "contradicts", "skipped pump inspections", venue), venue
    plain = drafted(
        "Records show the city skipped pump inspections for three years.",
        "“Every pump inspection was done on time,” the mayor said.",
    )
    assert not linked(plain, "contradicts", "skipped pump inspections", "mayor said")


def test_the_account_told_again_is_the_account() -> None:
    result = drafted(
        "Records show the city skipped pump inspections for three years.",
        "“Every pump was inspected on schedule,” the mayor said at a news conference.",
        "A council member, Ana Ruiz, said the records were alarming.",
        "The city repeated the claim in a video posted in April.",
    )
    assert linked(result, "contradicts", "skipped pump inspections", "repeated the claim")


def test_the_question_put_to_a_speaker_frames_the_answer() -> None:
    # Question convention: "Asked why the department had not disclosed the reports,
    # spokesman Tim Lee said ..." is Lee's statement; the question is no event of its own,
    # and its past perfect does not date the answer, while a date in it does.
    result = drafted(
        "Inspection reports obtained by the Sun show engineers warned of cracks in 2016.",
        "Asked why the department had not disclosed the reports, spokesman Tim Lee said the "
        "findings were preliminary.",
    )
    answer = holding(result, "Tim Lee said")
    assert (answer.lane, answer.actor, answer.date) == ("statement", "Tim Lee", "../2024-03-08")
    assert [e for e in result.events if "Asked" in e.clause] == [answer]
    dated = drafted("Asked about the audit on Monday, the mayor said he had not read it.")
    assert [(e.lane, e.date) for e in dated.events] == [("statement", "Monday")]


def test_an_unframed_story_gets_no_account_links() -> None:
    result = drafted(
        "The county opened a new library branch on Monday.",
        "At the time, the librarian said the branch would open in spring.",
        "Volunteers gave the branch two thousand books about the library branch.",
    )
    assert not [k for k in result.links if k.relation == "contradicts"]


def test_a_quote_that_runs_on_continues_the_account() -> None:
    result = drafted(
        "Security camera video shows guards beating a prisoner in the yard.",
        "The official prison account said the prisoner attacked a guard in the yard.",
        '"The inmate was restrained and taken to the infirmary."',
    )
    assert linked(result, "contradicts", "guards beating", "restrained and taken")


def test_the_disclosure_refers_back_to_the_admission() -> None:
    result = drafted(
        "A spokeswoman for the utility acknowledged Friday that crews had skipped the valve "
        "checks.",
        "The disclosure directly contradicts statements by Director Ann Moss, who insisted "
        "the checks were done every month.",
    )
    assert not [e for e in result.events if e.clause.startswith("The disclosure")]
    assert linked(result, "contradicts", "acknowledged Friday", "insisted the checks")


def test_an_earlier_deed_with_its_own_date_is_its_own_event() -> None:
    result = drafted(
        "The principal confirmed Tuesday that the student was suspended after breaking a "
        "window on March 2, 2021, while he was in eighth grade."
    )
    deed = holding(result, "breaking a window")
    assert deed.date == "March 2, 2021"
    assert result.events.index(deed) < result.events.index(holding(result, "was suspended"))
    assert linked(result, "prompted", "breaking a window", "was suspended")


def test_a_dated_relative_clause_is_background() -> None:
    result = drafted(
        "Mayor Tom Reyes, who took office in May 2019, later said he had seen the memo.",
    )
    assert holding(result, "took office").date == "in May 2019"
    assert holding(result, "later said").date.startswith("../")


def test_a_statement_is_not_dated_by_what_it_speaks_of() -> None:
    result = drafted(
        "In its first comment on the crash the night of April 4, the agency said the pilot "
        "had been grounded."
    )
    assert holding(result, "the agency said").date.startswith("../")


def test_another_outlets_report_is_a_disclosure() -> None:
    result = drafted(
        "The company's own engineers found the brakes wore out early, according to the "
        "Denver Herald."
    )
    assert [e.lane for e in result.events] == ["disclosure"]


def test_a_speaker_characterizing_a_report_makes_a_statement() -> None:
    result = drafted(
        "She characterized the audit's findings as unfair and said the figures were outdated."
    )
    assert [e.lane for e in result.events] == ["statement"]


def test_an_embedded_post_is_one_statement_dated_by_its_signature() -> None:
    result = drafted(
        "The council vote surprised everyone. We deserved a say. — Jo Park (@jopark) March 5, 2024"
    )
    assert len(result.events) == 1
    post = result.events[0]
    assert (post.lane, post.date, post.actor) == ("statement", "March 5, 2024", "Jo Park")


def test_a_summary_lede_is_drafted_once_with_the_bodys_telling() -> None:
    result = drafted(
        "The county transit agency has admitted that its contractor skipped brake "
        "inspections on forty city buses.",
        "Agency spokeswoman Dana Holt acknowledged Tuesday that the contractor skipped brake "
        "inspections on forty buses over the winter.",
    )
    admissions = [e for e in result.events if e.lane == "disclosure"]
    assert [e.source for e in admissions] == ["article ¶2"]
    assert holding(result, "acknowledged Tuesday").date == "Tuesday"


@pytest.mark.parametrize(
    "lede",
    [
        "For more than a year, the state's top fire official has assured lawmakers that every "
        "nursing home in the state is inspected for fire safety annually.",
        "The state's top fire official has repeatedly said that every nursing home in the "
        "state is inspected for fire safety annually.",
        # (or in the plain past: "For months, the official told lawmakers")
        "For months, the state's top fire official told lawmakers who asked about it that "
        "every nursing home in the state is inspected for fire safety annually.",
    ],
)
def test_a_lede_account_given_again_and_again_is_kept_beside_one_telling(lede: str) -> None:
    # Repetition convention: an account given over a span is an event of its own beside
    # the one telling the body quotes.
    result = drafted(
        lede,
        "“Every nursing home in this state is inspected for fire safety annually,” the fire "
        "marshal, Rhonda Vail, told a legislative committee on Aug. 21.",
    )
    statements = [e for e in result.events if e.lane == "statement"]
    assert [e.source for e in statements] == ["article ¶1", "article ¶2"]


def test_a_lede_fact_the_body_does_not_repeat_is_kept() -> None:
    result = drafted(
        "The county transit agency has admitted that its contractor skipped brake "
        "inspections on forty city buses.",
        "The agency's board meets Thursday to choose a new contractor.",
    )
    assert any(e.source == "article ¶1" and e.lane == "disclosure" for e in result.events)


def test_a_supporting_quote_after_a_paraphrase_is_the_same_statement() -> None:
    result = drafted(
        "Harbor director Ana Ruiz told reporters the pier is safe. "
        '"We have nothing to hide," Ruiz said.',
    )
    statements = [e for e in result.events if e.lane == "statement"]
    assert len(statements) == 1


def test_two_speech_verbs_of_one_speaker_are_one_statement() -> None:
    result = drafted(
        "The mayor characterized the audit as a partisan attack on her office and said it "
        "ignored the city's own figures."
    )
    assert len([e for e in result.events if e.lane == "statement"]) == 1


def test_a_cause_that_refers_back_is_not_a_new_event() -> None:
    back = drafted(
        "The board issued two statements in response to its budget being criticised by the auditor."
    )
    assert not any(e.role == "cause" for e in back.events)
    new = drafted("The board issued a statement in response to a newspaper column.")
    assert any(e.role == "cause" for e in new.events)


def test_a_date_after_a_reported_subject_dates_what_was_said() -> None:
    result = drafted(
        "Director Ana Ruiz later said she was warned by engineers in March 2021 but did not "
        "recall the memo."
    )
    event = holding(result, "later said she was warned")
    assert event.lane == "disclosure"
    assert event.date.startswith("..")


def test_a_reply_to_a_private_email_is_private_and_dated_by_it() -> None:
    result = drafted(
        '"The inspection report is worse than we thought," says a May 3, 2022 email from '
        "deputy director Sam Ortiz.",
        'Director Ana Ruiz replied about an hour later: "Let us talk before the board meets."',
    )
    reply = holding(result, "replied about an hour later")
    assert reply.lane == "practice"
    assert reply.date == holding(result, "says a May 3, 2022 email").date


def test_new_evidence_after_but_is_a_disclosure_that_reveals_what_it_shows() -> None:
    # Evidence convention: "X said A, but video released Thursday shows B": B is set
    # against A, and the video's release is news of its own.
    result = drafted(
        "Harbor police said the driver had swerved at officers, but dashboard video "
        "released Thursday shows the car parked at the curb when the first shot was fired."
    )
    shown = holding(result, "the car parked at the curb")
    video = holding(result, "dashboard video released Thursday")
    assert (shown.lane, video.lane, video.date) == ("practice", "disclosure", "Thursday")
    assert "released Thursday" not in shown.clause
    assert linked(result, "reveals", "dashboard video", "the car parked")
    assert linked(result, "contradicts", "the car parked", "swerved at officers")


def test_a_reply_to_a_message_that_emails_show_is_private_too() -> None:
    # Behind-the-scenes convention: "emails show that an engineer told the director ...",
    # then "the director replied ...": the reply is a line of the same private exchange.
    result = drafted(
        "Emails obtained by the Harbor Gazette show that a structural engineer warned the "
        "port's operations chief, Dana Whit, in March 2019 that the pier would not pass "
        "inspection.",
        "Whit replied that repairs were not a priority this year.",
    )
    reply = holding(result, "Whit replied")
    assert (reply.lane, reply.actor) == ("practice", "Dana Whit")
    public = drafted(
        "Emails obtained by the Harbor Gazette show that a structural engineer warned the "
        "port's operations chief, Dana Whit, in March 2019 that the pier would not pass "
        "inspection.",
        "Whit replied at a public hearing that repairs were not a priority this year.",
    )
    assert holding(public, "Whit replied").lane == "statement"


def test_a_claim_names_the_dated_events_it_speaks_of() -> None:
    result = drafted(
        "The logs contradict Director Ana Ruiz's claim that she did not know about the "
        "June 2019 pipe failure at the east plant until last week when a local station "
        "aired the inspection video."
    )
    failure = holding(result, "the June 2019 pipe failure")
    assert failure.lane == "context"
    assert failure.date == "June 2019"
    assert holding(result, "aired the inspection video").lane == "disclosure"
    assert holding(result, "claim that she did not know").lane == "statement"


def test_a_dated_measurement_is_a_practice_and_an_undated_one_adds_no_event() -> None:
    result = drafted(
        "Since April, nitrate levels in most wells sampled near the feedlot have exceeded "
        "the state limit. One well tested at twice the limit."
    )
    assert holding(result, "have exceeded").lane == "practice"
    assert not any("One well tested" in e.clause for e in result.events)
    # a dated reading at or over a limit is a measurement too
    for sentence in (
        "The Jan. 5 match kicked off at 2 p.m. at a reading of 29.4.",
        "On May 3, the ward ran at or above the safe limit for nine hours.",
    ):
        assert [e.lane for e in drafted(sentence).events] == ["practice"], sentence


def test_a_pronoun_speaker_is_the_person_last_named() -> None:
    result = drafted(
        "Director Ana Ruiz defended the harbor budget on Monday.",
        '"We cut nothing that matters," she told KXYZ-TV.',
    )
    assert holding(result, "she told").actor == "Director Ana Ruiz"


def test_unnamed_sources_telling_an_outlet_are_its_disclosure() -> None:
    sources = drafted("Three sources told KXYZ-TV that the warden had the cameras switched off.")
    assert holding(sources, "sources told KXYZ-TV").lane == "disclosure"
    named = drafted("Warden Paul Okafor told KXYZ-TV that the cameras were never switched off.")
    assert holding(named, "Okafor told KXYZ-TV").lane == "statement"


def test_an_outlet_that_reported_something_made_a_disclosure() -> None:
    result = drafted("The Harbor Gazette reported that the agency paid its contractor twice.")
    assert holding(result, "Gazette reported").lane == "disclosure"


def test_reporting_credited_inside_a_sentence_is_its_own_disclosure() -> None:
    result = drafted(
        "The county jail acknowledged Tuesday that guards altered the visitor logs.",
        "The admission, which came after two sources told the Valley Herald that the logs "
        "were altered, contradicts statements by Warden Paul Okafor, who has long praised "
        "the staff and insisted the logs were complete.",
    )
    assert holding(result, "two sources told the Valley Herald").lane == "disclosure"
    statements = [e for e in result.events if e.source == "article ¶2" and e.lane == "statement"]
    assert len(statements) == 1
    assert "insisted the logs were complete" in statements[0].clause


def test_saying_one_was_told_something_discloses_it() -> None:
    result = drafted(
        "Rep. Dana Whitfield tweeted Friday that she was told “again and again” that the "
        "pier was safe."
    )
    assert [e.lane for e in result.events] == ["disclosure"]
    denial = drafted("Rep. Dana Whitfield said she was never told about the cracks.")
    assert holding(denial, "never told").lane == "statement"


def _pier_story(*more: str) -> Draft:
    return drafted(
        "Harbor Authority Director Ana Ruiz insisted the pier was inspected every spring.",
        "But maintenance logs show that inspectors skipped the pier for three years.",
        *more,
    )


def test_a_reaction_by_someone_outside_the_scrutinised_party_is_context() -> None:
    result = _pier_story(
        "Mr. Tomas Ferreira, whose son was hurt when the pier gave way, said the logs were "
        "“a betrayal of every family on the waterfront.”",
        "Director Ruiz said Monday that the authority would review every inspection.",
    )
    assert holding(result, "Ferreira, whose son").lane == "context"
    # (the party's own promise to review is the matter being looked into: a disclosure)
    assert holding(result, "would review every inspection").lane == "disclosure"


def test_an_official_named_by_title_alone_is_not_taken_for_an_outsider() -> None:
    result = _pier_story(
        "Executive Director Sam Patel said Wednesday that the pier passed every inspection."
    )
    assert holding(result, "passed every inspection").lane == "statement"


def test_a_person_introduced_by_an_appositive_is_named_and_reacts() -> None:
    result = _pier_story("Ray Duncan, a neighbor of the pier, said Thursday he warned them.")
    event = holding(result, "he warned them")
    assert event.lane == "context"
    assert event.actor == "Ray Duncan"


def test_a_job_before_a_name_belongs_to_the_name() -> None:
    result = _pier_story("Authority spokeswoman Lena Ortiz said Tuesday the logs were incomplete.")
    assert holding(result, "logs were incomplete").actor.endswith("Lena Ortiz")


def test_an_embedded_post_by_an_outsider_is_a_reaction() -> None:
    result = _pier_story(
        "Mr. Tomas Ferreira, whose son was hurt on the pier, called it a disgrace.",
        "They knew and said nothing. — Tomas Ferreira (@tferreira) March 7, 2024",
    )
    assert holding(result, "They knew and said nothing").lane == "context"


def test_no_reaction_is_judged_before_a_statement_is_contradicted() -> None:
    result = drafted(
        "Mr. Tomas Ferreira said the pier had felt unsteady for months.",
        "Harbor Authority Director Ana Ruiz insisted the pier was inspected every spring.",
    )
    assert holding(result, "felt unsteady").lane == "statement"


def test_a_text_written_by_someone_is_their_statement() -> None:
    result = drafted("The op-ed was written by Acme's general counsel, Dana Lee.")
    assert holding(result, "written by").lane == "statement"


def test_the_aftermath_a_scandal_prompted_is_context() -> None:
    result = drafted(
        "The crash and the agency's response have prompted sharp criticism and led to a "
        "state investigation.",
        "The closures angered parents across the district.",
    )
    assert holding(result, "prompted sharp criticism").lane == "context"
    assert holding(result, "angered parents").lane == "context"


def test_what_a_policy_did_in_general_is_context() -> None:
    general = drafted(
        "Under the new detention policy, hundreds of minors were held for weeks and handed "
        "over to shelters."
    )
    assert holding(general, "minors were held").lane == "context"
    doers = drafted("Under the agreement, deputies handed immigration agents lists of inmates.")
    assert holding(doers, "deputies handed").lane == "practice"


def test_an_order_to_examine_the_party_is_a_disclosure() -> None:
    result = drafted(
        "Now the state health department is directing the town to assess whether its "
        "wells are contaminated."
    )
    assert holding(result, "directing the town").lane == "disclosure"


def test_a_problem_first_discovered_is_a_practice() -> None:
    found = drafted("Elevated arsenic levels were first discovered in the town wells in 2019.")
    assert holding(found, "first discovered").lane == "practice"
    named = drafted("Elevated arsenic levels were discovered by state inspectors in 2019.")
    assert holding(named, "discovered by state inspectors").lane == "disclosure"


def test_for_a_duration_after_an_event_opens_a_leading_event() -> None:
    result = drafted(
        "For nearly two years after arsenic was first detected in the wells, Mayor Ellen "
        "Park insisted the water was safe to drink."
    )
    assert holding(result, "arsenic was first detected").lane == "practice"
    assert holding(result, "Park insisted").lane == "statement"
    assert "Park insisted" not in holding(result, "arsenic was first detected").clause


def test_a_time_counted_from_an_event_only_named_opens_no_event() -> None:
    # "A day after the bank's order," names an event, told as the main clause's time: one
    # event, the words said, and none made of the noun.
    result = drafted(
        "A day after the regulator's order, as depositors queued outside branches, the "
        "chairman told reporters that the curbs were a temporary technical issue."
    )
    assert [e.lane for e in result.events] == ["statement"]
    assert holding(result, "technical issue").title.startswith("The chairman said the curbs")


def test_the_statements_an_admission_concedes_are_listed_before_it() -> None:
    result = drafted(
        "“Our statements that the pier was inspected every spring were not accurate,” "
        "Director Ana Ruiz wrote."
    )
    lanes = [e.lane for e in result.events]
    assert lanes.index("statement") < lanes.index("disclosure")


def test_a_plan_paused_or_scrapped_is_background() -> None:
    result = drafted(
        "The council is now pausing the rollout of its new parking meters.",
        "Acme scrapped the second phase of the project.",
    )
    assert holding(result, "pausing the rollout").lane == "context"
    assert holding(result, "scrapped the second phase").lane == "context"


def test_a_date_set_off_before_the_verb_dates_the_statement() -> None:
    result = drafted(
        "The board issued two replies. The second, on Feb. 20, was written by its chair, "
        "Dana Whitfield."
    )
    assert holding(result, "was written by").date == "Feb. 20"


def test_a_participle_of_saying_shares_the_date_of_the_verb_before_it() -> None:
    result = drafted(
        "Mayor Ines Duval unveiled the repair guarantee in April, telling a crowded news "
        'conference: "Every pothole will be filled within a week."'
    )
    assert holding(result, "unveiled the repair guarantee").date == "in April"


def test_a_name_in_apposition_leaves_the_verb_and_its_date_together() -> None:
    result = drafted(
        "The water board wrote to the county's senator, Hal Brennan, in March saying the "
        'leak had been "fully repaired".'
    )
    assert holding(result, "wrote to the county's senator").date == "in March"


def test_a_title_names_a_person_without_their_appositive() -> None:
    result = _pier_story(
        "Ray Duncan, a neighbor of the pier, who fished there for years, later said the "
        "railing was loose."
    )
    assert holding(result, "railing was loose").title.startswith("Ray Duncan later said")


def _utility_story(*more: str) -> Draft:
    return drafted(
        "Pacific Valley Power told regulators in 2019 that its towers had been inspected.",
        "But an audit released Monday found that crews skipped inspections on 200 towers.",
        *more,
    )


def test_a_company_is_named_by_its_head_word_and_referred_back_to_by_its_kind() -> None:
    result = _utility_story("The utility has repeatedly denied that its towers were at fault.")
    assert holding(result, "told regulators").actor == "Pacific Valley Power"
    assert holding(result, "repeatedly denied").actor == "Pacific Valley Power"


def test_a_title_states_the_fact_not_its_source() -> None:
    result = _utility_story(
        "According to internal emails reviewed by the Gazette, an engineer warned managers "
        "in March 2018 that the towers were at risk."
    )
    title = holding(result, "an engineer warned managers").title
    assert title.startswith("An engineer warned managers")


def test_a_person_introduced_by_whose_is_named_and_reacts() -> None:
    result = _utility_story("Maria Gonzalez, whose home burned, said she was not surprised.")
    event = holding(result, "not surprised")
    assert event.actor == "Maria Gonzalez"
    assert event.lane == "context"


def test_a_statement_credited_to_an_outlet_is_still_the_partys_statement() -> None:
    result = drafted(
        "Harbor police initially said a swimmer was hurt when he slipped, KXYZ-TV reported.",
    )
    assert holding(result, "initially said").lane == "statement"


def test_an_internal_affairs_inquiry_is_not_a_private_document() -> None:
    result = drafted(
        "Harbor police said on Friday that an internal affairs investigation was opened.",
    )
    assert holding(result, "internal affairs").lane == "statement"


def test_an_official_of_another_body_reacts() -> None:
    result = _pier_story(
        "Bay County Executive Mark Ellison said Tuesday the logs were “deeply troubling.”"
    )
    assert holding(result, "deeply troubling").lane == "context"


def test_testimony_a_document_contradicts_is_a_statement() -> None:
    result = drafted(
        "Memos from the contractor contradict testimony from Harbor Authority Director Ana "
        "Ruiz, who told lawmakers the pier had no known defects.",
    )
    claim = holding(result, "testimony from Harbor Authority")
    assert claim.lane == "statement"
    assert linked(result, "contradicts", "Memos from the contractor", "testimony from")


def test_a_reaction_is_judged_once_the_account_is_contradicted_at_the_end() -> None:
    story = "\n\n".join(
        [
            "Video contradicts police account of swimmer's fall",
            "Harbor police said in May that the swimmer slipped on the pier.",
            "Maria Gonzalez, the swimmer's mother, said police never called her.",
            "Surveillance video released Monday shows an officer pushing the swimmer.",
        ]
    )
    result = draft(story, PUB)
    assert linked(result, "contradicts", "an officer pushing", "Harbor police said")
    assert holding(result, "never called her").lane == "context"


def test_a_question_keeps_its_attribution_in_one_sentence() -> None:
    result = drafted("“Who approved the contract?” asked Councilwoman Rosa Tate.")
    assert len([s for s in result.sentences if s.para == 1]) == 1


def test_a_quotation_of_the_message_just_described_is_that_message() -> None:
    result = drafted(
        "In a Nov. 3, 2014, e-mail to the mayor’s personal account, donor Jona Rechnitz urged "
        "him to keep the chief.",
        "“What can we do for you to keep him?” Rechnitz wrote.",
    )
    message = holding(result, "urged him to keep the chief")
    assert message.lane == "practice"
    assert message.actor == "Jona Rechnitz"
    assert message.date == "Nov. 3, 2014"
    assert not [e for e in result.events if "What can we do" in e.clause]


def test_an_email_in_which_someone_offers_is_private() -> None:
    result = drafted(
        "A February 2014 e-mail introduced at trial, in which the donor offers the mayor "
        "game tickets, was also excluded."
    )
    assert holding(result, "February 2014 e-mail").lane == "practice"


def test_contentions_a_story_says_are_contradicted_frame_the_account() -> None:
    result = drafted(
        "The mayor said Friday that he gave everything he had.",
        "The e-mails contradict the mayor’s repeated contentions that he barely knew donor "
        "Jona Rechnitz.",
        "In a March 2014 e-mail, Rechnitz offered the mayor a seat at a Knicks game.",
    )
    assert holding(result, "repeated contentions").lane == "statement"
    assert linked(result, "contradicts", "offered the mayor a seat", "repeated contentions")


def test_a_trailing_admission_concedes_the_fact_before_it() -> None:
    result = drafted(
        "Dana Whitfield, the agency’s former director, received warnings about the dam a "
        "year before it failed, the agency has admitted."
    )
    fact = holding(result, "received warnings about the dam")
    admission = next(e for e in result.events if e.lane == "disclosure")
    assert fact.lane == "practice"
    assert admission.title.startswith("The agency has admitted: Dana Whitfield received")
    assert linked(result, "reveals", "has admitted", "received warnings")


def test_an_admission_may_stand_apart_from_what_it_concedes() -> None:
    result = drafted(
        "The agency has admitted since state inspectors first made the cracks public that "
        "more than 40 dams were never inspected in 2022."
    )
    assert holding(result, "more than 40 dams were never inspected").lane == "practice"


def test_dated_testimony_is_a_disclosure_of_its_own() -> None:
    result = drafted(
        "The mayor knew of the leak in May, the month before he said he learned of it, "
        "according to testimony Friday from one of his aides."
    )
    assert holding(result, "knew of the leak").lane == "practice"
    assert linked(result, "reveals", "testimony Friday", "knew of the leak")


def test_an_email_to_a_newspaper_is_a_statement() -> None:
    result = drafted(
        "“We do not comment on pending cases,” Anna Heaton said in an e-mail to the Harbor Gazette."
    )
    assert holding(result, "We do not comment").lane != "practice"


def test_a_wire_credit_alone_is_a_dateline() -> None:
    result = drafted("(Reuters) - Harbor police said on Friday that the pier was safe.")
    assert all(not e.title.startswith("(") for e in result.events)


def test_a_statement_that_declines_to_say_more_is_still_a_statement() -> None:
    result = drafted(
        "Harbor police said in a statement Friday that the leak “undermines the inquiry” "
        "but did not comment on the video."
    )
    assert holding(result, "undermines the inquiry").lane == "statement"


def test_a_report_is_dated_by_its_release_not_by_its_subject() -> None:
    result = drafted(
        "The agency’s statements in the days following the Sept. 11, 2001, attacks were not "
        "supported by its data, the inspector general says in a report released late Thursday."
    )
    report = next(e for e in result.events if e.lane == "disclosure")
    assert report.date == "Thursday"


def test_a_report_for_a_year_is_dated_by_its_tabling_told_after_it() -> None:
    # Record convention: "the report on the accounts for 2020" covers the year; "which was
    # laid in the National Assembly last Thursday" tells when it came out
    result = drafted(
        "The findings are contained in the Auditor General's report on the public accounts "
        "for 2020, which was laid in the National Assembly last Thursday."
    )
    report = holding(result, "findings are contained")
    assert report.date == "last Thursday"


def test_a_reply_to_the_press_by_email_is_not_a_private_message() -> None:
    result = drafted(
        "“The tests prove the powder is safe,” Ernie Knewitz told the Gazette in an email."
    )
    assert holding(result, "The tests prove").lane == "statement"


def test_what_someone_says_of_their_own_conduct_is_their_account() -> None:
    story = "\n\n".join(
        [
            "Deputies' reports appear to contradict jail video",
            "The video shows Nolan Pratt, a county deputy, striking an inmate who was lying "
            "still on the floor.",
            "Pratt told an investigator the inmate was fighting and had to be restrained.",
        ]
    )
    result = draft(story, PUB)
    assert holding(result, "told an investigator").actor == "Nolan Pratt"
    assert linked(result, "contradicts", "striking an inmate", "told an investigator")


def test_a_memo_filed_revealing_a_fact_is_a_disclosure_of_it() -> None:
    result = drafted(
        "In a new twist in the long fight over the harbor bridge and the 2030 budget, Mayor "
        "Ruth Okafor filed a memo Thursday revealing that she approved the contract in "
        "February 2023."
    )
    memo = next(e for e in result.events if e.lane == "disclosure")
    assert memo.date == "Thursday"
    assert holding(result, "approved the contract").lane == "practice"


def test_his_earlier_testimony_names_the_statement_contradicted() -> None:
    result = drafted(
        "The memo contradicts his earlier testimony saying he acted only after the request."
    )
    assert holding(result, "his earlier testimony").lane == "statement"
    assert linked(result, "contradicts", "The memo", "his earlier testimony")


def test_the_lede_keeps_a_fact_only_it_dates() -> None:
    result = drafted(
        "Records released Monday show the plant leaked coolant in March 2022.",
        "The records show the plant leaked coolant into the river more than once.",
    )
    assert holding(result, "leaked coolant in March 2022").date == "in March 2022"


def test_records_released_monday_show_is_a_verb_not_a_programme() -> None:
    result = drafted("Records released Monday show the plant leaked coolant in March 2022.")
    assert next(e for e in result.events if e.lane == "disclosure").date == "Monday"


def test_a_statement_credited_with_according_to_stays_a_statement() -> None:
    result = drafted(
        "In a deleted June 14 statement posted to Facebook, the Harbor Authority said the "
        "swimmer “ignored every warning,” according to KXYZ-TV."
    )
    statement = holding(result, "Harbor Authority said")
    assert statement.lane == "statement"
    assert statement.date == "June 14"


def test_a_date_after_the_statement_noun_in_the_opening_phrase_dates_the_statement() -> None:
    result = drafted(
        "In its first statement on March 2, the port authority said the crane operator had "
        "been hurt in a fall on Feb. 28."
    )
    assert holding(result, "port authority said").date == "March 2"


def test_a_job_title_chain_names_one_person() -> None:
    result = drafted("Sheriff’s spokesman Lt. Ryan Flood repeated the account on Friday.")
    assert holding(result, "repeated the account").actor.endswith("Ryan Flood")


def test_erred_is_an_admission() -> None:
    result = drafted("On Tuesday the sheriff’s office said it erred in issuing the early report.")
    assert holding(result, "erred").lane == "disclosure"


def test_calling_another_partys_warning_inaccurate_is_a_denial_not_an_admission() -> None:
    result = drafted(
        "At the time, the company pushed back, saying the regulator’s warning was "
        "“inaccurate and misleading.”"
    )
    assert holding(result, "pushed back").lane == "statement"


def test_whoever_apologises_is_the_party_and_a_senator_reacts() -> None:
    result = drafted(
        "In a statement Wednesday, CEO Dana Whitfield apologized and said the company made a "
        "mistake.",
        "Sen. Ray Cortez, a Democrat who chairs the safety committee, said the recall came "
        "too late.",
    )
    assert holding(result, "recall came too late").lane == "context"


def test_a_military_rank_before_a_name_makes_the_name_an_actor() -> None:
    result = drafted("Gen. Dana Ortiz, head of the wing, told reporters the jets were grounded.")
    assert holding(result, "told reporters").actor == "Gen. Dana Ortiz"


def test_a_job_set_off_after_a_name_without_an_article_names_a_person() -> None:
    result = drafted(
        "Lena Park, spokeswoman for the water board, acknowledged Friday that tests were skipped."
    )
    assert holding(result, "acknowledged Friday").actor == "Lena Park"


def test_a_job_told_before_the_name_names_the_person_after_the_comma() -> None:
    result = drafted(
        "The reply was written by the utility's chief engineer, Omar Haddad, on Monday.",
        "He called the inspection report unfair.",
    )
    assert holding(result, "was written by").actor == "Omar Haddad"
    assert holding(result, "He called").actor == "Omar Haddad"


def test_a_lowercase_job_before_a_name_is_not_part_of_it() -> None:
    result = drafted("Harbor boss Ines Marsh told the council the cranes were safe.")
    assert holding(result, "told the council").actor == "Ines Marsh"


def test_a_name_repeated_without_a_title_is_the_actor() -> None:
    result = drafted(
        "Internal memos show Halvorsen Marine knew the hulls were cracking in 2019.",
        "In a statement, Halvorsen said the boats were safe.",
    )
    assert holding(result, "the boats were safe").actor == "Halvorsen Marine"


def test_a_body_that_qualifies_a_person_is_not_the_actor() -> None:
    result = drafted(
        "Internal memos show Halvorsen Marine knew the hulls were cracking in 2019.",
        "Halvorsen chief executive Rui Costa said on Monday the boats were safe.",
    )
    assert holding(result, "the boats were safe").actor == "Rui Costa"


def test_a_name_used_as_a_modifier_is_not_the_actor() -> None:
    actors = Actors(
        [
            "Internal memos show Halvorsen Marine knew the hulls were cracking in 2019.",
            "Halvorsen said the boats were safe.",
        ]
    )
    sentence = "Halvorsen-funded researchers found the hulls would last."
    assert actors.actor(sentence, speaker_after_quote=False)[0] != "Halvorsen Marine"


def test_a_speaker_introduced_as_the_bodys_continues_its_account() -> None:
    result = drafted(
        "Halvorsen Marine has insisted its ferries were safe.",
        "But inspection records show Halvorsen crews found cracked frames in 2021.",
        "Halvorsen has issued two rebuttals.",
        "The first was written by Halvorsen's top lawyer, Rui Costa, who said the frames were "
        "sound.",
    )
    assert holding(result, "The first was written").actor == "Rui Costa"
    assert linked(result, "contradicts", "cracked frames", "The first was written")


def test_lines_of_a_quoted_private_exchange_are_practice_not_statements() -> None:
    result = drafted(
        "In one instant message exchange from early 2022, a plant engineer asks another if "
        "the valves would pass an inspection.",
        '"Would you sign off on these valves? I wouldn\'t," one engineer says.',
        'Another responds, "not a chance."',
    )
    assert holding(result, "one engineer says").lane == "practice"
    assert holding(result, "Another responds").lane == "practice"


def test_an_unnamed_speaker_in_public_still_makes_a_statement() -> None:
    result = drafted(
        "In one instant message exchange from early 2022, a plant engineer asks another if "
        "the valves would pass an inspection.",
        "One engineer told reporters at a news conference that the valves were sound.",
    )
    assert holding(result, "valves were sound").lane == "statement"


def test_the_subject_follows_a_leading_clause() -> None:
    result = drafted(
        "Records show Halvorsen Marine crews found cracked frames in 2021.",
        "When two Harbor Line ferries broke down in May, Halvorsen publicly insisted its boats "
        "were safe.",
    )
    assert holding(result, "publicly insisted").actor == "Halvorsen Marine"


def test_the_company_is_the_company_the_story_names_most() -> None:
    result = drafted(
        "Records show Halvorsen crews found cracked frames. Inspectors said Halvorsen kept "
        "sailing.",
        "Halvorsen denied it. A week later the company said, after a Bayline Airlines "
        "flight was delayed, that its ferries were safe.",
    )
    assert holding(result, "its ferries were safe").actor == "Halvorsen"


def test_a_finding_that_shows_otherwise_contradicts_the_account() -> None:
    result = drafted(
        "Mayor Dana Reyes has repeatedly insisted she never saw the rail defect memo.",
        "Her aide, Omar Haddad, revealed the rail defect memo in a courtroom on Friday.",
    )
    assert linked(result, "contradicts", "revealed the rail defect memo", "never saw")


def test_a_finding_drafted_with_its_practice_contradicts_with_the_practice() -> None:
    result = drafted(
        "The transit agency has repeatedly insisted that its brake inspections were done on "
        "schedule.",
        "An audit released Tuesday found 40 trains had missed brake inspections for months.",
    )
    assert linked(result, "contradicts", "40 trains had missed", "repeatedly insisted")
    # the audit reveals the practice; the practice, not the audit, contradicts the claim
    audit = [k for k in result.links if k.source.startswith("audit-released")]
    assert [k.relation for k in audit] == ["reveals"]


def test_an_admission_is_no_finding_against_the_account() -> None:
    result = drafted(
        "The transit agency has repeatedly insisted that its brake inspections were done on "
        "schedule.",
        "On Tuesday the agency admitted its brake inspections were not accurate.",
    )
    assert not linked(result, "contradicts", "admitted", "insisted")


@pytest.mark.parametrize(
    ("headline", "framed"),
    [
        ("A headline for the test", False),
        ("The county says its branch opened every weekday. We checked the door logs", True),
        ("County's 'every weekday' claim falls short", True),
    ],
)
def test_a_headline_that_tests_a_claim_frames_the_story(headline: str, framed: bool) -> None:
    # Headline convention: a claim that "falls short", or the newsroom's own check set after
    # what a body says, is a story that tests an account.
    body = [
        "The county opened a new library branch in Eastfield last spring.",
        "In a news release, the county said the branch opened every weekday in May.",
        "Eastfield has about 9,000 residents.",
        "The branch stayed closed on nine weekdays in May, the door logs list.",
    ]
    result = draft(headline + "\n\n" + "\n\n".join(body), PUB)
    assert linked(result, "contradicts", "stayed closed", "opened every weekday") is framed


def test_a_lede_that_charges_deceit_frames_the_story() -> None:
    result = drafted(
        "The retailer will pay $5 million for misleading investors about its flooring.",
        "The penalty ends a two-year case.",
        "Its own lab gave the flooring a failing grade for lead in 2015.",
        "The retailer has long insisted the flooring met every standard for lead.",
    )
    assert linked(result, "contradicts", "failing grade", "met every standard")


def test_a_model_or_programme_after_a_number_is_no_actor() -> None:
    result = drafted(
        "The 737 Max jets were grounded. Pilots said the Max handled badly.",
        "The 737 Max jets flew again in May, the Max maker said.",
    )
    assert all(e.actor != "Max" for e in result.events)


def test_an_initial_and_an_abbreviated_title_belong_to_the_name() -> None:
    result = drafted("In a statement, U.S. Atty. G. Zachary Ruiz said the company had cooperated.")
    assert holding(result, "had cooperated").actor == "U.S. Atty. G. Zachary Ruiz"


def test_calling_ones_own_act_a_mistake_is_an_admission() -> None:
    result = drafted('"The closure was a terrible mistake," Gen. Ana Ruiz told a news conference.')
    assert holding(result, "terrible mistake").lane == "disclosure"


def test_an_own_figure_worked_out_wrongly_is_an_admission() -> None:
    result = drafted(
        "Deputy Chief Mara Quinn said the 95 percent response figure had been "
        '"worked out incorrectly" because it counted phone calls as visits.'
    )
    assert holding(result, "worked out incorrectly").lane == "disclosure"


def test_an_own_act_that_should_not_have_happened_is_an_admission() -> None:
    result = drafted(
        'The county administrator said the notice "should not have been mailed" to residents.'
    )
    assert holding(result, "should not have been mailed").lane == "disclosure"


def test_an_apology_in_the_present_is_an_admission_and_a_refusal_is_not() -> None:
    said = drafted('"We apologise to every family affected," the trust\'s chief executive said.')
    assert holding(said, "We apologise").lane == "disclosure"
    refused = drafted("The trust's chief executive refused to apologise to the families.")
    assert holding(refused, "refused to apologise").lane != "disclosure"


def test_saying_it_was_not_a_mistake_is_no_admission() -> None:
    result = drafted("The mayor said the closure was not a mistake.")
    assert holding(result, "not a mistake").lane == "statement"


def test_an_account_called_not_accurate_in_quotation_marks_is_an_admission() -> None:
    result = drafted('The port director said the earlier account was "not accurate."')
    assert holding(result, "earlier account").lane == "disclosure"


def test_records_obtained_through_a_request_are_a_disclosure() -> None:
    result = drafted("The Daily Ledger obtained the e-mails through a public records request.")
    assert holding(result, "public records request").lane == "disclosure"


def test_according_to_evidence_at_the_start_splits_finding_from_fact() -> None:
    result = drafted(
        "According to internal messages released by the company, engineers mocked the "
        "regulator and admitted to hiding problems."
    )
    fact = holding(result, "engineers mocked the regulator")
    assert fact.lane == "practice"
    assert holding(result, "According to internal messages").lane == "disclosure"
    assert linked(result, "reveals", "According to internal messages", "engineers mocked")


def test_according_to_evidence_after_a_sentence_adverb_still_sources_what_follows() -> None:
    result = drafted(
        "Instead, according to the county's audit, clerks marked 900 permits as approved "
        "between May and July without an inspection."
    )
    fact = holding(result, "clerks marked 900 permits")
    assert fact.lane == "practice"
    assert not any(e.title.startswith("According to") for e in result.events)


def test_a_relative_clause_that_tells_what_evidence_shows_is_no_background() -> None:
    result = drafted(
        "The Post obtained inspection logs kept by the depot, which show that 12 buses ran "
        "without brake checks between May 2 and June 30."
    )
    assert [e.lane for e in result.events if "12 buses" in e.clause] == ["practice"]
    assert all(e.role != "background" for e in result.events)


def test_a_leading_clause_splits_before_a_name_with_a_rank_it_leaves_out() -> None:
    result = drafted(
        "After the Post sent questions to the force last week, Assistant Chief Constable "
        "Rachel Dyson said the figure was wrong."
    )
    asked = holding(result, "sent questions")
    assert (asked.role, asked.date) == ("leading", "last week")
    assert holding(result, "figure was wrong").role == "main"


def test_evidence_with_an_aside_that_adds_more_evidence_still_shows_a_practice() -> None:
    result = drafted(
        "A Gazette review of 300 invoices, along with 148 complaints filed with the city's "
        "parking and licensing division since 2010, found that the contractor routinely billed "
        "residents for visits that never happened."
    )
    assert holding(result, "the contractor routinely billed").lane == "practice"
    assert linked(result, "reveals", "Gazette review", "the contractor routinely billed")


def test_according_to_a_person_at_the_start_is_not_evidence() -> None:
    result = drafted("According to the sheriff, the deputies followed policy.")
    assert all(k.relation != "reveals" for k in result.links)


def test_but_joining_a_claim_and_a_finding_makes_two_events_and_a_contradiction() -> None:
    result = drafted("Officials insisted the water was safe, but tests showed lead in 40 homes.")
    claim = holding(result, "Officials insisted")
    fact = holding(result, "tests showed lead")
    assert claim.clause == "Officials insisted the water was safe"
    assert claim.lane == "statement" and fact.lane in ("practice", "disclosure")
    assert linked(result, "contradicts", "tests showed lead", "Officials insisted")


def test_and_joining_two_speakers_makes_two_statements() -> None:
    result = drafted(
        "Mayor Dana Reyes said she learned of the leak in March, and her aide Omar Haddad "
        "testified that he told her in January."
    )
    assert holding(result, "Reyes said").clause.endswith("in March")
    assert holding(result, "testified that he told her").lane == "statement"


def test_but_joining_two_accounts_leaves_them_disputed() -> None:
    result = drafted(
        "Ana Ruiz said she had worked for two banks, but spokesmen for both banks told the "
        "Ledger they could not confirm her employment."
    )
    assert linked(result, "disputes", "spokesmen for both banks", "Ana Ruiz said")
    assert not linked(result, "contradicts", "spokesmen for both banks", "Ana Ruiz said")


def test_a_second_verb_without_its_own_subject_stays_in_its_clause() -> None:
    result = drafted(
        "The separations angered lawmakers in both parties, and even drew a rebuke from the "
        "first lady."
    )
    assert len(result.events) == 1


def test_a_disclosure_is_dated_by_its_announcement_not_by_what_it_is_about() -> None:
    result = drafted(
        "The county backed away from its account of a fire that gutted three homes last "
        "month, announcing Friday that it had erred."
    )
    event = holding(result, "announcing Friday")
    assert event.lane == "disclosure"
    assert event.date == "Friday"


def test_a_newsroom_that_said_in_a_report_is_disclosing() -> None:
    result = drafted(
        "The utility knew its poles were rotting for a decade, the Ledger said in a report "
        "published Monday."
    )
    assert holding(result, "poles were rotting").lane == "disclosure"


def test_a_title_starts_with_the_subject_not_the_opening_clause() -> None:
    result = drafted(
        "As the ferry sank in the harbor, the official coast guard account said the crew had "
        "followed every rule."
    )
    assert holding(result, "official coast guard account").title.startswith(
        "The official coast guard account said"
    )


def test_a_clause_without_its_subject_is_titled_with_the_person_named_before_it() -> None:
    result = drafted(
        "Mayor Dana Reyes apologized for the closure and said the city would pay for repairs."
    )
    said = holding(result, "said the city would pay")
    assert said.actor == "Mayor Dana Reyes"
    assert said.title.startswith("Reyes said the city would pay")


def test_a_title_does_not_end_on_a_conjunction() -> None:
    result = drafted(
        "Mayor Dana Reyes apologized for the closure and said the city would pay for repairs."
    )
    assert not holding(result, "apologized").title.endswith(" and")


def test_a_sentence_that_only_dates_the_last_event_adds_none() -> None:
    result = drafted(
        "Chief Ana Ruiz initially said that the gunman fired first.",
        "That account was Wednesday.",
    )
    assert len(result.events) == 1
    said = holding(result, "initially said")
    assert said.date == "Wednesday"
    assert "That account was Wednesday" in said.date_note


def test_a_dated_event_is_not_redated_by_the_next_sentence() -> None:
    result = drafted(
        "Chief Ana Ruiz said on Monday that the gunman fired first.",
        "That account was Wednesday.",
    )
    assert holding(result, "gunman fired first").date == "Monday"


def test_a_denial_told_after_the_evidence_is_still_the_account() -> None:
    result = drafted(
        "A leaked memo shows the agency set a target of 900 inspections in 2023.",
        "Gov. Ana Ruiz said on Wednesday that the agency does not have targets.",
    )
    assert linked(result, "contradicts", "target of 900", "does not have targets")


@pytest.mark.parametrize("when", ["on Wednesday", "this week"])
def test_a_plain_statement_after_the_evidence_is_not_taken_for_the_account(when: str) -> None:
    # (an answer of the days before the story ran, after a lede that tells the evidence)
    result = drafted(
        "A leaked memo shows the agency set a target of 900 inspections in 2023.",
        f"Gov. Ana Ruiz said {when} that the agency reviews its targets yearly.",
    )
    assert not linked(result, "contradicts", "target of 900", "reviews its targets")


def test_a_post_named_by_its_title_is_the_actor() -> None:
    result = drafted("The Home Secretary said on Wednesday that there were no targets.")
    assert holding(result, "no targets").actor == "Home Secretary"


def test_an_acknowledgment_denied_is_no_admission() -> None:
    result = drafted("The agency has not publicly acknowledged the three spills.")
    assert all(e.lane != "disclosure" for e in result.events)


def test_a_name_that_qualifies_a_job_before_another_name_is_not_the_actor() -> None:
    result = drafted(
        "Gov. Dana Reyes said on Monday that her staff had nothing to do with it.",
        '"Time to slow the permits," Reyes deputy chief of staff Omar Lee Haddad wrote in '
        "March in a message to a city planner.",
    )
    wrote = holding(result, "Time to slow the permits")
    assert wrote.actor == "Omar Lee Haddad"
    assert wrote.lane == "practice"


def test_the_object_of_a_deed_is_not_its_actor() -> None:
    result = drafted("Sheriff Tom Hale fired Deputy Ana Ruiz on Monday.")
    assert holding(result, "fired Deputy").actor == "Sheriff Tom Hale"


def test_revising_ones_own_account_is_an_admission() -> None:
    result = drafted(
        "Revising its earlier account, the hospital said the nurse's notes were visible to "
        "every doctor."
    )
    assert holding(result, "Revising its earlier account").lane == "disclosure"


def test_an_outlet_that_obtained_and_published_footage_disclosed_it() -> None:
    result = drafted("The Ledger obtained and published clips of the footage on Wednesday.")
    assert holding(result, "obtained and published").lane == "disclosure"


def test_a_criminal_charge_is_a_disclosure() -> None:
    result = drafted("Officer Tom Hale was charged with murder on Tuesday.")
    assert holding(result, "charged with murder").lane == "disclosure"


def test_the_account_is_the_one_disputed_whichever_clause_comes_first() -> None:
    result = drafted(
        "A former aide said he sent the report to the mayor in April, while Mayor Dana Reyes "
        "has insisted she never saw it."
    )
    assert linked(result, "disputes", "former aide said", "has insisted")
    assert not linked(result, "disputes", "has insisted", "former aide said")


def test_a_quotation_after_an_admission_is_said_on_the_same_day() -> None:
    result = drafted(
        '"It is now clear that our crews did reach the flat," the fire service said on Tuesday.',
        '"We never set out to mislead anyone about that night."',
    )
    assert holding(result, "never set out to mislead").date == "2024-03-05"


def test_until_bounds_the_claim_not_the_event_it_names() -> None:
    result = drafted(
        "The emails contradict Mayor Dana Reyes’s initial claim that she didn’t know about the "
        "flooding until earlier this month when a local station first aired the footage."
    )
    aired = holding(result, "first aired the footage")
    assert aired.date == "earlier this month"


@pytest.mark.parametrize(
    ("sentence", "words", "date"),
    [
        (
            "Records show that the council did not file its required report with the "
            "regulator until May 16.",
            "did not file",
            "May 16",
        ),
        ("The broken pump wasn’t repaired until Oct. 19.", "repaired", "Oct. 19"),
        # without the negative, "until" bounds a span that runs up to the day
        ("The plant stayed open until May 16.", "stayed open", "until May 16"),
    ],
)
def test_not_until_tells_when_it_happened_at_last(sentence: str, words: str, date: str) -> None:
    # Delay convention: "did not file its report until May 16" reports a filing on May 16,
    # late; the day is the event's, not the end of a span.
    result = drafted("The council said the report was filed at once.", sentence)
    assert holding(result, words).date == date


def test_evidence_that_tells_a_different_story_contradicts_the_account() -> None:
    # Contrast convention: records that "tell a different story" are set against the account.
    result = drafted(
        "Superintendent Lena Ward told parents on Monday that no buses had missed inspections.",
        "But maintenance logs released Thursday tell a different story: 14 buses went "
        "uninspected for a year.",
    )
    assert linked(result, "contradicts", "maintenance logs", "no buses had missed")


def test_what_follows_evidence_set_against_the_account_is_what_it_shows() -> None:
    # Contrast convention: "The logs suggest otherwise, at least on this coast." says
    # nothing itself; the sentence after it, with or without a cue, tells what they show,
    # and a document's author "wrote" its words.
    result = drafted(
        "The minister told Parliament that every drumline was checked daily.",
        "The logs suggest otherwise, at least on this stretch of coast. On 31 occasions, "
        "drumlines were not visited for at least three consecutive days.",
    )
    unvisited = holding(result, "were not visited")
    assert unvisited.lane == "practice"
    assert linked(result, "contradicts", "were not visited", "every drumline")
    assert linked(result, "reveals", "logs suggest otherwise", "were not visited")
    written = drafted(
        "The fair board said the ride passed every inspection.",
        "The board's emails, dated July 17, tell a different story. Its ride manager, Dale "
        "Pruitt, wrote that the latch on car 6 was worn past tolerance.",
    )
    assert holding(written, "latch on car 6").lane == "practice"
    assert linked(written, "contradicts", "latch on car 6", "passed every inspection")
    # the evidence may be named at length before its verb
    long = drafted(
        "The council said repairs were done within a week.",
        "Job-by-job records kept by the council's repairs contractor, Keystone Property "
        "Maintenance, and appended to a report to the scrutiny committee, paint a different "
        "picture. Of 18,600 repairs logged last year, 4,100 were marked complete on the day "
        "an operative first attended.",
    )
    assert holding(long, "4,100 were marked").lane == "practice"
    assert linked(long, "contradicts", "4,100 were marked", "repairs were done within")


def test_the_reply_to_a_question_is_the_answer_of_the_person_asked() -> None:
    # Pronoun convention: after "X asked Y whether ...", "she replied" is Y speaking.
    result = drafted(
        "Under oath last spring, Mayor Alma Pruitt denied knowing of the contract.",
        "Lawyer Tom Greer, who represents the fired clerks, asked Deputy Clerk Nora Vance "
        "whether she had signed it.",
        "“No,” she replied.",
    )
    assert holding(result, "she replied").actor == "Deputy Clerk Nora Vance"


def test_testimony_from_the_witness_stand_is_a_statement() -> None:
    # Testimony convention: what a witness says from the stand is a sworn statement.
    result = drafted(
        "Mayor Alma Pruitt grew angry on the witness stand last year when asked about "
        "the contract with her brother's firm.",
    )
    assert holding(result, "witness stand").lane == "statement"


def test_the_first_official_report_is_the_account_not_a_finding() -> None:
    # Account convention: the report a party gave first is the claim the story tests.
    result = drafted(
        "The first official report from the county, issued on May 2, said the levee "
        "failed because of record rain.",
    )
    assert holding(result, "record rain").lane == "statement"


def test_an_official_figure_conceded_as_wrong_is_admitted() -> None:
    # Figure convention: the official count is the account; the party conceding it is wrong
    # admits it, and the sentence's "but" is that admission.
    result = drafted(
        "The official count of flood deaths stands at 12, but as early as March Gov. "
        "Ruth Okafor conceded the count is incomplete.",
    )
    assert holding(result, "official count").lane == "statement"
    assert linked(result, "admits", "conceded", "official count")


def test_a_study_that_estimates_is_a_finding() -> None:
    result = drafted(
        "In May, a Lakeside University study estimated that 400 to 900 people had died "
        "of the heat.",
    )
    assert holding(result, "study estimated").lane == "disclosure"


def test_a_magazine_that_first_reported_the_news_disclosed_it() -> None:
    # Credit convention: "first reported by Time magazine" is another newsroom's reporting.
    result = drafted("The shootings were first reported by Harbor magazine in March.")
    assert holding(result, "first reported").lane == "disclosure"


def test_evidence_that_does_not_jibe_with_the_account_contradicts_it() -> None:
    # Contrast convention: "doesn't jibe with", "is inconsistent with", "runs counter to".
    result = drafted(
        "Chief Ray Olsen said Monday that the officer fired only after being shot at.",
        "Dashboard video released Friday doesn't jibe with the chief's account: the "
        "officer fired first.",
    )
    assert any(k.relation == "contradicts" for k in result.links)
    assert linked(result, "contradicts", "Dashboard video", "fired only after")


def test_that_at_the_head_of_a_contrast_is_the_event_told_before() -> None:
    # Reference convention: "that doesn't fit with what X said" names no new event.
    result = drafted(
        "The bank's auditors found the losses on March 3, records released Friday show.",
        "On the surface, that doesn't fit with what chief executive Ana Lind told "
        "reporters last month.",
    )
    assert not any(e.clause.strip(" ,").endswith("that") for e in result.events)
    assert linked(result, "contradicts", "losses on March 3", "Ana Lind")


def test_a_narrative_repeated_or_a_deleted_statement_is_the_account() -> None:
    # Account convention: "repeated the narrative" and a statement since deleted are the
    # account the story tests, so the evidence that shares their subject contradicts them.
    result = drafted(
        "Body camera footage shows a deputy firing through a closed door, and the video "
        "contradicts the first account.",
        "In a deleted May 2 statement, the sheriff's office said the homeowner opened the "
        "door and aimed a rifle at the deputy.",
        "Spokesman Lt. Dan Reyes repeated the narrative to a TV station, saying the deputy "
        "was threatened at the door.",
    )
    assert linked(result, "contradicts", "footage shows", "deleted May 2 statement") or linked(
        result, "contradicts", "firing through a closed door", "deleted May 2 statement"
    )
    assert linked(result, "contradicts", "footage shows", "repeated the narrative") or linked(
        result, "contradicts", "firing through a closed door", "repeated the narrative"
    )


def test_a_dated_deed_joined_to_a_statement_is_an_event_of_its_own() -> None:
    # Coordination convention: "X did Y in May 2015, and prosecutors said ..." tells two
    # events; the first keeps its own date.
    result = drafted(
        "The firm stopped importing the heaters in May 2015, and prosecutors said every "
        "manager involved had resigned.",
    )
    deed = holding(result, "stopped importing")
    assert "prosecutors said" not in deed.clause
    assert deed.date == "in May 2015"


def test_a_quoted_fragment_keeps_its_verb() -> None:
    # Fragment convention: a few quoted lowercase words woven into the reporter's sentence
    # are the sentence's own syntax; the denial is still a statement.
    result = drafted(
        "Inspectors found rodents in the plant in March, the state report shows.",
        'The company "flatly denies" any wrongdoing, and argues there are "several errors" '
        "in the state report.",
    )
    assert holding(result, "flatly denies").lane == "statement"


def test_an_agency_outside_the_party_saying_what_the_party_did_is_a_finding() -> None:
    # Oversight convention: another body's word on what the party did is its finding.
    result = drafted(
        "Harbor Foods insisted on Monday that its plant had passed every inspection.",
        "But inspection records show the plant failed two inspections in May.",
        "The state Agriculture Department says Harbor Foods knew of the failures in June.",
    )
    assert holding(result, "Agriculture Department says").lane == "disclosure"


def test_the_account_named_after_despite_is_an_event_the_fact_contradicts() -> None:
    # Contrast convention: "..., despite the company's repeated assurances that ..." and
    # "..., contrary to the superintendent's public statements that ..." name the account
    # the story sets the fact against; what regulators said is a finding, not a claim.
    result = drafted(
        "Acme Foods Inc. recalled two million jars of peanut paste on Monday.",
        "Acme Foods knew for months that its peanut paste was contaminated with salmonella, "
        "federal regulators said Wednesday, despite the company's repeated assurances that its "
        "products were safe.",
    )
    claim = holding(result, "repeated assurances")
    assert (claim.lane, claim.role, claim.actor) == ("statement", "claim", "Acme Foods Inc")
    assert claim.title == "Earlier statement: its products were safe"
    fact = holding(result, "Acme Foods knew")
    assert fact.lane == "practice"
    assert linked(result, "contradicts", "Acme Foods knew", "repeated assurances")
    moved = drafted(
        "Harbor Schools moved the grant into its general fund in 2022, contrary to the "
        "superintendent's public statements that the money was spent on tutoring."
    )
    assert holding(moved, "moved the grant").lane == "practice"
    assert linked(moved, "contradicts", "moved the grant", "spent on tutoring")


@pytest.mark.parametrize(
    "account",
    [
        "its repeated public insistence that",
        "the board's reassurances that",
        "the mayor's promise that",
        "the agency's contention that",
    ],
)
def test_every_noun_of_a_public_account_names_the_account_after_despite(account: str) -> None:
    # Contrast convention: insistence, reassurances, a promise or a contention set against
    # the fact are accounts as much as "assurances" and "statements" are.
    result = drafted(
        "The harbor board was warned in 2019 that the pier could collapse, internal emails "
        f"show, despite {account} the pier was sound."
    )
    claim = holding(result, "the pier was sound")
    assert (claim.lane, claim.role) == ("statement", "claim")
    assert linked(result, "contradicts", "was warned in 2019", "the pier was sound")


def test_an_email_a_newsroom_obtained_is_private_not_an_email_to_the_press() -> None:
    # Behind-the-scenes convention: "In a Sept. 14 email obtained by The Gazette, ... told
    # the consultant" quotes a private message; "In an email to The Gazette" would be a
    # statement to the press.
    obtained = drafted(
        "In a Sept. 14 email obtained by The Gazette, chief of staff Tom Reyes told the "
        "consultant to keep the fee off the campaign books."
    )
    assert holding(obtained, "told the consultant").lane == "practice"
    to_press = drafted(
        "In an email to The Gazette on Sept. 14, chief of staff Tom Reyes said the fee was proper."
    )
    assert holding(to_press, "the fee was proper").lane == "statement"


def test_what_a_relative_clause_says_does_not_make_the_evidence_vouch_for_a_statement() -> None:
    # Attribution convention: in "A deputy who said a man lunged at him was standing 20
    # feet away, according to video released Friday", the video shows where he stood;
    # "who said" only describes the deputy.
    result = drafted(
        "A sheriff's deputy who said a man lunged at him was standing more than 20 feet away "
        "when he fired, according to body camera video released Friday."
    )
    assert holding(result, "20 feet away").lane == "practice"
    assert holding(result, "video released Friday").lane == "disclosure"


def test_a_concessive_lead_sets_the_evidence_of_the_main_clause_against_the_claim() -> None:
    # Contrast convention: "Although the hospital said ..., an internal review found ..."
    # opens with the account and sets the finding against it, even when the main clause
    # begins with the evidence rather than a named actor.
    result = drafted(
        "Although the hospital said no patients were harmed, an internal review found two "
        "patients died after delays."
    )
    assert holding(result, "Although the hospital said").lane == "statement"
    assert holding(result, "two patients died").lane == "practice"
    assert linked(result, "contradicts", "two patients died", "Although the hospital said")


def test_what_happened_behind_the_scenes_is_the_practice_the_evidence_shows() -> None:
    # Behind-the-scenes convention: "Behind the scenes, officials were told ..., emails
    # show" is what went on inside, shown by the emails; the verb of telling in it is no
    # public statement, and the account said "publicly" is what it contradicts.
    result = drafted(
        "Publicly, the agency said the delay was caused by weather.",
        "Behind the scenes, officials were told the contractor had missed every deadline, "
        "emails show.",
    )
    assert holding(result, "missed every deadline").lane == "practice"
    assert linked(result, "contradicts", "missed every deadline", "caused by weather")
    closed = drafted("Behind closed doors, the mayor told board members to drop the audit.")
    assert holding(closed, "drop the audit").lane == "practice"
    worried = drafted(
        "Behind the scenes, agency officials worried that reporters would learn of the leak."
    )
    assert holding(worried, "agency officials worried").lane == "practice"
    # a transition names no event
    turn = drafted("Behind the scenes, however, things were playing out differently.")
    assert turn.events == []


def test_an_inquiry_under_way_is_oversight_at_work() -> None:
    # Inquiry convention: "The Texas Rangers are investigating the shooting" reports an
    # inquiry, a disclosure like "opened an investigation"; what a speaker says is under
    # review stays their statement.
    rangers = drafted("The Texas Rangers are investigating the shooting.")
    assert [e.lane for e in rangers.events] == ["disclosure"]
    said = drafted("The mayor said the city was reviewing its policy on body cameras.")
    assert holding(said, "reviewing its policy").lane == "statement"


def test_a_party_that_regrets_its_account_understated_admits_it() -> None:
    # Concession convention: "regrets that our initial disclosure understated the scope"
    # concedes the account given first; what the party "now says" is its corrected word,
    # told on another occasion, and is not conceded.
    result = drafted(
        "Streamly, the video company, said in 2021 that a data breach had exposed about 10,000 "
        "users.",
        "The company now says the breach affected 48 million accounts.",
        "In a statement Tuesday, Streamly said it regrets that our initial disclosure "
        "understated the scope of the incident.",
    )
    assert holding(result, "regrets that").lane == "disclosure"
    assert linked(result, "admits", "regrets that", "exposed about 10,000")
    assert not linked(result, "admits", "regrets that", "48 million")
    assert holding(result, "48 million").date != "in 2021"


def test_an_evidence_word_that_modifies_another_noun_names_no_evidence() -> None:
    # "Streamly, the video company, said", "the records clerk said": the speaker is a
    # company or a person; "video" and "records" only describe them.
    company = drafted("Streamly, the video company, said a breach had exposed 10,000 users.")
    assert holding(company, "exposed 10,000").lane == "statement"
    clerk = drafted("The county records clerk said the file had been lost in a flood.")
    assert holding(clerk, "lost in a flood").lane == "statement"


def test_according_to_the_partys_own_word_is_its_statement_and_a_filing_a_disclosure() -> None:
    # Attribution convention: "according to a statement from the sheriff's office" or "to
    # a spokesman" gives the party's own account, not evidence; the day its news release
    # was issued dates that statement, and is no release of evidence. Filing convention:
    # what a lawsuit alleges is a court filing made public, not an established fact.
    release = drafted(
        "The man pointed a gun at deputies, according to a sheriff's office news release "
        "issued Sunday."
    )
    assert [(e.lane, e.date) for e in release.events] == [("statement", "Sunday")]
    spokesman = drafted(
        "According to a spokesman for the mayor, the city never received the letter."
    )
    assert [e.lane for e in spokesman.events] == ["statement"]
    lawsuit = drafted("The company knew the pipes leaked for years, the lawsuit alleges.")
    assert [e.lane for e in lawsuit.events] == ["disclosure"]


def test_a_paragraph_that_opens_with_a_step_in_time_counts_from_the_one_before() -> None:
    # Narrative convention: "The following month" or "Two days later" at the head of a
    # paragraph counts from the date the story named last, in the paragraph before.
    result = drafted(
        "The mayor said on Jan. 5 that the water was safe.",
        "The following month, city engineers found lead in 40 homes, records show.",
        "Two days later, the city told residents to boil their water.",
    )
    lead = holding(result, "found lead")
    assert lead.date == "2024-02"
    assert "The following month" in lead.date_note


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2019, the port authority quietly changed the pier's load rating.",
        "The port authority secretly paid the inspector $40,000 in 2019.",
        "In 2019 the port authority lowered the pier's load rating without announcing it.",
    ],
)
def test_what_a_party_did_quietly_is_a_practice(sentence: str) -> None:
    # Behind-the-scenes convention: "quietly", "secretly", "without announcing" tell what
    # a party did out of public view.
    (event,) = drafted(sentence).events
    assert event.lane == "practice"


def test_describing_something_as_is_a_statement() -> None:
    # Attribution convention: "described the risk as 'less than 1 percent'" characterises,
    # as "characterized ... as" does; a report that describes is still a finding, and what
    # it describes is what it shows.
    said = drafted(
        'In a 2012 presentation to regulators, port executives described the risk as "low."'
    )
    assert said.events[0].lane == "statement"
    found = drafted("The 2012 audit described the pier's pilings as badly corroded.")
    assert holding(found, "badly corroded").lane == "practice"
    assert holding(found, "badly corroded").title == "The pier's pilings badly corroded"
    # a party describing its own data is its claim
    own = drafted("Harbor Power described its outage data as accurate and verified.")
    assert own.events[0].lane == "statement"


def test_what_an_admitter_said_next_is_not_part_of_what_it_concedes() -> None:
    # Coordination convention: "acknowledged that ... and said it would ..." concedes the
    # first and says the second; the second is no conceded fact.
    result = drafted(
        "The port authority acknowledged on Tuesday that inspectors had skipped the pier "
        "in 2021 and said it would hire an outside engineer."
    )
    (conceded,) = [e for e in result.events if e.role == "conceded"]
    assert conceded.clause == "inspectors had skipped the pier in 2021"
    admission = holding(result, "acknowledged on Tuesday")
    assert admission.clause.endswith("in 2021")
    assert holding(result, "outside engineer").clause == "said it would hire an outside engineer"


@pytest.mark.parametrize(
    "text",
    [
        "Contacted on Friday, the harbour master, Lena Voss, acknowledged that the crane "
        "had been out of service for some weeks.",
        'When reached on Monday, Dr. Ines Falk admitted that the clinic at the quay had "run '
        'short of flu vaccine for most of the winter" and said a delivery was on its way.',
        "The board's spokesman, Tomas Rey, conceded on Tuesday that the checks had been "
        "done after the season, citing a shortage of staff.",
    ],
)
def test_a_concession_without_a_time_of_its_own_is_one_event(text: str) -> None:
    # Admission convention: owning up to what the story has shown ("admitted the crane
    # had been out of service") tells the admission, not a new deed; a conceded fact is
    # its own event when it has a time of its own, as in the test above.
    result = drafted(text)
    assert [e.role for e in result.events].count("conceded") == 0
    assert not [e for e in result.events if e.lane == "practice"]
    assert [e for e in result.events if e.lane == "disclosure"]


def test_a_quoted_concession_is_conceded_whole() -> None:
    # Admission convention: what "acknowledged ... that" concedes may be a quotation; the
    # fact conceded starts at the quotation, not inside it.
    result = drafted(
        "Asked about the logs, a spokeswoman for the ferry service acknowledged on Tuesday "
        'that "only two of the four boats were running on most days in May and June," '
        "blaming a shortage of parts."
    )
    (conceded,) = [e for e in result.events if e.role == "conceded"]
    assert conceded.clause.startswith('"only two of the four boats')
    assert conceded.title.startswith("Only two of the four boats")


def test_an_account_told_by_its_verb_after_despite_is_an_event_the_fact_contradicts() -> None:
    # Contrast convention: "..., despite officials insisting it was sound" names the account
    # by its speaker and verb, as "despite assurances that ..." names it by its noun.
    result = drafted(
        "The harbor board was warned in 2019 that the pier could collapse, internal emails "
        "show, despite port officials insisting for years that it was sound."
    )
    claim = holding(result, "insisting for years")
    assert (claim.lane, claim.role) == ("statement", "claim")
    assert linked(result, "contradicts", "was warned in 2019", "insisting for years")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("“The pier is sound,” she added on Monday.", "she added"),
        ("Port director Dana Whit defended the inspections on Monday.", "defended"),
        (
            "Dana Whit, the port director, rejected the audit on Monday, arguing that the "
            "pilings were replaced in 2020.",
            "arguing that",
        ),
        ("A statement from the port on Monday calls the lawsuit “baseless.”", "calls the lawsuit"),
    ],
)
def test_adding_defending_arguing_and_calling_are_statements(sentence: str, words: str) -> None:
    # Attribution convention: "she added", "defended", "arguing that", and "calls the suit
    # 'baseless'" tell what a party said in public, as "said" does.
    assert holding(drafted(sentence), words).lane == "statement"


def test_a_lawsuit_claiming_is_a_filing() -> None:
    # Filing convention: what a lawsuit claims is a disclosure, however the verb is told.
    result = drafted(
        "The former inspector filed a whistleblower lawsuit in 2021 claiming that port "
        "managers ignored her reports."
    )
    assert holding(result, "lawsuit").lane == "disclosure"


def test_a_dated_relative_clause_that_ends_the_sentence_is_background() -> None:
    # Background convention: "..., which was recalled in July 2019 at the state's
    # request." tucks a dated fact into the sentence's end; it is titled by what "which"
    # stands for.
    result = drafted(
        "The company defended its handling of the faulty heaters, which were recalled in "
        "July 2019 at the request of the state."
    )
    recall = holding(result, "which were recalled")
    assert (recall.role, recall.lane) == ("background", "context")
    assert recall.date.endswith("July 2019")
    assert recall.title.startswith("The faulty heaters were recalled in July 2019")
    told = drafted(
        "The company defended the heaters on Monday, citing testimony from its chief "
        "engineer, who told lawmakers in July 2019 that they were safe."
    )
    assert not [e for e in told.events if e.role == "background"]


def test_a_dated_incident_a_statement_names_is_background() -> None:
    # Reference convention: "X, the father of a boy hurt in the May 3 collapse at the
    # pier, called it ..." names the incident by its date; it is an event of its own.
    result = drafted(
        "Ray Duncan, the father of a boy hurt in the May 3 collapse at Harbor Pier, called "
        "the report “a cover-up.”"
    )
    incident = holding(result, "May 3 collapse")
    assert (incident.role, incident.lane, incident.date) == ("background", "context", "May 3")
    assert holding(result, "called the report").date != "May 3"


def test_a_person_tied_from_outside_is_not_affiliated_with_the_places_their_clause_names() -> None:
    # Reaction convention: a father whose daughter died at Harbor High is outside the
    # school district under scrutiny, though his clause names the school.
    result = drafted(
        "The Harbor School District insisted for months that the gunman was never in its "
        "discipline program, but records show he was assigned to it in 2013.",
        "Ray Duncan, the father of a student killed in the May 3 shooting at Harbor High "
        "School, called the records “a stunning revelation.”",
    )
    assert holding(result, "called the records").lane == "context"


def test_a_report_dated_in_its_own_words_is_a_disclosure_of_that_day() -> None:
    # Disclosure convention: "The audit, dated Dec. 12, found ..." introduces the audit
    # with its date, as "released Monday" does.
    result = drafted("The state audit, dated Dec. 12, found that port managers hid the backlog.")
    audit = holding(result, "dated Dec. 12")
    assert (audit.lane, audit.date) == ("disclosure", "Dec. 12")
    assert linked(result, "reveals", "dated Dec. 12", "managers hid the backlog")


def test_a_day_told_from_another_event_is_not_the_news_day() -> None:
    # News-day convention: "on the Friday after the shooting" is a day of its own, even
    # when the shooting is not dated, so the lede's day does not date the statement.
    result = drafted(
        "The port authority said Monday its records were complete.",
        "The chief insisted at a news conference on the Friday after the shooting that the "
        "officer acted properly.",
    )
    assert holding(result, "said Monday").date == "Monday"  # 2024-03-04, before PUB
    assert holding(result, "The chief insisted").date != "2024-03-04"


def test_what_a_document_describes_and_says_is_one_telling() -> None:
    # Coordination convention, its limit: "The complaint described ... and said ..." is
    # one document's account, not a deed and then a statement.
    result = drafted(
        "The complaint, filed by a former inspector, described cracked pilings at the pier "
        "and said port managers had ordered her to leave them out of her reports."
    )
    assert len([e for e in result.events if "complaint" in e.clause or "ordered" in e.clause]) == 1


def test_emailing_someone_is_a_private_message_and_emailing_reporters_is_not() -> None:
    # Behind-the-scenes convention: "an engineer emailed the director that ..." is a
    # private message; "emailed reporters" speaks to the press.
    private = drafted(
        "In March 2022, an engineer emailed Director Dana Whit that the pier could fail."
    )
    assert private.events[0].lane == "practice"
    public = drafted("In March 2022, the port emailed reporters that the pier was sound.")
    assert public.events[0].lane != "practice"


def test_an_autopsy_is_evidence_and_its_release_is_its_only_disclosure() -> None:
    # Evidence convention: "but an autopsy released Wednesday found he died after ..."
    # sets what the autopsy found against the account; the autopsy is one disclosure.
    result = drafted(
        "Harbor Hospital told the family that the patient died of a heart attack, but an "
        "autopsy released Wednesday found he died after staff gave him ten times the dose."
    )
    found = holding(result, "staff gave him")
    assert found.lane == "practice" and "autopsy" not in found.clause
    autopsy = [e for e in result.events if e.lane == "disclosure"]
    assert len(autopsy) == 1 and autopsy[0].date == "Wednesday"
    assert linked(result, "contradicts", "staff gave him", "heart attack")


def test_an_inquiry_opened_is_a_disclosure_and_regret_an_admission() -> None:
    opened = drafted("The state health department said it has opened an investigation.")
    assert opened.events[0].lane == "disclosure"
    regret = drafted("In a statement Thursday, the hospital said it “deeply regrets” the error.")
    assert regret.events[0].lane == "disclosure"


def test_a_partys_own_count_against_what_records_show_is_a_contradiction() -> None:
    # Figure convention: "the jail reported two deaths to the state, but autopsy records
    # show seven died" sets the party's own count against the records.
    result = drafted(
        "The Harbor County jail reported two in-custody deaths to the state in 2023, but "
        "county autopsy records and internal incident logs show seven people died that year."
    )
    count = holding(result, "reported two in-custody deaths")
    assert count.lane == "statement"
    assert "autopsy records" not in count.clause
    assert linked(result, "contradicts", "show seven people died", "reported two")


def test_telling_officials_a_figure_is_a_statement_though_the_speaker_cites_it() -> None:
    result = drafted(
        "Sheriff Tom Alvarez has repeatedly cited the figure, telling county commissioners "
        "in February that the jail had one of the lowest death rates in the state."
    )
    assert result.events[0].lane == "statement"


@pytest.mark.parametrize(
    ("paragraphs", "fact", "claim"),
    [
        (
            (
                "The pier failed inspection in 2021, state records show, even as the authority "
                "told residents it was safe.",
            ),
            "failed inspection",
            "told residents",
        ),
        (
            (
                "While the authority insists the pier passed inspection, state records show it "
                "failed in 2021.",
            ),
            "failed in 2021",
            "insists the pier passed",
        ),
        (
            (
                "The authority's claim that the pier passed inspection is contradicted by state "
                "records showing it failed in 2021.",
            ),
            "state records showing",
            "pier passed inspection",
        ),
        (
            (
                "The authority says the pier passed inspection.",
                "That is not true: it failed in 2021, according to state records.",
            ),
            "failed in 2021",
            "says the pier passed",
        ),
    ],
)
def test_more_ways_news_sets_a_fact_against_a_claim(
    paragraphs: tuple[str, ...], fact: str, claim: str
) -> None:
    # Contrast convention: "..., records show, even as X told ...", "While X insists ...,
    # records show ...", "X's claim ... is contradicted by records", and the reporter's
    # "That is not true: ..." each set the fact against the claim.
    result = drafted(*paragraphs)
    assert linked(result, "contradicts", fact, claim)
    assert holding(result, claim).lane == "statement"
    assert all(not e.title.startswith(("That is", "While")) for e in result.events)


def test_but_after_a_comma_inside_a_quotation_still_sets_the_fact_against_the_claim() -> None:
    # American style sets the comma inside the closing mark ('"extremely rare," but'), and
    # "according to" after "but" attributes only what follows it.
    result = drafted(
        'The carmaker told regulators in 2020 that brake failures were "extremely rare," but '
        "warranty data show it had logged 4,000 brake complaints by then, according to "
        "documents filed in a lawsuit Monday."
    )
    assert holding(result, "told regulators in 2020").lane == "statement"
    assert linked(result, "contradicts", "4,000 brake complaints", "told regulators")


def test_what_people_familiar_say_was_done_is_a_practice() -> None:
    # Sourcing convention: what "people familiar with the matter" say was done inside is the
    # conduct they know of, as with an insider the story shields ("a former engineer, who
    # asked not to be named"): a practice. What sources "told" a named newsroom is its
    # reporting, a disclosure; what they say an overseer did is oversight.
    sources = drafted(
        "Managers told staff in 2019 to leave cracked pilings out of reports, said three "
        "people familiar with the matter."
    )
    assert sources.events[0].lane == "practice"
    again = drafted(
        "Team leaders reviewed any inspector whose reports ran long, one of the people said."
    )
    assert again.events[0].lane == "practice"
    insider = drafted(
        "A former port engineer, who asked not to be named for fear of retaliation, said "
        "managers told staff in 2019 to leave cracked pilings out of reports."
    )
    assert insider.events[0].lane == "practice"
    told = drafted(
        "Sources familiar with the inquiry told WLRN that managers left cracked pilings out "
        "of reports."
    )
    assert told.events[0].lane == "disclosure"
    oversight = drafted(
        "The regulator wrote to the port last month asking why the cracked pilings were left "
        "out of its reports, two people familiar with the matter said."
    )
    assert oversight.events[0].lane == "disclosure"


def test_a_first_account_admitted_wrong_by_the_chief_is_one_story() -> None:
    # The first account (the lede), dated by "the night of the shooting"; the footage that
    # contradicts it; the chief's concession that "the initial release contained errors"
    # admits it; and the family's lawyer reacts.
    result = drafted(
        "Harbor police said in a news release on the night of the shooting that Officer Mark "
        "Dunn fired because the driver, Eli Brooks, “dragged him several feet” with his car.",
        "Body camera footage released Friday by the city shows Dunn standing beside the car, "
        "which had stopped, when he fired three shots at 9:14 p.m. on March 2.",
        "Police Chief Linda Ortiz said Friday that the initial release “contained errors” and "
        "that she had asked the state Bureau of Investigation to review the shooting.",
        "The Brooks family's attorney, Sam Lee, said the department's first account was “a "
        "lie meant to protect an officer.”",
    )
    first = holding(result, "dragged him several feet")
    assert (first.para, first.lane, first.date) == (1, "statement", "2024-03-02")
    admission = holding(result, "contained errors")
    assert admission.lane == "disclosure"
    assert linked(result, "admits", "contained errors", "dragged him several feet")
    assert not linked(result, "contradicts", "contained errors", "dragged him several feet")
    assert not [e for e in result.events if e.role == "conceded"]
    assert holding(result, "a lie meant").lane == "context"


def test_evidence_credited_to_a_newsroom_still_shows_its_fact() -> None:
    # Credit convention, its limit: "The documents, first reported by the Gazette, show the
    # board knew ... in 2019" credits the documents; what they show is a fact of its own,
    # and its year dates that fact, not the documents.
    result = drafted(
        "The documents, first reported by the Harbor Gazette, show the board knew of the "
        "cracks in 2019."
    )
    knew = holding(result, "the board knew")
    assert (knew.lane, knew.date) == ("practice", "in 2019")
    assert holding(result, "first reported by").date != "in 2019"
    assert linked(result, "reveals", "first reported by", "the board knew")


def test_a_letter_to_a_public_is_a_statement_and_a_letter_in_what_is_said_is_no_message() -> None:
    # A letter "to physicians" or "to parents" tells the public; an expert who speaks of
    # "the gap between the company's letter and its data" quotes no letter.
    result = drafted(
        "Harwell Biologics Inc. said in a 2021 letter to physicians that its vaccine was stable.",
        "The district said in an email to parents on Friday that the buses were safe.",
    )
    assert holding(result, "letter to physicians").lane == "statement"
    assert holding(result, "email to parents").lane == "statement"
    said = "Dr. Ana Cole said the gap between the company's letter and its data was wide."
    assert lane_of(said, said, quoted=False) == "statement"


def test_a_letter_to_an_elected_body_is_a_statement_and_to_staff_a_message() -> None:
    # Record convention: a letter to a council, to lawmakers or to Parliament goes on the
    # public record, the body's account as much as a press release; one to supervisors or
    # to a county's lawyers stays inside.
    result = drafted(
        "In a May 2 letter to City Council, the director wrote that every bridge was inspected.",
        "The commissioner wrote in a letter to lawmakers that no records were lost.",
        "In an email to supervisors, the deputy wrote that the backlog had doubled.",
        "In a letter to the county's lawyers, the manager wrote that the files were gone.",
    )
    members = drafted(
        "In a June letter to a council member, the clerk wrote that no fees were overcharged.",
        "In a letter to the local MP, the trust wrote that no patient had come to harm.",
    )
    assert holding(members, "letter to a council member").lane == "statement"
    assert holding(members, "letter to the local MP").lane == "statement"
    assert holding(result, "letter to City Council").lane == "statement"
    assert holding(result, "letter to lawmakers").lane == "statement"
    assert holding(result, "email to supervisors").lane == "practice"
    assert holding(result, "county's lawyers").lane == "practice"


def test_a_message_to_staff_named_by_their_trade_is_behind_the_scenes() -> None:
    result = drafted(
        "“Close them by Friday,” the agency's deputy director, Ann Cole, wrote to claims "
        "reviewers in June 2021, directing them to deny incomplete files.",
    )
    message = holding(result, "Close them by Friday")
    assert (message.lane, message.date) == ("practice", "in June 2021")
    assert message.title == "Ann Cole wrote: Close them by Friday"
    elected = drafted("The sheriff wrote to county supervisors in May that no data was shared.")
    assert holding(elected, "county supervisors").lane == "statement"


def test_several_unnamed_staff_telling_a_newsroom_are_witnesses() -> None:
    result = drafted(
        "Three caseworkers from two offices told the Herald that staff had been told to log "
        "phone calls as visits.",
        "Two deputies said the man reached for a gun.",
    )
    assert holding(result, "Three caseworkers").lane == "practice"
    # the force's own officers giving its account are no such witnesses
    assert holding(result, "Two deputies").lane == "statement"


def test_several_eyewitnesses_tell_what_was_done() -> None:
    result = drafted(
        "Two shopkeepers told the Nation they saw an officer kneel and fire at the crowd.",
        "Two officers said they saw no weapon.",
    )
    assert holding(result, "Two shopkeepers").lane == "practice"
    # what officials did not see is their account
    assert holding(result, "Two officers").lane == "statement"


@pytest.mark.parametrize("verb", ["stood by", "stuck by"])
def test_an_account_stood_by_is_a_statement(verb: str) -> None:
    result = drafted(f"The commander yesterday {verb} his account.")
    assert [(e.lane, e.date) for e in result.events] == [("statement", "yesterday")]


def test_a_bodys_own_report_of_a_figure_is_its_statement() -> None:
    result = drafted(
        "The statistics office reported in March that unemployment had fallen to 5.1 percent.",
        "The Ledger reported that the office had changed its method.",
    )
    assert holding(result, "statistics office reported").lane == "statement"
    assert holding(result, "The Ledger reported").lane == "disclosure"
    # "reported that same pothole": a demonstrative, no report of what was so
    assert STATEMENT.search("A resident had reported that same pothole online in March.") is None


def test_evidence_named_at_length_as_the_subject_still_shows_a_practice() -> None:
    result = drafted(
        "An analysis by the Gazette of shift rosters kept at three hospitals, overtime records and "
        "internal correspondence found that a single nurse covered the ward on 40 nights."
    )
    assert holding(result, "a single nurse covered").lane == "practice"
    assert linked(result, "reveals", "An analysis by the Gazette", "a single nurse covered")


def test_a_signpost_that_someone_says_otherwise_is_no_event() -> None:
    result = drafted(
        "The university said every student had a room.",
        "The Students’ Union says otherwise.",
    )
    assert not any("otherwise" in e.clause for e in result.events)


def test_what_was_never_announced_was_kept_from_the_public() -> None:
    result = drafted(
        "None of the six closures was announced at the time.",
        "The company said the recall was not announced because the fault was minor.",
    )
    assert holding(result, "None of the six closures").lane == "practice"
    # the party's own reason for not announcing it is its account
    assert holding(result, "company said the recall").lane == "statement"


def test_an_unnamed_member_of_the_public_telling_what_was_done_is_a_witness() -> None:
    result = drafted(
        "One father from Leith, who asked not to be named, said his daughter was referred in "
        "the spring of 2018 and not seen for a year."
    )
    told = holding(result, "One father from Leith")
    assert (told.lane, told.date) == ("practice", "in the spring of 2018")


def test_records_that_record_a_deed_show_it_as_a_practice() -> None:
    # Evidence convention: "dockets ... record 1,200 tonnes being tipped" is evidence
    # saying what was done, as "records show" is: the deed is a practice the dockets reveal.
    result = drafted(
        "Weighbridge dockets from the county landfill, obtained by the Courier, record 1,200 "
        "tonnes of recycling being tipped there between May and July.",
    )
    tipped = holding(result, "tonnes of recycling being tipped")
    assert tipped.lane == "practice"
    assert linked(result, "reveals", "Weighbridge dockets", "tonnes of recycling")


def test_a_message_passed_on_inside_and_the_answer_to_it_are_private() -> None:
    # Exchange convention: a result "forwarded" to a colleague, the words he wrote with it
    # and the answer to it ('X answered: "Agree."') are lines of one private exchange.
    result = drafted(
        "On May 2, plant manager Leo Park forwarded the test result to director Ana Ruiz.",
        '"The east well failed again. Should we tell the board?" he wrote.',
        'Ruiz answered the next morning: "Not yet. Keep it internal."',
    )
    for words in ("forwarded the test result", "The east well failed", "Ruiz answered"):
        assert holding(result, words).lane == "practice", words
    to_manager = drafted(
        '"We will miss the target again," an engineer wrote to his manager in an email dated '
        "May 3, 2022."
    )
    assert holding(to_manager, "wrote to his manager").lane == "practice"


def test_a_dated_statement_called_incorrect_by_its_speaker_is_a_correction() -> None:
    # Admission convention: "My statement on Aug. 4 that ... was incorrect" concedes the
    # speaker's own account, however many words (a date among them) name it.
    result = drafted(
        '"My statement on Aug. 4 that all the wells had been tested and cleared was '
        'incorrect," the director wrote.'
    )
    assert holding(result, "My statement on Aug. 4").lane == "disclosure"


def test_a_question_left_unanswered_is_a_refusal_and_a_characterisation_a_statement() -> None:
    # Refusal convention: "declined to say why the audit was withheld" leaves a question
    # about the evidence unanswered, the party's answer to it; so does "did not say how
    # many". Characterisation convention: "described every one of the delays as ..." is
    # the party's account.
    result = drafted(
        "The airline described every one of the 300 delays as caused by the weather.",
        "Its spokeswoman did not say how many of the delays had been miscoded.",
        "The mayor declined to say why the audit was withheld.",
    )
    assert holding(result, "described every one").lane == "statement"
    assert holding(result, "did not say how many").lane == "disclosure"
    assert holding(result, "declined to say why").lane == "disclosure"


def test_what_insiders_say_went_on_inside_is_a_practice() -> None:
    # Insider convention: former workers, or workers the story shields, telling what went
    # on inside are witnesses to the practice; other speakers keep their statements.
    result = drafted(
        "Four former nurses told the Herald that shifts were routinely left without a "
        "qualified nurse.",
        "Two drivers, who spoke on condition of anonymity, said loads were taken straight "
        "to the tip.",
        "Union officials said the nurses were exhausted.",
        "Two former managers insisted the shifts were always covered.",
    )
    assert holding(result, "Four former nurses").lane == "practice"
    assert holding(result, "Two drivers").lane == "practice"
    assert holding(result, "Union officials").lane == "statement"
    assert holding(result, "Two former managers insisted").lane == "statement"
    # one insider is a witness as much as several: "a former driver", "the former employee"
    one = drafted(
        "A former depot driver said drivers were told to take the loads to the tip.",
        "The former employee, who worked in the plant's quality team, said weekend cleans "
        "were dropped.",
    )
    assert holding(one, "A former depot driver").lane == "practice"
    shielded = drafted(
        "Two caseworkers, who spoke on condition of anonymity, said children slept in the office."
    )
    assert holding(shielded, "Two caseworkers").lane == "practice"
    second = drafted("A second former engineer confirmed that account to the Ledger.")
    assert holding(second, "former engineer confirmed").lane == "practice"
    assert holding(one, "The former employee").lane == "practice"


def test_telling_a_meeting_or_making_the_same_point_on_stage_is_a_statement() -> None:
    # Venue convention: a claim made to a meeting, or "the same point" made again on a
    # conference stage, is the account given in public; evidence told first contradicts it.
    result = drafted(
        "Inspection records show the plant's drains tested positive for Listeria in 2018.",
        "The chief executive went further last month, telling a meeting of growers that "
        "the plant's drains had never tested positive for Listeria.",
        "Its founder made the same point on stage at a food conference in 2019.",
    )
    assert holding(result, "telling a meeting of growers").lane == "statement"
    assert holding(result, "made the same point").lane == "statement"
    assert linked(result, "contradicts", "positive for Listeria in 2018", "telling a meeting")


def test_found_in_a_participle_is_no_finding() -> None:
    # "the strain later found in patients" describes the strain; only a finder that
    # "found" something reports a finding.
    said = (
        "Water sampled from the tower contained Legionella, the strain later found in "
        "patients, at 42,000 units per millilitre."
    )
    assert lane_of(said, said, quoted=False) != "disclosure"
    found = "Investigators found that the valve was open."
    assert lane_of(found, found, quoted=False) == "disclosure"


def test_records_that_list_what_was_done_reveal_it() -> None:
    # Evidence convention: "dockets ... list 63 adjournments", "the rota lists no nurse"
    # is evidence saying what was done, as "records show" is.
    result = drafted(
        "The ministry told the legislature in April that no criminal case had been delayed "
        "by a shortage of interpreters.",
        "Court dockets obtained by the Examiner list 63 adjournments marked “interpreter not "
        "available” between January and June.",
    )
    shown = holding(result, "63 adjournments")
    assert shown.lane == "practice"
    assert linked(result, "reveals", "Court dockets obtained", "63 adjournments")
    assert linked(result, "contradicts", "63 adjournments", "told the legislature")
    rota = drafted("A staffing rota lists no registered nurse on the night shift on 41 nights.")
    assert holding(rota, "no registered nurse").lane == "practice"


def test_a_bodys_own_periodic_report_is_its_account_not_evidence() -> None:
    # Own-report convention: "its annual use-of-force report lists no ..." is the body's
    # account to the public, which the records contradict; an inspector's annual report,
    # or an internal one, is evidence.
    result = drafted(
        "Court records show officers served no-knock warrants at least nine times in 2021.",
        "The department's annual use-of-force report, released in January, lists no "
        "no-knock warrants served in 2021.",
    )
    own = holding(result, "annual use-of-force report")
    assert own.lane == "statement"
    assert linked(result, "contradicts", "no-knock warrants at least nine", "annual use-of")
    for text in (
        "The inspector general's annual report found the jail overcrowded in 2021.",
        "The company's own internal report found the valves leaked.",
    ):
        assert lane_of(text, text, quoted=False) == "disclosure", text
    # ... and the party named bare: "Harbourside's annual report to donors said"
    text = (
        "In January, Harbourside's annual report to donors said the charity had served "
        '"every family on its list."'
    )
    assert lane_of(text, text, quoted=True) == "statement"


def test_a_lawsuit_that_says_is_a_filing_however_it_is_introduced() -> None:
    # Filing convention: what a lawsuit "says" or "alleges" is a court filing, a
    # disclosure, even when the suit is introduced by who filed it, against whom and when.
    for text in (
        "Her lawsuit against the city, filed in federal court in November, says the "
        "department misled the public.",
        "The lawsuit filed Monday in state court alleges the company hid the defect.",
    ):
        assert lane_of(text, text, quoted=False) == "disclosure", text
    said = "The company said the lawsuit was without merit."
    assert lane_of(said, said, quoted=False) == "statement"


def test_raising_a_problem_with_the_ministry_is_a_practice() -> None:
    # Escalation convention: staff who "raised the problem with" a ministry warned it
    # inside; critics who raise concerns in public do not act behind the scenes.
    text = "Court staff raised the problem with the ministry in March."
    assert lane_of(text, text, quoted=False) == "practice"
    public = "Critics raised concerns about the contract."
    assert lane_of(public, public, quoted=False) != "practice"


def test_a_sources_credentials_are_no_event_and_date_nothing() -> None:
    # Sourcing convention: "a former employee, who worked in the plant until June and
    # asked not to be named, said ..." tells how the source knows and why it is unnamed;
    # the one event is what the source says, and the source's June dates nothing.
    result = drafted(
        "A former employee, who worked in the plant's quality department until June and "
        "asked not to be named because she feared losing a job, said weekend cleaning was "
        "dropped whenever production fell behind."
    )
    assert len(result.events) == 1
    assert result.events[0].date.startswith("..")
    # a dated fact about a named person stays background of its own
    won = drafted("Mayor Dana Reyes, who won office in April 2019, said she was never told.")
    assert any(e.date == "in April 2019" for e in won.events)


def test_a_time_set_right_before_the_speech_verb_dates_the_statement() -> None:
    # Attribution convention: "A council media release last month said", "The company
    # last week said": the time element beside the verb is when the words were said.
    result = drafted(
        "A council media release last month said the increase kept recycling sustainable.",
        "The company last week said the recall was voluntary.",
    )
    assert holding(result, "media release last month").date == "last month"
    assert holding(result, "company last week").date == "last week"


def test_a_contrast_before_an_attribution_at_the_end_is_still_two_events() -> None:
    # "told doctors it was safe, even as a study found ..., according to documents": the
    # attribution covers both; the contrast still sets the finding against the telling.
    result = drafted(
        "Harwell Biologics told doctors for two years that its vaccine was stable, even as "
        "an internal study completed in 2019 found that it lost potency, according to "
        "documents made public in a lawsuit Thursday."
    )
    told = holding(result, "told doctors")
    found = holding(result, "internal study completed")
    assert told.lane == "statement"
    assert found.lane in ("practice", "disclosure")
    assert linked(result, "contradicts", "internal study completed", "told doctors")


def test_a_first_telling_and_the_later_one_that_replaced_it_are_two_events() -> None:
    # Sequence convention: "initially said X, before later acknowledging Y".
    result = drafted(
        "Superintendent Ada Brook initially said the district checked every driver, before "
        "later acknowledging in a letter to parents that one driver's check was never "
        "completed in 2023."
    )
    first = holding(result, "initially said")
    later = holding(result, "acknowledging")
    assert first.lane == "statement"
    assert later.lane == "disclosure"
    assert later.actor == "Superintendent Ada Brook"
    assert linked(result, "admits", "acknowledging", "initially said")
    assert linked(result, "reveals", "acknowledging", "was never completed")


def test_a_statement_is_dated_by_the_release_the_attribution_names() -> None:
    result = drafted(
        "Westfield College said it acted at once, according to a statement the college "
        "released in June.",
        "The utility said the pipes were sound, according to a statement released Tuesday.",
    )
    assert holding(result, "acted at once").date == "in June"
    assert holding(result, "pipes were sound").date == "Tuesday"
    # the party's own statement is no second event, a release of records
    assert [e.lane for e in result.events if e.para == 1] == ["statement"]


def test_a_second_clause_in_the_negative_after_but_is_an_event() -> None:
    # "but the office did not open an inquiry until July, the records show": what the
    # records show, set against the filing; records named before only attribute it.
    result = drafted(
        "The complaint was filed with the athletics department on Aug. 3, 2022, but the "
        "college's equity office did not open an inquiry until July 2023, the records show."
    )
    late = holding(result, "did not open an inquiry")
    assert late.lane == "practice"
    # (it opened one at last in July 2023: see the delay convention)
    assert late.date == "July 2023"


def test_a_spokesperson_answering_in_an_email_makes_a_statement() -> None:
    result = drafted(
        "In an email, college spokeswoman Kim Tran said the college takes every complaint "
        "seriously."
    )
    assert holding(result, "takes every complaint").lane == "statement"


def test_a_second_that_clause_is_shown_or_said_by_the_same_subject() -> None:
    result = drafted(
        "Hospital files seen by the Chronicle show that three patients died while waiting, "
        "and that managers were told of the deaths in a board paper last September.",
        "The minister said that the backlog was shrinking, and that she was told of no deaths.",
    )
    told = holding(result, "managers were told")
    assert told.lane == "practice"
    assert told.date == "last September"
    assert told.title.startswith("Managers were told")
    assert holding(result, "she was told of no deaths").lane == "statement"


def test_a_possessive_before_the_job_and_name_still_titles_the_person() -> None:
    result = drafted(
        "Labour's shadow health secretary, Ben Morris, said the minister must correct the record."
    )
    assert holding(result, "Ben Morris").title.startswith("Ben Morris said")


def test_a_deed_sourced_to_filings_is_a_practice() -> None:
    result = drafted(
        "In the weeks between, three executives sold company shares worth $2 million, "
        "according to securities filings."
    )
    assert holding(result, "sold company shares").lane == "practice"


def test_a_partys_first_disclosure_is_its_account_and_a_raised_figure_corrects_it() -> None:
    result = drafted(
        "Brightwell Stores Inc. first disclosed the breach on Sept. 7, saying hackers had "
        "taken the card numbers of about 40,000 customers. The company later raised that "
        "number to 1.2 million."
    )
    assert holding(result, "first disclosed").lane == "statement"
    assert holding(result, "raised that number").lane == "disclosure"


def test_two_deeds_on_two_days_joined_by_and_are_two_events() -> None:
    # Sequence convention: "detected ... on July 29 and briefed ... on Aug. 2".
    result = drafted(
        "Internal messages reviewed by the Tribune show that Brightwell's security team "
        "detected the intrusion on July 29 and briefed senior executives on Aug. 2."
    )
    detected = holding(result, "detected the intrusion")
    briefed = holding(result, "briefed senior executives")
    assert detected is not briefed
    assert (detected.lane, briefed.lane) == ("practice", "practice")
    assert (detected.date, briefed.date) == ("July 29", "Aug. 2")
    # the joined deed shares the subject of the deed before it, not the newsroom's name
    assert briefed.title.startswith("Brightwell's security team briefed")


def test_a_paragraph_with_no_cue_or_date_still_gives_its_point_as_context() -> None:
    # Paragraph convention: each paragraph makes a point; with no cue word and no date,
    # its first sentence is background, and a paragraph that gave an event adds none.
    result = drafted(
        "Harbor police said the driver fled and crashed on his own.",
        "Video released Friday shows officers ramming the car off the road.",
        "The driver was a 24-year-old nursing student on his way home from a late shift.",
        "Officers struck him with batons. He is in critical condition at Mercy Hospital.",
    )
    point = holding(result, "nursing student")
    assert point.lane == "context"
    assert point.date == f"../{PUB}"
    assert [e.para for e in result.events].count(4) <= 1
    assert all("He is in critical condition" not in e.clause for e in result.events)


def test_background_between_two_quotations_of_one_account_keeps_them_one_account() -> None:
    result = drafted(
        "Video released Friday shows deputies beating a handcuffed man, Eli Moss.",
        "In its first statement, the sheriff's office said Moss \u201cbecame combative\u201d "
        "during his arrest on May 3.",
        "Moss was walking home from his job at a grocery store.",
        "\u201cDeputies used the minimum force necessary,\u201d the sheriff's office said "
        "on May 4.",
    )
    assert holding(result, "walking home").lane == "context"
    assert linked(result, "contradicts", "deputies beating", "minimum force necessary")


def test_a_dated_deed_a_spokesman_confirms_against_the_account_is_a_practice() -> None:
    # Confirmation convention: "But the state began ... in January 2015, a spokesman
    # says" sets a deed the party confirms against its account; without the contrast, a
    # deed told with "police said" is the party's account.
    result = drafted(
        "State officials insisted for months that the tap water was safe to drink.",
        "But the state began trucking bottled water to its own offices in January 2015, a "
        "spokesman for the agency says.",
        "The officer fired after the driver dragged him several feet on Sept. 3, police said.",
    )
    trucked = holding(result, "began trucking")
    assert (trucked.lane, trucked.date) == ("practice", "in January 2015")
    assert "spokesman" not in trucked.clause
    assert linked(result, "contradicts", "began trucking", "insisted for months")
    assert holding(result, "officer fired").lane == "statement"


def test_an_account_tucked_into_a_relative_clause_is_a_statement_of_its_own() -> None:
    result = drafted(
        "Norwell Chemical Co., which has insisted since 2019 that its plant never released "
        "benzene, agreed Tuesday to pay $5 million to settle state charges that the plant "
        "leaked the chemical 40 times."
    )
    insisted = holding(result, "has insisted since 2019")
    settled = holding(result, "agreed Tuesday")
    assert insisted is not settled
    assert (insisted.lane, insisted.date) == ("statement", "since 2019")
    assert (settled.lane, settled.date) == ("disclosure", "Tuesday")
    assert "insisted" not in settled.title


def test_what_an_inquiry_which_found_shows_is_a_practice() -> None:
    result = drafted(
        "The settlement follows an investigation by the state environmental agency, which "
        "found that plant managers had turned off leak alarms in 2020 and 2021."
    )
    alarms = holding(result, "turned off leak alarms")
    assert (alarms.lane, alarms.date) == ("practice", "in 2020 and 2021")
    assert linked(result, "reveals", "an investigation", "turned off leak alarms")


def test_a_resident_told_nothing_was_wrong_concedes_nothing() -> None:
    # "We were told ... that nothing was wrong", said by a resident, calls no account of
    # hers wrong: a reaction, not an admission.
    result = drafted(
        "Norwell Chemical said for years that its plant was safe.",
        "But state records show the plant leaked benzene 40 times.",
        "\u201cWe were told over and over that nothing was wrong,\u201d said Maria Ortiz, "
        "who lives two blocks from the fence line.",
    )
    assert holding(result, "nothing was wrong").lane == "context"


def test_a_first_report_that_lists_a_cause_is_the_account() -> None:
    result = drafted(
        "The Army's initial casualty report listed the cause of death as "
        "\u201cheat injury during training.\u201d"
    )
    assert holding(result, "initial casualty report").lane == "statement"


def test_an_inquiry_told_by_unnamed_sources_is_a_disclosure() -> None:
    result = drafted(
        "On Tuesday, the Federal Trade Commission opened an inquiry into the app maker, "
        "according to two people familiar with it."
    )
    assert holding(result, "opened an inquiry").lane == "disclosure"


def test_a_message_opened_with_one_email_is_behind_the_scenes() -> None:
    result = drafted(
        "In one email dated Aug. 4, 2022, a product manager wrote that the data deal was "
        "\u201cthe only thing keeping the lights on.\u201d"
    )
    wrote = holding(result, "product manager wrote")
    assert (wrote.lane, wrote.date) == ("practice", "Aug. 4, 2022")


def test_a_body_that_checks_its_records_for_a_named_person_discloses_what_they_show() -> None:
    # Records-check convention; a party disputing with "there was no record that ..."
    # still makes its claim.
    result = drafted(
        "Council candidate Priya Shah has said she earned a nursing degree in 2009.",
        "Hillcrest College has no record of Shah receiving a degree, a college spokesman "
        "said Thursday.",
        "The state Board of Nursing said it has no record that Shah was ever licensed.",
        "Chancellor Ada Brook disputed that account at the time, saying there was no record "
        "that Cole had called her.",
    )
    assert holding(result, "Hillcrest College has no record").lane == "disclosure"
    assert holding(result, "Board of Nursing").lane == "disclosure"
    assert holding(result, "disputed that account").lane == "statement"
    assert holding(result, "has said she earned").actor == "Priya Shah"


def test_a_statement_in_a_dated_debate_is_dated_by_it_and_a_quiet_change_is_a_practice() -> None:
    result = drafted(
        "In a debate on Oct. 2, Shah told voters that she had worked as a nurse.",
        "On Friday, her campaign removed the degree from her website without explanation.",
    )
    assert holding(result, "told voters").date == "Oct. 2"
    assert holding(result, "removed the degree").lane == "practice"


def test_what_follows_the_colon_after_a_contradiction_is_what_the_evidence_shows() -> None:
    result = drafted(
        "Sheriff Tom Grady said last week that jail staff checked on inmate Luis Pena "
        "every 30 minutes.",
        # a person named after the colon is what the video shows, not whose account it is
        "Jail video obtained by KXTV is at odds with that account: it shows no guard "
        "entering Pena's cell block for more than five hours.",
    )
    shown = holding(result, "no guard entering")
    assert shown.lane == "practice"
    assert "Earlier statement" not in shown.title
    assert linked(result, "reveals", "Jail video obtained", "no guard entering")


def test_what_an_inquest_heard_is_what_the_evidence_shows() -> None:
    # Court-reporting convention: "the inquest heard that ..." reports evidence given in
    # court; what it heard is a practice the hearing reveals.
    result = drafted(
        "Police said on the night of 4 June that officers had called an ambulance at once.",
        "But an inquest at Southwark Coroner's Court heard on Tuesday that officers waited "
        "23 minutes before calling for help.",
    )
    waited = holding(result, "waited 23 minutes")
    assert waited.lane == "practice"
    assert holding(result, "Coroner's Court heard").lane == "disclosure"
    assert linked(result, "reveals", "Coroner's Court heard", "waited 23 minutes")
    assert linked(result, "contradicts", "waited 23 minutes", "called an ambulance")


def test_claims_as_a_noun_make_no_statement() -> None:
    result = drafted(
        "The state attorney general's office said Friday it had opened an investigation into "
        "the charity's fundraising claims."
    )
    assert holding(result, "opened an investigation").lane == "disclosure"


def test_a_lede_claim_and_a_later_explanation_in_other_words_are_two_events() -> None:
    # One event per fact: the lede's claim is not restated by a later statement whose
    # quotation says something else.
    result = drafted(
        "A charity told donors in fundraising letters that it had \u201crebuilt 200 homes for "
        "families who lost everything.\u201d",
        "Internal spreadsheets list 11 completed homes.",
        "The charity's founder, Grace Hill, said in an interview that the 200 homes figure "
        "\u201cincludes homes we helped in other ways.\u201d",
    )
    assert holding(result, "rebuilt 200 homes") is not holding(result, "helped in other ways")


def test_a_deed_that_only_times_what_was_said_makes_no_practice() -> None:
    result = drafted(
        "Mayor Rita Gomez said through a spokesman on Thursday that she had not seen the "
        "emails until a television station provided them."
    )
    assert holding(result, "had not seen the emails").lane == "statement"


def test_a_message_quoted_after_the_emails_that_show_it_is_behind_the_scenes() -> None:
    result = drafted(
        "Emails obtained by WXYZ through a public records request show that the city's chief "
        "engineer warned the mayor's chief of staff, Dana Cole, in writing in 2023.",
        "\u201cThis bridge needs to close now,\u201d the engineer, Victor Hale, wrote on Aug. 21, "
        "2023. Cole replied the next day that closing it before the election \u201cis not an "
        "option.\u201d",
    )
    assert holding(result, "needs to close now").lane == "practice"
    assert holding(result, "Cole replied").lane == "practice"


def test_a_statement_made_in_a_dated_letter_is_dated_by_it_and_is_no_release() -> None:
    result = drafted(
        "The administrator, Karen Boyd, told families in a letter dated Oct. 2, 2020, that "
        "no resident had died of the virus."
    )
    told = holding(result, "told families")
    assert (told.lane, told.date) == ("statement", "Oct. 2, 2020")
    assert len(result.events) == 1


def test_the_public_saying_it_was_told_is_a_reaction_and_makes_no_party() -> None:
    result = drafted(
        "For months, Maple Grove Care Center told families that none of its residents had "
        "died of the virus.",
        "Families of at least three residents said they were told their relatives died of "
        "\u201cnatural causes.\u201d",
    )
    assert holding(result, "told families that none").lane == "statement"
    assert holding(result, "they were told").lane == "context"


def test_a_statement_in_a_letter_sent_to_a_public_is_dated_by_the_letter() -> None:
    result = drafted(
        "In a letter sent to parents in September 2022, the superintendent, Rosa Marsh, said "
        "every fountain in the district had been tested."
    )
    told = holding(result, "every fountain")
    assert (told.lane, told.date) == ("statement", "in September 2022")


def test_what_a_record_of_the_time_shows_is_dated_by_the_record() -> None:
    # Record convention: minutes or e-mails written at the time date what they show; an
    # earlier report of another kind does not reveal it.
    result = drafted(
        "A consultant's report dated March 3, 2019, found that the roof was failing.",
        "Minutes of a board meeting in June 2019 record that trustees voted to delay the repairs.",
        "E-mails released Tuesday show that the facilities chief asked staff to keep the "
        "leaks quiet.",
    )
    voted = holding(result, "trustees voted")
    assert (voted.lane, voted.date) == ("practice", "in June 2019")
    assert not linked(result, "reveals", "consultant", "trustees voted")
    asked = holding(result, "asked staff")
    assert asked.lane == "practice" and asked.date != "Tuesday"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Labour MP Sarah Lind said the trust had misled patients.", "Sarah Lind"),
        ("Councillor Ravi Shah said the trust had misled patients.", "Ravi Shah"),
        ("The Health Secretary, Jane Hale, said the trust had misled patients.", "Jane Hale"),
    ],
)
def test_commonwealth_titles_and_capitalised_jobs_name_the_person(sentence: str, name: str) -> None:
    actor = holding(drafted(sentence), "misled patients").actor
    assert actor.endswith(name) and actor.split()[0] not in ("Health", "The")


@pytest.mark.parametrize(
    "evidence",
    [
        "The logs show otherwise.",
        "But the logs tell a different story.",
        "The logs seen by the Bulletin do not bear that out.",
    ],
)
def test_evidence_set_against_the_account_on_its_own_shows_what_the_next_sentence_tells(
    evidence: str,
) -> None:
    # Contrast convention: "The logs show otherwise." says nothing itself; the sentence
    # after it tells what the evidence shows, against the account told before.
    result = drafted(
        "The county said on July 11 that every shift at the dispatch center was covered.",
        f"{evidence} On 41 nights over the summer, the center had two call-takers on duty.",
    )
    shown = holding(result, "41 nights")
    assert (shown.lane, shown.date) == ("practice", "the summer")
    assert linked(result, "reveals", "logs", "41 nights")
    assert linked(result, "contradicts", "41 nights", "every shift")
    assert linked(result, "contradicts", "logs", "every shift")


def test_a_part_of_a_record_shows_what_the_record_shows() -> None:
    # Evidence convention: "the register's stock column shows that ..." cites the record.
    result = drafted(
        "The trust said on May 2 that every dose was accounted for.",
        "The register’s stock column, however, shows that 40 doses were never booked in.",
    )
    shown = holding(result, "40 doses")
    assert shown.lane == "practice" and shown.title.startswith("40 doses were never booked")
    assert linked(result, "contradicts", "40 doses", "every dose")


def test_evidence_that_only_could_show_otherwise_sets_nothing_against_the_account() -> None:
    result = drafted(
        "The county said on July 11 that every shift at the dispatch center was covered.",
        "Supervisors have asked for the logs to show otherwise. On 41 nights over the summer, "
        "the board met twice.",
    )
    assert not any(k.relation == "contradicts" for k in result.links)


def test_a_release_hours_after_a_dated_incident_is_dated_by_it() -> None:
    result = drafted(
        "The sheriff's office said in a news release hours after the March 4 crash that the "
        "deputy had used his siren.",
        "Dashboard video released Friday shows the siren was off.",
    )
    said = holding(result, "used his siren")
    assert said.lane == "statement" and said.date == "2024-03-04"


def test_a_practice_told_from_a_log_is_not_revealed_by_the_video_named_before() -> None:
    result = drafted(
        "Police said on March 4 that the driver had fired at officers first.",
        "Body camera video released Friday shows the driver with his hands raised.",
        "A rifle was later found in the trunk, according to the department's evidence log.",
    )
    assert holding(result, "rifle was later found").lane == "practice"
    assert not linked(result, "reveals", "Body camera", "rifle")


def test_a_correction_an_apology_and_accepted_findings_are_admissions() -> None:
    result = drafted(
        "The transport secretary, Jane Hale, told Parliament on March 1 that every bridge "
        "had been inspected.",
        "An audit published Thursday found that 40 bridges had not been inspected.",
        "By Thursday evening, the department had issued a correction.",
        "The Highways Agency said it accepted the auditors' findings.",
    )
    assert holding(result, "issued a correction").lane == "disclosure"
    assert holding(result, "accepted the auditors").lane == "disclosure"
    assert not linked(result, "contradicts", "40 bridges", "accepted the auditors")


def test_words_called_incomplete_and_a_concession_run_on_are_the_speaker_s() -> None:
    # Quotation convention: a quote with no attribution of its own goes on in the voice of
    # the speaker quoted before it, on the same occasion; a concession that goes on is the
    # same admission (see timeline.draft.continuation).
    result = drafted(
        "Coach Dan Reyes said in a statement on Aug. 2 that he had followed every rule.",
        "\u201cMy remarks were based on records that we now know to have been incomplete,\u201d "
        "Reyes said. \u201cWe were wrong to say the team had reported it.\u201d",
    )
    incomplete = holding(result, "have been incomplete")
    assert (incomplete.lane, incomplete.actor) == ("disclosure", "Coach Dan Reyes")
    assert [e.lane for e in result.events] == ["statement", "disclosure"]
    assert incomplete.date.endswith("-08-02")  # the occasion the statement before dates


def test_the_opposition_reacts_whatever_portfolio_it_shadows() -> None:
    result = drafted(
        "The Environment Minister, Jane Hale, said on March 1 that every flood defence had "
        "been inspected.",
        "An audit published Thursday by the National Audit Office found that 31% of flood "
        "defences had not been inspected.",
        "Shadow Environment Secretary Tom Aske said the minister had misled Parliament.",
    )
    assert holding(result, "Tom Aske").lane == "context"


def test_a_campaign_ad_dates_what_it_says_and_an_opponent_reacts() -> None:
    result = drafted(
        "In a radio ad that began airing Feb. 20, mayoral candidate Ruth Okafor says she "
        "\u201cnever raised a single fee\u201d during her years on the council.",
        "Council minutes show that Okafor voted to raise parking fees in 2019 and 2021.",
        "Her opponent, Councilman Abel Wirth, has called the ad \u201cfiction.\u201d",
    )
    says = holding(result, "never raised a single fee")
    assert (says.lane, says.date) == ("statement", "Feb. 20")
    assert holding(result, "has called the ad").lane == "context"


def test_evidence_set_off_mid_sentence_leaves_what_it_shows_before_it() -> None:
    result = drafted(
        "The director said on Jan. 4 that no contract had gone to a relative.",
        "The agency paid his brother\u2019s firm $2.1 million, city records show, including "
        "$400,000 for work that was never done.",
    )
    paid = holding(result, "paid his brother")
    assert paid.lane == "practice" and paid.title.startswith("The agency paid")


def test_a_change_told_from_one_year_to_another_is_dated_by_the_span() -> None:
    result = drafted(
        "Records show the district's legal bills rose from $1.2 million in 2015 to $3.9 "
        "million in 2022."
    )
    assert holding(result, "legal bills rose").date == "2015/2022"


def test_an_answer_to_a_newsroom_s_questions_was_prompted_by_no_event() -> None:
    result = drafted(
        "In response to questions this week, clinic spokeswoman Lena Ortiz said the clinic "
        "\u201cfollowed every rule.\u201d"
    )
    assert len(result.events) == 1
    said = result.events[0]
    assert (said.lane, said.actor) == ("statement", "Lena Ortiz")


def test_inspectors_who_found_the_opposite_set_their_finding_against_the_account() -> None:
    result = drafted(
        "The clinic said on Oct. 12, 2022, that the outbreak had been contained.",
        "Weeks later, state inspectors found the opposite. In a report, the state health "
        "department said nine more patients had tested positive.",
    )
    assert linked(result, "contradicts", "found the opposite", "had been contained")
    assert linked(result, "contradicts", "nine more patients", "had been contained")


def test_a_report_named_as_the_occasion_of_a_finding_is_one_event_dated_by_it() -> None:
    result = drafted(
        "The clinic said on Oct. 12, 2023, that the outbreak had been contained.",
        "In a report released Tuesday, the state health department said nurses had reused "
        "single-use equipment.",
    )
    found = [e for e in result.events if e.para == 2]
    assert [(e.lane, e.date) for e in found] == [("disclosure", "Tuesday")]


def test_evidence_named_in_what_a_critic_said_is_the_critic_s_reaction() -> None:
    result = drafted(
        "The Texas Department of Criminal Justice said on May 1 that no inmate had died of "
        "heat since 2012.",
        "Autopsy reports obtained by the Tribune show that at least 14 inmates died of "
        "heat stroke.",
        "State Rep. Ana Cruz, who has sponsored bills to cool the prisons, said the findings "
        "showed the agency \u201chas been hiding the truth.\u201d",
    )
    said = holding(result, "Ana Cruz")
    assert said.lane == "context"
    assert not linked(result, "contradicts", "Ana Cruz", "no inmate")


def test_he_did_not_explain_is_the_speaker_s_refusal() -> None:
    result = drafted(
        "Agency spokesman Jason Ruiz said Wednesday that the agency relies on autopsies.",
        "He did not explain why the agency's statements had left out the findings.",
    )
    refusal = holding(result, "did not explain")
    assert (refusal.lane, refusal.actor) == ("disclosure", "Jason Ruiz")


def test_a_post_named_with_its_body_then_the_name_leads_title_and_actor() -> None:
    result = drafted(
        "The Minister of State for Health, Dr. Ada Obi, in a statement on Tuesday, said the "
        "ministry had distributed 4.2 million doses."
    )
    said = holding(result, "4.2 million doses")
    assert said.actor == "Dr. Ada Obi"
    assert said.title.startswith("Dr. Ada Obi said the ministry")


def test_a_time_between_the_auxiliary_and_its_verb_dates_the_statement() -> None:
    result = drafted(
        "The Ministry of Health had on Monday dismissed reports of a shortage, insisting "
        "that every state had enough vaccine."
    )
    assert holding(result, "dismissed reports").date == "Monday"


def test_a_time_between_a_short_subject_and_its_verb_dates_the_statement() -> None:
    result = drafted(
        "The council on Friday deleted the survey results and posted a note saying they "
        "were published in error."
    )
    assert holding(result, "deleted the survey").date == "Friday"


def test_efforts_to_reach_a_spokesperson_are_a_silence_and_an_organisation_acts() -> None:
    # Refusal convention: the failed effort to reach a party tells its silence.
    result = drafted(
        "Efforts to reach the ministry's spokesperson were unsuccessful.",
        "The World Health Organisation said on Wednesday that cases had doubled.",
    )
    assert holding(result, "Efforts to reach").lane == "disclosure"
    assert holding(result, "cases had doubled").actor == "World Health Organisation"


def test_a_speaker_now_convinced_of_the_contrary_admits_it() -> None:
    result = drafted(
        "The general said on Aug. 30 that the strike had killed only fighters.",
        "\u201cI am now convinced that as many as six civilians were killed,\u201d the general "
        "said on Friday.",
    )
    assert holding(result, "now convinced").lane == "disclosure"


def test_evidence_set_off_after_an_opener_attributes_what_follows() -> None:
    result = drafted(
        "The agency said on Sept. 18 that the air was safe to breathe.",
        "For example, the report found, the agency left out guidance on cleaning indoor dust "
        "from its first statements.",
    )
    left_out = holding(result, "left out guidance")
    assert left_out.lane == "practice" and "For example" not in left_out.title


def test_a_however_set_after_an_opening_phrase_is_named_in_the_link_note() -> None:
    result = drafted(
        "The district said on May 3 that every fountain had been tested.",
        "On Monday, however, records showed that 14 fountains had never been tested.",
    )
    notes = [k.note for k in result.links if k.relation == "contradicts"]
    assert any("('however')" in n for n in notes)
    assert not any("('On Monday')" in n for n in notes)


def test_a_timeline_entry_s_date_label_dates_its_events_and_leaves_its_title() -> None:
    result = drafted(
        "The water authority said on April 12, 2022, that lead levels were below federal limits.",
        "\u2022 August 2022: A second round of tests finds lead above the action level in 9% "
        "of homes.",
    )
    entry = [e for e in result.events if e.para == 2]
    assert entry and all(e.date == "August 2022" for e in entry)
    assert not any(e.title.startswith("August") for e in entry)


@pytest.mark.parametrize(
    "record", ["rotas", "timesheets", "spreadsheets", "invoices", "payroll records"]
)
def test_what_working_records_covering_a_period_show_is_a_practice_of_that_period(
    record: str,
) -> None:
    # Record convention: the rotas, timesheets or invoices of a place are records of the
    # time; what they show was done, and in the period they cover.
    result = drafted(
        f"But the {record}, covering January to November 2023, show that 212 night shifts "
        "were staffed by a single carer."
    )
    shifts = holding(result, "212 night shifts")
    assert (shifts.lane, shifts.date) == ("practice", "January to November 2023")


def test_a_statement_in_a_written_response_is_dated_by_the_response() -> None:
    result = drafted(
        "Harlow Care Ltd told the regulator in a written response on 14 March that no home "
        "had been short of staff."
    )
    assert holding(result, "no home").date == "14 March"


@pytest.mark.parametrize(
    "sentence",
    [
        "In an email dated 9 August, a regional director wrote that agency spending must fall.",
        "A letter from the review board, dated Jan. 11, urged the company to lower the pond.",
    ],
)
def test_a_message_dated_a_day_was_written_that_day_and_is_no_release(sentence: str) -> None:
    # Record convention: "an email dated 9 August" tells when it was written; what it
    # says is one event of that day, and "dated" releases nothing.
    result = drafted(sentence)
    assert [(e.lane, e.date) for e in result.events] == [
        ("practice", "9 August" if "9 August" in sentence else "Jan. 11")
    ]
    assert "dated" not in result.events[0].title


def test_a_sentence_told_by_the_clock_is_an_event() -> None:
    # Clock convention: "at 2:06 p.m." dates what happened by the hour; the sentence is
    # an event of its own, as one dated by its day would be.
    result = drafted(
        "But logs obtained by the Tribune show the alert was not sent until 3:41 p.m. A "
        "deputy radioed at 2:06 p.m. that flames had crossed the highway."
    )
    assert any("radioed at 2:06 p.m." in e.clause for e in result.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Oregon Department of Emergency Management said Thursday it would review the alert.",
        "The Environment Agency said on Tuesday it was assessing the alert logs.",
        # after what it says first
        'The Transport Department said it had received "information about the alert" and '
        "was looking into it.",
        # complaints on its record, or the party called to account
        "The Public Utility Commission said it had received 112 complaints about the alert.",
        "The Emergency Management Agency said Monday it was aware of the residents' complaints.",
        "A Justice Department spokesman said ministers had asked the sheriff for a full account.",
    ],
)
def test_a_body_outside_the_party_that_examines_the_matter_starts_an_inquiry(
    sentence: str,
) -> None:
    # Inquiry convention: a body outside the party that "said it would review ...", "said
    # it was assessing ..." tells an inquiry starting, a disclosure; so does the party
    # that says it will review its own procedures (see promises._EXAMINES).
    result = drafted(
        "Harlan County Sheriff Ray Tull said on Aug. 20 that the alert reached phones at 2:15 p.m.",
        "But logs obtained by the Tribune show the alert was not sent until 3:41 p.m.",
        sentence,
        "Harlan County said it would review its own procedures.",
    )
    assert holding(result, sentence[:30]).lane == "disclosure"
    assert holding(result, "its own procedures").lane == "disclosure"


def test_a_lede_admission_is_not_merged_into_a_later_inquiry() -> None:
    # Inverted-pyramid convention merges the lede's fact into the body's telling of it;
    # an admission is told again only as an admission, not by an inquiry on the same day.
    result = drafted(
        "County emergency officials acknowledged Thursday that a wildfire alert went out "
        "90 minutes later than they had told the public.",
        "The fire destroyed 40 homes near the county line on Aug. 19.",
        "The state emergency agency said Thursday it would review the county's handling of "
        "the wildfire alert.",
    )
    assert any("acknowledged Thursday" in e.clause for e in result.events)


def test_a_lede_fact_and_a_body_fact_of_the_same_years_are_two_facts() -> None:
    # Inverted-pyramid convention merges the same fact told twice; two facts of the same
    # years ("in 2021 or 2022") share only their dates, which name no subject
    result = drafted(
        "The province did not carry out a single field inspection under the rotation law in "
        "2021 or 2022, even as the minister was telling the legislature the act was enforced, "
        "the auditor general says.",
        "In a report tabled Tuesday, the auditor general found both compliance posts empty.",
        "No fines were issued under the act in 2021 or 2022, the report says.",
    )
    assert any("field inspection" in e.clause for e in result.events)
    assert any("No fines" in e.clause for e in result.events)


def test_a_lede_quoting_the_record_the_body_quotes_is_drafted_once() -> None:
    # the lede quotes the words of the email the body quotes in full: one fact, whoever
    # each names (the mayor told, the deputy who wrote)
    result = drafted(
        "Mayor Ana Ruiz was first told in March 2019 of a “badly botched inspection”, "
        "according to emails released Wednesday.",
        "The emails run to 150 pages.",
        "“Please see below for a badly botched inspection,” says a March 11, 2019 email from "
        "deputy Tom Vale.",
    )
    assert not any("first told" in e.clause for e in result.events)


def test_an_undated_lede_admission_is_the_concession_the_next_paragraph_dates() -> None:
    # Inverted-pyramid convention: "has conceded" sums up; the next paragraph's "told the
    # exchange on Monday ..." is the concession itself, one event, a disclosure
    result = drafted(
        "A Geelong battery developer has conceded a supply deal it told investors was "
        "binding is not legally binding.",
        "Southern Cell told the stock exchange on Monday its agreement with Hanaro Trading "
        "does not at this stage create binding purchase obligations.",
    )
    told = holding(result, "told the stock exchange")
    assert told.lane == "disclosure"
    assert not any("has conceded" in e.clause for e in result.events)


def test_an_occasion_that_left_out_the_evidence_is_the_account_it_contradicts() -> None:
    # Omission convention: "None of that was mentioned when the company told residents
    # ..." makes the occasion the account; the evidence just told contradicts it.
    result = drafted(
        "An email dated Jan. 17, 2023, shows the mine deferred repairs to the dam's drains "
        "for budget reasons.",
        "None of that was mentioned when Highvale Mining Ltd. took questions from residents "
        "at a public meeting on March 22.",
    )
    occasion = holding(result, "None of that was mentioned")
    assert occasion.lane == "statement"
    assert occasion.title.startswith("Highvale Mining Ltd. took questions")
    assert linked(result, "contradicts", "deferred repairs", "None of that was mentioned")


def test_an_occasion_where_the_evidence_never_came_up_is_the_account() -> None:
    result = drafted(
        "Maintenance sheets show the pumps failed 14 times in the spring.",
        "None of that came up in May, when director Hal Ober briefed the county board.",
    )
    assert holding(result, "None of that came up").lane == "statement"


def test_a_bare_quotation_runs_on_the_message_quoted_before_it() -> None:
    # Document convention: '"I can't turn everyone," she wrote. "Somebody is going to get
    # hurt."' quotes one e-mail in two sentences: one private message, not a statement.
    result = drafted(
        "Late on Feb. 11, 2022, a night aide emailed the administrator. “I can’t turn "
        "everyone who needs turning,” she wrote. “Somebody is going to get hurt.”"
    )
    assert [e.lane for e in result.events] == ["practice"]


def test_an_event_the_news_comes_months_after_is_dated_by_counting_back() -> None:
    # Sequence convention: "The order, issued Friday, comes eight months after the company
    # told investors ..." tells an earlier event, dated eight months before the order.
    result = drafted(
        "The order, issued Friday, comes eight months after Kestrel Copper Corp. told "
        "investors that the dam met every design criterion."
    )
    told = holding(result, "told investors")
    assert (told.lane, told.date) == ("statement", "2023-07")
    assert holding(result, "The order").date == "Friday"


def test_an_event_the_news_named_back_came_weeks_after_counts_from_its_day() -> None:
    # Sequence convention: "The decision came two weeks after ..." names back the news the
    # sentence before dated; the earlier event is counted back from that day.
    result = drafted(
        "The board froze hiring at its meeting on Feb. 21, 2023. The decision came two weeks "
        "after the airport had announced a new route to Jersey."
    )
    assert holding(result, "new route").date == "2023-02-06/2023-02-12"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("In February, Harlow Care mailed a letter to residents’ families.", "In February"),
        ("The district sent a notice to parents in May saying the water was safe.", "in May"),
    ],
)
def test_a_letter_to_the_public_is_the_partys_public_word(sentence: str, date: str) -> None:
    # Claim convention: a party's letter or notice to families, parents or customers is its
    # public word, dated by the letter.
    event = drafted(sentence).events[0]
    assert (event.lane, event.date) == ("statement", date)


@pytest.mark.parametrize(
    "quote",
    ["We gave the public inaccurate information", "I gave reporters the wrong times"],
)
def test_giving_out_wrong_information_in_ones_own_words_is_an_admission(quote: str) -> None:
    # Concession convention: "We gave the public inaccurate information" calls the
    # speaker's own account wrong, as "our statements were not accurate" does.
    result = drafted(f"“{quote}, and I own that,” the director said in a statement Wednesday.")
    assert result.events[0].lane == "disclosure"


def test_a_state_body_that_reviews_a_county_in_its_state_is_not_the_county() -> None:
    # Inquiry convention: the state's agency shares the state's name and a generic word
    # ("Emergency") with the county's emergency manager, but not its name: another body.
    result = drafted(
        "Jackson County Emergency Manager Rick Tull said in southern Oregon on Aug. 20 that "
        "the alert reached phones at 2:15 p.m.",
        "But logs obtained by the Tribune show the alert was not sent until 3:41 p.m.",
        "The Oregon Department of Emergency Management said Thursday it would review the alert.",
    )
    assert holding(result, "would review the alert").lane == "disclosure"


@pytest.mark.parametrize("public", ["investors", "families"])
def test_a_headline_on_what_a_party_told_investors_or_families_frames_the_story(
    public: str,
) -> None:
    # Claim convention: "told investors", "told families" is a public claim, like "told
    # residents"; a story whose headline tells it sets what it established against it.
    result = draft(
        f"Regulator orders miner to lower pond after finding seepage it told {public} was "
        "no concern\n\n"
        "The province ordered Kestrel Copper Corp. to lower the pond on Friday.\n\n"
        "The order covers the main pond at the Sorrel Creek mine.\n\n"
        "The company's own engineer flagged turbid seepage at the dam on Sept. 28, 2022, "
        "the inspection report says.\n\n"
        f"In March, Kestrel Copper told {public} that the dam showed no seepage of concern.",
        PUB,
    )
    assert linked(result, "contradicts", "flagged turbid seepage", f"told {public}")


def test_whoever_stands_by_the_account_holds_it() -> None:
    # Standing-by convention: a speaker who says their side "stands by its statement" holds
    # to the account the story tests, not a bystander's reaction; the evidence against the
    # account is set against it too.
    result = drafted(
        "In May, Harbor Authority director Jo Park said the pier was safe.",
        "Inspection records show the pier’s pilings were rotten.",
        "Asked about the records, Dock Holdings spokeswoman Ana Ruiz said on Tuesday that the "
        "company stands by its statement that the pier was sound.",
    )
    upheld = holding(result, "stands by its statement")
    assert upheld.lane == "statement"
    assert linked(result, "contradicts", "pilings were rotten", "stands by its statement")


def test_a_nut_graf_after_a_scene_setting_lede_frames_the_story() -> None:
    # Framing convention: a feature lede sets a scene for two paragraphs; the nut graf, as
    # late as the third, says what the story tests.
    scene = (
        "Mara Cole had crossed the old pier every morning for ten years.",
        "On a windy Friday in March, a plank gave way under her bicycle.",
    )
    story = (
        "Harbor officials have said for years that the pier is inspected every spring.",
        "Inspection logs show the pier was last inspected in 2019.",
    )
    framed = drafted(*scene, "Records show the city knew the pier was failing.", *story)
    assert linked(framed, "contradicts", "last inspected in 2019", "inspected every spring")
    late = drafted(*scene, "She was not hurt.", "The pier reopened.", *story)
    assert not [k for k in late.links if k.relation == "contradicts"]


@pytest.mark.parametrize(
    "paperwork", ["Work orders", "Purchase orders", "The sign-in sheets", "Card statements"]
)
def test_the_paperwork_of_work_done_is_evidence(paperwork: str) -> None:
    # Evidence convention: the paperwork work leaves behind (work orders, sheets, card
    # statements) shows what was done, as records do: the deed is a practice it reveals.
    result = drafted(f"{paperwork} show crews were told to paint over the mold in March.")
    assert holding(result, "paint over the mold").lane == "practice"


@pytest.mark.parametrize(
    "sentence",
    [
        "State Auditor Mia Chen said Monday that her office would review the contract.",
        'The ministry said on Tuesday that it would "look into" the council\'s figures.',
        "The Health and Safety Executive said it had been made aware of the incident and was "
        "“making enquiries”.",
    ],
)
def test_a_body_that_says_it_will_look_into_the_matter_opens_an_inquiry(sentence: str) -> None:
    # Inquiry convention: a body that says it will review what the story tells opens the
    # inquiry through which the truth comes out, whether or not the story has named the
    # party yet; so does a party that says it will review its own figures.
    assert [e.lane for e in drafted(sentence).events] == ["disclosure"]
    own = drafted("The ministry said it would review its figures.")
    assert [e.lane for e in own.events] == ["disclosure"]


def test_evidence_set_off_by_its_number_and_its_source_still_shows() -> None:
    # Evidence convention: "Logs for the truck, No. 52, which the Post obtained, show ..."
    # names the evidence with two asides of its own; what follows the verb is the practice.
    result = drafted(
        "Maintenance logs for the truck, No. 52, which the Post obtained through a records "
        "request, show that its brakes were last checked in 2017."
    )
    assert holding(result, "brakes were last checked").lane == "practice"
    assert linked(result, "reveals", "Maintenance logs", "brakes were last checked")
    # a person's asides are no evidence's: "the director, a civilian, estimated" is a deed
    person = drafted(
        "In a memo dated May 9, the director, an engineer whose name was redacted, estimated "
        "the repairs at $4 million."
    )
    assert not [k for k in person.links if k.relation == "reveals"]


def test_a_verb_of_saying_in_a_reduced_relative_makes_no_statement() -> None:
    # Reduced-relative convention: "The policy the mayor announced was never written down"
    # names the policy by what was said of it; the sentence tells what records show.
    result = drafted(
        "The policy the mayor announced was never put in writing, according to city records "
        "obtained by the Post."
    )
    policy = holding(result, "never put in writing")
    assert policy.lane == "practice"
    assert linked(result, "reveals", "city records", "never put in writing")


def test_what_records_show_is_listed_before_the_records_came_out() -> None:
    # Timeline convention: what the records show happened before the records came out; the
    # timeline lists it first, though the story names the records first. What the story
    # tells as coming after them ("when the auditor shared her findings") stays after.
    result = drafted(
        "Staffing logs obtained by the Herald tell a different story. On 40 nights, the logs "
        "show, no nurse was on duty.",
        "Auditor Jo Lamb found the wards had been left without a nurse. The rota was changed "
        "when Lamb shared her findings with the trust.",
    )
    ids = [e.id for e in result.events]
    nights = holding(result, "no nurse was on duty").id
    logs = holding(result, "Staffing logs obtained").id
    assert ids.index(nights) < ids.index(logs)
    found = holding(result, "Lamb found").id
    changed = holding(result, "rota was changed").id
    assert ids.index(found) < ids.index(changed)


def test_an_instruction_given_to_staff_is_a_practice() -> None:
    # Instruction convention: what a manager "told inspectors to" do, or "directed staff
    # not to" do, was done inside; it is a practice, not a statement to the public.
    result = drafted(
        "A day after the match, the league's head of operations told commissioners to stop "
        "recording heat readings.",
        "In March the director instructed staff not to log the overnight stays.",
    )
    assert holding(result, "told commissioners to stop").lane == "practice"
    assert holding(result, "instructed staff not to").lane == "practice"


@pytest.mark.parametrize(
    "sentence",
    [
        # (the request made; one she "would" make is her pledge, a statement)
        "Rep. Ana Diaz has asked the auditor general to review the permit office.",
        "A passenger filed a complaint with the transport regulator in November.",
        "The Herald sent detailed questions to the company on June 2.",
        # (the party named first, and what the questions rest on: no private document of its)
        "The Courier sent the trust a list of questions based on internal documents.",
        "The Post put its findings to the county on Monday.",
        "Lee did not answer questions about the missing logs.",
        "The contractor filed a lawsuit last month in Superior Court.",
        "A federal class-action lawsuit filed last week in Austin names the company.",
        "Ms Otieno filed her election petition on June 4.",
    ],
)
def test_a_request_to_an_overseer_or_a_question_put_to_the_party_is_a_disclosure(
    sentence: str,
) -> None:
    # Oversight convention: asking an auditor to review, complaining to a regulator, a
    # lawsuit filed, and the questions a newsroom puts to the party (and the party leaving
    # them unanswered) are how the truth comes out: disclosures, not policy nor statements.
    assert [e.lane for e in drafted(sentence).events] == ["disclosure"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The company said its March announcement did not reflect the full sequence of events.",
        'The agency said late reports had been "incorrectly excluded" from its figure, and that '
        "it would publish a corrected one.",
    ],
)
def test_an_account_owned_as_incomplete_or_in_error_is_an_admission(sentence: str) -> None:
    # Admission convention: a party that says its own announcement "did not reflect the
    # full" story, or that figures "had been incorrectly excluded", concedes its account;
    # what it promises next ("would publish a corrected one") is no conceded fact.
    result = drafted(sentence)
    assert [e.lane for e in result.events] == ["disclosure"]


def test_an_account_pressed_further_at_a_dated_meeting_is_one_statement() -> None:
    # Escalation convention: "the mayor went further at the March 25 council meeting" tells
    # the account pressed further, dated by the meeting where it was said; the meeting is
    # its occasion, not an event of its own.
    result = drafted("Mayor Rosa Bell went further at the March 25 council meeting.")
    assert [(e.lane, e.date) for e in result.events] == [("statement", "March 25")]
    doubled = drafted("In June, the company doubled down on the figure.")
    assert [e.lane for e in doubled.events] == ["statement"]
    # nor is the meeting at whose end a vote was taken
    voted = drafted(
        "The mayor said the rate increase, which supervisors approved at the end of the "
        "March meeting, would close the gap."
    )
    assert not any(e.title.startswith("The March meeting") for e in voted.events)


def test_a_person_named_with_their_age_is_the_actor_and_the_title_drops_the_age() -> None:
    result = drafted(
        "Dora Finch, 64, of Elm Street, came home in June to find her basement flooded."
    )
    event = holding(result, "came home")
    assert event.actor == "Dora Finch"
    assert event.title.startswith("Dora Finch came home")


def test_a_member_of_the_public_telling_what_was_done_to_them_is_a_witness() -> None:
    result = drafted(
        "The housing authority said every tenant with no heat was visited within a day.",
        "Dora Finch, 64, of Elm Street, waited nine days in January with no heat.",
        'She was told by the call centre to "use the oven for warmth", she said.',
    )
    assert holding(result, "She was told by the call centre").lane == "practice"


def test_what_the_public_says_it_was_told_is_no_witness_account() -> None:
    result = drafted(
        "The housing authority said every tenant with no heat was visited within a day.",
        "Dora Finch, 64, of Elm Street, waited nine days in January with no heat.",
        "She was told the boiler had been fixed, she said.",
    )
    assert holding(result, "She was told the boiler").lane != "practice"


def test_an_internal_note_and_an_instruction_to_handlers_are_behind_the_scenes() -> None:
    result = drafted(
        "The ambulance trust said every fall at home was attended within an hour.",
        "But an internal briefing note sent to dispatch staff in May told call handlers to "
        '"close the call" when the patient could stand.',
    )
    assert holding(result, "internal briefing note").lane == "practice"


def test_call_handlers_the_story_shields_are_witnesses_to_the_practice() -> None:
    result = drafted(
        "The ambulance trust said every fall at home was attended within an hour.",
        "Three call handlers, who asked not to be named, said managers told them to leave "
        "falls in the queue overnight.",
    )
    assert holding(result, "Three call handlers").lane == "practice"


def test_an_email_someone_sent_to_colleagues_is_behind_the_scenes() -> None:
    result = drafted(
        "The warden said no cell block was ever left without an officer.",
        "A memo that Deputy Warden Ilse Marr sent to shift supervisors on March 3 also "
        "points to short staffing.",
    )
    assert holding(result, "sent to shift supervisors").lane == "practice"


def test_a_date_that_names_the_letter_conceded_does_not_date_the_concession() -> None:
    result = drafted(
        "On Tuesday, spokeswoman Ada Lin said the April letter to tenants was not accurate."
    )
    assert holding(result, "April letter").date == "Tuesday"


def test_the_date_of_the_meeting_where_it_was_said_dates_the_statement() -> None:
    result = drafted(
        "Director Omar Vance repeated the claim at the May 9 council budget meeting, telling "
        'members that the repairs were "on schedule."'
    )
    assert holding(result, "repeated the claim").date == "May 9"


def test_an_email_the_clause_opens_with_after_a_conjunction_is_behind_the_scenes() -> None:
    result = drafted(
        "The port said its cranes were inspected every month.",
        "And in a June 2 email, the port's safety manager, Rita Osei, warned the director "
        'that two cranes had "not been looked at since winter."',
    )
    assert holding(result, "warned the director").lane == "practice"


def test_what_staff_wrote_in_their_records_is_behind_the_scenes() -> None:
    result = drafted(
        "The elevator company said no car had stalled since the repair.",
        "In at least 12 service tickets, technicians wrote that riders were trapped between "
        "floors.",
    )
    assert holding(result, "technicians wrote").lane == "practice"


def test_what_a_sworn_declaration_says_is_evidence_not_a_statement() -> None:
    result = drafted(
        "The lab said every sample was tested twice.",
        "Half the samples were tested once, a sworn declaration filed in the case says.",
    )
    assert holding(result, "Half the samples").lane == "practice"


def test_a_court_ordering_the_records_out_is_a_disclosure() -> None:
    result = drafted(
        "The county said the jail logs had been lost in a flood.",
        "In May a judge ordered the county to turn over the logs.",
    )
    assert holding(result, "ordered the county to turn over").lane == "disclosure"


def test_a_party_reporting_itself_to_its_regulator_is_a_disclosure() -> None:
    result = drafted(
        "The airline said its pilots' rest rules had always been followed.",
        "A spokeswoman said the airline had notified the aviation authority of the breaches "
        "in April.",
    )
    assert holding(result, "notified the aviation authority").lane == "disclosure"


def test_a_number_with_a_comma_keeps_the_verb_beside_its_date() -> None:
    result = drafted("The county announced a recall of about 12,000 meters on Jan. 26.")
    assert holding(result, "announced a recall").date == "Jan. 26"


def test_an_admission_may_run_past_a_comma_to_what_it_concedes() -> None:
    result = drafted(
        '"Our earlier statement was made in good faith, and we have told the board that it '
        'was not accurate," the spokesman said.'
    )
    assert holding(result, "made in good faith").lane == "disclosure"


def test_an_account_named_by_its_month_is_the_one_conceded() -> None:
    result = drafted(
        "The utility said on March 4 that every hydrant had been tested.",
        "Its chief engineer, Paul Nadeau, said on May 2 that the testing was on schedule.",
        'On Friday, spokeswoman Ines Roca said: "Our March statement was not accurate."',
    )
    assert linked(result, "admits", "Our March statement", "every hydrant had been tested")
    assert not linked(result, "admits", "Our March statement", "testing was on schedule")


def test_an_account_conceded_in_quotation_marks_is_no_fact_of_its_own() -> None:
    result = drafted(
        "In a letter to the council, Director Karl Lind acknowledged that his testimony "
        '"was inaccurate" and said the depot would recount every bus.'
    )
    assert holding(result, "acknowledged that his testimony").lane == "disclosure"
    assert not [e for e in result.events if e.lane == "practice"]


def test_the_rest_of_a_paragraphs_practice_is_listed_before_the_records_too() -> None:
    result = drafted(
        "The council said its depots were inspected every month.",
        "Emails obtained by the Courier under the records law show that the inspections "
        'stopped in 2019. "Nobody has been out to the depots since spring," a fleet manager '
        "wrote to the director in March 2021.",
    )
    ids = [e.id for e in result.events]
    emails = holding(result, "Emails obtained by the Courier").id
    wrote = holding(result, "a fleet manager").id
    assert result.events[ids.index(wrote)].lane == "practice"
    assert ids.index(wrote) < ids.index(emails)


def test_a_time_alone_opening_the_clause_dates_its_event() -> None:
    result = drafted(
        "But on May 2, the depot manager, Ivo Stern, told drivers in an email to skip the "
        '"Route 9 checks until after the 31st" - a reference to May 31, the end of the audit.'
    )
    assert holding(result, "told drivers in an email").date == "May 2"


def test_a_time_alone_set_first_dates_the_statement_after_it() -> None:
    result = drafted(
        "For most of last year, the water board told customers, its members and the council "
        "that its meters were read every month."
    )
    assert holding(result, "told customers").date == "last year"


def test_the_date_of_the_record_a_clause_opens_with_dates_what_it_says() -> None:
    result = drafted(
        "In a July 2022 memo to the director, planner Ines Vidal wrote that breakdowns had "
        "tripled since 2020."
    )
    assert holding(result, "Vidal wrote").date == "July 2022"


def test_the_day_after_an_occasion_and_the_body_that_held_it_dates_the_statement() -> None:
    result = drafted(
        "Director Ann Wray told a meeting of the North Coast Rail Users’ Group in October that "
        "trains skipped stations only as a last resort."
    )
    assert holding(result, "told a meeting").date == "in October"


def test_an_according_aside_between_commas_sources_the_clause_after_it() -> None:
    result = drafted(
        "By the time of the announcement, according to the logs, hatchery workers had been "
        "losing 10,000 fish a day for six weeks."
    )
    practice = holding(result, "losing 10,000 fish")
    assert practice.lane == "practice"
    assert "By the time" not in practice.clause


def test_added_with_an_amount_is_no_verb_of_saying() -> None:
    result = drafted("Together, the extra fees added about $130 to the typical tow bill.")
    assert not [e for e in result.events if e.lane == "statement"]


def test_a_dated_relative_clause_in_apposition_is_background_not_the_statements_date() -> None:
    result = drafted(
        "Harbor Meals, a Fresno-based caterer that won the district's two-year, $4 million "
        "contract in June, said in a statement that deliveries were complete."
    )
    said = holding(result, "deliveries were complete")
    assert said.lane == "statement"
    assert said.date == f"../{PUB}"
    won = holding(result, "won the district's")
    assert won.lane == "context"
    assert won.date == "in June"


def test_a_general_truth_that_names_a_report_in_passing_is_no_disclosure() -> None:
    result = drafted(
        "Hatchery trout make up roughly half the fish caught in the state's lakes, and "
        "anglers plan trips and derbies around the department's weekly stocking report."
    )
    assert not [e for e in result.events if e.lane == "disclosure"]


def test_a_quote_that_runs_on_over_three_sentences_is_one_statement() -> None:
    result = drafted(
        "Ana Lund, who studied at the college, disputes that. "
        '"I put it in writing three times," she told the Ledger. '
        "\"I don't know what's more formal than that.\""
    )
    said = [e for e in result.events if e.lane == "statement"]
    assert [e.title for e in said] == ["Ana Lund disputes that"]


def test_a_chronology_entry_is_dated_by_its_label_in_every_sentence() -> None:
    # Chronology convention: "Feb 11: Power goes off. The generator runs ..." dates the
    # whole entry by its label; the label is no part of any headline.
    result = drafted(
        "The county said every dose was stored safely.",
        "Feb 11: Power to the store goes off after 9pm. The standby generator runs for 40 "
        "minutes before it stops.",
        "Feb 20 to 24: According to the store's issue ledger, 4,800 doses are sent to 19 clinics.",
    )
    assert holding(result, "Power to the store").date == "Feb 11"
    generator = holding(result, "standby generator")
    assert generator.date == "Feb 11"
    sent = holding(result, "4,800 doses")
    assert (sent.date, sent.lane) == ("Feb 20 to 24", "practice")
    assert sent.title.startswith("4,800 doses")


def test_a_newspaper_named_for_its_ledger_is_no_ledger() -> None:
    # "the Ledger", "the Register": a newspaper's name is no record of the party's
    result = drafted(
        "The council said every grant was paid.",
        "According to the Register, two grants were never paid.",
        "According to the council's grant register, two grants were never paid.",
    )
    lanes = {e.para: e.lane for e in result.events}
    assert lanes[2] != "practice"
    assert lanes[3] == "practice"


@pytest.mark.parametrize(
    "words",
    [
        "\"'No risk to riders' was the wrong thing to say, knowing what I know now,\" Reyes said.",
        'The director said "checked and cleared" was not the right phrase.',
        'A bank spokesperson said the chief executive\'s remark "could have been clearer."',
    ],
)
def test_ones_own_words_called_ill_chosen_is_an_admission(words: str) -> None:
    result = drafted(words)
    assert result.events[0].lane == "disclosure"


def test_a_right_thing_to_say_is_no_admission() -> None:
    result = drafted('The director said the apology "was the right thing to do."')
    assert result.events[0].lane == "statement"


def test_a_leading_after_clause_splits_before_a_body_named_with_its_article() -> None:
    result = drafted(
        "The Credit Authority told MPs it had fined firms £60m.",
        "After the Ledger put its findings to the authority on 12 November, the CA changed "
        'its annual report on Friday to remove the words "and recovered".',
    )
    put = holding(result, "put its findings")
    assert (put.lane, put.date, put.role) == ("disclosure", "12 November", "leading")
    assert holding(result, "changed its annual report").date == "Friday"


def test_a_board_paper_is_an_internal_document_and_the_newsroom_that_saw_it_is_no_actor() -> None:
    result = drafted(
        "The Credit Authority told MPs it had fined firms £60m.",
        "A board paper from September last year, seen by the Ledger, warned directors that "
        '"headline penalty figures materially overstate enforcement outcomes".',
    )
    paper = holding(result, "board paper")
    assert paper.lane == "practice"
    assert paper.title.startswith("A board paper from September last year warned directors")
    assert "Ledger" not in paper.actor


def test_a_former_official_who_is_not_named_is_a_witness() -> None:
    result = drafted(
        "The Credit Authority told MPs it had fined firms £60m.",
        "A former enforcement official at the authority, who asked not to be named, said "
        "staff had raised the issue repeatedly.",
        "County officials said the fines were paid.",
    )
    assert holding(result, "raised the issue").lane == "practice"
    assert holding(result, "fines were paid").lane == "statement"


@pytest.mark.parametrize(
    "told",
    [
        "Margaret Tane waited 97 days from her GP's urgent referral in March to her first "
        "chemotherapy.",
        "Joan Tonkin, 84, spent more than six hours in an ambulance outside the hospital on "
        "27 December.",
    ],
)
def test_what_people_went_through_under_the_practice_is_the_practice(told: str) -> None:
    result = drafted("The trust said no patient waited longer than an hour.", told)
    assert [e.lane for e in result.events if e.para == 2] == ["practice"]


@pytest.mark.parametrize(
    ("sentence", "words", "lane"),
    [
        (
            "Over four weeks in June, two Valley Standard reporters measured every ramp.",
            "measured",
            "disclosure",
        ),
        ("The Evening Mail visited 22 of the schools on the list.", "visited", "disclosure"),
        # its reporters, unnamed, even when what they compared is what others said
        (
            "Over three weeks, reporters visited 22 of the schools and compared what each "
            "school said it had received.",
            "reporters visited",
            "disclosure",
        ),
        # the newsroom naming itself, a station's investigative unit, a masthead word
        (
            "Over two days this newspaper visited 19 of the ramps on the list.",
            "visited 19",
            "disclosure",
        ),
        (
            "7 Investigates checked 40 of the ramps the city lists as rebuilt.",
            "checked 40",
            "disclosure",
        ),
        (
            "Bulletin reporters stood at 30 crossings and watched the ramps in use.",
            "stood at",
            "disclosure",
        ),
        (
            "The Harbour Enquirer measured every ramp on Quay Street.",
            "measured every",
            "disclosure",
        ),
        # with its time set between: "last week"
        ("HE reporters last week visited 20 of the ramps on the list.", "visited 20", "disclosure"),
        # its correspondent: "our correspondent visited"
        (
            "Between July 3 and July 28, our correspondent visited the 41 roads.",
            "41 roads",
            "disclosure",
        ),
        # what it saw for itself
        (
            "At the depot on Saturday, this correspondent saw crews skip two ramps.",
            "saw crews",
            "practice",
        ),
        # "Courant" is a masthead like "Times"
        ("The Courant measured the ramps at six points in August.", "six points", "disclosure"),
        # its own tests, run over weeks
        (
            "For four weeks, the Chronicle ran automated speed tests on three of the ramps' lifts.",
            "automated speed tests",
            "disclosure",
        ),
    ],
)
def test_a_newsroom_checking_for_itself_is_how_it_got_its_evidence(
    sentence: str, words: str, lane: str
) -> None:
    # Eyewitness convention, the newsroom's own: what the outlet or its reporters measured,
    # examined or visited, under whatever masthead, is how the story got its evidence, a
    # disclosure; what it saw done there is the fact it established, a practice.
    result = drafted("The mayor said every ramp meets the standard.", sentence)
    assert holding(result, words).lane == lane


def test_a_newsroom_matching_records_is_its_own_analysis() -> None:
    result = drafted(
        "The mayor said every reported pothole is filled in three days.",
        "The Dispatch was able to match the locations of 140 of the denied claims to earlier "
        "reports.",
    )
    assert holding(result, "able to match").lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Its annual report, published in March, says that no train was cancelled.", "annual"),
        ("The same figures appeared in the operator's annual report to passengers.", "same"),
        ("The sustainability report also said the mill had cut its emissions by half.", "mill"),
        ("The operator's website made the same promise until Friday.", "same promise"),
        ("The figure has since appeared on the operator's website and in its timetables.", "since"),
    ],
)
def test_a_partys_own_report_or_website_repeats_its_claim(sentence: str, words: str) -> None:
    # Own-publication convention: what the party publishes about its own record is its
    # claim, not a finding made public.
    result = drafted("The rail operator said in May that 99 per cent of trains ran.", sentence)
    assert holding(result, words).lane == "statement"


def test_a_worker_placed_by_years_inside_the_body_is_a_witness_to_the_practice() -> None:
    # Insider convention: "with 12 years at the utility" tells how the source knows.
    result = drafted(
        "The utility said every block was switched off by the published schedule.",
        "A control-room operator with 12 years at the utility said the instructions to "
        "skip blocks came by phone from the manager's office.",
    )
    assert holding(result, "control-room operator").lane == "practice"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("On Thursday, Ruiz said the punctuality figure had been wrong.", "had been wrong"),
        ("Ruiz wrote that the March figure should have been described as an estimate.", "March"),
        ('"The word fixed could have been more precise," the spokeswoman said.', "precise"),
        ('"The 98 percent figure does not reflect what riders experienced," Ruiz said.', "reflect"),
    ],
)
def test_an_own_figure_called_wrong_or_words_owned_as_ill_chosen_are_admissions(
    sentence: str, words: str
) -> None:
    result = drafted("The rail operator said 98 percent of trains ran on time.", sentence)
    assert holding(result, words).lane == "disclosure"


def test_another_partys_figure_called_wrong_is_a_denial() -> None:
    result = drafted("The operator said the union's punctuality figure was wrong.")
    assert holding(result, "union").lane == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        '"We cannot hit the target this year," an analyst wrote to colleagues on May 3.',
        '"Three days is not happening," supervisor Ana Ruiz wrote to Park\'s deputy in March.',
    ],
)
def test_words_written_to_colleagues_inside_are_private(sentence: str) -> None:
    result = drafted("The agency said every repair was made within three days.", sentence)
    assert holding(result, "wrote to").lane == "practice"


@pytest.mark.parametrize(
    "told",
    [
        "Chief executive Ana Ruiz told analysts in June that the repair backlog was gone.",
        "When Ruiz rose in the legislature in June, she said the repair backlog was gone.",
    ],
)
def test_words_told_to_a_public_body_are_the_account_the_evidence_contradicts(told: str) -> None:
    # Claim convention: what a party tells analysts, or says risen in the legislature, is
    # said in public, the account, even when the story tells it after the evidence.
    result = drafted(
        "Housing records show the state's repair backlog grew in 2023.",
        "The backlog stood at 17,400 jobs in April, records show.",
        told,
    )
    assert linked(result, "contradicts", "backlog stood at", "backlog was gone")


@pytest.mark.parametrize(
    "witness",
    [
        "Two nurses who have worked shifts at the clinic this year described a nightly backlog.",
        "A lifeguard who asked not to be named told the Courier there were no trainees on deck.",
    ],
)
def test_staff_placed_inside_by_their_shifts_or_shielded_are_witnesses(witness: str) -> None:
    result = drafted("The county said every pool was fully staffed.", witness)
    assert holding(result, witness.split()[1]).lane == "practice"


def test_a_reply_told_before_its_words_is_a_line_of_the_private_exchange() -> None:
    result = drafted(
        "The district said every bus had working air conditioning.",
        "On Aug. 6, mechanic Dan Ochoa wrote to director Pam Wirth that 14 buses had no cold "
        "air, according to emails the Sentinel obtained.",
        'Wirth answered the same afternoon. "Run them. We don\'t have spares," she wrote.',
    )
    # the words written are a line of the emails the source names, not a claim it vouches for
    assert holding(result, "Dan Ochoa wrote").lane == "practice"
    assert holding(result, "Wirth answered").lane == "practice"
    assert holding(result, "Run them").lane == "practice"


def test_a_quotation_between_said_and_its_verb_is_what_was_said() -> None:
    # 'said "..." had been altered': the quoted words open what was said; "said" is no
    # reduced relative clause ("The directive Kowalski announced was never written").
    result = drafted(
        "Internal emails show the institute changed how it counted the unemployed.",
        'The institute\'s head, Ana Ruiz, said "not a single element of the method" had been '
        "altered.",
    )
    said = holding(result, "not a single element")
    assert (said.lane, said.actor) == ("statement", "Ana Ruiz")


def test_the_facts_told_after_a_contrast_contradict_the_account_it_was_set_against() -> None:
    # Evidence-run convention: after "But records show ...", the next paragraphs go on with
    # what the evidence shows until the story turns back to what someone says. (The
    # account the story leads with is tested by every practice; this is a later one.)
    result = drafted(
        "The ferry company has long insisted that its crews are well trained.",
        "The ferry company said in May that every sailing left on time.",
        "But logs obtained by the Ledger show that 41 sailings were held in port in June.",
        "A former deckhand who asked not to be named said crews were told to log late "
        "departures as on time.",
        "A spokesman said Friday that the company stood by its figures.",
        "Two former pursers who asked not to be named said the captains kept a second log.",
    )
    assert linked(result, "contradicts", "41 sailings", "every sailing")
    assert linked(result, "contradicts", "former deckhand", "every sailing")
    # the run ends where the story turns back to what the company says
    assert not linked(result, "contradicts", "second log", "every sailing")


def test_a_second_question_asked_is_no_second_clause() -> None:
    # Coordination convention: "wanted to know why ..., and whether ..." asks two things in
    # one statement; ", and whether" opens no clause of its own.
    result = drafted(
        "Commissioner Paul Dean said he wanted to know why the board had not seen the memo "
        "before the vote, and whether anyone had checked the report's other figures."
    )
    (event,) = result.events
    assert event.title.startswith("Dean said he wanted to know")


def test_a_noun_that_names_an_event_told_before_is_no_event_again() -> None:
    # Sequence convention: "The correction came two weeks after the Herald asked ..." tells
    # what the correction came after; "The correction" itself was told before.
    result = drafted(
        "The county corrected its annual report on Thursday.",
        "The correction came two weeks after the Herald asked the county about a memo.",
    )
    assert [e.title for e in result.events if e.title.startswith("The correction")] == []
    assert holding(result, "Herald asked").role == "prior"


def test_a_time_set_by_a_statement_makes_no_statement() -> None:
    # Time-clause convention: "Days before she testified, ..." dates what follows by the
    # testimony; what follows is no testimony ("When he testified, X said" still is one).
    result = drafted(
        "Days before she testified, the agency's own register listed 212 unlicensed kennels, "
        "according to records filed Monday in a lawsuit.",
        "When she testified in March, the director said every kennel was licensed.",
    )
    assert holding(result, "212 unlicensed kennels").lane != "statement"
    assert holding(result, "every kennel was licensed").lane == "statement"


@pytest.mark.parametrize(
    "lead",
    [
        "When the Courier first put the figures to the company on Thursday,",
        "After the Hill Pulse sent the findings to the utility on Monday,",
    ],
)
def test_a_reply_timed_by_the_newsrooms_questions_is_the_claim(lead: str) -> None:
    # Time-clause convention, the newsroom's questions: "When the Courier put the figures
    # to the company, its director said ..." times the reply by the questions; the reply
    # is the party's claim, not the newsroom's inquiry.
    result = drafted(
        f"{lead} its director said the separate books were “rough notes of repairs”, not"
        " cuts in supply."
    )
    assert holding(result, "director said").lane == "statement"


@pytest.mark.parametrize(
    "masthead", ["Hill Pulse", "The Valley Daily", "The Coast Weekly", "RiverWire", "Coast Now"]
)
def test_a_smaller_newsrooms_masthead_is_a_newsroom(masthead: str) -> None:
    # Eyewitness and reporting conventions: what a newsroom found where it went is the
    # practice, and the records it examined are its reporting; a small newsroom's
    # masthead ("Deccan Pulse", "The Premier Daily", "GozoWire", "Northland Now") is a
    # newsroom's name as much as a "Times" or a "Herald".
    seen = drafted(f"When {masthead} visited the depot on March 4, the fire pump's tank was empty.")
    assert holding(seen, "tank was empty").lane == "practice"
    examined = drafted(
        f"{masthead} examined photographs of the depot's handwritten registers from December"
        " to March."
    )
    assert holding(examined, "examined").lane == "disclosure"


@pytest.mark.parametrize(
    ("sentence", "words", "date"),
    [
        # to come: the words alone would read as last June, so the date is written out
        ("A trial is scheduled for June.", "trial", "2024-06"),
        ("The board will vote on the merger on May 20.", "vote", "2024-05-20"),
        ("Judge Ana Ruiz has scheduled a hearing for Sept. 10.", "hearing", "2024-09-10"),
        # a deadline set off after its noun
        ("An audit of the fund, due by 30 June, will look at every grant.", "audit", "2024-06-30"),
        # a plan sent is no schedule, whatever the finder makes of "its plan to"
        ("The county sent its plan to the state in June.", "sent its plan", "in June"),
        # past, or to come only by what follows the date: the article's words
        ("The board voted on the merger in June.", "voted", "in June"),
    ],
)
def test_a_date_to_come_is_written_so_the_case_reads_it_to_come(
    sentence: str, words: str, date: str
) -> None:
    # Schedule convention: "is scheduled for June", "will vote on May 20" name days after
    # publication; a case reads a date's words alone as past, so the draft writes the day
    # itself and keeps the words in the note.
    event = holding(drafted(sentence), words)
    assert event.date == date
    if date[0].isdigit():
        assert event.date_note.startswith("The article says '")


def test_an_account_and_a_fact_that_name_one_subject_in_two_forms_are_set_against_each_other() -> (
    None
):
    # Account convention: the subject is shared content words, in any of their forms
    # ("inspected" and "inspections", "cancelled" and "cancellations").
    result = drafted(
        "Records show the ferry service misled riders about its crews.",
        "The operator insisted in March that every sailing was cancelled for weather.",
        "Crew rosters list 40 cancellations for want of deckhands.",
    )
    assert linked(result, "contradicts", "40 cancellations", "every sailing was cancelled")


@pytest.mark.parametrize(
    "said",
    [
        "The council has said many times that wardens work without targets.",
        "In May, Minister Ann Pike told state parliament that wardens work without targets.",
        "A month later the director told a local radio phone-in that wardens work without targets.",
        # a venue dated or named first, a press statement, a board told in session
        "At an Aug. 31 news conference, the director said that wardens work without targets.",
        "In a press statement issued on 3 August, the council said that wardens work without "
        "targets.",
        "At its May meeting, the director told board members that wardens work without targets.",
    ],
)
def test_an_account_held_or_told_to_an_assembly_or_the_air_is_the_account(said: str) -> None:
    # Account convention: words told again and again, or to a parliament or a broadcast,
    # are the account the story tests, however plain the verb.
    result = drafted(
        "Emails show the council set wardens targets.",
        "The council opened a new depot in March.",
        said,
    )
    assert linked(result, "contradicts", "set wardens targets", said.split(" that ")[0][-12:])


def test_a_count_made_by_whoever_checked_is_set_against_the_account() -> None:
    # Evidence convention: a disclosure that counts or measures ("an inspector counted")
    # establishes a fact, as one that "found" does.
    result = drafted(
        "Records show the hospital misled patients about its surgical trays.",
        "The hospital insisted in May that every surgical tray was sterile.",
        "On the June visit, a state inspector counted nine soiled surgical trays.",
    )
    assert linked(result, "contradicts", "counted nine", "every surgical tray")


def test_a_quotation_that_backs_up_a_paraphrase_is_one_statement() -> None:
    # Echo convention: "the bureau took to Twitter in May. “...,” officials wrote." tells
    # one statement; the quotation is its quote.
    result = drafted(
        "Records show the Bureau of Motor Records sold driver records to 11 firms.",
        "In one pointed claim, the Bureau of Motor Records took to Twitter in May. “The bureau "
        "does NOT sell your data. Ask us anything,” officials wrote.",
    )
    said = [e for e in result.events if e.lane == "statement"]
    assert [(e.date, e.quote) for e in said] == [
        ("in May", "The bureau does NOT sell your data. Ask us anything,")
    ]
    assert linked(result, "contradicts", "sold driver records", "took to Twitter")


@pytest.mark.parametrize(
    "verdict", ["show that was not the case.", "show that wasn’t true.", "show it never happened."]
)
def test_records_that_only_call_the_account_untrue_are_the_event(verdict: str) -> None:
    # Contrast convention: "records show that was not the case" tells no fact of its own;
    # the records are the one event, set against the account they answer.
    result = drafted(
        "The port authority said on June 3 that every crane had been inspected.",
        f"Inspection logs obtained by the Courier {verdict}",
    )
    logs = holding(result, "Inspection logs")
    assert logs.lane == "disclosure"
    assert [e.title for e in result.events if e is not logs and "crane" not in e.title] == []
    assert linked(result, "contradicts", "Inspection logs", "every crane")


def test_the_sentence_after_what_records_show_goes_on_telling_it() -> None:
    # Evidence convention: "The logs ... show that ... Three zones got no spraying at all."
    # The sentence with no cue of its own after what the records show tells more of it.
    result = drafted(
        "The district said on July 9 that every zone was sprayed weekly.",
        "The logs, obtained by the Courier, show that trucks reached only nine of the 22 "
        "zones every week. Three zones on the east side got no spraying at all for five weeks.",
    )
    more = holding(result, "Three zones")
    assert more.lane == "practice"
    assert linked(result, "reveals", "logs", "Three zones")
    assert linked(result, "contradicts", "Three zones", "every zone")


def test_a_plea_after_what_records_show_is_no_more_of_it() -> None:
    result = drafted(
        "The district said on July 9 that every zone was sprayed weekly.",
        "The logs, obtained by the Courier, show that trucks reached only nine of the 22 "
        "zones every week. Its contractor has pleaded not guilty to two counts of fraud.",
    )
    assert not any("pleaded" in e.clause and e.lane == "practice" for e in result.events)


def test_a_private_company_is_no_private_message() -> None:
    # Behind-the-scenes convention: "privately", "a private email" went on inside; a
    # private company, school or landlord is only the kind of body it is.
    result = drafted(
        "The state’s licensing chief has assured lawmakers that every private company giving "
        "road tests is audited annually."
    )
    (event,) = result.events
    assert event.lane == "statement" and event.actor != "Lawmakers"
    told = drafted("The chief privately told staff that no audits had been done.")
    assert told.events[0].lane == "practice"


def test_what_was_never_completed_is_no_release() -> None:
    # Release convention: "the audit, completed in May" dates a record; "no audits had been
    # completed since July 2021" releases nothing, and is one fact.
    result = drafted(
        "The office said every tester is audited yearly.",
        "In an email Tuesday, a spokesman acknowledged that no audits had been completed "
        "since July 2021.",
    )
    told = [e for e in result.events if "audits had been completed" in e.clause]
    assert len(told) == 2 and {e.lane for e in told} == {"practice", "disclosure"}
    assert not any(e.clause.startswith("that no audits") for e in result.events)


def test_an_official_designation_is_no_assertion() -> None:
    # Attribution convention: "declared" asserts ("declared that the water was safe"), but
    # a designation ("houses the city had declared nuisances") tells of an act, not words
    # said to the public; the sentence keeps its own date.
    result = drafted(
        "The mayor said the program demolished 1,000 homes.",
        "The program launched in the spring of 2022, aimed at vacant houses the city had "
        "declared public nuisances.",
        "The governor declared that the water was safe.",
    )
    launched = holding(result, "launched")
    assert launched.lane != "statement" and launched.date == "in the spring of 2022"
    assert holding(result, "governor declared").lane == "statement"


def test_a_document_quoted_after_it_is_named_is_one_statement() -> None:
    # Echo convention: '... report repeated the claim. "Every crossing ...," it said.'
    # quotes the document just named: one statement, dated by the document, with its words.
    result = drafted(
        "The city said every crossing had a countdown signal.",
        "The city’s annual safety report, released in March, repeated the claim. “Every "
        "crossing now has a countdown signal,” it said.",
    )
    (report,) = [e for e in result.events if e.para == 2]
    assert report.date == "in March" and "Every crossing now has" in report.quote


def test_a_report_put_before_a_public_body_is_the_partys_statement() -> None:
    # Own-publication convention: a report the party put to council or a committee tells
    # the public body its account: a statement, not evidence against it.
    result = drafted(
        "The city said every crossing had a countdown signal.",
        "“All 412 crossings now have a countdown signal,” the department’s report to council said.",
    )
    assert holding(result, "412 crossings").lane == "statement"


def test_what_contradicts_an_account_contradicts_its_repetition() -> None:
    # Repetition convention: "The annual report repeated the claim" tells the account
    # again; what contradicts the account contradicts the repetition too.
    result = drafted(
        "Bridge Authority director Mark Ellis told council in May that every span had been "
        "inspected that spring.",
        "Inspection logs obtained by the Courier show that crews skipped 14 of the 40 spans "
        "that spring.",
        "The authority’s annual report, released in June, repeated the claim.",
    )
    assert linked(result, "contradicts", "crews skipped", "every span")
    assert linked(result, "contradicts", "crews skipped", "repeated the claim")


def test_what_a_newsrooms_visit_found_is_told_next_and_dated_by_the_visit() -> None:
    # Newsroom convention: "this newspaper visited 14 of the drains. In nine of them, silt
    # stood a metre deep." What the visit found held when reporters looked; it follows the
    # visit in the table, as in the story: the visit is how the story got its evidence, and
    # what it found is the practice, which the visit reveals.
    result = drafted(
        "The city said every drain was cleaned before the monsoon.",
        "On Tuesday and Wednesday, this newspaper visited 14 of the 38 drains listed as "
        "complete. In nine of them, silt, plastic and debris stood half a metre deep.",
    )
    found = holding(result, "silt, plastic")
    assert (found.lane, found.date) == ("practice", "Tuesday and Wednesday")
    assert holding(result, "visited 14").lane == "disclosure"
    assert linked(result, "reveals", "visited 14", "silt, plastic")
    assert linked(result, "contradicts", "silt, plastic", "every drain")
    order = [e.id for e in result.events if e.para == 2]
    assert order.index(holding(result, "visited 14").id) < order.index(found.id)


def test_a_dated_reply_is_no_release_and_what_records_call_a_thing_is_no_fact() -> None:
    result = drafted(
        "The city said every crossing had a head start.",
        "A reply from the mobility department dated May 22 said: “Our records confirm the "
        "interval is active at all locations you listed.”",
        "All 23 were among the locations the records list as switched off or never programmed.",
    )
    assert [e.date for e in result.events if e.para == 2] == ["May 22"]
    assert not any(e.clause.lower().startswith("as switched") for e in result.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Last month, the company released its annual sustainability report, which states "
        "that its boats caught no protected species in 2024.",
        "The company’s 2022 progress report listed the bog as “rehabilitation commenced”.",
    ],
)
def test_the_partys_own_report_that_lists_or_states_is_its_claim(sentence: str) -> None:
    # Own-publication convention: a party's annual or progress report that "states" or
    # "lists" its record is the party's claim repeated, not a finding made public.
    result = drafted("The company said its boats had full camera coverage.", sentence)
    lanes = [e.lane for e in result.events if e.para == 2]
    assert "statement" in lanes and "disclosure" not in lanes


def test_news_that_came_weeks_after_a_telling_is_two_events() -> None:
    # Sequence convention: "appeared in court on Monday, weeks after his employer told the
    # public ..." names the earlier telling; the court appearance is the news.
    result = drafted(
        "The company said the fleet caught nothing.",
        "A skipper accused of hiding the capture of two dolphins appeared in court on Monday, "
        "weeks after his employer told the public its fleet had caught no protected species.",
    )
    court = holding(result, "appeared in court")
    told = holding(result, "told the public")
    assert court is not told
    assert (court.lane, court.date) == ("disclosure", "Monday") and told.lane == "statement"


def test_a_state_from_one_day_not_undone_until_another_spans_both() -> None:
    # Duration convention: "was disabled on Jan. 29 and not restored until March 3" tells
    # a state that held from the first day to the second.
    result = drafted(
        "The city said every crossing had a countdown signal.",
        "Records show the signal there was disabled on Jan. 29 and not restored until March 3.",
    )
    assert holding(result, "disabled").date == "2024-01-29/2024-03-03"


def test_what_the_reporter_says_the_shown_fact_meant_is_no_more_of_it() -> None:
    # Evidence convention: "The information, which was not public, made it easier for
    # agents to ..." explains what the records showed; it shows nothing more.
    result = drafted(
        "The sheriff said staff give agents no release information.",
        "The inspector general’s report, released Monday, shows that jail staff gave agents "
        "printouts from an internal program that contained the birthdates of inmates due for "
        "release. The information, which was not publicly available online, made it easier "
        "for agents to determine whether inmates were in the country illegally.",
    )
    assert not any("made it easier" in e.clause for e in result.events)


def test_a_span_counted_from_a_day_covers_its_days() -> None:
    # Duration convention: "Over two weeks starting Jan. 27, reporters visited ..." spans
    # the fourteen days from Jan. 27.
    result = drafted(
        "The mayor said 1,000 homes were demolished.",
        "Over two weeks starting Jan. 27, reporters visited 80 addresses from the list.",
    )
    assert holding(result, "visited 80").date == "2024-01-27/2024-02-09"


def test_a_day_counted_on_from_a_dated_event_is_that_day() -> None:
    # Duration convention: "two days after the drop on Feb. 22" is Feb. 24.
    result = drafted(
        "The contractor said every neighbour was warned.",
        "Farmers found bait pellets inside their fence two days after the drop on the range "
        "on Feb. 22.",
    )
    assert holding(result, "pellets").date == "2024-02-24"


def test_a_day_of_that_year_is_written_as_the_date_it_names() -> None:
    # The words "July 14 of that year" mean nothing alone, so the cell holds the date the
    # story gives them; the date note keeps the words.
    result = drafted(
        "Tanker crews were short all summer in 2021, the auditors found.",
        'On July 14 of that year, Minister Gail Thiessen told reporters the fleet was "fully '
        'staffed and ready to fly."',
    )
    said = holding(result, "told reporters")
    assert said.date == "2021-07-14"
    assert "July 14 of that year" in said.date_note


def test_a_deed_not_disclosed_until_this_week_is_not_dated_this_week() -> None:
    # Disclosure-delay convention: "a figure which was not disclosed to councillors until
    # this week" dates the disclosure, not the claim the contractor lodged.
    result = drafted(
        "The council said in March that the greenway was on target.",
        "The emails, released under the Freedom of Information Act, also show that the "
        "contractor lodged a claim for €1.9 million in extra costs, a figure which was not "
        "disclosed to councillors until this week.",
    )
    lodged = holding(result, "lodged a claim")
    assert lodged.lane == "practice"
    assert lodged.date == f"../{PUB}"


@pytest.mark.parametrize(
    ("sentence", "lane"),
    [
        # a promise still to be kept when the story ran, to seek a step other than an
        # examination, is what comes next: context
        ("Reyes said Tuesday she will ask the committee to recall the board.", "context"),
        # one to seek an examination is the matter being looked into: a disclosure
        ("Councillor Ana Reyes says she'll ask council for an independent review.", "disclosure"),
        ("Trustee Lee Park said Monday he will seek an audit of the fund's fees.", "disclosure"),
        (
            "The board chair says the board will take up the question at its May 3 meeting.",
            "context",
        ),
        # one told in the past, or of what will be done, is a claim the story can test
        (
            "In 2019 the director said he would replace every valve by the end of the year.",
            "statement",
        ),
        ("The director said Tuesday the city will replace every valve by June.", "statement"),
    ],
)
def test_a_promise_still_to_come_to_seek_a_review_is_aftermath(sentence: str, lane: str) -> None:
    assert drafted(sentence).events[0].lane == lane


def test_a_body_named_by_its_kind_opens_the_main_clause_after_a_leading_one() -> None:
    # Sequence convention: "After the Sentinel reported ..., the city issued a statement"
    # tells two events, the report and the statement it prompted.
    result = drafted(
        "After the Sentinel reported in June on a resident whose truck had been sold while he "
        "was in hospital, the city issued a statement saying no vehicle is sold early."
    )
    assert holding(result, "Sentinel reported").lane == "disclosure"
    assert holding(result, "issued a statement").lane == "statement"
    assert linked(result, "prompted", "Sentinel reported", "issued a statement")


def test_the_forms_of_one_word_name_one_subject_across_the_account_and_the_fact() -> None:
    # Account convention: "we store everything" and "stored at just 97 sites" name one
    # subject, however the word is inflected.
    body = [
        "In a news release, the county said: “We store everything a camper leaves behind.”",
        "Eastfield has about 9,000 residents.",
        "Crews marked property as stored at just 97 of the 1,412 sites in the logs.",
    ]
    result = draft("County's storage claim falls short\n\n" + "\n\n".join(body), PUB)
    assert linked(result, "contradicts", "stored at just 97", "We store everything")


def test_a_standard_written_into_policy_is_background_no_statement() -> None:
    # Policy convention: "wrote that standard into county policy" adopts a rule; no words
    # were said to anyone.
    result = drafted(
        "The chairman said roads were paved in the order the engineer ranked them.",
        "The commission wrote that standard into county policy in 2020.",
    )
    assert holding(result, "into county policy").lane == "context"


def test_a_when_clause_dates_the_fact_not_a_participle_qualifying_its_noun() -> None:
    # Time-clause convention: "lifts installed since 2015" tells of the lifts; "when
    # inspectors visited them between January and March 2019" tells when they stood idle.
    result = drafted(
        "The agency said every lift worked.",
        "Inspection records show 168 of the 712 lifts installed since 2015 were out of service "
        "when inspectors visited them between January and March 2019.",
        "Records show the 40 lifts bought in 2016 failed within a year.",
    )
    assert holding(result, "out of service").date == "between January and March 2019"
    assert holding(result, "failed within a year").date == "in 2016"


def test_a_date_in_a_where_clause_qualifying_the_subject_does_not_date_the_fact() -> None:
    result = drafted(
        "The co-op said every line was walked.",
        "The stretch of line near where the fire started on June 14 was last cleared of trees "
        "in August 2016, according to a co-op spreadsheet.",
    )
    assert holding(result, "last cleared").date == "in August 2016"


def test_the_fiscal_year_that_ended_on_a_day_is_the_year_up_to_it() -> None:
    # Accounts convention: "the fiscal year that ended June 30, 2017" is July 2016 to June
    # 2017, not the day the year closed.
    result = drafted(
        "Officials said inmates are treated.",
        "Of the 1,418 prisoners diagnosed in the fiscal year that ended June 30, 2017, just 19 "
        "received the drugs, according to the auditors.",
    )
    assert holding(result, "1,418").date == "2016-07-01/2017-06-30"


def test_a_promised_date_that_came_and_went_without_the_deed_is_a_practice() -> None:
    # Deadline convention: the promise not kept is what the body did.
    result = drafted(
        "The education office said in December that every teacher would be paid by March 1.",
        "March 1 came and went without payment.",
    )
    assert holding(result, "came and went").lane == "practice"


def test_the_promised_thing_named_as_a_noun_is_no_promise_made() -> None:
    # "the promised monthly violations" names what was promised; no one promises here.
    result = drafted(
        "The department said in March that every shed would get a monthly violation.",
        "Between January and June, crews issued the promised monthly violations at 14 percent "
        "of sites.",
    )
    assert holding(result, "promised monthly").lane != "statement"


@pytest.mark.parametrize(
    "against",
    [
        "despite assurances from the Department of Education that every grant would be paid "
        "before term began",
        "despite the department's claim last month that every grant had been paid",
    ],
)
def test_an_account_named_with_its_speaker_or_its_time_after_despite_is_set_against(
    against: str,
) -> None:
    # Contrast convention: the account named after "despite" may carry who gave it ("from
    # the department") or when ("last month") before "that"; it is still the account the
    # fact is set against, and an event of its own
    result = drafted(f"Dozens of students were left without their grants for weeks, {against}.")
    fact = holding(result, "left without their grants")
    assert fact.lane == "practice"
    assert linked(result, "contradicts", "left without their grants", "grant")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a state claimed of the whole, in the passive, is the claim however many verbs
        (
            "Opening the line on May 2, the director said the entire pipeline had been tested "
            "and handed over to the towns.",
            "the director said",
        ),
        # a report named only to say when is no report
        (
            "Weeks after that audit, on April 3, the minister told Parliament that no faults had "
            "been reported.",
            "the minister told",
        ),
    ],
)
def test_what_only_frames_the_claim_makes_it_no_practice_or_report(
    sentence: str, words: str
) -> None:
    result = drafted("Records show the pipeline leaked in March.", sentence)
    assert holding(result, words).lane == "statement"


def test_a_tally_of_the_things_at_issue_is_no_general_truth() -> None:
    result = drafted(
        "The fire chief said every hydrant in the city works.",
        "Only 12 of the 40 hydrants on the hill work, according to the department's records.",
    )
    assert holding(result, "Only 12").lane == "practice"


def test_what_a_party_argued_to_the_auditor_is_its_account() -> None:
    # Assertion convention: "argued that" marks a claim, as "maintained" does, however the
    # auditor it was argued to is named.
    result = drafted(
        "In a letter to the National Audit Office in April, the conservator argued that the "
        "gap could be explained by regrowth."
    )
    assert holding(result, "argued").lane == "statement"


def test_a_month_naming_a_record_asked_about_is_no_date_of_the_answer() -> None:
    # Record convention: "Asked on Monday about the tracking sheet and the July memo, ..."
    # names the memo by its month; the answer came on Monday.
    result = drafted(
        "Asked on Monday about the tracking sheet and the July memo, the director did not"
        " address either document."
    )
    assert holding(result, "did not address").date == "Monday"


def test_a_day_naming_what_a_thing_is_for_is_no_date_of_the_deed() -> None:
    result = drafted("Ballots for the Nov. 2 general election were mailed to voters on Friday.")
    assert holding(result, "mailed").date == "Friday"


def test_a_case_opened_on_a_complaint_is_the_matter_looked_into() -> None:
    result = drafted(
        "The committee said it acted alone.",
        "The ethics commission has opened a case on the complaint, a spokeswoman said.",
    )
    assert holding(result, "opened a case").lane == "disclosure"


def test_what_a_newsroom_monitored_or_listened_to_is_told_next() -> None:
    # Newsroom convention: the newsroom's own check of the output ("monitored the station's
    # output", "listened to the bulletins") is a check like a visit; what it found is told
    # next, a practice.
    result = drafted(
        "The Courier monitored the station's output against its published schedule on three"
        " days last week. On two of the days, at least two live local shows did not go out."
    )
    assert holding(result, "did not go out").lane == "practice"


def test_where_a_newsroom_went_is_a_check_like_a_visit() -> None:
    # Newsroom convention: "Courier reporters went to the arena on Tuesday" is a visit of
    # its own, its check, set against the account it tests.
    result = drafted(
        "The mayor told the council that no cockfight had ever been held on a weekday.",
        "Courier reporters went to the arena on Tuesday, Feb. 4, and again two weeks later.",
    )
    assert holding(result, "reporters went to the arena").lane == "disclosure"
    assert linked(result, "contradicts", "reporters went to the arena", "no cockfight")


@pytest.mark.parametrize(
    ("sentence", "lead", "main"),
    [
        # a list inside the lead clause does not end it
        (
            "More than a year after the council promised to move the depots out of Alder, "
            "Birch and Cedar within six months, most of them are still operating, a check by "
            "the Gazette has found.",
            "promised to move the depots",
            "most of them are still operating",
        ),
        # ... and a comma before the subject and its verb does
        (
            "For nearly a year after high lead levels were first found in the water, Mayor Ana "
            "Ruiz and other officials blamed old pipes, insisting the water was safe.",
            "high lead levels were first found",
            "Mayor Ana Ruiz and other officials blamed old pipes",
        ),
    ],
)
def test_a_lead_clause_ends_at_its_own_comma(sentence: str, lead: str, main: str) -> None:
    result = drafted(sentence)
    assert holding(result, main).clause.startswith(main)
    assert main not in holding(result, lead).clause


def test_what_a_permit_allows_is_its_terms_not_a_deed() -> None:
    # Licensing convention: the participle after a grant tells the permit's terms.
    said = "The county issued the yard's licence in 2019, allowing it to store 500 tonnes."
    assert lane_of(said, said, quoted=False) != "practice"


def test_a_lede_count_the_body_does_not_give_again_is_a_fact_of_its_own() -> None:
    # Inverted-pyramid convention, by the figures: a lede's "struck 4,306 voters" is not the
    # body's "at least 812 of the voters struck", however many words they share.
    result = drafted(
        "Election officials in Harlan County struck 4,306 voters from the rolls in a single "
        "afternoon, records show.",
        "The records show that at least 812 of the voters struck from the rolls in Harlan "
        "County had voted in the last election.",
    )
    assert [e.source for e in result.events if "4,306" in e.clause] == ["article ¶1"]


def test_a_clause_at_least_counts_and_opens_no_scene() -> None:
    result = drafted(
        "The office said every polling place had a ramp.",
        "At least 40 polling places had no working ramp, no accessible entrance, or neither, "
        "the deputy commissioner told the committee.",
    )
    assert not holding(result, "deputy commissioner").title.startswith("No accessible")
