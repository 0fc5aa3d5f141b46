"""The ``claims`` format: every public statement, its status, what challenged it, its rating."""

from __future__ import annotations

from timeline.case import Case
from timeline.claims import claims_table
from timeline.outputs.tables import csv_bytes

__all__ = ["write_claims"]


def write_claims(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    """The ``claims`` format: ``claims.csv``, formula-like cells defused.

    One row per public statement, challenged or not: the report's claims table
    (:func:`timeline.claims.claims_table` with ``every``), with each statement's id,
    status, the events that contradict, dispute or admit it, when that came out, and the
    reporter's own rating (blank when there is none).
    """
    return {"claims.csv": csv_bytes(claims_table(case, every=True))}
