"""What the output formats share: the writer's signature and JSON that is safe in a page."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeAlias

from timeline.case import Case
from timeline.web import script_safe

__all__ = ["Writer", "json_bytes"]

Writer: TypeAlias = Callable[[Case, int | None, float], dict[str, bytes]]
"""A format's writer: ``(case, width, scale)`` to the bytes of each file it writes, by name."""


def json_bytes(value: Any) -> bytes:
    """Serialise ``value`` as indented JSON with sorted keys, safe to paste into ``<script>``.

    ``<``, ``>``, ``&``, U+2028 and U+2029 are written as ``\\u`` escapes: the parsed
    values are unchanged, and the text cannot close a script element it is pasted into.
    """
    text = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False)
    return (script_safe(text) + "\n").encode("utf-8")
