"""PNG: the chart as a static image at a given pixel density."""

from __future__ import annotations

from timeline.case import Case
from timeline.outputs.static import static_spec, vl_options

__all__ = ["write_png"]


def write_png(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    """The ``png`` format: ``chart.png``, ``scale`` pixels per chart pixel."""
    import vl_convert as vlc

    spec = static_spec(case, width)
    return {"chart.png": bytes(vlc.vegalite_to_png(spec, scale=scale, **vl_options()))}
