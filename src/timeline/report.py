"""Case reports: the report notebook run by papermill, converted to one offline HTML page."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline import paths
from timeline.case import load_case
from timeline.errors import CaseError

__all__ = ["RenderResult", "render_case", "report_command"]

TEMPLATES = Path(__file__).parent / "templates" / "nbconvert"


@dataclass(frozen=True)
class RenderResult:
    """What happened to one case in a batch."""

    case: str
    ok: bool
    seconds: float
    message: str = ""
    output: Path | None = None


class RenderError(Exception):
    """A report that could not be rendered; the message names the case and the cause."""


def _relative(path: Path) -> str:
    """Return ``path`` relative to the project folder, so no absolute path is recorded."""
    return Path(os.path.relpath(path.resolve(), paths.ROOT)).as_posix()


def _scrub(nb: Any) -> None:
    """Remove run times, paths and other run-dependent metadata from an executed notebook."""
    nb.metadata.pop("papermill", None)
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
    nb.metadata.pop("widgets", None)


def _execute(case_dir: Path, parameters: dict[str, Any]) -> Any:
    import papermill as pm

    nb = pm.execute_notebook(
        str(paths.REPORT_NOTEBOOK),
        None,
        parameters=parameters,
        cwd=str(paths.ROOT),
        kernel_name="python3",
        progress_bar=False,
        log_output=False,
        report_mode=True,
    )
    return nb


def _to_html(nb: Any, title: str) -> str:
    from nbconvert import HTMLExporter

    from timeline.html import vega_bundle

    exporter = HTMLExporter(
        extra_template_basedirs=[str(TEMPLATES)],
        template_name="timeline",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    body, _ = exporter.from_notebook_node(
        nb, resources={"metadata": {"name": title}, "vega_bundle": vega_bundle()}
    )
    return str(body)


def render_case(case_dir: str | Path, out: str | Path = paths.REPORTS) -> Path:
    """Render one case's report into ``out/<case-id>/index.html``, atomically.

    The report renders into a temporary folder beside the old one and replaces it only
    when every step succeeded, so a failure leaves the previous report as it was.

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
    final = out_root / case.id
    parameters = {
        "case_dir": _relative(Path(case_dir)),
        "out_dir": _relative(final),
    }
    try:
        nb = _execute(Path(case_dir), parameters)
    except PapermillExecutionError as exc:
        raise RenderError(
            f"{case.id}: cell {exc.exec_count} of {paths.REPORT_NOTEBOOK.name} failed: "
            f"{exc.ename}: {exc.evalue}"
        ) from None
    _scrub(nb)
    page = _to_html(nb, case.meta.title)
    work = Path(tempfile.mkdtemp(prefix=f".{case.id}.", dir=out_root))
    try:
        nbformat.write(nb, str(work / "report.ipynb"))
        (work / "index.html").write_text(page, encoding="utf-8")
        _swap(work, final)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return final / "index.html"


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
    started = time.perf_counter()
    name = Path(case_dir).name
    try:
        output = render_case(case_dir, out)
    except CaseError as exc:
        return RenderResult(name, False, time.perf_counter() - started, exc.report())
    except RenderError as exc:
        return RenderResult(name, False, time.perf_counter() - started, str(exc))
    return RenderResult(name, True, time.perf_counter() - started, output=output)


def report_command(case_dirs: Sequence[Path], out: Path, jobs: int = 1) -> int:
    """Render every case, print a summary table, and return the exit status."""
    from tqdm import tqdm

    results: list[RenderResult] = []
    with tqdm(total=len(case_dirs), desc="reports", unit="case", file=sys.stderr) as bar:
        for case_dir in case_dirs:
            result = _render_one(str(case_dir), str(out))
            results.append(result)
            bar.update(1)
    failed = [r for r in results if not r.ok]
    for r in failed:
        print(r.message, file=sys.stderr)
    width = max(len(r.case) for r in results)
    print(f"{'case':<{width}}  status  seconds  output")
    for r in results:
        shown = _relative(r.output) if r.output else "-"
        print(f"{r.case:<{width}}  {'ok' if r.ok else 'FAILED':<6}  {r.seconds:7.1f}  {shown}")
    return 1 if failed else 0


def notebook_parameters() -> dict[str, Any]:
    """Return the report notebook's parameters as papermill sees them."""
    import papermill as pm

    return dict(pm.inspect_notebook(str(paths.REPORT_NOTEBOOK)))


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(notebook_parameters(), indent=2))
