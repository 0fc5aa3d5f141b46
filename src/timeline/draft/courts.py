"""Court reporting: what a court heard, and what a party set down in its reply to it."""

from __future__ import annotations

import re
from typing import Final

from timeline.dates.words import WEEKDAY_NAMES

__all__ = ["CLAIM_FILED", "COURT_HEARD", "IN_COURT_FILING"]

# Court-reporting convention: "an inquest heard that ...": evidence given in court.
COURT_HEARD: Final = re.compile(
    r"\b(?:inquest|court|jury|jurors|tribunal|hearing)\b[^.;“”\"]{0,60}?"
    rf"(?P<heard>\bheard(?:\s+(?:on\s+)?(?:{'|'.join(WEEKDAY_NAMES)}))?)\s+that\s+",
    re.IGNORECASE,
)
# Filing convention: what a party states or concedes in its reply to a court is on the
# record (what it "said" there is its account).
IN_COURT_FILING: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet|However),?\s+)?[Ii]n\s+(?:an?|its|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:reply|response|affidavit|submission|answer)\b[^,;“”\"]{0,60}?\b(?i:court|tribunal|bench)\b"
    r"[^,;“”\"]{0,40},\s+(?:[\w’'.-]+\s+){1,6}?(?:stated|admitted|conceded|acknowledged)\s+(?:that\s+)?"
)
# ... and what the one who goes to court says in its filing: "In an urgent chamber
# application filed at the High Court on 22 August, the Harrowgate Partnership, a network
# of churches, says a forensic audit found ..." is the filing, on the record, and so is
# its sworn statement ("In an affidavit filed at the High Court registry on September 8").
CLAIM_FILED: Final = re.compile(
    r"^\W*(?:(?:But|And|Yet|However),?\s+)?[Ii]n\s+(?:an?|its|their|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:application|petition|lawsuit|suit|complaint|claim|writ|affidavit)\b[^,;“”\"]{0,80}?"
    r"\b(?i:court|tribunal)\b"
    # (the subject, with its appositive set off or without one)
    r"[^,;“”\"]{0,60},\s+(?:[^,;“”\"]{1,60},\s+(?:[^,;“”\"]{1,100},\s+)?|[^,;“”\"]{1,60}?\s+)"
    r"(?:says|said|alleges|alleged|claims|claimed|argues|argued)\s+(?:that\s+)?"
)
