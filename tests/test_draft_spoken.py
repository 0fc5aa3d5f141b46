"""Tests for timeline.draft.spoken: when words were said."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding


@pytest.mark.parametrize(
    ("paragraph", "words", "date"),
    [
        # an occasion named after the verb, then its time
        (
            "Chief executive Ann Lowe said on the company's full-year earnings call on Feb. 23 "
            "that it refunded most victims.",
            "refunded most victims",
            "Feb. 23",
        ),
        (
            "Chief executive Ann Lowe repeated it at a transport conference in London in May.",
            "repeated it",
            "in May",
        ),
        # the audience the words were given to, named after the verb, then the time
        (
            "Ann Lowe repeated the pledge to a state legislative committee in April.",
            "repeated the pledge",
            "in April",
        ),
        (
            "The director repeated it to the Harbor Neighborhood Association in October.",
            "repeated it",
            "in October",
        ),
        # a named day set first, with its date beside it
        (
            "On results day, July 14th, the registrar, Prof Ian Hale, wrote to all students "
            "that every mark was sound.",
            "every mark was sound",
            "July 14th",
        ),
        # a record named with the date of its making, as the subject or the occasion
        (
            "The consultation summary, published on 14 April, said residents backed the plan.",
            "residents backed the plan",
            "14 April",
        ),
        (
            "The festival's report, lodged on February 16, repeated the figure of 97 per cent.",
            "repeated the figure",
            "February 16",
        ),
        (
            "In its annual report, published in July, the company said leakage had fallen.",
            "leakage had fallen",
            "in July",
        ),
        (
            "Its annual report, filed in March 2020, told investors that every exit was clear.",
            "annual report",
            "in March 2020",
        ),
        # the account as the story names it, at the gathering it was given at
        (
            "Harbour Operations Director Ian Shaw made the one-hour claim at the Harbour "
            "Residents’ Association’s town hall on Sept. 12, answering a question from a Dock "
            "Street driver. “I want to be plain about this,” he said, according to a recording "
            "posted by the association. “Lorries are loaded within an hour, every time.”",
            "one-hour claim",
            "Sept. 12",
        ),
        # the day set right before the occasion: the day of the occasion
        (
            "The trust announced the merger of the two children's wards on 3 February, in an "
            "email to the roughly 40 families who use them, most of them from the valley towns.",
            "announced the merger",
            "3 February",
        ),
        # the body told, named as the verb's object, then the time
        (
            "“Every claim is read in full,” Regional Director Lena Hale told a state senate "
            "oversight subcommittee on June 14, 2023.",
            "Lena Hale",
            "June 14, 2023",
        ),
        # the interview the words were given in, set first
        (
            "Reached by phone on Thursday, the minister said his figure covered the whole grid.",
            "whole grid",
            "Thursday",
        ),
        # the evidence put to the speaker, and its time, set first
        (
            "After being shown the invoices on Tuesday, the minister said his figure was sound.",
            "figure was sound",
            "Tuesday",
        ),
        # the reply and whom it went to, then its time set off before the speaker
        (
            "In the same reply to the Assembly, on March 16, the minister said no village went "
            "dark.",
            "no village went",
            "March 16",
        ),
        # a response and where it was filed, then its time
        (
            "In a response filed in court last week, the company said the driver was fired for "
            "cause.",
            "fired for",
            "last week",
        ),
        # a speech, a court filing and a leaflet are occasions too
        (
            "In his State of the County address in March, the executive said every road was "
            "gritted.",
            "every road was",
            "in March",
        ),
        (
            "In a court filing in April, the firm's lawyers denied that the order existed.",
            "denied that",
            "in April",
        ),
        (
            "A fact sheet the agency published on its website in May 2021, which was still "
            "online on Tuesday, says the dam is checked weekly.",
            "fact sheet",
            "in May 2021",
        ),
        # a clock time set first with the day
        (
            "At 11:40 a.m. Sunday, the city posted on its website that every street was clear.",
            "every street was clear",
            "Sunday",
        ),
        # a briefing with its place, then its day; written answers to questions; a message
        # to a public, dated on its noun, after "that account"
        (
            "At a news briefing in Ridgeway on 4 May, the director said the pumps ran all night.",
            "the pumps ran",
            "4 May",
        ),
        (
            "In written responses to questions on Tuesday, the firm's director said every bin "
            "was emptied.",
            "every bin",
            "Tuesday",
        ),
        (
            "The principal repeated that account in an Oct. 2 message to parents.",
            "repeated that account",
            "Oct. 2",
        ),
        # the scene set first with its day last, and a reply as the occasion
        (
            "In the Assembly on 4 May, the minister said every pump had been installed.",
            "every pump",
            "4 May",
        ),
        (
            "Replying to a question on 4 May, the minister said every pump had been installed.",
            "every pump",
            "4 May",
        ),
        # the subject's own making, with its day, told before it speaks
        (
            "A ministry booklet released on Water Day in June went a step further, claiming the "
            "pumps had cut queues by half.",
            "booklet",
            "in June",
        ),
        (
            "Talking to reporters outside the mill gate on 4 May, the manager claimed every "
            "boiler was certified.",
            "every boiler",
            "4 May",
        ),
        (
            "In a letter mailed to tenants' families in November, the manager wrote that the "
            "block had never once been without heat.",
            "never once",
            "in November",
        ),
    ],
)
def test_a_statement_takes_the_time_of_its_occasion(paragraph: str, words: str, date: str) -> None:
    result = drafted(paragraph)
    assert holding(result, words).date == date


def test_a_report_named_as_the_occasion_is_no_event_of_its_own() -> None:
    result = drafted(
        "In its annual report, published in July, the company said leakage had fallen."
    )
    assert len(result.events) == 1
    assert result.events[0].lane == "statement"


def test_a_pronoun_after_the_verb_still_opens_what_was_said() -> None:
    # "said she was told in May": the date is what was said, not when
    result = drafted("The clerk said on Friday she was told in May that the ballots were lost.")
    assert holding(result, "the ballots were lost").date == "Friday"


def test_a_named_day_leaves_the_headline() -> None:
    result = drafted(
        "On election night, Nov. 3, the county clerk told reporters that every ballot was counted."
    )
    said = holding(result, "every ballot")
    assert (said.date, said.title) == (
        "Nov. 3",
        "The county clerk told reporters that every ballot was counted",
    )


def test_a_time_inside_what_was_reported_is_not_when_it_was_said() -> None:
    # "said corrected figures would be published before the end of the year": the clause
    # after the verb has a verb of its own; its time is what was said, not the saying
    result = drafted(
        "The director rejected the claims and said corrected figures would be published "
        "before the end of the year."
    )
    said = holding(result, "corrected figures")
    assert "end of the year" not in said.date
    told = drafted("The director told reporters on Friday that the figures were right.")
    assert holding(told, "figures were right").date == "Friday"


def test_a_release_to_come_is_no_release() -> None:
    result = drafted(
        "The director rejected the claims and said corrected figures would be published "
        "before the end of the year."
    )
    assert not [e for e in result.events if e.role == "release"]


def test_a_records_making_date_dates_it_not_the_year_it_covers() -> None:
    result = drafted(
        "The water board's 2019 annual report, published in March, says that leaks fell by a third."
    )
    report = holding(result, "annual report")
    assert (report.date, report.lane) == ("in March", "statement")
    # the headline names the report, not the month it was published in
    assert report.title == "The water board's 2019 annual report says that leaks fell by a third"


def test_a_short_quotation_the_verb_takes_keeps_the_day_beside_it() -> None:
    # Attribution convention: in "posted 'SOLD OUT' on Friday" the quotation is the verb's
    # object; the day after it is when the post was made. A quotation that "that" opens
    # is what was said, and a date after it is the said thing's.
    result = drafted(
        'The club posted "SOLD OUT" on Friday.',
        "Its annual report, published in March, says that “no serious failures” of the "
        "programme occurred during the year.",
    )
    assert holding(result, "SOLD OUT").date == "Friday"
    assert holding(result, "annual report").date == "in March"


def test_said_then_is_the_time_the_sentence_before_names() -> None:
    # Anaphora convention: "she said then" is the occasion just told; "then-Mayor" is a
    # title, and "..., said then-Mayor Ann Lee" no phrase set before the subject.
    result = drafted(
        "That is not how the chief executive described it to analysts on a call in October. "
        'Theft was "the single biggest driver" of the losses, she said then.',
        "In May the council voted to close the pool, said then-Mayor Ann Lee.",
    )
    assert holding(result, "biggest driver").date == "in October"
    assert holding(result, "close the pool").title.startswith("In May the council voted")


def test_an_assurance_given_at_a_meeting_is_dated_by_the_meeting() -> None:
    # Occasion convention: the day set after the occasion and where it was held ("a
    # community meeting at the Bowmans Point bowling club in October 2019") is when the
    # assurance was given; "gave the assurance" gives the account.
    result = drafted(
        "The authority's chief executive, Dr Martin Oyelaran, gave the quarterly assurance to "
        "a packed community meeting at the Bowmans Point bowling club in October 2019, after "
        "residents raised concerns about dust."
    )
    event = holding(result, "quarterly assurance")
    assert (event.lane, event.date) == ("statement", "in October 2019")


def test_a_statement_named_by_its_date_does_not_date_the_words_about_it() -> None:
    # "said the 16 March statement reflected the plan": the date names the statement he
    # speaks of (found with its "the"), not the time he said it.
    result = drafted(
        "Forest Estates Wales said on 16 March that only diseased larch would be felled.",
        "He said the 16 March statement “reflected the plan at the time”.",
    )
    assert holding(result, "reflected the plan").date != "the 16 March"
    assert holding(result, "only diseased larch").date == "16 March"


def test_a_day_before_anything_but_an_occasion_is_what_was_said() -> None:
    # only the noun of an occasion after the day makes it the statement's day
    result = drafted(
        "The trust's chief executive, Dr Alan Reyes, told the board of governors that the "
        "children's ward closed on 3 February, in a move to save money, and would not reopen."
    )
    assert holding(result, "told the board").date != "3 February"


def test_a_committee_named_with_a_comma_still_takes_the_time_after_it() -> None:
    # Occasion convention: "told the House Commerce, Labor and Economic Development
    # Committee on Jan. 28": the comma is the committee's name's, not an opening of words.
    result = drafted(
        "The company said it had finished the network.",
        "“Every address can order service today,” Ostrander told the House Commerce, Labor and "
        "Economic Development Committee on Jan. 28.",
    )
    assert holding(result, "Every address").date == "Jan. 28"


def test_a_date_in_what_describes_the_quoted_words_is_not_the_saying() -> None:
    # Attribution convention: "called the burial 'an isolated clerical error' traced to a
    # single sale in 2020": the year dates the sale; the words were said at the meeting.
    result = drafted(
        "The Ledger reviewed the cemetery records.",
        "At the council’s April 14 meeting, the city administrator called the burial “an "
        "isolated clerical error” traced to a single sale in 2020.",
    )
    assert holding(result, "clerical error").date == "April 14"


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        ("At a community open house in Oakbrae in May", "in May"),
        ("At the launch in Leeds in March", "in March"),
        ("At an event in June", "in June"),
        # South Asian copy's "press meet"
        ("At a press meet on June 15", "June 15"),
        # a meal or a reception an official speaks at
        ("At a Chamber of Commerce breakfast on January 19", "January 19"),
        ("At the Rotary Club luncheon in February", "in February"),
    ],
)
def test_a_gathering_set_first_dates_what_was_said_there(lead: str, date: str) -> None:
    # Attribution convention: the occasion the words were given at, with its place and
    # its date, opens the clause and dates the statement.
    result = drafted(f"{lead}, project manager Dara Kulyk told residents the site was safe.")
    assert holding(result, "told residents").date == date


def test_a_month_owned_by_a_possessive_dates_the_thing_not_the_saying() -> None:
    # "Whitcomb's September figure" names the figure's month; the saying is undated.
    result = drafted(
        "Osterhaus said Whitcomb's September figure reflected “units under work order,” "
        "not finished replacements."
    )
    assert holding(result, "Osterhaus said").date != "September"


def test_a_possessive_occasion_still_dates_what_was_said_at_it() -> None:
    result = drafted("In Whitcomb's September update to the board, he said the work was done.")
    assert holding(result, "work was done").date == "September"


@pytest.mark.parametrize(
    "sentence",
    [
        # a count of time and the day it comes to name one time, for a statement too
        "Two months later, on June 14, 2021, the commissioner told journalists that the "
        "state was self-sufficient.",
        # the day set off before a subject with its appositive is the statement's own
        "Two months after the opening, on June 14, 2021, the Commissioner for Health, Dr "
        "Ibrahim Musa Adamu, told journalists that the state was self-sufficient.",
    ],
)
def test_the_day_set_before_the_speaker_dates_the_statement(sentence: str) -> None:
    result = drafted("The plants opened in April 2021.", sentence)
    assert holding(result, "told journalists").date == "June 14, 2021"


def test_a_time_adverb_before_the_occasion_leaves_the_occasions_day_to_the_statement() -> None:
    # Attribution convention: "Earlier, at a forum in Dhaka on January 17, he said" is said
    # on the occasion's day; the adverb only orders it before what came first.
    result = drafted(
        "The chairman said in March that prices were followed everywhere.",
        "Earlier, at a forum in Dhaka on January 17, he said every operator had given "
        "written assurances.",
    )
    assert holding(result, "written assurances").date == "January 17"


def test_a_period_the_speaker_speaks_of_does_not_date_the_statement() -> None:
    # "said funds for 2022/23 were released": the year is what was spoken of, after "for"
    result = drafted(
        "The minister said every parish got its money.",
        "Spokesman Ronald Kasirye said the funds for 2022/23 were released on schedule.",
    )
    assert holding(result, "released on schedule").date.startswith("..")


def test_termed_with_a_quoted_word_is_the_speakers_characterisation() -> None:
    # South Asian copy: 'Advocate Hari Adhikari termed the charges "baseless".' is the
    # lawyer's statement, and he (an advocate, by title) speaks the next quote too.
    result = drafted(
        "The commission filed charges against 23 people on Sunday.",
        "Advocate Hari Adhikari, who represents five of the accused, termed the charges "
        '"baseless". "The commission has relied on incomplete data," he said.',
    )
    event = holding(result, "termed the charges")
    assert (event.lane, event.actor) == ("statement", "Advocate Hari Adhikari")


def test_a_paragraph_opened_at_a_dated_meeting_dates_what_was_said_there() -> None:
    # Scene convention: the paragraph opens at the trustees' May 20 meeting; what the
    # manager told them there was said that day. A paragraph that does not open there,
    # or a statement with a day of its own, keeps its own.
    result = drafted(
        "The company said on Tuesday that the wells had been down since February.",
        "At the trustees' May 20 meeting, dozens of residents packed the hall. The manager "
        "told them the gas system was working.",
        "Residents met again on May 20. The manager told them the smell came from a farm.",
        "At the trustees' May 20 meeting, residents complained. The manager said on June 2 "
        "that the plant was safe.",
    )
    assert holding(result, "gas system was working").date == "May 20"
    assert holding(result, "came from a farm").date not in ("May 20", "2024-05-20")
    assert holding(result, "plant was safe").date == "June 2"


def test_a_sentence_opened_at_a_dated_briefing_dates_what_is_said_after_it() -> None:
    # The same scene set in the paragraph's second sentence ("The figure was repeated
    # often. But at a media briefing on 12 September, ..."), and the quote that follows it,
    # and the figure cited there "as proof" is the account given, a statement.
    result = drafted(
        "The 40-bed figure had been repeated often. But at a media briefing on 12 September, "
        "the district health officer cited it as proof that the ward was ready.",
    )
    cited = holding(result, "cited it as proof")
    assert (cited.lane, cited.date) == ("statement", "12 September")
    quoted = drafted(
        "The figure was repeated. At a media briefing on 12 September, the officer told "
        'reporters the ward had opened. "Every bed is staffed," the officer said.',
    )
    assert holding(quoted, "Every bed is staffed").date == "12 September"


def test_a_participle_set_before_the_speaker_names_the_occasion_not_the_speaker() -> None:
    # Lead convention: "Testifying before the Joint Budget Committee on Jan. 14," sets the
    # occasion; the committee heard the claim, the witness made it.
    result = drafted(
        "The agency promised ranchers fast payment.",
        "Testifying before the legislature's Joint Budget Committee on Jan. 14, Marcus "
        'Whitlow told lawmakers that "the vast majority of claims are being paid inside 60 days."',
    )
    event = holding(result, "vast majority")
    assert (event.lane, event.date) == ("statement", "Jan. 14")
    assert "Committee" not in event.actor


def test_a_deed_that_only_says_who_the_speaker_is_makes_no_practice() -> None:
    # Attribution convention: "The company that supplied it says ..." names the speaker by
    # what it did; what it says is its statement. A deed of the subject's own is practice.
    result = drafted(
        "The ministry said the seed was certified.",
        "The company that supplied it says the seed was sound when it left its warehouse.",
        "The depot handed out seed that was wet.",
    )
    assert holding(result, "seed was sound").lane == "statement"
    assert holding(result, "handed out").lane == "practice"


def test_a_message_written_to_several_people_is_dated_after_them() -> None:
    # Attribution convention: "wrote to Whitcomb and the authority's finance director on
    # Jan. 9": the ones written to are the verb's object, and the day that follows is the
    # message's.
    result = drafted(
        "The water authority said in December that it had stopped all winter shutoffs.",
        '"Callers are saying crews are shutting them off," manager Kevin Pham wrote to Ana '
        "Whitcomb and the authority's finance director on Jan. 9.",
    )
    assert holding(result, "Callers are saying").date == "Jan. 9"


def test_words_given_when_the_speaker_spoke_to_the_newsroom_on_a_day_are_dated_that_day() -> None:
    result = drafted(
        "Safwa said in September that every bus had a working sensor.",
        "Its chief executive, Karim Haddad, repeated the point when he spoke to the Chronicle "
        "on September 20.",
    )
    assert holding(result, "repeated the point").date == "September 20"


@pytest.mark.parametrize("talk", ["in a brief conversation Friday", "in a phone call Friday"])
def test_words_given_in_a_conversation_on_a_day_are_dated_that_day(talk: str) -> None:
    result = drafted(
        "The township said in May that it had stopped spreading brine.",
        f"Supervisor Ray Tomko, {talk}, said the township had stopped all spreading.",
    )
    assert holding(result, "stopped all spreading").date == "Friday"


def test_the_proceedings_set_off_after_the_audience_date_what_was_told() -> None:
    # "told the Committee of Supply, during the consideration of the budget on February 25,
    # that ...": the day of the proceedings is the day it was said; the headline keeps
    # what was said and leaves out the counted time before the subject
    result = drafted(
        "Less than a week after the auditors left, Works Minister Dev Narine told the "
        "Committee of Supply, during the consideration of the 2021 budget estimates on "
        "February 25, that all four airstrips “have been completed”."
    )
    told = holding(result, "have been completed")
    assert told.date == "February 25"
    assert told.title.startswith("Narine said all four airstrips")


def test_a_body_named_at_length_after_the_verb_keeps_the_day_beside_it() -> None:
    result = drafted(
        '"Every site is checked," Fire Marshal Ray Dunn told the Joint Standing Committee on '
        "Agriculture, Conservation and Forestry Oversight on March 1."
    )
    assert holding(result, "Every site").date == "March 1"


def test_a_day_told_before_when_it_was_said_dates_the_words() -> None:
    result = drafted(
        "Lisowski stood by the figure in January, when she told the House committee that the "
        'program had "no waiting list to speak of."'
    )
    assert holding(result, "stood by").date == "in January"


def test_the_aside_that_tells_how_the_speaker_was_reached_dates_the_words() -> None:
    result = drafted(
        'Pettigrew, interviewed at the district office on March 1, said the district "never hid '
        'anything" and that notices had been posted on its website.'
    )
    assert holding(result, "never hid").date == "March 1"


@pytest.mark.parametrize("noun", ["communiqué", "circular", "bulletin"])
def test_a_communique_issued_on_a_day_dates_what_it_stated(noun: str) -> None:
    result = drafted(
        f"In a {noun} issued on 30 January, the ministry stated that every well was tested."
    )
    assert [(e.lane, e.date) for e in result.events] == [("statement", "30 January")]


def test_telling_members_that_is_the_account_given() -> None:
    # the participle of telling, set after the occasion, gives the account as "told" does
    result = drafted(
        "The minister struck a similar note in the assembly in January, telling members "
        "that every well was tested."
    )
    assert [(e.lane, e.date) for e in result.events] == [("statement", "in January")]


def test_words_told_at_an_unveiling_are_dated_by_it() -> None:
    # Occasion convention: "At the collection's unveiling in March 2018, Mr Tolley told
    # about 80 guests" dates the words by the gathering they were given at.
    result = drafted(
        "At the collection’s unveiling in March 2018, Mr Tolley told about 80 guests that"
        " “these models will never leave Geelong”."
    )
    assert holding(result, "Tolley told").date == "in March 2018"


@pytest.mark.parametrize(
    ("paragraph", "words", "date"),
    [
        # a speaker's own deed, told at no time given, is dated by the deed's time
        (
            "Ms Okafor said she paid $120 at a walk-in clinic on May 9 after the desk turned "
            "her card away.",
            "paid $120",
            "May 9",
        ),
        (
            "Mr Daly said he fenced off the lane in June after sheep were worried.",
            "fenced",
            "in June",
        ),
        # ... not a state of things the speaker tells of
        ("The mayor said the pumps were all working in June.", "pumps", "../2024-03-08"),
    ],
)
def test_a_speakers_own_deed_is_dated_by_its_time_when_the_telling_has_none(
    paragraph: str, words: str, date: str
) -> None:
    assert holding(drafted(paragraph), words).date == date


@pytest.mark.parametrize("verb", ["was given", "was made", "was repeated"])
def test_a_statements_noun_and_its_own_passive_verb_keep_its_date(verb: str) -> None:
    result = drafted(f"The assurance {verb} on 9 February by Mayor Ann Lee.")
    assert holding(result, "assurance").date == "9 February"


def test_a_reply_dated_in_its_aside_is_dated_by_it() -> None:
    result = drafted(
        "The directorate said it had no record of any approval.",
        "Ms Qureshi, responding on Sunday, said the letter was genuine.",
    )
    reply = holding(result, "genuine")
    assert (reply.lane, reply.date) == ("statement", "Sunday")


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # a count of complaints is dated by the span it counts over, however it is filed
        (
            "The trading standards service said it had received 19 complaints about the company "
            "since January.",
            "since January",
        ),
        (
            "The regional office of the utilities regulator said it received 212 complaints about "
            "supply interruptions in August alone.",
            "in August",
        ),
        # (not by a day that only names what was complained of)
        (
            "The company said it had received 40 complaints after the April 12 outage.",
            "../2024-03-08",
        ),
    ],
)
def test_complaints_counted_are_dated_by_the_span_they_cover(sentence: str, date: str) -> None:
    assert holding(drafted(sentence), "complaints").date == date


@pytest.mark.parametrize(
    "sentence",
    [
        'Dr Deka, when contacted on Tuesday, said he would "cooperate fully" with the committee.',
        "The registrar, when reached by phone on Tuesday, said the licence had been renewed.",
    ],
)
def test_the_aside_that_says_when_the_speaker_was_reached_dates_the_words(sentence: str) -> None:
    result = drafted("The university said every thesis had been checked.", sentence)
    assert holding(result, "Tuesday").date == "Tuesday"


def test_the_speech_verb_of_the_subjects_relative_clause_does_not_date_the_words() -> None:
    sentence = (
        "But the principal who wrote on 2 August told the Chronicle on Monday that none of "
        "her six pupils had applied late."
    )
    result = drafted("The authority said every child had a place.", sentence)
    assert holding(result, "applied late").date == "Monday"


def test_a_press_note_is_the_partys_own_word_and_dates_it() -> None:
    result = drafted(
        "The corporation repeated the position in a press note issued on October 9, saying all "
        "posts had been “filled as per norms”."
    )
    assert [(e.lane, e.date) for e in result.events] == [("statement", "October 9")]


def test_a_time_set_before_the_verb_past_the_subjects_aside_dates_the_words() -> None:
    result = drafted(
        "Rangpur Mills Ltd, a company whose shares tripled after it announced that its mill "
        "was back in production, yesterday told the exchanges that output had been partial."
    )
    told = holding(result, "output had been partial")
    assert told.date == "yesterday"
    assert told.title.startswith("Rangpur Mills Ltd yesterday")


def test_a_service_held_for_a_gathering_dates_what_was_said_there() -> None:
    # Attribution convention: the service the words were given at, with whom it was held
    # for and where, opens the clause and dates the statement.
    result = drafted(
        "At a memorial service for the flood victims in Riverside Hall on March 2, the mayor "
        "told mourners that “every family has been rehoused”."
    )
    assert holding(result, "every family").date == "March 2"


def test_a_second_thing_said_is_dated_and_told_by_the_first_speaker() -> None:
    # Reported-speech convention: "said A, and that B" tells two things said at one time
    # by one speaker; B has neither a date nor a subject of its own.
    result = drafted(
        "Asked on Tuesday about the outage, utility spokesperson Dara Kulyk said the cable "
        "had been “moved to a hospital” after another unit failed there, and that a new cable "
        "would be installed “by the end of this month”."
    )
    second = holding(result, "new cable")
    assert "hospital" not in second.clause
    assert (second.date, second.actor) == ("Tuesday", "Dara Kulyk")


def test_a_second_thing_told_with_its_own_day_keeps_it() -> None:
    # ... but a deed told with a day of its own ("and that a new lease was signed May 2")
    # keeps that day.
    result = drafted(
        "In Tuesday's statement, Kulyk said the lease lapsed while the board was “reviewing "
        "the accounts”, and that a new lease was signed May 2."
    )
    assert holding(result, "new lease").date == "May 2"


@pytest.mark.parametrize(
    "lead", ["In a written statement on Monday", "In an e-mailed statement on Monday"]
)
def test_a_statement_with_its_kind_dates_the_words_given_in_it(lead: str) -> None:
    # Attribution convention: the statement the words were given in, with its kind
    # ("written", "e-mailed") and its day, dates them; the span the words tell of does not.
    result = drafted(
        f"{lead}, spokesperson Ana Reyes said there was “a gap in supply” from September "
        "until late April."
    )
    assert holding(result, "gap in supply").date == "Monday"


def test_words_confirmed_at_the_time_take_the_time_the_clause_names() -> None:
    # Then convention: "the office confirmed at the time" was said when what it told
    # happened, the time the clause names.
    result = drafted(
        "Two wardens were suspended in April, the prison service confirmed at the time, "
        "without saying why."
    )
    assert holding(result, "suspended").date == "in April"


def test_words_spoken_the_same_day_take_the_day_told_before() -> None:
    # "Talking to reporters outside the factory gate the same day, the manager had
    # claimed": the day the paragraph before named
    result = drafted(
        "The boiler exploded around 3am on January 14 at the mill.",
        "Talking to reporters outside the factory gate the same day, the manager had claimed "
        "the boiler was fully certified.",
    )
    assert holding(result, "fully certified").date == "2024-01-14"


def test_a_correction_posted_on_a_day_is_dated_by_it_not_by_the_report_s_year() -> None:
    # "posted a correction to its 2022 annual report on its website last Friday, saying":
    # the year names the report; the day set before "saying" dates the correction
    result = drafted(
        "The charity said it supported 1 460 children.",
        "The trust posted a correction to its 2022 annual report on its website last Friday, "
        "saying it supported 848 children that year.",
    )
    assert holding(result, "posted a correction").date == "last Friday"


def test_words_given_when_the_newsroom_reached_the_speaker_are_the_speaker_s() -> None:
    result = drafted(
        "Trust director Mr Simba Nyakudya told parents every dollar went to fees.",
        "Contacted by The Sentinel on Wednesday, Mr Nyakudya said the correction was routine.",
    )
    said = holding(result, "correction was routine")
    assert (said.actor, said.date) == ("Mr Simba Nyakudya", "Wednesday")


def test_a_participle_that_tells_which_figure_is_no_telling() -> None:
    # "puts the savings at Shs184 million, less than a sixth of the amount announced in
    # January": the figure announced then is named, not the words dated
    result = drafted(
        "The district said the system saved Shs1.2 billion.",
        "Its budget paper, tabled before the district council last month, puts the savings at "
        "Shs184 million, less than a sixth of the amount announced in January.",
    )
    assert holding(result, "budget paper").date == "last month"


def test_an_admission_made_on_a_day_is_dated_by_that_day_not_the_hearing_after() -> None:
    # Concession convention, told by its noun: "made the admission on Tuesday when he
    # appeared before the committee" was made on Tuesday.
    result = drafted(
        "The water board has admitted that taps ran dry for months.",
        "Its acting manager, Mr John Eze, made the admission on Tuesday when he appeared "
        "before the House Committee on Utilities.",
    )
    assert holding(result, "made the admission").date == "Tuesday"


def test_a_statement_addressed_to_two_audiences_is_dated_by_its_day() -> None:
    # Occasion convention: the day after the statement's noun and whom it went to.
    result = drafted(
        "In a statement issued to parents and to the Gazette on May 4, a spokeswoman said the "
        'fault had been "found promptly" and that no pupil was affected.'
    )
    assert holding(result, "found promptly").date == "May 4"


def test_words_written_in_a_guest_opinion_in_a_paper_are_dated_by_its_day() -> None:
    result = drafted(
        '"Our trucks arrive in under six minutes," board chairman Gary Pruett wrote in a guest '
        "opinion in the Sentinel in April 2022."
    )
    assert holding(result, "six minutes").date == "in April 2022"


def test_words_told_to_a_broadcast_programme_are_dated_by_the_day_after_it() -> None:
    result = drafted(
        "Mr Elom had also told a phone-in programme on a state radio station in November that "
        "the site was fully fenced."
    )
    assert holding(result, "fully fenced").date == "in November"


def test_a_verb_still_to_come_in_what_was_said_does_not_date_the_saying() -> None:
    # Attribution convention: "that the results would be announced on February 10" is what
    # was said; the day beside its verb is what the words promise, not when they were said.
    result = drafted(
        "The secretary told journalists that the results would be announced as scheduled on "
        "February 10."
    )
    assert holding(result, "told journalists").date.startswith("..")


def test_an_account_repeated_is_dated_by_the_day_after_its_object() -> None:
    # ("repeated that position in June": "that" points back to the account; it opens no
    # reported speech)
    result = drafted(
        "In March the council said no trees had been felled in the park.",
        "The council repeated that position in June.",
    )
    assert holding(result, "repeated that position").date == "in June"


def test_a_claim_named_by_its_telling_takes_the_day_it_was_told() -> None:
    # Claim convention: "at odds with what the council told this newspaper in January"
    # names the account by its telling; the day set after whom it was told is its day.
    result = drafted(
        "Inspection sheets show the bridge was last checked in 2019. That is at odds with what "
        "the council told this newspaper in January, when its spokesman, Tom Reyes, said every "
        "bridge had been \u201cchecked twice a year\u201d."
    )
    claim = next(e for e in result.events if e.role == "claim")
    assert claim.date == "in January"


def test_a_thing_announced_takes_the_past_time_at_the_clauses_end() -> None:
    # Announcement convention: "had announced a pay rise ... to hire more staff last year"
    # tells when it was announced; a time still to come would be the plan's own.
    result = drafted(
        "The ministry said staffing was adequate.",
        "The AAI had announced a pay rise for 300 controllers to hire more staff (ATC) last year.",
    )
    assert holding(result, "pay rise").date == "last year"


def test_words_in_a_claim_filed_in_court_take_the_filings_time() -> None:
    # Occasion convention: "says in a claim filed in the High Court in Suva last month that"
    # was said when the claim was filed.
    result = drafted(
        "The department said every system was commissioned.",
        "The contractor says in a claim filed in the High Court in Suva last month that 212 "
        "of the systems could not be commissioned.",
    )
    assert holding(result, "212").date == "last month"


def test_a_deed_dated_before_the_participle_that_gives_the_words() -> None:
    # "approached the court in 2021, contending that ...": the filing's year.
    result = drafted(
        "The corporation told the court dumping had stopped.",
        "The petitioner had approached the court in 2021, contending that the waste drew "
        "birds into the path of the runway.",
    )
    assert holding(result, "approached the court").date == "in 2021"
