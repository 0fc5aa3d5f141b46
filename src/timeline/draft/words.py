"""The draft's word lists: the cue words, titles and names its rules look for (data only)."""

from __future__ import annotations

import re
from typing import Final


def _split(text: str) -> list[str]:
    """The words of a space-separated list."""
    return text.split()


# Titles and abbreviations of AP copy that pysbd's English list lacks ("Atty. Gen.").
AP_ABBREVIATIONS: Final = _split(
    "adm asst atty attys brig capt cmdr col cpl dep det dist gen gov insp lt maj msgr pfc "
    "rep reps rev sen sens sgt spc supt"
)


WEEKDAY_START: Final = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|tomorrow)\b",
    re.IGNORECASE,
)
CLOCK_END: Final = re.compile(r"\b[ap]\.m\.\s*$")


def _words(pattern: str) -> re.Pattern[str]:
    """A pattern matching any of the alternatives ``pattern`` as whole words, in any case."""
    return re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)


ADMISSION: Final = _words(
    r"acknowledg(?:ed|es|ing|ement)|admit(?:ted|s|ting)?|admissions?|conced(?:ed|es|ing)"
    r"|(?:were|was|are|is|been)\s+(?:not|n[o’']t)\s+(?:accurate|true|correct)|inaccurate"
    r"|(?:were|was)\s+(?:false|wrong|incorrect|untrue|misleading)|apologi[sz](?:ed|es|ing)"
    r"|(?:has|have|had)\s+since\s+(?:ceased|stopped|ended|halted)"
)
NO_COMMENT: Final = _words(
    r"declined\s+to\s+comment|refused\s+to\s+comment|did\s+not\s+comment|no\s+comment"
    r"|did\s+not\s+(?:make\s+anyone\s+available|respond|return|reply)"
    r"|(?:could|would)\s+not\s+(?:be\s+reached|comment)"
)
STATEMENT: Final = _words(
    r"said|says|saying|wrote|writes|tweeted|tweets|posted|assured|assures|assuring"
    r"|assurances?|reassured?|reassures|reassuring|emphasi[sz]ed|emphasi[sz]es|stressed"
    r"|claimed|claims?|denied|denies|denying|denials?|insisted|insists|stated|announced"
    r"|announces|told|tells|declared|declares|promised|pledged|vowed|maintained|maintains"
    r"|argued|asserted|contended|testified|responded|replied|explained|boasted|touted"
    r"|took\s+to\s+(?:twitter|facebook|social\s+media)|public\s+statements?"
    r"|in\s+a\s+statement|news\s+conference|press\s+(?:release|conference)"
    r"|took\s+an?\s+(?:\w+\s+)?stand"
)
PRACTICE: Final = _words(
    r"allowed|allowing|permitted|permitting|gave|giving|set\s+up|sets\s+up|setting\s+up"
    r"|provided|providing|handed|handing|granted|granting|turned\s+over|turning\s+over"
    r"|transferred|transferring|installed|supplied|supplying|passed\s+along|funneled"
)
REPORT: Final = _words(
    r"reports?|audits?|audited|findings|found|inquiry|investigation|investigators?"
    r"|inspectors?|inspections?|inspected|observed|noted|cited|reviewed|revealed|reveals"
    r"|disclosed|uncovered|discovered|documented|watchdog|oversight"
    r"|(?:records|documents|data|emails|logs)\s+(?:show|showed|obtained)"
)
REPORT_VERB: Final = _words(
    r"found|finds|noted|notes|cited|cites|observed|observes|documented|discovered|uncovered"
    r"|revealed|reveals|saw|sees|described|describes"
)
ACCORDING: Final = _words(
    r"according\s+to\s+(?:(?:an?|the|his|her|its|their)\s+)?(?:[\w’'-]+\s+){0,3}"
    r"(?:report|audit|records|documents|review|investigation|data|inquiry|findings|memos?"
    r"|emails|logs|files)"
)
CONTEXT: Final = _words(
    r"demanded|demands?|demanding|asked|asking|asks|wanted|wants|requested|requests?"
    r"|threatened|threaten(?:s|ing)?|urged|called\s+for|pressed|plans?|laws?|polic(?:y|ies)"
    r"|ordered|orders?|signed|passed|sued|ruled|elected|took\s+office|began|begun|launched"
)
CAUSE: Final = _words(
    r"stemmed\s+from|stems\s+from|in\s+response\s+to|(?:was|were)\s+prompted\s+by"
    r"|(?:was|were)\s+(?:sparked|triggered)\s+by"
)
LEADING: Final = re.compile(
    r"(?P<word>As|While|Since|After|When|Because|Although|Though|Once|Before|Until)\s"
)
CAUSAL_LEADS: Final = frozenset({"As", "Since", "After", "When", "Because", "Once"})
CONTRAST: Final = re.compile(
    r"^(?:In\s+reality|In\s+fact|Instead|But|However|Yet|Behind\s+(?:the\s+scenes|closed\s+doors)"
    r"|Despite"
    r"|Contrary\s+to|Nevertheless|Actually)\b"
)
CLAIMS: Final = _words(
    r"(?:statements?|claims?|assurances?|assertions?|representations?|denials?)\s+that"
)
CLAIM_END: Final = re.compile(
    r",?\s+(?:those|these|the|such|our|its|their)\s+(?:statements?|claims?|assurances?|"
    r"assertions?|representations?|denials?)\s+(?:were|was)\b|\s+(?:were|was)\s+"
    r"(?:not|n[o’']t)\s+(?:accurate|true|correct)\b",
    re.IGNORECASE,
)
CLAIM_SPLIT: Final = re.compile(r",?\s+(?:or|and)\s+that\s+", re.IGNORECASE)
BOILERPLATE: Final = re.compile(
    r"\bfollow\s+(?:me|us|him|her|them)\s+on\b|^for\s+more\s+(?:news|coverage|stories)\b"
    r"|\bsign\s+up\s+for\b|\bnewsletter\b|\bcontributed\s+to\s+this\s+(?:report|story)\b"
    r"|\b(?:contact|email|e-mail)\s+(?:the\s+)?(?:reporter|writer|author)\b"
    r"|\bthis\s+(?:story|article)\s+(?:has\s+been|was)\s+(?:updated|corrected)\b"
    r"|\ball\s+rights\s+reserved\b|©|^(?:read\s+more|related|advertisement|click\s+here)\b"
    r"|[\w.+-]+@[\w-]+\.[a-z]{2,}|(?:^|\s)@\w+\W*$",
    re.IGNORECASE,
)
INFINITIVE: Final = re.compile(r"\b(?:to|to\s+be|not|never|n[’']t)\s+$", re.IGNORECASE)
LEAD_PHRASE: Final = re.compile(
    r"^(?:(?:But|And|Yet|So|Also|Still),?\s+)?"
    r"(?:(?:In|Through|Behind|However|Instead|Meanwhile|At|On|For|Under|During|Despite"
    r"|Contrary|Indeed|Actually|Separately|Earlier|Later|Last|This)\b[^,“”\"]{0,80},\s+)?"
)
OVERSIGHT: Final = _words(
    r"inspector|inspectors|auditor|auditors|watchdog|investigators?|monitor|ombudsman"
    r"|grand\s+jury|oversight"
)

MONTH_OR_DAY: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
TITLE: Final = (
    r"(?:Vice\s+President|President|Undersheriff|Assistant\s+Sheriff|Sheriff"
    r"|Inspector\s+General|(?:U\.S\.\s+)?Attorney\s+General|Atty\.\s+Gen\.|Lt\.\s+Gov\.|Gov\."
    r"|Governor|Mayor|Sen\.|Senator|Rep\.|Representative|Supervisor|Councilman"
    r"|Councilwoman|Councilmember|Council\s+member|(?:Police\s+)?Chief|Commissioner"
    r"|Secretary|Director|Judge|Justice|District\s+Attorney|City\s+Attorney|Controller"
    r"|Auditor|Capt\.|Lt\.|Sgt\.|Cmdr\.|Det\.|Deputy|Officer|Dr\.|Prof\.)"
)
NAME_WORD: Final = rf"(?!{MONTH_OR_DAY})(?:[A-Z][a-z]*(?:[’'-]?[A-Z][a-z]+)?|[A-Z]\.)"
PERSON: Final = re.compile(rf"\b{TITLE}\s+{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}(?![\w])")
ORG_HEAD: Final = (
    r"(?:Department|Office|Agency|Board|Commission|Council|Bureau|Administration|Court"
    r"|Committee|Service|Services|Police|Enforcement|Patrol|Authority|Union|Association)"
)
ORG: Final = re.compile(
    rf"\b(?:[Tt]he\s+)?(?:[A-Z][\w’'.&-]*\s+(?:(?:[A-Z][\w’'.&-]*|and|of|for)\s+){{0,5}})?"
    rf"{ORG_HEAD}\b(?:\s+of\s+(?:the\s+)?[A-Z][\w’']*(?:\s+[A-Z][\w’']*){{0,3}})?"
)
ACRONYM_STOP: Final = frozenset({"NOT", "ALL", "AM", "PM", "TV", "OK", "US", "USA", "CEO"})
ACRONYM: Final = re.compile(r"\b[A-Z]{2,6}\b(?:[’']s)?")
ROLE_NOUN: Final = (
    r"(?:inspector\s+general|attorney\s+general|officials|officers|personnel|staff|deputies|inspectors|investigators|agents"
    r"|supervisors|prosecutors|auditors|watchdog|spokeswoman|spokesman|spokesperson"
    r"|employees|workers|lawmakers|legislators|police)"
)
ROLE: Final = re.compile(
    r"\b(?:(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ther|[Aa])\s+)?"
    r"(?:(?:[A-Z][\w’'.]*|jail|(?:sheriff|state|city|county|department)[’']s|county|federal|immigration|police|department"
    r"|city|state|local|elected|independent|top|senior|former)\s+){0,3}"
    rf"{ROLE_NOUN}\b"
)
THE_DEPARTMENT: Final = re.compile(r"\b[Tt]he\s+department\b")
THE_PRESIDENT: Final = re.compile(r"\b[Tt]he\s+president\b")
GENERIC: Final = frozenset(
    {"officials", "police", "staff", "spokeswoman", "spokesman", "spokesperson", "officers"}
)
PREPOSITION: Final = re.compile(
    r"\b(?:to|for|with|from|about|of|at|on|in|into|over|against|between|than|toward|towards"
    r"|through|under|among|like|as|around|before|after)\s+$",
    re.IGNORECASE,
)
DETERMINER: Final = re.compile(r"^(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ther|[Aa])\s+")

STOP: Final = frozenset(
    _split(
        "a an the of in on at to for and or but by with from that which who whom this these "
        "those it its his her their our we they he she was were is are be been being had has "
        "have did do does not no as into over about also than then there here so such any "
        "all some other more most very can could would should will may might must"
    )
)
TRAILING_STOP: Final = STOP | frozenset({"when", "where", "while", "after", "before"})
TOKEN: Final = re.compile(r"[a-z0-9]+")
ATTRIBUTION: Final = re.compile(
    r"^[“\"](?P<quote>.+?)[”\"]\s*,?\s*(?P<who>[^“”\"]{1,60}?)\s+(?P<verb>said|says|wrote|writes"
    r"|tweeted|added|told\s+[^.]{1,40}|posted)\b[^“”\"]{0,100}$",
    re.IGNORECASE | re.DOTALL,
)
CAUSE_LEAD: Final = re.compile(
    r"^(?:stemmed\s+from|stems\s+from|in\s+response\s+to|(?:was|were)\s+prompted\s+by"
    r"|(?:was|were)\s+(?:sparked|triggered)\s+by)\s+",
    re.IGNORECASE,
)
