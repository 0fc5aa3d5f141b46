"""What the preview shows: the case's page as last drawn, and the problems of the files now.

The case folder is polled (standard library only: a case is a few small files, so a
``stat`` of each a few times a second costs nothing, works alike on every system and on
network drives, and sees editors that save by renaming a new file into place). A change
is read once the files have stopped changing; a load that fails is read again when the
files change while it runs, or just after, so that a file caught half-written by an
editor's save is never shown as a problem.
"""

from __future__ import annotations

import html
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

__all__ = ["POLL", "Live", "Snapshot", "signature"]

POLL = 0.1
"""Seconds between two looks at the case folder."""
SETTLE = 0.05
"""Seconds the files must stay unchanged before they are read."""
RECHECK = 0.3
"""Seconds a failed load waits, to be sure no save was still under way."""
ATTEMPTS = 20
"""Loads tried while the files keep changing under them."""

Signature = tuple[tuple[str, int, int, int], ...]


def signature(folder: Path) -> Signature:
    """Each file of the folder by name, with its change time, size and inode."""
    found = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return ()
    for path in entries:
        try:
            st = path.stat()
        except OSError:
            continue
        if path.is_file():
            found.append((path.name, st.st_mtime_ns, st.st_size, st.st_ino))
    return tuple(found)


@dataclass(frozen=True)
class Snapshot:
    """The page's state: ``version`` counts every change; ``good`` the last drawn chart's."""

    version: int = 0
    good: int = 0
    header: str = ""
    chart: str = ""
    heading: str = ""
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def as_json(self) -> dict[str, Any]:
        """The snapshot as the page reads it."""
        return {
            "version": self.version,
            "good": self.good,
            "header": self.header,
            "chart": self.chart,
            "heading": self.heading,
            "problems": list(self.problems),
            "warnings": list(self.warnings),
        }


def _header(case: Any) -> str:
    """The title and byline above the chart, escaped."""
    meta = case.meta
    by = f" by {html.escape(meta.byline)}" if meta.byline else ""
    drafts = 0
    if "status" in case.events.columns:
        drafts = int((case.events["status"] == "draft").sum())
    left = f'<p class="preview-drafts">{drafts} draft row{"s" if drafts != 1 else ""} left</p>'
    return (
        f"<h1>{html.escape(meta.title)}</h1>\n"
        f'<p class="preview-meta">{html.escape(meta.outlet)}{by}, '
        f"{html.escape(meta.published.isoformat())}</p>\n{left if drafts else ''}"
    )


class Live:
    """The preview's state for one case folder, updated by :meth:`watch`.

    Readers call :meth:`snapshot` and :meth:`wait_newer`; one thread runs :meth:`watch`.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._snap = Snapshot()
        self._changed = threading.Condition()
        self.stopping = threading.Event()

    def snapshot(self) -> Snapshot:
        """The current state."""
        with self._changed:
            return self._snap

    def wait_newer(self, version: int, timeout: float) -> Snapshot:
        """Wait up to ``timeout`` seconds for a state newer than ``version``; return the latest."""
        with self._changed:
            self._changed.wait_for(
                lambda: self._snap.version > version or self.stopping.is_set(), timeout
            )
            return self._snap

    def stop(self) -> None:
        """Wake every waiter and end :meth:`watch`."""
        self.stopping.set()
        with self._changed:
            self._changed.notify_all()

    def _publish(self, **changes: Any) -> None:
        with self._changed:
            self._snap = replace(self._snap, version=self._snap.version + 1, **changes)
            self._changed.notify_all()

    def _load(self) -> tuple[Any, Any]:
        """Load the case once the files hold still: ``(case, None)`` or ``(None, error)``."""
        from timeline.case import load_case
        from timeline.errors import CaseError

        error: CaseError | None = None
        for _ in range(ATTEMPTS):
            before = signature(self.folder)
            try:
                case = load_case(self.folder)
            except CaseError as exc:
                error = exc
                if self.stopping.wait(RECHECK):
                    break
                if signature(self.folder) == before:
                    return None, exc
                continue
            if signature(self.folder) == before:
                return case, None
        return None, error

    def refresh(self) -> None:
        """Read the case and publish the new state: a new chart, or problems over the old."""
        case, error = self._load()
        if case is None:
            if error is None:
                return  # stopping
            lines = tuple(str(p) for p in error.problems)
            self._publish(heading=str(error), problems=lines, warnings=())
            return
        try:
            from timeline.chart.page import chart_html
            from timeline.findings import case_warnings

            chart = chart_html(case)
            warnings = tuple(case_warnings(case))
        except Exception as exc:  # a bug must not end the preview: say it, keep the chart
            problem = f"the chart could not be drawn: {type(exc).__name__}: {exc}"
            self._publish(heading=f"{self.folder}: 1 problem", problems=(problem,))
            return
        with self._changed:
            version = self._snap.version + 1
        self._publish(
            good=version,
            header=_header(case),
            chart=chart,
            heading="",
            problems=(),
            warnings=warnings,
        )

    def watch(self) -> None:
        """Poll the folder until :meth:`stop`; refresh once its files have settled."""
        last = signature(self.folder)
        while not self.stopping.wait(POLL):
            now = signature(self.folder)
            if now == last:
                continue
            while not self.stopping.wait(SETTLE):
                again = signature(self.folder)
                if again == now:
                    break
                now = again
            last = now
            self.refresh()  # a save during the refresh differs from ``last``: read again
