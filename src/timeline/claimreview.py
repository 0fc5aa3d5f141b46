"""Deprecated: use timeline.outputs (claim_reviews, person_or_organization, RATING)."""

from __future__ import annotations

from timeline.outputs import RATING, claim_reviews, person_or_organization

__all__ = ["RATING", "claim_reviews", "person_or_organization"]
