"""``timeline preview``: a page of one case on 127.0.0.1 that redraws on every save.

The standard library's threading HTTP server is enough for one reporter's browser on
loopback: three routes, server-sent events for the push, nothing to install. Every other
path, and any request naming another host, gets a 404.
"""

from __future__ import annotations

import html
import json
import sys
import threading
import webbrowser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from timeline.exitcode import ExitCode, sigterm_as_interrupt
from timeline.preview.live import Live
from timeline.shipped import shipped_text

__all__ = ["HOST", "PreviewServer", "preview_command", "shell_page"]

HOST = "127.0.0.1"
"""The only address the preview listens on."""
HEARTBEAT = 10.0
"""Seconds between two keep-alive comments on the event stream."""
_CSP = (
    "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; "
    "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'self'"
)
"""The page may run its own inline scripts and talk to this server, and nothing else."""


def _asset(name: str) -> str:
    return shipped_text("timeline.preview", name)


def shell_page(folder: Path) -> str:
    """The page the browser loads once: the Vega libraries and the script that redraws."""
    from timeline.web.page import vega_bundle

    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Preview: {html.escape(folder.name)}</title>\n"
        f"<script>\n{vega_bundle()}\n</script>\n<style>\n{_asset('preview.css')}</style>\n"
        "</head>\n<body>\n"
        f'<p class="preview-bar">Preview of <code>{html.escape(str(folder))}</code>: '
        'saves show here at once. <span id="preview-link" class="preview-link"></span></p>\n'
        '<section id="preview-problems" class="preview-problems" hidden aria-live="polite">'
        '<h2 id="preview-heading"></h2><ul id="preview-list"></ul>'
        '<p class="preview-kept">The chart below is the last one without problems.</p>'
        "</section>\n"
        '<section id="preview-warnings" class="preview-warnings" hidden>'
        '<ul id="preview-warning-list"></ul></section>\n'
        '<main class="preview-page"><div id="preview-header"></div>'
        '<div id="preview-chart"><p class="preview-empty">No chart yet.</p></div></main>\n'
        f"<script>\n{_asset('preview.js')}</script>\n</body>\n</html>\n"
    )


class _Handler(BaseHTTPRequestHandler):
    server: PreviewServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet: the page says it all
        return

    def _host_ok(self) -> bool:
        port = self.server.server_address[1]
        return self.headers.get("Host", "") in (f"{HOST}:{port}", f"localhost:{port}")

    def _send(self, status: int, body: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", _CSP)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _not_found(self) -> None:
        self._send(404, b"not found\n", "text/plain; charset=utf-8")

    def do_GET(self) -> None:
        route = self.path.split("?", 1)[0]
        if not self._host_ok():
            self._not_found()
        elif route == "/":
            self._send(200, self.server.page, "text/html; charset=utf-8")
        elif route == "/state":
            body = json.dumps(self.server.live.snapshot().as_json()).encode("utf-8")
            self._send(200, body, "application/json")
        elif route == "/events":
            self._events()
        else:
            self._not_found()

    def _other(self) -> None:
        self._not_found()

    do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _other

    def _events(self) -> None:
        """Server-sent events: the state's version now, then each time it changes."""
        live = self.server.live
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.close_connection = True
        seen = -1
        try:
            self.wfile.write(b"retry: 500\n\n")
            while not live.stopping.is_set():
                snap = live.wait_newer(seen, HEARTBEAT)
                if snap.version > seen:
                    seen = snap.version
                    self.wfile.write(f"data: {json.dumps({'version': seen})}\n\n".encode())
                else:
                    self.wfile.write(b": still here\n\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return


class PreviewServer(ThreadingHTTPServer):
    """The HTTP server on :data:`HOST`, holding the case's :class:`Live` state."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, live: Live, port: int) -> None:
        self.live = live
        self.page = shell_page(live.folder).encode("utf-8")
        super().__init__((HOST, port), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A browser that goes away mid-answer is no error; anything else gets one line."""
        kind, exc = sys.exc_info()[:2]
        if kind is not None and issubclass(kind, ConnectionError):
            return
        print(
            f"timeline preview: a request failed: {kind.__name__ if kind else ''}: {exc}",
            file=sys.stderr,
        )

    @property
    def url(self) -> str:
        """The page's address."""
        return f"http://{HOST}:{self.server_address[1]}/"


def preview_command(folder: Path, *, port: int = 8765, open_browser: bool = False) -> int:
    """Serve a live page of the case in ``folder`` until Ctrl-C (or SIGTERM); return 0.

    Returns 2 for a folder that is not one, or a port that is taken or out of range.
    """
    if not (folder / "case.yml").is_file():
        print(
            f"timeline preview: {folder}: expected a case folder (with case.yml)", file=sys.stderr
        )
        return ExitCode.BAD_INPUT
    if not 0 <= port <= 65535:
        print(f"timeline preview: --port {port}: expected 0 to 65535", file=sys.stderr)
        return ExitCode.BAD_INPUT
    live = Live(folder)
    try:
        server = PreviewServer(live, port)
    except OSError as exc:
        print(
            f"timeline preview: cannot listen on {HOST}:{port}: {exc.strerror or exc} "
            "(choose another --port, or 0 for any free one)",
            file=sys.stderr,
        )
        return ExitCode.BAD_INPUT
    watcher = threading.Thread(target=_watch, args=(live,), name="preview-watch", daemon=True)
    with server, sigterm_as_interrupt():
        print(f"Previewing {folder} at {server.url} (Ctrl-C stops)", flush=True)
        watcher.start()
        if open_browser:
            webbrowser.open(server.url)
        try:
            server.serve_forever(poll_interval=0.2)
        except KeyboardInterrupt:
            pass
        finally:
            live.stop()
            watcher.join(timeout=5)
    print("timeline preview: stopped", file=sys.stderr)
    return ExitCode.OK


def _watch(live: Live) -> None:
    """Draw the case, then redraw it on every change until the preview stops."""
    live.refresh()
    live.watch()
