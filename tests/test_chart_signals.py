"""The names the chart, the exploration widget and the page share come from one module."""

from __future__ import annotations

import base64
import gzip
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from timeline import Case, explore, load_case
from timeline.chart import DETAIL_LIMIT, chart_html, timeline_chart
from timeline.chart import signals as sig


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory, make_case: Callable[..., Path]) -> Case:
    return load_case(make_case(tmp_path_factory.mktemp("large") / "large", events=5000, seed=5))


def _names(spec: dict[str, Any]) -> list[str]:
    return [p["name"] for p in spec["params"]]


def test_the_chart_declares_the_named_parameters(first: Case, large: Case) -> None:
    small = timeline_chart(first).to_dict()
    assert _names(small) == [
        sig.PICK,
        sig.LANE_TOGGLE,
        sig.ZOOM,
        sig.SEL_ID,
        sig.SEL_IDS,
        sig.BRUSH,
    ]
    assert set(small["datasets"]) == {sig.EVENTS, sig.LINKS, sig.LANES}
    big = timeline_chart(large).to_dict()
    assert _names(big)[-1] == sig.DETAIL_ON
    assert set(big["datasets"]) == {sig.EVENTS, sig.LINKS, sig.LANES, sig.BINS, sig.DETAIL}


def test_expressions_use_the_declared_names(first: Case) -> None:
    text = json.dumps(timeline_chart(first).to_dict())
    assert sig.HIGHLIGHT in text and sig.LANE_ON in text and sig.LINK_ON in text
    assert f"{sig.BRUSH}.{sig.TIME_FIELD} ?" in text
    stores = set(re.findall(r"data\('(\w+)'\)", text))
    assert stores == {sig.PICK_STORE, sig.LANES_STORE}


def test_the_page_reads_the_names_from_its_data(large: Case) -> None:
    """The page script watches the signals the chart names, given to it as data."""
    html = chart_html(large, div_id="tl")
    m = re.search(r'"detail":(\{[^{}]*\})', _inflated_spec(html))
    assert m is not None
    detail = json.loads(m.group(1))
    assert detail == {
        "dataset": sig.DETAIL,
        "flag": sig.DETAIL_ON,
        "signals": list(sig.PERIOD_SELECTIONS),
        "field": sig.TIME_FIELD,
        "limit": DETAIL_LIMIT,
    }


def test_the_explorer_watches_the_same_selections() -> None:
    assert explore.PERIOD_SELECTIONS == sig.PERIOD_SELECTIONS == (sig.ZOOM, sig.BRUSH)


def _inflated_spec(html: str) -> str:
    """The JSON text of a chart fragment's ``-spec`` script, inflated when packed."""
    m = re.search(r'<script type="([^"]+)"(?: data-encoding="([^"]+)")? id="tl-spec">(.*?)'
                  r"</script>", html, re.S)  # fmt: skip
    assert m is not None
    if m.group(2) == "gzip+base64":
        return gzip.decompress(base64.b64decode(m.group(3))).decode("utf-8")
    return m.group(3)
