"""The result type, precisions and limits shared by every part of date resolution."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Final

__all__ = [
    "FIRST_DATE",
    "LAST_DATE",
    "MAX_CHARS",
    "MAX_WORDS",
    "PRECISIONS",
    "Resolution",
]
"""The public names; ``RANK`` and ``NeedsPublished`` serve the package's own modules."""

Date = datetime.date

#: Precision names, finest first.
PRECISIONS: Final[tuple[str, ...]] = (
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "year",
    "decade",
)
#: Texts longer than this many characters are refused (resolve to ``None``).
MAX_CHARS: Final = 200
#: Texts with more than this many words are refused (resolve to ``None``).
MAX_WORDS: Final = 30
FIRST_DATE: Final = Date(1678, 1, 1)
"""The earliest date a case may hold: tables keep dates as ``datetime64[ns]``."""
LAST_DATE: Final = Date(2261, 12, 31)
"""The latest date a case may hold."""

#: Each precision's rank, finest (0) to coarsest.
RANK: Final = {p: i for i, p in enumerate(PRECISIONS)}


@dataclass(frozen=True, slots=True)
class Resolution:
    """A date expression resolved to an inclusive calendar span.

    Attributes
    ----------
    text : str
        The original words.
    start, end : datetime.date or None
        Inclusive bounds. ``None`` only for an open bound (EDTF ``..``).
    precision : str
        One of :data:`PRECISIONS`; for a range, the coarser of its two ends.
    edtf : str
        The Extended Date/Time Format string of the result.
    approximate : bool
        True when the words hedge ("about", "late", "or so") or the EDTF is
        qualified with ``?``, ``~`` or ``%``.
    """

    text: str
    start: datetime.date | None
    end: datetime.date | None
    precision: str
    edtf: str
    approximate: bool

    @property
    def open_start(self) -> bool:
        """Whether the interval has no start bound."""
        return self.start is None

    @property
    def open_end(self) -> bool:
        """Whether the interval has no end bound."""
        return self.end is None


@dataclass(frozen=True, slots=True)
class Found:
    """One date expression found in a text.

    Attributes
    ----------
    start, end : int
        Offsets into the searched text: ``text[start:end]`` is the expression.
    text : str
        The expression's exact characters.
    resolution : Resolution
        What :func:`timeline.dates.resolve` makes of the expression, or, for anaphora
        ("the next day", "that year", "a year earlier"), what it names in context.
    context : Resolution or None
        For anaphora, the date the expression was read against: the one the text named
        last before it. None for a date that names itself.
    """

    start: int
    end: int
    text: str
    resolution: Resolution
    context: Resolution | None = None

    def record(self) -> dict[str, object]:
        """The JSON object ``timeline dates --find`` prints for this expression."""
        res = self.resolution
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "date_start": None if res.start is None else res.start.isoformat(),
            "date_end": None if res.end is None else res.end.isoformat(),
            "precision": res.precision,
            "edtf": res.edtf,
            "approximate": res.approximate,
            "context": None if self.context is None else self.context.edtf,
        }


class NeedsPublished(Exception):
    """Raised internally when a relative expression meets a missing publication date."""
