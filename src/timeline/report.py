"""Case reports: the report notebook run by papermill, converted to one offline HTML page."""

from __future__ import annotations

import contextlib
import json
import math
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
from queue import Empty
from typing import Any

from jupyter_client.asynchronous.client import AsyncKernelClient
from jupyter_client.manager import AsyncKernelManager
from traitlets import Type

from timeline import files, paths
from timeline.case import SLUG, load_case
from timeline.errors import CaseError

__all__ = ["DEFAULT_TIMEOUT", "RenderError", "RenderResult", "render_case", "report_command"]

DEFAULT_TIMEOUT = 600.0
"""Seconds a case's notebook may run before its kernel is stopped and the case fails."""

TEMPLATES = Path(__file__).parent / "templates" / "nbconvert"
REMOVE_TAG = "remove-in-report"
"""Cells with this tag run but are left out of the HTML report."""


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


def _scrub(nb: Any) -> None:
    """Remove run times, paths, random ids and other run-dependent metadata."""
    nb.metadata.pop("papermill", None)
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = "injected-parameters"
    nb.metadata.pop("widgets", None)


class _ReportKernelClient(AsyncKernelClient):
    """A kernel client that is ready as soon as the kernel answers on both channels."""

    async def wait_for_ready(self, timeout: float | None = None) -> None:
        """Wait for the kernel's reply to ``kernel_info`` and its first IOPub message.

        jupyter_client then also waits for 0.2 s without IOPub messages, to drop them;
        nbclient passes over every message that answers none of its own requests, so
        that only costs time.
        """
        deadline = time.monotonic() + (timeout if timeout is not None else float("inf"))
        while True:
            self.kernel_info()
            try:
                reply = await self.shell_channel.get_msg(timeout=1)
                if reply["msg_type"] == "kernel_info_reply":
                    await self.iopub_channel.get_msg(timeout=0.2)  # IOPub is connected
                    self._handle_kernel_info_reply(reply)
                    return
            except Empty:
                pass
            if not await self.is_alive():
                raise RuntimeError("Kernel died before replying to kernel_info")
            if time.monotonic() > deadline:
                raise RuntimeError(f"Kernel didn't respond in {timeout} seconds")


class _ReportKernelManager(AsyncKernelManager):
    """A kernel manager that stops a kernel without interrupting it first.

    jupyter_client interrupts a kernel (SIGINT) before it shuts it down. Here every cell
    has finished by then, so the signal can only land in the kernel's handling of its
    last reply, where ipykernel logs "KeyboardInterrupt caught in kernel" to stderr.
    Its clients skip jupyter_client's wait for a quiet IOPub channel at start-up. Each
    running kernel is listed in ``_LIVE``, so that a stopped batch can kill them all.
    """

    client_factory = Type(_ReportKernelClient, klass=AsyncKernelClient)

    async def _async_interrupt_kernel(self) -> None:
        if self.shutting_down:
            return
        await super()._async_interrupt_kernel()

    async def _async_wait(self, pollinterval: float = 0.1) -> None:
        # A killed kernel is gone within milliseconds: look more often than every 100 ms.
        await super()._async_wait(pollinterval=min(pollinterval, 0.005))

    async def _async_post_start_kernel(self, **kw: Any) -> None:
        _LIVE.add(self)
        if _STOPPING.is_set():  # the batch was stopped while this kernel started
            self.kill_now()
        await super()._async_post_start_kernel(**kw)

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        _LIVE.discard(self)
        await super()._async_cleanup_resources(restart=restart)

    def kill_now(self) -> None:
        """Kill the kernel process from any thread; its notebook run then fails at once."""
        pid = getattr(self.provisioner, "pid", None)
        if pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


_LIVE: set[_ReportKernelManager] = set()
"""Kernels running a report in this process."""
_STOPPING = threading.Event()
"""Set when a batch is stopped: kernels still starting are killed as soon as they start."""


def _stop_kernels() -> None:
    """Stop every report kernel of this process, and any that is about to start."""
    _STOPPING.set()
    for km in list(_LIVE):
        km.kill_now()


class _Clock:
    """A case's time limit, given to nbclient as each cell's timeout.

    It also remembers which code cell asked last, counted as the kernel counts them, so a
    run that ends early can name the cell.
    """

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + (seconds if seconds is not None else float("inf"))
        self.cell = 0
        self._numbers: dict[int, int] = {}

    def left(self) -> float:
        """Seconds left, at least a hundredth (nbclient reads 0 as "no limit")."""
        return max(self.deadline - time.monotonic(), 0.01)

    def expired(self) -> bool:
        return time.monotonic() >= self.deadline

    def for_start(self, most: int = 60) -> int:
        """Whole seconds the kernel may take to start: ``most``, or less if time is short."""
        return most if self.seconds is None else max(1, min(most, math.ceil(self.left())))

    def __call__(self, cell: Any) -> float | None:
        self.cell = self._numbers.setdefault(id(cell), len(self._numbers) + 1)
        return None if self.seconds is None else self.left()


class _Halted(Exception):
    """A notebook run that ended before its last cell: timed out, stopped, or its kernel died."""


def _halted(clock: _Clock, exc: Exception) -> _Halted | None:
    """Say why a run that raised ``exc`` ended early, or None for any other failure."""
    from nbclient.exceptions import DeadKernelError

    where = f"in cell {clock.cell}" if clock.cell else "starting the kernel"
    if clock.expired():
        return _Halted(f"timed out after {clock.seconds:g} s {where}")
    if _STOPPING.is_set():
        return _Halted(f"interrupted {where}")
    if isinstance(exc, DeadKernelError):
        return _Halted(f"the kernel died {where}")
    return None


_KERNEL_FOLDER = ".kernel"
"""Where, in the folder a notebook runs in, its kernel's connection file is kept."""


def _execute(
    cwd: Path,
    parameters: dict[str, Any],
    notebook: Path | None = None,
    timeout: float | None = None,
) -> Any:
    """Run a notebook (the report's by default) in folder ``cwd``; return it executed.

    The kernel starts in ``cwd`` (papermill's own ``cwd`` would change this process's
    folder, which threads share), keeps its connection file (ports and key) there, and
    exits by itself if this process dies. Once the last cell has run, the kernel has
    nothing left to do, so it is stopped at once rather than left to tear itself down.

    Raises
    ------
    _Halted
        When the run passed ``timeout`` seconds, was stopped, or its kernel died; the
        kernel has been stopped.
    """
    import papermill as pm
    from traitlets.config import Config

    clock = _Clock(timeout)
    # Jupyter marks the connection file's folder sticky: give it a folder of its own.
    (cwd / _KERNEL_FOLDER).mkdir(exist_ok=True)
    connection = cwd / _KERNEL_FOLDER / f"kernel-{secrets.token_hex(4)}.json"
    config = Config({"KernelManager": {"connection_file": str(connection)}})
    try:
        return pm.execute_notebook(
            str(notebook or paths.REPORT_NOTEBOOK),
            None,
            parameters=parameters,
            kernel_name="python3",
            progress_bar=False,
            log_output=False,
            report_mode=True,
            extra_arguments=[
                "--IPKernelApp.log_level=ERROR",
                f"--IPKernelApp.parent_handle={os.getpid()}",
            ],
            resources={"metadata": {"path": str(cwd)}},
            kernel_manager_class=_ReportKernelManager,
            shutdown_kernel="immediate",
            start_timeout=clock.for_start(),
            timeout_func=clock,
            config=config,
        )
    except Exception as exc:
        halted = _halted(clock, exc)
        if halted is None:
            raise
        raise halted from None
    finally:
        shutil.rmtree(cwd / _KERNEL_FOLDER, ignore_errors=True)


_local = threading.local()
_bundle_lock = threading.Lock()


def _vega_bundle() -> str:
    """The Vega libraries' script, built once per process even when threads ask at once."""
    from timeline.web import vega_bundle

    with _bundle_lock:
        return vega_bundle()


def _exporter() -> Any:
    """This thread's HTML exporter, made once: its templates are compiled on first use."""
    exporter = getattr(_local, "exporter", None)
    if exporter is None:
        from nbconvert import HTMLExporter
        from nbconvert.preprocessors import TagRemovePreprocessor

        exporter = HTMLExporter(
            extra_template_basedirs=[str(TEMPLATES)],
            template_name="timeline",
            exclude_input=True,
            exclude_input_prompt=True,
            exclude_output_prompt=True,
        )
        # The notebook's own title cell describes the notebook, not the case: leave it out.
        exporter.register_preprocessor(
            TagRemovePreprocessor(remove_cell_tags={REMOVE_TAG}, enabled=True), enabled=True
        )
        _local.exporter = exporter
    return exporter


def _to_html(nb: Any, title: str) -> str:
    body, _ = _exporter().from_notebook_node(
        nb, resources={"metadata": {"name": title}, "vega_bundle": _vega_bundle()}
    )
    return str(body)


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

    if jobs < 1:
        print("timeline report: --jobs takes a whole number of at least 1", file=sys.stderr)
        return 2
    if timeout is not None and not timeout > 0:
        print("timeline report: --timeout takes a number of seconds above 0", file=sys.stderr)
        return 2
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
        return 130
    return 0 if all(r.ok for r in by_dir.values()) else 1


def notebook_parameters() -> dict[str, Any]:
    """Return the report notebook's parameters as papermill sees them."""
    import papermill as pm

    return dict(pm.inspect_notebook(str(paths.REPORT_NOTEBOOK)))


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(notebook_parameters(), indent=2))
