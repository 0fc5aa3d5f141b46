"""Which events a large case draws singly, and the bins of the rest."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from timeline import load_case
from timeline.case import Case
from timeline.density import MAX_BINS, UNITS, anchors, bin_unit, density

DAY = pd.Timedelta(days=1)


def _case_of(n: int, *, first: str = "2016-01-01", days: int = 700, seed: int = 3) -> Case:
    """A case of ``n`` practices on random days, a few statements, one quoted and linked."""
    base = load_case("tests/data/cases/synthetic")
    rng = np.random.default_rng(seed)
    start = pd.Timestamp(first) + pd.to_timedelta(rng.integers(0, days, n), unit="D")
    lanes = np.where(np.arange(n) % 50 == 0, "statement", "practice")
    events = pd.DataFrame(
        {
            "id": [f"e{i}" for i in range(n)],
            "lane": pd.Categorical(lanes, categories=base.events["lane"].cat.categories),
            "quote": ["" if i != 7 else "quoted words" for i in range(n)],
            "start": start,
            "end": start,
            "precision": "day",
            "open_start": False,
            "open_end": False,
        }
    )
    links = pd.DataFrame(
        {"from": ["e1", "e3"], "to": ["e0", "e0"], "relation": ["contradicts"] * 2, "note": ""}
    )
    return dataclasses.replace(base, events=events, links=links)


def _domain(case: Case) -> tuple[pd.Timestamp, pd.Timestamp]:
    return case.events["start"].min(), case.events["end"].max()


def test_small_cases_draw_every_event() -> None:
    case = _case_of(500)
    dens = density(case, _domain(case))
    assert not dens.aggregated
    assert dens.single.all() and len(dens.single) == 500
    assert dens.bins.empty


def test_large_cases_keep_statements_linked_and_quoted_events_single() -> None:
    case = _case_of(5000)
    dens = density(case, _domain(case))
    assert dens.aggregated
    single = set(case.events.loc[dens.single, "id"])
    statements = set(case.events.loc[case.events["lane"] == "statement", "id"])
    assert statements <= single
    assert {"e1", "e3", "e7"} <= single  # linked, linked, quoted
    assert single == statements | {"e1", "e3", "e7"}


@pytest.mark.parametrize("n", [2001, 5000, 20_000])
def test_bins_add_up_to_the_binned_events(n: int) -> None:
    case = _case_of(n, days=1500)
    dens = density(case, _domain(case))
    assert int(dens.bins["n"].sum()) + int(dens.single.sum()) == n
    assert (dens.bins["n_day"] <= dens.bins["n"]).all()
    assert len(dens.bins) <= MAX_BINS * 4  # at most MAX_BINS a lane


def test_each_event_is_counted_in_the_bin_holding_its_anchor() -> None:
    case = _case_of(4000, days=90)
    dens = density(case, _domain(case))
    assert dens.unit == "day"
    rest = case.events.loc[~dens.single]
    expected = rest.groupby(rest["start"].dt.normalize()).size()
    got = dens.bins.set_index("start")["n"]
    assert got.to_dict() == {k: int(v) for k, v in expected.items()}
    assert ((dens.bins["end"] - dens.bins["start"]) == DAY).all()


def test_bin_unit_keeps_bins_under_the_limit() -> None:
    first = pd.Timestamp("2000-01-01")
    for days in (10, 200, 239, 2000, 20_000, 80_000):
        last = first + days * DAY
        unit = bin_unit(first, last)
        assert (days + 1) / UNITS[unit][1] <= MAX_BINS or unit == "year"
        finer = list(UNITS)[: list(UNITS).index(unit)]
        for other in finer:  # every finer unit would need too many bins
            assert (days + 1) / UNITS[other][1] > MAX_BINS - 2


def test_anchor_of_open_and_ranged_dates() -> None:
    ev = pd.DataFrame(
        {
            "start": pd.to_datetime(["2017-03-01", None, "2017-01-05", "2017-01-01"]),
            "end": pd.to_datetime(["2017-03-31", "2017-02-10", None, "2017-12-31"]),
        }
    )
    got = [d.date().isoformat() for d in anchors(ev)]
    assert got == ["2017-03-16", "2017-02-10", "2017-01-05", "2017-07-02"]
