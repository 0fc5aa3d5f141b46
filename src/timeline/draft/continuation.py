"""A quotation that runs on the statement or message before it, and the occasion it was said on."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Final, Literal

from timeline.dates import Resolution
from timeline.draft.actors import Actors, surname
from timeline.draft.admissions import ADMISSION
from timeline.draft.clauses import Clause
from timeline.draft.insiders import TOLD_NEWSROOM
from timeline.draft.messages import PRIVATE
from timeline.draft.model import DraftEvent
from timeline.draft.quotes import quote_outside_words
from timeline.draft.sentences import Sentence
from timeline.draft.words import ACCOUNT_NOUN, FIRST_ACCOUNT, PRONOUN_SAID, STATEMENT, TIME_SHIFT

__all__ = [
    "REACHED",
    "admits",
    "answered",
    "continued_quote",
    "continues",
    "first_account",
    "interviewed_before",
    "last_told",
    "named_before",
    "own_occasion",
    "said_then",
    "time_shift",
]

_PRONOUN_SPEAKER: Final = re.compile(
    r"\b(?:he|she|they|one\s+of\s+them)(?:[’']s)?\b", re.IGNORECASE
)
# (an aside on how the speaker spoke: '"...," one of them said, requesting anonymity.')
_HOW_SPOKEN: Final = re.compile(r",\s+(?:requesting|asking\s+not|speaking\s+on)\b.*$")

_WROTE: Final = re.compile(r"\b(?:wrote|writes|added|continued)\b")
_ADDED_COLON: Final = re.compile(
    r"\W*(?:He|She|They|[A-Z][\w’'-]+)\s+(?:wrote|writes|added|continued):\s*[“\"]"
)


def continues(
    s: str,
    clauses: Sequence[Clause],
    events: Sequence[DraftEvent],
    skipped: Sequence[Sentence],
    actors: Actors,
    sent: Sentence,
) -> Literal["message", "statement", "admission"] | None:
    """Whether sentence ``s`` only continues what the sentences before it told, and what.

    Quotation convention: a speaker's quote runs on over several sentences with one
    attribution; each further sentence is the same statement (or the same quoted
    document), not a new event. Paraphrase convention: news copy reports what someone
    said, then backs it with their own words in the same paragraph ('..., Name said.'):
    a quote whose attribution names the same speaker, or a pronoun, is that statement.
    ``events`` are those drafted so far and ``skipped`` the sentences that gave none.
    Returns "message" for a quotation of the private message just described (see
    :func:`_quotes_the_message`), "statement" for one that continues a statement,
    "admission" for one that concedes in the speaker's own words, else None.
    """
    witness = (
        bool(events) and events[-1].lane == "practice" and TOLD_NEWSROOM.search(events[-1].clause)
    )
    lanes = ("statement", "disclosure", "practice") if witness else ("statement", "disclosure")
    if len(clauses) != 1 or clauses[0].lane not in lanes or not events:
        return None
    # Concession convention: '"That's on me," he said.' after his account concedes in
    # his own words: the same event, which the concession makes a disclosure
    told: Literal["statement", "admission"] = (
        "admission" if clauses[0].lane == "disclosure" else "statement"
    )
    if told == "admission" and not ADMISSION.search(s):
        return None
    if _quotes_the_message(s, events[-1], skipped, sent):
        return "message"
    here = [e for e in events if e.source == f"article ¶{sent.para}"]
    before = [e for e in here if e.sentence == sent.index - 1]
    # the sentence before ran on the quote too: '"...," she said. "... more than that."'
    ran_on = not before and bool(here) and any(x.index == sent.index - 1 for x in skipped)
    before = before or (here[-1:] if ran_on else [])
    if s.lstrip()[:1] not in '“"' or not before:
        return None
    outside = _HOW_SPOKEN.sub("", " ".join(quote_outside_words(s))).split()
    said = STATEMENT.search(" ".join(outside))
    if len(outside) <= 3 and said is None:
        return told if ran_on or any(e.quote for e in before) else None
    if said is None or len(outside) > 5:
        return None
    speaker, _ = actors.actor(" ".join(outside), speaker_after_quote=False)
    pronoun = _PRONOUN_SPEAKER.search(" ".join(outside)) is not None
    names = {w.strip(",.") for w in outside if w[:1].isupper()}
    same = any(
        (
            e.lane == "statement"
            # (so do witnesses, after their account: "three technicians told the Courier ...")
            or (e.lane == "practice" and told == "statement" and TOLD_NEWSROOM.search(e.clause))
            # (an admission's speaker goes on in their own words: "I was told it passed")
            or (e.lane == "disclosure" and (told == "admission" or ADMISSION.search(e.clause)))
        )
        and e.role == "main"
        and (
            pronoun
            or (bool(speaker) and speaker == e.actor)
            or (bool(names) and all(n in e.clause for n in names))
        )
        for e in before
    )
    return told if same else None


def _quotes_the_message(
    s: str, last: DraftEvent, skipped: Sequence[Sentence], sent: Sentence
) -> bool:
    """Whether a quotation "X wrote" quotes the private message the story just described.

    Document convention: "In a Nov. 3 e-mail, Ana Ruiz urged the board to wait." then
    '"Can we hold the vote?" Ruiz wrote.' quotes that e-mail: the same event, not a new
    public statement.
    """
    # ('He added: "..."' introduces the next line of the same message)
    opens = s.lstrip()[:1] in '“"' or _ADDED_COLON.match(s) is not None
    if not opens or last.lane != "practice" or not PRIVATE.search(last.detail):
        return False
    if last.source not in (f"article ¶{sent.para}", f"article ¶{sent.para - 1}"):
        return False
    outside = " ".join(quote_outside_words(s))
    if not outside.strip():
        # '"I can't turn everyone," she wrote. "Somebody is going to get hurt."': a bare
        # quotation runs on the message the sentence before quoted
        return sent.index - 1 in {x.index for x in skipped} and last.sentence < sent.index - 1
    wrote = _WROTE.search(outside)
    name = surname(last.actor)
    return wrote is not None and (not name or name in outside or bool(PRONOUN_SAID.search(outside)))


_OPENS_QUOTE: Final = re.compile(r"^\s*[“\"]")
# "..., he said." / ", she added.": the quotation's attribution, a pronoun, at its end
_PRONOUN_SAID_LAST: Final = re.compile(r",?\s*(?:he|she)\s+(?:said|added|replied|answered)\W*$")


def admits(event: DraftEvent) -> bool:
    """Whether ``event`` is a disclosure that concedes (see ``ADMISSION``)."""
    return event.lane == "disclosure" and ADMISSION.search(event.clause) is not None


def answered(event: DraftEvent) -> bool:
    """Whether ``event`` is a party's answer told as said: a statement, an admission, or a
    step it says it has taken or will take ("said it had referred the case").

    Reply convention: a body's answer to the story is said on an occasion, like its
    claims, whatever lane its content puts it in.
    """
    if event.lane == "statement" or admits(event):
        return True
    outside = " ".join(quote_outside_words(event.clause))
    return event.lane == "disclosure" and STATEMENT.search(outside) is not None


# (a record named first with its date, then quoted by its pronoun: see continued_quote)
_RECORD_FIRST: Final = re.compile(
    r"^\W*(?:The|Its|Their|An?|That|This)\s+(?:[\w’'-]+\s+){0,3}?(?:report|letter|memo|filing"
    r"|submission|review|audit|notice|release|statement|return|minutes)\b"
)
_IT_SAID: Final = re.compile(
    r"^\W*It\s+(?:also\s+)?(?:said|says|stated|states|found|noted|concluded|reported|claimed)\b"
)


def continued_quote(
    event: DraftEvent, before: DraftEvent | None, sentences: Sequence[Sentence], stated: bool
) -> bool:
    """Whether ``event`` is a quotation said on ``before``'s occasion.

    Quotation convention: a quote that runs into a new paragraph opens it with no new
    attribution; the same speaker said it on the same occasion as the paragraph before.
    Scene convention: a quote given to "he" or "she" right after the sentence that sets
    its scene with a date ``stated`` in its words ("At the board's Sept. 27 meeting, the
    chair answered a parent's question.") was said then. Record convention: a record
    named with its date ("The original report went to the committee on Feb. 26.") and
    quoted next by its pronoun ("It said the office had closed 1,140 requests") says
    what it says on that date.
    """
    if before is None:
        return False
    sent = sentences[event.sentence]
    if (
        stated
        and before.sentence == event.sentence - 1
        and before.para == sent.para
        and _IT_SAID.match(sent.text)
        and _RECORD_FIRST.match(sentences[before.sentence].text)
    ):
        return True
    if event.lane != "statement":
        return False
    if not _OPENS_QUOTE.match(sent.text):
        return False
    outside = " ".join(quote_outside_words(sent.text))
    if before.sentence == event.sentence - 1 and before.para == sent.para:
        return stated and _PRONOUN_SAID_LAST.search(outside) is not None
    if before.lane != "statement" and not admits(before):
        return False
    first_in_para = event.sentence == 0 or sentences[event.sentence - 1].para != sent.para
    return first_in_para and not STATEMENT.search(outside) and before.para == sent.para - 1


def said_then(event: DraftEvent, before: DraftEvent, span: Resolution) -> DraftEvent:
    """``event`` dated as ``before``, on whose occasion it was said (``span``: its dates)."""
    said = f"this paragraph continues the quotation of ¶{before.para}"
    if before.para == event.para:
        said = "said on the occasion the sentence before it sets"
    note = f"Inferred: {said}, which the article dates '{before.date}'."
    return replace(event, date=span.edtf, date_note=note)


_SHIFT: Final = re.compile(rf"\b(?:{TIME_SHIFT})\b", re.IGNORECASE)


def time_shift(outside: str) -> re.Match[str] | None:
    """A word of time beside the verb of saying, or opening its clause: "later said", "said
    at the time", "At the time, ..." (not one in what was said: "said the schools have
    since been repaired")."""
    verb = STATEMENT.search(outside) or ADMISSION.search(outside)
    if verb is None:
        return _SHIFT.search(outside)
    opening = _SHIFT.match(outside.lstrip())
    if opening is not None:
        return opening  # "At the time, Peloton pushed back ..., saying ...": set first
    before = " ".join(outside[: verb.start()].split()[-3:])
    after = " ".join(outside[verb.end() :].split()[:3])
    return _SHIFT.search(f"{before} {verb.group()} {after}")


def last_told(
    events: Sequence[DraftEvent], para: int, reached: re.Pattern[str]
) -> DraftEvent | None:
    """The last event told as an answer (see :func:`answered`), or, in paragraph ``para``,
    the last telling how the newsroom ``reached`` its speaker; None when there is none."""
    return next(
        (
            e
            for e in reversed(events)
            if answered(e) or (e.para == para and reached.search(e.clause))
        ),
        None,
    )


def named_before(events: Sequence[DraftEvent], speaker: str, para: int) -> DraftEvent | None:
    """The last answer ``speaker`` gave in paragraph ``para`` or the two before it, named by
    their surname as its actor or as its speaker ("Contacted on Wednesday, the authority's
    spokesperson, Jean Bosco Ndayisenga, said"), with no answer of another named speaker
    after it; or None.

    Quotation convention: a story goes on quoting the occasion it dated for a speaker ("He
    denied ...", '"...," Ndayisenga said.') until it names another.
    """
    for e in reversed(events):
        if e.para < para - 2:
            return None  # (a story names the occasion again after two paragraphs)
        if not answered(e):
            continue
        words = " ".join(quote_outside_words(e.clause))
        spoke = rf"\b{re.escape(speaker)},?\s+(?:said|says|told|added|replied|answered|wrote)\b"
        if surname(e.actor) == speaker or re.search(spoke, words):
            return e
        if e.actor:
            return None
    return None


def interviewed_before(events: Sequence[DraftEvent], speaker: str) -> DraftEvent | None:
    """The last answer ``speaker`` gave the newsroom itself ("told the Times yesterday",
    "contacted on Monday"), however far back in the story; or None.

    Interview convention: the words a speaker gave the reporter are quoted through the
    story; each later plain "said" of theirs is from that interview.
    """
    for e in reversed(events):
        outside = " ".join(quote_outside_words(e.clause))
        told = TOLD_NEWSROOM.search(outside) or REACHED.search(outside)
        if answered(e) and surname(e.actor) == speaker and told:
            return e
    return None


# How the newsroom reached a speaker: "contacted on Monday", "interviewed", "Speaking to the
# Observer on Wednesday".
REACHED: Final = re.compile(
    r"\b(?:contacted|reached|interviewed)\b|\b(?i:speaking|talking)\s+to\s+(?:the\s+)?[A-Z]\w+"
)
_OFFICIAL_ACCOUNT: Final = re.compile(
    rf"\b(?:the|its|their|[A-Z][\w.]*[’']s)\s+official\s+(?:[a-z]+\s+)?{ACCOUNT_NOUN}\b",
    re.IGNORECASE,
)


def first_account(
    event: DraftEvent, out: Sequence[DraftEvent], spans: dict[str, Resolution]
) -> DraftEvent | None:
    """``event`` dated as the first account it names, when an earlier event dated that.

    Attribution convention: a story about how an account changed names the first one
    again and again ("initially, in a statement", "its first comment", "the initial
    statement"); each mention is the same statement, made on the one day.
    """
    if event.lane != "statement":
        return None
    words = " ".join(quote_outside_words(event.clause))
    if not (FIRST_ACCOUNT.search(words) or _OFFICIAL_ACCOUNT.search(words)):
        return None
    for e in out:
        span = spans.get(e.id)
        if span is None or span.start is None or e.lane != "statement":
            continue
        if FIRST_ACCOUNT.search(" ".join(quote_outside_words(e.clause))):
            note = f"Inferred: this names the first account, which {e.source} dates '{e.date}'."
            return replace(event, date=span.edtf, date_note=note)
    return None


# "In her letter, Fiddler said": the occasion named by its noun and the speaker's own.
_IN_OWN: Final = re.compile(
    r"^\W*(?:In|At|During)\s+(?:his|her|their|its|(?P<same>the\s+same))\s+(?P<noun>letter|e-?mail"
    r"|statement|reply|response|submission|affidavit|interview|memo|post|message|chain|thread"
    r"|exchange)\b",
    re.IGNORECASE,
)
# (a chain of messages is named again by its messages: "In the same chain, Mr Hollins asked")
_CHAIN: Final = {"chain", "thread", "exchange"}


def own_occasion(
    event: DraftEvent, events: Sequence[DraftEvent], spans: Mapping[str, Resolution]
) -> DraftEvent | None:
    """``event`` dated as the speaker's own occasion it names again ("In her letter,
    Fiddler said"), when an earlier event of that speaker told it with a date; or None.

    Occasion convention: a possessive names the one occasion of that kind the story gave
    the speaker; what is said "in her letter" (or "in the same email") was said in the
    letter told before.
    """
    named = _IN_OWN.match(event.clause)
    speaker = surname(event.actor)
    # (a message "the same" as one told before may be a deed inside: "In the same chain, ...")
    lanes = ["statement", "disclosure", *(["practice"] if named and named["same"] else [])]
    if named is None or not speaker or event.lane not in lanes:
        return None
    word = named.group("noun").lower()
    noun = re.compile(
        rf"\b(?:{'e-?mails?|messages?|letters?' if word in _CHAIN else word})\b", re.I
    )
    for e in reversed(events):
        span = spans.get(e.id)
        if surname(e.actor) == speaker and noun.search(e.clause) and span and span.start:
            note = f"Inferred: said in the {named.group('noun')} {e.source} dates '{e.date}'."
            return replace(event, date=span.edtf, date_note=note)
    return None
