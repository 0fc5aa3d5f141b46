"""Resolve a column of date texts into a table: ``resolve_frame``."""

from __future__ import annotations

import datetime
from typing import Final

import numpy as np
import pandas as pd

from timeline.dates.model import FIRST_DATE, LAST_DATE, Resolution
from timeline.dates.resolver import publication_date, resolve

__all__ = ["resolve_frame"]

Date = datetime.date

_FRAME_COLUMNS: Final = (
    "start",
    "end",
    "precision",
    "edtf",
    "approximate",
    "open_start",
    "open_end",
    "resolved",
)


def _to_ns(d: Date | None) -> np.datetime64:
    if d is None or not FIRST_DATE <= d <= LAST_DATE:
        return np.datetime64("NaT", "ns")
    return np.datetime64(d.isoformat(), "ns")


def resolve_frame(
    texts: pd.Series, published: pd.Series | datetime.date | str | None
) -> pd.DataFrame:
    """Resolve a column of date texts; each distinct (text, published) pair is resolved once.

    Parameters
    ----------
    texts : pandas.Series
        Date expressions; non-strings (NaN, None) are unresolved.
    published : pandas.Series or datetime.date or str or None
        One publication date for all rows, or one per row (a Series aligned
        with ``texts``, by index when the indexes match, else by position).

    Returns
    -------
    pandas.DataFrame
        Same index as ``texts``, with columns ``start`` and ``end``
        (datetime64[ns], NaT when unresolved or open), ``precision`` and
        ``edtf`` (None when unresolved), ``approximate``, ``open_start``,
        ``open_end`` and ``resolved`` (bool). ``resolved`` means the words
        name a date, even one a table cannot hold: a bound outside
        :data:`FIRST_DATE` to :data:`LAST_DATE` shows as ``NaT`` while its
        ``open_start``/``open_end`` stays False, so such rows are
        ``resolved & ((start.isna() & ~open_start) | (end.isna() & ~open_end))``.
        An open bound (EDTF ``..``) is ``NaT`` with ``open_start``/``open_end``
        True.

    Raises
    ------
    ValueError
        If a publication date cannot be read or is outside :data:`FIRST_DATE`
        to :data:`LAST_DATE`, or a ``published`` Series does not match
        ``texts`` in length.

    Examples
    --------
    >>> df = resolve_frame(pd.Series(["1500-01-01", "../2017-10-09"]), "2017-10-09")
    >>> df[["start", "open_start", "resolved"]]
      start  open_start  resolved
    0   NaT       False      True
    1   NaT        True      True
    """
    if not isinstance(texts, pd.Series):
        texts = pd.Series(texts, dtype=object)
    n = len(texts)
    text_codes, text_uniques = pd.factorize(texts, use_na_sentinel=True)
    if isinstance(published, pd.Series):
        if len(published) != n:
            raise ValueError("published must have one value per text")
        values = (
            published if published.index.equals(texts.index) else published.set_axis(texts.index)
        )
        pub_codes, pub_uniques = pd.factorize(values, use_na_sentinel=True)
        pub_dates = [publication_date(v) for v in pub_uniques]
        pub_codes = np.where(pub_codes < 0, len(pub_dates), pub_codes)
        pub_dates.append(None)
    else:
        pub_codes = np.zeros(n, dtype=np.int64)
        pub_dates = [publication_date(published)]
    pair_codes, pair_uniques = pd.factorize(
        text_codes.astype(np.int64) * len(pub_dates) + pub_codes.astype(np.int64)
    )
    results: list[Resolution | None] = []
    for code in pair_uniques.tolist():
        t_code, p_code = divmod(int(code), len(pub_dates))
        if t_code < 0:  # text_code == -1 (missing text) gives a negative pair
            results.append(None)
            continue
        text = text_uniques[t_code]
        pub = pub_dates[p_code]
        results.append(resolve(text, pub) if isinstance(text, str) else None)
    u = len(results)
    starts = np.array([_to_ns(r.start if r else None) for r in results], dtype="datetime64[ns]")
    ends = np.array([_to_ns(r.end if r else None) for r in results], dtype="datetime64[ns]")
    precision = np.array([r.precision if r else None for r in results], dtype=object)
    edtf = np.array([r.edtf if r else None for r in results], dtype=object)
    approximate = np.array([bool(r and r.approximate) for r in results], dtype=bool)
    open_start = np.array([bool(r and r.start is None) for r in results], dtype=bool)
    open_end = np.array([bool(r and r.end is None) for r in results], dtype=bool)
    resolved = np.array([r is not None for r in results], dtype=bool)
    if u == 0:
        pair_codes = np.zeros(0, dtype=np.int64)
    columns = dict(
        zip(
            _FRAME_COLUMNS,
            (starts, ends, precision, edtf, approximate, open_start, open_end, resolved),
            strict=True,
        )
    )
    index = texts.index
    return pd.DataFrame(
        {
            k: pd.Series(v[pair_codes], index=index, dtype=v.dtype, copy=False)
            for k, v in columns.items()
        },
        index=index,
    )
