"""Cases: a story's article, metadata, events and links, loaded and checked together."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from timeline.dates import resolve_frame
from timeline.errors import CaseError, Problem
from timeline.files import write_atomic
from timeline.meta import DATE_RANGE_WORDS, MAX_META_BYTES, MAX_YAML_DEPTH, CaseMeta, read_meta
from timeline.tables import (
    events_schema,
    file_label,
    line_of,
    links_schema,
    read_csv,
    read_text,
    schema_problems,
)
from timeline.text import fold, paragraphs, plural
from timeline.vocab import (
    EVENT_COLUMNS,
    EVENT_OPTIONAL,
    EVENT_REQUIRED,
    LANE_LABELS,
    LANES,
    LINK_COLUMNS,
    LINK_OPTIONAL,
    LINK_REQUIRED,
    RELATION_LANES,
    RELATIONS,
    SLUG,
    SLUG_WORDS,
    SOURCE_RE,
    STATUSES,
)

__all__ = [
    "EVENT_COLUMNS",
    "LANES",
    "LANE_LABELS",
    "LINK_COLUMNS",
    "MAX_META_BYTES",
    "MAX_YAML_DEPTH",
    "RELATIONS",
    "RELATION_LANES",
    "SLUG",
    "STATUSES",
    "Case",
    "CaseMeta",
    "cited_paragraph",
    "find_cases",
    "from_article",
    "load_case",
    "paragraph_numbers",
    "write_case",
]

_FOLDER_RULE = (
    "a folder name that is a slug (lowercase letters, digits and single hyphens, like "
    "'lasd-ice-2017') or an `id:` in case.yml"
)


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
            raise ValueError(f"a case id must be {SLUG_WORDS}, not {self.id!r}")

    def summary(self) -> str:
        """One line: events, links, lanes and the span of dates."""
        lanes = self.events["lane"].value_counts(sort=False)
        lane_text = ", ".join(f"{lane} {int(n)}" for lane, n in lanes.items() if n)
        starts = self.events["start"].dropna()
        ends = self.events["end"].dropna()
        first = min(starts.min(), ends.min()).date().isoformat()
        last = max(starts.max(), ends.max()).date().isoformat()
        return (
            f"{self.id}: {plural(len(self.events), 'event')}, {plural(len(self.links), 'link')}, "
            f"{int((lanes > 0).sum())} lanes ({lane_text}), {first} to {last}"
        )


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


def cited_paragraph(source: str) -> int | None:
    """The paragraph an ``article ¶N`` source cites; None for ``article`` or any other source.

    >>> cited_paragraph("article ¶12"), cited_paragraph("article"), cited_paragraph("https://x.org")
    (12, None, None)
    """
    match = SOURCE_RE.fullmatch(source)
    return None if match is None or match["para"] is None else int(match["para"])


def from_article(source: str) -> bool:
    """Whether an event's ``source`` is the case's own article (``article`` or ``article ¶N``)."""
    return source == "article" or cited_paragraph(source) is not None


def paragraph_numbers(sources: pd.Series) -> pd.Series:
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
    para = paragraph_numbers(events["source"])
    missing = para.notna() & ~para.isin(list(paras))
    for idx in events.index[missing]:
        problems.append(
            Problem(
                label,
                f"a paragraph the article has (¶0 to ¶{top})",
                line=line_of(events, idx),
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
                Problem(label, why, line=line_of(events, idx), column="quote", value=quote)
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
                    line=line_of(links, idx),
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
                line=line_of(links, idx),
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
                line=line_of(links, idx),
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
                line=line_of(links, idx),
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
        (ok & outside, DATE_RANGE_WORDS),
    ):
        for idx in events.index[failed]:
            problems.append(
                Problem(
                    label,
                    expected,
                    line=line_of(events, idx),
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
    meta, raw_meta = read_meta(folder / "case.yml", root, problems)
    case_id = _case_id(label, root, raw_meta.get("id"), problems)
    article = read_text(folder / meta.article, root, problems) if meta is not None else None
    events_path = folder / "events.csv"
    links_path = folder / "links.csv"
    events = read_csv(
        events_path, root, EVENT_REQUIRED, EVENT_OPTIONAL, problems, allow_empty=False
    )
    links = read_csv(links_path, root, LINK_REQUIRED, LINK_OPTIONAL, problems, allow_empty=True)

    resolved: pd.DataFrame | None = None
    paras: dict[int, str] = {}
    if events is not None:
        events_label = file_label(events_path)
        problems.extend(schema_problems(events_schema(), events, events_label)[0])
        if meta is not None:
            resolved = _resolve_dates(events, meta.published, events_label, problems)
        if article is not None and meta is not None:
            paras = paragraphs(article, headline=meta.title)
            valid_source = events["source"].str.match(SOURCE_RE.pattern)
            problems.extend(
                _check_sources_and_quotes(events[valid_source], article, paras, events_label)
            )
        if links is not None:
            problems.extend(schema_problems(links_schema(), links, file_label(links_path))[0])
            problems.extend(_check_links(links, events, file_label(links_path)))
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


def _csv_text(columns: Sequence[str], rows: Iterable[Mapping[str, str]]) -> str:
    """Rows as CSV text under a header of ``columns``; a row missing a column leaves it blank."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def write_case(
    folder: str | Path,
    meta: Mapping[str, object],
    article: bytes,
    events: Iterable[Mapping[str, str]],
    links: Iterable[Mapping[str, str]],
    *,
    comment: str = "",
) -> Path:
    """Write a case folder: ``case.yml``, the article, ``events.csv`` and ``links.csv``.

    Each file is written atomically (:func:`timeline.files.write_atomic`). The article is
    written byte for byte, and only when no file of its name exists yet: code never edits
    an article a case already holds. The other three files are replaced when present.

    Parameters
    ----------
    folder
        The case folder; made when missing.
    meta
        The ``case.yml`` fields, in the order they are written; ``article`` (required)
        names the article's file.
    article
        The article's bytes.
    events
        ``events.csv`` rows, by column name (:data:`timeline.vocab.EVENT_COLUMNS`); a
        column a row lacks is left blank.
    links
        ``links.csv`` rows, by column name (:data:`timeline.vocab.LINK_COLUMNS`).
    comment
        Text put at the top of ``case.yml``, each line as a YAML comment (``# ...``).

    Returns
    -------
    pathlib.Path
        ``folder``.

    Raises
    ------
    FileExistsError
        When the folder already holds a file of the article's name; nothing is written.
    ValueError
        When ``meta["article"]`` is missing or not a plain file name, or a row has a
        column the file does not have.
    OSError
        When a file cannot be written.
    """
    out = Path(folder)
    name = meta.get("article")
    if not isinstance(name, str) or name in ("", ".", "..") or "/" in name or "\\" in name:
        raise ValueError(f"article {name!r}: expected a file name in the case folder")
    article_path = out / name
    if article_path.exists() or article_path.is_symlink():
        raise FileExistsError(f"{article_path}: the case already has its article; not overwritten")
    events_text = _csv_text(EVENT_COLUMNS, events)
    links_text = _csv_text(LINK_COLUMNS, links)
    header = "".join(f"# {line}".rstrip() + "\n" for line in comment.splitlines())
    body = yaml.safe_dump(dict(meta), sort_keys=False, allow_unicode=True, width=1000)
    out.mkdir(parents=True, exist_ok=True)
    write_atomic(out / "case.yml", header + body)
    write_atomic(article_path, article)
    write_atomic(out / "events.csv", events_text)
    write_atomic(out / "links.csv", links_text)
    return out
