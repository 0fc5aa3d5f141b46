"""Proposed links between drafted events: contradictions, admissions, and only valid ones."""

from __future__ import annotations

from timeline.draft.model import DraftEvent, DraftLink
from timeline.draft.titles import content_words
from timeline.vocab import RELATION_LANES

__all__ = ["admitted_elsewhere", "link_note", "valid_links"]


def link_note(relation: str, a: DraftEvent) -> str:
    """The note on a link between a sentence's own clauses: why it was proposed."""
    if relation == "reveals":
        return f"The finding in ¶{a.para} describes this practice."
    if relation == "contradicts":
        return "The sentence sets this against the statement (a contrast or 'contradicts')."
    if relation == "evidence":
        return "The sentence attributes this to evidence the story introduced earlier."
    if relation == "disputes":
        return (
            "The sentence sets one account against the other ('but'); it leaves the dispute open."
        )
    if relation == "admits":
        return "The admission says this statement was not accurate."
    return "The sentence gives this as what led to it."


def admitted_elsewhere(events: list[DraftEvent], links: list[DraftLink]) -> list[DraftLink]:
    """Admissions also admit other statements that say what the admitted claim says."""
    out: list[DraftLink] = []
    claims = {e.id: e for e in events if e.role == "claim"}
    linked = {(link.source, link.target) for link in links}
    for link in links:
        if link.relation != "admits" or link.target not in claims:
            continue
        claim_words = content_words(claims[link.target].clause)
        for event in events:
            if event.lane != "statement" or event.role == "claim":
                continue
            shared = claim_words & content_words(event.clause)
            if len(shared) >= 3 and (link.source, event.id) not in linked:
                linked.add((link.source, event.id))
                words = ", ".join(sorted(shared))
                out.append(
                    DraftLink(
                        link.source,
                        event.id,
                        "admits",
                        f"Shares the words {words} with a statement the admission concedes.",
                    )
                )
    return out


def valid_links(links: list[DraftLink], events: list[DraftEvent]) -> list[DraftLink]:
    """The links whose relation joins their events' lanes, each once, none to itself."""
    lane = {e.id: e.lane for e in events}
    seen: set[tuple[str, str, str]] = set()
    out: list[DraftLink] = []
    for link in links:
        key = (link.source, link.target, link.relation)
        rule = RELATION_LANES.get(link.relation)
        if (
            key in seen
            or link.source == link.target
            or rule is None
            or lane.get(link.source) not in rule[0]
            or lane.get(link.target) not in rule[1]
        ):
            continue
        seen.add(key)
        out.append(link)
    return out
