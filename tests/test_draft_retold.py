"""Tests for timeline.draft.retold: a quoted fragment quoted again in full is one event."""

from __future__ import annotations

from draft_support import drafted, holding


def test_a_fragment_quoted_again_in_full_is_one_event() -> None:
    # Quotation convention: 'X called it "a cover-up by the port."' and then '"This is a
    # cover-up by the port, plain and simple," X wrote' tell one utterance.
    result = drafted(
        "Port Director Dana Whit said Monday the pier was sound.",
        "Ray Duncan, the father of a boy hurt at Harbor Pier, called the statement “a "
        "cover-up by the port.”",
        "“This is a cover-up by the port, plain and simple,” Duncan wrote on Facebook.",
    )
    by_duncan = [e for e in result.events if "Duncan" in e.actor]
    assert [e.para for e in by_duncan] == [3]
    assert holding(result, "plain and simple") in by_duncan


def test_a_fragment_in_a_paraphrase_that_tells_more_is_kept() -> None:
    # a term quoted inside a longer paraphrase is not the utterance quoted after it
    result = drafted(
        "The ministry stands by its numbers. A spokesman said yesterday that the ten-day "
        "measure counts only “complete applications” and that the clock starts again "
        "whenever an officer asks an employer for more information.",
        "“The median for all applications is not the standard for complete applications,” "
        "the spokesman said.",
    )
    assert any("clock starts again" in e.clause for e in result.events)


def test_a_fragment_another_speaker_quotes_again_is_kept() -> None:
    result = drafted(
        "Ray Duncan, the father of a boy hurt at Harbor Pier, called the statement “a "
        "cover-up by the port.”",
        "“This is no cover-up by the port,” Port Director Dana Whit said on Tuesday.",
    )
    assert len([e for e in result.events if e.para in (1, 2)]) == 2


def test_a_post_set_as_its_own_paragraph_is_the_fuller_quotation() -> None:
    result = drafted(
        "Port Director Dana Whit said Monday the pier was sound.",
        "Ray Duncan, the father of a boy hurt at Harbor Pier, called the statement “a "
        "cover-up by the port.”",
        "This is a cover-up by the port, plain and simple. The pier was never sound. "
        "— Ray Duncan (@rayduncan) March 7, 2024",
    )
    assert [e.para for e in result.events if "Duncan" in e.actor] == [3]


def test_one_fact_drawn_twice_from_a_sentence_is_kept_once() -> None:
    result = drafted(
        "The clarification came days after the Gazette visited the mill and found its gate "
        "padlocked and its gas line still disconnected."
    )
    titles = [e.title for e in result.events]
    assert len(titles) == len(set(titles)) >= 1
