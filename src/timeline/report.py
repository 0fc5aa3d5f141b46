"""Case reports: the report notebook run by papermill, converted to one offline HTML page."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import as_completed as futures_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline import paths
from timeline.case import load_case
from timeline.errors import CaseError
from timeline.files import current_umask

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


def _execute(cwd: Path, parameters: dict[str, Any], notebook: Path | None = None) -> Any:
    """Run a notebook (the report's by default) in folder ``cwd``; return it executed."""
    import papermill as pm

    nb = pm.execute_notebook(
        str(notebook or paths.REPORT_NOTEBOOK),
        None,
        parameters=parameters,
        cwd=str(cwd),
        kernel_name="python3",
        progress_bar=False,
        log_output=False,
        report_mode=True,
        extra_arguments=["--IPKernelApp.log_level=ERROR"],
    )
    return nb


def _to_html(nb: Any, title: str) -> str:
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    from timeline.html import vega_bundle

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
    body, _ = exporter.from_notebook_node(
        nb, resources={"metadata": {"name": title}, "vega_bundle": vega_bundle()}
    )
    return str(body)


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
    work = Path(tempfile.mkdtemp(prefix=f".{case.id}.", dir=out_root))
    os.chmod(work, 0o777 & ~current_umask())
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
    """Yield each case's result as it finishes: in this process, in a pool, or on Dask."""
    args = [(str(d), str(out)) for d in case_dirs]
    if scheduler:
        from distributed import Client, as_completed

        with Client(scheduler) as client:
            futures = [client.submit(_render_one, *a, pure=False) for a in args]
            for future in as_completed(futures):
                yield future.result()
    elif jobs > 1 and len(args) > 1:
        # A fork server imports the package once; each worker forks from it already
        # warm, instead of starting a new interpreter.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["timeline.report", "timeline.html", "nbconvert"])
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            pending = [pool.submit(_render_one, *a) for a in args]
            for future in futures_completed(pending):
                yield future.result()
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
        Cases rendered at once, in separate processes on this machine.
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
