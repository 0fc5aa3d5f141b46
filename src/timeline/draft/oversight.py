"""Oversight: who examines the party, what starts it, what it finds, and what is undone."""

from __future__ import annotations

import re
from typing import Final

from timeline.draft.denials import undenied
from timeline.draft.promises import SCRUTINY
from timeline.draft.words import BEHIND_SCENES, whole_words

__all__ = [
    "ACTED",
    "CLEARED",
    "COMPLAINTS_RECEIVED",
    "EXAMINE_ORDER",
    "FINDINGS_SENT",
    "OVERSIGHT",
    "OVERSIGHT_FINDS",
    "RAISED_WITH",
    "UNDER_WAY",
    "done_unseen",
    "finding_told",
    "overseer",
]

# Complaints convention: the complaints a body counts on its record ("said it had received
# 19 complaints about the company since January", "it received 212 complaints ... in August
# alone") are what an overseer holds, and the time they were made in is the count's.
COMPLAINTS_RECEIVED: Final = r"(?:(?:had|has|have)\s+)?received\s+(?:[\w,]+\s+){0,3}?complaints?"

# Complaint convention: a speaker's own word that they took the matter to someone who could
# act on it ("said she had written to the division in July with photographs", "said he had
# complained to the council twice", "In a petition to the department, the group said")
# tells the matter being raised: a disclosure, dated by when it was raised, not a claim.
RAISED_WITH: Final = whole_words(
    # (or a group speaking for those affected: "He said the union wrote to the DHMT in June")
    r"(?:said|says)(?:\s+(?:on\s+)?\w+day)?\s+(?:that\s+)?(?:he|she|they|we|I|the\s+(?:union|association|group|residents|families|parents|members))\s+(?:(?:had|has|have)\s+"
    r"(?:already\s+|twice\s+|repeatedly\s+|also\s+|first\s+)?(?:written\s+to|complained\s+to|alerted|reported\s+(?:it|this|that|them|the\s+\w+)\s+to|raised\s+(?:it|this|that|the\s+\w+)"
    # (or in the legislature: "said he had raised the matter on the floor of the house")
    r"\s+(?:with|(?:on\s+the\s+floor\s+of|in)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:house|assembly|parliament|senate|legislature|chamber|Dáil|Lok\s+Sabha|Rajya\s+Sabha)\b))"
    # (or told in the simple past: "He said he wrote to the District Executive Director about
    # the matter", "she said she complained to the county council")
    r"|(?:also\s+|first\s+)?(?:wrote|complained)\s+to\s+(?:the\s+)?(?:(?-i:[A-Z])\w*|(?:[\w-]+\s+){0,2}?(?:council|director|ministry|department|board|authority|commission|regulator|minister"
    r"|mayor|agency|office|police|ombudsman|inspectorate)\b)"
    # (not counted: "wrote to the council three times" tells how the body answered, see
    # parties._witness)
    r"(?![^.;]{0,40}?\b(?:twice|times|repeatedly)\b))"
    # (or filed with one who can act on it: "filed a sworn complaint with state election
    # regulators", "lodged a complaint about the outcome", "a petition filed in the High Court")
    r"|(?:filed|lodged|submitted|made)\s+an?\s+(?:[\w-]+\s+)?(?:complaint|petition|grievance)\s+"
    r"(?:with|to|against|about|over|before)\b"
    r"|(?:complaint|petition)\s+(?:was\s+)?(?:filed|lodged)\s+(?:in|with|before)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:court|commission|tribunal|ombudsman|regulator|authority)\b"
    # (or the complaint named as the occasion: "In a petition to the department on 22 December")
    r"|in\s+an?\s+(?:[\w-]+\s+)?(?:petition|complaint|grievance)\s+to"
    # (or the papers filed in court: "In papers filed at the High Court in Blantyre on 14
    # February, the families ... are asking the court to order")
    r"|^\W*in\s+(?:(?:an?|its|their|the)\s+)?(?:[\w-]+\s+){0,2}?(?:papers|application|petition|lawsuit|suit|complaint|claim|writ)\s+(?:filed|lodged|submitted)\s+(?:at|in|with|before)\b"
    # (or a union's concerns raised: "after the Public Service Association raised concerns
    # about workloads at the site")
    r"|(?:union|association|federation|society|network|group)\s+(?:had\s+)?(?:publicly\s+)?raised\s+(?:concerns|questions|the\s+alarm|alarm)\b"
    # (or in writing, to an authority: "wrote to the district magistrate alleging that")
    r"|wrote\s+to\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:magistrate|ombudsman|regulator|commissioner|watchdog"
    r"|auditor|inspectorate|police)\s+(?:[^.;,“”\"]{0,40}?\s+)?(?:alleging|complaining|to\s+complain)\b"
    # (or to anyone, an allegation set down: "has written to the AAI alleging that")
    r"|(?:has|have|had)\s+written\s+to\s+[^.;“”\"]{1,80}?\s+alleging\b"
    # Allegation convention: one who alleges in public ("The riders' association alleged that
    # its members paid officers daily") raises the matter; the party denies, it does not allege
    r"|(?<!\bnot\s)(?<!\bbe\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?:alleged|alleges)\s+(?:on\s+\w+day\s+|in\s+\w+\s+)?that\b"
)

# Inquiry convention: the matter under examination ("said the matter was under
# examination", "an internal review is under way") is oversight at work.
UNDER_WAY: Final = whole_words(
    r"(?:is|are|was|were)\s+(?:now\s+|still\s+)?under\s+(?:review|investigation|examination|inquiry|scrutiny)"
    r"|(?:review|investigation|inquiry|audit|examination)(?:\s+(?:of|into)(?:\s+[\w’'-]+){1,3}?)?\s+(?:is|was)\s+(?:now\s+)?under\s*way"
    # (or staff answering for it: "disciplinary processes were under way against four employees")
    r"|disciplinary\s+(?:processes|proceedings|hearings|action|steps)\s+(?:is|are|was|were|had\s+been)\s+(?:under\s*way|(?:taken|started|begun|instituted))"
    # (or told going on: "its inquiries were ongoing"; or a sanction weighed: "is considering
    # an administrative penalty")
    r"|(?:inquiries|investigations?|inquiry|review)\s+(?:is|are|was|were)\s+(?:still\s+)?(?:ongoing|continuing)"
    r"|(?<!\bwhether\sit\s)(?<!\bwhether\sthey\s)(?:is|are|was|were)\s+(?:now\s+)?considering\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:penalt(?:y|ies)|fines?|sanctions?|enforcement\s+action|charges|prosecution)"
    # (or begun: 'said the county had "commenced internal investigations"')
    r"|(?:has|have|had)\s+(?:now\s+|since\s+)?(?:commenced|launched|opened|begun|started|initiated)\s+(?:an?\s+|its\s+)?(?:internal\s+|formal\s+|own\s+)?(?:investigations?|inquiry|inquiries|probe|review)"
)
# Oversight convention: an order or request to examine the party's conduct ("the state is
# directing the city to assess whether ...", "ordered an outside firm to review"), a
# complaint to a regulator, or the questions a newsroom puts to the party, starts the
# inquiry through which the truth comes out: a disclosure, not a policy (context).
# the newsroom's own inquiry: "sent detailed questions to Vlugr", "put its findings to"
# (or a group's own count sent to the overseer: "sent its tallies to the environment
# department", "had emailed its figures to council officers"): no private message, even
# when e-mailed
_FINDINGS_SENT: Final = (
    r"(?:sent|put|submitted|presented|e-?mailed|passed|handed)\s+(?:(?:its|their|the|detailed|written|these)\s+)*(?:questions|findings|figures|results|data|evidence|allegations"
    r"|analysis|records|documents|e-?mails|logs|invoices|receipts|tall(?:y|ies)|counts?|measurements|readings"
    # (with the next thing sent: "sent the photographs and the job sheet to Mr Stephen")
    r"|photographs|photos|survey)(?:\s+and\s+(?:the\s+|its\s+|their\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?"
    # (with what they are about: "put questions about the qualification to the agency")
    r"(?:\s+(?:about|on|over|concerning|of)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?\s+to"
    # (or sent them, named first: "sent the Corporation a list of questions based on")
    r"|(?:sent|put\s+to|e-?mailed|submitted\s+to)\s+(?:the\s+|its\s+)?(?:[\w’'.-]+\s+){1,3}?(?:an?\s+(?:list|set|series)\s+of\s+|(?:detailed|written|\d+)\s+)(?:questions|queries)\b"
    # (or handed to them: "brought councilors drone photographs and its own tallies")
    r"|(?:brought|gave|showed|sent|handed|presented)\s+(?:the\s+)?(?:councill?ors|council|committee|regulators?|inspectors?|lawmakers|legislators|officials|auditors?|investigators?)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:photographs|photos|tallies|counts|findings|figures|data|evidence|records|video|footage|measurements|readings)\b"
)
# Aftermath convention: what a party or an overseer says it has since done about the
# matter ("said it had referred the case to the tribunal", "has suspended the centre
# manager", "has frozen payments", "is reviewing the allegation") is news of the matter
# coming out, not a claim the story tests.
ACTED: Final = whole_words(
    r"(?:has|have|had)\s+(?:since\s+|now\s+|already\s+)?(?:referred|suspended|frozen|froze|withheld|filed|lodged|recalled|withdrawn|revoked|cancell?ed|canceled|halted|scrapped"
    # (a thing stopped, not a deed given up: "had stopped burning" is what it claims it did,
    # nor a tally it credits itself with: "had stopped more than $6 million in bogus refunds")
    r"|sacked|fired|fined|sanctioned|stopped(?!\s+\w+ing\b)(?!\s+(?:more\s+than|over|nearly|almost|at\s+least)\s))\s+(?!back\b|off\b)(?:(?:an?|the|its|his|her|their|all)\s+)?(?:[a-z]\w*|\$?\d[\d,]*)"
    # a team sent to look: "had sent a team to Hawassa", "has sent inspectors to the site"
    r"|(?:has|have|had)\s+(?:since\s+|now\s+|already\s+)?sent\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:team|inspectors|investigators|auditors|officials)\b"
    r"|(?:is|are)\s+(?:now\s+|still\s+)?(?:continuing\s+to\s+)?(?:reviewing|investigating|examining|auditing|looking\s+into)"
    # (or a matter sent on to be examined: "the matter had been referred to internal auditors")
    r"|(?:has|have|had)\s+been\s+referred\s+to\b(?!\s+as\b)"
    # (or a practice stopped at once: "desk renewals had been suspended with immediate effect")
    r"|(?:has|have|had)\s+been\s+(?:suspended|halted|frozen|revoked|withdrawn)\s+(?:with\s+immediate\s+effect|immediately)"
    # an overseer's sanction, told in the passive: "The warning was finally issued Jan. 12"
    r"|(?<!\bany\s)(?<!\bno\s)(?:warnings?|warning\s+letters?|(?:enforcement|compliance|abatement|prohibition)\s+notices?"
    r"|penalt(?:y|ies)|fines?)\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?issued\b"
    rf"|{UNDER_WAY.pattern}"
    # the complaints an overseer counts: "The state-funded ombudsman program received 58"
    r"|(?:ombudsman|ombudsperson|watchdog|regulator|inspectorate)(?:[’']s)?\s+(?:(?:program(?:me)?"
    rf"|office|service)\s+)?{COMPLAINTS_RECEIVED}"
)
# (or an account sought from the party: "was seeking information from the association")
SOUGHT_FROM: Final = whole_words(
    r"(?:is|was|are|were|has|have|had)\s+(?:seeking|sought)\s+(?:an?\s+)?(?:information|answers"
    r"|report|explanation|account|clarification)\s+from"
)
EXAMINE_ORDER: Final = whole_words(
    r"(?:direct(?:s|ed|ing)?|order(?:s|ed|ing)?|instruct(?:s|ed|ing)?"
    # (a step the speaker says it took, "said it had asked internal audit to look at", "he
    # asked his staff to rerun the numbers"; not one a body named in a relative clause had
    # taken: "the board, which had asked chains")
    r"|call(?:s|ed|ing)?\s+on|(?:has|have)\s+asked|(?:(?<=\bit\s)|(?<=\bhe\s)|(?<=\bshe\s)|(?<=\bthey\s)|(?<=\bwe\s))(?:had\s+)?asked"
    # (or one the speaker was asked to take: "said the district magistrate had asked her to
    # inquire into the lease")
    r"|(?<!which\s)(?<!who\s)had\s+asked(?=\s+(?:her|him|them|me|us)\s+to\s))\s+(?:[\w’'.-]+\s+){0,5}?"
    # (or to set its figures against another's: "directed the internal audit service to
    # reconcile the registry's figures with PSA records")
    r"to\s+(?:assess|review|investigate|examine|audit|test|inspect|evaluate|study|look\s+into|reconcile"
    # (or to go through it again, or to say how it stands: "directed the sub-collectors to
    # inquire into", "had asked internal audit to look at", "asked all eight to confirm")
    r"|look\s+at|inquire|verify|re-?check|recount|re-?examine|confirm|report\s+on"
    # (or to work its figures out again: "asked his staff to rerun the district's numbers")
    r"|re-?run|recalculate|recompute"
    # (or to bring its check to an end: "has asked the compliance branch to finalize its review")
    r"|(?:finali[sz]e|complete|conclude)\s+(?:its|their|the)\s+(?:review|investigation|inquiry|audit)"
    # (or to answer for it: "instructed the association to account for every engine")
    r"|account\s+for|explain"
    # a court's order to bring the records out: "ordered the company to search for them"
    r"|determine\s+whether|search\s+for|produce|disclose|turn\s+over|hand\s+over|preserve"
    # (or to send in its records: "directed the company to submit its dispatch data")
    r"|submit|furnish"
    # (or a court's order to set it down again: "ordered the ministry to file a fresh
    # affidavit"; or a sanction weighed: "asked the city manager to consider whether")
    r"|(?<!staff\s)file\s+(?:an?\s+)?(?:fresh|new|further|sworn|full|detailed|corrected)\b|consider\s+whether)"
    # a time set to answer: "wrote to the party giving it 14 days to account for the spending"
    r"|giv(?:ing|en|es|e)\s+(?:it|them|him|her|the\s+[\w-]+)\s+(?:(?:[\w-]+\s+){1,2}?(?:days|weeks|hours)\s+"
    # (or a day set: "has given the operator until 30 November to submit a plan")
    r"|until\s+(?:[\w,]+\s+){1,3}?)to\s+(?:account\s+for|explain|respond|reply|show\s+cause|justify"
    r"|submit|produce|file)"
    # appeals a body rules on: "The appeals board heard 43 appeals in December and upheld six"
    r"|(?:opened|heard|upheld|allowed|received)\s+(?:[\w,]+\s+){0,2}?(?:appeals|objections|grievances)"
    # "said it has opened an investigation": the inquiry itself
    r"|(?:opened|launched|began|begun|started|ordered|announced)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:investigation|inquiry|enquiry|probe|review|audit|evaluation|examination|inspection"
    r"|verification|recount|re-?inspection|check"
    # (or tests by a laboratory: "ordered tests by the civil engineering college")
    r"|(?<=ordered\s)(?:independent\s+|laboratory\s+|fresh\s+)?tests"
    # (a count of what the party holds: "had ordered a full inventory of all franchises")
    r"|inventory|stocktake|headcount|reconciliation"
    # (an overseer's own words for it: "had opened a file on the department", "announced a
    # public hearing into the collapse")
    r"|file\s+(?:on|into)|hearing\s+into|case(?=\s+(?:on|into|against|over)\b))"
    # the account asked for: "had asked officers for a full review", "has asked staff to
    # explain why"
    r"|(?:has|have|had)\s+asked\s+(?:[\w’'.-]+\s+){1,4}?for\s+(?:(?:a|an|the|all|its|their)\s+)?(?:full\s+|complete\s+|detailed\s+)?(?:[\w-]+\s+)?(?:review|briefing|reconciliation|register"
    r"|records|account|explanation|manifests|data|list|figures|overview|report|breakdown|information"
    r"|[“\"]?(?:urgent\s+)?advice)|(?:has|have)\s+asked\s+(?:[\w’'.-]+\s+){1,4}?to\s+explain"
    # (or the record brought out: "had asked for the March report to be published")
    r"|(?:has|have|had)\s+asked\s+for\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,3}?(?:report|records"
    r"|review|audit|figures|data|minutes|documents)\s+to\s+be\s+(?:published|released|made\s+public|tabled)"
    # (or a report put before those who hold the party to account: "It is due to be tabled
    # before the council's municipal public accounts committee")
    r"|(?:is|are)\s+(?:due|expected|scheduled|set)\s+to\s+be\s+(?:tabled|heard|considered|debated)\s+"
    r"(?:before|by|in|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?:committee|council|parliament|assembly|legislature|court|tribunal)"
    # (or a plan to put it right: "required Harbor Point to submit a corrective action plan")
    r"|(?:required|ordered|directed|told)\s+(?:[\w’'.-]+\s+){1,4}?to\s+(?:submit|draw\s+up|produce|prepare)\s+(?:an?\s+)?(?:corrective|remedial|improvement|recovery)(?:\s+action)?\s+plan"
    rf"|{SOUGHT_FROM.pattern}"
    # (a legislator's question, in the plain past: "asked the government to explain why some
    # victims had gone for weeks without help")
    r"|asked\s+(?:the\s+)?(?:[\w-]+\s+)?(?:government|minister|ministry|department|secretary|administration)\s+to\s+(?:explain|account\s+for)"
    # (or a bench's: "The bench then asked the PESSI law officer to explain")
    r"|(?:bench|court|judge|magistrate|tribunal|committee|panel)\s+(?:then\s+|also\s+)?asked\s+(?:[\w’'.-]+\s+){1,5}?to\s+(?:explain|account\s+for|justify|clarify)"
    # a check begun on the party's figures: "began comparing the county's call logs with the
    # district's published figures"
    r"|(?:began|begun|started)\s+(?:comparing|checking|auditing|reviewing|examining|cross-checking)\s+(?:the|its|their|his|her)\b"
    # (or voted for by a council or board: "Councillors voted 7-2 on Tuesday for an independent
    # review of how the city cares for its collections")
    r"|voted\s+(?:\d+-\d+\s+|unanimously\s+)?(?:on\s+\w+\s+|\w+day\s+)?(?:for|to\s+(?:hold|commission"
    r"|order|launch|seek|set\s+up|open))\s+an?\s+(?:[\w-]+\s+){0,2}?(?:review|inquiry|enquiry|audit|investigation|probe)\b"
    # (or asked for it to be done: "had asked for the costs to be published, and for the
    # audit and risk committee to review the way the trip was approved")
    r"|(?:has|have|had)\s+asked\s+for\b(?:[^.;]{0,120}?\bfor)?\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?:committee|board|auditors?|panel|council|commission|ombudsman|regulator)\s+to\s+(?:review"
    r"|examine|investigate|audit|inquire|look\s+into)"
    # a panel set up to look into it: "formed a three-member committee to investigate"
    r"|(?:formed|set\s+up|constituted|appointed|named)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:committee|panel|commission|team|board|tribunal)\s+(?:[\w’'-]+\s+){0,3}?to\s+(?:investigate|probe"
    r"|examine|inquire|review|look\s+into|audit|verify)"
    # ... or told with no purpose, the story's inquiry: "had constituted the three-member
    # committee a day after the incident" (not one "to plan the festival")
    r"|(?:formed|set\s+up|constituted)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:committee|panel|task\s+force)\b(?![^.;,]{0,30}\bto\s)"
    # a party's head called before a court: "directed the commissioner to appear in person"
    r"|(?:directed|ordered|summoned|asked)\s+(?:the\s+)?(?:[\w’'.-]+\s+){1,4}?to\s+appear\s+(?:in\s+person|before)\b"
    # a criminal case opened: "police registered a case on January 16 against the owner"
    r"|registered\s+(?:an?\s+)?(?:criminal\s+)?(?:case|FIR|first\s+information\s+report)\b[^.;]{0,60}?\bagainst\b"
    # ... by letter: "sent the college a letter on July 2 asking it to explain"
    r"|(?:letter|notice|memo|e-?mail)\s+(?:[\w’'.-]+\s+){0,4}?asking\s+(?:(?:it|them|him|her)\s+"
    r"|the\s+(?:[\w-]+\s+){1,2}?)to\s+(?:explain|account\s+for|justify|show\s+cause)"
    # (or to have it checked: "had asked the Commissioner to have the figures verified")
    r"|(?:has|have|had)\s+asked\s+(?:[\w’'.-]+\s+){1,4}?to\s+have\s+(?:[\w’'-]+\s+){1,3}?"
    r"(?:verified|audited|reviewed|checked|examined|re-?counted)"
    # a step held until it is examined: "ordered the board to withhold payments pending a review"
    r"|pending\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:review|audit|investigation|inquiry|enquiry"
    r"|probe|verification)"
    # in the passive: "two inquest dockets had been opened", "an inquiry has been launched"
    r"|(?:investigations?|inquir(?:y|ies)|enquir(?:y|ies)|probes?|dockets?|inquests?|criminal\s+cases?)"
    r"\s+(?:has|have|had)\s+been\s+(?:opened|launched|ordered)"
    # ... or a panel set up to find out: "a joint committee of railway and forest officials
    # had been set up and would submit its report"
    r"|(?:committee|panel|commission|task\s+force)\s+(?:of\s+[^.;,]{1,60}?\s+)?(?:has|have|had)\s+"
    r"been\s+(?:set\s+up|formed|constituted)\b(?![^.;,]{0,40}\bto\s+(?:plan|organi[sz]e|run|oversee))"
    # a trial or hearing halted over the matter: "adjourned a second-degree murder trial"
    r"|(?:adjourned|stayed|halted)\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?(?:trial|hearing|inquest|prosecution)\b"
    # a motion put to a court: "has asked a judge to dismiss the case"
    r"|ask(?:s|ed|ing)?\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:judge|court|tribunal|magistrate)\s+to\s"
    # an outside check the body brings in: "hired an outside surveyor to re-check the ramps"
    r"|(?:hired|retained|brought\s+in|commissioned|engaged|appointed)\s+(?:(?:an?\s+)?(?:outside"
    # (or one named by its place or its trade: "hired a Charleston accounting firm to review")
    r"|independent|external|third-party)\s+(?:[\w-]+\s+)?|an?\s+(?:[\w-]+\s+){0,2}?)(?:firm|surveyor|auditor|consultant"
    r"|engineer|reviewer|investigator|lawyer|expert|accountant|panel|committee|team)s?"
    # (with who leads it: "appointed a three-member committee headed by a former judge to")
    r"(?:\s+(?:headed|led|chaired)\s+by\s+[^;.]{1,60}?)?\s+to\s+(?:re-?check|re-?inspect"
    r"|re-?examine|re-?test|review"
    r"|audit|examine|investigate|inspect|assess|verify|look\s+into)"
    # ... or a firm named: "The council then hired Harborview Consulting of Portsmouth, New
    # Hampshire, to check the city's figures against the launch logs"
    r"|(?:hired|retained|commissioned|engaged|brought\s+in)\s+(?-i:[A-Z])[\w’'&.-]*(?:\s+"
    r"(?-i:[A-Z])[\w’'&.-]*){0,4}(?:,?\s+(?:of|from|in)\s+[^;]{1,50}?)?,?\s+to\s+(?:check|re-?check"
    r"|review|audit|examine|verify|count|investigate|inspect|assess|test)\b"
    # a recall, the correction a safety regulator or the maker announces: "announced a
    # recall of 94,000 heaters", "ordered a recall"
    # (one "never issued" is a step not taken: the practice)
    r"|(?<!\bnever\s)(?<!\bnot\s)(?:announced|issued|ordered|launched|began|expanded)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?recall\b"
    # someone stood down while it is looked into: "placed Mahlangu on precautionary
    # suspension pending an investigation into the approval process"
    r"|(?:suspension|suspended|leave)\s+pending\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:investigation|inquiry|enquiry|review|probe)"
    # ... or stood down by the body once it knew: "said it had suspended the Kadawatha
    # centre's manager"
    r"|(?<!be\s)(?<!been\s)(?<!was\s)(?<!were\s)suspended\s+(?:the|its|their|two|three|several"
    r"|an?)\s+(?:[\w’'.-]+\s+){0,3}?(?:manager|official|officer|employee|staff|director|head"
    r"|supervisor|workers?|inspector|engineer|clerk|agent)s?\b"
    r"|placed\s+(?:[\w’'.-]+\s+){1,3}?on\s+(?:precautionary\s+|administrative\s+|paid\s+)?"
    r"(?:suspension|leave)\b"
    # ... told in the passive: "The pound master, he said, had been suspended in July"
    r"|(?:manager|official|officer|master|director|head|supervisor|clerk|inspector|employee"
    r"|chief|warden)s?,?\s+(?:[^,;“”\"]{1,30},\s+)?(?:had|has|have)\s+been\s+(?:suspended"
    r"|dismissed|fired|sacked|placed\s+on\s+leave)\b"
    # a sanction an overseer's review recommends: "It recommended that Heartland repay
    # $15,009 and be placed under enhanced monitoring"
    r"|recommend(?:s|ed)\s+(?:that\s+)?(?:[\w’'.-]+\s+){1,4}?(?:(?:should\s+)?(?:repay|refund"
    r"|reimburse)|(?:should\s+)?be\s+(?:placed\s+under|suspended|fined|barred|sanctioned|dismissed"
    r"|surcharged|prosecuted|de-?registered|blacklisted))\b"
    # a deadline the overseer sets: "gave Alabama 60 days to submit a corrective action plan"
    r"|gave\s+(?:[\w’'.-]+\s+){1,3}?(?:\d+|\w+)\s+(?:days|weeks|months)\s+to\s+(?:submit|correct"
    r"|fix|comply|respond|explain|produce|remove|restore|repay)\b"
    # an overseer asking for the records: "Commissioners voted 3-0 to ask the sheriff's
    # office for any body camera video"
    r"|voted\s+(?:\S+\s+)?to\s+(?:ask|request|demand|subpoena)\s+(?:[\w’'.-]+\s+){0,4}?(?:for\s+)?"
    r"(?:any\s+|all\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:video|footage|records|documents|files|logs"
    r"|data|recordings)\b"
    # a letter of concern sent to the body: "sent Bridgeway a letter flagging billing patterns"
    r"|sent\s+(?:[\w’'.-]+\s+){1,3}?an?\s+(?:[\w-]+\s+){0,2}?(?:letter|notice|warning)\s+(?:flagging"
    r"|questioning|citing|demanding|requesting|warning|raising)\b"
    # a request to an overseer: "would ask the auditor general to review the unit"
    r"|ask(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?(?:auditor|inspector|inspectorate"
    r"|ombudsman|regulator|watchdog|prosecutors?|attorney|comptroller)(?:\s+general)?\s+to\s+"
    r"(?:review|investigate|audit|examine|inspect|look\s+into)"
    # a complaint to a regulator: "filed a complaint with the transport agency"; a lawsuit
    # filed, through which records come out: "filed a lawsuit last month", "a class action
    # filed last week"
    # (or told by its verb: "Marcotte complained to the department in February")
    # (or taken to an overseer: "took her case to the public services ombudsman in March")
    r"|(?:complained\s+(?:in\s+writing\s+)?|took\s+(?:her|his|their|its|the)\s+(?:case|complaint"
    r"|concerns?|grievance)\s+)to\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:department|agency"
    r"|regulator|ombudsman|commission|authority|inspectorate|police|ministry|watchdog"
    # (or to those elected to answer for it: "complained to the City Council last month")
    r"|council|councill?ors|board|trustees|mayor|commissioners?|court|tribunal)\b"
    r"|(?:filed|lodged|made|submitted)\s+(?:an?\s+|its\s+|their\s+|his\s+|her\s+)?(?:formal\s+"
    r"|official\s+)?(?:complaints?|appeal"
    r"|grievance|petition)\s+(?:with|to)"
    # ... told in the passive: "said a petition was filed at the police command on
    # January 27"
    r"|(?:an?|the|their|his|her)\s+(?:formal\s+|official\s+)?(?:complaint|petition|grievance)"
    r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:filed|lodged|made|submitted)\s+(?:with|to|at)\b"
    # a party taking its place in the proceedings: "The Ohio Consumers' Counsel has asked to
    # join the case", "moved to intervene"
    r"|(?:asked|moved|applied|sought|petitioned)\s+to\s+(?:intervene\b|(?:join|be\s+heard\s+in)\s+"
    r"(?:the|a)\s+(?:[\w-]+\s+)?(?:case|proceedings?|inquiry|hearing|lawsuit|review)\b)"
    # "She lodged an appeal on May 12": an appeal or grievance lodged, told alone
    r"|(?:filed|lodged)\s+(?:an?\s+|her\s+|his\s+|their\s+)(?:formal\s+|official\s+)?(?:appeal"
    r"|grievance)\b"
    # an examination carried out: "carried out the post-mortem on July 15"
    r"|(?:carried\s+out|conducted|performed)\s+(?:the|an?|its)\s+(?:[\w-]+\s+)?(?:post-mortem"
    r"|autopsy|inspection|audit|review|investigation|examination|inquiry)"
    # an overseer or a newsroom demanding the records: "has asked the university for a copy
    # of the separation agreement"
    r"|(?:asked|requested|demanded|subpoenaed)\s+(?:[\w’'.-]+\s+){0,3}?for\s+(?:a\s+copy\s+of|copies"
    r"\s+of|the\s+release\s+of|an?\s+(?:[\w’'-]+\s+(?:and\s+)?){0,3}?(?:accounting|account"
    r"|explanation|clarification|breakdown|report)\b)"
    # an overseer asking the party for its records: "has asked the company for information
    # about how it handles drivers' data"
    r"|(?:asked|requested|demanded|subpoenaed)\s+(?:[\w’'.-]+\s+){0,3}?for\s+(?:more\s+|further\s+)?"
    r"(?:information|details|records|documents|data)\s+(?:about|on|from|relating|concerning)\b"
    r"|(?:asked|requested|demanded|subpoenaed)\s+(?:[\w’'.-]+\s+){0,3}?for\s+(?:more\s+|further\s+)?"
    r"(?:documentation|receipts|invoices)\b"
    # (a legislator's: "said she asked WYDOT last week for the staffing rosters and logs")
    r"|(?:asked|requested|demanded)\s+(?:[\w’'.-]+\s+){1,4}?for\s+(?:the|its|their|all)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:rosters|logs|records|minutes|files|contracts|timesheets)\b"
    # an overseer writing for an accounting: "had written to the university seeking a full
    # account"
    # (not a favour asked, "wrote to the manager asking that the matter be sorted quietly";
    # one asked of an overseer is: "asking that the CEC be summoned to explain")
    r"|(?:wrote|written|writing)\s+to\s+[^.;]{0,60}?\b(?:seeking|asking|demanding|requesting)\b"
    r"(?!\s+that\b(?![^.;]{0,60}?\bbe\s+(?:summoned|investigated|audited|reviewed|examined"
    r"|probed|called|questioned)\b))"
    # ... or its staff sent to check the records: "the ministry sent staff to go through
    # the logs"
    # (or a team from headquarters sent to count: "sent a team from headquarters to Kitwe to
    # carry out a headcount")
    r"|sent\s+(?:[\w’'-]+\s+){0,2}?(?:staff|officials|officers|team)\s+(?:from\s+[^,;]{1,40}?\s+)?"
    r"(?:to\s+[A-Z][\w-]+\s+)?to\s+(?:go\s+through|examine|inspect|review|audit|check|verify"
    r"|carry\s+out\s+an?\s+(?:[\w-]+\s+)?(?:headcount|audit|review|inspection|verification|count"
    r"|check))\b"
    # an inspection sent: "sent an inspector to the junction on Oct. 10"
    r"|sent\s+(?:an?\s+|its\s+|two\s+|three\s+)?(?:[\w-]+\s+)?(?:inspectors?|investigators?"
    r"|auditors?|examiners?)\s+to\b"
    # an order to account or to correct: "has ordered the agency to report on its track
    # circuits", "had asked the operator to resubmit its figures", "must submit a corrective
    # plan by April 15"
    r"|(?:order(?:s|ed|ing)?|ask(?:s|ed|ing)?|direct(?:s|ed|ing)?|requir(?:es|ed|ing))\s+"
    r"(?:[\w’'.-]+\s+){0,4}?to\s+(?:report\s+(?:on|back)|resubmit|re-submit|correct\s+(?:its|the|their)"
    r"|submit\s+an?\s+(?:[\w-]+\s+)?(?:plan|report|account))"
    r"|(?:must|will\s+have\s+to)\s+submit\s+an?\s+(?:corrective|remedial|improvement|action"
    r"|recovery)\s+(?:action\s+)?plan"
    # a document laid before a legislature or council: "tabled the document in the County
    # Assembly on June 6"
    r"|tabled\s+(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:document|letter|list|memo"
    r"|papers?|records?|evidence|dossier|file|minutes|e-?mails?)s?\s+(?:in|at|before|to)\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?i:assembly|parliament|house|senate|council|legislature|committee"
    r"|meeting|chamber)\b"
    # (or told in the passive: "which was tabled in the County Assembly last month")
    r"|(?:was|were|(?:has|have|had)\s+been)\s+(?:tabled|laid)\s+(?:in|before)\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?i:assembly|parliament|house|senate|legislature)\b"
    # (or a petition, whoever's: "Ms Sidi filed her petition on September 12")
    r"|filed\s+(?:an?\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:lawsuit|suit"
    r"|class\s+action|petition)"
    # a court asked to rule on the party: "filed an application for judicial review in the
    # High Court", "filed a petition in district court"
    r"|(?:filed|lodged|brought)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:application|petition|motion"
    r"|writ|claim|appeal)\b[^.;]{0,40}?\b(?:in|with|before|at|to)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,4}?"
    r"(?:court|tribunal)\b"
    # a lawsuit brought, told by its verb: "sued the company in federal court"
    # (not the people it names by a lawsuit of theirs: "families who have sued the maker say")
    r"|(?<!be\s)(?<!been\s)(?<!was\s)(?<!were\s)(?<!who\s)(?<!who\shave\s)(?<!who\shas\s)"
    r"(?<!who\shad\s)sued\s+\w+"
    # an overseer calling the party to account: "The standing committee summoned the board's
    # chairman", "the exchange sought a clarification from the company"
    r"|(?<!be\s)(?<!been\s)(?<!was\s)(?<!were\s)summon(?:s|ed)\s+(?!(?:up\s+)?(?:the\s+)?"
    r"(?:courage|strength|nerve|help)\b)"
    # (asked "for" one, see above)
    r"|(?:sought|seeks|seeking|requested|demanded)\s+(?:an?\s+)?(?:urgent\s+|formal\s+)?"
    r"(?:clarification|explanation)\s+(?:from|of)\b"
    # an examination asked for: "requested the audit last summer", "asked for the recount"
    r"|(?:requested|asked\s+for|sought)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:audit|recount"
    r"|review|investigation|inquiry|enquiry|inspection|probe)\b"
    # an examination ordered, told in the passive: "a committee had been asked to examine"
    # (or set up to do so: "a five-member committee was set up last month to look into")
    r"|(?:(?:has|have|had)\s+been|was|were)\s+(?:asked|ordered|directed|instructed|appointed|set\s+up"
    r"|formed|constituted|established|inaugurated)\s+(?:[\w-]+\s+){0,2}?to\s+(?:assess"
    r"|review|investigate|examine|audit|inspect|look\s+into)"
    # an outside review the party sets up: "an external reviewer would examine how the
    # report was prepared", "commissioned an independent review"
    r"|(?:independent|external|outside)\s+(?:[\w-]+\s+)?(?:reviewers?|investigators?|auditors?"
    r"|review|inquiry|enquiry|investigation|audit)\s+(?:would|will|is\s+to|was\s+to)\s+"
    r"(?:examine|review|investigate|look\s+into|audit|assess)"
    r"|commissioned\s+an?\s+(?:independent\s+|external\s+|outside\s+)?(?:[\w-]+\s+)?(?:review"
    r"|investigation|inquiry|enquiry|audit)\b"
    # whistleblowing, the inside route by which the truth comes out: "made a protected
    # disclosure to the HSE", "filed a whistleblower complaint"
    r"|(?:made|filed|lodged|submitted)\s+(?:an?\s+)?(?:protected\s+disclosure|whistle-?blower"
    r"\s+(?:complaint|report|claim|disclosure))|blew\s+the\s+whistle"
    r"|(?:lawsuit|suit|class\s+action|complaint)(?:\s+against\s+[^,;]{1,40}?)?,?\s+filed\b"
    # (or told in the passive: "A complaint for violation of the Forestry Code was filed")
    r"|(?:lawsuit|suit|complaint)\s+(?:for|over|about)\s+[^,;.]{1,60}?\s+(?:was|were|has\s+been"
    r"|had\s+been)\s+filed\b"
    # a party reporting itself to its overseer: "had notified the commission of the archive"
    r"|(?:notified|alerted|self-reported\s+to)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,4}?(?:regulators?"
    r"|commission|agency|authorit(?:y|ies)|watchdog|inspectorate|ombudsman)\b"
    # "was considering whether to investigate": an inquiry weighed
    r"|(?:considering|deciding|weighing|assessing)\s+whether\s+to\s+(?:investigate|review|audit"
    r"|inspect|open\s+an?\s+(?:investigation|inquiry))"
    # an overseer's pledge to call the party to account: "said she would ask the chief to
    # return to the committee", "will seek an audit committee review", "would write to
    # Mr Pell asking him to correct the record"
    r"|(?:would|will|plans?\s+to|intends?\s+to|wants?\s+to)\s+(?:be\s+)?(?:ask(?:ing)?|call(?:ing)?"
    r"\s+(?:on|(?:[\w’'.-]+\s+){1,3}?back)|request(?:ing)?|demand(?:ing)?|seek(?:ing)?|push(?:ing)?\s+for|writ(?:e|ing)\s+to"
    rf"|summon(?:ing)?|subpoena(?:ing)?)\b[^.;]{{0,80}}?\b(?:{SCRUTINY})"
    # ... or already asked for: "has asked the chair of the committee to hold a hearing"
    r"|(?:asked|called\s+on|urged|requested)\s+(?:[\w’'.-]+\s+){1,8}?to\s+(?:hold|convene|schedule"
    r"|order|open|launch)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:hearing|audit|review|inquiry"
    r"|enquiry|investigation|probe)s?\b"
    # ... or to bring out the records: "has asked the Legislative Research Commission to pull
    # the inspection data"
    r"|(?:asked|ordered|directed|instructed)\s+(?:[\w’'.-]+\s+){1,5}?to\s+(?:pull|provide|produce"
    r"|release|hand\s+over|turn\s+over|compile|publish)\s+(?:the\s+|its\s+|all\s+)?(?:[\w’'-]+\s+)"
    r"{0,2}?(?:data|records|documents|files|logs|footage|figures|reports)\b"
    # ... or, already asked: "has asked Pelfrey to return to the committee Feb. 18"
    r"|(?:asked|called\s+on|summoned|invited)\s+(?:[\w’'.-]+\s+){1,3}?to\s+(?:(?:return\s+to|appear"
    r"\s+(?:before|at)|come\s+back\s+to|testify\s+(?:before|at|to))\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+)"
    r"{0,2}?(?:committee|council|board|panel|hearing|inquiry|legislature|parliament|assembly)"
    # (or to brief them: "has asked the department to brief lawmakers on the case")
    r"|brief\s+(?:lawmakers|legislators|members|councillors|the\s+committee|the\s+council))\b"
    # a matter referred to an overseer: "had referred the contract to an independent auditor"
    r"|referred\s+(?:the|its|his|her|their|this|that|it)\s+(?:[\w’'-]+\s+){0,3}?to\s+(?:the\s+"
    r"|an?\s+)?(?:[\w-]+\s+){0,2}?(?:auditors?|police|prosecutors?|ombudsman|regulators?"
    r"|watchdog|inspectors?|investigators?|attorney\s+general|district\s+attorney|ethics"
    r"|(?:[\w-]+\s+)?(?:court|tribunal))\b"
    # a shortfall raised in public: "raised the discrepancy at a meeting of the community
    # council" (raised privately "with" managers is a practice, see words.PRACTICE)
    # (or "raised the shortages at a full council sitting in June")
    r"|raised\s+(?:the|a|its|their|his|her|this|that)\s+(?:[\w-]+\s+)?(?:discrepancy|gap"
    r"|concerns?|issue|questions?|problem|shortfall|shortages?|figures?|matter|complaints?)\s+(?:at|during|in)\s+(?:an?\s+|the\s+"
    r"|[\w’'-]+[’']s\s+)(?:[\w’'-]+\s+){0,2}?(?:meeting|hearing|session|sitting)\b"
    # a warning put to the party in writing: "wrote to the company on August 11 warning that"
    r"|wrote\s+to\s+(?:the|its)\s+(?:company|firm|operator|owners?|distillery|council"
    r"|department|agency|hospital|school|trust|board|contractor|developer)\b[^.;]{0,40}?"
    r"\bwarning\b"
    # a regulator's sanction on the party: "sent the land bank a notice of violation",
    # "suspended the laboratory's accreditation", "issued two improvement notices"
    r"|(?:sent|issued|served)\s+(?:[\w’'.-]+\s+){0,4}?(?:with\s+)?(?:an?\s+|two\s+|three\s+|\d+\s+)?"
    r"(?:notices?\s+of\s+(?:violation|non-?compliance|breach|default)|notice\s+(?:ordering|requiring"
    r"|directing)|violation\s+notices?|(?:improvement|prohibition|enforcement|abatement)\s+notices?"
    r"|warning\s+(?:letter|notice)"
    r"|cease-and-desist\s+order|citation|show-cause\s+notices?)"
    # ... told in the passive: "show-cause notices issued", "a notice was served on the firm"
    r"|(?:show-cause|improvement|prohibition|enforcement|abatement)\s+notices?\s+(?:had\s+been\s+"
    r"|have\s+been\s+|were\s+|was\s+)?(?:issued|served)"
    # a citation for what it found: "cited the site for “surfacing sewage” in December"
    r"|(?<!be\s)(?<!been\s)(?<!was\s)(?<!were\s)cited\s+(?:the|its|(?-i:[A-Z])[\w’'.-]+)\s+(?:[\w’'-]+\s+)"
    r"{0,3}?(?:for|over)\s+(?:[“\"]|[a-z]+ing\b|(?:an?\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+)?"
    r"(?:violations?|breach(?:es)?|failures?|offen[cs]es?|infractions?|deficiencies))"
    # an agreement the regulator imposes: "The district signed a consent order with DEQ"
    r"|(?:signed|entered\s+into|agreed\s+to)\s+an?\s+consent\s+(?:order|agreement|decree)\b"
    # ... or its people sent to look: "a team had been sent to Songkhla to review the forms"
    r"|(?:team|inspectors?|officials|investigators|auditors)\s+(?:had|has|have|was|were)\s+been\s+sent"
    r"\s+to\b[^.;“”\"]{0,40}?\bto\s+(?:review|inspect|investigate|audit|check|examine)\b"
    # a penalty or a repayment the overseer imposes: "ordered the resort to pay the withheld
    # money", "fined it MVR50,000" (an order inside the body, "told staff to stop", is none)
    r"|order(?:s|ed)?\s+(?:[\w’'.-]+\s+){1,4}?to\s+(?:pay|repay|refund|reimburse|compensate)\b"
    r"|(?<!be\s)(?<!been\s)(?<!was\s)(?<!were\s)fined\s+(?:[\w’'.-]+\s+){1,3}?(?:[A-Z]{0,3}[$£€₹]"
    r"|Rs\.?\s?|MVR\s?|K\s?)?\d(?:[\d,.]*\d)?"
    r"|(?:suspended|revoked|withdrew|pulled)\s+(?:[\w’'.-]+\s+){0,4}?(?:accreditation|licen[cs]e"
    r"|certification|registration|permit|approval)\b"
    r"|(?:accreditation|licen[cs]e|certification|registration|permit)\s+(?:to\s+\w+\s+)?(?:was"
    r"|were|had\s+been|has\s+been)\s+(?:suspended|revoked|withdrawn)"
    rf"|{_FINDINGS_SENT}"
)
FINDINGS_SENT: Final = whole_words(_FINDINGS_SENT)
OVERSIGHT: Final = whole_words(
    r"inspector|inspectors|auditor|auditors|watchdog|investigators?|monitor|ombudsman|reviewers"
    # (a body of inspectors by its kind, not named in full: "The Inspectorate says it could not
    # establish"; see evidence.EVIDENCE_SHOWS)
    r"|examiners|(?<=the\s)inspectorate"
    r"|grand\s+jury|oversight"
    # an examiner the parties did not choose: "a surveyor appointed by one of the insurers"
    r"|surveyors?|assessors?|loss\s+adjusters?"
    # an officer whose job is enforcement: "A fisheries officer who boarded the boat found"
    r"|(?:fisheries|enforcement|compliance|environmental\s+health|trading\s+standards|fire\s+safety"
    r"|licensing|wildlife)\s+officers?"
    # the legislature's own checkers: "the Legislature's nonpartisan fiscal office"
    r"|(?:fiscal|budget|audit|accountability|ethics|integrity)\s+(?:[a-z]+\s+){0,2}?(?:office|bureau"
    r"|committee|commissioner|branch|unit|division)"
    # (and those whose job is to check a process or a cause: "a probity adviser", "the fire
    # marshal's office")
    r"|probity\s+(?:advis[eo]rs?|auditors?)|fire\s+marshal|commission\s+on\s+audit|audit\s+commission"
    # (and the elected keeper of the public's accounts: "City Controller Marisol Grant")
    r"|(?:city|county|state|municipal)\s+(?:controller|comptroller)|comptroller|(?-i:Controller)(?=\s+(?-i:[A-Z]))"
    # (and a commissioner whose office guards a right: "the Data Protection Commissioner")
    r"|(?:data\s+protection|information|privacy|integrity|children[’']s)\s+commissioner"
)
# Oversight convention: what an inspector, auditor, regulator, prosecutor, judge or coroner
# "said", "found" or "ruled", as the subject of the clause, is a finding made public, a
# disclosure, not a public claim ("former prosecutors" are commentators, no such body).
OVERSIGHT_FINDS: Final = re.compile(
    # (after an opening phrase on where it was found: "In an opinion issued in January, the
    # Ombudsman said")
    # (and an aside on how the newsroom came by it: "In an Aug. 14 memo to the board, obtained
    # by The Ledger, auditor Raymond Ochoa wrote")
    rf"^\W*(?:(?:But|And|Yet|Also)\s+)?(?:(?:In|On|At|After|Last|Earlier|This)\s+[^,;“”\"]{{1,80}},\s+"
    r"(?:(?:obtained|seen|reviewed)\s+by\s+[^,;“”\"]{1,40},\s+)?)?"
    rf"(?!.*\bformer\b)(?:[\w.’'-]+\s+){{0,5}}?"
    rf"(?:{OVERSIGHT.pattern}|\b(?:regulators?|prosecutors?|judge|court|jury|tribunal|coroner"
    r"|(?<!District\s)magistrate|medical\s+examiner)\b)"
    # (a judge named after the title: "Magistrate Helen Corrigan dismissed"; an officer
    # placed by what they did: "A fisheries officer who boarded the boat on 28 March found")
    r"(?:[’']s?)?(?:,\s+[^,]{1,60},|\s+(?:who|(?:engaged|appointed|hired|commissioned)\s+by)\s+"
    r"[^,;“”\"]{1,80}?(?=\s+(?:found|said|reported|wrote)\b))?"
    r"\s+(?:\w+\s+)?(?:[A-Z][\w’'-]+\s+)?"
    # (what one "has said publicly", again and again, is the account it gives of itself)
    r"(?:said(?!\s+publicly)|says|found|finds|ruled|rules|concluded|determined|reported|alleged"
    r"|wrote|told"
    r"|testified|charged|confirmed|confirms|announced|announces"
    # a report made public: "the state auditor's office released a review of the program"
    r"|released|publishe[sd]|issued|tabled"
    # a warning or criticism on the record is a finding: "The auditor warned in 2012 that"
    r"|warned|warns|flagged|flags|critici[sz]ed|critici[sz]es"
    # a question put to the party on the record: "regulators raised the issue with the state"
    r"|raised|questioned|queried"
    # and its visit or check is the oversight itself: "A council enforcement officer
    # visited the quarry on 12 February" (not one made "only after the season had ended",
    # a failing of the body's own; nor what its own inspectors "passed" or "missed")
    r"|(?:visited|inspected|examined|audited|sampled|counted|boarded|raided)"
    r"(?![^.;]*?\bonly\s+(?:after|when|once)\b)"
    # what a court does with the case is its finding: "dismissed the fine", "granted the
    # group permission", "set aside the decision"
    r"|dismissed|granted|quashed|upheld|overturned|threw\s+out|set\s+aside|struck\s+down"
    r"|blocked|ordered|awarded|fined|convicted|acquitted|sentenced)\b",
    re.IGNORECASE,
)

# Clean-bill convention: a check told, in reported speech, as finding nothing wrong ("told
# journalists that inspections had found “no substandard cables”", "said the ministry had
# found no irregularity") is the account a body gives of itself, however official its
# checker: the claim the story tests, not a finding made public.
CLEARED: Final = re.compile(
    # (or straight after the verb: "said departmental inspectors visited and found “no ...”")
    r"\b(?:that|said|says)\s+[^.;]{0,120}?\b(?:found|finds|showed|shows|revealed)\s+[“\"]?(?:no\s+(?:evidence"
    r"\s+of|signs?\s+of|substandard|irregularit(?:y|ies)|wrongdoing|problems?|faults?|defects?"
    r"|breach(?:es)?|exceedances?|violations?|contraventions?)|nothing\s+(?:wrong|unusual|amiss"
    r"|untoward))"
    # ... and so is an assurance, given or repeated, or what it told the voters it answers to
    # ("She repeated the assurance at the canvassing board meeting")
    r"|\b(?:assured|reassured)\s+(?:voters|residents|the\s+public|parents|customers|taxpayers"
    r"|ratepayers|patients|families|the\s+community)\b|\btold\s+voters\b"
    r"|\b(?:repeated|gave|offered|reiterated|renewed)\s+(?:the|that|this|its|her|his|their|an?)\s+"
    r"(?:[a-z]+\s+)?assurances?\b",
    re.IGNORECASE,
)


def done_unseen(outside: str) -> bool:
    """Whether a clause tells a deed done behind the scenes (see ``BEHIND_SCENES``), one
    not denied; a check made quietly is still the matter looked into (``EXAMINE_ORDER``)."""
    return bool(undenied(BEHIND_SCENES, outside)) and not EXAMINE_ORDER.search(outside)


def overseer(actor: str) -> bool:
    """Whether ``actor`` is an overseer by an overseer's word (see ``OVERSIGHT``); one who
    used to be one ("Two former inspectors") is a witness now."""
    return OVERSIGHT.search(actor) is not None and "former" not in actor.casefold().split()


# Oversight convention: one who tells what inspectors or auditors found, the finding the
# verb's object ("Rountree said inspectors found breaches at 14 flats"), reports it.
_TOLD_FINDING: Final = re.compile(r"\s+(?:that\s+)?(?:(?:the|an?)\s+)?(?:[\w-]+\s+)?", re.I)
_FINDER_FOUND: Final = re.compile(r"[\w-]+\s+(?:had\s+|have\s+)?(?:found|identified|uncovered)")
# (one's own finding made small is the account: "said inspectors found only minor issues")
_SLIGHT: Final = re.compile(r"\s+(?:only|just|merely|minor|no|nothing)\b", re.IGNORECASE)


def finding_told(outside: str, said_end: int, found: re.Match[str]) -> bool:
    """Whether the words a speech verb ends at ``said_end`` report what inspectors or an
    audit ``found``, not made small; a clean bill told ("found no violations") is the
    account (see ``CLEARED``)."""
    return (
        _TOLD_FINDING.fullmatch(outside, said_end, found.start()) is not None
        and _FINDER_FOUND.fullmatch(found.group()) is not None
        and _SLIGHT.match(outside, found.end()) is None
    )
