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

from findings_support import outputs_text, tool_text, verdicts
from timeline import Case, load_case, paths
from timeline.case import LINK_COLUMNS, RELATION_LANES
from timeline.chart import finding, timeline_chart, transcript
from timeline.chart.transcript import transcript_html
from timeline.claims import claims_table
from timeline.findings import CHALLENGES, findings
from timeline.outputs import claim_reviews
from timeline.story import claims_html

#: How the transcript words a challenge, seen from the statement.
CHALLENGE_WORDS = ("contradicted by", "admitted not accurate by", "disputed by")


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
    assert tweet.status == findings(case).status("july-tweet") == "admitted"  # the strongest
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
    assert {s.status for s in checked.challenged} == {"contradicted"}
    # checked, they are contradicted but neither admitted nor rated: no review is written
    assert claim_reviews(case)["@graph"] == []


# --- a status for every statement ----------------------------------------------------------


def rewrite_links(folder: Path, rows: list[str]) -> None:
    """Replace ``links.csv`` in ``folder`` with these rows (``from,to,relation,note``)."""
    text = "from,to,relation,note\n" + "".join(f"{row}\n" for row in rows)
    (folder / "links.csv").write_text(text, encoding="utf-8")


def rate(folder: Path, ratings: dict[str, str]) -> None:
    """Add a ``rating`` column to ``events.csv`` in ``folder``, rating the events given."""
    path = folder / "events.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame["rating"] = [ratings.get(i, "") for i in frame["id"]]
    frame.to_csv(path, index=False)


def test_a_status_for_every_statement(case_copy: Path) -> None:
    rewrite_links(
        case_copy,
        [
            "admission-letter,july-tweet,admits,",
            "ice-jail-access,website-position,contradicts,",
            "no-comment,no-longer-lists-claim,disputes,A spokesman disputes the claim.",
            "times-july-story,no-longer-lists-claim,disputes,",
        ],
    )
    case = load_case(case_copy)
    facts = findings(case)
    assert {s.id: s.status for s in facts.statements} == {
        "july-tweet": "admitted",
        "website-position": "contradicted",
        "no-longer-lists-claim": "disputed",
        "refuses-ice-holds": "unchallenged",
        "january-letter": "unchallenged",
    }
    assert facts.counts() == {"admitted": 1, "contradicted": 1, "disputed": 1, "unchallenged": 2}
    claim = facts.get("no-longer-lists-claim")
    assert claim is not None and claim.disputed_by == ("no-comment", "times-july-story")
    assert claim.first_out is None and claim.first_disputed == "times-july-story"
    assert {s.id for s in facts.challenged} == {
        "july-tweet",
        "website-position",
        "no-longer-lists-claim",
    }
    assert {s.id for s in facts.refuted} == {"july-tweet", "website-position"}
    table = claims_table(case, every=True).set_index("id")
    assert table["status"].to_dict() == {s.id: s.status for s in facts.statements}
    assert table.at["no-longer-lists-claim", "disputed_by"].count(";") == 1
    assert table.at["july-tweet", "admitted_by"] != ""
    # only the admitted statement gets a review: the contradicted one has no rating; the
    # letter is dated 'by' the day the story says it was known
    graph = claim_reviews(case)["@graph"]
    assert [r["url"].rsplit("#claim-", 1)[1] for r in graph] == ["july-tweet"]
    rating = graph[0]["reviewRating"]["alternateName"]
    assert rating == "Sheriff Jim McDonnell admitted it was inaccurate by 9 October 2017"
    found = finding(case, facts)
    assert (found.statements, found.disputed) == (2, 1)
    assert "Another public statement is disputed; the story does not settle it." in (found.sentence)
    try:
        facts.status("no-such-statement")
    except KeyError:
        pass
    else:
        raise AssertionError("an unknown statement has no status")


def test_statements_only_disputed_are_counted_in_words(case_copy: Path) -> None:
    # News style: "Two other public statements are disputed", never a sentence opening
    # with a numeral.
    rewrite_links(
        case_copy,
        [
            "ice-jail-access,website-position,contradicts,",
            "times-july-story,no-longer-lists-claim,disputes,",
            "no-comment,refuses-ice-holds,disputes,",
        ],
    )
    found = finding(load_case(case_copy))
    assert found.disputed == 2
    assert "Two other public statements are disputed; the story does not settle them." in (
        found.sentence
    )


def test_a_rated_statement_gets_the_reporters_rating(case_copy: Path) -> None:
    rewrite_links(case_copy, ["ice-jail-access,website-position,contradicts,"])
    rate(case_copy, {"website-position": "Misleading"})
    case = load_case(case_copy)
    assert findings(case).status("website-position") == "contradicted"
    graph = claim_reviews(case)["@graph"]
    assert len(graph) == 1
    assert graph[0]["reviewRating"]["alternateName"] == "Misleading"  # word for word
    assert claims_table(case).set_index("id").at["website-position", "rating"] == "Misleading"


def test_disputes_only_gives_no_verdict_anywhere(case_copy: Path) -> None:
    rewrite_links(
        case_copy,
        [
            "no-comment,july-tweet,disputes,Someone disputes it.",
            "times-july-story,website-position,disputes,",
            "times-july-story,july-tweet,prompted,",
        ],
    )
    case = load_case(case_copy)
    facts = findings(case)
    assert {s.id for s in facts.challenged} == {"july-tweet", "website-position"}
    assert {s.status for s in facts.challenged} == {"disputed"}
    assert facts.refuted == ()
    found = finding(case, facts)
    assert found.statements == 0 and found.disputed == 2
    assert "2 public statements are disputed without the story settling them" in found.sentence
    assert claim_reviews(case)["@graph"] == []  # nothing rated, nothing admitted
    table = claims_table(case)
    assert table["status"].tolist() == ["disputed", "disputed"]
    text = transcript(case).set_index("id")
    assert text.at["july-tweet", "links"].startswith("disputed by: ")
    assert "Disputed; the story does not settle it." in transcript_html(case)
    # the article's own words (quotes, titles) aside, the tool says no verdict
    assert verdicts(found.sentence) == set()
    assert verdicts(table.drop(columns=["quote"]).to_csv(index=False)) == set()
    links_words = " ".join(text["links"]) + " ".join(text["statement_status"])
    assert verdicts(links_words) == set()


# --- every consumer gives the same count -------------------------------------------------


def sentence_count(sentence: str) -> int:
    """How many statements the finding sentence says are contradicted or admitted."""
    if "no statement in this case is marked as contradicted" in sentence:
        return 0
    words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    match = re.match(r"([\d,]+|[A-Z][a-z]+) public statements? (?:was|were) ", sentence)
    assert match, sentence
    count = match.group(1)
    return words.index(count.lower()) if count.isalpha() else int(count.replace(",", ""))


@st.composite
def small_cases(draw: st.DrawFn) -> Case:
    """The first case's events, some of them, with generated links that the lanes allow.

    The events' own words are neutral (no verdict in a title, quote or detail), so any
    verdict word in an output is the tool's; some statements get a reporter's rating.
    """
    case = first()
    events = case.events
    keep = draw(st.lists(st.booleans(), min_size=len(events), max_size=len(events)))
    if not any(keep):
        keep[0] = True
    kept = events[keep].reset_index(drop=True)
    kept = kept.assign(
        title=[f"Event number {n}" for n in range(len(kept))], quote="", detail="", claim=""
    )
    rated = st.sampled_from(["", "", "Misleading", "False"])
    ratings = draw(st.lists(rated, min_size=len(kept), max_size=len(kept)))
    kept["rating"] = [
        r if lane == "statement" else "" for r, lane in zip(ratings, kept["lane"], strict=True)
    ]
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
    # the finding: its numbers and its sentence
    found = finding(case, facts)
    assert found.statements == len(facts.refuted)
    assert sentence_count(found.sentence) == len(facts.refuted)
    assert found.disputed == len(facts.disputed) == facts.counts()["disputed"]
    assert found.admitted == sum(s.admitted for s in facts.challenged)
    assert sum(facts.counts().values()) == len(facts.statements)
    # the claims table: one row a challenged statement, in the same order, with its status
    table = claims_table(case)
    assert table["statement"].tolist() == [events.at[i, "title"] for i in challenged]
    assert table["status"].tolist() == [facts.status(i) for i in challenged]
    assert len(claims_table(case, every=True)) == len(facts.statements)
    # ClaimReview: one review a rated or admitted statement (no event here is a draft)
    graph = claim_reviews(case)["@graph"]
    reviewed = [s.id for s in facts.statements if s.rating or s.admitted]
    assert [r["url"].rsplit("#claim-", 1)[1] for r in graph] == reviewed
    for review, sid in zip(graph, reviewed, strict=True):
        rating = facts.statements[[s.id for s in facts.statements].index(sid)].rating
        assert rating in ("", review["reviewRating"]["alternateName"])
    # the chart: the statements it marks with a challenging link end, each labelled
    spec = timeline_chart(case).to_dict()
    marked = {
        r["to"]
        for r in spec["datasets"]["links"]
        if r["relation"] in CHALLENGES and events.at[r["to"], "lane"] == "statement"
    }
    assert marked == set(challenged)
    keys = {r["id"] for r in spec["datasets"]["events"] if r["key"]}
    assert marked <= keys
    # the transcript: statements whose links say they were contradicted, admitted or disputed
    text = transcript(case)
    words = text["links"].str.contains("|".join(CHALLENGE_WORDS))
    said = text[(text["lane"] == "statement") & words]
    assert said["id"].tolist() == [i for i in text["id"] if i in set(challenged)]
    assert len(said) == n
    assert said["statement_status"].tolist() == [facts.status(i) for i in said["id"]]


@settings(max_examples=40, deadline=None)
@given(small_cases())
def test_no_verdict_without_an_admission_or_a_rating(case: Case) -> None:
    """The tool never says more than the reporting: a verdict needs an admits link or a rating."""
    facts = findings(case)
    admits = (case.links["relation"] == "admits").any()
    rated = any(s.rating for s in facts.statements)
    words = verdicts(outputs_text(case))
    if not admits and not rated:
        assert words == set(), words
    if not admits:
        # a rating's own words may appear, and only in ClaimReview, word for word
        assert verdicts(tool_text(case)) == set()
