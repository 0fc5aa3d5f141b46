"""Evidence: the records, filings and findings a story cites, and the words that say what
they show (data only)."""

from __future__ import annotations

import re
from typing import Final

from timeline.draft.words import CONTRADICT_VERB, MASTHEAD, RELATIVE_OPEN, STATEMENT, whole_words

__all__ = [
    "ACCORDING",
    "ACCORDING_ANY",
    "ACCORDING_EVIDENCE",
    "AS_LISTED",
    "CHARGED",
    "EVIDENCE_NOUN",
    "EVIDENCE_SHOWS",
    "EVIDENCE_TELLS",
    "FILING",
    "KNOWN_INSIDE",
    "MEASUREMENT",
    "OBTAINED_SHOWING",
    "OF_CHECKED",
    "OUTLET_REQUESTED",
    "OWN_DOCUMENT",
    "OWN_WARNING",
    "PRONOUN_SHOWS",
    "RECORDS_OBTAINED",
    "RECORDS_RELEASED",
    "RECORD_MADE",
    "REPORT",
    "STILL_UNDONE",
    "TO_NEWSROOM",
    "made_record",
    "named_when",
    "records_out",
    "report_cue",
]

# Newsroom convention: records handed to a newsroom ("which The Sentinel examined") came out.
TO_NEWSROOM: Final = re.compile(
    r"\b(?:passed|given|leaked|supplied|provided|sent|shown|handed|shared|forwarded|released|disclosed|turned\s+over|made\s+available)\s+"
    rf"(?:[\w’'-]+\s+){{0,2}}?to\s+(?:the\s+)?(?:{MASTHEAD}|this\s+(?:newspaper|paper|news\s+site|website|station)|us)\b"
    rf"|\b(?:{MASTHEAD}|this\s+newspaper)\s+(?:examined|inspected|saw|obtained|received|reviewed|viewed)\b"
    # (or given the newsroom by name: "The outreach service gave Illawarra Today its logs")
    rf"|\b(?:gave|handed|passed|sent|provided|supplied)\s+(?:the\s+)?(?:{MASTHEAD}|this\s+newspaper)\s+(?:its|their|his|her|a|an|the|copies|\d)\b"
    # (not words of an account: "gave the Courier the same wording last June")
    r"(?!\s+(?:same\s+|similar\s+)?(?:wording|answer|statement|response|assurances?|account|reply))"
    # (or let it see them: "which a registry employee allowed the Courier to photograph")
    rf"|\b(?:allowed|let|permitted)\s+(?:the\s+)?(?:{MASTHEAD}|this\s+newspaper)\s+(?:to\s+)?(?:photograph|see|view|copy|inspect|examine|read)\b"
)
# Paper-trail convention: a record's own date ("The proposal is dated January 6", "bears its
# last entry on 21 August") and what a log "records" are the body's papers made at the time
# they tell of: the practice itself, not a finding about it.
RECORD_MADE: Final = whole_words(
    r"(?:is|are|was|were)\s+(?:all\s+)?dated\s+(?!by\b)|carr(?:y|ies|ied)\s+the\s+date|bears?\s+(?:its|the|a)\s+(?:(?:last|first|final|latest)\s+)?(?:entry|date)"
    # (or an entry made in them: "was recorded as taking 340 litres", "they logged none")
    r"|(?:was|were)\s+(?:recorded|logged|listed|entered)\s+as\b|(?:logged|recorded)\s+none\b"
    r"|(?:logs?|register|ledger|(?:tracking|job|time|sign-in)\s+sheets?|logbook|diary|rota)"
    r"(?:,[^,;“”\"]{1,80},|\s+for\s+(?:that|the|each|every)\s+(?:[\w-]+\s+){0,2}?(?:morning|day|night|evening|shift|week|date))?\s+records\b"
)
# ... and a paper named with its date ("A paper headed “Project Loom”, dated 30 May,
# sets out", "A hold list prepared by the accounts office and dated June 28"), unless it
# is an overseer's finding ("a letter from the regulator, dated February 14, informing the
# board of its findings", see ``REPORT``).
_DATED_PAPER: Final = re.compile(
    r"(?:,\s*|\s+and\s+|\s)(?<!\bis\s)(?<!\bwas\s)dated\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s)",
    re.IGNORECASE,
)
# The words of a report, an inspection or a finding, and of how a matter came out.
REPORT: Final = whole_words(
    # (not a kind of rule or staff, "their inspection rules", nor a duty: "must report crop loss")
    r"(?<!must\s)(?<!to\s)(?<!should\s)(?<!shall\s)(?:reports?|audits?|inquiry|investigation|inspections?)(?!\s+(?:rules?|regimes?"
    r"|requirements?|standards?|laws?|polic(?:y|ies)|schedules?|process|fees?|forms?|staff|teams?|units?|budgets?|guidelines?)\b)"
    r"|audited|findings|found(?!\s+(?:in|at|on|inside|among)\s)|investigators?|inspectors?|inspects|observed|noted|reviewed|revealed|reveals"
    # (not "had not been inspected since 2015": what went undone is the practice)
    r"|(?<!been\s)(?<!was\s)(?<!were\s)(?<!not\s)(?<!never\s)(?<!be\s)inspected"
    # (an overseer "cited the plant for 12 violations", not a minister who "cited the network")
    r"|cited(?=\s+(?:[\w’'.-]+\s+){1,5}?for\b)"
    # how it came out: "The gap came to light after the Messenger asked for the records"
    r"|came\s+to\s+light|comes\s+to\s+light"
    # "Questions about the faculty were first raised in August", "doubts first surfaced"
    r"|(?:questions?|concerns?|doubts?|complaints?|allegations?|accusations?)\s+(?:about\s+[^,;]{1,60}?\s+)?(?:were\s+|had\s+been\s+)?"
    r"(?:first\s+)?(?:raised|surfaced|emerged)"
    r"|disclosed|uncovered|discovered|documented|watchdog|oversight|inquests?"
    # a conclusion shared: "An outside review ... reached the same conclusion"
    r"|reached\s+(?:the\s+same|a\s+similar|similar)\s+conclusions?"
    r"|(?:records|documents|data|emails|logs)\s+(?:show|showed|obtained)"
    # Inquiry convention: an inquiry under way ("the Texas Rangers are investigating the
    # shooting", "prosecutors are reviewing the case") is oversight at work.
    r"|(?:is|are|was|were|(?:has|have)\s+been)\s+(?:now\s+|also\s+|still\s+)?"
    r"[“\"]?(?:investigating|probing|reviewing|examining|auditing|looking\s+into"
    r"|making\s+(?:enquiries|inquiries))"
)

# Evidence convention: reporters establish facts from records, not from what officials say;
# "records show", "emails show", "the audit found", "according to the report" attribute a
# fact to evidence. The evidence is a disclosure; what it shows is a practice.
EVIDENCE_NOUN: Final = (
    r"(?:records?|documents?|e-?mails?|memos?|files?|logs?|data|databases?|video|videos|footage|clips?|audio"
    # a briefing or file note: "the note says", "the officer's notes show"
    r"|(?<!bank\s)(?<!sick\s)notes?"
    # an overseer's notice: "The enforcement notice said the fire doors had failed"
    r"|(?<!short\s)(?<!advance\s)(?<!further\s)(?<!until\s)(?<!without\s)notices?"
    # (not one a body posts for the public: "A notice posted on the courts' website said")
    r"(?!\s+(?:posted|published|put\s+up)\s+(?:on|to)\s+(?:[\w’'-]+\s+){1,3}?(?:website|site|page|Facebook|feed)\b)"
    r"|(?:enforcement|improvement|prohibition|abatement|warning|show-cause|compliance)\s+notice"
    # (not the verb after its subject: "how it reports pipeline numbers")
    r"|recordings?|photos|photographs|pictures|images|(?<!\bit\s)(?<!\bthey\s)(?<!\bwho\s)reports?"
    r"|audits?|review|study|studies|analysis|investigation|inquiry"
    r"|(?:impact|risk|safety|fire|internal)\s+assessments?"  # ("a data protection impact ...")
    # a comparison the story draws from the records: "the same comparison shows"
    r"|comparisons?"
    # (not a police rank: "Assistant Inspector General", "Inspector General of Police")
    r"|(?<!assistant\s)(?<!deputy\s)inspector\s+general(?!\s+of\s+police)"
    r"|investigators|auditors|regulators|tests|testing|research"
    # an overseer, one or several, by its kind, whose finding is its report's: "the state auditor
    # found", "Inspectors found" (not a body named in full, "the Wales Woodland Regulator said",
    # whose words may be its own; nor one that "found the opposite", a contrast with nothing shown)
    r"|(?-i:[Ii]nspectors?|[Rr]eviewers|auditor|[A-Z]{0,3}SB|[A-Z]{0,2}AIB|(?:[Ss]afety|[Ii]nvestigations?)\s+[Bb]ureau|[Aa]uditor[\s-][Gg]eneral|comptroller|[Oo]mbudsman|watchdog"
    r"|regulator|inspectorate)(?=(?:[’']s)?\s+(?:who\s+(?:[\w’'.-]+\s+){1,10}?|(?:[\w’'-]+\s+){0,3}?)(?:found|finds|concluded"
    r"|concludes|wrote|writes|recorded|records|determined|said\s+that\s+of)\b"
    r"(?!\s+(?:just\s+)?the\s+opposite\b))"
    r"|findings|filings|figures|statistics|papers|contracts|invoices?|receipts|rotas?|repl(?:y|ies)(?=\s+(?:obtained|received)\s+under\b)"
    r"|results(?=,?\s+(?:published|released|posted|obtained|seen|issued|shows?|showed|lists?|listed)\b)"
    # what was paid, and who is on the roll: "the council's payment schedules show", "The
    # voters' roll for the election still listed her at the address"
    r"|payment\s+(?:schedules?|runs?|vouchers?)|(?:voters?[’']?|electoral)\s+rolls?"
    # (an agreement signed with a tenant or a funder: "licence agreements seen by the paper show")
    r"|(?:licen[cs]e|tenancy|lease|rental|loan|funding|grant|service)\s+agreements?"
    # an order known as a document: "an order obtained by the Dispatch shows"
    r"|(?:orders?|permits?)(?=,?\s+(?:obtained|seen|issued|dated|signed|released)\b)"
    r"|rosters?|timesheets|time\s+sheets|spreadsheets?|payroll|pay\s*slips|wage\s+slips|pay\s*stubs|diar(?:y|ies)|calendars|CCTV|dockets?|ledgers|(?-i:ledger)|logbooks?"
    # the paperwork of work done: "work orders show", "the sheets show", "card statements show"
    r"|(?:work|purchase|repair|service|job)\s+orders?|tickets|manifests|checklists|sheets|registers|(?-i:register)"
    # an answer to a records request, a dated document: "A reply dated September 28 ... shows"
    r"|(?:RTI|FOI|FOIA|Right\s+to\s+Information|records\s+request)\s+(?:repl(?:y|ies)|responses?)|repl(?:y|ies)\s+dated"
    r"|(?:bank|card|credit\s+card|billing|financial|escrow|account|trust|payment)\s+statements|tax\s+returns"
    r"|transcripts?|(?:text\s+|instant\s+|internal\s+)?messages|chats|letters?|minutes|testimony"
    # a chain of messages ("The city's legal department released the thread Monday"), a
    # party's own jobs page ("The company's own jobs page shows that the post was advertised")
    r"|(?:(?:text|message|group|chat|e-?mail|WhatsApp)\s+)?threads?|(?:jobs?|careers|vacanc(?:y|ies))\s+pages?"
    r"|depositions?|declarations?|affidavits?|exhibits?|evidence|(?:Form\s+[\w-]+|annual)\s+returns"
    # what a prosecutor files in court: "The charge sheet says", "the chargesheet alleges"
    r"|charge[\s-]?sheets?"
    # the forms a body fills in: "use-of-force forms show", "the certificates show"
    r"|forms?|certificates?|paperwork|notebooks?|recounts?"
    # the cards a store or a shift is kept on: "Stock cards seen by the Monitor show"
    r"|(?:stock|bin|time|score|ledger|job|record)\s*cards?"
    # a search of a register: "A search at the Land Registry shows", "a company search"
    r"|(?:land|title|company|registry|records?)\s+search(?:es)?|search(?:es)?(?=\s+(?:by\s+[^,;]{1,40}?\s+)?(?:at|of|in)"
    r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?:[Rr]egist(?:ry|er)|records|files|archives?|database|system|portal))"
    # a summary drawn up inside: "A summary prepared by the agency's compliance division shows"
    r"|summar(?:y|ies)(?=\s+(?:prepared|compiled|produced|drawn\s+up)\s+(?:by|for)\b)"
    # a count kept of stock: "A stock count dated November 6 lists", "the inventory shows"
    r"|stock\s*(?:counts?|takes?)|inventor(?:y|ies)|tally\s+sheets?"
    # (a sheet named by what it tracks: "The unit's own tracking sheet does not bear that out")
    r"|(?:tracking|status|balance|run|attendance|sign-in|duty|cost)\s+sheet"
    # (or a meter's own: "the council's water meter readings show")
    r"|(?:meter|gauge|sensor|monitor|logger)\s+readings"
    # a list or a schedule kept of who got what: "An occupancy list kept by the agency's site
    # office", "according to a schedule Bahamas Power and Light sent to the agency"
    r"|(?:occupancy|waiting|beneficiary|distribution|payment|allocation|crew|passenger|patient"
    r"|delivery|connection|deployment|price|stock|admission|enrolment)\s+lists?|lists?(?=\s+(?:kept|compiled|prepared"
    # (or one the story got: "a list of franchise approvals ..., obtained by the Courier",
    # "A customer list passed to The Mercury")
    r"|drawn\s+up|maintained|passed|given|shown|handed|leaked|sent)\b"
    r"|\s+of\s+[^,;]{1,120},\s+(?:obtained|seen|released|provided|leaked)\b)"
    r"|schedules?(?=\s+(?:[\w’'-]+\s+){0,5}?(?:sent|gave|filed|submitted|prepared|obtained|seen)\b"
    r"|\s+(?:show|shows|showed|list|lists|listed)\b)"
    # the books a counter or a station keeps: "the ice sales book", "the occurrence book"
    r"|(?:sales|order|visitors?|cash|occurrence|duty|attendance|log|day|minute)\s+books?"
    # a part of a record: "the register's horn-stock column shows", "the log's entries show"
    r"|columns?|entries"
    # an internal summary or dashboard is a record ("an internal weekly treatment summary
    # marks ..."); a published one is the party's own account
    r"|internal\s+(?:[\w-]+\s+){0,2}(?:summar(?:y|ies)|dashboards?|trackers?)"
    # what a body applied with: "the felling licence application lists the species"
    r"|applications?"
    r"|(?:test|lab|laboratory|autopsy|toxicology|inspection)\s+results"
    r"|autops(?:y|ies)|post-mortems?|necrops(?:y|ies)|surveys?|(?:medical\s+examiner|coroner)(?:[’']s\s+(?:office|report))?)"
)
# A word that makes an evidence noun its modifier: "the video company", "a data breach".
_EVIDENCE_MODIFIES: Final = (
    r"(?!\s+(?:company|companies|firm|firms|service|services|platform|breach|breaches|request"
    r"|requests|system|systems|office|department|team|unit|center|centre|provider|providers"
    r"|app|site|website|clerk|manager|analyst|analysts|scientist|scientists|officer|officers"
    r"|editor|reporter|producer|producers|game|games|streaming|sharing)\b)"
)
EVIDENCE_SHOWS: Final = whole_words(
    # (the evidence may be named at length before "show that": "Call logs the county
    # released last week ... show that"; or added in an aside: ", along with 148 complaints")
    # (a number's own commas, "bank statements from 1,243 schools"; or initials: "(GRA)")
    rf"{EVIDENCE_NOUN}{_EVIDENCE_MODIFIES}(?:(?:\s+(?:\d{{1,3}}(?:,\d{{3}})+|[\w’'./-]+|\([A-Z]{{2,6}}\)(?!,))){{0,12}}?"
    rf"|(?:\s+(?:[\w’'.-]+|\([A-Z]{{2,6}}\))){{13,20}}?(?=\s+(?:show|list)(?:s|ed)?\s|,))(?:,\s+(?:along\s+with|together"
    r"\s+with|as\s+well\s+as|and|plus)\s[^,;“”\"]{1,120}"
    # a list's own commas: "data ... for August, September and October 2024 show that"
    # (or its last items at length: "..., an inspection report by the agency and images
    # examined by The Irish Chronicle show that")
    r"|,\s+[^,;“”\"]{1,110}?(?=\s+show(?:s|ed)?\s+that\b)|,\s+[^,;“”\"]{1,110}"
    r"(?:,\s+(?-i:[A-Z][a-z]{2,8}\.?)\s+\d{1,2})?"  # (a date's comma: "on Monday, July 1,")
    # a second aside only where it is the evidence's own ("..., No. 1147, which this magazine
    # obtained, show", "copies of which"), not a person's ("the director, a civilian, estimated")
    r"(?:,\s+(?:which|that|(?:a\s+)?cop(?:y|ies)\s+of\s+which|obtained|released|reviewed|filed|dated|seen"
    r"|provided|covering|compiled|prepared|shared|collected|gathered|kept|submitted|drawn\s+up)\b"
    r"[^,;“”\"]{0,80})?,)?[\s,]+"
    # ("footage ... appears to show": what it shows, however hedged)
    r"(?:which\s+)?(?:also\s+(?=show|reveal|says|finds|found)|still\s+)?(?:(?:appears?|appeared|seems?|seemed)\s+to\s+)?"
    # (not the passive: "The figures were revealed in a report" is what a report revealed)
    r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
    r"(?:shows?|showed|shown|showing|reveals?|revealed|revealing|found(?!\s+(?:them|it)\s+to\s+be\b)|finds|indicates?"
    # (the noun after a comma is the next record named, not a verb: "..., documents seen by")
    r"|indicated|indicating|confirms?|confirmed|(?<!,\s)documents(?!\s+(?:released|obtained|seen|provided"
    r"|filed|shared|reviewed|given|held|kept|show(?:s|ed)?|from)\b)|(?<!,\s)documented|lists?|listed"
    # (a record "describes the pump as running at half capacity": what it records)
    r"|turned\s+up|turns\s+up|uncovered|uncovers|describes|described|supports?|corroborates?"
    # a record's count: "the report for the week ending 5 July put outstanding orders at 398,120"
    r"|(?:puts?|placed|places)(?=\s+(?:[\w’'-]+\s+){1,4}?at\s+(?:about\s+|nearly\s+|more\s+than\s+)?\d)"
    # (a record says; one that "has said", or said "publicly", is a speaker with an account,
    # and so is a person named after it: "..., said Las Cruces attorney Gabriel Ornelas")
    r"|says|(?<!\bhas\s)(?<!\bhave\s)said(?!\s+publicly)(?!(?<=,\ssaid)\s+(?-i:(?:[a-z]+\s+){0,2}[A-Z]))"
    r"|concluded|concludes|estimated|estimates"
    r"|(?<!\bto\s)(?<!\bnot\s)say|suggests?(?!\s+otherwise\b)|suggested"  # ("the reports say")
    # (what overseers set down, not what a letter's writer did: "..., auditors wrote.")
    r"|(?:(?<=auditors\s)|(?<=auditor\s)|(?<=inspectors\s)|(?<=inspector\s)|(?<=inspector\salso\s)"
    # ("Auditors identified 88 prisoners who went untreated": the cases they set down)
    r"|(?<=investigators\s)|(?<=examiners\s)|(?<=ombudsman\s))(?:wrote|writes|identified|counted"
    r"|flagged)"
    r"|points\s+to|pointed\s+to"
    # what a record marks or states of a thing: "the summary marks Zone 14 'no treatment'",
    # "the minutes state that he had briefed the agency"
    r"|(?:states?|stated|notes|noted)\s+that|(?:states|stated)(?=\W*$)"  # (', the report stated')
    r"|(?:marks|marked)(?=\s+(?-i:[A-Z])|\s+(?:every|each|all|the|it|them)\b)"
    # (what it records is kept whole: "records 412 casks sold", "records the design as")
    r"|record(?:s|ed)?\s+(?:that\b|(?=(?:the|an?|some|more|how|what|who|\d[\d,]*"
    r"|one|two|three|four|five|several|many|no|each|every|her|his|their|its)\b)"
    # a named, numbered unit: "the log records Block 4 as skipped"
    r"|(?=(?-i:[A-Z][a-z]+)\s+\d)))"
    # the newsroom's own finding: "The Sentinel has learnt that the SRHA did not take samples"
    rf"|(?-i:{MASTHEAD}|this\s+newspaper)\s+(?:has|have|had)\s+(?:learnt|learned|established)"
)
# Reference convention: "The station obtained those logs. They show the certificate
# lapsed on Jan. 9.": what "they show" is what the evidence just named shows.
PRONOUN_SHOWS: Final = re.compile(
    r"\W*(?:(?:But|And|Yet)\s+)?(?:It|They|These|Those|Both)\s+(?:also\s+)?(?:shows?|showed"
    r"|found|finds|reveals?|revealed|lists?|listed|records?|recorded|documents?|documented"
    r"|indicates?|indicated)\b(?:\s+that)?\s+"
)
# The checks, payments and answers a body owes, by their verb's stem.
_DUTIES: Final = (
    r"survey|inspect|test|check|audit|repair|pay|deliver|logg?|record|enter|approv|sign|submitt?"
    r"|answer|repl(?:y|i)|respond|replac|servic|calibrat|clear|collect|advertis|visit|vaccinat"
    r"|updat|renew|refill|clean|screen|train"
)
_NONE_DONE_WORDS: Final = (
    # (not words left out of an account: "No mention was made of punches", see OMITTED)
    r"\b(?:no|never\s+an?)\s+(?!(?:mention|reference|word|note|sign)\b)(?:[\w-]+\s+){1,2}?"
    r"(?:at\s+all\s+)?(?:was|were|is|are|has\s+been|had\s+been)\s+(?:done|carried\s+out|made|conducted"
    r"|ordered|held|filed|sent|issued|installed|repaired|recorded|logged|published|produced"
    r"|delivered|built|served)\b"
    # ... or a deadline let pass: "The company missed that deadline"
    r"|\bmissed\s+(?:the|that|this|its|their|every|each|both)\s+(?:[\w-]+\s+)?(?:deadlines?"
    r"|targets?|dates?)\b"
    # ... or kept out of the books: "The load relief entries were not in the main logbooks"
    r"|\b(?:was|were|is|are)\s+(?:not|never)\s+(?:in|on|entered\s+in|shown\s+in)\s+(?:the|any|its"
    r"|their)\s+(?:[\w-]+\s+)?(?:log\s*books?|logs|records?|registers?|minutes|books|ledgers?|files?"
    r"|(?:time\s*)?sheets)\b"
    # ("No order followed", "None appeared until Feb. 3")
    r"|^\W*(?:No\s+[\w-]+(?:\s+(?:for|from|of|on)\s+[\w-]+)?|None)\s+(?:followed|appear(?:ed|s)|came"
    r"|arrived)\b"
    # ... or no one to do it: "No one went back until August", "Nobody checked the traps"
    r"|^\W*(?:No\s+one|Nobody)\s+(?:[a-z]+ly\s+)?(?:went|came|returned|visited|checked|inspected"
    r"|answered|replied|called|turned\s+up|showed\s+up)\b"
    # ... or none sent or held: "The division sent no delinquency notice to any of them"
    r"|\b(?:sent|issued|conducted|held|logged|recorded|filed|received|paid|carried\s+out)\s+no\s+"
    r"(?!(?:comment|reply|response|answer)\b)|\b(?:reported|logged|recorded|filed|paid)\s+nothing\b"
    # ... or gone without: "The valley went 68 days without a single application"
    r"|\bwent\s+(?:[\w-]+\s+){0,4}?without\b"
    # ... or the form left empty: "The pages for March and April are blank"
    r"|\b(?:is|are|was|were|left|lay)\s+(?:\w+\s+)?blank\b"
    # ... or put off: "An inspection booked for April was postponed twice"
    r"|\b(?:inspections?|audits?|reviews?|visits?|tests?|checks?)\b[^.;“”\"]{0,40}?\b(?:was|were"
    r"|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:postponed|cancell?ed|canceled|called\s+off|put\s+off"
    r"|deferred)\b"
    # ... or a duty owed and not done: "61 of the 214 have not been surveyed since 2021",
    # "the positions were not advertised until January", "did not reply to the letters"
    r"|\b(?:(?:has|have|had)\s+not\s+been|(?:was|were)\s+(?:not|never))\s+(?:[a-z]+ly\s+)?"
    rf"(?:(?:{_DUTIES})e?d|paid)\b|\bdid\s+not\s+(?:[a-z]+ly\s+)?(?:{_DUTIES})e?\b"
    # ... or a check never made: "did not carry out a single field inspection in 2021"
    r"|\b(?:did\s+not|didn[’']t|never|failed\s+to)\s+(?:carry\s+out|conduct|do|make|hold|perform)"
    r"\s+(?:a\s+single|any|an?|one)\s+(?:[\w-]+\s+){0,2}?(?:inspection|audit|check|review|visit|test)s?\b"
    # ... or by not one of those it was owed to: "Not one of those drivers blew into a
    # tester", "None of the letters got a reply" (not "None of this matched ...", nor the
    # court caveat on a claim: "None of the allegations has been tested in court")
    r"|^\W*(?:Not\s+one|None)\s+of\s+(?!(?:this|that|it)\b)(?!the\s+(?:allegations|claims)\b)(?:[\w’'-]+\s+){1,6}?"
    r"(?:(?:had|has|have|was|were)\s+(?:ever\s+)?)?(?:[a-z]+ed|got|received|carrie[sd]|carry"
    r"|blew|had|did|saw|seen|came|went|paid|took|gave|sat|held)\b"
)
_NONE_DONE: Final = re.compile(_NONE_DONE_WORDS, re.IGNORECASE)
# Persistence convention: what "still" has not been done, or "has yet to" be, after the
# account ("most of the plots still have no water") is the failure established, a practice.
STILL_UNDONE: Final = re.compile(
    r"\bstill\s+(?:(?:has|have|had|do|does|did|is|are|was|were)(?:\s+not|n[’']t)?\s+)?(?:no|not"
    r"|never|without|yet|lacks?|lacked|waiting|unpaid|unconnected|unrepaired|closed|empty|broken"
    r"|idle|outstanding|unfinished|pending|unresolved|unanswered)\b|\b(?:has|have|had)\s+yet\s+to\b"
    # ... or that the records hold no trace of: "The hospital's register has no record of one"
    r"|\b(?:has|had|have|shows?|showed|contains?|contained)\s+no\s+records?\s+of\b"
    r"|\b(?:makes?|made)\s+no\s+mention\s+of\b"
    # ("The plant's laboratory log ... has no ash or sulfur results at all")
    r"|\b(?:has|had|have|holds?|held|shows?|showed|records?|recorded|lists?|listed|carr(?:y|ies"
    r"|ied))\s+no\s+(?:(?!to\b)[\w-]+\s+){0,3}?(?:results|entries|entry|tests|readings"
    r"|signatures|inspections|checks|visits?|patrols|samples)\b"
    # ... or a post left empty: "has sat empty since March 2020", "has been without a doctor"
    r"|\b(?:sat|been|remained|stood)\s+(?:empty|vacant|unfilled)\b"
    r"|\bbeen\s+without\s+an?\s+(?:doctor|nurse|inspector|officer|teacher|vet|engineer|manager)\b"
    # ... or a warning never given: "The agency never issued a public recall"
    r"|\b(?:never|did\s+not|didn[’']t)\s+(?:issued?|ordered?)\s+(?:an?|any)\s+(?:[\w-]+\s+)?(?:recall|warning)\b"
    # ... or a repair left unordered or late: "The department did not order them", "The fix
    # was not made until November"
    r"|\b(?:never|did\s+not|didn[’']t)\s+order\s+(?:the|any|its|them|it)\b"
    r"|\b(?:was|were)\s+not\s+(?:made|fixed|repaired|installed|replaced|corrected|done|completed)\s+until\b"
    # ... or a start owed that never came: "the boat never left Auki", "no work has begun"
    r"|\bno\s+(?:work|construction|repairs?)\s+(?:has|had|have)\s+(?:yet\s+)?(?:begun|started)\b"
    r"|\bnever\s+(?:left|arrived|came|reached|sailed|opened|started|began|ran|went|took\s+place"
    r"|happened|showed\s+up|turned\s+up|attended|received|visited|got|heard\s+back)\b"
    # ... or only a few of them done: "Only three prisoners sat the examinations"
    r"|^\W*Only\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|a\s+(?:third|quarter|handful|fraction))\b(?![^.;]{0,60}\b(?:may|must|can|should|shall)\b)"
    # ("Archived copies of the district's website ... contain no violation notices")
    r"|\b(?:contains?|contained)\s+no\b"
    # ... or left lying: "Some orders had sat untouched for more than four years"
    r"|\b(?:sat|sit|sits|lay|lain|lies|remained|remain|remains)\s+(?:untouched|unopened|unread|unanswered"
    r"|unprocessed|unpaid|unused|idle)\b"
    # ... or never made at all: "No audit was done before the season ended"
    rf"|{_NONE_DONE_WORDS}"
    # ... or done "without" the check owed: "spread sludge on hayfields without testing it"
    r"|\bwithout\s+(?:ever\s+|first\s+)?(?:testing|checking|inspecting|telling|notifying|informing"
    r"|warning|disclosing|reporting|recording|visiting|consulting)\b"
    # ("approved the cruisers ... without discussion", "without a valid certificate")
    r"|\bwithout\s+(?:any\s+)?(?:discussion|debate|a\s+vote|bids|competitive\s+bidd?ing|permission"
    r"|approval|authori[sz]ation|an?\s+(?:valid\s+)?(?:permit|licen[cs]e|certificate|contract|tender))\b",
    re.IGNORECASE,
)
# Knowledge convention: what the body knew, or had in hand, before it spoke ("The director
# had the results in May") is a fact behind the scenes, not an account.
KNOWN_INSIDE: Final = re.compile(
    r"\b(?:knew|had\s+known|has\s+known|have\s+known)\s+(?:for\s+(?:months|weeks|years)\s+)?"
    r"(?:of|about|that)\b(?!\s+(?:no|nothing|none)\b)"
    r"|\bhad\s+(?:the|those|these)\s+(?:lab\s+|test\s+)?(?:results|findings|figures|report|data)"
    r"\s+(?:in|on|by|since|for)\b"
    # ... and where its money went: "The largest payment, of £18,750, went to the architects"
    r"|\bpayments?(?:,(?:[^,;“”\"]|,(?=\d)){1,60},)?\s+(?:went|had\s+gone|was\s+made|were\s+made)\s+to\b",
    re.IGNORECASE,
)
# A body's own periodic figures are its account (see words.FIRST_REPORT), but what they
# "show" is evidence: "The department's monthly reports show that ... never fell below 780"
PERIODIC_SHOWS: Final = re.compile(
    r"\b(?:monthly|quarterly|weekly)\s+(?:[\w’'-]+\s+)?(?:reports?|returns)\b"
    r"[^;]{0,80}?\bshow(?:s|ed)?\s+that\b"
)
# (South Asian copy writes "as per": "as per the CIAA", "as per the audit report")
_ACCORDING_TO: Final = r"(?:according\s+to|as\s+per)"
ACCORDING_EVIDENCE: Final = whole_words(
    rf"{_ACCORDING_TO}\s+(?:[\w’'.-]+\s+){{0,6}}?{EVIDENCE_NOUN}"
)
# ("as per" a body only by its initials: "as per the law" attributes nothing)
ACCORDING_ANY: Final = whole_words(r"according\s+to\b|as\s+per\s+(?:the\s+)?(?-i:[A-Z]{2,})\b")
# Records convention: records a newsroom or a party "obtained through a public records
# request" are disclosed by that request; getting them is a disclosure.
# Charging convention: a criminal charge, an indictment or a guilty plea is an official
# finding made public ("was charged with murder", "a grand jury indicted").
CHARGED: Final = whole_words(
    r"(?:was|were|been|is|are)\s+(?:\w+\s+)?(?:charged|indicted)\s+with|indicted|pleaded\s+guilty"
    r"|agreed\s+\w*\s*to\s+(?:pay|settle)\b[^.;]{0,60}\b(?:settle|charges|claims|allegations|suit)"
    # the accused brought before a court: "appeared in court on Monday", "appeared in the court"
    r"|appeared\s+(?:in|before)\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+){0,3}?(?:court|magistrates?|judge)"
    # charges brought: "The charges were filed in February by the regulator"
    r"|charges\s+(?:were|was|have\s+been|had\s+been)\s+(?:filed|laid|brought)"
    r"|(?:filed|laid|brought)\s+(?:criminal\s+)?charges\s+against"
)
_RECORDS_LAW: Final = (
    r"(?:public[\s-]+|open[\s-]+)?(?:records?\s+requests?|freedom[\s-]+of[\s-]+information"
    r"|FOIA|FOIL|open\s+records|public\s+records|public\s+information\s+(?:law|act)"
    # the same law by its other names: "right-to-information", "access to information"
    r"|right[\s-]+to[\s-]+information|access[\s-]+to[\s-]+information"
    r"|official\s+information\s+(?:law|act)|(?-i:RTI|FOI|OIA|LGOIMA|ATIP?)\b)"
)
# (what a request names, and the law it is made under: "obtained the logs, which record
# ..., through a request under the state's open records law"; "The Clarion requested the
# records under the state's public records law")
RECORDS_OBTAINED: Final = whole_words(
    r"(?:obtained|received|got|acquired|released|provided)\b[^.;]{0,130}?\b(?:through|via|under|in\s+response\s+to)"
    rf"\s+(?:an?\s+|the\s+)?(?:requests?\s+(?:made\s+)?under\s+(?:the\s+)?)?(?:[\w’'-]+\s+){{0,3}}?"
    rf"{_RECORDS_LAW}"
    r"|(?:requested|sought|asked\s+for|submitted|lodged)\s+(?:the\s+|its\s+|their\s+)?[^.;“”\"]{0,60}?\bunder\s+"
    rf"(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?{_RECORDS_LAW}"
    # (or got by the one who filed the request: "who filed the RTI application in April,
    # received the papers last week")
    r"|(?:filed|lodged|made|submitted)\s+(?:an?|the|his|her|its|their)\s+(?-i:RTI|FOI|OIA)\s+(?:application|request)\b"
    r"[^.;“”\"]{0,60}?\b(?:received|got|obtained)\s+(?:the\s+)?(?:papers|documents|records|files|reply)\b"
)
# Sampling convention: "Of 520 villages the auditors sampled, 214 had no customer", "Of
# the 41 drains this newspaper visited, 12 were blocked": the checkers' count, then the fact.
OF_CHECKED: Final = re.compile(
    r"^\W*Of\s+(?:the\s+)?(?:[\w’'.,-]+\s+){1,8}?(?:the\s+|this\s+|our\s+)?(?:auditors?"
    r"|inspectors?|investigators?|reviewers?|researchers?|reporters?|newspaper|(?-i:[A-Z][\w’'-]+))"
    r"\s+(?:\w+\s+)?(?:sampled|reviewed|examined|checked|visited|inspected|tested|analy[sz]ed"
    r"|surveyed|audited|looked\s+at)\b[^,;]{0,60},\s+",
    re.IGNORECASE,
)
# Measurement convention: readings that "exceeded" a limit or "tested at" a level are facts
# the reporter established from the data.
MEASUREMENT: Final = whole_words(
    r"exceed(?:ed|s)|(?:have|has|had)\s+exceeded|tested\s+(?:at|positive|above)"
    r"|(?:levels?|samples?|readings?)\s+(?:[\w’'-]+\s+){0,10}?(?:have|has|had)\s+"
    r"(?:shown|risen|topped|surpassed)"  # ("at a reading of 29.4", "readings at or above")
    r"|(?:at\s+)?an?\s+reading\s+of|readings?\s+(?:at\s+or\s+)?(?:above|over|beyond|below)"
    r"|(?:at\s+or\s+)?(?:above|over|beyond)\s+the\s+(?:[\w-]+\s+)?(?:limit|threshold|maximum)"
)
# Obtained-records convention: "obtained weighbridge records under Right to Information laws
# last month showing about 6800 tonnes of glass tipped": the records got, then what they show.
OBTAINED_SHOWING: Final = re.compile(
    rf"\b(?:obtained|received|released|seen|reviewed|examined)\b[^.;“”\"]{{0,40}}?\b{EVIDENCE_NOUN}"
    r"\b[^.;“”\"]{0,80}?\b(?:showing|which\s+show(?:ed|s)?|that\s+show(?:ed|s)?)(?:\s+that)?\s+",
    re.IGNORECASE,
)
# Release convention: a body that hands its records over ("The city released them Aug. 2",
# "released the audio in response to records requests", "The notes were released to the
# Courier last month") makes them public: how the truth came out.
RECORDS_RELEASED: Final = whole_words(
    # (a count of them too: "The council released 412 partly redacted records")
    # (given over, too: "The city provided the data in September", "released a spreadsheet
    # of work orders", not "provided a record harvest")
    # ("The office produced the ledgers on March 28": records produced on request)
    r"(?:released|handed\s+over|turned\s+over|provided|supplied|produced)\s+(?:them|it"
    r"|an?\s+(?:[\w’'-]+\s+){1,2}?of\s+(?:the\s+)?(?=(?:[\w’'-]+\s+){0,2}?"
    # (or named by whose it is: "released Whitford's letter Tuesday")
    rf"{EVIDENCE_NOUN})|(?:the|its|their|\d[\d,]*|(?-i:[A-Z])[\w-]*[’']s)\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?:{EVIDENCE_NOUN}|pages\b))(?!\s+(?:said|says|showed|shows|found))"
    # (its aside between: "The note, dated 9 February and written by an officer, was made public")
    rf"|(?:{EVIDENCE_NOUN}|notes?)(?:,[^,;“”\"]{{1,120}},)?\s+(?:were|was|had\s+been|have\s+been"
    r"|has\s+been)\s+(?:released"
    r"|handed\s+over|turned\s+over|made\s+public|published\s+(?:on|online)\b"
    # given to a newsroom, or put before a court: "A copy of the memo was provided to the
    # station", "The logs were filed Jan. 31 as exhibits in a wrongful-death lawsuit"
    r"|(?:provided|given|leaked|passed)\s+to|filed\b[^;]{0,30}?\bas\s+(?:an?\s+)?exhibits?)"
)
# Request convention: a newsroom that asks the body for its records ("The Courier asked for
# the timesheets of all 26 guards") starts the request through which they come out.
OUTLET_REQUESTED: Final = re.compile(
    rf"^\W*(?:(?:But|And|Yet|Then)\s+)?(?:[Tt]he\s+)?{MASTHEAD}\s+(?:\w+\s+)?"
    # (or the request named by its law: "The Post lodged its OIA request in February")
    r"(?:(?:lodged|filed|made|submitted)\s+(?:its|an?)\s+(?:[\w-]+\s+){0,3}?request\b|(?:asked\s+for|requested|sought|filed\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?request\s+for)\s+"
    rf"(?:(?:the|its|all|copies\s+of(?:\s+the)?)\s+)?(?:[\w’'-]+\s+){{0,4}}?{EVIDENCE_NOUN}\b)"
)
# Filing convention: what a lawsuit, complaint or indictment alleges is a court filing made
# public, a disclosure, not a fact the story established.
FILING: Final = whole_words(
    r"according\s+to\s+(?:[\w’'-]+\s+){0,4}?(?:lawsuits?|suits?|complaints?|indictments?)"
    # (a filing or petition put before a court: "..., the filing says"; in Canadian and
    # British courts a "statement of claim": "The statement of claim, filed Friday in the
    # Court of King's Bench, seeks $1.35 million"; a claim brought in court, named by whose
    # it is: "His claim alleges that"; or a sworn account: "The affidavit ... alleges that";
    # or what one who goes to court says in its filing: "says in the writ petition, filed")
    r"|(?:lawsuits?|suit|complaints?|indictments?|filings?|petitions?|affidavits?|statements?\s+of\s+claim"
    r"|(?<=his\s)claim|(?<=her\s)claim|(?<=their\s)claim|(?<=the\s)claim(?=\s+alleges)"
    r"|(?<=[’']\s)application|(?<=[’']s\s)application)"  # ("The families' application claims")
    r"(?:\s+(?:against|in|filed)\s+[^,;]{1,60}?)?(?:,\s+[^,;]{1,80},)?\s+"
    r"(?:alleges?|alleged|says|said|claims?|claimed|contends?|contended|accuses?|accused|seeks"
    r"|sought|alleging|claiming|contending|accusing)"
    r"|(?:says|said|alleges|alleged|claims|claimed)\s+in\s+(?:the|its|their|his|her|an?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:lawsuit|suit|complaint|petition|application)\b"
)
ACCORDING: Final = whole_words(
    rf"{_ACCORDING_TO}\s+(?:(?:an?|the|his|her|its|their)\s+)?(?:[\w’'-]+\s+){{0,3}}"
    r"(?:report|audit|records|documents|review|investigation|data|inquiry|findings|memos?|minutes"
    r"|assessments?|evaluations?|analys[ie]s|correspondence"
    r"|emails|logs|files|testimony|depositions?|filings?|transcripts?|invoices|footage|video"
    # the paperwork of work done: "according to the store's issue ledger"
    # (lower case: "the Ledger", "the Register" are newspapers)
    r"|ledgers|(?-i:ledger)|logbooks?|registers|(?-i:register)|rotas?|rosters|timesheets"
    r"|spreadsheets?|manifests|schedules?|lists|(?:occupancy|waiting|beneficiary|distribution"
    r"|payment|allocation|delivery)\s+list|pay\s*slips"
    r"|checklists|tickets|(?:work|purchase|repair|service|job)\s+orders)"
)
# Evidence that shows something, or tells a different story: either introduces evidence
# that the next sentences cite ("the logs show").
# ... or what a report brought out: "The figures were revealed in a report by the group"
_REVEALED_IN: Final = (
    r"\b(?:revealed|disclosed|set\s+out|detailed)\s+in\s+(?:an?|the|its|their)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:report|review|audit|analysis|study|filing|investigation)\b"
)
EVIDENCE_TELLS: Final = re.compile(
    rf"{EVIDENCE_SHOWS.pattern}|{CONTRADICT_VERB.pattern}|{_REVEALED_IN}", re.I
)

# What records "list as" a thing: what they call it, no fact they show.
# ("As of Jan. 31, ..." dates what follows; it lists nothing)
AS_LISTED: Final = re.compile(r"as\s(?!of\s)", re.IGNORECASE)
# Warning convention: the body's own review, plan or consultant's report that "flagged",
# "warned", "projected" or "recommended" ("A 2021 workforce plan prepared by the Wildfire
# Service projected ... and recommended ...") tells what the body was told behind the
# scenes: a practice the story sets against its account. The document is the body's own
# when the story says so ("prepared by", "carried out by the company's", "internal").
OWN_WARNING: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:An?|The|Its|Their|[\w’'-]+[’']s)\s+(?:[\w’'.-]+\s+){0,4}?"
    r"(?:review|plan|assessment|study|report|survey|analysis|memo|briefing|evaluation)\b"
    r"(?P<whose>[^.;“”\"]{0,140}?)\b(?:flagged|warned|cautioned|projected|predicted|forecast"
    r"|recommended|identified)\b",
    re.IGNORECASE,
)
OWN_DOCUMENT: Final = re.compile(
    r"\b(?:prepared|carried\s+out|commissioned|written|drawn\s+up|compiled)\s+(?:by|for)\b"
    r"|\b(?:its|their)\s+own\b|\binternal\b",
    re.IGNORECASE,
)

# Time-clause convention, the report as when: "Nearly a month after that audit, on August
# 22, the minister told Parliament" dates the statement by the report; it reports nothing.
_AFTER_THE: Final = re.compile(
    r"\b(?:after|before|since|following|until)\s+(?:the|that|this|its|their|his|her)\s+"
    r"(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)


def report_cue(outside: str) -> re.Match[str] | None:
    """The first report word of a clause (see ``REPORT``) that does not only tell when, nor
    tells one never made ("No audit was done", see ``STILL_UNDONE``)."""
    undone = _NONE_DONE.search(outside)
    for m in REPORT.finditer(outside):
        never = undone is not None and undone.start() <= m.start() < undone.end()
        if not _AFTER_THE.search(outside, max(0, m.start() - 40), m.start()) and not never:
            return m
    return None


_SHOWS: Final = re.compile(r"\bshow(?:s|ed|ing)?\b")
# ("In a statement sent to the Herald, the firm said": its own words, not records)
_OWN_WORDS: Final = re.compile(r"\b(?:statement|response|reply|comments?)\s+(?:[a-z]+\s+)?$", re.I)


def _handed_over(outside: str) -> bool:
    """Whether a clause tells of records handed to the newsroom for their own sake (see
    ``TO_NEWSROOM``): "A copy was given to the Courier by a member of staff", not the
    records that "show" a practice, which is what they show."""
    sent = TO_NEWSROOM.search(outside)
    if sent is None or _OWN_WORDS.search(outside, 0, sent.start()):
        return False
    return _SHOWS.search(outside) is None


def made_record(outside: str) -> bool:
    """Whether a clause tells of a record made at the time (see ``RECORD_MADE``), not of
    what someone said in it ("The letter, dated May 3, said the pool would reopen")."""
    made = RECORD_MADE.search(outside) is not None
    dated = not made and _DATED_PAPER.search(outside) is not None and report_cue(outside) is None
    return (made or dated) and STATEMENT.search(outside) is None


_SAID_LAST: Final = re.compile(r",\s+(?:[\w’'.-]+\s+){1,5}(?:said|says)\W*$")


def records_out(outside: str) -> bool:
    """Whether a clause tells records got, released or handed to the newsroom (a step of
    attribution's ``lane_of``), not what a speaker said of them.

    A statement told after the records is no source of them ("requested the records in
    July, after students wrote to the paper"); one that closes the sentence is ("..., the
    mayor said.").
    """
    if _handed_over(outside):
        return True
    records = RECORDS_OBTAINED.search(outside) or RECORDS_RELEASED.search(outside)
    return records is not None and not (
        STATEMENT.search(outside, 0, records.start()) or _SAID_LAST.search(outside)
    )


# Introduction convention, by time: evidence named with its own time ("The monitoring report
# that went to the committee in June said", "Audit Scotland warned last year that") is
# news of its own, like evidence named as released.
_TIME_NAMED: Final = re.compile(
    r"\b(?:in|on|during|last|this)\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April"
    r"|May|June|July|August|September|October|November|December|\d{4}|year|month|spring|summer"
    r"|autumn|fall|winter)\b"
)


def named_when(part: str) -> bool:
    """Whether evidence is named with its time (see ``_TIME_NAMED``), not with that of a
    relative clause about it ("the register, which the Clarion checked on May 9,", see
    ``words.RELATIVE_OPEN``)."""
    named = _TIME_NAMED.search(part)
    return named is not None and RELATIVE_OPEN.search(part, 0, named.start()) is None
