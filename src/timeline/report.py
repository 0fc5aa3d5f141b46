"""Case reports: the report notebook run by papermill, converted to one offline HTML page."""

from __future__ import annotations

import json
import secrets
import shutil
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import as_completed as futures_completed
from dataclasses import dataclass
from pathlib import Path
from queue import Empty
from typing import Any

from jupyter_client.asynchronous.client import AsyncKernelClient
from jupyter_client.manager import AsyncKernelManager
from traitlets import Type

from timeline import paths
from timeline.case import load_case
from timeline.errors import CaseError

__all__ = ["RenderResult", "render_case", "report_command"]

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
    Its clients skip jupyter_client's wait for a quiet IOPub channel at start-up.
    """

    client_factory = Type(_ReportKernelClient, klass=AsyncKernelClient)

    async def _async_interrupt_kernel(self) -> None:
        if self.shutting_down:
            return
        await super()._async_interrupt_kernel()

    async def _async_wait(self, pollinterval: float = 0.1) -> None:
        # A killed kernel is gone within milliseconds: look more often than every 100 ms.
        await super()._async_wait(pollinterval=min(pollinterval, 0.005))


def _execute(cwd: Path, parameters: dict[str, Any], notebook: Path | None = None) -> Any:
    """Run a notebook (the report's by default) in folder ``cwd``; return it executed.

    The kernel starts in ``cwd`` (papermill's own ``cwd`` would change this process's
    folder, which threads share). Once the last cell has run, the kernel has nothing left
    to do, so it is stopped at once rather than left to tear itself down.
    """
    import papermill as pm

    nb = pm.execute_notebook(
        str(notebook or paths.REPORT_NOTEBOOK),
        None,
        parameters=parameters,
        kernel_name="python3",
        progress_bar=False,
        log_output=False,
        report_mode=True,
        extra_arguments=["--IPKernelApp.log_level=ERROR"],
        resources={"metadata": {"path": str(cwd)}},
        kernel_manager_class=_ReportKernelManager,
        shutdown_kernel="immediate",
    )
    return nb


_local = threading.local()
_bundle_lock = threading.Lock()


def _vega_bundle() -> str:
    """The Vega libraries' script, built once per process even when threads ask at once."""
    from timeline.html import vega_bundle

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


def _new_folder(parent: Path, prefix: str) -> Path:
    """Create a folder with a new random name, with the permissions of any new folder."""
    while True:
        folder = parent / f"{prefix}{secrets.token_hex(4)}"
        try:
            folder.mkdir(mode=0o777)  # the system takes the umask off, as for any folder
        except FileExistsError:
            continue
        return folder


def render_case(case_dir: str | Path, out: str | Path = paths.REPORTS) -> Path:
    """Render one case's report into ``out/<case-id>/index.html``, atomically.

    The notebook runs in a temporary folder beside the old report (its ``out_dir`` is
    ``.``, so whatever it writes lands there), and that folder replaces the old one only
    when every step succeeded: a failure leaves the previous report as it was.

    Raises
    ------
    CaseError
        When the case's files have problems.
    RenderError
        When a notebook cell fails; the message names the case and the cell.
    """
    import nbformat
    from papermill.exceptions import PapermillExecutionError

    case = load_case(case_dir)
    out_root = Path(out)
    out_root.mkdir(parents=True, exist_ok=True)
    parameters = {"case_dir": _relative(Path(case_dir)), "out_dir": "."}
    work = _new_folder(out_root, f".{case.id}.")
    try:
        try:
            nb = _execute(work, parameters)
        except PapermillExecutionError as exc:
            raise RenderError(
                f"{case.id}: cell {exc.exec_count} of {paths.REPORT_NOTEBOOK.name} failed: "
                f"{exc.ename}: {exc.evalue}"
            ) from None
        _scrub(nb)
        page = _to_html(nb, case.meta.title)
        nbformat.write(nb, str(work / "report.ipynb"))
        (work / "index.html").write_text(page, encoding="utf-8")
        _swap(work, out_root / case.id)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return out_root / case.id / "index.html"


def _swap(new: Path, final: Path) -> None:
    """Put folder ``new`` in the place of ``final`` (which may not exist)."""
    old = final.with_name(f".{final.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if final.exists():
        final.rename(old)
    new.rename(final)
    if old.exists():
        shutil.rmtree(old)


def _render_one(case_dir: str, out: str) -> RenderResult:
    """Render one case and say how it went; a user's mistake is a result, not an exception."""
    started = time.perf_counter()
    name = Path(case_dir).name
    try:
        output = render_case(case_dir, out)
    except CaseError as exc:
        return RenderResult(name, case_dir, False, time.perf_counter() - started, exc.report())
    except RenderError as exc:
        return RenderResult(name, case_dir, False, time.perf_counter() - started, str(exc))
    return RenderResult(name, case_dir, True, time.perf_counter() - started, output=output)


def _run_batch(
    case_dirs: Sequence[Path], out: Path, jobs: int, scheduler: str | None
) -> Iterator[RenderResult]:
    """Yield each case's result as it finishes: one at a time, in threads, or on Dask."""
    args = [(str(d), str(out)) for d in case_dirs]
    if scheduler:
        from distributed import Client, as_completed

        with Client(scheduler) as client:
            futures = [client.submit(_render_one, *a, pure=False) for a in args]
            for future in as_completed(futures):
                yield future.result()
    elif jobs > 1 and len(args) > 1:
        # The work happens in each case's kernel, a process of its own; a thread only
        # drives it. Threads start at once and share this process's imports and caches.
        import nbconvert  # noqa: F401  (imported here once, not by the threads at once)
        import papermill  # noqa: F401

        pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="report")
        try:
            pending = [pool.submit(_render_one, *a) for a in args]
            for future in futures_completed(pending):
                yield future.result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    else:
        for a in args:
            yield _render_one(*a)


def report_command(
    case_dirs: Sequence[Path], out: Path, jobs: int = 1, scheduler: str | None = None
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

    Returns
    -------
    int
        0 when every case rendered, 1 when any failed.
    """
    from tqdm import tqdm

    if jobs < 1:
        print("timeline report: --jobs takes a whole number of at least 1", file=sys.stderr)
        return 2
    by_dir: dict[str, RenderResult] = {}
    with tqdm(total=len(case_dirs), desc="reports", unit="case", file=sys.stderr) as bar:
        for result in _run_batch(case_dirs, out, jobs, scheduler):
            by_dir[result.case_dir] = result
            bar.set_postfix_str(f"{result.case} {'ok' if result.ok else 'FAILED'}")
            bar.update(1)
    results = [by_dir[str(d)] for d in case_dirs]
    for r in results:
        if not r.ok:
            print(r.message, file=sys.stderr)
    width = max(len("case"), *(len(r.case) for r in results))
    print(f"{'case':<{width}}  status  seconds  output")
    for r in results:
        shown = str(r.output) if r.output else "-"
        status = "ok" if r.ok else "FAILED"
        print(f"{r.case:<{width}}  {status:<6}  {r.seconds:7.1f}  {shown}")
    return 0 if all(r.ok for r in results) else 1


def notebook_parameters() -> dict[str, Any]:
    """Return the report notebook's parameters as papermill sees them."""
    import papermill as pm

    return dict(pm.inspect_notebook(str(paths.REPORT_NOTEBOOK)))


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(notebook_parameters(), indent=2))
