"""Sourced, structured event timelines for accountability journalism."""

from __future__ import annotations

from timeline.case import LANES, RELATIONS, Case, CaseMeta, load_case
from timeline.errors import CaseError, Problem

__all__ = ["LANES", "RELATIONS", "Case", "CaseError", "CaseMeta", "Problem", "load_case"]
__version__ = "0.1.0"
