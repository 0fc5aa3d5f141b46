"""Notebooks in tests: as git stores them (through the clone's clean filter), and stand-ins."""

from __future__ import annotations

import ast
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def _git(root: Path, *args: str) -> str | None:
    if shutil.which("git") is None:
        return None
    done = subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, check=False
    )
    return done.stdout.strip() if done.returncode == 0 else None


def clean_filter(root: Path, path: Path) -> str | None:
    """The command git cleans ``path`` with when storing it, or ``None`` when it has none."""
    relative = str(path.resolve().relative_to(root.resolve()))
    attr = _git(root, "check-attr", "filter", "--", relative) or ""
    name = attr.rsplit(": ", 1)[-1]
    if name in {"", "unspecified", "unset", "set"}:
        return None
    return _git(root, "config", f"filter.{name}.clean") or None


def stored_text(root: Path, path: Path) -> str:
    """The text git would store for ``path``: the file through its clean filter, if any.

    With ``make lab``'s nbstripout filter installed, what JupyterLab saves into a
    notebook (outputs, run counts, widget state) never reaches git, so it is checked as
    git would store it; without the filter, the file is checked as it is.
    """
    data = path.read_bytes()
    command = clean_filter(root, path)
    if command is None:
        return data.decode("utf-8")
    done = subprocess.run(
        command, shell=True, input=data, capture_output=True, cwd=root, check=True
    )
    return done.stdout.decode("utf-8")


def assert_clean_notebook(nb: dict[str, Any]) -> None:
    """A notebook as the project keeps it: no outputs or run counts, a markdown title first,
    then the only ``parameters`` cell (literal values), and no function or class."""
    cells = nb["cells"]
    assert cells[0]["cell_type"] == "markdown"
    assert cells[0]["source"] and "".join(cells[0]["source"]).lstrip().startswith("# ")
    tagged = [i for i, c in enumerate(cells) if "parameters" in c["metadata"].get("tags", [])]
    assert tagged == [1], "the second cell is the only one tagged parameters"
    for cell in cells:
        if cell["cell_type"] != "code":
            continue
        assert cell.get("outputs") == [] and cell.get("execution_count") is None
        tree = ast.parse("".join(cell["source"]))
        defs = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
        assert not any(isinstance(node, defs) for node in ast.walk(tree))
    params = ast.parse("".join(cells[1]["source"]))
    for node in params.body:
        assert isinstance(node, ast.Assign | ast.AnnAssign)
        assert node.value is not None
        ast.literal_eval(node.value)  # literal values only


def stand_in_report(path: Path, title: str, cells: Sequence[str]) -> Any:
    """Write a small report notebook to ``path``: a title, the parameters cell, ``cells``.

    The report tests run these in place of the real report notebook (monkeypatched as
    ``paths.REPORT_NOTEBOOK``), so that a kernel's behaviour is tested without the
    report's work. Returns the notebook written.
    """
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells.append(nbformat.v4.new_markdown_cell(f"# {title}"))
    params = nbformat.v4.new_code_cell('case_dir = ""\nout_dir = "."')
    params.metadata["tags"] = ["parameters"]
    nb.cells.append(params)
    nb.cells.extend(nbformat.v4.new_code_cell(source) for source in cells)
    for n, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{n}"
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return nb
