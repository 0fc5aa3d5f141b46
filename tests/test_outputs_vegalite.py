"""Tests of timeline.outputs.vegalite: a valid spec with its data inlined and kept as data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from outputs_support import load_json
from timeline.case import Case
from timeline.outputs import export_case


@pytest.fixture(scope="module")
def first_export(first_case: Case, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first case's Vega-Lite spec."""
    out = tmp_path_factory.mktemp("first")
    export_case(first_case, ["vega-lite"], out)
    return out


@pytest.fixture(scope="module")
def hostile_export(hostile_case: Case, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile case's Vega-Lite spec."""
    out = tmp_path_factory.mktemp("hostile")
    export_case(hostile_case, ["vega-lite"], out)
    return out


def _walk(node: Any) -> Any:
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def test_vega_lite_is_valid_with_data_inlined(first_export: Path) -> None:
    import altair as alt
    from altair.utils.schemapi import validate_jsonschema
    from altair.vegalite.v6.schema import load_schema

    spec = load_json(first_export / "chart.vl.json")
    assert spec["$schema"] == alt.SCHEMA_URL
    assert spec.get("datasets"), "the data is inlined as named datasets"
    for node in _walk(spec):
        if isinstance(node, dict) and isinstance(node.get("data"), dict):
            assert "url" not in node["data"]
    # It validates against the Vega-Lite schema Altair ships, and reads back into Altair.
    validate_jsonschema(spec, load_schema())
    kind = next(k for k in ("vconcat", "hconcat", "concat", "layer") if k in spec)
    cls = {"vconcat": alt.VConcatChart, "hconcat": alt.HConcatChart}.get(kind, alt.LayerChart)
    assert cls.from_dict(spec).to_dict()["datasets"] == spec["datasets"]


def test_vega_lite_keeps_hostile_text_as_data(hostile_export: Path) -> None:
    raw = (hostile_export / "chart.vl.json").read_text("utf-8")
    assert "<" not in raw and ">" not in raw and "\u2028" not in raw
    assert "\\u003c/script\\u003e\\u003cscript\\u003ewindow.pwned=1" in raw
