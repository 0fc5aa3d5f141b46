"""The chart on a page: the HTML fragment and the whole offline page."""

from __future__ import annotations

import json
import re
from pathlib import Path

from chart_support import HOSTILE, visible_text
from timeline import Case, load_case
from timeline.chart import chart_html, finding, save_html, timeline_chart
from timeline.web import Embedded


def test_chart_html_carries_both_variants_and_transcript(first: Case) -> None:
    html = chart_html(first, div_id="tl")
    payload = re.search(r'<script type="application/json" id="tl-spec">(.*?)</script>', html, re.S)
    assert payload is not None
    data = json.loads(payload.group(1))
    assert [v["name"] for v in data["variants"]] == ["narrow", "medium", "wide"]
    assert [v["minWidth"] for v in data["variants"]] == [0, 500, 660]
    assert data["options"]["renderer"] == "svg"
    assert all("title" not in v["spec"] for v in data["variants"])
    assert all(v["spec"]["description"] for v in data["variants"])
    assert '<ol class="timeline-transcript">' in html
    assert finding(first).sentence.replace("'", "&#x27;") in html


def test_chart_html_subtitle_is_the_finding_unless_turned_off(first: Case) -> None:
    """The finding is the chart's subtitle, except on a page that says it already."""
    sentence = finding(first).sentence
    escaped = sentence.replace("'", "&#x27;")
    shown = chart_html(first, div_id="tl")
    assert visible_text(shown).count(sentence) == 1
    assert 'aria-describedby="tl-finding"' in shown
    bare = chart_html(first, div_id="tl", subtitle=False)
    assert visible_text(bare).count(sentence) == 0
    assert "timeline-finding" not in bare
    # nothing else changes: the chart, its how-to-read and the transcript stay
    assert bare == shown.replace(
        '<figure class="timeline-figure" aria-describedby="tl-finding">\n'
        f'<p class="timeline-finding" id="tl-finding">{escaped}</p>\n',
        '<figure class="timeline-figure">\n',
    )


def test_save_html_is_atomic_and_deterministic(first: Case, tmp_path: Path) -> None:
    a = save_html(first, tmp_path / "a" / "timeline.html")
    b = save_html(first, tmp_path / "b.html")
    assert a.read_bytes() == b.read_bytes()
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a", "b.html", "timeline.html"]
    text = a.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "vegaEmbed" in text
    assert "Despite assurances to nervous immigrants" in text
    assert "http://" not in text.split("</head>\n<body>")[1]
    assert "stood for 2 to 9 months" in text
    assert visible_text(text).count(finding(first).sentence) == 1


def test_save_html_escapes_hostile_case(tmp_path: Path) -> None:
    text = save_html(load_case(HOSTILE), tmp_path / "h.html").read_text(encoding="utf-8")
    body = text.split("</head>\n<body>", 1)[1]
    assert "<script>window.pwned" not in body
    assert "<img src=x" not in body
    assert body.count("</script>") == body.count("<script")


def test_embedded_fragment(first: Case) -> None:
    html = Embedded(timeline_chart(first), "chart-x", narrow=timeline_chart(first, vertical=True))
    out = html._repr_html_()
    assert 'id="chart-x"' in out and '"narrow"' in out
