"""Tests for timeline.draft.occasions: a clause set in the time of its "When" clause."""

from __future__ import annotations

import datetime

from draft_support import drafted, holding
from timeline.dates import find
from timeline.draft.clauses import Clause
from timeline.draft.occasions import same_time

PUB = datetime.date(2021, 3, 16)


def test_a_statement_is_made_when_its_when_clause_says() -> None:
    result = drafted(
        "When it released the trial results on Jan. 12, the company said the drug was safe "
        "and effective."
    )
    said = holding(result, "the drug was safe")
    assert said.date == "Jan. 12"


def _main_date(s: str, at: int) -> tuple[str, str] | None:
    lead, main = Clause(0, at, "leading", "statement"), Clause(at + 2, len(s), "main", "statement")
    return same_time(s, main, [lead, main], find(s, PUB), PUB, 0)


def test_what_had_happened_before_then_is_not_dated_by_it() -> None:
    s = "When police arrived on Monday, the man had already left the house."
    assert _main_date(s, s.index(",")) is None
    # what the clause reports in the past perfect does not matter: its own verb does
    s = "When the council met on March 3, the mayor said the plan had been approved."
    assert _main_date(s, s.index(","))[0] == "March 3"


def test_the_morning_after_a_dated_incident_is_the_next_day() -> None:
    # "The morning after X on Oct. 8, the agency told riders": the statement was made the
    # day after the day the leading clause names, and the incident is an event of its own
    result = drafted(
        "The morning after two trains stopped 250 metres apart near the station on Oct. 8, "
        "the transit agency told riders its signals had worked as designed."
    )
    told = holding(result, "signals had worked")
    assert told.date == "2023-10-09"
    stopped = holding(result, "two trains stopped")
    assert (stopped.date, stopped.role) == ("Oct. 8", "leading")
    # "Hours after" is the same day; a date with its year keeps its comma
    hours = drafted("Hours after the fire on March 3, 2020, the council said the block was safe.")
    assert holding(hours, "block was safe").date == "March 3, 2020"


def test_the_day_after_an_undated_incident_is_not_guessed() -> None:
    result = drafted(
        "The day after two trains stopped near the station last month, the agency said its "
        "signals had worked."
    )
    # a month names no day to count from
    assert holding(result, "signals had worked").date.count("-") != 2


def test_at_the_time_is_the_time_a_sentence_before_names() -> None:
    result = drafted(
        "In January, the ministry capped new study permits. The college draws a third of "
        "its fees from abroad. At the time, its president said the college was well placed."
    )
    said = holding(result, "well placed")
    assert said.date == "In January"
    assert "At the time" in said.date_note
    # "at the time of" names its own occasion, and a quotation's "at the time" is its own
    other = drafted(
        "In January, the ministry capped new study permits. The president said the college "
        'had been "well placed at the time" and would stay so.'
    )
    assert holding(other, "would stay so").date != "In January"


def test_at_the_time_opening_a_paragraph_is_the_time_the_one_before_told() -> None:
    result = drafted(
        "The operator cancelled 23 sailings over nine days in January.",
        "At the time, the company told customers in a notice on its website that the "
        "weather was to blame.",
    )
    told = holding(result, "told customers")
    assert told.date == "in January"
    assert "At the time" in told.date_note


def test_a_bare_reply_opening_a_paragraph_is_the_time_of_the_question_before() -> None:
    # Reply convention: the minister's answer was given when the legislator put the question.
    result = drafted(
        "The dispute reached the legislature last Thursday, when Senator Ruth Obi asked the "
        "ministry to account for the missing vouchers.",
        "Responding, the Deputy Minister for Health, Mr Paul Sefu, said every voucher had been "
        "issued.",
    )
    reply = holding(result, "every voucher")
    assert reply.date == "last Thursday"
    assert "Responding" in reply.date_note


def test_a_reply_with_no_question_before_it_keeps_no_date() -> None:
    result = drafted(
        "Senator Ruth Obi has long asked about the vouchers.",
        "Responding, the Deputy Minister for Health, Mr Paul Sefu, said every voucher had been "
        "issued.",
    )
    assert holding(result, "every voucher").date.startswith("..")


def test_the_same_speaker_telling_the_same_body_again_is_at_the_occasion_dated() -> None:
    # Audience convention: "told councillors", undated, after "told Monday night's council
    # meeting" is the same meeting; another speaker telling it is not.
    result = drafted(
        "Chief executive Ann Cole told Monday night's council meeting the closure notice was "
        "not accurate.",
        "The library has 40,000 books.",
        "Ms Cole told councillors the notice had gone out before she read the report.",
        "Mayor Tom Reid told councillors he had relied on staff.",
    )
    assert holding(result, "had gone out").date == "Monday"
    assert "told to the council again" in holding(result, "had gone out").date_note
    assert holding(result, "relied on staff").date.startswith("..")


def test_said_then_is_the_time_of_the_occasion_not_of_what_was_told_there() -> None:
    # "In May, the warden told reporters that checks in January had found ...": the words
    # said "then" were said in May, not in the month they told of.
    result = drafted(
        "In May, the warden told reporters that checks carried out in January had found no "
        'faults. "Every cell is safe," the warden said then.',
    )
    assert holding(result, "Every cell is safe").date == "In May"


def test_the_present_after_the_past_is_said_to_the_newsroom_not_on_the_occasion() -> None:
    # Tense convention: "she told the committee on May 8" and then "Reyes says" are two
    # occasions; after "said in an interview Monday", "she says" goes on quoting it.
    result = drafted(
        "Director Ana Reyes told the transport committee on May 8 that every ramp was checked.",
        "Reyes says the newsroom's level is only a screening tool.",
        "In an interview on Monday, Reyes acknowledged the plates were missing.",
        "Reyes says the plates will be fitted by September.",
    )
    assert "2023-05-08" not in holding(result, "screening tool").date
    assert holding(result, "fitted by September").date == "2024-03-04"  # that Monday


def test_a_paraphrase_before_its_speakers_quote_closed_on_a_day_is_dated_that_day() -> None:
    result = drafted(
        "The township said in May that it had stopped spreading brine.",
        "Spokesman Lyle Whitaker said the department was still investigating where the brine "
        "came from. “It's an open matter,” he said Friday.",
    )
    assert holding(result, "still investigating").date == "Friday"


def test_a_paraphrase_before_a_quote_dated_in_another_paragraph_keeps_its_bound() -> None:
    result = drafted(
        "The township said in May that it had stopped spreading brine.",
        "Spokesman Lyle Whitaker said the department was still investigating.",
        "“It's an open matter,” he said Friday.",
    )
    assert holding(result, "still investigating").date.startswith("..")


def test_the_unnamed_spokesperson_quoted_again_speaks_on_the_occasion_first_dated() -> None:
    # Quotation convention: one exchange with the body's unnamed spokesperson, dated once,
    # quoted on as "the spokeswoman said" and "she said" paragraphs later.
    result = drafted(
        "The harbour board said in March that every buoy was back in the water.",
        "Contacted on Thursday, a board spokeswoman said the count had been wrong.",
        "Divers counted nine empty moorings off the east reef in April.",
        "The spokeswoman said the board's only work boat had broken down in February.",
        "All the buoys would be laid by the end of the month, she said.",
    )
    assert holding(result, "count had been wrong").date == "Thursday"
    assert holding(result, "only work boat").date == "2024-03-07"  # that Thursday
    assert holding(result, "by the end of the month").date == "2024-03-07"


def test_the_spokesperson_dated_by_the_bodys_reply_just_before_speaks_then() -> None:
    result = drafted(
        "The harbour board said in March that every buoy was back in the water.",
        "The board yesterday accepted the figures. “We regret the error,” a spokeswoman said.",
        "Divers counted nine empty moorings off the east reef in April.",
        "The spokeswoman said the board's work boat had broken down in February.",
    )
    assert holding(result, "work boat").date == "2024-03-07"


def test_what_the_spokesperson_has_said_is_no_reply_on_the_day() -> None:
    # (the perfect tells of earlier words, said on no one occasion)
    result = drafted(
        "Contacted on Thursday, a board spokeswoman said the count had been wrong.",
        "The spokeswoman has said for months that every buoy was back in the water.",
    )
    assert holding(result, "for months").date.startswith("..")


def test_a_perfect_inside_what_the_spokesperson_said_is_no_earlier_occasion() -> None:
    # "had been told" is in what she said, not how she said it
    result = drafted(
        "Contacted on Thursday, a board spokeswoman said the count had been wrong.",
        "Divers counted nine empty moorings off the east reef in April.",
        "The board spokeswoman said the delays were normal and denied that staff had been "
        "told to hide them.",
    )
    assert holding(result, "delays were normal").date == "2024-03-07"


def test_the_spokesperson_named_when_told_again_speaks_by_name_on_the_same_occasion() -> None:
    # "said the spokeswoman, Lydia Ortiz" names her; "Ortiz said ..." later is the same
    # exchange, unless told in the perfect
    result = drafted(
        "On Tuesday, after the Ledger shared its findings, a department spokeswoman "
        "acknowledged that the director's statement was wrong.",
        "“The statement was based on information from our vendor,” said the spokeswoman, "
        "Lydia Ortiz.",
        "Council members said they had relied on the figures.",
        "Ortiz said 101 of the 118 cameras were now online.",
        "Ortiz has said for months that the cameras deter dumping.",
    )
    assert holding(result, "101 of the 118").date == "2024-03-05"
    assert holding(result, "for months").date.startswith("..")


def test_a_time_set_first_dates_every_clause_that_names_none() -> None:
    # Time convention: "On Tuesday, the mayor visited the plant and said it was safe": the
    # time set alone at the head of the sentence is the time of the words said after it.
    result = drafted(
        "The plant was shut after a leak on Feb. 2.",
        "On Tuesday, the mayor visited the plant and said it was safe.",
    )
    assert holding(result, "said it was safe").date == "Tuesday"
    # not one after a phrase that is more than a time
    result = drafted(
        "The plant was shut after a leak on Feb. 2.",
        "After the leak on Tuesday, the mayor visited the plant and said it was safe.",
    )
    assert holding(result, "said it was safe").date != "Tuesday"


def test_a_spokesperson_introduced_quoting_on_a_dated_event_speaks_on_its_day() -> None:
    result = drafted(
        "The council said 14 people sleep rough in the city.",
        "On Thursday, the council issued a correction. “The figure of 14 people referred to at "
        "Monday’s meeting was a point-in-time count for a defined area of the CBD and should "
        "not have been described as the number of people sleeping rough in the city,” a "
        "council spokesman said. “Council regrets the error.”",
        "The spokesman said the earlier comparison should not have been relied on.",
    )
    assert holding(result, "earlier comparison").date == "2024-03-07"


def test_a_quote_said_at_the_time_is_dated_by_the_statement_before_it() -> None:
    # Quotation convention: the occasion told in one paragraph, the quote alone in the next.
    result = drafted(
        "On 4 April 2022 the hospital's director told reporters that no patient had been "
        "turned away.",
        "“Every patient who came to us was seen, and nobody waited on a trolley,” the director "
        "said at the time.",
    )
    assert holding(result, "Every patient").date == holding(result, "turned away").date
    assert holding(result, "Every patient").date == "4 April 2022"


def test_what_was_told_after_a_time_set_first_shares_that_time() -> None:
    # Sequence convention: "In September last year, after the union raised concerns, the
    # commissioner told local media": the time set first covers both.
    result = drafted(
        "In September last year, after the Allied Nurses Association raised concerns about "
        "staffing on the ward, chief executive Dana Kerr told local media every shift was "
        "covered."
    )
    union = holding(result, "Association raised concerns")
    assert (union.lane, union.date) == ("disclosure", "In September last year")
    assert union.actor != holding(result, "every shift was covered").actor


def test_a_committee_told_again_is_the_hearing_the_story_dated() -> None:
    # Audience convention: a hearing is held by a committee; "told the committee" after
    # "told a parliamentary estimates hearing on Tuesday" is the same occasion.
    result = drafted(
        "Chief executive Graham Tully told a parliamentary estimates hearing on Tuesday the "
        "description was not accurate.",
        "Mr Tully initially told the committee the deferral had been a prudent decision.",
    )
    assert holding(result, "prudent decision").date == "Tuesday"


def test_an_account_summed_up_before_it_is_given_in_full_is_dated_by_the_telling() -> None:
    result = drafted(
        "The port authority says no such fee exists. In a statement issued on 4 March, the "
        "authority said goods were cleared free of charge at every gate."
    )
    assert holding(result, "no such fee exists").date == "4 March"


def test_mps_told_again_after_an_admission_to_their_committee_are_that_hearing() -> None:
    result = drafted(
        "The chief executive, Ana Reid, made the admission to Parliament's health and welfare "
        "select committee on Tuesday, when MPs asked about the delays.",
        "Reid told MPs all 300 files had now been reviewed.",
    )
    first = holding(result, "made the admission")
    assert holding(result, "told MPs").date == first.date == "Tuesday"
