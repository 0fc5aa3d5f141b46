"""CSV and Parquet: a case's resolved events and its links as tables."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import numpy as np
import pandas as pd

from timeline.case import EVENT_COLUMNS, LINK_COLUMNS, Case

__all__ = ["csv_bytes", "events_table", "links_table", "write_csv", "write_parquet"]

# A spreadsheet runs a cell that starts like a formula; such cells get a leading apostrophe
# in CSV (OWASP's advice). Parquet keeps the exact text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_PATTERN = "^[" + re.escape("".join(_FORMULA_START)) + "]"

_RESOLVED_COLUMNS = ("start", "end", "precision", "edtf", "approximate", "open_start", "open_end")


def events_table(case: Case) -> pd.DataFrame:
    """The events as exported: the CSV's columns, then the resolved date.

    ``start`` and ``end`` are ``datetime64`` (inclusive; ``NaT`` only on an open side),
    ``lane`` is plain text, and the flags are booleans.
    """
    frame = case.events[[*EVENT_COLUMNS, *_RESOLVED_COLUMNS]].copy()
    frame["lane"] = frame["lane"].astype(str)
    return frame.reset_index(drop=True)


def links_table(case: Case) -> pd.DataFrame:
    """The links as exported: ``from``, ``to``, ``relation``, ``note``."""
    return case.links[list(LINK_COLUMNS)].copy().reset_index(drop=True)


def _csv_cell(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, pd.Timestamp):
        return "" if pd.isna(value) else value.date().isoformat()
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _is_text(values: Any) -> bool:
    """Whether every value is a string (no missing values either)."""
    return bool(pd.api.types.infer_dtype(values, skipna=False) == "string")


def _csv_column(column: pd.Series) -> list[str]:
    """A column's cells as :func:`_csv_cell` writes them, converted a column at a time."""
    if pd.api.types.is_bool_dtype(column.dtype):
        return ["true" if v else "false" for v in column.tolist()]
    if pd.api.types.is_datetime64_dtype(column.dtype):
        days = np.datetime_as_string(column.to_numpy(dtype="datetime64[ns]"), unit="D")
        cells: list[str] = np.where(column.isna().to_numpy(), "", days).tolist()
        return cells
    values = column.astype(object).tolist()
    if not _is_text(values):
        return [_csv_cell(v) for v in values]
    for i in _formula_rows(values):
        values[i] = "'" + values[i]
    return values


def _formula_rows(values: list[str]) -> list[int]:
    """The positions of the values that start like a spreadsheet formula."""
    import pyarrow as pa
    import pyarrow.compute as pc

    starts = pc.match_substring_regex(pa.array(values, type=pa.string()), _FORMULA_PATTERN)
    return [int(i) for i in np.flatnonzero(starts.to_numpy(zero_copy_only=False))]


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """A frame as UTF-8 CSV, cells that start like a spreadsheet formula defused."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(list(frame.columns))
    columns = [_csv_column(frame[name]) for name in frame.columns]
    writer.writerows(zip(*columns, strict=True))
    return buffer.getvalue().encode("utf-8")


def _parquet_column(name: str, column: pd.Series) -> tuple[Any, Any]:
    """One column as a pyarrow array and field: dates, flags or text."""
    import pyarrow as pa

    if name in ("start", "end"):
        stamps = pa.Array.from_pandas(column.astype("datetime64[ns]"))
        return stamps.cast(pa.date32()), pa.field(name, pa.date32(), nullable=True)
    if name in ("approximate", "open_start", "open_end"):
        flags = column.astype(bool).to_numpy()
        return pa.array(flags, type=pa.bool_()), pa.field(name, pa.bool_(), nullable=False)
    values = column.astype(object).tolist()
    if not _is_text(values):
        values = [str(v) for v in values]
    return pa.array(values, type=pa.string()), pa.field(name, pa.string(), nullable=False)


def _parquet_bytes(frame: pd.DataFrame) -> bytes:
    """A Parquet file with an explicit schema: no pandas index or pandas metadata."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrays, fields = zip(*(_parquet_column(n, frame[n]) for n in frame.columns), strict=True)
    table = pa.Table.from_arrays(list(arrays), schema=pa.schema(list(fields)))
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd", compression_level=9, store_schema=True)
    return bytes(sink.getvalue().to_pybytes())


def write_csv(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    """The ``csv`` format: ``events.csv`` and ``links.csv``, formula-like cells defused."""
    return {
        "events.csv": csv_bytes(events_table(case)),
        "links.csv": csv_bytes(links_table(case)),
    }


def write_parquet(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    """The ``parquet`` format: ``events.parquet`` and ``links.parquet``, typed and exact."""
    return {
        "events.parquet": _parquet_bytes(events_table(case)),
        "links.parquet": _parquet_bytes(links_table(case)),
    }
