"""Tests of the project itself: set-up files agree, notebooks are stored clean."""

from __future__ import annotations

import ast
import json
import re
import tomllib
from pathlib import Path

import pytest
import yaml

from notebook_support import assert_clean_notebook, stored_text
from timeline import paths

ROOT = paths.ROOT


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = set(project["dependencies"]) | set(project["optional-dependencies"]["dev"])
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    listed = {r for r in pip_section if r != "-e ."}
    assert sorted(listed - wanted) == [], "in environment.yml only"
    assert sorted(wanted - listed) == [], "in pyproject.toml only"
    assert "-e ." in pip_section
    assert any(str(d).startswith("python") for d in env["dependencies"])


def test_python_floor_agrees() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert project["requires-python"] == ">=3.11"
    assert "python>=3.11" in env["dependencies"]


NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_is_stored_clean(path: Path) -> None:
    """As git stores it: through the clone's nbstripout filter when `make lab` set it up."""
    assert_clean_notebook(json.loads(stored_text(ROOT, path)))


def test_readme_quick_start_has_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^make \w+", quick, flags=re.M)
    assert commands == ["make report", "make test"]


def test_ci_runs_the_readme_test_command() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in script
    assert "chromium" in script


def test_modules_open_with_a_docstring() -> None:
    for path in sorted((ROOT / "src" / "timeline").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        doc = ast.get_docstring(tree)
        assert doc and "\n" not in doc.strip(), f"{path.name}: one-line module docstring"
        source = path.read_text(encoding="utf-8")
        if path.name != "__init__.py" or "import" in source:
            assert "from __future__ import annotations" in source, path.name


PACKAGE = paths.ROOT / "src" / "timeline"
SOURCES = sorted(PACKAGE.rglob("*.py"))


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _code_lines(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """Lines of a function's body, its docstring aside."""
    body = node.body
    if isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and len(body) > 1:
        body = body[1:]
    return (body[-1].end_lineno or 0) - body[0].lineno + 1


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: _module_name(p))
def test_modules_are_small_with_short_functions(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= 600, "at most 600 lines a module"
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            assert _code_lines(node) <= 80, f"{node.name}: at most 80 lines of code"


def _imports_at_load(path: Path, modules: set[str]) -> set[str]:
    """The package's modules that ``path`` imports when it is loaded (not inside functions).

    ``from timeline import paths`` imports the module ``timeline.paths``; ``from
    timeline.case import Case`` imports ``timeline.case``.
    """
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("timeline"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in modules else node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in modules)
    return found - {_module_name(path)}


def test_the_package_has_no_import_cycle() -> None:
    modules = {_module_name(p): p for p in SOURCES}
    graph = {name: _imports_at_load(path, set(modules)) for name, path in modules.items()}
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, "import cycle: " + " -> ".join((*path, name))
        if name in done:
            return
        for dep in sorted(graph[name]):
            visit(dep, (*path, name))
        done.add(name)

    for name in sorted(graph):
        visit(name, ())


def test_readme_layout_names_every_module() -> None:
    """The README's layout table names each module and subpackage of the package."""
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    layout = readme[readme.index("## Layout") : readme.index("## How it fits together")]
    names = [p.name for p in PACKAGE.glob("*.py") if p.name != "__init__.py"]
    names += [f"src/timeline/{p.parent.name}/" for p in PACKAGE.glob("*/__init__.py")]
    missing = [name for name in sorted(names) if f"{name}`" not in layout]
    assert not missing, f"not in the README's layout table: {missing}"
