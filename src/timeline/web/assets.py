"""The scripts and styles shipped with the package, read from its files once when first used."""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["ASSETS", "asset"]

ASSETS: tuple[str, ...] = ("chart.css", "draw.js", "embed.css", "embed.js", "snippet.js")
"""The files of :mod:`timeline.web` that pages inline (package data, next to this module)."""


@cache
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
    if name not in ASSETS:
        raise ValueError(f"unknown asset {name!r}: expected one of {', '.join(ASSETS)}")
    return resources.files("timeline.web").joinpath(name).read_text(encoding="utf-8")
