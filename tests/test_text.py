"""Tests for timeline.text: folding, paragraph numbers and counted words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline.text import contains_quote, fold, paragraphs, plural


def test_fold_straightens_quotes_dashes_and_space() -> None:
    assert fold("“It’s”\u00a0 up — to\n#ICE…") == '"It\'s" up - to #ICE...'


def test_contains_quote_ignores_typography_but_not_words() -> None:
    article = "officials wrote. “LASD does NOT provide release info to #ICE.”"
    assert contains_quote(article, '"LASD does NOT provide release info')
    assert not contains_quote(article, "LASD does not provide release info")
    assert not contains_quote(article, "   ")


def test_paragraphs_number_headline_as_zero() -> None:
    text = "Headline’s here\n\n\nFirst para.\n\nSecond\npara."
    assert paragraphs(text, headline="Headline's here") == {
        0: "Headline’s here",
        1: "First para.",
        2: "Second\npara.",
    }
    assert paragraphs(text, headline="Another")[1] == "Headline’s here"


def test_paragraphs_without_blank_lines_are_lines() -> None:
    assert paragraphs("One.\nTwo.\n") == {1: "One.", 2: "Two."}


def test_first_case_article_paragraphs(first_case_dir) -> None:  # type: ignore[no-untyped-def]
    from timeline import load_case

    case = load_case(first_case_dir)
    assert case.paragraphs[0].startswith("Despite assurances")
    assert case.paragraphs[1].startswith("Since President Trump")


def _one_link_one_draft(case_copy: Path) -> Path:
    """The first case cut to one link, with one event marked as a draft."""
    links = (case_copy / "links.csv").read_text(encoding="utf-8").splitlines()
    (case_copy / "links.csv").write_text("\n".join(links[:2]) + "\n", encoding="utf-8")
    events = (case_copy / "events.csv").read_text(encoding="utf-8").splitlines()
    lines = [events[0] + ",status", events[1] + ",draft", *(f"{x}," for x in events[2:])]
    (case_copy / "events.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return case_copy


def test_counted_phrases_say_one_thing_once(case_copy: Path) -> None:
    """'1 link', '1 of 23 events is a draft': never '1 links' or '1 ... are drafts'."""
    from timeline import load_case
    from timeline.chart import chart_html
    from timeline.report import sections

    case = load_case(_one_link_one_draft(case_copy))
    texts = {
        "summary": case.summary(),
        "finding": sections.finding_html(case),
        "draft warning": sections.draft_warning_html(case),
        "page": chart_html(case),
    }
    assert ", 1 link," in texts["summary"]
    assert "1 link drawn from" in texts["finding"]
    assert "1 of 23 events is a draft" in texts["draft warning"]
    for name, text in texts.items():
        assert not re.search(r"\b1 (?:links|events|sources|sentences)\b", text), name
        assert "1 of 23 events are" not in text, name


@pytest.mark.parametrize(("n", "words"), [(0, "0 links"), (1, "1 link"), (2, "2 links")])
def test_plural_for_none_one_and_many(n: int, words: str) -> None:
    assert plural(n, "link") == words
