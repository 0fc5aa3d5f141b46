"""The date grammar: hedges, ranges, bounds and modifiers around single dates."""

from __future__ import annotations

from typing import Final

from timeline.dates.atoms import DateAtoms
from timeline.dates.holidays import holiday
from timeline.dates.nodes import (
    Bound,
    DecadeAtom,
    Half,
    Hedge,
    MonthsOf,
    Narrow,
    NthWeek,
    Range,
    RelativeAtom,
    Result,
    WeekOf,
    YearAtom,
)
from timeline.dates.spans import Span
from timeline.dates.tokens import DECADE, END, NUMBER, PUNCT, QUANTITY, WORD
from timeline.dates.words import (
    CENTURY_ORDINALS,
    CENTURY_WORDS,
    DASHES,
    DECADE_WORDS,
    DOTTED_HEDGES,
    HEDGES,
    ORDINAL_WORDS,
    PART_PHRASES,
    PARTS,
    RANGE_WORDS,
    SEASON_CONTEXT,
    UNITS,
)

# The multi-word hedges and parts by their first word: one dictionary look-up per token.
_HEDGES_BY_FIRST: Final = {
    first: tuple(h for h in HEDGES if h[0] == first) for first in {h[0] for h in HEDGES}
}
_PARTS_BY_FIRST: Final = {
    first: tuple(p for p in PART_PHRASES if p[0][0] == first)
    for first in {p[0][0] for p in PART_PHRASES}
}


class Parser(DateAtoms):
    """Scans the tokens of a text left to right for its first date expression.

    Examples
    --------
    >>> import datetime
    >>> from timeline.dates.tokens import tokenize
    >>> span = Parser(tokenize("since last week"), datetime.date(2017, 10, 9)).first_span()
    >>> (span.lo, span.hi)
    ('2017-10-02', '2017-10-09')
    """

    __slots__ = ()

    # -- scanning ----------------------------------------------------------------------------

    def first_span(self) -> Span | None:
        """The span of the first date expression that resolves, if any."""
        i = 0
        while i < self.size:
            if self.toks[i].kind in (PUNCT, QUANTITY) and self.toks[i].low not in ("'", "‘", "’"):
                i += 1
                continue
            found = self.expression(i)
            if found is None:
                i += 1
                continue
            if self.forward and self.published is not None:
                span = found[0].span(self, self.published, True)
            else:
                span = found[0].span(self, None, False)
            if span is not None:
                return span
            i = max(found[1], i + 1)  # an impossible range or bound: do not reread its parts
        return None

    def expression(self, i: int) -> Result | None:
        """A date expression with its hedges ("about", "or so") at token ``i``."""
        j, hedged = self.hedge_prefix(i)
        found = self.range_or_bound(j)
        if found is None:
            return None
        node, k = found
        if self.phrase(k, ("or", "so")) or self.phrase(k, ("or", "thereabouts")):
            hedged, k = True, k + 2
        return (Hedge(node), k) if hedged else (node, k)

    def hedge_prefix(self, i: int) -> tuple[int, bool]:
        """Skip a hedge ("about", "as early as") at ``i``: (next index, whether hedged)."""
        tok = self.token(i)
        for phrase in _HEDGES_BY_FIRST.get(tok.low, ()) if tok.kind is WORD else ():
            if self.phrase(i, phrase):
                return i + len(phrase), True
        if tok.kind is WORD and tok.dot and tok.low in DOTTED_HEDGES:
            return i + 1, True
        return i, False

    def range_or_bound(self, i: int) -> Result | None:
        """ "between A and B", "from A to B", "since A", "before A", or an atom and its tail."""
        w = self.word(i)
        if w == "between":
            a = self.operand(i + 1)
            k = a[1] if a is not None else 0
            if a is not None and self.punct(k) == "," and self.word(k + 1) == "and":
                k += 1  # "between Dec. 2, 2016, and Aug. 29": the year's closing comma
            if a is not None and self.word(k) == "and":
                b = self.operand(k + 1)
                if b is not None:
                    return Range(a[0], b[0]), b[1]
            return None
        if w == "from":
            a = self.operand(i + 1)
            if a is None:
                return None
            return self.range_tail(a)
        if w == "ever" and self.word(i + 1) == "since":
            i, w = i + 1, "since"
        if w in ("post", "pre") and self.punct(i + 1) == "-" and self.year(i + 2) is not None:
            # "the post-1945 order", "pre-2008 levels": after or before the year
            year = self.year(i + 2)
            assert year is not None
            return Bound(YearAtom(year), "after" if w == "post" else "before"), i + 3
        bound = {
            "since": "since",
            "before": "before",
            "after": "after",
            "until": "until",
            "till": "until",
        }.get(w)
        skip = 1
        if self.phrase(i, ("prior", "to")):
            bound, skip = "before", 2
        elif self.phrase(i, ("up", "until")) or self.phrase(i, ("up", "to")):
            bound, skip = "until", 2
        if bound is not None:
            a = self.operand(i + skip)
            if a is None:
                return None
            return Bound(a[0], bound), a[1]
        a = self.atom(i)
        if a is None:
            return None
        return self.range_tail(a)

    def range_tail(self, a: Result) -> Result:
        """An atom and what may follow it: "to B", "- B", "and B", "or B"."""
        node, k = a
        if self.punct(k) == "," and (self.word(k + 1) in RANGE_WORDS or self.punct(k + 1) == "-"):
            k += 1  # "Jan. 20, 2017, to Feb. 3"
        w = self.word(k)
        if w in RANGE_WORDS or self.punct(k) in DASHES or w in ("and", "or"):
            b = self.operand(k + 1)
            # "a revision Monday to March's totals": a possessive names a thing of
            # that date, which ends no range
            if b is not None and not self.possessive(b[1]):
                kind = w if w in ("and", "or") else "range"
                return Range(node, b[0], kind), b[1]
        return a

    # -- atoms ---------------------------------------------------------------------------------

    def operand(self, i: int) -> Result | None:
        """An atom inside a range or after since/before/until, with its own hedge."""
        j, hedged = self.hedge_prefix(i)
        found = self.atom(j)
        if found is None or not hedged:
            return found
        return Hedge(found[0]), found[1]

    def atom(self, i: int) -> Result | None:
        """One date, narrowed or not, unless the words before make it anaphoric."""
        if i >= self.size:
            return None
        found = self.modified(i)
        if found is None:
            found = self.core(i)
        if found is None:
            return None
        if found[0].floating and self.anaphoric(i) and not self.conjunction_that(i):
            return None
        return found

    def conjunction_that(self, i: int) -> bool:
        """Whether "that" before ``i`` is a conjunction: news writes a quarter as a hyphenated
        adjective before its noun ("reported that third-quarter profit rose"), where a
        determiner would point back to a quarter named before ("that quarter")."""
        nxt = self.token(i + 3)
        return (
            self.word(i - 1) == "that"
            and self.word(i) in ORDINAL_WORDS
            and self.punct(i + 1) == "-"
            and self.word(i + 2) == "quarter"
            and nxt.kind is WORD
            and not nxt.cap
        )

    def modified(self, i: int) -> Result | None:
        """ "early 2017", "the end of May", "the second week of May", "the first half of 2017",
        "the last four months of 2017"."""
        j = i + 1 if self.word(i) == "the" and self.word(i + 1) in PARTS else i
        part = PARTS.get(self.word(j))
        k = j + 1
        if part is not None:
            if self.punct(k) == "-":
                k += 1
            inner = self.core(k, context=True)
            if inner is None:
                return None
            return Narrow(inner[0], part), inner[1]
        for phrase, part in _PARTS_BY_FIRST.get(self.word(i), ()):
            if self.phrase(i, phrase):
                inner = self.core(i + len(phrase), context=True, the_unit=True)
                if inner is None:
                    return None
                return Narrow(inner[0], part), inner[1]
        j = i + 1 if self.word(i) == "the" else i
        nth = ORDINAL_WORDS.get(self.word(j))
        if nth is None and self.word(j) == "last":
            nth = -1
        if nth is None:
            nth = self.number(j, 1, 5) if self.token(j).suf in ("st", "nd", "rd", "th") else None
        if nth is not None and self.word(j + 1) == "week" and self.word(j + 2) == "of":
            inner = self.core(j + 3, context=True)
            if inner is not None:
                return NthWeek(inner[0], nth), inner[1]
        if nth in (1, 2) and self.word(j + 1) == "half" and self.word(j + 2) == "of":
            inner = self.core(j + 3, context=True, the_unit=True)
            if inner is not None:
                return Half(nth, inner[0]), inner[1]
        count = self.small_count(j + 1)
        if (
            self.word(j) in ("first", "last", "final")
            and count is not None
            and self.phrase(j + 2, ("months", "of"))
        ):
            inner = self.core(j + 4, context=True, the_unit=True)
            if inner is not None:
                return MonthsOf(count, self.word(j) != "first", inner[0]), inner[1]
        if self.word(j) == "week" and self.word(j + 1) == "of":
            inner = self.core(j + 2, context=True)
            if inner is not None:
                ranged = self.range_tail(inner)
                if ranged is not inner:  # "the week of Jan. 28 to Feb. 3": the days named
                    return ranged
                return WeekOf(inner[0]), inner[1]
        if self.word(i) in ("earlier", "later") and self.word(i + 1) == "this":
            inner = self.relative(i + 1)
            if inner is not None:
                return Bound(inner[0], self.word(i)), inner[1]
        return None

    def core(self, i: int, *, context: bool = False, the_unit: bool = False) -> Result | None:
        """One date at ``i``, after an optional "the"."""
        had_the = self.word(i) == "the"
        k = i + 1 if had_the else i
        tok = self.token(k)
        if tok.kind is END:
            return None
        if tok.kind is NUMBER:
            if had_the and tok.suf:
                found = self.century(k)
                if found is not None:
                    return found
            return self.numeric(k, context=context or had_the)
        if tok.kind is DECADE:
            return (DecadeAtom(None, tok.val), k + 1) if tok.val % 10 == 0 else None
        if tok.kind is PUNCT and tok.low in ("'", "‘", "’"):
            return None
        if tok.kind is not WORD:
            return None
        w = tok.low
        if w == "year":
            end = self.year_end(k)
            if end is not None:  # "year-end", "by year's end": the late third of the year
                return Narrow(RelativeAtom("year"), 2), end
        if w in CENTURY_WORDS:
            year = self.word_year(k)  # "nineteen ninety-six"; else a count: "nineteen days ago"
            if year is not None:
                return year
        if w in DECADE_WORDS and (had_the or context):
            return DecadeAtom(None, DECADE_WORDS[w] * 10), k + 1  # "the nineties"
        if the_unit and had_the and w in ("year", "month", "week"):
            return RelativeAtom(w), k + 1
        if had_the:
            found = self.after_the(k)
            if found is not None:
                return found
        found = (
            self.relative(k)
            or self.weekday(k)
            or self.month_expression(k, had_the=had_the)
            or self.quarter(k)
            or self.season(
                k, context=context or self.word(i - 1) in SEASON_CONTEXT, had_the=had_the
            )
            or self.ago(k)
            or holiday(self, k)
        )
        return found

    def year_end(self, k: int) -> int | None:
        """The index after "year-end", "year end" or "year's end" at ``k``, else None."""
        if self.punct(k + 1) == "-" and self.word(k + 2) == "end":
            return k + 3
        if self.word(k + 1) == "end":
            return k + 2
        if self.possessive(k + 1) and self.word(k + 3) == "end":
            return k + 4
        return None

    def century(self, k: int) -> Result | None:
        """ "the 20th century", "the nineteenth century", "the twenty-first century"."""
        tok = self.token(k)
        n: int | None = None
        j = k + 1
        if tok.kind is NUMBER and tok.suf in ("st", "nd", "rd", "th") and 1 <= tok.val <= 22:
            n = tok.val
        elif tok.low in CENTURY_ORDINALS:
            n = CENTURY_ORDINALS[tok.low]
        elif tok.low == "twenty" and self.punct(k + 1) == "-" and self.word(k + 2) == "first":
            n, j = 21, k + 3
        if n is None:
            return None
        if self.punct(j) == "-":
            j += 1
        if self.word(j) != "century":
            return None
        return DecadeAtom((n - 1) * 100, width=100), j + 1

    def after_the(self, k: int) -> Result | None:
        """Forms that need a leading "the": the past week, the weekend, the day before yesterday."""
        w = self.word(k)
        found = self.century(k)
        if found is not None:
            return found
        if w == "year" and self.word(k + 1) == "two":
            return self.word_year(k + 1, named=True)  # "the year two thousand"
        if w in ("past", "last"):
            n = self.small_count(k + 1)
            unit = UNITS.get(self.word(k + 2 if n is not None else k + 1))
            if unit is not None:
                plural = self.word(k + 2).endswith("s") if n is not None else False
                if n is None or n > 1 or not plural:
                    return RelativeAtom(unit, n or 1, "past"), k + (3 if n is not None else 2)
        if w == "weekend" and self.word(k + 1) != "of":
            return RelativeAtom("weekend", mode="weekend_the"), k + 1
        if self.phrase(k, ("day", "before", "yesterday")):
            return RelativeAtom("day", -2), k + 3
        if self.phrase(k, ("day", "after", "tomorrow")):
            return RelativeAtom("day", 2), k + 3
        return None
