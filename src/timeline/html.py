"""Self-contained HTML: the Vega libraries inlined, case text escaped, nothing fetched."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, NamedTuple

import altair as alt

__all__ = [
    "CHART_CSS",
    "EMBED_OPTIONS",
    "Embedded",
    "Variant",
    "chart_fragment",
    "escape",
    "page",
    "responsive_fragment",
    "script_json",
    "vega_bundle",
]

SCRIPT_ESCAPES = str.maketrans(
    {
        "<": "\\u003c",
        ">": "\\u003e",
        "&": "\\u0026",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
    }
)


def escape(text: object) -> str:
    """Escape any value for use as HTML text or a quoted attribute."""
    return html.escape(str(text), quote=True)


def script_json(value: Any) -> str:
    """Serialise ``value`` as JSON that is safe inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` become ``\\u`` escapes, so no data value can close the script
    (``</script>``) or open a comment, and U+2028/U+2029 are escaped for old parsers.
    Keys keep their order; the output is deterministic.

    Examples
    --------
    >>> script_json({"title": "</script><b>"})
    '{"title":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.translate(SCRIPT_ESCAPES)


@lru_cache(maxsize=1)
def vega_bundle() -> str:
    """Return Vega, Vega-Lite and Vega-Embed as one script, for the Vega-Lite Altair uses."""
    import vl_convert as vlc

    version = "v" + ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    return str(vlc.javascript_bundle(vl_version=version))  # type: ignore[call-arg]


EMBED_OPTIONS: dict[str, Any] = {
    "actions": False,
    "mode": "vega-lite",
    "loader": {"target": "_blank", "rel": "noopener noreferrer"},
    "tooltip": {"theme": "light"},
}
"""Vega-Embed options shared by every chart; ``renderer`` is added per chart."""

CHART_CSS = """\
.timeline-chart { display: block; width: 100%; min-height: 120px; }
.timeline-chart.vega-embed { display: block; width: 100%; }
.timeline-chart svg { display: block; max-width: 100%; height: auto; }
#vg-tooltip-element { font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Arial, sans-serif;
  max-width: min(380px, 92vw); }
#vg-tooltip-element h2 { font-size: 13px; line-height: 1.3; margin: 0 0 6px; }
#vg-tooltip-element table tr td.value { max-width: min(300px, 70vw); max-height: none;
  white-space: normal; overflow: visible; }
"""
"""Styles a page needs around the charts: block-level containers and readable tooltips."""

_DRAW = """\
(function () {
  var id = %(id)s;
  var el = document.getElementById(id);
  var data = JSON.parse(document.getElementById(id + "-spec").textContent);
  if (typeof vegaEmbed !== "function") {
    el.textContent = "The interactive chart needs the Vega libraries on this page.";
    return;
  }
  var variants = data.variants;
  var current = null;
  var result = null;
  var timer = null;
  function choose() {
    var width = el.getBoundingClientRect().width || window.innerWidth;
    var chosen = variants[0];
    for (var i = 0; i < variants.length; i++) {
      if (width >= variants[i].minWidth) { chosen = variants[i]; }
    }
    return chosen;
  }
  // A view as wide as its container is wider than it by its axes and padding: take the
  // difference off the view's width, so the chart fits without being scaled down.
  function fit(round) {
    var view = result && result.view;
    var svg = el.querySelector("svg");
    if (!current.fluid || !view || !svg) { return Promise.resolve(); }
    var room = el.clientWidth;
    var drawn = parseFloat(svg.getAttribute("width"));
    var width = view.signal("width");
    if (!room || !isFinite(drawn) || !isFinite(width) || Math.abs(drawn - room) < 1) {
      return Promise.resolve();
    }
    view.signal("width", Math.max(120, Math.floor(width - (drawn - room))));
    return view.runAsync().then(function () {
      return (round || 0) < 3 ? fit((round || 0) + 1) : null;
    });
  }
  function draw() {
    var next = choose();
    if (next === current) { return fit(); }
    current = next;
    if (result) { result.finalize(); result = null; }
    el.removeAttribute("data-rendered");
    el.setAttribute("data-variant", next.name);
    return vegaEmbed(el, next.spec, data.options).then(function (res) {
      if (current !== next) { res.finalize(); return; }
      result = res;
      el.timelineView = res.view;
      return fit().then(function () { el.setAttribute("data-rendered", "true"); });
    }).catch(function (err) { console.error(err); el.textContent = String(err); });
  }
  function later() { clearTimeout(timer); timer = setTimeout(draw, 60); }
  draw();
  if (typeof ResizeObserver === "function") { new ResizeObserver(later).observe(el); }
  window.addEventListener("resize", later);
})();
"""


def _fluid(spec: dict[str, Any]) -> bool:
    """Whether a spec, or any view it concatenates, follows its container's width."""
    if spec.get("width") == "container":
        return True
    parts = [*spec.get("vconcat", []), *spec.get("hconcat", []), *spec.get("concat", [])]
    return any(isinstance(p, dict) and _fluid(p) for p in parts)


class Variant(NamedTuple):
    """One form of a chart, drawn in containers at least ``min_width`` CSS pixels wide."""

    name: str
    min_width: int
    spec: dict[str, Any]


def responsive_fragment(
    variants: Sequence[Variant], div_id: str, *, renderer: str = "svg", actions: bool = False
) -> str:
    """Return the HTML for a chart with several forms, drawn by the page's ``vegaEmbed``.

    The page draws the widest form whose ``min_width`` its container reaches, and draws
    another when a resize crosses a threshold. A form as wide as its container is
    narrowed by the width of its axes and padding, so it fits without being scaled.

    Parameters
    ----------
    variants
        The forms, each with a name, a minimum container width and a Vega-Lite spec.
    div_id
        A stable element id (no random ids, so output is reproducible).
    renderer
        ``"svg"`` (marks carry ARIA labels) or ``"canvas"``.
    actions
        Whether to show Vega-Embed's action menu.

    Notes
    -----
    Once drawn, the container carries ``data-rendered="true"`` and ``data-variant``
    (the form's name), and its ``timelineView`` property is the Vega view, for tests
    and scripts.
    """
    if not variants:
        raise ValueError("a chart needs at least one variant")
    options = {**EMBED_OPTIONS, "renderer": renderer, "actions": actions}
    forms = [
        {"name": v.name, "minWidth": v.min_width, "fluid": _fluid(v.spec), "spec": v.spec}
        for v in sorted(variants, key=lambda v: v.min_width)
    ]
    payload = {"options": options, "variants": forms}
    safe_id = escape(div_id)
    return (
        f"<style>\n{CHART_CSS}</style>\n"
        f'<div class="timeline-chart" id="{safe_id}"></div>\n'
        f'<script type="application/json" id="{safe_id}-spec">{script_json(payload)}</script>\n'
        f"<script>\n{_DRAW % {'id': script_json(div_id)}}</script>"
    )


def chart_fragment(
    spec: dict[str, Any],
    div_id: str,
    *,
    renderer: str = "svg",
    actions: bool = False,
    narrow: dict[str, Any] | None = None,
    breakpoint: int = 500,
) -> str:
    """Return the HTML for one chart, drawn by a ``vegaEmbed`` already on the page.

    Parameters
    ----------
    spec
        A Vega-Lite specification (``chart.to_dict()``).
    div_id
        A stable element id (no random ids, so output is reproducible).
    renderer
        ``"svg"`` (marks carry ARIA labels) or ``"canvas"``.
    actions
        Whether to show Vega-Embed's action menu.
    narrow
        Another specification for containers narrower than ``breakpoint`` pixels.
    breakpoint
        Container width, in CSS pixels, from which ``spec`` is drawn instead of ``narrow``.
    """
    variants = [Variant("wide", breakpoint if narrow is not None else 0, spec)]
    if narrow is not None:
        variants.append(Variant("narrow", 0, narrow))
    return responsive_fragment(variants, div_id, renderer=renderer, actions=actions)


def page(title: str, body: str, *, lang: str = "en", head: str = "") -> str:
    """Return a complete, offline HTML page with the Vega libraries inlined.

    ``body`` and ``head`` are trusted HTML built by this package; ``title`` is escaped.
    """
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f"<script>\n{vega_bundle()}\n</script>\n{head}</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


class Embedded:
    """A chart shown in a notebook as an HTML fragment for an offline report page.

    The report template inlines the Vega libraries once in the page's head; each chart is
    a fragment that draws itself with them.
    """

    def __init__(
        self, chart: alt.TopLevelMixin, div_id: str, *, narrow: alt.TopLevelMixin | None = None
    ) -> None:
        self.chart = chart
        self.div_id = div_id
        self.narrow = narrow

    def _repr_html_(self) -> str:
        narrow = self.narrow.to_dict() if self.narrow is not None else None
        return chart_fragment(self.chart.to_dict(), self.div_id, narrow=narrow)

    def __repr__(self) -> str:
        # Stable text (no memory address), so executed notebooks are reproducible.
        return f"<chart {self.div_id}>"
