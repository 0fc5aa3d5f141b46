"""The transcript: every event in date order as text, as a table, HTML or Markdown."""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from timeline.case import LANES, Case
from timeline.chart.units import _rows
from timeline.chart.words import _PASSIVE, LANE_LABELS, RELATION_LABELS, _resolved
from timeline.findings import Findings, findings
from timeline.text import plural
from timeline.web import escape, safe_url

__all__ = ["card_events", "transcript", "transcript_html", "transcript_markdown", "written_date"]

#: What the transcript says of a statement only disputed: no verdict, and that none is given.
_UNSETTLED = "Disputed; the story does not settle it."

# A letter other than EDTF's X: a date written in words (the rule of dates.wording.display_date).
_WORDS = re.compile(r"[^\W\dX_]")


def written_date(text: str) -> str:
    """The date as the story wrote it, or ``""`` when it is a code (``2017-01-25/2017-10-09``).

    A reader is shown a code's resolved words alone, not the code.

    Examples
    --------
    >>> written_date("in July"), written_date("2017-01-25/2017-10-09"), written_date("201X")
    ('in July', '', '')
    """
    written = " ".join(str(text).split())
    return written if _WORDS.search(written) else ""


def transcript(case: Case, *, titles: bool = True, facts: Findings | None = None) -> pd.DataFrame:
    """Every event in date order, as text: what goes beside each chart.

    A statement's ``links`` name first what challenges it (its findings' evidence: the
    events that contradict it, admit it was not accurate or dispute it, in link order),
    then its other links.

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
        ``quote``, ``source``, ``links`` (the linked events in words), ``status`` (the
        row's editorial status) and ``statement_status`` (a statement's status in the
        findings: ``admitted``, ``contradicted``, ``disputed`` or ``unchallenged``; ``""``
        for other lanes).
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
    statuses = {s.id: s.status for s in facts.statements}
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
                "statement_status": statuses.get(str(rec["id"]), ""),
            }
        )
    return pd.DataFrame(rows, columns=list(rows[0]) if rows else None)


def _source_html(source: str) -> str:
    if safe_url(source):
        url = escape(source)
        return f'<a href="{url}" rel="noopener noreferrer" target="_blank">{url}</a>'
    return escape(source)


def _when_html(rec: dict[str, str]) -> str:
    """The date as written and as resolved, or the resolved words alone for a code."""
    written = written_date(rec["date"])
    resolved = escape(rec["resolved"])
    return f"{escape(written)}: {resolved}" if written else resolved


def card_events(case: Case, *, facts: Findings | None = None) -> list[dict[str, str]]:
    """The events in date order as a page's details card shows them (one dict each).

    Each has ``id``, ``title``, ``lane`` (its label), ``date`` (as written, ``""`` for a
    code), ``resolved``, ``actor``, ``quote``, ``source`` and ``href`` (the source when
    it is an http(s) address, else ``""``).
    """
    out = []
    for rec in _rows(transcript(case, facts=facts)):
        source = str(rec["source"])
        out.append(
            {
                "id": rec["id"],
                "title": rec["title"],
                "lane": rec["lane_label"],
                "date": written_date(rec["date"]),
                "resolved": rec["resolved"],
                "actor": rec["actor"],
                "quote": rec["quote"],
                "source": source,
                "href": source if safe_url(source) else "",
            }
        )
    return out


def transcript_html(case: Case, *, titles: bool = True, facts: Findings | None = None) -> str:
    """The transcript as an ordered list, every value escaped; http(s) sources as links.

    ``titles`` and ``facts`` are passed on to :func:`transcript`.
    """
    items = []
    for rec in _rows(transcript(case, titles=titles, facts=facts)):
        parts = [
            f'<span class="tl-t-title">{escape(rec["title"])}</span>'
            f' <span class="tl-t-lane">({escape(rec["lane_label"])})</span>',
            f'<span class="tl-t-when">{_when_html(rec)}</span>',
        ]
        if rec["actor"]:
            parts.append(f"Who: {escape(rec['actor'])}")
        if rec["quote"]:
            parts.append(f'<q class="tl-t-quote">{escape(rec["quote"])}</q>')
        parts.append(f"Source: {_source_html(rec['source'])}")
        if rec["links"]:
            parts.append(f'<span class="tl-t-links">{escape(rec["links"])}</span>')
        if rec["statement_status"] == "disputed":
            parts.append(_UNSETTLED)
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
        src = f"[{_md(source)}]({_md_url(source)})" if safe_url(source) else _md(source)
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
        if rec["statement_status"] == "disputed":
            text += f" {_UNSETTLED}"
        if rec["status"] == "draft":
            text += " Status: draft."
        lines.append(text)
    return "\n".join(lines) + "\n"
