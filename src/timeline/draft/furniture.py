"""Page furniture: what a news page prints around the story (no event), and words of silence."""

from __future__ import annotations

import re
from typing import Final

from timeline.draft.evidence import EVIDENCE_NOUN
from timeline.draft.quotes import doubled
from timeline.draft.words import STATEMENT, whole_words

__all__ = [
    "AFTER_CLOCK",
    "BOILERPLATE",
    "CLOCK_END",
    "DATELINE",
    "LIST_ITEM",
    "NO_COMMENT",
    "RECALLED",
    "SUBHEAD",
    "refused",
    "unstyled",
]

# A byline names the reporters, in capitals or not, perhaps with their jobs or desk.
_NAME: Final = r"(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})"
_CREDIT_WORD: Final = (
    r"(?:(?-i:[A-Z])[\w.'’-]*|\d+|staff|writers?|reporters?|correspondents?|editors?|of|the"
    r"|for|and|&|(?-i:[a-z]+)(?=\s+(?:reporter|correspondent|editor|writer)s?\b))"
)
# (the desk or the job after the name: "Staff Writers", "KBVT 10 Investigates",
# "Gloucestershire political reporter")
_CREDIT: Final = rf"{_CREDIT_WORD}(?:\s+{_CREDIT_WORD}){{0,6}}"
# A page's date stamp: "October 4, 2022 at 6:00 AM EDT", "Thu 18 April 2024 09.12 BST".
_STAMP: Final = (
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
    r"|oct|nov|dec)[a-z]*),?\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
    r"(?:\s+(?-i:[A-Z]{2,4}))?)?"
)
_FILED_IN: Final = r"(?:\s+in\s+(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}))?"
# (what the stamp says it marks: "Updated August 17, 2023, 5:00 a.m.")
_UPDATED: Final = r"(?:(?:updated|published|posted)\s*:?\s+)?"
# Sign-off convention: a page closes, and sometimes opens, with lines that are not the
# reporting: a newsletter, a credit, a reporter's address, a time stamp, a caption.
BOILERPLATE: Final = re.compile(
    r"\bfollow\s+(?:me|us|him|her|them)\s+on\b|^for\s+more\s+(?:news|coverage|stories)\b"
    # (the newsroom's own newsletter offered, not a party's newsletter the story quotes)
    r"|\bsign\s+up\s+for\b|\b(?:subscribe\s+to|get)\s+(?:our|the)\s+(?:[\w’'-]+\s+){0,3}?newsletter\b"
    r"|\bcontributed\s+to\s+this\s+(?:report|story)\b"
    r"|\b(?:contact|email|e-mail)\s+(?:the\s+)?(?:reporter|writer|author)\b"
    r"|\bthis\s+(?:story|article)\s+(?:has\s+been|was)\s+(?:updated|corrected)\b"
    # the newsroom's own correction or note on the story: "Correction: An earlier version"
    r"|^(?:correction|clarification|editor[’']s\s+note)\s*:"
    r"|\ball\s+rights\s+reserved\b|©|^(?:read\s+more|related|advertisement|click\s+here)\b"
    # the copyright line: "Copyright 2022 WCVR Cumberland Valley Public Radio"
    r"|^\W*(?:copyright|\(c\))\s+(?:\d{4}|the\b)"
    r"|^(?:staff\s+and\s+)?wire\s+reports?\b|\bsubscribe\s+(?:today|now)\b"
    # a caption or a player's label: "FILE - In this Jan. 5 file photo, ...", "Watch: ..."
    r"|^file\s*[-—–]|\bfile\s+photo\b|^(?:image|photo|video|watch|listen|graphic)\s*:"
    r"|[\w.+-]+@[\w-]+\.[a-z]{2,}|(?:^|\s)@\w+\W*$"
    # a byline: "By Dana Whitfield", "By Ann Li and Tom Berg, Staff Writers", with the
    # page's date stamp before or after it ("April 18, 2024 | By Jon Wade, Grid Weekly",
    # "By Marcus Lind October 4, 2022 at 6:00 AM EDT"), or the stamp alone
    # (each reporter perhaps with where they filed from: "By Ann Li in Tabora and Tom Berg
    # in Dodoma")
    rf"|^(?:{_STAMP}\s*[|/—–-]?\s*)?by\s+{_NAME}{_FILED_IN}(?:\s*(?:,|and|&)\s+{_NAME}{_FILED_IN})*"
    rf"(?:\s*[,|/—–-]\s*{_CREDIT}|[^\S\n]*\n\s*{_CREDIT})?(?:\s*[,|/—–-]?\s*{_UPDATED}{_STAMP})?\W*$"
    rf"|^{_STAMP}\W*$"
    # a partner's tagline: "This story is part of Lantern's coverage of ...", "Lantern is a
    # nonprofit newsroom covering ...", "This story was published in partnership with ..."
    r"|^\W*this\s+(?:story|article|report)\s+(?:is\s+part\s+of|was\s+(?:published|produced)"
    r"\s+(?:in\s+partnership|with|by|jointly))\b"
    r"|^[^.;“”\"]{0,60}\bis\s+an?\s+(?:[\w-]+,?\s+){0,3}(?:nonprofit|non-profit)\s+"
    r"(?:[\w-]+\s+)?(?:newsroom|news\s+organi[sz]ation|news\s+site)\b"
    # a station's credit line: "Author: Ann Li (7 Investigates) Published: 5:47 PM EDT ..."
    r"|^\W*(?:author|written\s+by)\s*:\s"
    # a signpost to the answer quoted next: "..., the city's top food-safety official had a
    # ready answer."
    r"|^[^.;“”\"]{0,200}?\b(?:had|gave)\s+an?\s+(?:ready|quick|blunt|firm|short|simple|clear"
    r"|confident)\s+(?:answer|reply|response)\W*$"
    # a wire sign-off: "(Reporting by Ann Li; Editing by Tom Berg)"
    r"|^\W*\(?(?:additional\s+)?(?:reporting|writing|editing)\s+by\b"
    # a person's signpost to the account that follows: "Castellanos gave a different
    # picture.", "Shrestha tells it differently." (evidence that "tells a different story"
    # is the disclosure itself, and stays)
    rf"|^(?!.*\b(?:{EVIDENCE_NOUN}|numbers|texts|results|inspections?)\b)\W*(?:But\s+)?"
    # the person, perhaps with an appositive ("Anita Shrestha, a pathologist who left,")
    r"(?:[\w.’'-]+\s+){0,4}?[\w.’'-]+(?:,[^,.;“”\"]{1,100},)?\s+"
    r"(?:tells?|told|gives?|gave|paints?|painted|sees?|saw|remembers?"
    r"|remembered|recalls?|recalled)\s+(?:it|things|events|a|an)\s+(?:very\s+|rather\s+)?"
    r"(?:differently|different\s+(?:picture|story|account|version))\W*$"
    # "The Students' Union says otherwise.", "Parents disagree."
    r"|^(?!.*\b(?:records?|logs?|data|documents?|e-?mails?|figures|files|reports?|audits?|filings?"
    r"|minutes|registers?|video|footage|evidence)\b)\W*(?:But\s+)?(?:[\w.’'-]+\s+){0,4}?[\w.’'-]+\s+"
    r"(?:says?|said|see|sees|saw|tells?|told|argues?|argued|thinks?|thought)\s+otherwise\W*$"
    # ... or the bridge from the account to the facts: "None of this matched what lawmakers
    # were told."
    r"|^\W*(?:None\s+of\s+(?:this|that|it)|Little\s+of\s+(?:this|that|it))\s+(?:matched|squared\s+with"
    r"|fitted|fit)\s+what\s+[^.;“”\"]{1,60}\W*$"
    # a signpost to how the next quotation speaks: "Mohammed was blunter.", "Reached by
    # telephone yesterday, Baptiste-Greene was more direct."
    r"|^[^.;“”\"]{0,120}?\b(?:was|were|is|are)\s+(?:(?:more|less|even|far|much|a\s+lot)\s+){0,2}"
    r"(?:direct|blunt|blunter|candid|candider|forthcoming|frank|franker|emphatic|guarded"
    r"|forthright|defiant|circumspect|cautious|conciliatory|contrite|unequivocal|adamant|categorical)"
    # (and on what: "he was emphatic about how the party had spent the fund.")
    r"(?:\s+(?:about|on)\s+(?:how|what|why|whether|the|its|his|her|their)\b[^.;“”\"]{1,100})?\W*$"
    # the reporter's bridge to a pattern: "Delfino's claim is not unusual.", "Her case is
    # not unique.", "The Smiths are not alone."
    r"|^\W*(?:[\w.’'-]+\s+){1,4}?(?:is|are|was|were)\s+(?:not|far\s+from)\s+(?:unusual|unique"
    r"|alone|isolated|rare|an?\s+(?:exception|outlier|isolated\s+case))\W*$"
    # ... or to what a record says next: "The internal spreadsheets go further."
    r"|^\W*(?:But\s+)?(?:[\w.’'-]+\s+){1,4}?(?:goes|go|went)\s+(?:even\s+|much\s+)?further\W*$"
    # why the sources go unnamed, told on its own: "They spoke on condition of anonymity
    # because they are not authorized to talk to reporters."
    r"|^\W*(?:They|He|She|Both|Each|All|The\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+(?:both\s+|all\s+)?"
    r"(?:spoke|speaks|talked|asked|requested|agreed\s+to\s+speak|were\s+granted|was\s+granted)\s+"
    r"(?:(?:to\s+(?:the\s+)?[\w’'-]+\s+)?on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymity|not\s+to\s+be\s+"
    r"(?:named|identified)|that\s+(?:his|her|their)\s+names?\s+not\s+be\s+(?:used|published|printed))\b"
    # a signpost to what follows: "Here is what it said, and what the records show."
    r"|^here(?:\s+is|[’']s|\s+are)\s+(?:what|how|a\s+look|(?:a|the)\s+timeline)\b"
    # a web page's time stamp: "Updated 5:32 p.m. ET, March 4", "Published: Mon, March 4"
    r"|^(?:last\s+)?(?:updated|published|posted)\b:?\s+(?:on\s+|at\s+)?"
    r"(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\b)",
    re.IGNORECASE,
)

# Wire-service convention: a story opens with a dateline, the city in capitals, perhaps a
# state abbreviation and the agency, then a dash ("CITY, St. (AP) —"). It is not an actor
# and not part of any event.
# (the month in capitals too, as Kathmandu papers set it: "KATHMANDU, NOV 13 -")
_FILED: Final = r"(?:[A-Z][a-z]{2,8}|[A-Z]{3,4})\.?\s+\d{1,2}"
DATELINE: Final = re.compile(
    # the state as AP abbreviates it: "Mich.", "S.C.", "N.Y.", "New Mexico"
    r"^(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
    # (or in capitals, as Canadian papers set the province: "TIMMINS, ONT. —")
    # (or the island, in capitals: "SALELOLOGA, SAVAI'I –")
    r"(?:,\s+(?:[A-Z][a-z]*|[A-Z]{2,4}|[A-Z][A-Z'’-]{2,14})\.?(?:[A-Z]\.)?(?:\s+[A-Z][a-z]*\.?)?)?"
    rf"(?:,\s+{_FILED})?"  # the day it was filed: "LONDON, March 3 (Reuters) -"
    r"\s*(?:\(\s*[A-Za-z][\w ]{0,30}\)\s*)?"  # "(AP)", "( WIAT )"
    # a wire credit alone, with no city, opens some wire copy: "(Reuters) - "
    rf"|(?:{_FILED}\s+)?\((?:Reuters|AP|AFP|Bloomberg|UPI|CNN)\)\s*)"
    # the dash: a hyphen only with a space before it ("U.S.-based" is no dateline)
    # (South Asian papers set a colon after the city: "BENGALURU: For five months, ...", and
    # Malaysian ones after the day: "SRI AMAN (Aug 19): Crocodile warning signs ...")
    # (Gulf papers set two slashes: "SHARJAH // A school transport company ...")
    # ("GUWAHATI, July 15: Brahmaputra Valley State University today admitted")
    r"(?:\s*[—–]{1,2}|(?<=\s)-{1,2}|(?<=\))-{1,2}|(?<=[A-Z)\d]):(?=\s)|\s+//)\s*"
    # (or the city in upper and lower case with the day filed: "Bhopal, September 10:", or a
    # dash after it, as Ghanaian sites set it: "Ho, March 8 – Students of the university")
    rf"|^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+(?:{_FILED}|\d{{1,2}}\s+[A-Z][a-z]{{2,8}})(?::|\s+[—–]|\s+-)\s+"
    # ... or alone before a colon, as Gulf papers set it: "Dubai: Buyers in an off-plan ..."
    # (not a label: "Update:", "Correction:")
    r"|^(?!(?:Update|Updated|Note|Correction|Clarification|Editor|Source|Photo|Watch|Related"
    r"|Read|Disclosure|Listen|Video|Background|Context|Question|Answer)\b)[A-Z][a-z]+"
    r"(?:\s+[A-Z][a-z]+)?:\s+(?=[A-Z])"
    # ... or the newsroom's initials in brackets, as Caribbean sites credit their copy:
    # "(CDW): Education classes at HMP Northward were called off"
    r"|^\([A-Z]{2,6}\):\s+(?=[A-Z])"
)

# Clock convention: "5 p.m." ends no sentence when a day or a time zone goes on after it
# ("at 5 p.m. Tuesday", "Updated 5:32 p.m. ET").
AFTER_CLOCK: Final = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|tomorrow)\b"
    # (AP sets the date after the time: "at about 4 a.m. Nov. 19", "at 9 p.m. Sept. 3")
    r"|(?-i:(?:(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.|March|April|May|June|July)\s+\d{1,2}\b)"
    r"|(?-i:[ECMP][SD]?T|GMT|UTC|BST)\b",
    re.IGNORECASE,
)
CLOCK_END: Final = re.compile(r"\b[ap]\.m\.\s*$")

# List convention: a line that opens with a bullet or a number ("• On May 4, ...", "2. In
# March, ...") is an item of its own, however the lines of its paragraph run on; the
# marker is no part of what the item says.
LIST_ITEM: Final = re.compile(r"(?:^|(?<=\n))[ \t]*(?:[•·▪●◦*–-]|\d{1,2}[.)])[ \t]+(?=\S)")
# Subhead convention: a line in capitals ("WHAT OFFICIALS SAID") heads a section; it says
# nothing itself.
SUBHEAD: Final = re.compile(r"^[^a-z]*[A-Z]{2,}[^a-z]*[A-Z][^a-z]*$")


# Refusal convention: a party that declines to comment, or leaves a question put to it
# unanswered, has withheld its account: news of it, a disclosure, even in the stock words
# of silence ("did not respond to requests for comment", "referred questions to").
_SILENCE_WORDS: Final = (
    # (or "declined to be interviewed", "declined an on-camera interview")
    r"(?:declined|refused)\s+(?:to\s+be\s+interviewed|an?\s+(?:[\w-]+\s+)?interview"
    # (or "declined requests for an interview")
    r"|(?:an?\s+|repeated\s+)?requests?\s+for\s+(?:an?\s+)?(?:[\w-]+\s+)?interviews?)"
    r"|(?:declined|refused)\s+to\s+comment|no\s+comment|(?:did\s+not|didn[’']t)\s+(?:comment"
    r"|make\s+anyone\s+available|respond|return|reply"
    r"|answer\s+(?:(?:repeated\s+)?calls|(?:the|his|her)\s+phone))"
    # (or, in the perfect: "has not responded to a letter the Sentinel delivered")
    r"|(?:has|have|had)(?:\s+not|n[’']t)\s+(?:yet\s+)?(?:responded|replied|commented|answered)"
    # (or "was not available for an interview, her office said")
    r"|(?:was|were|is|are)\s+not\s+available\s+(?:for|to)\s+(?:an?\s+)?(?:interview|comment)"
    r"|(?:could|would)\s+not\s+(?:be\s+reached"
    r"|comment)|efforts\s+to\s+reach|referred\s+(?:all\s+|further\s+|the\s+)?(?:questions"
    r"|inquiries|enquiries)\s+to"
    # (or the questions told as left: "Questions sent to Mr Ntšekhe on Monday had not been
    # answered", "were not answered", "went unanswered")
    r"|(?:questions|calls|requests|messages|e-?mails)\b[^.;“”\"]{0,80}?\b(?:(?:had|have|has)\s+not\s+been"
    r"|(?:were|was)\s+not)\s+(?:answered|returned)|(?:went|go|remain(?:ed|s)?)\s+unanswered"
)
NO_COMMENT: Final = whole_words(
    rf"{_SILENCE_WORDS}"
    # "did not answer questions about", "declined to answer written questions"
    r"|(?:(?:did|would|could)\s+not|declined\s+to|refused\s+to)\s+answer\s+(?:[\w’'-]+\s+){0,2}?"
    r"questions?"
    # "did not say how many", "declined to say why": a question put and left unanswered
    r"|(?:(?:did|would|could)\s+not|declined\s+to|refused\s+to)\s+(?:say|explain|specify|disclose)"
    r"\s+(?:how|why|when|whether|who|what|which|where)"
    # "would not discuss the berth", "did not answer when asked whether", "did not make the
    # manager available": the question put, declined
    r"|(?:(?:did|would|could)\s+not|declined\s+to|refused\s+to|(?:did|would|could)n[’']t)\s+"
    r"(?:discuss|address|answer\s+(?:when|whether)|make\s+(?:[\w’'.-]+\s+){1,3}?available)"
    # a rule of silence given as the answer: "said the board did not comment on individual
    # businesses", "does not comment on staffing matters"
    r"|(?:does|did|would)\s+not\s+comment\s+on\s+(?:individual|specific|personnel|staffing"
    r"|ongoing|particular)"
    # an answer put off: "would comment on his return", "would issue a statement in due course"
    r"|(?:would|will)\s+(?:comment|respond|reply|issue\s+a\s+(?:statement|response))\s+(?:in\s+due"
    r"\s+course|later|on\s+(?:his|her|their)\s+return|after\s+(?:the|it|its|his|her)|once\s+(?:the|it|he|she))"
    r"|(?:has|have|had)\s+not\s+(?:said|explained)\s+(?:how|why|when|whether|who|what|which|where)"
    # two bodies silent at once: "Neither the AAI nor the DGCA responded to queries"
    r"|^\W*neither\s+[^,;“”\"]{1,60}?\s+nor\s+[^,;“”\"]{1,60}?\s+(?:responded|replied|commented"
    r"|answered)\b"
)
# A clause whose subject is what the newsroom put to the party ("Repeated calls and messages
# to the minister's office went unanswered"), which no one said.
_ASKED_FIRST: Final = re.compile(
    r"^\W*(?:[\w’'-]+\s+){0,2}?(?:calls|questions|requests|messages|e-?mails|inquiries"
    r"|enquiries)\b",
    re.IGNORECASE,
)
# The words that bring in what is said, and no more: "Tupa said the board", "He said".
_SAYS_WHO: Final = re.compile(r"\s+(?:that\s+)?(?:(?:the|its|his|her|their)\s+)?[\w’'-]+\s+")


def refused(outside: str) -> bool:
    """Whether a clause withholds the party's account (see ``NO_COMMENT``).

    Refusal convention: "said in a statement that ... but did not comment on the video"
    is the statement, which the refusal only qualifies; a refusal that is all that was
    said ("Tupa said the board did not comment on individual businesses") withholds.

    >>> refused("Tupa said the board did not comment on individual businesses.")
    True
    >>> refused("It said in a statement that every bin was emptied but declined to comment.")
    False
    """
    refusal = NO_COMMENT.search(outside)
    if refusal is None:
        return False
    if _ASKED_FIRST.match(outside):
        return True  # the requests are the subject: "Repeated calls ... went unanswered"
    said = [*STATEMENT.finditer(outside, 0, refusal.start())]
    return not said or _SAYS_WHO.fullmatch(outside, said[-1].end(), refusal.start()) is not None


# House style, the reminder (South Asian copy): "It may be recalled that the university was
# set up in 2012", "It is pertinent to mention here that": background the reader is
# reminded of, read past by a headline.
RECALLED: Final = re.compile(
    r"^\W*It\s+(?:(?:may|might|should|must)\s+be\s+(?:recalled|noted|mentioned)|is\s+(?:pertinent"
    r"|worth|relevant)\s+(?:to\s+(?:mention|note)|mentioning|noting))\s+(?:here\s+)?that\s+",
    re.IGNORECASE,
)


# House style, the capital lead-in: a paragraph may open with its first word in capitals
# ("THE Otjiwarongo weighbridge ...", "A Windhoek man ..."); the word is no name.
_LEAD_IN: Final = re.compile(
    r"(?:(?<=\A)|(?<=\n\n))(?:THE|AN?|THIS|THESE|THOSE|SOME|MANY|MOST|ALL|ONE|TWO|THREE|FOUR|FIVE"
    r"|SIX|SEVEN|EIGHT|NINE|TEN|HUNDREDS|THOUSANDS|DOZENS|POLICE|RESIDENTS|PARENTS"
    # (a count or a time set first: "AT LEAST five Junkanoo groups", "WHEN the council met";
    # a people named in the plural: "ENGINEERS warned")
    r"|AT\s+LEAST|MORE\s+THAN|NEARLY|ALMOST|ONLY|EVERY|NO|WHEN|AFTER|BEFORE|SINCE|DESPITE|IN|ON"
    r"|FOR|IF|WHILE|AS|HE|SHE|THEY|WE|[A-Z]{3,}(?<!S)S)(?=\s+[A-Za-z]*[a-z])"
)


def unstyled(text: str) -> str:
    """``text`` read past house style, character for character: single quotation marks
    made double where a paragraph has no double ones (see ``quotes.doubled``), and a
    capital lead-in set in lower case after its first letter."""
    return _LEAD_IN.sub(lambda m: m.group()[0] + m.group()[1:].lower(), doubled(text))
