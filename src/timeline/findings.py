"""Findings: the one model of what a case shows about each public statement."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import pandas as pd

from timeline.case import Case
from timeline.vocab import STATEMENT_STATUSES

__all__ = [
    "CHALLENGES",
    "STATEMENT_STATUSES",
    "VERDICTS",
    "Evidence",
    "Findings",
    "StatementFinding",
    "case_warnings",
    "findings",
]

CHALLENGES: Final[tuple[str, ...]] = ("contradicts", "admits", "disputes")
"""The relations that challenge a statement: ``contradicts``, ``admits`` or ``disputes``."""

VERDICTS: Final[tuple[str, ...]] = ("contradicts", "admits")
"""The challenges that settle something: a ``disputes`` link leaves the statement open."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """One link that challenges a statement.

    Attributes
    ----------
    event
        The id of the event the link comes from.
    relation
        ``"contradicts"``, ``"admits"`` or ``"disputes"`` (see :data:`CHALLENGES`).
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
    disputed_by
        Events that dispute it (``disputes`` links), in link order, each once.
    revealed_by
        Disclosures that reveal a practice that contradicts it (a ``reveals`` link into
        an event of ``contradicted_by``), sorted by id.
    disclosures
        Every disclosure that brought the challenge out: ``admitted_by``, the disclosures
        among ``contradicted_by`` and ``revealed_by``; sorted by id.
    first_out
        Of ``disclosures``, the one that came out first (see :func:`findings`); ``None``
        when there is none.
    first_disputed
        Of ``disputed_by``, the one that came out first, ranked the same way; ``None``
        when nothing disputes it.
    rating
        The reporter's own rating of the statement (``events.csv``'s ``rating``), ``""``
        when there is none. The tool never rates a statement itself.
    """

    id: str
    evidence: tuple[Evidence, ...]
    contradicted_by: tuple[str, ...]
    admitted_by: tuple[str, ...]
    revealed_by: tuple[str, ...]
    disclosures: tuple[str, ...]
    first_out: str | None
    disputed_by: tuple[str, ...] = ()
    first_disputed: str | None = None
    rating: str = ""

    @property
    def contradicted(self) -> bool:
        """Whether at least one event contradicts the statement."""
        return bool(self.contradicted_by)

    @property
    def admitted(self) -> bool:
        """Whether at least one disclosure admits the statement was not accurate."""
        return bool(self.admitted_by)

    @property
    def disputed(self) -> bool:
        """Whether at least one event disputes the statement."""
        return bool(self.disputed_by)

    @property
    def refuted(self) -> bool:
        """Whether the links settle it: contradicted, admitted to be inaccurate, or both."""
        return self.contradicted or self.admitted

    @property
    def status(self) -> str:
        """``admitted``, ``contradicted``, ``disputed`` or ``unchallenged``.

        The strongest that applies (see :data:`STATEMENT_STATUSES`): a statement both
        contradicted and admitted is ``admitted``; one both contradicted and disputed is
        ``contradicted``.
        """
        if self.admitted:
            return "admitted"
        if self.contradicted:
            return "contradicted"
        return "disputed" if self.disputed else "unchallenged"

    @property
    def challenged(self) -> bool:
        """The rule: admitted, contradicted or disputed (any status but ``unchallenged``)."""
        return self.status != "unchallenged"


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
        """The challenged statements (admitted, contradicted or disputed), in date order."""
        return tuple(s for s in self.statements if s.challenged)

    @property
    def refuted(self) -> tuple[StatementFinding, ...]:
        """The statements the links settle (admitted or contradicted), in date order."""
        return tuple(s for s in self.statements if s.refuted)

    @property
    def disputed(self) -> tuple[StatementFinding, ...]:
        """The statements that are only disputed (status ``disputed``), in date order."""
        return tuple(s for s in self.statements if s.status == "disputed")

    def status(self, statement: str) -> str:
        """The status of the statement with id ``statement`` (see :data:`STATEMENT_STATUSES`).

        Raises
        ------
        KeyError
            When no statement has that id.
        """
        found = self.get(statement)
        if found is None:
            raise KeyError(statement)
        return found.status

    def counts(self) -> dict[str, int]:
        """How many statements have each status, every status named (in its order)."""
        counted = dict.fromkeys(STATEMENT_STATUSES, 0)
        for found in self.statements:
            counted[found.status] += 1
        return counted

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


def _evidence(links: pd.DataFrame) -> dict[str, list[Evidence]]:
    """For each statement, the challenging links into it, in link order."""
    notes = links["note"] if "note" in links else pd.Series("", index=links.index)
    evidence: dict[str, list[Evidence]] = {}
    columns = (links["from"], links["to"], links["relation"], notes.fillna(""))
    for src, dst, rel, note in zip(*columns, strict=True):
        evidence.setdefault(str(dst), []).append(Evidence(str(src), str(rel), str(note)))
    return evidence


def _ratings(statements: pd.DataFrame) -> dict[str, str]:
    """Each statement's own rating (``""`` when the case has no ``rating`` column)."""
    if "rating" not in statements:
        return {}
    values = statements["rating"].fillna("").astype(str).str.strip()
    return dict(zip(statements.index.astype(str), values, strict=True))


def findings(case: Case, *, checked_only: bool = False) -> Findings:
    """Work out what the case shows about each public statement, once, from its links.

    The rule: a statement is *challenged* when at least one ``contradicts``, ``admits`` or
    ``disputes`` link points to it, and its *status* (:data:`STATEMENT_STATUSES`) says how:
    admitted, contradicted or only disputed. They are kept apart, so a consumer words a
    disputed statement, an admitted one and a contradicted one differently, and says no
    verdict the links do not give. A statement's challenge *came out* through the
    disclosures that admit it, contradict it, or reveal a practice that contradicts it;
    the first of them is the one with the earliest end date (then the narrowest date, then
    the lowest id; an unknown end comes last). Disputes are ranked the same way.

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
    ratings = _ratings(statements)

    order = statements.assign(_key=statements["start"].fillna(statements["end"]))
    order = order.assign(_id=order.index).sort_values(["_key", "_id"], kind="stable")
    evidence = _evidence(challenges)
    parts = []
    for sid in order.index.astype(str):
        links_in = evidence.get(sid, [])
        by = {
            rel: tuple(dict.fromkeys(e.event for e in links_in if e.relation == rel))
            for rel in CHALLENGES
        }
        against = by["contradicts"]
        revealed = {src for f in against for src in reveals.get(f, [])}
        out = set(by["admits"]) | {f for f in against if lanes.get(f) == "disclosure"} | revealed
        parts.append((sid, by, tuple(sorted(revealed)), out))
    candidates = set().union(*(p[3] | set(p[1]["disputes"]) for p in parts))
    rank = _first_out(events, candidates)
    found = tuple(
        StatementFinding(
            id=sid,
            evidence=tuple(evidence.get(sid, [])),
            contradicted_by=by["contradicts"],
            admitted_by=by["admits"],
            revealed_by=revealed,
            disclosures=tuple(sorted(out)),
            first_out=min(out, key=rank.__getitem__) if out else None,
            disputed_by=by["disputes"],
            first_disputed=min(by["disputes"], key=rank.__getitem__) if by["disputes"] else None,
            rating=ratings.get(sid, ""),
        )
        for sid, by, revealed, out in parts
    )
    admitting = challenges.loc[challenges["relation"] == "admits", "from"].astype(str)
    return Findings(
        statements=found,
        admitting=tuple(dict.fromkeys(admitting)),
        contradictions=int((challenges["relation"] == "contradicts").sum()),
    )


def case_warnings(case: Case) -> list[str]:
    """What ``timeline validate`` warns about without failing: gaps a reporter should fill.

    - each contradicted statement with no ``rating``: no ClaimReview will be written for
      it, since the tool never rates a statement itself;
    - each ``rating`` or ``claim`` on an event outside the ``statement`` lane, which
      nothing reads.

    Returns
    -------
    list of str
        One line a warning, each naming the case and the event; empty when all is well.
    """
    warnings = [
        f"{case.id}: statement '{found.id}' is contradicted but has no rating: "
        "no ClaimReview will be written for it (give the newsroom's rating in events.csv's "
        "'rating' column)"
        for found in findings(case).statements
        if found.status == "contradicted" and not found.rating
    ]
    events = case.events
    for column in ("rating", "claim"):
        if column not in events:
            continue
        stray = events[(events[column] != "") & (events["lane"] != "statement")]
        warnings.extend(
            f"{case.id}: event '{eid}' has a {column} but is not a statement: it is not used"
            for eid in stray["id"].astype(str)
        )
    return warnings
