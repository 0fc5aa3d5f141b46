"""Tests for the draft benchmark's scoring rule, on a second reading of the first case."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest

from timeline import paths


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    path = paths.ROOT / "benchmarks" / "draft.py"
    spec = importlib.util.spec_from_file_location("draft_benchmark", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _reading(tmp_path: Path, first_case_dir: Path) -> tuple[Path, Path]:
    """The first case as the reference, and a copy of it as a second reading."""
    refs, readings = tmp_path / "refs", tmp_path / "readings"
    shutil.copytree(first_case_dir, refs / first_case_dir.name)
    shutil.copytree(first_case_dir, readings / first_case_dir.name)
    return refs / first_case_dir.name, readings / first_case_dir.name


def test_a_reading_identical_to_the_reference_agrees_on_everything(
    bench: ModuleType, tmp_path: Path, first_case_dir: Path
) -> None:
    ref, other = _reading(tmp_path, first_case_dir)
    s = bench.score(ref, tmp_path, other)
    assert (s.recall, s.lane, s.date, s.contradicts) == (1.0, 1.0, 1.0, 1.0)
    # an event sourced outside the article (a document, another report) recalls nothing
    sources = pd.read_csv(other / "events.csv", dtype=str)["source"]
    outside = (~sources.str.startswith("article ¶")).sum()
    assert outside > 0
    assert s.false == pytest.approx(outside / len(sources))


def test_a_reading_that_differs_scores_each_difference_by_the_rule(
    bench: ModuleType, tmp_path: Path, first_case_dir: Path
) -> None:
    ref, other = _reading(tmp_path, first_case_dir)
    events = pd.read_csv(other / "events.csv", dtype=str, keep_default_na=False)
    links = pd.read_csv(other / "links.csv", dtype=str, keep_default_na=False)
    in_article = events[events["source"].str.startswith("article ¶")]
    # one event of the article in another lane, one dropped with its links
    relane = in_article.index[0]
    lane = events.loc[relane, "lane"]
    events.loc[relane, "lane"] = "context" if lane != "context" else "practice"
    contradicted = set(links.loc[links["relation"] == "contradicts", "to"])
    dropped = next(i for i in in_article["id"][1:] if i in contradicted)
    events = events[events["id"] != dropped]
    kept = links[(links["from"] != dropped) & (links["to"] != dropped)]
    events.to_csv(other / "events.csv", index=False)
    kept.to_csv(other / "links.csv", index=False)

    s = bench.score(ref, tmp_path, other)
    n = len(in_article)
    contradicts = links[links["relation"] == "contradicts"]
    lost = contradicts[(contradicts["from"] == dropped) | (contradicts["to"] == dropped)]
    assert s.recall == pytest.approx((n - 1) / n)
    assert s.lane == pytest.approx((n - 2) / (n - 1))
    assert s.false == pytest.approx((len(events) - (n - 1)) / len(events))
    assert len(lost) > 0
    assert s.contradicts == pytest.approx(1 - len(lost) / len(contradicts))


def test_the_reading_table_names_a_missing_folder(
    bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main(["--stories", str(tmp_path), "--reading", str(tmp_path / "none")]) == 1
    assert "no folder of cases at" in capsys.readouterr().err
