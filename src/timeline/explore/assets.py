"""The Explorer's script and style files, shipped with the package and read once when used."""

from __future__ import annotations

from timeline.shipped import shipped_text

__all__ = ["ASSETS", "explore_asset", "explore_css"]

ASSETS: tuple[str, ...] = ("explore.css", "render.js", "width.js")
"""The files of :mod:`timeline.explore` it inlines (package data, next to this module)."""


def explore_asset(name: str) -> str:
    """Return the text of the package file ``name`` (one of :data:`ASSETS`).

    Raises
    ------
    ValueError
        When ``name`` is not one of :data:`ASSETS`.

    Examples
    --------
    >>> "ResizeObserver" in explore_asset("width.js")
    True
    """
    return shipped_text("timeline.explore", name, ASSETS)


def explore_css() -> str:
    """The styles of the Explorer's table (``explore.css``)."""
    return explore_asset("explore.css")
