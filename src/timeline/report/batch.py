"""Rendering reports: one case into its folder, atomically, and a batch of cases at once."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import shutil
import signal
import sys
import threading
import time
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline import files, paths
from timeline.case import SLUG, load_case
from timeline.errors import CaseError
from timeline.exitcode import ExitCode
from timeline.report.run import _STOPPING, _execute, _Halted, _scrub, _stop_kernels, _to_html

__all__ = ["DEFAULT_TIMEOUT", "RenderError", "RenderResult", "render_case", "report_command"]

DEFAULT_TIMEOUT = 600.0
"""Seconds a case's notebook may run before its kernel is stopped and the case fails."""


@dataclass(frozen=True)
class RenderResult:
    """What happened to one case in a batch."""

    case: str
    case_dir: str
    ok: bool
    seconds: float
    message: str = ""
    output: Path | None = None


class RenderError(Exception):
    """A report that could not be rendered; the message names the case and the cause."""


def _relative(path: Path) -> str:
    """Return ``path`` relative to the project folder when it is inside it.

    Executed notebooks then record no absolute path for the project's own cases.
    """
    resolved = path.resolve()
    if resolved.is_relative_to(paths.ROOT):
        return resolved.relative_to(paths.ROOT).as_posix()
    return str(resolved)


_TEMPORARY = r"\.{id}\.(?:[0-9a-f]{{8}}|old)"
"""Names of the temporary folders a render makes beside ``<case-id>`` in the reports folder."""


def _work_folder(out_root: Path, case_id: str) -> tuple[Path, int]:
    """Make the folder a render works in, claimed by this process; sweep dead runs' ones.

    A killed run leaves its folder behind. Such folders (for this case only, and only once
    no living process claims them) are deleted first. The lock on the reports folder keeps
    a sweep from taking a folder between its making and its claiming.
    """
    pattern = re.compile(_TEMPORARY.format(id=re.escape(case_id)))
    with files.locked(out_root):
        for entry in out_root.iterdir():
            if pattern.fullmatch(entry.name) and files.unclaimed(entry):
                shutil.rmtree(entry, ignore_errors=True)
        while True:
            folder = out_root / f".{case_id}.{secrets.token_hex(4)}"
            try:
                folder.mkdir(mode=0o777)  # the system takes the umask off, as for any folder
            except FileExistsError:
                continue
            return folder, files.claim(folder)


def _check_id(case_id: str) -> None:
    """Refuse a case id that could name anything but one folder inside the reports folder."""
    if not re.fullmatch(SLUG, case_id):
        raise RenderError(f"{case_id!r}: expected a case id that is a slug (like 'lasd-ice-2017')")


def render_case(
    case_dir: str | Path, out: str | Path = paths.REPORTS, timeout: float | None = DEFAULT_TIMEOUT
) -> Path:
    """Render one case's report into ``out/<case-id>/index.html``, atomically.

    The notebook runs in a temporary folder beside the old report (its ``out_dir`` is
    ``.``, so whatever it writes lands there), and that folder replaces the old one only
    when every step succeeded: a failure leaves the previous report as it was. Nothing
    outside ``out/<case-id>`` and the render's own temporary folder is ever touched.

    Parameters
    ----------
    case_dir
        The case folder.
    out
        The reports folder.
    timeout
        Seconds the notebook may run (``None``: no limit).

    Raises
    ------
    CaseError
        When the case's files have problems.
    RenderError
        When a notebook cell fails or times out, or the report cannot be written; the
        message names the case and the cell or the file.
    """
    case = load_case(case_dir)
    _check_id(case.id)
    out_root = Path(out)
    try:
        out_root.mkdir(parents=True, exist_ok=True)
        work, claim = _work_folder(out_root, case.id)
    except OSError as exc:
        raise RenderError(f"{case.id}: {_cannot_write(exc, out_root)}") from None
    try:
        _render_into(work, case_dir, case.id, case.meta.title, timeout)
        with files.locked(out_root):
            files.replace_folder(work, out_root / case.id)
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise RenderError(f"{case.id}: {_cannot_write(exc, work)}") from None
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    finally:
        os.close(claim)
    return out_root / case.id / "index.html"


def _render_into(
    work: Path, case_dir: str | Path, case_id: str, title: str, timeout: float | None
) -> None:
    """Run the report notebook in ``work`` and write the page and notebook there."""
    import nbformat
    from papermill.exceptions import PapermillExecutionError

    parameters = {"case_dir": _relative(Path(case_dir)), "out_dir": "."}
    try:
        nb = _execute(work, parameters, timeout=timeout)
    except PapermillExecutionError as exc:
        raise RenderError(
            f"{case_id}: cell {exc.exec_count} of {paths.REPORT_NOTEBOOK.name} failed: "
            f"{exc.ename}: {exc.evalue}"
        ) from None
    except _Halted as exc:
        raise RenderError(f"{case_id}: {exc} of {paths.REPORT_NOTEBOOK.name}") from None
    _scrub(nb)
    page = _to_html(nb, title)
    nbformat.write(nb, str(work / "report.ipynb"))
    (work / "index.html").write_text(page, encoding="utf-8")


def _cannot_write(exc: OSError, where: Path) -> str:
    """A one-line message for a failed write: the file and the system's reason."""
    return f"cannot write {exc.filename or where}: {exc.strerror or exc}"


def _render_one(case_dir: str, out: str, timeout: float | None) -> RenderResult:
    """Render one case and say how it went; a user's mistake is a result, not an exception."""
    started = time.perf_counter()
    name = Path(case_dir).resolve().name

    def failed(message: str) -> RenderResult:
        return RenderResult(name, case_dir, False, time.perf_counter() - started, message)

    try:
        output = render_case(case_dir, out, timeout)
    except CaseError as exc:
        return failed(exc.report())
    except RenderError as exc:
        return failed(str(exc))
    return RenderResult(name, case_dir, True, time.perf_counter() - started, output=output)


def _run_batch(
    case_dirs: Sequence[Path], out: Path, jobs: int, scheduler: str | None, timeout: float | None
) -> Generator[RenderResult, None, None]:
    """Yield each case's result as it finishes: in worker threads, or on Dask.

    The work happens in each case's kernel, a process of its own; a thread only drives it,
    so this thread stays free to take Ctrl-C. When the batch is stopped (the generator is
    closed, or an interrupt reaches it), running kernels are killed, cases not started are
    dropped, and the workers are waited for: each deletes its temporary folder.
    """
    args = [(str(d), str(out), timeout) for d in case_dirs]
    if scheduler:
        from distributed import Client, as_completed

        with Client(scheduler) as client:
            futures = [client.submit(_render_one, *a, pure=False) for a in args]
            try:
                for future in as_completed(futures):
                    yield future.result()
            finally:
                client.cancel(futures)
        return
    # Imported here once, not by the threads at once.
    import nbconvert  # noqa: F401
    import papermill  # noqa: F401

    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="report")
    try:
        pending = {pool.submit(_render_one, *a) for a in args}
        while pending:
            done, pending = _wait_a_little(pending)
            for future in done:
                yield future.result()
    except BaseException:
        _stop_kernels()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _STOPPING.clear()  # every worker has ended: no kernel is starting any more


def _wait_a_little(
    pending: set[Future[RenderResult]],
) -> tuple[set[Future[RenderResult]], set[Future[RenderResult]]]:
    """Wait for the next finished futures, but wake every so often.

    A signal may be delivered to any thread; its Python handler runs in the main thread
    only once that thread wakes up. A wait without end could then hold off Ctrl-C forever.
    """
    done, still = futures_wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
    return set(done), set(still)


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM stops the batch as Ctrl-C does (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _summary(case_dirs: Sequence[Path], by_dir: dict[str, RenderResult]) -> None:
    """Print each failure's message, then a table of every case, in the order given."""
    for d in case_dirs:
        r = by_dir.get(str(d))
        if r is not None and not r.ok:
            print(r.message, file=sys.stderr)
    names = [Path(d).resolve().name for d in case_dirs]
    width = max(len("case"), *(len(n) for n in names))
    print(f"{'case':<{width}}  status       seconds  output")
    for d, name in zip(case_dirs, names, strict=True):
        r = by_dir.get(str(d))
        if r is None:
            print(f"{name:<{width}}  {'STOPPED':<11}  {'-':>7}  -")
            continue
        status = "ok" if r.ok else "FAILED"
        print(f"{r.case:<{width}}  {status:<11}  {r.seconds:7.1f}  {r.output or '-'}")


class _KernelNoise(logging.Filter):
    """Drop what a killed kernel's client leaves behind: the summary says it in words.

    nbclient logs "Timeout waiting for execute reply" before the case's own message, and
    asyncio reports the output poller of a stopped run as "Task was destroyed but it is
    pending!". Other records pass.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if record.name == "asyncio":
            return not ("Task was destroyed" in text and "NotebookClient" in text)
        return not text.startswith("Timeout waiting for execute reply")


_QUIET = _KernelNoise()


def _quiet_kernel_noise() -> None:
    """Keep the command's output to its own words (idempotent; log records only)."""
    for name in ("asyncio", "papermill"):
        logger = logging.getLogger(name)
        if _QUIET not in logger.filters:
            logger.addFilter(_QUIET)


def report_command(
    case_dirs: Sequence[Path],
    out: Path,
    jobs: int = 1,
    scheduler: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> int:
    """Render every case, print a summary table, and return the exit status.

    Parameters
    ----------
    case_dirs
        Case folders to render.
    out
        The reports folder; each case goes to ``out/<case-id>/``.
    jobs
        Cases rendered at once on this machine (each runs in a kernel process of its own).
    scheduler
        Address of a Dask distributed scheduler to send the work to instead (needs the
        ``dask`` extra; the workers must see the same files).
    timeout
        Seconds each case's notebook may run; past it the kernel is killed and the case
        fails, naming the cell. ``None``: no limit.

    Returns
    -------
    int
        0 when every case rendered, 1 when any failed, 2 for a bad option, 130 when the
        batch was stopped by Ctrl-C or SIGTERM (the summary so far is printed).
    """
    from tqdm import tqdm

    _quiet_kernel_noise()
    if jobs < 1:
        print("timeline report: --jobs takes a whole number of at least 1", file=sys.stderr)
        return ExitCode.BAD_INPUT
    if timeout is not None and not timeout > 0:
        print("timeline report: --timeout takes a number of seconds above 0", file=sys.stderr)
        return ExitCode.BAD_INPUT
    by_dir: dict[str, RenderResult] = {}
    stopped = False
    with (
        _sigterm_as_interrupt(),
        tqdm(total=len(case_dirs), desc="reports", unit="case", file=sys.stderr) as bar,
        contextlib.closing(_run_batch(case_dirs, out, jobs, scheduler, timeout)) as batch,
    ):
        try:
            for result in batch:
                by_dir[result.case_dir] = result
                bar.set_postfix_str(f"{result.case} {'ok' if result.ok else 'FAILED'}")
                bar.update(1)
        except KeyboardInterrupt:
            stopped = True
    if stopped:
        print("timeline report: stopped; cases not finished are marked STOPPED", file=sys.stderr)
    _summary(case_dirs, by_dir)
    if stopped:
        return ExitCode.INTERRUPTED
    return ExitCode.OK if all(r.ok for r in by_dir.values()) else ExitCode.FAILED
