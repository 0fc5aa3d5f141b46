"""The ``timeline dates`` command: resolve texts given as arguments or in a file."""

from __future__ import annotations

import csv
import datetime
import io
import json
import sys

from timeline.dates.model import NeedsPublished, Resolution
from timeline.dates.resolver import publication_date, resolve_strict
from timeline.exitcode import ExitCode

__all__ = ["dates_command"]

Date = datetime.date


def _read_dates_file(path: str) -> list[tuple[str, str | None]]:
    """Read a file of texts: a CSV when its first line is a header naming a ``text`` column,
    else one text per line.

    Raises
    ------
    OSError, UnicodeDecodeError
        If the file cannot be read as UTF-8 text.
    csv.Error
        If a CSV field is longer than the csv module accepts; the message names the line
        its row starts on.
    """
    with open(path, encoding="utf-8-sig", newline="") as fh:
        content = fh.read()
    lines = content.splitlines()
    try:
        header = next(csv.reader(lines[:1]), [])
    except csv.Error:  # a first line too long to be a header: plain text
        header = []
    if "text" not in (h.strip().lower() for h in header):
        return [(line, None) for line in lines if line.strip()]
    rows: list[tuple[str, str | None]] = []
    reader = csv.DictReader(io.StringIO(content, newline=""))
    row_start = 2  # the line the next row starts on; the header is line 1
    try:
        for rec in reader:
            norm = {(k or "").strip().lower(): v for k, v in rec.items()}
            pub = (norm.get("published") or "").strip() or None
            rows.append((norm.get("text") or "", pub))
            row_start = reader.line_num + 1
    except csv.Error:
        raise csv.Error(
            f"line {row_start}: a field is longer than {csv.field_size_limit():,} characters "
            "(or a quote is not closed)"
        ) from None
    return rows


def _record(text: str, res: Resolution | None) -> dict[str, object]:
    if res is None:
        return {
            "text": text,
            "start": None,
            "end": None,
            "precision": None,
            "edtf": None,
            "approximate": False,
        }
    return {
        "text": text,
        "start": None if res.start is None else res.start.isoformat(),
        "end": None if res.end is None else res.end.isoformat(),
        "precision": res.precision,
        "edtf": res.edtf,
        "approximate": res.approximate,
    }


def dates_command(texts: list[str], published: str | None, file: str | None) -> int:
    """Print one JSON object per text: the ``timeline dates`` command.

    Parameters
    ----------
    texts : list of str
        Date expressions given on the command line.
    published : str or None
        The publication date (ISO) used for relative wording.
    file : str or None
        A file of texts, one per line, or a CSV with ``text`` and (optional,
        per-row) ``published`` columns.

    Returns
    -------
    int
        0 when the input was read; 2 when the file cannot be read, or a
        publication date is missing (for a relative text), not a date, or
        outside :data:`FIRST_DATE` to :data:`LAST_DATE`. Errors are one line
        on standard error.
    """
    rows: list[tuple[str, str | None]] = [(t, None) for t in texts]
    if file is not None:
        try:
            rows.extend(_read_dates_file(file))
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"error: cannot read {file}: {reason}", file=sys.stderr)
            return ExitCode.BAD_INPUT
    default: Date | None = None
    if published is not None:
        try:
            default = publication_date(published)
        except ValueError as exc:
            print(f"error: --published: {exc}", file=sys.stderr)
            return ExitCode.BAD_INPUT
    records: list[dict[str, object]] = []
    for n, (text, row_pub) in enumerate(rows, start=1):
        pub = default
        if row_pub is not None:
            try:
                pub = publication_date(row_pub)
            except ValueError as exc:
                where = f"{file}, row {n - len(texts)}" if file else f"row {n}"
                print(f"error: {where}: {exc}", file=sys.stderr)
                return ExitCode.BAD_INPUT
        try:
            res = resolve_strict(text, pub)
        except NeedsPublished:
            print(
                f"error: {text!r} is relative to the publication date; pass --published YYYY-MM-DD",
                file=sys.stderr,
            )
            return ExitCode.BAD_INPUT
        records.append(_record(text, res))
    for rec in records:
        print(json.dumps(rec, ensure_ascii=False))
    return ExitCode.OK
