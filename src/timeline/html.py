"""Self-contained HTML: the Vega libraries inlined, case text escaped, nothing fetched."""

from __future__ import annotations

import html
import json
from functools import lru_cache
from typing import Any

import altair as alt

__all__ = ["Embedded", "chart_fragment", "escape", "page", "script_json", "vega_bundle"]

_SCRIPT_ESCAPES = str.maketrans(
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
    return text.translate(_SCRIPT_ESCAPES)


@lru_cache(maxsize=1)
def vega_bundle() -> str:
    """Return Vega, Vega-Lite and Vega-Embed as one script, for the Vega-Lite Altair uses."""
    import vl_convert as vlc

    version = "v" + ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    return str(vlc.javascript_bundle(vl_version=version))


def chart_fragment(
    spec: dict[str, Any], div_id: str, *, renderer: str = "svg", actions: bool = False
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
    """
    options = {"renderer": renderer, "actions": actions, "mode": "vega-lite"}
    safe_id = escape(div_id)
    return (
        f'<div class="timeline-chart" id="{safe_id}"></div>\n'
        f'<script type="application/json" id="{safe_id}-spec">{script_json(spec)}</script>\n'
        "<script>\n"
        "(function () {\n"
        f"  var id = {script_json(div_id)};\n"
        "  var el = document.getElementById(id);\n"
        '  var spec = JSON.parse(document.getElementById(id + "-spec").textContent);\n'
        '  if (typeof vegaEmbed !== "function") {\n'
        '    el.textContent = "The interactive chart needs the Vega libraries on this page.";\n'
        "    return;\n"
        "  }\n"
        f"  vegaEmbed(el, spec, {script_json(options)}).then(function (result) {{\n"
        "    el.timelineView = result.view;\n"
        '    el.setAttribute("data-rendered", "true");\n'
        "  }).catch(function (err) { console.error(err); el.textContent = String(err); });\n"
        "})();\n"
        "</script>"
    )


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

    def __init__(self, chart: alt.TopLevelMixin, div_id: str) -> None:
        self.chart = chart
        self.div_id = div_id

    def _repr_html_(self) -> str:
        return chart_fragment(self.chart.to_dict(), self.div_id)

    def __repr__(self) -> str:
        # Stable text (no memory address), so executed notebooks are reproducible.
        return f"<chart {self.div_id}>"
