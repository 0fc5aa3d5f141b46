"""Dates in news copy: resolve date wording to calendar spans, and find dates in text."""

# The public interface is re-exported here; the modules hold the parts:
# - model: Resolution, the precisions and limits;
# - words: the word tables (months, weekdays, seasons, numbers);
# - spans: calendar spans and their EDTF;
# - tokens: the tokenizer and a bounds-safe token cursor;
# - nodes, atoms, grammar: the parser's nodes, single dates, and the grammar around them;
# - edtf, fallback: EDTF strings, and dateparser for a few numeric layouts;
# - resolver: resolve and publication_date;
# - frame: resolve_frame;
# - finder: find, dates in running text;
# - context: the future rule and anaphora the finder reads in context;
# - story: the anaphora pass, with the date named last and the period a story reports;
# - timex: TIMEX3 values and TimeML output;
# - command: the timeline dates command.

from __future__ import annotations

from timeline.dates.command import dates_command
from timeline.dates.finder import Found, find, find_command, parse_published
from timeline.dates.frame import resolve_frame
from timeline.dates.model import *  # noqa: F403  (Resolution, the precisions and limits)
from timeline.dates.model import __all__ as _MODEL_NAMES
from timeline.dates.resolver import publication_date, resolve

__all__ = [
    "Found",
    "dates_command",
    "find",
    "find_command",
    "parse_published",
    "publication_date",
    "resolve",
    "resolve_frame",
]
__all__ += _MODEL_NAMES
