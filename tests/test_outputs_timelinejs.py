"""Tests of timeline.outputs.timelinejs: Knight Lab's format, dates by precision, escaping."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from outputs_support import Tags, load_json
from timeline.case import Case
from timeline.outputs import display_date, export_case

_DATE = {
    "type": "object",
    "properties": {
        "year": {"type": "integer"},
        "month": {"type": "integer", "minimum": 1, "maximum": 12},
        "day": {"type": "integer", "minimum": 1, "maximum": 31},
        "hour": {"type": "integer"},
        "minute": {"type": "integer"},
        "second": {"type": "integer"},
        "millisecond": {"type": "integer"},
        "display_date": {"type": "string"},
    },
    "required": ["year"],
    "dependentRequired": {"day": ["month"]},
    "additionalProperties": False,
}


_TEXT = {
    "type": "object",
    "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
    "additionalProperties": False,
}


_SLIDE_PROPERTIES = {
    "start_date": _DATE,
    "end_date": _DATE,
    "text": _TEXT,
    "media": {"type": "object"},
    "group": {"type": "string"},
    "display_date": {"type": "string"},
    "background": {"type": "object"},
    "autolink": {"type": "boolean"},
    "unique_id": {"type": "string", "pattern": "^[a-z0-9-]+$"},
}


#: The fields of TimelineJS3's JSON format, as documented by Knight Lab
#: (timeline.knightlab.com/docs/json-format.html).
TIMELINEJS_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "title": {
            "type": "object",
            "properties": _SLIDE_PROPERTIES,
            "required": ["text"],
            "additionalProperties": False,
        },
        "events": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": _SLIDE_PROPERTIES,
                "required": ["start_date", "text", "unique_id"],
                "additionalProperties": False,
            },
        },
        "eras": {"type": "array"},
        "scale": {"enum": ["human", "cosmological"]},
    },
    "required": ["events"],
    "additionalProperties": False,
}


@pytest.mark.parametrize("which", ["first", "hostile"])
def test_timelinejs_matches_the_documented_format(
    which: str, first_case: Case, hostile_case: Case, tmp_path: Path
) -> None:
    case = first_case if which == "first" else hostile_case
    export_case(case, ["timelinejs"], tmp_path)
    data = load_json(tmp_path / "timelinejs.json")
    jsonschema.Draft202012Validator(TIMELINEJS_SCHEMA).validate(data)
    assert [e["unique_id"] for e in data["events"]] == list(case.events["id"])
    assert data["title"]["unique_id"] not in set(case.events["id"])
    assert data["title"]["text"]["headline"] == html.escape(case.meta.title, quote=False)
    labels = {
        "statement": "What officials said",
        "practice": "What happened behind the scenes",
        "disclosure": "Oversight and disclosure",
        "context": "Context",
    }
    for event, row in zip(data["events"], case.events.itertuples(), strict=True):
        assert event["group"] == labels[row.lane]
        assert event["autolink"] is False
        assert event["text"]["headline"] == html.escape(row.title, quote=False)
        assert event["display_date"] == display_date(case.events.loc[row.Index])


def test_timelinejs_dates_follow_precision(first_case: Case, tmp_path: Path) -> None:
    export_case(first_case, ["timelinejs"], tmp_path)
    events = {e["unique_id"]: e for e in load_json(tmp_path / "timelinejs.json")["events"]}
    # Day precision: one day, no end.
    assert events["trump-deportation-plan"]["start_date"] == {"year": 2017, "month": 1, "day": 25}
    assert "end_date" not in events["trump-deportation-plan"]
    # Month precision: no day, and no end for a single month; words from the article.
    tweet = events["july-tweet"]
    assert tweet["start_date"] == {"year": 2017, "month": 7}
    assert "end_date" not in tweet
    assert tweet["display_date"] == "in July (July 2017)"
    # A span keeps each side's own precision.
    inquiry = events["ig-inquiry"]
    assert inquiry["start_date"] == {"year": 2017, "month": 1}
    assert inquiry["end_date"] == {"year": 2017, "month": 10, "day": 9}
    assert inquiry["display_date"] == "January 2017 to 9 October 2017"
    # An open start sits at its known end and says so.
    for eid, bound, words in [
        ("ice-jail-access", {"year": 2017, "month": 10, "day": 9}, "9 October 2017"),
        ("funding-threats", {"year": 2017, "month": 1}, "January 2017"),
    ]:
        assert events[eid]["start_date"] == bound
        assert "end_date" not in events[eid]
        assert events[eid]["display_date"] == f"on or before {words}"
    assert events["ig-report-released"]["display_date"] == "Monday (9 October 2017)"


def test_timelinejs_escapes_hostile_text(hostile_case: Case, tmp_path: Path) -> None:
    export_case(hostile_case, ["timelinejs"], tmp_path)
    raw = (tmp_path / "timelinejs.json").read_text("utf-8")
    assert "<" not in raw and ">" not in raw and "\u2028" not in raw
    data = json.loads(raw)
    slides = [data["title"], *data["events"]]
    for slide in slides:
        for field in ("headline", "text"):
            tags = Tags.of(slide["text"][field])
            # The only elements are the ones this package writes; links are http(s) only.
            assert {t for t, _ in tags} <= {"p", "strong", "blockquote", "a"}, (field, tags)
            for tag, attrs in tags:
                assert set(attrs) <= {"href"}
                if tag == "a":
                    assert attrs["href"].startswith(("http://", "https://"))
    events = {e["unique_id"]: e for e in data["events"]}
    for row in hostile_case.events.itertuples():
        event = events[row.id]
        assert html.unescape(event["text"]["headline"]) == row.title
        if row.quote:
            assert (
                f"<blockquote>{html.escape(row.quote, quote=False)}</blockquote>"
                in (event["text"]["text"])
            )
    # A javascript: text in a detail stays text, and autolink is off.
    post = events["spokesperson-post"]["text"]["text"]
    assert "javascript:window.pwned=1" in post
    assert 'href="javascript' not in post
    # The hostile URL is a link with its quotes escaped inside the attribute.
    assert "https://example.com/post?b=&quot;&#x27;&gt;&lt;svg/onload=window.pwned=1&gt;" in post
