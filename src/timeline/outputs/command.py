"""The ``timeline export`` command: load a case, write its formats, list the files."""

from __future__ import annotations

import sys
from pathlib import Path

from timeline.case import load_case
from timeline.errors import CaseError
from timeline.exitcode import ExitCode
from timeline.outputs.registry import (
    ExportError,
    ExportFailure,
    check_size,
    export_case,
    parse_formats,
)

__all__ = ["export_command"]


def export_command(
    case_dir: Path, formats: list[str], out: Path, width: int | None, scale: float
) -> ExitCode:
    """Run ``timeline export``: write ``out/<case-id>/`` and list the files on stdout.

    Parameters
    ----------
    case_dir
        The case's folder.
    formats
        Format names as given on the command line (each may be a comma-separated list).
    out
        The folder to write ``<case-id>/`` into, created when missing.
    width
        Chart width in pixels, or ``None`` for the defaults of :func:`export_case`.
    scale
        Pixel density of ``chart.png``.

    Returns
    -------
    ExitCode
        ``OK`` (0) when every file was written; ``BAD_INPUT`` (2) for a user's mistake
        (unknown format, bad width or scale, a case with problems, an ``--out`` that is a
        file or the case's own folder), with a one-line message (a case lists all its
        problems); ``FAILED`` (1) when a format could not be rendered or written.
    """
    try:
        names = parse_formats(formats)
        check_size(width, scale)
    except ExportError as exc:
        print(f"timeline export: {exc}", file=sys.stderr)
        return ExitCode.BAD_INPUT
    try:
        case = load_case(case_dir)
    except CaseError as exc:
        print(exc.report(), file=sys.stderr)
        return ExitCode.BAD_INPUT
    for parent in (Path(out), *Path(out).parents):
        if parent.exists() and not parent.is_dir():
            print(
                f"timeline export: {parent}: expected a folder for --out, found a file",
                file=sys.stderr,
            )
            return ExitCode.BAD_INPUT
    try:
        written = export_case(case, names, Path(out) / case.id, width=width, scale=scale)
    except ExportError as exc:
        print(f"timeline export: {exc}", file=sys.stderr)
        return ExitCode.BAD_INPUT
    except ExportFailure as exc:
        print(f"timeline export: {exc}", file=sys.stderr)
        return ExitCode.FAILED
    except OSError as exc:
        where = exc.filename or out
        print(f"timeline export: cannot write {where}: {exc.strerror or exc}", file=sys.stderr)
        return ExitCode.FAILED
    for path in written:
        print(path)
    return ExitCode.OK
