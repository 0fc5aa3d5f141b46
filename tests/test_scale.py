"""The chart of a large case: counts for dense lanes, single marks for what matters."""

from __future__ import annotations

import base64
import gzip
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from timeline import Case, load_case
from timeline.chart import DETAIL_LIMIT, chart_html, save_html, timeline_chart
from timeline.chart.frame import _frame
from timeline.chart.page import _detail_columns, _html_spec, _variants
from timeline.outputs import FILES, FORMATS, export_case
from timeline.report import render_case
from timeline.web import PACK_OVER
from timeline.web.page import _share

EVENTS = 20_000
SPEC_BUDGET = 3_000_000
"""Characters of one form of the chart's Vega-Lite spec at 20,000 events."""
PAGE_BUDGET = 3_000_000
"""Bytes of the whole offline page at 20,000 events, Vega libraries included."""

GOLDEN = Path(__file__).parent / "data" / "golden"
VIEW = "document.querySelector('.timeline-chart').timelineView"


@pytest.fixture(scope="module")
def big_dir(tmp_path_factory: pytest.TempPathFactory, make_case: Callable[..., Path]) -> Path:
    return make_case(tmp_path_factory.mktemp("big") / "big-chart", events=EVENTS, seed=11)


@pytest.fixture(scope="module")
def big(big_dir: Path) -> Case:
    return load_case(big_dir)


@pytest.fixture(scope="module")
def spec(big: Case) -> dict[str, Any]:
    return _html_spec(timeline_chart(big))


def _payload(html: str, part: str) -> Any:
    """The JSON of a chart fragment's ``-spec`` or ``-detail`` script, inflated if packed."""
    m = re.search(rf'<script type="([^"]+)"(?: data-encoding="([^"]+)")? id="[^"]*-{part}">(.*?)'
                  r"</script>", html, re.S)  # fmt: skip
    assert m, f"no -{part} script"
    if m.group(2) == "gzip+base64":
        return json.loads(gzip.decompress(base64.b64decode(m.group(3))))
    return json.loads(m.group(3))


def test_spec_stays_within_its_budget(spec: dict[str, Any]) -> None:
    size = len(json.dumps(spec, separators=(",", ":")))
    assert size <= SPEC_BUDGET, f"spec is {size:,} characters"
    # one mark an event would be far more: the events data set holds the single ones only
    assert len(spec["datasets"]["events"]) < EVENTS / 5


def test_single_marks_and_counts_add_up_to_every_event(big: Case, spec: dict[str, Any]) -> None:
    data = spec["datasets"]
    single = [e["id"] for e in data["events"]]
    binned = sum(b["n"] for b in data["bins"])
    assert len(single) + binned == EVENTS == len(big.events)
    assert len(set(single)) == len(single)
    # per lane as well, against the lane's own total shown on its label
    per_lane: dict[str, int] = {}
    for e in data["events"]:
        per_lane[e["lane"]] = per_lane.get(e["lane"], 0) + 1
    for b in data["bins"]:
        per_lane[b["lane"]] = per_lane.get(b["lane"], 0) + b["n"]
    sizes = big.events["lane"].astype(str).value_counts().to_dict()
    assert per_lane == sizes
    assert {r["lane"]: int(r["tip"]["Events"]) for r in data["lanes"]} == sizes


def test_statements_linked_and_quoted_events_stay_single(big: Case, spec: dict[str, Any]) -> None:
    single = {e["id"] for e in spec["datasets"]["events"]}
    ev = big.events
    must = set(ev.loc[ev["lane"] == "statement", "id"])
    must |= set(big.links["from"]) | set(big.links["to"])
    must |= set(ev.loc[ev["quote"] != "", "id"])
    assert must == single
    # every link is drawn between two single marks
    assert len(spec["datasets"]["links"]) == len(big.links)


def test_detail_holds_each_binned_event_once_in_anchor_order(big: Case) -> None:
    fr = _frame(big)
    cols = _detail_columns(big, fr)
    n = len(cols["id"])
    assert all(len(v) == n for k, v in cols.items() if k not in ("lanes", "labels"))
    single = set(big.events.loc[fr.density.single, "id"])
    assert set(cols["id"]) == set(big.events["id"]) - single
    assert len(set(cols["id"])) == n == int(fr.density.bins["n"].sum())
    assert cols["anchor"] == sorted(cols["anchor"])
    assert all(s0 < s1 for s0, s1 in zip(cols["s0"], cols["s1"], strict=True))
    assert all(
        s0 <= a < s1 for a, s0, s1 in zip(cols["anchor"], cols["s0"], cols["s1"], strict=True)
    )


def test_fragment_is_packed_and_unpacks_to_the_same_specs(big: Case) -> None:
    html = chart_html(big)
    assert 'data-encoding="gzip+base64"' in html
    payload = _payload(html, "spec")
    assert payload["detail"]["limit"] == DETAIL_LIMIT
    assert set(payload["shared"]) >= {"events", "links", "lanes", "bins"}
    fr = _frame(big)
    for form, variant in zip(payload["variants"], _variants(big, fr, None), strict=True):
        assert form["name"] == variant.name
        datasets = dict(form["spec"]["datasets"])
        for name, rows in payload["shared"].items():
            own = form.get("own", {}).get(name)
            datasets[name] = [{**r, **(own[i] if own else {})} for i, r in enumerate(rows)]
        assert datasets == variant.spec["datasets"]
        rest = {k: v for k, v in form["spec"].items() if k != "datasets"}
        assert rest == {k: v for k, v in variant.spec.items() if k != "datasets"}
    detail = _payload(html, "detail")
    assert len(detail["id"]) == int(fr.density.bins["n"].sum())


def test_share_keeps_what_differs_per_form() -> None:
    forms = [
        {"name": "a", "spec": {"datasets": {"d": [{"id": 1, "x": 1}, {"id": 2, "x": 2}]}}},
        {"name": "b", "spec": {"datasets": {"d": [{"id": 1, "x": 5}, {"id": 2, "x": 2}]}}},
    ]
    out = _share(forms)
    assert out["shared"] == {"d": [{"id": 1}, {"id": 2, "x": 2}]}
    assert out["variants"][0]["own"] == {"d": [{"x": 1}, {}]}
    assert out["variants"][1]["own"] == {"d": [{"x": 5}, {}]}
    assert forms[0]["spec"]["datasets"]["d"][0] == {"id": 1, "x": 1}  # input untouched


def test_transcript_lists_single_events_and_counts_the_rest(big: Case) -> None:
    html = chart_html(big)
    fr = _frame(big)
    n_single = int(fr.density.single.sum())
    assert html.count("<li>") == n_single
    assert f"the {n_single:,} events drawn one by one" in html
    assert f"the other {EVENTS - n_single:,} events, counted by {fr.density.unit}" in html
    cells = re.findall(r"<td>([\d,]+)</td>", html)
    assert sum(int(c.replace(",", "")) for c in cells) == EVENTS - n_single


def test_first_case_chart_is_unchanged(first_case_dir: Path) -> None:
    """The first case's chart specs are those from before large cases were drawn binned.

    The golden files hold ``chart_html`` output without its drawing script, which may
    change; the specs, the transcript and everything else may not.
    """
    case = load_case(first_case_dir)
    for width, name in [(None, "lasd-ice-2017.chart.html"), (400, "lasd-ice-2017.chart-400.html")]:
        golden = (GOLDEN / name).read_text(encoding="utf-8")
        html = chart_html(case, width=width)
        assert len(html) < PACK_OVER
        assert _payload(html, "spec") == _payload(golden, "spec")
        assert re.sub(r"<script>\n\(function.*?</script>", "", html, flags=re.S) == golden


def test_every_export_format_works_on_the_large_case(big: Case, tmp_path: Path) -> None:
    written = export_case(big, list(FORMATS), tmp_path, scale=1)
    names = {p.name for p in written}
    assert names == {name for fmt in FORMATS for name in FILES[fmt]}
    assert all(p.stat().st_size > 0 for p in written)
    spec = json.loads((tmp_path / "chart.vl.json").read_text(encoding="utf-8"))
    data = spec["datasets"]
    assert len(data["events"]) + sum(b["n"] for b in data["bins"]) == EVENTS
    assert (tmp_path / "timeline.html").stat().st_size <= PAGE_BUDGET


def test_report_renders_the_large_case(big_dir: Path, tmp_path: Path) -> None:
    page = render_case(big_dir, tmp_path)
    html = page.read_text(encoding="utf-8")
    assert page.stat().st_size <= PAGE_BUDGET + 1_000_000
    assert 'data-encoding="gzip+base64"' in html  # the chart, packed
    assert '<table class="timeline-counts">' in html
    executed = json.loads((page.parent / "report.ipynb").read_text(encoding="utf-8"))
    outputs = [o for cell in executed["cells"] for o in cell.get("outputs", [])]
    assert outputs
    assert not [o for o in outputs if o["output_type"] == "error" or o.get("name") == "stderr"]


# --- in the browser --------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_page(big: Case, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return save_html(big, tmp_path_factory.mktemp("bigpage") / "timeline.html")


def _drawn(page: Any, path: Path) -> None:
    page.goto(path.as_uri())
    page.wait_for_selector(".timeline-chart[data-rendered=true]", timeout=60_000)


def _brush(page: Any, left: float, right: float) -> None:
    """Drag across the overview strip from ``left`` to ``right`` (fractions of its width)."""
    strip = page.query_selector(".timeline-chart svg g.overview_group")
    strip.scroll_into_view_if_needed()  # as a reader scrolls to it: below the fold at 720 px
    box = strip.bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * left, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * right, y, steps=6)
    page.mouse.up()


def _marks(page: Any, name: str) -> int:
    return int(
        page.evaluate(
            f"""(name) => {{ let n = 0;
              (function walk(m) {{ if ((m.name || '').startsWith(name)) n += m.items.length;
                for (const it of m.items || []) for (const c of it.items || []) walk(c); }})
              ({VIEW}.scenegraph().root); return n; }}""",
            name,
        )
    )


@pytest.mark.browser
def test_large_page_fits_its_budget_and_draws_offline(
    offline_page: Any, big_page: Path, spec: dict[str, Any], artifacts: Path
) -> None:
    assert big_page.stat().st_size <= PAGE_BUDGET
    _drawn(offline_page, big_page)
    assert offline_page.blocked == []
    assert offline_page.page_errors == [] and offline_page.console_errors == []
    bins = len(spec["datasets"]["bins"])
    assert _marks(offline_page, "density_") == bins
    assert _marks(offline_page, "detail_") == 0
    offline_page.screenshot(path=str(artifacts / "large-case.png"))


@pytest.mark.browser
def test_zooming_in_shows_each_event_of_the_period(
    offline_page: Any, big_page: Path, big: Case, artifacts: Path
) -> None:
    _drawn(offline_page, big_page)
    fr = _frame(big)
    cols = _detail_columns(big, fr)
    # a short stretch of the overview, well inside the binned period
    _brush(offline_page, 0.70, 0.705)
    # the events shown are those chosen for the brush's final period, not one mid-drag
    offline_page.wait_for_function(
        f"""el => {{ const b = {VIEW}.signal('brush').s0;
            if (!b) return false;
            const span = [Math.min(+b[0], +b[1]), Math.max(+b[0], +b[1])].join(',');
            return el.getAttribute('data-detail-period') === span; }}""",
        arg=offline_page.query_selector(".timeline-chart"),
        timeout=30_000,
    )
    shown = int(offline_page.get_attribute(".timeline-chart", "data-detail"))
    lo, hi = offline_page.evaluate(f"() => {VIEW}.signal('brush').s0.map(Number)")
    lo, hi = min(lo, hi), max(lo, hi)
    day = 86_400_000
    expected = sum(-(-lo // day) <= a <= hi // day for a in cols["anchor"])
    assert 0 < shown == expected <= DETAIL_LIMIT
    offline_page.wait_for_function(
        f"n => {VIEW}.data('detail').length === n && {VIEW}.signal('detail_on')", arg=shown
    )
    assert _marks(offline_page, "detail_") == shown
    offline_page.screenshot(path=str(artifacts / "large-case-zoomed.png"))
    # the whole period again: the events go, the counts come back
    offline_page.dblclick(".timeline-chart svg g.overview_group")
    offline_page.wait_for_function(f"() => {VIEW}.data('detail').length === 0")
    assert offline_page.evaluate(f"() => {VIEW}.signal('detail_on')") is False
    assert offline_page.page_errors == [] and offline_page.console_errors == []


@pytest.mark.browser
def test_a_zoomed_in_event_has_its_tooltip(offline_page: Any, big_page: Path, big: Case) -> None:
    _drawn(offline_page, big_page)
    _brush(offline_page, 0.70, 0.702)
    offline_page.wait_for_function(f"() => {VIEW}.data('detail').length > 0", timeout=30_000)
    item = offline_page.evaluate(
        f"""() => {{ let found = null;
          (function walk(m) {{ if ((m.name || '').startsWith('detail_') && m.items.length)
              found = found || m.items[0];
            for (const it of m.items || []) for (const c of it.items || []) walk(c); }})
          ({VIEW}.scenegraph().root);
          return found && {{tip: found.tooltip, id: found.datum.id, href: found.href,
                            aria: found.description}}; }}"""
    )
    assert item is not None
    row = big.events.set_index("id").loc[item["id"]]
    assert item["tip"]["title"] == row["title"]
    assert item["tip"]["Date in the story"] == row["date"]
    assert item["tip"]["Source"].startswith(row["source"])
    if row["source"].startswith(("http://", "https://")):
        assert item["href"] == row["source"]
    else:
        assert not item["href"]
    assert row["title"] in item["aria"]
