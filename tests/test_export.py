"""The deprecated modules timeline.export, .timelinejs and .claimreview still serve their names."""

from __future__ import annotations

import subprocess
import sys

import pytest

import timeline.dates.wording
import timeline.outputs

#: Each deprecated module and the names it served (its ``__all__`` before the move).
OLD_NAMES = {
    "timeline.export": (
        "FILES", "FORMATS", "STATIC_WIDTH", "ExportError", "ExportFailure", "canonical_pdf",
        "canonical_svg", "events_table", "export_case", "export_command", "json_bytes",
        "links_table", "parse_formats",
    ),
    "timeline.timelinejs": (
        "LANE_LABELS", "display_date", "resolved_words", "safe_url", "timelinejs_data",
    ),
    "timeline.claimreview": ("claim_reviews", "person_or_organization"),
}  # fmt: skip


@pytest.mark.parametrize("module", sorted(OLD_NAMES))
def test_deprecated_module_serves_the_new_objects(module: str) -> None:
    old = __import__(module, fromlist=["_"])
    assert (old.__doc__ or "").startswith("Deprecated: use timeline.outputs")
    assert set(OLD_NAMES[module]) <= set(old.__all__)  # every old name, and maybe more
    homes = (timeline.outputs, timeline.dates.wording)
    for name in OLD_NAMES[module]:
        new = [getattr(home, name) for home in homes if hasattr(home, name)]
        if name in ("LANE_LABELS", "safe_url"):  # never an output's own: kept from their homes
            continue
        assert new and getattr(old, name) is new[0], (module, name)


def test_timelinejs_keeps_its_neighbours_names() -> None:
    from timeline.case import LANE_LABELS
    from timeline.timelinejs import LANE_LABELS as old_labels
    from timeline.timelinejs import safe_url
    from timeline.web.escaping import safe_url as home

    assert old_labels is LANE_LABELS and safe_url is home


def test_importing_a_deprecated_module_warns_nothing() -> None:
    code = "import timeline.export, timeline.timelinejs, timeline.claimreview\n"
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
