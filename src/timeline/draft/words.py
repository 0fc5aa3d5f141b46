"""The draft's word lists: the cue words its rules look for (data only; names in naming.py)."""

from __future__ import annotations

import re
from typing import Final


def _split(text: str) -> list[str]:
    """The words of a space-separated list."""
    return text.split()


def whole_words(pattern: str) -> re.Pattern[str]:
    """A pattern matching any of the alternatives ``pattern`` as whole words, in any case."""
    return re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)


# Expense convention: money claimed ("claimed two nights' overnight allowance", "claimed
# €703") is a sum drawn, not words said; what follows a claim of words is a clause.
_MONEY_CLAIMED: Final = (
    r"(?!\s+(?:[€£$₹₦]\s?\d|(?:[\w’'€£$,.-]+\s+){0,4}?(?:allowances?|expenses|mileage|subsistence"
    r"|overtime|reimbursements?|per\s+diems?)\b(?!\s+(?:was|were|is|are|had|would)\b)))"
)
STATEMENT: Final = whole_words(
    # (the plural present, "Residents say", not "did not say"; nor a plan announced, a policy)
    r"said|says|saying|telling(?=\s+(?:[\w’'-]+\s+){1,4}?that\b)|(?<!\bto\s)(?<!\bnot\s)(?<![’']t\s)(?<!\bdid\s)(?<!\bdo\s)(?<!\bwould\s)"
    r"(?<!\bcould\s)(?<!\bwill\s)(?<!\bcan\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bshould\s)say|wr(?:ote|ites)(?!\s+(?:up|down|off|out)\b)|tweeted|tweets|posted|assured|assures|assuring"
    r"|assurances?|reassured?|reassures|reassuring|emphasi[sz]ed|emphasi[sz]es|stressed"
    rf"|claimed{_MONEY_CLAIMED}|denied|denies|denying|denials?|insisted|insists|stated|announced(?!\s+(?:plans?\s+to|an?\s+(?:[\w-]+\s+)?(?:plan|policy|scheme|programme|program|drive|campaign|initiative)\b))"
    # (a claim for money, "filed mileage claims", or a count of them, "of 1,140 claims")
    r"|(?<!mileage\s)(?<!expense\s)(?<!expenses\s)(?<!insurance\s)(?<!benefit\s)(?<!benefits\s)(?<!compensation\s)(?<!warranty\s)(?<!damage\s)(?<!travel\s)"
    r"(?<!injury\s)(?<!disability\s)(?<!jobless\s)(?<!unemployment\s)(?<!pension\s)(?<!reduction\s)(?<!credit\s)(?<!welfare\s)(?<!subsidy\s)(?<!grant\s)(?<!medical\s)(?<!health\s)"
    r"(?<!tax\s)(?<!refund\s)(?<!pothole\s)(?<!overtime\s)(?<!\d\s)(?<!paid\s)(?<!tracked\s)(?<!processed\s)(?<!handled\s)(?<!logged\s)(?<!filed\sa\s)(?<!all\s)(?<!of\s)claims?(?!\s+for\s)"
    # (nor claims handled: "The claims, which came to €2,614, were lodged and paid")
    r"(?!(?:,[^;.]{1,60}?,)?\s+(?:were|was|had\s+been|have\s+been)\s+(?:lodged|paid|submitted|filed|processed|approved|rejected|settled|refused)\b)"
    # (a record kept is no account given: "The logs, maintained at 11 receiving stations";
    # nor the work a relative clause tells: "a contractor that maintains the towers")
    r"|announces|told|tells|(?<!the\s)promised|pledged|vowed|(?<!that\s)(?<!which\s)(?<!who\s)maintain(?:ed|s)(?!\s+(?:at|by)\s)"
    # (an official act is no assertion: "declared a state of emergency", "was declared")
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?:declared|declares|declaring)(?!\s+(?:an?\s+|the\s+|it\s+|them\s+)?(?:[\w-]+\s+){0,3}?(?:nuisances?|unsafe|unfit|surplus|emergency|disaster|dead|bankrupt|insolvent|uninhabitable))"
    r"|argue[ds]|asserted|contended|testified|replied|explained|boasted|touted"
    # (an answer given is an account: 'answered: "We do not"'; not "answered the phone", nor
    # a request that "was answered Feb. 10", nor a question, whose answer the quote gives)
    r"|(?<!was\s)(?<!were\s)(?<!been\s)(?<!\bbe\s)(?<!\bis\s)(?<!are\s)answered(?!\s+(?:an?\s+|the\s+|her\s+|his\s+)?(?:door|(?:tele)?phones?|calls?|bell|alarms?)|\s+(?:[\w’'-]+\s+){0,3}?questions?\b)"
    # an appearance to give an account: "appeared before the standing committee in February"
    r"|appeared\s+before\s+(?:the\s+|a\s+)?(?:[\w’'.-]+\s+){0,5}(?:committee|council|parliament|house|assembly|legislature|senate|board|panel|inquiry|hearing|commission)\b"
    # (responding to a call is a deed: "an officer responded alone to a domestic violence call")
    r"|responded(?!\s+(?:alone\b|(?:[\w-]+\s+){0,2}?to\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:calls?|fires?|alarms?|emergenc\w+|incidents?|crash\w*|scenes?|call-?outs?|overdoses?)\b))"
    # a statement put out: "Southern Reach issued a statement describing the allegations"
    r"|(?:issued|released|put\s+out)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?statement"
    r"|repeated|reiterated|defended|defends|defending|put\s+it\s+(?:plainly|bluntly|simply|this\s+way)"
    # "reported in February that unemployment fell": a body's own report (not "that same")
    r"|report(?:ed|s)(?=\s+(?:(?:in|on|last|this)\s+[\w.]+(?:\s+\d{1,4})?,?\s+)?that\s+"
    r"(?!(?:same|very|one|particular)\b)(?:[\w’'.,-]+\s+){0,6}?(?:was|were|had|has|have|is|are"
    r"|would|could|fell|rose|[a-z]+ed)\b)"
    # "he added": not "added about $130", nor "were never added to the totals"
    r"|(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bnever\s)(?<!\bnot\s)"
    r"add(?:ed|s)(?!\s+(?:to|about|nearly|almost|roughly|more|up|another|an?\s|\$|£|€|\d))"
    # in a participle ("..., arguing that"); a record's passive "were described as" is none
    r"|arguing|insisting|claiming|asserting|contending|stating|maintaining|noting|explaining"
    r"|characteri[sz]ed|characteri[sz]es|(?<!were\s)(?<!was\s)described\s+(?:[\w’'-]+\s+){0,6}?as"
    # "calls the lawsuit “without merit”", "termed the charges “baseless”" (quotes blanked)
    r"|(?:call|term)(?:s|ed)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+(?=\s+[“\"]|\s{3,})"
    r"|took\s+to\s+(?:twitter|facebook|social\s+media)|public\s+statements?"
    r"|in\s+an?\s+(?:[a-z-]+\s+)?statement|news\s+(?:conference|release)|press\s+(?:release|conference)"
    r"|took\s+an?\s+(?:\w+\s+)?stand|made\s+(?:the\s+same|a\s+similar|that|the)\s+(?:point|claim|argument|case|pledge)|(?:answer|reply|response|message)\s+was\s+(?:an?\s+)?(?:\w+\s+)?(?:unequivocal|emphatic|categorical|blunt|simple|firm|clear)(?=\s*:)|was\s+(?:unequivocal|emphatic|adamant|categorical)(?=\s*:)"
    # Testimony convention: what a witness says from the stand is a sworn statement.
    r"|(?:on|in|from)\s+the\s+witness\s+(?:stand|chair|box)|under\s+oath"
    # Authorship convention: a rebuttal, op-ed or post "written by" someone is their statement.
    r"|(?:written|penned|authored)\s+by"
)
# A sum of money: "$3.2 million", "£612,400", "4.5 million rand".
_SUM: Final = (
    r"(?:[$£€₹₦]|Rs\.?|KSh|GH₵)\s?\d[\d,.]*\d|[$£€₹₦]\s?\d|\d[\d,.]*\s+(?:million|billion|crore"
    r"|lakh|dollars|pounds|euros|rand|naira|cedis|shillings|rupees|pesos)\b"
)
# What a scheme is granted to go ahead: "planning permission", "listed building consent".
_CONSENT: Final = r"(?:permission|consent|approval|permit|licen[cs]e)"
PRACTICE: Final = whole_words(
    # Contrast convention, the pseudo-cleft: "What the families actually received is ..."
    # (and no limit so called: "its permitted boundary", "the allowed level", "within permitted")
    r"^\W*What\s+(?:[\w’'-]+\s+){1,4}?(?:actually|really|in\s+fact)\s+[a-z]+ed\b|allowing|permitting|gave|giving"
    r"|(?<!\bits\s)(?<!\bthe\s)(?<!\btheir\s)(?<!\bwithin\s)(?<!\bthan\s)(?:allowed|permitted)|set\s+up|sets\s+up|setting\s+up"
    r"|provided|providing|handed|handing|turned\s+over|turning\s+over"
    # (not a consent granted: background, see CONTEXT)
    rf"|(?<!permission\s)(?<!consent\s)(?<!approval\s)granted(?!\s+(?:[\w’'-]+\s+){{0,3}}?{_CONSENT})"
    r"|granting|transferred|transferring|installed|supplied|supplying|passed\s+along|funneled|forwarded|forwarding"
    # what people went through under it: "waited 97 days", "spent six hours in an ambulance"
    r"|waited|spent\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+)?[\w-]+\s+"
    r"(?:hours?|days?|weeks?|months?|nights?|years?)"
    # Money convention: public money paid out or spent, with its sum ("paid Coraltide its final
    # instalment of $3.2 million", "Much of the rest went to ..."), is what the body did with it
    r"|(?:paid|spent|bought|purchased|billed|invoiced|cleared)\s+(?:[\w’'-]+\s+){0,5}?"
    rf"(?:{_SUM})"
    r"|(?:money|rest|share|funds?|remainder|balance|million|billion)\s+(?:[\w’'-]+\s+){0,4}?"
    r"went\s+(?:to|on|toward|towards)\b"
    # Deadline convention: a date that "came and went without payment" is a promise not kept
    r"|came\s+and\s+went\s+without"
)
REPORT_VERB: Final = whole_words(
    r"found|finds|noted|notes|cited|cites|observed|observes|documented|discovered|uncovered"
    r"|revealed|reveals|saw|sees|described|describes"
)
# Attribution convention: "according to a statement from the sheriff's office", "according
# to a spokesman", "a news release": the party's own word, not evidence the reporter weighed.
OWN_WORD: Final = r"(?:statements?|(?:news|press|media)\s+(?:releases?|notes?)|announcements?)"
"""The nouns of a party's own published word."""
ACCORDING_ACCOUNT: Final = whole_words(
    rf"according\s+to\s+(?:[\w’'.-]+\s+){{0,5}}?(?:{OWN_WORD}|spokes(?:man|woman|person)"
    r"|representatives?)"
)
CONTEXT: Final = whole_words(
    # (a word after a hyphen is part of another: "owner-requested euthanasia")
    r"(?<!-)(?:demanded|demands?|demanding|asked|asking|asks|wanted|wants|requested"
    # (paperwork of work to do is no demand: "a work order", "repair requests")
    r"|(?<!work\s)(?<!repair\s)(?<!maintenance\s)(?<!service\s)(?<!purchase\s)(?<!job\s)"
    r"(?:requests?|orders?)"
    r"|threatened|threaten(?:s|ing)?|urged|called\s+for|pressed|plans?|laws?|polic(?:y|ies)"
    r"|ordered|signed|passed|sued|ruled|elected|took\s+office|began|begun|launched"
    # Course-change convention: a plan "paused", "shelved" or "scrapped" is background.
    r"|paus(?:ed|es|ing)|shelv(?:ed|es|ing)|scrap(?:ped|s|ping)"
    # Permission convention: the consent a scheme was granted is its history, background
    rf"|{_CONSENT}s?\b[^.;“”\"]{{0,40}}?\bgranted|granted\s+(?:[\w’'-]+\s+){{0,3}}?{_CONSENT}s?)"
)
# Reaction convention: outrage, protests and the inquiries or ousters a scandal "prompted"
# or "led to" are its aftermath, background (context), even an investigation not yet done.
FALLOUT: Final = whole_words(
    r"(?:prompted|sparked|triggered|drew|drawn|fueled|fuelled|provoked|led\s+to)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:criticism|outrage|anger|backlash|condemnation|calls|protests?"
    r"|critiques?|rebukes?|investigations?|inquir(?:y|ies)|resignations?|ouster)|enraged|angered|outraged|infuriated"
)
PASSIVE: Final = whole_words(
    r"(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|made|put|sent|held|kept"
    r"|taken|given|brought)"
)
# Detection convention: a problem that "was first discovered" or "found to have" lead, no
# finder named, is the condition itself (a practice); a named report is the disclosure.
DETECTED: Final = whole_words(
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:first\s+|also\s+|later\s+)?"
    r"(?:found|discovered|detected|identified)(?!\s+by\b)|found\s+to\s+(?:have|be|contain)"
)
# (no event of the story prompted an answer to a newsroom's questions or a records request)
_CAUSES: Final = (
    r"stemmed\s+from|stems\s+from|in\s+response\s+to(?!\s+(?:[\w’'-]+\s+){0,4}?(?:questions|inquiries|requests?)\b)"
    r"|(?:was|were)\s+prompted\s+by|(?:was|were)\s+(?:sparked|triggered)\s+by"
)
CAUSE: Final = whole_words(_CAUSES)
_DAY_PARTS: Final = ("day", "morning", "afternoon", "evening", "night")
# "The morning after two trains stopped on Oct. 8, the agency told riders": a time told from
# the incident the clause names, the day after it, the same day, or a count of days after it
TOLD_FROM: Final = (
    rf"(?:The\s+(?:{'|'.join(_DAY_PARTS)})\s+after|(?:Hours|Minutes|(?:A|One|Two|Three|Four|Five"
    r"|Six|Seven|Ten|\d{1,2})\s+(?:days?|weeks?|months?))\s+after)"
)
YEARS_AFTER: Final = r"(?:(?:More\s+than|Nearly|Almost|Over)\s+)?[\w-]+\s+years?\s+after"
LEADING: Final = re.compile(
    # ("As of Jan. 31, ..." and "As a result, ..." open no clause of their own)
    r"(?:(?:And|But|Yet)\s+)?(?P<word>As(?!\s+(?:of|a\s+result|well|such)\b)|While|Since|After"
    r"|When|Because|Although|Though|Even\s+though|Even\s+as|Despite|Once|Before|Until"
    # Duration convention: "For nearly a year after X was found, officials said ..." (or "More
    # than two years after X, ...") sets what was found before the main clause, as "After X,".
    rf"|For\s+(?:[\w-]+\s+){{1,6}}?(?:after|since)|{TOLD_FROM}|{YEARS_AFTER})\s",
    re.IGNORECASE,
)
CAUSAL_LEADS: Final = frozenset(
    {"as", "since", "after", "when", "because", "once", "hours after", "minutes after"}
    | {f"the {part} after" for part in _DAY_PARTS}
)
# Concession convention: "Although/Even though X said A, B" grants A and asserts B against it.
CONCESSIVE_LEADS: Final = frozenset({"although", "though", "even though", "even as", "despite"})
CLAIMS: Final = whole_words(
    r"(?:statements?|claims?|(?:re)?assurances?|assertions?|representations?|denials?"
    r"|insistence|contentions?|promises?|pledges?)(?:\s+(?:from|by|to)\s+[^,;“”\"]{1,60}?"
    # (whose, or when: "assurances from the department that", "its claim last month that")
    r"|\s+(?:last|this|earlier|in|on)\s+[\w.]+(?:\s+\d{1,4})?)?\s+that"
)
CLAIM_END: Final = re.compile(
    r",?\s+(?:those|these|the|such|our|its|their)\s+(?:statements?|claims?|assurances?|"
    r"assertions?|representations?|denials?)\s+(?:were|was)\b|\s+(?:were|was)\s+"
    r"(?:not|n[o’']t)\s+(?:accurate|true|correct)\b",
    re.IGNORECASE,
)
CLAIM_SPLIT: Final = re.compile(r",?\s+(?:or|and)\s+that\s+", re.IGNORECASE)
INFINITIVE: Final = re.compile(r"\b(?:to|to\s+be|not|never|n[’']t)\s+$", re.IGNORECASE)
# Question convention: "Asked why the department had not disclosed the reports, Lee said":
# the question frames the answer, the event; its words are no event and not its time.
QUESTION: Final = r"(?:When\s+asked|Asked|Pressed|Questioned)"
QUESTION_LEAD: Final = re.compile(
    rf"^(?:(?:But|And|Yet|So|Also|Still),?\s+)?{QUESTION}\b[^,“”\"]{{0,160}},\s+"
)
# A sentence adverb: "However, ...", "Meanwhile the fee kept ..." (see LEAD_PHRASE).
SENTENCE_ADVERB: Final = r"(?:However|Meanwhile|Indeed|Actually|Separately|Instead)"
# The participle that sets a scene before the subject: "Shown the figures, she ...".
SCENE_PARTICIPLE: Final = r"(?:[A-Z][a-z]+ed|Shown|Asked|Faced|Told|Given|Taken)"
# Record convention: what one "wrote" or "noted" is the words of the record that holds it.
ENTRY_VERB: Final = whole_words(r"wrote|writes|noted|notes|logged|recorded|entered")
LEAD_PHRASE: Final = re.compile(
    # (after a time counted on: "Two weeks later, in a written reply to a question from ...,")
    r"^(?:(?:But|And|Yet|So|Also|Still),?\s+|(?:Earlier|Later|Previously|(?:(?:An?|One|Two|Three|Four|Five|Six|Several|\d+)\s+(?:hours?|days?|weeks?|months?|years?)|Hours|Days|Weeks|Months|Years)\s+later),\s+(?=(?i:in|at|on)\s))?"
    # (a sentence adverb is the phrase only where its comma follows: "Meanwhile the fee kept
    # leaving her account in December, ..." has none; a participle: "Testifying before ...")
    # (a question put with the words it asked quoted: 'Asked about reports it was "...", he said')
    rf"(?:{QUESTION}\b(?=[^,]*[“\"])(?:[^,“”\"]|“[^“”]{{1,80}}”|\"[^\"]{{1,80}}\"){{0,160}}?,\s+"
    r"|(?i:In|Through|Behind|At(?!\s+(?:least|most)\b)|On|For|Under|During|Despite|Contrary|Earlier|Later|Last|This"
    rf"|(?!Instead){SENTENCE_ADVERB}(?=,)|Instead(?=,|\s+of\b)"
    rf"|{QUESTION}|[A-Z][a-z]{{3,}}ing(?=\s+(?:before|to|at|in|on|with)\s)"  # ("Contacted by X,")
    r"|(?:Contacted|Reached|Approached|Interviewed)(?=\s+(?:by|on|at|for|about)\s)|Told(?=\s+(?:of|about)\s))\b"
    # (no clause of its own: "Last spring it eliminated 14 posts, citing ..." is no phrase)
    r"(?![^,“”\"]*\b(?:it|he|she|they|we)\s+(?:[a-z]+ed|was|were|had|has|is|are|said|cut|put)\b)"
    r"[^,“”\"]{0,120}(?:,\s+[a-z]+(?:\s+[a-z]+)?\s+and\s+(?![^,“”\"]*\b(?:said|says|told|[a-z]{3,}ed|can|could|will|would|must|may|should|is|are|was|were|has|have|had)\b)[^,“”\"]{1,80})?"
    # a date's own comma ("In a Nov. 3, 2014, e-mail to the board") ends no phrase, nor its noun,
    # nor a dated aside's ("In a corrected response to the demand, filed Aug. 22, the lender")
    r"(?:,\s+(?:filed|dated|sent|issued|submitted|lodged)\s+[^,“”\"]{1,30}(?=,)|,\s+(?:1[89]|20)\d\d(?=,)(?:,\s+(?!(?:the|a|an|he|she|they|it|we|i)\b)[a-z]"
    r"[^,“”\"]{0,80}(?=,))?)?,\s+(?:an?\s+[^,“”\"]{1,80},\s+(?=(?:[\w’'-]+\s+){1,3}"
    r"(?:said|says|say|told)\b))?"
    # (and a place's appositive: "At Pine Flats, a village on the bank, residents said";
    # what ends in "..., said Mayor Ann Lee" is a clause told, not a phrase set first)
    r"(?!(?:said|says|added|wrote|told)\b)"
    # the reporter's verdict before a colon: "That is not true: ..."
    r"|(?:That|This|It)(?:\s+is|[’']s)\s+(?:not\s+)?[a-z]+(?:\s+the\s+case)?:\s+)?"
)

STOP: Final = frozenset(
    _split(
        "a an the of in on at to for and or but by with from that which who whom this these "
        "those it its his her their our we they he she was were is are be been being had has "
        "have did do does not no as into over about also than then there here so such any "
        "all some other more most very can could would should will may might must"
    )
)
# The verbs of telling someone something: the one told is not the teller ("The operator
# told the Care Quality Commission", "has assured lawmakers that ...").
TOLD_VERBS: Final = (
    r"told|warned|informed|alerted|notified|briefed|e-?mailed|assured|reassured|promised"
    r"|reminded|urged|advised"
)
TRAILING_STOP: Final = STOP | frozenset({"when", "where", "while", "after", "before"})
TOKEN: Final = re.compile(r"[a-z0-9]+")
ATTRIBUTION: Final = re.compile(
    r"^[“\"](?P<quote>.+?)[”\"]\s*,?\s*(?P<who>[^“”\"]{1,60}?)\s+(?P<verb>said|says|wrote|writes"
    r"|tweeted|added|told\s+[^.]{1,40}|posted)\b[^“”\"]{0,160}$",
    re.IGNORECASE | re.DOTALL,
)
# '"...," said Dana Ortiz, a spokeswoman': the verb before the speaker's name.
ATTRIBUTION_INVERTED: Final = re.compile(
    r"^[“\"](?P<quote>.+?)[”\"]\s*,?\s*(?P<verb>said|says|wrote|writes|added)\s+"
    # the tie may come first: '"...," said his daughter, Karen Holm'
    r"(?P<who>(?:(?:his|her|their|its|the|a|an)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s+)?"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,5})\b[^“”\"]{0,120}$",
    re.DOTALL,
)
CAUSE_LEAD: Final = re.compile(rf"^(?:{_CAUSES})\s+", re.IGNORECASE)
# A release is itself a disclosure: the day records, video or findings were made public.
RELEASE: Final = whole_words(
    r"released|made\s+public|published|aired|obtained|unsealed|posted|issued|disclosed|new|tabled"
    r"|filed|emerged|surfaced|leaked|dated|(?:reviewed|seen|examined|reported)\s+by"
    # a document dated by its making: "The audit, finished in September and circulated"
    r"|(?:finished|completed|circulated|presented|submitted|delivered|compiled|prepared)"
    r"(?=\s+(?:in|on|last|this|earlier|late|early)\b)"
    # figures given in answer to members: "Figures the council gave in a written answer show"
    r"|(?:gave|given|provided|supplied)(?=\s+(?:[\w’'-]+\s+){0,4}?in\s+(?:a|an|its|their)\s+"
    r"(?:written\s+|parliamentary\s+)?(?:answers?|repl(?:y|ies)|response)\b)"
)
# A newsroom's name ends in one of these words, or is call letters ("WBBM-TV"), hyphenated
# ("Richmond Times-Dispatch") or smaller ("Deccan Pulse", "GozoWire", "Northland Now").
MASTHEAD: Final = (
    r"(?:(?:[A-Z][\w.’'&-]*(?<![a-z]{3}\.)\s+){0,3}(?:[A-Z][a-z]+-)?(?:Journal|Times|Post|News|Herald|Tribune|Gazette|Globe"
    r"|Chronicle|Reuters|Associated\s+Press|Bloomberg|Magazine|Inquirer|Examiner|Observer"
    r"|Telegraph|Guardian|Radio|Television|Press|Ledger|Register|Courier|Dispatch|Sentinel"
    r"|Statesman|Bee|Star|Standard|Mail|Mirror|Sun|Beacon|Eagle|Newsroom|NPR|CNN|BBC|ProPublica"
    r"|Politico|Axios|Bulletin|Enquirer|Advocate|Express|Banner|Courant|Recorder|Citizen|Argus"
    r"|Clarion|[A-Z]{3,4}-(?:FM|TV|AM)|(?-i:Daily|Weekly|Pulse|Insight|Crier|Mercury|Gleaner|Wire|Advertiser|Echo|Today))\b"
    r"|(?-i:[A-Z][a-z]+(?:Wire|News)|Daily\s+[A-Z][a-z]+|[A-Z][a-z]+\s+Now)\b"
    # a station's investigative unit by its channel number: "4 Investigates", "NBC 5 I-Team"
    r"|(?:[A-Z][\w-]*\s+)?\d{1,2}\s+(?:Investigates|I-Team)\b"
    # a magazine written with its kind in lower case: "Time magazine"
    r"|[A-Z][\w’'-]+\s+magazine\b)"
)
# An outlet, as its clause's subject, that obtained, published or aired records disclosed
# them ("The AP obtained and published clips", "TMZ made the video public").
OUTLET_OBTAINED: Final = re.compile(
    rf"^\W*(?:(?:But|And|Yet)\s+)?(?:[Tt]he\s+)?{MASTHEAD}\s+(?:\w+\s+)?"
    r"(?:obtained|obtains|published|publishes|aired|airs|released"
    r"|releases|made\s+public|makes\s+public|posted|posts)\b"
)
# "Behind the scenes, officials were told ...", or done "quietly" or "without announcing" it:
# what went on inside; "Behind the scenes, however, things were ..." is none.
BEHIND_SCENES: Final = re.compile(
    r"\bbehind\s+(?:the\s+scenes|closed\s+doors)\b(?>(?:\W+(?:however|though)\b)?)"
    r"(?!\W+(?:things|it|that|this|matters)\b)"
    r"|\b(?:quietly|secretly)\s+(?:\w+ly\s+)?(?!(?:said|says|told)\b)[a-z]{3,}\b"
    r"|\bwithout\s+(?:publicly\s+)?(?:announcing|disclosing|telling|notifying|informing"
    r"|explanation|notice)\b",
    re.IGNORECASE,
)
# A clause without its subject, named before it: "who resigned in September", "said the
# United States is considering payments", "before later acknowledging that ...".
SUBJECTLESS: Final = re.compile(
    # "a Sacramento-based company that won the contract": the appositive names its subject
    r"^(?:an?\s+(?:[\w’'-]+\s+){0,4}?(?<!saying\s)(?:that|which|who)\s+"
    r"|(?:who|which|whose)\s+|(?=(?:said|says|told|tells|added|insisted|denied|wrote|claimed"
    r"|announced|acknowledged|admitted|(?:acknowledg|admitt|conced|say|tell|releas|issu)ing)\b))"
)
# A deed joined to the one before it, without its subject: "..., and briefed executives".
DEED_START: Final = re.compile(r"^(?=[a-z]{3,}ed\s)")
# Claim convention: verbs of assertion mark what someone said in public as a claim,
# whatever it describes ("insisted", "denied", "assured", "told residents"); so does a
# letter to the public ("mailed a letter to residents' families"): its public word.
# Repetition convention: "repeated the pledge in a letter to a senator", "gave families the
# same assurance", "gave a different account": an account given, to whomever, is a claim.
_ACCOUNT_GIVEN: Final = (
    r"(?:repeated|reiterated|restated|renewed|gave|made|offered)\s+(?:(?:[\w’'-]+\s+){1,2}?(?=the"
    r"\s+same\s))?(?:the\s+same\s+|the\s+|that\s+|an?\s+"
    r"|this\s+|its\s+|his\s+|her\s+|their\s+)(?:[\w-]+\s+){0,2}?(?:pledge|promise|assurance"
    r"|guarantee|claim|denial|account|explanation|version|rationale|justification|wording|answer)s?"
    # ... and so is the figure the story tests, given again or put before an audience:
    # "repeated the 9,400 figure", "the report repeats the figure", "gave it to the Senate"
    # "cited the Pune network in the Legislative Assembly", "cited it as proof": a case made
    r"|cited\s+(?:[\w’'.-]+\s+){1,4}?as\s+(?:proof|evidence)\b"
    r"|cited\s+(?:[\w’'.-]+\s+){1,5}?(?:in|to|before)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:Senate"
    r"|House|Assembly|Parliament|[Ll]egislature|[Cc]ouncil|[Cc]ommittee|hearing)\b"
    r"|(?:repeat(?:ed|s)|reiterat(?:ed|es)|restat(?:ed|es)|cite[ds]|quote[ds])\s+(?:the\s+same\s+|the\s+|that\s+|this\s+"
    r"|its\s+|his\s+|her\s+|their\s+)(?:[\w.,%-]+\s+){0,2}?(?:figure|number|estimate|statistic)s?\b"
    r"|(?:gave|used|presented)\s+(?:the\s+same\s+|the\s+|that\s+|this\s+|its\s+|his\s+|her\s+"
    r"|their\s+)(?:[\w.,%-]+\s+){0,2}?(?:figure|number|estimate|statistic)s?\s+(?:again\s+)?"
    # (the audience named with an article, or plural without one: "to supervisors")
    r"(?:to|at|before|in)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?|(?:county\s+|city\s+)?)"
    r"(?:Senate|House|Assembly|Parliament"
    r"|[Cc]ommittee|[Cc]ouncil|[Bb]oard|hearing|meeting|conference|announcement|briefing|interview"
    r"|exhibition|rally|event|speech|release|forum|legislature|Legislature|supervisors"
    r"|commissioners|councillors|lawmakers|legislators|trustees|shareholders|investors|analysts"
    r"|reporters|residents|parents)"
    # what was put before an overseer: "gave the committee the figures she had"
    r"|gave\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:committee|council|board|inquiry|hearing|Senate"
    r"|House|Assembly|Parliament|legislature|lawmakers|MPs|members|commissioners|councillors"
    r"|trustees)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:information"
    r"|figures?|numbers?|answers?|evidence|account|assurances?|data)"
)
ACCOUNT_GIVEN: Final = whole_words(_ACCOUNT_GIVEN)
CLAIM_VERB: Final = whole_words(
    rf"{_ACCOUNT_GIVEN}|"
    rf"insist(?:ed|s|ing)|den(?:ied|ies|ying)|assur(?:ed|es|ing)|claimed{_MONEY_CLAIMED}|(?<!the\s)promis(?:ed|es)"
    # "claims" and "claim" as verbs, not nouns ("the charity's fundraising claims")
    r"|claims?(?=\s+(?:that|to|it|its|the|he|she|they|we|a|an)\b)"
    # "made parents a promise for the new year": a promise given is a claim to test
    r"|made\s+(?:[\w’'-]+\s+){0,3}?an?\s+(?:[\w-]+\s+)?(?:promise|pledge|guarantee|vow)\b"
    r"|pledged|vowed|(?<!that\s)(?<!which\s)(?<!who\s)maintain(?:ed|s)(?!\s+(?:at|by)\s)|blam(?:ed|es|ing)|dismiss(?:ed|es)"
    r"|disputed|disputes|argu(?:ed|es)\s+that"
    r"|rebuttals?|rejected|rejects(?!\s+(?:this|that|it|them)\b)|characteri[sz]ed|initial(?:ly)?\s+(?:claim|account|statement)"
    # the official figure set down: "A media release on July 18 put the figure at 412,600"
    r"|put\s+(?:the|its|that|this)\s+(?:[\w-]+\s+){0,2}?(?:figure|number|total|count|toll|cost"
    r"|tally|estimate)\s+at\b"
    # "the company went further", "the mayor doubled down": the account pressed further
    r"|(?:went|goes|go)\s+further|doubled\s+down"
    # a public page changed to tell a new account: "updated its website to say it was delayed"
    r"|(?:updated|changed|amended|reworded)\s+(?:its|their|the)\s+(?:[\w’'-]+\s+){0,2}?(?:website"
    r"|web\s*page|page|site|notice|statement)\s+to\s+(?:say|read|state|show)"
    r"|(?:told|telling)\s+(?:residents|reporters|the\s+public|parents|lawmakers|legislators|(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|conference|forum|hearing|audience|crowd|rally|summit)"
    r"|(?:county\s+|city\s+)?(?:commissioners|supervisors|council\s+members)|Congress|investors"
    r"|analysts|shareholders|MPs|MSPs|TDs|MLAs|councillors|regents|trustees|voters|the\s+House"
    # (a body's own public counted: "telling about 90 members that rumours were false")
    r"|(?:(?:about|some|nearly|more\s+than)\s+)?(?:\d[\d,]*\s+)?(?:members|customers|tenants|clients)"
    # (not the object of what was told: "told The Chronicle the board had not paid")
    r"|(?:the|an?)\s+(?:(?!the\b)[\w-]+\s+){0,4}?(?:council|board|committee|subcommittee"
    r"|commission|legislature|senate|assembly|parliament)|the\s+\"?\w+\"?\s+show|families)"
    # "described its outage data as accurate and verified": the party's characterisation
    # a minister risen in the house: "rose in the legislature in April"
    r"|rose\s+in\s+(?:the\s+)?(?:[\w’'-]+\s+)?(?:legislature|House|Parliament|Assembly|Senate|chamber)"
    r"|described\s+(?:its|their|his|her)\s+(?:own\s+)?(?:[\w’'-]+\s+){0,4}?as\b"
    # a party's own count, the figure the story tests: "the jail reported two deaths"
    r"|reported\s+(?:only\s+|just\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|no)\s|first\s+(?:comment|account|statement)|official\s+account"
    r"|(?:sent|mailed|wrote|issued|posted)\s+an?\s+(?:[\w-]+\s+)?(?:letter|notice|newsletter)\s+to\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:residents|families|parents|customers|tenants|shareholders|investors)"
)
# Contrast convention: "but", "however", "yet", "in fact", "instead" set what follows against
# what came before; the reporter's fact that follows contradicts the earlier claim.
CONTRAST_OPEN: Final = re.compile(
    r"^(?:(?:And|So)\s+)?(?:But|Yet|However|Instead|In\s+fact|In\s+reality|Actually|Still"
    r"|Behind\s+(?:the\s+scenes|closed\s+doors)|Despite|Contrary\s+to|Nevertheless|Nonetheless"
    r"|In\s+truth)\b|^[^,]{0,60},\s+however,"
    # the reporter's own verdict on the claim just told: "That is not true: ..."
    r"|^(?:That|This|It)(?:\s+is|[’']s)\s+(?:not\s+(?:true|the\s+case|accurate|correct)"
    r"|false|untrue|incorrect)\b",
    re.IGNORECASE,
)
CONTRADICT_VERB: Final = whole_words(
    r"contradict(?:s|ed|ing)?|flies\s+in\s+the\s+face\s+of|fly\s+in\s+the\s+face\s+of"
    r"|(?:is|are|was|were)\s+at\s+odds\s+with|belies|belied|undercut(?:s|ting)?|refutes?|refuted"
    # "doesn't jibe with the account", "is inconsistent with", "runs counter", "show otherwise"
    r"|(?:does|did|do)(?:n[’']t|\s+not)\s+(?:jibe|square|match|add\s+up|fit|support|bear\s+out"
    r"|back\s+up|bear\s+(?:that|this|it|them)\s+out|back\s+(?:that|this|it|them)\s+up)(?:\s+with)?"
    r"|(?:is|are|was|were)\s+inconsistent\s+with|conflicts?\s+with|conflicted\s+with"
    # "The letters stand in contrast to what officials have been saying", "sit uneasily with"
    r"|(?:stands?|stood|sits?|sat)\s+(?:in\s+(?:stark\s+|sharp\s+)?contrast\s+to|uneasily\s+with"
    r"|at\s+odds\s+with)"
    r"|runs?\s+counter\s+to|ran\s+counter\s+to|(?<!to\s)(?:shows?|showed|suggests?|tells?|says?|found|finds|ruled|concluded)\s+otherwise"
    r"|(?<!to\s)(?:found|finds|shows?|showed)\s+(?:just\s+)?the\s+opposite"
    # "records suggest that is seldom the case", "the logs show that was not true": the
    # account, named by a pronoun, called untrue
    r"|(?:shows?|showed|suggests?|suggested|indicates?|indicated)\s+(?:that\s+)?(?:that|this|it)\s+"
    r"(?:is|was|has\s+been|had\s+been)\s+(?:seldom|rarely|not|never|hardly|far\s+from)\s+"
    r"(?:the\s+case|true|so)"
    # "the messages tell a different story", "the reports are less reassuring": evidence set
    # against an account (or the story of the evidence before it: "tells the same story")
    r"|(?:tel(?:ls?|ling)|told|paint(?:s|ed|ing)?)\s+(?:a\s+(?:(?:very|far|rather|quite)\s+)?"
    r"(?:different|narrower|messier|darker)|another|the\s+same)\s+(?:story|picture)|(?:bears?|bore)"
    r"\s+(?:that|this|it|them)\s+out"
    r"|(?:is|are|was|were)\s+(?:far\s+|much\s+)?less\s+(?:reassuring|rosy|encouraging|flattering)"
    # "That is not what the contract says": the account set against the record's words
    r"|(?:is|was|are|were)\s+not\s+what\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:contract|records?|law"
    r"|rules?|policy|data|documents?|logs?|minutes|report|audit|invoices?|agreement|regulations?)"
    r"\s+(?:says?|said|shows?|showed|requires?|required|allows?|allowed)"
)
# Relative clauses and participles with their own date are a second, background event:
# "X, who won office in April 2019, said ...", "a study, which was made public in May,".
RELATIVE_OPEN: Final = re.compile(
    r",\s+(?:who|which|whose)\s|\b(?:after|before)\s+(?=\w+ing\b)"
    # "Golden Plate, a Sacramento-based company that won it," (not "a director replied that")
    r"|,\s+an?\s+(?:(?!(?:said|replied|told|wrote|added|warned|answered|responded)\s)[\w’'-]+\s+){0,4}?(?:that|which|who)\s",
    re.IGNORECASE,
)
# The object of "contradicts" that is a statement: "her claim that", "statements by".
CLAIM_OBJECT: Final = whole_words(
    r"claims?|statements?|assurances?|assertions?|accounts?|denials?|said|says|insisted"
    r"|promises?|representations?|testimony|told|remarks|contentions?|insistence"
)
RELEASE_VERB: Final = whole_words(
    r"released|made\s+public|published|aired|unsealed|posted|issued|disclosed|filed|dated"
    # a document dated by its making: "the audit, finished in September"
    r"|finished|completed|circulated|submitted|delivered|presented"
    # a report put before a legislature: "laid in the National Assembly", "tabled in Parliament"
    r"|tabled|laid(?=\s+(?:before|in\s+(?:the\s+)?(?-i:[A-Z])))"
)
# The nouns of an account a party gives: "its first comment", "the initial police report".
ACCOUNT_NOUN: Final = (
    r"(?:statements?|comments?|accounts?|response|version|explanation|claims?|reports?"
    r"|(?:press\s+|news\s+)?releases?)"
)
# Account convention: the account a party gave first ("its first comment", "initially, in a
# statement") is the claim the story tests, not a finding, though it may be called a report.
FIRST_ACCOUNT: Final = whole_words(
    rf"(?:initial|first|original|earliest)\s+(?:[\w’'-]+\s+){{0,2}}?{ACCOUNT_NOUN}"
    r"|initially[^.;]{0,40}\b(?:statement|comment|account|said)"
)
# The first account called a report ("the first official report from the military said"),
# or a body's own periodic report ("its annual report"): it reads like evidence, is the claim.
FIRST_REPORT: Final = whole_words(
    r"(?:first|initial|original|earliest)\s+(?:(?!report)[\w’'-]+\s+){0,2}?(?:reports?|press\s+releases?)"
    r"|(?:first|initially)\s+(?:disclosed|announced)(?!\s+by)"
    r"|(?:its|their|(?:the\s+)?(?!(?:inspector|auditor|watchdog|ombudsman|regulator|monitor|coroner)\w*)[\w-]+[’']s)"
    r"\s+(?:own\s+)?(?:annual|quarterly|monthly|yearly|half-year(?:ly)?|interim)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:reports?|returns)"
    # the annual report a story's party puts out, named bare, then what it gives
    r"|the\s+(?:annual|quarterly)\s+(?:performance\s+)?report(?=,|\s+(?:listed|lists|gave|gives"
    r"|put|puts|said|says|stated|states|claimed|claims|reported|reports)\b)"
)
# Standing-by convention: a party that "stands by" its statement, its account or what it
# told the public holds to the account the story tests; only the party itself can.
STANDS_BY: Final = whole_words(r"(?:stands?|stood|standing|stuck|sticks?|sticking)\s+by")
# Account convention: a story marks the official account it tests by its time ("at the
# time", "initially", "for months") or by name ("the official account", "its first comment").
ACCOUNT_CUE: Final = whole_words(
    r"at\s+the\s+time|at\s+first|initial(?:ly)?|previously|earlier|long|for\s+(?:months|years"
    r"|weeks)|(?:had|has|have)\s+(?:long\s+|repeatedly\s+)?\w+ed|repeatedly"
    rf"|{FIRST_ACCOUNT.pattern}|official\s+(?:[\w’'-]+\s+)?{ACCOUNT_NOUN}"
    # "repeated the narrative", "a deleted statement": an account since withdrawn
    r"|narrative|(?:deleted|retracted|withdrawn)\s+(?:[\w’'-]+\s+){0,3}?(?:statement|post|tweet)"
    # "repeated the 2.4 million figure", "repeated the claim": the account told again
    r"|repeated\s+(?:the|its|that|this|his|her|their)\s+(?:[\w’'.,-]+\s+){0,3}?(?:claim|figure"
    r"|assurances?|statement|promise|pledge|account|message|line|number|estimate|total)"
    # "publicly said", "in public": the account given to the public, or upheld ("said the
    # original figures were accurate")
    r"|publicly|in\s+public|original\s+(?:figures?|numbers?|account|statement|totals?)"
    # the account held and told again: "has said many times", "has always said"
    r"|(?:many|several|numerous)\s+times|again\s+and\s+again"
    r"|(?:had|has|have)\s+(?:long\s+|repeatedly\s+|always\s+|consistently\s+)?(?:said|told)"
)
# News-day convention: a story's lede names the day its news happened ("said Wednesday"),
# and the body's plain attributions ("he said") report that day's words without naming it
# again. "Told" is not one: "told inspectors" is an act the story tells, and what a source
# "told Reuters" answered the reporter's questions, on a day the story does not give.
SAID_PLAIN: Final = whole_words(
    r"said|says|stated|added|wrote|acknowledged|explained|conceded|insisted|apologi[sz]ed|announced"
)
# Words of time that move an attribution to another occasion than the one told last:
# "later said", "initially said", "had earlier told", "said at the time".
TIME_SHIFT: Final = (
    r"earlier|initially|previously|originally|first|once|long|repeatedly|then|later|now"
    r"|afterwards?|subsequently|before|since|at\s+the\s+time|at\s+first|in\s+the\s+past"
)
# Words that put an attribution on another occasion than the news day: a tense of its own
# ("has said", "she's said", "was quoted") or a word of time.
OTHER_OCCASION: Final = whole_words(
    rf"has|have|had|[’']s\s+(?:\w+\s+)?(?:said|told|stated)|was|were|{TIME_SHIFT}"
    # a day told from another event: "on the Friday after the shooting"
    r"|after|the\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
# Figure convention: an official figure the story tests ("The official death toll stands
# at 64", "The government's official tally remains") is the party's account, a claim,
# when it is the subject of its clause.
OFFICIAL_FIGURE: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w’'-]*[’']s)\s+"
    r"(?:[\w’'-]+\s+){0,2}?official\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:toll|count|tally|figures?|numbers?|estimates?|totals?)\b"
    # (or the figure a body itself put on it: "It had also put the amount “utilised” at Rs 15.2
    # crore")
    r"|^\W*(?:It|They|The\s+(?:department|ministry|council|agency|company|government|board))\s+"
    r"(?:had\s+|has\s+)?(?:also\s+)?(?:put|puts|pegged|pegs)\s+(?:[\w’'“”\"-]+\s+){1,8}?at\s+"
    r"(?:about\s+|nearly\s+|more\s+than\s+|over\s+)?(?:Rs\.?\s*|\$|£|€|K|Tk\s*|Sh\s*)?\d"
)
# Words every story uses to attribute or to count: shared, they say nothing of a subject.
ATTRIBUTION_WORDS: Final = frozenset(
    _split(
        "said says say saying told tell tells statement statements according wrote write "
        "asked asks added one two three four five first second last later time times year "
        "years month months week weeks day days new now just still even only least since "
        "after before because make made mr ms mrs"
    )
)
# Credit convention: "according to the Journal" or "first reported by WLRN-FM" credits
# another newsroom's reporting; what it says is that outlet's disclosure, not a fact the
# story established itself. Mastheads end in these words, or are call letters.
OUTLET_CREDIT: Final = re.compile(
    rf"\b(?:according\s+to|reported\s+by|first\s+reported\s+by)\s+(?:the\s+)?{MASTHEAD}"
)
# Credit convention, continued: what unnamed "sources told WLRN" or "people familiar with
# the matter said", and what "The Wall Street Journal reported", is the newsroom's
# reporting: a disclosure, not a statement by the party (a named source "told WLRN" is).
SOURCES_TOLD: Final = whole_words(
    r"sources?\s+(?:(?:close\s+to|familiar\s+with|with\s+knowledge\s+of|inside|within)\s+"
    r"(?:[\w’'-]+\s+){1,5}?)?(?:told|tell|tells|said|say|says|confirmed|confirm)"
    r"|people\s+(?:familiar\s+with|with\s+knowledge\s+of|close\s+to)"
    # a source left unnamed: "who asked not to be named", "on condition of anonymity"
    r"|(?:asked|agreed)\s+not\s+to\s+be\s+(?:named|identified)|on\s+condition\s+of\s+anonymity"
)
# What a newsroom, or an overseer, does to check for itself: where it goes and what it sees
# there ("visited 22 schools", "measured every ramp") ...
SITE_CHECK_VERBS: Final = (
    r"visited|measured|counted|tested|timed|stood|watched|observed|inspected|checked"
    r"|photographed|filmed|sampled|walked|rode|monitored|listened\s+to|went\s+to|returned\s+to"
    # (or ran its own tests: "ran automated speed tests every 30 minutes")
    r"|ran\s+(?:[\w-]+\s+){0,2}?(?:tests|checks|trials)"
    # (or tried the service as the public would: "rang the crematorium's booking line")
    r"|(?:rang|phoned|called)\s+(?:[\w’'-]+\s+){0,4}?(?:line|number|hotline|helpline|desk)"
)
# ... and its work on records and calls ("examined 41 settlement letters", "traced").
CHECK_VERBS: Final = (
    rf"{SITE_CHECK_VERBS}|examined|reviewed|surveyed|tallied|tracked|mapped|telephoned|traced"
    r"|followed\s+up|logged|drove"
    r"|collected|gathered|made\s+(?:[\w,]+\s+){0,2}?(?:purchases|test\s+purchases)"  # its own
)
OUTLET_REPORTED: Final = re.compile(
    # (its reporters named with it, "two Prairie Standard reporters measured every ramp"; or
    # the newsroom naming itself, "this newspaper visited", "our correspondent", "We compared")
    rf"\b(?:{MASTHEAD}|^We(?=\s)|(?:[Tt]his|[Oo]ur)\s+(?:newspaper|news\s+organi[sz]ation"
    r"|newsroom|station|correspondents?|reporters?|publication|paper))"
    r"\s+(?:(?:reporters?|journalists?|correspondents?|staff)\s+)?"
    # ("Our correspondent who travelled the route on Monday saw": who it was, between)
    r"(?:who\s+[^,;.“”\"]{1,80}?\s+)?(?:(?:has|have|had)\s+)?(?:also\s+|first\s+|previously\s+"
    r"|earlier\s+|(?:last|this)\s+(?:week|month|year|spring|summer|fall|autumn|winter)\s+)?"
    r"(?:reported|reports|revealed|disclosed|found|finds"
    # the newsroom's own analysis: "The Dispatch was able to match 140 of the claims"
    r"|(?:was|were)\s+able\s+to\s+(?:match|identify|trace|confirm|verify|find)|matched|analy[sz]ed"
    r"|compared|calculated|(?:shared|sent|presented)\s+(?:a\s+summary\s+of\s+)?its\s+(?:analysis|findings|results)"
    # the newsroom's own checking: "The Standard also examined 41 settlement letters"
    # (or seeing for itself: "this correspondent saw agents reweigh bags")
    rf"|{CHECK_VERBS}|saw"
    # (or had it done: "had water from the spa's main pool sampled on October 30")
    r"|had\s+(?:[\w’'-]+\s+){0,8}?(?:sampled|tested|analy[sz]ed|checked|examined|inspected)"
    # "Reuters said in a report": the newsroom's reporting, not a party's statement.
    r"|said\s+in\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+)?(?:report|investigation|analysis|story))\b"
    # its reporters, unnamed: "Over three weeks, reporters visited 22 of the schools", "A
    # correspondent checked the taps" ("reporters from this paper", "FP reporters last week")
    rf"|\b(?:[Rr]eporters|[Jj]ournalists|(?<![\w,] )[Aa]n?\s+(?:reporter|correspondent|journalist))"
    rf"(?:\s+(?:from|for|of|with)\s+(?:this|our|the)\s+(?:newspaper|paper|{MASTHEAD}))?"
    r"\s+(?:also\s+|then\s+|(?:last|this)\s+(?:week|month|year)\s+)?"
    rf"(?:{CHECK_VERBS})\b"
)
# Embed convention: a social-media post set into a story as a paragraph ends with its
# signature, the author's name, handle and the day it was posted ("— Name (@handle) May
# 7, 2018"). The whole paragraph is one statement, dated by its signature.
EMBED_SIGNATURE: Final = re.compile(
    r"[—–-]{1,2}\s*(?P<who>[^()\n]{2,60}?)\s*\(@\w+\)\s*(?P<when>[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})"
    r"\s*$"
)
# Pronoun convention: "she said", "he told reporters" name the last person the story named.
PRONOUN_SAID: Final = re.compile(
    # (not inside what the clause's own subject said: "cited the network as part of what he
    # said were 1,100 chargers")
    r"(?<!\bwhat\s)\b(?:he|she)\s+(?:said|says|told|tells|wrote|writes|added|tweeted|replied|answered"
    r"|responded|testified|explained|insisted|acknowledged|conceded|recalled)\b"
    # A sentence whose subject is "He" or "She" is about the person last named.
    r"|^\W*(?:He|She)(?:,\s+(?:however|though|too|meanwhile),)?\s+(?:\w+ly\s+|also\s+|still\s+)?"
    r"(?:[a-z]+(?:ed|s)|did|could|would|will|had|was)\b",
    re.IGNORECASE,
)
