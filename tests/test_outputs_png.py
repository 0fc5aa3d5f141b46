"""Tests of timeline.outputs.png: the asked width and pixel density."""

from __future__ import annotations

from pathlib import Path

from timeline.case import Case
from timeline.outputs import export_case


def test_png_has_the_asked_size(first_case: Case, tmp_path: Path) -> None:
    import struct

    export_case(first_case, ["png"], tmp_path / "a", width=600, scale=1)
    export_case(first_case, ["png"], tmp_path / "b", width=600, scale=2)
    sizes = []
    for name in ("a", "b"):
        data = (tmp_path / name / "chart.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        sizes.append(struct.unpack(">II", data[16:24]))
    (w1, h1), (w2, h2) = sizes
    # The width is the plot's; axis labels and the legend add to the image.
    assert w1 >= 600
    assert (w2, h2) == (2 * w1, 2 * h1)
