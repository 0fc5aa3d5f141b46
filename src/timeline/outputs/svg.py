"""SVG: the chart as a static vector image, its ids numbered per document."""

from __future__ import annotations

import re

from timeline.case import Case
from timeline.outputs.static import static_spec, vl_options

__all__ = ["canonical_svg", "write_svg"]

_SVG_ID = re.compile(r'\bid="((?:clip|gradient|pattern|mask)_?)(\d+)"')


def canonical_svg(svg: str) -> str:
    """Number Vega's clip-path, gradient and pattern ids in order of appearance.

    Vega counts these ids across every chart drawn in a process (``clip1``, then
    ``clip14`` on the next export); numbering them per document makes reruns identical.
    """
    names: dict[str, str] = {}
    counts: dict[str, int] = {}
    for match in _SVG_ID.finditer(svg):
        old = match[1] + match[2]
        if old not in names:
            counts[match[1]] = counts.get(match[1], 0) + 1
            names[old] = f"{match[1]}{counts[match[1]]}"
    if not names:
        return svg
    pattern = re.compile(
        r'(?<=[#"])('
        + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        + r')(?=[")])'
    )
    return pattern.sub(lambda m: names[m[1]], svg)


def write_svg(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    """The ``svg`` format: ``chart.svg``."""
    import vl_convert as vlc

    svg = str(vlc.vegalite_to_svg(static_spec(case, width), **vl_options()))
    return {"chart.svg": canonical_svg(svg).encode("utf-8")}
