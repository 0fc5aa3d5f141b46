"""Tests for timeline.files: atomic writes keep the old file on failure."""

from __future__ import annotations

import os
import stat
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
