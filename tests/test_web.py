"""The web package: escaping, page and fragment assembly, and the scripts it ships."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from importlib import resources
from typing import Any

import numpy as np
import pandas as pd
import pytest

from timeline import paths
from timeline.density import UNITS, period_bounds, periods
from timeline.web import (
    ASSETS,
    Detail,
    Variant,
    asset,
    chart_css,
    detail_data,
    draw_script,
    responsive_fragment,
    safe_url,
    script_json,
    script_safe,
)

DAY = 86_400_000
"""Milliseconds in a day."""

SCRIPTS = sorted(name for name in ASSETS if name.endswith(".js"))


def _node() -> str:
    """The ``node`` executable; skipped with the reason printed when absent (failed under CI)."""
    node = shutil.which("node")
    if node is None:
        reason = "node not found, so the page scripts are not checked (install Node.js)"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"the script checks need node under CI: {reason}")
        print(reason)
        pytest.skip(reason)
    return node


# --- the files ---------------------------------------------------------------------------


def test_every_script_and_style_is_an_asset_shipped_as_package_data() -> None:
    folder = resources.files("timeline.web")
    files = sorted(p.name for p in folder.iterdir() if p.name.endswith((".js", ".css")))
    assert files == sorted(ASSETS)
    config = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = config["tool"]["setuptools"]["package-data"]["timeline"]
    assert {"web/*.js", "web/*.css"} <= set(shipped)


@pytest.mark.parametrize("name", SCRIPTS)
def test_script_is_valid_javascript(name: str) -> None:
    node = _node()
    with resources.as_file(resources.files("timeline.web") / name) as path:
        done = subprocess.run(
            [node, "--check", str(path)], capture_output=True, text=True, timeout=60
        )
    assert done.returncode == 0, done.stderr


def test_assets_are_read_when_first_used_not_on_import() -> None:
    code = (
        "import timeline.web, timeline.html, timeline.export\n"
        "from timeline.shipped import shipped_text\n"
        "print(shipped_text.cache_info().currsize)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"


def test_unknown_asset_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown asset"):
        asset("../paths.py")


def test_scripts_hold_no_python_formatting_and_no_machine_paths() -> None:
    for name in ASSETS:
        text = asset(name)
        assert "%(" not in text and "{{" not in text
        assert "/home/" not in text and "/work/" not in text and "/tmp/" not in text


# --- escaping ----------------------------------------------------------------------------


def test_script_json_cannot_close_a_script() -> None:
    text = script_json({"a": "</script><!--\u2028&"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!--\u2028&"}
    assert script_safe("plain text") == "plain text"


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.com/a?b=1", True),
        ("http://example.com", True),
        ("HTTPS://EXAMPLE.COM/", True),
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,x", False),
        ("https:///nohost", False),
        ("//example.com/a", False),
        ("https://exa mple.com", False),
        ("https://example.com/\u2028", False),
    ],
)
def test_safe_url(url: str, ok: bool) -> None:
    assert (safe_url(url) is not None) is ok


def test_timelinejs_keeps_safe_url() -> None:
    from timeline import timelinejs

    assert timelinejs.safe_url is safe_url


# --- the rules the page shares with the Python -------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/a?b=1",
        "HTTPS://EXAMPLE.COM/",
        "javascript:alert(1)",
        " https://example.com",
        "https:///nohost",
        "https://exa mple.com",
        "article ¶3",
    ],
)
def test_detail_links_are_the_sources_safe_url_accepts(url: str) -> None:
    detail = Detail("detail", "on", ("brush",), "start", 10, {"source": [url], "id": ["e1"]})
    data = detail_data(detail)
    assert data["link"] == [int(safe_url(url) is not None)]
    assert data["source"] == [url] and data["id"] == ["e1"]


def test_draw_script_checks_no_address_itself() -> None:
    """Which sources link is decided in Python (``detail_data``): the script only reads it."""
    draw = asset("draw.js")
    assert "http" not in draw
    assert "d.link[k]" in draw


def _draw_rules(body: str, **given: Any) -> Any:
    """Run ``body`` in node with ``rules`` (what ``draw.js`` returns without a page) and
    ``input`` (``given``), and read back the JSON it writes."""
    program = (
        "const vm = require('vm');"
        "const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "const rules = vm.runInNewContext(input.source)(null);" + body
    )
    payload = json.dumps({"source": asset("draw.js"), **given})
    done = subprocess.run(
        [_node(), "-e", program], input=payload, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _in_period_js(anchor: list[int], spans: list[list[int]]) -> list[list[int]]:
    """``inPeriod`` of ``draw.js``, run by node on each span."""
    body = (
        "process.stdout.write(JSON.stringify("
        "input.spans.map(function (s) { return rules.inPeriod(input.anchor, s); })));"
    )
    result: list[list[int]] = _draw_rules(body, anchor=anchor, spans=spans)
    return result


def _fitted_js(room: int, drawn: str) -> list[list[float]]:
    """Run ``nextWidth`` of ``draw.js`` (in node) from the view width ``room - 56`` until
    it says the chart fits, drawing ``drawn`` (a JavaScript expression in ``w``, the view
    width) each time; the ``[width, drawn]`` pairs tried, last the one kept."""
    body = (
        "const drawn = new Function('w', 'return ' + input.drawn);"
        "const known = {fits: -Infinity, over: Infinity, last: null, final: null};"
        "let w = input.room - 56; const seen = [];"
        "for (let i = 0; i < 40; i++) { const d = drawn(w); seen.push([w, d]);"
        " const next = rules.nextWidth(known, w, d, input.room);"
        " if (next === null) { break; } w = next; }"
        "process.stdout.write(JSON.stringify(seen));"
    )
    result: list[list[float]] = _draw_rules(body, room=room, drawn=drawn)
    return result


def test_the_chart_is_drawn_as_wide_as_its_container_and_no_wider() -> None:
    """The page's width search: a plain chart fills the room; one whose label reaches past
    the plot's edge at some widths only (what is drawn jumps) ends at the widest width that
    fits, where a straight guess would swing between two widths; one held wide by its
    legend keeps its plot rather than squeezing it to nothing."""
    plain = _fitted_js(359, "w + 56")
    assert plain[-1] == [303, 359] and len(plain) <= 3
    jumpy = _fitted_js(359, "w + (w >= 300 ? 68 : 44)")
    assert jumpy[-1] == [299, 343] and len(jumpy) <= 12
    assert all(d <= 359 or w >= 300 for w, d in jumpy)
    legend = _fitted_js(284, "Math.max(w + 56, 298)")
    assert legend[-1][0] == 228 and len(legend) <= 4


def _anchor_days() -> np.ndarray:
    """Sorted anchor days (days since 1970-01-01) around 2017, with repeats."""
    rng = np.random.default_rng(7)
    days = rng.integers(17_000, 17_800, size=400)
    return np.sort(np.concatenate([days, days[:40]]))


def test_page_puts_an_event_in_the_calendar_period_density_puts_it_in() -> None:
    """The page's period rule, over each bin of :func:`timeline.density.periods`."""
    anchor = _anchor_days()
    when = pd.Series(pd.to_datetime(anchor, unit="D"))
    cases: list[tuple[np.ndarray, list[int]]] = []
    for unit in UNITS:
        ordinals = periods(when, unit)
        wanted = np.unique(np.concatenate([ordinals, ordinals - 1, ordinals + 1]))
        start, end = period_bounds(wanted, unit)
        for ordinal, first, after in zip(wanted, start, end, strict=True):
            # a brush over the whole period: its first instant to its last
            span = [int(first.value // 1_000_000), int(after.value // 1_000_000) - 1]
            cases.append((np.flatnonzero(ordinals == ordinal), span))
    got = _in_period_js(anchor.tolist(), [span for _, span in cases])
    for (expected, span), (lo, hi) in zip(cases, got, strict=True):
        assert list(range(lo, hi)) == expected.tolist(), span


def test_page_puts_an_event_in_a_period_when_its_anchor_days_first_instant_is() -> None:
    """Brushes end anywhere in a day: only the anchor day's first instant counts."""
    anchor = _anchor_days()
    rng = np.random.default_rng(11)
    edges = rng.integers(16_990 * DAY, 17_810 * DAY, size=(300, 2))
    spans = [[int(min(a, b)), int(max(a, b))] for a, b in edges]
    spans += [[17_100 * DAY, 17_100 * DAY], [17_100 * DAY + 1, 17_101 * DAY - 1]]
    got = _in_period_js(anchor.tolist(), spans)
    for span, (lo, hi) in zip(spans, got, strict=True):
        inside = np.flatnonzero((span[0] <= anchor * DAY) & (anchor * DAY <= span[1]))
        assert list(range(lo, hi)) == inside.tolist(), span


# --- fragments and pages -----------------------------------------------------------------


def _spec() -> dict[str, Any]:
    return {"mark": "point", "data": {"values": [{"a": 1}]}, "width": "container"}


def test_draw_script_is_the_shipped_file_called_with_the_id() -> None:
    script = draw_script("chart-</script>")
    assert script.startswith("<script>\n" + asset("draw.js").rstrip())
    assert script.endswith('("chart-\\u003c/script\\u003e");\n</script>')
    assert script.count("</script>") == 1


def test_fragment_inlines_the_style_spec_and_drawing_script() -> None:
    html = responsive_fragment([Variant("wide", 0, _spec())], "c1")
    assert html.startswith(f"<style>\n{chart_css()}</style>\n")
    assert '<div class="timeline-chart" id="c1"></div>' in html
    assert '<script type="application/json" id="c1-spec">' in html
    assert html.endswith(draw_script("c1"))
    # the golden chart files are compared without this script
    stripped = re.sub(r"<script>\n\(function.*?</script>", "", html, flags=re.S)
    assert "vegaEmbed" not in stripped


def test_fragment_packs_the_detail_with_its_links() -> None:
    import base64
    import gzip

    columns = {"anchor": [17_000, 17_001], "source": ["https://example.com", "javascript:x"]}
    detail = Detail("detail", "on", ("brush",), "start", 10, columns)
    html = responsive_fragment([Variant("wide", 0, _spec())], "c2", detail=detail)
    packed = re.search(r'id="c2-detail">([^<]*)</script>', html)
    assert packed is not None
    data = json.loads(gzip.decompress(base64.b64decode(packed[1])))
    assert data == {**columns, "link": [1, 0]}


def test_html_module_still_exports_the_old_names() -> None:
    import timeline.html as old
    import timeline.web as web

    for name in old.__all__:
        assert getattr(old, name) is getattr(web, name, None) or name == "_share", name
    assert chart_css() == old.CHART_CSS
    assert old.page is web.page and old.script_json is script_json
    with pytest.raises(AttributeError):
        _ = old.no_such_name  # type: ignore[attr-defined]
