"""Tests for timeline.draft.voices: the lane a speaker known from before gives their words."""

from __future__ import annotations

from dataclasses import dataclass, field

from timeline.draft.actors import Actors
from timeline.draft.model import DraftEvent
from timeline.draft.voices import in_voice

_ARTICLE = [
    "Lena Ortiz, a lab technician at the water works, kept the sample sheets.",
    "Dr. Ana Cole, an epidemiologist at the state university, studies outbreaks.",
    "Mia Grant, the board's operations director, oversaw the sampling.",
    "Ortiz, Cole and Grant all spoke to the Ledger.",
]


@dataclass
class _Drafted:
    actors: Actors
    events: list[DraftEvent] = field(default_factory=list)


def _statement(actor: str, words: str) -> DraftEvent:
    return DraftEvent(
        id="x",
        lane="statement",
        date="",
        title=words,
        source="article ¶4",
        actor=actor,
        quote="",
        detail=words,
        date_note="",
        sentence=4,
        clause=words,
        role="main",
    )


def test_each_speaker_known_from_before_gives_their_words_a_lane() -> None:
    drafted = _Drafted(Actors(_ARTICLE))
    told = in_voice(_statement("Lena Ortiz", "Ortiz said the sheets were copied."), drafted)
    assert told.lane == "practice"  # an insider named again
    general = in_voice(
        _statement("Dr. Ana Cole", "Cole said the parasite can live for days."), drafted
    )
    assert general.lane == "context"  # an expert on how things work
    claim = in_voice(_statement("Mia Grant", "Grant said every sample was taken."), drafted)
    assert claim.lane == "statement"  # a post held alone speaks for the body


def test_an_official_named_by_post_under_another_actor_is_no_member_of_the_public() -> None:
    # First-hand convention: one of the public telling in the first person what they did
    # is a practice, but an official is known by the post named with them, however the
    # clause that named them was drafted ("The Joint Commissioner of Labour, Hyderabad,
    # K. Prabhakar, said ...", drafted under "Joint Commissioner").
    article = [
        "The Joint Commissioner of Labour, Hyderabad, K. Prabhakar, said the department"
        " had asked the firm for its records."
    ]
    named = _statement("Joint Commissioner", article[0])
    drafted = _Drafted(Actors(article), [named])
    words = '"We have not reached any conclusion and we heard both sides," Prabhakar said.'
    assert in_voice(_statement("K. Prabhakar", words), drafted).lane == "statement"
    # (one of the public telling what they did still is a practice)
    public = '"We waited four hours and went home," said Ravi Kumar, a farmer.'
    alone = _Drafted(Actors([public]))
    assert in_voice(_statement("Ravi Kumar", public), alone).lane == "practice"


def test_an_overseer_named_by_its_initials_gives_a_finding() -> None:
    drafted = _Drafted(Actors(["In its report, the Commission on Audit (COA) sampled meals."]))
    said = in_voice(_statement("COA", '"The discrepancy deprived inmates," the COA said.'), drafted)
    assert said.lane == "disclosure"
    # a body named by initials that oversees nothing keeps its statement
    drafted = _Drafted(Actors(["The Bureau of Jail Management (BJM) runs the jail."]))
    said = in_voice(_statement("BJM", '"Every inmate eats well," the BJM said.'), drafted)
    assert said.lane == "statement"
