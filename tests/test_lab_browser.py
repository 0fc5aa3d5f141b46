"""A real JupyterLab on loopback runs the exploration notebook in headless Chromium."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from timeline import paths

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """A JupyterLab server on 127.0.0.1 serving a copy of the notebooks (so nothing is saved
    into the project's own notebooks); yields its base URL and token."""
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(paths.NOTEBOOKS, root / "notebooks")
    port, token = _free_port(), secrets.token_hex(16)
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(root / "config"),
        "JUPYTER_RUNTIME_DIR": str(root / "runtime"),
        "JUPYTERLAB_WORKSPACES_DIR": str(root / "workspaces"),
        "TIMELINE_ROOT": str(paths.ROOT),
    }
    log = (root / "lab.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            "--allow-root",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={root / 'notebooks'}",
            "--LabApp.news_url=",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            "--LabServerApp.extension_manager=readonly",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
        cwd=root,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("JupyterLab did not start:\n" + (root / "lab.log").read_text())
                time.sleep(0.5)
        yield base, token
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def test_exploration_notebook_runs_in_jupyterlab(
    lab: tuple[str, str], browser: Any, artifacts: Path
) -> None:
    base, token = lab
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    blocked: list[str] = []

    def guard(route: Any) -> None:
        if route.request.url.startswith(base) or route.request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    try:
        page.goto(f"{base}/lab/tree/explore.ipynb?token={token}", timeout=60_000)
        page.wait_for_selector(".jp-Notebook", timeout=60_000)
        page.wait_for_selector(
            ".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000
        )
        chart = page.locator(".jp-OutputArea-output .vega-embed svg, .jp-OutputArea-output canvas")
        # On a busy machine, "Run All Cells" can come before the kernel has connected and
        # run nothing (every prompt stays empty); then it is asked again.
        for attempt in range(3):
            # JupyterLab may ask which kernel to start (on a slow start it asks even when
            # the notebook names one): take the one it proposes, the notebook's own.
            dialog = page.locator(".jp-Dialog")
            if dialog.count() and dialog.first.is_visible():
                dialog.first.locator("button.jp-mod-accept").click()
            page.locator(".jp-Notebook").first.click()
            page.get_by_text("Run", exact=True).first.click()
            page.get_by_text("Run All Cells", exact=True).first.click()
            try:
                chart.first.wait_for(timeout=60_000)
                break
            except Exception:
                page.screenshot(path=str(artifacts / f"jupyterlab-explore-try{attempt + 1}.png"))
                if attempt == 2:
                    raise
        page.wait_for_selector(
            ".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=120_000
        )
        prompts = page.locator(".jp-InputArea-prompt").all_inner_texts()
        errors = page.locator(
            ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
        ).all_inner_texts()
        page.screenshot(path=str(artifacts / "jupyterlab-explore.png"), full_page=False)
        assert not [e for e in errors if "Error" in e or "Traceback" in e], errors
        assert not any("*" in p for p in prompts), prompts  # every cell finished
        assert page.locator(".jp-OutputArea-output table").count() >= 1
        assert blocked == []
    finally:
        context.close()
