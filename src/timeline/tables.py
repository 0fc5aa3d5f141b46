"""Reading a case's files strictly: text, and CSV tables checked against their schemas."""

from __future__ import annotations

import csv
import errno
import io
import stat
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple, cast

import pandas as pd
import pandera.pandas as pa

from timeline.errors import Problem, clip
from timeline.vocab import LANES, RELATIONS, SLUG, SLUG_WORDS, SOURCE_RE, STATUSES

__all__ = [
    "MAX_CLAIM",
    "MAX_RATING",
    "events_schema",
    "file_label",
    "line_of",
    "links_schema",
    "read_csv",
    "read_text",
    "schema_problems",
]


def file_label(path: Path) -> str:
    """A file as problems name it."""
    return str(path)


_BAD_LINK = "a file, found a symbolic link that loops (or is broken)"


def _unreadable(exc: OSError) -> str:
    return f"a file that can be read ({exc.strerror or exc})"


def _case_file(path: Path, root: Path, problems: list[Problem]) -> Path | None:
    """The regular file behind a case file's ``path``, or None after recording why there is none.

    ``root`` is the case folder, resolved: a symbolic link is followed only to a file inside it.
    """
    try:
        target = path.resolve(strict=True)
        mode = target.stat().st_mode
    except FileNotFoundError:
        expected = _BAD_LINK if path.is_symlink() else "this file to exist"
    except RuntimeError:  # a symbolic link loop, before Python 3.13
        expected = _BAD_LINK
    except OSError as exc:
        expected = _BAD_LINK if exc.errno == errno.ELOOP else _unreadable(exc)
    else:
        if path.is_symlink() and not target.is_relative_to(root):
            expected = "a file inside the case folder; this is a link to a file outside it"
        elif stat.S_ISDIR(mode):
            expected = "a file, found a folder"
        elif not stat.S_ISREG(mode):
            expected = "a file, found a special file (a device, pipe or socket)"
        else:
            return target
    problems.append(Problem(file_label(path), expected))
    return None


def read_text(
    path: Path, root: Path, problems: list[Problem], *, limit: int | None = None
) -> str | None:
    """Read a UTF-8 case file, or record why it cannot be read.

    Parameters
    ----------
    path
        The file, as the user named it.
    root
        The case folder, resolved (see :func:`_case_file`).
    problems
        Where to record a problem.
    limit
        The most bytes the file may hold, if any.
    """
    target = _case_file(path, root, problems)
    if target is None:
        return None
    label = file_label(path)
    try:
        with target.open("rb") as fh:
            raw = fh.read(-1 if limit is None else limit + 1)
    except OSError as exc:
        problems.append(Problem(label, _unreadable(exc)))
        return None
    if limit is not None and len(raw) > limit:
        problems.append(Problem(label, f"a file of at most {limit / 1e6:g} MB ({limit:,} bytes)"))
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        bad = raw[exc.start : exc.end + 8]
        problems.append(
            Problem(
                label,
                "UTF-8 text (save the file as UTF-8)",
                line=line,
                value=bad.decode("latin-1"),
            )
        )
        return None


class _Rows(NamedTuple):
    """A CSV split into its header, the rows as wide as it, and a count of other rows."""

    header: list[str]
    rows: list[list[str]]
    lines: list[int]  # the line where each row starts
    misfits: int  # rows of another width, each reported


def _split_csv(
    text: str, label: str, required: Sequence[str], problems: list[Problem]
) -> _Rows | None:
    """Parse CSV text strictly; rows of another width than the header are recorded as problems."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[list[str]] = []
    lines: list[int] = []
    misfits = 0
    try:
        header = [h.strip() for h in next(reader, [])]
        if not any(header):
            problems.append(
                Problem(label, f"a header row naming the columns {', '.join(required)}")
            )
            return None
        width = len(header)
        start = reader.line_num + 1
        for row in reader:
            # Rows of the header's width are stripped and checked for blanks as columns,
            # later; only the rare row of another width is looked at here.
            if len(row) == width:
                rows.append(row)
                lines.append(start)
            elif any(cell.strip() for cell in row):
                misfits += 1
                problems.append(
                    Problem(
                        label,
                        f"{width} fields, as in the header, found {len(row)}",
                        line=start,
                        value=",".join(row),
                    )
                )
            start = reader.line_num + 1
    except csv.Error as exc:
        problems.append(
            Problem(label, f"well-formed CSV; the parser says: {exc}", line=reader.line_num)
        )
        return None
    return _Rows(header, rows, lines, misfits)


#: How many column names a header problem lists one by one before grouping them.
_COLUMNS_LISTED = 10


def _columns_problems(label: str, names: list[str], expected: str, kind: str) -> list[Problem]:
    """One problem for each of ``names`` (header columns), or one for all when there are many."""
    if len(names) <= _COLUMNS_LISTED:
        return [Problem(label, expected, line=1, column=name) for name in names]
    listed = ", ".join(repr(clip(name, 40)) for name in names[:_COLUMNS_LISTED])
    more = len(names) - _COLUMNS_LISTED
    found = f"found {len(names)} {kind} columns: {listed} and {more} more"
    return [Problem(label, f"{expected}; {found}", line=1)]


def _header_problems(
    header: list[str], required: Sequence[str], optional: Sequence[str], label: str
) -> list[Problem]:
    """Columns named twice, unknown columns and missing required columns."""
    known = (*required, *optional)
    counts = Counter(header)
    twice = [name for name, n in counts.items() if n > 1]
    unknown = [name for name in counts if name not in known]
    return [
        *_columns_problems(label, twice, "each column named once", "repeated"),
        *_columns_problems(label, unknown, f"a known column: {', '.join(known)}", "unknown"),
        *(
            Problem(label, "this required column in the header", column=name)
            for name in required
            if name not in counts
        ),
    ]


def read_csv(
    path: Path,
    root: Path,
    required: Sequence[str],
    optional: Sequence[str],
    problems: list[Problem],
    *,
    allow_empty: bool,
) -> pd.DataFrame | None:
    """Read a case CSV strictly into a frame of strings with a ``csv_line`` column."""
    text = read_text(path, root, problems)
    if text is None:
        return None
    label = file_label(path)
    table = _split_csv(text, label, required, problems)
    if table is None:
        return None
    found = _header_problems(table.header, required, optional, label)
    frame = _stripped_frame(table.rows, table.lines, table.header)
    empty = frame.empty and not allow_empty
    if empty and not table.misfits:  # rows of another width are reported already
        found.append(Problem(label, "at least one row below the header"))
    problems.extend(found)
    if found or empty:
        return None
    for name in optional:
        if name not in frame.columns:
            frame[name] = ""
    cells = frame[[*required, *optional]].astype(object)
    return cells.assign(csv_line=frame["csv_line"]).reset_index(drop=True)


def _stripped_frame(rows: list[list[str]], lines: list[int], header: list[str]) -> pd.DataFrame:
    """The rows as a frame of text cells stripped of white space, blank rows left out.

    A ``csv_line`` column holds the line where each row starts. The frame is built in one
    go, so a header of a thousand columns costs no more than it must.
    """
    raw = pd.DataFrame(rows, columns=range(len(header)), dtype=object)
    cells: dict[Any, pd.Series] = {i: raw[i].str.strip().astype(object) for i in raw.columns}
    cells["csv_line"] = pd.Series(lines, index=raw.index, dtype="int64")
    frame = pd.DataFrame(cells, index=raw.index).set_axis([*header, "csv_line"], axis=1)
    filled = (frame.iloc[:, :-1] != "").any(axis=1)
    return frame[filled]


def line_of(frame: pd.DataFrame, idx: Any) -> int:
    """The CSV line where row ``idx`` of ``frame`` starts."""
    return int(cast(int, frame.at[idx, "csv_line"]))


def _choices(values: Sequence[str]) -> str:
    return "one of " + ", ".join(values)


# Every cell is read as text, so the schemas check values, not types: a type check would
# look at each of a large table's cells one by one to learn nothing.
_VALUES_ONLY = None


MAX_RATING = 100
"""The longest ``rating`` an event may have: a verdict is a few words."""
MAX_CLAIM = 2000
"""The longest ``claim`` an event may have."""


def events_schema() -> pa.DataFrameSchema:
    text = pa.Check.str_length(min_value=1, error="a value (this column is required)")
    return pa.DataFrameSchema(
        {
            "id": pa.Column(
                _VALUES_ONLY, [text, pa.Check.str_matches(SLUG, error=SLUG_WORDS)], unique=True
            ),
            "lane": pa.Column(_VALUES_ONLY, pa.Check.isin(LANES, error=_choices(LANES))),
            "date": pa.Column(_VALUES_ONLY, text),
            "title": pa.Column(_VALUES_ONLY, text),
            "source": pa.Column(
                _VALUES_ONLY,
                pa.Check.str_matches(
                    SOURCE_RE.pattern, error="'article', 'article ¶N' or an http(s) URL"
                ),
            ),
            "status": pa.Column(
                _VALUES_ONLY, pa.Check.isin(("", *STATUSES), error=_choices(STATUSES) + " or blank")
            ),
            "rating": pa.Column(
                _VALUES_ONLY,
                pa.Check.str_length(
                    max_value=MAX_RATING,
                    error=f"a short rating in the newsroom's words (at most {MAX_RATING} "
                    "characters, like 'False' or 'Misleading')",
                ),
            ),
            "claim": pa.Column(
                _VALUES_ONLY,
                pa.Check.str_length(
                    max_value=MAX_CLAIM, error=f"a claim of at most {MAX_CLAIM} characters"
                ),
            ),
        },
        strict=False,
    )


def links_schema() -> pa.DataFrameSchema:
    text = pa.Check.str_length(min_value=1, error="a value (this column is required)")
    return pa.DataFrameSchema(
        {
            "from": pa.Column(_VALUES_ONLY, text),
            "to": pa.Column(_VALUES_ONLY, text),
            "relation": pa.Column(
                _VALUES_ONLY, pa.Check.isin(RELATIONS, error=_choices(RELATIONS))
            ),
        },
        strict=False,
    )


def schema_problems(
    schema: pa.DataFrameSchema, frame: pd.DataFrame, label: str
) -> tuple[list[Problem], set[Any]]:
    """Run a pandera schema lazily; return problems and the index labels that failed."""
    if frame.empty:  # no rows, nothing to check (a header-only links table is allowed)
        return [], set()
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        problems: list[Problem] = []
        bad: set[Any] = set()
        for case in exc.failure_cases.itertuples(index=False):
            idx = case.index
            line = line_of(frame, idx) if idx is not None and idx in frame.index else None
            if idx is not None:
                bad.add(idx)
            expected = str(case.check)
            if expected == "field_uniqueness":
                expected = "a value not used by another row (ids must be unique)"
            problems.append(
                Problem(
                    label,
                    expected,
                    line=line,
                    column=str(case.column) if case.column is not None else None,
                    value=None if case.failure_case is None else str(case.failure_case),
                )
            )
        return problems, bad
    return [], set()
