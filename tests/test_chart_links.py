"""Links: one rule a link, coloured and dashed by relation."""

from __future__ import annotations

import json

import pytest

from chart_support import by_id, layer, rows
from timeline import Case
from timeline.chart import timeline_chart


@pytest.mark.parametrize("case_name", ["first", "synthetic"])
def test_one_connector_per_link(case_name: str, request: pytest.FixtureRequest) -> None:
    case: Case = request.getfixturevalue(case_name)
    spec = timeline_chart(case).to_dict()
    links = rows(spec, "links")
    assert len(links) == len(case.links)
    assert [(r["from"], r["to"], r["relation"]) for r in links] == list(
        zip(case.links["from"], case.links["to"], case.links["relation"], strict=True)
    )
    events = by_id(spec)
    for r in links:
        assert r["pa"] == events[r["from"]]["pos"]
        assert r["pb"] == events[r["to"]]["pos"]
        assert r["aria"].startswith("Link: ")
    enc = layer(spec, "connectors")["encoding"]
    assert enc["color"]["scale"]["range"] == "ordinal"
    assert enc["color"]["scale"]["domain"][0] == "contradicts"
    dashes = enc["strokeDash"]["scale"]["range"]
    assert dashes[0] == [1, 0] and len({json.dumps(d) for d in dashes}) == 4
    assert "contradicts" in enc["strokeWidth"]["condition"]["test"]
