"""A question put to a speaker, or a condition not yet met: no event of its own."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Final

from timeline.dates import Found
from timeline.draft.cells import date_column, undated
from timeline.draft.model import DraftEvent
from timeline.draft.sentences import Sentence
from timeline.draft.words import STATEMENT

__all__ = ["answers_dated", "is_condition", "is_question"]

# Question convention: "he was asked point-blank whether the department had been taking
# engines out of service" tells what a speaker was asked, not what happened: its words
# are no fact and no claim. The answer, told next, is the event.
_PUT: Final = re.compile(
    # ("was challenged over the plan by the opposition leader", "was pressed on the figures")
    r"\b(?:was|were)\s+(?:[\w-]+\s+)?(?:asked|challenged|pressed|questioned|quizzed|grilled)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:whether|if|why|how|what|when|who|about|over|on)\b"
    # (or put by those who hold the speaker to account: "aldermen asked whether the
    # machines had been checked.")
    r"|\b(?:aldermen|alderpersons|council(?:l)?ors|lawmakers|legislators|senators|MPs|MPPs|MLAs"
    r"|TDs|MSPs|committee\s+members)\s+(?:had\s+)?asked\s+(?:(?:her|him|them)\s+)?(?:whether"
    r"|if|why|how)\b",
    re.IGNORECASE,
)
_QUOTE_MARK: Final = re.compile(r"[“”\"]")
# ... and one whose answer waits for the next paragraph: "Asked Tuesday whether the
# commission had always followed the list, Tillery paused."
_ASKED_PAUSED: Final = re.compile(
    r"^\W*Asked\b[^.;“”\"]{3,200}?,\s+(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+\s+(?:paused"
    r"|hesitated|smiled|laughed|sighed|shrugged|grimaced|was\s+silent)\b[^.;“”\"]{0,40}\W*$"
)


def is_question(text: str) -> bool:
    """Whether a sentence only puts a question to a speaker (no answer, no quotation).

    >>> is_question("At the hearing in March, he was asked whether engines were closed.")
    True
    >>> is_question("The chief said he was asked whether engines were closed.")
    False
    """
    if _ASKED_PAUSED.match(text):
        return True
    put = _PUT.search(text)
    return (
        put is not None
        and _QUOTE_MARK.search(text) is None
        and STATEMENT.search(text, 0, put.start()) is None
    )


# Condition convention: "Unless the matter is taken up before then, the team will travel"
# tells what will happen if a thing does not: no event yet, unless someone is quoted saying so.
_UNLESS: Final = re.compile(
    r"^\W*(?:Unless|If)\b[^.;“”\"]{1,160},\s+[^.;“”\"]*?\b(?:will|would|could|may|might)\b[^“”\"]*$"
)


def is_condition(text: str) -> bool:
    """Whether a sentence only tells what will follow if a condition is (not) met.

    >>> is_condition("Unless the board acts by May, the team named in March will travel.")
    True
    >>> is_condition("If the pumps fail, the mayor said, the city will truck in water.")
    False
    """
    return _UNLESS.match(text) is not None and STATEMENT.search(text) is None


def answers_dated(
    events: Sequence[DraftEvent],
    sentences: Sequence[Sentence],
    found_by_para: Mapping[int, Sequence[Found]],
    pub: datetime.date,
) -> list[DraftEvent]:
    """The events, each undated answer dated by the question put just before it.

    Occasion convention: "When the chief went before the finance committee in March, he
    was asked whether ... 'Not one engine,' he said." The question names the occasion of
    the answer, so the answer (the next statement of the paragraph) takes the question's
    date, with a ``date_note`` saying so.
    """
    out = list(events)
    bound = undated(pub)
    for q in sentences:
        if not is_question(q.text):
            continue
        when = [f for f in found_by_para.get(q.para, ()) if q.start <= f.start and f.end <= q.end]
        k = next(
            # (the answer may open the next paragraph: "... Tillery paused. ¶ 'Not every
            # time, no,' he said.")
            (
                k
                for k, e in enumerate(out)
                if q.para <= e.para <= q.para + 1 and e.sentence > q.index
            ),
            None,
        )
        # (the answer may concede: "Not every time, no. I'll own that," he said.)
        answer = out[k].lane in ("statement", "disclosure") if k is not None else False
        if not when or k is None or not answer or out[k].date != bound:
            continue
        note = f"Inferred: the question put just before it names the occasion, '{when[0].text}'."
        out[k] = replace(out[k], date=date_column(when[0], pub), date_note=note)
    return out
