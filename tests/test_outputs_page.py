"""Tests of timeline.outputs.page and .embed: offline pages, escaped, and a sandboxed iframe."""

from __future__ import annotations

from pathlib import Path

import pytest

from outputs_support import RAW_MARKUP, Tags
from timeline.case import Case
from timeline.outputs import export_case


@pytest.fixture(scope="module")
def hostile_export(hostile_case: Case, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile case's pages."""
    out = tmp_path_factory.mktemp("hostile")
    export_case(hostile_case, ["html", "embed"], out)
    return out


def test_html_pages_are_offline_and_escaped(hostile_export: Path, hostile_case: Case) -> None:
    for name in ("timeline.html", "embed.html", "embed-snippet.html"):
        raw = (hostile_export / name).read_text("utf-8")
        for bad in RAW_MARKUP:
            assert bad not in raw, (name, bad)
        # Every script holds only this package's code and escaped data: the hostile
        # strings never end up in one as themselves.
        for script in Tags.scripts_of(raw):
            assert "\u2028" not in script and "\u2029" not in script, name
            assert "<!--" not in script and "pwned=1</" not in script, name
        tags = Tags.of(raw)
        for tag, attrs in tags:
            assert not any(k.startswith("on") for k in attrs), (name, tag, attrs)
            if tag == "script":
                assert "src" not in attrs, name
            if tag == "link":
                assert attrs.get("rel") != "stylesheet", name
            if tag == "a":
                assert attrs["href"].startswith(("http://", "https://")), (name, attrs)
    snippet_tags = Tags.of((hostile_export / "embed-snippet.html").read_text("utf-8"))
    frames = [attrs for tag, attrs in snippet_tags if tag == "iframe"]
    assert len(frames) == 1
    frame = frames[0]
    assert frame["src"] == "embed.html"
    assert frame["title"] == f"Timeline: {hostile_case.meta.title}"
    assert frame["loading"] == "lazy" and frame["width"] == "100%"
    assert "allow-same-origin" not in frame["sandbox"]
