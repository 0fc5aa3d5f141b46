"""Helpers for the chart tests: the test cases, and ways into a chart's spec."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

CASES = Path(__file__).parent / "data" / "cases"
SYNTHETIC = CASES / "synthetic"
"""A test case with every precision and relation."""
HOSTILE = CASES / "hostile"
"""A test case whose text tries to be markup."""
KEY_EVENTS = {"january-letter", "july-tweet", "ice-desktop-computers", "ig-report-released"}
OKABE_ITO = {"#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442"}


def layer(spec: dict[str, Any], name: str) -> dict[str, Any]:
    """The main view's layer called ``name`` (Altair adds a ``_<n>`` suffix)."""
    hits = [
        lay
        for lay in spec["vconcat"][0]["layer"]
        if re.fullmatch(rf"{re.escape(name)}(_\d+)?", lay.get("name", ""))
    ]
    assert len(hits) == 1, name
    return hits[0]


def rows(spec: dict[str, Any], dataset: str) -> list[dict[str, Any]]:
    return list(spec["datasets"][dataset])


def by_id(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in rows(spec, "events")}


def walk(node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    yield path, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, (*path, str(k)))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, (*path, str(i)))


class _Visible(HTMLParser):
    """The text of a page a reader sees: no tags, attributes, scripts or styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "template"):
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "template") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible_text(markup: str) -> str:
    """The words of ``markup`` a reader sees, whitespace runs as single spaces."""
    parser = _Visible()
    parser.feed(markup)
    parser.close()
    return " ".join(" ".join(parser.parts).split())
