"""Accounts named inside a fact: after "despite", or in a relative clause of its subject."""

from __future__ import annotations

import re
from typing import Final

from timeline.draft.words import CLAIMS

__all__ = ["AGAINST_CLAIM", "CLAIM_ASIDE", "SAME_ACCOUNT", "without_aside"]

# Contrast convention: "Acme knew the paste was tainted, despite the company's repeated
# assurances that it was safe" sets the fact against the account named after "despite".
AGAINST_CLAIM: Final = re.compile(
    r",\s+(?:despite|contrary\s+to|in\s+contrast\s+to|notwithstanding)\s+"
    rf"(?=(?:[\w’'.-]+\s+){{0,5}}?(?:{CLAIMS.pattern})"
    # "despite ministers insisting they were safe": the account told by its speaker's verb
    r"|(?:[\w’'.-]+\s+){1,3}?(?:insisting|claiming|denying|assuring|maintaining|promising)\b"
    # ... or told to its audience: "despite telling the public that its centre punishes"
    r"|(?:telling|assuring)\s+(?:the\s+)?(?:public|lawmakers|legislators|parliament|residents|parents"
    r"|councill?ors|customers|patients|reporters|the\s+press)\s+that\b)",
    re.IGNORECASE,
)

# ... or in a relative clause inside the fact: "The weighbridge, which the agency says
# operates around the clock, was switched off on most nights", set off by commas or, before
# a verb that denies it ("laptops which the ministry said were handed out were still ..."),
# not. The speaker is another subject ("which the agency says"); "which has insisted" is the
# subject's own account, a background event of its own.
_DENIED: Final = r"(?:was|were|is|are|had|has|have)\s+(?:still|not|never)\b"
_SAID: Final = r"(?:says|said|claims|claimed|insists|insisted|assured|maintains|maintained)"
CLAIM_ASIDE: Final = re.compile(
    rf"(?:,\s+|\s+(?=(?:which|that)\s[^,;]+\s{_DENIED}))(?:which|that)\s+"
    # (one's own say, "which she said happened every week or two", is a witness's word)
    r"(?!(?:has|have|had|is|was|are|were|also|long|she|he|they|we|I)\b)"
    # (nor the say of someone the fact names: "signed by people who said they never ...")
    rf"(?P<claim>(?:the\s+)?(?:(?!who\b)[\w’'.-]+\s+){{1,6}}?{_SAID}\s[^,;“”\"]{{3,120}}?)"
    rf"(?:,\s+(?=[a-z])|\s+(?={_DENIED}))"
)


def without_aside(text: str) -> str:
    """``text`` with an account told in a relative clause (see ``CLAIM_ASIDE``) blanked, so
    the one it names ("which the minister says ...") is not taken for the subject."""
    return CLAIM_ASIDE.sub(lambda m: " " * len(m.group()), text)


# Repetition convention: an account named as given again ("The same assurance was given in
# a written answer to a councillor in March") goes on with the account told before it.
SAME_ACCOUNT: Final = re.compile(
    r"\W*(?:The\s+same|A\s+similar)\s+(?:assurance|claim|account|promise|denial|statement|figure"
    r"|line|position)\s+(?:was|were|had\s+been)\s+(?:given|repeated|made|offered)\b"
)
