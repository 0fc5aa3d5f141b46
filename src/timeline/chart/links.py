"""Links between events: where each rule runs, its colour and dash by relation, its layers."""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd

from timeline.case import RELATIONS
from timeline.chart import signals as sig
from timeline.chart.encoding import Axes, _enc
from timeline.chart.frame import _Frame
from timeline.chart.layout import _Layout
from timeline.chart.theme import LINK_COLOURS
from timeline.chart.units import _rows
from timeline.chart.words import RELATION_LABELS

__all__ = ["LINK_DASHES", "link_layers", "link_relations"]

LINK_DASHES: dict[str, list[float]] = {
    "contradicts": [1, 0],
    "reveals": [6, 3],
    "admits": [2, 2.5],
    "prompted": [1, 3],
    "disputes": [7, 2, 1, 2],
}
"""The dash of each relation's line: solid, dashed, dotted, sparse dots, dash-dot."""

#: The relations every chart's legend lists; the others only when the case has them.
_ALWAYS: tuple[str, ...] = ("contradicts", "reveals", "admits", "prompted")


def link_relations(links: pd.DataFrame) -> list[str]:
    """The relations a chart's links legend lists, in :data:`RELATIONS` order.

    The four original relations always, so every chart keys them alike; ``disputes`` only
    when the case has such a link.
    """
    present = set(links["relation"].astype(str)) if "relation" in links else set()
    return [r for r in RELATIONS if r in _ALWAYS or r in present]


def _colour_scale(relations: list[str]) -> alt.Scale:
    """Link colours by relation: the theme's ``ordinal`` range, extended for disputes."""
    labels = [RELATION_LABELS[r] for r in relations]
    if list(relations) == list(_ALWAYS):
        return alt.Scale(domain=labels, range="ordinal")
    colours = [LINK_COLOURS[RELATIONS.index(r)] for r in relations]
    return alt.Scale(domain=labels, range=colours)


def _connectors(fr: _Frame, lay: _Layout) -> list[dict[str, Any]]:
    """One record a link: where it starts and ends, in time and cross-axis units."""
    ev = {str(r["id"]): r for r in _rows(lay.events)}
    title = {k: str(r["title"]) for k, r in ev.items()}
    out: list[dict[str, Any]] = []
    for n, rec in enumerate(_rows(fr.links)):
        a, b = str(rec["from"]), str(rec["to"])
        ea, eb = ev[a], ev[b]
        if ea["vis0_ms"] <= eb["anchor_ms"] <= ea["vis1_ms"]:
            ta = tb = float(eb["anchor_ms"])
        elif eb["vis0_ms"] <= ea["anchor_ms"] <= eb["vis1_ms"]:
            ta = tb = float(ea["anchor_ms"])
        else:
            ta, tb = float(ea["anchor_ms"]), float(eb["anchor_ms"])
        relation = str(rec["relation"])
        note = str(rec.get("note", "") or "")
        tip = {
            "title": f"{RELATION_LABELS[relation].capitalize()}",
            "From": title[a],
            "To": title[b],
        }
        if note:
            tip["Note"] = note
        out.append(
            {
                "link": n,
                "from": a,
                "to": b,
                "relation": relation,
                "relation_label": RELATION_LABELS[relation],
                "ta": ta,
                "tb": tb,
                "pa": float(ea["pos"]),
                "pb": float(eb["pos"]),
                "group": f"|{a}|{b}|",
                "lane_a": ea["lane_label"],
                "lane_b": eb["lane_label"],
                "tip": tip,
                "aria": f"Link: {title[a]} {RELATION_LABELS[relation]} {title[b]}."
                + (f" {note}" if note else ""),
            }
        )
    # spread links that would be drawn on top of each other, a few pixels apart
    step = 3.5 / lay.px_per_ms
    tol = 2.5 / lay.px_per_ms
    straight = sorted(
        (r for r in out if r["ta"] == r["tb"]),
        key=lambda r: (r["ta"], RELATIONS.index(r["relation"]), r["pa"], r["pb"], r["link"]),
    )
    groups: list[list[dict[str, Any]]] = []
    for r in straight:
        if groups and abs(r["ta"] - groups[-1][0]["ta"]) <= tol:
            groups[-1].append(r)
        else:
            groups.append([r])
    for group in groups:
        # links that share a time but not rows do not overlap; still spread them all
        k = len(group)
        for i, r in enumerate(group):
            shift = (i - (k - 1) / 2) * step
            r["ta"] += shift
            r["tb"] += shift
    return out


def _relation_channels(
    *, vertical: bool, dashed: bool = True, relations: list[str] | None = None
) -> dict[str, Any]:
    """Colour, dash and width of the connectors by relation, with the links legend.

    Without ``dashed`` (a large case) every connector is solid: zoomed in, a dashed line
    thousands of pixels long takes a browser seconds to paint, and a large case has
    thousands of them. ``relations`` are the ones the legend lists (by default
    :func:`link_relations` of a case without disputes).
    """
    relations = list(_ALWAYS) if relations is None else relations
    labels = [RELATION_LABELS[r] for r in relations]
    legend = alt.Legend(
        title="Links",
        symbolType="stroke",
        orient="bottom" if vertical else "top",
        direction="horizontal",
        columns=2 if vertical else len(labels),
    )
    channels: dict[str, Any] = {
        "color": alt.Color("relation_label:N", scale=_colour_scale(relations), legend=legend)
    }
    if dashed:
        channels["strokeDash"] = alt.StrokeDash(
            "relation_label:N",
            scale=alt.Scale(domain=labels, range=[LINK_DASHES[r] for r in relations]),
            legend=legend,
        )
    channels["strokeWidth"] = alt.condition(
        "datum.relation === 'contradicts'", alt.value(2.6), alt.value(1.5)
    )
    return channels


def link_layers(fr: _Frame, axes: Axes) -> tuple[alt.Chart, alt.Chart]:
    """The links as rules between events, and a dot where each lands on the event it names.

    A large case has links by the thousand: they stay faint until an event is picked.
    """
    large = fr.density.aggregated
    relations = link_relations(fr.links)
    link_shown = f"{sig.SEL_ID} && {sig.HIGHLIGHT}" if large else sig.HIGHLIGHT
    link_faint = 0.05 if large else 0.06
    connectors = (
        alt.Chart(alt.NamedData(name=sig.LINKS), name=sig.CONNECTORS)
        .mark_rule(ariaRoleDescription="link")
        .encode(
            **_enc(
                **axes.t("ta"),
                **axes.t2("tb"),
                **axes.c("pa"),
                **axes.c2("pb"),
                **_relation_channels(vertical=axes.vertical, dashed=not large, relations=relations),
                opacity=alt.condition(
                    f"{link_shown} && {sig.LINK_ON}", alt.value(0.95), alt.value(link_faint)
                ),
                tooltip=alt.Tooltip("tip:N"),
                description=alt.Description("aria:N"),
            )
        )
    )
    # a dot where each link lands on the event it points to (the statement it
    # contradicts, the practice it reveals), drawn over the bars; without a tooltip it
    # is not interactive, so a click goes through to the event underneath
    link_ends = (
        alt.Chart(alt.NamedData(name=sig.LINKS), name=sig.LINK_ENDS)
        .mark_point(shape="circle", filled=True, size=26, aria=False)
        .encode(
            **_enc(
                **axes.t("tb"),
                **axes.c("pb"),
                color=alt.Color("relation_label:N", scale=_colour_scale(relations), legend=None),
                opacity=alt.condition(
                    f"{link_shown} && {sig.LINK_ON}", alt.value(1), alt.value(link_faint)
                ),
            )
        )
    )
    return connectors, link_ends
