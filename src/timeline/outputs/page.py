"""The html page: one offline page with the chart and its text transcript."""

from __future__ import annotations

import tempfile
from pathlib import Path

from timeline.case import Case

__all__ = ["write_html"]


def write_html(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    """The ``html`` format: ``timeline.html``, as :func:`timeline.chart.save_html` writes it."""
    from timeline.chart import save_html

    with tempfile.TemporaryDirectory(prefix=".timeline-html.") as folder:
        path = save_html(case, Path(folder) / "timeline.html", width=width)
        return {"timeline.html": Path(path).read_bytes()}
