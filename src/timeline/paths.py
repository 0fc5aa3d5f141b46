"""Where the project keeps its cases, notebooks and reports."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = [
    "CASES",
    "DATA",
    "FIRST_CASE",
    "NOTEBOOKS",
    "REPORTS",
    "REPORT_NOTEBOOK",
    "ROOT",
    "project_path",
]


def _find_root() -> Path:
    """Return the project folder.

    ``TIMELINE_ROOT`` wins when set; otherwise the checkout that holds this package
    (``src/timeline`` two levels below the folder with ``pyproject.toml``); otherwise the
    current working directory.
    """
    env = os.environ.get("TIMELINE_ROOT")
    if env:
        return Path(env).resolve()
    here = Path(__file__).resolve().parents[2]
    if (here / "pyproject.toml").is_file() and (here / "notebooks").is_dir():
        return here
    return Path.cwd().resolve()


ROOT: Path = _find_root()
DATA: Path = ROOT / "data"
CASES: Path = DATA / "cases"
NOTEBOOKS: Path = ROOT / "notebooks"
REPORTS: Path = ROOT / "reports"
REPORT_NOTEBOOK: Path = NOTEBOOKS / "case_report.ipynb"
FIRST_CASE: Path = CASES / "lasd-ice-2017"


def project_path(path: str | os.PathLike[str]) -> Path:
    """Resolve a path written relative to the project folder, wherever the caller runs.

    Notebooks name cases as ``data/cases/<id>``; JupyterLab runs them in ``notebooks/`` and
    papermill in the project folder. An absolute path, or one that exists from the current
    folder, is kept as it is.
    """
    given = Path(path)
    if given.is_absolute() or given.exists():
        return given
    return ROOT / given
