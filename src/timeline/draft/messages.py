"""Messages: a private message, a public occasion, and a reply to the message before."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from timeline.draft.words import MASTHEAD, whole_words

if TYPE_CHECKING:
    from timeline.draft.mentions import Mention

__all__ = [
    "ANONYMOUS_SPEAKER",
    "BODY_THEN_JOB",
    "COPY_OF_ITS_PAPER",
    "OWN_PUBLICATION",
    "PRIVATE",
    "PUBLIC",
    "QUOTED_MESSAGE",
    "REPLY",
    "SOON_AFTER",
    "SPOKESPERSON",
    "SPOKESPERSON_WORDS",
    "SUBMITTED_OWN",
    "TOLD_PUBLIC",
    "TO_THE_PRESS",
    "sent_by",
]

# Spokesperson convention: a spokesperson's job is to speak for the body to the press and
# the public; what one writes, in an email or a letter, is the body's statement.
SPOKESPERSON_WORDS: Final = (
    r"spokes(?:man|woman|person|people|men|women)|press\s+(?:secretary|officer)"
    r"|communications\s+(?:director|manager|officer|chief)|media\s+(?:officer|relations)"
)
SPOKESPERSON: Final = whole_words(SPOKESPERSON_WORDS)
# A body, where its person works, and a job in lower case, before the person's name.
BODY_THEN_JOB: Final = re.compile(
    rf"\s+(?:[A-Z][\w’'-]*\s+){{0,2}}(?:[a-z]+\s+)?(?:{SPOKESPERSON_WORDS}|organi[sz]er|convenor"
    r"|convener|coordinator|secretary|chairman|chairwoman|chairperson|president|director"
    r"|manager|founder|owner|treasurer)\s+(?:[A-Z][\w.’'-]*\s+){0,2}"
)

# Sourcing convention: "in a letter read at the hearing, the manager said ..., according to
# a copy of the letter": the copy is where the newsroom read the words, the letter itself
# is their occasion; what was said is the speaker's, not what records show.
COPY_OF_ITS_PAPER: Final = re.compile(
    r"\bin\s+an?\s+(?:[\w’'-]+\s+){0,3}?(?P<paper>letter|statement|submission|reply|e-?mail|memo"
    r"|notice)\b[^.;]*?\baccording\s+to\s+(?:a|the)\s+copy\s+of\s+(?:the|that|this|its|his|her"
    r"|their)\s+(?P=paper)\b",
    re.IGNORECASE,
)

# Who a message is for, when it is the press or a public: "an email obtained by The
# Gazette", "a letter to parents" (a negative lookahead, for the patterns below).
TO_THE_PRESS: Final = (
    # the masthead's capitals count, in patterns that ignore case: "an email obtained by
    # The Gazette" is no email to the press ("to reporters" is a statement to the press, and
    # so is a letter to a public, "to parents", or to the record, "to City Council")
    rf"(?!\s+(?:to\s+)?(?:the\s+)?(?-i:{MASTHEAD})"
    # (sent "home" or "out" to them as well: "a letter sent home to parents")
    r"|\s+(?:(?:home\s+|out\s+)?to\s+)?(?:reporters|a\s+reporter|the\s+newspaper|the\s+paper"
    r"|(?:all\s+|its\s+|the\s+|an?\s+)?"
    # (counted: "an email to the roughly 70 families who use it")
    r"(?:(?:roughly|about|some|nearly|almost|more\s+than|over)\s+)?(?:\d[\d,]*\s+)?"
    r"(?:(?:affected|local|worried|former|current|state|plot|property|ticket|nearby|neighbou?ring"
    r"|surrounding|area)\s+)?"
    r"(?:physicians|doctors|customers|parents|patients|tenants|shareholders|investors|residents"
    r"|owners|homeowners|subscribers|households|policyholders|ratepayers|passengers|riders|clients"
    r"|families|students|voters|constituents|(?:city\s+|county\s+|town\s+)?council"
    # (or the trade it serves: "In a letter to funeral directors on 2 October")
    r"|funeral\s+directors|undertakers|dealers|retailers|stockists|franchisees|growers|members"
    r"|businesses|traders|vendors|landlords|employers|schools|clubs|pharmacies|pharmacists|GPs"
    # (or those a sport, a service or a scheme is run for: "an email to athletes and parents")
    r"|athletes|players|commuters|travell?ers|applicants|beneficiaries|pensioners|claimants|neighbou?rs"
    r"|councillors?|council\s+members?|lawmakers?|legislators?|legislature|Congress|Parliament"
    # (or an agency named by its initials: "In a letter to CMS dated Sept. 20")
    r"|(?-i:[A-Z]{2,6})(?![\w’'-])"
    # an elected member or an overseer, to whom the body gives its account: "in a March
    # letter to a council member", "wrote to the local MP"
    r"|councilm[ae]n|councilwom[ae]n|aldermen|alderman|MPs?|MSPs?|senators?|congressm[ae]n"
    r"|congresswom[ae]n|regulators?|ombudsman|auditors?(?:[\s-]general)?"
    # (the auditor by its office: "In a letter to the National Audit Office in April")
    r"|(?:national\s+|state\s+)?audit\s+(?:office|chamber|commission|bureau)"
    # or the state's office that funds or licenses it: "to the state's fish screening program"
    r"|state(?:[’']s)?\s+(?:[\w-]+\s+){0,3}?(?:program(?:me)?|agency|department|board|office))"
    r"|the\s+public)\b)"
)

# The public told in the passive: "commuters were told the trains were back for good" (not
# "were told to leave", an instruction): the telling is the party's claim, the public only
# its audience, not a voice reacting.
TOLD_PUBLIC: Final = whole_words(
    r"(?:residents|commuters|passengers|riders|parents|families|patients|customers|tenants|voters"
    r"|taxpayers|ratepayers|consumers|fans|the\s+public)(?:\s+who\s+[^,;“”\"]{1,80}?)?\s+(?:were"
    r"|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:told|assured)\b(?!\s+to\b)(?!\s+(?:by|of)\b)"
)

# The body's own people, given an order, those over them, and the body a warning goes to
# (see PRIVATE).
_STAFF: Final = (
    r"(?:staff|workers|employees|crews?|officers|inspectors|nurses|guards|drivers|adjusters"
    r"|rangers|clerks|examiners|technicians|operators|teachers|wardens|agents|assessors"
    r"|readers|miners|porters|attendants)"
)
_BOSSES: Final = r"(?:supervisors?|managers?|bosses|boss|foremen|foreman|superiors?)"
_WARNED: Final = (
    rf"(?:{_BOSSES}|office|department|authority|council|ministry|agency|company|corporation"
    r"|district|board|hotline|director|management"
    # (a body named by its initials: "raised the problem with BTIB")
    r"|(?-i:[A-Z]{2,6}))"
)
# Behind-the-scenes convention: a private message or internal document is no public
# statement; what it says went on inside ("says a ... email from", "an internal memo said").
PRIVATE: Final = whole_words(
    # "internal" of a document or talk, not of a body ("internal affairs investigation").
    # (an internal auditor, or internal affairs, examines the body: no private document)
    r"internal\s+(?!(?:auditors?|audit\s+(?:unit|office|department|team|division)|affairs)\b)"
    r"(?:[\w’'-]+\s+){0,2}?(?:documents?|e-?mails?|memos?|research|reports?"
    r"|records|messages|communications?|presentations?|slides|files|data|stud(?:y|ies)"
    r"|reviews?|chats?|discussions?|notes?|guidelines|policy|manual|analys[ie]s|surveys?"
    r"|briefings?|circulars?|bulletins?"
    r"|protocols?|procedures?|instructions?|directives?)"
    # (privately, or in a private exchange; not a private company, school or landlord)
    # (not a kind of ownership: "privately rented homes", "privately run clinics")
    r"|privately(?!\s+(?:rented|owned|run|held|funded|operated|managed|built|insured|educated))"
    r"|in\s+private|private\s+(?:[\w’'-]+\s+)?(?:e-?mails?|messages?|meetings?"
    r"|conversations?|briefings?|letters?|notes?|memos?|talks|discussions?|sessions?|calls?"
    r"|texts?|chats?|correspondence|remarks?|comments?|assurances?)"
    # the papers kept on staff: "a March 2015 performance review of one officer"
    r"|performance\s+(?:reviews?|evaluations?|appraisals?)|personnel\s+files?"
    r"|disciplinary\s+(?:letters?|notices?|records?)"
    # a note written by hand on the file: "A handwritten note on the tally sheet, dated 25
    # July, reads"
    r"|(?:handwritten|hand-written|marginal)\s+(?:notes?|annotations?|comments?)"
    # the papers put before a board or a cabinet: "A board paper from September warned"
    r"|(?:board|cabinet)\s+papers?|briefing\s+notes?"
    # a dated letter between officials, quoted from the file: "A letter dated September 16
    # from the district health officer to the national store", "dated December 29, written
    # by the Superintending Engineer"
    r"|letter\s+dated\s+(?:[\w.,]+\s+){1,3}?(?:from|(?:written|sent)\s+by)\s+"
    r"(?!(?:residents?|parents?|families)\b)"
    # a meeting the public may not attend: "a closed council briefing", "in camera", "agreed
    # the matter remain confidential"
    r"|confidential(?:ly)?|in\s+camera|in\s+secret"
    # (or what those inside were told at one: "she was told at a briefing that the work had
    # ended", "staff were told at a meeting in January 2023 to log only")
    r"|(?:was|were|had\s+been)\s+told\s+(?:at|in|during)\s+an?\s+(?:(?:staff|team|internal|private"
    r"|closed|management|shift)\s+)?(?:briefing|meeting)\b"
    # a message as the subject that tells: "The officer's email, sent on December 4, told the
    # company its walks could go ahead"
    # (not one sent to the public: "The email, sent to all residents, told them")
    r"|(?:e-?mail|memo|text\s+message|WhatsApp\s+message)(?:,(?![^,]*\b(?:residents|parents"
    r"|customers|families|tenants|patients|members|public|subscribers|voters)\b)[^,;“”\"]{1,60},)?"
    r"\s+(?:told|instructed"
    r"|directed|warned|advised|informed|ordered)\b"
    # a check the body paid for itself, found among the records: "An engineering inspection
    # commissioned by the shire in March 2022 rated the runway poor", "a consultant's report,
    # commissioned by the company in October 2020"
    r"|(?:^\W*(?:an?|the|its|their)|\binclude\s+an?)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:report|assessment|review|inspection|audit|study|survey|analysis)\s*,?\s+commissioned\s+by\s+"
    r"(?:the|its)\s+(?:own\s+)?(?:company|council|shire|department|ministry|agency|board|authority"
    r"|firm|city|county|district|operator|owner|trust|school|hospital|university|club)\b"
    # a message to the body's own people: "told staff in an email that the county needed"
    r"|told\s+(?:his\s+|her\s+|their\s+|its\s+)?(?:staff|employees|colleagues|officers|workers|managers"
    r"|subordinates|team)\s+in\s+an?\s+(?:[\w-]+\s+)?(?:e-?mail|memo|message|note|text)\b"
    # ... or to one named by title and name: "Marchetti wrote to Deputy Clerk Aaron Pfeiffer
    # in an email Nov. 1"
    r"|wrote\s+to\s+(?!(?:Reuters|AP|AFP|Bloomberg)\b)(?:(?-i:[A-Z])[\w.’'-]*\s+){2,4}in\s+an?\s+"
    r"(?:[\w-]+\s+)?(?:e-?mail|memo|text|message|note)\b"
    # an order to the body's own people: "an instruction issued by the company's control
    # department on 1 December directed shift engineers to"
    r"|(?:instruction|directive|circular|standing\s+order)\b[^.;“”\"]{0,80}?\b(?:directed|instructed"
    r"|told|ordered)\s+(?:[\w-]+\s+){0,2}?(?:staff|engineers|officers|employees|workers|managers"
    r"|supervisors|inspectors|clerks|team\s+leaders)\b"
    # a dated message quoted from the records: "wrote in a Feb. 20 email"
    r"|wrote\s+in\s+an?\s+(?:[A-Z][a-z]{2,}\.?\s+\d{1,2}(?:,\s+\d{4})?|[A-Z][a-z]+\s+\d{4}|\d{4})"
    rf"\s+(?:e-?mail|memo|text|message|letter|note)\b{TO_THE_PRESS}"
    # a warning taken up the line inside: "members had raised the closures with the
    # administration", "flagged it to managers", "warned her superiors"
    r"|(?:raised|flagged|reported|complained\s+about|warned)\s+(?:[\w’'-]+\s+){0,4}?(?:with|to)?\s*"
    r"(?:the\s+|their\s+|his\s+|her\s+)?(?:administration|management|managers|supervisors|bosses"
    r"|superiors|leadership|headquarters|head\s+office|executives|line\s+managers)\b"
    # ... or to the body itself, told by the one who warned it ("says he reported loose
    # blocks to the harbour office", "raised the dead phone with his foreman", "wrote to the
    # district office in February and again in April", "sent photos of it to supervisors"):
    # what the body was told behind the scenes, not a public claim of the one who warned it
    r"|(?:raised|reported|flagged)\s+(?:[\w’'-]+\s+){1,8}?(?:with|to)\s+(?:(?:his|her|their|the|a"
    rf"|its)\s+)?(?:[\w’'-]+\s+){{0,2}}?{_WARNED}"
    rf"|(?:wrote|complained)\s+to\s+(?:the|his|her|its|their)\s+(?:[\w’'-]+\s+){{0,3}}?{_WARNED}"
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:times|twice|again|repeatedly)"
    rf"|(?:sent|emailed)\s+(?:[\w’'-]+\s+){{1,8}}?to\s+(?:(?:his|her|their|the)\s+)?{_BOSSES}"
    # "emailed the council's parks manager to say the stations were empty"
    rf"|emailed\s+(?:his|her|their|the)\s+(?:[\w’'-]+[’']s\s+)?(?:[\w’'-]+\s+){{0,2}}?{_BOSSES}"
    # ... or to its own head office: "wrote to the board's head office in Suva warning that"
    # (or its head's office: "a senior officer wrote to the mayor's office on May 2")
    r"|wrote\s+to\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+[’']s\s+)?(?:head\s+office|headquarters)\b"
    r"|(?:officer|official|staff(?:er)?|employee|manager|adviser|aide|clerk|engineer)\s+wrote\s+to\s+"
    r"the\s+(?:mayor|minister|chair(?:man|woman|person)?|chief\s+executive|director)[’']s\s+office\b"
    # a note written up the line inside: "a compliance manager wrote to two directors"
    r"|wrote\s+to\s+(?:(?:two|three|several|the|his|her|their|its|[\w’'-]+[’']s|(?-i:[A-Z])\w*)\s+){0,2}"
    # (not to overseers who sit in public: "a letter McDonnell wrote to county supervisors")
    # (or one of them by the post: "wrote to Te Fetu's finance manager")
    r"(?:[\w-]+\s+)?(?:directors|managers|manager|executives|colleagues|superiors|bosses"
    r"|senior\s+[\w-]+\s+officials"
    r"|medical\s+director|chief\s+executive|line\s+manager"
    # (or its officers by their initials: "wrote to CAOs of Bathinda and two other districts";
    # not to lawmakers, who sit in public: "wrote to MPs")
    r"|(?!(?:MPs|MLAs|MSPs|MPPs|MHAs|MEPs|TDs|NGOs)\b)(?-i:[A-Z]{2,5}s))\b"
    # ... or written to one of them, told by the writing: "Writing to the sheriff's chief
    # deputy in October 2022, County Administrator Renee Tolliver said"
    # (set first, as a participle: not "said he would be writing to the chief")
    r"|(?:^|(?<=,\s))writing\s+to\s+(?:the\s+|her\s+|his\s+|their\s+|an?\s+)?(?:[\w’'-]+[’']s\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:deputy|deputies|managers?|directors?|chief|staff|colleagues?|supervisors?|executives?"
    r"|administrator|engineers?|officers?)\b"
    # a reply in the correspondence: "The company's finance department wrote back that the
    # money would be paid" (not one to the newsroom, "wrote back to the Herald")
    rf"|wrote\s+back\b{TO_THE_PRESS}"
    # a letter between the parties by e-mail: "an official at the licensing desk wrote to the
    # company by e-mail that" (not to the newsroom: "wrote to the Herald by email")
    rf"|wrote\s+to\s+(?!(?:the\s+)?(?-i:{MASTHEAD})|reporters\b)(?:[\w’'.-]+\s+){{1,4}}?by\s+"
    r"e-?mail\b"
    # a note one of its staff wrote on the record: "Against two of the transfers, a doctor
    # wrote: “no incubator available.”"
    r"|(?:^|,\s)(?:an?|one|another)\s+(?:[\w-]+\s+)?(?:doctor|nurse|clerk|technician|engineer"
    r"|supervisor|manager|midwife|orderly|attendant|guard|warden|dispatcher)\s+(?:had\s+)?"
    r"(?:wrote|noted|scribbled|recorded|entered)\b"
    # a warning put in writing inside: "the problem was raised in writing in January"
    r"|raised\s+(?:[\w’'-]+\s+){0,3}?in\s+writing"
    r"|closed(?:-door)?\s+(?:[\w’'-]+\s+)?(?:briefings?|sessions?|meetings?|hearings?|workshops?)"
    # (the public a letter goes "to" is no sender: "An email from the council's libraries
    # manager" is the council's own)
    # (several from inside too: "told in e-mails from the complex's reception team")
    r"|(?:e-?mail|memo|(?:text\s+)?message|letter)s?\s+(?:from\b(?!\s+(?:the\s+)?(?-i:"
    rf"{MASTHEAD}))|(?<![sS]\s)(?:to|sent|between|signed|written){TO_THE_PRESS})|(?:e-?mail|memo)\s+dated"
    # "An email that Deputy Chief Carla Brandt sent to battalion chiefs"
    # ("an email she sent to her manager": the relative word may go unsaid)
    r"|(?:e-?mail|memo|(?:text\s+)?message)\s+(?:(?:that|which)\s+)?(?:[\w’'.-]+\s+){1,5}?"
    rf"(?:sent|wrote)\s+to{TO_THE_PRESS}"
    # ("a text message Pettigrew sent him in August 2023")
    r"|(?:e-?mail|memo|text\s+message)\s+(?:[\w’'.-]+\s+){1,3}?sent\s+(?:him|her|them|me|us)\b"
    # a message or a record kept inside, quoted by how it reads: "the email reads", "A page
    # from the lab's incident log, written by ..., reads:"
    r"|(?:e-?mail|memo|text(?:\s+message)?|logs?|logbook|diary|notebook|work\s+orders?"
    # (not one sent "to" anyone: who it went to decides, above)
    # (nor one from a newsroom: "An email from The Gazette reads")
    r"|(?:incident|shift|service)\s+(?:reports?|tickets?))\b"
    rf"(?!\s+from\s+(?:the\s+)?(?-i:{MASTHEAD}))(?:(?!\bto\b)[^.;“”\"]){{0,80}}?\breads\b"
    r"|(?:e-?mail|memo|text\s+message|letter)\b[^.;“”\"]{0,40},\s+in\s+which"
    # "In a March 2014 e-mail, X offered ...": a message the clause opens with (not "told
    # Reuters in an email", nor "In an email, spokeswoman Kim Tran said": replies to the press,
    # as is "In a brief e-mail, he said")
    r"|^\W*(?:(?:And|But|Yet|Then)\s+)?in\s+(?:an?|one|another)\s+(?!(?:brief|short|terse"
    r"|written)\s)(?:[\w.,’'-]+\s+){0,4}?"
    r"(?:e-?mail|memo|text\s+message|chat(?:\s+thread)?|message\s+thread)\b"
    # (nor one dated by the days before publication, an answer to the newsroom: "In an email
    # Tuesday, he said")
    r"(?!\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|this\s+week)\b)"
    rf"{TO_THE_PRESS}(?![^.]{{0,60}}\b(?:{SPOKESPERSON_WORDS})\b)"
    # several of them: "In later messages that year, Wendt circulated ..."
    r"|^\W*(?:(?:And|But|Yet|Then)\s+)?in\s+(?:later|subsequent|earlier|other|separate|several"
    r"|two|three|four|five|more)\s+(?:[\w.,’'-]+\s+){0,3}?(?:e-?mails|memos|text\s+messages"
    r"|messages|chats)\b"
    rf"{TO_THE_PRESS}(?![^.]{{0,60}}\b(?:{SPOKESPERSON_WORDS})\b)"
    # a rule book inside quoted: "“Do not disclose the percentage,” the memo says"
    r"|(?:the|an?|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:memo|memorandum|directive"
    r"|handbook|manual|rulebook)\s+(?:says|said|reads|read|states|stated)\b"
    r"|(?:says|said|wrote)\s+(?:an?|the|his|her|their)\s+(?:(?!(?:between|of|in|on|and|with|to|for)\s)[\w.,’'-]+\s+){0,4}"
    # (not one the speaker says something of: "said the letter was genuine")
    r"(?:e-?mail|memo|message|letter)(?!s?\s+(?:was|were|is|are|had|has|did|does)\b)"
    # "In one instant message exchange, an employee asks ...": chats between colleagues.
    r"|(?:instant|direct|chat)\s+messag(?:e|es|ing)(?:\s+exchanges?)?"
    # "an engineer emailed the director that ...", "texted administrator Greg Hollister",
    # not "emailed reporters" nor "emailed a statement"
    rf"|(?<!statement\s)(?<!release\s)(?:e-?mailed|texted|messaged){TO_THE_PRESS}\s+(?!(?:an?\s+|the\s+|its\s+)?"
    r"(?:statement|response|comment|reply|answer)s?\b)(?=[\w’'-])"
    # "sent a group text to the home's managers", "sent an email to staff"
    rf"|sent\s+(?:an?\s+|the\s+)?(?:group\s+)?(?:texts?|e-?mails?|messages?|memos?){TO_THE_PRESS}"
    # "a message posted to a company WhatsApp group": a chat among colleagues
    r"|(?:WhatsApp|Slack|Teams|Signal|Telegram)\s+(?:group|channel|chat|thread)s?"
    r"|group\s+(?:chats?|texts?|threads?)|(?:team|staff|internal|company)\s+(?:channel|chat)s?"
    # a letter to one person inside ("wrote to a university budget officer", "wrote to his
    # manager"), not to a public or an official ("wrote to the secretary of the Army")
    r"|(?:wrote|written)\s+to\s+(?:an?|his|her|their|its|all|[A-Z][\w-]*[’']s|the\s+[a-z][\w-]*[’']s)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:manager|boss|supervisor|superior|colleague|staff|team|deputy"
    r"|officer|director|administrator|nurse|engineer|coordinator|executive|aide|assistant"
    r"|commissioner|employee|inspector|contractor|supplier|vendor)s?\b"
    # ... or to a team inside: "wrote to the communications team", "wrote to the night staff"
    r"|(?:wrote|written)\s+to\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:team|staff|desk|unit)\b"
    # the rules a body hands its own staff: "The handbook, dated April 2022, tells new
    # officers: ...", "training slides instruct reviewers to"
    # (or any guide, document or memo that does: "The 14-page document, titled ..., tells
    # adjusters", "The memo, written by the enforcement manager, told staff that")
    r"|(?:handbooks?|manuals?|rulebooks?|playbooks?|guides?|guidelines|documents?|directives?|memos?"
    r"|training\s+(?:guides?|materials?|slides|manuals?|documents?|videos?))\b"
    r"[^;]{0,120}?\b(?:tells?|told|instructs?|instructed"
    r"|directs?|directed|advises?|advised)\s+(?:its\s+|all\s+|new\s+|the\s+)*(?:[\w-]+\s+)?"
    r"(?:staff|employees|workers|officers|agents|drivers|nurses|inspectors|reviewers|caseworkers"
    r"|managers|wardens|operators|crews|callers|fundraisers|recruits|trainees|deputies"
    r"|adjusters|assessors|examiners|clerks|technicians|analysts|investigators|supervisors)\b"
    # ... or to the head of a unit inside: "wrote to the head of the School of Chemistry"
    r"|(?:wrote|written)\s+to\s+the\s+head\s+of\s+(?:the|its|his|her)\s"
    # or to the staff who do the work, named by their trade: "wrote to enforcement agents",
    # "wrote to reviewers on Feb. 19"
    r"|wrote\s+to\s+(?:the\s+|all\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w’'-]+\s+)?"
    # (not "supervisors" nor "officers": "county supervisors" are elected, "police officers"
    # an outside force)
    r"(?:agents|reviewers|caseworkers|clerks|analysts|technicians|crews|drivers|dispatchers|colleagues"
    r"|operators|handlers|staff|employees|workers|nurses|deputies|moderators|assessors"
    r"|examiners|adjusters|controllers)\b"
    # an instruction given inside: "told commissioners to stop recording", "directed staff to"
    r"|(?:told|telling|instruct(?:s|ed|ing)|direct(?:s|ed|ing)|order(?:s|ed|ing))\s+"
    r"(?:(?:his|her|its|their|the|all)\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?:staff|employees|workers|managers|inspectors|officers|moderators"
    r"|nurses|drivers|crews|commissioners|supervisors|caseworkers|mechanics|technicians|clerks"
    r"|agents|deputies|handlers|operators|controllers|dispatchers|guards|carers|teachers"
    r"|counsell?ors|therapists|doctors|analysts|cashiers|tellers|librarians|rangers|wardens"
    # (with the order's own words quoted, blanked here: 'instructing frontline staff "not to
    # release any diploma"')
    r"|call\s+takers)(?:\s+(?:not\s+)?to\s|(?=\s{3}))"
    # ... or sent round them: "a directive went out to rangers in August telling them"
    rf"|(?:directive|instruction|memo|circular|order|e-?mail|notice)s?\s+went\s+out\s+to\s+"
    rf"(?:(?:the|all|its|their)\s+)?(?:[\w’'-]+\s+)?{_STAFF}"
    # ... told by those it was given to: "staff were told to 'mark it pending'",
    # "supervisors instructed them to skip the locked gates" (an order denied is the
    # denial: see denials)
    rf"|{_STAFF}\s+(?:were|was|had\s+been|have\s+been"
    r"|are)\s+(?:told|instructed|ordered|directed)\s+to(?=\s)"
    rf"|{_BOSSES}\s+(?:had\s+)?(?:told|instructed|ordered|directed)\s+(?:them|us|him|her|me"
    rf"|{_STAFF})\s+to(?=\s)"
    # what staff put in the records they keep: "technicians wrote that the driver
    # reported", "nurses noted", "dispatchers logged"
    r"|(?<!the\s)(?<!a\s)(?:technicians|nurses|inspectors|engineers|caseworkers|dispatchers|guards"
    r"|officers|mechanics|clerks|carers|staff|workers|employees)\s+(?:had\s+)?(?:wrote|noted"
    r"|logged|recorded|entered|jotted)\b"
    # a line in a record kept inside: "wrote on the shift log", "wrote in her notes"
    r"|wrote\s+(?:on|in)\s+(?:the|an?|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?(?:logs?"
    r"|logbook|forms?|charts?|worksheets?|work\s+orders?|incident\s+reports?|shift\s+reports?"
    r"|notes|notebook|diary|timesheets?)\b"
    rf"|(?:text|e-?mail)\s+(?:message\s+)?exchanges?{TO_THE_PRESS}"
    # a message quoted from a copy the story holds: "..., Vance wrote on Nov. 10, according
    # to a copy of the message"
    r"|according\s+to\s+(?:an?|the)\s+cop(?:y|ies)\s+of\s+(?:the|an?|his|her|their)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:e-?mails?|memos?|messages?|texts?|notes?|letters?\s+(?:to|from)\s+"
    r"(?:an?|his|her|their)\s)"
)

# A public occasion: what is said there is a statement, whoever says it.
PUBLIC: Final = whole_words(
    r"publicly|in\s+public|news\s+conference|press\s+(?:conference|release)|in\s+a\s+statement"
    r"|(?:open|public)\s+letter"
    r"|public\s+(?:hearing|meeting|forum|session)s?"
    r"|told\s+(?:reporters|the\s+(?:council|board|committee|commission|public))|testified"
)

# Someone the story leaves unnamed inside an exchange it quotes: "one employee says",
# "another responds", "a colleague replied".
ANONYMOUS_SPEAKER: Final = whole_words(
    r"(?:one|another|an?)\s+(?:[\w-]+\s+)?(?:employees?|workers?|engineers?|colleagues?"
    r"|managers?|staffers?|executives?|pilots?|officers?|nurses?|teachers?|aides?)"
    r"|^\W*(?:[“\"][^”\"]*[”\"],?\s*)?another\b"
)

# Reply convention: "responded", "replied", "wrote back" answer the message told before.
REPLY: Final = whole_words(
    r"respond(?:ed|s)|repl(?:ied|ies)|wrote\s+back|answered|in\s+(?:an?|her|his|their)\s+reply\b"
    # the reply named as the subject: "The reply, sent the next morning by ..., said"
    r"|^(?:an?|the|his|her|their|its)\s+reply(?=,|\s+(?:from|sent|said|read)\b)"
)
# Sequence convention: "minutes later", "an hour later" count from the event told before,
# on the same day.
SOON_AFTER: Final = whole_words(
    r"(?:about\s+|some\s+|nearly\s+|just\s+)?(?:\d+|a\s+few|several|an?|\w+)\s+"
    r"(?:minutes?|hours?)\s+later"
    # "replied the same afternoon", "within the hour"
    r"|the\s+same\s+(?:day|morning|afternoon|evening|night)|within\s+(?:the|an)\s+hour"
)

# Correspondence convention: a message quoted in its own words ("A separate email said:
# “...”", "An internal memo read: “...”") is what was written behind closed doors, a
# practice; the records that bring such messages out ("Emails show ...") are the
# disclosure. A message newly named, not one read from ("The note says: ...", see
# evidence.py), nor one to a public ("An email to parents said:") or from a spokesperson.
QUOTED_MESSAGE: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet|Then|Later)\s+)?(?:An?|One|Another)\s+"
    r"(?:(?:separate|second|third|later|earlier|follow-up|further|internal|private)\s+)?"
    r"(?:(?!(?:press|news|public)\b)[\w’'-]+\s+){0,2}?(?:e-?mail|memo|memorandum|message"
    # (or the answer in the thread: "A reply the same afternoon, from a supervisor, reads")
    rf"|text(?:\s+message)?|reply){TO_THE_PRESS}"
    rf"(?![^:;“”\"]{{0,80}}\b(?:{SPOKESPERSON_WORDS})\b)"
    r"(?:[\s,]+[^:;“”\"]{0,140}?)?[\s,]+(?:said|says|read|reads|stated|states|warned|added)"
    r"(?:\s+in\s+full)?\s*[:,]",
    re.IGNORECASE,
)


# A report or return of the party's own, set off with its putting before an overseer:
# "its report for 2017, presented", "Mangaung's return for the 2021/22 year, submitted".
SUBMITTED_OWN: Final = (
    r"(?:\b(?:its|their)|(?<!General)(?<!Auditor)(?<!Ombudsman)(?<!Inspector)(?<!Regulator)[’']s)"
    r"\s+(?:own\s+)?(?:[\w/-]+\s+){0,3}?(?:report|return|submission)\b"
    r"[^,;]{0,40},\s+(?:presented|submitted|lodged|filed)"
)
# Own-publication convention: a party's annual or sustainability report, its budget or its
# website, telling the public its record ("Its annual report, published in March, says
# that ...", "The same figures appeared in the council's annual report", "The hospital's
# website made the same promise") is the party's claim repeated: a statement, not a
# finding made public. Nor does such a report become evidence by being "released".
OWN_PUBLICATION: Final = re.compile(
    r"\bsame\s+(?:figures?|claims?|promises?|pledges?|assurances?|numbers?|statistics?|wording|sentences?"
    r"|line|message)\s+(?:also\s+)?(?:appears?|appeared|ran|runs|featured|features)\b"
    # (or whatever the claim was, set down again: "The same qualification is listed in the
    # agency's annual report")
    r"|\bsame\s+[\w-]+\s+(?:is|was|are|were)\s+(?:also\s+)?(?:listed|repeated|stated|given|cited"
    r"|printed|published)\s+(?:in|on)\b"
    # "The figure has since appeared on the city's website", "The figure appeared in a
    # safety summary Kinetiq sent in March": the claim carried in what the party put out
    r"|^\W*(?:The|That|This)\s+(?:[\w’'-]+\s+)?(?:figures?|claims?|promises?|numbers?|pledge"
    r"|statistics?)(?:\s+of\s+[\w$£€₹.,%-]+)?\s+(?:has\s+since\s+|had\s+since\s+|has\s+|had\s+|also\s+)?"
    # (or first put out: "The figure of 4,860 was first published in a press note")
    r"(?:appears?|appeared|features|featured|was\s+(?:first\s+)?(?:published|announced|given))\s+(?:in|on)\b"
    r"|\bmade\s+the\s+same\s+(?:promise|claim|pledge|assurance|point)\b"
    # the claim the party sells by: "has advertised the water on radio and on billboards
    # since 2020 as “bottled at source”", "has used the slogan on its website and signs"
    r"|\b(?:advertis|market|promot|bill|brand)(?:ed|es|s|ing)\s+[^.;“”\"]{1,120}?\bas(?:\s+[“\"]|\s{4,}|\s*$)"
    r"|\b(?:used|uses|displayed|displays|printed|prints|carried|carries)\s+(?:the|that|this|its"
    r"|their)\s+(?:same\s+)?(?:slogan|tagline|claim|label)\s+(?:on|in|across)\s+(?:its|their|the)\b"
    # ... and so is the account the story names as the body's public one: "In public, the
    # council's line was that nobody was allowed on the track", "its official line is"
    # (or the promise told in the passive: "The promise was made in March by the Permanent
    # Secretary, at a press briefing")
    r"|\b(?:promise|pledge|assurance|commitment)\s+was\s+(?:first\s+)?(?:made|given|repeated)\b"
    # ... and the words a party gives in a statement of its own are its account, whatever
    # deed they credit it with ("In a statement, the general manager said the company had
    # spent $38 million upgrading the network")
    r"|^\W*(?:But\s+|And\s+)?In\s+an?\s+(?:written\s+|brief\s+|short\s+|e-?mailed\s+)?(?:statement"
    r"|(?:press|news|media)\s+release)(?:\s+(?:on|last|this)\s+\w+)?,\s+[^;“”\"]{1,100}?\b(?:said|says)\b"
    # Legislature convention: the answer the body gives a member's question is its account on
    # the record ("a written answer to a parliamentary question, prepared by the department,
    # put the number at nil")
    r"|\b(?:written|parliamentary)\s+(?:answer|reply)\s+to\s+(?:an?\s+|the\s+)?(?:parliamentary\s+"
    r"|written\s+)?questions?\b[^.;“”\"]{0,80}?\b(?:put|puts|said|says|stated|states|gave|gives"
    r"|listed|lists)\b"
    r"|^\W*(?:In\s+public|Publicly),|(?:public|official|[’']s)\s+line\s+(?:was|is|has\s+been"
    r"|had\s+been|remained|remains)\b"
    r"|\b(?:(?:annual|sustainability|quarterly|monthly|impact|progress|performance|ESG|responsibility)"
    # (or its budget's: "The council's 2022-23 budget papers, adopted in June, stated that")
    r"\s+reports?|budget\s+(?:papers|documents?|books?))\b(?:,[^,;]{1,60},)?,?\s+(?:which\s+)?"
    # (those it filed with its overseer, "Quarterly reports the company filed with the
    # city's board put its compliance at 91%", see SUBMITTED_OWN)
    r"(?:(?:that\s+)?(?:the|its|their)\s+[\w’'-]+\s+(?:filed|submitted|lodged)\s+(?:with|to)\s+"
    r"[^,;.“”\"]{1,80}?\s+(?:put|puts)\s"
    # (or put out itself: "An annual report the city published in 2020 said")
    r"|(?:that\s+)?(?:the|its|their)\s+[\w’'-]+\s+(?:published|issued|released|put\s+out)\s+"
    r"(?:in\s+\d{4}\s+|(?:last|this)\s+\w+\s+)?(?:said|says|stated|states|claimed|claims)"
    r"|(?:also\s+)?(?:said|says|stated|states"
    r"|claimed|claims|boasted|boasts|promised|promises|repeated|repeats|listed|lists|described"
    r"|describes|credited|credits))\b"
    # (or its report or return put to its overseer: "In its report for 2017, presented to
    # the board in March 2018, the service listed", "the city's return, submitted in July,")
    rf"|{SUBMITTED_OWN}\s+(?:to|with|in|before)\b[^.;]{{0,80}}?\b(?:listed|lists|said|says|stated"
    r"|states|claimed|claims|put|puts|gave|gives|reported|reports)\b"
    # the party's own plan, put to the public or a regulator: "Sangre Peaks' wildfire
    # mitigation plan, adopted in December 2020, said all lines are patrolled on foot"
    r"|(?<!internal\s)\b(?:mitigation|safety|management|maintenance|response|action|business)\s+plan\b"
    r"(?:,[^;“”\"]{1,160},)?\s+(?:said|says|stated|states|promised|promises|committed|commits)\b"
    # the party's own web page: "the agency's website still listed the village as connected"
    # (or has carried it: "The lot's website has carried the same promise since 2019")
    # (with its other words to the public: "The university's website and its enrolment
    # emails to new students continued to describe the degree as")
    r"|\b(?:website|web\s*page|home\s*page)(?:\s+and\s+[^.;,“”\"]{1,60}?)?\s+(?:still\s+|also\s+|then\s+)?(?:(?:continued|continues"
    r"|went\s+on)\s+to\s+(?:describe|say|list|claim|call|state)\b|said|says|stated"
    r"|states|claimed|claims|listed|lists|described|describes|promised|promises|boasted|boasts"
    r"|(?:has\s+|had\s+)?(?:carried|displayed|featured|advertised)|carries|displays|features)\b"
    # the claim, named by a pronoun, carried in what the party put out: "It appeared again
    # last summer in a brochure the authority mailed to 30,000 households"
    r"|^\W*(?:It|They)\s+(?:also\s+)?(?:appears?|appeared)\s+(?:again\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:in|on)\s+(?:an?|the|its|their|[\w’'-]+[’']s)\s+(?:[\w’'-]+\s+){0,3}?(?:reports?"
    r"|brochures?|leaflets?|flyers?|newsletters?|website|ads?|adverts?|advertisements?|mailers?"
    r"|prospectus|presentations?|slides?|releases?|budgets?|campaigns?|pitch)\b"
    # a report put before a public body by the party: "her written report to the committee
    # said", "the department's report to council says"
    r"|\breports?\s+to\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:council|committee|board|legislature"
    r"|lawmakers|parliament|assembly|shareholders|investors)\b(?:,[^,;]{1,60},)?\s+(?:said|says"
    r"|stated|states|claimed|claims)\b"
    # the figure the party shows the public: "a dashboard on the department's website for
    # parents showed 98% compliance", "the city's public scorecard lists"
    r"|\b(?:(?:public|online|same)\s+(?:dashboard|scorecard|tracker)|(?:dashboard|scorecard|tracker)"
    r"\s+on\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,2}?website)\b[^.;]{0,60}?\b(?:showed|shows"
    r"|listed|lists|reported|reports|claimed|claims|said|says)\b"
    # the party's own report set against the finding: "The Prison Service painted a
    # different picture in its annual report for 2024"
    r"|\b(?:painted|paints|gave|gives|presented|presents)\s+an?\s+(?:very\s+|quite\s+)?(?:different"
    r"|rosier|brighter)\s+(?:picture|account|story)\s+in\s+(?:its|their|his|her)\s+(?:own\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?:report|statement|submission|newsletter|briefing|budget|release)\b"
    # the words the party puts up for the public: '"No surprises," reads a banner across
    # the top of its billing page', "A sign at the gate says"
    r"|\b(?:reads|read|says|said|declares|declared|promises|promised|proclaims|proclaimed)\s+"
    r"(?:a|the|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:banner|sign|billboard|poster|slogan|placard"
    r"|plaque|tagline|advert|advertisement|brochure|leaflet|flyer)\b"
    r"|\b(?:banner|sign|billboard|poster|slogan|placard|plaque|tagline)\s+(?:(?:on|at|across"
    r"|outside|above|over|in)\s+[^.;“”\"]{1,60}?)?(?:still\s+)?(?:reads|read|says|said|declares"
    r"|declared|promises|promised|proclaims|proclaimed)\b",
    re.IGNORECASE,
)


# Sender convention: a message that opens the clause with its sender ("A follow-up email from
# Mr Hollins on November 21, on which Ms Okafor was copied, asked") is the sender's deed;
# whoever else the clause names only received it.
_FROM_SENDER: Final = re.compile(
    r"\W*(?:(?:But|And)\s+)?(?:An?|The|Another)\s+(?:[\w-]+\s+){0,2}?(?:e-?mail|letter|memo|message"
    r"|text|note)\s+from\s+$",
    re.IGNORECASE,
)


def sent_by(text: str, offset: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The sender a clause names when it opens with a message from them, or none (see
    ``_FROM_SENDER``)."""
    return [m for m in mentions[:1] if _FROM_SENDER.fullmatch(text, offset, m.start)]
