"""Tests of timeline.outputs.pdf: one canonical document, whatever vl-convert's order."""

from __future__ import annotations

from pathlib import Path

import pytest

from outputs_support import CHART_FORMATS
from timeline.case import Case
from timeline.outputs import canonical_pdf, export_case


@pytest.fixture(scope="module")
def first_export(first_case: Case, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first case's chart formats, written together."""
    out = tmp_path_factory.mktemp("first")
    export_case(first_case, CHART_FORMATS, out)
    return out


def test_canonical_pdf_leaves_unknown_bytes_alone() -> None:
    assert canonical_pdf(b"not a pdf") == b"not a pdf"


def test_pdf_is_one_canonical_document(
    first_export: Path, first_case: Case, tmp_path: Path
) -> None:
    data = (first_export / "chart.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    # Every cross-reference entry points at its object.
    xref_at = int(data.rsplit(b"startxref\n", 1)[1].split()[0])
    lines = data[xref_at:].split(b"\n")
    count = int(lines[1].split()[1])
    offsets = [int(line[:10]) for line in lines[3 : 2 + count]]
    for number, offset in enumerate(offsets, start=1):
        assert data[offset:].startswith(b"%d 0 obj\n" % number)
    # Several renders (vl-convert orders fonts at random) give the same bytes.
    for n in range(4):
        export_case(first_case, ["pdf"], tmp_path / str(n))
        assert (tmp_path / str(n) / "chart.pdf").read_bytes() == data
