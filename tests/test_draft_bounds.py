"""Tests for timeline.draft.bounds: undated events bounded by the dated events tied to them."""

from __future__ import annotations

import datetime

import pytest

from draft_support import PUB, drafted, holding
from timeline.draft import DraftEvent, DraftLink
from timeline.draft.bounds import bound_dates
from timeline.draft.sentences import Sentence

UNDATED = f"../{PUB}"


def test_a_paragraph_of_quotation_continues_the_dated_statement_before_it() -> None:
    result = drafted(
        '"The crew followed every step of the plan," the utility said on Feb. 12.',
        '"Crews inspected the valve twice before the leak was reported."',
    )
    event = holding(result, "Crews inspected the valve")
    assert event.lane == "statement"
    assert event.date == "2024-02-12"
    assert "continues the quotation of ¶1" in event.date_note


def test_a_new_attribution_is_not_a_continued_quotation() -> None:
    result = drafted(
        '"The crew followed every step of the plan," the utility said on Feb. 12.',
        '"Nobody told us anything," a neighbor said.',
    )
    assert holding(result, "Nobody told us").date != "2024-02-12"


def test_a_condition_a_dated_finding_revealed_ends_by_the_finding() -> None:
    result = drafted(
        "An audit released in January found that the agency had overbilled the state for "
        "ambulance rides."
    )
    practice = holding(result, "overbilled the state")
    assert practice.lane == "practice"
    assert practice.date == "../2024-01"
    assert "on or before" in practice.date_note


def test_a_condition_found_in_a_quarter_ends_on_the_quarters_last_day() -> None:
    # an interval in a case's date cell cannot end in a quarter code ("../2023-36")
    result = drafted(
        "An audit released in the fourth quarter found that the agency had overbilled the "
        "state for ambulance rides."
    )
    practice = holding(result, "overbilled the state")
    assert practice.date == "../2023-12-31"
    assert "on or before 2023-12-31" in practice.date_note


def test_an_undated_event_with_no_ties_stays_bounded_by_publication() -> None:
    result = drafted("The district said the buses were safe.")
    assert holding(result, "buses were safe").date == UNDATED


def test_what_a_dated_event_prompted_comes_after_it() -> None:
    result = drafted(
        "The audit stemmed from a letter Mayor Ruth Okafor wrote to the council in November, "
        "in which she asked how the overtime fund was spent."
    )
    inquiry = holding(result, "The audit")
    assert inquiry.date == f"2023-11/{PUB}"
    assert "followed" in inquiry.date_note


def test_the_first_account_named_again_takes_its_date() -> None:
    result = drafted(
        "The crash on Jan. 20 derailed six cars.",
        "Initially, in a statement the day after the crash, the railroad said the train was "
        "on time.",
        "In its first statement, the railroad also said the signals worked.",
    )
    assert holding(result, "train was on time").date == "2024-01-21"
    assert holding(result, "signals worked").date == "2024-01-21"
    assert "first account" in holding(result, "signals worked").date_note


def test_a_day_told_from_a_dated_incident() -> None:
    result = drafted(
        "Officers detained Omar Haddad during a traffic stop the night of Feb. 2.",
        "The day after the incident, the police department said officers followed policy.",
    )
    statement = holding(result, "followed policy")
    assert statement.lane == "statement"
    assert statement.date == "2024-02-03"
    assert "'Feb. 2'" in statement.date_note


def test_past_perfect_comes_before_the_time_last_named() -> None:
    result = drafted(
        "The county sent its plan to the state in June.",
        "Residents had asked the county to close the plant.",
    )
    event = holding(result, "had asked the county")
    assert event.date == "../2023-06"
    assert "past perfect" in event.date_note


def test_a_past_perfect_in_a_relative_clause_does_not_date_the_event() -> None:
    # "the 11 units that had not applied" describes the units; the report recommends now
    result = drafted(
        "The county sent its plan to the state in 1996.",
        "The audit recommends that the state close the 11 clinics that had not applied.",
    )
    assert not holding(result, "recommends").date.startswith("../1996")


def test_reported_past_perfect_keeps_the_speakers_tense() -> None:
    result = drafted(
        "The county sent its plan to the state in June.",
        "The mayor said the pumps had failed twice.",
    )
    assert all(not e.date.startswith("../2023-06") for e in result.events)


def test_a_concession_of_what_had_been_wrong_keeps_the_speakers_tense() -> None:
    # the past perfect is what the concession is about, not the story stepping back
    result = drafted(
        "The county sent its plan to the state in June.",
        "The director acknowledged that the county's figures had been wrong.",
    )
    assert all(not e.date.startswith("../2023-06") for e in result.events)


def test_now_with_the_present_progressive_is_the_day_of_publication() -> None:
    result = drafted("Now the agency is reviewing every contract it signed with the firm.")
    event = holding(result, "reviewing every contract")
    assert event.date == PUB
    assert "now" in event.date_note


def test_a_cause_and_a_finding_bound_both_ends() -> None:
    result = drafted(
        "An audit released in January found that the clinic was assigned to the program "
        "after failing an inspection on May 3, 2021."
    )
    event = holding(result, "was assigned to the program")
    assert event.date == "2021-05-03/2024-01"
    assert "from 2021-05-03 to 2024-01" in event.date_note


def test_what_a_released_study_did_came_before_its_release() -> None:
    result = drafted(
        "But records show that a consultant's study of the reservoir, which was made public "
        "in October, only tested one intake."
    )
    event = holding(result, "only tested one intake")
    assert event.lane == "practice"
    assert event.date == "../2023-10"


def test_a_document_dated_by_its_making_is_introduced_and_bounds_what_it_found() -> None:
    result = drafted(
        "The review, finished in October and circulated to the board, found that about 900 "
        "patients had waited more than a year for a follow-up appointment."
    )
    review = holding(result, "The review")
    assert (review.lane, review.date) == ("disclosure", "in October")
    assert holding(result, "900 patients had waited").date == "../2023-10"


def test_past_perfect_after_an_undated_sentence_gives_no_bound() -> None:
    result = drafted(
        "The county sent its plan to the state in June.",
        "The county said it would appeal the ruling.",
        "Residents had asked the county to close the plant.",
    )
    assert holding(result, "had asked the county").date == UNDATED


def _finding_and_condition(clause: str) -> DraftEvent:
    def event(id_: str, lane: str, date: str, words: str, k: int) -> DraftEvent:
        return DraftEvent(
            id=id_,
            lane=lane,
            date=date,
            title=words,
            source="article ¶1",
            actor="",
            quote=words,
            detail=words,
            date_note="",
            sentence=k,
            clause=words,
            role="main",
        )

    finding = event("audit", "disclosure", "2019", clause, 1)
    condition = event("overbilling", "practice", UNDATED, "the agency overbilled the state", 1)
    sentences = [Sentence(1, 0, 0, 1, "x"), Sentence(1, 1, 0, 1, "y")]
    link = DraftLink("audit", "overbilling", "reveals", "")
    out = bound_dates([finding, condition], [link], sentences, datetime.date(2024, 3, 8), {})
    return out[1]


def test_a_finding_bounds_what_it_reveals_only_by_its_release() -> None:
    assert _finding_and_condition("An audit released in 2019").date == "../2019"
    assert _finding_and_condition("An audit of the 2019 budget").date == UNDATED


def test_the_official_account_is_the_first_account_named_again() -> None:
    result = drafted(
        "In its first statement on March 2, the port authority said a crane operator had been "
        "hurt in a fall.",
        "The official account said nothing of the crane's failed brake.",
    )
    official = holding(result, "The official account")
    assert official.date == "2024-03-02"
    assert "first account" in official.date_note


def test_the_official_account_alone_is_not_dated() -> None:
    result = drafted("The official account said nothing of the crane's failed brake.")
    assert holding(result, "The official account").date == UNDATED


def test_what_footage_shows_is_the_incident_the_article_dates() -> None:
    result = drafted(
        "Body camera footage shows deputies dragging a driver from his truck.",
        "The traffic stop on Feb. 20 began over a broken taillight, the sheriff said.",
    )
    event = holding(result, "deputies dragging a driver")
    assert event.lane == "practice"
    assert event.date == "2024-02-20"
    assert "recording shows the traffic stop" in event.date_note


def test_footage_takes_no_date_when_the_article_dates_two_incidents() -> None:
    result = drafted(
        "Body camera footage shows deputies dragging a driver from his truck.",
        "The traffic stop on Feb. 20 came a week after the arrest on Feb. 13 of his brother.",
    )
    assert holding(result, "deputies dragging a driver").date == UNDATED


def test_the_same_speaker_keeps_the_occasion_the_story_gave() -> None:
    result = drafted(
        "Transit chief Dana Whitlock told reporters Tuesday that the trains were on time.",
        'Whitlock rejected the rider survey, too. "The survey is out of date," she said.',
    )
    rejected = holding(result, "rejected the rider survey")
    assert rejected.lane == "statement"
    assert rejected.date == "Tuesday" or rejected.date == "2024-03-05"
    assert "same speaker" in rejected.date_note


def test_the_perfect_tense_is_another_occasion() -> None:
    result = drafted(
        "Transit chief Dana Whitlock told reporters Tuesday that the trains were on time.",
        "Whitlock has said the rider survey is out of date.",
    )
    assert holding(result, "the rider survey").date == UNDATED


def test_a_word_of_time_moves_the_same_speaker_to_another_occasion() -> None:
    # "later said" is after the occasion told, and by publication; "initially said" is
    # not that occasion at all.
    result = drafted(
        "Transit chief Dana Whitlock told reporters Tuesday that the trains were on time.",
        "Whitlock later said the rider survey was out of date.",
        "Whitlock initially said the brakes were sound.",
    )
    later = holding(result, "the rider survey")
    assert later.date == f"2024-03-05/{PUB}"
    assert "later" in later.date_note
    assert holding(result, "brakes were sound").date == UNDATED


def test_a_word_of_time_opening_the_clause_is_another_occasion() -> None:
    # "At the time, the chief pushed back ..., saying ...": the word of time is set
    # before the verb of saying, and still names another occasion.
    result = drafted(
        "Transit chief Dana Whitlock told reporters Tuesday that the trains were on time.",
        "At the time, Whitlock pushed back against the riders' union, saying the brakes "
        "were sound.",
    )
    assert holding(result, "brakes were sound").date == UNDATED


def test_an_admission_is_not_dated_by_the_account_it_follows() -> None:
    # Accountability convention: the party's account and its later admission are two
    # occasions; an admission the story does not date keeps no date from the account.
    result = drafted(
        "Sheriff Dana Brooks said at a news conference Friday that the deputy fired in fear.",
        "Brooks acknowledged that the deputy had fired from 20 feet away.",
    )
    admission = holding(result, "Brooks acknowledged")
    assert admission.lane == "disclosure"
    assert admission.date == UNDATED


def test_a_word_of_time_in_what_was_said_keeps_the_occasion() -> None:
    # "said all nine schools have since been repaired": "since" dates the repairs, not
    # the saying, which is still the occasion the paragraph before gave.
    result = drafted(
        "District spokeswoman Amy Chen said Thursday that the letter was accurate.",
        "Chen said all nine schools have since been repaired.",
    )
    assert holding(result, "since been repaired").date == "2024-03-07"


def test_a_statement_about_the_news_just_told_came_after_it() -> None:
    result = drafted(
        "The county is now closing the shelter on Elm Street after a fire inspection.",
        "But the county administrator said the closure has nothing to do with the complaints.",
    )
    said = holding(result, "the closure has nothing")
    assert said.date == PUB
    assert "'the closure'" in said.date_note


def test_a_statement_on_another_subject_takes_no_date_from_the_news() -> None:
    result = drafted(
        "The county is now closing the shelter on Elm Street after a fire inspection.",
        "But the county administrator said the budget has nothing to do with the complaints.",
    )
    assert holding(result, "the budget has nothing").date == UNDATED


def test_what_a_disclosure_came_after_was_on_or_before_it() -> None:
    result = drafted(
        "A hospital spokeswoman acknowledged Monday that two nurses were suspended.",
        "The admission, which came after two sources told the Ledger that the suspensions "
        "had been kept quiet, ends weeks of silence.",
    )
    told = holding(result, "two sources told")
    assert told.date == "../2024-03-04"
    assert "came after this" in told.date_note


# News-day convention: the lede dates the news ("voted Wednesday"); the body's plain
# attributions report that day's words without naming the day again.
NEWS_LEDE = "The county board voted Wednesday to close the Elm Street shelter by summer."


def test_a_plain_attribution_after_a_dated_lede_is_said_on_the_news_day() -> None:
    result = drafted(NEWS_LEDE, "Supervisor Dana Ortiz said the vote broke a promise to families.")
    event = holding(result, "broke a promise")
    assert event.date == "2024-03-06"
    assert "'Wednesday'" in event.date_note


def test_an_attribution_on_another_occasion_keeps_no_news_day() -> None:
    result = drafted(
        NEWS_LEDE,
        "Ortiz has said the shelter would stay open.",
        "Ortiz initially said the building was sound.",
    )
    assert holding(result, "would stay open").date == UNDATED
    assert holding(result, "building was sound").date == UNDATED


def test_once_the_story_names_a_later_day_it_has_moved_past_the_news_day() -> None:
    result = drafted(
        "Police Chief Mark Evans said Tuesday that officers fired only after the driver "
        "drove at them.",
        "Dashboard camera footage released Thursday shows the car moving away.",
        "Mayor Lisa Tran said she did not recall seeing the video.",
    )
    assert holding(result, "did not recall").date == UNDATED


def test_a_lede_date_far_from_publication_is_history_not_the_news_day() -> None:
    result = drafted(
        "The county board voted on Jan. 9 to close the Elm Street shelter by summer.",
        "Supervisor Dana Ortiz said the vote broke a promise to families.",
    )
    assert holding(result, "broke a promise").date == UNDATED


def test_a_practice_is_not_dated_by_the_day_it_was_reported() -> None:
    result = drafted(
        NEWS_LEDE,
        "Managers privately wrote that the alarms did not work, internal emails show.",
    )
    practice = holding(result, "alarms did not work")
    assert practice.lane == "practice"
    assert practice.date == UNDATED


def test_telling_someone_in_the_story_is_its_own_act_not_the_news_day() -> None:
    result = drafted(NEWS_LEDE, "A shelter manager told inspectors the alarms worked.")
    assert holding(result, "alarms worked").date == UNDATED


def test_an_admission_quoted_in_a_statement_is_said_on_the_speakers_occasion() -> None:
    result = drafted(
        "The utility cut power to 4,000 homes on Feb. 2.",
        "Spokeswoman Rosa Vidal said on Tuesday that the faults were rare.",
        '"Our earlier statement was not accurate," she said in an e-mailed statement.',
    )
    admission = holding(result, "earlier statement was not accurate")
    assert admission.lane == "disclosure"
    assert admission.date == "2024-03-05"


def test_a_step_the_speaker_tells_is_said_on_the_speakers_occasion() -> None:
    # Reply convention: a body's answer is said on an occasion, whatever its lane; the
    # step told by a pronoun after it, and the quotation after the step, keep that occasion.
    result = drafted(
        "The utility cut power to 4,000 homes on Feb. 2.",
        "Spokeswoman Rosa Vidal conceded on Tuesday that the outage map was wrong. She said "
        "the utility would stop publishing the map.",
        "Vidal said on Monday the utility has asked its auditors to review the repair logs.",
        '"We should have caught it sooner," she said.',
    )
    stop = holding(result, "stop publishing")
    assert (stop.lane, stop.date) == ("disclosure", "2024-03-05")
    asked = holding(result, "asked its auditors")
    assert (asked.lane, asked.date) == ("disclosure", "Monday")
    assert holding(result, "caught it sooner").date == "2024-03-04"


def test_an_answer_to_the_newsrooms_questions_is_an_occasion_of_its_own() -> None:
    # Response convention: "In a written response to questions" answers this story's
    # questions; it is not said on the occasion the speaker's last statement was dated by.
    result = drafted(
        "Director Ana Ruiz said in March 2020 that every claim was processed within 90 days.",
        "In a written response to questions, Ruiz said closures were legitimate.",
    )
    answer = holding(result, "closures were legitimate")
    assert answer.date == UNDATED
    again = drafted(
        "Director Ana Ruiz said in March 2020 that every claim was processed within 90 days.",
        "Closures were legitimate, Ruiz said.",
    )
    assert holding(again, "Closures were legitimate").date != UNDATED


def test_a_quote_given_to_a_pronoun_after_its_dated_scene_is_said_then() -> None:
    # Scene convention: the sentence before sets the occasion with its date; "she said"
    # after it speaks then, not on the lede's news day.
    result = drafted(
        "The director told trustees Monday that every unit was running.",
        "At the board's Sept. 27 meeting, board chair Kim Ross answered a parent's question. "
        "“All of our units are running,” she said.",
    )
    # (the date column may give the day in the article's words or in ISO)
    assert holding(result, "All of our units").date in ("Sept. 27", "2023-09-27")


@pytest.mark.parametrize(
    ("paragraph", "date"),
    [
        (
            "Four weeks later, at the board's Sept. 27 meeting, the chair took questions.",
            "Sept. 27",
        ),
        ("Two weeks earlier, on Sept. 13, the board met in private.", "Sept. 13"),
    ],
)
def test_a_count_of_time_set_with_its_day_is_dated_by_the_day(paragraph: str, date: str) -> None:
    result = drafted("The director said on Aug. 30 that every unit was running.", paragraph)
    assert [e.date for e in result.events if e.para == 2] == [date]


def test_a_concession_the_speaker_goes_on_to_is_said_on_the_same_occasion() -> None:
    # Quotation convention: "But he conceded" after "In an emailed response Wednesday, Lee
    # said" in the same paragraph goes on with that response.
    result = drafted(
        "The fund said its reports disclosed every fee.",
        "In an emailed response Wednesday, fund director Gregory Lee said the fund disagrees "
        "with the figures. But he conceded that the fund's reports “did not give our members "
        "a full picture” of the costs.",
    )
    assert holding(result, "he conceded").date == "2024-03-06"


def test_an_admission_heard_on_a_recording_keeps_the_session_it_was_made_at() -> None:
    # Quotation convention: '," he told MPs, according to a recording of the session'
    # goes on quoting the session dated just before; so does what he said next.
    result = drafted(
        "The operator said in June that there was no shortage of buses.",
        "On Monday, appearing before the transport committee, Mr Kiwelu acknowledged that "
        "the figures were wrong.",
        '"That was a mistake, and I apologise," he told MPs, according to a recording of '
        "the session.",
        "He said 104 buses were in service this week.",
    )
    assert holding(result, "That was a mistake").date == "2024-03-04"
    assert holding(result, "104 buses").date == "2024-03-04"


def test_what_a_source_reached_by_the_newsroom_said_next_keeps_that_day() -> None:
    # "Gunasekera, contacted on Friday, did not dispute the figures. She said ...": the
    # newsroom's call is the occasion of what she said next in the paragraph.
    result = drafted(
        "The minister said in June that all 712 plants were working.",
        "Secretary Priya Gunasekera, contacted on Friday, did not dispute the auditors' "
        "figures. She said 121 of the idle plants had been repaired since April.",
    )
    assert holding(result, "121 of the idle plants").date == "2024-03-08"


def test_a_statement_set_before_the_vote_the_sentence_before_dated_is_said_that_day() -> None:
    # Anaphora convention: "Before the vote," is the vote the sentence before dates.
    result = drafted(
        "The sheriff said in November that a nurse was always on duty.",
        "A month later, on Dec. 14, commissioners voted 3-0 to renew the contract. Before the "
        "vote, vice president Marcia Oyelaran told the board the company filled every shift.",
    )
    assert holding(result, "filled every shift").date == "Dec. 14"


def test_a_partys_answer_in_court_filed_on_a_day_is_its_statement_that_day() -> None:
    # Court convention: "The county's answer to the lawsuit, filed Monday," is the county's
    # own word on that day, not a release of someone else's record.
    result = drafted(
        "The sheriff said a nurse was always on duty.",
        "The county's answer to the lawsuit, filed Monday, denies that officers delayed "
        "calling for help.",
    )
    (event,) = [e for e in result.events if e.para == 2]
    assert (event.lane, event.date) == ("statement", "Monday")


def test_the_words_of_the_partys_own_plan_keep_no_spoken_occasion() -> None:
    # Quotation convention: a plan's words are the plan's, not said on the occasion the
    # same body spoke on just before.
    result = drafted(
        "Sangre Peaks Electric Association serves most of the county.",
        "In a statement Wednesday, Sangre Peaks Electric Association said a branch hit the line.",
        "Sangre Peaks Electric Association's wildfire mitigation plan said all lines are "
        "patrolled on foot.",
    )
    assert holding(result, "mitigation plan").date.startswith("..")


def test_an_admission_told_to_the_newsroom_keeps_the_occasion_of_the_same_speakers_last() -> None:
    # Quotation convention: after "accepted the findings on Tuesday", the same official's
    # words "told the Herald outside Parliament" are said then, and so is what she said next.
    result = drafted(
        "The department said in March that every royalty had been paid.",
        "But the Auditor-General found that K38 million was never paid out.",
        "Secretary Ana Boiri accepted the findings on Tuesday.",
        "“The statement issued in March was not accurate,” Ms Boiri told the Herald outside "
        "Parliament.",
        "She said the money would be paid once the vetting was done.",
    )
    assert holding(result, "accepted the findings").date == "Tuesday"  # 2024-03-05, before PUB
    assert holding(result, "not accurate").date == "2024-03-05"
    assert holding(result, "vetting was done").date == "2024-03-05"


def test_what_was_done_this_week_was_done_by_publication() -> None:
    # Publication convention: the days of the week after the story ran are still to come.
    result = drafted(
        "Asked about the figures this week, the mayor said the depot had met every target."
    )
    published = datetime.date.fromisoformat(PUB)
    monday = published - datetime.timedelta(days=published.weekday())
    assert holding(result, "the mayor said").date == f"{monday.isoformat()}/{PUB}"


def test_a_statement_named_again_by_a_pronoun_is_said_on_the_same_occasion() -> None:
    # Quotation convention: "The minister's words, she said, ..." goes on quoting the
    # speaker the sentence before dated ("acknowledged on Wednesday"), though the words
    # before the pronoun name another actor.
    result = drafted(
        "The minister told Parliament in January that no guard starts work before screening.",
        "Asked about the figures, a spokesperson for the Ministry of Justice acknowledged on "
        'Wednesday that "not every guard could be screened in time". The minister\'s words in '
        'Parliament, she said, "described what the law requires, not the situation".',
    )
    assert holding(result, "acknowledged").date == "Wednesday"
    assert holding(result, "she said").date == "2024-03-06"  # the Wednesday before PUB


def test_a_concession_in_the_same_answers_is_dated_by_those_answers() -> None:
    result = drafted(
        "In written answers to the Clarion's questions on Wednesday, Mr Kalule denied that any "
        "piped water is bottled.",
        'In the same answers, Mr Kalule said the website statement was "outdated and will be '
        'corrected".',
    )
    conceded = holding(result, "same answers")
    assert (conceded.lane, conceded.date) == ("disclosure", "2024-03-06")


def test_a_speaker_named_in_an_earlier_answer_is_quoted_on_its_occasion() -> None:
    # the spokesperson is named in the appositive of the body's answer; the quote that
    # follows, with his name, is from the same exchange
    result = drafted(
        "The Rwanda Food and Drugs Authority told MPs in March that every pharmacy had been "
        "inspected.",
        "Contacted on Wednesday, the authority's spokesperson, Jean Bosco Ndayisenga, said the "
        'figures referred to "pharmacies that were inspected".',
        'He denied that inspections were announced in advance. "Rwanda FDA does not announce '
        'inspections. Our officers arrive unannounced, and that is the policy," Ndayisenga said.',
    )
    # (the quotation that goes on with the denial may be told in the denial's event)
    told = [e for e in result.events if "denied" in e.clause or "Our officers" in e.clause]
    assert told
    assert {e.date for e in told} == {"2024-03-06"}


def test_a_name_that_only_appears_in_an_earlier_answer_is_no_occasion() -> None:
    # "remarks made by vice-chancellor Ashworth": she is what the answer is about, not who
    # gave it
    result = drafted(
        "In a statement issued on Monday, the university said remarks made by vice-chancellor "
        'Professor Gillian Ashworth "were incorrect".',
        'Professor Ashworth told the committee that the university had "found no evidence of '
        'underpayment".',
    )
    assert holding(result, "found no evidence").date != "2024-03-04"


def test_an_admission_quoted_in_an_interview_at_a_place_is_said_on_its_occasion() -> None:
    # '"...," Mr Lungu said in an interview at the agency's head office': the interview the
    # paragraph before dated, where it was held aside
    result = drafted(
        "When the Herald sent questions to the agency on June 8, its public relations manager "
        "replied two days later that the tags “were issued lawfully”.",
        "Yesterday, however, NTA acting director general Patrick Lungu said the tags “should "
        "never have been issued” and that the explanation given to this newspaper was “based on "
        "incomplete information”.",
        "“I want to be clear: a private transporter was exempted when the law did not allow it. "
        "That was a mistake, and I regret it,” Mr Lungu said in an interview at the agency’s head "
        "office in Lusaka.",
    )
    assert holding(result, "was a mistake").date == "2024-03-07"


@pytest.mark.parametrize(
    ("occasion", "carried"),
    [
        ("told the Gazette yesterday", True),
        ("said yesterday in a statement", False),
        # ("Speaking to the Gazette yesterday, ..." is that interview too)
        ("said yesterday, speaking to the Gazette, that", True),
    ],
)
def test_words_given_in_the_newsroom_s_interview_run_through_the_story(
    occasion: str, carried: bool
) -> None:
    # Interview convention: a speaker who "told the Gazette yesterday" is quoted from that
    # interview through the story; a statement's occasion is named again after two
    # paragraphs
    result = drafted(
        f"Stonecraft director Glen Rowe {occasion} the workshop had nothing to hide.",
        "But the union says its samplers recorded dust at twice the standard in July.",
        "The union arranged the testing after a former cutter fell ill.",
        "Union organiser Ana Tait said the company kept telling everyone the air was clean.",
        "Mr Rowe said the samplers were worn on days when the extraction system was down.",
    )
    yesterday = (datetime.date.fromisoformat(PUB) - datetime.timedelta(days=1)).isoformat()
    assert holding(result, "nothing to hide").date == "yesterday"
    assert (holding(result, "samplers were worn").date == yesterday) is carried


def test_words_said_in_her_letter_take_the_letter_s_day() -> None:
    # Occasion convention: "In her letter, Fiddler said" names the letter told before, with
    # its day, however far back the story told it
    result = drafted(
        "Shelter director Dana Fiddler made the admission Thursday in a letter to the city.",
        "The ministry's review found the doors were locked on 19 nights.",
        "The shelter opened in November 2017 in a church basement.",
        "Council approved a grant for the shelter last August.",
        "In her letter, Fiddler said the society has since hired two relief workers.",
    )
    assert holding(result, "admission").date == "Thursday"
    assert holding(result, "relief workers").date == "2024-03-07"  # (PUB is a Friday)
