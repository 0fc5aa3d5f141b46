"""Benchmark `timeline report` against the floor of running an empty notebook the same way.

Prints two tables:

1. the first case's report against executing and converting an empty notebook with the
   same kernel, papermill settings and nbconvert template (the floor), side by side, as a
   ratio (target: at most 1.5);
2. a batch of 8 cases rendered with ``--jobs 2`` against ``--jobs 1`` (target: at least
   1.7 times faster).

Run: ``python benchmarks/report.py [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import nbformat

from timeline import paths
from timeline.report import render_case, report_command
from timeline.report.run import _execute, _to_html


def _empty_notebook(folder: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell('case_dir = ""\nout_dir = "."')
    cell.metadata["tags"] = ["parameters"]
    cell["id"] = "parameters"
    nb.cells = [cell]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    path = folder / "empty.ipynb"
    nbformat.write(nb, path)
    return path


def _median_seconds(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch", type=int, default=8)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        empty = _empty_notebook(tmp)
        out = tmp / "reports"

        def floor() -> None:
            work = tmp / "floor"
            work.mkdir(exist_ok=True)
            nb = _execute(work, {"case_dir": "", "out_dir": "."}, notebook=empty)
            (work / "index.html").write_text(_to_html(nb, "empty"), encoding="utf-8")

        def report() -> None:
            render_case(paths.FIRST_CASE, out)

        floor()  # warm caches (imports, the Vega bundle) for both sides
        report()
        floor_s = report_s = 0.0
        floor_runs, report_runs = [], []
        for _ in range(args.repeat):  # alternate, so drift hits both sides alike
            floor_runs.append(_median_seconds(floor, 1))
            report_runs.append(_median_seconds(report, 1))
        floor_s, report_s = statistics.median(floor_runs), statistics.median(report_runs)

        print("| run | median seconds |")
        print("|---|---|")
        print(f"| empty notebook, executed and converted (floor) | {floor_s:.2f} |")
        print(f"| `timeline report` on {paths.FIRST_CASE.name} | {report_s:.2f} |")
        print(f"| ratio (target at most 1.5) | {report_s / floor_s:.2f} |")
        print()

        cases = tmp / "cases"
        for i in range(args.batch):
            shutil.copytree(paths.FIRST_CASE, cases / f"case-{i + 1}")
        dirs = sorted(cases.iterdir())
        timings = {}
        for jobs in (1, 2):
            started = time.perf_counter()
            with contextlib.redirect_stdout(io.StringIO()):
                status = report_command(dirs, tmp / f"batch-{jobs}", jobs=jobs)
            timings[jobs] = time.perf_counter() - started
            assert status == 0, f"batch with --jobs {jobs} failed"
        print(f"| batch of {args.batch} cases | seconds |")
        print("|---|---|")
        print(f"| `--jobs 1` | {timings[1]:.1f} |")
        print(f"| `--jobs 2` | {timings[2]:.1f} |")
        print(f"| speed-up (target at least 1.7) | {timings[1] / timings[2]:.2f} |")


if __name__ == "__main__":
    main()
