"""A real JupyterLab on loopback for the browser tests, and running a notebook in it."""

from __future__ import annotations

import contextlib
import os
import secrets
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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def git(root: Path, *args: str) -> str:
    """Run git in ``root`` (as a throwaway author) and return what it printed."""
    done = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def clone_with_filter(root: Path) -> None:
    """Make ``root`` (holding a copy of ``notebooks/``) a git clone of them, with the
    notebook filter set up as ``make lab`` sets it up (the project's Makefile target)."""
    for name in (".gitattributes", ".gitignore"):
        (root / name).write_bytes((paths.ROOT / name).read_bytes())
    git(root, "init", "-q")
    git(root, "add", ".gitattributes", ".gitignore", "notebooks")
    git(root, "commit", "-q", "-m", "notebooks")
    venv = Path(sys.executable).parent.parent
    subprocess.run(
        [
            "make",
            "-s",
            "-f",
            str(paths.ROOT / "Makefile"),
            f"VENV={venv}",
            "-o",
            f"{venv}/.installed",
            "notebook-filter",
        ],
        cwd=root,
        check=True,
        capture_output=True,
    )


@contextlib.contextmanager
def jupyterlab(root: Path) -> Iterator[tuple[str, str]]:
    """A JupyterLab server on 127.0.0.1 serving ``root/notebooks``; yields its URL and token."""
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


def open_notebook(base: str, token: str, browser: Any, name: str) -> tuple[Any, Any, list[str]]:
    """A browser context and page with notebook ``name`` open, every request off this
    machine blocked and recorded (the list returned)."""
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
    # a fresh workspace: only this notebook open, not those of earlier tests
    page.goto(f"{base}/lab/tree/{name}?reset&token={token}", timeout=60_000)
    page.wait_for_selector(".jp-Notebook", timeout=60_000)
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
    return context, page, blocked


def click(page: Any, target: Any) -> None:
    """Click ``target``, first taking the kernel JupyterLab proposes whenever its dialog
    ("Select Kernel") is open: on a busy machine it can open at any moment."""
    for _ in range(5):
        dialog = page.locator(".jp-Dialog")
        if dialog.count() and dialog.first.is_visible():
            dialog.first.locator("button.jp-mod-accept").click()
        try:
            target.click(timeout=10_000)
            return
        except Exception:
            continue  # most often the dialog opened in between: take it, then try again
    target.click()


def run_all(page: Any, artifacts: Path, stem: str, done: str) -> None:
    """Run every cell, until the selector ``done`` shows (asking again if the kernel was
    not connected yet), then wait for the kernel to be idle."""
    target = page.locator(done)
    # On a busy machine, "Run All Cells" can come before the kernel has connected and
    # run nothing (every prompt stays empty), or only the cells after the one it reached
    # (a "Select Kernel" dialog held it up); then the kernel is restarted and every cell
    # run again, in order, so no cell runs without those before it.
    for attempt in range(3):
        click(page, page.locator(".jp-Notebook:visible").first)
        if attempt == 0:
            click(page, page.get_by_text("Run", exact=True).first)
            click(page, page.get_by_text("Run All Cells", exact=True).first)
        else:
            click(page, page.get_by_text("Kernel", exact=True).first)
            click(page, page.get_by_text("Restart Kernel and Run All Cells", exact=False).first)
            restart = page.locator(".jp-Dialog button.jp-mod-accept")
            restart.first.wait_for(timeout=30_000)
            restart.first.click()
        try:
            target.first.wait_for(timeout=60_000)
            break
        except Exception:
            page.screenshot(path=str(artifacts / f"jupyterlab-{stem}-try{attempt + 1}.png"))
            if attempt == 2:
                raise
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=120_000)


def error_outputs(page: Any) -> list[str]:
    """The text of every error or standard-error output on the page."""
    return list(
        page.locator(
            ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
        ).all_inner_texts()
    )


def write_notebook(path: Path, cells: list[tuple[str, str]]) -> None:
    """A notebook of ``(kind, source)`` cells; the second is tagged ``parameters``."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
    }
    made = []
    for i, (kind, source) in enumerate(cells):
        cell = (nbformat.v4.new_markdown_cell if kind == "markdown" else nbformat.v4.new_code_cell)(
            source
        )
        if i == 1:
            cell.metadata["tags"] = ["parameters"]
        made.append(cell)
    nb.cells = made
    nbformat.write(nb, str(path))
