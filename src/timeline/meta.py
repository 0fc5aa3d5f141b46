"""A case's ``case.yml``: the story's metadata, read as plain YAML and checked."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, cast

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import ErrorDetails, PydanticCustomError

from timeline.dates import FIRST_DATE, LAST_DATE
from timeline.dates.resolver import OutOfRange, publication_date
from timeline.errors import Problem, show_value
from timeline.tables import file_label, read_text
from timeline.vocab import SLUG, SLUG_WORDS

__all__ = ["DATE_RANGE_WORDS", "MAX_META_BYTES", "MAX_YAML_DEPTH", "CaseMeta", "read_meta"]

DATE_RANGE_WORDS = f"a date from {FIRST_DATE.isoformat()} to {LAST_DATE.isoformat()}"
"""The dates a case may hold (:data:`~timeline.dates.FIRST_DATE` to ``LAST_DATE``), in words."""

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

MAX_META_BYTES = 1_000_000
"""The largest ``case.yml`` read, in bytes."""
MAX_YAML_DEPTH = 20
"""How deeply ``case.yml`` may nest lists and mappings."""


class CaseMeta(BaseModel):
    """The contents of a case's ``case.yml``."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    title: str = Field(min_length=1, description="The story's headline.")
    outlet: str = Field(min_length=1, description="The publication.")
    url: str = Field(pattern=r"^https?://\S+$", description="The story's address.")
    published: dt.date = Field(description="Publication date, YYYY-MM-DD.")
    article: str = Field(
        pattern=r"^[^/\\]*[^/\\.][^/\\]*$",
        description="File name of the article text in the case folder.",
    )
    byline: str | None = Field(default=None, description="The reporters.")
    id: str | None = Field(default=None, pattern=SLUG, description="Defaults to the folder name.")

    @field_validator("published", mode="before")
    @classmethod
    def _read_published(cls, value: object) -> dt.date:
        """Read the date as ``resolve`` and ``find`` do, and refuse one no table can hold.

        The case format keeps to ``YYYY-MM-DD``, which no reader can take two ways.
        """
        if not (isinstance(value, str) and _ISO_DAY.fullmatch(value.strip())):
            raise PydanticCustomError("date", "a date written YYYY-MM-DD")
        try:
            day = publication_date(value)
        except OutOfRange:
            raise PydanticCustomError("date_range", DATE_RANGE_WORDS) from None
        except ValueError:
            day = None
        if day is None:
            raise PydanticCustomError("date", "a date written YYYY-MM-DD")
        return day


class _Refused(yaml.MarkedYAMLError):
    """YAML the case loader refuses; ``problem`` says what was expected instead."""


class _CaseLoader(yaml.SafeLoader):
    """A safe loader for ``case.yml``: plain values, nested at most :data:`MAX_YAML_DEPTH` deep.

    Anchors and aliases are refused, so no value can expand into a billion; dates are kept as
    text for the model to read, and a value Python cannot hold is a problem on its line.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event: yaml.Event = self.peek_event()  # type: ignore[no-untyped-call]
        mark = cast(yaml.error.Mark, event.start_mark)
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise _Refused(
                problem="plain values, without YAML anchors or aliases", problem_mark=mark
            )
        if self.depth >= MAX_YAML_DEPTH:
            raise _Refused(problem=f"at most {MAX_YAML_DEPTH} levels of nesting", problem_mark=mark)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except ValueError as exc:
            problem = f"a value that can be read (put text in quotes; the parser says: {exc})"
            raise _Refused(problem=problem, problem_mark=node.start_mark) from None


def _timestamp_as_text(loader: _CaseLoader, node: yaml.Node) -> str:
    """Keep a YAML date as its text: :class:`CaseMeta` reads it, and words any problem."""
    return loader.construct_yaml_str(node)


_CaseLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


def _parse_yaml(text: str) -> tuple[yaml.Node | None, Any]:
    """Parse ``text`` once: its node tree (for line numbers) and its value."""
    loader = _CaseLoader(text)
    try:
        node = loader.get_single_node()
        return node, None if node is None else loader.construct_document(node)
    finally:
        loader.dispose()


_PATTERN_WORDS = {
    "url": "an http(s) URL",
    "article": "the name of a file in the case folder (no '/' or '\\'; not '.' or '..')",
    "id": SLUG_WORDS,
}


def _meta_problem(err: ErrorDetails, label: str, key_lines: dict[str, int]) -> Problem:
    """A problem for one of pydantic's errors about ``case.yml``."""
    key = str(err["loc"][0]) if err["loc"] else None
    value: str | None = None
    if err["type"] == "missing":
        expected = "this required key"
    elif err["type"] == "extra_forbidden":
        expected = "a known key: " + ", ".join(CaseMeta.model_fields)
    else:
        value = show_value(err.get("input"))
        if err["type"] == "date_range":
            expected = err["msg"]
        elif key == "published":
            expected = "a date written YYYY-MM-DD"
        elif err["type"] == "string_pattern_mismatch" and key in _PATTERN_WORDS:
            expected = _PATTERN_WORDS[key]
        else:
            expected = (
                err["msg"]
                .replace("Input should", "a value that should")
                .replace("String should", "a value that should")
            )
    return Problem(label, expected, line=key_lines.get(key or ""), column=key, value=value)


def read_meta(
    path: Path, root: Path, problems: list[Problem]
) -> tuple[CaseMeta | None, dict[Any, Any]]:
    """Read and check ``case.yml``; return the model (None on a problem) and the raw mapping.

    The raw mapping (empty when there is none) lets :func:`_case_id` see a valid ``id`` even
    when another key is wrong.
    """
    label = file_label(path)
    text = read_text(path, root, problems, limit=MAX_META_BYTES)
    if text is None:
        return None, {}
    try:
        node, data = _parse_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or exc
        expected = (
            f"{problem}" if isinstance(exc, _Refused) else f"valid YAML; the parser says: {problem}"
        )
        line = mark.line + 1 if mark is not None else None
        problems.append(Problem(label, expected, line=line))
        return None, {}
    if not isinstance(data, dict):
        problems.append(Problem(label, "a mapping of keys (title, outlet, url, published, ...)"))
        return None, {}
    key_lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, _ in node.value:
            key_lines[str(key.value)] = key.start_mark.line + 1
    try:
        return CaseMeta.model_validate(data), data
    except ValidationError as exc:
        problems.extend(_meta_problem(err, label, key_lines) for err in exc.errors())
        return None, data
