"""The house Altair theme: registered on import, enabled only while a chart is drawn."""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Iterator
from typing import Any, Final, cast

import altair as alt

__all__ = ["LINK_COLOURS", "THEME", "house_theme", "theme"]

THEME: Final = "timeline"
"""Name of the house Altair theme.

Importing this module registers it without enabling it: the active Altair theme is left
as it was. The package enables it only while it serialises a chart (with
:func:`house_theme`), and every chart :func:`timeline.chart.timeline_chart` returns
carries the theme's config itself.
"""

# Okabe & Ito's colour-blind-safe palette, plus greys for ink and structure.
_BLUE: Final = "#0072B2"
_ORANGE: Final = "#E69F00"
_GREEN: Final = "#009E73"
_VERMILLION: Final = "#D55E00"
_PURPLE: Final = "#CC79A7"
_SKY: Final = "#56B4E9"
_YELLOW: Final = "#F0E442"
_GREY: Final = "#8C8C8C"
_INK: Final = "#1F1F1F"
_MUTED: Final = "#595959"
_RULE: Final = "#D9D9D9"
_BAND: Final = "#F4F4F1"
_PAPER: Final = "#FFFFFF"
_FONT: Final = "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif"

_LABEL_PX: Final = 11
_MINOR_PX: Final = 10.5


_STYLES: Final[dict[str, dict[str, Any]]] = {
    "tl-label": {"color": _INK, "fontSize": _LABEL_PX, "fontWeight": 600},
    "tl-halo": {
        "color": _INK,
        "fontSize": _LABEL_PX,
        "fontWeight": 600,
        "stroke": _PAPER,
        "strokeWidth": 3.5,
        "strokeJoin": "round",
        "strokeOpacity": 0.9,
    },
    "tl-label-minor": {"color": _MUTED, "fontSize": _MINOR_PX, "fontWeight": 400},
    "tl-halo-minor": {
        "color": _MUTED,
        "fontSize": _MINOR_PX,
        "fontWeight": 400,
        "stroke": _PAPER,
        "strokeWidth": 3.5,
        "strokeJoin": "round",
        "strokeOpacity": 0.9,
    },
    "tl-lane": {"color": _INK, "fontSize": 12.5, "fontWeight": 700},
    "tl-band": {"color": _BAND, "opacity": 0.75},
    "tl-leader": {"color": _GREY, "strokeWidth": 0.8, "strokeDash": [2, 2]},
    "tl-ov-event": {"opacity": 0.8},
    "tl-ov-band": {"color": _BAND},
}
"""The named mark styles (``tl-*``) every layer picks its look from."""


LINK_COLOURS: Final[tuple[str, ...]] = (_VERMILLION, _GREEN, _ORANGE, _GREY, _SKY)
"""Link colours by relation, in :data:`timeline.vocab.RELATIONS` order. The named range
``ordinal`` holds the first four; a chart whose case has ``disputes`` links names all five
(see :mod:`timeline.chart.links`), so charts without one keep the theme's range."""


def theme() -> alt.theme.ThemeConfig:
    """Return the house theme: type, colours and sizes for every timeline chart.

    Lane colours are the named range ``category`` (statement, practice, disclosure,
    context, in that order) and link colours the named range ``ordinal`` (contradicts,
    reveals, admits, prompted). Marks pick their look with the named styles under
    ``config.style`` (``tl-*``), so no chart carries inline colours or fonts.
    """
    config: dict[str, Any] = {
        "font": _FONT,
        "background": _PAPER,
        "padding": {"left": 6, "right": 6, "top": 6, "bottom": 6},
        "view": {"stroke": None},
        "title": {
            "anchor": "start",
            "color": _INK,
            "fontSize": 17,
            "fontWeight": 700,
            "lineHeight": 22,
            "subtitleColor": _MUTED,
            "subtitleFontSize": 13,
            "subtitleLineHeight": 18,
            "subtitlePadding": 6,
            "offset": 14,
        },
        "axis": {
            "domainColor": _RULE,
            "gridColor": _RULE,
            "gridOpacity": 0.8,
            "labelColor": _MUTED,
            "labelFontSize": 11,
            "tickColor": _RULE,
            "titleColor": _MUTED,
            "titleFontSize": 11,
            "titleFontWeight": "normal",
        },
        "legend": {
            "labelColor": _INK,
            "labelFontSize": 12,
            "labelLimit": 260,
            "titleColor": _INK,
            "titleFontSize": 12,
            "titleFontWeight": 700,
            "symbolStrokeWidth": 2.5,
            "columnPadding": 14,
            "rowPadding": 4,
            "offset": 16,
            # Vega's legend layout, as the expression Vega-Lite's schema asks for: top
            # legends one under the other, bottom ones too, both flush left
            "layout": {
                "expr": "{top: {anchor: 'start', direction: 'vertical', margin: 8},"
                " bottom: {anchor: 'start', direction: 'vertical', margin: 8}}"
            },
        },
        "range": {
            "category": [_BLUE, _PURPLE, _GREEN, _GREY, _VERMILLION, _ORANGE, _SKY, _YELLOW],
            "ordinal": list(LINK_COLOURS[:4]),
        },
        "text": {"color": _INK, "fontSize": _LABEL_PX},
        "rule": {"strokeCap": "round"},
        "point": {"filled": True, "size": 72, "strokeWidth": 1.6},
        "rect": {"strokeWidth": 1.4},
        "style": copy.deepcopy(_STYLES),
    }
    return cast(alt.theme.ThemeConfig, {"config": config})


alt.theme.register(THEME, enable=False)(theme)


@contextlib.contextmanager
def house_theme() -> Iterator[None]:
    """Enable the house theme inside the ``with`` block only, then restore the last one."""
    with alt.theme.enable(THEME):
        yield
