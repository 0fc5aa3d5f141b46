"""Witnesses: the public, and insiders, telling what was done where they are or to them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from timeline.draft.insiders import (
    BODY_VOICE,
    FAMILIAR_SAID,
    INTERVIEWED,
    TOLD_OUTLET,
    WITNESS_NOUN,
    insider,
    tells,
)
from timeline.draft.model import DraftEvent
from timeline.draft.quotes import quote_outside_words
from timeline.draft.words import MASTHEAD, OUTLET_REPORTED, PRONOUN_SAID, SITE_CHECK_VERBS

__all__ = ["goes_on", "group_saw", "newsroom_saw", "witnessed"]


# (how people felt, which tells nothing that was done)
_FELT: Final = (
    r"(?:pleased|worried|concerned|surprised|shocked|disappointed|satisfied|relieved|frustrated"
    r"|angered|alarmed|confused|delighted|impressed|scared|frightened|upset|told|asked)"
)


# Eyewitness convention: several people who tell what they saw or heard ("Two traders told
# the Nation they saw an officer kneel and fire") are witnesses to what was done.
_EYEWITNESSES: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|many"
    r"|\d+)\s+(?:[\w’'-]+\s+){0,4}?(?:told|said|say|says|tell|described|recalled)\b[^.;]{0,60}?"
    r"\b(?:they|he|she)\s+(?:had\s+)?(?:saw|seen|heard|watched|witnessed)\b(?!\s+(?:no|nothing)\b)",
    re.IGNORECASE,
)


# ... and several, counted, who tell what they went through or did in their dealings with
# the body ("Two of the suppliers told this publication they stopped delivering in
# mid-November", "The other four said they were still waiting"): what was done to them, or
# what they did because of it; not what they felt ("said they were pleased").
_COUNTED_TELL: Final = re.compile(
    # (where they are may come first: "In Kenema, five applicants said")
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:(?:In|At)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,\s+)?"
    r"(?:(?:The\s+)?other\s+)?(?:two|three|four|five|six|seven|eight"
    r"|nine|ten|several|\d+)(?:\s+of\s+(?:the|them|those)(?:\s+[\w’'-]+){0,2}?"
    r"|\s+(?:[a-z]+\s+)?[a-z]+s)?\s+(?:told\s+"
    r"[^,;“”\"]{1,40}?|said|say|says|confirmed)\s+(?:that\s+)?they\s+(?:had\s+|have\s+|were\s+)?(?:still\s+"
    rf"|not\s+|never\s+|only\s+)?(?!{_FELT}\b)"
    r"(?:[a-z]+ed|received|paid|got|lost|waiting|seen|heard|given|taken)\b",
    re.IGNORECASE,
)


# Affected-person convention: a member of the public the story introduces by age or home
# ("Dana Voss, a 61-year-old retiree in Dover, said she waited 14 months") tells what was
# done to her: what she went through is the practice, not a claim of the body's.
_AFFECTED: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2},\s+(?:an?\s+\d+-year-old\b"
    r"|an?\s+(?:[\w-]+\s+){0,3}?(?:from|in|of)\s+[A-Z]"
    # (or by what they do near it: "Elaine Corkum, who cuts hay on 80 hectares near Hantsport,")
    r"|who\s+[a-z]+s\s+[^,;“”\"]{0,60}?\b(?:near|in|at|outside)\s+[A-Z]"
    # ... or what they did where it happened: "who sold beans from one of the burnt shops,"
    r"|who\s+(?:sold|ran|kept|owned|lost|worked|lived)\s+[^,;“”\"]{0,60}?\b(?:from|in|at)\s+(?:one\s+of\s+)?the\s)"
    r"[^;“”\"]*?,\s+(?:said|says|told|recalled|recalls)\s+(?:that\s+)?(?:she|he|they)\s+(?:had\s+|was\s+"
    r"|were\s+)?(?:twice\s+|once\s+|repeatedly\s+)?(?:[a-z]+ed|paid|got|spent|lost|took|went|was|were"
    r"|had|sent|heard|saw|began)\b"
)


# ... or named after what they are to the place ("A landowner on Nanumaga, Mrs Luisa Vailu,
# told the paper her family's two pits were marked as complete"): what was done to what
# is theirs, not how they felt.
_NAMED_AFTER: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:A|An|One)\s+(?:[\w-]+\s+)?(?:landowner|farmer|resident|fisherman"
    r"|fisher|parent|mother|father|shopkeeper|trader|villager|tenant|patient|hunter|grower|owner"
    r"|vendor|householder)\s+(?:(?:in|on|from|of|at|near)\s+[A-Z][^,;“”\"]{0,40})?,\s+"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s+(?:said|says|told\s+[^,;“”\"]{1,40}?)\s+(?:that\s+)?"
    rf"(?:[\w’'-]+\s+){{1,5}}?(?:was|were|had\s+been|has\s+been)\s+(?!{_FELT}\b)(?:never\s+|not\s+)?"
    r"[a-z]+(?:ed|en|pt|ft|ld)\b"
)


# Eyewitness convention, one named: a member of the public named by what they are to the
# place ("Neighbour Tom Whitcombe says there was no warning sign at the gate", "Resident
# Ana Diaz said she saw crews leave") tells what they saw there.
_PUBLIC_SAW: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:[Nn]eighbou?r|[Rr]esident|[Ff]armer|[Ww]itness|[Pp]assenger"
    r"|[Cc]ustomer|[Tt]enant|[Pp]atient|[Mm]otorist|[Hh]unter|[Ss]hopkeeper|[Pp]arent"
    # (or the place's own head, named after it: "Kampung Baru village head Ali Daud said")
    r"|(?:[A-Z][\w’'-]+\s+){0,3}(?:[Vv]illage|[Cc]ommunity)\s+(?:head|chief|elder)|[Hh]eadman)"
    r"\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s+(?:says|said)\s+(?:that\s+)?"
    r"(?:there\s+(?:was|were|had\s+been)\s+no\b|(?:she|he|they)\s+(?:had\s+)?(?:saw|seen|heard"
    r"|watched|found|never)\b|(?:nobody|no\s+one)\b"
    # ... or that no one came: "no vaccination team came to his village"
    r"|no\s+(?:[\w-]+\s+)?(?:team|official|officer|inspector|crew|worker|doctor|nurse|truck)s?"
    r"\s+(?:had\s+|ever\s+)?(?:came|come|visited|arrived|turned\s+up)\b)"
)


# ... or several, placed where they live or work, who say what has gone on there
# ("Residents of Kudapokuna in Dimbulagala say elephants have walked through the fence"):
# what has been done, not what they feel or fear.
_PLACED_PUBLIC: Final = re.compile(
    # (the place may be set first: "At Pine Flats, a village on the bank, residents said")
    r"^\W*(?:(?:But|And|Yet)\s+)?(?P<first>(?:In|At|On)\s+[A-Z][^;“”\"]{0,90}?,\s+)?(?i:Residents"
    r"|Villagers|Neighbou?rs|Farmers|Fishermen|Fisherfolk|Parents|Families|Tenants|Traders|Vendors"
    r"|Shopkeepers|Householders|Homeowners)\s+(?(first)|(?:of|in|near|along|around|on|at)\s+[A-Z]"
    r"[^,;“”\"]{0,60}?)\s*(?:say|said)\s+(?:that\s+)?"
    r"(?!they\s+(?:are|were|have\s+been|had\s+been)\s+(?:worried|afraid|angry|concerned|scared"
    r"|frustrated|relieved|pleased)\b)(?:[\w’'-]+\s+){1,4}?(?:have|has|had)\s+(?:not\s+|never\s+"
    r"|repeatedly\s+|often\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ught|ung|ome)\b"
)


# ... or who describe what they found there ("Residents who spoke to The Herald this week
# described leaking roofs, units without running water"): not how they felt.
# ... or who say what never reached them ("Relatives of both men say they have never seen
# the document"): what was withheld from them.
_PUBLIC_NEVER: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:Relatives|Families|Residents|Parents|Villagers|Neighbou?rs"
    r"|Tenants|Farmers|Fishermen|Patients|Landowners|Drivers|Motorists|Passengers|Workers)\b"
    r"[^.;“”\"]{0,60}?\b(?:say|said)\s+(?:that\s+)?"
    r"they\s+(?:have|had)\s+never\s+(?:seen|received|signed|heard|been\s+(?:told|consulted|asked"
    r"|shown|paid|contacted))\b"
)
_PUBLIC_DESCRIBED: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:Residents|Tenants|Families|Parents|Villagers|Neighbou?rs"
    r"|Patients|Passengers|Customers|Traders|Farmers|Fishermen)\b[^.;“”\"]{0,80}?\b(?:described"
    r"|recounted)\s+(?!(?:feeling|being|themselves|how|what|their\s+(?:fear|anger|frustration))\b)"
    r"[a-z][\w’'-]+\s+[a-z]"
)


# ... or one of them, unnamed, who tells what they did in their dealings with the body ("A
# Washington County harvester told the agent he sold the company five or six buckets"):
# what was done, not what they think of it.
_ONE_DEALT: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:A|An|One|Another)\s+(?:[\w’'-]+\s+){0,3}?(?:harvester|fisherm[ae]n"
    r"|farmer|trader|vendor|seller|buyer|supplier|driver|resident|tenant|parent|patient|customer"
    r"|hunter|contractor)\s+(?:told\s+[^,;“”\"]{1,40}?|said|says)\s+(?:that\s+)?(?:he|she|they)\s+"
    r"(?:had\s+)?(?:sold|paid|bought|got|received|lost|gave|took|brought|delivered|handed|[a-z]{3,}ed)\b"
)


# Witness convention, a group: those who work the job or live with the service, named
# bare or counted ("Riders say they stopped using the meters", "Guides said the handsets
# have been kept in a locked cupboard", "Committee members in two villages said they had
# cleared scrub", "A caretaker said the storeroom had not been opened"), tell what went on
# where they are: a deed done, kept or left undone; not what they feel or were told.
_GROUP_TELLS: Final = re.compile(
    # (where they are may come first: "In the Lau Lagoon in North Malaita, villagers said")
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:(?:In|At|On)\s+(?:the\s+)?[A-Z][^,;“”\"]{0,50},\s+)?(?:(?:an?|one|many|some|most|several|two|three|four|five|six"
    r"|seven|eight|nine|ten|\d+)\s+(?:of\s+(?:the|those|them)\s+)?)?"
    # (or the union that speaks for them: "The union representing postal workers says")
    r"(?:(?:the\s+)?(?:[\w’'-]+\s+)?unions?\s+(?:representing|for)\s+)?(?:[\w’'-]+\s+){0,2}?"
    # (not those who speak for the body, nor its force giving its account: BODY_VOICE)
    rf"(?!(?:{BODY_VOICE})\b)"
    rf"(?:{WITNESS_NOUN}|guides|observers|members|villagers|fisherfolk|fishermen|growers|vendors|traders|hawkers|shopkeepers|butchers"
    r"|caretakers?|volunteers|locals|families|porters|stallholders|owners|landowners)"
    # (where they are may be a list: "Farmers in Ausa, Nilanga and Renapur talukas say")
    r"(?:\s+(?:in|at|on|from|of|near|who)\s+(?:[^,;“”\"]{1,30},\s+)*[^,;“”\"]{1,50}?)?"
    # (with whom they count set off: "Three employees, including a first officer, said")
    r"(?:,\s+including\s+[^,;“”\"]{1,50},)?\s+(?:say|said|says|told\s+"
    r"[^,;“”\"]{1,30}?)\s+(?:that\s+)?"
    # (since when, set first: "that since early this year, people at the desk have been")
    r"(?:(?:since|from|for)\s+[^,;“”\"]{1,30},\s+)?"
    # their own deed, or one done to them ("they had cleared", "they were overruled") ...
    r"(?:(?:they|we)\s+(?:(?:had|have)\s+)?(?:(?:not|never|often|routinely)\s+)?(?:[a-z]{3,}ed"
    r"|kept|left|swept|paid|got|went|came|saw|took|gave)|(?:they|we)\s+were\s+(?:[a-z]+ly\s+)?"
    r"(?:overruled|refused|turned\s+away|charged|billed|fined|ignored|sent\s+away"
    # (or left to wait for what never came: "Hunters in Kullorsuaq say they were left waiting")
    r"|(?:left|kept)\s+(?:waiting|out|in\s+the\s+dark))"
    # ... or a thing kept, left or never done ("the handsets have been kept in a cupboard")
    # (not all of them, which is a claim: "said every bridge was inspected on schedule")
    # (a count of them first: "at least 14 of the office's 52 walks went uncovered")
    r"|(?:(?:at\s+least|more\s+than|about|nearly)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight"
    r"|nine|ten|dozens|hundreds)\s+of\s+(?:[\w’'-]+\s+){1,4}?[a-z]+s\s+(?:went|were|had\s+been)\s+[a-z]+"
    r"|(?!(?:every|all|each|any)\b)(?:[\w’'-]+\s+){1,6}?(?:(?:had|has|have)\s+(?:not\s+|never\s+)?(?:been\s+)?"
    r"[a-z]+(?:ed|en|pt|ft|ld)|lay|came|went|never|no\s+longer|kept\s+[a-z]+ing"
    # (or done to it, in the passive: "their trips were called off", "several villages
    # along the road were never visited"; not how they felt, "they were worried", nor a
    # verdict, "the decision was rushed": the deed has its particle or its time)
    r"|(?:was|were)\s+(?:never|not)\s+[a-z]+(?:ed|en|pt|ft|ld)"
    # (or none of it done: "Nurses said no training session was ever held")
    r"|(?:was|were)\s+ever\s+[a-z]+(?:ed|en|pt|ft|ld)"
    rf"|(?:was|were)\s+(?!{_FELT}\b)[a-z]+(?:ed|en|pt|ft|ld)\s+(?:off|out|down|up|away|in|on|at"
    r"|after|before|since|for|until|soon|last|when)"
    # (or a service out of reach: "the company's toll-free number was unreachable for days")
    r"|(?:was|were)\s+(?:unreachable|unavailable|out\s+of\s+(?:order|service|stock))\b"
    # (or still going on: "traders at the gate said the collection was continuing")
    r"|(?:was|were|is|are)\s+(?:still\s+)?(?:continuing|going\s+on|being\s+[a-z]+(?:ed|en|pt|ld))"
    # (or done again and again: "people at the customs desk have been demanding money")
    r"|(?:have|has|had)\s+been\s+(?:routinely\s+)?[a-z]{3,}ing))\b",
    re.IGNORECASE,
)


# What the party did to the speaker: "She says she was fired in January after she refused",
# "Sichilongo says he was dismissed 16 days after he wrote": the speaker tells the act done
# to them, or what it cost them, a practice, whoever they are.
_DONE_TO_SPEAKER: Final = re.compile(
    r"\b(?:says|said)\s+(?:that\s+)?(?:she|he|they)\s+(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?:fired|dismissed|sacked|suspended|demoted|evicted|disciplined|threatened|laid\s+off|let\s+go"
    r"|forced\s+out|pushed\s+out|reassigned|transferred|blacklisted"
    # (or harmed: "Lausu said he was hung from the ceiling by his wrists and beaten")
    r"|beaten|tortured|assaulted|kicked|slapped|hung|handcuffed|shackled|stripped|extorted)\b"
    # ... or saw it done and kept the proof: "says he photographed dark water running from
    # a drain" (not "said he saw no sign of it")
    r"|\b(?:says|said)\s+(?:that\s+)?(?:she|he|they)\s+(?:had\s+)?(?:photographed|filmed|videoed)\s"
    # ... or what it cost them: "MacIsaac said she lost her job at a grocery store"
    r"|\b(?:says|said)\s+(?:that\s+)?(?:she|he|they)\s+(?:had\s+)?(?:lost|missed)\s+(?:her|his|their)\s+"
    r"(?:[\w-]+\s+)?(?:jobs?|homes?|house|benefits|licen[cs]e|business|shifts?|appointments?"
    r"|savings|place|tenancy|apartment|flat)\b"
    # ... or what staff told them to do: "said that when her father died in February, staff
    # told her to collect his body within a day"
    r"|\b(?:says|said)\s+(?:that\s+)?(?:when\s+[^,;“”\"]{1,60},\s+)?(?:staff|officials|nurses|officers"
    r"|workers|doctors|clerks|guards|an?\s+(?:[\w-]+\s+)?(?:nurse|clerk|officer|official|worker"
    # (the "that" may go unsaid: "Lall said staff told her there was no incubator free")
    r"|guard))\s+(?:had\s+)?told\s+(?:her|him|them)\s+(?:to|that|there\s+(?:was|were|is|are))\b"
)


# Eyewitness convention, a group: "Residents along Taiwo Road said the lamps in front of
# their shops went dark a few weeks after they were mounted": what the public says was
# done before their eyes, a thing with its own subject and a verb of doing, is what they
# saw. What they felt ("said they were furious"), think ("said the decision was rushed")
# or were told is their reaction.
_GROUP_SAW: Final = re.compile(
    # (or a thing named bare: "said thick smoke from the island drifted over their homes")
    r"\b(?:said|say|says)\s+(?:that\s+)?(?:the|their|its|no|nobody|no\s+one"
    r"|(?!(?:they|we|he|she|it|i|there|this|that|officials?|staff)\b)[a-z][\w’'-]+)\b"
    r"(?:\s+(?!(?:was|were|is|are|be|been|being|had|has|have|they|we)\b)[\w’'-]+){0,7}?\s+"
    r"(?:went|came|stopped|left|broke|fell|never\s+[a-z]+|(?:had|has|have)\s+never\s+[a-z]+"
    r"|(?!(?:said|told|asked)\b)[a-z]{3,}ed)\b"
    r"(?!\s+by\b)"
)


# Witness convention, credited: "According to residents of Pahala Kandegama, a backhoe and
# two bulldozers cleared a forested mound on February 18": the public where it happened,
# as the source, tell what was done there.
_ACCORDING_PUBLIC: Final = re.compile(
    r"\baccording\s+to\s+(?:the\s+|several\s+|some\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+)?"
    r"(?:residents|villagers|witnesses|eyewitnesses|neighbou?rs|traders|farmers|parents|families"
    r"|passengers|locals|fishermen|shopkeepers|vendors)\b",
    re.IGNORECASE,
)
# ... and so do the public the newsroom went to, placed by it: "residents interviewed by The
# Coastal Herald last week said the only help they had received was a single distribution"
_PUBLIC_INTERVIEWED: Final = re.compile(
    r"\b(?:residents|villagers|families|traders|farmers|parents|patients|tenants|locals"
    r"|passengers|survivors|victims)\s+",
    re.IGNORECASE,
)
# ... or named after their words, by their trade and where they ply it, telling the newsroom
# ('"Since they did that ceremony, water has not come out of this tap," Mrs Ngozi Asogwa, a
# foodstuff trader at Ogige Market, told our correspondent in May.')
_PUBLIC_AFTER_QUOTE: Final = re.compile(
    # (the words themselves set aside: blanked, or up to their closing mark)
    r"(?:^\s{3,}|[”\"],?\s+)(?:[A-Z][\w’'.-]*\s+){1,2}[A-Z][\w’'.-]*,\s+an?\s+(?:[\w-]+\s+){0,2}(?:trader|farmer|resident"
    r"|vendor|shopkeeper|fisherman|fisher|hawker|tenant|patient|passenger|parent|mother|father"
    r"|villager|driver)\s+(?:at|in|of|from|near)\s+[^,;“”\"]{1,50},\s+told\s+(?:our|this|the)\s+"
    r"(?:correspondent|reporter|newspaper|paper)\b"
)
_PUBLIC_CLAIMS: Final = (
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:Villagers|Residents|Farmers|Traders|Parents|Families|Locals"
    r"|Neighbou?rs)(?:,\s*(?:however,)?)?\s+(?:said|say|says|claimed|claim|insisted|insist)\s+(?:that\s+)?"
)
_PUBLIC_CLAIMS_OPEN: Final = re.compile(_PUBLIC_CLAIMS)


# Witness convention, anyone: one who says no one came ("Hembram said no one had come to the
# school since the audit") tells of a visit that did not happen where they are; not one who
# "came forward".
_NO_ONE_CAME: Final = re.compile(
    r"(?:\b(?:said|says)\s+(?:that\s+)?(?:no\s+one|nobody)"
    # (or told the newsroom: "told our reporters that no inspector had ever visited")
    r"|\btold\s+(?:our|this|these)\s+(?:reporters?|correspondents?|newspaper)\s+(?:that\s+)?"
    r"no\s+(?:inspector|official|officer|team|crew|worker|nurse|doctor)s?"
    # (or the public where it happened, whatever its verb: "Villagers, however, claimed that
    # no officer from the Department had visited the plot")
    rf"|{_PUBLIC_CLAIMS}no\s+(?:inspector|official|officer|team|crew|worker|nurse|doctor)s?)\s+"
    r"(?:from\s+[^,;“”\"]{1,40}?\s+)?"
    r"(?:had\s+|has\s+|have\s+)?(?:ever\s+|yet\s+)?(?:came|come|visited|turned\s+up|showed\s+up"
    r"|arrived)\b(?!\s+forward\b)"
)


# Eyewitness convention, the newsroom's own: its check told for itself ("The Courier
# visited four certified villages", "Reporters counted the trucks on three nights") is how
# the story's evidence was got, a disclosure, like its work on records; what it saw done
# ("this correspondent saw agents reweigh bags"), and what it found when it went ("When the
# Herald visited on March 4, the tank was empty"), is the fact it established, a practice.
_SAW_ITSELF: Final = re.compile(rf"\b(?:{SITE_CHECK_VERBS}|saw)$")
_SAW_DONE: Final = re.compile(r"\bsaw$")
_WHEN_IT: Final = re.compile(
    r"\b(?:when|as|while)\s+(?:[\w’'.-]+\s+){0,8}?[\w’'-]+$", re.IGNORECASE
)


# ... and so is the question it put, told for itself: "The Courant first asked the council
# how the lights had been paid for on 1 December" (not the one a reply is told after,
# "When the Herald asked the council, a spokesman said").
_ASKED_ITSELF: Final = re.compile(
    rf"^\W*(?:[A-Z][^,;]{{0,40}},\s+)?(?:[Tt]he\s+)?(?!(?:When|After|Before|As|Once|If)\b){MASTHEAD}"
    r"\s+(?:first\s+|also\s+|again\s+)?asked\s+(?:[\w’'-]+\s+){1,4}?(?:how|why|whether|what|about)\b"
)


# ... and so is a record it saw, told in the passive with the record first: "The letter was
# seen by this newspaper in January" is the newsroom coming by it, dated by that.
_SEEN_BY_IT: Final = re.compile(
    r"^\W*(?:(?:The|A|An|Its|Their|That|This|These|Those)\s+[^,;“”\"]{1,60}?\s+|(?:which|that)\s+)?"
    r"(?:was|were"
    r"|(?:has|have|had)\s+been)\s+(?:first\s+)?(?:seen|obtained|reviewed|examined)\s+by\s+"
    rf"(?:this\s+(?:newspaper|paper|reporter|correspondent|website|site)|(?:[Tt]he\s+)?{MASTHEAD})"
)


# ... and so is a record it put to the party: "The Tribune sent the notice to the
# municipality on 2 August" (the newsroom asking it to answer, see _ASKED_ITSELF).
_SENT_BY_IT: Final = re.compile(
    rf"^\W*(?:[Tt]he\s+)?{MASTHEAD}\s+(?:\w+\s+)?(?:sent|put|showed|forwarded|passed|took)\s+"
    r"(?:the|a|an|its|these|those|copies)\b[^.;“”\"]{0,60}?\bto\b"
)


# ... and what was found on the visits the story has told: "The veterinary camp, a tent
# near the second gate, was closed on both days of the visits".
_ON_THE_VISITS: Final = re.compile(
    r"\b(?:was|were|stood|sat|lay|remained)\s+(?:[\w’'-]+\s+){0,3}?(?:on|during)\s+(?:both|all"
    r"|each|every|the|two|three|four)\s+(?:(?:days|nights|mornings|afternoons|evenings)\s+of\s+"
    r"(?:the|our|its)\s+|of\s+(?:the|our|its)\s+)?(?:[\w’'-]+\s+)?visits?\b"
)


# Checking convention, outside the newsroom: a group's own visit, told by one who heads it
# ("said her organisation visited the institution in May and found only one officer
# teaching") is its check made public, like the newsroom's own.
_GROUP_WENT: Final = re.compile(
    r"\b(?:said|says|told\s+[^,;“”\"]{1,30}?)\s+(?:that\s+)?(?:her|his|its|their|our)\s+"
    r"(?:organi[sz]ation|group|network|team|association|union|society|volunteers|researchers"
    r"|members|staff)\s+(?:had\s+)?(?:visited|inspected|checked|surveyed|toured|examined|tested)\b"
    r"[^.;“”\"]{0,80}?\band\s+(?:had\s+)?found\b"
    # ... or its own count or log, told by it or by the story ("said its volunteers had
    # recorded the signal dropping", "members of the group counted 187 fresh stumps")
    r"|\b(?:said|says)\s+(?:that\s+)?(?:her|his|its|their|our)\s+(?:volunteers|members|researchers"
    r"|monitors)\s+(?:had\s+)?(?:recorded|counted|logged|measured|tallied|documented)\b"
    r"|^\W*(?:[^,;“”\"]{1,40},\s+)?(?:members|volunteers)\s+of\s+the\s+(?:group|society|association"
    r"|forum|network|coalition|club|alliance|trust)\s+(?:had\s+)?(?:counted|recorded|logged|measured"
    r"|tallied|documented)\b"
)


def newsroom_saw(outside: str) -> str | None:
    """The lane of a clause in which the newsroom tells what it went to see for itself, or
    what it asked (see ``_SAW_ITSELF``, ``_ASKED_ITSELF``, ``_SEEN_BY_IT``, ``_SENT_BY_IT``,
    ``_ON_THE_VISITS``), if it does."""
    if _ASKED_ITSELF.match(outside) or _SEEN_BY_IT.match(outside) or _SENT_BY_IT.match(outside):
        return "disclosure"
    if _GROUP_WENT.search(outside):
        return "disclosure"  # a group's own check, told by its head (see _GROUP_WENT)
    if _ON_THE_VISITS.search(outside):
        return "practice"
    credit = OUTLET_REPORTED.search(outside)
    if credit is None or _SAW_ITSELF.search(credit.group()) is None:
        return None
    found = _SAW_DONE.search(credit.group()) or _WHEN_IT.search(outside, 0, credit.end())
    return "practice" if found else "disclosure"


# ... or the public named last, as the source of what was done ("A tender sent from Kitgum
# arrived three hours after the first call, traders and police said"): what they saw.
_PUBLIC_LAST: Final = re.compile(
    r"^(?=[^;“”\"]*?\b(?:[a-z]{3,}ed|came|went|took|left|ran|began|stood|fell)\b)[^;“”\"]*,\s+"
    r"(?:the\s+)?(?:[a-z]+\s+)?(?:residents|traders|witnesses|neighbou?rs|villagers|passengers"
    r"|vendors|shopkeepers|onlookers|bystanders|farmers)(?:\s+and\s+(?:the\s+)?[a-z]+)?\s+"
    r"(?:said|say|says)\W*$",
    re.IGNORECASE,
)


# ... or one of the public, named by what they are, who tells what the body's staff told
# them to do ("Ross River resident Nora McLeod, who stayed at the hotel, said EMO staff
# told evacuees on July 18 to be checked out by noon"): what was done to them.
_STAFF_TOLD: Final = re.compile(
    r"^\W*(?:[A-Z][\w’'-]+\s+){0,3}(?:resident|neighbou?r|parent|patient|tenant|passenger|customer"
    r"|evacuee|trader|farmer|vendor)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?:,[^;“”\"]{1,100},)?"
    r"\s+(?:said|says|recalled)\s+(?:that\s+)?(?:[\w-]+\s+)?(?:staff|officials?|officers?"
    r"|workers|guards|nurses|clerks|managers?)\s+(?:had\s+)?(?:told|asked|ordered|instructed"
    r"|warned)\s+(?:them|us|her|him|[a-z]+s)\b"
)


def group_saw(outside: str) -> bool:
    """Whether the public, as a group, tells what was done before their eyes (see
    ``_GROUP_SAW``)."""
    return _GROUP_SAW.search(outside) is not None


def witnessed(outside: str) -> bool:
    """Whether insiders or eyewitnesses tell what went on, rather than make a claim."""
    if _DONE_TO_SPEAKER.search(outside):
        return True  # (the passive "was dismissed" is no dismissal of a claim)
    if _PUBLIC_CLAIMS_OPEN.match(outside) and _NO_ONE_CAME.search(outside):
        return True  # (the public's word, whatever its verb: see _NO_ONE_CAME)
    if _ACCORDING_PUBLIC.search(outside) or _PUBLIC_AFTER_QUOTE.search(outside):
        return True
    interviewed = _PUBLIC_INTERVIEWED.search(outside)
    if interviewed is not None and INTERVIEWED.match(outside, interviewed.end()):
        return True  # "residents interviewed by the Herald last week said ..."
    if not tells(outside):
        return False
    return (
        insider(outside)
        or _EYEWITNESSES.match(outside) is not None
        or _COUNTED_TELL.match(outside) is not None
        or _AFFECTED.match(outside) is not None
        or _NAMED_AFTER.match(outside) is not None
        or _PUBLIC_SAW.match(outside) is not None
        or _PLACED_PUBLIC.match(outside) is not None
        or _PUBLIC_DESCRIBED.match(outside) is not None
        or _PUBLIC_NEVER.match(outside) is not None
        or _ONE_DEALT.match(outside) is not None
        or _GROUP_TELLS.match(outside) is not None
        or _NO_ONE_CAME.search(outside) is not None
        or _PUBLIC_LAST.match(outside) is not None
        or _STAFF_TOLD.match(outside) is not None
        or _RAISED_INSIDE.search(outside) is not None
    )


# Witness convention, inside the body: one who tells of raising the matter with those who
# ran it ("she raised the fee with other directors more than once", "members had been
# raising the lack of training with management") or of being kept from the facts
# ("councillors were never shown any attendance data") tells how it went on inside.
_RAISED_INSIDE: Final = re.compile(
    # (or of warning them: "members at the site had been warning managers about caseloads")
    r"\b(?:said|says)\s+(?:that\s+)?(?:she|he|they|we|members|staff|workers)(?:\s+(?:at|in|on)\s+the"
    r"\s+[\w-]+)?\s+(?:had\s+)?(?:been\s+)?(?:(?:twice|repeatedly|often|first)\s+)?(?:(?:raised|raising"
    r"|flagged|flagging|queried|querying)\b[^.;“”\"]{0,80}?\bwith\s+(?:the\s+)?(?:other\s+)?"
    r"|(?:warned|warning|alerted|alerting)\s+(?:the\s+)?)(?:directors|management|managers?|board"
    r"|supervisors?|bosses|director|executives?)\b"
    r"|\b(?:said|says)\s+(?:that\s+)?(?:councill?ors|members|trustees|they|we)\s+(?:were|had\s+been)"
    r"\s+never\s+(?:shown|given|told\s+about|consulted\s+on)\b"
    # ("she had twice asked to see the project's risk register and been refused")
    r"|\b(?:said|says)\s+(?:that\s+)?(?:she|he|they|we)\s+had\s+(?:(?:twice|repeatedly)\s+)?asked\s+"
    r"(?:to\s+see|for)\b[^.;“”\"]{0,80}?\band\s+(?:had\s+)?(?:been|was|were)\s+refused\b"
)


_ONE_OF_THEM_SAID: Final = re.compile(
    # (or all of them, set off: "Every other Friday, they said, clerks printed warrants")
    r",\s+they\s+(?:said|say),"
    r"|\b(?i:one|another|the\s+other|the\s+(?:first|second|third))\s+(?:of\s+them\s+|[a-z]+\s+)?"
    r"(?:said|says|added|recalled)\b"
    # or by what the insider is: "Staff, the civil servant said, were told to ..."
    r"|\bthe\s+(?:[a-z][\w-]*\s+){0,2}?(?:servant|official|employee|worker|source|insider"
    # (or several: "In the system, the officers said, those releases were coded as scans")
    r"|staffer|clerk|nurse|guard|engineer|supervisor|manager|officer|contractor|operator|driver"
    r"|technician|dispatcher|mechanic)s?\s+(?:said|says)\b"
)


def goes_on(event: DraftEvent, earlier: Sequence[DraftEvent], *, placed: bool) -> bool:
    """Whether a statement is an insider's account going on, a practice.

    Pronoun convention: '"... nothing being saved," she told the BBC.' after "A former
    control room operator disputed that." is the same insider telling what went on, as
    long as the practice they tell runs on (the last three events, ``earlier``'s tail).
    So is one the story placed inside when naming them (``placed``, see ``_PLACED``),
    quoted again by name.
    """
    outside = " ".join(quote_outside_words(event.clause))
    # (what the insider "told the Post" is theirs, not the newsroom's finding)
    told_us = event.lane == "disclosure" and TOLD_OUTLET.search(outside) is not None
    if (event.lane != "statement" and not told_us) or event.role != "main":
        return False
    if placed and tells(outside):
        return True
    last = earlier[-1] if earlier else None
    if last is None or last.lane != "practice" or last.role != "main" or event.para - last.para > 1:
        return False
    said = PRONOUN_SAID.search(outside) or _ONE_OF_THEM_SAID.search(outside)
    # (the run goes back paragraph by paragraph: an insider's account told over three)
    run, reach = [], event.para
    for e in reversed(earlier[-3:]):
        if e.lane == "practice" and reach - e.para <= 1:
            run.append(e)
            reach = e.para
    told = [" ".join(quote_outside_words(e.clause)) for e in run]
    return said is not None and any(
        witnessed(t) or FAMILIAR_SAID.search(t) is not None for t in told
    )
