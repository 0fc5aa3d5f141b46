"""The Vega libraries' script, built by vl-convert once per installed version and kept on disk."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import threading
from importlib import metadata
from pathlib import Path

from timeline import files

__all__ = ["CACHE_ENV", "bundle_path", "cache_dir", "vega_bundle"]

CACHE_ENV = "TIMELINE_CACHE_DIR"
"""An environment variable naming the cache folder, instead of the user's usual one."""

_HEADER = "// timeline vega bundle sha256="
_lock = threading.Lock()
_memo: dict[Path, str] = {}


def cache_dir() -> Path:
    """The folder where ``timeline`` keeps what it can rebuild.

    ``$TIMELINE_CACHE_DIR`` when set; otherwise the user's cache folder as the system names
    it (``$XDG_CACHE_HOME``, else ``~/.cache`` on Linux; ``~/Library/Caches`` on macOS;
    ``%LOCALAPPDATA%`` on Windows), in a ``timeline`` folder.
    """
    given = os.environ.get(CACHE_ENV)
    if given:
        return Path(given)
    if sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    elif os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "timeline"


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"


def bundle_path() -> Path:
    """The cache file for the installed vl-convert and Altair (Altair picks the Vega-Lite)."""
    vlc, alt = _version("vl-convert-python"), _version("altair")
    return cache_dir() / f"vega-bundle-vl-convert-{vlc}-altair-{alt}.js"


def _build() -> str:
    """Ask vl-convert for Vega, Vega-Lite and Vega-Embed, for the Vega-Lite Altair uses."""
    import altair as alt
    import vl_convert as vlc

    version = "v" + ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    return str(vlc.javascript_bundle(vl_version=version))  # type: ignore[call-arg]


def _stored(text: str) -> str:
    return f"{_HEADER}{hashlib.sha256(text.encode('utf-8')).hexdigest()}\n{text}"


def _read(path: Path) -> str | None:
    """The bundle stored at ``path``, or None when it is missing or its hash does not match."""
    try:
        data = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    header, _, text = data.partition("\n")
    if not header.startswith(_HEADER):
        return None
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return text if header[len(_HEADER) :] == digest else None


def vega_bundle() -> str:
    """Return Vega, Vega-Lite and Vega-Embed as one script, from the cache when it is sound.

    The script is the same for a given vl-convert and Altair, so it is built once per
    installed pair and kept in :func:`cache_dir`, written atomically with its SHA-256. A
    cached file is checked against that hash before use; a missing or damaged one is built
    again and replaced. A cache folder that cannot be written only costs the build. Within
    a process the script is read once, even when threads ask at once.
    """
    path = bundle_path()
    with _lock:
        text = _memo.get(path)
        if text is None:
            text = _read(path)
            if text is None:
                text = _build()
                with contextlib.suppress(OSError):  # a read-only cache: build it next time
                    files.write_atomic(path, _stored(text))
            _memo[path] = text
        return text
