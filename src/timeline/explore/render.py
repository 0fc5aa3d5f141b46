"""An Altair renderer for JupyterLab that works offline: the package's Vega libraries, inlined."""

from __future__ import annotations

import uuid
from typing import Any

from timeline.explore.assets import explore_asset

__all__ = ["RENDERER", "chart_output", "renderer"]

RENDERER = "timeline"
"""The renderer's name: ``alt.renderers.enable("timeline")`` (an entry point of the package)."""


def _fluid(spec: Any) -> bool:
    """Whether a spec, or any view it concatenates, follows its container's width."""
    if not isinstance(spec, dict):
        return False
    if spec.get("width") == "container":
        return True
    parts = [*spec.get("vconcat", []), *spec.get("hconcat", []), *spec.get("concat", [])]
    return any(_fluid(p) for p in parts)


def chart_output(spec: dict[str, Any], embed_options: dict[str, Any] | None = None) -> str:
    """The HTML of a notebook output that draws the Vega-Lite ``spec`` offline.

    The output carries Vega, Vega-Lite and Vega-Embed (:func:`timeline.bundle.vega_bundle`,
    built once per installed version and cached), so nothing is fetched, and a script
    (``render.js``) that draws the chart once the output has a width: a chart whose width
    follows its container (``timeline_chart(case)``) is as wide as the cell, and is drawn
    again when the cell's width changes.
    """
    from timeline.web import EMBED_OPTIONS, script_json, vega_bundle

    options = {**EMBED_OPTIONS, "renderer": "svg"}
    usermeta = spec.get("usermeta")
    if isinstance(usermeta, dict) and isinstance(usermeta.get("embedOptions"), dict):
        options.update(usermeta["embedOptions"])
    options.update(embed_options or {})
    div_id = f"timeline-{uuid.uuid4().hex}"
    call = ", ".join(script_json(v) for v in (div_id, spec, options, _fluid(spec)))
    return (
        f'<div id="{div_id}" class="timeline-output" style="width:100%"></div>\n'
        f"<script>\nif (typeof vegaEmbed !== 'function') {{\n{vega_bundle()}\n}}\n</script>\n"
        f"<script>\n{explore_asset('render.js').rstrip()}({call});\n</script>"
    )


def renderer(spec: dict[str, Any], **metadata: Any) -> dict[str, str]:
    """Altair's renderer ``"timeline"``: a chart as offline HTML, with a plain-text stand-in.

    Enable it with ``alt.renderers.enable("timeline")``; the package registers it as an
    entry point, so nothing is imported to make it known, and nothing is enabled for you.
    """
    options = metadata.get("embed_options")
    html = chart_output(spec, options if isinstance(options, dict) else None)
    return {"text/html": html, "text/plain": "<timeline chart>"}
