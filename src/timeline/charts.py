"""The statement-versus-practice timeline: lanes, links, labels, the finding and a transcript."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, cast

import altair as alt
import numpy as np
import pandas as pd

from timeline.case import LANES, RELATIONS, Case
from timeline.claims import MONTH_DAYS, gap_text
from timeline.density import Density, anchors, density
from timeline.files import write_atomic
from timeline.findings import Findings, findings
from timeline.html import Detail, Variant, escape, page, responsive_fragment, script_json
from timeline.text import MONTHS, plural

__all__ = [
    "BREAKPOINT",
    "LANE_LABELS",
    "THEME",
    "WIDE",
    "Finding",
    "chart_html",
    "finding",
    "save_html",
    "theme",
    "timeline_chart",
    "transcript",
    "transcript_html",
    "transcript_markdown",
]

THEME: Final = "timeline"
"""Name of the house Altair theme.

Importing this module registers it without enabling it: the active Altair theme is left
as it was. The package enables it only while it serialises a chart (``with
alt.theme.enable(THEME):``), and every chart :func:`timeline_chart` returns carries the
theme's config itself.
"""

BREAKPOINT: Final = 500
"""Below this container width (CSS pixels) pages draw the vertical variant."""

WIDE: Final = 660
"""From this width (CSS pixels) the horizontal chart lays its lane legend out in one row."""

LANE_LABELS: Final[dict[str, str]] = {
    "statement": "What officials said",
    "practice": "What happened behind the scenes",
    "disclosure": "Oversight and disclosure",
    "context": "Context",
}
"""Plain words for each lane, in :data:`timeline.case.LANES` order."""

RELATION_LABELS: Final[dict[str, str]] = {
    "contradicts": "contradicts",
    "reveals": "reveals",
    "admits": "admits it was not accurate",
    "prompted": "prompted",
}
"""Legend words for each kind of link, in :data:`timeline.case.RELATIONS` order."""

_PASSIVE: Final[dict[str, str]] = {
    "contradicts": "contradicted by",
    "reveals": "revealed by",
    "admits": "admitted not accurate by",
    "prompted": "prompted by",
}

# --- the house theme ---------------------------------------------------------------------

# Okabe & Ito's colour-blind-safe palette, plus greys for ink and structure.
_BLUE: Final = "#0072B2"
_ORANGE: Final = "#E69F00"
_GREEN: Final = "#009E73"
_VERMILLION: Final = "#D55E00"
_PURPLE: Final = "#CC79A7"
_SKY: Final = "#56B4E9"
_YELLOW: Final = "#F0E442"
_GREY: Final = "#8C8C8C"
_INK: Final = "#1F1F1F"
_MUTED: Final = "#595959"
_RULE: Final = "#D9D9D9"
_BAND: Final = "#F4F4F1"
_PAPER: Final = "#FFFFFF"
_FONT: Final = "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif"

_LABEL_PX: Final = 11
_CHAR_PX: Final = 6.4  # a generous average advance of the bold label font at _LABEL_PX
_MINOR_CHAR_PX: Final = 5.7  # the same for the regular weight at _MINOR_PX
_MINOR_PX: Final = 10.5
_ROW_PX: Final = 24  # one sub-row of a lane in the horizontal chart


def theme() -> alt.theme.ThemeConfig:
    """Return the house theme: type, colours and sizes for every timeline chart.

    Lane colours are the named range ``category`` (statement, practice, disclosure,
    context, in that order) and link colours the named range ``ordinal`` (contradicts,
    reveals, admits, prompted). Marks pick their look with the named styles under
    ``config.style`` (``tl-*``), so no chart carries inline colours or fonts.
    """
    config: dict[str, Any] = {
        "font": _FONT,
        "background": _PAPER,
        "padding": {"left": 6, "right": 6, "top": 6, "bottom": 6},
        "view": {"stroke": None},
        "title": {
            "anchor": "start",
            "color": _INK,
            "fontSize": 17,
            "fontWeight": 700,
            "lineHeight": 22,
            "subtitleColor": _MUTED,
            "subtitleFontSize": 13,
            "subtitleLineHeight": 18,
            "subtitlePadding": 6,
            "offset": 14,
        },
        "axis": {
            "domainColor": _RULE,
            "gridColor": _RULE,
            "gridOpacity": 0.8,
            "labelColor": _MUTED,
            "labelFontSize": 11,
            "tickColor": _RULE,
            "titleColor": _MUTED,
            "titleFontSize": 11,
            "titleFontWeight": "normal",
        },
        "legend": {
            "labelColor": _INK,
            "labelFontSize": 12,
            "labelLimit": 260,
            "titleColor": _INK,
            "titleFontSize": 12,
            "titleFontWeight": 700,
            "symbolStrokeWidth": 2.5,
            "columnPadding": 14,
            "rowPadding": 4,
            "offset": 16,
            # Vega's legend layout, as the expression Vega-Lite's schema asks for: top
            # legends one under the other, bottom ones too, both flush left
            "layout": {
                "expr": "{top: {anchor: 'start', direction: 'vertical', margin: 8},"
                " bottom: {anchor: 'start', direction: 'vertical', margin: 8}}"
            },
        },
        "range": {
            "category": [_BLUE, _PURPLE, _GREEN, _GREY, _VERMILLION, _ORANGE, _SKY, _YELLOW],
            "ordinal": [_VERMILLION, _GREEN, _ORANGE, _GREY],
        },
        "text": {"color": _INK, "fontSize": _LABEL_PX},
        "rule": {"strokeCap": "round"},
        "point": {"filled": True, "size": 72, "strokeWidth": 1.6},
        "rect": {"strokeWidth": 1.4},
        "style": {
            "tl-label": {"color": _INK, "fontSize": _LABEL_PX, "fontWeight": 600},
            "tl-halo": {
                "color": _INK,
                "fontSize": _LABEL_PX,
                "fontWeight": 600,
                "stroke": _PAPER,
                "strokeWidth": 3.5,
                "strokeJoin": "round",
                "strokeOpacity": 0.9,
            },
            "tl-label-minor": {"color": _MUTED, "fontSize": _MINOR_PX, "fontWeight": 400},
            "tl-halo-minor": {
                "color": _MUTED,
                "fontSize": _MINOR_PX,
                "fontWeight": 400,
                "stroke": _PAPER,
                "strokeWidth": 3.5,
                "strokeJoin": "round",
                "strokeOpacity": 0.9,
            },
            "tl-lane": {"color": _INK, "fontSize": 12.5, "fontWeight": 700},
            "tl-band": {"color": _BAND, "opacity": 0.75},
            "tl-leader": {"color": _GREY, "strokeWidth": 0.8, "strokeDash": [2, 2]},
            "tl-ov-event": {"opacity": 0.8},
            "tl-ov-band": {"color": _BAND},
        },
    }
    return cast(alt.theme.ThemeConfig, {"config": config})


alt.theme.register(THEME, enable=False)(theme)


# --- dates in words -----------------------------------------------------------------------

_MONTHS: Final = MONTHS
_SEASONS: Final = {"21": "spring", "22": "summer", "23": "autumn", "24": "winter"}
_DAY: Final = pd.Timedelta(days=1)


def _day(ts: pd.Timestamp, *, year: bool = True) -> str:
    text = f"{ts.day} {_MONTHS[ts.month - 1]}"
    return f"{text} {ts.year}" if year else text


def _span_days(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """Words for an inclusive span of days: '1–31 July 2017', '1 January to 9 October 2017'."""
    if start == end:
        return _day(start)
    if start.year == end.year and start.month == end.month:
        return f"{start.day}–{end.day} {_MONTHS[end.month - 1]} {end.year}"
    if start.year == end.year:
        return f"{_day(start, year=False)} to {_day(end)}"
    return f"{_day(start)} to {_day(end)}"


def _unit_words(start: pd.Timestamp, end: pd.Timestamp, precision: str, edtf: str) -> str:
    """Words for a date at its own precision: 'July 2017', 'spring 2017', 'the 2010s'."""
    if precision == "day":
        return _span_days(start, end)
    if precision == "week":
        return f"the week of {_day(start)}"
    if precision == "month" and start.month == end.month and start.year == end.year:
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if precision == "season":
        code = edtf.rstrip("?~%")[-2:]
        return f"{_SEASONS.get(code, 'season of')} {start.year}"
    if precision == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if precision == "year" and start.year == end.year:
        return str(start.year)
    if precision == "decade":
        return f"the {start.year - start.year % 10}s"
    return _span_days(start, end)


def _resolved(row: Mapping[str, Any]) -> str:
    """The resolved date in words, with its precision: 'on or before 9 October 2017 (day)'."""
    start, end = row["start"], row["end"]
    precision = str(row["precision"])
    if bool(row["open_start"]) and bool(row["open_end"]):
        text = "date unknown"
    elif bool(row["open_start"]):
        text = f"on or before {_day(end)}"
    elif bool(row["open_end"]):
        text = f"on or after {_day(start)}"
    else:
        text = _span_days(start, end)
    if bool(row["approximate"]):
        text = f"about {text}"
    return f"{text} ({precision})"


def _when(row: Mapping[str, Any]) -> str:
    """A short date for prose: when an event began, at its precision ('July 2017')."""
    start, end = row["start"], row["end"]
    precision, edtf = str(row["precision"]), str(row["edtf"])
    if "/" in edtf or pd.isna(start) or pd.isna(end):
        return _day(end if pd.isna(start) else start)
    return _unit_words(start, end, precision, edtf)


# --- the finding --------------------------------------------------------------------------

_MONTH_DAYS: Final = MONTH_DAYS


@dataclass(frozen=True)
class Finding:
    """What the chart shows, in one sentence and the numbers behind it.

    Attributes
    ----------
    sentence
        The finding, for a chart subtitle, a report or a screen reader.
    statements
        Statements that are contradicted or admitted to be inaccurate.
    contradicted_by
        Events (practices or disclosures) that contradict those statements.
    contradictions
        ``contradicts`` links.
    admitted
        Statements a disclosure admits were not accurate.
    admitted_by
        The actor of the admission (``""`` when nothing is admitted).
    until
        The date the statements are measured to: the latest bound of the admission, or
        when there is none the story's publication date; ``None`` when nothing is
        contradicted.
    dated
        How many of ``statements`` have a known start and so enter the range.
    stood_min_days, stood_max_days
        The shortest and longest time a statement can have stood before ``until``:
        the honest range over every dated statement and every day its date allows.
    stood_min_months, stood_max_months
        The same, in whole months, rounded outwards (down and up).
    """

    sentence: str
    statements: int
    contradicted_by: int
    contradictions: int
    admitted: int
    admitted_by: str
    until: pd.Timestamp | None
    dated: int
    stood_min_days: int | None
    stood_max_days: int | None
    stood_min_months: int | None
    stood_max_months: int | None


def _duration(lo_days: int, hi_days: int) -> tuple[str, int, int]:
    """Words for a range of durations, and the range in whole months rounded outwards."""
    lo_m = math.floor(lo_days / _MONTH_DAYS)
    hi_m = math.ceil(hi_days / _MONTH_DAYS)
    return gap_text(lo_days, hi_days), lo_m, hi_m


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A frame's rows as plain dicts keyed by column name."""
    return cast(list[dict[str, Any]], frame.to_dict("records"))


def _stamp(value: Any) -> pd.Timestamp | None:
    """A timestamp, or ``None`` for a missing one."""
    return None if value is None or pd.isna(value) else pd.Timestamp(value)


def finding(case: Case, facts: Findings | None = None) -> Finding:
    """Say what the case's chart shows, with numbers computed from its events and links.

    The statements are the challenged ones of :func:`timeline.findings.findings`: those
    that ``contradicts`` or ``admits`` links point to. Each stood from when it was made
    (the start of its date; for a span of repeated statements, the start of the span)
    until the admission that it was not accurate (the admission's latest possible date),
    or, when nothing was admitted, until the story was published. The range covers every
    day each statement's date allows.

    Parameters
    ----------
    case
        A loaded case.
    facts
        The case's findings, when the caller has them already.

    Returns
    -------
    Finding
        The sentence and its numbers.
    """
    ev = case.events
    facts = facts if facts is not None else findings(case)
    challenged = facts.challenged
    said = [s.id for s in challenged]
    sources = list(facts.contradicting)
    wanted = {*said, *sources, *facts.admitting}
    rows = {str(r["id"]): r for r in _rows(ev[ev["id"].astype(str).isin(wanted)])}
    if not said:
        known = pd.concat([ev["start"], ev["end"]]).dropna()
        span = f" from {_day(known.min())} to {_day(known.max())}" if len(known) else ""
        lanes_used = ev["lane"].astype(str).nunique()
        sentence = (
            f"{plural(len(ev), 'event')} in {plural(lanes_used, 'lane')}{span}; "
            "no statement in this case is marked as contradicted."
        )
        return Finding(sentence, 0, 0, 0, 0, "", None, 0, None, None, None, None)

    admitted = [s.id for s in challenged if s.admitted]
    admitters = [a for a in facts.admitting if a in rows]
    several = len(said) > 1
    they = "they were" if several else "it was"
    ends = [_stamp(rows[a]["end"]) or _stamp(rows[a]["start"]) for a in admitters]
    known_ends = [e for e in ends if e is not None]
    if known_ends:
        until = max(known_ends)
        actor = str(rows[admitters[0]]["actor"]) or "officials"
        closing = f"before {actor} admitted {they} not accurate (by {_day(until)})"
    else:
        until = pd.Timestamp(case.meta.published)
        actor = str(rows[admitters[0]]["actor"]) if admitters else ""
        closing = f"before {case.meta.outlet} reported the contradictions on {_day(until)}"

    lows: list[int] = []
    highs: list[int] = []
    dated: list[str] = []
    for sid in said:
        row = rows[sid]
        early = _stamp(row["start"])
        end = _stamp(row["end"])
        if early is None or early > until:
            continue
        late = early if "/" in str(row["edtf"]) or end is None else end
        dated.append(sid)
        highs.append(int((until - early) / _DAY))
        lows.append(max(0, int((until - late) / _DAY)))

    kinds = Counter(str(rows[s]["lane"]) for s in sources if s in rows)
    parts = []
    if kinds.get("practice"):
        parts.append(plural(kinds["practice"], "practice") + " behind the scenes")
    if kinds.get("disclosure"):
        parts.append(plural(kinds["disclosure"], "disclosure"))
    lead = f"{plural(len(said), 'public statement')} {'were' if several else 'was'}"
    if sources:
        lead += f" contradicted by {' and '.join(parts)}."
    else:
        lead += " admitted to be inaccurate."
    counts = (len(said), len(sources), facts.contradictions, len(admitted), actor, until)
    if not dated:
        sentence = f"{lead} None has a known date; {they} not corrected until {_day(until)}."
        return Finding(sentence, *counts, 0, None, None, None, None)

    lo, hi = min(lows), max(highs)
    words, lo_m, hi_m = _duration(lo, hi)
    first = min(dated, key=lambda s: (pd.Timestamp(rows[s]["start"]), s))
    last = max(dated, key=lambda s: (pd.Timestamp(rows[s]["start"]), s))
    first_words, last_words = _when(rows[first]), _when(rows[last])
    if first != last and first_words != last_words:
        year = last_words.rsplit(" ", 1)[-1]
        if year.isdigit() and first_words.endswith(" " + year):
            first_words = first_words[: -len(year) - 1]
        made = f"made from {first_words} to {last_words}"
    else:
        prep = "on" if str(rows[first]["precision"]) == "day" else "in"
        made = f"made {prep} {first_words}"
    if len(dated) < len(said):
        subject = "Those with known dates" if len(dated) > 1 else "The one with a known date"
        sentence = f"{lead} {subject}, {made}, stood for {words}"
    else:
        sentence = f"{lead} {made[0].upper()}{made[1:]}, {'they' if several else 'it'} stood"
        sentence += f" for {words}"
    sentence += f" {closing}."
    return Finding(sentence, *counts, len(dated), lo, hi, lo_m, hi_m)


_LANE_NOUNS: Final[dict[str, tuple[str, str]]] = {
    "statement": ("public statement", "public statements"),
    "practice": ("practice behind the scenes", "practices behind the scenes"),
    "disclosure": ("oversight or disclosure event", "oversight or disclosure events"),
    "context": ("context event", "context events"),
}


def _counts(case: Case) -> str:
    """The chart's contents in words: events by lane and links by relation."""
    lanes = case.events["lane"].astype(str).value_counts()
    lane_words = ", ".join(
        plural(int(lanes[lane]), *_LANE_NOUNS[lane]) for lane in LANES if lanes.get(lane)
    )
    rel = case.links["relation"].value_counts()
    rel_words = ", ".join(f"{int(rel[r])} {r}" for r in RELATIONS if r in rel)
    text = (
        f"The timeline shows {plural(len(case.events), 'event')} in "
        f"{plural(int((lanes > 0).sum()), 'lane')} ({lane_words})"
    )
    if len(case.links):
        text += f" and {plural(len(case.links), 'link')} between them ({rel_words})"
    return text + "."


def _description(case: Case, found: Finding) -> str:
    """What a screen reader says for the whole chart: the story, the finding, the counts."""
    published = _day(pd.Timestamp(case.meta.published))
    return (
        f"Timeline of “{case.meta.title}” ({case.meta.outlet}, {published}). "
        f"{found.sentence} {_counts(case)} A text transcript of every event follows the chart."
    )


# --- derived event table -----------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_ID_TOKEN = re.compile(r"[a-z0-9]+")
_MAX_LABEL = 30


def _short_title(title: str, limit: int = _MAX_LABEL) -> str:
    if len(title) <= limit:
        return title
    cut = title[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.-–—")
    return cut + "…"


_WORD_RUN: Final = re.compile(r"\w+")


def _word_forms(text: str) -> dict[str, Counter[str]]:
    """Each whole word of ``text``, lower-cased, with how often each spelling of it occurs."""
    forms: dict[str, Counter[str]] = {}
    for word in _WORD_RUN.findall(text):
        forms.setdefault(word.lower(), Counter())[word] += 1
    return forms


@lru_cache(maxsize=4)
def _article_words(article: str) -> dict[str, Counter[str]]:
    """:func:`_word_forms` of an article, worked out once for all its events."""
    return _word_forms(article)


def _short_label(row: Mapping[str, Any], article: str) -> str:
    """A few words naming an event: its id in words, cased as the story writes them.

    Editors write ids as short names (``july-tweet``). When at least half of an id's
    words appear in the event's text or the article, the id becomes the label
    ('July tweet', 'ICE desktop computers'); otherwise the title is shortened.
    """
    tokens = _ID_TOKEN.findall(str(row["id"]))
    own = " ".join(str(row[c]) for c in ("title", "actor", "quote", "detail", "date_note"))
    words = [t for t in tokens if not t.isdigit()]
    if len(tokens) < 2 or not words:
        return _short_title(str(row["title"]))
    forms: list[str] = []
    found = 0
    own_words = _word_forms(own)
    article_words = _article_words(article)
    for tok in tokens:
        if tok.isdigit():
            forms.append(tok)
            continue
        # how the story writes the word, whole and in any case: the event's own text
        # and the article, counted once for the article rather than searched per event
        seen = own_words.get(tok, Counter()) + article_words.get(tok, Counter())
        if seen:
            found += 1
            best = max(seen.items(), key=lambda kv: (kv[1], kv[0].isupper(), kv[0]))[0]
            if best.istitle() and not best.isupper() and best.lower() in own.lower().split():
                best = best.lower() if own.count(best.lower()) >= own.count(best) else best
            forms.append(best)
        else:
            forms.append(tok.upper() if len(tok) <= 2 else tok)
    if found * 2 < len(words):
        return _short_title(str(row["title"]))
    label = " ".join(forms)
    label = label[0].upper() + label[1:]
    return _short_title(label)


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def _unit_length_start(end: pd.Timestamp, precision: str) -> pd.Timestamp:
    """The first day of the unit of ``precision`` that ends on ``end``."""
    if precision == "week":
        return end - pd.Timedelta(days=6)
    if precision == "month":
        return end.replace(day=1)
    if precision in ("season", "quarter"):
        return (end + _DAY) - pd.DateOffset(months=3)
    if precision == "year":
        return end.replace(month=1, day=1)
    if precision == "decade":
        return pd.Timestamp(year=end.year - end.year % 10, month=1, day=1)
    return end


def _unit_length_end(start: pd.Timestamp, precision: str) -> pd.Timestamp:
    """The last day of the unit of ``precision`` that starts on ``start``."""
    if precision == "week":
        return start + pd.Timedelta(days=6)
    if precision == "month":
        return start + pd.offsets.MonthEnd(0)
    if precision in ("season", "quarter"):
        return start + pd.DateOffset(months=3) - _DAY
    if precision == "year":
        return start.replace(month=12, day=31)
    if precision == "decade":
        return pd.Timestamp(year=start.year - start.year % 10 + 9, month=12, day=31)
    return start


def _ms(ts: pd.Timestamp) -> int:
    """Milliseconds since the epoch, UTC: how the chart's data carries instants."""
    return int(pd.Timestamp(ts).value // 1_000_000)


@dataclass(frozen=True)
class _Frame:
    """Everything the chart needs, computed once from a case."""

    events: pd.DataFrame  # the events drawn as single marks
    links: pd.DataFrame
    domain: tuple[pd.Timestamp, pd.Timestamp]
    lanes: list[str]
    density: Density  # which events are binned, and the bins
    sizes: dict[str, int]  # events a lane, single or binned
    facts: Findings  # what the case shows about each statement


def _linked(case: Case) -> dict[str, list[str]]:
    """Each linked event's id, and the ids it links to either way."""
    out: dict[str, list[str]] = {}
    for a, b in zip(case.links["from"], case.links["to"], strict=True):
        out.setdefault(str(a), []).append(str(b))
        out.setdefault(str(b), []).append(str(a))
    return {k: sorted(dict.fromkeys(v)) for k, v in out.items()}


_WEIGHT: Final = {"contradicts": 3, "admits": 3, "reveals": 2, "prompted": 1}
_KEY_PER_LANE: Final = 5


def _key_events(case: Case, facts: Findings) -> set[str]:
    """Which events get a label: decided by links, never by id.

    Every statement that any link touches, the challenged ones of ``facts`` (contradicted
    or admitted) first; every practice or disclosure that contradicts, reveals or admits
    something; at most five a lane, the most linked first.
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


_DERIVED: Final = (
    "lane_label",
    "shape",
    "solid0",
    "solid1",
    "vis0",
    "vis1",
    "anchor",
    "resolved",
    "key",
    "label",
    "linked",
    "href",
)


def _frame(case: Case) -> _Frame:
    ev = case.events.copy()
    ev["lane"] = ev["lane"].astype(str)
    known = pd.concat([ev["start"], ev["end"]]).dropna()
    if known.empty:  # pragma: no cover - load_case guarantees one bound per event
        known = pd.Series([pd.Timestamp(case.meta.published)])
    first, last = known.min(), known.max() + _DAY
    span = max(last - first, pd.Timedelta(days=30))
    pad = max(span * 0.03, pd.Timedelta(days=4))
    lead = span * 0.12 if ev["open_start"].any() else pad
    tail = span * 0.12 if ev["open_end"].any() else pad
    d0, d1 = first - max(lead, pad), last + max(tail, pad)

    dens = density(case, (d0, d1))
    if dens.aggregated:
        ev = ev.loc[dens.single]
    linked = _linked(case)
    facts = findings(case)
    keys = _key_events(case, facts)
    rows: list[dict[str, Any]] = []
    for rec in _rows(ev):
        eid = str(rec["id"])
        start, end = rec["start"], rec["end"]
        precision = str(rec["precision"])
        open_s, open_e = bool(rec["open_start"]), bool(rec["open_end"])
        point = not open_s and not open_e and precision == "day" and start == end
        if open_s and open_e:
            solid0, solid1 = d0, d1
        elif open_s:
            solid0, solid1 = _unit_length_start(end, precision), end + _DAY
        elif open_e:
            solid0, solid1 = start, _unit_length_end(start, precision) + _DAY
        else:
            solid0, solid1 = start, end + _DAY
        vis0 = d0 if open_s else solid0
        vis1 = d1 if open_e else solid1
        rec_out = dict(rec)
        rec_out.update(
            id=eid,
            lane_label=LANE_LABELS[str(rec["lane"])],
            shape="point" if point else "bar",
            solid0=solid0,
            solid1=solid1,
            vis0=vis0,
            vis1=vis1,
            anchor=solid0 + (solid1 - solid0) / 2,
            resolved=_resolved(rec),
            key=eid in keys,
            # a large case labels its key events only, so spend no time on the rest
            label=_short_label(rec, case.article) if eid in keys or not dens.aggregated else "",
            linked=linked.get(eid, []),
            href=str(rec["source"]) if _is_url(str(rec["source"])) else "",
        )
        rows.append(rec_out)
    # Plain Python values (object columns): the layout reads the rows back one by one,
    # which is many times faster than from Arrow-backed strings and datetime arrays.
    events = pd.DataFrame(
        rows, columns=list(rows[0]) if rows else [*ev.columns, *_DERIVED], dtype=object
    )
    counts = case.events["lane"].astype(str).value_counts()
    sizes = {lane: int(counts[lane]) for lane in LANES if counts.get(lane)}
    return _Frame(
        events=events,
        links=case.links.copy(),
        domain=(d0, d1),
        lanes=list(sizes),
        density=dens,
        sizes=sizes,
        facts=facts,
    )


def _tip(row: Mapping[str, Any]) -> dict[str, str]:
    """The tooltip: only the fields an event has, in reading order."""
    tip: dict[str, str] = {"title": str(row["title"])}
    tip["Lane"] = str(row["lane_label"])
    tip["Date in the story"] = str(row["date"])
    tip["Resolved"] = str(row["resolved"])
    if row["actor"]:
        tip["Who"] = str(row["actor"])
    if row["quote"]:
        tip["Quote"] = f"“{row['quote']}”"
    source = str(row["source"])
    tip["Source"] = source + (" (click the mark to open)" if _is_url(source) else "")
    if row["status"] == "draft":
        tip["Status"] = "draft, not yet checked"
    return tip


def _aria(row: Mapping[str, Any]) -> str:
    parts = [f"{row['lane_label']}: {row['title']}.", f"Date: {row['date']}, {row['resolved']}."]
    if row["actor"]:
        parts.append(f"Who: {row['actor']}.")
    if row["quote"]:
        parts.append(f"Quote: “{row['quote']}”.")
    parts.append(f"Source: {row['source']}.")
    return " ".join(parts)


# --- layout --------------------------------------------------------------------------------


def _pack(
    items: Sequence[tuple[str, float, float]], gap: float, max_rows: int | None = None
) -> dict[str, int]:
    """Greedy interval packing: each item to the first sub-row where it fits after ``gap``.

    With ``max_rows``, an item that fits nowhere once that many sub-rows exist goes to
    the sub-row that frees up first, over the items already there.
    """
    ends: list[float] = []
    out: dict[str, int] = {}
    for key, lo, hi in sorted(items, key=lambda t: (t[1], t[2], t[0])):
        for k, last in enumerate(ends):
            if lo >= last + gap:
                ends[k] = hi
                out[key] = k
                break
        else:
            if max_rows is not None and len(ends) >= max_rows:
                k = min(range(len(ends)), key=lambda i: (ends[i], i))
                ends[k] = max(ends[k], hi)
                out[key] = k
            else:
                out[key] = len(ends)
                ends.append(hi)
    return out


_MAX_SUBROWS: Final = 4
"""In a large case, the most sub-rows a lane's single marks take; beyond, marks overlap."""

_DENSITY_ROWS: Final = 2.0
"""In a large case, the height (in sub-rows) of a lane's band of binned counts."""


@dataclass(frozen=True)
class _Layout:
    """Positions in chart units for one orientation."""

    events: pd.DataFrame  # + pos (cross-axis centre), label placement
    lanes: pd.DataFrame  # lane, lane_label, top, bottom, head
    extent: float  # cross-axis length in units
    px_per_ms: float
    vertical: bool


def _layout(fr: _Frame, *, vertical: bool, plot_px: float) -> _Layout:
    d0, d1 = fr.domain
    t0, t1 = _ms(d0), _ms(d1)
    px_per_ms = plot_px / (t1 - t0)
    ev = fr.events.copy()
    for col in ("vis0", "vis1", "solid0", "solid1", "anchor"):
        ev[col + "_ms"] = [_ms(v) for v in ev[col]]

    # label extents in ms (horizontal labels sit above their mark, inside its sub-row)
    label_lo: list[float] = []
    label_hi: list[float] = []
    align: list[str] = []
    for rec in _rows(ev):
        if vertical:
            label_lo.append(rec["vis0_ms"])
            label_hi.append(rec["vis0_ms"])
            align.append("left")
            continue
        char_px = _CHAR_PX if rec["key"] else _MINOR_CHAR_PX
        width = (len(str(rec["label"])) * char_px + 10) / px_per_ms
        nudge = 5 / px_per_ms if rec["shape"] == "point" else 0.0
        if rec["shape"] == "point":
            left_x, right_x = rec["anchor_ms"] - nudge, rec["anchor_ms"] + nudge
        else:
            left_x, right_x = rec["solid0_ms"], rec["solid1_ms"]
        left_x, right_x = max(left_x, t0), min(right_x, t1)
        # a label starts where its mark starts, or (for an unknown start, or no room on
        # the right) ends where its mark ends; it never runs off the chart
        prefer_right = bool(rec["open_start"])
        fits_left = left_x + width <= t1
        fits_right = right_x - width >= t0
        if (prefer_right and fits_right) or (not fits_left and fits_right):
            label_lo.append(right_x - width)
            label_hi.append(right_x)
            align.append("right")
        else:
            start = left_x if fits_left else t0
            label_lo.append(start)
            label_hi.append(start + width)
            align.append("left")
    ev["label_lo"] = label_lo
    ev["label_hi"] = label_hi
    ev["align"] = align

    min_px = 5.0
    gap = 6 / px_per_ms
    subrow: dict[str, int] = {}
    for lane in fr.lanes:
        part = ev[ev["lane"] == lane]
        items = []
        for rec in _rows(part):
            lo = min(rec["vis0_ms"], rec["label_lo"])
            hi = max(rec["vis1_ms"], rec["label_hi"], rec["vis0_ms"] + min_px / px_per_ms)
            if rec["shape"] == "point":
                lo = min(lo, rec["anchor_ms"] - 6 / px_per_ms)
                hi = max(hi, rec["anchor_ms"] + 6 / px_per_ms)
            items.append((str(rec["id"]), float(lo), float(hi)))
        subrow.update(_pack(items, gap, _MAX_SUBROWS if fr.density.aggregated else None))
    ev["sub"] = [subrow[str(i)] for i in ev["id"]]

    head = 0.0 if vertical else 1.0
    lane_gap = 0.7 if vertical else 0.45
    lane_rows: list[dict[str, Any]] = []
    cursor = 0.0
    pos: dict[str, float] = {}
    binned = set(fr.density.bins["lane"])
    for n, lane in enumerate(fr.lanes):
        part = ev[ev["lane"] == lane]
        n_sub = int(part["sub"].max()) + 1 if len(part) else 0
        band = _DENSITY_ROWS if lane in binned else 0.0
        top = cursor
        for eid, sub in zip(part["id"], part["sub"], strict=True):
            pos[str(eid)] = top + head + band + int(sub) + (0.5 if vertical else 0.62)
        bottom = top + head + band + n_sub + (0.0 if vertical else 0.22)
        row: dict[str, Any] = {
            "lane": lane,
            "lane_label": LANE_LABELS[lane],
            "n": n,
            "top": top,
            "bottom": bottom,
            "head": top + 0.55,
        }
        if fr.density.aggregated:
            # where the lane's band of counts (and, zoomed in, its binned events) goes
            row["dtop"] = top + head + 0.15
            row["dbot"] = top + head + max(band, 1.0) - 0.15
        lane_rows.append(row)
        cursor = bottom + lane_gap
    ev["pos"] = [pos[str(i)] for i in ev["id"]]
    extent = cursor - lane_gap
    return _Layout(
        events=ev,
        lanes=pd.DataFrame(lane_rows),
        extent=extent,
        px_per_ms=px_per_ms,
        vertical=vertical,
    )


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


_FADE_STEPS: Final = 28
_LARGE_FADE_STEPS: Final = 7
"""A large case's fading tails take fewer pieces: it has hundreds of them to paint."""


def _fade_steps(fr: _Frame) -> int:
    return _LARGE_FADE_STEPS if fr.density.aggregated else _FADE_STEPS


def _fade_alphas(steps: int = _FADE_STEPS) -> list[float]:
    """Opacities of the nested pieces of a fading tail, far end first.

    Piece ``k`` runs from ``k`` steps along the tail to the solid part of the bar, so
    the pieces overlap towards the known end and their opacities compound to a smooth
    ramp; only one edge of each piece shows, so no seams appear between them.
    """
    target = [0.03 + 0.62 * ((k + 0.5) / steps) ** 1.6 for k in range(steps)]
    return [round(target[0], 4)] + [
        round(1 - (1 - target[k]) / (1 - target[k - 1]), 4) for k in range(1, steps)
    ]


def _tail_steps(open_start: bool, open_end: bool, steps: int = _FADE_STEPS) -> list[int]:
    """Piece numbers for an event's fading tails: ``0..steps-1`` before, ``steps..`` after."""
    return [*(range(steps) if open_start else ()), *(range(steps, 2 * steps) if open_end else ())]


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


# --- the chart ----------------------------------------------------------------------------

_EVENTS: Final = "events"
_LINKS: Final = "links"
_LANES: Final = "lanes"
_BINS: Final = "bins"
_DETAIL: Final = "detail"

_HL: Final = "(!sel_id || indexof(datum.group, '|' + sel_id + '|') >= 0)"
_ON: Final = "(!length(data('lanes_store')) || vlSelectionTest('lanes_store', datum))"
_LINK_ON: Final = (
    "(!length(data('lanes_store')) || (indexof(lanes.lane_label, datum.lane_a) >= 0"
    " && indexof(lanes.lane_label, datum.lane_b) >= 0))"
)
_DIM: Final = 0.13


def _num(value: float) -> float | int:
    """A compact JSON number: four decimals, and an integer when it is one."""
    out = round(float(value), 4)
    return int(out) if out.is_integer() else out


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


def _records(
    fr: _Frame, lay: _Layout, *, label_px: float | None
) -> dict[str, list[dict[str, Any]]]:
    """The chart's named data sets, as plain JSON values in a stable order.

    ``events`` has one row an event (positions, the precomputed ``group`` of linked ids
    the highlight tests, the tooltip and the ARIA text), ``links`` one row a link and
    ``lanes`` one row a lane drawn. ``label_px``, for the vertical chart, is the height
    over which its labels are spread.
    """
    ev = lay.events
    steps = _fade_steps(fr)
    d0 = _ms(fr.domain[0])
    events: list[dict[str, Any]] = []
    key_rows = ev[ev["key"]]
    label_t: dict[str, float] = {}
    if lay.vertical and label_px is not None and len(key_rows):
        order = key_rows.sort_values(["anchor_ms", "pos"])
        want = [(float(a) - d0) * lay.px_per_ms for a in order["anchor_ms"]]
        got = _dodge(want, 16.0, 8.0, label_px - 8.0)
        label_t = {str(i): d0 + g / lay.px_per_ms for i, g in zip(order["id"], got, strict=True)}
    for rec in _rows(ev):
        eid = str(rec["id"])
        rec["tip"] = _tip(rec)
        out: dict[str, Any] = {
            "id": eid,
            "lane": rec["lane"],
            "lane_label": rec["lane_label"],
            "title": rec["title"],
            "label": rec["label"] if rec["key"] or not lay.vertical else "",
            "key": bool(rec["key"]),
            "shape": rec["shape"],
            "precision": rec["precision"],
            "approximate": bool(rec["approximate"]),
            "open": "start" if rec["open_start"] else ("end" if rec["open_end"] else ""),
            "s0": _num(rec["solid0_ms"]),
            "s1": _num(rec["solid1_ms"]),
            "v0": _num(rec["vis0_ms"]),
            "v1": _num(rec["vis1_ms"]),
            "ks": _tail_steps(bool(rec["open_start"]), bool(rec["open_end"]), steps),
            "anchor": _num(rec["anchor_ms"]),
            "pos": _num(rec["pos"]),
            "lo": _num(rec["pos"] - (0.3 if lay.vertical else 0.19)),
            "hi": _num(rec["pos"] + (0.3 if lay.vertical else 0.19)),
            "group": "|" + "|".join([eid, *rec["linked"]]) + "|",
            "linked": list(rec["linked"]),
            "tip": rec["tip"],
            "aria": _aria(rec),
            "href": rec["href"],
        }
        if lay.vertical and rec["key"]:
            out["label_t"] = _num(label_t.get(eid, rec["anchor_ms"]))
            out["label_p"] = _num(lay.extent + 0.9)
            out["align"] = "left"
        elif not lay.vertical:
            right = rec["align"] == "right"
            out["label_t"] = _num(rec["label_hi"] if right else rec["label_lo"])
            out["label_p"] = _num(rec["pos"] - 0.27)
            out["align"] = rec["align"]
        events.append(out)
    links = []
    for r in _connectors(fr, lay):
        r.update(ta=_num(r["ta"]), tb=_num(r["tb"]), pa=_num(r["pa"]), pb=_num(r["pb"]))
        links.append(r)
    lanes = []
    for r in _rows(lay.lanes):
        lane_rec: dict[str, Any] = {
            "kind": "head",
            "lane": r["lane"],
            "lane_label": r["lane_label"],
            "top": _num(r["top"]),
            "bottom": _num(r["bottom"]),
            "head": _num(r["head"]),
            "tip": {
                "title": r["lane_label"],
                "Events": str(fr.sizes[r["lane"]]),
                "Click": "to hide or show this lane",
            },
        }
        if fr.density.aggregated:
            lane_rec.update(dtop=_num(r["dtop"]), dbot=_num(r["dbot"]))
        lanes.append(lane_rec)
    out = {_EVENTS: events, _LINKS: links, _LANES: lanes}
    if fr.density.aggregated:
        out[_BINS] = _bin_records(fr, lay)
        out[_DETAIL] = []
    return out


def _period_words(start: pd.Timestamp, unit: str) -> str:
    """A bin's period in words: '5 March 2017', 'the week of 6 March 2017', 'Q1 2017'."""
    if unit == "day":
        return _day(start)
    if unit == "week":
        return f"the week of {_day(start)}"
    if unit == "month":
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if unit == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    return str(start.year)


def _bin_records(fr: _Frame, lay: _Layout) -> list[dict[str, Any]]:
    """One row a bin of a large case: its period, count, place in the lane's band and words.

    The bars of the band grow from its base line in proportion to the largest bin of
    the chart, so lanes can be compared; each bar is at least a sliver high.
    """
    bins = fr.density.bins
    band = {str(r["lane"]): (float(r["dtop"]), float(r["dbot"])) for r in _rows(lay.lanes)}
    biggest = int(bins["n"].max())
    out = []
    for r in _rows(bins):
        lane = str(r["lane"])
        dtop, dbot = band[lane]
        share = max(r["n"] / biggest, 0.06) * (dbot - dtop)
        base, tip_at = (dtop, dtop + share) if lay.vertical else (dbot, dbot - share)
        label = LANE_LABELS[lane]
        period = _period_words(pd.Timestamp(r["start"]), fr.density.unit)
        tip = {
            "title": plural(int(r["n"]), *_LANE_NOUNS[lane]),
            "Lane": label,
            "When": period,
            "Dated to the day": f"{int(r['n_day']):,}",
        }
        if r["n_open"]:
            tip["Unknown start or end"] = f"{int(r['n_open']):,}"
        tip["See each one"] = "zoom in on this period"
        out.append(
            {
                "kind": "bin",
                "lane": lane,
                "lane_label": label,
                "b0": _ms(r["start"]),
                "b1": _ms(r["end"]),
                "n": int(r["n"]),
                "base": _num(base),
                "top": _num(tip_at),
                "tip": tip,
                "aria": f"{label}: {int(r['n']):,} events in {period}, counted together.",
            }
        )
    return out


def _enc(**channels: Any) -> dict[str, Any]:
    """Encoding channels with each plain value or condition typed as its channel's class.

    Altair infers the class of a channel given as a dictionary by checking it against
    the whole Vega-Lite schema, which costs a few milliseconds each; naming the class
    (``alt.OpacityValue`` for ``opacity``) costs nothing and gives the same spec.
    """
    out: dict[str, Any] = {}
    for name, value in channels.items():
        if isinstance(value, dict) and "value" in value and "field" not in value:
            value = getattr(alt, name[0].upper() + name[1:] + "Value")(**value)
        out[name] = value
    return out


def _lane_scale() -> alt.Scale:
    """Lane colours by position in the theme's ``category`` range, whatever lanes a case has."""
    return alt.Scale(domain=[LANE_LABELS[lane] for lane in LANES], range="category")


def _relation_channels(*, vertical: bool, dashed: bool = True) -> dict[str, Any]:
    """Colour, dash and width of the connectors by relation, with the links legend.

    Without ``dashed`` (a large case) every connector is solid: zoomed in, a dashed line
    thousands of pixels long takes a browser seconds to paint, and a large case has
    thousands of them.
    """
    labels = [RELATION_LABELS[r] for r in RELATIONS]
    legend = alt.Legend(
        title="Links",
        symbolType="stroke",
        orient="bottom" if vertical else "top",
        direction="horizontal",
        columns=2 if vertical else 4,
    )
    channels: dict[str, Any] = {
        "color": alt.Color(
            "relation_label:N",
            scale=alt.Scale(domain=labels, range="ordinal"),
            legend=legend,
        )
    }
    if dashed:
        channels["strokeDash"] = alt.StrokeDash(
            "relation_label:N",
            scale=alt.Scale(domain=labels, range=[[1, 0], [6, 3], [2, 2.5], [1, 3]]),
            legend=legend,
        )
    channels["strokeWidth"] = alt.condition(
        "datum.relation === 'contradicts'", alt.value(2.6), alt.value(1.5)
    )
    return channels


def timeline_chart(
    case: Case, *, width: int | None = None, vertical: bool = False
) -> alt.VConcatChart:
    """Draw what officials said next to what was happening behind the scenes.

    One lane a kind of event (statements, practices, disclosures, context; empty lanes
    are left out), events stacked in sub-rows so none hides another, each date drawn at
    its precision (a day is a point, a longer unit a bar, an open bound a bar that fades
    towards its unknown end, an approximate date hollow and dashed), links between
    events styled by relation, short labels on the key events, and the finding as the
    subtitle. Click an event to highlight everything linked to it; click a lane label or
    legend entry to show or hide a lane; drag across the overview strip to zoom; drag or
    scroll the main view to pan and zoom.

    Parameters
    ----------
    case
        A loaded case.
    width
        Plot width in pixels; ``None`` follows the container (``width="container"``).
    vertical
        Time running down the page, for narrow screens.

    Returns
    -------
    alt.VConcatChart
        The main view above an overview strip (an ``alt.TopLevelMixin``, like any
        top-level Altair chart).
    """
    compact = width is not None and width < WIDE
    return _timeline_chart(case, width=width, vertical=vertical, compact=compact)


def _timeline_chart(
    case: Case, *, width: int | None, vertical: bool, compact: bool, fr: _Frame | None = None
) -> alt.VConcatChart:
    """Build the chart; ``compact`` suits a horizontal chart 500 to 660 pixels wide.

    ``fr``, the case's derived table, saves computing it again for each form.
    """
    fr = fr or _frame(case)
    found = finding(case, fr.facts)
    container = width is None
    if width is not None:
        plot_px = float(width)
    else:
        plot_px = 360.0 if vertical else (480.0 if compact else 640.0)
    d0, d1 = (_ms(d) for d in fr.domain)

    if vertical:
        # tall enough that the key events' labels, one a line, spread out along time
        time_px = float(max(640, 60 + int(fr.events["key"].sum()) * 34))
        lay = _layout(fr, vertical=True, plot_px=time_px)
        cross_total = (lay.extent + 0.6) / 0.52  # lanes take half the width, labels the rest
        data = _records(fr, lay, label_px=time_px)
    else:
        time_px = plot_px
        lay = _layout(fr, vertical=False, plot_px=plot_px)
        cross_total = lay.extent
        data = _records(fr, lay, label_px=None)

    time_ch, time2_ch, cross_ch, cross2_ch = (
        ("y", "y2", "x", "x2") if vertical else ("x", "x2", "y", "y2")
    )
    domain_expr = (
        "brush.s0 ? [min(time(brush.s0[0]), time(brush.s0[1])), "
        f"max(time(brush.s0[0]), time(brush.s0[1]))] : [{d0}, {d1}]"
    )
    time_scale = alt.Scale(
        type="utc", domain=alt.ExprRef(expr=domain_expr), nice=False, reverse=vertical
    )
    cross_scale = alt.Scale(
        domain=[0, _num(cross_total)], nice=False, zero=False, reverse=not vertical
    )
    time_axis = alt.Axis(
        title=None,
        orient="left" if vertical else "bottom",
        grid=True,
        labelOverlap=True,
        tickCount=6 if vertical else 8,
        labelFlush=True,
    )

    def t(field: str, *, main: bool = False) -> dict[str, Any]:
        if main:
            enc = alt.X if not vertical else alt.Y
            return {time_ch: enc(f"{field}:T", scale=time_scale, axis=time_axis)}
        return {time_ch: alt.X(f"{field}:T") if not vertical else alt.Y(f"{field}:T")}

    def t2(field: str) -> dict[str, Any]:
        return {time2_ch: alt.X2(field) if not vertical else alt.Y2(field)}

    def c(field: str, *, main: bool = False) -> dict[str, Any]:
        enc = alt.Y if not vertical else alt.X
        if main:
            return {cross_ch: enc(f"{field}:Q", scale=cross_scale, axis=None)}
        return {cross_ch: enc(f"{field}:Q")}

    def c2(field: str) -> dict[str, Any]:
        return {cross2_ch: alt.Y2(field) if not vertical else alt.X2(field)}

    lane_colour = _lane_scale()
    n = _fade_steps(fr)
    lane_legend = alt.Legend(
        title="Lanes (click to show or hide)",
        orient="top",
        direction="vertical" if vertical else "horizontal",
        columns=1 if vertical else (2 if compact else 4),
        values=[LANE_LABELS[lane] for lane in fr.lanes],
        symbolType="square",
    )
    # Only the fading tails (the first lane-coloured layer, where the lane toggle lives)
    # draw the lane legend; legends are resolved per layer so the others go without one.
    fill = alt.Fill("lane_label:N", scale=lane_colour, legend=None)
    stroke = alt.Stroke("lane_label:N", scale=lane_colour, legend=None)
    opacity_ev = alt.condition(f"{_HL} && {_ON}", alt.value(1), alt.value(_DIM))
    fill_opacity = alt.condition("datum.approximate", alt.value(0.12), alt.value(0.92))
    href = {
        "condition": {"test": "datum.href", "field": "href", "type": "nominal"},
        "value": None,
    }
    event_enc: dict[str, Any] = {
        "fill": fill,
        "stroke": stroke,
        "fillOpacity": fill_opacity,
        "opacity": opacity_ev,
        "tooltip": alt.Tooltip("tip:N"),
        "href": href,
        "description": alt.Description("aria:N"),
    }

    events_data = alt.NamedData(name=_EVENTS)
    bands = (
        alt.Chart(alt.NamedData(name=_LANES), name="bands")
        .mark_rect(style="tl-band", aria=False)
        .encode(
            **_enc(
                **c("top", main=True),
                **c2("bottom"),
                **{time_ch: alt.value(0), time2_ch: alt.value("height" if vertical else "width")},
            )
        )
    )
    tails = (
        alt.Chart(alt.NamedData(name=_EVENTS), name="tails")
        .transform_filter("datum.open")
        .transform_flatten(["ks"], as_=["k"])
        .transform_calculate(
            f0=f"datum.k < {n} ? datum.v0 + (datum.k % {n}) * (datum.s0 - datum.v0) / {n}"
            " : datum.s1",
            f1=f"datum.k < {n} ? datum.s0"
            f" : datum.v1 - (datum.k % {n}) * (datum.v1 - datum.s1) / {n}",
            fade=f"{script_json(_fade_alphas(n))}[datum.k % {n}]",
        )
        .mark_rect(aria=False, cursor="pointer")
        .encode(
            **_enc(
                **t("f0"),
                **t2("f1"),
                **c("lo"),
                **c2("hi"),
                fill=alt.Fill("lane_label:N", scale=lane_colour, legend=lane_legend),
                fillOpacity=alt.FillOpacity("fade:Q", scale=None, legend=None),
                opacity=alt.condition(f"{_HL} && {_ON}", alt.value(1), alt.value(0.1)),
                tooltip=alt.Tooltip("tip:N"),
                href=href,
            )
        )
    )
    # A large case has links by the thousand: they stay faint until an event is picked.
    link_shown = f"sel_id && {_HL}" if fr.density.aggregated else _HL
    link_faint = 0.05 if fr.density.aggregated else 0.06
    connectors = (
        alt.Chart(alt.NamedData(name=_LINKS), name="connectors")
        .mark_rule(ariaRoleDescription="link")
        .encode(
            **_enc(
                **t("ta"),
                **t2("tb"),
                **c("pa"),
                **c2("pb"),
                **_relation_channels(vertical=vertical, dashed=not fr.density.aggregated),
                opacity=alt.condition(
                    f"{link_shown} && {_LINK_ON}", alt.value(0.95), alt.value(link_faint)
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
        alt.Chart(alt.NamedData(name=_LINKS), name="link_ends")
        .mark_point(shape="circle", filled=True, size=26, aria=False)
        .encode(
            **_enc(
                **t("tb"),
                **c("pb"),
                color=alt.Color(
                    "relation_label:N",
                    scale=alt.Scale(
                        domain=[RELATION_LABELS[r] for r in RELATIONS], range="ordinal"
                    ),
                    legend=None,
                ),
                opacity=alt.condition(
                    f"{link_shown} && {_LINK_ON}", alt.value(1), alt.value(link_faint)
                ),
            )
        )
    )
    bars = (
        alt.Chart(events_data, name="event_bars")
        .transform_filter("datum.shape === 'bar' && !datum.approximate")
        .mark_rect(cursor="pointer", ariaRoleDescription="event")
        .encode(
            **_enc(
                **t("s0", main=True),
                **t2("s1"),
                **c("lo"),
                **c2("hi"),
                **event_enc,
            )
        )
    )
    rough_bars = (
        alt.Chart(events_data, name="event_bars_approximate")
        .transform_filter("datum.shape === 'bar' && datum.approximate")
        .mark_rect(cursor="pointer", ariaRoleDescription="event", strokeDash=[4, 2.5])
        .encode(**_enc(**t("s0"), **t2("s1"), **c("lo"), **c2("hi"), **event_enc))
    )
    points = (
        alt.Chart(events_data, name="event_points")
        .transform_filter("datum.shape === 'point'")
        .mark_point(cursor="pointer", shape="circle", ariaRoleDescription="event")
        .encode(**_enc(**t("anchor"), **c("pos"), **event_enc))
    )
    label_base = alt.Chart(events_data).transform_filter("datum.key && datum.label")
    minor_base = alt.Chart(events_data).transform_filter("!datum.key && datum.label")
    label_enc: dict[str, Any] = {
        **t("label_t"),
        **c("label_p"),
        "text": alt.Text("label:N"),
        "opacity": alt.condition(f"{_HL} && {_ON}", alt.value(1), alt.value(0.25)),
        "tooltip": alt.Tooltip("tip:N"),
    }
    label_mark: dict[str, Any] = {
        "align": alt.ExprRef(expr="datum.align"),
        "baseline": "middle" if vertical else "bottom",
        "aria": False,
        "cursor": "pointer",
    }
    halo = label_base.mark_text(style="tl-halo", **label_mark).encode(**_enc(**label_enc))
    halo = halo.properties(name="label_halo")
    labels = label_base.mark_text(style="tl-label", **label_mark).encode(**_enc(**label_enc))
    labels = labels.properties(name="labels")
    minor_halo = minor_base.mark_text(style="tl-halo-minor", **label_mark).encode(
        **_enc(**label_enc)
    )
    minor_halo = minor_halo.properties(name="minor_label_halo")
    minor = minor_base.mark_text(style="tl-label-minor", **label_mark).encode(**_enc(**label_enc))
    minor = minor.properties(name="minor_labels")
    layers: list[Any] = [bands, tails, connectors]
    if vertical:
        leaders = (
            alt.Chart(events_data, name="leaders")
            .transform_filter("datum.key")
            .mark_rule(style="tl-leader", aria=False)
            .encode(
                **_enc(
                    **t("anchor"),
                    **t2("label_t"),
                    **c("hi"),
                    **c2("label_p"),
                    opacity=alt.condition(f"{_HL} && {_ON}", alt.value(0.9), alt.value(0.2)),
                )
            )
        )
        layers.append(leaders)
    else:
        heads = (
            alt.Chart(alt.NamedData(name=_LANES), name="lane_heads")
            .mark_text(style="tl-lane", align="left", baseline="middle", cursor="pointer", dx=4)
            .encode(
                **_enc(
                    **c("head"),
                    **{time_ch: alt.value(0)},
                    text=alt.Text("lane_label:N"),
                    opacity=alt.condition(_ON, alt.value(1), alt.value(0.35)),
                    tooltip=alt.Tooltip("tip:N"),
                    description=alt.Description("lane_label:N"),
                )
            )
        )
        layers.append(heads)
    if fr.density.aggregated:
        layers[1:1] = _density_layers(t, t2, c, c2, fill=fill, href=href)
    layers += [bars, rough_bars, points, link_ends]
    if not vertical:
        layers += [minor_halo, minor]
    layers += [halo, labels]

    cross_px = time_px if vertical else float(max(160, round(lay.extent * _ROW_PX)))
    main_height = time_px if vertical else cross_px
    main = alt.layer(*layers, name="main").resolve_legend(
        fill="independent", stroke="independent", color="independent", strokeDash="independent"
    )
    main = main.properties(
        width="container" if container else (width or 600),
        height=int(main_height),
    )

    ov_events = (
        alt.Chart(events_data, name="ov_events")
        .mark_rect(aria=False, style="tl-ov-event")
        .encode(
            **_enc(
                x=alt.X(
                    "s0:T",
                    scale=alt.Scale(
                        type="utc", domain=alt.ExprRef(expr=f"[{d0}, {d1}]"), nice=False
                    ),
                    axis=alt.Axis(
                        title="The whole period: drag across this strip to zoom, "
                        "double-click to reset",
                        orient="bottom",
                        tickCount=6,
                        labelFlush=True,
                        grid=False,
                    ),
                ),
                x2="s1:T",
                y=alt.Y(
                    "lane_label:N",
                    scale=alt.Scale(domain=[LANE_LABELS[lane] for lane in fr.lanes], padding=0.3),
                    axis=None,
                ),
                fill=fill,
            )
        )
    )
    ov_band = (
        alt.Chart(alt.NamedData(name=_LANES), name="ov_band")
        .mark_rect(style="tl-ov-band", aria=False)
        .encode(
            **_enc(
                x=alt.value(0),
                x2=alt.value("width"),
                y=alt.value(0),
                y2=alt.value("height"),
            )
        )
        .transform_filter("datum.lane === " + script_json(fr.lanes[0]))
    )
    ov_layers: list[Any] = [ov_band, ov_events]
    if fr.density.aggregated:
        ov_bins = (
            alt.Chart(alt.NamedData(name=_BINS), name="ov_bins")
            .mark_rect(aria=False, style="tl-ov-event")
            .encode(
                **_enc(
                    x=alt.X("b0:T", axis=None),
                    x2="b1:T",
                    y=alt.Y("lane_label:N", axis=None),
                    fill=fill,
                    fillOpacity=alt.FillOpacity(
                        "n:Q", scale=alt.Scale(range=[0.2, 1]), legend=None
                    ),
                )
            )
        )
        ov_layers.insert(1, ov_bins)
    overview = alt.layer(*ov_layers, name="overview").properties(
        width="container" if container else (width or 600),
        height=12 + 9 * len(fr.lanes),
    )

    if container:
        title_w, sub_w = (44, 58) if vertical else (96, 120)
    else:
        title_w = max(30, int((width or 600) / 9.5))
        sub_w = max(40, int((width or 600) / 6.9))
    published = _day(pd.Timestamp(case.meta.published))
    chart = alt.vconcat(
        main,
        overview,
        description=_description(case, found),
        title=alt.TitleParams(
            text=_wrap(case.meta.title, title_w),
            subtitle=[*_wrap(found.sentence, sub_w), f"Source: {case.meta.outlet}, {published}."],
        ),
        spacing=10,
        # Jupyter and other Vega-Embed hosts read these: SVG keeps the marks' ARIA labels,
        # and a web source opens in a new tab.
        usermeta={"embedOptions": {"renderer": "svg", "loader": {"target": "_blank"}}},
        resolve=alt.Resolve(
            scale=alt.ScaleResolveMap(x="independent", y="independent"),
            axis=alt.AxisResolveMap(x="independent", y="independent"),
        ),
    )
    # Altair renames the layers of concatenated views; read the names it gave them, so
    # each interaction can be bound to the one layer it belongs to (``add_params`` would
    # copy it into every layer of the view). The parameters are top-level ones, which
    # Altair keeps as they are, so they can go in once the names are known.
    names: dict[str, str] = {}
    for before, after in zip((main, overview), chart.vconcat, strict=True):
        for old, new in zip(before.layer, after.layer, strict=True):
            names[str(old.name)] = str(new.name)
    chart.params = _params(fr, time_ch, names)
    # The house theme's config goes on the chart itself, so it looks the same wherever
    # and whenever it is drawn, whichever Altair theme is active then.
    chart.config = alt.Config.from_dict(cast(dict[str, Any], theme()["config"]))
    # The data go in last: Altair copies and walks a chart's contents as it is built,
    # which for thousands of records takes seconds.
    chart.datasets = data
    return chart


_DETAIL_SLOTS: Final = 6
"""Zoomed in on a large case, a lane's binned events are spread over this many rows."""

_DETAIL_TIP: Final = (
    "{{'title': datum.title, 'Lane': datum.lane_label, 'Date in the story': datum.date, "
    "'Resolved': datum.resolved, {who}'Source': datum.source + (datum.href ? "
    "' (click the mark to open)' : '')}}"
)


def _density_layers(
    t: Any, t2: Any, c: Any, c2: Any, *, fill: alt.Fill, href: dict[str, Any]
) -> list[alt.Chart]:
    """A large case's band of counts a lane, and the binned events of a zoomed-in period.

    The page fills the ``detail`` data set with the binned events of the period in view
    once it holds few enough of them, and sets ``detail_on``; the counts then fade so the
    events show. The events carry their words as fields; the tooltip and the text for
    screen readers are made from them here.
    """
    counts = (
        alt.Chart(alt.NamedData(name=_BINS), name="density")
        .mark_rect(cursor="zoom-in", ariaRoleDescription="count")
        .encode(
            **_enc(
                **t("b0"),
                **t2("b1"),
                **c("base"),
                **c2("top"),
                fill=fill,
                opacity=alt.condition(f"{_ON} && !detail_on", alt.value(0.85), alt.value(0.12)),
                tooltip=alt.Tooltip("tip:N"),
                description=alt.Description("aria:N"),
            )
        )
    )
    slot = f"(datum.dbot - datum.dtop) / {_DETAIL_SLOTS}"
    tip = (
        "datum.actor ? "
        + _DETAIL_TIP.format(who="'Who': datum.actor, ")
        + " : "
        + _DETAIL_TIP.format(who="")
    )
    detail = (
        alt.Chart(alt.NamedData(name=_DETAIL), name="detail")
        .transform_lookup(
            lookup="lane",
            from_=alt.LookupData(
                data=alt.NamedData(name=_LANES), key="lane", fields=["dtop", "dbot"]
            ),
        )
        .transform_calculate(
            lo=f"datum.dtop + (datum.slot + 0.12) * {slot}",
            hi=f"datum.dtop + (datum.slot + 0.88) * {slot}",
            tip=tip,
            aria="datum.lane_label + ': ' + datum.title + '. Date: ' + datum.date + ', '"
            " + datum.resolved + '. Source: ' + datum.source + '.'",
        )
        .mark_rect(cursor="pointer", ariaRoleDescription="event", stroke="#ffffff", strokeWidth=0.6)
        .encode(
            **_enc(
                **t("s0"),
                **t2("s1"),
                **c("lo"),
                **c2("hi"),
                fill=fill,
                opacity=alt.condition(_ON, alt.value(0.9), alt.value(_DIM)),
                tooltip=alt.Tooltip("tip:N"),
                href=href,
                description=alt.Description("aria:N"),
            )
        )
    )
    return [counts, detail]


def _params(fr: _Frame, time_ch: str, names: Mapping[str, str]) -> list[Any]:
    """The chart's interactions, each bound to the one layer it belongs to.

    ``pick`` (click an event) and ``zoom`` (pan and zoom the time axis) live on the
    precise bars, ``lanes`` (show or hide a lane, from its label or the legend) on the
    fading tails, which draw the lane legend, and ``brush`` on the overview strip. A new
    brush clears the main view's own zoom, so the brush always wins.
    """
    bars, tails, ov_events = names["event_bars"], names["tails"], names["ov_events"]
    clear = ["dblclick", "@overview_group:pointerdown", f"@{ov_events}_marks:pointerdown"]
    clear.append("@brush_brush:pointerdown")
    return [
        alt.TopLevelSelectionParameter(
            name="pick",
            select=alt.PointSelectionConfig(
                type="point", fields=["id"], on="click", clear="dblclick", toggle=False
            ),
            views=[bars],
        ),
        alt.TopLevelSelectionParameter(
            name="lanes",
            select=alt.PointSelectionConfig(
                type="point",
                fields=["lane_label"],
                on="click[event.item && event.item.datum && event.item.datum.kind === 'head']",
                clear=False,
                toggle="true",
            ),
            bind="legend",
            value=[{"lane_label": LANE_LABELS[lane]} for lane in fr.lanes],
            views=[tails],
        ),
        alt.TopLevelSelectionParameter(
            name="zoom",
            select=alt.IntervalSelectionConfig(
                type="interval", encodings=[cast(Any, time_ch)], clear=", ".join(clear)
            ),
            bind="scales",
            views=[bars],
        ),
        alt.VariableParameter(
            name="sel_id",
            expr="length(data('pick_store')) ? data('pick_store')[0].values[0] : ''",
        ),
        alt.TopLevelSelectionParameter(
            name="brush",
            select=alt.IntervalSelectionConfig(type="interval", encodings=["x"]),
            views=[ov_events],
        ),
        *([alt.VariableParameter(name="detail_on", value=False)] if fr.density.aggregated else []),
    ]


# --- transcript ----------------------------------------------------------------------------


def transcript(case: Case, *, titles: bool = True, facts: Findings | None = None) -> pd.DataFrame:
    """Every event in date order, as text: what goes beside each chart.

    A statement's ``links`` name first what challenges it (its findings' evidence: the
    events that contradict it or admit it was not accurate, in link order), then its
    other links.

    Parameters
    ----------
    case
        A loaded case.
    titles
        Name each linked event in ``links``; without, count them by relation
        ('contradicted by 3 events'), which keeps a large case's transcript short.
    facts
        The case's findings (:func:`timeline.findings.findings`), when the caller has them.

    Returns
    -------
    pandas.DataFrame
        One row an event, ordered by date (an open start sorts by its known end), then
        lane: ``n`` (1-based), ``id``, ``lane``, ``lane_label``, ``date`` (as the story
        wrote it), ``resolved`` (in words, with precision), ``title``, ``actor``,
        ``quote``, ``source``, ``links`` (the linked events in words) and ``status``.
    """
    facts = facts if facts is not None else findings(case)
    ev = case.events.copy()
    ev["lane"] = ev["lane"].astype(str)
    ev["_order"] = range(len(ev))
    ev["_when"] = ev["start"].fillna(ev["end"])
    ev["_lane"] = [LANES.index(lane) for lane in ev["lane"]]
    ev = ev.sort_values(["_when", "end", "_lane", "_order"], na_position="last", kind="stable")
    names = dict(zip(case.events["id"], case.events["title"], strict=True))

    def active(rel: str, other: str) -> str:
        return f"{RELATION_LABELS[rel]}: {names[other]}" if titles else RELATION_LABELS[rel]

    def passive(rel: str, other: str) -> str:
        return f"{_PASSIVE[rel]}: {names[other]}" if titles else _PASSIVE[rel]

    # a statement's challenges (from the findings) come first, then its other links
    challenges = {(e.event, s.id, e.relation) for s in facts.statements for e in s.evidence}
    first = {s.id: [passive(e.relation, e.event) for e in s.evidence] for s in facts.statements}
    words: dict[str, list[str]] = {str(i): [] for i in case.events["id"]}
    for a, b, rel in zip(case.links["from"], case.links["to"], case.links["relation"], strict=True):
        words[str(a)].append(active(str(rel), str(b)))
        if (str(a), str(b), str(rel)) not in challenges:
            words[str(b)].append(passive(str(rel), str(a)))
    words = {k: [*first.get(k, []), *v] for k, v in words.items()}
    if not titles:
        words = {
            k: [f"{w} {plural(n, 'event')}" for w, n in Counter(v).items()]
            for k, v in words.items()
        }
    rows = []
    for n, rec in enumerate(_rows(ev), start=1):
        rows.append(
            {
                "n": n,
                "id": str(rec["id"]),
                "lane": rec["lane"],
                "lane_label": LANE_LABELS[rec["lane"]],
                "date": str(rec["date"]),
                "resolved": _resolved(rec),
                "title": str(rec["title"]),
                "actor": str(rec["actor"]),
                "quote": str(rec["quote"]),
                "source": str(rec["source"]),
                "links": "; ".join(words[str(rec["id"])]),
                "status": str(rec["status"]),
            }
        )
    return pd.DataFrame(rows, columns=list(rows[0]) if rows else None)


def _source_html(source: str) -> str:
    if _is_url(source):
        url = escape(source)
        return f'<a href="{url}" rel="noopener noreferrer" target="_blank">{url}</a>'
    return escape(source)


def transcript_html(case: Case, *, titles: bool = True, facts: Findings | None = None) -> str:
    """The transcript as an ordered list, every value escaped; http(s) sources as links.

    ``titles`` and ``facts`` are passed on to :func:`transcript`.
    """
    items = []
    for rec in _rows(transcript(case, titles=titles, facts=facts)):
        parts = [
            f'<span class="tl-t-title">{escape(rec["title"])}</span>'
            f' <span class="tl-t-lane">({escape(rec["lane_label"])})</span>',
            f'<span class="tl-t-when">{escape(rec["date"])}: {escape(rec["resolved"])}</span>',
        ]
        if rec["actor"]:
            parts.append(f"Who: {escape(rec['actor'])}")
        if rec["quote"]:
            parts.append(f'<q class="tl-t-quote">{escape(rec["quote"])}</q>')
        parts.append(f"Source: {_source_html(rec['source'])}")
        if rec["links"]:
            parts.append(f'<span class="tl-t-links">{escape(rec["links"])}</span>')
        if rec["status"] == "draft":
            parts.append("Status: draft, not yet checked")
        items.append("<li>" + "<br>\n".join(parts) + "</li>")
    return '<ol class="timeline-transcript">\n' + "\n".join(items) + "\n</ol>"


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()!|~&])")


def _md(text: str) -> str:
    """Text that Markdown shows as written: inline markup characters backslash-escaped.

    Each transcript item starts with its number, so block markers (``#``, ``-``) inside
    the text cannot start a block and are left alone.
    """
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _md_url(url: str) -> str:
    return "".join(
        c if c.isascii() and c.isprintable() and c not in " <>()[]\"'`" else f"%{ord(c):02X}"
        for c in url
    )


def transcript_markdown(case: Case) -> str:
    """The transcript as a Markdown numbered list, text escaped; http(s) sources as links."""
    lines = []
    for rec in _rows(transcript(case)):
        source = rec["source"]
        src = f"[{_md(source)}]({_md_url(source)})" if _is_url(source) else _md(source)
        text = (
            f"{rec['n']}. **{_md(rec['title'])}** ({_md(rec['lane_label'])}). "
            f"{_md(rec['date'])}: {_md(rec['resolved'])}."
        )
        if rec["actor"]:
            text += f" Who: {_md(rec['actor'])}."
        if rec["quote"]:
            text += f" “{_md(rec['quote'])}”"
        text += f" Source: {src}."
        if rec["links"]:
            text += f" {_md(rec['links'])}."
        if rec["status"] == "draft":
            text += " Status: draft."
        lines.append(text)
    return "\n".join(lines) + "\n"


# --- HTML ----------------------------------------------------------------------------------

_HOW_TO_READ: Final = (
    "How to read it: a dot is a single day; a bar spans the week, month, season or year a "
    "date names; a bar that fades out has an unknown start or end (“on or before”); a "
    "hollow, dashed mark is an approximate date. Lines join linked events: solid red where "
    "what happened contradicts what officials said. Click an event to highlight everything "
    "linked to it (click empty space to clear), click a lane name or legend entry to hide "
    "or show that lane, drag across the strip under the chart to zoom, and drag or scroll "
    "the chart to pan and zoom. Hover over a mark for its date, words and source."
)

_PAGE_CSS: Final = """\
body { margin: 0; background: #fff; color: #1f1f1f;
  font: 16px/1.5 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif; }
main.timeline-page { box-sizing: border-box; max-width: 1240px; margin: 0 auto;
  padding: 16px 20px 40px; }
.timeline-page h1 { font-size: 1.45rem; line-height: 1.25; margin: 0 0 4px; }
.timeline-page .timeline-meta { color: #595959; font-size: 0.9rem; margin: 0 0 12px; }
.timeline-page .timeline-meta a { color: inherit; }
.timeline-figure { margin: 0; }
.timeline-finding { font-size: 1.05rem; font-weight: 600; margin: 0 0 8px; max-width: 62em; }
.timeline-howto { color: #595959; font-size: 0.85rem; max-width: 62em; margin: 8px 0; }
.timeline-transcript-box summary { cursor: pointer; font-weight: 600; margin: 8px 0; }
.timeline-transcript { font-size: 0.9rem; padding-left: 1.6em; max-width: 62em; }
.timeline-transcript li { margin: 0 0 10px; }
.timeline-transcript .tl-t-title { font-weight: 600; }
.timeline-transcript .tl-t-lane, .timeline-transcript .tl-t-links { color: #595959; }
.timeline-transcript a { overflow-wrap: anywhere; }
.timeline-counts { border-collapse: collapse; font-size: 0.85rem; }
.timeline-counts th, .timeline-counts td { padding: 2px 10px; text-align: right; }
.timeline-counts th[scope="row"] { text-align: left; font-weight: 400; }
@media (max-width: 500px) { main.timeline-page { padding: 10px 8px 28px; }
  .timeline-page h1 { font-size: 1.2rem; } }
"""


_NARROW: Final[dict[str, Any]] = {"width": None, "vertical": True, "compact": False}
_MEDIUM: Final[dict[str, Any]] = {"width": None, "vertical": False, "compact": True}
_WIDE: Final[dict[str, Any]] = {"width": None, "vertical": False, "compact": False}


def _html_spec(chart: alt.VConcatChart) -> dict[str, Any]:
    """The chart's spec under the house theme, without the title the page already shows.

    The named data sets, plain JSON values already, are put in as they are rather than
    walked by Altair's conversion, which takes seconds for thousands of records.
    """
    data = getattr(chart, "datasets", alt.Undefined)
    bare = chart.copy(deep=False)
    bare.datasets = alt.Undefined
    with alt.theme.enable(THEME):
        converted: dict[str, Any] = bare.to_dict(validate=False)
    converted.pop("title", None)
    if data is alt.Undefined:
        return converted
    spec: dict[str, Any] = {}
    for key, value in converted.items():
        spec[key] = value
        if key == "vconcat":
            spec["datasets"] = data
    spec.setdefault("datasets", data)
    return spec


def _variants(case: Case, fr: _Frame, width: int | None) -> list[Variant]:
    """The chart's forms for a page: three that follow the container, or one fixed."""
    if width is None:
        return [
            Variant("narrow", 0, _html_spec(_timeline_chart(case, **_NARROW, fr=fr))),
            Variant("medium", BREAKPOINT, _html_spec(_timeline_chart(case, **_MEDIUM, fr=fr))),
            Variant("wide", WIDE, _html_spec(_timeline_chart(case, **_WIDE, fr=fr))),
        ]
    vertical = width < BREAKPOINT
    fixed = _timeline_chart(case, width=width, vertical=vertical, compact=width < WIDE, fr=fr)
    return [Variant("fixed", 0, _html_spec(fixed))]


def chart_html(case: Case, div_id: str | None = None, *, width: int | None = None) -> str:
    """The chart and its transcript as an HTML fragment for a page with the Vega libraries.

    The fragment carries both variants and draws the horizontal one in containers at
    least :data:`BREAKPOINT` pixels wide, the vertical one below (or, with ``width``,
    the one that suits that width).

    Parameters
    ----------
    case
        A loaded case.
    div_id
        Element id for the chart; defaults to ``timeline-<case id>``.
    width
        A fixed plot width in pixels instead of following the container.
    """
    div = div_id or f"timeline-{case.id}"
    fr = _frame(case)
    found = finding(case, fr.facts)
    if fr.density.aggregated:
        chart, howto, text = _large_parts(case, fr, div, width)
    else:
        chart = responsive_fragment(_variants(case, fr, width), div)
        howto = escape(_HOW_TO_READ)
        text = (
            '<details class="timeline-transcript-box" open>\n'
            f"<summary>Text version: all {len(case.events)} events in date order, with "
            f"sources</summary>\n{transcript_html(case, facts=fr.facts)}\n</details>"
        )
    return (
        f'<figure class="timeline-figure" aria-describedby="{escape(div)}-finding">\n'
        f'<p class="timeline-finding" id="{escape(div)}-finding">{escape(found.sentence)}</p>\n'
        f'{chart}\n<p class="timeline-howto">{howto}</p>\n{text}\n</figure>'
    )


DETAIL_LIMIT: Final = 3000
"""Zoomed in on a large case, the page draws the binned events once this few are in view."""


def _detail_columns(case: Case, fr: _Frame) -> dict[str, list[Any]]:
    """The binned events of a large case, one list a field, in the order of their anchor.

    Each is drawn, when zoomed in, from the first to the last day it is known to fall
    on (just the known day for an open bound), in one of the rows (``slot``) of its
    lane's band.
    """
    rest = case.events.loc[~fr.density.single].copy()
    day = _DAY
    epoch = pd.Timestamp(0)
    rest["_anchor"] = ((anchors(rest) - epoch) // day).astype("int64")
    rest["_order"] = range(len(rest))
    rest = rest.sort_values(["_anchor", "_order"], kind="stable")
    first = rest["start"].fillna(rest["end"])
    last = rest["end"].fillna(rest["start"])
    lanes = [lane for lane in LANES if lane in set(rest["lane"].astype(str))]
    # the resolved date in words, worked out once for each distinct date
    keys = ["start", "end", "precision", "open_start", "open_end", "approximate"]
    codes = rest.groupby(keys, sort=False, dropna=False).ngroup().to_numpy()
    distinct = rest.drop_duplicates(keys)[keys]
    words = [_resolved(dict(zip(keys, k, strict=True))) for k in distinct.itertuples(index=False)]
    resolved = np.asarray(words, dtype=object)[codes].tolist()
    return {
        "lanes": lanes,
        "labels": [LANE_LABELS[lane] for lane in lanes],
        "anchor": rest["_anchor"].tolist(),
        "id": rest["id"].astype(str).tolist(),
        "lane": rest["lane"].astype(str).map({lane: i for i, lane in enumerate(lanes)}).tolist(),
        "s0": ((first - epoch) // day).astype("int64").tolist(),
        "s1": ((last - epoch) // day + 1).astype("int64").tolist(),
        "slot": (rest.groupby("_anchor").cumcount() % _DETAIL_SLOTS).tolist(),
        "title": rest["title"].astype(str).tolist(),
        "date": rest["date"].astype(str).tolist(),
        "resolved": resolved,
        "actor": rest["actor"].astype(str).tolist(),
        "source": rest["source"].astype(str).tolist(),
    }


def _counts_html(fr: _Frame) -> str:
    """A table of a large case's binned events: one row a bin period, one column a lane."""
    bins = fr.density.bins
    lanes = [lane for lane in LANES if lane in set(bins["lane"])]
    table = bins.pivot_table(index="start", columns="lane", values="n", aggfunc="sum")
    head = "".join(f'<th scope="col">{escape(LANE_LABELS[lane])}</th>' for lane in lanes)
    body = []
    for start, row in zip(table.index, _rows(table), strict=True):
        cells = "".join(
            f"<td>{int(row[lane]):,}</td>" if pd.notna(row.get(lane)) else "<td>0</td>"
            for lane in lanes
        )
        when = escape(_period_words(pd.Timestamp(cast(Any, start)), fr.density.unit))
        body.append(f'<tr><th scope="row">{when}</th>{cells}</tr>')
    return (
        '<table class="timeline-counts">\n'
        f'<thead><tr><th scope="col">{escape(fr.density.unit.capitalize())}</th>{head}</tr>'
        "</thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>"
    )


def _large_parts(case: Case, fr: _Frame, div: str, width: int | None) -> tuple[str, str, str]:
    """:func:`chart_html`'s chart, how-to-read and text version for a case drawn with counts.

    The chart carries the binned events for the page to draw when zoomed in; the text
    lists the single events and a table of the counts.
    """
    detail = Detail(
        dataset=_DETAIL,
        flag="detail_on",
        signals=("zoom", "brush"),
        field="s0",
        limit=DETAIL_LIMIT,
        columns=_detail_columns(case, fr),
    )
    chart = responsive_fragment(_variants(case, fr, width), div, detail=detail)
    single = replace(case, events=case.events.loc[fr.density.single])
    n_single = len(single.events)
    text = (
        '<details class="timeline-transcript-box">\n'
        f"<summary>Text version: the {n_single:,} events drawn one by one, in date order, "
        f"with sources</summary>\n{transcript_html(single, titles=False)}\n</details>\n"
        '<details class="timeline-transcript-box">\n'
        f"<summary>Text version: the other {len(case.events) - n_single:,} events, counted "
        f"by {fr.density.unit}</summary>\n{_counts_html(fr)}\n</details>"
    )
    return chart, f"{escape(_HOW_TO_READ)} {escape(_HOW_TO_READ_LARGE)}", text


_HOW_TO_READ_LARGE: Final = (
    "This case has too many events to draw one by one: statements, linked events and "
    "events with a quote are drawn singly, and the rest of each lane as a band of counts "
    "(a bar a period, as tall as its count). Zoom in on a short period to see each of "
    "its events. Links stay faint, and all solid, until you click an event."
)


def save_html(case: Case, path: str | Path, *, width: int | None = None) -> Path:
    """Write one self-contained, offline page: title, finding, chart and transcript.

    The page is written to a temporary file beside ``path`` and moved into place, so a
    reader never sees half a page; the same case gives the same bytes.

    Parameters
    ----------
    case
        A loaded case.
    path
        Where to write the page.
    width
        A fixed plot width in pixels; ``None`` follows the window.

    Returns
    -------
    pathlib.Path
        ``path``.
    """
    target = Path(path)
    meta = case.meta
    published = _day(pd.Timestamp(meta.published))
    by = f" by {escape(meta.byline)}" if meta.byline else ""
    body = (
        '<main class="timeline-page">\n'
        f"<h1>{escape(meta.title)}</h1>\n"
        f'<p class="timeline-meta"><a href="{escape(meta.url)}" rel="noopener noreferrer">'
        f"{escape(meta.outlet)}</a>{by}, {escape(published)}</p>\n"
        f"{chart_html(case, width=width)}\n</main>"
    )
    text = page(meta.title, body, head=f"<style>\n{_PAGE_CSS}</style>\n")
    return write_atomic(target, text)
