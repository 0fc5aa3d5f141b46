"""Tests for timeline.draft.showing: what records show, told on after the sentence citing them."""

from __future__ import annotations

import pytest

from draft_support import PUB, drafted, holding, linked


def test_the_next_things_done_after_the_logs_are_what_they_show() -> None:
    # Evidence convention: the sentences after "logs show ..." go on telling what the logs
    # show, a thing done in the passive, or one that points back ("It was closed ...").
    result = drafted(
        "The city said every hydrant was inspected last year.",
        "Inspection logs obtained by the Sentinel show the hydrant was last inspected in "
        "October 2015. A work order to fix a stuck nut on the same hydrant was opened in May "
        "2017. It was closed in May 2018 with a one-line note.",
    )
    for words in ("work order", "It was closed"):
        assert holding(result, words).lane == "practice"
        assert linked(result, "reveals", "Inspection logs", words)


def test_a_state_or_background_after_the_logs_is_not_what_they_show() -> None:
    result = drafted(
        "The city said the water was safe.",
        "A review of city records shows that lead levels recorded since January 2017 were "
        "not high. Still, those levels were among the highest in the past decade. Two of the "
        "dozens of schools found to have high lead levels in 2016 are served by the plant.",
    )
    assert holding(result, "among the highest").lane != "practice"
    assert not linked(result, "reveals", "review of city records", "Two of the dozens")


def test_a_count_opening_the_next_paragraph_goes_on_telling_what_the_logs_show() -> None:
    # Evidence convention: the paragraph after the one that closes on "the logs show"
    # may open with another count from them; a count in the paragraph after that, or a
    # paragraph of background, does not.
    result = drafted(
        "The operator said every bus ran every day.",
        "On most weekdays, fewer than half of the 210 buses left the depot, the logs show.",
        "On some days in June, as few as 61 buses carried passengers on the trunk route.",
        "The system opened in May 2016 with 140 buses bought with a World Bank loan.",
    )
    assert holding(result, "as few as 61").lane == "practice"
    assert holding(result, "system opened").lane == "context"


def test_a_count_in_words_opening_the_next_paragraph_goes_on_telling_what_the_logs_show() -> None:
    result = drafted(
        "The mayor said the plant never overflowed.",
        "But the town's own logs show the plant's bypass gate was opened 14 times in 2017.",
        "Three more bypasses were logged in February and March 2018.",
    )
    assert holding(result, "Three more bypasses").lane == "practice"


def test_a_time_counted_in_words_after_the_logs_is_no_count_from_them() -> None:
    result = drafted(
        "The county said the bridge was posted for weight.",
        "The county's own sign inventory shows no weight posting on the road until Aug. 24.",
        "That was two days after a truck dropped its axle through the deck.",
    )
    assert holding(result, "truck dropped").role != "evidenced"


def test_a_place_described_in_the_present_after_the_records_is_background() -> None:
    # Background convention: the next paragraph describes the place, whatever it counts.
    result = drafted(
        "The council said the hall was closed for painting.",
        "The chief executive admitted the account was wrong, after the Courier obtained a "
        "report showing more than 90 paintings had been damaged.",
        "The Riverside Town Hall occupies a former bank and drew about 12,000 visitors last year.",
    )
    assert holding(result, "12,000 visitors").lane == "context"


def test_a_plant_told_by_when_it_was_built_and_what_it_serves_is_background() -> None:
    result = drafted(
        "The mayor said the plant never overflowed.",
        "A second inspection letter, sent in July, said the town had not filed a repair plan.",
        "The plant, on the east side of the bay, was built in 1987 and serves about 700 homes.",
    )
    assert holding(result, "built in 1987").lane == "context"


def test_a_place_told_by_when_it_opened_in_a_relative_clause_is_background() -> None:
    result = drafted(
        "The trust said damp at the flats was under control.",
        "Repair logs released to the Herald show 212 damp reports were logged at the block.",
        "Calder House, which opened in 1974, houses around 300 tenants, most of them pensioners.",
    )
    assert holding(result, "300 tenants").lane == "context"


def test_records_that_show_why_are_followed_by_what_they_show() -> None:
    # Signpost convention: "Procurement records show why." promises what follows.
    result = drafted(
        "The board said the books would be in every school by March 31.",
        "Procurement records show why. The printing tender, first floated in October, was "
        "re-advertised twice after bidders challenged the criteria.",
    )
    assert holding(result, "re-advertised").lane == "practice"
    assert linked(result, "reveals", "show why", "re-advertised")
    assert holding(result, "re-advertised").date != f"../{PUB}"


def test_the_reporters_framing_is_no_event_and_its_link_goes_to_the_fact() -> None:
    result = drafted(
        "The council said in March that every gully on the estate had been cleared.",
        "Inspectors found that 40 of the 65 gullies were still blocked in May. Both findings "
        "sit uneasily with what the council has told residents.",
        "The work logs tell a different story.",
    )
    assert not any("uneasily" in e.clause or "different story" in e.clause for e in result.events)
    assert linked(result, "contradicts", "still blocked", "every gully")


@pytest.mark.parametrize(
    "framing",
    [
        "None of this squares with what the council has been telling residents.",
        "The internal records read differently.",
        "That is not what the council has been telling residents.",
        # an aside with no date after the subject, and "another story"
        "The gully register for the estate, seen by this newspaper, tells another story.",
        "Spending tells a similar story.",
    ],
)
def test_more_ways_of_framing_are_no_event(framing: str) -> None:
    result = drafted(
        "The council said in March that every gully on the estate had been cleared.",
        "Inspectors found that 40 of the 65 gullies were still blocked in May.",
        framing,
    )
    assert not any(framing[:20] in e.clause for e in result.events)


def test_framing_before_the_evidence_named_at_once_is_no_event() -> None:
    # Framing convention: "The council's own records tell a different story." signposts the
    # evidence the next sentence names; that sentence's analysis is the one disclosure.
    result = drafted(
        "The council said in March that every gully on the estate had been cleared.",
        "The council's own records tell a different story.",
        "A Courier analysis of the records found that 40 of the 65 gullies were still blocked.",
    )
    assert not any("different story" in e.clause for e in result.events)
    assert linked(result, "contradicts", "still blocked", "every gully")


def test_a_single_roster_shown_against_the_account_tells_the_practice_next() -> None:
    result = drafted(
        "The railway said the crossing was manned that night.",
        "The duty roster shows otherwise. The night shift has been left blank since November 1.",
    )
    assert holding(result, "left blank").lane == "practice"


def test_a_fact_told_as_not_what_failed_is_no_framing() -> None:
    result = drafted(
        "The council said in March that every gully on the estate had been cleared.",
        "Inspectors found that 40 of the 65 gullies were still blocked in May.",
        "The pump was not what failed in June; the gully covers were.",
    )
    assert any("not what failed" in e.clause for e in result.events)


def test_framing_that_dates_its_evidence_is_an_event() -> None:
    result = drafted(
        "The council said in March that every gully on the estate had been cleared.",
        "A state audit released Tuesday says otherwise.",
    )
    assert holding(result, "audit released").lane == "disclosure"


def test_what_overseers_checked_is_told_next_and_counted_on() -> None:
    # Evidence convention: "Auditors reviewed 120 vehicles ..." is the check; the sentences
    # after it tell what it found, and a count that goes on ("Seventeen were ...") goes on
    # telling it.
    result = drafted(
        "The city said the lot followed the notice law.",
        "Auditors reviewed 120 vehicles sold at auction last year. For 41 of them, there was "
        "no record that a notice had been mailed. Seventeen were auctioned within a week.",
    )
    for words in ("no record", "Seventeen"):
        assert holding(result, words).lane == "practice"
        assert linked(result, "reveals", "Auditors reviewed", words)
    # a thing left undone, told right after the newsroom's own check, is what it found
    undone = drafted(
        "The city said every report was signed.",
        "The Ledger reviewed 300 inspection reports. In 41 of them, the clerk had not signed "
        "the form.",
    )
    assert holding(undone, "had not signed").lane == "practice"
    # a count told with no check before it is no finding
    plain = drafted("The city said the lot followed the law.", "Seventeen were sold in May.")
    assert not any(k.relation == "reveals" for k in plain.links)


def test_records_named_in_a_sentence_go_on_showing_what_it_did_next() -> None:
    # Evidence convention: "The repair log records that the pump stopped on 4 March. It
    # failed again on 9 April." tells more of what the log records, without naming it.
    result = drafted(
        "The utility said its pumps ran without a break all spring.",
        "The repair log records that the pump stopped working on March 4 when a seal failed. "
        "It failed again on April 9 and sat idle for three weeks.",
    )
    again = holding(result, "failed again")
    assert again.lane == "practice"
    assert again.date == "April 9"
    assert not linked(result, "reveals", "stopped working", "failed again")  # no practice reveals


def test_a_state_after_the_records_is_not_a_thing_done_next() -> None:
    result = drafted(
        "The utility said its pumps ran without a break all spring.",
        "The repair log records that the pump stopped working on March 4 when a seal failed. "
        "It was the oldest pump in the county in 2023.",
    )
    assert holding(result, "oldest pump").lane != "practice"


def test_framing_dated_only_by_the_account_it_points_to_is_no_event() -> None:
    # "what the minister told the Assembly two months ago": the date is the account's
    result = drafted(
        "Nearly one in three blood banks was operating on a licence that had expired, "
        "according to an inspection report.",
        "The findings sit uneasily with what the state told the Assembly barely two months "
        "ago. In a reply tabled on July 19, the minister said every blood bank held a licence.",
    )
    assert not any("uneasily" in e.clause for e in result.events)


def test_a_deed_with_its_count_told_after_the_records_goes_on_showing() -> None:
    result = drafted(
        "The city said in May that a supervisor checks every cut.",
        "City records show the same few supervisors signing off on huge numbers of cuts. On a "
        "single day in June 2016, one supervisor approved 1,140 lot cuts across four wards.",
    )
    assert holding(result, "approved 1,140").lane == "practice"


def test_the_run_of_figures_after_a_framing_signpost_goes_on_showing() -> None:
    # "Figures released to the Courier tell a different story. In 2022 the authority fined
    # operators 14 times. In the first six months of this year, it issued four fines.":
    # the third sentence tells more of what the figures show
    result = drafted(
        "The authority said in July that its officers were fining operators every week.",
        "Figures released to The Courier under the Freedom of Information Act tell a "
        "different story. In the whole of 2022, the authority fined operators of unlicensed "
        "flats 14 times. In the first six months of this year, it issued four fines.",
    )
    assert holding(result, "issued four fines").lane == "practice"


def test_a_count_of_the_records_named_in_an_aside_goes_on_showing() -> None:
    result = drafted(
        "The minister said every club was paid before the parade.",
        "The records tell another story. Of the 12 clubs listed, only five had been paid by "
        "March 1. Two of them, the Eagles and the Hawks, got their cheques on April 9.",
    )
    assert holding(result, "Two of them").lane == "practice"
    assert linked(result, "reveals", "records tell", "Two of them")


def test_a_count_from_the_whole_it_is_taken_from_goes_on_showing() -> None:
    result = drafted(
        "The city said every request was answered within 90 days.",
        "The database tells a different story. Of 1,147 requests logged since April 2021, 611 "
        "have no traffic study on file.",
    )
    assert holding(result, "Of 1,147").lane == "practice"
    assert linked(result, "reveals", "database tells", "Of 1,147")


def test_some_of_those_just_named_are_more_of_the_same_fact() -> None:
    # Elaboration convention: "One of them, a 19-year-old casual, was kept in overnight"
    # tells more of the fact the records showed, not a fact of its own
    result = drafted(
        "The company said nobody needed medical treatment.",
        "But according to the inspector's report, dated May 2, two packers and a forklift "
        "driver were taken by ambulance to hospital. One of them, a 19-year-old casual, was "
        "kept in overnight.",
    )
    assert holding(result, "dated May 2").lane == "disclosure"
    assert not [e for e in result.events if "kept in overnight" in e.clause]


def test_a_reversal_of_what_was_told_points_to_the_account_and_dates_it() -> None:
    # Framing convention: "That is a reversal of what officials told MPs in November." is the
    # reporter's signpost, no event; its date is that of the account told next.
    result = drafted(
        "Court papers filed last week show 11,200 bags were sold to a miller.",
        "That is a reversal of what senior officials told MPs in November. Appearing before "
        "the committee, Deputy Commissioner Daniel Rotich said every bag went to the kitchens.",
    )
    assert not [e for e in result.events if "reversal" in e.clause]
    assert holding(result, "every bag went").date == "in November"


def test_what_a_report_opened_on_shows_goes_on_in_the_next_sentence() -> None:
    # Evidence convention: "According to the report, ..." then "In 40 of those cases, ..."
    # tells more of what the report shows.
    result = drafted(
        "The auditor's report was tabled on Tuesday.",
        "According to the report, 912 of the 5,000 grants were paid to firms that had no "
        "registration at the time. In 140 of those cases, the registration was created on the "
        "day the grant was paid.",
    )
    assert holding(result, "registration was created").lane == "practice"


def test_the_account_set_apart_by_where_it_was_given_is_a_signpost() -> None:
    # Framing convention: "In public, the message was different." points to the account
    # told next and tells no fact of its own
    result = drafted(
        "Records obtained by the Courier show the office did not ask a single band council.",
        "In public, the message was different. In a written answer to the committee in "
        "November, the ministry said the roll was complete.",
    )
    assert not any("message was different" in e.title for e in result.events)
    assert holding(result, "roll was complete").lane == "statement"
