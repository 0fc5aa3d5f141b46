"""Datelines that carry the day a story was filed."""

from __future__ import annotations

import datetime

import pytest

from timeline.draft import draft
from timeline.draft.datelines import filed_day

_STORY = (
    "University admits software lapse\n\n"
    "GUWAHATI, July 15: The university today admitted that its licence had lapsed.\n\n"
    "Its registrar, when contacted yesterday, said he would cooperate with the committee.\n\n"
    'The vice-chancellor said on Friday that "every thesis" had been checked.'
)


def test_today_and_yesterday_count_from_the_day_the_dateline_names() -> None:
    result = draft(_STORY, "2024-07-16")
    registrar = next(e for e in result.events if "cooperate" in e.clause)
    assert (registrar.date, "dateline" in registrar.date_note) == ("2024-07-14", True)
    # (a weekday is the paper's own reckoning, left as written)
    friday = next(e for e in result.events if "every thesis" in e.clause)
    assert "Friday" in friday.date


@pytest.mark.parametrize(
    ("lede", "pub", "day"),
    [
        ("GUWAHATI, July 15: The university today admitted", "2024-07-16", "2024-07-15"),
        ("Mysuru, 14 June - The corporation today said", "2023-06-15", "2023-06-14"),
        # the paper's own day, a day after it, or no day at all change nothing
        ("Mysuru, June 15: The corporation today said", "2023-06-15", None),
        ("Mysuru, June 16: The corporation today said", "2023-06-15", None),
        ("MULTAN: The district health chief today said", "2019-11-14", None),
        ("Srinagar, Jan 8: The corporation today said", "2024-01-18", None),
    ],
)
def test_the_filed_day_is_one_to_three_days_before_the_paper(
    lede: str, pub: str, day: str | None
) -> None:
    found = filed_day(lede, datetime.date.fromisoformat(pub))
    assert (found.isoformat() if found else None) == day


def test_a_story_with_no_dated_dateline_keeps_yesterday_as_written() -> None:
    story = _STORY.replace("GUWAHATI, July 15: ", "")
    registrar = next(e for e in draft(story, "2024-07-16").events if "cooperate" in e.clause)
    assert registrar.date == "yesterday"
