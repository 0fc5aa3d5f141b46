"""Escaping for pages: HTML text and attributes, JSON inside scripts, and safe links."""

from __future__ import annotations

import html
import json
import re
import urllib.parse
from typing import Any

__all__ = [
    "SCRIPT_ESCAPES",
    "escape",
    "safe_url",
    "script_json",
    "script_safe",
]

SCRIPT_ESCAPES = str.maketrans(
    {
        "<": "\\u003c",
        ">": "\\u003e",
        "&": "\\u0026",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
    }
)
"""The characters :func:`script_safe` replaces, and their ``\\u`` escapes."""

_SCRIPT_PAIRS = tuple((chr(k), str(v)) for k, v in SCRIPT_ESCAPES.items())

# Exactly the characters ``safe_url`` refuses: white space (as ``str.isspace``) and controls.
_UNSAFE_URL_CHARS = re.compile(r"[\s\x00-\x1f\x7f]")


def script_safe(text: str) -> str:
    """``text`` with :data:`SCRIPT_ESCAPES` applied, so it cannot close a ``<script>``.

    One C-level ``str.replace`` a character that occurs: ``str.translate`` with a dict
    walks every character in Python, seconds on the megabytes of a large case.
    """
    for char, escaped in _SCRIPT_PAIRS:
        if char in text:
            text = text.replace(char, escaped)
    return text


def escape(text: object) -> str:
    """Escape any value for use as HTML text or a quoted attribute."""
    return html.escape(str(text), quote=True)


def script_json(value: Any) -> str:
    """Serialise ``value`` as JSON that is safe inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` become ``\\u`` escapes, so no data value can close the script
    (``</script>``) or open a comment, and U+2028/U+2029 are escaped for old parsers.
    Keys keep their order; the output is deterministic.

    Examples
    --------
    >>> script_json({"title": "</script><b>"})
    '{"title":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return script_safe(text)


def safe_url(url: str) -> str | None:
    """Return ``url`` when it is an absolute ``http`` or ``https`` address, else ``None``.

    Only such addresses ever become links in an export or a page; ``javascript:`` and
    every other scheme stay text. The pages' scripts do not check addresses themselves:
    they read which ones passed this check from the data the page carries.

    Examples
    --------
    >>> safe_url("https://example.com/a")
    'https://example.com/a'
    >>> safe_url("javascript:alert(1)") is None
    True
    """
    text = url
    if _UNSAFE_URL_CHARS.search(text):
        return None
    parts = urllib.parse.urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text
