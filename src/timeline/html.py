"""Self-contained HTML: the Vega libraries inlined, case text escaped, nothing fetched."""

from __future__ import annotations

import base64
import gzip
import html
import json
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, NamedTuple

import altair as alt

__all__ = [
    "CHART_CSS",
    "EMBED_OPTIONS",
    "PACK_OVER",
    "Detail",
    "Embedded",
    "Variant",
    "chart_fragment",
    "escape",
    "page",
    "responsive_fragment",
    "script_json",
    "script_safe",
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


_SCRIPT_PAIRS = tuple((chr(k), str(v)) for k, v in SCRIPT_ESCAPES.items())


def script_safe(text: str) -> str:
    """``text`` with :data:`SCRIPT_ESCAPES` applied, so it cannot close a ``<script>``.

    One C-level ``str.replace`` a character that occurs: ``str.translate`` with a dict
    walks every character in Python, seconds on the megabytes of a large case.
    """
    for char, escaped in _SCRIPT_PAIRS:
        if char in text:
            text = text.replace(char, escaped)
    return text


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
    return script_safe(text)


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
  if (typeof vegaEmbed !== "function") {
    el.textContent = "The interactive chart needs the Vega libraries on this page.";
    return;
  }
  // A large chart's JSON is stored gzip-compressed and base64-encoded; the browser
  // inflates it with its own DecompressionStream, fetching nothing.
  function read(node) {
    if (!node) { return Promise.resolve(null); }
    if (node.getAttribute("data-encoding") !== "gzip+base64") {
      return Promise.resolve(JSON.parse(node.textContent));
    }
    var bin = atob(node.textContent.trim());
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(JSON.parse);
  }
  // Data sets the variants share are stored once: give each variant its full copy.
  function unshare(data) {
    var shared = data.shared || {};
    data.variants.forEach(function (v) {
      var own = v.own || {};
      v.spec.datasets = v.spec.datasets || {};
      Object.keys(shared).forEach(function (name) {
        var mine = own[name];
        v.spec.datasets[name] = shared[name].map(function (rec, i) {
          return mine ? Object.assign({}, rec, mine[i]) : rec;
        });
      });
    });
    return data;
  }
  read(document.getElementById(id + "-spec")).then(function (data) {
    start(unshare(data));
  }).catch(function (err) { console.error(err); el.textContent = String(err); });

  function start(data) {
  var variants = data.variants;
  var current = null;
  var result = null;
  var timer = null;
  var detail = data.detail ? zoomDetail(data.detail) : null;
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
      if (detail) { detail.watch(res.view); }
      return fit().then(function () { el.setAttribute("data-rendered", "true"); });
    }).catch(function (err) { console.error(err); el.textContent = String(err); });
  }
  function later() { clearTimeout(timer); timer = setTimeout(draw, 60); }
  draw();
  if (typeof ResizeObserver === "function") { new ResizeObserver(later).observe(el); }
  window.addEventListener("resize", later);
  }

  // Zoomed in on a large chart: once the period in view holds at most `limit` of the
  // events drawn as counts, put those events in the chart's detail data set.
  function zoomDetail(cfg) {
    var rows = null;
    var timer = null;
    function load() {
      if (!rows) {
        rows = read(document.getElementById(id + "-detail"));
      }
      return rows;
    }
    function bound(list, value, upper) {
      var lo = 0, hi = list.length;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (upper ? list[mid] <= value : list[mid] < value) { lo = mid + 1; } else { hi = mid; }
      }
      return lo;
    }
    function period(view) {
      for (var i = 0; i < cfg.signals.length; i++) {
        var value = null;
        try { value = view.signal(cfg.signals[i]); } catch (e) { value = null; }
        var range = value && value[cfg.field];
        if (range && range.length === 2) {
          var a = +range[0], b = +range[1];
          return [Math.min(a, b), Math.max(a, b)];
        }
      }
      return null;
    }
    var shown = "";
    function update(view) {
      var span = period(view);
      var key = span ? span.join(",") : "";
      if (key === shown) { return Promise.resolve(); }
      shown = key;
      return load().then(function (d) {
        var day = 86400000, out = [];
        var on = false;
        if (span) {
          // an event is in the period when its anchor day's first instant is
          var first = bound(d.anchor, Math.ceil(span[0] / day), false);
          var last = bound(d.anchor, Math.floor(span[1] / day), true);
          if (last - first <= cfg.limit) {
            on = true;
            for (var k = first; k < last; k++) {
              var source = d.source[k];
              out.push({
                id: d.id[k], lane: d.lanes[d.lane[k]], lane_label: d.labels[d.lane[k]],
                s0: d.s0[k] * day, s1: d.s1[k] * day, slot: d.slot[k], title: d.title[k],
                date: d.date[k], resolved: d.resolved[k], actor: d.actor[k],
                source: source, href: /^https?:[/][/]/.test(source) ? source : ""
              });
            }
          }
        }
        el.setAttribute("data-detail-period", key);
        el.setAttribute("data-detail", String(out.length));
        return view.data(cfg.dataset, out).signal(cfg.flag, on).runAsync();
      });
    }
    return {
      watch: function (view) {
        shown = "";
        function later() {
          clearTimeout(timer);
          timer = setTimeout(function () {
            if (el.timelineView === view) { update(view); }
          }, 120);
        }
        cfg.signals.forEach(function (name) {
          try { view.addSignalListener(name, later); } catch (e) { /* not in this form */ }
        });
      }
    };
  }
})();
"""

PACK_OVER = 1_000_000
"""A chart's JSON longer than this many characters is stored compressed in the page."""


class Detail(NamedTuple):
    """Events a page puts into a chart's data set once a zoomed-in period holds few.

    ``columns`` holds one list a field, in the order of ``anchor`` (day numbers since
    1970-01-01, ascending): ``id``, ``lane`` (an index into ``lanes`` and ``labels``),
    ``s0`` and ``s1`` (first day and the day after the last, as day numbers), ``slot``,
    ``title``, ``date``, ``resolved``, ``actor`` and ``source``. The page reads the
    period in view from the first of ``signals`` that holds a range for ``field``.
    """

    dataset: str
    flag: str
    signals: tuple[str, ...]
    field: str
    limit: int
    columns: dict[str, list[Any]]


def _packed(value: Any) -> str:
    """``value`` as JSON, gzip-compressed (no timestamp, so the same bytes each time), base64."""
    raw = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return base64.b64encode(gzip.compress(raw.encode("utf-8"), compresslevel=9, mtime=0)).decode(
        "ascii"
    )


def _share(forms: list[dict[str, Any]]) -> dict[str, Any]:
    """Store once the data-set fields that every form has alike; keep the rest per form."""
    specs = [f["spec"] for f in forms]
    names = [
        name
        for name, rows in (specs[0].get("datasets") or {}).items()
        if all(len((s.get("datasets") or {}).get(name, ())) == len(rows) for s in specs[1:])
        and all(name in (s.get("datasets") or {}) for s in specs[1:])
    ]
    shared: dict[str, list[dict[str, Any]]] = {}
    own: list[dict[str, list[dict[str, Any]]]] = [{} for _ in forms]
    for name in names:
        tables = [s["datasets"][name] for s in specs]
        common: list[dict[str, Any]] = []
        parts: list[list[dict[str, Any]]] = [[] for _ in forms]
        for recs in zip(*tables, strict=True):
            same = {k: v for k, v in recs[0].items() if all(k in r and r[k] == v for r in recs[1:])}
            common.append(same)
            for part, rec in zip(parts, recs, strict=True):
                part.append({k: v for k, v in rec.items() if k not in same})
        shared[name] = common
        for mine, part in zip(own, parts, strict=True):
            if any(part):
                mine[name] = part
    out_forms = []
    for form, mine in zip(forms, own, strict=True):
        spec = dict(form["spec"])
        spec["datasets"] = {
            k: v for k, v in (spec.get("datasets") or {}).items() if k not in shared
        }
        out_forms.append({**form, "spec": spec, **({"own": mine} if mine else {})})
    return {"variants": out_forms, "shared": shared}


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
    variants: Sequence[Variant],
    div_id: str,
    *,
    renderer: str = "svg",
    actions: bool = False,
    detail: Detail | None = None,
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
    detail
        Events the page adds to a data set of the chart when a zoomed-in period holds
        few enough of them (see :class:`Detail`).

    Notes
    -----
    Once drawn, the container carries ``data-rendered="true"`` and ``data-variant``
    (the form's name), and its ``timelineView`` property is the Vega view, for tests
    and scripts; with ``detail``, ``data-detail`` is the number of events added and
    ``data-detail-period`` the period they were chosen for (first and last instant, in
    milliseconds, comma-separated; empty for the whole).

    Specs whose JSON is longer than :data:`PACK_OVER` characters are stored once for
    the data the forms share, gzip-compressed and base64-encoded; the page inflates them
    with the browser's own ``DecompressionStream``.
    """
    if not variants:
        raise ValueError("a chart needs at least one variant")
    options = {**EMBED_OPTIONS, "renderer": renderer, "actions": actions}
    forms = [
        {"name": v.name, "minWidth": v.min_width, "fluid": _fluid(v.spec), "spec": v.spec}
        for v in sorted(variants, key=lambda v: v.min_width)
    ]
    payload: dict[str, Any] = {"options": options, "variants": forms}
    if detail is not None:
        payload["detail"] = {
            "dataset": detail.dataset,
            "flag": detail.flag,
            "signals": list(detail.signals),
            "field": detail.field,
            "limit": detail.limit,
        }
    safe_id = escape(div_id)
    text = script_json(payload)
    if len(text) > PACK_OVER:
        payload.update(_share(forms))
        spec_tag = (
            f'<script type="application/octet-stream" data-encoding="gzip+base64" '
            f'id="{safe_id}-spec">{_packed(payload)}</script>\n'
        )
    else:
        spec_tag = f'<script type="application/json" id="{safe_id}-spec">{text}</script>\n'
    if detail is not None:
        spec_tag += (
            f'<script type="application/octet-stream" data-encoding="gzip+base64" '
            f'id="{safe_id}-detail">{_packed(detail.columns)}</script>\n'
        )
    return (
        f"<style>\n{CHART_CSS}</style>\n"
        f'<div class="timeline-chart" id="{safe_id}"></div>\n'
        f"{spec_tag}"
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
