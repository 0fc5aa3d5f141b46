"""Draft a new case from an article's text: candidate events and links for a reporter to check."""

from __future__ import annotations

from timeline.draft.command import ARTICLE_NAME, DraftError, draft_case, draft_command, write_case
from timeline.draft.events import draft
from timeline.draft.model import Draft, DraftEvent, DraftLink
from timeline.draft.sentences import Sentence, split_sentences
from timeline.draft.slugs import content_words
from timeline.draft.titles import TITLE_MAX

__all__ = [
    "ARTICLE_NAME",
    "TITLE_MAX",
    "Draft",
    "DraftError",
    "DraftEvent",
    "DraftLink",
    "Sentence",
    "content_words",
    "draft",
    "draft_case",
    "draft_command",
    "split_sentences",
    "write_case",
]
