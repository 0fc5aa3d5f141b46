"""Tests for page furniture: datelines, time stamps, captions and sign-offs are no event."""

from __future__ import annotations

import pytest

from draft_support import assert_title_and_actor, drafted, holding
from timeline.draft import draft
from timeline.draft.furniture import DATELINE, NO_COMMENT, unstyled
from timeline.draft.sentences import split_sentences


@pytest.mark.parametrize(
    "dateline",
    [
        "OSLO, May 6 (Reuters) - ",
        "May 6 (Reuters) - ",
        "HAVANA, May 6 (Xinhua) -- ",
        "TRENTON, N.J., Sept. 30 (AP) — ",
        # South Asian papers set a colon after the city
        "BENGALURU: ",
        # ... or Malaysian ones after the day, in brackets
        "SRI AMAN (Aug 19): ",
        # ... or the city in upper and lower case, with the day filed
        "Bhopal, September 10: ",
        "New Delhi, 10 September: ",
        # ... or a dash after the day, as Ghanaian sites set it
        "Ho, March 8 \u2013 ",
        # (the month in capitals, a hyphen after the day)
        "KATHMANDU, NOV 13 - ",
        # Gulf papers: two slashes after the city, or the city alone before a colon
        "SHARJAH // ",
        "Dubai: ",
        "Abu Dhabi: ",
    ],
)
def test_a_dateline_with_the_day_it_was_filed_is_neither_title_nor_actor(dateline: str) -> None:
    # Wire copy puts the filing day in the dateline, between the city and the credit.
    result = drafted(
        dateline + "The port authority said on Monday it had never approved the lease."
    )
    (event,) = result.events
    assert event.title.startswith("The port authority said")
    city = dateline.split(",")[0].split(" (")[0]
    assert_title_and_actor(event, {city.lower()})
    assert event.actor not in ("Reuters", "Xinhua", "AP")


@pytest.mark.parametrize(
    "furniture",
    [
        "Updated 4:10 p.m. ET, Tue May 7, 2024",
        "Published: May 7, 2024 at 6:02 a.m.",
        "Last updated on Tuesday, May 7",
        "FILE - In this May 2, 2024, file photo, the port director speaks to reporters.",
        "Watch: Port director says the lease was never approved, records show",
        "Staff and wire reports",
        "Support local reporting. Subscribe today.",
        "Subscribe to our free Morning Brief newsletter.",
        "By Ann Li, Home Affairs Editor",
        "By Ann Li and Tom Berg, staff writers",
        "BY ANN LI | THE COURIER",
        "Correction: An earlier version of this story misstated the port's budget.",
        "Editor's note: This story was updated to add a response from the port.",
        "(Reporting by Ann Li in Oslo; Editing by Tom Berg)",
        "Additional reporting by Tom Berg in Bergen.",
        "Copyright 2022 WCVR Cumberland Valley Public Radio",
        # the page's date stamp, alone or beside the byline
        "April 18, 2024 | By Ann Li, Port Weekly",
        "By Ann Li\nOctober 4, 2022 at 6:00 AM EDT",
        "Thu 18 April 2024 09.12 BST",
        # the desk or the job on the line after the name, a station's unit with its number
        "By Ann Li\nDevon political reporter",
        "By Ann Li\nLocal Democracy Reporting Service",
        "By Ann Li | KPRT 7 Investigates",
        # the byline's desk, then what the stamp marks
        "By Ann Li Courier Staff, Updated August 17, 2023, 5:00 a.m.",
        # each reporter with where they filed from
        "By Ann Li in Tabora and Tom Berg in Dodoma",
        "Author: Ann Li (7 Investigates) Published: 5:47 PM EDT August 15, 2019",
        # a partner's tagline
        "This story is part of Lantern Health News' ongoing coverage of health care.",
        "Lantern Health News is an editorially independent, nonprofit newsroom.",
        "This story was published in partnership with the Piedmont Courier.",
    ],
)
def test_a_time_stamp_caption_or_credit_is_no_event(furniture: str) -> None:
    result = drafted(
        furniture, "The port authority said on Monday it had never approved the lease."
    )
    assert [e.title for e in result.events] == [
        "The port authority said on Monday it had never approved the lease"
    ]


def test_a_partys_newsletter_quoted_is_its_statement() -> None:
    # Sign-off convention: only the newsroom's own newsletter, offered, is furniture; the
    # newsletter a body mails out says what the body told its public.
    result = drafted(
        "Its spring newsletter, mailed to growers in April, said officers had inspected fields."
    )
    assert [e.lane for e in result.events] == ["statement"]


def test_a_signpost_to_the_answer_quoted_next_is_no_event() -> None:
    # Quotation convention: "..., the official had a ready answer." introduces the quote
    # that follows; only the quote is the statement.
    result = drafted(
        "When a council committee asked in April whether the city kept up with inspections, "
        'the city\'s top official had a ready answer. "Every site is inspected once a year," '
        "Assistant Commissioner Paul Driscoll told councilors at the April 11 hearing.",
    )
    (event,) = result.events
    assert event.lane == "statement" and "Every site" in event.clause


def test_a_byline_names_no_actor() -> None:
    # Byline convention: "By Ann Li Courier Staff" credits the reporter; the newsroom's
    # own reporting is the Courier's, not a person's whose name runs into the masthead.
    result = drafted(
        "By Ann Li Courier Staff, Updated August 17, 2023, 5:00 a.m.",
        "A Courier analysis of port records found that 212 ships had not been inspected.",
    )
    assert result.events
    assert all("Ann Li" not in e.actor for e in result.events)
    assert any(e.actor.endswith("Courier") for e in result.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Published reports in March said the lease had been signed in secret.",
        "Shippers who subscribe to the port's service were billed twice in April.",
        "Posted guards turned away the inspectors on May 2.",
        "By Election Day, Ann Li had signed the lease.",
        "By contrast, the port said on Monday it had never approved the lease.",
    ],
)
def test_a_sentence_that_only_begins_like_furniture_is_still_drafted(sentence: str) -> None:
    assert drafted(sentence).events


def test_a_time_zone_after_the_clock_ends_no_sentence() -> None:
    text = "A headline\n\nThe vote closed at 5 p.m. ET on Monday. The count began at once."
    sentences = [s.text for s in split_sentences(text, headline="A headline")]
    assert sentences[1:] == ["The vote closed at 5 p.m. ET on Monday.", "The count began at once."]


def test_each_item_of_a_list_is_read_on_its_own_without_its_marker() -> None:
    # List convention: "• On May 4, ..." lines run together in one paragraph are items,
    # each with its own event; the bullet or number is no part of the title.
    result = drafted(
        "The port authority said Monday its records were complete.",
        "• On May 4, the authority said the pier passed every inspection.\n"
        "• On May 10, Director Dana Whit told the council the collapse was an act of God.\n"
        "• On June 2, a spokesman said no one had warned the authority.",
        "1. A 2021 engineering report rated 40 pilings critical.\n"
        "2. The authority postponed repairs three times in 2022, board minutes show.",
    )
    items = [e for e in result.events if e.para in (2, 3)]
    assert [e.date for e in items if e.para == 2] == ["May 4", "May 10", "June 2"]
    assert len([e for e in items if e.para == 3]) >= 2
    assert all(e.title[:1].isalpha() for e in items), [e.title for e in items]


@pytest.mark.parametrize(
    "furniture",
    [
        "WHAT OFFICIALS SAID",
        "Here is what the port said, and what its records show.",
        # the reporter's bridge from one case to the pattern
        "Delfino's claim is not unusual.",
        "The Smiths are not alone.",
        "The internal spreadsheets go further.",
    ],
)
def test_a_subhead_or_a_signpost_is_no_event(furniture: str) -> None:
    result = drafted(
        "The port authority said on Monday it had never approved the lease.", furniture
    )
    assert [e.para for e in result.events] == [1]


def test_a_signpost_to_a_timeline_is_no_event() -> None:
    result = drafted(
        "The app maker said it never shared locations.",
        "Here is a timeline of what the company said and did:",
    )
    assert all("timeline" not in e.clause for e in result.events)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("U.S.-based Kestrel Research said", None),
        ("CHICAGO - The city said", "CHICAGO - "),
        ("LONDON (Reuters)-The bank said", "LONDON (Reuters)-"),
        # Canadian papers set the province in capitals
        ("TIMMINS, ONT. — In a letter dated April 14, the miner said", "TIMMINS, ONT. — "),
    ],
)
def test_a_datelines_dash_stands_apart_and_a_hyphenated_word_is_none(
    text: str, dateline: str | None
) -> None:
    # A dateline's dash has a space or the wire's credit before it; "U.S.-based" is a word.
    m = DATELINE.match(text)
    assert (m.group() if m else None) == dateline


def test_a_persons_signpost_is_no_event_but_names_who_speaks_next() -> None:
    result = drafted(
        "The ferry line's logs show the boat missed 40 sailings in March.",
        "Operations chief Ann Kiel gave a different picture. At a briefing on March 28, she "
        "said every sailing had run.",
    )
    assert not [e for e in result.events if "different picture" in e.clause]
    said = next(e for e in result.events if "every sailing had run" in e.clause)
    assert said.actor == "Ann Kiel"
    assert said.title.startswith("Kiel said")


@pytest.mark.parametrize(
    "evidence",
    [
        "The inspection results tell a different story.",
        "Dispatch audio released Tuesday tells a different story.",
        "The crew rosters tell a different story.",
    ],
)
def test_evidence_that_tells_a_different_story_is_still_an_event(evidence: str) -> None:
    result = drafted("The ferry line said every sailing had run.", evidence)
    told = [e for e in result.events if "different story" in e.clause]
    assert [e.lane for e in told] == ["disclosure"]


def test_a_signpost_with_an_appositive_is_no_event() -> None:
    result = drafted(
        "The hatchery said its fish were healthy.",
        "Ana Ruiz, a pathologist who left the agency in March, tells it differently.",
    )
    assert not [e for e in result.events if "differently" in e.clause]


@pytest.mark.parametrize(
    "note",
    [
        "They spoke on condition of anonymity because they are not authorized to speak.",
        "The workers asked not to be named because they feared losing their jobs.",
        "Both spoke to the Courier on condition of anonymity.",
    ],
)
def test_why_sources_go_unnamed_is_no_event(note: str) -> None:
    # Sourcing convention: a sentence that only says why sources are unnamed tells how the
    # reporter knows, not what happened.
    result = drafted(
        "Two dispatchers told the Courier they had been told to mark requests as full. " + note
    )
    assert [e.clause for e in result.events if "anonymity" in e.clause or "named" in e.clause] == []
    assert len(result.events) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Meridian did not respond to requests for comment.",
        "Mr Ekdahl did not respond to a request for comment on Friday.",
        "The premier's office did not respond to requests for comment.",
        "The governor's office referred questions to the department.",
        # however the newsroom asked, and a question left unanswered
        "Dr Ekdahl did not respond to repeated calls and a written request for comment.",
        "Ekdahl did not respond to phone and email messages left Monday.",
        "Mr Ekdahl did not answer calls to his mobile phone.",
        "He did not say when the new rates would take effect.",
        # an interview declined, by one the story tells more of in an aside
        "Ekdahl, who testified at the April hearing, declined to be interviewed.",
        "The director declined an on-camera interview.",
        "The department has not said whether it accepts that explanation.",
        "Keystone did not respond to messages left by phone and email Monday and Wednesday.",
        # the questions told as left unanswered
        "Questions sent to the authority's director last week were not answered.",
        # in the perfect, and asked by a letter
        "Minister Kpan has not responded to a letter the Ledger delivered to his office on "
        "May 17 requesting an interview.",
        "The police had not responded to his account at the time of going to press.",
        # a question put and declined, however it is told
        "He would not discuss the contract for the berth or the email.",
        "She did not answer when asked whether she stood by what she told the assembly.",
        "The company did not make its safety manager available for an interview.",
        "Ms Orme was not available for an interview, her office said.",
        # a rule of silence given as the answer
        "Reached on Monday, Dlamini said the board did not comment on individual licences.",
        # an interview asked for, a request and a single question left unanswered
        "Okafor declined requests for an interview.",
        "Mr Okafor declined a request for an interview.",
        "The office has not answered a separate request for the number of permits.",
        "The agency did not answer a question on whether it still stood by the figure.",
        # the requests as the subject, whatever word opens the sentence
        "Repeated calls and messages to the mayor's office seeking a reply went unanswered.",
        # an answer put off
        "The ministry said it would issue a statement in due course.",
        "A spokesman said the minister would respond in due course.",
        "The company said it would comment once the inquiry ends.",
        "A spokesman said the minister would respond later.",
    ],
)
def test_a_stock_line_of_silence_is_a_disclosure(sentence: str) -> None:
    # Refusal convention: the line a story carries for a party that stays silent tells
    # that it withheld its account, however the newsroom asked: a disclosure.
    result = drafted("The authority said every terminal was replaced.", sentence)
    silent = [e.lane for e in result.events if e.para == 2 and NO_COMMENT.search(e.clause)]
    assert silent == ["disclosure"]


@pytest.mark.parametrize(
    "sentence",
    [
        # silence about the evidence is the party's answer to it
        "Through a spokeswoman, the department did not make anyone available to comment on "
        "the report.",
        # a refusal that also reports what was said is a statement
        "Dr. Rao declined to comment, saying the matter was before the court.",
    ],
)
def test_a_silence_about_the_evidence_or_with_words_is_kept(sentence: str) -> None:
    result = drafted("The authority said every terminal was replaced.", sentence)
    assert [e for e in result.events if e.para == 2]


def test_a_dateline_with_the_province_in_capitals_is_no_actor() -> None:
    result = drafted(
        "TIMMINS, ONT. — In a letter dated April 14, Northcrest Gold Corp. assured the chief "
        'that "all recommendations have been implemented."'
    )
    assert_title_and_actor(result.events[0], datelines={"TIMMINS", "ONT"})
    assert result.events[0].date == "April 14"


@pytest.mark.parametrize("label", ["Update: ", "Correction: "])
def test_a_label_before_a_colon_is_no_dateline(label: str) -> None:
    assert (
        DATELINE.match(label + "The port authority said on Monday it had never approved it.")
        is None
    )


def test_a_capital_lead_in_is_house_style_not_a_name() -> None:
    # House style: some papers set a paragraph's first word in capitals ("THE Karibib Town
    # Council ..."); the word names no one, and the actor is the body the sentence names
    result = drafted("THE Karibib Town Council told residents in March that every plot had water.")
    event = result.events[0]
    assert event.actor == "Karibib Town Council"
    assert not event.title.startswith("THE ")
    assert_title_and_actor(event)


def test_unstyled_keeps_every_offset() -> None:
    text = "THE plant was shut.\n\nHe said: 'It was never open.'"
    assert len(unstyled(text)) == len(text)
    assert unstyled(text).startswith("The plant")
    assert "“It was never open.”" in unstyled(text)


@pytest.mark.parametrize(
    "signpost",
    [
        "Speaking on Monday, Rao was blunter.",
        "Reached by telephone yesterday, Rao was more direct.",
    ],
)
def test_a_signpost_to_how_the_next_quote_speaks_is_no_event(signpost: str) -> None:
    # Signpost convention: "Rao was blunter." only leads into the quotation after it, whose
    # speaker it names
    result = drafted(
        "Chief executive Anil Rao told the council in January that every fete would be checked.",
        f'{signpost} "We did not check every fete," he said.',
    )
    assert not [e for e in result.events if "blunter" in e.clause or "more direct" in e.clause]
    assert "Anil Rao" in holding(result, "every fete,").actor


def test_a_headline_with_a_capital_lead_in_is_still_the_headline() -> None:
    # House style may set the headline's first word in capitals too; it is still the
    # headline (¶0), and the story's paragraphs count from ¶1
    headline = "THE plant that never ran"
    article = f"{headline}\n\nThe ministry said on Monday that the plant was running.\n"
    result = draft(article, "2024-03-08", title=headline)
    assert [e.source for e in result.events] == ["article ¶1"]


@pytest.mark.parametrize(
    ("paragraph", "opening"),
    [
        ("AT LEAST nine schools did not receive the grant before term began.", "At least"),
        ("ENGINEERS warned that the bridge was not safe weeks before it reopened.", "Engineers"),
    ],
)
def test_a_capital_lead_in_of_a_count_or_a_people_is_no_name(paragraph: str, opening: str) -> None:
    event = drafted(paragraph).events[0]
    assert event.title.startswith(opening)
    assert event.actor.split()[:1] != paragraph.split()[:1]


def test_the_newsrooms_initials_in_brackets_are_a_credit_line() -> None:
    assert DATELINE.match("(CDW): Classes at the prison were called off on most days.")
    event = drafted("(CDW): Classes at the prison were called off on most days.").events[0]
    assert not event.title.startswith("(")
    assert event.actor != "CDW"


def test_a_bridge_from_the_account_to_the_facts_is_no_event_but_filings_are() -> None:
    result = drafted(
        "The secretary told lawmakers every notice was followed up.",
        "None of this matched what lawmakers were told.",
        "The office's own filings say otherwise.",
    )
    assert not [e for e in result.events if "None of this" in e.clause]
    assert holding(result, "filings").lane == "disclosure"


def test_an_island_named_in_capitals_is_part_of_the_dateline() -> None:
    assert DATELINE.match("SALELOLOGA, SAVAI'I – More than a third of the workers")


def test_a_capital_city_with_its_filed_day_and_a_colon_is_a_dateline() -> None:
    assert DATELINE.match("GUWAHATI, July 15: The university today admitted the lapse.")
    result = drafted(
        "GUWAHATI, July 15: The university today admitted that its licence had lapsed."
    )
    assert all(not e.title.startswith("GUWAHATI") for e in result.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "It may be recalled that the college was set up in 2011 as a campus of the university.",
        "It is pertinent to mention here that the board had given the contract to the firm in "
        "2021.",
    ],
)
def test_a_reminder_of_the_background_is_context_headlined_without_its_lead_in(
    sentence: str,
) -> None:
    result = drafted("The registrar said salaries would be paid this month.", sentence)
    [event] = [e for e in result.events if e.para == 2]
    assert event.lane == "context"
    assert not event.title.startswith("It ")


def test_two_bodies_that_neither_responded_are_silent() -> None:
    result = drafted(
        "The authority said staffing was adequate.",
        "Neither the authority nor the regulator responded to queries on whether the roster "
        "records would be made public.",
    )
    assert holding(result, "Neither").lane == "disclosure"


def test_a_signpost_to_how_the_next_quotation_speaks_may_say_on_what() -> None:
    result = drafted(
        "When party secretary Joseph Kamau addressed delegates in Nakuru in March, he was "
        "emphatic about how the party had spent its share of the fund. “Every shilling "
        "reached the youth,” he told the convention on 18 March.",
    )
    assert [e.date for e in result.events] == ["18 March"]
    assert result.events[0].lane == "statement"
