"""Shared fixtures: the first case and the test cases, loaded once a module; copies to break."""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from chart_support import HOSTILE, SYNTHETIC
from timeline import Case, load_case, paths
from timeline.chart import timeline_chart


@pytest.fixture(scope="session", autouse=True)
def _cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A cache folder of the test run's own (the Vega bundle), for this process and its children."""
    folder = tmp_path_factory.mktemp("cache")
    before = os.environ.get("TIMELINE_CACHE_DIR")
    os.environ["TIMELINE_CACHE_DIR"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("TIMELINE_CACHE_DIR", None)
    else:
        os.environ["TIMELINE_CACHE_DIR"] = before


@pytest.fixture(scope="session")
def first_case_dir() -> Path:
    """The first case's folder, read-only."""
    return paths.FIRST_CASE


@pytest.fixture(scope="module")
def first_case(first_case_dir: Path) -> Case:
    """The first case, loaded once a test module."""
    return load_case(first_case_dir)


@pytest.fixture(scope="module")
def first(first_case: Case) -> Case:
    """The first case, under the short name the chart tests use."""
    return first_case


@pytest.fixture(scope="module")
def synthetic() -> Case:
    """The synthetic test case, loaded once a test module."""
    return load_case(SYNTHETIC)


@pytest.fixture(scope="module")
def hostile_case() -> Case:
    """The hostile test case, loaded once a test module."""
    return load_case(HOSTILE)


@pytest.fixture(scope="module")
def first_spec(first: Case) -> dict[str, Any]:
    """The first case's chart, as a Vega-Lite spec."""
    return timeline_chart(first).to_dict()


@pytest.fixture(scope="module")
def synthetic_spec(synthetic: Case) -> dict[str, Any]:
    """The synthetic case's chart, as a Vega-Lite spec."""
    return timeline_chart(synthetic).to_dict()


@pytest.fixture
def case_copy(tmp_path: Path, first_case_dir: Path) -> Path:
    """A writable copy of the first case, in a folder named like the original."""
    target = tmp_path / first_case_dir.name
    shutil.copytree(first_case_dir, target)
    return target


@pytest.fixture(scope="session")
def make_case() -> Callable[..., Path]:
    """``make_case(out, events, seed)`` from ``benchmarks/make_case.py``: a large synthetic case."""
    path = paths.ROOT / "benchmarks" / "make_case.py"
    spec = importlib.util.spec_from_file_location("make_case", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    make: Callable[..., Path] = module.make_case
    return make


# --- headless Chromium ------------------------------------------------------------------

CHROMIUM = os.environ.get("TIMELINE_CHROMIUM", "/usr/bin/chromium")
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
ARTIFACTS = Path(__file__).parent / "artifacts"


def _browser_missing() -> str | None:
    if not Path(CHROMIUM).is_file():
        return f"no Chromium at {CHROMIUM} (install Debian's chromium package)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's headless Chromium, driven by playwright; skipped (or failed under CI) if absent."""
    reason = _browser_missing()
    if reason:
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"browser tests need Chromium under CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def offline_page(browser: Any) -> Iterator[Any]:
    """A page whose every request off this machine is blocked and recorded.

    ``page.blocked`` lists blocked URLs; ``page.console_errors`` and ``page.page_errors``
    collect what the page reported.
    """
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    blocked: list[str] = []

    def guard(route: Any) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "blob:", "about:")) or url.startswith(
            ("http://127.0.0.1", "http://localhost")
        ):
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.blocked = blocked
    page.console_errors = []
    page.page_errors = []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda e: page.page_errors.append(str(e)))
    page.on("dialog", lambda d: (page.page_errors.append(f"dialog: {d.message}"), d.dismiss()))
    try:
        yield page
    finally:
        context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Folder for screenshots and other test artefacts (not tracked in git)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
