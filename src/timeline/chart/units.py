"""Plain values for the chart's data: rows as dicts, instants in milliseconds, short numbers."""

from __future__ import annotations

from typing import Any, Final, cast

import pandas as pd

_DAY: Final = pd.Timedelta(days=1)


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A frame's rows as plain dicts keyed by column name."""
    return cast(list[dict[str, Any]], frame.to_dict("records"))


def _ms(ts: pd.Timestamp) -> int:
    """Milliseconds since the epoch, UTC: how the chart's data carries instants."""
    return int(pd.Timestamp(ts).value // 1_000_000)


def _num(value: float) -> float | int:
    """A compact JSON number: four decimals, and an integer when it is one."""
    out = round(float(value), 4)
    return int(out) if out.is_integer() else out
