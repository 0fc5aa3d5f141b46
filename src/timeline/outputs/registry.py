"""The format registry: each format's name, files and writer, and ``export_case``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from timeline.case import Case
from timeline.files import write_atomic
from timeline.outputs.claimreview import write_claimreview
from timeline.outputs.claimstable import write_claims
from timeline.outputs.common import Writer
from timeline.outputs.embed import write_embed
from timeline.outputs.page import write_html
from timeline.outputs.pdf import write_pdf
from timeline.outputs.png import write_png
from timeline.outputs.static import shared_specs
from timeline.outputs.svg import write_svg
from timeline.outputs.tables import write_csv, write_parquet
from timeline.outputs.timelinejs import write_timelinejs
from timeline.outputs.vegalite import write_vega_lite

__all__ = [
    "FILES",
    "FORMATS",
    "ExportError",
    "ExportFailure",
    "Format",
    "check_size",
    "export_case",
    "parse_formats",
]


class ExportError(ValueError):
    """A user's mistake in an export request: an unknown format, a bad width or folder."""


class ExportFailure(RuntimeError):
    """A format that could not be rendered; the message names it, ``__cause__`` says why."""


@dataclass(frozen=True)
class Format:
    """One output format.

    Attributes
    ----------
    name
        The name users give (``--format``).
    files
        The names of the files it writes, in the order they are listed.
    writer
        ``writer(case, width, scale)``: the bytes of each of ``files``, by name.
    """

    name: str
    files: tuple[str, ...]
    writer: Writer


# Every format, once, in the order export_case writes them.
_REGISTRY: dict[str, Format] = {
    f.name: f
    for f in (
        Format("html", ("timeline.html",), write_html),
        Format("embed", ("embed.html", "embed-snippet.html"), write_embed),
        Format("vega-lite", ("chart.vl.json",), write_vega_lite),
        Format("svg", ("chart.svg",), write_svg),
        Format("png", ("chart.png",), write_png),
        Format("pdf", ("chart.pdf",), write_pdf),
        Format("timelinejs", ("timelinejs.json",), write_timelinejs),
        Format("claimreview", ("claimreview.jsonld",), write_claimreview),
        Format("claims", ("claims.csv",), write_claims),
        Format("csv", ("events.csv", "links.csv"), write_csv),
        Format("parquet", ("events.parquet", "links.parquet"), write_parquet),
    )
}

FORMATS: tuple[str, ...] = tuple(_REGISTRY)
"""Every format ``export_case`` knows, in the order it writes them."""

FILES: dict[str, tuple[str, ...]] = {name: f.files for name, f in _REGISTRY.items()}
"""The files each format writes."""

MIN_WIDTH, MAX_WIDTH = 200, 10000
MIN_SCALE, MAX_SCALE = 0.25, 10.0


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


def check_size(width: int | None, scale: float) -> None:
    """Check a chart width and a PNG scale.

    Raises
    ------
    ExportError
        When ``width`` is not a whole number of pixels from 200 to 10000, or ``scale``
        is not from 0.25 to 10.
    """
    if width is not None and not (
        isinstance(width, int) and MIN_WIDTH <= width <= MAX_WIDTH and width is not True
    ):
        raise ExportError(
            f"width {width!r}: expected a whole number of pixels from {MIN_WIDTH} to {MAX_WIDTH}"
        )
    if not (MIN_SCALE <= float(scale) <= MAX_SCALE):
        raise ExportError(f"scale {scale!r}: expected a number from {MIN_SCALE} to {MAX_SCALE}")


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
    claims        ``claims.csv``                              every public statement,
                                                              its status and rating
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
    check_size(width, scale)
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder}: expected a folder to write into, found a file")
    if folder.resolve() == Path(case.path).resolve():
        raise ExportError(
            f"{folder}: expected a folder other than the case's own folder "
            "(exports would overwrite events.csv and links.csv)"
        )
    rendered: dict[str, bytes] = {}
    with shared_specs():
        for name in names:
            try:
                rendered.update(_REGISTRY[name].writer(case, width, float(scale)))
            except Exception as exc:
                detail = " ".join(line.strip() for line in str(exc).strip().splitlines()[:2])
                raise ExportFailure(
                    f"{case.id}: could not render {name}: {type(exc).__name__}: {detail}"
                ) from exc
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name in names:
        for file_name in FILES[name]:
            target = folder / file_name
            write_atomic(target, rendered[file_name])
            written.append(target)
    return written
