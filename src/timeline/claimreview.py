"""Deprecated: use timeline.outputs (claim_reviews, person_or_organization)."""

from __future__ import annotations

from timeline.outputs import claim_reviews, person_or_organization

__all__ = ["claim_reviews", "person_or_organization"]
