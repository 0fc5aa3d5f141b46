"""Problems found in a user's input, reported all at once and without a traceback."""

from __future__ import annotations

import reprlib
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["CaseError", "Problem", "clip", "show_value"]

#: How many characters of a value or column name a message shows.
SHOWN_CHARS = 80

_REPR = reprlib.Repr()
_REPR.maxlevel = 2
_REPR.maxlist = _REPR.maxtuple = _REPR.maxset = _REPR.maxdict = 4
_REPR.maxstring = _REPR.maxother = _REPR.maxlong = SHOWN_CHARS


def clip(text: str, width: int = SHOWN_CHARS) -> str:
    """Cut ``text`` to ``width`` characters, marking a cut with ``...``."""
    return text if len(text) <= width else text[: width - 3] + "..."


def show_value(value: object) -> str:
    """A value as an error message may show it, at a cost bounded whatever the value.

    Text is kept as it is (a message clips it); anything else (a number, a list, a
    mapping, however deeply nested or shared) goes through a :mod:`reprlib` repr that looks
    at no more than a few items on a few levels, never ``str()`` of the whole structure.
    """
    return value if isinstance(value, str) else _REPR.repr(value)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a case's files.

    Parameters
    ----------
    file
        The file, as the user would name it (``data/cases/x/events.csv``).
    expected
        What the file should have held, in plain words.
    line
        The line in the file (for a CSV, the physical line where the row starts; the
        header is line 1), when the problem has one.
    column
        The CSV column or YAML key, when the problem has one.
    value
        The offending value, when there is one.
    """

    file: str
    expected: str
    line: int | None = None
    column: str | None = None
    value: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
        if self.column is not None:
            where += f", column '{clip(self.column)}'"
        if self.value is not None:
            return f"{where}: {clip(self.value)!r}: expected {self.expected}"
        return f"{where}: expected {self.expected}"

    def sort_key(self) -> tuple[str, int, str]:
        """Order problems by file, line and column."""
        return (self.file, self.line or 0, self.column or "")


class CaseError(Exception):
    """A case that cannot be loaded, with every problem found in it."""

    def __init__(self, case: str, problems: Iterable[Problem]) -> None:
        self.case = case
        self.problems = sorted(problems, key=Problem.sort_key)
        n = len(self.problems)
        super().__init__(f"{case}: {n} problem{'s' if n != 1 else ''}")

    def report(self) -> str:
        """Return every problem, one a line, under a heading that names the case."""
        lines = [f"{self}:"]
        lines.extend(f"  - {p}" for p in self.problems)
        return "\n".join(lines)

    def _render_traceback_(self) -> list[str]:
        """What IPython shows in a notebook instead of a traceback: :meth:`report`'s lines.

        A cell that loads a broken case then lists every problem, as ``timeline
        validate`` prints them, and nothing else.
        """
        return self.report().splitlines()
