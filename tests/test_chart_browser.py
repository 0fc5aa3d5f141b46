"""The timeline in a real browser: offline, one mark per event, and every interaction."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from chart_support import HOSTILE
from stories_support import story_dirs
from timeline import Case, load_case
from timeline.chart import save_html

pytestmark = pytest.mark.browser

VIEW = "document.querySelector('.timeline-chart').timelineView"
TWEET = "LASD tweets that it does not provide release info to ICE"

# One property (opacity, href) of every event mark or link, read from Vega's scenegraph.
SCENE_JS = """
([pattern, prop]) => {
  const out = {};
  const re = new RegExp(pattern);
  function walk(mark) {
    if (re.test(mark.name || "")) {
      for (const item of mark.items) {
        const key = item.datum.id !== undefined ? item.datum.id : item.datum.link;
        out[key] = item[prop];
      }
    }
    for (const item of mark.items || []) {
      for (const child of item.items || []) { walk(child); }
    }
  }
  walk(VIEW.scenegraph().root);
  return out;
}
""".replace("VIEW", VIEW)

# Screen boxes of the text of every label on the chart.
LABELS_JS = """
() => [...document.querySelectorAll(
    '.timeline-chart g[class*="labels_"] text, .timeline-chart g[class*="minor_labels_"] text')]
  .filter(t => t.textContent.trim() && !t.closest('g[class*="halo"]'))
  .map(t => { const r = t.getBoundingClientRect();
              return [t.textContent, r.left, r.top, r.right, r.bottom]; })
"""


@pytest.fixture(scope="module")
def first_page(first: Case, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return save_html(first, tmp_path_factory.mktemp("chart") / "timeline.html")


FITTED_JS = """
() => { const el = document.querySelector('.timeline-chart');
  const svg = el && el.querySelector('svg');
  return el.dataset.rendered === 'true' && svg !== null
    && Math.abs(el.clientWidth - parseFloat(svg.getAttribute('width'))) <= 1; }
"""


def open_chart(page: Any, path: Path, width: int = 1200) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(path.as_uri())
    page.wait_for_selector(".timeline-chart[data-rendered=true]", timeout=30_000)
    page.wait_for_function(FITTED_JS)


def events_opacity(page: Any) -> dict[str, float]:
    return scene(page, "opacity")


def scene(page: Any, prop: str) -> dict[str, Any]:
    pattern = r"^event_(bars|bars_approximate|points)_\d+_marks$"
    return dict(page.evaluate(SCENE_JS, [pattern, prop]))


def links_opacity(page: Any) -> dict[int, float]:
    raw = page.evaluate(SCENE_JS, [r"^connectors_\d+_marks$", "opacity"])
    return {int(k): v for k, v in raw.items()}


def centre(page: Any, selector: str, text: str | None = None) -> tuple[float, float]:
    box = page.evaluate(
        """([selector, text]) => {
          const els = [...document.querySelectorAll(selector)].filter(
            e => text === null || (e.getAttribute('aria-label') || e.textContent).includes(text));
          if (els.length !== 1) { return els.length; }
          els[0].scrollIntoView({block: "center", inline: "center"});
          const r = els[0].getBoundingClientRect();
          return [r.left + r.width / 2, r.top + r.height / 2];
        }""",
        [selector, text],
    )
    assert isinstance(box, list), f"{box} elements match {selector} {text!r}"
    return float(box[0]), float(box[1])


def domain(page: Any) -> list[float]:
    return list(page.evaluate(f"{VIEW}.scale('main_x').domain().map(Number)"))


def assert_clean(page: Any) -> None:
    assert page.console_errors == []
    assert page.page_errors == []
    assert page.blocked == []


def assert_labels_apart(page: Any) -> None:
    boxes = page.evaluate(LABELS_JS)
    assert boxes
    for a, b in combinations(boxes, 2):
        apart = a[3] <= b[1] + 0.5 or b[3] <= a[1] + 0.5 or a[4] <= b[2] + 0.5 or b[4] <= a[2] + 0.5
        assert apart, f"labels overlap: {a[0]!r} and {b[0]!r}"


def test_renders_offline_with_one_mark_per_event(
    offline_page: Any, first_page: Path, first: Case
) -> None:
    open_chart(offline_page, first_page)
    assert offline_page.get_attribute(".timeline-chart", "data-variant") == "wide"
    svg_events = offline_page.locator('.timeline-chart [aria-roledescription="event"]')
    assert svg_events.count() == len(first.events)
    labels = svg_events.evaluate_all("els => els.map(e => e.getAttribute('aria-label'))")
    assert all(
        label.split(": ", 1)[0]
        in {
            "What officials said",
            "What happened behind the scenes",
            "Oversight and disclosure",
            "Context",
        }
        for label in labels
    )
    assert sorted(events_opacity(offline_page)) == sorted(first.events["id"])
    # a mark whose source is a web page links to it; no other mark links anywhere
    web = {i: s for i, s in zip(first.events["id"], first.events["source"], strict=True)}
    hrefs = scene(offline_page, "href")
    assert {i: h for i, h in hrefs.items() if h} == {
        i: s for i, s in web.items() if s.startswith(("http://", "https://"))
    }
    # the chart's description is what a screen reader announces for it
    root = offline_page.locator(".timeline-chart")
    assert root.get_attribute("role") == "graphics-document"
    assert "stood for 2 to 9 months" in (root.get_attribute("aria-label") or "")
    # the chart fits its container without being scaled down
    fit = offline_page.evaluate(
        "(() => { const el = document.querySelector('.timeline-chart');"
        " return [el.clientWidth, parseFloat(el.querySelector('svg').getAttribute('width'))]; })()"
    )
    assert abs(fit[0] - fit[1]) <= 1
    assert_clean(offline_page)


def test_a_visible_connector_per_link(offline_page: Any, first_page: Path, first: Case) -> None:
    open_chart(offline_page, first_page)
    paths = offline_page.locator('.timeline-chart [aria-roledescription="link"]')
    assert paths.count() == len(first.links)
    sizes = paths.evaluate_all(
        "els => els.map(e => { const r = e.getBoundingClientRect();"
        " return [Math.max(r.width, r.height), parseFloat(e.getAttribute('opacity') || '1')]; })"
    )
    assert all(length >= 8 and opacity > 0.5 for length, opacity in sizes), sizes
    assert set(links_opacity(offline_page)) == set(range(len(first.links)))
    assert_clean(offline_page)


def test_clicking_the_july_tweet_highlights_exactly_its_links(
    offline_page: Any, first_page: Path, first: Case
) -> None:
    links = first.links
    touching = links[(links["from"] == "july-tweet") | (links["to"] == "july-tweet")]
    expected = {"july-tweet", *touching["from"], *touching["to"]}
    open_chart(offline_page, first_page)
    offline_page.mouse.click(*centre(offline_page, '[aria-roledescription="event"]', TWEET))
    offline_page.wait_for_function(f"{VIEW}.signal('sel_id') === 'july-tweet'")
    opacity = events_opacity(offline_page)
    assert {i for i, o in opacity.items() if o == 1} == expected
    assert all(o < 0.2 for i, o in opacity.items() if i not in expected)
    lit = {i for i, o in links_opacity(offline_page).items() if o > 0.5}
    assert lit == set(touching.index)

    # clicking empty space (the foot of a lane band, far left) clears the highlight
    band = offline_page.evaluate(
        "(() => { const e = [...document.querySelectorAll('g[class*=\"bands_\"] path')].pop();"
        " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
        " return [r.left + 4, r.bottom - 2]; })()"
    )
    offline_page.mouse.click(*band)
    offline_page.wait_for_function(f"{VIEW}.signal('sel_id') === ''")
    assert set(events_opacity(offline_page).values()) == {1}
    assert_clean(offline_page)


def test_lane_label_and_legend_toggle_lanes(
    offline_page: Any, first_page: Path, first: Case
) -> None:
    lane = dict(zip(first.events["id"], first.events["lane"].astype(str), strict=True))
    open_chart(offline_page, first_page)
    head = centre(offline_page, 'g[class*="lane_heads"] text', "Context")
    offline_page.mouse.click(*head)
    opacity = events_opacity(offline_page)
    assert all((o < 0.2) == (lane[i] == "context") for i, o in opacity.items())
    offline_page.mouse.click(*head)
    assert set(events_opacity(offline_page).values()) == {1}

    entry = centre(offline_page, ".role-legend text", "What officials said")
    offline_page.mouse.click(*entry)
    opacity = events_opacity(offline_page)
    assert all((o < 0.2) == (lane[i] == "statement") for i, o in opacity.items())
    offline_page.mouse.click(*entry)
    assert set(events_opacity(offline_page).values()) == {1}
    assert_clean(offline_page)


def test_brush_zooms_and_main_view_pans_and_zooms(offline_page: Any, first_page: Path) -> None:
    open_chart(offline_page, first_page)
    full = domain(offline_page)
    strip = offline_page.evaluate(
        "(() => { const e = document.querySelector('g[class*=\"ov_band\"] path');"
        " e.scrollIntoView({block: 'end'}); const r = e.getBoundingClientRect();"
        " return [r.left, r.top, r.width, r.height]; })()"
    )
    left, top, width, height = strip
    y = top + height / 2
    offline_page.mouse.move(left + 0.4 * width, y)
    offline_page.mouse.down()
    offline_page.mouse.move(left + 0.6 * width, y, steps=8)
    offline_page.mouse.up()
    brushed = domain(offline_page)
    assert brushed[0] > full[0] and brushed[1] < full[1]
    assert (brushed[1] - brushed[0]) / (full[1] - full[0]) == pytest.approx(0.2, abs=0.02)

    # drag the main view to pan, Ctrl + scroll it to zoom (the last lane is in view)
    band = offline_page.evaluate(
        "(() => { const r = [...document.querySelectorAll('g[class*=\"bands_\"] path')].pop()"
        ".getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()"
    )
    offline_page.mouse.move(*band)
    offline_page.mouse.down()
    offline_page.mouse.move(band[0] - 150, band[1], steps=6)
    offline_page.mouse.up()
    panned = domain(offline_page)
    assert panned[0] > brushed[0]
    assert panned[1] - panned[0] == pytest.approx(brushed[1] - brushed[0], rel=1e-6)
    offline_page.mouse.move(*band)
    offline_page.keyboard.down("Control")
    offline_page.mouse.wheel(0, -400)
    offline_page.keyboard.up("Control")
    offline_page.wait_for_timeout(150)
    zoomed = domain(offline_page)
    assert zoomed[1] - zoomed[0] < panned[1] - panned[0]

    # a new brush takes over from the main view's own zoom
    left, top, width, height = offline_page.evaluate(
        "(() => { const e = document.querySelector('g[class*=\"ov_band\"] path');"
        " e.scrollIntoView({block: 'end'}); const r = e.getBoundingClientRect();"
        " return [r.left, r.top, r.width, r.height]; })()"
    )
    y = top + height / 2
    offline_page.mouse.move(left + 0.1 * width, y)
    offline_page.mouse.down()
    offline_page.mouse.move(left + 0.5 * width, y, steps=8)
    offline_page.mouse.up()
    again = domain(offline_page)
    assert (again[1] - again[0]) / (full[1] - full[0]) == pytest.approx(0.4, abs=0.02)
    # double-clicking the strip clears the brush and shows everything again
    offline_page.mouse.dblclick(left + 0.8 * width, y)
    assert domain(offline_page) == pytest.approx(full)
    assert_clean(offline_page)


def test_tooltip_shows_the_quote(offline_page: Any, first_page: Path, first: Case) -> None:
    quote = first.events.set_index("id").at["july-tweet", "quote"]
    open_chart(offline_page, first_page)
    offline_page.mouse.move(*centre(offline_page, '[aria-roledescription="event"]', TWEET))
    tip = offline_page.locator("#vg-tooltip-element.visible")
    tip.wait_for(timeout=5_000)
    text = tip.inner_text()
    assert quote in text
    assert TWEET in text and "in July" in text and "1–31 July 2017 (month)" in text
    assert "article ¶12" in text
    assert_clean(offline_page)


@pytest.mark.parametrize("width", [1200, 600, 400])
def test_labels_do_not_overlap(offline_page: Any, first_page: Path, width: int) -> None:
    open_chart(offline_page, first_page, width)
    variant = offline_page.get_attribute(".timeline-chart", "data-variant")
    assert variant == {1200: "wide", 600: "medium", 400: "narrow"}[width]
    assert_labels_apart(offline_page)
    assert_clean(offline_page)


PHONES = range(320, 424, 4)
"""Container widths a reader's phone gives a page, CSS pixels."""


def overruns(page: Any, path: Path) -> list[tuple[int, int, float]]:
    """Open ``path`` and widen the window through :data:`PHONES`; the ``(window, room,
    drawn)`` widths where the chart runs over its container or leaves a twentieth of it
    empty."""
    open_chart(page, path, PHONES[0])
    bad = []
    for width in PHONES:
        page.set_viewport_size({"width": width, "height": 900})
        page.wait_for_function(
            "w => window.innerWidth === w"
            " && document.querySelector('.timeline-chart').dataset.rendered === 'true'",
            arg=width,
        )
        page.wait_for_timeout(150)  # a redraw the resize schedules, and its fitting
        room, drawn = page.evaluate(
            "(() => { const el = document.querySelector('.timeline-chart');"
            " return [el.clientWidth, parseFloat(el.querySelector('svg').getAttribute('width'))];"
            " })()"
        )
        if drawn > room + 1 or drawn < 0.95 * room:
            bad.append((width, room, drawn))
    return bad


def test_the_chart_fits_every_phone(offline_page: Any, first_page: Path) -> None:
    assert overruns(offline_page, first_page) == []
    assert_clean(offline_page)


def test_the_reference_stories_fit_every_phone(offline_page: Any, tmp_path: Path) -> None:
    """On stories the chart was not drawn for: a label that reaches past the plot at some
    widths only must not leave the chart running over a phone's column."""
    for folder in story_dirs():
        page = save_html(load_case(folder), tmp_path / f"{folder.name}.html")
        assert overruns(offline_page, page) == [], folder.name
    assert_clean(offline_page)


def test_narrow_variant_and_screenshots(
    offline_page: Any, first_page: Path, first: Case, artifacts: Path
) -> None:
    for width in (1200, 400):
        open_chart(offline_page, first_page, width)
        count = offline_page.locator('.timeline-chart [aria-roledescription="event"]').count()
        assert count == len(first.events)
        box = offline_page.locator(".timeline-figure").bounding_box()
        assert box is not None and box["width"] <= width
        # a viewport tall enough for the title, finding and chart, once it has refitted
        bottom = offline_page.evaluate(
            "document.querySelector('.timeline-chart').getBoundingClientRect().bottom"
        )
        offline_page.set_viewport_size({"width": width, "height": int(bottom) + 16})
        offline_page.wait_for_timeout(300)
        offline_page.wait_for_function(FITTED_JS)
        offline_page.screenshot(
            path=str(artifacts / f"lasd-ice-2017-timeline-{width}.png"),
            clip={"x": 0, "y": 0, "width": width, "height": int(bottom) + 8},
        )
    assert offline_page.get_attribute(".timeline-chart", "data-variant") == "narrow"
    assert_clean(offline_page)


def test_redraws_when_the_container_crosses_the_breakpoint(
    offline_page: Any, first_page: Path
) -> None:
    open_chart(offline_page, first_page, 1200)
    offline_page.set_viewport_size({"width": 420, "height": 900})
    offline_page.wait_for_function(
        "document.querySelector('.timeline-chart').dataset.variant === 'narrow'"
        " && document.querySelector('.timeline-chart').dataset.rendered === 'true'"
    )
    offline_page.set_viewport_size({"width": 1000, "height": 900})
    offline_page.wait_for_function(
        "document.querySelector('.timeline-chart').dataset.variant === 'wide'"
        " && document.querySelector('.timeline-chart').dataset.rendered === 'true'"
    )
    assert_clean(offline_page)


def test_hostile_case_stays_inert(offline_page: Any, tmp_path: Path) -> None:
    path = save_html(load_case(HOSTILE), tmp_path / "hostile.html")
    open_chart(offline_page, path)
    assert offline_page.evaluate("window.pwned === undefined")
    tip_target = centre(offline_page, '[aria-roledescription="event"]', "said: </script>")
    offline_page.mouse.move(*tip_target)
    offline_page.locator("#vg-tooltip-element.visible").wait_for(timeout=5_000)
    assert offline_page.evaluate("window.pwned === undefined")
    assert offline_page.evaluate("document.querySelectorAll('body img').length") == 0
    assert_clean(offline_page)


def test_plain_vega_embed_as_in_jupyter(offline_page: Any, first: Case, tmp_path: Path) -> None:
    """The spec alone, embedded with Vega-Embed's defaults, as JupyterLab shows it."""
    from timeline.chart import timeline_chart
    from timeline.web import page, script_json

    spec = timeline_chart(first).to_dict()
    body = (
        '<div id="vis" style="width: 900px"></div>\n<script>\n'
        f"vegaEmbed('#vis', {script_json(spec)}).then(function (r) {{\n"
        "  window.view = r.view; document.body.dataset.ok = 'yes'; });\n</script>"
    )
    path = tmp_path / "plain.html"
    path.write_text(page("plain", body), encoding="utf-8")
    offline_page.goto(path.as_uri())
    offline_page.wait_for_selector("body[data-ok=yes]", timeout=30_000)
    events = offline_page.locator('#vis [aria-roledescription="event"]')
    assert events.count() == len(first.events)  # SVG, from the spec's usermeta
    offline_page.mouse.click(*centre(offline_page, '[aria-roledescription="event"]', TWEET))
    offline_page.wait_for_function("window.view.signal('sel_id') === 'july-tweet'")
    assert_clean(offline_page)
