"""The scripts and styles shipped with the package, each read from its file once when used."""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["shipped_text"]


@cache
def shipped_text(package: str, name: str, allowed: tuple[str, ...] | None = None) -> str:
    """Return the text of the package-data file ``name`` beside the modules of ``package``.

    It imports nothing heavy, so a command that must start fast (``timeline report``)
    can read its page's files with it.

    Parameters
    ----------
    package
        A subpackage of ``timeline`` that ships the file, e.g. ``"timeline.web"``.
    name
        The file's name.
    allowed
        When given, the names that may be asked for.

    Raises
    ------
    ValueError
        When ``name`` is not one of ``allowed``.

    Examples
    --------
    >>> shipped_text("timeline.web", "draw.js").startswith("(function")
    True
    """
    if allowed is not None and name not in allowed:
        raise ValueError(f"unknown asset {name!r}: expected one of {', '.join(allowed)}")
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")
