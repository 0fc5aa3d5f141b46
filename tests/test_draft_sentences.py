"""Tests for timeline.draft.sentences: splitting an article into sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.case import load_case
from timeline.draft import split_sentences
from timeline.text import fold, paragraphs


def texts(article: str) -> list[str]:
    return [s.text for s in split_sentences(article)]


def test_ap_titles_and_us_do_not_end_a_sentence() -> None:
    article = (
        "Officials had been asking since Trump and Atty. Gen. Jeff Sessions began to threaten "
        "funds. The U.S. government said so. Lt. Gov. Eleni Kounalakis met Asst. Sheriff Tim "
        "Murakami on Jan. 5. They spoke."
    )
    assert texts(article) == [
        "Officials had been asking since Trump and Atty. Gen. Jeff Sessions began to "
        "threaten funds.",
        "The U.S. government said so.",
        "Lt. Gov. Eleni Kounalakis met Asst. Sheriff Tim Murakami on Jan. 5.",
        "They spoke.",
    ]


def test_commonwealth_and_west_african_titles_do_not_end_a_sentence() -> None:
    # "Cllr." (a councillor; in Liberia, a counsellor at law), "Hon." and "Amb." come
    # before a name
    article = (
        "Justice Minister Cllr. Rose Kpan spoke first. Hon. Musa Bah and Amb. Ann Doe "
        "followed her. They left."
    )
    assert texts(article) == [
        "Justice Minister Cllr. Rose Kpan spoke first.",
        "Hon. Musa Bah and Amb. Ann Doe followed her.",
        "They left.",
    ]


def test_a_company_abbreviation_before_a_sum_ends_no_sentence() -> None:
    article = "The city paid Harlow Advisors Ltd. $1.2 million. It paid Ames Corp. 40 times."
    assert texts(article) == [
        "The city paid Harlow Advisors Ltd. $1.2 million.",
        "It paid Ames Corp. 40 times.",
    ]


def test_known_pysbd_slips_are_mended() -> None:
    assert texts("Rep. Adam Schiff, D-Calif., said it was long. It was.") == [
        "Rep. Adam Schiff, D-Calif., said it was long.",
        "It was.",
    ]
    assert texts("The meeting is at 5 p.m. Monday. Then it ends.") == [
        "The meeting is at 5 p.m. Monday.",
        "Then it ends.",
    ]


@pytest.mark.parametrize("day", ["Nov. 19", "July 4"])
def test_a_date_set_after_the_clock_ends_no_sentence(day: str) -> None:
    # AP style sets the date after the time ("at about 4 a.m. Nov. 19"); a sentence
    # still ends after a clock followed by a new subject.
    assert texts(f"She found him on the floor at about 4 a.m. {day}. He was hurt.") == [
        f"She found him on the floor at about 4 a.m. {day}.",
        "He was hurt.",
    ]
    assert len(texts("The alarm sounded at 4 a.m. The crew left.")) == 2


def test_quotes_with_several_sentences_stay_whole(first_case_dir: Path) -> None:
    article = (first_case_dir / "article.txt").read_text(encoding="utf-8")
    sentences = split_sentences(article)
    tweet = [s.text for s in sentences if "#ICE" in s.text]
    assert tweet == [
        "“LASD does NOT provide release info to #ICE. Our public website has ALL inmate release "
        "dates. It’s up to #ICE to vet the data,” officials wrote."
    ]


def test_sentences_cover_each_paragraph(first_case_dir: Path) -> None:
    article = (first_case_dir / "article.txt").read_text(encoding="utf-8")
    meta_title = load_case(first_case_dir).meta.title
    paras = paragraphs(article, headline=meta_title)
    sentences = split_sentences(article, headline=meta_title)
    for n, para in paras.items():
        joined = " ".join(s.text for s in sentences if s.para == n)
        assert fold(joined) == fold(para)
        for s in sentences:
            if s.para == n:
                assert para[s.start : s.end] == s.text
    assert sentences[0].para == 0


def test_hard_wrapped_lines_do_not_end_sentences() -> None:
    article = "The sheriff said the office\nwas closed in January.\n\nIt was not."
    assert texts(article) == ["The sheriff said the office\nwas closed in January.", "It was not."]


def test_an_evidence_clause_after_and_is_read_as_its_own_sentence() -> None:
    text = (
        "Headline\n\nThe office said it erred in its first report, and an internal review "
        "showed the guard never checked the cell."
    )
    parts = [s.text for s in split_sentences(text, headline="Headline") if s.para == 1]
    assert parts == [
        "The office said it erred in its first report, and",
        "an internal review showed the guard never checked the cell.",
    ]


def test_a_private_rank_ends_no_sentence() -> None:
    article = "The Army told the family of Pvt. Daniel Reyes that he died. They grieved."
    assert texts(article) == [
        "The Army told the family of Pvt. Daniel Reyes that he died.",
        "They grieved.",
    ]


def test_a_dateline_with_an_abbreviated_province_stays_with_its_sentence() -> None:
    # "BURLINGTON, Ont. — The morning after": a dash never opens a sentence of news copy
    assert texts("BURLINGTON, Ont. — The trains stopped on Oct. 8. The agency spoke.") == [
        "BURLINGTON, Ont. — The trains stopped on Oct. 8.",
        "The agency spoke.",
    ]


def test_canadian_press_titles_do_not_end_a_sentence() -> None:
    article = (
        "At the June 3 meeting, Coun. Hana Belair asked about the fees. Ald. Rory Penn "
        "agreed. Const. Ivo Marsh and Cst. Dee Lam were on duty."
    )
    assert texts(article) == [
        "At the June 3 meeting, Coun. Hana Belair asked about the fees.",
        "Ald. Rory Penn agreed.",
        "Const. Ivo Marsh and Cst. Dee Lam were on duty.",
    ]


def test_nigerian_titles_of_a_trade_do_not_end_a_sentence() -> None:
    # Nigerian copy sets a trade or standing before the name: "Engr." (engineer), "Barr."
    # (barrister), "Arc." (architect), "Pharm." (pharmacist), "Alh." (Alhaji), "Comr."
    article = "Engr. Musa Bello spoke first. Barr. Ada Obi and Alh. Sani Umar followed. They left."
    assert texts(article) == [
        "Engr. Musa Bello spoke first.",
        "Barr. Ada Obi and Alh. Sani Umar followed.",
        "They left.",
    ]


def test_a_quotation_that_ends_in_a_comma_keeps_its_attribution() -> None:
    # a comma ends no sentence, even inside a quotation within a quotation
    text = (
        "Headline\n\nAli Musa said the crews were told the firm would pay. “He said, ‘You’re "
        "not out a dime,’” Musa said. “I had never given to a politician.”"
    )
    sentences = [s.text for s in split_sentences(text, headline="Headline")]
    assert "“He said, ‘You’re not out a dime,’” Musa said." in sentences
    assert "Musa said." not in sentences
