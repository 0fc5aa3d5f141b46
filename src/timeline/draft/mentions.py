"""Mentions of people, roles and bodies in a text, and those that only qualify another."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from timeline.draft.messages import BODY_THEN_JOB
from timeline.draft.naming import (
    JOB_BETWEEN_NAMES,
    OFFICE_INITIALS,
    PERSON_NOUN,
    PREPOSITION,
    QUALIFIES_PERSON,
    job_words,
)
from timeline.draft.quotes import quote_spans
from timeline.draft.words import STATEMENT

__all__ = [
    "FULL_NAME",
    "JOB_QUALIFIER",
    "JOINED_VERB",
    "PRONOUN_SUBJECT",
    "SPEAKER_LAST",
    "Mention",
    "holder_set_off",
    "kept",
    "named_alone",
    "qualifies_next",
    "ungoverned",
    "works_for",
]


# Attribution convention, set last: "Not a single rider had been denied a trip, Deborah
# Kessler told directors on Sept. 26." names the speaker after what was said.
SPEAKER_LAST: Final = re.compile(
    r",\s+(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})\s+(?:said|says|told\s+(?:[\w’'-]+\s+){1,3}?)"
    r"(?:(?:on|in|at|last)\s+[^,;“”\"]{1,30}?)?\W*$"
)
FULL_NAME: Final = re.compile(r"[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z’'-]+")


@dataclass(frozen=True, slots=True)
class Mention:
    """A name, role or organisation found in a text, with its offsets and kind."""

    start: int
    end: int
    text: str
    kind: str  # person, surname, org, acronym, role, department, short, company, president


# Between a job and its name set off: the rest of the job, a qualifier in brackets, a comma.
JOB_QUALIFIER: Final = r"(?:\s+\([^()]{1,40}\))?"
PRONOUN_SUBJECT: Final = re.compile(  # ("In a statement Tuesday, he called", "Her answer was")
    r"^[^,;]{0,60},\s+(?:he|she)\s+[a-z]+(?:ed|s)\b|^\W*(?:Her|His)\s+(?:answer|reply|response)\b"
)
_SEAT: Final = re.compile(r"(?:MPP?|MLA|MSP|TD|MNA|MK|Sen\.?|Rep\.?|Senator|Councill?or|Cllr)\s")
_JOB_WORD: Final = re.compile(rf"\b(?:{PERSON_NOUN})\b", re.IGNORECASE)
_NAME_NEXT: Final = re.compile(r"\s+(?:[A-Z][\w’'-]+\s+){0,2}")
# "The Minister of State for Health, Dr. Ahmed Bello": the post's body, then the name
_OF_BODY: Final = re.compile(
    r"\s+(?:of|for)\s+(?:(?:the|of|for|and|[A-Z][\w’'.-]*)\s+){0,6}?\S+,\s+"
)
_POSSESSIVE: Final = re.compile(r"(?:[’']s)?\s+")
# AP style: a person's age, then where they live ("Denise Whitfield, 41, of Omaha")
_HOMETOWN: Final = re.compile(r"[A-Za-z’'.-],\s+\d{1,3},\s+of\s+(?:the\s+)?$")
# What goes between a person and a clause whose subject they are: "Mr Winterkorn, who
# resigned", "Tran called it troubling and said", past an age and a hometown ("Denise
# Whitfield, 41, of Omaha, who alleges")
JOINED_VERB: Final = re.compile(
    r"[\s,]*(?:\d{1,3},\s+of\s+[^,;]{1,40},\s*)?(?:[a-z]+ed\s+(?:and|or)\s+)?"
)
# A thing named after a person: "the Clery Act", "the Pulitzer Prize" (not the person).
_NAMED_FOR: Final = re.compile(
    r"(?:[’']s)?\s+(?:Act|Law|Bill|Amendment|Rule|Prize|Award|Medal|Lecture|Scholarship"
    r"|Fund|Trophy|Cup)\b"
)


def qualifies_next(text: str, mention: Mention, after: list[Mention]) -> bool:
    """Whether a body's name, or a person's, only qualifies the person named right after
    it ("Instagram boss Adam Mosseri", "Christie deputy chief of staff Bridget Kelly"), or
    a person's names a thing called after them ("the Clery Act"); so does a hometown set
    after a person's age ("Denise Whitfield, 41, of Omaha, who alleges")."""
    if mention.kind in ("person", "surname") and _NAMED_FOR.match(text, mention.end):
        return True
    if mention.kind not in ("person", "surname") and _HOMETOWN.search(text, 0, mention.start):
        return True
    if not after:
        return False
    if mention.kind == "role" and any(m.kind == "person" and m.start < mention.end for m in after):
        return False  # "Authority spokeswoman Lena Ortiz": the person takes the job's place
    if mention.kind in ("surname", "role"):
        nxt = next((m for m in after if m.start >= mention.end and m.kind != "role"), None)
        between = text[mention.end : nxt.start] if nxt is not None else ""
        rx = JOB_BETWEEN_NAMES if mention.kind == "surname" else _NAME_NEXT
        return (
            nxt is not None
            and nxt.kind in ("person", "surname")
            and (
                rx.fullmatch(between) is not None
                or (mention.kind == "role" and _OF_BODY.fullmatch(between) is not None)
            )
        )
    if mention.kind in ("org", "acronym"):
        # "Department of Natural Resources spokeswoman Susanne Medley": the body
        # qualifies the person its job word introduces.
        nxt = next((m for m in after if m.start >= mention.end), None)
        between = text[mention.end : nxt.start] if nxt is not None else ""
        return (
            nxt is not None
            and nxt.kind in ("person", "surname")
            and JOB_BETWEEN_NAMES.fullmatch(between) is not None
            and _JOB_WORD.search(between + nxt.text) is not None
        )
    if mention.kind != "name":
        return False
    nxt = next((m for m in after if m.start >= mention.end), None)
    if nxt is None:
        return False
    between = text[mention.end : nxt.start]
    if _POSSESSIVE.fullmatch(between) and mention.text.endswith(("'s", "’s")):
        return True  # "Chicago's WBBM-TV": the place qualifies the body named next
    if nxt.kind not in ("person", "surname"):
        return False
    return QUALIFIES_PERSON.fullmatch(between) is not None and not STATEMENT.search(between)


def works_for(text: str, mention: Mention, person: Mention) -> bool:
    """Whether a body named right before a person is where they work: "Railway General
    Manager W.A. Jayasundara", "the Nursing Federation Ballarat organiser Kerrie Dwyer"."""
    between = text[mention.end : person.start]
    job = re.match(r"(?:[a-z][\w-]*\s+)+", person.text)  # (a job the mention opens with)
    if job is not None and not between.strip():
        return True  # "Plainsview president Trent Haugen"
    if not between.strip() and mention.kind == "acronym" and _SEAT.match(person.text):
        return True  # "NDP MP Sandra Vieira": the party whose member holds the seat
    between += job.group() if job is not None else ""
    return job_words(between) or (
        mention.kind == "org" and BODY_THEN_JOB.fullmatch(between) is not None
    )


def named_alone(text: str, mentions: list[Mention], name: Callable[[Mention], str]) -> str | None:
    """The one person ``text`` names outside its quotations (each written out by ``name``),
    or None where it names none or several.

    Pronoun convention: a sentence that names one person without making them its speaker
    ("For Vincent Okoth, the discovery in May threatened his candidacy.") sets up the "he"
    or "she" of the quotation that follows ('"I nearly lost my seat," he said.').
    """
    quotes = quote_spans(text)
    named = {
        name(m)
        for m in mentions
        if m.kind in ("person", "surname") and not any(a <= m.start < b for a, b in quotes)
    }
    return named.pop() if len(named) == 1 else None


_JOINED: Final = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?")


def ungoverned(text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """The mentions no preposition governs, which may be a clause's subject; one joined by
    "and" to a governed one is governed too ("admitted to the Divisional Hospital and the
    Teaching Hospital")."""
    out: list[Mention] = []
    governed: Mention | None = None
    for m in mentions:
        joined = governed is not None and _JOINED.fullmatch(text, governed.end, m.start)
        if joined or PREPOSITION.search(text[max(offset, m.start - 20) : m.start]):
            governed = m
        else:
            out.append(m)
    return out


_JOB_OF: Final = re.compile(r"\W*(?:A|An|The|One)\s+(?:[a-z][\w-]*\s+){1,3}(?:of|at|for|with)\s")
_BODY_JOB: Final = re.compile(
    r"\s+(?:(?:[A-Z][\w-]*|and|&)\s+){0,6}?(?i:Officer|Spokes(?:man|woman|person)|Director|Manager"
    r"|Secretary|Chairman|Chairperson|Commissioner|Coordinator|Commander)(?:\s+(?:in|of|for|at)\s+the\s+\w+)?,\s+"
)


# An office named in full, its initials defined ("Chief Administrative Officer (CAO)")
_OFFICE: Final = re.compile(
    r"\b(?:Officer|Executive|Secretary|Director|Commissioner|Manager|Clerk|Inspector|Registrar"
    r"|Superintendent|Chairman|Chairperson|Coordinator|Controller|Auditor|General|Minister)$"
    # (or an office known by its initials alone: "the current Health CEC, Dr Beatrice Nyaboga,")
    rf"|^(?:{OFFICE_INITIALS}|MP)$"
)


_OFFICE_OF: Final = re.compile(r"\s+(?:of|for)\s+[^,;“”\"]{1,60},\s+")
_ITS_POST: Final = re.compile(
    r"(?:[’']s)?\s+(?:then\s+|former\s+|acting\s+|interim\s+|new\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"(?:head|chief|director|manager|officer|executive|secretary|chair(?:man|woman|person)?)"
    r"(?:\s+(?:of|for|at)\s+[^,;“”\"]{1,60})?,\s+"
)


def holder_set_off(text: str, job: Mention, nxt: Mention, name: str) -> bool:
    """Whether ``nxt`` is the person holding ``job`` (named ``name``), set off after it.

    AP style: "The city's police chief, Maria Gomez, said": the job, then the name set off
    by commas (a body between: "the Secretary at the Ministry, Mr. Ebrima"; the rest of a
    capitalised job: "The Press Officer, SP Bello,", "the District Social Welfare and
    Community Development Officer, Mr Asiedu,"; a body's initials and its job: "the DHMT
    coordinator, Dr Kefilwe Mosweu,"; or an office by its initials: "The DCE, Hon. Nana
    Bediako,").
    """
    between = text[job.end : nxt.start]
    set_off = (
        (re.fullmatch(r",\s+(?:M[rs]s?\.?\s+)?", between) and _JOB_OF.match(text))
        or _BODY_JOB.fullmatch(between)
        or (job.kind == "acronym" and _OFFICE.search(name) is not None and between == ", ")
        # (an office with what it is of: "the Deputy Minister of State in the Prime
        # Minister's Office, Mr Emmanuel Kisamo,")
        or (_OFFICE.search(job.text) is not None and _OFFICE_OF.fullmatch(between) is not None)
        # (a body's post in lower case: "the HSE's then head of older persons' services in
        # the Mid-West, Mr Ger Hannon,")
        or (job.kind in ("acronym", "org") and _ITS_POST.fullmatch(between) is not None)
    )
    return (
        bool(set_off) and nxt.kind in ("person", "surname") and text[nxt.end : nxt.end + 1] == ","
    )


_OWNS: Final = re.compile(r"[’']s\s")
# "Park's chief of staff, Tom Reyes,": a possessive, a job of one to four words, the name.
_OWNED_JOB: Final = re.compile(
    rf"(?:[’']s)?(?:\s+\w[\w-]*){{1,4}}{JOB_QUALIFIER},\s+(?:[A-Z][\w.’'-]*\s+){{0,2}}"
)


def kept(text: str, found: list[Mention]) -> list[Mention]:
    """The mentions that name someone in their own right, of ``found`` in ``text``."""
    out: list[Mention] = []
    for k, mention in enumerate(found):
        after = found[k + 1] if k + 1 < len(found) else None
        if (
            after is not None
            and mention.kind not in ("person", "surname", "role")
            and after.kind in ("person", "surname")
            and works_for(text, mention, after)
        ):
            continue  # "Railway General Manager W.A. Jayasundara": the body is his
        owner = _OWNS.match(text, mention.end) or mention.text.endswith(("’s", "'s"))
        if owner and any(
            (mention.kind == "department" and 0 <= m.start - mention.end <= 4)
            or (
                m.kind in ("person", "surname")
                and _OWNED_JOB.fullmatch(text[mention.end : m.start]) is not None
            )
            for m in found[k + 1 :]
        ):
            # "the utility's chief engineer, Omar Haddad": the body qualifies the person's job
            continue
        if out and mention.start < out[-1].end:
            if mention.kind == "person" and out[-1].kind == "role":
                # AP style: "Authority spokeswoman Lena Ortiz" is the person who follows
                out[-1] = mention
            continue
        out.append(mention)
    return out
