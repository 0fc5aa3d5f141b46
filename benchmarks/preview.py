"""Benchmark `timeline preview`: from saving a case file to the new state on the server.

The preview polls the case folder, waits for the files to settle, reloads the case and
draws its chart. This measures, for N saves of ``events.csv`` (a title rewritten each
time), the time from the save to the server's new state, against the pure work done
side by side in the same process: ``load_case`` and ``chart_html`` on the same folder.
The issue's bar is 1 s from save to page; the browser's draw comes on top.

Run: ``python benchmarks/preview.py [--saves 8]``.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path

from timeline.case import load_case
from timeline.chart.page import chart_html
from timeline.preview.live import Live

ROOT = Path(__file__).resolve().parents[1]
FIRST = ROOT / "data" / "cases" / "lasd-ice-2017"


def _rewrite(events: Path, n: int) -> None:
    """Save ``events.csv`` with its first event's title changed, as an editor would."""
    lines = events.read_text(encoding="utf-8").splitlines()
    head, first, rest = lines[0], lines[1].split(","), lines[2:]
    first[3] = f"Edited title {n}"
    events.write_text("\n".join([head, ",".join(first), *rest]) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "case"
        shutil.copytree(FIRST, folder)
        live = Live(folder)
        live.refresh()
        watcher = threading.Thread(target=live.watch, daemon=True)
        watcher.start()
        seen, pure = [], []
        for n in range(args.saves):
            version = live.snapshot().version
            time.sleep(0.3)  # a reporter's pause between saves
            started = time.perf_counter()
            _rewrite(folder / "events.csv", n)
            snap = live.wait_newer(version, timeout=10)
            seen.append(time.perf_counter() - started)
            assert f"Edited title {n}" in snap.chart, "the new state lacks the edit"
            started = time.perf_counter()
            chart_html(load_case(folder))
            pure.append(time.perf_counter() - started)
        live.stop()
        watcher.join()
    save, work = statistics.median(seen), statistics.median(pure)
    print(f"| preview, {args.saves} saves of events.csv | median seconds |")
    print("|---|---|")
    spread = f"range {min(seen):.2f}-{max(seen):.2f}"
    print(f"| save to new state (`timeline preview`) | {save:.2f} ({spread}) |")
    print(f"| pure work: `load_case` + `chart_html` | {work:.2f} |")
    print(f"| preview / pure work | {save / work:.2f} |")


if __name__ == "__main__":
    main()
