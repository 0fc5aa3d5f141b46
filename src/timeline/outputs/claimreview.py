"""ClaimReview: schema.org JSON-LD for each public statement a case shows to be inaccurate."""

from __future__ import annotations

import re
import urllib.parse
from typing import Any, cast

import pandas as pd

from timeline.case import Case
from timeline.dates.wording import resolved_words
from timeline.findings import StatementFinding, findings
from timeline.outputs.common import json_bytes
from timeline.web.escaping import safe_url

__all__ = ["RATING", "claim_reviews", "person_or_organization", "write_claimreview"]

#: The rating every review gives: the case's links say a statement was contradicted or
#: admitted to be inaccurate; no numeric scale is invented.
RATING = "Inaccurate"

_ORGANIZATION_WORDS = re.compile(
    r"\b(?:administration|agency|association|board|bureau|city|commission|committee|company|"
    r"corp|corporation|council|county|court|department|government|inc|llc|ministry|news|"
    r"office|officials|others|party|personnel|police|service|staff|state|team|times|union|"
    r"university)\b",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")


def person_or_organization(name: str) -> dict[str, str]:
    """Return a schema.org ``Person`` or ``Organization`` for an actor's name.

    The rule is simple and stated: a name with a word such as *department*, *office*,
    *board*, *county*, *staff* or *officials*, or an acronym (``ICE``), is an
    ``Organization``; any other name is a ``Person``.

    Examples
    --------
    >>> person_or_organization("Sheriff Jim McDonnell")
    {'@type': 'Person', 'name': 'Sheriff Jim McDonnell'}
    >>> person_or_organization("ICE")["@type"]
    'Organization'
    """
    clean = " ".join(name.split())
    kind = (
        "Organization" if _ORGANIZATION_WORDS.search(clean) or _ACRONYM.match(clean) else "Person"
    )
    return {"@type": kind, "name": clean}


def _authors(actor: str) -> list[dict[str, str]]:
    return [person_or_organization(a) for a in actor.split(";") if a.strip()]


def _site(url: str) -> str | None:
    safe = safe_url(url)
    if safe is None:
        return None
    parts = urllib.parse.urlsplit(safe)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, "/", "", ""))


def _with_fragment(url: str, fragment: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(fragment=fragment))


def _day(row: pd.Series) -> str | None:
    """The statement's date, only when it is known to the day."""
    start, end = row["start"], row["end"]
    if pd.isna(start) or pd.isna(end) or start != end or row["precision"] != "day":
        return None
    return str(start.date().isoformat())


def _sort_key(row: pd.Series) -> tuple[pd.Timestamp, str]:
    when = row["start"] if pd.notna(row["start"]) else row["end"]
    return (when, str(row["id"]))


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?")) else text + "."


def _row(events: pd.DataFrame, eid: str) -> pd.Series:
    """The row of the event ``eid`` in ``events``, indexed by id."""
    return cast(pd.Series, events.loc[eid])


def _finding(events: pd.DataFrame, found: StatementFinding) -> str:
    """The rating's words: the first event that contradicts, how many more, who admitted."""
    contradicting = sorted(
        (_row(events, e.event) for e in found.evidence if e.relation == "contradicts"),
        key=_sort_key,
    )
    admitting = sorted(
        (_row(events, e.event) for e in found.evidence if e.relation == "admits"),
        key=_sort_key,
    )
    if contradicting:
        text = f"{RATING}: {contradicting[0]['title']}"
        if len(contradicting) > 1:
            more = len(contradicting) - 1
            text += f" (and {more} more finding{'s' if more != 1 else ''})"
        if admitting:
            who = str(admitting[0]["actor"])
            text += f"; admitted by {who}" if who else "; admitted"
        return text
    who = str(admitting[0]["actor"])
    return f"{RATING}: admitted by {who}" if who else f"{RATING}: admitted"


def claim_reviews(case: Case) -> dict[str, Any]:
    """Return one schema.org ``ClaimReview`` per inaccurate statement, as JSON-LD.

    The statements reviewed are the challenged ones of :func:`timeline.findings.findings`
    (the rule every count of statements uses): a checked event contradicts it (a
    ``contradicts`` link) or a checked disclosure admits it was inaccurate (``admits``).
    Draft events are left out (``checked_only``), so nothing published rests on an
    unchecked row.

    Each review has Google's required fields (``claimReviewed``,
    ``reviewRating.alternateName``, ``url``, ``author``) and the recommended ones
    (``itemReviewed`` as a ``Claim`` with ``author``, ``appearance`` and, when the
    statement is dated to the day, ``datePublished``; the review's ``datePublished``).

    - ``claimReviewed``: the statement's quote, or its title when it has no quote.
    - ``itemReviewed.author``: the statement's actor (several when separated by ``;``),
      a ``Person`` or ``Organization`` by :func:`person_or_organization`.
    - ``itemReviewed.datePublished``: only when the statement's date is a single known
      day; otherwise left out (the review body says the date as known).
    - ``itemReviewed.appearance``: the statement's source when it is a URL, else the story.
    - ``reviewRating.alternateName``: ``"Inaccurate: "``, the title of the earliest event
      that contradicts it, how many more do, and who admitted it was inaccurate
      (``"Inaccurate: ICE sets up ... (and 3 more findings); admitted by Sheriff ..."``);
      ``ratingExplanation`` and ``reviewBody`` give every event with its link's note. No
      numeric ``ratingValue`` is given: there is no scale to invent.
    - ``url``: the story's address with ``#claim-<statement id>``; ``author``: the outlet;
      ``datePublished``: the story's publication date.

    Parameters
    ----------
    case
        The case whose challenged statements are reviewed.

    Returns
    -------
    dict
        ``{"@context": "https://schema.org", "@graph": [ClaimReview, ...]}``, statements in
        date order; ``@graph`` is empty when no statement is contradicted.
    """
    meta = case.meta
    events = case.events.set_index("id", drop=False)
    story = safe_url(meta.url)
    outlet: dict[str, str] = {"@type": "Organization", "name": meta.outlet}
    site = _site(meta.url)
    if site is not None:
        outlet["url"] = site
    article: dict[str, Any] = {
        "@type": "NewsArticle",
        "headline": meta.title,
        "datePublished": meta.published.isoformat(),
        "publisher": outlet,
    }
    if story is not None:
        article["url"] = story

    reviews: list[dict[str, Any]] = []
    for found in findings(case, checked_only=True).challenged:
        sid = found.id
        row = _row(events, sid)
        evidence = sorted(
            ((_row(events, e.event), e.note) for e in found.evidence),
            key=lambda pair: (pair[0]["lane"] != "disclosure", *_sort_key(pair[0])),
        )
        finding = _finding(events, found)
        explanation = " ".join(
            _sentence(f"{ev['title']}: {note or ev['detail'] or ev['title']}")
            for ev, note in evidence
        )
        source = safe_url(str(row["source"]))
        appearance = {"@type": "CreativeWork", "url": source} if source else article
        claim: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
        authors = _authors(str(row["actor"]))
        if authors:
            claim["author"] = authors[0] if len(authors) == 1 else authors
        day = _day(row)
        if day is not None:
            claim["datePublished"] = day
        said = str(row["quote"]) or str(row["title"])
        body = f"{row['title']!s} ({resolved_words(row)}). {explanation}"
        review: dict[str, Any] = {
            "@type": "ClaimReview",
            "author": outlet,
            "claimReviewed": said,
            "datePublished": meta.published.isoformat(),
            "itemReviewed": claim,
            "reviewBody": body,
            "reviewRating": {
                "@type": "Rating",
                "alternateName": finding,
                "ratingExplanation": explanation,
            },
        }
        if story is not None:
            review["url"] = _with_fragment(story, f"claim-{sid}")
            review["@id"] = review["url"]
        reviews.append(review)
    return {"@context": "https://schema.org", "@graph": reviews}


def write_claimreview(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    """The ``claimreview`` format: ``claimreview.jsonld``, the data of :func:`claim_reviews`."""
    return {"claimreview.jsonld": json_bytes(claim_reviews(case))}
