"""Venues: the occasions words are said on, and the days that date them there."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from timeline.dates import Found

__all__ = ["STATEMENT_NOUNS", "occasion_dates"]

# The nouns of a statement's own occasion: "statement", "interview", "news conference".
STATEMENT_NOUNS: Final = (
    # (several of them too: "In written responses to questions on Tuesday")
    r"(?:(?:statement|interview|letter|post|e-?mail|response|answer)s?|repl(?:y|ies)|tweet"
    r"|news\s+conference|(?:press|news|media)\s+(?:release|note)"
    # (South Asian copy's "press meet": "At a press meet on June 15, ... told reporters")
    r"|(?:press|media)\s+meet"
    r"|testimony|remarks|speech|debate|hearings?|meetings?|rall(?:y|ies)|forums?|briefings?|ad|advert"
    r"|(?-i:AGM|EGM)s?"  # (a meeting by its initials: "told members at the AGM")
    # (and the talk the newsroom had: "in a brief conversation Friday", "in a phone call")
    r"|conversation|(?:phone|telephone)\s+call"
    # (or a piece the speaker wrote for a paper: "wrote in a guest opinion in the Sentinel";
    # or the broadcast spoken on: "told a phone-in programme on a state radio station in May")
    r"|(?:guest\s+)?(?:opinion|column|op-ed|commentary)|programme|program|broadcast"
    r"|advertisement|commercial|submission|notice|newsletter|communiqu[eé]s?|circular|bulletin"
    # a speech to an assembly, a court filing, a leaflet: "In his State of the City address
    # in February", "In a court filing in April", "a fact sheet the authority published"
    r"|address|filing|fact\s+sheet|leaflet|brochure|flyer|web\s*page"
    # the account as the story names it, and the gathering it was given at: "made the
    # 48-hour claim at the association's town hall on Sept. 12"
    r"|claim|pledge|promise|assurance|announcement|presentation|town\s+hall"
    # ... or any gathering it was given at: "At a community open house in Oakbrae in May"
    r"|event|open\s+house|open\s+day|drop-in|consultation|exhibition|ceremony|launch|session"
    r"|conference|summit|breakfast|lunch(?:eon)?|dinner|gala|reception|seminar|workshop"
    r"|convention|symposium|unveiling|opening|inauguration|(?:ribbon|sod)[\s-]cutting"
    # (a service held for a gathering: "At a thanksgiving service ... on October 21")
    r"|(?:thanksgiving|memorial|church|prayer|remembrance|dedication|commissioning)\s+service"
    # a notice put in the papers: "in a public notice published in the daily newspapers"
    r"|(?:public|press|newspaper)\s+notices?"
    # an overseer's written words: "In an opinion issued in January, the Ombudsman said"
    r"|opinion|ruling|judg(?:e)?ment|determination"
    # a message to a public: "in a Sept. 16 message to parents"
    r"|message)"
)

# "issued a statement Friday and admitted", "at a news conference Tuesday": the day right
# after the noun of the occasion the words were said on, or after its release ("according
# to a statement released Tuesday", "a statement the school released in June"), or after
# whom it was sent to.
_NOUN_THEN_DAY: Final = re.compile(
    rf"\b{STATEMENT_NOUNS}\s+(?:(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){{0,2}}?)?"
    r"(?:(?:released|issued|posted|published|sent|(?:that|which)\s+(?:began\s+)?(?:airing|aired"
    r"|ran))\s+)?"
    # ... or after the court it was filed in: "in a claim filed in the High Court in Suva
    # last month"
    r"(?:(?:filed|lodged)\s+(?:in|at|with)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}?"
    r"(?:in\s+[A-Z][\w’'.-]*\s+)?)?"
    # ... or after who put it out: "a press note issued by the corporation on March 22"
    r"(?:by\s+(?:the\s+|its\s+)?(?:[\w’'.-]+\s+){1,3}?)?"
    # ... or after whom it was addressed to: "a letter sent to tenants in March 2021", "a
    # statement issued to parents and to the Herald on October 4"
    r"(?:to\s+(?:(?:the|its|their|all)\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+(?:and\s+(?:to\s+)?(?:(?:the|its|their|all)\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+)?"
    # (a committee by its full name, commas and all: "a briefing to Parliament's foreign
    # affairs, defence and trade select committee on 21 February")
    r"|to\s+(?:the\s+)?(?:[\w’'-]+,?\s+){1,8}?(?:committee|panel|board|commission|council)\s+)?"
    # ... or after the body it was held by: "a meeting of the Rail Users' Group in October"
    r"(?:(?:of|with)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,6})?"
    # ... or after where it was held: "a community meeting at the Bowmans Point bowling club
    # in October 2019"
    # (or where it was posted: "a fact sheet the authority published on its website in
    # March 2020")
    # (or held there: "the AGM held at a banquet hall in Kalyan (W) in September")
    r"(?:(?:held\s+)?(?:at|on)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w’'.()-]+\s+){1,6}?)?"
    # (or the paper it ran in: "a guest opinion in the Sentinel in April 2022", "a public
    # notice published in the daily newspapers on 12 September")
    r"(?:in\s+the\s+(?:(?-i:[A-Z])[\w’'.-]*|(?:[\w-]+\s+)?(?:news)?papers)\s+)?"
    r"(?:on\s+|in\s+)?"
    # ... or hours after what it answered: "a news release hours after the March 9 shooting"
    r"(?:(?:hours|minutes)\s+after\s+the\s+)?$",
    re.IGNORECASE,
)

_DURING: Final = re.compile(r",\s+during\s+[^,;“”\"]{3,80}?\s+(?:on|in)\s+$")
_DAY_THEN_NOUN: Final = re.compile(
    r",?\s+(?:in|at|during|through)\s+(?:an?|the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?"
    rf"{STATEMENT_NOUNS}\b",
    re.IGNORECASE,
)
# (or set inside the noun phrase, before the noun: "in a Sept. 20, 2018, email to athletes")
_IN_THE: Final = re.compile(
    r"\b(?:in|at|during)\s+(?:an?|the|its|his|her|their)\s+$", re.IGNORECASE
)
_THEN_NOUN: Final = re.compile(rf",?\s+(?:[\w’'-]+\s+){{0,2}}?{STATEMENT_NOUNS}\b", re.IGNORECASE)
_QUOTE_THEN_WHEN: Final = re.compile(r"[”\"]\s+when\s+[^,;“”\"]{1,80}?\s(?:(?:in|on|during)\s+)?$")


def occasion_dates(
    found: Sequence[Found], s: str, span: tuple[int, int], offset: int, unquoted: Sequence[int]
) -> list[int]:
    """The indices in ``found`` of the dates that tell the occasion of words said in
    ``s[a:b]``, set by the noun of the occasion or a clause about it."""
    a, b = span
    # Occasion convention: a day set right after the statement's own noun ("issued a
    # statement Friday and admitted", "at a news conference Tuesday") is when it was said.
    occasion = [
        k
        for k in unquoted
        if a <= found[k].start - offset < b
        and _NOUN_THEN_DAY.search(s[a : found[k].start - offset])
    ]
    # ... or right before it: "announced the closure on Feb. 3, in an email to families"
    occasion += [
        k
        for k in unquoted
        if a <= found[k].start - offset < b and _DAY_THEN_NOUN.match(s, found[k].end - offset, b)
    ]
    occasion += [
        k
        for k in unquoted
        if a <= found[k].start - offset < b
        and _IN_THE.search(s, a, found[k].start - offset)
        and _THEN_NOUN.match(s, found[k].end - offset, b)
    ]
    # ... or the proceedings it was said in, set off after whom it was told: "told the
    # Committee of Supply, during the consideration of the budget on February 25, that"
    occasion += [k for k in unquoted if _DURING.search(s, a, max(a, found[k].start - offset))]
    # ... or a "when" clause set after the quoted words: 'described it as "fully accredited"
    # when the plaintiffs were admitted in September 2020'
    occasion += [
        k for k in unquoted if _QUOTE_THEN_WHEN.search(s, a, max(a, found[k].start - offset))
    ]
    return occasion
