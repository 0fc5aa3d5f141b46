"""``timeline preview``: a live page of one case, redrawn in the browser on every save."""

from __future__ import annotations

from timeline.preview.live import Live, Snapshot, signature
from timeline.preview.server import HOST, PreviewServer, preview_command, shell_page

__all__ = [
    "HOST",
    "Live",
    "PreviewServer",
    "Snapshot",
    "preview_command",
    "shell_page",
    "signature",
]
