"""Tests for the conventions of news copy the finder reads: tense, names, results copy."""

# Each sentence here was written for these tests; none comes from a corpus.

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest

from timeline.dates import find, resolve
from timeline.dates.tense import tense
from timeline.dates.timex import timex_tags, timex_value

PUB = "2019-03-06"  # a Wednesday
RESULTS = "2019-11-04"  # a Monday, in the weeks companies report the third quarter


def dates(text: str, published: str = PUB) -> list[tuple[str, str]]:
    """(words, EDTF) of every date found."""
    return [(f.text, f.resolution.edtf) for f in find(text, published)]


def values(text: str, published: str = RESULTS) -> list[tuple[str, str | None]]:
    """(words, TIMEX3 value) of every date found."""
    return [(f.text, timex_value(f.resolution)) for f in find(text, published)]


# -- the tense of the clause -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "edtf"),
    [
        # an infinitive after a verb or noun of intent: the act intended is to come
        (
            "The council agreed to buy the depot from the county in September.",
            "in September",
            "2019-09",
        ),
        ("The museum signed an agreement to lease the hall in July.", "in July", "2019-07"),
        # "planned to" before the date: the plan is still ahead
        ("The two unions planned to strike on Friday, organizers said.", "Friday", "2019-03-08"),
        # ... but a plan told after the date was made on it
        ("On Friday, the two unions planned to strike, organizers said.", "Friday", "2019-03-01"),
        # "to be" and a participle: still to come
        (
            "Officials said the rules to be adopted in early April will govern the vote.",
            "in early April",
            "2019-04-01~/2019-04-10~",
        ),
        # a plural verb of meeting after its subject is a timetable
        ("The two ministers meet Thursday in Lisbon.", "Thursday", "2019-03-07"),
        # "as early as" forecasts the soonest a thing may come
        (
            "The ferry could resume service as early as Friday.",
            "as early as Friday",
            "2019-03-08~",
        ),
        # a deadline met or to be met: the nearer reading
        ("Workers finished the count by the Monday deadline.", "Monday", "2019-03-04"),
        # the day a court sets for one it orders to appear: the nearer reading
        (
            "The court directed the commissioner to appear in person on March 12.",
            "March 12",
            "2019-03-12",
        ),
        # a verb whose past is its base form, after a singular subject, is the past
        ("The board put hiring on hold on March 12.", "March 12", "2018-03-12"),
        ("The council will put the plan to a vote on March 12.", "March 12", "2019-03-12"),
        # a deadline gone by tells of none to come
        (
            "In June, with that deadline gone, the mayor told council the pumps were ordered.",
            "In June",
            "2018-06",
        ),
    ],
)
def test_news_tenses_decide_dates_without_a_year(text: str, words: str, edtf: str) -> None:
    assert dates(text) == [(words, edtf)]


def test_an_activity_under_way_does_not_point_ahead() -> None:
    # "is continuing to" tells what goes on, not what is arranged for a date.
    text = "The city is continuing talks with the builder over a June accord."
    assert dates(text, "2019-10-27") == [("June", "2019-06")]


def test_the_first_word_read_is_seen_with_the_word_before_it() -> None:
    # Twelve words lead up to the date; the first of them, "paid", follows "be": a
    # participle, not the past tense.
    text = "The bonus would be paid out in a lump sum to all the holders on record Dec. 20."
    at = text.index("Dec. 20")
    assert tense(text, at, at + len("Dec. 20")) is None


# -- names and words that are not dates ------------------------------------------------------


def test_names_and_ages_that_hold_date_words_are_not_dates() -> None:
    assert dates("The mayor said today's teenagers read fewer newspapers.") == []
    assert dates("Thousands joined the annual March for Peace downtown.") == []
    assert dates("A man in his sixties was hurt.") == []
    assert dates("The two men started a firm called Nova 2010, which makes parts.") == []
    assert dates("The Sunday paper ran the story.") == []
    # a place named with a month's word, then its head: "the May Pen Hospital"
    assert dates("Nine were taken to the May Pen Hospital.") == []


def test_a_month_before_one_capitalised_noun_is_still_a_date() -> None:
    assert [w for w, _ in dates("The June Budget raised the tax.")] == ["June"]


def test_a_year_before_a_name_and_its_noun_is_a_date() -> None:
    assert dates("Analysts expected 2019 Acme revenue to rise.") == [("2019", "2019")]
    assert dates("Detroit expects GM 2020 models to sell well.") == [("2020", "2020")]


def test_a_weekday_before_the_noun_of_an_event_is_that_day() -> None:
    assert dates("Hundreds came to a Sunday night vigil for the victims.") == [
        ("Sunday", "2019-03-03")
    ]
    assert dates("The Tuesday blasts killed four.") == [("Tuesday", "2019-03-05")]


def test_today_after_an_opening_quotation_mark_is_the_day() -> None:
    assert dates("``Today, I am resigning,'' the senator said.") == [("Today", "2019-03-06")]


def test_a_possessive_ends_no_range() -> None:
    assert dates("The agency issued a revision Monday to February's totals.") == [
        ("Monday", "2019-03-04"),
        ("February", "2019-02"),
    ]


def test_a_range_may_end_at_an_occasion_named_by_its_month() -> None:
    assert dates("Only 40 cases were heard between July 2018 and the February hearing.") == [
        ("between July 2018 and the February", "2018-07/2019-02")
    ]
    # a month that begins no occasion after "and the" is no range's end
    assert dates("She spoke in May and the march drew thousands.") == [("in May", "2018-05")]


# -- dates written out, and years around them ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "A new bridge in the year two thousand has become a campaign issue.",
            "in the year two thousand",
            "2000",
        ),
        (
            "Snow fell as it did in the winter of nineteen eighty-two.",
            "in the winter of nineteen eighty-two",
            "1982-WI",
        ),
        ("Church attendance fell in the nineties.", "in the nineties", "199"),
        ("The festival opens on March eighth.", "March eighth", "2019-03-08"),
        ("The race is May twenty-first.", "May twenty-first", "2019-05-21"),
        (
            "Polls open this coming Sunday, March tenth.",
            "this coming Sunday, March tenth",
            "2019-03-10",
        ),
        ("The bridge was finished in 1883.", "in 1883", "1883"),
        # "that" before a quarter written as an adjective is a conjunction
        ("Acme said that third-quarter revenue fell 5%.", "third-quarter", "2018-Q3"),
    ],
)
def test_dates_in_words_and_old_years(text: str, words: str, value: str) -> None:
    assert values(text, "2019-03-06") == [(words, value)]


def test_an_old_year_opening_a_span_is_its_first_end() -> None:
    # (a year before 1900 after "from" or "between" opens a span: "from 1881 until 2016")
    assert dates("The nuns ran the school from 1881 until 2016.") == [
        ("from 1881 until 2016", "1881/2016")
    ]
    assert dates("The mill ran between 1851 and 1902.") == [("between 1851 and 1902", "1851/1902")]


def test_a_prefixed_year_is_a_bound_tagged_with_its_year() -> None:
    text = "The post-1945 order is fraying, and prices are back at pre-2008 levels."
    assert dates(text) == [("post-1945", "1946/.."), ("pre-2008", "../2007")]
    tagged = timex_tags(text, find(text, PUB), PUB)
    assert 'value="1945">1945</TIMEX3>' in tagged
    assert 'value="2008">2008</TIMEX3>' in tagged


def test_that_before_a_quarter_noun_is_a_determiner() -> None:
    assert dates("Analysts said that third quarter was the worst.", RESULTS) == []


# -- TimeML tags -----------------------------------------------------------------------------


def test_each_end_of_a_range_is_tagged_by_its_own_words() -> None:
    pub = "2019-10-27"
    text = "The fund has gained 3% this year through May 3, its managers say."
    tagged = timex_tags(text, find(text, pub), pub)
    assert 'value="2019">this year</TIMEX3>' in tagged
    assert 'value="2019-05-03">May 3</TIMEX3>' in tagged
    # A list of weekdays in any order: each is the day it names.
    text = "The statements were issued Wednesday and Tuesday."
    tagged = timex_tags(text, find(text, PUB), PUB)
    assert 'value="2019-03-06">Wednesday</TIMEX3>' in tagged
    assert 'value="2019-03-05">Tuesday</TIMEX3>' in tagged


def test_earlier_this_month_on_the_second_is_tagged_as_the_month() -> None:
    res = resolve("earlier this month", "2019-11-02")
    assert res is not None and res.start == res.end == datetime.date(2019, 11, 1)
    assert timex_value(res) == "2019-11"


# -- results copy: the year and the quarter a story reports ----------------------------------


def test_the_year_is_the_year_the_story_tells_of() -> None:
    text = (
        "Acme said sales rose in the third quarter. A strike slowed deliveries earlier in the "
        "year. The stock touched a peak for the year of $40 in July. She was named player of "
        "the year."
    )
    assert [v for v in values(text) if v[0] == "the year"] == [
        ("the year", "2019"),
        ("the year", "2019"),
    ]


def test_a_fiscal_year_is_named_by_the_year_it_ends_in() -> None:
    text = (
        "Acme lost $3 million in the fiscal year ended June 30. Its revenue in the latest "
        "fiscal year was $2 billion."
    )
    found = find(text, RESULTS)
    got = {f.text: f.resolution for f in found}
    assert got["the fiscal year"].edtf == "2019~"  # ended June 30, 2019
    assert got["the latest fiscal year"].edtf == "2018~"  # the last year that has ended


def test_a_quarter_ended_on_a_day_is_the_quarter_it_closes() -> None:
    text = "Acme lost money in the quarter ended Sept. 30. It earned $2 million a year earlier."
    assert values(text) == [
        ("the quarter", "2019-Q3"),
        ("Sept. 30", "2019-09-30"),
        ("a year earlier", "2018-Q3"),
    ]


def test_a_named_quarter_ended_on_a_day_takes_that_day_s_year() -> None:
    # The end of a period is not the date later words point back to: the quarter is.
    text = (
        "Acme changed its fiscal year in 2019. In the third quarter ended Oct. 1, 2018, "
        "Acme lost $2 million. Results for that quarter included a charge."
    )
    got = dict(values(text))
    assert got["In the third quarter"] == "2018-Q3"
    assert got["that quarter"] == "2018-Q3"


def test_comparisons_that_name_their_unit() -> None:
    text = (
        "Acme earned $5 million in the third quarter, up from $4 million for the "
        "corresponding period last year. This quarter's profit reflects a $1 million gain. "
        "Export sales for last year's quarter were $2 million. In the quarter a year ago "
        "it earned $3 million."
    )
    assert values(text)[1:] == [
        ("the corresponding period last year", "2018-Q3"),
        ("This quarter", "2019-Q3"),
        ("last year's quarter", "2018-Q3"),
        ("the quarter a year ago", "2018-Q3"),
    ]


def test_a_fiscal_quarter_told_as_reported_is_the_period_reported() -> None:
    # In November the calendar's fourth quarter has not ended: a company reporting its
    # fourth quarter reports a fiscal one.
    text = (
        "Acme posted a 10% rise in fourth-quarter sales. Revenue in the latest period "
        "rose 3%, up from last year's $900 million."
    )
    assert values(text) == [
        ("fourth-quarter", "2019-Q4"),
        ("the latest period", "2019-Q4"),
        ("last year", "2018-Q4"),
    ]


def test_an_earlier_quarter_told_in_passing_does_not_replace_the_reported_one() -> None:
    text = (
        "Acme said third-quarter profit rose. Following a weak second quarter, margins improved. "
        "Costs were lower than a year ago."
    )
    assert dict(values(text))["a year ago"] == "2018-Q3"


def test_after_a_longer_period_a_comparison_is_the_year_before() -> None:
    text = (
        "Acme said third-quarter profit rose 4% from a year ago. Over the nine months, profit "
        "rose 6% from a year earlier."
    )
    assert values(text)[1:] == [("a year ago", "2018-Q3"), ("a year earlier", "2018")]


def test_a_comparison_after_last_year_names_last_year() -> None:
    text = (
        "Acme said third-quarter profit rose 4%. Last year storm claims were small. "
        "The year-earlier results were restated."
    )
    assert dict(values(text))["The year-earlier"] == "2018"


def test_the_quarter_named_again_is_what_a_comparison_reads() -> None:
    text = (
        "Acme lost $2 million in the third quarter. It expects record sales in 2020. Deposits "
        "grew to $6 million in the quarter, against $9 million a year ago."
    )
    assert dict(values(text))["a year ago"] == "2018-Q3"


def test_the_previous_weekday_is_read_against_the_day_named_last() -> None:
    text = "The index ended the week at a record Friday, 2% above the previous Friday."
    assert dates(text, RESULTS) == [
        ("Friday", "2019-11-01"),
        ("the previous Friday", "2019-10-25"),
    ]


# -- the benchmark's reading of gold values --------------------------------------------------


def test_the_benchmark_compares_weeks_without_their_zero_padding() -> None:
    bench = Path(__file__).resolve().parents[1] / "benchmarks"
    sys.path.insert(0, str(bench))
    try:
        import timeml
    finally:
        sys.path.remove(str(bench))
    week = resolve("this week", "2000-02-23")
    assert week is not None and timex_value(week) == "2000-W08"
    assert timeml.value_right(week, "2000-W8")
    assert timeml.value_right(week, "2000-W08")
    assert not timeml.value_right(week, "2000-W7")


def test_a_chronology_entry_label_is_a_date_and_a_clock_time_is_not() -> None:
    # Chronology convention: "Feb 11: ..." labels an entry with its day; a colon with a
    # number after it makes a clock time or a score, never a day.
    assert dates("Feb 11: Power to the store goes off.") == [("Feb 11", "2019-02-11")]
    assert dates("Sept 5: The office writes to the board.") == [("Sept 5", "2018-09-05")]
    assert dates("The count stood at 11:30 by noon.") == []


def test_a_week_later_than_a_day_is_seven_days_on() -> None:
    # Narrative convention: "On Feb. 4 ... A week later, ..." counts seven days from the
    # day told last.
    assert dates("The board met on Feb. 4. A week later, the chief resigned.")[-1] == (
        "A week later",
        "2019-02-11",
    )
    assert dates("The board met on Feb. 4. Two weeks earlier, staff had warned.")[-1] == (
        "Two weeks earlier",
        "2019-01-21",
    )


@pytest.mark.parametrize(
    ("text", "published", "words", "day"),
    [
        # Sri Lankan copy writes the day of the month in brackets after the weekday
        (
            "pupils were admitted on Wednesday (1) after the meal",
            "2018-08-12",
            "Wednesday (1)",
            "2018-08-01",
        ),
        ("fishermen will protest on Monday (20) if", "2024-05-19", "Monday (20)", "2024-05-20"),
        # ... and British copy "the 1st"
        (
            "the board met on Wednesday the 1st to vote",
            "2018-08-12",
            "Wednesday the 1st",
            "2018-08-01",
        ),
        # a number no month near has for that weekday leaves the weekday as it was
        ("the depot shut on Monday (35) for good", "2018-08-12", "Monday", "2018-08-06"),
    ],
)
def test_the_day_of_the_month_after_a_weekday_says_which(
    text: str, published: str, words: str, day: str
) -> None:
    (found,) = find(text, published)
    assert (found.text, found.resolution.edtf) == (words, day)
    res = resolve(words, published)
    assert res is not None and res.edtf == day


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        # Southern African copy sets the week first: "last week Thursday"
        ("Addressing residents last week Thursday, she said it was fixed.", "2021-10-14"),
        ("In a correction issued last week Wednesday, it said so.", "2021-10-13"),
        ("The hearing is set for next week Monday.", "2021-10-25"),
        # (the week alone is still the week)
        ("The correction came last week.", "2021-10-11/2021-10-17"),
    ],
)
def test_a_weekday_after_last_or_next_week_is_that_day(text: str, edtf: str) -> None:
    (found,) = find(text, datetime.date(2021, 10, 22))
    assert found.resolution.edtf == edtf
