"""Benchmark `timeline report` against the same work in plain Python and the standard route.

Prints, side by side in one run, whole-process wall times (each a fresh ``python``):

1. one case (the first): ``timeline report --force`` against the pure work, the same
   outputs made directly in one process with no notebook (``load_case``, the sections,
   ``chart_html``, ``export_case`` with the report's four formats, and a page with the Vega
   libraries inlined from the cache), and against the standard route, ``papermill`` then
   ``jupyter nbconvert --to html --no-input`` on the same notebook and parameters; runs
   alternate, and medians are compared (targets: at most 1.5 and at most 0.5);
2. a batch of generated cases (``benchmarks/make_case.py``): the first render with
   ``--jobs 1`` and with ``--jobs 2`` (target: at least 1.7 times faster), then a re-run
   with nothing changed (target: under 2 s for 50 cases) and a re-run after one case
   changed.

The Vega bundle's cache is filled before anything is timed. Run:
``python benchmarks/report.py [--repeat 3] [--batch 50] [--events 200]``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from make_case import make_case
from timeline import paths
from timeline.bundle import vega_bundle

PURE_WORK = """
import sys
from pathlib import Path

from timeline import load_case
from timeline.bundle import vega_bundle
from timeline.chart import chart_html
from timeline.outputs import export_case
from timeline.report import sections

case = load_case(sys.argv[1])
out = Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
parts = [
    sections.headline_html(case) + sections.draft_warning_html(case),
    sections.finding_html(case),
    chart_html(case, div_id=f"chart-{case.id}", width=None, subtitle=False),
    sections.claims_html(case),
    sections.date_notes_html(case),
    sections.sources_html(case),
]
written = export_case(case, ["vega-lite", "timelinejs", "claimreview", "csv"], out)
parts.append(sections.files_html(written, out))
page = (
    f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{case.meta.title}</title>"
    f"<script>{vega_bundle()}</script></head><body>{''.join(parts)}</body></html>"
)
(out / "index.html").write_text(page, encoding="utf-8")
"""


def _seconds(command: list[str], cwd: Path | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=cwd)
    return time.perf_counter() - started


def _timeline(*args: str) -> list[str]:
    return [sys.executable, "-m", "timeline.cli", "report", *args]


def _standard(case: Path, work: Path) -> None:
    executed = work / "report.ipynb"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "papermill",
            str(paths.REPORT_NOTEBOOK),
            str(executed),
            "-p",
            "case_dir",
            str(case),
            "-p",
            "out_dir",
            ".",
            "--cwd",
            str(work),
            "--no-progress-bar",
            "-k",
            "python3",
        ],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [sys.executable, "-m", "jupyter", "nbconvert", "--to", "html", "--no-input", str(executed)],
        check=True,
        capture_output=True,
    )


def one_case(tmp: Path, repeat: int) -> None:
    """Print the first case's report against the pure work and the standard route."""
    runs: dict[str, list[float]] = {"report": [], "pure": [], "standard": []}
    case = paths.FIRST_CASE
    for n in range(repeat + 1):  # the first round warms the disk cache and is dropped
        report = _seconds(_timeline(str(case), "--out", str(tmp / "one"), "--force"))
        pure = _seconds([sys.executable, "-c", PURE_WORK, str(case), str(tmp / "pure")])
        work = tmp / f"standard-{n}"
        work.mkdir()
        started = time.perf_counter()
        _standard(case, work)
        standard = time.perf_counter() - started
        if n:
            runs["report"].append(report)
            runs["pure"].append(pure)
            runs["standard"].append(standard)
    med = {k: statistics.median(v) for k, v in runs.items()}
    print(f"| one case ({case.name}), whole process | median seconds of {repeat} |")
    print("|---|---|")
    print(f"| `timeline report` | {med['report']:.2f} |")
    print(f"| pure work in one Python process | {med['pure']:.2f} |")
    print(f"| papermill + nbconvert (standard route) | {med['standard']:.2f} |")
    print(f"| report / pure work (target at most 1.5) | {med['report'] / med['pure']:.2f} |")
    ratio = med["report"] / med["standard"]
    print(f"| report / standard route (target at most 0.5) | {ratio:.2f} |")
    print()


def batch(tmp: Path, count: int, events: int) -> None:
    """Print a batch's first render (one and two jobs) and its re-runs."""
    dirs = [make_case(tmp / "cases" / f"case-{i + 1:02d}", events, seed=i) for i in range(count)]
    names = [str(d) for d in dirs]
    one = _seconds(_timeline(*names, "--out", str(tmp / "batch-1"), "--jobs", "1"))
    two = _seconds(_timeline(*names, "--out", str(tmp / "batch-2"), "--jobs", "2"))
    same = _seconds(_timeline(*names, "--out", str(tmp / "batch-2"), "--jobs", "2"))
    with (dirs[0] / "case.yml").open("a", encoding="utf-8") as f:
        f.write("# edited\n")
    changed = _seconds(_timeline(*names, "--out", str(tmp / "batch-2"), "--jobs", "2"))
    print(f"| batch of {count} generated cases ({events} events each), whole process | seconds |")
    print("|---|---|")
    print(f"| first render, `--jobs 1` | {one:.1f} |")
    print(f"| first render, `--jobs 2` | {two:.1f} |")
    print(f"| speed-up of `--jobs 2` (target at least 1.7) | {one / two:.2f} |")
    print(f"| re-run, nothing changed (target under 2 s) | {same:.2f} |")
    print(f"| re-run, one case changed | {changed:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--events", type=int, default=200)
    args = parser.parse_args()
    vega_bundle()  # fill the cache: every side reads it from there
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        one_case(tmp, args.repeat)
        if args.batch:
            batch(tmp, args.batch, args.events)


if __name__ == "__main__":
    main()
