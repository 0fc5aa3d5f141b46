"""Tests for timeline.draft: the drafted events and links, and ``timeline draft``.

The first story is scored against its hand-built case. Matching, precisely:

1. Only hand-built events sourced to the article (``article ¶N``) count; events sourced
   to a URL (facts from elsewhere, such as the executive order) are left out of the
   denominator.
2. A hand-built event's *sentence* is the sentence of its paragraph (split as the draft
   splits, :func:`timeline.draft.split_sentences`) that holds its quote once both are
   folded; without a quote, the sentence of that paragraph sharing the most content words
   with its title and detail (the earliest on a tie).
3. The event is *recovered* when the draft has at least one event drawn from that
   sentence.
4. For lanes, each recovered event is paired with one draft event from its sentence: a
   maximum-weight one-to-one pairing within the sentence, the weight being the content
   words a hand-built event's title, detail and quote share with the words the draft event
   was drawn from (its clause). When a sentence gave the draft fewer events than the
   hand-built case has there, the events left over pair with their best-sharing draft
   event. The lane is right when the pair's lanes are equal.

The figures are printed (run with ``-s``) and asserted.
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from draft_support import assert_title_and_actor
from stories_support import STORIES
from timeline.case import RELATION_LANES, load_case
from timeline.cli import main
from timeline.draft import (
    ARTICLE_NAME,
    TITLE_MAX,
    Draft,
    DraftEvent,
    content_words,
    draft,
    draft_command,
    write_case,
)
from timeline.draft.actors import Actors
from timeline.draft.furniture import DATELINE
from timeline.text import fold, paragraphs

URL = "https://www.latimes.com/local/lanow/la-me-jails-ice-audit-20171009-story.html"
STORY = Path(__file__).parent / "data" / "draft_story.txt"


# --------------------------------------------------------------------------------------------
# Scoring the first story against its hand-built case
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Score:
    gold: int
    recovered: int
    lanes_right: int
    one_to_one: int
    draft_events: int
    missed: list[str]
    wrong_lanes: list[str]

    @property
    def recall(self) -> float:
        return self.recovered / self.gold

    @property
    def lane_accuracy(self) -> float:
        return self.lanes_right / self.recovered

    def line(self, label: str) -> str:
        return (
            f"{label}: recovered {self.recovered}/{self.gold} hand-built events "
            f"({self.recall:.0%}); lanes right {self.lanes_right}/{self.recovered} "
            f"({self.lane_accuracy:.0%}); one-to-one recall {self.one_to_one}/{self.gold} "
            f"({self.one_to_one / self.gold:.0%}); {self.draft_events} draft events"
        )


def gold_words(row: pd.Series) -> set[str]:
    return content_words(f"{row['title']} {row['detail']} {row['quote']}")


def best_pairing(golds: Sequence[pd.Series], drafts: Sequence[DraftEvent]) -> dict[str, DraftEvent]:
    """Maximum-weight pairing within one sentence (see the module docstring, step 4)."""
    weight = {
        (g["id"], d.id): len(gold_words(g) & content_words(d.clause)) for g in golds for d in drafts
    }
    k = min(len(golds), len(drafts))
    best: tuple[int, dict[str, DraftEvent]] = (-1, {})
    for chosen in itertools.permutations(range(len(golds)), k):
        for order in itertools.permutations(range(len(drafts)), k):
            total = sum(
                weight[(golds[g]["id"], drafts[d].id)] for g, d in zip(chosen, order, strict=True)
            )
            if total > best[0]:
                best = (
                    total,
                    {golds[g]["id"]: drafts[d] for g, d in zip(chosen, order, strict=True)},
                )
    pairs = dict(best[1])
    for g in golds:
        if g["id"] not in pairs:
            pairs[g["id"]] = max(drafts, key=lambda d: weight[(g["id"], d.id)])
    return pairs


def score(first_case_dir: Path, *, split_clauses: bool) -> Score:
    case = load_case(first_case_dir)
    result = draft(case.article, case.meta.published, split_clauses=split_clauses)
    assert fold(result.title) == fold(case.meta.title)
    gold = case.events[case.events["source"].str.startswith("article ¶")]
    by_sentence: dict[int, list[pd.Series]] = {}
    missed: list[str] = []
    for _, row in gold.iterrows():
        para = int(row["source"].rsplit("¶", 1)[1])
        candidates = [s for s in result.sentences if s.para == para]
        if row["quote"]:
            needle = fold(row["quote"])
            sentence = next(s for s in candidates if needle in fold(s.text))
        else:
            words = content_words(f"{row['title']} {row['detail']}")
            sentence = max(candidates, key=lambda s: len(words & content_words(s.text)))
        by_sentence.setdefault(sentence.index, []).append(row)
    recovered = right = one_to_one = 0
    wrong: list[str] = []
    for index, golds in by_sentence.items():
        drafts = [e for e in result.events if e.sentence == index]
        if not drafts:
            missed.extend(g["id"] for g in golds)
            continue
        recovered += len(golds)
        one_to_one += min(len(golds), len(drafts))
        pairs = best_pairing(golds, drafts)
        for g in golds:
            if pairs[g["id"]].lane == g["lane"]:
                right += 1
            else:
                wrong.append(
                    f"{g['id']} ({g['lane']}) -> {pairs[g['id']].id} ({pairs[g['id']].lane})"
                )
    return Score(len(gold), recovered, right, one_to_one, len(result.events), missed, wrong)


def test_draft_recovers_the_hand_built_case(first_case_dir: Path) -> None:
    result = score(first_case_dir, split_clauses=True)
    print()
    print(result.line("draft (clauses split)"))
    print("  missed:", ", ".join(result.missed) or "none")
    print("  wrong lanes:", "; ".join(result.wrong_lanes) or "none")
    plain = score(first_case_dir, split_clauses=False)
    print(plain.line("draft (one event a sentence)"))
    print("  wrong lanes:", "; ".join(plain.wrong_lanes) or "none")
    assert result.gold == 22  # 23 events, one sourced to the Federal Register
    assert result.recall >= 0.80
    assert result.lane_accuracy >= 0.75


def test_every_quote_is_verbatim(first_case_dir: Path) -> None:
    case = load_case(first_case_dir)
    result = draft(case.article, case.meta.published)
    paras = paragraphs(case.article, headline=case.meta.title)
    quoted = [e for e in result.events if e.quote]
    assert len(quoted) >= 5
    for event in quoted:
        para = paras[int(event.source.rsplit("¶", 1)[1])]
        assert event.quote in case.article  # the exact characters, curly quotes and all
        assert event.quote in para
    tweet = next(e for e in quoted if "#ICE" in e.quote)
    assert tweet.quote == (
        "LASD does NOT provide release info to #ICE. Our public website has ALL inmate "
        "release dates. It’s up to #ICE to vet the data,"
    )


def test_sentences_without_an_event_are_skipped(first_case_dir: Path) -> None:
    case = load_case(first_case_dir)
    result = draft(case.article, case.meta.published)
    skipped = [s.text for s in result.skipped]
    assert "Behind the scenes, however, things were playing out differently." in skipped
    assert any(s.startswith("For more news on federal courts") for s in skipped)
    drawn = {result.sentences[e.sentence].text for e in result.events}
    assert not drawn & set(skipped)


def test_the_draft_proposes_the_links_the_text_signals(first_case_dir: Path) -> None:
    case = load_case(first_case_dir)
    result = draft(case.article, case.meta.published)
    by_id = {e.id: e for e in result.events}
    links = {
        (by_id[k.source].clause[:30], k.relation, by_id[k.target].clause[:30]) for k in result.links
    }
    relations = {k.relation for k in result.links}
    assert relations == {"admits", "reveals", "contradicts", "prompted"}
    admitted = [by_id[k.target].quote for k in result.links if k.relation == "admits"]
    assert "we were either no longer providing ICE with lists of individuals being released" in (
        admitted
    )
    assert any(q.startswith("LASD does NOT provide") for q in admitted)
    reveals = [(by_id[k.source], by_id[k.target]) for k in result.links if k.relation == "reveals"]
    assert any(
        "report released Monday" in a.clause and "jail officials granted" in b.clause
        for a, b in reveals
    )
    assert any(rel == "contradicts" and "ICE officers had been allowed" in a for a, rel, _ in links)
    for link in result.links:
        allowed_from, allowed_to = RELATION_LANES[link.relation]
        assert by_id[link.source].lane in allowed_from
        assert by_id[link.target].lane in allowed_to


def test_dates_come_from_the_finder_or_an_honest_bound(first_case_dir: Path) -> None:
    case = load_case(first_case_dir)
    result = draft(case.article, case.meta.published)
    dates = {e.date for e in result.events}
    assert {"Monday", "in January", "in July"} <= dates
    report = next(e for e in result.events if e.date == "Monday")
    assert report.lane == "disclosure" and "report released Monday" in report.clause
    for event in result.events:
        if event.date == "../2017-10-09":
            assert event.date_note.startswith("Inferred:")


def test_titles_ids_and_status(first_case_dir: Path) -> None:
    case = load_case(first_case_dir)
    result = draft(case.article, case.meta.published)
    ids = [e.id for e in result.events]
    assert len(ids) == len(set(ids))
    for event in result.events:
        assert 0 < len(event.title) <= TITLE_MAX
        assert event.status == "draft"
        assert event.source.startswith("article ¶")
    actors = {e.actor for e in result.events}
    assert {"Sheriff Jim McDonnell", "Inspector General Max Huntsman", "ICE"} <= actors


# --------------------------------------------------------------------------------------------
# The command: timeline draft
# --------------------------------------------------------------------------------------------


def run_draft(article: Path, out: Path, **options: str | None) -> int:
    args: dict[str, str | None] = {
        "published": "2017-10-09",
        "url": URL,
        "outlet": None,
        "title": None,
        "byline": None,
    }
    args.update(options)
    published = args.pop("published")
    assert published is not None
    return draft_command(article, published=published, out=out, **args)


def test_draft_writes_a_case_that_validates(
    tmp_path: Path, first_case_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "lasd-draft"
    article = first_case_dir / "article.txt"
    assert run_draft(article, out) == 0
    printed = capsys.readouterr().out
    assert "drafted" in printed and "status 'draft'" in printed
    case = load_case(out)
    assert (out / ARTICLE_NAME).read_bytes() == article.read_bytes()
    assert fold(case.meta.title) == fold(load_case(first_case_dir).meta.title)  # the first line
    assert "’" in case.meta.title  # copied from the article, as written there
    assert case.meta.outlet == "latimes.com"
    assert case.meta.url == URL
    assert str(case.meta.published) == "2017-10-09"
    assert set(case.events["status"]) == {"draft"}
    assert len(case.links) > 0
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["case.yml", ARTICLE_NAME, "events.csv", "links.csv"]
    )


def test_the_cli_routes_draft(tmp_path: Path, first_case_dir: Path) -> None:
    out = tmp_path / "via-cli"
    code = main(
        [
            "draft",
            str(first_case_dir / "article.txt"),
            "--published",
            "2017-10-09",
            "--out",
            str(out),
            "--url",
            URL,
            "--outlet",
            "Los Angeles Times",
            "--byline",
            "Joel Rubin",
            "--title",
            "Sheriff's Department gave ICE assistance in jails",
        ]
    )
    assert code == 0
    case = load_case(out)
    assert case.meta.outlet == "Los Angeles Times"
    assert case.meta.byline == "Joel Rubin"
    assert case.meta.title == "Sheriff's Department gave ICE assistance in jails"
    # The headline no longer matches the first block, so paragraphs count from ¶1.
    assert min(case.paragraphs) == 1


def test_an_empty_out_folder_is_used(tmp_path: Path, first_case_dir: Path) -> None:
    out = tmp_path / "empty"
    out.mkdir()
    assert run_draft(first_case_dir / "article.txt", out) == 0
    load_case(out)


def test_a_folder_name_that_is_not_a_slug_gets_an_id(tmp_path: Path, first_case_dir: Path) -> None:
    out = tmp_path / "LASD ICE draft"
    assert run_draft(first_case_dir / "article.txt", out) == 0
    assert load_case(out).id == "lasd-ice-draft"


def test_a_crlf_article_is_copied_byte_for_byte(tmp_path: Path, first_case_dir: Path) -> None:
    raw = (first_case_dir / "article.txt").read_bytes().replace(b"\n", b"\r\n")
    article = tmp_path / "story.txt"
    article.write_bytes(b"\xef\xbb\xbf" + raw)
    out = tmp_path / "crlf"
    assert run_draft(article, out) == 0
    assert (out / ARTICLE_NAME).read_bytes() == b"\xef\xbb\xbf" + raw
    assert len(load_case(out).events) >= 20


def refuse(capsys: pytest.CaptureFixture[str], code: int, *needles: str) -> None:
    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err


def test_refuses_to_overwrite_a_case(
    tmp_path: Path, first_case_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "taken"
    shutil.copytree(first_case_dir, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    refuse(capsys, run_draft(first_case_dir / "article.txt", out), str(out), "empty folder")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_refuses_a_file_as_out(
    tmp_path: Path, first_case_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "file.txt"
    out.write_text("x", encoding="utf-8")
    refuse(capsys, run_draft(first_case_dir / "article.txt", out), "found a file")


@pytest.mark.parametrize(
    ("options", "needles"),
    [
        ({"url": None}, ("--url is required",)),
        ({"url": "ftp://example.com/story"}, ("--url", "http:// or https://")),
        ({"url": "www.latimes.com/story"}, ("--url", "http:// or https://")),
        ({"published": "10/49/2017"}, ("--published", "YYYY-MM-DD")),
        ({"published": "2017-02-30"}, ("--published", "YYYY-MM-DD")),
    ],
)
def test_refuses_bad_options(
    tmp_path: Path,
    first_case_dir: Path,
    capsys: pytest.CaptureFixture[str],
    options: dict[str, str | None],
    needles: tuple[str, ...],
) -> None:
    out = tmp_path / "x"
    refuse(capsys, run_draft(first_case_dir / "article.txt", out, **options), *needles)
    assert not out.exists()


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (None, "cannot read the article"),
        ("Caf\xe9 society".encode("latin-1"), "expected UTF-8 text"),
        (b"  \n\n ", "the file is empty"),
    ],
)
def test_refuses_a_bad_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, needle: str
) -> None:
    article = tmp_path / "story.txt"
    if content is not None:
        article.write_bytes(content)
    refuse(capsys, run_draft(article, tmp_path / "x"), str(article), needle)


def test_refuses_a_text_without_events(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "notes.txt"
    article.write_text("Shopping list\n\nEggs, milk and bread.\n", encoding="utf-8")
    out = tmp_path / "x"
    refuse(capsys, run_draft(article, out), "carries an event", "no case was written")
    assert not out.exists()


def test_warns_when_the_first_line_is_not_a_headline(
    tmp_path: Path, first_case_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (first_case_dir / "article.txt").read_text(encoding="utf-8")
    article = tmp_path / "no-headline.txt"
    article.write_text(text.split("\n", 1)[1].lstrip(), encoding="utf-8")
    assert run_draft(article, tmp_path / "x") == 0
    assert "--title" in capsys.readouterr().err
    load_case(tmp_path / "x")


# --------------------------------------------------------------------------------------------
# A second story (written for these tests)
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def second() -> Draft:
    return draft(STORY.read_text(encoding="utf-8"), "2022-06-15")


def event_with(result: Draft, words: str) -> DraftEvent:
    """The event drawn from the clause that holds ``words`` (the shortest such clause)."""
    return min((e for e in result.events if words in e.clause), key=lambda e: len(e.clause))


def test_second_story_validates(tmp_path: Path) -> None:
    out = tmp_path / "riverton-water"
    assert run_draft(STORY, out, published="2022-06-15", url="https://gazette.example/water") == 0
    case = load_case(out)
    assert case.meta.outlet == "gazette.example"
    assert case.meta.title == (
        "City told parents school water was safe. Its own tests found lead in 31 schools"
    )


@pytest.mark.parametrize(
    ("words", "lane"),
    [
        ("told parents that the water", "statement"),
        ("There is no lead problem", "statement"),
        ("lead above the federal action level", "practice"),
        ("tests, obtained by the Gazette", "disclosure"),
        ("gave school principals bottled water", "practice"),
        ("emails reviewed by the Gazette", "disclosure"),
        ("acknowledged that its earlier statements", "disclosure"),
        ("the water was safe", "statement"),
        ("opened an investigation", "disclosure"),
        ("Parents learned of the results", "context"),
    ],
)
def test_second_story_lanes(second: Draft, words: str, lane: str) -> None:
    assert event_with(second, words).lane == lane


def test_second_story_keeps_the_stock_line_of_silence(second: Draft) -> None:
    # "Whitfield did not respond to requests for comment." tells that she withheld her
    # account: a disclosure, hers, on or before the day the story ran.
    silent = event_with(second, "did not respond")
    assert (silent.lane, silent.actor) == ("disclosure", "Mayor Dana Whitfield")


def test_second_story_dates_and_actors(second: Draft) -> None:
    mayor = event_with(second, "There is no lead problem")
    assert mayor.date == "March 3, 2022"
    assert mayor.actor == "Mayor Dana Whitfield"
    assert mayor.quote == "There is no lead problem in our schools,"
    assert event_with(second, "lead above").date == "between 2020 and 2022"
    assert event_with(second, "opened an investigation").date == "in April"
    # a surname alone names the person the story named in full
    paragraphs = STORY.read_text(encoding="utf-8").split("\n\n")
    later = "Whitfield did not respond to requests for comment."
    assert Actors(paragraphs).actor(later, speaker_after_quote=False)[0] == "Mayor Dana Whitfield"
    assert event_with(second, "gave school principals").actor == "Water Department"


def test_second_story_links(second: Draft) -> None:
    by_id = {e.id: e for e in second.events}
    kinds = {(by_id[k.source].lane, k.relation, by_id[k.target].lane) for k in second.links}
    assert kinds == {
        ("disclosure", "admits", "statement"),
        ("disclosure", "reveals", "practice"),
        ("practice", "contradicts", "statement"),
        ("disclosure", "contradicts", "statement"),
    }
    admits = next(k for k in second.links if k.relation == "admits")
    assert "acknowledged" in by_id[admits.source].clause
    assert by_id[admits.target].clause == "the water was safe"
    targets = [by_id[k.target].clause for k in second.links if k.relation == "contradicts"]
    assert any("There is no lead problem" in clause for clause in targets)
    assert any("told parents that the water" in clause for clause in targets)


def test_second_story_skips_boilerplate(second: Draft) -> None:
    skipped = [s.text for s in second.skipped]
    assert "Contact the reporter at newsdesk@gazette.example." in skipped


# --------------------------------------------------------------------------------------------
# Any drafted case validates
# --------------------------------------------------------------------------------------------

PIECES = [
    *(STORY.read_text(encoding="utf-8").split("\n\n")[1:]),
    "“We never shared lists,” the sheriff said Monday.",
    "Officials said the office was closed “as of January.",
    "As the mayor demanded, the chief, who denied it, gave agents access.",
    "The audit found that deputies handed ICE “release dates” on Sept. 5, 2017, and later.",
    "Our statements that we did not cooperate, and that we never did, were not accurate.",
    "The inquiry stemmed from a complaint filed in 2015 or so.",
    "In reality, staff provided data between March and May, according to the report.",
    'He wrote "it is over" and "done" on Jan. 28 to Feb. 3.',
    "Behind the scenes, however, nothing changed.",
]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8), st.sampled_from(["\n\n", " "]))
def test_any_draft_validates(tmp_path: Path, pieces: list[str], joiner: str) -> None:
    article = "A headline for a story\n\n" + joiner.join(pieces) + "\n"
    result = draft(article, "2022-06-15")
    if not result.events or not result.links:
        return  # no links: see test_a_draft_without_links_validates
    out = tmp_path / f"case-{abs(hash((tuple(pieces), joiner)))}"
    write_case(result, out, article_bytes=article.encode(), outlet="Test", url="https://x.example")
    case = load_case(out)
    assert len(case.events) == len(result.events)
    for event in result.events:
        assert event.quote in article


def test_a_draft_without_links_validates(tmp_path: Path) -> None:
    article = (
        "A headline for a story\n\nFor two years, officials in Riverton told parents that the "
        "water was safe to drink.\n"
    )
    result = draft(article, "2022-06-15")
    assert result.events and not result.links
    write_case(
        result, tmp_path / "c", article_bytes=article.encode(), outlet="T", url="https://x.example"
    )
    load_case(tmp_path / "c")


# --------------------------------------------------------------------------------------------
# Reference stories beside the repository (opt-in: skipped when the folder is absent)
# --------------------------------------------------------------------------------------------


def _reference_folders() -> list[Path]:
    if not STORIES.is_dir():
        return []
    return sorted(p for p in STORIES.iterdir() if (p / "case.yml").is_file())


@pytest.mark.skipif(
    not _reference_folders(),
    reason=f"the reference stories are not here ({STORIES.name}/ beside the repository)",
)
@pytest.mark.parametrize("folder", _reference_folders(), ids=lambda p: p.name)
def test_reference_story_drafts_validate(tmp_path: Path, folder: Path) -> None:
    ref = load_case(folder)
    article = (folder / ref.meta.article).read_bytes()
    result = draft(article.decode("utf-8-sig"), ref.meta.published, title=ref.meta.title)
    out = tmp_path / folder.name
    write_case(result, out, article_bytes=article, outlet="outlet", url=str(ref.meta.url))
    assert {e.status for e in result.events} == {"draft"}
    assert main(["validate", str(out)]) == 0
    assert set(load_case(out).events["status"]) == {"draft"}
    text = article.decode("utf-8-sig")
    # (a credit line in brackets, "(CDW):", names no city)
    datelines = {
        m.group(0).split(",")[0].split("(")[0].strip(" —–-").lower()
        for para in paragraphs(text).values()
        if (m := DATELINE.match(para))
    } - {""}
    for event in result.events:
        assert_title_and_actor(event, datelines)
