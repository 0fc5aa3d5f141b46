"""Running the report notebook: its kernel, the case's clock, and the HTML conversion."""

from __future__ import annotations

import contextlib
import math
import os
import shutil
import signal
import threading
import time
from pathlib import Path
from queue import Empty
from typing import TYPE_CHECKING, Any

from jupyter_client.asynchronous.client import AsyncKernelClient
from jupyter_client.manager import AsyncKernelManager
from traitlets import Type

from timeline import paths

if TYPE_CHECKING:
    from timeline.report.kernels import KernelSlot

__all__ = ["REMOVE_TAG", "TEMPLATES", "notebook_parameters"]

TEMPLATES = Path(__file__).parent.parent / "templates" / "nbconvert"
REMOVE_TAG = "remove-in-report"
"""Cells with this tag run but are left out of the HTML report."""


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

    def client(self, **kwargs: Any) -> Any:
        """A client for this kernel, kept so that :meth:`stop_clients` can close its channels."""
        kc = super().client(**kwargs)
        self.__dict__.setdefault("_report_clients", []).append(kc)
        return kc

    def stop_clients(self) -> None:
        """Close the channels of every client made for this kernel (a kept kernel outlives them)."""
        for kc in self.__dict__.pop("_report_clients", []):
            kc.stop_channels()

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


def _execute(
    cwd: Path,
    parameters: dict[str, Any],
    notebook: Path | None = None,
    timeout: float | None = None,
    slot: KernelSlot | None = None,
) -> Any:
    """Run a notebook (the report's by default) in folder ``cwd``; return it executed.

    The kernel comes from ``slot`` (a worker's kernel, kept from its last case and given a
    clean namespace in ``cwd``), or is started for this run alone in ``cwd`` (papermill's
    own ``cwd`` would change this process's folder, which threads share) and stopped once
    the last cell has run. It is started before anything else is done, so that it boots
    while this process imports papermill and nbconvert and readies the page's template.

    Raises
    ------
    _Halted
        When the run passed ``timeout`` seconds, was stopped, or its kernel died; the
        kernel has been stopped.
    """
    from timeline.report.kernels import KERNEL_FOLDER, KernelSlot

    clock = _Clock(timeout)
    notebook = notebook or paths.REPORT_NOTEBOOK
    own = slot is None
    slot = slot if slot is not None else KernelSlot()
    ok = False
    try:
        km = slot.ready_for(cwd, notebook, clock)
        _ready_to_convert()  # while the kernel boots
        import papermill as pm

        nb = pm.execute_notebook(
            str(notebook),
            None,
            parameters=parameters,
            kernel_name="python3",
            progress_bar=False,
            log_output=False,
            report_mode=True,
            resources={"metadata": {"path": str(cwd)}},
            km=km,
            start_timeout=clock.for_start(),
            timeout_func=clock,
        )
        ok = True
        return nb
    except Exception as exc:
        halted = _halted(clock, exc)
        if halted is None:
            raise
        raise halted from None
    finally:
        if slot.km is not None:
            slot.km.stop_clients()
        if own or not ok:
            slot.discard()
        shutil.rmtree(cwd / KERNEL_FOLDER, ignore_errors=True)


_convert_lock = threading.Lock()
_converter: dict[str, Any] = {}


def _ready_to_convert() -> None:
    """Import papermill and nbconvert, compile the page's template, read the Vega bundle.

    Done once a process, whichever thread asks first; the others wait for it.
    """
    with _convert_lock:
        if _converter:
            return
        import papermill  # noqa: F401
        from nbconvert import HTMLExporter
        from nbconvert.preprocessors import TagRemovePreprocessor

        from timeline.bundle import vega_bundle

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
        exporter.template  # noqa: B018  (compiles the template, once)
        _converter.update(exporter=exporter, bundle=vega_bundle())


def _to_html(nb: Any, title: str) -> str:
    """The executed notebook as the report's page, with one exporter for the process."""
    _ready_to_convert()
    with _convert_lock:
        body, _ = _converter["exporter"].from_notebook_node(
            nb, resources={"metadata": {"name": title}, "vega_bundle": _converter["bundle"]}
        )
    return str(body)


def notebook_parameters() -> dict[str, Any]:
    """Return the report notebook's parameters as papermill sees them."""
    import papermill as pm

    return dict(pm.inspect_notebook(str(paths.REPORT_NOTEBOOK)))
