"""The rules a story holds the party to: a policy's frame, what a rule requires or obliges."""

from __future__ import annotations

import re
from typing import Final

from timeline.draft.words import whole_words

__all__ = ["FUNDED", "OBLIGED", "PLAN_OBLIGES", "POLICY_FRAME", "RULE_REQUIRES"]

# Policy convention: "Under the zero-tolerance policy, thousands were prosecuted" tells
# what a policy did in general, in the passive and without a named doer: background to
# the particular conduct a story tests ("Under the deal, deputies handed over ..." names
# its doers and stays a practice).
POLICY_FRAME: Final = re.compile(
    # (or, in Southern African copy, "In terms of the Road Traffic Act, a vehicle must pass")
    r"^\W*(?:(?:And|But|Yet|So)\s+)?(?:Under|In\s+terms\s+of)\s+(?:(?:the|a|an|its|their|his|her"
    r"|this|that)\s+)?"
    r"(?:[\w’'-]+\s+){0,4}?(?:policy|policies|law|laws|program|programme|rules?|regime"
    r"|system|initiative|act|regulations?|code)\b",
    re.IGNORECASE,
)
# Rule convention: what the law requires ("Federal and state rules require a licensed
# inspector to check ...", "Under data protection law, organisations must report a breach")
# is the standard the story holds the party to: background, whatever its words name.
RULE_REQUIRES: Final = re.compile(
    r"^\W*(?:(?:And|But|Yet|So)\s+)?(?:(?:federal|state|national|provincial|local|city|county"
    r"|government|european|eu|uk|the|its|their)\s+)?(?:[\w’'-]+\s+){0,3}?(?:rules?|laws?"
    r"|regulations?|statutes?|codes?|guidelines?|standards?|agreement)"
    # (and whom it binds: "The authority's maintenance standard for local housing groups
    # calls for every tank to be cleaned"; or since when: "National labelling rules in force
    # since April 2018 require", "The agreement, signed with the council on February 1,
    # limits night circuit training")
    r"(?:\s+for\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"
    r"(?:,?\s+(?:in\s+force|in\s+place|signed|adopted|agreed|introduced)\b[^;“”\"]{0,60}?,?)?"
    r"\s+(?:also\s+)?(?:(?:have|has)\s+"
    r"(?:long\s+|always\s+)?required|require|requires|calls?\s+for"
    r"|mandate|mandates|oblige|obliges|forbid|forbids|prohibit|prohibits|bar|bars"
    r"|limits|restricts|caps)\b",
    re.IGNORECASE,
)
# What a rule obliges: "organisations must report", "are required to".
OBLIGED: Final = whole_words(r"must|(?:are|is)\s+required\s+to|(?:have|has)\s+to")
# ... and what the body's own plan obliges it to do: "The health service's own dengue
# management plan, last updated in 2017, says residents must be told within 24 hours" is
# the standard, not the plan's account of what is done (see messages.OWN_PUBLICATION).
# (or the guidance an overseer issued: "Guidance issued by Croke Park to county boards in
# 2017, after a row over tickets, says county allocations should be shared")
PLAN_OBLIGES: Final = re.compile(
    r"\b(?:plan|protocol|policy|procedures?|manual|guidelines?|guidance|handbook|charter|code)\b"
    r"(?:\s+(?:issued|published|adopted|agreed|drawn\s+up)\b[^,;.“”\"]{0,80})?(?:,[^;“”\"]{1,80},)?"
    r"\s+(?:(?:says?|said|states?|stated|sets?\s+out)\s+(?:that\s+)?"
    r"(?:[\w’'-]+\s+){1,8}?(?:must|shall|should|(?:are|is)\s+(?:required|to)\s+be)\b"
    # (or calls for it: "The park's management plan calls for veteran trees ... to be kept")
    r"|(?:calls?|called)\s+for\s+[^;.“”\"]{1,140}?\bto\s+be\b)",
    re.IGNORECASE,
)
# Funding convention: the grant a body received ("The council received a grant of $480,000
# from the Government", "The ministry gave the federation an $85,000 grant in August") is
# background to what it did with it.
FUNDED: Final = re.compile(
    r"\b(?:received|receives|gave|gives|awarded|awards|won|(?:was|were|had\s+been)\s+(?:given"
    r"|awarded))\s+(?:[\w’'$,.-]+\s+){0,6}?(?:grants?|subsid(?:y|ies))\b"
)
