"""Members of the public in their dealings with a body: the service-encounter anecdote."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from timeline.draft.naming import AGED_PERSON, KIN_NOUN, PUBLIC_TIE, TITLE, UPPER
from timeline.draft.words import STATEMENT

if TYPE_CHECKING:
    from timeline.draft.actors import Actors

__all__ = ["TOLD_ENCOUNTER", "encounter", "member_of_public"]

_TITLED: Final = re.compile(rf"^{TITLE}\s")
# A courtesy title alone is no office: British copy names a parent "Mrs Carmen Pizzarello".
_COURTESY: Final = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx)\.?\s")
# A post a body gives: "a council spokesman", "a county official".
_POST: Final = (
    r"spokes\w*|officials?|officers?|directors?|managers?|ministers?|commissioners?"
    r"|secretary|chief|head|council\w*|members?|supervisors?|employees?|staff|workers?"
    r"|inspectors?|engineers?|lawyers?|attorneys?|executives?|president|chair\w*"
)
# Told what to do at the counter is the dealings, no statement: "applied on 6 May and was
# told to come back in six weeks".
_TOLD_TO: Final = re.compile(r"\b(?:was|were)\s+told\s+to\b")
# A member of the public named after a lowercase word for their tie to the service: "Armadale
# tenant Leanne Pitt", "commuter Ana Ruiz".
_PUBLIC_NOUN: Final = re.compile(rf"^(?:[A-Z][\w’'-]+\s+)?(?:{KIN_NOUN}|{PUBLIC_TIE})\s+")
# ... or after it, set off: "Martin Osei, a taxi driver from Hollins,", "Joe Vella, who runs a
# bakery in Qormi," (one running their own business or home holds no office)
_PUBLIC_APPOSITIVE: Final = re.compile(
    rf"^,\s+(?:\d{{1,3}},\s+)?(?:an?\s+(?:[\w’'-]+\s+){{0,4}}?(?:{KIN_NOUN}|{PUBLIC_TIE})\b"
    r"|who\s+(?:runs|ran|owns|owned|lives|lived|(?:has|had)\s+(?:lived|run|owned)|rents"
    r"|farms)\b"
    # ... or by where she lives: "said Mrs Carmen Pizzarello, from Laguna Estate."
    rf"|from\s+(?:[{UPPER}][\w’'-]+\s+){{0,2}}[{UPPER}][\w’'-]+(?:,|\W*$))"
)
# Service-encounter convention: an accountability story opens, or breaks its figures, with
# one member of the public in their dealings with the body it tests ("Denise Harlow called
# the city about the dark streetlight on Jan. 6", "Whitcomb called 911 at 11:52 p.m.",
# "Mabry was booked on a Saturday night", "Kelly reported a leaking roof last November",
# "Pruszynski checked the website on Jan. 19"): how the body served them is the practice
# the story tests, told through them, by the reporter or by them (TOLD_ENCOUNTER). What
# befell them otherwise (a crash, a death) is the story's occasion, and what they think of
# it their statement: neither is an encounter.
_ENCOUNTER: Final = re.compile(
    r"(?:(?:had\s+)?(?:first\s+|then\s+|again\s+|also\s+)?"
    r"(?:called|phoned|rang)\s+(?:\d{3}\b|police\b|(?:the\s+|her\s+|his\s+|their\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?:city|council|county|police|line|number|hotline|helpline|office"
    r"|department|agency|company|hospital|clinic|school|landlord|utility|authority|service"
    r"|desk|surgery|insurer|bank|board|trust|firm)\b)"
    r"|(?:had\s+)?(?:first\s+|then\s+|again\s+|also\s+)?(?:reported|complained|applied|appealed"
    # a service met online: "pressed the cancel button in the app", "tried to cancel"
    r"|pressed|clicked|tapped|tried\s+to"
    r"|requested|checked|visited|booked|went\s+to|came\s+home|turned\s+up|arrived|queued"
    r"|waited|asked\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:city|council|county|district|school"
    r"|company|hospital|agency|department|office|landlord|authority)\b)"
    r"|(?:was|were)\s+(?:booked|referred|admitted|waiting|standing|at|on\s+the\s+platform)\b"
    # what the body did to them at the counter or the roadside: "was clocked at 38 mph",
    # "was told to come back in six weeks", "paid Tk 1,650 for a cylinder"
    r"|(?:was|were)\s+(?:\w+ly\s+)?(?:clocked|ticketed|fined|billed|overcharged|charged|assessed"
    r"|refused|denied|turned\s+away|sent\s+home|cut\s+off|told\s+to)\b|paid\b"
    r"|(?:has|had)\s+(?:delivered|driven|worked|ridden|lived|rented)\s+for\b)",
)
# The same dealings in their own telling: "Tane said she rang the hospital every week",
# "said he found out his file had been closed only when", "said her son came home hungry".
TOLD_ENCOUNTER: Final = re.compile(
    r"\b(?:said|says|told\s+\S+(?:\s+\S+)?)\s+(?:that\s+)?(?:she|he|they|her\s+\w+|his\s+\w+"
    r"|their\s+\w+)\s+(?:had\s+)?(?:never\s+|first\s+|then\s+|again\s+|repeatedly\s+)?"
    r"(?:rang|called|phoned|complained|reported|waited|emailed|wrote\s+to|asked|applied|rode|drove"
    # (or left, checked, measured or paid for what was owed them: "said she had measured the
    # level in her tank", "said she left her polling place without voting")
    r"|walked|queued|went\s+back|came\s+home|found\s+out|never\s+(?:got|received|heard)|left"
    r"|checked|measured|tested|paid|visited|arrived|turned\s+up)\b",
    re.IGNORECASE,
)
# The name that opens the clause, its age or a relative clause set off after it: "Kath
# Sutcliffe, 58, rang", "Marion Kelly, 74, who lives on the estate, reported".
_SUBJECT: Final = re.compile(
    # (after the tie that introduces the name: "Armadale tenant Leanne Pitt reported")
    rf"\W*(?:(?:[{UPPER}][\w’'-]+\s+)?(?:{KIN_NOUN}|{PUBLIC_TIE})\s+)?"
    rf"(?:[{UPPER}][\w’'-]+\s+)*?(?P<surname>[{UPPER}][\w’'-]+)"
    r"(?:,\s+\d{1,3},)?(?:,?\s+(?:who|whose)\s+(?:[^,;“”\"]|,(?=\d)){1,100},)?"
    rf"(?:,\s+from\s+(?:[{UPPER}][\w’'-]+\s+){{0,2}}[{UPPER}][\w’'-]+,)?"  # "Joan Pike, from Hove,"
    # or what they do, held by no body: "Melvin Oakes, a retired heating technician,",
    # "Sizwe Dlamini, a courier driver from Katlehong," (not "a council spokesman", nor
    # "a nurse at the clinic", a post the body gives)
    rf"(?:,\s+an?\s+(?!(?:[\w-]+\s+){{0,4}}?(?:{_POST})\b)(?:[a-z-]+\s+){{0,4}}?[a-z-]+"
    rf"(?:\s+(?:from|of|in)\s+[{UPPER}][\w’'-]+(?:\s+[{UPPER}][\w’'-]+)?)?,)?"
    r"\s+(?=[a-z])"
)


def member_of_public(full: str, intro: str) -> bool:
    """Whether a person named ``full`` and introduced by ``intro`` is a member of the public.

    Naming convention: a member of the public is introduced by bare name ("Denise
    Harlow"), with an age ("Kath Sutcliffe, 58,"), after a lowercase word for their tie to
    a service ("tenant Leanne Pitt") or with that tie set off after the name ("Martin
    Osei, a taxi driver from Hollins,"); an official comes with a title or a job.
    """
    if _TITLED.match(full) and not _COURTESY.match(full):
        return False
    if AGED_PERSON.match(intro + " "):
        return True
    if intro == full:
        return " " in full
    if intro.startswith(full) and _PUBLIC_APPOSITIVE.match(intro[len(full) :]):
        return True
    return intro.endswith(full) and _PUBLIC_NOUN.match(intro[: -len(full)]) is not None


def encounter(outside: str, a: int, b: int, actors: Actors, lane: str | None) -> bool:
    """Whether the clause ``outside[a:b]``, drafted in ``lane``, tells a member of the
    public's dealings with a body (the service-encounter convention above), named as its
    subject; a statement only by being told what to do (``_TOLD_TO``)."""
    if lane not in (None, "context") and not (
        lane == "statement" and not STATEMENT.search(_TOLD_TO.sub("", outside[a:b]))
    ):
        return False
    m = _SUBJECT.match(outside, a, b)
    return (
        m is not None
        and (full := actors.people.get(m.group("surname"))) is not None
        and member_of_public(full, actors.introduced.get(m.group("surname"), ""))
        and _ENCOUNTER.match(outside, m.end(), b) is not None
    )
