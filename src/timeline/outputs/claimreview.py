"""ClaimReview: schema.org JSON-LD for each statement the reporter rated or the speaker admitted."""

from __future__ import annotations

import re
import urllib.parse
from typing import Any, cast

import pandas as pd

from timeline.case import Case
from timeline.dates.wording import day_words, resolved_words
from timeline.findings import StatementFinding, findings
from timeline.outputs.common import json_bytes
from timeline.web.escaping import safe_url

__all__ = ["admission_rating", "claim_reviews", "person_or_organization", "write_claimreview"]

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


def _admission_when(row: pd.Series) -> str:
    """When an admission was made, in words: 'on 9 October 2017', 'by 9 October 2017'."""
    start, end = row["start"], row["end"]
    if pd.notna(start) and pd.notna(end) and start == end:
        return f" on {day_words(end)}"
    if pd.notna(end):
        return f" by {day_words(end)}"
    return f" on or after {day_words(start)}" if pd.notna(start) else ""


def admission_rating(admission: pd.Series) -> str:
    """The rating of an admitted statement: who admitted it was inaccurate, and when.

    Exactly what an ``admits`` link says, with the admission's date in the house style:
    'Sheriff Jim McDonnell admitted it was inaccurate by 9 October 2017' ('on' for an
    admission known to the day; 'The speaker' when the admission names no actor).
    """
    who = " ".join(str(admission["actor"]).split()) or "The speaker"
    return f"{who} admitted it was inaccurate{_admission_when(admission)}"


def _rating(events: pd.DataFrame, found: StatementFinding) -> str | None:
    """The review's rating: the reporter's own words, else the admission; ``None`` for none.

    The tool never rates a statement itself: a statement with no ``rating`` that no
    disclosure admits gets no review.
    """
    if found.rating:
        return found.rating
    if not found.admitted:
        return None
    admissions = sorted((_row(events, e) for e in found.admitted_by), key=_sort_key)
    return admission_rating(admissions[0])


def _review(
    events: pd.DataFrame, found: StatementFinding, rating: str, article: dict[str, Any]
) -> dict[str, Any]:
    """The parts of one review that come from the statement: the claim, rating and body."""
    row = _row(events, found.id)
    evidence = sorted(
        ((_row(events, e.event), e.note) for e in found.evidence),
        key=lambda pair: (pair[0]["lane"] != "disclosure", *_sort_key(pair[0])),
    )
    explanation = " ".join(
        _sentence(f"{ev['title']}: {note or ev['detail'] or ev['title']}") for ev, note in evidence
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
    said = str(row.get("claim", "") or "") or str(row["quote"]) or str(row["title"])
    body = f"{row['title']!s} ({resolved_words(row)}). {explanation}".strip()
    reviewed: dict[str, Any] = {"@type": "Rating", "alternateName": rating}
    if explanation:
        reviewed["ratingExplanation"] = explanation
    return {"claimReviewed": said, "itemReviewed": claim, "reviewBody": body, "rating": reviewed}


def claim_reviews(case: Case) -> dict[str, Any]:
    """Return one schema.org ``ClaimReview`` per rated or admitted statement, as JSON-LD.

    A review says what the reporting says, never more. The statements reviewed are those
    with the reporter's own ``rating`` (``events.csv``) and those a checked disclosure
    admits were inaccurate (an ``admits`` link); a statement only contradicted or disputed,
    with no rating, gets none (``timeline validate`` warns about the contradicted ones).
    Draft events are left out (``checked_only``), so nothing published rests on an
    unchecked row.

    Each review has Google's required fields (``claimReviewed``,
    ``reviewRating.alternateName``, ``url``, ``author``) and the recommended ones
    (``itemReviewed`` as a ``Claim`` with ``author``, ``appearance`` and, when the
    statement is dated to the day, ``datePublished``; the review's ``datePublished``).

    - ``claimReviewed``: the statement's ``claim`` (the claim as the speaker made it),
      else its quote, else its title.
    - ``itemReviewed.author``: the statement's actor (several when separated by ``;``),
      a ``Person`` or ``Organization`` by :func:`person_or_organization`.
    - ``itemReviewed.datePublished``: only when the statement's date is a single known
      day; otherwise left out (the review body says the date as known).
    - ``itemReviewed.appearance``: the statement's source when it is a URL, else the story.
    - ``reviewRating.alternateName``: the reporter's ``rating``, word for word; for an
      admitted statement without one, :func:`admission_rating` ("Sheriff Jim McDonnell
      admitted it was inaccurate by 9 October 2017"). ``ratingExplanation`` and
      ``reviewBody`` give every challenging event with its link's note. No numeric
      ``ratingValue`` is given: there is no scale to invent.
    - ``url``: the story's address with ``#claim-<statement id>``; ``author``: the outlet;
      ``datePublished``: the story's publication date.

    Parameters
    ----------
    case
        The case whose rated and admitted statements are reviewed.

    Returns
    -------
    dict
        ``{"@context": "https://schema.org", "@graph": [ClaimReview, ...]}``, statements in
        date order; ``@graph`` is empty when no statement is rated or admitted.
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
    for found in findings(case, checked_only=True).statements:
        rating = _rating(events, found)
        if rating is None:
            continue
        parts = _review(events, found, rating, article)
        review: dict[str, Any] = {
            "@type": "ClaimReview",
            "author": outlet,
            "claimReviewed": parts["claimReviewed"],
            "datePublished": meta.published.isoformat(),
            "itemReviewed": parts["itemReviewed"],
            "reviewBody": parts["reviewBody"],
            "reviewRating": parts["rating"],
        }
        if story is not None:
            review["url"] = _with_fragment(story, f"claim-{found.id}")
            review["@id"] = review["url"]
        reviews.append(review)
    return {"@context": "https://schema.org", "@graph": reviews}


def write_claimreview(case: Case, width: int | None, scale: float) -> dict[str, bytes]:
    """The ``claimreview`` format: ``claimreview.jsonld``, the data of :func:`claim_reviews`."""
    return {"claimreview.jsonld": json_bytes(claim_reviews(case))}
