"""Corrections: a public account the party withdraws, amends or sets right."""

from __future__ import annotations

from typing import Final

from timeline.draft.words import whole_words

__all__ = ["CORRECTED", "IN_CORRECTION"]

# Correction convention: a document the party withdraws, retracts or corrects ("The
# briefing note was withdrawn on Friday, she added", "removed 14 entries from its online
# report") is how the truth comes out, told by the party itself: a disclosure, dated by its
# own time, however plain the verb that reports it.
CORRECTED: Final = whole_words(
    r"(?:was|were|(?:has|have|had)\s+(?:since\s+)?been)\s+(?:[a-z]+ly\s+)?(?:withdrawn|retracted"
    r"|rescinded|corrected|amended|taken\s+down)"
    # (or the correction itself made public: "The correction was tabled at Tuesday's meeting")
    r"|corrections?\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:tabled|published|issued|posted"
    r"|printed|lodged|filed|read)"
    # (or a statement put out to correct it: 'issued a statement "correcting" his remarks')
    r"|(?:statement|notice|note|release|clarification)\s+[“\"‘']?(?:correcting|retracting|withdrawing)"
    # (or sent out to those it misinformed: "a note was sent to members of the scrutiny
    # committee correcting the information they had been given")
    r"|(?:notice|note|letter|e-?mail|memo)\s+(?:was|were)\s+(?:sent|issued|circulated)\s+"
    r"(?:[\w’'-]+\s+){0,8}?(?:correcting|retracting|withdrawing)"
    r"|(?:withdrew|retracted|rescinded|corrected|amended|took\s+down|removed|deleted|corrects"
    r"|withdraws|retracts)\s+"
    # (a newsroom's own too: "The Chronicle today also corrects its own story of October 3")
    r"(?:the|its|his|her|their|an?|\d[\d,]*)\s+(?:[\w.%’'-]+\s+){0,3}?(?:note|statement|post|tweet"
    r"|story|article"
    r"|claims?|figures?|report|guidance|memo|briefing|page|entries|entry|letter|advert"
    r"|advertisement|press\s+release|notice|directive|instruction)"
    # a public label or figure reworded: "changed the label on its website to ..."
    r"|(?:changed|altered|reworded|relabell?ed|updated)\s+(?:the|its)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:label|wording|description|heading|caption|disclaimer)"
    # "changed a pricing promise page on its website": the public page itself changed
    r"|(?:changed|altered|reworded|rewrote|edited|narrowed)\s+(?:a|the|its)\s+"
    r"(?:[\w’'-]+\s+|[“\"][^”\"]{1,40}[”\"]\s+){0,3}?"
    r"(?:page|promise|claim|pledge|statement|wording)\s+(?:on|of)\s+(?:its|the|their)\s+"
    r"(?:website|site|web\s*page)\b(?!\s+to\s+(?:say|read|state|show))"
    # "took it off its website on Friday", "removed the claim from its site"
    r"|(?:took|taken|removed|pulled|deleted)\s+(?:it|them|the\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+"
    r"(?:off|from|down\s+from)\s+(?:its|the|their|his|her)\s+(?:[\w’'-]+\s+)?(?:website|site"
    r"|web\s*page|page|feed|account|billboards?)"
    # a remedy made since the story came out: "the department has since recalculated
    # release dates", "has since reissued the notices"
    # a public page's words changed: "a banner that had read “1,240 jobs created” read"
    # ... or told in the passive: "The notice on its website had been changed to refer to
    # weather"
    r"|(?:notice|page|website|statement|post|label|sign|wording|entry|listing|banner)\b"
    r"[^.;“”\"]{0,60}?(?:was|were|(?:has|have|had)\s+(?:since\s+)?been)\s+(?:changed|altered"
    r"|reworded|rewritten|updated|edited)\s+to\s+(?:refer|say|read|state|show|describe|cite|blame)"
    # (the words quoted, or blanked where quotes are set aside)
    r"|(?:had|once)\s+read\s+(?:[“\"][^”\"]{1,80}[”\"]|\s{3,}),?\s*(?:now\s+)?(?:read|reads)\b"
    # a correction put out: "approved corrected minutes", "The corrected figures, published
    # on Wednesday, show", "added a note to the online version of its report"
    # (not one named again mid-sentence: "after lodging the corrected return, she said")
    # (or amended: "The amended statement, filed with the city clerk's office Wednesday")
    r"|(?<!not\s)(?<!un)(?<!\w\sthe\s)(?:corrected|amended)\s+(?:[\w-]+\s+){0,2}?(?:minutes|figures?|reports?"
    r"|versions?|statements?|accounts|data|tables?|counts?|tall(?:y|ies)|notices?|records?|results"
    # (a form filed again: "lodged a corrected primary return on 6 February")
    r"|returns?|declarations?|filings?)\b"
    r"(?![^.;“”\"]{0,40}?\b(?:would|will)\b)"  # (not one promised: see promises.pledged)
    r"|(?:added|attached|appended|issued|published|posted)\s+(?:a|an|its|their)\s+(?:(?!press\b)[\w-]+\s+)?(?:note"
    r"|correction|clarification|disclaimer|footnote|caveat|erratum)\b"
    # (or written to the body misled, to set the record right: "wrote to Holyrood's education
    # committee yesterday to correct evidence she gave in January")
    r"|\bto\s+correct\s+(?:the\s+|her\s+|his\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:evidence|record"
    r"|testimony|statement|figures?|account|answer)\b"
    r"|(?:has|have|had)\s+since\s+(?:recalculated|corrected|revised|reissued|refunded|repaid"
    r"|reinstated|reopened|recalled|retrained|rewritten|rewrote|re-?tested|re-?inspected|amended)"
)

# ... and so are the words a party gives in a correction ("In a correction issued on
# Monday, the department said the district had 950 acres"), though what they go on to say
# of its own earlier publication is that publication (see attribution.lane_of).
IN_CORRECTION: Final = whole_words(
    r"in\s+an?\s+(?:[\w-]+\s+)?(?:correction|clarification|retraction|erratum)\b"
    # (or a corrected answer to its overseer: "In a corrected response to a civil
    # investigative demand, filed Aug. 22, the lender said")
    r"|in\s+(?:an?|its|their)\s+(?:corrected|amended)\s+(?:responses?|answers?|submissions?|filings?"
    r"|returns?)\b"
)
