"""Tests for timeline.findings: one model of the statements, and every consumer agrees with it."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import Case, load_case, paths
from timeline.case import LINK_COLUMNS, RELATION_LANES
from timeline.chart import finding, timeline_chart, transcript
from timeline.claims import claims_table
from timeline.findings import CHALLENGES, findings
from timeline.outputs import claim_reviews
from timeline.story import claims_html

#: How the transcript words a challenge, seen from the statement.
CHALLENGE_WORDS = ("contradicted by", "admitted not accurate by")


@cache
def first() -> Case:
    return load_case(paths.FIRST_CASE)


def drop_links(folder: Path, keep: Callable[[str], bool]) -> None:
    """Rewrite ``links.csv`` in ``folder``, keeping the lines for which ``keep`` is true."""
    path = folder / "links.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    kept = [lines[0], *(line for line in lines[1:] if keep(line))]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")


def test_admits_only_statement_counts_everywhere(case_copy: Path) -> None:
    """A statement with only an ``admits`` link is challenged, admitted, not contradicted."""
    drop_links(case_copy, lambda line: ",no-longer-lists-claim,contradicts," not in line)
    case = load_case(case_copy)
    facts = findings(case)
    claim = facts.get("no-longer-lists-claim")
    assert claim is not None
    assert claim.challenged and claim.admitted and not claim.contradicted
    assert claim.contradicted_by == () and claim.revealed_by == ()
    assert claim.admitted_by == ("admission-letter",)
    assert claim.first_out == "admission-letter"
    n = len(facts.challenged)
    assert n == 3
    assert finding(case).statements == n
    table = claims_table(case)
    assert len(table) == n
    title = case.events.set_index("id").at["no-longer-lists-claim", "title"]
    row = table[table["statement"] == title].iloc[0]
    assert row["contradicted_by"] == ""
    assert row["revealed_by"] == case.events.set_index("id").at["admission-letter", "title"]
    assert len(claim_reviews(case)["@graph"]) == n
    assert claims_html(case).count("<tr>") == n + 1  # the header and one row a statement


def test_statement_both_contradicted_and_admitted(first_case_dir: Path) -> None:
    case = load_case(first_case_dir)
    tweet = findings(case).get("july-tweet")
    assert tweet is not None and tweet.contradicted and tweet.admitted
    links = case.links
    into = links[(links["to"] == "july-tweet") & links["relation"].isin(CHALLENGES)]
    contradicting = into.loc[into["relation"] == "contradicts", "from"].tolist()
    assert list(tweet.contradicted_by) == contradicting
    assert tweet.admitted_by == ("admission-letter",)
    # the disclosures that reveal the practices contradicting it
    reveals = links[(links["relation"] == "reveals") & links["to"].isin(contradicting)]
    assert tweet.revealed_by == tuple(sorted(set(reveals["from"])))
    assert set(tweet.disclosures) == {*tweet.revealed_by, "admission-letter"}
    assert [(e.event, e.relation) for e in tweet.evidence] == list(
        zip(into["from"], into["relation"], strict=True)
    )
    # the first to come out is the one the claims table names
    assert tweet.first_out is not None
    title = case.events.set_index("id").at["july-tweet", "title"]
    table = claims_table(case).set_index("statement")
    named = case.events.set_index("id").at[tweet.first_out, "title"]
    assert table.at[title, "revealed_by"] == named


def test_unlinked_statements_are_not_challenged(first_case_dir: Path) -> None:
    facts = findings(load_case(first_case_dir))
    by_id = {s.id: s for s in facts.statements}
    assert not by_id["refuses-ice-holds"].challenged  # no link at all
    assert not by_id["january-letter"].challenged  # only ``prompted`` links
    assert by_id["refuses-ice-holds"].first_out is None


def test_checked_only_leaves_out_draft_evidence(case_copy: Path) -> None:
    events = case_copy / "events.csv"
    lines = events.read_text(encoding="utf-8").splitlines()
    out = [lines[0] + ",status"]
    for line in lines[1:]:
        out.append(line + (",draft" if line.startswith("admission-letter,") else ","))
    events.write_text("\n".join(out) + "\n", encoding="utf-8")
    drop_links(case_copy, lambda line: ",no-longer-lists-claim,contradicts," not in line)
    case = load_case(case_copy)
    assert len(findings(case).challenged) == 3  # the chart and report count drafts
    checked = findings(case, checked_only=True)
    assert [s.id for s in checked.challenged] == ["website-position", "july-tweet"]
    assert len(claim_reviews(case)["@graph"]) == 2


# --- every consumer gives the same count -------------------------------------------------


def sentence_count(sentence: str) -> int:
    """How many statements the finding sentence says are challenged."""
    if "no statement in this case is marked as contradicted" in sentence:
        return 0
    match = re.match(r"(\d+) public statements? (?:was|were) ", sentence)
    assert match, sentence
    return int(match.group(1))


@st.composite
def small_cases(draw: st.DrawFn) -> Case:
    """The first case's events, some of them, with generated links that the lanes allow."""
    case = first()
    events = case.events
    keep = draw(st.lists(st.booleans(), min_size=len(events), max_size=len(events)))
    if not any(keep):
        keep[0] = True
    kept = events[keep].reset_index(drop=True)
    lanes = dict(zip(kept["id"], kept["lane"].astype(str), strict=True))
    allowed = [
        (a, b, rel)
        for rel, (froms, tos) in RELATION_LANES.items()
        for a in lanes
        for b in lanes
        if a != b and lanes[a] in froms and lanes[b] in tos
    ]
    chosen = draw(st.lists(st.sampled_from(allowed), unique=True, max_size=14)) if allowed else []
    links = pd.DataFrame(
        [(a, b, rel, f"note {n}" if n % 2 else "") for n, (a, b, rel) in enumerate(chosen)],
        columns=list(LINK_COLUMNS),
    ).astype(case.links.dtypes.to_dict())
    return dataclasses.replace(case, events=kept, links=links)


@settings(max_examples=30, deadline=None)
@given(small_cases())
def test_every_consumer_counts_the_same_statements(case: Case) -> None:
    facts = findings(case)
    challenged = [s.id for s in facts.challenged]
    n = len(challenged)
    events = case.events.set_index("id")
    # the finding: its number and its sentence
    found = finding(case, facts)
    assert found.statements == n
    assert sentence_count(found.sentence) == n
    assert found.admitted == sum(s.admitted for s in facts.challenged)
    # the claims table: one row a challenged statement, in the same order
    table = claims_table(case)
    assert table["statement"].tolist() == [events.at[i, "title"] for i in challenged]
    # ClaimReview: one review a challenged statement (no event here is a draft)
    graph = claim_reviews(case)["@graph"]
    assert len(graph) == n
    # the chart: the statements it marks with a contradicts or admits link end, each labelled
    spec = timeline_chart(case).to_dict()
    marked = {
        r["to"]
        for r in spec["datasets"]["links"]
        if r["relation"] in CHALLENGES and events.at[r["to"], "lane"] == "statement"
    }
    assert marked == set(challenged)
    keys = {r["id"] for r in spec["datasets"]["events"] if r["key"]}
    assert marked <= keys
    # the transcript: statements whose links say they were contradicted or admitted
    text = transcript(case)
    words = text["links"].str.contains("|".join(CHALLENGE_WORDS))
    said = text[(text["lane"] == "statement") & words]
    assert said["id"].tolist() == [i for i in text["id"] if i in set(challenged)]
    assert len(said) == n
