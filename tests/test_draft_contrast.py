"""Tests for timeline.draft.contrast: facts the story sets against the account."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding, linked
from timeline.draft import DraftEvent
from timeline.draft.contrast import account_links


def test_a_short_verb_in_the_past_and_its_noun_name_one_subject() -> None:
    # Account convention: a fact the story established about the same subject contradicts
    # the account; "fined" and "fines" name one subject, as "inspected" and "inspections" do
    result = drafted(
        "Officials have insisted for two years that the flats were being cleaned up.",
        "The chief executive told a television programme in May that hundreds of "
        "operators had been fined.",
        "Records obtained by the Courier show that the authority issued four fines in the "
        "first half of the year.",
    )
    assert linked(result, "contradicts", "issued four fines", "hundreds of operators")


def test_records_named_with_their_initials_that_tell_a_different_story_show_the_next_fact() -> None:
    # Contrast convention: "The vessel monitoring system (VMS) records, released ... last
    # month, paint a different picture." sets the records against the account, initials
    # and all; the sentence after tells what they show
    result = drafted(
        "Minister Geoffrey Corlett told the House in June there had been no dredging in the area.",
        "The vessel monitoring system (VMS) records, released to the Herald last month, paint "
        "a different picture. Three boats made 41 passes at dredging speed across the area "
        "between December and February.",
    )
    assert holding(result, "41 passes").lane == "practice"
    assert linked(result, "contradicts", "41 passes", "no dredging")


@pytest.mark.parametrize("story", ["a rather different story", "a narrower story"])
def test_evidence_that_tells_a_story_qualified_shows_the_next_fact(story: str) -> None:
    # Contrast convention: "The maintenance log tells a rather different story." sets the
    # log against the account however the difference is qualified.
    result = drafted(
        "The harbour board told the assembly in March that all 21 buoys were in position.",
        f"The maintenance log tells {story}. Thirteen buoys are marked adrift in the log.",
    )
    assert holding(result, "Thirteen buoys").lane == "practice"
    assert linked(result, "contradicts", "Thirteen buoys", "21 buoys")


def test_each_practice_contradicts_the_account_the_story_leads_with() -> None:
    # Framing convention: the account a story tells first is the one it tests; each
    # practice it establishes is set against it, whatever words the two share. A later
    # account shares no such standing: it is linked only on a shared subject.
    result = drafted(
        "The Harbourside council insisted in May that its three public pools were "
        '"fully compliant and safe for every swimmer."',
        "Two lifeguards who asked not to be named said the deep end went unwatched on 14 "
        "afternoons in June.",
        "In July the council's director, Anne Moss, insisted that new hires would start soon.",
    )
    assert holding(result, "deep end went unwatched").lane == "practice"
    assert linked(result, "contradicts", "deep end went unwatched", "fully compliant")
    assert not linked(result, "contradicts", "deep end went unwatched", "new hires")


def test_the_account_told_after_a_lede_that_sums_up_the_finding_is_the_one_tested() -> None:
    # Framing convention: a lede may sum up the finding first ("Half the bins ... were never
    # emptied, an audit found"); the account told next, before any more evidence, is the
    # account the story tests, and the facts it goes on to establish are set against it.
    result = drafted(
        "Nearly half the bins the council listed as emptied in Westford last year were never "
        "touched, according to an audit released on Tuesday.",
        "In January the council told the ratepayers' meeting, and the local radio station, that "
        'every bin on its list had been "emptied on schedule, week in, week out".',
        "Crews logged no collection on 40 streets in March, the audit found.",
    )
    assert linked(result, "contradicts", "no collection on 40 streets", "emptied on schedule")


@pytest.mark.parametrize(
    ("statement", "words"),
    [
        (
            "The director later issued a press note stating that the pumps were “serviced"
            " every fortnight”.",
            "press note",
        ),
        (
            "The chairman told the society's annual general meeting that the pumps were"
            " serviced every fortnight.",
            "annual general meeting",
        ),
        (
            "The board told the Valley Courier last month that the pumps were “serviced every"
            " fortnight”.",
            "Valley Courier",
        ),
        (
            "When the Valley Courier first raised the log, the clerk said: “The pumps are"
            " serviced every fortnight.”",
            "first raised",
        ),
        (
            "Speaking to reporters at the depot on Friday, the clerk said the pumps were"
            " serviced every fortnight.",
            "Speaking to reporters",
        ),
        (
            "Its own media release on February 1 described the pumps as “serviced every"
            " fortnight”.",
            "media release",
        ),
    ],
)
def test_words_given_at_a_meeting_in_a_press_note_or_to_the_newsroom_are_the_account(
    statement: str, words: str
) -> None:
    # Venue convention: a press note, a members' meeting, and the answer the party gives the
    # newsroom for publication are said in public; told after the evidence, they are still
    # the account the evidence is set against.
    result = drafted(
        "The water board has insisted its pumps never fail.",
        "The service log, released to the Valley Courier, records no service visit to the"
        " pumps after November 30.",
        statement,
    )
    assert linked(result, "contradicts", "service visit", words)


def test_what_the_party_prints_for_its_public_is_its_account() -> None:
    result = drafted(
        "The district promised cooling in every classroom by the first day of school.",
        "Internal emails show the district knew in November that nine schools would miss it.",
        'A district newsletter in March said cooling work was "on schedule across the district".',
    )
    assert linked(result, "contradicts", "knew in November", "newsletter")


def test_a_former_directors_dispute_is_no_part_of_the_account() -> None:
    result = drafted(
        "The club president told members in November there was no deal to sell the greens.",
        "The option deed, dated September 14, gives a developer the right to buy the greens.",
        "Former club director Mary Hollis disputed that the members would decide on the greens.",
    )
    assert linked(result, "contradicts", "option deed", "no deal")
    assert not linked(result, "contradicts", "option deed", "Hollis disputed")


def test_the_partys_own_reports_are_the_account_its_practice_contradicts() -> None:
    result = drafted(
        "Dispatch logs obtained by the Ledger show the ambulance operator reached fewer than "
        "70% of urgent calls on time in 2022.",
        "The operator's dispatchers marked late calls as exempt, the logs show.",
        "Quarterly reports the operator filed with the county health board put its on-time "
        "rate above 90% for every quarter of 2022.",
    )
    assert linked(result, "contradicts", "reached fewer than", "Quarterly reports")


def test_an_assurance_told_after_the_evidence_is_part_of_the_account() -> None:
    result = drafted(
        "Inspectors found the quarry had dug 40 metres beyond the edge of its site.",
        "The records show the quarry dug beyond the edge of its site for four years.",
        "At a public meeting in June, the quarry's manager, Eoin Daly, said the quarry was "
        "fully compliant with every condition of its site plan.",
    )
    assert linked(result, "contradicts", "beyond the edge", "fully compliant")


def test_the_original_figures_called_accurate_are_the_account_the_memo_contradicts() -> None:
    result = drafted(
        "The council announced in July that it had collected a record $5 million in rates.",
        "But an internal memo dated 2 August warned that the figure included $800,000 in "
        "arrears that had not been paid.",
        "Asked about the memo on 1 September, the deputy mayor said the original figures were "
        "\u201caccurate and verified\u201d.",
    )
    assert linked(result, "contradicts", "figure included", "original figures")


def _told(id_: str, lane: str, words: str, para: int, actor: str = "") -> DraftEvent:
    return DraftEvent(
        id=id_,
        lane=lane,
        date="../2024-03-08",
        title=words,
        source=f"article ¶{para}",
        actor=actor,
        quote="",
        detail=words,
        date_note="",
        sentence=para,
        clause=words,
        role="main",
    )


def test_an_account_named_as_given_again_is_contradicted_with_the_first() -> None:
    # Repetition convention: "The same assurance was given in a written answer" goes on
    # with the account before it, whoever it was given to; what contradicts the one (on
    # the words they share) contradicts the other.
    events = [
        _told("lead", "statement", "The mayor insisted the city was well run.", 1, "Ann Cole"),
        _told("first", "statement", "Ruth Ames told the board the unit had all it needed.", 2),
        _told(
            "again",
            "statement",
            "The same assurance was given in a written answer to Tom Hale in March, which said "
            "every night shift had two nurses.",
            3,
            "Tom Hale",
        ),
        _told("fact", "practice", "Fourteen night shifts had one nurse.", 4),
    ]
    pairs = {(k.source, k.target) for k in account_links(events, [], is_framed=True)}
    assert {("fact", "again"), ("fact", "first")} <= pairs


def test_a_letter_to_neighbours_is_an_account_a_later_finding_contradicts() -> None:
    result = drafted(
        "A quarry company has admitted it dug outside its permit.",
        "Records show its trucks left the site after the 6 p.m. cut-off on 40 nights.",
        "In a letter to neighbours dated July 3, the company said its settling ponds were "
        "“cleaned out regularly and working as designed.”",
        "The inspector also wrote that the site's settling ponds “had not been maintained” and "
        "were full.",
    )
    assert linked(result, "contradicts", "had not been maintained", "settling ponds were")


def test_an_overseer_that_found_otherwise_is_set_against_the_account() -> None:
    result = drafted(
        "The party's secretary-general told a press conference on 14 February that every "
        "member had joined freely.",
        "On Tuesday, the Office of the Data Protection Commissioner found otherwise. Ruling on "
        "a complaint by 63 residents, the office said the party had used their data “without "
        "consent”.",
    )
    finding = holding(result, "found otherwise")
    assert finding.lane == "disclosure"
    assert finding.title != "On Tuesday"
    assert linked(result, "contradicts", "found otherwise", "joined freely")
