"""Timeline charts of a case: events by lane over time."""

from __future__ import annotations

import altair as alt
import pandas as pd

from timeline.case import Case

__all__ = ["timeline_chart"]


def timeline_chart(case: Case) -> alt.LayerChart:
    """Draw a case's events by lane over time, with the quote in the tooltip."""
    events = case.events.assign(
        start=case.events["start"].fillna(case.events["end"]),
        end=case.events["end"].fillna(case.events["start"]),
        lane=case.events["lane"].astype(str),
    )
    base = alt.Chart(pd.DataFrame(events)).encode(
        y=alt.Y("lane:N", title=None),
        tooltip=["title:N", "date:N", "quote:N", "source:N"],
    )
    bars = base.mark_bar(height=8).encode(x=alt.X("start:T", title=None), x2="end:T")
    points = base.mark_point(filled=True).encode(x="start:T")
    return alt.layer(bars, points).properties(title=case.meta.title, width=700)
