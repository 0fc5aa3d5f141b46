"""The transcript: every event as text, as a table, HTML and Markdown."""

from __future__ import annotations

import re

import pandas as pd

from chart_support import HOSTILE
from timeline import Case, load_case
from timeline.chart import transcript, transcript_html, transcript_markdown


def test_transcript_order_and_columns(first: Case) -> None:
    table = transcript(first)
    assert list(table.columns) == [
        "n",
        "id",
        "lane",
        "lane_label",
        "date",
        "resolved",
        "title",
        "actor",
        "quote",
        "source",
        "links",
        "status",
        "statement_status",
    ]
    statuses = table.set_index("id")["statement_status"]
    assert statuses["july-tweet"] == "admitted" and statuses["refuses-ice-holds"] == "unchallenged"
    assert statuses["admission-letter"] == ""  # not a statement
    assert list(table["n"]) == list(range(1, 24))
    assert set(table["id"]) == set(first.events["id"])
    events = first.events.set_index("id")
    when = [
        events.at[i, "start"] if pd.notna(events.at[i, "start"]) else events.at[i, "end"]
        for i in table["id"]
    ]
    assert when == sorted(when)
    tweet = table.set_index("id").loc["july-tweet"]
    assert tweet["date"] == "in July" and tweet["resolved"] == "1–31 July 2017 (month)"
    assert "contradicted by: ICE sets up five desktop computers" in tweet["links"]


def test_transcript_html_escapes_and_links_only_web_sources() -> None:
    hostile = load_case(HOSTILE)
    text = transcript_html(hostile)
    assert text.startswith('<ol class="timeline-transcript">') and text.endswith("</ol>")
    assert "<script" not in text and "<img" not in text and "<iframe" not in text
    hrefs = re.findall(r'href="([^"]*)"', text)
    assert hrefs and all(h.startswith(("http://", "https://")) for h in hrefs)
    assert "&lt;/script&gt;" in text


def test_transcript_markdown(first: Case) -> None:
    text = transcript_markdown(first)
    lines = text.splitlines()
    assert len(lines) == 23 and lines[0].startswith("1. **")
    assert "[https://www.federalregister.gov/" in text
    hostile = transcript_markdown(load_case(HOSTILE))
    assert "<script>" not in hostile and "\\<script\\>" in hostile
