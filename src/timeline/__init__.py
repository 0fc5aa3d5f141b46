"""Sourced, structured event timelines for accountability journalism."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

# Altair imports jsonschema, which builds the grammar of the optional rfc3987-syntax
# package (installed alongside JupyterLab) for its "iri" format checks: over a second at
# every start, for a check nothing here uses. jsonschema skips that check when the import
# fails, so mark the module absent unless something has already loaded it.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

from timeline.errors import CaseError, Problem  # noqa: E402

if TYPE_CHECKING:
    from timeline.case import LANES, RELATIONS, Case, CaseMeta, load_case

__all__ = ["LANES", "RELATIONS", "Case", "CaseError", "CaseMeta", "Problem", "load_case"]
__version__ = "0.1.0"

_FROM_CASE = frozenset({"LANES", "RELATIONS", "Case", "CaseMeta", "load_case"})


def __getattr__(name: str) -> Any:
    """Load :mod:`timeline.case` (pandas and all) only when one of its names is asked for.

    A command that needs none of it, such as ``timeline report`` deciding that every case
    is unchanged, then starts without importing pandas.
    """
    if name in _FROM_CASE:
        from timeline import case

        return getattr(case, name)
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")
