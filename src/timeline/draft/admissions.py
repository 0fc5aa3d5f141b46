"""The words of conceding: an admission of error, a word of what one knew, what it concedes."""

from __future__ import annotations

import re
from typing import Final

from timeline.dates.words import FULL_MONTH_NAMES, MONTH_ABBREVIATIONS
from timeline.draft.cells import NAMES_A_THING
from timeline.draft.words import CLAIMS, whole_words

__all__ = [
    "ADMISSION",
    "CONCEDED",
    "CONFIRMED",
    "HEARD",
    "HEARD_FORM",
    "OWN_ACCOUNT",
    "OWN_WORDS",
    "TRAILING_ADMISSION",
    "conceded",
]

# Concession convention: a party who says they themselves "were told", "had been warned"
# or "were aware" concedes what they knew, whatever verb reports it. Said by anyone else
# ("tweeted Monday that he was told 'repeatedly' that ..."), the same words disclose what
# the party told them: either way the sentence is how something came out, not a claim.
# "was not told" / "was never informed" is a denial, so only a few adverbs may intervene.
HEARD_FORM: Final = (
    r"(?:said|says|acknowledged|tweeted|wrote|posted|told\s+\w+)"
    r"(?:\s+(?!that\b)[\w.]+){0,2}?\s+(?:that\s+)?(?:she|he|they|we|I)"
    r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:(?:first|repeatedly|personally|already)\s+)?"
    r"(?:informed|told|warned|briefed|notified|aware)"
)
HEARD: Final = whole_words(HEARD_FORM)
# The nouns of a party's own words that an admission may call wrong.
OWN_ACCOUNT: Final = (
    r"(?:statements?|accounts?|claims?|assurances?|comments?|information|release|response"
    r"|descriptions?|explanations?"
    r"|remarks|testimony|posts?|tweets?)"
)
# ... or named by the verb that gave them: "what he told commissioners", "what she said".
OWN_WORDS: Final = (
    r"what\s+(?:he|she|they|it|I|we|the\s+\w+)\s+(?:had\s+|has\s+|have\s+)?(?:told|said|wrote"
    r"|claimed|stated|posted|tweeted|announced)\b"
)
ADMISSION: Final = whole_words(
    # "has not publicly acknowledged", "refused to admit": a denial of an admission.
    # (whole words: "Sarmiento acknowledged" is no "to acknowledge")
    r"(?<!\bnot\s)(?<!n[’']t\s)(?<!\bnever\s)(?<!\bnot\spublicly\s)(?<!\bto\s)"
    r"(?:acknowledg(?:ed|es|ing|ement)(?!\s+(?:receipt|the\s+(?:e-?mail|letter|complaint|request"
    r"|query|message|petition|application)s?\b(?!\s+(?:was|were|had|has|is|did)\b)))"
    # (receipt owned, "acknowledged the email and said", is no admission)
    # (nor people let in: "admitted its first law students in 2016", "admitted to hospital",
    # "whose mother was admitted in June": the passive lets someone in, unless "that" follows)
    r"|(?:(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)|(?=admitted\s+that\b))"
    r"admit(?:ted|s|ting)?(?!\s+(?:to\s+(?:[\w’'-]+\s+){0,3}?(?:hospital|intensive|school|college|the\s+bar)"
    r"\b(?!\s+(?:board|officials?|authorities|that)\b)"
    r"|(?:(?!that\b)[\w’'-]+\s+){0,3}?(?:students|pupils|patients|inmates|applicants|members)\b))"
    # (nor a school's or a hospital's intake: "the EA's admissions team", "admission policy")
    r"|admissions?(?!\s+(?:office|officers?|team|policy|policies|process|criteria|committee|board"
    r"|system|round|season|test|rules|form|forms|list|desk|portal|unit|staff|department|director"
    r"|directors|dean|deans|data|experts?|consultants?|counsell?ors?|decisions?|cycles?))"
    r"|conced(?:ed|es|ing))"
    # (one's own, present: "We acknowledge that on some nights the station was not staffed")
    r"|(?:we|I)\s+(?:fully\s+|do\s+)?acknowledge\b"
    # one's own words owned as loose: "maybe not the most precise wording"
    r"|not\s+the\s+(?:most\s+)?(?:precise|accurate|clear|careful|best|right|correct)\s+(?:wording"
    r"|choice\s+of\s+words|language|phrasing|way\s+to\s+put\s+it)"
    # an error owned in the first person: "That was our error", "we made a mistake"
    r"|(?:that|this|it)\s+(?:was|is)\s+(?:our|my)\s+(?:own\s+)?(?:error|mistake|fault)"
    r"|(?:we|I)\s+(?:have\s+)?made\s+(?:an?\s+)?(?:serious\s+|genuine\s+)?(?:error|mistake)s?"
    # one's own openness owned as short: "the authority should have been more forthcoming"
    r"|should\s+have\s+been\s+(?:more|far\s+more|much\s+more)\s+(?:forthcoming|transparent|open"
    r"|candid|upfront|up-front|accurate|precise)"
    # (but one bound to admit does: "We have to admit that our monitoring has not been adequate")
    r"|(?:have|has|had|must)\s+(?:to\s+)?(?:admit|acknowledge|concede)\b"
    # A speaker's own words called wrong ("those statements were not accurate", "our
    # account was wrong"); "the warning was inaccurate" said of another's words is a denial.
    rf"|(?:{OWN_ACCOUNT}\s+(?:[\w’'.,“”\"-]+\s+){{0,16}}?"
    r"|(?:we|I)\s+(?:(?!(?:that|nothing|everything|it|this)\s)[\w’'-]+\s+){0,12}?)"
    r"[“\"]?(?:(?:were|was|are|is|been)\s+[“\"]?(?:not|n[o’']t)\s+(?:accurate|true|correct)"
    r"|(?:were|was|been)\s+[“\"]?(?:false|wrong|incorrect|untrue|misleading|inaccurate|incomplete)"
    r"|[“\"]?(?:contained|included|had)\s+(?:\w+\s+)?(?:errors|mistakes|inaccuracies)"
    r"|(?:inaccurate|incorrect|wrong|false|misleading)\s+(?:information|figures?|times?|numbers?)"
    # ... or owned as out of date, or due for correction: the website statement "was
    # “outdated and will be corrected”", the chairman's remarks "require correction"
    r"|(?:were|was|are|is)\s+[“\"]?(?:outdated|out\s+of\s+date)\b|(?:will|would)\s+be\s+corrected"
    r"|(?:requires?|required|needs?|needed)\s+correction)"
    # what the speaker told, then owned as wrong: "We told the public there would be no
    # shutoffs this winter, and that was not accurate"
    r"|(?:we|I)\s+(?:told|said|promised|assured|announced|stated|claimed)\b[^.;“”\"]{0,120}?,?\s+"
    r"and\s+(?:that|it|this)\s+(?:was|is|wasn[’']t|isn[’']t)\s+(?:not\s+)?(?:accurate|true|correct"
    r"|wrong|false|incorrect|untrue|misleading|inaccurate)\b"
    # "our initial disclosure understated the scope": one's own account called short
    r"|(?:our|its|their|his|her|my)\s+(?:[\w’'-]+\s+){0,2}?(?:statements?|account|disclosure"
    r"|report|estimate|figures?|count|announcement|summary)\s+(?:had\s+)?(?:understated"
    r"|overstated|misstated|underestimated|undercounted|underreported|misrepresented|exaggerated"
    # "its April announcement did not reflect the full sequence of events"
    r"|[“\"]?(?:did\s+not|didn[’']t)\s+(?:reflect|give|tell|include|capture)\s+the\s+full)"
    # ... or what was given out, in those words: "the information given to the public before
    # the work began “did not accurately reflect the scope of the work”"
    r"|\binformation\s+(?:it\s+|we\s+)?(?:gave|given|provided)\s+(?:to\s+)?(?:the\s+)?(?:public|residents"
    r"|parents|community|council|members|families)\b[^.;]{0,60}?[“\"]?(?:did\s+not|didn[’']t)\s+"
    r"(?:accurately|fully|properly|correctly)\s+(?:reflect|describe|represent|convey)"
    # ... or its earlier figure explained as an error: 'said the earlier figure had been
    # “computed using receivables” and that the error had been corrected'
    r"|\b(?:said|says)\s+(?:that\s+)?(?:the|its)\s+(?:earlier|previous|original|initial|first)\s+"
    r"(?:figures?|numbers?|totals?|counts?|estimates?)\b[^.;]{0,160}?\bthe\s+(?:error|mistake)\b"
    # "reports closed after 72 hours had been incorrectly left out": an error owned
    r"|(?:had|has|have)\s+been\s+[“\"]?(?:incorrectly|wrongly|mistakenly|erroneously|inadvertently)\s"
    # ... or in one's own active words: "he had 'wrongly assumed' everyone knew", "the earlier
    # figure had 'inadvertently included' patrols" (a body calls only its own slip inadvertent)
    r"|(?:he|she|they|it|we|I)\s+(?:had|has|have)\s+[“\"]?(?:wrongly|mistakenly|erroneously)\s+[a-z]+ed\b"
    r"|(?<!not\s)[“\"]?inadvertent(?:ly)?\b"
    # "the figure had been calculated incorrectly": the error after the verb
    # (or in the simple past: "the description 'was made in error'")
    r"|(?:(?:had|has|have)\s+been|was|were)\s+[“\"]?[a-z]+(?:ed|de|en|nt|wn)\s+(?:(?:out|up)\s+)?"
    r"(?:incorrectly|wrongly|in\s+error)\b"
    # ... or set right in one's own words: "a bronze medal, not a gold medal as previously stated"
    r"|not\s+(?:[\w’'-]+\s+){0,4}?as\s+(?:previously|earlier|originally|initially|wrongly"
    r"|incorrectly)\s+(?:stated|reported|claimed|announced|said|advertised|published|described)"
    # ... or re-read by the one who gave it: "the Chairman's reference to five bidders
    # “should be read as” the number of parties who bought tender documents"
    r"|(?:reference|figure|remark|claim|statement|words?)\s+(?:to\s+[^.;“”\"]{1,60}?\s+)?[“\"]?"
    r"should\s+(?:be\s+read|have\s+read|be\s+understood|be\s+taken)\s+as\b"
    # "the company had been “wrong to say otherwise”": one's own words owned as wrong
    r"|(?:was|were|had\s+been|has\s+been|is|are)\s+[“\"]?wrong\s+to\s+(?:say|claim|tell|state|suggest"
    r"|insist|deny|assure)\b"
    # "the letter should not have been sent": one's own act called wrong
    r"|should\s+(?:not|never)\s+have\s+(?:been\s+)?[“\"]?[a-z]+(?:ed|en|wn|ne|nt|id|de)\b"
    # "should have checked before I said that": a check one owns having skipped
    r"|should\s+have\s+(?:checked|asked|verified|confirmed|looked|known|double-checked|made\s+sure"
    r"|ensured|caught|noticed)\b"
    # "could have been more clearly explained": one's own words owned as unclear
    r"|(?:could|should)\s+have\s+been\s+more\s+clearly\s+(?:explained|presented|stated|described)"
    # ... or a promise owned as broken: "was not met for a large number of residents, and we
    # should have said so"
    # ... or the promise of all owned as not kept, in one's own words: "We did not reach all
    # the communities", "I cannot stand here and say compliance is 100 percent"
    r"|(?:we|I)\s+(?:did\s+not|didn[’']t|could\s+not|couldn[’']t|have\s+not|haven[’']t)\s+(?:been\s+)?"
    r"[a-z]+(?:ing)?\s+(?:it\s+in\s+)?(?:every|all|each)\b"
    r"|(?:we|I)\s+(?:cannot|can[’']t)\s+(?:stand\s+here\s+and\s+)?say\b[^.;]{0,40}?\b(?:100\s+per\s*cent"
    r"|every|all)\b"
    r"|should\s+have\s+said\s+so|(?:promise|pledge|target|commitment|deadline)[^.;]{0,20}?"
    r"(?:was|were)\s+[“\"]?not\s+(?:met|kept)\b"
    # ... or a warning let lie: "the sergeant's recommendation “was not acted on in time”"
    r"|(?:was|were)\s+not\s+acted\s+(?:on|upon)\b"
    # ... or a word owed and not given: "should have told our neighbors", "should have
    # updated hunters sooner"
    r"|should\s+have\s+[“\"]?(?:told|informed|notified|updated|warned|alerted|disclosed|corrected"
    r"|explained)\s+(?:[\w’'-]+\s+){0,2}?(?:sooner|earlier|that|when|about|of|the|our|its|their"
    r"|them|us|people|residents|neighbou?rs|customers|parents|patients|hunters|the\s+public)\b"
    # one's earlier words put down to not knowing: "when he spoke in September he was
    # relying on what administration had told him", "had not known about the email when
    # she answered" (a speaker's own not knowing: "Marchetti had not seen the email when
    # she spoke", said by her spokeswoman, is the defence)
    r"|when\s+(?:he|she|they|I|we)\s+(?:spoke|said\s+(?:so|that|it)|answered|testified|wrote"
    r"|told\s+\w+|made\s+(?:the|that|those)\s+\w+)\b[^.;]{0,60}?\b(?:he|she|they|I|we)\s+"
    r"(?:was|were|had\s+been)\s+(?:relying|going)\s+(?:on|by)\b"
    r"|\b(?:he|she|they|I|we)\s+(?:had\s+not|hadn[’']t|did\s+not|didn[’']t)\s+"
    r"(?:known?|seen|been\s+aware\s+of|read)\s+"
    r"[^.;]{0,60}?\bwhen\s+(?:he|she|they|I|we)\s+(?:spoke|said|answered|testified|wrote|told)\b"
    # a finding owned ("Mr Corkill accepted that the sheets do not always reflect"), and
    # one's own words owned as wrong ("the 2020 release should have said the site was only
    # swept", "the letter sent in April should not have said 'no exceptions'")
    # (a court's or a panel's acceptance is its finding, not the party's admission)
    r"|(?<!not\s)(?<!court\s)(?<!judge\s)(?<!tribunal\s)(?<!panel\s)(?<!jury\s)accept(?:ed|s)\s+that"
    r"\b[^.;]{0,80}?\b(?:not|never|n[’']t|failed|lapsed?|wrong|mistakes?|errors?|short)\b"
    # (or the cause owned, with "that" left out: "Mr Pilling accepted the school contract had
    # been “the deciding factor”")
    r"|(?<!not\s)(?<!court\s)(?<!judge\s)(?<!tribunal\s)(?<!panel\s)(?<!jury\s)accept(?:ed|s)\s+"
    r"(?:the|his|her|its|their)\s+(?:[\w’'-]+\s+){1,4}?had\s+been\s+[“\"]?(?:the|a|an)\s+"
    r"(?:[\w-]+\s+)?(?:deciding|main|real|key|decisive|chief|principal)\s+(?:factor|reason|cause)"
    rf"|(?:{OWN_ACCOUNT}|letter|wording|notice|website|answer|report|we|I)[”\"]?\s+"
    r"(?:[\w’'-]+\s+){0,3}?[“\"]?should\s+(?:not\s+)?have\s+(?:said|stated|made\s+(?:it\s+)?clear)"
    r"|regret(?:s|ted)?[”\"]?\s+(?:that|the\s+(?:error|mistake)|any\s+confusion)"
    # a fault of its own regretted, however it names it: "deeply regrets what it called a
    # historic technical fault"
    r"|regret(?:s|ted)?\s+(?:what\s+(?:it|he|she|they)\s+(?:called|described\s+as)\s+)?"
    r"(?:the|a|an|this|that|its|our)\s+(?:[\w-]+\s+){0,3}?(?:fault|failure|error|mistake|lapse"
    r"|oversight|breach|omission|inaccurac(?:y|ies)|misstatement)\b"
    # an error owned in the passive: "an error occurred in the categorisation", "mistakes
    # were made" (not "no error occurred", nor "denied that any mistake was made")
    r"|(?<!\bno\s)(?<!\bany\s)(?<!\bif\s)(?<!\bwhether\s)(?:an?\s+|the\s+)?(?:errors?|mistakes?)\s+"
    r"(?:had\s+|has\s+)?(?:occurred|(?:was|were)\s+made|(?:had|has|have)\s+been\s+made)\b"
    # "The strike was a tragic mistake": the speaker's own act called a mistake.
    # (not what there was: "there was an error in the council's figures")
    # (quoted too: 'the count was "an honest mistake by our compliance people"')
    r"|(?<!\bthere\s)(?:was|were)\s+[“\"]?(?:an?\s+)?(?:tragic\s+|terrible\s+|grave\s+|serious\s+|big\s+|huge\s+"
    r"|horrible\s+|honest\s+)?(?:mistake|error)\b"
    # (not another's: "the cause was an error made by a maintenance contractor")
    r"(?!\s+(?:(?:made|committed)\s+)?(?:by|of)\s(?!our\b|my\b))"
    # "'No pattern of concern' was the wrong thing to say", "was not the right phrase",
    # "could have been clearer": one's own words called ill chosen
    r"|(?:was|were)\s+(?:the\s+wrong|not\s+the\s+right)\s+(?:thing\s+to\s+say|words?|phrase"
    r"|term|way\s+to\s+put\s+it)\b"
    r"|(?:could|should)\s+have\s+been\s+(?:much\s+)?(?:clearer|more\s+(?:precise|accurate|careful"
    r"|specific|exact))"
    # "the figure should have been described as contracted": one's own words owned as
    # ill chosen; "the on-time figure had been wrong": one's own figure (not another's,
    # "the union's figure was wrong", which is a denial)
    r"|should\s+have\s+been\s+(?:described|presented|labell?ed|worded|attributed|characteri[sz]ed"
    r"|explained|qualified|made\s+clear(?:er)?"
    # ... or a slip owned as one a check should have caught: "a drafting error that should
    # have been picked up"
    r"|picked\s+up|caught|spotted|noticed)\b"
    # what one told, owned as wrong: "said what he told the full council 'was wrong'"
    rf"|{OWN_WORDS}\s+(?:[\w’'-]+\s+){{0,4}}?[“\"]?(?:was|were)\s+[“\"]?(?:wrong|incorrect|inaccurate"
    r"|false|misleading|not\s+(?:accurate|true|correct|right))\b"
    # an error owned in one's own system or way of working: "an error in how casual pay rates
    # were set up in our payroll system" (not "an error in the council's figures")
    r"|(?<!\bno\s)(?<!\bany\s)(?<=\s)(?:error|mistake)\s+in\s+(?:how|our|its|their|the\s+way)\b"
    # ... or named as the cause of what went undone: "a 'payroll coding error' meant rent
    # deductions had not been stopped" (not another's: "an error by the bank meant")
    # (told where it happened: "an error during the migration had left beneficiaries off")
    r"|(?<!\bno\s)(?<!\bany\s)(?:error|mistake|glitch)[”\"]?(?:\s+(?:during|in|with)\s+the\s+"
    r"[\w-]+)?\s+(?:had\s+)?(?:meant|caused|led\s+to|resulted\s+in|left)\b"
    # the account owned as told on what was known then: "the minister's statement was based
    # on the information available at the time"
    r"|(?:was|were)\s+based\s+on\s+(?:the\s+)?(?:best\s+)?information\s+(?:available|(?:it|he|she"
    r"|we|they)\s+had)\s+at\s+the\s+time"
    # a fault owned as one's own: "That was wrong, and it happened under our watch", "We
    # did not check the claim with the EPA at the time."
    r"|(?:under|on)\s+(?:our|my)\s+watch\b|(?:we|I)\s+(?:did\s+not|didn[’']t)\s+(?:check|verify)\b"
    r"|(?:the|our|its|that|this)\s+(?:(?![\w-]+[’']s\b)[\w-]+\s+){0,2}?(?:figures?|numbers?|count"
    # (the speaker set in between: "That number, the department now says, was wrong")
    r"|statistics?|estimate|percentage|rate)(?:,\s+(?:[\w’'-]+\s+){1,4}?(?:now\s+)?(?:says|said"
    r"|admits|concedes),)?\s+[“\"]?(?:had\s+been|has\s+been|was|were)\s+[“\"]?(?:wrong"
    r"|incorrect|inaccurate|false|misleading|overstated|understated)\b"
    # ... and one named by what it counted, with where it was given: "The figure of 48
    # functional boreholes that was presented to council was not correct"
    r"|(?:the|our|its|that|this)\s+(?:figures?|numbers?|count|estimate|rate)\s+of\s+[^.;“”\"]{1,50}?"
    r"\s+(?:that|which)\s+[^.;“”\"]{1,60}?\s+(?:was|were)\s+(?:not\s+(?:correct|accurate|true|right)"
    r"|wrong|incorrect|inaccurate|false|misleading)\b"
    # "The 99.1 percent figure does not reflect what our riders experienced"
    r"|(?:the|our|its|that|this)\s+(?:(?![\w-]+[’']s\b)[\w.%-]+\s+){0,3}?(?:figures?|numbers?"
    r"|statistics?|rate)\s+(?:does|did|do)\s+not\s+reflect\s+(?:what|the\s+(?:full|true|actual"
    r"|real))\b"
    # (an apology "for the inconvenience" is a courtesy, no concession)
    r"|(?:apologi[sz](?:ed|es|ing)|(?<!\bto\s)(?<!\bnot\s)(?<!n[’']t\s)apologi[sz]e\b)"
    r"(?!\s+(?:to\s+(?:[\w’'-]+\s+){1,3}?)?for\s+(?:the|any)\s+(?:inconvenience|disruption))"
    # an apology in the speaker's own words: "We are deeply sorry", "I'm sorry"
    r"|(?:we|I)\s*(?:am|are|[’']m|[’']re)\s+(?:deeply\s+|truly\s+|very\s+|so\s+|sincerely\s+)?sorry\b"
    r"|(?:issued|published|put\s+out|released)\s+(?:a\s+correction|an?\s+(?:revised|corrected)\s+(?:bulletin"
    r"|figures?|statement|report|count|toll|list|estimate|notice))"
    # A correction of one's own account: "revising the earlier account", "modified its
    # original explanation", "raised that number to 1.2 million", "retracted".
    r"|(?:revis|modifi|correct|amend|chang|rais|lower|updat|recalculat|restat)(?:ed|ing|es|ies)\s+(?:its|their|his"
    r"|her|the|that)\s+(?:(?:earlier|original|initial|first|previous)\s+)?(?:account|explanation"
    r"|statement|story|version|(?:number|figure|count|estimate|toll|tally)\b(?!\s+of\b))"
    r"|retract(?:ed|s|ing)|walk(?:ed|s|ing)\s+back"
    r"|it\s+is\s+now\s+clear\s+that|(?:I|we)\s+(?:(?:am|are)\s+)?now\s+(?:convinced|know|understand)(?:\s+that)?"
    r"|(?:has|have|had)\s+since\s+(?:ceased|stopped|ended|halted)"
    # "had misspoken", "accepted that it was wrong", "That's on me", "we got it wrong"
    r"|[“\"]?misspo(?:ke|ken)|accept(?:s|ed|ing)\s+that\s+[“\"]?(?:[\w’'-]+\s+){1,4}?(?:was|were"
    r"|had\s+been)\s+(?:wrong|incorrect|inaccurate|misleading|false|untrue|a\s+mistake|an\s+error"
    # (or that they were not what was said: "accepted that the documents were “not deeds”")
    r"|[“\"]?not\b)"
    # (or, "that" left out, that it was not done: "accepted the shed had not been converted")
    r"|(?<!not\s)accept(?:s|ed)\s+(?:that\s+)?(?:the|its|his|her|their|our)\s+(?:[\w’'-]+\s+){1,5}?"
    r"(?:had|has|have)\s+not\s+been\b"
    # ... or that its words misled: "accepts that the term gave the public the wrong impression"
    r"|accept(?:s|ed|ing)\s+that\s+[^.;]{1,120}?\b(?:(?:wrong|false|misleading|mistaken)\s+impression"
    r"|misled|(?:was|is)\s+not\s+the\s+case)\b"
    r"|(?:that|this|it)(?:[’']s|\s+is|\s+was)\s+on\s+(?:me|us)\b(?!\s+to\b)"
    # "I'll own that", "we own it": the failing taken as one's own
    r"|(?<![\w’'])(?:I|we)(?:[’']ll|\s+will|\s+have\s+to)?\s+own\s+(?:that|it|this|the\s+(?:mistake|error"
    r"|failure))\b|\bmine\s+to\s+own\b"
    # ... or named a failing of its own: "That is a failure of this organization"
    r"|(?<![\w’'])(?:that|this)(?:[’']s|\s+is|\s+was)\s+(?:a|our|my)\s+(?:[\w-]+\s+)?failure\s+of\s+"
    r"(?:this|our|my)\b"
    # ... or told what was said next to what was so, in the first person: "We told athletes
    # they were covered, and they weren't"
    r"|(?<![\w’'])(?:we|I)\s+told\s+[^.;“”\"]{1,80}?,?\s+and\s+(?:they|it|he|she|we)\s+(?:weren[’']t|wasn[’']t"
    r"|were\s+not|was\s+not)\b"
    # one's own words called wrong by the act of saying them: "Calling Prairie Gate isolated
    # was premature"
    r"|(?-i:Calling|Describing|Labell?ing)\s+[^.;,]{1,60}?\s+(?:was|were)\s+(?:premature|wrong"
    r"|a\s+mistake|inaccurate|misleading)\b"
    r"|got\s+(?:it|that|this|those|the\s+\w+)\s+wrong"
    r"|erred|made\s+(?:a\s+)?(?:serious\s+|grave\s+|big\s+|terrible\s+)?mistakes?|accept(?:s|ed)\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+)?(?:findings|figures|conclusions)"
    # "We accept that the crowd exceeded the licensed capacity": a speaker accepting a
    # fact in the first person concedes it
    # (or with "that" left out, owning a failing: "We accept there were gaps in our paperwork")
    r"|(?<![\w’'])(?:we|I)\s+(?:fully\s+|now\s+|do\s+|readily\s+)?accept\s+(?:that\b|there\s+"
    r"(?:was|were|have\s+been|has\s+been)\s+(?:some\s+|serious\s+)?(?:gaps?|failings?|failures?"
    r"|shortcomings?|mistakes?|errors?|lapses?|deficiencies)\b)"
    # ... or the findings against it, or owns the failing in its own words: "We accept the
    # auditor's findings", "We fell short", "I take full responsibility for that wording"
    r"|(?<![\w’'])(?:we|I)\s+(?:fully\s+|now\s+|do\s+|readily\s+)?accept\s+(?:the\s+|its\s+|all\s+"
    r"(?:of\s+)?(?:the\s+)?)?(?:[\w’'-]+\s+){0,2}?(?:findings|conclusions|criticisms?)\b"
    r"|(?<![\w’'])(?:we|I)\s+(?:clearly\s+|simply\s+)?(?:fell|have\s+fallen|came)\s+short\b"
    r"|(?<![\w’'])(?:we|I)\s+(?:take|accept)\s+(?:full\s+|complete\s+)?responsibility\s+for\b"
    # one's own account put down to bad information: "the mayor had been given wrong
    # advice", "its earlier statement was based on incomplete information"
    r"|(?:was|were|had\s+been|has\s+been)\s+given\s+(?:the\s+)?(?:wrong|incorrect|inaccurate"
    r"|outdated|out-of-date|false)\s+(?:advice|information|figures?|numbers?|data|briefing)"
    # "told trustees that she gave families “inaccurate information”": one's own words
    # owned as wrong, whoever heard them
    r"|\b(?:he|she|they|I|we|it)\s+(?:had\s+)?(?:gave|given|provided|shared|passed\s+on)\s+"
    r"(?:[\w’'-]+\s+){0,3}?[“\"]?(?:inaccurate|incorrect|wrong|false|misleading|outdated)\s+"
    r"(?:information|figures?|numbers?|answers?|advice|data)"
    r"|based\s+on\s+(?:incomplete|inaccurate|incorrect|wrong|outdated|out-of-date|faulty)"
    r"\s+(?:information|data|figures?)"
    # "earlier statements were made before the full facts were known"
    rf"|{OWN_ACCOUNT}\s+(?:were|was)\s+made\s+before\s+(?:all\s+)?the\s+(?:full\s+)?facts\s+(?:were|was)"
    r"\s+(?:known|clear|established)"
    # one's own work owned as short of what it should have been: "the report was not as
    # precise as it should have been", "the messaging was not what it should have been"
    r"|(?:was|were|is|are|has\s+been)\s+[“\"]?(?:not|n[o’']t)\s+(?:as\s+(?:[\w-]+\s+){1,2}as"
    r"|what)\s+(?:it|they|we|I|he|she)\s+(?:should|could|ought\s+to)\s+have\s+been\b"
    # Reversal convention: "now says" marks a changed position, so a party that "now says
    # the annual report was wrong" concedes its own account (not another's: "the union's
    # figure")
    r"|now\s+(?:says|said|accepts|accepted|concedes|conceded|agrees|agreed)\s+(?:that\s+)?"
    r"(?:the|its|their|our|his|her|that|this|those)\s+(?:(?![\w-]+[’']s\b)[\w-]+\s+){0,3}?"
    r"(?:was|were|had\s+been)\s+[“\"]?(?:wrong|incorrect|inaccurate|mistaken|false|untrue"
    r"|misleading|in\s+error)\b"
    # one's own figure disowned: "isn't a number I'd stand behind", "can't stand by it"
    r"|(?:isn[’']t|is\s+not|wasn[’']t|was\s+not)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:I|we)"
    r"(?:[’']d|\s+would|\s+can|\s+could)\s+stand\s+(?:behind|by)\b"
    # a failing owned in milder words: "the shortfalls were regrettable", "the label's
    # wording may have been too simple", "accepted there had been mistakes", "the agency
    # identified staffing gaps in one district"
    r"|(?:was|were|is|are)\s+(?:deeply\s+|very\s+|most\s+)?regrettable"
    r"|may\s+have\s+been\s+too\s+[a-z]+"
    r"|accept(?:s|ed|ing)?\s+(?:that\s+)?(?:there\s+(?:were|had\s+been|have\s+been)\s+)?(?:some\s+)?"
    r"(?:mistakes|errors|shortcomings|failings|lapses)\b"
    r"|(?:identified|found|acknowledged)\s+(?:some\s+)?(?:[\w-]+\s+)?(?:gaps|shortcomings|failings"
    r"|lapses|weaknesses)\s+in\b"
    rf"|{HEARD_FORM}"
)
# ... and a party that "accepted" or "agreed" that something was so speaks for itself, its
# quotation blanked or not: evidence named inside ("accepted that his reference to the
# inspectors' figures 'was a mistake'") is part of what it concedes, not the sentence's source
CONCEDED: Final = re.compile(
    rf"{ADMISSION.pattern}|\b(?:accept|agree)(?:ed|s)\s+that\b", re.IGNORECASE
)
# Confirmation convention: a party or an overseer that "confirmed" a fact to the newsroom
# ("a spokesperson confirmed the sensors had sent no data since late 2022", "the commission
# confirmed it received a complaint last month") has put it on the record: a disclosure,
# as a report is. (Not a finding that "had confirmed" the party's claim, nor what "was
# confirmed"; nor what the one confirming did, "confirmed writing the letters".)
CONFIRMED: Final = whole_words(
    r"(?<!\bhad\s)(?<!\bhas\s)(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)confirm(?:ed|s)\s+"
    # (in writing first: "confirmed in a written statement on Wednesday that")
    r"(?:in\s+an?\s+(?:[\w-]+\s+)?(?:statement|reply|response|e-?mail|letter)\s+)?"
    r"(?:(?:on\s+)?\w+day\s+|yesterday\s+|(?:this|last)\s+week\s+)?(?:that|it|its|the|an?|some"
    r"|no|her|his|their)\b"
)
# Attribution convention: "<fact>, the company has admitted.": the concession, then who.
TRAILING_ADMISSION: Final = re.compile(
    # not a participle that sets the scene ("Confronted with the emails, Reyes acknowledged")
    r"^(?!\W*(?:(?-i:[A-Z][a-z]+ed)|Shown|Told|Given|Asked|Faced|Taken)\b)"
    # (nor the occasion set first: "In a statement issued on Tuesday, MPK acknowledged")
    r"(?!\W*(?:In|Through)\s+(?:an?|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview"
    r"|letter|e-?mail|reply|response|post|filing|submission|message|release)\b[^,]*,\s+\S+(?:\s+\S+)?\s+\S+\W*$)"
    r"(?P<fact>.{20,}?),\s+(?P<who>(?:[\w’'-]+\s+){1,5}?)"
    r"(?P<verb>(?:has\s+|have\s+)?(?:admitted|acknowledged|conceded|admits|acknowledges"
    r"|concedes))\W*$"
)


# (one space after it: a quotation blanked out of ``outside`` is spaces too)
_THAT: Final = re.compile(r"\s+that\s")
# An admission calling one's own account wrong, or a correction issued: no further fact.
_ACCOUNT_WORD: Final = re.compile(
    rf"{OWN_ACCOUNT}\b|(?:our|its|their|his|her|my|issued|published|put\s+out|released)\s"
    r"|(?:had|has|have)\s+been\s",
    re.IGNORECASE,
)
_ACCORDING_TAIL: Final = re.compile(r",\s+(?:according\s+to|while|who|but)\s", re.IGNORECASE)

_OWN_WORDS: Final = re.compile(rf"\s*{OWN_WORDS}", re.IGNORECASE)
# A time told by the calendar: a month by its name ("in May and June", "Nov. 25") or a year.
_CALENDAR: Final = re.compile(
    rf"\b(?:{'|'.join(map(str.capitalize, FULL_MONTH_NAMES))})\b"
    rf"|\b(?:{'|'.join(map(str.capitalize, MONTH_ABBREVIATIONS))})\.|\b(?:19|20)\d\d\b"
)


def conceded(s: str, outside: str, a: int, b: int) -> tuple[int, int] | None:
    """What "X acknowledged that <fact>" concedes, when the fact is a deed of its own.

    Admission convention: an admission that tells its fact with a time of its own
    ("admitted that the student was assigned to the programme on Nov. 25, 2013") is
    the first telling of that deed, so the content is an event too. One that concedes
    without a time ("admitted the van had been off the road for some weeks") owns up
    to what the story has already shown, and stays the one event of its telling; one
    that concedes "our statements ... were not accurate" concedes statements instead.
    """
    span = _conceded_span(s, outside, a, b)
    if span is None or TRAILING_ADMISSION.match(outside[a:b]):
        return span  # "<fact>, the company has admitted.": the fact told first, as fact
    # "on Nov. 25, 2013", "in May and June", "in 2021": a time by the calendar (not a year
    # that names a thing: "the 2025 target will not be met")
    named = (NAMES_A_THING.search(s, span[0], m.start()) for m in _CALENDAR.finditer(s, *span))
    return span if any(n is None for n in named) else None


def _conceded_span(s: str, outside: str, a: int, b: int) -> tuple[int, int] | None:
    """The words "X acknowledged that <fact>" concedes, when the fact is not about statements."""
    verb = ADMISSION.search(outside, a, b)
    if verb is None or CLAIMS.search(s, a, b) or HEARD.match(outside, verb.start()):
        # "said he was told that X": X is what the party said, not a conceded fact.
        return None
    if _ACCOUNT_WORD.match(verb.group()):
        # "said the initial release contained errors and that ...": an account called
        # wrong concedes the account, and what follows is no conceded fact
        return None
    trailing = TRAILING_ADMISSION.match(outside[a:b])
    if trailing is not None and len(trailing.group("fact").split()) >= 4:
        return a, a + trailing.end("fact")  # "<fact>, the company has admitted."
    # "admitted since the agency first made it public that ...": a phrase may stand
    # between the verb and what it concedes.
    that = _THAT.search(outside, verb.end(), min(b, verb.end() + 100))
    if that is None:
        return None
    tail = _ACCORDING_TAIL.search(outside, that.end(), b)
    end = tail.start() if tail else b
    if (
        len(outside[that.end() : end].split()) < 4
        or ADMISSION.search(s, that.end(), end)
        # "acknowledged that what he told commissioners was wrong": his own words
        or _OWN_WORDS.match(outside, that.end(), end)
    ):
        # "admitted that its earlier statement was wrong": what it concedes is its own
        # account, no fact of its own
        return None
    return that.end(), end
