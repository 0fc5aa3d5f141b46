"""The chart package: its public names, the deprecated module, and the size of its parts."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import timeline.chart
import timeline.charts
from timeline import paths

CHART = paths.ROOT / "src" / "timeline" / "chart"
MODULES = sorted(CHART.glob("*.py"))


def test_the_old_module_re_exports_the_same_objects() -> None:
    assert timeline.charts.__doc__ == "Deprecated: use timeline.chart."
    for name in timeline.chart.__all__:
        assert getattr(timeline.charts, name) is getattr(timeline.chart, name), name
    for name in ("_frame", "_layout", "_detail_columns", "_html_spec", "_variants"):
        assert callable(getattr(timeline.charts, name)), name


def test_importing_the_old_module_warns_of_nothing() -> None:
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", "import timeline.charts"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_modules_import_parts_not_the_package(path: Path) -> None:
    """A part imports other parts, never the package's own re-exports (no cycle through it)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "timeline.chart":
            assert all(alias.name == "signals" for alias in node.names), path.name
        if isinstance(node, ast.ImportFrom) and node.module == "timeline.charts":
            pytest.fail(f"{path.name} imports the deprecated module")
