"""Tests of timeline.outputs.claimreview: Google's fields, dates, draft evidence, safety."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from outputs_support import load_json
from timeline.case import Case
from timeline.outputs import export_case

#: The hostile case's admitted statement: the admission's actor, word for word, and its day.
AGENCY_ADMITTED = (
    "</style><style>body{display:none}</style> admitted it was inaccurate on 2 March 2020"
)


def test_claimreview_has_googles_fields(first_case: Case, tmp_path: Path) -> None:
    export_case(first_case, ["claimreview"], tmp_path)
    data = load_json(tmp_path / "claimreview.jsonld")
    assert data["@context"] == "https://schema.org"
    reviews = data["@graph"]
    events = first_case.events.set_index("id")
    statements = {r["url"].rsplit("#claim-", 1)[1]: r for r in reviews}
    # the first case has no ratings: its reviews are the statements the letter admits
    admitted = set(first_case.links.loc[first_case.links["relation"] == "admits", "to"])
    assert (
        set(statements)
        == admitted
        == {
            "website-position",
            "july-tweet",
            "no-longer-lists-claim",
        }
    )
    for sid, review in statements.items():
        # Required by Google.
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"] == (events.at[sid, "quote"] or events.at[sid, "title"])
        assert review["reviewRating"]["@type"] == "Rating"
        assert review["reviewRating"]["alternateName"] == (
            "Sheriff Jim McDonnell admitted it was inaccurate by 9 October 2017"
        )
        assert review["url"] == f"{first_case.meta.url}#claim-{sid}"
        assert review["author"] == {
            "@type": "Organization",
            "name": "Los Angeles Times",
            "url": "https://www.latimes.com/",
        }
        # Recommended.
        assert review["datePublished"] == "2017-10-09"
        claim = review["itemReviewed"]
        assert claim["@type"] == "Claim"
        assert claim["author"] == {
            "@type": "Organization",
            "name": "Los Angeles County Sheriff's Department",
        }
        assert claim["appearance"]["url"] == first_case.meta.url
        # None of these statements is dated to a single day, so no date is claimed.
        assert "datePublished" not in claim
        assert "ratingValue" not in review["reviewRating"]
    tweet = statements["july-tweet"]
    assert tweet["claimReviewed"].startswith("LASD does NOT provide release info to #ICE.")
    assert "five desktop computers" in tweet["reviewRating"]["ratingExplanation"]
    assert "(July 2017)" in tweet["reviewBody"]


def test_claimreview_dates_a_claim_only_to_a_known_day(hostile_case: Case, tmp_path: Path) -> None:
    export_case(hostile_case, ["claimreview"], tmp_path)
    reviews = load_json(tmp_path / "claimreview.jsonld")["@graph"]
    by_id = {r["url"].rsplit("#claim-", 1)[1]: r for r in reviews}
    assert by_id["agency-statement"]["itemReviewed"]["datePublished"] == "2020-01-05"
    assert "datePublished" not in by_id["spokesperson-post"]["itemReviewed"]
    # A statement sourced to a URL appears there.
    assert by_id["spokesperson-post"]["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork",
        "url": "https://example.com/post?b=\"'><svg/onload=window.pwned=1>",
    }
    assert by_id["spokesperson-post"]["itemReviewed"]["author"]["@type"] == "Person"
    # the reporter's rating, word for word (agency-statement is admitted instead)
    assert by_id["spokesperson-post"]["reviewRating"]["alternateName"] == (
        '=1+1 <b>Misleading</b> & "spun"'
    )
    agency = by_id["agency-statement"]["reviewRating"]["alternateName"]
    assert agency == AGENCY_ADMITTED


def test_claimreview_ignores_draft_evidence(hostile_case: Case, tmp_path: Path) -> None:
    # The draft 'email' practice contradicts nothing here; add a link that rests on it alone.
    links = pd.concat(
        [
            hostile_case.links,
            pd.DataFrame(
                [
                    {
                        "from": "email",
                        "to": "spokesperson-post",
                        "relation": "contradicts",
                        "note": "",
                    }
                ]
            ),
        ],
        ignore_index=True,
    )
    memo_only = links[~((links["from"] == "memo") & (links["to"] == "spokesperson-post"))]
    case = Case(
        path=hostile_case.path,
        meta=hostile_case.meta,
        article=hostile_case.article,
        events=hostile_case.events.assign(rating=""),  # unrated: only evidence counts
        links=memo_only.reset_index(drop=True),
        paragraphs=hostile_case.paragraphs,
    )
    export_case(case, ["claimreview"], tmp_path)
    ids = [
        r["url"].rsplit("#claim-", 1)[1]
        for r in load_json(tmp_path / "claimreview.jsonld")["@graph"]
    ]
    assert ids == ["agency-statement"]


def test_claimreview_is_safe_to_paste_into_a_script(hostile_case: Case, tmp_path: Path) -> None:
    export_case(hostile_case, ["claimreview"], tmp_path)
    raw = (tmp_path / "claimreview.jsonld").read_text("utf-8")
    assert "<" not in raw and ">" not in raw and "&" not in raw
    data = json.loads(raw)
    review = data["@graph"][0]
    # JSON-LD values are plain text: the hostile strings come back exactly.
    assert review["claimReviewed"] == "</script><script>window.pwned=1</script>"
    assert review["itemReviewed"]["author"]["name"] == '<b>Agency</b> & "Partners"'
    assert review["author"]["name"] == "The <i>Hostile</i> & Co. Gazette"
