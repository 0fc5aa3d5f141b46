"""Tests of timeline.outputs.common: JSON that is safe inside a script."""

from __future__ import annotations

import json

from timeline.outputs import json_bytes


def test_json_bytes_is_safe_inside_a_script() -> None:
    value = {"b": "</script><!--\u2028\u2029&", "a": [1, "é"]}
    text = json_bytes(value).decode("utf-8")
    assert json.loads(text) == value
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in text
    assert text.index('"a"') < text.index('"b"')
    assert "é" in text and text.endswith("\n")
