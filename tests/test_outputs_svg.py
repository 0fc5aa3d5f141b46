"""Tests of timeline.outputs.svg: well formed, inert, ids numbered per document."""

from __future__ import annotations

from pathlib import Path

import pytest

from outputs_support import RAW_MARKUP
from timeline.case import Case
from timeline.outputs import canonical_svg, export_case


@pytest.fixture(scope="module")
def first_export(first_case: Case, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first case's svg."""
    out = tmp_path_factory.mktemp("first")
    export_case(first_case, ["svg"], out)
    return out


@pytest.fixture(scope="module")
def hostile_export(hostile_case: Case, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile case's svg."""
    out = tmp_path_factory.mktemp("hostile")
    export_case(hostile_case, ["svg"], out)
    return out


def test_svg_is_well_formed_and_inert(first_export: Path, hostile_export: Path) -> None:
    import xml.etree.ElementTree as ET

    for folder in (first_export, hostile_export):
        root = ET.fromstring((folder / "chart.svg").read_bytes())
        assert root.tag.endswith("svg")
        assert root.get("width") is not None
        for element in root.iter():
            tag = element.tag.rsplit("}", 1)[-1]
            assert tag not in {"script", "foreignObject", "iframe", "image"}, tag
            for name, value in element.attrib.items():
                local = name.rsplit("}", 1)[-1]
                assert not local.lower().startswith("on"), (tag, name)
                if local == "href":
                    assert value.startswith(("http://", "https://", "#")), value
    raw = (hostile_export / "chart.svg").read_text("utf-8")
    for bad in RAW_MARKUP:
        assert bad not in raw, bad


def test_canonical_svg_numbers_ids_per_document() -> None:
    first = (
        '<clipPath id="clip7"/><g clip-path="url(#clip7)"/>'
        '<clipPath id="clip9"/><use href="#clip9"/>'
    )
    again = first.replace("clip7", "clip20").replace("clip9", "clip21")
    assert canonical_svg(first) == canonical_svg(again)
    assert canonical_svg(first) == first.replace("clip7", "clip1").replace("clip9", "clip2")
    assert canonical_svg("<svg/>") == "<svg/>"
