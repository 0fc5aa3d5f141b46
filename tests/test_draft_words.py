"""Tests for timeline.draft.words: the cue words news copy uses, read one by one."""

from __future__ import annotations

import pytest

from timeline.draft.words import ADMISSION


@pytest.mark.parametrize(
    "sentence",
    [
        'The minister\'s office said the post was "inaccurate" and had been deleted.',
        "He accepted that “it was wrong, and we should have corrected it much sooner”.",
        'Lindqvist said in a phone interview that he had "misspoken" on Sunday.',
        "“That's on me,” he said.",
        "“That is on us, not her,” he said.",
        "“We got it wrong,” the chief executive said.",
    ],
)
def test_the_ways_a_speaker_concedes(sentence: str) -> None:
    assert ADMISSION.search(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "“It is on us to fix it,” he said.",
        "He accepted that the review was needed.",
        "She said the figures were gathered on Monday.",
    ],
)
def test_what_concedes_nothing(sentence: str) -> None:
    assert ADMISSION.search(sentence) is None
