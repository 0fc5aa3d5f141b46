"""Benchmark large cases (up to 100,000 events) against the plain Altair chart of the same events.

For each size N, a synthetic case is written with ``make_case`` (fixed seed) and measured:

- *load*: ``load_case`` in a fresh process, imports done first and not timed. "first" is
  the first call (empty date caches, as ``timeline validate`` or ``export`` pay it);
  "warm" is the median of ``--repeat`` more calls in the same process.
- *html export*: ``export_case(case, ["html"], dir)`` in a fresh process with the case
  already loaded (loading not timed). "first" includes the lazy imports (Altair,
  vl-convert) and building the inlined Vega bundle; "warm" is the median of ``--repeat``
  more exports in that process. The plain side times building the chart and
  ``chart.save(path, inline=True)`` the same way.
- *page size*: ``timeline.html`` against the plain page, in MB (10^6 bytes).
- *first draw*: the page opened in headless Chromium (``/usr/bin/chromium``, a fresh
  browser for each run, 1200x900 viewport, every request other than ``file:``, ``data:``,
  ``blob:`` and ``about:`` aborted and counted). An init script checks on every animation
  frame whether the chart's container holds a drawn Vega mark (an element inside an SVG
  ``g.role-mark`` group); the figure is ``performance.now()`` at the first such frame,
  i.e. seconds from the start of navigation to the first frame with marks. Median of
  ``--repeat`` runs; "timeout" after ``--timeout`` seconds, "page error" when the page
  reports an error and draws no marks in the next 5 s. The plain page is saved with
  the SVG renderer, as ours draws (Altair's default, canvas, has no marks in the DOM).
- *peak memory, export process*: the high-water mark (``VmHWM``) of the fresh process
  above at the end of its first load + export (ours) or load + build + save (plain).
- *peak memory, report*: ``timeline report CASE --out DIR`` run as a subprocess; the
  resident memory (``VmRSS``) of the whole process tree (the command, its Jupyter kernel
  and any children) is summed every 50 ms and the largest sum reported, set against the
  plain process's high-water mark. A sampled sum can miss a peak shorter than 50 ms.
- *report wall time*: seconds the ``timeline report`` subprocess ran, interpreter start
  included.

Prints one Markdown table (ours, plain Altair, ours / plain for each size and measure)
and one of the scale targets for 100,000 events (load at most 5 s, html export at most
10 s and 5 MB, first draw at most 3 s, report peak memory under 2 GB), judged on the
"first" figures; without that size it shows the largest size measured.

Run: ``python benchmarks/scale.py [--sizes 1000 10000 100000] [--repeat 3] [--out FILE]
[--keep DIR]``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from make_case import make_case

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
VIEWPORT = {"width": 1200, "height": 900}
OURS_MARKS = ".timeline-chart svg g.role-mark > *"
PLAIN_MARKS = "#vis svg g.role-mark > *"
PLAIN_WIDTH = 1100
LARGE = 50_000
MB = 1_000_000
SAMPLE_SECONDS = 0.05
ERROR_GRACE = 5.0  # seconds to keep waiting for marks after the page reports an error
ALLOWED_SCHEMES = ("file:", "data:", "blob:", "about:")

_FIRST_DRAW_SCRIPT = """
(() => {
  const selector = %s;
  const tick = () => {
    if (document.querySelector(selector)) {
      window.__firstDraw = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
"""


# --- the work done in fresh processes ----------------------------------------------------


def plain_chart(events: Any) -> Any:
    """The plain Altair chart of every event: one bar per row, row limit disabled.

    Parameters
    ----------
    events
        A case's events (``Case.events``).

    Returns
    -------
    altair.Chart
        Bars from ``start`` to the day after ``end`` (an open side takes the other bound)
        on a UTC time axis, one row per lane, with title, date and source as tooltip.
    """
    import altair as alt
    import pandas as pd

    start = events["start"].fillna(events["end"])
    end = events["end"].fillna(events["start"]) + pd.Timedelta(days=1)
    frame = pd.DataFrame(
        {
            "start": start,
            "end": end,
            "lane": events["lane"].astype(str),
            "title": events["title"],
            "date": events["date"],
            "source": events["source"],
        }
    )
    alt.data_transformers.disable_max_rows()
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("start:T", scale=alt.Scale(type="utc"), title=None),
            x2="end:T",
            y=alt.Y("lane:N", title=None),
            tooltip=["title:N", "date:N", "source:N"],
        )
        .properties(width=PLAIN_WIDTH)
    )


def _peak_self_mb() -> float:
    """This process's resident high-water mark so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB


def _worker(kind: str, case_dir: Path, out_dir: Path, repeat: int) -> dict[str, Any]:
    """Run one measurement in this (fresh) process; see the module docstring."""
    from timeline import load_case

    if kind == "load":
        started = time.perf_counter()
        case = load_case(case_dir)
        first = time.perf_counter() - started
        warm = []
        for _ in range(repeat):
            started = time.perf_counter()
            load_case(case_dir)
            warm.append(time.perf_counter() - started)
        return {"first": first, "warm": warm, "events": len(case.events)}

    case = load_case(case_dir)
    out_dir.mkdir(parents=True, exist_ok=True)

    def export() -> Path:
        if kind == "ours":
            from timeline.outputs import export_case

            written = export_case(case, ["html"], out_dir)
            return written[0]
        path = out_dir / "plain.html"
        plain_chart(case.events).save(str(path), inline=True, embed_options={"renderer": "svg"})
        return path

    started = time.perf_counter()
    path = export()
    first = time.perf_counter() - started
    peak = _peak_self_mb()
    warm = []
    for _ in range(repeat):
        started = time.perf_counter()
        export()
        warm.append(time.perf_counter() - started)
    return {"first": first, "warm": warm, "peak_mb": peak, "path": str(path)}


def _worker_main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="scale.py --worker")
    parser.add_argument("kind", choices=["load", "ours", "plain"])
    parser.add_argument("case_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--repeat", type=int, default=0)
    args = parser.parse_args(argv)
    result = _worker(args.kind, args.case_dir, args.out_dir, args.repeat)
    print(json.dumps(result))


# --- processes and their memory ----------------------------------------------------------


def _children(pid: int) -> list[int]:
    """Direct children of ``pid``, from ``/proc/<pid>/task/*/children``."""
    found: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found.extend(int(c) for c in (task / "children").read_text().split())
    except OSError:
        pass
    return found


def _parents() -> dict[int, int]:
    """Every process's parent id, from ``/proc/<pid>/stat``."""
    parents = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        # The command name (field 2) is in parentheses and may hold spaces.
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    return parents


def _tree(root: int) -> list[int]:
    """``root`` and all its descendants (read from ``/proc/<pid>/task/*/children`` when
    the kernel has those files, else by scanning every process's parent id)."""
    by_parent: dict[int, list[int]] | None = None
    if not Path(f"/proc/{root}/task/{root}/children").exists():
        by_parent = {}
        for child, parent in _parents().items():
            by_parent.setdefault(parent, []).append(child)
    tree, pending = [], [root]
    while pending:
        pid = pending.pop()
        tree.append(pid)
        pending.extend(_children(pid) if by_parent is None else by_parent.get(pid, []))
    return tree


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


@dataclass
class Run:
    """How a subprocess went: exit status, wall time, peak tree memory and its output."""

    returncode: int | None
    seconds: float
    peak_mb: float
    stdout: str
    stderr: str
    timed_out: bool = False

    @property
    def ok(self) -> bool:
        """Whether it finished in time with status 0."""
        return self.returncode == 0 and not self.timed_out

    def problem(self) -> str:
        """A one-line account of a failed run."""
        if self.timed_out:
            return f"timed out after {self.seconds:.0f} s"
        tail = [line for line in self.stderr.strip().splitlines() if line.strip()][-3:]
        return f"exit status {self.returncode}: " + " / ".join(tail)


def run_sampled(cmd: list[str], timeout: float, cwd: Path = ROOT) -> Run:
    """Run ``cmd``, summing the resident memory of its process tree every 50 ms.

    Parameters
    ----------
    cmd
        The command.
    timeout
        Seconds after which the command and its descendants are killed.
    cwd
        Working folder.

    Returns
    -------
    Run
        Exit status, wall seconds, the largest tree-wide sum of ``VmRSS`` in MB, and
        the command's output.
    """
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, start_new_session=True)
        peak_kb = 0
        seen: set[int] = {proc.pid}
        timed_out = False
        while proc.poll() is None:
            pids = _tree(proc.pid)
            seen.update(pids)
            peak_kb = max(peak_kb, sum(_rss_kb(p) for p in pids))
            if time.perf_counter() - started > timeout:
                timed_out = True
                for pid in sorted(seen, reverse=True):
                    if _alive(pid):
                        os.kill(pid, signal.SIGKILL)
                proc.wait()
                break
            time.sleep(SAMPLE_SECONDS)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        return Run(proc.returncode, seconds, peak_kb * 1024 / MB, out.read(), err.read(), timed_out)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True


def run_worker(kind: str, case_dir: Path, out_dir: Path, repeat: int, timeout: float) -> Run:
    """Run :func:`_worker` in a fresh interpreter."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", kind]
    cmd += [str(case_dir), str(out_dir), "--repeat", str(repeat)]
    return run_sampled(cmd, timeout)


def _worker_result(run: Run) -> dict[str, Any] | None:
    if not run.ok:
        return None
    lines = run.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else None


def timeline_command() -> list[str]:
    """The ``timeline`` console script beside this interpreter, or ``python -m timeline.cli``."""
    script = Path(sys.executable).with_name("timeline")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "timeline.cli"]


# --- the browser -------------------------------------------------------------------------


@dataclass
class Draw:
    """One page opened in Chromium: seconds to the first frame with marks, or why not."""

    seconds: float | None
    status: str
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def first_draw(page_file: Path, selector: str, timeout: float) -> Draw:
    """Open ``page_file`` in a fresh headless Chromium and time its first drawn marks.

    Parameters
    ----------
    page_file
        The HTML page.
    selector
        A CSS selector that matches once the chart's marks are in the DOM.
    timeout
        Seconds to wait for them.

    Returns
    -------
    Draw
        ``seconds`` from the start of navigation to the first animation frame in which
        ``selector`` matched (``None`` on a timeout or error), the blocked requests and
        the page's errors.
    """
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import TimeoutError as PlaywrightTimeout  # an Error too
    from playwright.sync_api import sync_playwright

    blocked: list[str] = []
    errors: list[str] = []
    error_at: list[float] = []

    def failed(text: str) -> None:
        errors.append(" ".join(text.split()))
        error_at.append(time.perf_counter())

    def guard(route: Any) -> None:
        url = str(route.request.url)
        if url.startswith(ALLOWED_SCHEMES):
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                context = browser.new_context(viewport=VIEWPORT)
                context.route("**/*", guard)
                context.add_init_script(_FIRST_DRAW_SCRIPT % json.dumps(selector))
                page = context.new_page()
                page.on("pageerror", lambda e: failed(str(e)))
                page.on("console", lambda m: m.type == "error" and failed(m.text))
                page.on("crash", lambda _: failed("page crashed"))
                deadline = time.perf_counter() + timeout
                page.goto(page_file.resolve().as_uri(), wait_until="commit")
                while True:
                    # Wait in short steps, to give up soon after the page reports an error.
                    left = deadline - time.perf_counter()
                    if left <= 0:
                        return Draw(None, "timeout", blocked, errors)
                    if error_at and time.perf_counter() - error_at[0] > ERROR_GRACE:
                        return Draw(None, "page error", blocked, errors)
                    try:
                        page.wait_for_function(
                            "() => window.__firstDraw !== undefined",
                            timeout=min(left, 1.0) * 1000,
                            polling=100,
                        )
                    except PlaywrightTimeout:
                        continue
                    seconds = float(page.evaluate("window.__firstDraw")) / 1000
                    return Draw(seconds, "ok", blocked, errors)
            finally:
                browser.close()
    except PlaywrightError as exc:
        message = " ".join(str(exc).split())[:200] or type(exc).__name__
        return Draw(None, f"error: {message}", blocked, errors)


def median_draw(page_file: Path, selector: str, timeout: float, repeat: int) -> Draw:
    """The median of ``repeat`` first draws, or the first failed run's status."""
    runs = []
    for _ in range(max(1, repeat)):
        draw = first_draw(page_file, selector, timeout)
        if draw.seconds is None:
            return draw
        runs.append(draw)
    seconds = statistics.median(d.seconds for d in runs if d.seconds is not None)
    blocked = sorted({u for d in runs for u in d.blocked})
    errors = sorted({e for d in runs for e in d.errors})
    return Draw(seconds, "ok", blocked, errors)


# --- one size ----------------------------------------------------------------------------


@dataclass
class Cell:
    """A measured value, or why there is none."""

    value: float | None
    note: str = ""


@dataclass
class Side:
    """The figures of one side (ours or the plain chart) at one size."""

    export_first: Cell
    export_warm: Cell
    size_mb: Cell
    draw: Cell
    export_peak_mb: Cell
    report_peak_mb: Cell = field(default_factory=lambda: Cell(None, "—"))
    report_s: Cell = field(default_factory=lambda: Cell(None, "—"))


@dataclass
class Result:
    """Everything measured at one size."""

    events: int
    load_first: Cell
    load_warm: Cell
    ours: Side
    plain: Side
    notes: list[str]


def _failed(note: str) -> Cell:
    return Cell(None, note)


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _export_side(
    kind: str, case_dir: Path, out_dir: Path, repeat: int, args: argparse.Namespace
) -> tuple[Side, Path | None, list[str]]:
    notes: list[str] = []
    run = run_worker(kind, case_dir, out_dir, repeat, args.step_timeout)
    result = _worker_result(run)
    if result is None:
        why = "timeout" if run.timed_out else "failed"
        notes.append(f"{kind} export: {run.problem()}")
        dead = _failed(why)
        return Side(dead, dead, dead, dead, dead), None, notes
    path = Path(result["path"])
    warm = result["warm"]
    side = Side(
        export_first=Cell(result["first"]),
        export_warm=Cell(statistics.median(warm)) if warm else _failed("—"),
        size_mb=Cell(path.stat().st_size / MB),
        draw=_failed("—"),
        export_peak_mb=Cell(result["peak_mb"]),
    )
    return side, path, notes


def _draw_cell(
    path: Path | None, selector: str, label: str, args: argparse.Namespace, repeat: int
) -> tuple[Cell, list[str]]:
    if path is None:
        return _failed("—"), []
    draw = median_draw(path, selector, args.timeout, repeat)
    notes = []
    if draw.blocked:
        first = draw.blocked[0]
        notes.append(f"{label} page asked for {len(draw.blocked)} blocked URL(s), e.g. {first}")
    notes += [f"{label} page error: {error[:200]}" for error in draw.errors[:3]]
    if draw.seconds is None:
        return _failed(draw.status), notes
    return Cell(draw.seconds), notes


def measure(events: int, work: Path, args: argparse.Namespace) -> Result:
    """Generate a case of ``events`` events under ``work`` and measure both sides."""
    repeat = args.large_repeat if events >= LARGE else args.repeat
    notes: list[str] = []
    started = time.perf_counter()
    case_dir = make_case(work / f"scale-{events}", events, args.seed)
    _log(f"[{events:,}] case written in {time.perf_counter() - started:.1f} s: {case_dir}")

    run = run_worker("load", case_dir, work / f"out-{events}" / "load", repeat, args.step_timeout)
    loaded = _worker_result(run)
    if loaded is None:
        notes.append(f"load: {run.problem()}")
        load_first = load_warm = _failed("timeout" if run.timed_out else "failed")
    else:
        load_first = Cell(loaded["first"])
        load_warm = Cell(statistics.median(loaded["warm"])) if loaded["warm"] else _failed("—")
    _log(f"[{events:,}] load: first {_fmt(load_first, 's')}, warm {_fmt(load_warm, 's')}")

    sides = {}
    for kind in ("ours", "plain"):
        side, page_file, side_notes = _export_side(
            kind, case_dir, work / f"out-{events}" / kind, repeat, args
        )
        notes += side_notes
        _log(
            f"[{events:,}] {kind} export: first {_fmt(side.export_first, 's')}, "
            f"warm {_fmt(side.export_warm, 's')}, {_fmt(side.size_mb, 'MB')}"
        )
        selector = OURS_MARKS if kind == "ours" else PLAIN_MARKS
        side.draw, draw_notes = _draw_cell(page_file, selector, kind, args, repeat)
        notes += draw_notes
        for note in draw_notes:
            _log(f"  {note}")
        _log(f"[{events:,}] {kind} first draw: {_fmt(side.draw, 's')}")
        sides[kind] = side

    report_out = work / f"out-{events}" / "report"
    cmd = [*timeline_command(), "report", str(case_dir), "--out", str(report_out)]
    run = run_sampled(cmd, args.step_timeout)
    if run.ok and (report_out / case_dir.name / "index.html").is_file():
        sides["ours"].report_peak_mb = Cell(run.peak_mb)
        sides["ours"].report_s = Cell(run.seconds)
    else:
        notes.append(f"report: {run.problem()}")
        why = "timeout" if run.timed_out else "failed"
        sides["ours"].report_peak_mb = _failed(f"{why} (≥ {run.peak_mb:,.0f})")
        sides["ours"].report_s = _failed(f"{why} ({run.seconds:.0f})")
    sides["plain"].report_peak_mb = sides["plain"].export_peak_mb
    _log(
        f"[{events:,}] report: {_fmt(sides['ours'].report_s, 's')}, "
        f"peak {_fmt(sides['ours'].report_peak_mb, 'MB')}"
    )
    return Result(events, load_first, load_warm, sides["ours"], sides["plain"], notes)


# --- tables ------------------------------------------------------------------------------


def _fmt(cell: Cell, unit: str) -> str:
    if cell.value is None:
        return cell.note or "—"
    value = cell.value
    if unit == "MB":
        return f"{value:,.0f}" if value >= 100 else f"{value:.2f}"
    return f"{value:.2f}" if value < 100 else f"{value:,.0f}"


def _ratio(ours: Cell, plain: Cell) -> str:
    if ours.value is None or plain.value is None or plain.value <= 0:
        return "—"
    ratio = ours.value / plain.value
    return f"{ratio:.1f}" if ratio >= 10 else f"{ratio:.2f}"


def comparison_table(results: list[Result], repeat: int, large_repeat: int) -> str:
    """The Markdown table of both sides for every size."""
    lines = [
        "| events | measure | ours | plain Altair | ours / plain |",
        "|---:|---|---:|---:|---:|",
    ]
    for r in results:
        n = f"{r.events:,}"
        runs = large_repeat if r.events >= LARGE else repeat
        rows: list[tuple[str, Cell, Cell, str]] = [
            ("load, first call in a fresh process (s)", r.load_first, _failed("—"), "s"),
            (f"load, warm median of {runs} (s)", r.load_warm, _failed("—"), "s"),
            (
                "html export, first in a fresh process (s)",
                r.ours.export_first,
                r.plain.export_first,
                "s",
            ),
            (
                f"html export, warm median of {runs} (s)",
                r.ours.export_warm,
                r.plain.export_warm,
                "s",
            ),
            ("html page size (MB)", r.ours.size_mb, r.plain.size_mb, "MB"),
            (f"first draw in Chromium, median of {runs} (s)", r.ours.draw, r.plain.draw, "s"),
            (
                "peak memory, load + export process (MB)",
                r.ours.export_peak_mb,
                r.plain.export_peak_mb,
                "MB",
            ),
            (
                "peak memory, `timeline report` tree vs plain load + save process (MB)",
                r.ours.report_peak_mb,
                r.plain.report_peak_mb,
                "MB",
            ),
            ("`timeline report` wall time (s)", r.ours.report_s, _failed("—"), "s"),
        ]
        for label, ours, plain, unit in rows:
            lines.append(
                f"| {n} | {label} | {_fmt(ours, unit)} | {_fmt(plain, unit)} "
                f"| {_ratio(ours, plain)} |"
            )
    return "\n".join(lines)


TARGETS = 100_000


def targets_table(result: Result) -> str:
    """The Markdown table of the scale targets, judged on ``result``."""
    checks: list[tuple[str, str, Cell, float, bool, str]] = [
        ("load (first call in a fresh process)", "≤ 5 s", result.load_first, 5, True, "s"),
        (
            "html export (first in a fresh process)",
            "≤ 10 s",
            result.ours.export_first,
            10,
            True,
            "s",
        ),
        ("html page size", "≤ 5 MB", result.ours.size_mb, 5, True, "MB"),
        ("first draw in Chromium", "≤ 3 s", result.ours.draw, 3, True, "s"),
        ("`timeline report` peak memory", "< 2 GB", result.ours.report_peak_mb, 2000, False, "MB"),
    ]
    heading = f"{result.events:,} events"
    if result.events != TARGETS:
        heading += f" (the targets are for {TARGETS:,})"
    lines = [f"| target, {heading} | limit | measured | |", "|---|---|---:|---|"]
    for label, limit, cell, bound, inclusive, unit in checks:
        if cell.value is None:
            verdict = "not measured" if cell.note in ("", "—") else "not met"
        else:
            ok = cell.value <= bound if inclusive else cell.value < bound
            verdict = "met" if ok else "not met"
        measured = _fmt(cell, unit) + (f" {unit}" if cell.value is not None else "")
        lines.append(f"| {label} | {limit} | {measured} | {verdict} |")
    return "\n".join(lines)


# --- the command -------------------------------------------------------------------------


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        _worker_main(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per median (default 3)")
    parser.add_argument(
        "--large-repeat",
        type=int,
        default=1,
        help=f"runs per median from {LARGE:,} events (default 1)",
    )
    parser.add_argument("--seed", type=int, default=7, help="make_case's seed (default 7)")
    parser.add_argument(
        "--timeout", type=float, default=120, help="seconds to wait for a first draw (120)"
    )
    parser.add_argument(
        "--step-timeout",
        type=float,
        default=3600,
        help="seconds before a load, export or report subprocess is killed (3600)",
    )
    parser.add_argument("--out", type=Path, help="also write the tables to this Markdown file")
    parser.add_argument("--keep", type=Path, help="write cases and pages here and keep them")
    args = parser.parse_args()
    if args.repeat < 1 or args.large_repeat < 1:
        parser.error("--repeat and --large-repeat take a whole number of at least 1")
    if not Path(CHROMIUM).is_file():
        parser.error(f"no Chromium at {CHROMIUM}")

    started = time.perf_counter()
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="timeline-scale.") as tmp:
        work = args.keep if args.keep is not None else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for events in args.sizes:
            results.append(measure(events, work, args))
    total = time.perf_counter() - started

    target = next((r for r in results if r.events == TARGETS), max(results, key=lambda r: r.events))
    parts = [
        comparison_table(results, args.repeat, args.large_repeat),
        targets_table(target),
    ]
    notes = [f"- {r.events:,} events: {note}" for r in results for note in r.notes]
    if notes:
        parts.append("Problems:\n\n" + "\n".join(notes))
    sizes = ", ".join(f"{n:,}" for n in args.sizes)
    parts.append(
        f"Sizes {sizes}; seed {args.seed}; {os.cpu_count()} CPUs; "
        f"the whole run took {_minutes(total)}."
    )
    text = "\n\n".join(parts)
    print(text)
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")


def _minutes(seconds: float) -> str:
    minutes, rest = divmod(math.ceil(seconds), 60)
    return f"{minutes} min {rest} s" if minutes else f"{rest} s"


if __name__ == "__main__":
    main()
