"""Rendering reports: one case into its folder, atomically, and a batch of cases at once."""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import re
import secrets
import shutil
import sys
import time
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline import files, paths
from timeline.errors import CaseError
from timeline.exitcode import ExitCode, sigterm_as_interrupt
from timeline.report import inputs
from timeline.report.kernels import KernelSlot
from timeline.report.run import _STOPPING, _execute, _Halted, _scrub, _stop_kernels, _to_html
from timeline.vocab import SLUG

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
    unchanged: bool = False


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


def _identity(case_dir: str | Path) -> tuple[str, str]:
    """The case's id and title: from ``case.yml`` alone, or by loading (and checking) the case."""
    found = inputs.case_identity(Path(case_dir))
    if found is not None:
        return found
    case = load_case(case_dir)
    return case.id, case.meta.title


def load_case(case_dir: str | Path) -> Any:
    """Load the case, to name its problems (:func:`timeline.case.load_case`, imported late)."""
    from timeline.case import load_case as load

    return load(case_dir)


def render_case(
    case_dir: str | Path,
    out: str | Path = paths.REPORTS,
    timeout: float | None = DEFAULT_TIMEOUT,
    *,
    skip_unchanged: bool = False,
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
    skip_unchanged
        Leave the report as it is when it was made from the same inputs (see
        :func:`timeline.report.inputs.fingerprint`) and is whole.

    Raises
    ------
    CaseError
        When the case's files have problems.
    RenderError
        When a notebook cell fails or times out, or the report cannot be written; the
        message names the case and the cell or the file.
    """
    return _render(case_dir, out, timeout, skip_unchanged, None)[0]


def _render(
    case_dir: str | Path,
    out: str | Path,
    timeout: float | None,
    skip_unchanged: bool,
    slot: KernelSlot | None,
) -> tuple[Path, bool]:
    """Render one case as :func:`render_case` does; also say whether it was left unchanged."""
    case_id, title = _identity(case_dir)
    _check_id(case_id)
    out_root = Path(out)
    parameters = {"case_dir": _relative(Path(case_dir)), "out_dir": "."}
    notebook = paths.REPORT_NOTEBOOK
    try:
        made_from = inputs.fingerprint(Path(case_dir), notebook, parameters)
    except OSError as exc:
        raise RenderError(f"{case_id}: cannot read {exc.filename}: {exc.strerror}") from None
    if skip_unchanged and inputs.unchanged(out_root / case_id, made_from):
        return out_root / case_id / "index.html", True
    try:
        out_root.mkdir(parents=True, exist_ok=True)
        work, claim = _work_folder(out_root, case_id)
    except OSError as exc:
        raise RenderError(f"{case_id}: {_cannot_write(exc, out_root)}") from None
    try:
        _render_into(work, case_dir, case_id, title, timeout, parameters, slot)
        inputs.write_fingerprint(work, made_from)
        with files.locked(out_root):
            files.replace_folder(work, out_root / case_id)
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise RenderError(f"{case_id}: {_cannot_write(exc, work)}") from None
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    finally:
        os.close(claim)
    return out_root / case_id / "index.html", False


def _render_into(
    work: Path,
    case_dir: str | Path,
    case_id: str,
    title: str,
    timeout: float | None,
    parameters: dict[str, Any],
    slot: KernelSlot | None,
) -> None:
    """Run the report notebook in ``work`` and write the page and notebook there.

    A case whose files have problems fails in the notebook's first cell; the case is then
    loaded here, so that the problems are reported as ``timeline validate`` words them.
    """
    import nbformat
    from papermill.exceptions import PapermillExecutionError

    try:
        nb = _execute(work, parameters, timeout=timeout, slot=slot)
    except PapermillExecutionError as exc:
        if exc.ename == "CaseError":
            load_case(case_dir)  # raises CaseError, with every problem
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


def _render_one(
    case_dir: str,
    out: str,
    timeout: float | None,
    force: bool = True,
    slot: KernelSlot | None = None,
) -> RenderResult:
    """Render one case and say how it went; a user's mistake is a result, not an exception."""
    started = time.perf_counter()
    name = Path(case_dir).resolve().name

    def failed(message: str) -> RenderResult:
        return RenderResult(name, case_dir, False, time.perf_counter() - started, message)

    try:
        output, same = _render(case_dir, out, timeout, not force, slot)
    except CaseError as exc:
        return failed(exc.report())
    except RenderError as exc:
        return failed(str(exc))
    seconds = time.perf_counter() - started
    return RenderResult(name, case_dir, True, seconds, output=output, unchanged=same)


def _worker(
    todo: queue.SimpleQueue[tuple[str, str, float | None, bool]],
    done: queue.SimpleQueue[RenderResult],
) -> None:
    """Render cases from ``todo`` until none is left, keeping one kernel warm between them."""
    slot = KernelSlot()
    try:
        while not _STOPPING.is_set():
            try:
                args = todo.get_nowait()
            except queue.Empty:
                return
            done.put(_render_one(*args, slot=slot))
    finally:
        slot.close()


def _run_batch(
    case_dirs: Sequence[Path],
    out: Path,
    jobs: int,
    scheduler: str | None,
    timeout: float | None,
    force: bool = True,
) -> Generator[RenderResult, None, None]:
    """Yield each case's result as it finishes: in worker threads, or on Dask.

    The work happens in kernels, processes of their own: each of ``jobs`` worker threads
    drives one, kept warm from one of its cases to the next, so this thread stays free to
    take Ctrl-C. When the batch is stopped (the generator is closed, or an interrupt
    reaches it), running kernels are killed, cases not started are dropped, and the
    workers are waited for: each deletes its temporary folder.
    """
    args = [(str(d), str(out), timeout, force) for d in case_dirs]
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
    todo: queue.SimpleQueue[tuple[str, str, float | None, bool]] = queue.SimpleQueue()
    done: queue.SimpleQueue[RenderResult] = queue.SimpleQueue()
    for a in args:
        todo.put(a)
    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="report")
    workers = [pool.submit(_worker, todo, done) for _ in range(min(jobs, len(args)))]
    try:
        yield from _results(done, workers, len(args))
    except BaseException:
        _stop_kernels()
        raise
    finally:
        while not todo.empty():  # cases not started are dropped
            todo.get_nowait()
        pool.shutdown(wait=True, cancel_futures=True)
        _STOPPING.clear()  # every worker has ended: no kernel is starting any more


def _results(
    done: queue.SimpleQueue[RenderResult], workers: list[Future[None]], count: int
) -> Iterator[RenderResult]:
    """Yield ``count`` results as workers finish them, waking every so often.

    A signal may be delivered to any thread; its Python handler runs in the main thread
    only once that thread wakes up. A wait without end could then hold off Ctrl-C forever.
    """
    for _ in range(count):
        while True:
            try:
                yield done.get(timeout=0.1)
                break
            except queue.Empty:
                if all(w.done() for w in workers) and done.empty():
                    for w in workers:
                        w.result()  # a worker's own failure, not a case's
                    return


def _status(result: RenderResult) -> str:
    """A case's word in the summary table."""
    return "unchanged" if result.unchanged else "ok" if result.ok else "FAILED"


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
        status = _status(r)
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
    force: bool = False,
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
    force
        Render every case. Otherwise a case whose report was made from the same inputs
        (its files, the notebook, the package's version, the parameters) and is whole is
        left as it is, and marked ``unchanged`` in the table.

    Returns
    -------
    int
        0 when every case rendered, 1 when any failed (or the desk's page could not be
        written), 2 for a bad option, 130 when the batch was stopped by Ctrl-C or SIGTERM
        (the summary so far is printed; the desk's page is left as it was).

    Notes
    -----
    A batch that ran to its end also writes ``out/index.html`` and ``out/index.json``,
    the desk's page of every case report in ``out`` (:mod:`timeline.report.desk`).
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
        sigterm_as_interrupt(),
        tqdm(total=len(case_dirs), desc="reports", unit="case", file=sys.stderr) as bar,
        contextlib.closing(_run_batch(case_dirs, out, jobs, scheduler, timeout, force)) as batch,
    ):
        try:
            for result in batch:
                by_dir[result.case_dir] = result
                bar.set_postfix_str(f"{result.case} {_status(result)}")
                bar.update(1)
        except KeyboardInterrupt:
            stopped = True
    if stopped:
        print("timeline report: stopped; cases not finished are marked STOPPED", file=sys.stderr)
    _summary(case_dirs, by_dir)
    if stopped:
        return ExitCode.INTERRUPTED
    from timeline.report.desk import write_desk

    trouble = write_desk(out, by_dir.values())  # out/index.html: every report in out
    if trouble:
        print(f"timeline report: the desk's page: {trouble}", file=sys.stderr)
        return ExitCode.FAILED
    return ExitCode.OK if all(r.ok for r in by_dir.values()) else ExitCode.FAILED
