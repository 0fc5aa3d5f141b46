"""Sourced, structured event timelines for accountability journalism."""

from __future__ import annotations

import sys

# Altair imports jsonschema, which builds the grammar of the optional rfc3987-syntax
# package (installed alongside JupyterLab) for its "iri" format checks: over a second at
# every start, for a check nothing here uses. jsonschema skips that check when the import
# fails, so mark the module absent unless something has already loaded it.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

from timeline.case import LANES, RELATIONS, Case, CaseMeta, load_case  # noqa: E402
from timeline.errors import CaseError, Problem  # noqa: E402

__all__ = ["LANES", "RELATIONS", "Case", "CaseError", "CaseMeta", "Problem", "load_case"]
__version__ = "0.1.0"
