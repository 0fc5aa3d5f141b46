"""Tests for timeline.charts: the timeline's spec, finding, transcript and pages."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd
import pytest

from timeline import Case, load_case
from timeline.charts import (
    LANE_LABELS,
    THEME,
    Finding,
    chart_html,
    finding,
    save_html,
    timeline_chart,
    transcript,
    transcript_html,
    transcript_markdown,
)
from timeline.html import Embedded

CASES = Path(__file__).parent / "data" / "cases"
SYNTHETIC = CASES / "synthetic"
HOSTILE = CASES / "hostile"
KEY_EVENTS = {"january-letter", "july-tweet", "ice-desktop-computers", "ig-report-released"}
OKABE_ITO = {"#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442"}


@pytest.fixture(scope="module")
def first(first_case_dir: Path) -> Case:
    return load_case(first_case_dir)


@pytest.fixture(scope="module")
def synthetic() -> Case:
    return load_case(SYNTHETIC)


@pytest.fixture(scope="module")
def first_spec(first: Case) -> dict[str, Any]:
    return timeline_chart(first).to_dict()


@pytest.fixture(scope="module")
def synthetic_spec(synthetic: Case) -> dict[str, Any]:
    return timeline_chart(synthetic).to_dict()


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


# --- theme ----------------------------------------------------------------------------


def test_theme_is_registered_not_enabled_and_colour_blind_safe(
    first_spec: dict[str, Any],
) -> None:
    assert THEME in alt.theme.names()
    assert alt.theme.active != THEME  # importing the package leaves the active theme alone
    config = first_spec["config"]
    lanes = config["range"]["category"][:4]
    relations = config["range"]["ordinal"]
    assert len(set(lanes)) == 4 and len(set(relations)) == 4
    assert set(lanes[:3]) <= OKABE_ITO
    assert set(relations[:3]) <= OKABE_ITO
    assert relations[0] == "#D55E00"  # contradicts: vermillion, the palette's red
    assert {"tl-label", "tl-halo", "tl-lane", "tl-band"} <= set(config["style"])


def test_no_inline_colours_or_fonts(first_spec: dict[str, Any], synthetic_spec: Any) -> None:
    styling = {"color", "fill", "stroke", "font", "fontSize", "fontWeight", "background"}
    for spec in (first_spec, synthetic_spec):
        body = {k: v for k, v in spec.items() if k not in ("config", "datasets")}
        for path, value in walk(body):
            if isinstance(value, str):
                assert not re.search(r"#[0-9a-fA-F]{3,8}\b|rgba?\(", value), path
            if len(path) >= 2 and path[-2] == "mark" and path[-1] in styling:
                pytest.fail(f"inline {path[-1]} on a mark at {'/'.join(path)}")
        for path, value in walk(body):
            if path and path[-1] in ("fill", "stroke", "color") and isinstance(value, dict):
                assert "value" not in value, path  # colours come from scales, not values
        for lay in spec["vconcat"][0]["layer"]:
            if lay["mark"]["type"] == "text":
                assert lay["mark"]["style"].startswith("tl-")


# --- lanes, marks and links ------------------------------------------------------------


def test_lanes_in_order_with_plain_labels(first_spec: dict[str, Any]) -> None:
    lanes = rows(first_spec, "lanes")
    assert [r["lane_label"] for r in lanes] == [
        "What officials said",
        "What happened behind the scenes",
        "Oversight and disclosure",
        "Context",
    ]
    tops = [r["top"] for r in lanes]
    assert tops == sorted(tops)
    assert all(a["bottom"] < b["top"] for a, b in pairwise(lanes))
    scale = layer(first_spec, "tails")["encoding"]["fill"]["scale"]
    assert scale["domain"] == list(LANE_LABELS.values())
    assert scale["range"] == "category"


def test_empty_lane_is_left_out(synthetic: Case, synthetic_spec: dict[str, Any]) -> None:
    assert not (synthetic.events["lane"] == "context").any()
    labels = [r["lane_label"] for r in rows(synthetic_spec, "lanes")]
    assert labels == [
        "What officials said",
        "What happened behind the scenes",
        "Oversight and disclosure",
    ]
    legend = layer(synthetic_spec, "tails")["encoding"]["fill"]["legend"]
    assert "Context" not in legend["values"]


@pytest.mark.parametrize("case_name", ["first", "synthetic"])
def test_one_mark_datum_per_event(case_name: str, request: pytest.FixtureRequest) -> None:
    case: Case = request.getfixturevalue(case_name)
    spec = timeline_chart(case).to_dict()
    events = rows(spec, "events")
    assert [e["id"] for e in events] == list(case.events["id"])
    filters = {
        name: layer(spec, name)["transform"][0]["filter"]
        for name in ("event_bars", "event_bars_approximate", "event_points")
    }
    assert filters == {
        "event_bars": "datum.shape === 'bar' && !datum.approximate",
        "event_bars_approximate": "datum.shape === 'bar' && datum.approximate",
        "event_points": "datum.shape === 'point'",
    }
    assert {e["shape"] for e in events} <= {"bar", "point"}  # so each is drawn exactly once
    assert all(isinstance(e["approximate"], bool) for e in events)
    for name in ("event_bars", "event_bars_approximate", "event_points"):
        mark = layer(spec, name)["mark"]
        assert mark["ariaRoleDescription"] == "event"
        assert layer(spec, name)["encoding"]["description"]["field"] == "aria"
    assert layer(spec, "event_bars_approximate")["mark"]["strokeDash"]
    assert layer(spec, "event_bars")["encoding"]["fillOpacity"]["condition"]["test"] == (
        "datum.approximate"
    )


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


def test_every_relation_and_precision_in_synthetic(synthetic_spec: dict[str, Any]) -> None:
    relations = {r["relation"] for r in rows(synthetic_spec, "links")}
    assert relations == {"contradicts", "reveals", "admits", "prompted"}
    events = by_id(synthetic_spec)
    precisions = {e["precision"] for e in events.values()}
    assert precisions == {"day", "week", "month", "season", "quarter", "year", "decade"}
    assert events["holt-safe-pledge"]["shape"] == "point"
    assert events["chemical-switch"]["shape"] == "bar"  # a week is a bar
    decade = events["unrecorded-pipes"]
    assert (decade["s1"] - decade["s0"]) / 86_400_000 == 3652  # 1990-01-01 .. 2000-01-01
    assert events["engineer-email"]["approximate"] is True


def test_open_bounds_fade_and_say_so(synthetic_spec: dict[str, Any]) -> None:
    events = by_id(synthetic_spec)
    before, after = events["discarded-samples"], events["state-review"]
    assert before["open"] == "start" and after["open"] == "end"
    assert before["v0"] < before["s0"] and before["ks"] == list(range(28))
    assert after["v1"] > after["s1"] and after["ks"] == list(range(28, 56))
    assert before["tip"]["Resolved"].startswith("on or before 30 April 2016")
    assert after["tip"]["Resolved"].startswith("on or after 12 September 2016")
    tails = layer(synthetic_spec, "tails")
    assert tails["transform"][0] == {"filter": "datum.open"}
    assert tails["encoding"]["fillOpacity"]["field"] == "fade"


def test_first_case_open_bounds(first_spec: dict[str, Any]) -> None:
    events = by_id(first_spec)
    computers = events["ice-desktop-computers"]
    assert computers["open"] == "start"
    assert computers["tip"]["Resolved"] == "on or before 9 October 2017 (day)"
    assert "on or before" in computers["aria"]


def test_tooltip_has_title_dates_actor_quote_and_source(first_spec: dict[str, Any]) -> None:
    tweet = by_id(first_spec)["july-tweet"]["tip"]
    assert tweet["title"] == "LASD tweets that it does not provide release info to ICE"
    assert tweet["Date in the story"] == "in July"
    assert tweet["Resolved"] == "1–31 July 2017 (month)"
    assert tweet["Who"] == "Los Angeles County Sheriff's Department"
    assert "LASD does NOT provide release info to #ICE" in tweet["Quote"]
    assert tweet["Source"] == "article ¶12"
    bars = layer(first_spec, "event_bars")
    assert bars["encoding"]["tooltip"]["field"] == "tip"


def test_href_only_for_web_sources(first_spec: dict[str, Any], synthetic_spec: Any) -> None:
    for spec in (first_spec, synthetic_spec):
        for e in rows(spec, "events"):
            tip_source = e["tip"]["Source"]
            if e["href"]:
                assert re.match(r"https?://", e["href"]) and tip_source.startswith(e["href"])
            else:
                assert not tip_source.startswith(("http://", "https://"))
    assert (
        by_id(synthetic_spec)["review-finding"]["href"] == "https://example.org/state-review-2016"
    )
    href = layer(first_spec, "event_points")["encoding"]["href"]
    assert href["condition"]["field"] == "href" and href["value"] is None


_IMPORT_LEAVES_THEME = """
import altair as alt

before = alt.theme.active
import timeline, timeline.charts, timeline.explore, timeline.export, timeline.report
import timeline.story, timeline.claims, timeline.claimreview, timeline.timelinejs
assert alt.theme.active == before, (before, alt.theme.active)

from timeline import load_case, paths
from timeline.charts import chart_html, theme, timeline_chart

case = load_case(paths.FIRST_CASE)
chart = timeline_chart(case)
spec = chart.to_dict()
chart_html(case)
assert alt.theme.active == before, (before, alt.theme.active)


def within(small, big):
    if isinstance(small, dict):
        return isinstance(big, dict) and all(k in big and within(small[k], big[k]) for k in small)
    return small == big


assert within(theme()["config"], spec["config"]), "the house config is not on the chart"
print("ok", before)
"""


def test_importing_leaves_the_active_theme_alone() -> None:
    """Importing any module keeps the user's Altair theme; a chart still carries the house look."""
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_LEAVES_THEME],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok default"


def test_house_theme_only_while_drawing(first: Case) -> None:
    """The spec a page draws is the same whether or not the caller enabled the theme."""
    assert alt.theme.active != THEME
    chart = timeline_chart(first)
    with alt.theme.enable(THEME):
        themed = chart.to_dict()
    plain = chart.to_dict()
    assert alt.theme.active != THEME
    assert themed["config"]["range"] == plain["config"]["range"]
    assert themed["config"]["style"] == plain["config"]["style"]
    assert themed["config"]["font"] == plain["config"]["font"]
    assert {k: v for k, v in themed.items() if k != "config"} == {
        k: v for k, v in plain.items() if k != "config"
    }


# --- labels --------------------------------------------------------------------------------


def test_key_events_are_labelled(first_spec: dict[str, Any]) -> None:
    events = by_id(first_spec)
    keys = {i for i, e in events.items() if e["key"]}
    assert keys >= KEY_EVENTS
    assert events["july-tweet"]["label"] == "July tweet"
    assert events["january-letter"]["label"] == "January letter"
    assert events["ice-desktop-computers"]["label"] == "ICE desktop computers"
    assert events["ig-report-released"]["label"] == "IG report released"
    for e in events.values():
        assert 0 < len(e["label"]) <= 30


def test_key_events_come_from_the_data_not_the_ids(case_copy: Path, first: Case) -> None:
    """Renaming every id changes no decision about which events are key."""
    rename = {i: f"event-{n:02d}" for n, i in enumerate(first.events["id"])}
    for name, columns in (("events.csv", ("id",)), ("links.csv", ("from", "to"))):
        path = case_copy / name
        with path.open(encoding="utf-8", newline="") as f:
            table = list(csv.DictReader(f))
        for row in table:
            for col in columns:
                row[col] = rename[row[col]]
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(table[0]))
            writer.writeheader()
            writer.writerows(table)
    renamed = by_id(timeline_chart(load_case(case_copy)).to_dict())
    original = by_id(timeline_chart(first).to_dict())
    assert {rename[i] for i, e in original.items() if e["key"]} == {
        i for i, e in renamed.items() if e["key"]
    }
    # with meaningless ids, labels fall back to the title's first words
    assert renamed[rename["july-tweet"]]["label"].startswith("LASD tweets")


def test_long_titles_get_short_labels(synthetic_spec: dict[str, Any]) -> None:
    letter = by_id(synthetic_spec)["ortiz-council-letter"]
    assert len(letter["title"]) > 100
    assert letter["label"] == "Ortiz council letter"
    omission = by_id(synthetic_spec)["quarterly-omission"]
    assert omission["label"].endswith("…") and len(omission["label"]) <= 30


def test_labels_in_a_sub_row_do_not_overlap(first: Case, synthetic: Case) -> None:
    """Labels are placed in pandas: within a sub-row, no two labels or marks collide."""
    from timeline.charts import _frame, _layout

    for case in (first, synthetic):
        for plot_px in (480.0, 640.0, 1100.0):
            lay = _layout(_frame(case), vertical=False, plot_px=plot_px)
            ev = lay.events
            for _, row in ev.groupby("pos"):
                spans = sorted(
                    (min(r.vis0_ms, r.label_lo), max(r.vis1_ms, r.label_hi))
                    for r in row.itertuples()
                )
                for (_, hi), (lo, _) in pairwise(spans):
                    assert lo > hi, (case.id, plot_px)


# --- finding and description -------------------------------------------------------------


def test_finding_first_case(first: Case, first_spec: dict[str, Any]) -> None:
    found = finding(first)
    assert isinstance(found, Finding)
    assert (found.statements, found.contradicted_by, found.contradictions) == (3, 4, 9)
    assert found.admitted == 3 and found.admitted_by == "Sheriff Jim McDonnell"
    assert found.until == pd.Timestamp("2017-10-09")
    # the July tweet (1-31 July) and the website claims (from 25 January) to 9 October
    assert (found.stood_min_days, found.stood_max_days) == (70, 257)
    assert (found.stood_min_months, found.stood_max_months) == (2, 9)
    assert "stood for 2 to 9 months" in found.sentence
    assert "Sheriff Jim McDonnell admitted they were not accurate" in found.sentence
    subtitle = " ".join(first_spec["title"]["subtitle"])
    assert found.sentence in subtitle


def test_finding_synthetic_case(synthetic: Case) -> None:
    found = finding(synthetic)
    assert (found.statements, found.contradicted_by, found.admitted) == (2, 3, 2)
    assert (found.stood_min_days, found.stood_max_days) == (163, 241)
    assert (found.stood_min_months, found.stood_max_months) == (5, 8)
    assert "2 practices behind the scenes and 1 disclosure" in found.sentence


def test_finding_without_contradictions(case_copy: Path) -> None:
    path = case_copy / "links.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    kept = [lines[0], *(line for line in lines[1:] if ",prompted," in line)]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    found = finding(load_case(case_copy))
    assert found.statements == 0 and found.stood_max_days is None
    assert "23 events in 4 lanes" in found.sentence


def test_finding_without_admission_counts_to_publication(case_copy: Path) -> None:
    path = case_copy / "links.csv"
    kept = [
        line for line in path.read_text(encoding="utf-8").splitlines() if ",admits," not in line
    ]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    found = finding(load_case(case_copy))
    assert found.admitted == 0 and found.until == pd.Timestamp("2017-10-09")
    assert (
        "before Los Angeles Times reported the contradictions on 9 October 2017" in found.sentence
    )


def test_description_for_screen_readers(first: Case, first_spec: dict[str, Any]) -> None:
    description = first_spec["description"]
    assert finding(first).sentence in description
    assert "23 events in 4 lanes" in description and "25 links" in description
    assert "9 contradicts" in description


# --- variants --------------------------------------------------------------------------------


def test_container_width_and_overview(first_spec: dict[str, Any]) -> None:
    main, overview = first_spec["vconcat"]
    assert main["width"] == "container" and overview["width"] == "container"
    names = {p["name"]: p for p in first_spec["params"]}
    assert names["zoom"]["bind"] == "scales" and names["zoom"]["select"]["encodings"] == ["x"]
    assert names["brush"]["select"]["type"] == "interval"
    assert names["brush"]["views"][0].startswith("ov_events")
    assert "brush.s0" in layer(first_spec, "event_bars")["encoding"]["x"]["scale"]["domain"]["expr"]
    assert names["lanes"]["bind"] == "legend"
    assert names["pick"]["select"]["fields"] == ["id"]
    assert "indexof(datum.group" in json.dumps(layer(first_spec, "event_bars")["encoding"])


def test_fixed_width(first: Case) -> None:
    spec = timeline_chart(first, width=900).to_dict()
    assert spec["vconcat"][0]["width"] == 900 and spec["vconcat"][1]["width"] == 900


def test_vertical_variant(first: Case) -> None:
    spec = timeline_chart(first, vertical=True).to_dict()
    bars = layer(spec, "event_bars")["encoding"]
    assert bars["y"]["type"] == "temporal" and bars["y"]["scale"]["reverse"] is True
    assert bars["x"]["type"] == "quantitative"
    names = {p["name"]: p for p in spec["params"]}
    assert names["zoom"]["select"]["encodings"] == ["y"]
    events = by_id(spec)
    labelled = {i for i, e in events.items() if e["label"]}
    assert labelled == {i for i, e in events.items() if e["key"]} >= KEY_EVENTS
    # labels sit in their own column, right of every lane, dodged in time
    column = {e["label_p"] for e in events.values() if e["label"]}
    assert len(column) == 1 and column.pop() > max(e["hi"] for e in events.values())
    times = sorted(e["label_t"] for e in events.values() if e["label"])
    assert len(set(times)) == len(times)


@pytest.mark.parametrize("kwargs", [{}, {"vertical": True}, {"width": 900}])
def test_valid_vega_lite(first: Case, kwargs: dict[str, Any]) -> None:
    """The whole spec, theme included, validates against the schema Altair ships."""
    from altair.utils.schemapi import validate_jsonschema
    from altair.vegalite.v6.schema import load_schema

    spec = timeline_chart(first, **kwargs).to_dict()
    assert spec["$schema"] == alt.SCHEMA_URL
    validate_jsonschema(spec, load_schema())


def test_deterministic(first: Case) -> None:
    a = json.dumps(timeline_chart(first).to_dict(), sort_keys=False)
    b = json.dumps(timeline_chart(first).to_dict(), sort_keys=False)
    assert a == b


def test_static_export_renders(first: Case) -> None:
    vlc = pytest.importorskip("vl_convert")
    svg = vlc.vegalite_to_svg(timeline_chart(first, width=700).to_dict())
    assert svg.count('aria-roledescription="event"') == len(first.events)


# --- transcript and pages -----------------------------------------------------------------


def test_transcript_order_and_columns(first: Case) -> None:
    table = transcript(first)
    assert list(table.columns) == [
        "n",
        "id",
        "lane",
        "lane_label",
        "date",
        "resolved",
        "title",
        "actor",
        "quote",
        "source",
        "links",
        "status",
    ]
    assert list(table["n"]) == list(range(1, 24))
    assert set(table["id"]) == set(first.events["id"])
    events = first.events.set_index("id")
    when = [
        events.at[i, "start"] if pd.notna(events.at[i, "start"]) else events.at[i, "end"]
        for i in table["id"]
    ]
    assert when == sorted(when)
    tweet = table.set_index("id").loc["july-tweet"]
    assert tweet["date"] == "in July" and tweet["resolved"] == "1–31 July 2017 (month)"
    assert "contradicted by: ICE sets up five desktop computers" in tweet["links"]


def test_transcript_html_escapes_and_links_only_web_sources() -> None:
    hostile = load_case(HOSTILE)
    text = transcript_html(hostile)
    assert text.startswith('<ol class="timeline-transcript">') and text.endswith("</ol>")
    assert "<script" not in text and "<img" not in text and "<iframe" not in text
    hrefs = re.findall(r'href="([^"]*)"', text)
    assert hrefs and all(h.startswith(("http://", "https://")) for h in hrefs)
    assert "&lt;/script&gt;" in text


def test_transcript_markdown(first: Case) -> None:
    text = transcript_markdown(first)
    lines = text.splitlines()
    assert len(lines) == 23 and lines[0].startswith("1. **")
    assert "[https://www.federalregister.gov/" in text
    hostile = transcript_markdown(load_case(HOSTILE))
    assert "<script>" not in hostile and "\\<script\\>" in hostile


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
