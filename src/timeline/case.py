"""Cases: a story's article, metadata, events and links, loaded and checked together."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import re
import stat
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, cast

import pandas as pd
import pandera.pandas as pa
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import ErrorDetails, PydanticCustomError

from timeline.dates import FIRST_DATE, LAST_DATE, resolve_frame
from timeline.errors import CaseError, Problem, clip, show_value
from timeline.text import fold, paragraphs

__all__ = [
    "EVENT_COLUMNS",
    "LANES",
    "LANE_LABELS",
    "LINK_COLUMNS",
    "MAX_META_BYTES",
    "MAX_YAML_DEPTH",
    "RELATIONS",
    "Case",
    "CaseMeta",
    "find_cases",
    "load_case",
]

LANES: tuple[str, ...] = ("statement", "practice", "disclosure", "context")
"""Event lanes, in the order a timeline draws them."""

LANE_LABELS: dict[str, str] = {
    "statement": "What officials said",
    "practice": "What happened behind the scenes",
    "disclosure": "Oversight and disclosure",
    "context": "Context",
}
"""Plain labels for the lanes, as charts and exports show them."""

RELATIONS: tuple[str, ...] = ("contradicts", "reveals", "admits", "prompted")
"""Kinds of link between two events."""

STATUSES: tuple[str, ...] = ("checked", "draft")
"""Editorial status of an event row; a missing ``status`` column means ``checked``."""

EVENT_REQUIRED: tuple[str, ...] = ("id", "lane", "date", "title", "source")
EVENT_OPTIONAL: tuple[str, ...] = ("actor", "quote", "detail", "date_note", "status")
EVENT_COLUMNS: tuple[str, ...] = EVENT_REQUIRED + EVENT_OPTIONAL
LINK_REQUIRED: tuple[str, ...] = ("from", "to", "relation")
LINK_OPTIONAL: tuple[str, ...] = ("note",)
LINK_COLUMNS: tuple[str, ...] = LINK_REQUIRED + LINK_OPTIONAL

#: Which lanes each relation may join: (lanes of ``from``, lanes of ``to``).
RELATION_LANES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "contradicts": (frozenset({"practice", "disclosure"}), frozenset({"statement"})),
    "reveals": (frozenset({"disclosure"}), frozenset({"practice"})),
    "admits": (frozenset({"disclosure"}), frozenset({"statement"})),
    "prompted": (frozenset(LANES), frozenset(LANES)),
}

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SOURCE_RE = re.compile(r"^(?:article(?: ¶(?P<para>\d+))?|https?://\S+)$")
_SLUG_WORDS = "a slug of lowercase letters, digits and single hyphens (like 'july-tweet')"
_FOLDER_RULE = (
    "a folder name that is a slug (lowercase letters, digits and single hyphens, like "
    "'lasd-ice-2017') or an `id:` in case.yml"
)
_DATE_RANGE = f"a date from {FIRST_DATE.isoformat()} to {LAST_DATE.isoformat()}"

MAX_META_BYTES = 1_000_000
"""The largest ``case.yml`` read, in bytes."""
MAX_YAML_DEPTH = 20
"""How deeply ``case.yml`` may nest lists and mappings."""


class CaseMeta(BaseModel):
    """The contents of a case's ``case.yml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    title: str = Field(min_length=1, description="The story's headline.")
    outlet: str = Field(min_length=1, description="The publication.")
    url: str = Field(pattern=r"^https?://\S+$", description="The story's address.")
    published: dt.date = Field(description="Publication date, YYYY-MM-DD.")
    article: str = Field(
        pattern=r"^[^/\\]*[^/\\.][^/\\]*$",
        description="File name of the article text in the case folder.",
    )
    byline: str | None = Field(default=None, description="The reporters.")
    id: str | None = Field(default=None, pattern=SLUG, description="Defaults to the folder name.")

    @field_validator("published")
    @classmethod
    def _published_in_range(cls, value: dt.date) -> dt.date:
        """Refuse a date that the case's tables cannot hold."""
        if not FIRST_DATE <= value <= LAST_DATE:
            raise PydanticCustomError("date_range", _DATE_RANGE)
        return value


@dataclass(frozen=True)
class Case:
    """A loaded, checked case.

    Attributes
    ----------
    path
        The case folder.
    meta
        ``case.yml``.
    article
        The article text, exactly as stored.
    events
        One row an event: the CSV's columns (text, empty string where blank) plus the
        resolved date: ``start`` and ``end`` (inclusive, ``datetime64``; ``NaT`` only on an
        open side, flagged by ``open_start``/``open_end``), ``precision``, ``edtf`` and
        ``approximate``. ``lane`` is an ordered categorical in :data:`LANES` order.
    links
        One row a link: ``from``, ``to``, ``relation``, ``note``.
    id
        The case's id: ``id`` in ``case.yml``, else the real name of the folder (resolved, so
        ``.`` gives the folder's own name). Computed once; it must be a slug, since reports
        and exports name folders after it.

    Raises
    ------
    ValueError
        If the id is not a slug (:func:`load_case` reports that as a problem first).
    """

    path: Path
    meta: CaseMeta
    article: str
    events: pd.DataFrame
    links: pd.DataFrame
    paragraphs: dict[int, str] = field(repr=False)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", self.meta.id or self.path.resolve().name)
        if not re.fullmatch(SLUG, self.id):
            raise ValueError(f"a case id must be {_SLUG_WORDS}, not {self.id!r}")

    def summary(self) -> str:
        """One line: events, links, lanes and the span of dates."""
        lanes = self.events["lane"].value_counts(sort=False)
        lane_text = ", ".join(f"{lane} {int(n)}" for lane, n in lanes.items() if n)
        starts = self.events["start"].dropna()
        ends = self.events["end"].dropna()
        first = min(starts.min(), ends.min()).date().isoformat()
        last = max(starts.max(), ends.max()).date().isoformat()
        return (
            f"{self.id}: {len(self.events)} events, {len(self.links)} links, "
            f"{int((lanes > 0).sum())} lanes ({lane_text}), {first} to {last}"
        )


def _label(path: Path) -> str:
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
    problems.append(Problem(_label(path), expected))
    return None


def _read_text(
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
    label = _label(path)
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


def _read_csv(
    path: Path,
    root: Path,
    required: Sequence[str],
    optional: Sequence[str],
    problems: list[Problem],
    *,
    allow_empty: bool,
) -> pd.DataFrame | None:
    """Read a case CSV strictly into a frame of strings with a ``csv_line`` column."""
    text = _read_text(path, root, problems)
    if text is None:
        return None
    label = _label(path)
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


def _line(frame: pd.DataFrame, idx: Any) -> int:
    """The CSV line where row ``idx`` of ``frame`` starts."""
    return int(cast(int, frame.at[idx, "csv_line"]))


def _choices(values: Sequence[str]) -> str:
    return "one of " + ", ".join(values)


# Every cell is read as text, so the schemas check values, not types: a type check would
# look at each of a large table's cells one by one to learn nothing.
_VALUES_ONLY = None


def _events_schema() -> pa.DataFrameSchema:
    text = pa.Check.str_length(min_value=1, error="a value (this column is required)")
    return pa.DataFrameSchema(
        {
            "id": pa.Column(
                _VALUES_ONLY, [text, pa.Check.str_matches(SLUG, error=_SLUG_WORDS)], unique=True
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
        },
        strict=False,
    )


def _links_schema() -> pa.DataFrameSchema:
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


def _schema_problems(
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
            line = _line(frame, idx) if idx is not None and idx in frame.index else None
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


class _Refused(yaml.MarkedYAMLError):
    """YAML the case loader refuses; ``problem`` says what was expected instead."""


class _CaseLoader(yaml.SafeLoader):
    """A safe loader for ``case.yml``: plain values, nested at most :data:`MAX_YAML_DEPTH` deep.

    Anchors and aliases are refused, so no value can expand into a billion; dates are kept as
    text for the model to read, and a value Python cannot hold is a problem on its line.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event: yaml.Event = self.peek_event()  # type: ignore[no-untyped-call]
        mark = cast(yaml.error.Mark, event.start_mark)
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise _Refused(
                problem="plain values, without YAML anchors or aliases", problem_mark=mark
            )
        if self.depth >= MAX_YAML_DEPTH:
            raise _Refused(problem=f"at most {MAX_YAML_DEPTH} levels of nesting", problem_mark=mark)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except ValueError as exc:
            problem = f"a value that can be read (put text in quotes; the parser says: {exc})"
            raise _Refused(problem=problem, problem_mark=node.start_mark) from None


def _timestamp_as_text(loader: _CaseLoader, node: yaml.Node) -> str:
    """Keep a YAML date as its text: :class:`CaseMeta` reads it, and words any problem."""
    return loader.construct_yaml_str(node)


_CaseLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


def _parse_yaml(text: str) -> tuple[yaml.Node | None, Any]:
    """Parse ``text`` once: its node tree (for line numbers) and its value."""
    loader = _CaseLoader(text)
    try:
        node = loader.get_single_node()
        return node, None if node is None else loader.construct_document(node)
    finally:
        loader.dispose()


_PATTERN_WORDS = {
    "url": "an http(s) URL",
    "article": "the name of a file in the case folder (no '/' or '\\'; not '.' or '..')",
    "id": _SLUG_WORDS,
}


def _meta_problem(err: ErrorDetails, label: str, key_lines: dict[str, int]) -> Problem:
    """A problem for one of pydantic's errors about ``case.yml``."""
    key = str(err["loc"][0]) if err["loc"] else None
    value: str | None = None
    if err["type"] == "missing":
        expected = "this required key"
    elif err["type"] == "extra_forbidden":
        expected = "a known key: " + ", ".join(CaseMeta.model_fields)
    else:
        value = show_value(err.get("input"))
        if err["type"] == "date_range":
            expected = err["msg"]
        elif key == "published":
            expected = "a date written YYYY-MM-DD"
        elif err["type"] == "string_pattern_mismatch" and key in _PATTERN_WORDS:
            expected = _PATTERN_WORDS[key]
        else:
            expected = (
                err["msg"]
                .replace("Input should", "a value that should")
                .replace("String should", "a value that should")
            )
    return Problem(label, expected, line=key_lines.get(key or ""), column=key, value=value)


def _load_meta(
    path: Path, root: Path, problems: list[Problem]
) -> tuple[CaseMeta | None, dict[Any, Any]]:
    """Read and check ``case.yml``; return the model (None on a problem) and the raw mapping.

    The raw mapping (empty when there is none) lets :func:`_case_id` see a valid ``id`` even
    when another key is wrong.
    """
    label = _label(path)
    text = _read_text(path, root, problems, limit=MAX_META_BYTES)
    if text is None:
        return None, {}
    try:
        node, data = _parse_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or exc
        expected = (
            f"{problem}" if isinstance(exc, _Refused) else f"valid YAML; the parser says: {problem}"
        )
        line = mark.line + 1 if mark is not None else None
        problems.append(Problem(label, expected, line=line))
        return None, {}
    if not isinstance(data, dict):
        problems.append(Problem(label, "a mapping of keys (title, outlet, url, published, ...)"))
        return None, {}
    key_lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, _ in node.value:
            key_lines[str(key.value)] = key.start_mark.line + 1
    try:
        return CaseMeta.model_validate(data), data
    except ValidationError as exc:
        problems.extend(_meta_problem(err, label, key_lines) for err in exc.errors())
        return None, data


def _case_id(label: str, root: Path, given: object, problems: list[Problem]) -> str:
    """The case's id: a valid ``id`` from ``case.yml``, else the name of the folder ``root``.

    A folder name used as the id must be a slug; ``root`` is resolved, so ``.`` and ``..``
    stand for real names.
    """
    if isinstance(given, str) and re.fullmatch(SLUG, given.strip()):
        return given.strip()
    if not re.fullmatch(SLUG, root.name):
        problems.append(Problem(label, _FOLDER_RULE, value=root.name))
    return root.name


def _paragraph_numbers(sources: pd.Series) -> pd.Series:
    """The ``N`` of each ``article ¶N`` source (a float), NaN for every other source."""
    para = pd.Series(float("nan"), index=sources.index, dtype="float64")
    cited = sources.str.startswith("article ¶")
    if cited.any():
        found = sources[cited].str.extract(SOURCE_RE.pattern)["para"]
        para[cited] = pd.to_numeric(found).astype("float64")
    return para


def _check_sources_and_quotes(
    events: pd.DataFrame, article: str, paras: dict[int, str], label: str
) -> list[Problem]:
    """Check ``article ¶N`` sources and verbatim quotes; each distinct value is checked once."""
    problems: list[Problem] = []
    folded_article = fold(article)
    folded_paras = {n: fold(p) for n, p in paras.items()}
    top = max(paras) if paras else 0
    para = _paragraph_numbers(events["source"])
    missing = para.notna() & ~para.isin(list(paras))
    for idx in events.index[missing]:
        problems.append(
            Problem(
                label,
                f"a paragraph the article has (¶0 to ¶{top})",
                line=_line(events, idx),
                column="source",
                value=str(events.at[idx, "source"]),
            )
        )
    quoted = events["quote"] != ""
    pairs = pd.DataFrame({"quote": events["quote"], "para": para.fillna(-1).astype(int)})
    pairs = pairs[quoted & ~missing]
    verdicts: list[tuple[str, int, str]] = []
    for quote, n in pairs.drop_duplicates().itertuples(index=False):
        needle = fold(quote)
        if needle not in folded_article:
            verdicts.append((quote, n, "words that appear verbatim in the article"))
        elif n >= 0 and needle not in folded_paras[n]:
            found = ", ".join(f"¶{k}" for k, p in folded_paras.items() if needle in p)
            verdicts.append(
                (
                    quote,
                    n,
                    f"a quote from ¶{n}, the paragraph named in 'source' "
                    f"(it is in {found or 'more than one paragraph'})",
                )
            )
    if verdicts:
        bad = pd.DataFrame(verdicts, columns=["quote", "para", "why"])
        rows = pairs.rename_axis("row").reset_index().merge(bad, on=["quote", "para"])
        for idx, quote, why in zip(rows["row"], rows["quote"], rows["why"], strict=True):
            problems.append(
                Problem(label, why, line=_line(events, idx), column="quote", value=quote)
            )
    return problems


def _allowed_lanes(relation: str, src: str, dst: str) -> bool:
    """Whether a link of ``relation`` may join a ``src`` event to a ``dst`` event.

    Unknown relations and lanes are reported elsewhere, so they pass here.
    """
    if relation not in RELATION_LANES or src not in LANES or dst not in LANES:
        return True
    froms, tos = RELATION_LANES[relation]
    return src in froms and dst in tos


def _check_links(links: pd.DataFrame, events: pd.DataFrame, label: str) -> list[Problem]:
    problems: list[Problem] = []
    # An id used twice is reported by the schema; here the last row with it counts.
    last = events.drop_duplicates("id", keep="last")
    lane_of = pd.Series(last["lane"].to_numpy(), index=last["id"].to_numpy())
    for end in ("from", "to"):
        unknown = links[(links[end] != "") & ~links[end].isin(lane_of.index)]
        for idx, value in zip(unknown.index, unknown[end], strict=True):
            problems.append(
                Problem(
                    label,
                    "the id of an event in events.csv",
                    line=_line(links, idx),
                    column=end,
                    value=str(value),
                )
            )
    self_links = links[(links["from"] == links["to"]) & (links["from"] != "")]
    for idx, value in zip(self_links.index, self_links["to"], strict=True):
        problems.append(
            Problem(
                label,
                "a link between two different events",
                line=_line(links, idx),
                column="to",
                value=str(value),
            )
        )
    dupes = links[links.duplicated(["from", "to", "relation"], keep="first")]
    for idx, src, dst, relation in zip(
        dupes.index, dupes["from"], dupes["to"], dupes["relation"], strict=True
    ):
        problems.append(
            Problem(
                label,
                "each link once (the same from, to and relation appear on an earlier line)",
                line=_line(links, idx),
                value=f"{src},{dst},{relation}",
            )
        )
    lanes = pd.DataFrame(
        {
            "relation": links["relation"],
            "src": links["from"].map(lane_of).astype(object).fillna(""),
            "dst": links["to"].map(lane_of).astype(object).fillna(""),
        }
    )
    kinds = lanes.drop_duplicates()
    kinds = kinds.assign(
        ok=[_allowed_lanes(*key) for key in kinds.itertuples(index=False, name=None)]
    )
    ok = lanes.reset_index().merge(kinds, on=["relation", "src", "dst"]).set_index("index")
    wrong = ok.index[~ok["ok"].astype(bool)]
    for idx in sorted(wrong):
        relation, src, dst = (str(lanes.at[idx, c]) for c in ("relation", "src", "dst"))
        rule = RELATION_LANES[relation]
        problems.append(
            Problem(
                label,
                f"a '{relation}' link from a {' or '.join(sorted(rule[0]))} event to a "
                f"{' or '.join(sorted(rule[1]))} event (here {src} to {dst})",
                line=_line(links, idx),
                column="relation",
                value=relation,
            )
        )
    return problems


_DATE_WORDS = (
    "a date: the article's words ('in January', 'Monday', 'Oct. 9, 2017') "
    "or an EDTF date or interval ('2017-07', '../2017-10-09')"
)


def _resolve_dates(
    events: pd.DataFrame, published: dt.date, label: str, problems: list[Problem]
) -> pd.DataFrame:
    """Resolve every event's date (see :func:`resolve_frame`), recording the ones that fail.

    A date fails when it names no date, or a date outside the range a case can hold (its
    bound shows as NaT without being open).
    """
    resolved = resolve_frame(events["date"], published)
    ok = resolved["resolved"].astype(bool)
    outside = (resolved["start"].isna() & ~resolved["open_start"].astype(bool)) | (
        resolved["end"].isna() & ~resolved["open_end"].astype(bool)
    )
    for failed, expected in (
        ((events["date"] != "") & ~ok, _DATE_WORDS),
        (ok & outside, _DATE_RANGE),
    ):
        for idx in events.index[failed]:
            problems.append(
                Problem(
                    label,
                    expected,
                    line=_line(events, idx),
                    column="date",
                    value=str(events.at[idx, "date"]),
                )
            )
    return resolved


def _finished_events(events: pd.DataFrame, resolved: pd.DataFrame) -> pd.DataFrame:
    """The checked events as a case holds them: typed lanes and statuses, resolved dates."""
    events = events.drop(columns="csv_line")
    events["status"] = events["status"].replace("", "checked")
    events["lane"] = pd.Categorical(events["lane"], categories=LANES, ordered=True)
    for name in ("start", "end", "precision", "edtf", "approximate", "open_start", "open_end"):
        events[name] = resolved[name].to_numpy()
    for name in ("approximate", "open_start", "open_end"):
        events[name] = events[name].astype(bool)
    return events.reset_index(drop=True)


def load_case(path: str | Path) -> Case:
    """Load a case folder, checking everything in it.

    Parameters
    ----------
    path
        The case folder: ``case.yml``, the article text, ``events.csv`` and ``links.csv``.

    Returns
    -------
    Case
        The case, with every event's date resolved.

    Raises
    ------
    CaseError
        Listing every problem found, each naming the file, line, column, value and what
        was expected.
    """
    folder = Path(path)
    label = str(folder)
    if not folder.is_dir():
        raise CaseError(label, [Problem(label, "a case folder (case.yml, events.csv, ...)")])
    root = folder.resolve()
    problems: list[Problem] = []
    meta, raw_meta = _load_meta(folder / "case.yml", root, problems)
    case_id = _case_id(label, root, raw_meta.get("id"), problems)
    article = _read_text(folder / meta.article, root, problems) if meta is not None else None
    events_path = folder / "events.csv"
    links_path = folder / "links.csv"
    events = _read_csv(
        events_path, root, EVENT_REQUIRED, EVENT_OPTIONAL, problems, allow_empty=False
    )
    links = _read_csv(links_path, root, LINK_REQUIRED, LINK_OPTIONAL, problems, allow_empty=True)

    resolved: pd.DataFrame | None = None
    paras: dict[int, str] = {}
    if events is not None:
        events_label = _label(events_path)
        problems.extend(_schema_problems(_events_schema(), events, events_label)[0])
        if meta is not None:
            resolved = _resolve_dates(events, meta.published, events_label, problems)
        if article is not None and meta is not None:
            paras = paragraphs(article, headline=meta.title)
            valid_source = events["source"].str.match(SOURCE_RE.pattern)
            problems.extend(
                _check_sources_and_quotes(events[valid_source], article, paras, events_label)
            )
        if links is not None:
            problems.extend(_schema_problems(_links_schema(), links, _label(links_path))[0])
            problems.extend(_check_links(links, events, _label(links_path)))
    if problems:
        raise CaseError(label, problems)
    assert meta is not None and article is not None
    assert events is not None and links is not None and resolved is not None
    return Case(
        path=folder,
        meta=meta,
        article=article,
        events=_finished_events(events, resolved),
        links=links.drop(columns="csv_line").reset_index(drop=True),
        paragraphs=paras,
        id=case_id,
    )


def find_cases(root: str | Path) -> list[Path]:
    """Return every case folder (one holding ``case.yml``) directly under ``root``, sorted."""
    base = Path(root)
    return sorted(p.parent for p in base.glob("*/case.yml"))
