"""Self-contained HTML: the Vega libraries inlined, case text escaped, nothing fetched."""

from __future__ import annotations

import base64
import gzip
import json
from collections.abc import Mapping, Sequence
from typing import Any, Final, NamedTuple

import altair as alt

from timeline.web.assets import asset
from timeline.web.escaping import escape, safe_url, script_json

__all__ = [
    "EMBED_OPTIONS",
    "PACK_OVER",
    "Detail",
    "Embedded",
    "Variant",
    "chart_css",
    "chart_fragment",
    "detail_data",
    "draw_script",
    "page",
    "responsive_fragment",
    "tools_html",
    "vega_bundle",
]


def vega_bundle() -> str:
    """Return Vega, Vega-Lite and Vega-Embed as one script, for the Vega-Lite Altair uses.

    Built by vl-convert once per installed version and cached on disk
    (:func:`timeline.bundle.vega_bundle`).
    """
    from timeline.bundle import vega_bundle as cached

    return cached()


EMBED_OPTIONS: dict[str, Any] = {
    "actions": False,
    "mode": "vega-lite",
    "loader": {"target": "_blank", "rel": "noopener noreferrer"},
    "tooltip": {"theme": "light"},
}
"""Vega-Embed options shared by every chart; ``renderer`` is added per chart."""


def chart_css() -> str:
    """Styles a page needs around the charts: block-level containers and readable tooltips."""
    return asset("chart.css")


def draw_script(div_id: str) -> str:
    """The ``<script>`` that draws the chart in the element ``div_id`` (``draw.js``).

    The script is a function of the element's id; the id is passed to it as script-safe
    JSON, and everything else it reads from the JSON scripts next to the element.
    """
    return f"<script>\n{asset('draw.js').rstrip()}({script_json(div_id)});\n</script>"


PACK_OVER = 1_000_000
"""A chart's JSON longer than this many characters is stored compressed in the page."""


class Detail(NamedTuple):
    """Events a page puts into a chart's data set once a zoomed-in period holds few.

    ``columns`` holds one list a field, in the order of ``anchor`` (day numbers since
    1970-01-01, ascending): ``id``, ``lane`` (an index into ``lanes`` and ``labels``),
    ``s0`` and ``s1`` (first day and the day after the last, as day numbers), ``slot``,
    ``title``, ``date``, ``resolved``, ``actor`` and ``source``. The page reads the
    period in view from the first of ``signals`` that holds a range for ``field``, and
    which sources are links from :func:`detail_data`.
    """

    dataset: str
    flag: str
    signals: tuple[str, ...]
    field: str
    limit: int
    columns: dict[str, list[Any]]


def detail_data(detail: Detail) -> dict[str, list[Any]]:
    """The columns of ``detail`` as the page reads them: with ``link``, which sources link.

    ``link`` holds 1 for each source that :func:`~timeline.web.escaping.safe_url` accepts,
    else 0: the page makes only those sources links, so the rule has one source, in Python.

    Examples
    --------
    >>> cols = {"source": ["https://example.com/a", "javascript:alert(1)", "article ¶2"]}
    >>> detail_data(Detail("d", "on", ("brush",), "start", 10, cols))["link"]
    [1, 0, 0]
    """
    sources = detail.columns.get("source", [])
    return {**detail.columns, "link": [int(safe_url(str(s)) is not None) for s in sources]}


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
    events: Sequence[Mapping[str, Any]] = (),
    lanes: Sequence[str] = (),
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
    events
        The events drawn one by one, in date order, each with ``id``, ``title``,
        ``lane``, ``date`` (as written, or ``""`` when only the resolved words say it),
        ``resolved``, ``actor``, ``quote``, ``source`` and ``href`` (the source when it
        is a web address, else ``""``): the order the keyboard moves in, and what the
        details card shows. Without, the card shows each mark's tooltip.
    lanes
        The names of the lanes drawn, for the checkboxes that show and hide them.

    Notes
    -----
    Once drawn, the container carries ``data-rendered="true"`` and ``data-variant``
    (the form's name), and its ``timelineView`` property is the Vega view, for tests
    and scripts; with ``detail``, ``data-detail`` is the number of events added and
    ``data-detail-period`` the period they were chosen for (first and last instant, in
    milliseconds, comma-separated; empty for the whole).

    Above the chart go zoom buttons, the lanes to show and how to zoom
    (:func:`tools_html`); a tap, click or keyboard focus on an event shows its details
    in a card over the chart. The ids
    are ``div_id`` and ``div_id`` plus ``-spec`` and ``-detail``; pasted twice in one
    page, the second copy's script gives its elements ids of their own at run time
    (``div_id-2``, ...), so the output stays the same bytes.

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
    if events:
        payload["events"] = [dict(e) for e in events]
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
            f'id="{safe_id}-detail">{_packed(detail_data(detail))}</script>\n'
        )
    return (
        f"<style>\n{asset('chart.css')}</style>\n{tools_html(lanes)}"
        f'<div class="timeline-stage">\n<div class="timeline-chart" id="{safe_id}"></div>\n'
        f"{_CARD}</div>\n"
        f"{spec_tag}"
        f"{draw_script(div_id)}"
    )


_HINT: Final = "Zoom: Ctrl/⌘ + scroll, or pinch"


def tools_html(lanes: Sequence[str] = ()) -> str:
    """The controls above a chart: zoom buttons, the lanes to show, and how to zoom.

    The lanes are checkboxes in a fold that opens over the chart, so opening it moves
    nothing on the page; they and the chart's legend are one state.
    """
    boxes = "".join(
        f'<label><input type="checkbox" checked value="{escape(lane)}"> {escape(lane)}</label>\n'
        for lane in lanes
    )
    fold = (
        '<details class="timeline-lanes">\n<summary>Lanes</summary>\n'
        f'<div class="timeline-lanes-list" role="group" aria-label="Lanes shown">\n{boxes}</div>\n'
        "</details>\n"
        if lanes
        else ""
    )
    return (
        '<div class="timeline-tools" role="group" aria-label="Chart controls">\n'
        '<button type="button" data-zoom="in" aria-label="Zoom in">+</button>\n'
        '<button type="button" data-zoom="out" aria-label="Zoom out">−</button>\n'
        '<button type="button" data-zoom="reset">Whole period</button>\n'
        f'{fold}<span class="timeline-hint">{_HINT}</span>\n'
        "</div>\n"
    )


_CARD: Final = '<div class="timeline-card" role="region" aria-label="Event details" hidden></div>\n'
"""Where a tapped, clicked or focused event's details show, over the chart."""


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
    div_id, renderer, actions
        As for :func:`responsive_fragment`.
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
