"""Word lists that name people and bodies: titles, names, organisations, roles (data only)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final


def _split(text: str) -> list[str]:
    """The words of a space-separated list."""
    return text.split()


# How a newsroom came by a record: "A board paper, seen by the Ledger, warned" names
# neither the paper's author nor an actor.
SEEN_BY: Final = (
    r"(?:seen|sighted|obtained|reviewed|viewed|provided|given|leaked|released)\s+(?:by|to)"
)
MONTH_OR_DAY: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# A member or an office known by its initials: "Ward MCA Joseph Tsuma", "Health CEC Dr Grace
# Kemunto", "Health MEC Phophi Ramathuba", "the current CAO, Ms ...".
OFFICE_INITIALS: Final = r"MPP?|MSP|MLA|MCA|MEC|CEC|MNA|MHA|DCE|MCE|CAO|PS"
TITLE: Final = (
    r"(?:Vice\s+President|President|Undersheriff|Assistant\s+Sheriff|Sheriff"
    r"|Inspector\s+General|Auditor[\s-]General|(?:U\.S\.\s+)?Attorney\s+General|(?:U\.S\.\s+)?Atty\.(?:\s+Gen\.)?|Lt\.\s+Gov\.|Gov\."
    r"|Governor|Mayor|Sen\.|Senator|Rep\.|Representative|Supervisor|Councilman"
    # Commonwealth style: "Labour MP Jane Hale", "Councillor Ravi Shah", "Health Minister"
    # (and a member by initials, see OFFICE_INITIALS)
    rf"|{OFFICE_INITIALS}|Councillor|Cllr\.?|Coun\.|Ald\.|Minister|Premier"
    # police ranks written as initials: "AIG Mohamed Turay", "DIG Ana Kamara", "SP Musa
    # Bello" (Nigerian and South Asian copy's superintendents and commissioners)
    r"|AIG|DIG|IGP|(?:[ACDS]|SS)?SP|[AD]?CP"
    # A corporate officer's title runs to three words: "Chief Financial Officer John Mulligan".
    r"|Chief\s+(?:[A-Z][a-z]+\s+){1,2}Officer"
    r"|Councilwoman|Councilmember|Council\s+member|(?:Police\s+)?Chief|(?:(?:Assistant|Deputy)\s+)?Commissioner"
    r"|(?:(?:School\s+)?[Bb]oard|Committee)\s+member|Trustee"
    # "Secretary of State Madeleine Albright", "Secretary of the Navy John Dalton"
    r"|(?:U\.S\.\s+)?Secretary\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)?(?=\s+[A-Z])"
    r"|Secretary|Director|Judge|Justice|District\s+Attorney|City\s+Attorney|Controller"
    # the head of an Indian district's administration: "District Magistrate Rakesh Tiwari"
    # (or its collector: "District Collector T. Anbarasi")
    r"|(?:Additional\s+)?(?:District|Sub-Divisional)\s+(?:Magistrate|Collector)|Advocate"
    r"|Auditor|Capt\.|Lt\.|Sgt\.|Cmdr\.|Det\.|Deputy|Officer|Dr\.|Prof\.|Superintendent|Major"
    # Nigerian and Ghanaian copy's titles of a trade or standing: "Engr. Samuel Danladi"
    r"|Engr\.|Barr\.|Arc\.|Pharm\.|Alh\.|Alhaji|Comr?\.|Hon\.|Hon(?=\s)|Madam(?=\s+[A-Z])"
    # Military ranks as AP abbreviates them before a name: "Gen. Mark Milley", "Rear Adm."
    r"|(?:(?:Brig|Maj|Lt)\.\s+|Rear\s+|Vice\s+)?(?:Gen\.|Adm\.)|(?:Lt\.\s+)?Col\.|Maj\."
    r"|Cpl\.|Pvt\.|Spc\.|Del\."
    # ranks written out, in a fire or police service: "Group Commander Alan Moffitt",
    # "Watch Commander Declan Fitzpatrick", "Detective Inspector Ruth Hale"
    r"|(?:(?:Group|Watch|Station|Area|Wing|Crew|Divisional|Assistant)\s+)?Commander"
    r"|Detective|Inspector|Sergeant|Constable|Captain|Colonel|Lieutenant"
    r"|(?:County\s+)?Executive|Chairman|Chairwoman|CEO|CFO|COO|Chief\s+Executive"
    # AP style puts a job description before a name without a capital: "Instagram boss
    # Adam Mosseri", "spokeswoman Karen Rudolph".
    # ("Spokeswoman Karen Rudolph" when it opens the sentence)
    r"|boss|chief|executive|[Ss]pokes(?:man|woman|person)|Mr\.|Ms\.|Mrs\."
    # ("Plainsview president Trent Haugen", "general manager Craig Dunstan")
    r"|president|director|manager|chairman|chairwoman|founder|owner|treasurer|organi[sz]er"
    # British and Commonwealth style writes them without the point: "Dr Mwangi", "Mr Kato"
    r"|(?:Mr|Ms|Mrs|Dr|Prof)(?=\s))"
)
# The letters of a name, accented ones too: "Carla Méndez", "Óscar Núñez", "Łukasz Wójcik".
UPPER: Final = "A-ZÀ-ÖØ-ÞĀ-ž"
LOWER: Final = "a-zß-öø-ÿĀ-ž"
# South Asian and older Commonwealth copy writes the given names as initials: "V. Rajan",
# "K.M. Perera"; a name's given part is a word or those initials.
_INITIALS: Final = rf"(?:[{UPPER}]\.\s?){{1,3}}"
_GIVEN: Final = rf"(?:[{UPPER}][\w’'-]+\s+|{_INITIALS})"
# (initials may run together, "W.A. Jayasundara"; a job's words name no one: "Deputy
# General Manager (Operations)")
NAME_WORD: Final = (
    rf"(?!{MONTH_OR_DAY}|(?:General|Manager|Engineer|Officer|Operations)\b)"
    # (a Hausa or Arabic name's glottal stop: "Dan’azumi", "Ja’afar"; not a possessive's "’s")
    rf"(?:(?:[{UPPER}]\.){{1,3}}|[{UPPER}][{LOWER}]*(?:[’'-]?[{UPPER}][{LOWER}]+|[’'][{LOWER}]{{2,}})?)"
)
# Titles may run together: "spokesman Lt. Ryan Flood", "Police Chief Maj. Ana Cruz".
# ... and a surname may open with a particle in lower case: "Mr Pieter van Wyk", "Judge Ana
# de la Cruz"
_PARTICLE: Final = (
    r"(?:(?:van|von|de|da|del|della|der|den|du|di|dos|das|bin|ibn)\s+(?:(?:der|den|la|le)\s+)?)"
)
PERSON: Final = re.compile(
    rf"\b{TITLE}(?:\s+{TITLE})*\s+{NAME_WORD}(?:\s+{_PARTICLE}?{NAME_WORD}){{0,2}}(?![\w])"
)
ORG_HEAD: Final = (
    r"(?:Department|Office|Agency|Board|Commission|Council|Bureau|Administration|Court"
    r"|Committee|Service|Services|Police|Enforcement|Patrol|Authority|Union|Association"
    # Companies and institutions are named by their head word too ("Pacific Valley Power",
    # "Acme Corp.", "Mercy Hospital", "Broward County Public Schools").
    r"|Corp\.?|Corporation|Company|Co\.|Inc\.?|Group|Holdings|Bank|Energy|Power|Electric"
    r"|Utilities|Airlines?|Hospital|University|College|District|Division|Schools|Foundation"
    r"|Institute|Ministry|Army|Navy|Guard|Center|Centre|Clinic|Laboratories|Labs|Church"
    r"|Diocese|Archdiocese|Prison|Jail|Pharmaceuticals?|Pharma|Motors|Industries|Technologies"
    r"|Insurance|Mining|Chemicals?|LLC|plc|PLC|Trust|Organi[sz]ation"
    # (South Asian copy marks a private company: "Eastern Aqua Farms (Pvt) Ltd")
    r"|(?:\((?:Pvt|Private)\)\s+|Pvt\.?\s+)?Ltd\.?"
    # a district's or a nation's office ("the Divisional Secretariat")
    r"|Secretariat"
    # a body of members or of groups ("the Dunk River Watershed Alliance", "the Fisheries
    # Cooperative Society", "the Tenants' Federation")
    r"|Alliance|Coalition|Federation|Society|Networks?|Cooperative|Co-operative"
    # ("Norland Safety Products", "Lakeshore Regional Transit")
    r"|Products|Systems|Solutions|Partners|Enterprises|Brands|Foods|Logistics|Transit"
    # ("Aspen Line Renewables", "Hollis Port Storage", "Varden Resources")
    r"|Renewables|Storage|Resources|Hospitality|Dredging|Developments|Properties|Healthcare"
    r"|Railways?|Airways|Shipping|Contractors|Engineering|Distillery|Brewery"
    # ("Southern Reef Seafoods", "Lakeside Textiles", "Karoo Mills", "Bayview Construction")
    r"|Seafoods?|Textiles|Mills|Farms|Construction|Builders|Fund"
    # (a public service by what it runs: "BC Parks", "BC Hydro", "Veterans' Affairs")
    r"|Parks|Hydro|(?:(?<=[’']\s)|(?<=Home\s)|(?<=Foreign\s)|(?<=Veterans\s)|(?<=Consumer\s))Affairs"
    # ("Sierra Crest Ambulance", "NSW Ambulance")
    r"|Ambulance|Pediatrics|Paediatrics"
    # overseers named by their head word ("the Wales Woodland Regulator", "the Health and
    # Safety Executive"; not a chief executive, a person)
    r"|Regulator|Ombudsman|Inspectorate|Tribunal|Auditor[\s-]General|Comptroller"
    r"|(?<!Chief\s)(?<!County\s)(?<!Vice\s)Executive(?!\s+(?:[A-Z]|[Dd]irector|[Oo]fficer))"
    # a water company is named by its head word ("Thames Water"), a law is not ("Clean
    # Water Act"); so is a bus company ("Safwa Student Transport"), a job is not
    # ("Transport Minister")
    r"|Water(?!\s+[A-Z])|Transport(?!\s+[A-Z]))"
)
# A capital that opens a sentence names nothing ("Former ... spokeswoman", "Leaked Home
# Office targets", "Shares of ..."), and a place that locates a body is not its name
# ("New York-based Peloton Interactive Inc.").
_NOT_NAME_WORD: Final = (
    r"(?!(?:Former|Leaked|Internal|Top|Senior|Some|Many|Several|Both|All|Other|Shares"
    r"|Then|Now|Current|Two|Three|Four|Five)\b)(?![\w’'.&]*-based\b)"
)
ORG: Final = re.compile(
    rf"\b(?:[Tt]he\s+)?(?:{_NOT_NAME_WORD}[A-Z][\w’'.&-]*\s+"
    rf"(?:(?:{_NOT_NAME_WORD}[A-Z][\w’'.&-]*|and|&|of|for)\s+){{0,5}})?"
    # "the death in Afghanistan of Army Ranger ...": a name joined to the head by "of",
    # "and" or "for" is two names, not one.
    rf"(?<!\bof\s)(?<!\band\s)(?<!\bfor\s){ORG_HEAD}\b"
    # "Department of Health and Human Services", "Office for Civil Rights"
    # (the name ends before a person's title: "Department of Public Works Director Ana Lima")
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’']*(?:\s+(?:and\s+)?(?!{TITLE}\b)[A-Z][\w’']*){{0,3}})?"
)
# A minister's post names no body, though its words may end in a head word: "the Minister
# of Mines and Mineral Resources" (the ministry is one: "the Ministry of Mines ...").
_POST_NAME: Final = re.compile(
    r"\b(?:Minister|Secretary)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’']*"
    r"(?:\s+(?:and\s+)?[A-Z][\w’']*){0,4}"
)


# ... nor does a head word alone that qualifies a record or a charge: "Bank statements show",
# "Council tax bills"
_HEAD_AS_MODIFIER: Final = re.compile(
    r"\s+(?:statements?|accounts?|records?|balances?|transfers?|details|loans?|tax|rates?)\b"
)


def bodies_named(text: str) -> Iterator[re.Match[str]]:
    """The bodies ``text`` names by a head word (``ORG``), outside a minister's post."""
    for m in ORG.finditer(_POST_NAME.sub(lambda m: " " * len(m.group()), text)):
        if " " in m.group().strip() or not _HEAD_AS_MODIFIER.match(text, m.end()):
            yield m


# Capitals that name no one: emphasis ("NOT"), clock and band letters, and the credits of
# wire services ("(AP)"), company departments ("PR"), diseases ("COVID") and goods and
# things by their initials ("imports of clinker and LPG", "CCTV", "PPE"), which news copy
# writes in capitals too.
POST_NOMINAL: Final = "KC|QC|SC|JP|CBE|OBE|MBE|KBE|DBE"
ACRONYM_STOP: Final = frozenset(
    # Roman numerals end a name or a law's title ("John Smith III", "Title IX"); so do a
    # barrister's silk and an honour ("Rupert Vance KC", "Ann Lee OBE"), which name no body;
    # nor does a lead's first word set in capitals ("THE HSE has admitted").
    _split(
        "NOT ALL THE AM PM TV OK US USA CEO AP UPI AFP PR HR IT FM COVID II III IV VI VII VIII IX"
        " LPG LNG CNG CCTV PPE GPS GDP VAT HIV AIDS DNA ICU SUV ATM"
        f" {POST_NOMINAL.replace('|', ' ')}"
    )
)
# (not a currency's prefix: "HK$620 million")
# (not a currency's letters before its sign or sum: "US$", "GH¢20", "Tk 40 crore")
# (nor a code's letters before its number: a permit "HC-114", a flight "NZ-102")
ACRONYM: Final = re.compile(r"\b[A-Z]{2,6}\b(?![$¢₵€£₦])(?!-\d)(?:[’']s)?")
# A quotation set all in capitals is a code or a shout, not a body's initials: dispatchers
# marked requests "NO CAP", the club posted "SOLD OUT".
SHOUTED: Final = re.compile(r"[“\"‘](?:[A-Z]{2,}[\s,.!?-]*)+[”\"’]")
# Members of the public, named as a group: what they say is a reaction, never an
# official's statement ("Parents said they were furious").
PUBLIC_GROUP: Final = (
    r"(?:[Pp]arents|[Rr]esidents|[Nn]eighbou?rs|[Rr]elatives|[Ff]amilies|[Cc]ritics|[Aa]dvocates"
    r"|[Aa]ctivists|[Ss]tudents|[Pp]atients|[Cc]ustomers|[Vv]oters|[Pp]rotesters|[Pp]assengers"
    r"|[Tt]enants|[Ww]itnesses|[Ii]nmates|[Vv]ictims|[Ff]isher(?:folk|men)|[Ff]armers|[Tt]raders"
    r"|[Vv]endors|[Mm]otorists|[Cc]ommuters|[Ss]hopkeepers|[Hh]awkers)"
)
# A group named as the subject that opens a clause ("Nurses told investigators",
# "Yet parents said"): the group is the actor. Elsewhere in the clause such a word is an
# object ("notified its customers", "told residents"), no actor.
OPENING_GROUP: Final = re.compile(
    # not inside a quotation ('"Parents deserve the truth," Patel said')
    r"(?:(?![“\"‘])\W)*(?:(?:But|Yet|And|So|Still|Also|Now|Then|Meanwhile|However),?\s+)?"
    r"(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Oo]ther|[Ss]everal|[Ll]ocal|[Ff]ormer)\s+)?"
    r"(?P<group>(?:[Nn]urses|[Dd]octors|[Tt]eachers|[Ee]ngineers|[Ee]xecutives|[Mm]anagers"
    r"|[Ss]cientists|[Rr]esearchers|[Ee]xperts|[Aa]nalysts)\b"
    # not a possessive ("Teachers’ union officials"), a list ("Scientists, governments
    # and news sites") or a group qualified by whom it works for ("scientists working for
    # Exxon"): then the body or the rest of the list is the actor
    r"(?![’',]|\s+(?:of|for|at|working|employed|hired|and)\b)"
    # the public, of whomever ("Relatives of the dead", "Parents of students at ..."),
    rf"|{PUBLIC_GROUP}\b(?![’',]|\s+(?:working|employed|hired|and)\b))"
)
ROLE_NOUN: Final = (
    r"(?:inspector\s+general|attorney\s+general|officials|officers|personnel|staff|deputies|inspectors|investigators|agents"
    r"|supervisors|prosecutors|auditors|watchdog|spokeswoman|spokesman|spokesperson"
    r"|employees|workers|lawmakers|legislators|police"
    # A post named by its title alone: "the Home Secretary said", "the minister told".
    r"|[Ss]ecretary|[Mm]inister|[Cc]hancellor|[Cc]ommissioner|[Ss]uperintendent"
    r")"
)
# A long name with its initials after it is headlined by them ("KIFDC had 31 posts")
BY_INITIALS: Final = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w’'.&-]*\s+(?:(?:of|and|for)\s+)?){4,7}\((?P<short>[A-Z][A-Za-z]{1,9})\)"
)
# Reference convention: copy names an official once with a title ("Mayor Kwame
# Kilpatrick") and then by the title alone ("the mayor"): each title, with the title
# words a name may carry for it.
TITLE_REFERENCES: Final = {
    "mayor": ("Mayor",),
    "governor": ("Gov.", "Governor"),
    "sheriff": ("Sheriff",),
    "undersheriff": ("Undersheriff",),
    "superintendent": ("Superintendent",),
    "chancellor": ("Chancellor",),
    "commissioner": ("Commissioner",),
    "secretary": ("Secretary",),
    "inspector general": ("Inspector General",),
    "attorney general": ("Attorney General",),
}
ROLE: Final = re.compile(
    r"\b(?:(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ther|[Aa])\s+)?"
    # a sentence's opening conjunction ("Yet nurses told") qualifies no one
    r"(?:(?:(?!(?:But|Yet|And|So|Still|Also|Now|Then|Meanwhile|However)\b)[A-Z][\w’'.]*|jail|(?:sheriff|state|city|county|department)[’']s|county|federal|immigration|police|department"
    r"|city|state|local|elected|independent|top|senior|former)\s+){0,3}"
    rf"{ROLE_NOUN}\b"
    # (a post with its portfolio, and the name set after it: "Minister for Social Welfare
    # Syed Ihtisham Bacha", "Commissioner of Police")
    r"(?:(?:(?<=Minister)|(?<=Secretary)|(?<=Commissioner))\s+(?:for|of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'-]*\s+(?:(?:and|for|of)\s+)?){0,6}[A-Z][\w’'-]*)?"
)
# Reference convention: after naming a body in full, copy calls it by its kind ("the
# department", "the company", "the utility"): the last body named whose name ends in a
# head word of that kind.
BODY_HEADS: Final = {
    "department": ("Department",),
    "company": (
        "Corp",
        "Corp.",
        "Corporation",
        "Company",
        "Co.",
        "Inc",
        "Inc.",
        "Group",
        "Holdings",
        "Power",
        "Energy",
        "Electric",
        "Airlines",
        "Airline",
        "Bank",
        "Pharmaceuticals",
        "Pharmaceutical",
        "Pharma",
        "Motors",
        "Industries",
        "Technologies",
        "Insurance",
        "Mining",
        "Chemical",
        "Chemicals",
        "Ltd",
        "Ltd.",
        "LLC",
        "plc",
        "PLC",
        "Water",
        *_split(
            "Renewables Storage Resources Hospitality Dredging Developments Properties"
            " Healthcare Railway Railways Airways Shipping Contractors Engineering Distillery"
            " Brewery Ambulance Products Systems Solutions Partners Enterprises Brands Foods"
            " Logistics Seafoods Seafood Textiles Mills Farms Construction Builders"
        ),
    ),
    "utility": ("Power", "Energy", "Electric", "Utilities", "Utility", "Water"),
    "agency": ("Agency", "Administration", "Service", "Bureau", "Office", "Department"),
    "district": ("District", "Schools"),
    "division": ("Division",),
    "hospital": ("Hospital",),
    # (a practice named by its field: "Prairie Wind Pediatrics ... the clinic")
    "clinic": ("Clinic", "Pediatrics", "Paediatrics"),
    "university": ("University", "College"),
    "commission": ("Commission",),
    "board": ("Board",),
    "authority": ("Authority",),
    "airline": ("Airlines", "Airline", "Airways"),
    "bank": ("Bank",),
    "ministry": ("Ministry",),
    "council": ("Council",),
    "diocese": ("Diocese", "Archdiocese"),
    "foundation": ("Foundation",),
    "trust": ("Trust",),
    "charity": ("Charity", "Trust", "Foundation", "Fund"),
    "fund": ("Fund",),
}
THE_DEPARTMENT: Final = re.compile(
    rf"\b[Tt]he\s+(?:school\s+)?(?P<kind>{'|'.join(BODY_HEADS)})\b(?!-|[’']\w{{2}})"
)
# Second-reference convention: after naming a body in full ("the Greenville County
# Sheriff's Office", "the Ohio Department of Health"), copy calls it by the common words
# of its name, in lower case: "the sheriff's office", "the health department".
SHORT_BODY: Final = re.compile(
    r"\b[Tt]he\s+(?P<words>(?:[a-z][a-z’'-]*\s+){1,3}?)"
    r"(?P<head>department|office|agency|administration|service|bureau|company|district"
    r"|hospital|university|college|commission|board|authority|union|council|court)"
    r"\b(?![’'-])"
)
THE_PRESIDENT: Final = re.compile(r"\b[Tt]he\s+president\b")
GENERIC: Final = frozenset(
    {"officials", "police", "staff", "spokeswoman", "spokesman", "spokesperson", "officers"}
)
PREPOSITION: Final = re.compile(
    r"\b(?:to|for|with|from|about|of|at|on|in|into|over|against|between|than|toward|towards"
    r"|through|under|among|like|as|around|before|after|below|above|near|along|across|behind"
    # (with a count between: "in two Chivi wards")
    r"|beside|outside|inside|within)\s+(?:(?:the|two|three|four|five|several|both|\d+)\s+)?$",
    re.IGNORECASE,
)
DETERMINER: Final = re.compile(r"^(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ther|[Aa]n?)\s+")

# Outsider convention: news copy introduces someone outside the party by their tie to the
# story ("Ryan Petty, the father of a student killed", "a neighbor, Ana Cruz,", "Sen. Ana
# Cruz"): a relative, a victim, a witness, a lawyer, a critic or a lawmaker.
# Expert convention: a story asks an independent expert ("a school safety consultant",
# "a cardiologist at Lakeshore University") to weigh the evidence; they speak for no party.
EXPERT_NOUN: Final = (
    r"experts?|professor|researchers?|analysts?|consultants?|scientists?|economists?"
    r"|physicians?|doctors?|scholars?|specialists?|[a-z]+olog(?:ist|er)s?"
)
# Kin convention: a relative of someone the story is about, or a witness or neighbour,
# speaks from outside whatever account the story tests.
KIN_NOUN: Final = (
    r"father|mother|parents?|son|daughter|brother|sister|widow(?:er)?|husband|wife|relatives?"
    r"|uncle|aunt|cousin|grandmother|grandfather|family|victims?|survivors?|residents?"
    r"|neighbou?rs?|witness(?:es)?|bystanders?"
)
# A member of the public named by their tie to a service ("tenant Leanne Pitt", "patients"),
# beside a relative or a resident (KIN_NOUN).
PUBLIC_TIE: Final = (
    r"(?:tenant|passenger|patient|customer|motorist|driver|commuter|homeowner"
    r"|renter|caller|client|shopper|pensioner|retiree|voter|diner|swimmer|rider|travell?er"
    r"|pupil|farmer|villager|trader|vendor|fisherm[ae]n|shopkeeper|stallholder)s?"
)
OUTSIDER_NOUN: Final = (
    rf"{KIN_NOUN}|{PUBLIC_TIE}|lawyers?|attorneys?|advocates?|activists?"
    r"|critics?|lawmakers?|legislators?|senator"
    r"|congress(?:wo)?man|representative|council\s*(?:wo)?man|council\s+member|candidate"
    rf"|challenger|opponent|plaintiffs?|{EXPERT_NOUN}"
    # Union convention: a union's officer speaks for the workers, not the body they work
    # for ("the union's regional vice-president", "a union organiser")
    r"|union[’']s\s+(?:[\w-]+\s+)?[\w-]+|union\s+(?:president|leader|official|secretary|organi[sz]er"
    r"|representative|rep|steward|chair\w*)"
)
OUTSIDER_APPOSITIVE: Final = re.compile(
    rf"\b((?:{_GIVEN})?(?!{MONTH_OR_DAY})(?P<surname>[{UPPER}][\w’'-]+)),\s+"
    r"(?:the|a|an|his|her|their|whose)\s+(?:[\w’'-]+\s+){0,3}?"
    rf"(?:{OUTSIDER_NOUN})\b"
)
# Age convention: "Kath Sutcliffe, 58, of Lindley," gives a member of the public's age
# after the name; the story introduces someone from outside the body it is about.
AGED_PERSON: Final = re.compile(  # (or in brackets, initials first: "K.M. Sumanawathi (52)")
    rf"\b((?:[{UPPER}][\w’'.-]+\s+){{1,2}}(?!{MONTH_OR_DAY})(?P<surname>[{UPPER}][\w’'-]+))"
    r"(?:,\s+\d{1,3},|\s+\(\d{1,3}\))"
)
# ... or the age set before the name: "one of the residents, 81-year-old Yohane Kalua, fell"
AGED_BEFORE: Final = re.compile(
    rf"\b\d{{1,3}}-year-old\s+((?:[{UPPER}][\w’'.-]+\s+){{1,2}}(?P<surname>[{UPPER}][\w’'-]+))\b"
)
# The same tie told before the name: "The family's attorney, Ben Rivera,", "a neighbor, Ana
# Cruz,", "his lawyer, Ben Ruiz".
OUTSIDER_BEFORE_NAME: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*(?:[’']s|s[’']))\s+(?:[\w’'-]+\s+){0,3}?"
    # the name ends the sentence when it ends a quote's attribution: '..., said his
    # lawyer, Ben Ruiz.'
    # (a title may open the name: "Her opponent, Sheriff Luis Ferrer,")
    rf"(?:{OUTSIDER_NOUN}),\s+((?:[{UPPER}][\w’'.-]+\s+){{0,2}}(?P<surname>[{UPPER}][\w’'-]+))"
    # (an age may follow: "the plaintiffs, Vestine Mukamana, 54,")
    r"(?:,(?:\s+\d{1,3}(?:,|\.(?=\s|$)))?|\.(?=\s|$))"
)
# Appositive convention: "Maria Gonzalez, whose home burned," and "Ray Duncan, who
# fished there," introduce a person named without a title; "whose" ties them to the
# story from outside (a victim, a relative, an owner), and so does "who lives".
NAMED_BY_CLAUSE: Final = re.compile(
    rf"\b((?:{_GIVEN})?(?!{MONTH_OR_DAY})(?P<surname>[{UPPER}][\w’'-]+)),\s+"
    r"(?P<how>whose|who\s+(?:lives|lived|(?:has|had)\s+lived|owns|owned|runs|ran|farms|grew\s+up"
    r"|attends|attended|rents)\b|who)\s"
)
# The ways a person from outside the body is introduced, named without a title.
OUTSIDERS_NAMED: Final = (
    OUTSIDER_APPOSITIVE,
    OUTSIDER_BEFORE_NAME,
    NAMED_BY_CLAUSE,
    AGED_PERSON,
    AGED_BEFORE,
)
# Appositive convention: "Jason Van Dyke, a white police officer," names a person with no
# title before the name; the appositive's noun says it is a person, not a body.
PERSON_NOUN: Final = (
    r"officer|official|agent|deputy|detective|trooper|sergeant|lieutenant|captain|chief"
    r"|commissioner|executive|director|manager|president|chair(?:man|woman|person)?|spokes(?:man"
    r"|woman|person)|aide|advis[eo]r|employee|worker|engineer|doctor|nurse|teacher|student"
    r"|inspector|investigator|auditor|consultant|contractor|donor|lobbyist|founder|owner"
    r"|professor|scientist|judge|prosecutor|mayor|governor|lawmaker|minister|secretary"
    r"|administrator|superintendent|principal|coach|pastor|man|woman|boy|girl|teen(?:ager)?"
    r"|member|trustee|treasurer|clerk|attorney|lawyer|candidate|nominee"
)
# (a sentence may open on a place: "In Mwamabondo, the village executive officer, Ms Sanga,")
_NO_PREPOSITION: Final = (
    r"(?!(?:In|At|On|From|For|By|With|To|Under|After|Before|During|Since|Near)\s)"
)
NAMED_BY_APPOSITIVE: Final = re.compile(
    # (initials may stand for the given names: "K. Pandiarajan, district secretary of")
    rf"\b{_NO_PREPOSITION}((?:(?:[{UPPER}][\w’'-]+\s+){{1,2}}|{_INITIALS})(?!{MONTH_OR_DAY})(?P<surname>[{UPPER}][\w’'-]+)),\s+"
    r"(?:(?:a|an|the)\s+"
    rf"(?:[\w’'-]+\s+){{0,4}}?(?:{PERSON_NOUN})\b"
    # AP style drops the article before a job: "Tracy Clark, spokesman for the district,",
    # "Frank McKenzie, head of U.S. Central Command,", "Ana Ruiz, the agency's director,"
    # (or tells how long it has been held: "Vasant Gaikwad, chairman since 2009,")
    rf"|(?:[\w’'-]+\s+){{0,2}}?(?:{PERSON_NOUN}|head|chairman)\s+(?:of|for|at|since)\s)"
)
# The job told first, the name set off after it: "Facebook's top PR executive, Nick Clegg",
# "the agency's director, Ana Ruiz,", and in British style with capitals: "the Health
# Secretary, Jane Hale,".
NAMED_AFTER_JOB: Final = re.compile(
    # (with what the job is of: "The city's director of transportation, Priya Raghunathan,")
    # (or where it is held: "the Permanent Secretary in the Ministry of Agriculture, Jo Ray,")
    rf"\b(?i:(?:{PERSON_NOUN})(?:-general)?(?:\s+(?:of|for|in|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}?[\w’'-]+)?"
    r"|chief\s+of\s+staff|head),\s+"
    rf"((?:(?:[{UPPER}][\w’'-]+\s+){{1,2}}|{_INITIALS})(?P<surname>[{UPPER}][\w’'-]+))\b"
    r"(?![\w’'-]*\s+(?:[A-Z]|of\b))"
)
# A job's field, capitalised, set between the job and the name: "Director of Energy Ashneel
# Sharma", "Minister for Health and Wellness Jane Okoro" (the name: the last two words).
FIELD_JOB: Final = (
    r"(?:Director|Minister|Secretary|Commissioner|Head|Chief|Manager|Officer|Registrar"
    r"|Chair(?:man|woman|person)?|President|Superintendent)(?:-General)?"
)
NAMED_AFTER_FIELD: Final = re.compile(
    rf"\b{FIELD_JOB}\s+(?:of|for)\s+(?:the\s+)?"
    rf"(?:[{UPPER}][\w&-]+\s+(?:and\s+)?){{1,4}}?"
    rf"((?:{_INITIALS}|[{UPPER}][\w’'-]+\s+)(?P<surname>[{UPPER}][\w’'-]+))(?![\w’'-]*\s+[{UPPER}])"
)
# AP style names a person after a lowercase description of them ("mega-donor Jona
# Rechnitz", "motorist Tyre Nichols", "contractor Ana Ruiz"): a full name after an agent noun.
DESCRIBED_PERSON: Final = re.compile(
    # not a word that only ends like an agent noun ("after Hurricane Marla")
    r"\b(?!(?:after|under|over|never|rather|whether|either|neither|other|another|later|former"
    r"|together|however|whenever|earlier|further|recent|different|current|president)\b)"
    r"(?:[a-z][a-z-]{2,}(?:er|or|ist|ant|ent|ian|man|woman|person)|staff|aide|secretary"
    r"|chief|head|deputy"
    # Canadian Press puts the job's field after it: "Director of communications Jan Roy"
    r"|(?:[Dd]irector|[Mm]anager|[Hh]ead|[Mm]inister|[Ss]ecretary|[Oo]fficer|[Dd]ean)\s+of"
    r"(?:\s+[a-z][a-z-]+(?:\s+and)?){1,3})\s+"
    rf"((?:[{UPPER}][{LOWER}]+\s+){{1,2}}(?P<surname>[{UPPER}][{LOWER}][\w’'-]*))\b"
    # (a silk or an honour may follow: "barrister Rupert Vance KC")
    rf"(?!\s+(?!{POST_NOMINAL}\b)[{UPPER}])"
)
OUTSIDER_TITLE: Final = re.compile(
    r"\b(?:Sen|Sens|Rep|Reps|Assemblyman|Assemblywoman|Councilman|Councilwoman|Del|MPP?|MSP|MLA|Councillor|Cllr|Coun|Ald"
    # Westminster style: the opposition's "Shadow health secretary Tom Aske"
    r"|(?i:shadow)\s+(?:[a-z]+\s+){0,3}(?:secretary|minister|chancellor|spokes(?:man|woman))"
    r"|(?i:opposition)\s+(?:leader|spokes(?:man|woman|person))"
    # a union's officer, titled: "Union president Cathal Dunphy" (see OUTSIDER_NOUN)
    r"|(?i:union)\s+(?:president|leader|secretary|chair(?:man|woman)?|organi[sz]er)"
    # one who once held a post and now speaks from outside: "Former club director and
    # retired solicitor Margaret Hollis disputed that"
    r"|(?<![\w-])[Ff]ormer\s+(?:[a-z][\w-]*\s+){0,2}?(?:director|chair(?:man|woman)?|president"
    r"|treasurer|secretary|trustee|member|councillor|councilor|mayor|minister)"
    r"(?:\s+and\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)?)\.?\s+"
    r"(?:[A-Z][\w.’'-]*\s+){0,2}?(?P<surname>[A-Z][\w’'-]+)\b(?![\w.’'-]*\s+[A-Z])"
)
# One word of a title, alone ("Sheriff", "Lt", "Executive"): a title names no body.
TITLE_WORD: Final = re.compile(
    r"(?:Vice|President|Sheriff|Undersheriff|Assistant|Inspector|General|Attorney|Gov|Lt"
    r"|Governor|Mayor|Sen|Senator|Rep|Representative|Supervisor|Councilman|Councilwoman"
    r"|Councilmember|Council|Member|Chief|Commissioner|Secretary|Director|Judge|Justice"
    r"|MPP?|MSP|MLA|Councillor|Cllr|Coun|Ald|Minister|Premier"
    r"|Gen|Adm|Col|Maj|Brig|Cpl|Pvt|Spc|Del|AIG|DIG|IGP|(?:[ACDS]|SS)?SP|[AD]?CP"
    r"|District|City|Controller|Auditor|Capt|Sgt|Cmdr|Det|Deputy|Officer|Dr|Prof"
    r"|Superintendent|Major|Executive|Chairman|Chairwoman|Chair|Mr|Ms|Mrs|Police|The|A|An"
    r"|Manager|Advocate|Engr|Barr|Arc|Pharm|Alh|Alhaji|Comr?|Hon|Madam)",
    re.IGNORECASE,
)
# Courtesy titles name no body: "Mr." ties two speakers to no common party.
HONORIFICS: Final = frozenset(_split("mr ms mrs miss dr"))

# A subject that is a common noun: "Elian's relatives", "Cuban exiles", "The lawyers".
UNNAMED_SUBJECT: Final = re.compile(
    r"\W*(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:[\w’'-]+[’']s\s+)?(?:[A-Z][a-z]+\s+)?"
    r"[a-z]+s\b"
)
# What may stand between a body and the person it qualifies: "Instagram boss Adam
# Mosseri", "Facebook's top PR executive, Nick Clegg", "Broward County Superintendent".
QUALIFIES_PERSON: Final = re.compile(
    r"(?:[’']s)?(?:\s+[a-zA-Z][\w-]*){0,6}?,?\s+(?:[A-Z][\w’'-]+\s+)?"  # first name
)
# Only a job between two names: "Christie deputy chief of staff Bridget Kelly".
JOB_BETWEEN_NAMES: Final = re.compile(
    r"(?:[’']s?)?\s+(?:(?!(?:and|or|with|to|by|for|from|at|in|on|said|told|met|hit|shot)\b)"
    # the job (no verb, set off by a comma or not: "Reyes' mother, Carmen Reyes"), then
    # first names
    r"(?![a-z]+(?:ed|s)\b)[a-z][\w-]*,?\s+){0,5}"
    r"(?:[A-Z][\w’'-]+\s+){0,2}"
)
# Someone the clause leaves unnamed: "A spokesman said", "the ministry spokesman", "The reviewers"
# (or one named again by their job alone: "The former worker, who left the farm last month,")
SOMEONE: Final = re.compile(
    r"\W*(?:[^,;“”\"]{1,40}(?:,\s+\d{4})?,\s+)?(?:(?:a|an|one|another)\s|(?P<several>(?-i:The)\s+[a-z]+s\s+(?:[a-z]+ed|wrote)\b)"
    r"|the\s+(?:[\w’'-]+\s+){0,2}?spokes(?:man|woman|person)\b(?!,\s+[A-Z])"
    rf"|(?P<former>(?-i:The)\s+(?:former|retired|sacked|dismissed)\s+(?:{PERSON_NOUN})\b(?![’']|\s+[A-Z])))",
    re.IGNORECASE,
)
# Someone unnamed, tied to a body by what follows: "A surveyor appointed by one of the
# insurers", "A person close to the company".
UNNAMED_SOMEONE: Final = re.compile(
    # (or a count of them: "Forty-seven pupils of the school were admitted")
    # ("More than 300 households in two wards were struck off")
    r"\W*(?:(?:More|Fewer|Less)\s+than\s+|About\s+|Nearly\s+|Almost\s+|Over\s+)?"
    r"(?:[A-Z][a-z]+(?:-[a-z]+)?|\d[\d,]*)\s+(?:[a-z-]+\s+)?[a-z]{3,}s\s+(?:of|from|at|in)\s"
    # (or placed first: "A Huon Valley seafood processor has admitted")
    # (or counted: "Two packers and a forklift driver were taken by ambulance")
    r"|\W*(?i:a|an|one|two|three|another)\s+(?:[A-Za-z-]+\s+){0,3}?(?:[a-z-]{2,}(?:(?:er|or|ist|ian)s?"
    rf"|man|woman|person)|people|{PERSON_NOUN})\b"
)
# A body's pronoun as the speaker: "It said", "They told".
BODY_PRONOUN: Final = re.compile(
    r"(?:It|it|They|they)\s+(?:[a-z]+ly\s+)?(?:said|says|told|added)\b"
)


# Commentator convention: one set outside the matter is no insider and no party: at a
# charity, lobby or think tank ("an analyst at the Tenants Project, a Boston nonprofit"), one
# who "now trains call takers", or one who read the logs "at the Gazette's request".
OUTSIDE_TIE: Final = re.compile(
    r"^[^.;“”\"]*?\b(?:non-?profit|not-for-profit|charity|think[-\s]tank|advocacy|lobby"
    r"|pressure\s+group|campaign(?:ing)?\s+group|who\s+now\s+(?:[a-z]+s)\b|support\s+network"
    r"|rights\s+(?:group|organi[sz]ation|coalition)|coalition\s+of"
    r"|at\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}?[A-Z][\w’'-]*[’']s\s+request)",
    re.IGNORECASE,
)
# Expert convention: a source introduced by a field of knowledge, one among many ("Priya
# Natarajan, an epidemiologist at the state university,", "a professor of public law")
# speaks from outside the story's events (not a doctor or physician, who may work inside).
_EXPERT_AFTER: Final = re.compile(
    r"^,\s+(?:(?:an?|one\s+of\s+the)\s+(?:[\w’'-]+\s+){0,3}?(?:experts?|professor|researchers?"
    r"|analysts?|economists?|scholars?|specialists?|[a-z]+olog(?:ist|er)s?)\b(?![’'])"
    # (or by what they study, or by a post left behind: "who studies community supervision at
    # Drexel University", "a retired Crown attorney")
    r"|who\s+(?:studies|researches|teaches|has\s+(?:studied|researched))\b|an?\s+retired\b)"
)
# ... or named after the field in lower case: "county epidemiologist Dr. Priya Natarajan".
_EXPERT_BEFORE: Final = re.compile(
    r"(?:^|\s)(?:[a-z-]+\s+)?(?:professor|researcher|analyst|economist|scholar|specialist|[a-z]+olog(?:ist|er))\s+\Z"
)


def named_expert(before: str, after: str) -> bool:
    """Whether the words ``before`` and ``after`` a person's first naming introduce an
    independent expert (see ``_EXPERT_AFTER``, ``_EXPERT_BEFORE``)."""
    return (
        _EXPERT_AFTER.match(after) is not None
        or _EXPERT_BEFORE.search(before) is not None
        or (after.startswith(",") and OUTSIDE_TIE.match(after[:160]) is not None)
    )


# A name with only a courtesy title: "Mr. Jayasundara", "Dr Mwangi".
HONORIFIC: Final = re.compile(r"(?:Mr|Ms|Mrs|Dr)\.?\s+\S+")


def job_words(between: str) -> bool:
    """Whether ``between`` holds only a job's capitalised words, and a name's initials."""
    words = between.split()
    return (
        bool(words)
        and all(
            TITLE_WORD.fullmatch(w) is not None or re.fullmatch(r"(?:[A-Z]\.){1,3}", w) is not None
            for w in words
        )
        and any(TITLE_WORD.fullmatch(w) is not None for w in words)
    )
