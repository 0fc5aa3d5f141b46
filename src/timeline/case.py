"""Cases: a story's article, metadata, events and links, loaded and checked together."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import pandas as pd
import pandera.pandas as pa
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from timeline.dates import resolve_frame
from timeline.errors import CaseError, Problem
from timeline.text import fold, paragraphs

__all__ = [
    "EVENT_COLUMNS",
    "LANES",
    "LANE_LABELS",
    "LINK_COLUMNS",
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


class CaseMeta(BaseModel):
    """The contents of a case's ``case.yml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    title: str = Field(min_length=1, description="The story's headline.")
    outlet: str = Field(min_length=1, description="The publication.")
    url: str = Field(pattern=r"^https?://\S+$", description="The story's address.")
    published: dt.date = Field(description="Publication date, YYYY-MM-DD.")
    article: str = Field(
        pattern=r"^[^/\\]+$", description="File name of the article text in the case folder."
    )
    byline: str | None = Field(default=None, description="The reporters.")
    id: str | None = Field(default=None, pattern=SLUG, description="Defaults to the folder name.")


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
    """

    path: Path
    meta: CaseMeta
    article: str
    events: pd.DataFrame
    links: pd.DataFrame
    paragraphs: dict[int, str] = field(repr=False)

    @property
    def id(self) -> str:
        """The case's id: ``id`` in ``case.yml`` or the folder name."""
        return self.meta.id or self.path.name

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


def _read_text(path: Path, problems: list[Problem]) -> str | None:
    """Read a UTF-8 file, or record why it cannot be read."""
    if not path.is_file():
        problems.append(Problem(_label(path), "this file to exist"))
        return None
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        bad = raw[exc.start : exc.end + 8]
        problems.append(
            Problem(
                _label(path),
                "UTF-8 text (save the file as UTF-8)",
                line=line,
                value=bad.decode("latin-1"),
            )
        )
        return None


def _read_csv(
    path: Path,
    required: Sequence[str],
    optional: Sequence[str],
    problems: list[Problem],
    *,
    allow_empty: bool,
) -> pd.DataFrame | None:
    """Read a case CSV strictly into a frame of strings with a ``csv_line`` column."""
    text = _read_text(path, problems)
    if text is None:
        return None
    label = _label(path)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[list[str]] = []
    lines: list[int] = []
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
            # below; only the rare row of another width is looked at here.
            if len(row) == width:
                rows.append(row)
                lines.append(start)
            elif any(cell.strip() for cell in row):
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

    ok = True
    known = set(required) | set(optional)
    seen: set[str] = set()
    for name in header:
        if name in seen:
            problems.append(Problem(label, "each column named once", line=1, column=name))
            ok = False
        seen.add(name)
        if name not in known:
            problems.append(
                Problem(
                    label,
                    f"a known column: {', '.join((*required, *optional))}",
                    line=1,
                    column=name,
                )
            )
            ok = False
    for name in required:
        if name not in seen:
            problems.append(Problem(label, "this required column in the header", column=name))
            ok = False
    frame = _stripped_frame(rows, lines, header)
    if frame.empty and not allow_empty:
        problems.append(Problem(label, "at least one row below the header"))
        ok = False
    if not ok:
        return None
    for name in optional:
        if name not in frame.columns:
            frame[name] = ""
    cells = frame[[*required, *optional]].astype(object)
    return cells.assign(csv_line=frame["csv_line"]).reset_index(drop=True)


def _stripped_frame(rows: list[list[str]], lines: list[int], header: list[str]) -> pd.DataFrame:
    """The rows as a frame of text cells stripped of white space, blank rows left out.

    A ``csv_line`` column holds the line where each row starts.
    """
    frame = pd.DataFrame(rows, columns=range(len(header)), dtype=object)
    for position in frame.columns:
        frame[position] = frame[position].str.strip().astype(object)
    filled = (frame != "").any(axis=1)
    frame = frame[filled].set_axis(header, axis=1)
    frame["csv_line"] = pd.Series(lines, index=range(len(lines)), dtype="int64")[filled]
    return frame


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


def _load_meta(folder: Path, problems: list[Problem]) -> CaseMeta | None:
    path = folder / "case.yml"
    label = _label(path)
    text = _read_text(path, problems)
    if text is None:
        return None
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problems.append(
            Problem(
                label,
                f"valid YAML; the parser says: {getattr(exc, 'problem', exc)}",
                line=mark.line + 1 if mark is not None else None,
            )
        )
        return None
    if not isinstance(data, dict):
        problems.append(Problem(label, "a mapping of keys (title, outlet, url, published, ...)"))
        return None
    key_lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, _ in node.value:
            key_lines[str(key.value)] = key.start_mark.line + 1
    try:
        return CaseMeta.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            key = str(err["loc"][0]) if err["loc"] else None
            if err["type"] == "missing":
                expected = "this required key"
                value = None
            elif err["type"] == "extra_forbidden":
                expected = "a known key: " + ", ".join(CaseMeta.model_fields)
                value = None
            else:
                expected = (
                    err["msg"]
                    .replace("Input should", "a value that should")
                    .replace("String should", "a value that should")
                )
                if key == "published":
                    expected = "a date written YYYY-MM-DD"
                value = str(err.get("input"))
            problems.append(
                Problem(label, expected, line=key_lines.get(key or ""), column=key, value=value)
            )
        return None


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
    problems: list[Problem] = []
    meta = _load_meta(folder, problems)
    article = _read_text(folder / meta.article, problems) if meta is not None else None
    events_path = folder / "events.csv"
    links_path = folder / "links.csv"
    events = _read_csv(events_path, EVENT_REQUIRED, EVENT_OPTIONAL, problems, allow_empty=False)
    links = _read_csv(links_path, LINK_REQUIRED, LINK_OPTIONAL, problems, allow_empty=True)

    resolved: pd.DataFrame | None = None
    paras: dict[int, str] = {}
    if events is not None:
        found, _ = _schema_problems(_events_schema(), events, _label(events_path))
        problems.extend(found)
        if meta is not None:
            dated = events["date"] != ""
            resolved = resolve_frame(events["date"], meta.published)
            unresolved = events.index[dated & ~resolved["resolved"].astype(bool)]
            for idx in unresolved:
                problems.append(
                    Problem(
                        _label(events_path),
                        "a date: the article's words ('in January', 'Monday', 'Oct. 9, 2017') "
                        "or an EDTF date or interval ('2017-07', '../2017-10-09')",
                        line=_line(events, idx),
                        column="date",
                        value=str(events.at[idx, "date"]),
                    )
                )
        if article is not None and meta is not None:
            paras = paragraphs(article, headline=meta.title)
            valid_source = events["source"].str.match(SOURCE_RE.pattern)
            problems.extend(
                _check_sources_and_quotes(events[valid_source], article, paras, _label(events_path))
            )
        if links is not None:
            found, _ = _schema_problems(_links_schema(), links, _label(links_path))
            problems.extend(found)
            problems.extend(_check_links(links, events, _label(links_path)))
    if problems:
        raise CaseError(label, problems)
    assert meta is not None and article is not None
    assert events is not None and links is not None and resolved is not None

    events = events.drop(columns="csv_line")
    events["status"] = events["status"].replace("", "checked")
    events["lane"] = pd.Categorical(events["lane"], categories=LANES, ordered=True)
    for name in ("start", "end", "precision", "edtf", "approximate", "open_start", "open_end"):
        events[name] = resolved[name].to_numpy()
    events["approximate"] = events["approximate"].astype(bool)
    events["open_start"] = events["open_start"].astype(bool)
    events["open_end"] = events["open_end"].astype(bool)
    events = events.reset_index(drop=True)
    links = links.drop(columns="csv_line").reset_index(drop=True)
    return Case(
        path=folder, meta=meta, article=article, events=events, links=links, paragraphs=paras
    )


def find_cases(root: str | Path) -> list[Path]:
    """Return every case folder (one holding ``case.yml``) directly under ``root``, sorted."""
    base = Path(root)
    return sorted(p.parent for p in base.glob("*/case.yml"))
