"""Warm kernels: started before the command's own imports, and kept from one case to the next."""

from __future__ import annotations

import ast
import json
import os
import secrets
import sys
from collections.abc import Awaitable, Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

from jupyter_client.kernelspec import KernelSpec
from jupyter_core.utils import run_sync

from timeline.report.run import _Clock, _ReportKernelManager

__all__ = ["KERNEL_FOLDER", "KernelSlot", "notebook_imports"]

KERNEL_FOLDER = ".kernel"
"""Where, in the folder a notebook runs in, its kernel's connection file is kept."""

_T = TypeVar("_T")


def _sync(coroutine: Callable[..., Awaitable[_T]]) -> Callable[..., _T]:
    """Run an async method on this thread's event loop (the one nbclient uses here too)."""
    return run_sync(coroutine)  # type: ignore[no-any-return]


@cache
def _imports_of(path: Path, mtime_ns: int, size: int) -> tuple[str, ...]:
    nb = json.loads(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        source = "".join(cell.get("source", ""))
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue
        for node in tree.body:
            if isinstance(node, ast.Import):
                found.extend(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.extend(f"{node.module}:{alias.name}" for alias in node.names)
    return tuple(dict.fromkeys(found))


def notebook_imports(notebook: Path) -> tuple[str, ...]:
    """The modules a notebook's code cells import at their top level, in order.

    ``from package import name`` is given as ``package:name``. A notebook that cannot be
    read gives none (the run then reports the problem).
    """
    try:
        stat = notebook.stat()
        return _imports_of(notebook, stat.st_mtime_ns, stat.st_size)
    except (OSError, ValueError):
        return ()


def _kernel_spec(warm: tuple[str, ...]) -> KernelSpec:
    """This Python's IPython kernel, importing ``warm`` before it answers."""
    argv = [sys.executable, "-m", "timeline.report.kernel"]
    if warm:
        argv += ["--warm", ",".join(warm)]
    argv += ["-f", "{connection_file}"]
    return KernelSpec(argv=argv, display_name="Python 3 (ipykernel)", language="python")


_PREPARE = "__import__('timeline.report.kernel', fromlist=['prepare']).prepare({cwd!r})"


class KernelSlot:
    """A kernel for one worker's cases, one case at a time.

    The first case starts a kernel (see :meth:`ready_for`); a case that succeeded hands it
    on to the next, which runs in a clean namespace (:func:`timeline.report.kernel.prepare`).
    A case that failed in any way, timed out or was stopped discards its kernel, so nothing
    of it reaches the next case, which starts a new one.
    """

    def __init__(self) -> None:
        self.km: _ReportKernelManager | None = None
        self.cases = 0

    def ready_for(self, cwd: Path, notebook: Path, clock: _Clock) -> _ReportKernelManager:
        """Return a kernel for a notebook run in ``cwd``: the slot's own, or a new one.

        A new kernel is started in ``cwd``, with its connection file (ports and key) in
        ``cwd/.kernel``; it exits by itself if this process dies. It imports the
        notebook's modules while this process goes on with its own work.
        """
        if self.km is not None:
            try:
                _sync(_prepare)(self.km, cwd, clock)
            except Exception:  # the kept kernel died or hung between cases: start anew
                self.discard()
        if self.km is None:
            self.km = _start(cwd, notebook_imports(notebook), clock)
        self.cases += 1
        return self.km

    def discard(self) -> None:
        """Stop the slot's kernel, if it has one; the next case starts a new one."""
        km, self.km = self.km, None
        if km is not None:
            km.stop_clients()
            _sync(_shutdown)(km)

    close = discard


def _start(cwd: Path, warm: tuple[str, ...], clock: _Clock) -> _ReportKernelManager:
    # Jupyter marks the connection file's folder sticky: give it a folder of its own.
    (cwd / KERNEL_FOLDER).mkdir(exist_ok=True)
    connection = cwd / KERNEL_FOLDER / f"kernel-{secrets.token_hex(4)}.json"
    km = _ReportKernelManager(kernel_name="python3", connection_file=str(connection))
    km._kernel_spec = _kernel_spec(warm)
    arguments = [
        "--IPKernelApp.log_level=ERROR",
        f"--IPKernelApp.parent_handle={os.getpid()}",
        "--HistoryManager.hist_file=:memory:",
    ]
    _sync(km.start_kernel)(cwd=str(cwd), extra_arguments=arguments)
    return km


async def _prepare(km: _ReportKernelManager, cwd: Path, clock: _Clock) -> None:
    kc = km.client()
    kc.start_channels()
    try:
        await kc.wait_for_ready(timeout=clock.for_start())
        reply = await kc.execute_interactive(
            _PREPARE.format(cwd=str(cwd)),
            silent=True,
            store_history=False,
            timeout=clock.left() if clock.seconds is not None else None,
            output_hook=lambda msg: None,
        )
    finally:
        km.stop_clients()
    if reply["content"]["status"] != "ok":
        raise RuntimeError("the kernel could not be made ready for the next case")


async def _shutdown(km: _ReportKernelManager) -> None:
    try:
        if await km.is_alive():
            await km.shutdown_kernel(now=True)
    finally:
        await km.cleanup_resources()
