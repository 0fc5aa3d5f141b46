"""The embed in an article, as a reader meets it: two origins, a phone and a desktop, touch.

A host page (one loopback origin) pastes ``embed-snippet.html`` pointing at ``embed.html``
on another (a second port), as a CMS would. Everything else is blocked and recorded.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from timeline import Case
from timeline.chart import chart_html
from timeline.chart.transcript import card_events
from timeline.outputs import export_case
from timeline.web import page as html_page

pytestmark = pytest.mark.browser

HERE = Path(__file__).parent
AXE = HERE / "js" / "node_modules" / "axe-core" / "axe.min.js"
DOCS_IMG = HERE.parent / "docs" / "img"
WIDTHS = (375, 1280)
RENDERED = ".timeline-chart[data-rendered=true]"
PARAGRAPH = "<p>" + "The sheriff's department said one thing and did another. " * 5 + "</p>\n"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def _serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def _host_page(snippet: str) -> str:
    """A news article around the pasted snippet, with a paragraph to watch after it."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>A news story</title>\n<style>body { margin: 0; font: 17px/1.5 Georgia, serif; }"
        " main { padding: 0 12px; } #after { background: #eee; }</style>\n"
        "<script>window.shifts = []; new PerformanceObserver(function (list) {"
        " list.getEntries().forEach(function (e) { if (!e.hadRecentInput) {"
        " window.shifts.push(e.value); } }); }).observe({type: 'layout-shift', buffered: true});"
        "</script>\n</head>\n<body>\n<main>\n<h1>A news story</h1>\n"
        f"{PARAGRAPH * 2}{snippet}"
        f'<p id="after">The story goes on after the chart.</p>\n{PARAGRAPH * 12}</main>\n'
        "</body>\n</html>\n"
    )


@pytest.fixture(scope="module")
def site(first: Case, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The embed on one origin, the article on another; returns their base URLs."""
    graphics = tmp_path_factory.mktemp("graphics")
    news = tmp_path_factory.mktemp("news")
    export_case(first, ["embed", "html"], graphics)
    # a page that says it is taller than any limit, to check none is applied silently
    (graphics / "tall.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>tall</title></head>'
        "<body><script>parent.postMessage({type: 'timeline-embed-height', height: 30000},"
        " '*');</script></body></html>",
        encoding="utf-8",
    )
    servers = []
    server, graphics_url = _serve(graphics)
    servers.append(server)
    server, news_url = _serve(news)
    servers.append(server)
    snippet = (graphics / "embed-snippet.html").read_text(encoding="utf-8")
    framed = snippet.replace('src="embed.html"', f'src="{graphics_url}/embed.html"')
    (news / "index.html").write_text(_host_page(framed), encoding="utf-8")
    tall = snippet.replace('src="embed.html"', f'src="{graphics_url}/tall.html"')
    (news / "tall.html").write_text(_host_page(tall), encoding="utf-8")
    twice = chart_html(first)
    (news / "inline.html").write_text(
        html_page("Inline", f"<main>\n{PARAGRAPH}{twice}\n{PARAGRAPH}{twice}\n</main>"),
        encoding="utf-8",
    )
    try:
        yield {"graphics": graphics_url, "news": news_url}
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


@pytest.fixture
def phone_or_desktop(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A touch page of the width the test asks for, every request off loopback blocked."""
    width = request.param
    context = browser.new_context(
        viewport={"width": width, "height": 800}, has_touch=True, is_mobile=width < 800
    )
    blocked: list[str] = []

    def guard(route: Any) -> None:
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "file:", "data:", "blob:", "about:")):
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.width = width
    page.blocked = blocked
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    try:
        yield page
    finally:
        context.close()


def _frame(page: Any) -> Any:
    handle = page.wait_for_selector("iframe.timeline-embed")
    frame = handle.content_frame()
    frame.wait_for_selector(RENDERED, timeout=30_000)
    frame.wait_for_function(
        "() => { const el = document.querySelector('.timeline-chart');"
        " const svg = el.querySelector('svg');"
        " return Math.abs(el.clientWidth - parseFloat(svg.getAttribute('width'))) <= 1; }"
    )
    return frame


def _open(page: Any, url: str) -> Any:
    """Open the article, scroll the chart into view, and wait until it is drawn."""
    page.goto(url)
    page.evaluate("document.querySelector('iframe.timeline-embed').scrollIntoView()")
    frame = _frame(page)
    page.wait_for_timeout(400)  # let the embed report its height; nothing may move
    return frame


def _chart_box(page: Any, frame: Any, selector: str = ".timeline-chart svg") -> dict[str, float]:
    """A box inside the embed, in the article's viewport coordinates."""
    outer = page.locator("iframe.timeline-embed").bounding_box()
    inner = frame.evaluate(
        "(s) => { const r = document.querySelector(s).getBoundingClientRect();"
        " return {x: r.left, y: r.top, width: r.width, height: r.height}; }",
        selector,
    )
    return {**inner, "x": inner["x"] + outer["x"], "y": inner["y"] + outer["y"]}


def _scroll_settled(page: Any) -> None:
    """Wait until the article has stopped scrolling: a smooth scroll goes on after the
    first lines have moved, and a pointer placed meanwhile would end up elsewhere."""
    page.wait_for_function(
        """() => new Promise(done => {
          let last = scrollY, still = 0;
          const tick = () => {
            still = scrollY === last ? still + 1 : 0;
            last = scrollY;
            if (still >= 5) { done(true); } else { setTimeout(tick, 50); }
          };
          setTimeout(tick, 50);
        })"""
    )


def _clean(page: Any) -> None:
    assert page.errors == []
    assert page.blocked == []


both = pytest.mark.parametrize("phone_or_desktop", WIDTHS, indirect=True)


@both
def test_the_embed_sits_in_the_article_like_a_photo(phone_or_desktop: Any, site: dict) -> None:
    page = phone_or_desktop
    page.goto(f"{site['news']}/index.html")
    reserved = page.evaluate("document.querySelector('iframe.timeline-embed').offsetHeight")
    after = page.evaluate("document.getElementById('after').getBoundingClientRect().top + scrollY")
    page.evaluate("document.querySelector('iframe.timeline-embed').scrollIntoView()")
    frame = _frame(page)
    page.wait_for_timeout(600)
    height = page.evaluate("document.querySelector('iframe.timeline-embed').offsetHeight")
    moved = page.evaluate("document.getElementById('after').getBoundingClientRect().top + scrollY")
    chart = frame.evaluate("document.querySelector('.timeline-chart').offsetHeight")
    # the height was known before the embed loaded: nothing moved when it drew
    assert height == reserved
    assert moved == after
    assert page.evaluate("window.shifts") == []
    # the iframe is about the chart's height, the text version closed
    assert height < 1.5 * chart, (height, chart)
    assert frame.evaluate("document.querySelector('.timeline-transcript-box').open") is False
    assert frame.locator("h1").count() == 0
    # the chart fills the column, not shrunk, and nothing sticks out sideways
    fit = frame.evaluate(
        "(() => { const el = document.querySelector('.timeline-chart');"
        " return [el.clientWidth, parseFloat(el.querySelector('svg').getAttribute('width')),"
        " document.documentElement.scrollWidth, innerWidth]; })()"
    )
    assert abs(fit[0] - fit[1]) <= 1 and fit[2] <= fit[3], fit
    assert fit[3] >= page.width - 24 - 1
    # opening the text version grows the iframe by what was opened, and closing it shrinks it;
    # the chart keeps its size all the while: the iframe's new height is no cause to redraw it
    frame.evaluate(
        "window.sizes = []; new ResizeObserver(function (entries) { entries.forEach("
        "function (e) { window.sizes.push([e.contentRect.width, e.contentRect.height]); });"
        " }).observe(document.querySelector('.timeline-chart'))"
    )
    frame.locator(".timeline-transcript-box summary").click()
    page.wait_for_function(
        f"document.querySelector('iframe.timeline-embed').offsetHeight > {height + 200}"
    )
    text = frame.evaluate("document.querySelector('.timeline-transcript').offsetHeight")
    grown = page.evaluate("document.querySelector('iframe.timeline-embed').offsetHeight")
    assert grown - height <= text + 40
    # the dates are words, never the case file's codes
    words = frame.locator(".tl-t-when").all_inner_texts()
    assert words and not any("2017-01-25/2017-10-09" in w for w in words)
    frame.locator(".timeline-transcript-box summary").click()
    page.wait_for_function(
        f"document.querySelector('iframe.timeline-embed').offsetHeight === {height}"
    )
    sizes = frame.evaluate("window.sizes")
    assert sizes and all(size == sizes[0] for size in sizes), sizes
    _clean(page)


@both
def test_the_wheel_scrolls_the_article_and_ctrl_wheel_zooms(
    phone_or_desktop: Any, site: dict
) -> None:
    page = phone_or_desktop
    frame = _open(page, f"{site['news']}/index.html")
    view = "document.querySelector('.timeline-chart').timelineView"
    scale = frame.evaluate(f"{view}.scale('main_x').type === 'utc' ? 'main_x' : 'main_y'")
    domain = f"{view}.scale('{scale}').domain().map(Number)"
    full = frame.evaluate(domain)
    box = _chart_box(page, frame, ".bands_0_marks path")
    x, y = box["x"] + box["width"] / 2, max(box["y"], 0) + 40
    page.mouse.move(x, y)
    top = page.evaluate("scrollY")
    page.mouse.wheel(0, 300)
    page.wait_for_function(f"scrollY > {top + 100}")
    _scroll_settled(page)
    assert frame.evaluate(domain) == full
    # Ctrl + wheel zooms time, and leaves the article where it is
    box = _chart_box(page, frame, ".bands_0_marks path")
    x, y = box["x"] + box["width"] / 2, max(box["y"], 0) + 40
    page.mouse.move(x, y)
    top = page.evaluate("scrollY")
    page.keyboard.down("Control")
    page.mouse.wheel(0, -400)
    page.keyboard.up("Control")
    span = full[1] - full[0]
    frame.wait_for_function(f"(() => {{ const d = {domain}; return d[1] - d[0] < {span}; }})()")
    assert page.evaluate("scrollY") == top
    # the buttons zoom too, and the whole period comes back
    frame.locator("button[data-zoom=reset]").click()
    frame.wait_for_function(f"(() => {{ const d = {domain}; return d[1] - d[0] === {span}; }})()")
    frame.locator("button[data-zoom=in]").click()
    frame.wait_for_function(
        f"(() => {{ const d = {domain}; return Math.abs(2 * (d[1] - d[0]) - {span}) < 1e3; }})()"
    )
    _clean(page)


@both
def test_a_tap_shows_the_event_in_a_card(phone_or_desktop: Any, site: dict, first: Case) -> None:
    page = phone_or_desktop
    frame = _open(page, f"{site['news']}/index.html")
    wanted = {e["id"]: e for e in card_events(first)}["july-tweet"]
    mark = frame.evaluate(
        """() => { const m = [...document.querySelectorAll('[aria-roledescription="event"]')]
            .find(n => n.__data__.datum.id === 'july-tweet');
          m.scrollIntoView({block: 'center'}); return true; }"""
    )
    assert mark
    page.wait_for_timeout(200)
    outer = page.locator("iframe.timeline-embed").bounding_box()
    r = frame.evaluate(
        """() => { const m = [...document.querySelectorAll('[aria-roledescription="event"]')]
            .find(n => n.__data__.datum.id === 'july-tweet');
          const r = m.getBoundingClientRect();
          return [r.left + r.width / 2, r.top + r.height / 2]; }"""
    )
    page.touchscreen.tap(outer["x"] + r[0], outer["y"] + r[1])
    card = frame.locator(".timeline-card:not([hidden])")
    card.wait_for(timeout=5_000)
    text = card.inner_text()
    assert wanted["title"] in text
    assert wanted["date"] and wanted["date"] in text
    assert wanted["resolved"] in text
    assert wanted["quote"] in text
    assert wanted["source"] in text
    frame.wait_for_function(
        "document.querySelector('.timeline-chart').timelineView.signal('sel_id') === 'july-tweet'"
    )
    # the card is over the chart: the iframe did not grow
    inside = card.evaluate("c => c.getBoundingClientRect().bottom <= document.body.scrollHeight")
    assert inside
    frame.locator(".timeline-card button").click()
    assert frame.locator(".timeline-card[hidden]").count() == 1
    _clean(page)


@both
def test_tab_and_arrow_keys_reach_every_event_in_date_order(
    phone_or_desktop: Any, site: dict, first: Case
) -> None:
    page = phone_or_desktop
    frame = _open(page, f"{site['news']}/index.html")
    order = [e["id"] for e in card_events(first)]
    focused = (
        "(() => { const n = document.activeElement; const d = n && n.__data__ && n.__data__.datum;"
        " return n && n.getAttribute('aria-roledescription') === 'event' ? d.id : null; })()"
    )
    page.locator("h1").click()
    for _ in range(40):
        page.keyboard.press("Tab")
        if frame.evaluate(focused) is not None:
            break
    seen = [frame.evaluate(focused)]
    assert seen[0] == order[0]
    shown = [frame.get_attribute(".timeline-card", "data-event")]
    for _ in order[1:]:
        page.keyboard.press("ArrowRight")
        seen.append(frame.evaluate(focused))
        shown.append(frame.get_attribute(".timeline-card", "data-event"))
    assert seen == order
    assert shown == order
    page.keyboard.press("ArrowLeft")
    assert frame.evaluate(focused) == order[-2]
    page.keyboard.press("Enter")
    frame.wait_for_function(
        "document.querySelector('.timeline-chart').timelineView.signal('sel_id') !== ''"
    )
    # lanes: Shift+Tab back to the controls, open the lanes and hide one by keyboard
    frame.focus(".timeline-lanes summary")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    hidden = frame.evaluate("document.querySelector('.timeline-lanes input:not(:checked)').value")
    stored = frame.evaluate(
        "document.querySelector('.timeline-chart').timelineView.data('lanes_store')"
        ".map(t => t.values[0])"
    )
    assert hidden not in stored and len(stored) == len(first.events["lane"].unique()) - 1
    _clean(page)


def _axe(target: Any) -> list[tuple[str, str, int]]:
    """axe-core's serious and critical violations in a page or frame."""
    target.add_script_tag(path=str(AXE))
    found = target.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
        ".map(v => [v.id, v.nodes.map(n => n.target.join(' ')).join(', ')])"
    )
    return [tuple(v) for v in found]


def _need_axe() -> None:
    if AXE.is_file():
        return
    reason = "axe-core is not installed in tests/js/node_modules: run `make js-deps`"
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(reason)
    pytest.skip(reason)


@both
def test_axe_finds_nothing_serious(phone_or_desktop: Any, site: dict) -> None:
    _need_axe()
    page = phone_or_desktop
    frame = _open(page, f"{site['news']}/index.html")
    assert _axe(frame) == []
    assert _axe(page) == []
    page.goto(f"{site['graphics']}/timeline.html")
    page.wait_for_selector(RENDERED, timeout=30_000)
    assert _axe(page) == []
    _clean(page)


@pytest.mark.parametrize("phone_or_desktop", [375], indirect=True)
def test_a_fragment_pasted_twice_draws_twice_and_wraps(phone_or_desktop: Any, site: dict) -> None:
    page = phone_or_desktop
    page.goto(f"{site['news']}/inline.html")
    page.wait_for_function(f"document.querySelectorAll('{RENDERED}').length === 2", timeout=30_000)
    ids = page.evaluate("[...document.querySelectorAll('[id]')].map(e => e.id)")
    assert len(ids) == len(set(ids))
    charts = page.evaluate("[...document.querySelectorAll('.timeline-chart')].map(e => e.id)")
    assert charts == ["timeline-lasd-ice-2017", "timeline-lasd-ice-2017-2"]
    marks = page.evaluate(
        "[...document.querySelectorAll('.timeline-chart')]"
        ".map(e => e.querySelectorAll('[aria-roledescription=\"event\"]').length)"
    )
    assert marks[0] == marks[1] > 0
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    _clean(page)


@pytest.mark.parametrize("phone_or_desktop", [375], indirect=True)
def test_no_height_limit_is_silent(phone_or_desktop: Any, site: dict) -> None:
    page = phone_or_desktop
    page.goto(f"{site['news']}/tall.html")
    page.evaluate("document.querySelector('iframe.timeline-embed').scrollIntoView()")
    page.wait_for_function("document.querySelector('iframe.timeline-embed').offsetHeight === 30000")
    _clean(page)


@both
def test_screenshots_of_the_embed(phone_or_desktop: Any, site: dict) -> None:
    page = phone_or_desktop
    frame = _open(page, f"{site['news']}/index.html")
    assert frame is not None
    # a window as tall as the embed, so the whole of it is painted
    tall = page.evaluate("document.querySelector('iframe.timeline-embed').offsetHeight")
    page.set_viewport_size({"width": page.width, "height": tall + 40})
    page.evaluate("document.querySelector('iframe.timeline-embed').scrollIntoView()")
    page.wait_for_timeout(300)
    DOCS_IMG.mkdir(parents=True, exist_ok=True)
    page.locator("iframe.timeline-embed").screenshot(path=str(DOCS_IMG / f"embed-{page.width}.png"))
    _clean(page)


@pytest.mark.slow
@pytest.mark.parametrize("phone_or_desktop", [1280], indirect=True)
def test_the_report_passes_axe_and_its_cells_are_no_tab_stops(
    phone_or_desktop: Any, tmp_path: Path
) -> None:
    _need_axe()
    from timeline import paths
    from timeline.report import render_case

    render_case(paths.FIRST_CASE, tmp_path)
    page = phone_or_desktop
    page.goto((tmp_path / paths.FIRST_CASE.name / "index.html").as_uri())
    page.wait_for_selector(RENDERED, timeout=30_000)
    assert _axe(page) == []
    stops = page.evaluate(
        "document.querySelectorAll('.jp-Cell-inputWrapper[tabindex], "
        ".jp-OutputArea-output[tabindex]').length"
    )
    assert stops == 0
    page.locator("h1").first.click()
    for _ in range(6):
        page.keyboard.press("Tab")
        cls = page.evaluate("document.activeElement.className")
        assert "jp-Cell" not in str(cls) and "jp-OutputArea" not in str(cls)
    assert page.errors == []
