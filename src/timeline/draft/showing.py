"""What records show, told on in the sentence after the one that cites them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final, Protocol

from timeline.draft.contrast import shown_otherwise
from timeline.draft.model import DraftEvent, DraftLink
from timeline.draft.sentences import Sentence
from timeline.draft.words import STATEMENT

__all__ = ["evidence_told", "goes_on_showing"]

# (someone's words, or a plea in court, are no more of what the records show)
_SAID_OR_PLEADED: Final = re.compile(rf"{STATEMENT.pattern}|\b(?:say|told|pleaded)\b", re.I)


def goes_on_showing(
    showing: tuple[str, int] | None, by_id: Mapping[str, DraftEvent], sent: Sentence
) -> bool:
    """Whether ``sent``, a sentence with no cue word, tells more of what records showed.

    ``showing`` is the report a sentence cited and that sentence's index. Evidence
    convention: "The logs ... show that trucks reached only nine zones. Three zones got no
    spraying at all." The next sentence of the paragraph, with no cue of its own and no
    one's words, goes on telling what the records show.
    """
    if showing is None or showing[1] != sent.index - 1:
        return False
    report = by_id.get(showing[0])
    return (
        report is not None and report.para == sent.para and not _SAID_OR_PLEADED.search(sent.text)
    )


class _Told(Protocol):
    otherwise: tuple[str, int] | None
    showing: tuple[str, int] | None
    last_statement: str | None


def evidence_told(
    state: _Told, sent: Sentence, made: list[DraftEvent]
) -> tuple[list[DraftEvent], list[DraftLink], tuple[str, int] | None, tuple[str, int] | None]:
    """The events of ``sent`` with what evidence told just before shows (see
    :func:`~timeline.draft.contrast.shown_otherwise`), its links, the evidence it sets
    against the account, and the report it cites for what it shows, if any."""
    made, links, otherwise = shown_otherwise(state.otherwise, state.last_statement, sent, made)
    report = next((e for e in made if e.role == "report"), None)
    showing = state.showing
    if report is not None and made[0].lane == "practice":
        showing = (report.id, sent.index)
    return made, links, otherwise, showing
