"""Findings: the one model of what a case shows about each public statement."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import pandas as pd

from timeline.case import Case

__all__ = ["CHALLENGES", "Evidence", "Findings", "StatementFinding", "findings"]

CHALLENGES: Final[tuple[str, ...]] = ("contradicts", "admits")
"""The relations that challenge a statement: a ``contradicts`` or an ``admits`` link."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """One link that challenges a statement.

    Attributes
    ----------
    event
        The id of the event the link comes from.
    relation
        ``"contradicts"`` or ``"admits"`` (see :data:`CHALLENGES`).
    note
        The link's note, ``""`` when it has none.
    """

    event: str
    relation: str
    note: str


@dataclass(frozen=True, slots=True)
class StatementFinding:
    """What a case shows about one public statement (one ``statement``-lane event).

    Attributes
    ----------
    id
        The statement's event id.
    evidence
        Every link that challenges it, in the order of the case's links.
    contradicted_by
        Events that contradict it (``contradicts`` links), in link order, each once.
    admitted_by
        Disclosures that admit it was not accurate (``admits`` links), in link order.
    revealed_by
        Disclosures that reveal a practice that contradicts it (a ``reveals`` link into
        an event of ``contradicted_by``), sorted by id.
    disclosures
        Every disclosure that brought the challenge out: ``admitted_by``, the disclosures
        among ``contradicted_by`` and ``revealed_by``; sorted by id.
    first_out
        Of ``disclosures``, the one that came out first (see :func:`findings`); ``None``
        when there is none.
    """

    id: str
    evidence: tuple[Evidence, ...]
    contradicted_by: tuple[str, ...]
    admitted_by: tuple[str, ...]
    revealed_by: tuple[str, ...]
    disclosures: tuple[str, ...]
    first_out: str | None

    @property
    def contradicted(self) -> bool:
        """Whether at least one event contradicts the statement."""
        return bool(self.contradicted_by)

    @property
    def admitted(self) -> bool:
        """Whether at least one disclosure admits the statement was not accurate."""
        return bool(self.admitted_by)

    @property
    def challenged(self) -> bool:
        """The rule: contradicted, admitted to be inaccurate, or both."""
        return self.contradicted or self.admitted


@dataclass(frozen=True, slots=True)
class Findings:
    """What a case shows about all its public statements.

    Attributes
    ----------
    statements
        One entry a statement-lane event, challenged or not, in date order (an open start
        sorts by its known end), then by id.
    admitting
        Events with an ``admits`` link to a statement, in link order, each once.
    contradictions
        How many ``contradicts`` links point to a statement.
    """

    statements: tuple[StatementFinding, ...]
    admitting: tuple[str, ...]
    contradictions: int

    @property
    def challenged(self) -> tuple[StatementFinding, ...]:
        """The challenged statements, in date order: what every count of statements counts."""
        return tuple(s for s in self.statements if s.challenged)

    @property
    def contradicting(self) -> tuple[str, ...]:
        """Every event that contradicts some statement, each once, sorted by id."""
        return tuple(sorted({e for s in self.statements for e in s.contradicted_by}))

    def get(self, statement: str) -> StatementFinding | None:
        """The finding about the statement with id ``statement``, or ``None``."""
        return next((s for s in self.statements if s.id == statement), None)


def _first_out(events: pd.DataFrame, candidates: set[str]) -> dict[str, int]:
    """Rank ``candidates`` by when they came out: end date, then the narrowest, then id.

    An event with no known end comes last. ``events`` is indexed by id.
    """
    if not candidates:
        return {}
    chosen = events.loc[sorted(candidates)]
    width = (chosen["end"] - chosen["start"]).fillna(pd.Timedelta.max)
    order = chosen.assign(_w=width, _id=chosen.index).sort_values(["end", "_w", "_id"])
    return {str(eid): rank for rank, eid in enumerate(order.index.tolist())}


def _sources(links: pd.DataFrame, relation: str) -> dict[str, list[str]]:
    """For each event, the events linked to it by ``relation``, in link order."""
    chosen = links[links["relation"] == relation]
    found: dict[str, list[str]] = {}
    for src, dst in zip(chosen["from"], chosen["to"], strict=True):
        found.setdefault(str(dst), []).append(str(src))
    return found


def findings(case: Case, *, checked_only: bool = False) -> Findings:
    """Work out what the case shows about each public statement, once, from its links.

    The rule: a statement is *challenged* when at least one ``contradicts`` or ``admits``
    link points to it. Contradictions and admissions are kept apart, so a consumer can
    word a disputed statement and an admitted one differently. A statement's challenge
    *came out* through the disclosures that admit it, contradict it, or reveal a practice
    that contradicts it; the first of them is the one with the earliest end date (then the
    narrowest date, then the lowest id; an unknown end comes last).

    Parameters
    ----------
    case
        A loaded case.
    checked_only
        Leave out draft events and every link from or to one, for what is published as
        checked (ClaimReview). The chart, finding and report count drafts.

    Returns
    -------
    Findings
        Every statement with its challenges; compute it once and pass it on.
    """
    events = case.events.set_index(case.events["id"].astype(str).rename(None))
    if checked_only:
        events = events[events["status"] != "draft"]
    ids = set(events.index)
    links = case.links[case.links["from"].astype(str).isin(ids)]
    links = links[links["to"].astype(str).isin(ids)]
    statements = events[events["lane"] == "statement"]
    is_statement = links["to"].astype(str).isin(set(statements.index))
    challenges = links[is_statement & links["relation"].isin(CHALLENGES)]
    reveals = _sources(links, "reveals")
    lanes = dict(zip(events.index, events["lane"].astype(str), strict=True))

    order = statements.assign(_key=statements["start"].fillna(statements["end"]))
    order = order.assign(_id=order.index).sort_values(["_key", "_id"], kind="stable")
    notes = challenges["note"] if "note" in challenges else pd.Series("", index=challenges.index)
    evidence: dict[str, list[Evidence]] = {}
    columns = (challenges["from"], challenges["to"], challenges["relation"], notes.fillna(""))
    for src, dst, rel, note in zip(*columns, strict=True):
        evidence.setdefault(str(dst), []).append(Evidence(str(src), str(rel), str(note)))
    parts: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], set[str]]] = []
    for sid in order.index.astype(str):
        links_in = evidence.get(sid, [])
        against = tuple(dict.fromkeys(e.event for e in links_in if e.relation == "contradicts"))
        admitted = tuple(dict.fromkeys(e.event for e in links_in if e.relation == "admits"))
        revealed = {src for f in against for src in reveals.get(f, [])}
        out = set(admitted) | {f for f in against if lanes.get(f) == "disclosure"} | revealed
        parts.append((sid, against, admitted, tuple(sorted(revealed)), out))
    rank = _first_out(events, set().union(*(p[4] for p in parts)))
    found = tuple(
        StatementFinding(
            id=sid,
            evidence=tuple(evidence.get(sid, [])),
            contradicted_by=against,
            admitted_by=admitted,
            revealed_by=revealed,
            disclosures=tuple(sorted(out)),
            first_out=min(out, key=rank.__getitem__) if out else None,
        )
        for sid, against, admitted, revealed, out in parts
    )
    admitting = challenges.loc[challenges["relation"] == "admits", "from"].astype(str)
    return Findings(
        statements=found,
        admitting=tuple(dict.fromkeys(admitting)),
        contradictions=int((challenges["relation"] == "contradicts").sum()),
    )
