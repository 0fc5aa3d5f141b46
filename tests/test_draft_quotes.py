"""Tests for timeline.draft.quotes: quotations in double marks and, in British style, single."""

from __future__ import annotations

from pathlib import Path

import pytest

from draft_support import PUB, drafted, holding
from timeline.case import load_case
from timeline.cli import main
from timeline.draft import draft, write_case
from timeline.draft.quotes import doubled, in_source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'We had the numbers,' he said.", "“We had the numbers,” he said."),
        ("It had 'never knowingly' sent riders out.", "It had “never knowingly” sent riders out."),
        ("Britain's riders don't know.", "Britain's riders don't know."),
        ("He said 'yes' and \"no\".", "He said 'yes' and \"no\"."),
    ],
)
def test_single_marks_quote_where_a_paragraph_has_no_double_ones(text: str, expected: str) -> None:
    # Quotation convention: British copy quotes in single marks; an apostrophe between two
    # letters is no mark, and a paragraph that quotes in double marks keeps its singles
    assert doubled(text) == expected
    assert len(doubled(text)) == len(text)


def test_a_quote_taken_from_the_doubled_text_reads_as_the_source_does() -> None:
    source = "He said: 'Every post will be manned.'"
    assert in_source("“Every post", doubled(source), source) == "'Every post"


def test_a_single_quoted_quotation_is_titled_by_its_speaker() -> None:
    # Attribution convention: "'We had the numbers on paper,' he said" is the speaker's
    # statement, titled by his name, as the same words in double marks are
    result = drafted(
        "Club chairman Alan Kinvig told the Herald on Tuesday that every post had been manned.",
        "'We had the numbers on paper,' he said.",
    )
    event = holding(result, "numbers on paper")
    assert event.lane == "statement"
    assert event.title.startswith("Kinvig")
    assert "'" not in event.title


def test_a_story_quoting_in_single_marks_drafts_a_case_that_validates(tmp_path: Path) -> None:
    # Provenance: every drafted quote must stand in the article as written, single marks
    # and all, so validate passes on the case drafted from it
    article = (
        "Posts left empty despite 'fully manned' pledge\n\n"
        "Club chairman Alan Kinvig said on May 26: 'Every post will be fully manned.'\n\n"
        "Sign-in sheets seen by the Herald show nine posts were short on June 25.\n"
    )
    result = draft(article, PUB, title="Posts left empty despite 'fully manned' pledge")
    out = tmp_path / "case"
    write_case(
        result, out, article_bytes=article.encode(), outlet="Herald", url="https://example.org/a"
    )
    assert main(["validate", str(out)]) == 0
    quotes = [q for q in load_case(out).events["quote"] if isinstance(q, str) and q]
    assert quotes and all(q in article for q in quotes)


def test_a_quotation_given_in_part_is_the_statement_it_quotes() -> None:
    # Quotation convention: '"...," the statement read in part' gives the words of a
    # statement, as '"...," the statement said' does.
    result = drafted(
        "The water board answered the complaints on Tuesday.",
        "“Every reservoir in the district meets the national standard and is tested weekly,” "
        "the statement read in part.",
    )
    assert holding(result, "Every reservoir").lane == "statement"
