"""Tests for timeline.text: folding and paragraph numbers."""

from __future__ import annotations

from timeline.text import contains_quote, fold, paragraphs


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
