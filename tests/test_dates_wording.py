"""Tests of timeline.dates.wording: resolved dates in words, and the dates slides show."""

from __future__ import annotations

from typing import Any

import pandas as pd

from timeline.dates.wording import display_date, resolved_words


def test_resolved_words_cover_every_precision() -> None:
    def row(start: str | None, end: str | None, precision: str, edtf: str, **kw: Any) -> pd.Series:
        return pd.Series(
            {
                "date": kw.get("date", edtf),
                "start": pd.Timestamp(start) if start else pd.NaT,
                "end": pd.Timestamp(end) if end else pd.NaT,
                "precision": precision,
                "edtf": edtf,
                "approximate": kw.get("approximate", False),
                "open_start": start is None,
                "open_end": end is None,
            }
        )

    assert resolved_words(row("2017-06-01", "2017-08-31", "season", "2017-22")) == (
        "June 2017 to August 2017"
    )
    assert resolved_words(row("2010-01-01", "2019-12-31", "decade", "201X")) == "2010 to 2019"
    assert resolved_words(row("2017-10-02", "2017-10-08", "week", "2017-10-02/2017-10-08")) == (
        "2 October 2017 to 8 October 2017"
    )
    assert resolved_words(row("2017-01-01", "2017-12-31", "year", "2017~", approximate=True)) == (
        "2017 (approximate)"
    )
    assert resolved_words(row("2017-03-01", None, "month", "2017-03/..")) == (
        "on or after March 2017"
    )
    hostile = row("2017-07-01", "2017-07-31", "month", "2017-07", date="in July <b>&amp;")
    assert display_date(hostile) == "July 2017"


def test_every_output_writes_dates_in_one_style() -> None:
    """The chart's transcript, the claims table and TimelineJS say a day the same way."""
    import json

    from timeline import load_case, paths
    from timeline.chart import transcript_markdown
    from timeline.claims import claims_table
    from timeline.outputs import timelinejs_data
    from timeline.report import sections

    case = load_case(paths.FIRST_CASE)
    slides = json.dumps(timelinejs_data(case), ensure_ascii=False)
    texts = {
        "transcript": transcript_markdown(case),
        "claims": claims_table(case).to_csv(),
        "timelinejs": slides,
        "report": sections.headline_html(case) + sections.finding_html(case),
    }
    for name, text in texts.items():
        assert "9 October 2017" in text, name
        assert "October 9, 2017" not in text, name
        assert "(2017-10-09)" not in text, name
    assert "2017-10-09" not in texts["report"], "the report's prose writes no ISO dates"
