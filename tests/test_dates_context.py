"""Tests for dates read in context: the future rule, anaphora, adjectives, TIMEX3 output."""

from __future__ import annotations

import datetime
import importlib.util
import os
import sys
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.dates import find, resolve
from timeline.dates.tense import tense
from timeline.dates.timex import timex_tags, timex_value

D = datetime.date
PUB = "2019-03-06"  # a Wednesday


def dates(text: str, published: str = PUB) -> list[tuple[str, str]]:
    """(words, EDTF) of every date found."""
    return [(f.text, f.resolution.edtf) for f in find(text, published)]


# -- the future rule -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "edtf"),
    [
        ("The parole board will hear the case on April 9.", "April 9", "2019-04-09"),
        ("The mayor is expected to sign the budget Friday.", "Friday", "2019-03-08"),
        ("The hearing is set for June, the clerk said.", "June", "2019-06"),
        ("Tenants must leave the building by April 30.", "April 30", "2019-04-30"),
        ("The parole board heard the case on April 9.", "April 9", "2018-04-09"),
        ("The mayor signed the budget Friday.", "Friday", "2019-03-01"),
    ],
)
def test_future_cues_decide_dates_without_a_year(text: str, words: str, edtf: str) -> None:
    assert dates(text) == [(words, edtf)]


def test_a_long_clause_set_after_the_date_still_gives_its_tense() -> None:
    # ("In June, after ..., the agency said": the verb may come twenty words on)
    text = (
        "In June, after neighbours posted photographs of dead fish and foam along the "
        "creek banks on social media, the company said in a statement that it had no spill."
    )
    assert dates(text, "2019-02-20") == [("In June", "2018-06")]


def test_a_deadline_just_passed_is_not_read_a_year_ahead() -> None:
    text = "The agency ordered the owner to pay the fine by March 4."
    assert dates(text) == [("March 4", "2019-03-04")]


def test_a_past_verb_nearer_the_date_than_the_cue_wins() -> None:
    text = "The council will review the contract it approved Monday."
    at = text.index("Monday")
    assert tense(text, at, at + len("Monday")) == "past"


# -- anaphora --------------------------------------------------------------------------------


def test_anaphora_are_read_against_the_date_named_last() -> None:
    text = (
        "The fire started on Aug. 3, 2018. The next day, crews contained it. "
        "Later that year the county sued."
    )
    found = find(text, PUB)
    assert [(f.text, f.resolution.edtf) for f in found] == [
        ("Aug. 3, 2018", "2018-08-03"),
        ("The next day", "2018-08-04"),
        ("Later that year", "2018"),
    ]
    assert found[0].context is None
    assert found[1].context is not None and found[1].context.edtf == "2018-08-03"
    assert found[1].record()["context"] == "2018-08-03"


def test_a_counted_step_is_read_from_the_date_named_last() -> None:
    # Narrative convention: "Three days later" dates a step from the day told last.
    text = (
        "The pipe burst on Jan. 9, 2017. Three days later, the utility called it minor. "
        "Two months later it raised rates. It cut service on May 20, 2017; 10 days earlier it "
        "had hired a consultant."
    )
    assert dates(text) == [
        ("Jan. 9, 2017", "2017-01-09"),
        ("Three days later", "2017-01-12"),
        ("Two months later", "2017-03"),
        ("May 20, 2017", "2017-05-20"),
        ("10 days earlier", "2017-05-10"),
    ]


def test_a_count_in_the_teens_or_tens_is_a_step_too() -> None:
    text = "The pipe burst on Jan. 9, 2017. Nineteen days later, the utility called it minor."
    assert dates(text) == [("Jan. 9, 2017", "2017-01-09"), ("Nineteen days later", "2017-01-28")]


def test_the_story_goes_on_from_a_step_and_not_from_a_quoted_date() -> None:
    # Narrative convention: "Three months later, ..." moves the story on to then, and
    # "That same month" is that month. Quotation convention: a date without a year in
    # quoted words ("since July", in a 2021 email) is the speaker's, not the narrative's.
    text = (
        "In an email dated Sept. 8, 2021, she wrote that the home had \u201clost nine aides "
        "since July.\u201d The director replied the next day. Three months later, the chief "
        "executive praised the staffing. That same month, the company wrote to families."
    )
    assert [(t, v) for t, v in dates(text, "2023-10-17") if t != "since July"] == [
        ("Sept. 8, 2021", "2021-09-08"),
        ("the next day", "2021-09-09"),
        ("Three months later", "2021-12"),
        ("That same month", "2021-12"),
    ]


def test_a_step_counts_from_the_narratives_last_day_past_a_year_it_quoted() -> None:
    # Quotation convention: a year inside quoted words ("since 2014") is the speaker's; a
    # month's step after it counts from the day the narrative told last.
    text = (
        "At a meeting on Aug. 15, the manager said the plant had had \u201cno violations "
        "since we opened in 2014.\u201d\n\nA month later, the company wrote to the council."
    )
    assert ("A month later", "2022-09") in dates(text, "2023-03-08")


def test_the_previous_or_following_month_is_read_from_the_date_named_last() -> None:
    # Narrative convention: "the previous October" is the October before the date the
    # story named last, not the last October before publication.
    text = (
        "An email dated Jan. 17, 2023, deferred the work. Notes from a visit the previous "
        "October warned of seepage. The plant opened in May 2019, and the following March it "
        "closed."
    )
    assert dates(text, "2024-05-15") == [
        ("Jan. 17, 2023", "2023-01-17"),
        ("the previous October", "2022-10"),
        ("in May 2019", "2019-05"),
        ("the following March", "2020-03"),
    ]


def test_a_day_of_last_year_is_in_the_year_before_publication() -> None:
    assert dates("It met residents on March 22 last year.", "2024-05-15") == [
        ("March 22 last year", "2023-03-22")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day before the month, as British and Commonwealth copy writes it
        ("It met residents on 22 March last year.", [("22 March last year", "2023-03-22")]),
        ("It met residents on 22 March next year.", [("22 March next year", "2025-03-22")]),
    ],
)
def test_a_day_before_its_month_of_last_year_is_in_the_year_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(text, "2024-05-15") == expected


@pytest.mark.parametrize("year", ["2022/23", "2022/2023"])
def test_a_year_pair_with_a_slash_is_both_years(year: str) -> None:
    # Financial-year convention: "the 2022/23 financial year" runs over two calendar years;
    # which months depends on the country, so both whole years, as for "2022-23".
    assert dates(f"The grant was paid in {year}.", "2024-05-15") == [(f"in {year}", "2022/2023")]


def test_a_hedged_step_of_days_or_weeks_names_no_day() -> None:
    text = (
        "The pipe burst on Jan. 9, 2017. Some three weeks later, the utility called it minor. "
        "About a year later it raised rates."
    )
    assert dates(text) == [("Jan. 9, 2017", "2017-01-09"), ("a year later", "2018")]


def test_a_wait_after_be_is_not_a_step_from_the_date_named_last() -> None:
    text = (
        "The ruling came on Jan. 9, 2017. The earliest a refund could arrive would be seven "
        "days later."
    )
    assert dates(text) == [("Jan. 9, 2017", "2017-01-09")]


def test_comparisons_name_the_same_quarter_a_year_earlier() -> None:
    text = (
        "The chain lost $4 million in the second quarter of 2018. A year earlier it earned "
        "$1 million. Sales in the quarter fell 3%, and in the year-ago quarter they rose."
    )
    assert dates(text) == [
        ("in the second quarter of 2018", "2018-34"),
        ("A year earlier", "2017-34"),
        ("the quarter", "2018-34"),
        ("the year-ago quarter", "2017-34"),
    ]


def test_a_step_past_publication_is_no_date_of_the_story() -> None:
    # "still cannot say, a month later," counts from the events, not the date named last:
    # a step that lands after publication is now, no date the story tells.
    text = "The plant closed on March 1, 2019. Officials still cannot say, a month later, why."
    assert dates(text) == [("March 1, 2019", "2019-03-01")]


def test_anaphora_alone_are_still_not_dates() -> None:
    assert dates("The next day, crews contained it.") == []
    assert resolve("the next day", PUB) is None


# -- adjectives, fiscal years, words --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "edtf"),
    [
        ("Agents described a 2012 drug raid in detail.", "2012", "2012"),
        ("The senator's unsuccessful 2014 campaign cost $3 million.", "2014", "2014"),
        ("Third-quarter profit fell at the utility.", "Third-quarter", "2018-35"),
        ("The district spent $2 million in fiscal 2017.", "fiscal 2017", "2017~"),
        ("The plant will close by the end of 2020.", "the end of 2020", "2020-09~/2020-12~"),
        ("Officials hope to finish early 2021.", "early 2021", "2021-01~/2021-04~"),
        ("The church was built in the 19th century.", "in the 19th century", "18XX"),
        ("The law dates from nineteen eighty-two, she said.", "nineteen eighty-two", "1982"),
        ("He promised jobs by the year two thousand.", "the year two thousand", "2000"),
        ("Profit rose in this year's first quarter.", "this year's first quarter", "2019-33"),
    ],
)
def test_qualified_and_spoken_dates(text: str, words: str, edtf: str) -> None:
    assert (words, edtf) in dates(text)


def test_a_fiscal_year_is_the_calendar_year_it_is_named_for_and_approximate() -> None:
    r = resolve("fiscal 2017", PUB)
    assert r is not None and (r.start, r.end, r.approximate) == (
        D(2017, 1, 1),
        D(2017, 12, 31),
        True,
    )


def test_year_end_is_the_late_part_of_the_publication_year() -> None:
    r = resolve("by year-end", PUB)
    assert r is not None and (r.start, r.end) == (D(2019, 9, 1), D(2019, 12, 31))


def test_counts_are_still_not_years() -> None:
    assert dates("Officials said 2016 were arrested and 1990 people were hurt.") == []


# -- smaller defects -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("the week of Jan. 28 to Feb. 3", "2019-01-28", "2019-02-03", "day"),
        ("the past week", "2019-02-28", "2019-03-06", "week"),
        ("for the past three years", "2016-03-07", "2019-03-06", "year"),
        ("earlier this month", "2019-03-01", "2019-03-05", "month"),
        ("over the weekend", "2019-03-02", "2019-03-03", "week"),
    ],
)
def test_spans_have_the_right_length(text: str, start: str, end: str, precision: str) -> None:
    r = resolve(text, PUB)
    assert r is not None
    assert (str(r.start), str(r.end), r.precision) == (start, end, precision)


def test_the_today_show_is_not_a_date() -> None:
    assert dates('The senator appeared on NBC\'s "Today" show Tuesday.') == [
        ("Tuesday", "2019-03-05")
    ]
    assert dates("The senator appeared on the Today show.") == []
    assert dates("Today the senator resigned.") == [("Today", "2019-03-06")]


def test_tomorrow_in_a_quotation_is_not_read_against_publication() -> None:
    text = 'In an email, the aide wrote: "The memo goes out tomorrow." It went out Friday.'
    assert dates(text) == [("Friday", "2019-03-01")]


# -- TIMEX3 ----------------------------------------------------------------------------------


def test_timex_values_follow_timeml() -> None:
    values = {
        text: timex_value(r)
        for text in (
            "the fourth quarter of 2018",
            "summer 2018",
            "the 1990s",
            "early May 2018",
            "the week of March 4",
            "March 2018",
            "since 2014",
        )
        if (r := resolve(text, PUB)) is not None
    }
    assert values == {
        "the fourth quarter of 2018": "2018-Q4",
        "summer 2018": "2018-SU",
        "the 1990s": "199",
        "early May 2018": "2018-05",
        "the week of March 4": "2019-W10",
        "March 2018": "2018-03",
        "since 2014": "2014",
    }


def test_timex_tags_leave_signals_out_and_escape_text() -> None:
    text = "Rents rose <10% since early December & fell in May 2018."
    tagged = timex_tags(text, find(text, PUB), PUB)
    assert tagged == (
        "Rents rose &lt;10% since "
        '<TIMEX3 tid="t1" type="DATE" value="2018-12" mod="START">early December</TIMEX3> '
        '&amp; fell in <TIMEX3 tid="t2" type="DATE" value="2018-05">May 2018</TIMEX3>.'
    )


def test_the_command_writes_timeml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The vote is Monday.\n", encoding="utf-8")
    code = main(["dates", "--find", str(story), "--published", PUB, "--format", "timeml"])
    assert code == 0
    assert capsys.readouterr().out == (
        'The vote is <TIMEX3 tid="t1" type="DATE" value="2019-03-04">Monday</TIMEX3>.\n'
    )


# -- the TimeML corpora, when present beside the repository ---------------------------------

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "timeml.py"


def _timeml_folder() -> Path:
    base = Path(
        os.environ.get("TIMEML_DIR", Path(__file__).resolve().parents[2] / "shared" / "timeml")
    )
    return base / "tbaq" / "AQUAINT"


def test_the_aquaint_score_holds() -> None:
    folder = _timeml_folder()
    if not folder.is_dir():
        print(f"skipped: no TimeML corpus at {folder}")
        pytest.skip(f"no TimeML corpus at {folder} (set TIMEML_DIR)")
    spec = importlib.util.spec_from_file_location("timeml_bench", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # dataclasses look their module up there
    spec.loader.exec_module(bench)
    score, files = bench.score_folder(folder)
    relaxed, _, value_f1 = score.rates()
    assert files == 73
    assert relaxed >= 0.96 and value_f1 >= 0.88


# -- the tense of the clause -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "edtf"),
    [
        # the present of a timetable
        ("The committee reconvenes April 2 to hear the bill.", "April 2", "2019-04-02"),
        # ... and of a thing that runs on until then
        ("A public consultation on the plan runs until 14 July.", "until 14 July", "../2019-07-14"),
        # "would" and a verb: the future seen from a past report
        ("The envoy said he would be flying to Geneva Thursday.", "Thursday", "2019-03-07"),
        # a participle after "be" gives no tense; the modal before it does
        ("The files must be returned to the court by April 12.", "April 12", "2019-04-12"),
        # an adjective in -ed is not a past verb
        ("The city will redeem its preferred bonds on April 1.", "April 1", "2019-04-01"),
        # a capitalised word in -ed is a name, not a verb
        ("The team will fly to the United States April 3.", "April 3", "2019-04-03"),
        # a past verb nearer the date still wins
        ("The city will pay for the repairs it approved in January.", "in January", "2019-01"),
        # a record tells, in the present, what was done
        ("Minutes of a closed session on April 2 record the warning.", "April 2", "2018-04-02"),
    ],
)
def test_the_tense_of_the_clause_reads_dates_without_a_year(
    text: str, words: str, edtf: str
) -> None:
    assert dates(text) == [(words, edtf)]


def test_with_no_tense_the_nearer_reading_wins_when_under_half_as_far() -> None:
    # Two weeks ahead against almost a year back: the coming one.
    assert dates("Holders of record on March 20 get the payout.") == [("March 20", "2019-03-20")]
    # Six months ahead against five back: news reports the past.
    assert dates("Her report from September lists the failures.") == [("September", "2018-09")]


def test_words_around_the_date_that_decide_it() -> None:
    # The weekday a date names picks its year, whatever the tense.
    assert dates("The editorial ran on Thursday, March 7.") == [("Thursday, March 7", "2019-03-07")]
    # A weekday's event known by its day ("Tuesday's ruling") is past.
    assert dates("Lawyers will appeal Tuesday's ruling.") == [("Tuesday", "2019-03-05")]
    # A date that names a deadline is ahead.
    assert dates("Officials gave no reason for the April 15 deadline.") == [
        ("April 15", "2019-04-15")
    ]
    # A date moved by a decision is where the decision points.
    assert dates("The judge postponed the hearing to April 8.") == [("April 8", "2019-04-08")]


def test_results_compare_the_quarter_they_report() -> None:
    text = (
        "Acme said third-quarter profit rose to $5 million from $4 million a year ago. "
        "Shares closed at $30 Friday. Sales fell to $9 million from $11 million last year. "
        "In the 2018 quarter the company also sold a plant."
    )
    found = find(text, "2019-10-25")
    got = {f.text: timex_value(f.resolution) for f in find(text, "2019-10-25")}
    assert got["third-quarter"] == "2019-Q3"
    assert got["a year ago"] == "2018-Q3"
    assert got["last year"] == "2018-Q3"  # a figure just before it: a comparison
    assert got["2018"] == "2018-Q3"  # "the 2018 quarter"
    assert all(f.context is not None for f in found if f.text in ("a year ago", "last year"))
    # Without a quarter named, "last year" is the year.
    assert dates("Sales fell to $9 million from $11 million last year.", "2019-10-25") == [
        ("last year", "2018")
    ]


def test_an_outlook_does_not_change_the_reported_quarter() -> None:
    text = (
        "Profit in the third quarter fell. The company expects a fourth-quarter loss. "
        "Revenue was $3 million a year earlier."
    )
    got = {f.text: timex_value(f.resolution) for f in find(text, "2019-10-25")}
    assert got["a year earlier"] == "2018-Q3"


def test_timex_tags_each_end_of_a_range_and_the_day_a_bound_names() -> None:
    pub = "2019-03-06"
    text = "Prices rose between 1994 and 1997 and again on April 24 and 25, after Oct. 12."
    tagged = timex_tags(text, find(text, pub), pub)
    assert 'value="1994">1994</TIMEX3>' in tagged
    assert 'value="1997">1997</TIMEX3>' in tagged
    assert 'value="2018-04-24">April 24</TIMEX3>' in tagged  # "rose": the last April
    assert 'value="2018-04-25">25</TIMEX3>' in tagged
    assert 'value="2018-10-12">Oct. 12</TIMEX3>' in tagged


def test_a_date_in_an_aside_after_a_dash_is_no_reference_for_later() -> None:
    text = (
        'On June 4, the chief told staff to "hold refunds until we get past the 30th" - a '
        "reference to June 30, the deadline.\n\nTwo days later, a supervisor "
        "wrote to her team."
    )
    later = next(f for f in find(text, "2012-07-18") if f.text.lower() == "two days later")
    assert later.resolution.edtf == "2012-06-06"


def test_a_deadline_still_ahead_is_no_reference_for_that_day() -> None:
    text = (
        "The agency announced on March 12 that it would plant 5,000 trees by Memorial Day. "
        '"We are on schedule," the director said in a news release that day.'
    )
    that_day = next(f for f in find(text, "2019-05-23") if f.text == "that day")
    assert that_day.resolution.edtf == "2019-03-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The gap was widest in July, 2023. On July 14 of that year, the minister spoke.",
            ("July 14 of that year", "2023-07-14"),
        ),
        (
            "In a 2016 letter she warned the board, and on March 3 of the same year she resigned.",
            ("March 3 of the same year", "2016-03-03"),
        ),
        (
            "The plant opened in 2011. In March that year it failed.",
            ("In March that year", "2011-03"),
        ),
    ],
)
def test_a_day_of_that_year_is_in_the_year_named_last(text: str, expected: tuple[str, str]) -> None:
    # Narrative convention: "of that year" puts the day in the year the story named, not
    # the most recent such day.
    assert expected in dates(text)


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        # with no quarter reported, "the same period" is the span the story named last
        (
            "Police said 40 people were arrested since January 1. Records show 611 people were "
            "booked in the same period.",
            "2024-01-01/2024-02-13",
        ),
        (
            "Police arrested 40 people between January 1 and February 1. Records show 611 were "
            "booked in the same period.",
            "2024-01-01/2024-02-01",
        ),
        # ... or the month it named ("logs for December")
        (
            "Pump logs for December show the station ran on 20 days. Over the same period, "
            "the plant's supply stayed above its contract.",
            "2023-12",
        ),
        # results copy keeps the quarter it reports
        ("Revenue in the third quarter rose 4%. Costs fell in the same period.", "2023-35"),
    ],
)
def test_the_same_period_is_the_span_named_last_unless_a_quarter_is_reported(
    text: str, edtf: str
) -> None:
    found = [f for f in find(text, "2024-02-13") if f.text == "the same period"]
    assert [f.resolution.edtf for f in found] == [edtf]


def test_a_month_that_names_a_thing_is_no_step_for_the_story() -> None:
    # Modifier convention: "the March files" says which files; the story's time stays
    # on the day told before it, so "Two days later" counts from that day.
    text = (
        "On April 9, the clerk wrote that the March files were empty. Two days later, "
        "the office told the court."
    )
    assert dates(text, "2022-06-01") == [
        ("April 9", "2022-04-09"),
        ("March", "2022-03"),
        ("Two days later", "2022-04-11"),
    ]


@pytest.mark.parametrize(
    ("text", "step", "edtf"),
    [
        (
            "In March 2017 the chief told staff it was sound. Two weeks later a paper said so.",
            "Two weeks later",
            "2017-03/2017-04",
        ),
        (
            "In March 2017 the chief told staff it was sound. Ten days later a newsletter said so.",
            "Ten days later",
            "2017-03/2017-04",
        ),
        (
            "In March 2017 the chief told staff it was sound. A week earlier the board met.",
            "A week earlier",
            "2017-02/2017-03",
        ),
    ],
)
def test_weeks_or_days_from_a_month_fall_in_it_or_the_next(text: str, step: str, edtf: str) -> None:
    # Narrative convention: some day of March, moved on two weeks, is in March or April
    found = {f.text: f.resolution.edtf for f in find(text, "2019-11-14")}
    assert found[step] == edtf
