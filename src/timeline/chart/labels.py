"""Labels: which events get bold labels, their words, and the layers that draw them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any, Final

import altair as alt
import pandas as pd

from timeline.case import LANES, Case
from timeline.chart import signals as sig
from timeline.chart.encoding import Axes, _enc
from timeline.findings import Findings

__all__ = ["label_layers", "lane_heads", "leaders"]

_MAX_LABEL: Final = 30


def _short_title(title: str, limit: int = _MAX_LABEL) -> str:
    """``title`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    if len(title) <= limit:
        return title
    cut = title[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.-–—")
    return cut + "…"


def _given(value: Any) -> str:
    """A cell as text: empty for a missing column, ``None`` or a missing value."""
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return ""
    return str(value).strip()


def _short_label(row: Mapping[str, Any]) -> str:
    """A few words naming an event: its ``label`` if it has one, else its title, shortened.

    The optional ``label`` column gives the short name a newsroom publishes ('July
    tweet'); without one, the title is cut at a word boundary. The id is never used:
    it is a file name, not words for readers.
    """
    return _short_title(_given(row.get("label")) or _given(row.get("title")))


_WEIGHT: Final = {"contradicts": 3, "admits": 3, "reveals": 2, "disputes": 2, "prompted": 1}
"""How much a link makes its two events worth a label: a verdict (contradicts, admits)
most, evidence and an unsettled dispute next, a sequence (prompted) least."""
_KEY_PER_LANE: Final = 5


def _key_events(case: Case, facts: Findings) -> set[str]:
    """Which events get a label: decided by links, never by id.

    Every statement that any link touches, the challenged ones of ``facts`` (admitted,
    contradicted or disputed) first; every practice or disclosure that contradicts,
    reveals or admits something; at most five a lane, the most linked first.
    """
    challenged = {s.id for s in facts.challenged}
    score: Counter[str] = Counter()
    strong: set[str] = set()
    for a, b, rel in zip(case.links["from"], case.links["to"], case.links["relation"], strict=True):
        w = _WEIGHT.get(str(rel), 1)
        score[str(a)] += w
        score[str(b)] += w
        if rel != "prompted":
            strong.update((str(a), str(b)))
    events = case.events
    chosen: set[str] = set()
    for lane in LANES:
        rows = events[events["lane"] == lane]
        if lane == "statement":
            pool = [i for i in rows["id"] if score[str(i)] > 0]
        elif lane == "context":
            pool = [i for i in rows["id"] if score[str(i)] >= 3]
        else:
            pool = [i for i in rows["id"] if str(i) in strong]
        order = {str(i): n for n, i in enumerate(rows["id"])}
        ranked = sorted(
            pool, key=lambda i: (str(i) not in challenged, -score[str(i)], order[str(i)])
        )
        chosen.update(str(i) for i in ranked[:_KEY_PER_LANE])
    return chosen


def _dodge(want: Sequence[float], gap: float, lo: float, hi: float) -> list[float]:
    """Move sorted positions apart by at least ``gap``, keeping them within [lo, hi]."""
    out: list[float] = []
    for w in want:
        out.append(max(w, lo, out[-1] + gap if out else lo))
    over = out[-1] - hi if out else 0.0
    if over > 0:
        for i in range(len(out) - 1, -1, -1):
            limit = hi if i == len(out) - 1 else out[i + 1] - gap
            out[i] = min(out[i], limit)
    return out


def _wrap(text: str, width: int) -> list[str]:
    """Break text into lines of at most ``width`` characters (a title's lines)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def label_layers(axes: Axes) -> tuple[alt.Chart, alt.Chart, alt.Chart, alt.Chart]:
    """The key events' bold labels and the others' small ones, each over a white halo.

    Returns the minor labels' halo, the minor labels, the key labels' halo and the key
    labels, in the order they are drawn.
    """
    events = alt.NamedData(name=sig.EVENTS)
    label_base = alt.Chart(events).transform_filter("datum.key && datum.label")
    minor_base = alt.Chart(events).transform_filter("!datum.key && datum.label")
    label_enc: dict[str, Any] = {
        **axes.t("label_t"),
        **axes.c("label_p"),
        "text": alt.Text("label:N"),
        "opacity": alt.condition(
            f"{sig.HIGHLIGHT} && {sig.LANE_ON}", alt.value(1), alt.value(0.25)
        ),
        "tooltip": alt.Tooltip("tip:N"),
    }
    label_mark: dict[str, Any] = {
        "align": alt.ExprRef(expr="datum.align"),
        "baseline": "middle" if axes.vertical else "bottom",
        "aria": False,
        "cursor": "pointer",
    }
    halo = label_base.mark_text(style="tl-halo", **label_mark).encode(**_enc(**label_enc))
    halo = halo.properties(name=sig.LABEL_HALO)
    labels = label_base.mark_text(style="tl-label", **label_mark).encode(**_enc(**label_enc))
    labels = labels.properties(name=sig.LABELS)
    minor_halo = minor_base.mark_text(style="tl-halo-minor", **label_mark).encode(
        **_enc(**label_enc)
    )
    minor_halo = minor_halo.properties(name=sig.MINOR_LABEL_HALO)
    minor = minor_base.mark_text(style="tl-label-minor", **label_mark).encode(**_enc(**label_enc))
    minor = minor.properties(name=sig.MINOR_LABELS)
    return minor_halo, minor, halo, labels


def leaders(axes: Axes) -> alt.Chart:
    """In the vertical chart, a dotted line from each key event to its label beside the lanes."""
    layer: alt.Chart = (
        alt.Chart(alt.NamedData(name=sig.EVENTS), name=sig.LEADERS)
        .transform_filter("datum.key")
        .mark_rule(style="tl-leader", aria=False)
        .encode(
            **_enc(
                **axes.t("anchor"),
                **axes.t2("label_t"),
                **axes.c("hi"),
                **axes.c2("label_p"),
                opacity=alt.condition(
                    f"{sig.HIGHLIGHT} && {sig.LANE_ON}", alt.value(0.9), alt.value(0.2)
                ),
            )
        )
    )
    return layer


def lane_heads(axes: Axes) -> alt.Chart:
    """In the horizontal chart, each lane's name above it: click it to hide or show the lane."""
    layer: alt.Chart = (
        alt.Chart(alt.NamedData(name=sig.LANES), name=sig.LANE_HEADS)
        .mark_text(style="tl-lane", align="left", baseline="middle", cursor="pointer", dx=4)
        .encode(
            **_enc(
                **axes.c("head"),
                **{axes.time: alt.value(0)},
                text=alt.Text("lane_label:N"),
                opacity=alt.condition(sig.LANE_ON, alt.value(1), alt.value(0.35)),
                tooltip=alt.Tooltip("tip:N"),
                description=alt.Description("lane_label:N"),
            )
        )
    )
    return layer
