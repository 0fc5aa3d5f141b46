"""The report's kernel: an IPython kernel that imports the notebook's modules as it starts."""

from __future__ import annotations

import importlib
import os
import sys
import warnings
from collections.abc import Sequence
from typing import Any

__all__ = ["main", "prepare", "snapshot", "warm"]

_START: dict[str, Any] = {}
"""The kernel's state once it had started: what :func:`prepare` puts back for each case."""


def warm(modules: Sequence[str]) -> None:
    """Import ``modules`` now, so that the notebook's own imports find them loaded.

    An entry ``package:name`` imports ``package`` and then its attribute or submodule
    ``name`` (``from package import name``). A failure is passed over: the notebook's own
    import meets it again and names it in its cell. Only :data:`sys.modules` changes; the
    notebook's namespace is untouched.
    """
    for entry in modules:
        module, _, name = entry.partition(":")
        try:
            loaded = importlib.import_module(module)
            if name and not hasattr(loaded, name):
                importlib.import_module(f"{module}.{name}")
        except Exception:  # the notebook reports it in its own cell
            continue


def snapshot() -> None:
    """Remember the started kernel's search path, environment and warning filters."""
    _START.update(path=list(sys.path), environ=dict(os.environ), filters=list(warnings.filters))


def prepare(cwd: str) -> None:
    """Give the next notebook a clean start in a kernel that has run one before.

    The working folder becomes ``cwd``; the search path, environment variables and warning
    filters go back to what they were when the kernel had started; and IPython's
    namespace, history and execution count are reset, as in a new kernel. Modules stay
    imported.
    """
    from IPython import get_ipython

    os.chdir(cwd)
    if _START:
        sys.path[:] = _START["path"]
        os.environ.clear()
        os.environ.update(_START["environ"])
        warnings.filters[:] = _START["filters"]  # type: ignore[index]
    shell = get_ipython()
    if shell is not None:
        shell.reset(new_session=True)


def main(argv: Sequence[str] | None = None) -> None:
    """Start the kernel: ``python -m timeline.report.kernel [--warm M1,M2] KERNEL-ARGS``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--warm"]:
        warm([m for m in args[1].split(",") if m])
        args = args[2:]
    if sys.path and sys.path[0] == os.getcwd():
        del sys.path[0]  # as ipykernel's launcher does: the folder is no package source
    from ipykernel.kernelapp import IPKernelApp

    take_snapshot = "__import__('timeline.report.kernel', fromlist=['snapshot']).snapshot()"
    IPKernelApp.launch_instance(argv=[*args, f"--IPKernelApp.exec_lines={take_snapshot}"])


if __name__ == "__main__":  # pragma: no cover
    main()
