"""The tense of the clause around a date in running text: whether it tells of past or future."""

# News is written in a few tenses, each with its use. What happened is in the past tense
# ("said Tuesday", "was arrested on Jan. 3"); what is to come takes a modal or a word of
# schedules ("will vote", "would be traveling", "is set to", "is expected", "plans",
# "deadline"), the present of a timetable ("Congress reconvenes Jan. 24", "the offer
# expires Nov. 16", "takes effect") or the present progressive ("is leaving Friday"). A
# date moved by a decision is where the decision points ("extended to Nov. 20",
# "postponed until Tuesday"). This module reads those words, not a parse: the nearest
# cue before the date in its sentence decides, else the nearest one after it.

from __future__ import annotations

import functools
import re
from typing import Final, Literal

from timeline.dates.words import word_set

__all__ = ["Tense", "sentence_span", "tense"]

Tense = Literal["past", "future"]

#: Modal verbs and words of schedules: what follows them is to come.
FUTURE_WORDS: Final = word_set(
    "will wo 'll ll shall would scheduled slated planning "
    "expected expects expect due upcoming deadline expire expires effective payable "
    "postpone postponed delay delayed adjourned rescheduled "
    "await awaits awaiting soon must should might intends intend going"
)
#: Verbs in the present that news uses for what is on a timetable, in the third person
#: ("the committee reconvenes Jan. 24", "the consultation runs until July 14") and, for
#: verbs of meeting and travel, in the plural ("the two ministers meet Thursday").
SCHEDULE_VERBS: Final = word_set(
    "begins starts opens ends closes reconvenes convenes resumes meets arrives leaves "
    "departs returns travels takes goes heads faces visits runs lasts"
)
# The plural of a verb of meeting and travel is a timetable only after its subject (a name
# or a plural noun: "Lee and Park meet Monday", "the two ministers meet Thursday"), not after "to".
_PLURAL_SCHEDULE: Final = word_set("begin reconvene convene resume meet arrive depart travel visit")
_NOT_SUBJECTS: Final = word_set("is was has does this its his hers ours yours theirs always")
# What a deadline did once it was past: "with that deadline gone", "the deadline passed".
_DEADLINE_GONE: Final = word_set("gone passed expired lapsed missed came went was had")
#: Verbs and nouns of intent: a date in the infinitive after them ("agreed to buy the
#: depot in September", "an agreement to lease the hall in July", "voted to close the
#: plant in June") is when the intended act is to happen, which news reports before it does.
INTENT_WORDS: Final = word_set(
    "agreed agrees decided decides voted votes promised promises pledged pledges vowed vows "
    "planned plans intended intends hoped hopes wanted wants aims aimed prepared "
    "agreement plan decision deal pact offer bid proposal"
)
# Progressives of an activity under way ("is continuing to review bids"), not of
# something arranged for a day ("is leaving Friday").
_ONGOING: Final = word_set(
    "continuing trying seeking working considering studying reviewing investigating "
    "pursuing negotiating talking waiting looking struggling fighting suffering exploring"
)
#: Verbs and words that put a clause in the past (besides lowercase verbs in -ed).
PAST_WORDS: Final = word_set(
    "said says told was were had did ago earlier yesterday began met made took came went "
    "saw gave won lost left fell rose got held sent found became ruled announced bought sold "
    "thought brought caught spent built kept felt led met fled struck wrote spoke chose "
    "broke stood knew grew threw flew drew showed heard paid sat ran laid drove rode ate swore "
    "wore tore shook hung dug stuck sank fought sought taught meant dealt lent slept shot "
    "forgot forgave understood withdrew overtook undertook"
)
# Verbs whose past is their base form: after a singular subject ("The board put recruitment
# on hold", "it cut the grant") the base form is the past (the present would be "puts").
_SAME_PAST: Final = word_set("put cut let hit shut cost quit spread")
_NOT_SINGULAR: Final = word_set(
    "to will would can could must should may might did do does not never they we you i "
    "and or also still"
)
# A record tells what was done, in the present ("Minutes of a closed session on April 3
# record the officer reporting"); not the noun ("holders of record Nov. 15", "on record").
_RECORD_VERBS: Final = word_set("record records reveal reveals")
_RECORD_NOUN_AFTER: Final = word_set("of on for new all-time world")
# Words in -ed that are not past verbs.
_NOT_PAST: Final = word_set(
    "succeed proceed exceed need indeed feed speed breed bleed seed heed embed shed hundred "
    "kindred sacred naked wicked rugged ragged crooked beloved"
)
# Determiners: a word after one is a noun ("the plan", "a meeting"), not a verb.
_DETERMINERS: Final = word_set("the a an his her its their our your this that these those")
# Words after a verb: an -ed word before anything else is an adjective ("preferred shares").
_AFTER_VERB: Final = word_set(
    "the a an to on in at by for from with that this his her its their it he she they him "
    "them us up down out off over into about as after before and but last earlier yesterday "
    "two three four five six seven eight nine ten"
)
# After these, a verb in -ed is a participle, not a past tense ("must be returned").
_PARTICIPLE_AFTER: Final = word_set("be been being is are am the a an to")
_FINITE: Final = word_set("said says told was were had did ago earlier yesterday")
_PRESENT_BE: Final = word_set("is are am 're 's")
_SENTENCE_END: Final = re.compile(r"[.!?][\"”’')\]]{0,3}\s|\n\s*\n|[\"“”]|''|``|--|;")
# A period after these is an abbreviation, not the end of a sentence: "Dec.", "Mr.", "U.S.".
_ABBREVIATION: Final = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Za-z](?:\.[A-Za-z])*)$")
_WORD: Final = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|[0-9]+")
_LOOK: Final = 120  # characters read on either side of the date
_BEFORE: Final = 12  # words
_AFTER: Final = 20  # words


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins, at most ``_LOOK`` characters back."""
    lo = max(0, start - _LOOK)
    cut = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        if text[m.start()] == "." and _ABBREVIATION.search(text, max(0, m.start() - 6), m.start()):
            continue
        cut = m.end()
    return cut


def _sentence_end(text: str, end: int) -> int:
    """Where the sentence holding ``end`` ends, at most ``_LOOK`` characters on."""
    hi = min(len(text), end + _LOOK)
    for m in _SENTENCE_END.finditer(text, end, hi):
        if text[m.start()] == "." and _ABBREVIATION.search(text, max(0, m.start() - 6), m.start()):
            continue
        return m.start()
    return hi


def _cue(words: list[str], i: int, after_date: bool) -> Tense | None:
    """The tense word ``words[i]`` gives, reading ``words`` in text order.

    ``after_date`` says whether ``words`` follow the date (else they lead up to it, and
    the date comes after the last of them).
    """
    word = words[i]
    low = word.lower()
    before = words[i - 1].lower() if i > 0 else ""
    nxt = words[i + 1].lower() if i + 1 < len(words) else ("" if after_date else "<date>")
    if low == "to" and before in INTENT_WORDS and not after_date and nxt.isalpha():
        return "future"  # "agreed to buy ... in February": the act intended
    if before in _DETERMINERS and low != "deadline":
        return None  # "the plan", "a meeting": nouns
    if low == "set":  # "is set to", "set for Friday"; not "set Friday as the deadline"
        return "future" if nxt in ("to", "for") else None
    if low in ("plan", "plans"):  # "plans to"; not "vacation plans for"
        return "future" if nxt == "to" else None
    if low == "planned":
        # "is planned for May", "planned to leave", "planned a march": a plan told in
        # news is of something still to come; "the government planned the raid" is past
        ahead = before in _PARTICIPLE_AFTER or nxt in ("for", "to", "a", "an")
        return "future" if ahead and not after_date else "past"
    if low == "may" and word[0].isupper():
        return None
    if low == "deadline" and nxt in _DEADLINE_GONE:
        return None  # "with that deadline gone", "the deadline passed": no time to come
    if low in FUTURE_WORDS or low.endswith("'ll"):
        return "future"
    if low in _PRESENT_BE and nxt.endswith("ing") and len(nxt) > 4 and nxt not in _ONGOING:
        return "future"  # "is leaving Friday"
    if low in SCHEDULE_VERBS:
        return "future"
    if low in _PLURAL_SCHEDULE and i > 0 and (words[i - 1][0].isupper() or _plural_noun(before)):
        return "future"  # "the two ministers meet Thursday"
    if low in PAST_WORDS:
        return None if before in _PARTICIPLE_AFTER and low not in _FINITE else "past"
    # "The board put recruitment on hold on 21 February" (a subject that may be plural,
    # "councils put", tells no tense)
    if (
        low in _SAME_PAST
        and before.isalpha()
        and before not in _NOT_SINGULAR
        and (before == "it" or not before.endswith("s") or words[i - 1][0].isupper())
    ):
        return "past"
    if low in _RECORD_VERBS and before not in _RECORD_NOUN_AFTER:
        return "past"
    if word[0].islower() and low.endswith("ed") and len(low) > 4 and low not in _NOT_PAST:
        if before == "be" and i > 1 and words[i - 2].lower() == "to":
            return "future"  # "the rules to be adopted in early April": still to come
        if before in _PARTICIPLE_AFTER:
            return None  # "must be returned": a participle
        verb = nxt in _AFTER_VERB or nxt in ("", "<date>") or nxt[:1].isdigit()
        verb = verb or (nxt.endswith("ing") and len(nxt) > 4)  # "stopped sharing"
        return "past" if verb else None
    return None


def _plural_noun(word: str) -> bool:
    """Whether a lowercase word may be a plural noun, the subject of a plural verb."""
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith("ss")
        and (word not in _NOT_SUBJECTS)
    )


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end of the sentence around ``text[start:end]`` (at most ``_LOOK``
    characters on either side), as :func:`tense` reads it."""
    return _sentence_start(text, start), _sentence_end(text, end)


def tense(text: str, start: int, end: int) -> Tense | None:
    """Whether the clause around the date at ``text[start:end]`` tells of past or future.

    The nearest cue before the date in its sentence decides; with none, the nearest one
    after it. None when no word gives the tense.

    Examples
    --------
    >>> text = "The council will vote on the plan on Jan. 14."
    >>> tense(text, text.index("Jan."), text.index("Jan.") + 7)
    'future'
    >>> text = "The committee reconvenes Jan. 14 to hear the bill."
    >>> tense(text, text.index("Jan."), text.index("Jan.") + 7)
    'future'
    >>> text = "On Jan. 14, the council voted on the plan."
    >>> tense(text, text.index("Jan."), text.index("Jan.") + 7)
    'past'
    """
    lo = _sentence_start(text, start)
    hi = _sentence_end(text, end)
    return _tense_of(text[lo:start], text[end:hi])


@functools.lru_cache(maxsize=4096)
def _tense_of(before_text: str, after_text: str) -> Tense | None:
    """The tense the words before and after a date in its sentence give."""
    # One word more than is read, so that the first word read is seen with the word before
    # it ("be paid": a participle, not the past).
    before = _WORD.findall(before_text)[-_BEFORE - 1 :]
    for i in range(len(before) - 1, max(-1, len(before) - 1 - _BEFORE), -1):
        got = _cue(before, i, after_date=False)
        if got is not None:
            return got
    after = _WORD.findall(after_text)[:_AFTER]
    for i in range(len(after)):
        got = _cue(after, i, after_date=True)
        if got is not None:
            return got
    return None
