"""Tests for timeline.files: atomic writes keep the old file on failure."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from timeline import files


def test_write_atomic_writes_text_and_bytes(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.txt"
    files.write_atomic(target, "héllo")
    assert target.read_bytes() == "héllo".encode()
    files.write_atomic(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert [p.name for p in target.parent.iterdir()] == ["out.txt"]


def test_write_atomic_uses_ordinary_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = files.write_atomic(tmp_path / "page.html", "<p>")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.txt"
    target.write_text("good", encoding="utf-8")

    def broken(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="disk full"):
        files.write_atomic(target, "half")
    assert target.read_text(encoding="utf-8") == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def _report_folder(parent: Path, name: str, text: str) -> Path:
    folder = parent / name
    folder.mkdir()
    (folder / "index.html").write_text(text, encoding="utf-8")
    return folder


def test_replace_folder_leaves_no_moment_without_a_page(tmp_path: Path) -> None:
    """A reader polling the page while it is replaced again and again always finds one."""
    final = _report_folder(tmp_path, "case", "v0")
    stop = threading.Event()
    misses: list[int] = []
    reads: list[int] = []

    def reader() -> None:
        while not stop.is_set():
            try:
                (final / "index.html").read_bytes()
            except FileNotFoundError:
                misses.append(1)
            reads.append(1)

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for n in range(1, 400):
            files.replace_folder(_report_folder(tmp_path, f".case.{n}", f"v{n}"), final)
    finally:
        stop.set()
        thread.join()
    assert len(reads) > 400
    assert not misses, f"the page was missing in {len(misses)} of {len(reads)} reads"
    assert (final / "index.html").read_text(encoding="utf-8") == "v399"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case"]


def test_replace_folder_at_once_from_two_threads(tmp_path: Path) -> None:
    final = tmp_path / "case"

    def swaps(worker: int) -> None:
        for n in range(100):
            new = _report_folder(tmp_path, f".case.{worker}.{n}", f"{worker}.{n}")
            with files.locked(tmp_path):
                files.replace_folder(new, final)

    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(swaps, (1, 2)))  # re-raises what a thread raised
    assert (final / "index.html").read_text(encoding="utf-8") in {"1.99", "2.99"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case"]


def test_replace_folder_without_an_exchange(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the system cannot exchange, the folder is still replaced and nothing is left."""
    monkeypatch.setattr(files, "exchange", lambda a, b: False)
    final = _report_folder(tmp_path, "case", "old")
    files.replace_folder(_report_folder(tmp_path, ".case.1", "new"), final)
    assert (final / "index.html").read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case"]


def test_exchange_reports_a_missing_path(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    if not files.exchange(tmp_path / "a", tmp_path / "a"):
        pytest.skip("this file system cannot exchange two paths")
    with pytest.raises(FileNotFoundError):
        files.exchange(tmp_path / "a", tmp_path / "missing")


def test_a_claim_ends_with_its_process(tmp_path: Path) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    fd = files.claim(folder)
    try:
        assert not files.unclaimed(folder)
    finally:
        os.close(fd)
    assert files.unclaimed(folder)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from timeline import files; files.claim(sys.argv[1]); "
            "print('held', flush=True); time.sleep(60)",
            str(folder),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        assert not files.unclaimed(folder)
    finally:
        holder.kill()
        holder.wait()
    assert files.unclaimed(folder)
    assert not files.unclaimed(tmp_path / "missing")
