"""Tests for timeline.draft.questions: a question put to a speaker, and its answer."""

from __future__ import annotations

from draft_support import drafted, holding
from timeline.draft.questions import is_question


def test_a_question_put_is_no_event_and_dates_the_answer() -> None:
    result = drafted(
        "When Director Lena Fry went before the county board in March, she was asked "
        "whether the agency had stopped testing the wells. “Every well is tested every "
        "month,” she said."
    )
    answer = holding(result, "Every well is tested")
    assert (answer.lane, answer.date) == ("statement", "in March")
    assert answer.actor == "Director Lena Fry"
    assert "question put" in answer.date_note
    # what she was asked is no fact the story established
    assert not any("stopped testing" in e.clause for e in result.events)


def test_a_question_told_by_the_speaker_is_the_speakers_statement() -> None:
    said = "The director said she was asked whether the agency had stopped testing the wells."
    assert not is_question(said)
    assert holding(drafted(said), "director said").lane == "statement"


def test_an_answer_with_its_own_date_keeps_it() -> None:
    result = drafted(
        "At the board meeting in March, the director was asked whether the wells were "
        "tested. She told reporters on Friday that “every well is tested.”"
    )
    assert holding(result, "every well is tested").date == "Friday"


def test_a_challenge_put_to_a_speaker_is_a_question_and_dates_the_reply() -> None:
    # "was challenged over the plan by ..." puts a question, as "was asked whether" does
    put = (
        "At a full council meeting on January 22, council leader Cllr Margaret Healey was "
        "challenged over the plan by the leader of the opposition group, Cllr Owen Tranter."
    )
    assert is_question(put)
    result = drafted(
        "The council said residents backed the plan.",
        put + " “Residents overwhelmingly told us they back the plan,” she replied.",
    )
    reply = holding(result, "Residents overwhelmingly")
    assert (reply.lane, reply.date) == ("statement", "January 22")
    assert [e for e in result.events if e.para == 2] == [reply]


def test_a_date_in_what_was_asked_dates_neither_question_nor_answer() -> None:
    # Question convention: "in the quarter" is what the analyst asked about; the answer
    # was given on the occasion the paragraph names. "Asked about the papers last week"
    # dates the asking.
    result = drafted(
        "On an Aug. 24 earnings call, managing director Graeme Tolhurst told analysts that "
        "production was “tracking to guidance.” Asked by an analyst whether there had been "
        "any unplanned downtime in the quarter, he said: “Nothing outside the normal "
        "maintenance cycle.”",
        "Asked about the board papers last week, the chief nurse, Dr Alun Whitcombe, said: "
        "“We should have been clearer with families. I apologise for that.”",
    )
    assert holding(result, "Nothing outside").date == "2023-08-24"
    assert holding(result, "apologise").date == "last week"


def test_a_question_met_with_a_pause_is_no_event_and_dates_the_answer_after_it() -> None:
    # Question convention: "Asked Tuesday whether ..., Tillery paused." puts the question;
    # the answer, quoted in the next paragraph, was given that day.
    result = drafted(
        "The chairman said in 2022 that roads were paved in order of need.",
        "Asked Tuesday whether the commission had always followed the list, Tillery paused.",
        '"Not every time, no. I will own that," he said.',
    )
    assert not [e for e in result.events if "paused" in e.clause]
    assert holding(result, "own that").date == "Tuesday"


def test_what_will_follow_unless_a_thing_is_done_is_no_event() -> None:
    # Condition convention: a sentence that only says what will happen if a thing is not
    # done tells no event; one that quotes someone saying so is their statement.
    result = drafted(
        "The final begins on October 9. Unless the board acts before then, the squad named in "
        "August will travel."
    )
    assert all("Unless" not in e.clause for e in result.events)
    said = drafted("If the pumps fail, the mayor said on Monday, the city will truck in water.")
    assert any("pumps fail" in e.clause for e in said.events)


def test_the_answer_to_lawmakers_question_is_the_statement_dated_by_it() -> None:
    # Question convention: those who hold the speaker to account put the question; "her
    # answer was ...:" gives the statement, on the question's occasion, in her name.
    result = drafted(
        "When Town Clerk Rosa Imbert stood before the council on Nov. 13, aldermen asked "
        "whether the voting machines had been checked. Her answer was unequivocal: “Every "
        "machine was tested in public.”",
        "Records show eight machines were checked in a back office on Nov. 5.",
        "Imbert did not respond to questions on Thursday.",
    )
    answer = holding(result, "Every machine")
    assert answer.lane == "statement"
    assert answer.date == "Nov. 13"
    assert answer.actor.endswith("Rosa Imbert")
    assert not any("aldermen asked" in e.clause for e in result.events)
