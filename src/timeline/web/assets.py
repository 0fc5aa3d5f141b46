"""The scripts and styles shipped with the package, read from its files once when first used."""

from __future__ import annotations

from timeline.shipped import shipped_text

__all__ = ["ASSETS", "asset"]

ASSETS: tuple[str, ...] = ("chart.css", "draw.js", "embed.css", "embed.js", "snippet.js")
"""The files of :mod:`timeline.web` that pages inline (package data, next to this module)."""


def asset(name: str) -> str:
    """Return the text of the package file ``name`` (one of :data:`ASSETS`).

    Raises
    ------
    ValueError
        When ``name`` is not one of :data:`ASSETS`.

    Examples
    --------
    >>> asset("draw.js").startswith("(function (id) {")
    True
    """
    return shipped_text("timeline.web", name, ASSETS)
