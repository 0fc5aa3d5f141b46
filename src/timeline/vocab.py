"""The case format's words: lanes, relations and the lanes they join, columns, ids."""

from __future__ import annotations

import re

__all__ = [
    "EVENT_COLUMNS",
    "EVENT_OPTIONAL",
    "EVENT_REQUIRED",
    "LANES",
    "LANE_LABELS",
    "LINK_COLUMNS",
    "LINK_OPTIONAL",
    "LINK_REQUIRED",
    "RELATIONS",
    "RELATION_LANES",
    "SLUG",
    "SLUG_WORDS",
    "SOURCE_RE",
    "STATEMENT_STATUSES",
    "STATUSES",
]

LANES: tuple[str, ...] = ("statement", "practice", "disclosure", "context")
"""Event lanes, in the order a timeline draws them."""

LANE_LABELS: dict[str, str] = {
    "statement": "What officials said",
    "practice": "What happened behind the scenes",
    "disclosure": "Oversight and disclosure",
    "context": "Context",
}
"""Plain labels for the lanes, as charts and exports show them."""

STATEMENT_STATUSES: tuple[str, ...] = ("admitted", "contradicted", "disputed", "unchallenged")
"""What a case shows about a public statement, strongest first.

- ``admitted``: a disclosure admits it was not accurate (an ``admits`` link);
- ``contradicted``: a practice or disclosure contradicts it (``contradicts``), none admits;
- ``disputed``: only ``disputes`` links: someone disputes it, the story does not settle it;
- ``unchallenged``: no link challenges it.

:attr:`timeline.findings.StatementFinding.status` gives each statement's.
"""

RELATIONS: tuple[str, ...] = ("contradicts", "reveals", "admits", "prompted", "disputes")
"""Kinds of link between two events.

``disputes``: one party disputes a statement and the story does not settle it; unlike
``contradicts`` and ``admits``, it carries no verdict.
"""

STATUSES: tuple[str, ...] = ("checked", "draft")
"""Editorial status of an event row; a missing ``status`` column means ``checked``."""

EVENT_REQUIRED: tuple[str, ...] = ("id", "lane", "date", "title", "source")
EVENT_OPTIONAL: tuple[str, ...] = (
    "actor",
    "quote",
    "detail",
    "date_note",
    "status",
    "rating",
    "claim",
    "label",
)
"""Optional ``events.csv`` columns.

``rating``: the reporter's verdict on a statement in the newsroom's words ("False",
"Misleading"); the tool never makes one up. ``claim``: the claim as the speaker made it, for
when ``quote`` is not the speaker's own words. ``label``: a short chart label; without one,
the chart shortens the title (it never builds a label from the id).
"""
EVENT_COLUMNS: tuple[str, ...] = EVENT_REQUIRED + EVENT_OPTIONAL
LINK_REQUIRED: tuple[str, ...] = ("from", "to", "relation")
LINK_OPTIONAL: tuple[str, ...] = ("note",)
LINK_COLUMNS: tuple[str, ...] = LINK_REQUIRED + LINK_OPTIONAL

#: Which lanes each relation may join: (lanes of ``from``, lanes of ``to``).
RELATION_LANES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "contradicts": (frozenset({"practice", "disclosure"}), frozenset({"statement"})),
    "reveals": (frozenset({"disclosure"}), frozenset({"practice"})),
    "admits": (frozenset({"disclosure"}), frozenset({"statement"})),
    "prompted": (frozenset(LANES), frozenset(LANES)),
    "disputes": (frozenset(LANES), frozenset({"statement"})),
}

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
"""Ids of cases and events: lowercase letters, digits and single hyphens."""
SLUG_WORDS = "a slug of lowercase letters, digits and single hyphens (like 'july-tweet')"
""":data:`SLUG` in words, for messages."""
SOURCE_RE = re.compile(r"^(?:article(?: ¶(?P<para>\d+))?|https?://\S+)$")
"""An event's ``source``: ``article``, ``article ¶N`` (paragraph N) or an http(s) URL."""
