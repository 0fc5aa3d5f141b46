"""Writing outputs atomically: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import functools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = [
    "claim",
    "current_umask",
    "exchange",
    "locked",
    "replace_folder",
    "unclaimed",
    "write_atomic",
]


def current_umask() -> int:
    """The process's file-creation mask (read without changing it for long)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    The temporary file is flushed to disk and then renamed over ``path``, so an earlier
    good file is only replaced by a complete new one. The file gets the usual permissions
    (``0o666`` less the umask), not the private ones of a temporary file.

    Parameters
    ----------
    path
        The file to write; its folder is created when missing.
    data
        Bytes, or text to write as UTF-8.

    Returns
    -------
    pathlib.Path
        ``path``.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~current_umask())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


# --- folders ------------------------------------------------------------------------------

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


@functools.cache
def _renameat2() -> Any:
    """The C library's ``renameat2`` (Linux, glibc 2.28 and later), or ``None``."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
    function.argtypes += [ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


def exchange(a: str | Path, b: str | Path) -> bool:
    """Swap two existing paths in one step, so that both names exist at every moment.

    Parameters
    ----------
    a, b
        Two paths on the same file system.

    Returns
    -------
    bool
        True when they were swapped; False when this system or file system cannot
        exchange (not Linux, an old C library, or a file system without the operation),
        in which case nothing was changed.

    Raises
    ------
    OSError
        For any other failure (a missing path, no permission, ...).
    """
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(a), None, str(b))


@contextlib.contextmanager
def locked(folder: str | Path) -> Iterator[None]:
    """Hold an exclusive lock on an existing ``folder`` for the length of the block.

    The lock is ``flock``'s: it is released when the block ends or the process dies, so
    it never outlives its holder and leaves no lock file behind. Threads and processes
    wait for each other alike.
    """
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def claim(folder: str | Path) -> int:
    """Mark ``folder`` as in use by this process; return the descriptor that holds the mark.

    Close the descriptor to let go. While it is open, :func:`unclaimed` says False for the
    folder; once the process has died, True.
    """
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BaseException:
        os.close(fd)
        raise
    return fd


def unclaimed(folder: str | Path) -> bool:
    """Whether no living process holds ``folder`` through :func:`claim`."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)
    return True


def replace_folder(new: str | Path, final: str | Path) -> None:
    """Put folder ``new`` in the place of ``final``; the old ``final`` is deleted.

    Where the system can (:func:`exchange`), the two folders trade places in one step, so a
    reader of ``final/index.html`` always finds a complete page, old or new. Elsewhere the
    old folder is renamed away just before the new one moves in. Callers that may replace
    the same folder at once must hold a lock around the call (:func:`locked` on the parent folder).

    Parameters
    ----------
    new
        A complete folder, beside ``final``.
    final
        The folder to replace; it need not exist.
    """
    new, final = Path(new), Path(final)
    if not final.exists():
        new.rename(final)
        return
    if not exchange(new, final):
        old = new.with_name(new.name + ".old")
        final.rename(old)
        new.rename(final)
        new = old
    shutil.rmtree(new)
