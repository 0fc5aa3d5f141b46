"""Exports in real clients: TimelineJS, and the HTML pages with hostile case text."""

from __future__ import annotations

import functools
import http.server
import json
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chart_support import HOSTILE
from timeline import load_case
from timeline.outputs import export_case

pytestmark = pytest.mark.browser

HERE = Path(__file__).parent
TIMELINEJS_DIST = HERE / "js" / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
PDFJS_DIST = HERE / "js" / "node_modules" / "pdfjs-dist"
# Everything a hostile string could do if it ran: set a flag, open a dialog.
PWNED = "() => window.pwned === undefined && document.querySelectorAll('svg[onload]').length === 0"


def _need_js(path: Path, name: str) -> None:
    """Skip (fail under CI) when an npm package the test loads is not installed."""
    if path.is_file():
        return
    reason = (
        f"{name} is not installed in tests/js/node_modules: run `make js-deps` "
        "(it needs npm; `make unit` runs it)"
    )
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(f"this test needs its npm package under CI: {reason}")
    pytest.skip(reason)


def _need_timelinejs() -> None:
    _need_js(TIMELINEJS_DIST / "js" / "timeline.js", "TimelineJS (@knight-lab/timelinejs)")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def loopback(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An HTTP server on 127.0.0.1 (a free port) serving a folder; yields (base URL, folder)."""
    root = tmp_path / "site"
    root.mkdir()
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


TIMELINE_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>TimelineJS export check</title>
<link rel="stylesheet" href="tl/css/timeline.css">
<script src="tl/js/timeline.js"></script>
</head>
<body>
<div id="timeline-embed" style="width: 1100px; height: 700px"></div>
<script>
fetch("timelinejs.json")
  .then(function (response) { return response.json(); })
  .then(function (data) {
    window.tlData = data;
    var timeline = new TL.Timeline("timeline-embed", data, {
      hash_bookmark: false,
      font: false,
      script_path: new URL("tl/js/", location.href).href
    });
    timeline.on("loaded", function () { window.tlLoaded = true; });
    window.timeline = timeline;
  })
  .catch(function (err) { window.tlError = String(err); });
</script>
</body>
</html>
"""


def _open_timelinejs(page: Any, base: str, root: Path, case_dir: Path, out: Path) -> Any:
    case = load_case(case_dir)
    export_case(case, ["timelinejs"], out)
    (root / "tl").symlink_to(TIMELINEJS_DIST, target_is_directory=True)
    (root / "timelinejs.json").write_bytes((out / "timelinejs.json").read_bytes())
    (root / "index.html").write_text(TIMELINE_PAGE, encoding="utf-8")
    page.goto(f"{base}/index.html")
    page.wait_for_function("() => window.tlLoaded === true || window.tlError !== undefined")
    assert page.evaluate("window.tlError") is None
    page.wait_for_function(
        f"() => document.querySelectorAll('.tl-slide').length >= {len(case.events) + 1}"
    )
    return case


@pytest.mark.parametrize("case_dir", ["first", "hostile"])
def test_timelinejs_loads_one_slide_per_event(
    offline_page: Any,
    loopback: tuple[str, Path],
    tmp_path: Path,
    first_case_dir: Path,
    artifacts: Path,
    case_dir: str,
) -> None:
    _need_timelinejs()
    base, root = loopback
    folder = first_case_dir if case_dir == "first" else HOSTILE
    case = _open_timelinejs(offline_page, base, root, folder, tmp_path / "out")
    page = offline_page
    slides = page.locator(".tl-slide")
    assert slides.count() == len(case.events) + 1
    ids = set(page.eval_on_selector_all(".tl-slide", "els => els.map(e => e.id)"))
    assert set(case.events["id"]) <= ids
    markers = page.locator(".tl-timemarker").count()
    assert markers == len(case.events)
    groups = page.eval_on_selector_all(
        ".tl-timegroup-message", "els => els.map(e => e.textContent)"
    )
    assert sorted(groups) == sorted(
        {"What officials said", "What happened behind the scenes", "Oversight and disclosure"}
        | ({"Context"} if (case.events["lane"] == "context").any() else set())
    )
    page.screenshot(path=str(artifacts / f"timelinejs-{case.id}.png"))
    assert page.blocked == []
    assert page.page_errors == []
    assert page.console_errors == []
    assert page.evaluate(PWNED)


def test_timelinejs_shows_hostile_text_as_text(
    offline_page: Any, loopback: tuple[str, Path], tmp_path: Path
) -> None:
    _need_timelinejs()
    base, root = loopback
    case = _open_timelinejs(offline_page, base, root, HOSTILE, tmp_path / "out")
    page = offline_page
    for row in case.events.itertuples():
        slide = page.locator(f".tl-slide#{row.id}")
        headline = slide.locator(".tl-headline").first.text_content()
        assert headline == row.title, row.id
        if row.quote:
            quote = slide.locator("blockquote").first.text_content()
            assert quote == row.quote, row.id
    title = page.locator(".tl-slide").first.locator(".tl-headline-title").text_content()
    assert title == case.meta.title
    # Only http(s) sources are links; the hostile URL stays inside one href, intact.
    hrefs = page.eval_on_selector_all(".tl-slide a[href]", "els => els.map(e => e.href)")
    assert hrefs and all(h.startswith(("http://", "https://")) for h in hrefs)
    raw = page.eval_on_selector_all(
        ".tl-slide a[href]", "els => els.map(e => e.getAttribute('href'))"
    )
    assert "https://example.com/post?b=\"'><svg/onload=window.pwned=1>" in raw
    # Nothing the case wrote became an element.
    for tag in ("script", "img", "iframe", "svg", "b", "i", "u", "style", "textarea"):
        found = page.locator(f".tl-slide {tag}, .tl-timemarker {tag}").count()
        assert found == 0, tag
    # Walk every slide: each becomes current in turn, still with nothing run.
    for _ in range(len(case.events)):
        page.evaluate("window.timeline.goToNext()")
    page.wait_for_timeout(300)
    assert page.evaluate(PWNED)
    assert page.page_errors == []
    assert page.blocked == []


def test_timelinejs_reads_every_date_as_exported(
    offline_page: Any, loopback: tuple[str, Path], tmp_path: Path, first_case_dir: Path
) -> None:
    _need_timelinejs()
    base, root = loopback
    _open_timelinejs(offline_page, base, root, first_case_dir, tmp_path / "out")
    exported = json.loads((tmp_path / "out" / "timelinejs.json").read_text("utf-8"))
    assert offline_page.evaluate("window.timeline.config.messages.errors") == []
    parsed = offline_page.evaluate(
        """() => window.timeline.config.events.map(e => [
            e.unique_id,
            e.start_date.data.year, e.start_date.data.month, e.start_date.data.day,
            e.end_date ? [e.end_date.data.year, e.end_date.data.month, e.end_date.data.day] : null,
        ])"""
    )
    seen = {row[0]: row[1:] for row in parsed}
    for event in exported["events"]:
        start, end = event["start_date"], event.get("end_date")
        year, month, day, end_seen = seen[event["unique_id"]]
        assert (year, month, day) == (start["year"], start.get("month"), start.get("day"))
        if end is None:
            assert end_seen is None
        else:
            assert end_seen == [end["year"], end.get("month"), end.get("day")]
    shown = offline_page.eval_on_selector_all(
        ".tl-slide .tl-headline-date", "els => els.map(e => e.textContent)"
    )
    for event in exported["events"]:
        assert event["display_date"] in shown


# --- the HTML pages, offline, with hostile text ------------------------------------------

RENDERED = '.timeline-chart[data-rendered="true"]'


@pytest.fixture(scope="module")
def hostile_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hostile-pages")
    export_case(load_case(HOSTILE), ["html", "embed"], out)
    return out


def _assert_shows_as_text(text: str, case: Any) -> None:
    flat = " ".join(text.split())
    for row in case.events.itertuples():
        assert " ".join(row.title.split()) in flat, row.id
        if row.quote:
            assert " ".join(row.quote.split()) in flat, row.id


def _hover_every_mark(page: Any, frame: Any) -> list[str]:
    """Hover each event mark so Vega draws its tooltip; return the tooltips' text."""
    seen: list[str] = []
    marks = frame.locator(".timeline-chart svg [role='graphics-symbol']")
    for i in range(min(marks.count(), 60)):
        mark = marks.nth(i)
        if not mark.is_visible():
            continue
        try:
            mark.hover(timeout=1000, force=True)
        except Exception:  # a mark under another one; the next will do
            continue
        tip = frame.locator("#vg-tooltip-element")
        if tip.count() and tip.is_visible():
            seen.append(tip.inner_text())
    return seen


@pytest.mark.parametrize("name", ["timeline.html", "embed.html"])
def test_hostile_pages_run_nothing_and_show_text(
    offline_page: Any, hostile_pages: Path, name: str, artifacts: Path
) -> None:
    case = load_case(HOSTILE)
    page = offline_page
    page.goto((hostile_pages / name).as_uri())
    page.wait_for_selector(RENDERED, timeout=30000)
    assert page.title() == case.meta.title
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    _assert_shows_as_text(page.evaluate("document.body.innerText"), case)
    tips = _hover_every_mark(page, page)
    page.screenshot(path=str(artifacts / f"export-hostile-{name}.png"), full_page=True)
    assert tips, "no tooltip showed"
    assert any("pwned" in t or "onerror" in t for t in tips), "hostile titles in tooltips"
    assert page.evaluate(PWNED)
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.evaluate("document.querySelectorAll('#vg-tooltip-element *').length") >= 0
    assert page.locator("#vg-tooltip-element img, #vg-tooltip-element b").count() == 0
    assert page.blocked == []
    assert page.page_errors == []
    assert page.console_errors == []


def test_embed_snippet_frames_and_fits_the_page(
    offline_page: Any, hostile_pages: Path, artifacts: Path
) -> None:
    case = load_case(HOSTILE)
    page = offline_page
    page.goto((hostile_pages / "embed-snippet.html").as_uri())
    frame = page.frame_locator("iframe.timeline-embed")
    frame.locator(RENDERED).wait_for(timeout=30000)
    height = page.evaluate("document.querySelector('iframe.timeline-embed').offsetHeight")
    inner = frame.locator("html").evaluate("el => el.scrollHeight")
    assert abs(height - inner) <= 2
    # the text version, opened, grows the iframe to fit it
    frame.locator("body").evaluate(
        "b => b.querySelectorAll('details').forEach(d => { d.open = true; })"
    )
    page.wait_for_function(
        f"() => document.querySelector('iframe.timeline-embed').offsetHeight > {height}",
        timeout=10000,
    )
    # the folds open one after another, so wait for the iframe to settle on its content
    deadline = time.monotonic() + 10
    while True:
        height = page.evaluate("document.querySelector('iframe.timeline-embed').offsetHeight")
        inner = frame.locator("html").evaluate("el => el.scrollHeight")
        if abs(height - inner) <= 2 or time.monotonic() > deadline:
            break
        page.wait_for_timeout(100)
    assert abs(height - inner) <= 2
    _assert_shows_as_text(frame.locator("body").inner_text(), case)
    page.screenshot(path=str(artifacts / "export-hostile-embed-snippet.png"), full_page=True)
    assert page.evaluate(PWNED)
    assert frame.locator("body").evaluate("() => window.pwned === undefined")
    assert page.blocked == []
    assert page.page_errors == []
    assert page.console_errors == []


def test_embed_is_responsive(offline_page: Any, tmp_path: Path, first_case_dir: Path) -> None:
    export_case(load_case(first_case_dir), ["embed"], tmp_path)
    page = offline_page
    for width, variant in ((1100, "wide"), (380, "narrow")):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto((tmp_path / "embed.html").as_uri())
        page.wait_for_selector(RENDERED, timeout=30000)
        assert page.get_attribute(".timeline-chart", "data-variant") == variant
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 1, (width, overflow)
    assert page.blocked == []
    assert page.page_errors == []


# --- the PDF, read by PDF.js -------------------------------------------------------------

PDF_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>PDF export check</title></head>
<body>
<canvas id="canonical"></canvas>
<canvas id="raw"></canvas>
<script type="module">
import * as pdfjs from "./pdfjs/build/pdf.min.mjs";
pdfjs.GlobalWorkerOptions.workerSrc = "./pdfjs/build/pdf.worker.min.mjs";
async function draw(url, id) {
  const doc = await pdfjs.getDocument({
    url: url,
    stopAtErrors: true,
    isEvalSupported: false,
    standardFontDataUrl: "./pdfjs/standard_fonts/",
  }).promise;
  const page = await doc.getPage(1);
  const viewport = page.getViewport({ scale: 1.5 });
  const canvas = document.getElementById(id);
  canvas.width = viewport.width;
  canvas.height = viewport.height;
  await page.render({ canvasContext: canvas.getContext("2d"), viewport: viewport }).promise;
  const text = await page.getTextContent();
  return {
    pages: doc.numPages,
    width: viewport.width,
    height: viewport.height,
    text: text.items.map(function (item) { return item.str; }).join(" "),
    pixels: canvas.toDataURL(),
  };
}
Promise.all([draw("chart.pdf", "canonical"), draw("raw.pdf", "raw")])
  .then(function (results) { window.pdfResults = results; })
  .catch(function (err) { window.pdfError = String(err); });
</script>
</body>
</html>
"""


def test_pdf_reads_and_draws_like_the_original(
    offline_page: Any, loopback: tuple[str, Path], tmp_path: Path, first_case_dir: Path
) -> None:
    """PDF.js opens the normalised chart.pdf strictly and draws it as vl-convert's own PDF."""
    _need_js(PDFJS_DIST / "build" / "pdf.min.mjs", "PDF.js (pdfjs-dist)")
    import vl_convert as vlc

    from timeline.outputs import static

    base, root = loopback
    case = load_case(first_case_dir)
    export_case(case, ["pdf"], tmp_path)
    raw = bytes(vlc.vegalite_to_pdf(static.static_spec(case, None), **static.vl_options()))
    (root / "pdfjs").symlink_to(PDFJS_DIST, target_is_directory=True)
    (root / "chart.pdf").write_bytes((tmp_path / "chart.pdf").read_bytes())
    (root / "raw.pdf").write_bytes(raw)
    (root / "index.html").write_text(PDF_PAGE, encoding="utf-8")
    page = offline_page
    warnings: list[str] = []
    page.on("console", lambda m: warnings.append(f"{m.type}: {m.text}"))
    page.goto(f"{base}/index.html")
    page.wait_for_function("() => window.pdfResults !== undefined || window.pdfError !== undefined")
    assert page.evaluate("window.pdfError") is None
    canonical, original = page.evaluate("window.pdfResults")
    assert canonical["pages"] == 1
    assert canonical["text"] == original["text"]
    assert case.meta.title.split(",")[0] in canonical["text"] or canonical["text"]
    assert (canonical["width"], canonical["height"]) == (original["width"], original["height"])
    assert canonical["pixels"] == original["pixels"]
    assert warnings == []
    assert page.blocked == []
    assert page.page_errors == []
    assert page.console_errors == []
