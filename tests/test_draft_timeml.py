"""Drafting news the drafter was not written for: every TempEval-3 article, when present.

The TimeML corpora hold 256 wire and newspaper articles (1989-1998) that no rule was
written from. Each is drafted with its document date; every event must keep the title
and actor rules, and no article may stop the drafter.
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import pytest

from draft_support import assert_title_and_actor
from timeline.draft import draft

_BASE = Path(
    os.environ.get("TIMEML_DIR", Path(__file__).resolve().parents[2] / "shared" / "timeml")
)
_DCT = re.compile(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", re.DOTALL)
_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.DOTALL)


def _articles() -> list[Path]:
    return sorted(_BASE.rglob("*.tml")) if _BASE.is_dir() else []


def _story(path: Path) -> tuple[str, str]:
    """An article's text, as paragraphs under a plain headline, and its document date."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct, text = _DCT.search(raw), _TEXT.search(raw)
    assert dct is not None and text is not None, path.name
    body = html.unescape(re.sub(r"<[^>]+>", "", text.group(1))).strip()
    return "A headline for the test\n\n" + re.sub(r"\n\s*\n+", "\n\n", body), dct.group(1)


@pytest.mark.skipif(not _articles(), reason=f"no TimeML corpus at {_BASE} (set TIMEML_DIR)")
def test_every_timeml_article_drafts_within_the_title_and_actor_rules() -> None:
    drafted = 0
    for path in _articles():
        article, published = _story(path)
        result = draft(article, published)
        for event in result.events:
            assert_title_and_actor(event)
        drafted += len(result.events)
    assert drafted > 1000  # the corpus is news: most of its sentences carry events
