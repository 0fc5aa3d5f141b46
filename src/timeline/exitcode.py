"""Exit codes: what every ``timeline`` command returns to the shell."""

from __future__ import annotations

import contextlib
import enum
import signal
import threading
from collections.abc import Iterator
from typing import Any

__all__ = ["ExitCode", "sigterm_as_interrupt"]


class ExitCode(enum.IntEnum):
    """The status a command exits with.

    An ``IntEnum``, so a member is the plain number wherever an ``int`` is expected
    (``sys.exit``, ``subprocess`` return codes, comparisons with ``0``).

    Attributes
    ----------
    OK
        0: the command did all it was asked.
    FAILED
        1: the input was fine but the work failed (a format could not be rendered, a
        file could not be written).
    BAD_INPUT
        2: a user's mistake (an unknown option or format, a value out of range, a case
        with problems); the message says what to change.
    INTERRUPTED
        130: stopped by Ctrl-C (128 + SIGINT), as shells report it.
    BROKEN_PIPE
        141: the reader of standard output went away (128 + SIGPIPE), as in
        ``timeline ... | head``.
    """

    OK = 0
    FAILED = 1
    BAD_INPUT = 2
    INTERRUPTED = 130
    BROKEN_PIPE = 141


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM stops a command as Ctrl-C does (main thread only).

    A long-running command (a batch of reports, the preview server) then ends the same
    way whichever of the two signals a user or a supervisor sends.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
