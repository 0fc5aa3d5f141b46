"""Exports: a case's chart, tables and structured data in the formats newsrooms use."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import tempfile
import zlib
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from timeline.case import EVENT_COLUMNS, LINK_COLUMNS, Case, load_case
from timeline.errors import CaseError
from timeline.files import write_atomic
from timeline.web import asset, escape, page, safe_url, script_safe

__all__ = [
    "FILES",
    "FORMATS",
    "STATIC_WIDTH",
    "ExportError",
    "ExportFailure",
    "canonical_pdf",
    "canonical_svg",
    "events_table",
    "export_case",
    "export_command",
    "json_bytes",
    "links_table",
    "parse_formats",
]

FORMATS: tuple[str, ...] = (
    "html",
    "embed",
    "vega-lite",
    "svg",
    "png",
    "pdf",
    "timelinejs",
    "claimreview",
    "csv",
    "parquet",
)
"""Every format ``export_case`` knows, in the order it writes them."""

FILES: dict[str, tuple[str, ...]] = {
    "html": ("timeline.html",),
    "embed": ("embed.html", "embed-snippet.html"),
    "vega-lite": ("chart.vl.json",),
    "svg": ("chart.svg",),
    "png": ("chart.png",),
    "pdf": ("chart.pdf",),
    "timelinejs": ("timelinejs.json",),
    "claimreview": ("claimreview.jsonld",),
    "csv": ("events.csv", "links.csv"),
    "parquet": ("events.parquet", "links.parquet"),
}
"""The files each format writes."""

STATIC_WIDTH = 900
"""Chart width in pixels for svg, png and pdf when no width is given."""

MIN_WIDTH, MAX_WIDTH = 200, 10000
MIN_SCALE, MAX_SCALE = 0.25, 10.0
EMBED_ID = "timeline-embed"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2

# A spreadsheet runs a cell that starts like a formula; such cells get a leading apostrophe
# in CSV (OWASP's advice). Parquet keeps the exact text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_PATTERN = "^[" + re.escape("".join(_FORMULA_START)) + "]"


class ExportError(ValueError):
    """A user's mistake in an export request: an unknown format, a bad width or folder."""


class ExportFailure(RuntimeError):
    """A format that could not be rendered; the message names it, ``__cause__`` says why."""


# --- arguments ---------------------------------------------------------------------------


def parse_formats(formats: Sequence[str]) -> list[str]:
    """Check format names and return them once each, in :data:`FORMATS` order.

    Each item may itself hold several names separated by commas (``"csv,png"``); names
    are case-insensitive.

    Raises
    ------
    ExportError
        When a name is unknown or none is given; the message lists the known ones.
    """
    names: list[str] = []
    for item in formats:
        names.extend(n.strip().lower() for n in str(item).split(",") if n.strip())
    if not names:
        raise ExportError(f"name at least one format: {', '.join(FORMATS)}")
    unknown = [n for n in names if n not in FORMATS]
    if unknown:
        raise ExportError(
            f"unknown format {unknown[0]!r}: expected one or more of {', '.join(FORMATS)}"
        )
    return [f for f in FORMATS if f in names]


def _check_size(width: int | None, scale: float) -> None:
    if width is not None and not (
        isinstance(width, int) and MIN_WIDTH <= width <= MAX_WIDTH and width is not True
    ):
        raise ExportError(
            f"width {width!r}: expected a whole number of pixels from {MIN_WIDTH} to {MAX_WIDTH}"
        )
    if not (MIN_SCALE <= float(scale) <= MAX_SCALE):
        raise ExportError(f"scale {scale!r}: expected a number from {MIN_SCALE} to {MAX_SCALE}")


# --- writing -----------------------------------------------------------------------------


def json_bytes(value: Any) -> bytes:
    """Serialise ``value`` as indented JSON with sorted keys, safe to paste into ``<script>``.

    ``<``, ``>``, ``&``, U+2028 and U+2029 are written as ``\\u`` escapes: the parsed
    values are unchanged, and the text cannot close a script element it is pasted into.
    """
    text = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False)
    return (script_safe(text) + "\n").encode("utf-8")


# --- tables ------------------------------------------------------------------------------

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


def _csv_bytes(frame: pd.DataFrame) -> bytes:
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


def _render_csv(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    return {
        "events.csv": _csv_bytes(events_table(case)),
        "links.csv": _csv_bytes(links_table(case)),
    }


def _render_parquet(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    return {
        "events.parquet": _parquet_bytes(events_table(case)),
        "links.parquet": _parquet_bytes(links_table(case)),
    }


# --- structured data ---------------------------------------------------------------------


def _render_timelinejs(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    from timeline.timelinejs import timelinejs_data

    return {"timelinejs.json": json_bytes(timelinejs_data(case))}


def _render_claimreview(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    from timeline.claimreview import claim_reviews

    return {"claimreview.jsonld": json_bytes(claim_reviews(case))}


# --- chart -------------------------------------------------------------------------------


def _chart_spec(case: Case, width: int | None) -> dict[str, Any]:
    """The chart's Vega-Lite spec under the house theme, data inlined, title kept."""
    import altair as alt

    from timeline.charts import THEME, timeline_chart

    chart = timeline_chart(case, width=width)
    with alt.theme.enable(THEME):
        spec: dict[str, Any] = chart.to_dict()
    return spec


def _render_vega_lite(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    return {"chart.vl.json": json_bytes(_chart_spec(case, width))}


# Within one export_case call, svg, png and pdf share one static spec.
_STATIC_SPECS: ContextVar[dict[int, dict[str, Any]] | None] = ContextVar(
    "_STATIC_SPECS", default=None
)


def _static_spec(case: Case, width: int | None) -> dict[str, Any]:
    """The spec for the static images: a fixed width, :data:`STATIC_WIDTH` by default."""
    fixed = width or STATIC_WIDTH
    cache = _STATIC_SPECS.get()
    if cache is None:
        return _chart_spec(case, fixed)
    if fixed not in cache:
        cache[fixed] = _chart_spec(case, fixed)
    return cache[fixed]


def _vl_options() -> dict[str, Any]:
    """Convert with the Vega-Lite version Altair writes, when vl-convert has it."""
    import altair as alt
    import vl_convert as vlc

    version = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    return {"vl_version": version} if version in vlc.get_vegalite_versions() else {}


_SVG_ID = re.compile(r'\bid="((?:clip|gradient|pattern|mask)_?)(\d+)"')


def canonical_svg(svg: str) -> str:
    """Number Vega's clip-path, gradient and pattern ids in order of appearance.

    Vega counts these ids across every chart drawn in a process (``clip1``, then
    ``clip14`` on the next export); numbering them per document makes reruns identical.
    """
    names: dict[str, str] = {}
    counts: dict[str, int] = {}
    for match in _SVG_ID.finditer(svg):
        old = match[1] + match[2]
        if old not in names:
            counts[match[1]] = counts.get(match[1], 0) + 1
            names[old] = f"{match[1]}{counts[match[1]]}"
    if not names:
        return svg
    pattern = re.compile(
        r'(?<=[#"])('
        + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        + r')(?=[")])'
    )
    return pattern.sub(lambda m: names[m[1]], svg)


def _render_svg(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    import vl_convert as vlc

    svg = str(vlc.vegalite_to_svg(_static_spec(case, width), **_vl_options()))
    return {"chart.svg": canonical_svg(svg).encode("utf-8")}


def _render_png(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    import vl_convert as vlc

    spec = _static_spec(case, width)
    return {"chart.png": bytes(vlc.vegalite_to_png(spec, scale=scale, **_vl_options()))}


def _render_pdf(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    import vl_convert as vlc

    spec = _static_spec(case, width)
    return {"chart.pdf": canonical_pdf(bytes(vlc.vegalite_to_pdf(spec, **_vl_options())))}


def _render_html(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    from timeline.charts import save_html

    with tempfile.TemporaryDirectory(prefix=".timeline-html.") as folder:
        path = save_html(case, Path(folder) / "timeline.html", width=width)
        return {"timeline.html": Path(path).read_bytes()}


def _render_embed(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    from timeline.charts import chart_html

    meta = case.meta
    story = safe_url(meta.url)
    credit = escape(meta.outlet)
    if story is not None:
        credit = f'<a href="{escape(story)}" target="_blank" rel="noopener">{credit}</a>'
    body = (
        f'<main class="timeline-embed">\n<h1>{escape(meta.title)}</h1>\n'
        f"{chart_html(case, div_id=EMBED_ID, width=width)}\n"
        f'<p class="timeline-credit">Source: {credit}</p>\n</main>\n'
        f"<script>\n{asset('embed.js')}</script>\n"
    )
    embed = page(meta.title, body, head=f"<style>\n{asset('embed.css')}</style>\n")
    snippet = (
        "<!-- Timeline embed: host embed.html and set src to its address. -->\n"
        f'<iframe class="timeline-embed" src="embed.html" title="Timeline: {escape(meta.title)}"'
        ' loading="lazy" width="100%" height="720"'
        ' style="width: 100%; height: 720px; border: 0;"'
        ' sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"'
        ' referrerpolicy="no-referrer"></iframe>\n'
        f"<script>\n{asset('snippet.js')}</script>\n"
    )
    return {"embed.html": embed.encode("utf-8"), "embed-snippet.html": snippet.encode("utf-8")}


# --- PDF ---------------------------------------------------------------------------------

_OBJ = re.compile(rb"(\d+) 0 obj\n")
_REF = re.compile(rb"(\d+) 0 R\b")
_LENGTH = re.compile(rb"/Length (\d+)\b")
_FONT_DICT = re.compile(rb"/Font <<\n(?P<body>(?:\s*/\w+ \d+ 0 R\n)+)(?P<indent>\s*)>>")
_FONT_ENTRY = re.compile(rb"/(\w+) (\d+) 0 R")
_SUBSET_TAG = re.compile(rb"/([A-Z]{6})\+")
_REF_DICT = re.compile(rb"(/\w+ <<\n)((?:[ \t]*/\w+ \d+ 0 R\n)+)([ \t]*>>)")


def canonical_pdf(data: bytes) -> bytes:
    """Give a vl-convert PDF one byte-for-byte form.

    vl-convert (svg2pdf) numbers objects, orders resources and fonts, and names font
    subsets differently from run to run; the pages are the same. This orders the fonts by
    name and content and renames their resources and subset tags to match, sorts every
    resource dictionary, renumbers the objects in the order they are reached from the
    catalogue, and rebuilds the cross-reference table. A PDF that is not laid out as
    expected is returned unchanged.
    """
    try:
        return _canonical_pdf(data)
    except (ValueError, KeyError, IndexError, zlib.error):
        return data


_PdfObject = tuple[bytes, bytes | None]


def _parse_pdf(data: bytes) -> tuple[bytes, dict[int, _PdfObject], bytes]:
    """Split a simple PDF into its header, objects (dictionary, stream) and trailer."""
    first = _OBJ.search(data)
    xref = data.rfind(b"\nxref\n")
    if first is None or xref < 0:
        raise ValueError("no objects or no cross-reference table")
    header = data[: first.start()]
    trailer_at = data.find(b"trailer\n", xref)
    trailer = data[trailer_at + len(b"trailer\n") : data.rfind(b"startxref")]
    objects: dict[int, _PdfObject] = {}
    pos = first.start()
    while pos < xref:
        match = _OBJ.match(data, pos)
        if match is None:
            if data[pos : pos + 1] in (b"\n", b"\r", b" "):
                pos += 1
                continue
            raise ValueError(f"unexpected bytes at {pos}")
        number = int(match[1])
        body_start = match.end()
        stream_at = data.find(b"\nstream\n", body_start)
        end_at = data.find(b"\nendobj", body_start)
        if 0 <= stream_at < end_at:
            head = data[body_start:stream_at]
            length = _LENGTH.search(head)
            if length is None:
                raise ValueError("stream without a direct length")
            start = stream_at + len(b"\nstream\n")
            stream = data[start : start + int(length[1])]
            if data[start + len(stream) : start + len(stream) + 10] != b"\nendstream":
                raise ValueError("stream length does not match")
            end_at = data.index(b"\nendobj", start + len(stream))
            objects[number] = (head, stream)
        else:
            objects[number] = (data[body_start:end_at], None)
        pos = end_at + len(b"\nendobj")
    return header, objects, trailer


def _canonical_pdf(data: bytes) -> bytes:
    header, objects, trailer = _parse_pdf(data)
    objects, tags = _order_fonts(objects)
    objects = {n: (_sort_entries(head), stream) for n, (head, stream) in objects.items()}
    return _renumber(header, objects, trailer, tags)


def _sort_entries(head: bytes) -> bytes:
    """Sort the entries of every dictionary of references (``/XObject``, ``/ExtGState``...)."""

    def sort(match: re.Match[bytes]) -> bytes:
        lines = match[2].splitlines(keepends=True)
        return match[1] + b"".join(sorted(lines, key=lambda line: line.split()[0])) + match[3]

    return _REF_DICT.sub(sort, head)


def _font_identity(objects: dict[int, _PdfObject], ref: int) -> bytes:
    """A font's name and everything it leads to, without object numbers or subset tags."""
    name = re.search(rb"/BaseFont /(?:[A-Z]{6}\+)?(\S+)", objects[ref][0])
    parts: list[bytes] = [name[1] if name else b""]
    seen: set[int] = set()
    pending = [ref]
    while pending:
        number = pending.pop(0)
        if number in seen or number not in objects:
            continue
        seen.add(number)
        head, stream = objects[number]
        parts.append(_SUBSET_TAG.sub(b"/", _REF.sub(b"R", head)))
        parts.append(stream or b"")
        pending.extend(int(m[1]) for m in _REF.finditer(head))
    return b"\0".join(parts)


def _rename_in_stream(head: bytes, stream: bytes, names: dict[bytes, bytes]) -> _PdfObject:
    """Rename font resources (``/fo1`` to ``/fo0``, all at once) in a content stream."""
    flate = b"/FlateDecode" in head
    raw = zlib.decompress(stream) if flate else stream
    pattern = re.compile(
        rb"/(" + b"|".join(re.escape(n) for n in sorted(names)) + rb")(?=[\s/\[\]<>()]|$)"
    )
    raw = pattern.sub(lambda m: b"/" + names[m[1]], raw)
    packed = zlib.compress(raw, 9) if flate else raw
    return _LENGTH.sub(b"/Length %d" % len(packed), head), packed


def _order_fonts(
    objects: dict[int, _PdfObject],
) -> tuple[dict[int, _PdfObject], dict[bytes, bytes]]:
    """Give each resource dictionary's fonts a canonical order, names and subset tags."""
    result = dict(objects)
    tags: dict[bytes, bytes] = {}
    for number, (head, stream) in objects.items():
        fonts = _FONT_DICT.search(head)
        if fonts is None:
            continue
        entries = [(m[1], int(m[2])) for m in _FONT_ENTRY.finditer(fonts["body"])]
        identities = {ref: _font_identity(objects, ref) for _, ref in entries}
        ordered = sorted(entries, key=lambda entry: identities[entry[1]])
        new_names = sorted(old for old, _ in entries)
        names = {old: new_names[i] for i, (old, _) in enumerate(ordered)}
        indent = fonts["indent"] + b"  "
        body = b"".join(b"%s/%s %d 0 R\n" % (indent, names[old], ref) for old, ref in ordered)
        head = head[: fonts.start("body")] + body + head[fonts.end("body") :]
        if stream is not None:  # a form XObject: its own stream draws with these fonts
            head, stream = _rename_in_stream(head, stream, names)
        result[number] = (head, stream)
        contents = re.search(rb"/Contents (\d+) 0 R", head)
        if contents is not None:
            chead, cstream = result[int(contents[1])]
            if cstream is None:
                raise ValueError("page contents without a stream")
            result[int(contents[1])] = _rename_in_stream(chead, cstream, names)
        for i, (_, ref) in enumerate(ordered):
            base = re.search(rb"/BaseFont /([A-Z]{6})\+", objects[ref][0])
            if base is not None:
                tags[base[1]] = _tag(i, identities[ref])
    return result, tags


def _renumber(
    header: bytes, objects: dict[int, _PdfObject], trailer: bytes, tags: dict[bytes, bytes]
) -> bytes:
    """Number objects in the order they are first reached from the trailer; rebuild xref."""
    order: list[int] = []
    seen: set[int] = set()
    pending = [int(m[1]) for m in _REF.finditer(trailer)] + sorted(objects)
    while pending:
        number = pending.pop(0)
        if number in seen or number not in objects:
            continue
        seen.add(number)
        order.append(number)
        pending[:0] = [int(m[1]) for m in _REF.finditer(objects[number][0])]
    new_number = {old: i + 1 for i, old in enumerate(order)}

    def rewrite(text: bytes) -> bytes:
        text = _REF.sub(lambda m: b"%d 0 R" % new_number[int(m[1])], text)
        return _SUBSET_TAG.sub(lambda m: b"/" + tags.get(m[1], m[1]) + b"+", text)

    out = bytearray(header)
    offsets: list[int] = []
    for old in order:
        head, stream = objects[old]
        offsets.append(len(out))
        out += b"%d 0 obj\n" % new_number[old] + rewrite(head)
        if stream is not None:
            out += b"\nstream\n" + stream + b"\nendstream"
        out += b"\nendobj\n\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f\r\n" % (len(order) + 1)
    for offset in offsets:
        out += b"%010d 00000 n\r\n" % offset
    trailer = re.sub(rb"/Size \d+", b"/Size %d" % (len(order) + 1), rewrite(trailer))
    out += b"trailer\n" + trailer + b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def _tag(index: int, identity: bytes) -> bytes:
    """A six-letter subset tag from the font's place and content."""
    value = zlib.crc32(identity) ^ index
    letters = bytearray()
    for _ in range(6):
        value, digit = divmod(value, 26)
        letters.append(ord("A") + digit)
    return bytes(letters)


# --- the command -------------------------------------------------------------------------

_RENDERERS: dict[str, Callable[[Case, int | None, float], dict[str, bytes]]] = {
    "html": _render_html,
    "embed": _render_embed,
    "vega-lite": _render_vega_lite,
    "svg": _render_svg,
    "png": _render_png,
    "pdf": _render_pdf,
    "timelinejs": _render_timelinejs,
    "claimreview": _render_claimreview,
    "csv": _render_csv,
    "parquet": _render_parquet,
}


def export_case(
    case: Case,
    formats: Sequence[str],
    out_dir: Path,
    *,
    width: int | None = None,
    scale: float = 2.0,
) -> list[Path]:
    """Write a case in the given formats into ``out_dir`` and return the files written.

    Parameters
    ----------
    case
        A loaded case.
    formats
        Names from :data:`FORMATS` (each item may be a comma-separated list).
    out_dir
        The folder to write into, created when missing; files have the names in
        :data:`FILES`.
    width
        Chart width in pixels. The static images use :data:`STATIC_WIDTH` when it is
        ``None``; the interactive chart and ``chart.vl.json`` keep the chart's own width.
    scale
        Pixel density of ``chart.png`` (2 gives a sharp image on high-density screens).

    Returns
    -------
    list of Path
        The files written, in :data:`FORMATS` order.

    Notes
    -----
    Each format writes fixed file names (``timeline export`` uses ``DIR/<case-id>/``):

    ============  ==========================================  ===========================
    format        files                                       what for
    ============  ==========================================  ===========================
    html          ``timeline.html``                           one offline page: chart and
                                                              its text transcript
    embed         ``embed.html``, ``embed-snippet.html``      a page for an ``<iframe>``
                                                              and the snippet for a CMS
    vega-lite     ``chart.vl.json``                           the chart's Vega-Lite JSON
    svg           ``chart.svg``                               static image (vector)
    png           ``chart.png``                               static image (``scale``)
    pdf           ``chart.pdf``                               static image for print
    timelinejs    ``timelinejs.json``                         Knight Lab TimelineJS3 data
    claimreview   ``claimreview.jsonld``                      schema.org ClaimReview
    csv           ``events.csv``, ``links.csv``               the resolved tables
    parquet       ``events.parquet``, ``links.parquet``       the same, typed
    ============  ==========================================  ===========================

    Every file is rendered in memory first and then written atomically (a temporary
    file in the same folder, then ``os.replace``), so a failed export leaves earlier
    files as they were. Reruns are byte-identical.

    Raises
    ------
    ExportError
        For an unknown format, a width or scale out of range, or an ``out_dir`` that is
        a file or the case's own folder. Nothing is written then.
    ExportFailure
        When a format cannot be rendered. Nothing is written then either: every file is
        rendered before the first is written.
    """
    names = parse_formats(formats)
    _check_size(width, scale)
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder}: expected a folder to write into, found a file")
    if folder.resolve() == Path(case.path).resolve():
        raise ExportError(
            f"{folder}: expected a folder other than the case's own folder "
            "(exports would overwrite events.csv and links.csv)"
        )
    rendered: dict[str, bytes] = {}
    token = _STATIC_SPECS.set({})
    try:
        for name in names:
            try:
                rendered.update(_RENDERERS[name](case, width, float(scale)))
            except Exception as exc:
                detail = " ".join(line.strip() for line in str(exc).strip().splitlines()[:2])
                raise ExportFailure(
                    f"{case.id}: could not render {name}: {type(exc).__name__}: {detail}"
                ) from exc
    finally:
        _STATIC_SPECS.reset(token)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name in names:
        for file_name in FILES[name]:
            target = folder / file_name
            write_atomic(target, rendered[file_name])
            written.append(target)
    return written


def export_command(
    case_dir: Path, formats: list[str], out: Path, width: int | None, scale: float
) -> int:
    """Run ``timeline export``: write ``out/<case-id>/`` and list the files on stdout.

    Returns
    -------
    int
        0 when every file was written; 2 for a user's mistake (unknown format, bad width
        or scale, a case with problems, an ``--out`` that is a file or the case's own
        folder), with a one-line message (a case lists all its problems); 1 when a format
        could not be rendered or written.
    """
    try:
        names = parse_formats(formats)
        _check_size(width, scale)
    except ExportError as exc:
        print(f"timeline export: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        case = load_case(case_dir)
    except CaseError as exc:
        print(exc.report(), file=sys.stderr)
        return EXIT_BAD_INPUT
    for parent in (Path(out), *Path(out).parents):
        if parent.exists() and not parent.is_dir():
            print(
                f"timeline export: {parent}: expected a folder for --out, found a file",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
    try:
        written = export_case(case, names, Path(out) / case.id, width=width, scale=scale)
    except ExportError as exc:
        print(f"timeline export: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ExportFailure as exc:
        print(f"timeline export: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        where = exc.filename or out
        print(f"timeline export: cannot write {where}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    for path in written:
        print(path)
    return EXIT_OK
