"""Reading the chart's selections back in Python: clicked events, and the period zoomed in on."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pandas as pd

__all__ = ["instant", "interval", "point_values", "selection_name"]


def instant(value: Any) -> pd.Timestamp:
    """A time from a Vega signal: milliseconds since the epoch, or a date string."""
    if isinstance(value, int | float):
        return pd.Timestamp(int(value), unit="ms")
    stamp = pd.Timestamp(value)
    return stamp.tz_convert(None) if stamp.tzinfo is not None else stamp


def _params(spec: Any) -> Iterator[dict[str, Any]]:
    """Yield every parameter defined anywhere in a Vega-Lite spec."""
    if isinstance(spec, dict):
        for param in spec.get("params", []) or []:
            if isinstance(param, dict):
                yield param
        for value in spec.values():
            yield from _params(value)
    elif isinstance(spec, list):
        for item in spec:
            yield from _params(item)


def selection_name(spec: dict[str, Any]) -> str | None:
    """Return the name of the chart's point selection of events (by ``id``), if it has one."""
    points = [
        p
        for p in _params(spec)
        if isinstance(p.get("select"), dict | str)
        and (p["select"] == "point" or p["select"].get("type") == "point")
    ]
    for param in points:
        select = param["select"]
        if isinstance(select, dict) and "id" in (select.get("fields") or []):
            return str(param["name"])
    return str(points[0]["name"]) if points else None


def point_values(selections: Any, name: str, field: str) -> list[str]:
    """Every value of ``field`` in the point selection ``name``: each clicked item, in order."""
    selection = getattr(selections, name, None)
    value = getattr(selection, "value", None) or []
    return [str(item[field]) for item in value if isinstance(item, dict) and field in item]


def interval(selections: Any, name: str, field: str) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The range of instants the interval selection ``name`` holds for ``field``, if any."""
    selection = getattr(selections, name, None)
    value = getattr(selection, "value", None)
    span = value.get(field) if isinstance(value, dict) else None
    if not span or len(span) != 2 or any(v is None for v in span):
        return None
    lo, hi = sorted(instant(v) for v in span)
    return lo, hi
