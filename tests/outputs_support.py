"""Helpers for the output tests (test_outputs_*): the hostile case, snapshots, the CLI, tags."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from timeline.cli import main

HERE = Path(__file__).parent
DATA_FORMATS = ["timelinejs", "claimreview", "claims", "csv", "parquet"]
CHART_FORMATS = ["html", "embed", "vega-lite", "svg", "png", "pdf"]
HOSTILE_STRINGS = (
    "</script><script>window.pwned=1</script>",
    "<img src=x onerror=alert(1)>",
    "Tom &amp; Jerry &lt;not a tag&gt;",
    "first line\u2028second line\u2029third line",
    '" onmouseover="window.pwned=1',
)
# Markup from the hostile case that must never reach a page or image unescaped.
RAW_MARKUP = (
    "</script><script>window.pwned=1</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=window.pwned=1>",
    "<b>Agency</b>",
    "</style><style>",
    "</textarea><!--<script>",
    "<iframe src=javascript:",
)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the real command in a new process."""
    return subprocess.run(
        [sys.executable, "-m", "timeline.cli", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the command in this process (faster); an uncaught exception fails the test."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


class Tags(HTMLParser):
    """Every start tag in a piece of HTML, with its attributes, and the scripts' text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, {k: v or "" for k, v in attrs}))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data

    @classmethod
    def scripts_of(cls, markup: str) -> list[str]:
        parser = cls()
        parser.feed(markup)
        parser.close()
        return parser.scripts

    @classmethod
    def of(cls, markup: str) -> list[tuple[str, dict[str, str]]]:
        parser = cls()
        parser.feed(markup)
        parser.close()
        return parser.found
