"""A private exchange quoted line by line: a reply to a private message is private too."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from timeline.draft.messages import ANONYMOUS_SPEAKER, PRIVATE, PUBLIC, REPLY, SOON_AFTER
from timeline.draft.model import DraftEvent
from timeline.draft.quotes import quote_outside_words

__all__ = ["private_reply"]

# What a disclosure of messages names: "Emails obtained by the Echo show ...".
_MESSAGES: Final = re.compile(r"\b(?:e-?mails?|memos?|(?:text\s+)?messages|letters)\b", re.I)
_MESSAGES_SHOW: Final = re.compile(rf"{_MESSAGES.pattern}\s+(?:also\s+)?show(?:s|ed)?\b", re.I)
# '"...," the engineer wrote on Aug. 21': a line of the messages the story has just shown.
_WROTE: Final = re.compile(r"\b(?:wrote|writes)\b")
# "The manager forwarded the result to the director": a document passed on inside, the
# message the next lines quote.
_PASSED_ON: Final = re.compile(r"\b(?:forwarded|e-?mailed|texted|messaged)\b", re.I)
# "The released papers include an exchange between a senior officer and the leader": the
# records name a private exchange, whose lines the next sentences quote.
_EXCHANGE: Final = re.compile(
    r"\b(?:e-?mail\s+|text\s+|message\s+)?exchanges?\s+(?:between|with)\b", re.I
)


def private_reply(
    events: Sequence[DraftEvent],
    last_private: str | None,
    para: int,
    event: DraftEvent,
    *,
    undated: bool,
) -> DraftEvent | None:
    """``event`` as a line of the private exchange before it, or None when it is not one.

    Behind-the-scenes convention: when a story quotes an email and then "X responded
    ...", the response belongs to the same private exchange (a practice, not a public
    statement). Exchange convention: a story that quotes a private exchange line by line
    ("one employee says", "another responds") is still quoting the exchange. Sequence
    convention: "30 minutes later" counts from the message before, so an ``undated``
    reply takes its date.

    ``events`` are those drafted so far, ``last_private`` the id of the last line drafted
    as part of an exchange, and ``para`` the paragraph of ``event``.
    """
    last = _private_before(events, last_private, para)
    outside = " ".join(quote_outside_words(event.clause))
    # 'X answered: "Agree."' has no verb of saying, but it is a line of the exchange; so is
    # "Wirth answered the same afternoon.", whose words the next sentence quotes
    answer = (
        event.lane == "context"
        and REPLY.search(outside)
        and (outside != event.clause or len(event.clause.split()) <= 8)
    )
    if (
        last is None
        or (event.lane != "statement" and not answer)
        or event.role != "main"
        or not (
            REPLY.search(outside) or ANONYMOUS_SPEAKER.search(outside) or _WROTE.search(outside)
        )
        or PUBLIC.search(outside)
    ):
        return None
    lane_only = replace(event, lane="practice")
    if undated and _EXCHANGE.search(last.clause) and not last.date.startswith(".."):
        # a line of the exchange the records date ("an exchange ... in December 2014")
        note = f"Inferred: a line of the exchange the article dates '{last.date}'."
        return replace(lane_only, date=last.date, date_note=note)
    later = SOON_AFTER.search(event.clause)
    if not undated or later is None or last.date.startswith(".."):
        return lane_only
    note = f"The article says '{later.group()}', after the message dated {last.date}."
    return replace(lane_only, date=last.date, date_note=note)


def _private_before(
    events: Sequence[DraftEvent], last_private: str | None, para: int
) -> DraftEvent | None:
    """The line of a private exchange just before paragraph ``para``'s event, if any.

    That is the last event drafted, when it is a private message or a line drafted as
    one; or the message a disclosure of e-mails has just shown ("Emails show that an
    engineer told the director ...").
    """
    last = events[-1] if events else None
    # a message, then its words quoted in a paragraph of their own, then the reply
    if last is None or last.para < para - (2 if last.id == last_private else 1):
        return None
    if last.id == last_private or (
        (PRIVATE.search(last.clause) or _PASSED_ON.search(last.clause))
        and (last.lane == "practice" or ANONYMOUS_SPEAKER.search(last.clause))
    ):
        return last
    if _EXCHANGE.search(last.clause):
        return last
    # (or what e-mails were just shown to tell: "Emails show a team leader had raised the issue")
    if last.role == "evidenced" and last.lane == "practice" and _MESSAGES_SHOW.search(last.detail):
        return last
    shown = [e for e in events[-3:-1] if e.para == last.para and e.lane == "practice"]
    if last.role == "report" and _MESSAGES.search(last.clause) and shown:
        return shown[-1]
    return None
