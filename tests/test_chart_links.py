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


def test_disputes_get_their_own_line_and_legend_entry(first: Case) -> None:
    import dataclasses

    import pandas as pd

    from timeline.chart.theme import LINK_COLOURS

    extra = pd.DataFrame(
        [{"from": "no-comment", "to": "july-tweet", "relation": "disputes", "note": "Denied."}]
    )
    case = dataclasses.replace(first, links=pd.concat([first.links, extra], ignore_index=True))
    spec = timeline_chart(case).to_dict()
    enc = layer(spec, "connectors")["encoding"]
    domain = enc["color"]["scale"]["domain"]
    assert domain[-1] == "disputes" and len(domain) == 5
    colours = enc["color"]["scale"]["range"]
    assert colours == list(LINK_COLOURS) and len(set(colours)) == 5
    dashes = enc["strokeDash"]["scale"]["range"]
    assert len({json.dumps(d) for d in dashes}) == 5 and dashes[:4] == [
        [1, 0], [6, 3], [2, 2.5], [1, 3],
    ]  # fmt: skip
    disputed = [r for r in rows(spec, "links") if r["relation"] == "disputes"]
    assert [r["relation_label"] for r in disputed] == ["disputes"]
    # the first case has no disputes: its legend keeps the theme's four colours
    plain = layer(timeline_chart(first).to_dict(), "connectors")["encoding"]
    assert plain["color"]["scale"]["range"] == "ordinal"
    assert len(plain["color"]["scale"]["domain"]) == 4
