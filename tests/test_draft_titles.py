"""Tests for timeline.draft.titles: the headline each drafted event gets."""

from __future__ import annotations

from timeline.draft.titles import TITLE_MAX, event_title


def test_an_ellipsis_in_a_quote_ends_the_title_before_it() -> None:
    # Quotation convention: "…" marks words the copy left out; a headline never shows it.
    title = event_title(
        "“We made a serious mistake in that report. … We own it,” Reyes said.", "main"
    )
    assert "…" not in title and "..." not in title
    assert title.endswith("We made a serious mistake in that report")


def test_a_short_phrase_before_an_ellipsis_keeps_the_words_after_it() -> None:
    title = event_title("“I regret it ... and we will fix the count,” Reyes said.", "main")
    assert "..." not in title and "fix the count" in title


def test_an_admission_that_opens_a_quote_keeps_what_it_admits() -> None:
    # "It is now clear that ...": the admission is the clause it opens, not its first words.
    title = event_title(
        "“It is now clear that the pumps did fail before the flood,” a district statement said.",
        "main",
    )
    assert "pumps did fail" in title and len(title) <= TITLE_MAX
    assert not title.rstrip().endswith("that")
