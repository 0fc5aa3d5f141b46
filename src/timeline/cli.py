"""The ``timeline`` command: validate cases, resolve dates, render reports."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from timeline import paths
from timeline.errors import CaseError
from timeline.exitcode import ExitCode

__all__ = ["main"]


def _case_dirs(given: Sequence[str], every: bool) -> list[Path]:
    dirs = [Path(p) for p in given]
    if every:
        from timeline.case import find_cases

        dirs.extend(d for d in find_cases(paths.CASES) if d not in dirs)
    return dirs


def _cmd_validate(args: argparse.Namespace) -> int:
    """Check each case; print its summary, then its warnings (to stderr, not failing)."""
    from timeline.case import load_case
    from timeline.findings import case_warnings

    status = ExitCode.OK
    for folder in _case_dirs(args.cases, args.all):
        try:
            case = load_case(folder)
        except CaseError as exc:
            print(exc.report(), file=sys.stderr)
            status = ExitCode.BAD_INPUT
        else:
            print(case.summary(), flush=True)
            for warning in case_warnings(case):
                print(f"warning: {warning}", file=sys.stderr)
    return status


def _cmd_dates(args: argparse.Namespace) -> int:
    if args.find:
        from timeline.dates import find_command

        return find_command(args.find, args.published, args.format)
    from timeline.dates import dates_command

    return dates_command(list(args.texts), args.published, args.file)


def _cmd_draft(args: argparse.Namespace) -> int:
    from timeline.draft import draft_command

    return draft_command(
        Path(args.article),
        published=args.published,
        out=Path(args.out),
        outlet=args.outlet,
        url=args.url,
        title=args.title,
        byline=args.byline,
    )


def _cmd_report(args: argparse.Namespace) -> int:
    from timeline.report import report_command

    dirs = _case_dirs(args.cases, args.all)
    if not dirs:
        print("timeline report: name at least one case folder, or use --all", file=sys.stderr)
        return ExitCode.BAD_INPUT
    limit = {} if args.timeout is None else {"timeout": args.timeout}
    return report_command(
        dirs,
        out=Path(args.out),
        jobs=args.jobs,
        scheduler=args.scheduler,
        force=args.force,
        **limit,
    )


def _cmd_export(args: argparse.Namespace) -> int:
    from timeline.outputs import export_command

    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    return export_command(
        Path(args.case), formats, out=Path(args.out), width=args.width, scale=args.scale
    )


def _cmd_preview(args: argparse.Namespace) -> int:
    from timeline.preview import preview_command

    return preview_command(Path(args.case), port=args.port, open_browser=args.open)


def _cmd_import(args: argparse.Namespace) -> int:
    from timeline.importers import timelinejs_command

    return timelinejs_command(
        Path(args.source),
        article=Path(args.article),
        published=args.published,
        url=args.url,
        out=Path(args.out),
        lanes=args.lane,
        title=args.title,
        outlet=args.outlet,
    )


def _add_export(sub: Any) -> None:
    export = sub.add_parser("export", help="write a case's chart and tables in newsroom formats")
    export.add_argument("case", metavar="CASE_DIR")
    export.add_argument(
        "--format",
        required=True,
        metavar="FMT[,FMT...]",
        help="html, embed, vega-lite, svg, png, pdf, timelinejs, claimreview, claims, csv, parquet",
    )
    export.add_argument(
        "--out",
        default=str(paths.ROOT / "exports"),
        metavar="DIR",
        help="files go to DIR/<case-id>/ (default: exports/)",
    )
    export.add_argument(
        "--width",
        type=int,
        default=None,
        metavar="PX",
        help="plot width in pixels (svg, png and pdf default to 900; pages follow the window)",
    )
    export.add_argument("--scale", type=float, default=2.0, help="png pixel density (default 2)")
    export.set_defaults(func=_cmd_export)


def _add_draft(sub: Any) -> None:
    draft = sub.add_parser("draft", help="draft a new case from an article's text")
    draft.add_argument("article", metavar="ARTICLE.txt")
    draft.add_argument("--published", required=True, metavar="YYYY-MM-DD")
    draft.add_argument("--out", required=True, metavar="CASE_DIR")
    draft.add_argument("--outlet", default=None)
    draft.add_argument(
        "--url", required=True, metavar="URL", help="required: the story's http(s) address"
    )
    draft.add_argument("--title", default=None, help="the headline (default: the first line)")
    draft.add_argument("--byline", default=None)
    draft.set_defaults(func=_cmd_draft)


def _add_preview(sub: Any) -> None:
    preview = sub.add_parser("preview", help="a live page of a case that redraws on every save")
    preview.add_argument("case", metavar="CASE_DIR")
    preview.add_argument(
        "--port", type=int, default=8765, metavar="N", help="port on 127.0.0.1 (0: any free one)"
    )
    preview.add_argument("--open", action="store_true", help="open the page in a browser")
    preview.set_defaults(func=_cmd_preview)


def _add_import(sub: Any) -> None:
    imp = sub.add_parser("import", help="make a case of draft events from another tool's file")
    kinds = imp.add_subparsers(dest="kind", required=True, metavar="KIND")
    tl = kinds.add_parser("timelinejs", help="TimelineJS JSON, or a CSV of its Google Sheet")
    tl.add_argument("source", metavar="SOURCE")
    tl.add_argument("--article", required=True, metavar="FILE", help="the story's text")
    tl.add_argument("--published", required=True, metavar="YYYY-MM-DD")
    tl.add_argument("--url", required=True, metavar="URL", help="the story's http(s) address")
    tl.add_argument("--out", required=True, metavar="CASE_DIR")
    tl.add_argument(
        "--lane",
        action="append",
        default=[],
        metavar="GROUP=LANE",
        help="put a TimelineJS group's slides in a lane (others go to context)",
    )
    tl.add_argument("--title", default=None, help="the headline (default: the title slide's)")
    tl.add_argument("--outlet", default=None, help="the publication (default: the URL's host)")
    tl.set_defaults(func=_cmd_import)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for ``timeline``."""
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Sourced event timelines: what officials said next to what was happening.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    validate = sub.add_parser("validate", help="check case folders and summarise them")
    validate.add_argument("cases", nargs="*", metavar="CASE_DIR")
    validate.add_argument("--all", action="store_true", help="every case under data/cases/")
    validate.set_defaults(func=_cmd_validate)

    dates = sub.add_parser("dates", help="resolve date wording to ranges, as JSON lines")
    dates.add_argument("texts", nargs="*", metavar="TEXT")
    dates.add_argument("--published", metavar="YYYY-MM-DD", help="the story's publication date")
    dates.add_argument("--file", metavar="F", help="texts one a line, or a CSV (text,published)")
    dates.add_argument("--find", metavar="FILE", help="find every date in an article's text")
    dates.add_argument("--format", choices=("json", "timeml"), default="json")  # with --find
    dates.set_defaults(func=_cmd_dates)

    report = sub.add_parser("report", help="render case reports with papermill")
    report.add_argument("cases", nargs="*", metavar="CASE_DIR")
    report.add_argument("--all", action="store_true", help="every case under data/cases/")
    report.add_argument("--out", default=str(paths.REPORTS), metavar="DIR")
    report.add_argument("--jobs", type=int, default=1, metavar="N", help="cases at once")
    report.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="time limit for each case's notebook; past it the case fails (default 600)",
    )
    report.add_argument(
        "--force",
        action="store_true",
        help="render every case, even one whose inputs and report are unchanged",
    )
    report.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="a Dask distributed scheduler to send the work to (pip install -e '.[dask]')",
    )
    report.set_defaults(func=_cmd_report)

    _add_export(sub)
    _add_draft(sub)
    _add_preview(sub)
    _add_import(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``timeline`` command and return its exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "validate" and not args.all and not args.cases:
        parser.error("name at least one case folder, or use --all")
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``timeline dates ... | head -1``): stop quietly, and keep
        # Python from complaining again when it flushes standard output at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitCode.BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
