"""The parser's single dates: months, days, weekdays, years, seasons, quarters, relative words."""

from __future__ import annotations

import datetime

from timeline.dates.nodes import (
    DayAtom,
    DecadeAtom,
    Fixed,
    Hedge,
    MonthAtom,
    QuarterAtom,
    Range,
    RelativeAtom,
    Result,
    SeasonAtom,
    WeekdayAtom,
    YearAtom,
)
from timeline.dates.spans import day_span, last_day, month_span
from timeline.dates.tokens import (
    END,
    MAX_YEAR,
    MIN_YEAR,
    NUMBER,
    PUNCT,
    WORD,
    TokenCursor,
)
from timeline.dates.words import (
    AFTER_RELATIVE,
    CENTURY_WORDS,
    COUNT_VERBS,
    DAY_PARTS,
    FALL_VERB_BEFORE,
    NUMBER_WORDS,
    ORDINAL_DAYS,
    ORDINAL_TENS,
    ORDINAL_WORDS,
    SEASONS,
    TENS_WORDS,
    UNIT_WORDS,
    UNITS,
    WEEKDAY_ABBR,
    WEEKDAY_BLOCKERS,
    WEEKDAY_RECURRING,
    WEEKDAYS,
    YEAR_CONTEXT,
    YEAR_CONTEXT_PUNCT,
    YEAR_RANGE_NOUNS,
    YEAR_TENS,
)

Date = datetime.date


class DateAtoms(TokenCursor):
    """Reads one date at a token position; each method returns (node, next index) or None."""

    __slots__ = ()

    def relative(self, k: int) -> Result | None:
        """Words counted from the publication date: "today", "last week", "this summer"."""
        w = self.word(k)
        if w in ("today", "tonight"):
            return RelativeAtom("day", 0), k + 1
        if w == "yesterday":
            return RelativeAtom("day", -1), k + 1
        if w == "tomorrow":
            return RelativeAtom("day", 1), k + 1
        if w == "current" and self.word(k - 1) == "the":
            w = "this"
        elif w not in ("this", "last", "next", "past"):
            return None
        if self.word(k - 1) == "the" and w in ("next", "last", "past"):
            return None  # "the next week" is anaphora; "the last week" is handled elsewhere
        rel, j = w, k + 1
        if w == "this" and self.word(j) in ("past", "coming"):
            rel, j = self.word(j), j + 1
        elif w == "past" and self.small_count(j) is None:
            return None
        unit = self.word(j)
        offset = {"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1}[rel]
        if (
            w in ("last", "past")
            and self.small_count(j) is not None
            and self.word(j) not in ("a", "an")
        ):
            n = self.small_count(j)
            u = UNITS.get(self.word(j + 1))
            if n is not None and u is not None:
                return RelativeAtom(u, n, "past"), j + 2
            return None
        if unit == "fiscal" and self.word(j + 1) == "year":
            j += 1  # "this fiscal year": see fiscal_year
            unit = "year"
        if unit == "year" and self.possessive(j + 1):
            q = self.ordinal_quarter(j + 3)
            if q is not None:  # "last year's third quarter"
                return QuarterAtom(q[0], year_offset=offset), q[1]
        if rel == "this" and unit in ("morning", "afternoon", "evening"):
            return RelativeAtom("day", 0), j + 1
        if rel == "last" and unit == "night":
            return RelativeAtom("day", -1), j + 1
        if unit == "week" and rel in ("last", "next") and self.word(j + 1) in WEEKDAYS:
            # the week first, as Southern African copy writes it: "last week Thursday"
            return WeekdayAtom(WEEKDAYS[self.word(j + 1)], f"{rel} week"), j + 2
        if unit in ("week", "month", "year", "quarter", "decade"):
            if rel == "past":  # "this past week": the seven days before publication
                return RelativeAtom(unit, 1, "past"), j + 1
            return RelativeAtom(unit, offset), j + 1
        if unit == "weekend":
            if rel == "past":
                return RelativeAtom("weekend", mode="weekend_past"), j + 1
            return RelativeAtom("weekend", offset), j + 1
        if unit in WEEKDAYS:
            at = j + 2 if self.punct(j + 1) == "," else j + 1
            dated = self.month_expression(at, had_the=False, need_day=True)
            if dated is not None:
                return dated  # "this coming Sunday, March tenth": the day it names
            return WeekdayAtom(WEEKDAYS[unit], rel), j + 1
        if unit in SEASONS:
            srel = {"past": "last", "coming": "next"}.get(rel, rel)
            return SeasonAtom(SEASONS[unit], rel=srel), j + 1
        month = self.month(j)
        if month is not None and month[1] and rel in ("this", "last", "next"):
            return MonthAtom(month[0], rel=rel), j + 1
        return None

    def word_year(self, k: int, *, named: bool = False) -> Result | None:
        """A year in words: "nineteen ninety-six", "nineteen hundred", "two thousand and one".

        ``named`` says the words follow "the year", which makes "two thousand" a year
        whatever comes after it ("the year two thousand has ...").
        """
        w = self.word(k)
        if w in CENTURY_WORDS:
            nxt = self.word(k + 1)
            if nxt == "hundred":
                return YearAtom(CENTURY_WORDS[w] * 100), k + 2
            tens = YEAR_TENS.get(nxt)
            if tens is None:
                return None
            j = k + 2
            if tens >= 20 and self.punct(j) == "-" and self.word(j + 1) in UNIT_WORDS:
                tens += UNIT_WORDS[self.word(j + 1)]
                j += 2
            return YearAtom(CENTURY_WORDS[w] * 100 + tens), j
        if w == "two" and self.word(k + 1) == "thousand":
            j = k + 2
            j += self.word(j) == "and"
            extra = UNIT_WORDS.get(self.word(j)) or YEAR_TENS.get(self.word(j))
            end = j + 1 if extra is not None and extra < 20 else k + 2
            after = self.token(end)
            if after.kind is WORD and not after.cap and not named:
                return None  # "two thousand people"
            return YearAtom(2000 + (extra if end > k + 2 and extra else 0)), end
        return None

    def ordinal_day(self, k: int) -> tuple[int, int] | None:
        """A day of the month in words at ``k`` ("eighth", "twenty-first"): (day, next index)."""
        w = self.word(k)
        if w in ORDINAL_TENS and self.punct(k + 1) == "-":
            unit = ORDINAL_DAYS.get(self.word(k + 2), 10)
            tens = ORDINAL_TENS[w] + unit
            return (tens, k + 3) if unit < 10 and tens <= 31 else None
        day = ORDINAL_DAYS.get(w)
        if day is None or self.punct(k + 1) == "-":
            return None  # "May second-quarter profit"
        return day, k + 1

    def possessive(self, i: int) -> bool:
        """Whether tokens i and i + 1 are a possessive "'s"."""
        return self.punct(i) in ("'", "’") and self.word(i + 1) == "s"

    def ordinal_quarter(self, i: int) -> tuple[int, int] | None:
        """ "third quarter" or "third-quarter" at ``i``: (quarter, next index)."""
        q = ORDINAL_WORDS.get(self.word(i))
        j = i + 2 if self.punct(i + 1) == "-" else i + 1
        if q is None or q > 4 or self.word(j) != "quarter":
            return None
        return q, j + 1

    def ago(self, k: int) -> Result | None:
        """ "two years ago"."""
        n = self.small_count(k)
        if n is None or (self.punct(k - 1) == "-" and self.word(k - 2) in TENS_WORDS):
            return None  # "five" of "forty-five" is no count of its own
        j = k + 1
        if self.word(k) in TENS_WORDS:
            # the tens and the units: "forty-five years ago", "twenty one years ago"
            at = j + 1 if self.punct(j) == "-" else j
            units = NUMBER_WORDS.get(self.word(at), 0) if self.word(at) not in ("a", "an") else 0
            if 1 <= units <= 9:
                n, j = n + units, at + 1
        unit = UNITS.get(self.word(j))
        if unit is None or self.word(j + 1) != "ago":
            return None
        return RelativeAtom(unit, n, "ago"), j + 2

    def weekday(self, k: int) -> Result | None:
        """A weekday, or a weekday with its date ("Monday, Oct. 9")."""
        tok = self.token(k)
        wd = WEEKDAYS.get(tok.low)
        abbr = wd is None and tok.cap and tok.dot and tok.low in WEEKDAY_ABBR
        if wd is None and not abbr:
            return None
        j = k + 1
        if self.punct(j) == ",":
            j += 1
        dated = self.month_expression(j, had_the=False, need_day=True)
        if dated is None and self.number(j, 1, 31) is not None:
            dated = self.day_month(j)
        if dated is not None:
            if isinstance(dated[0], DayAtom) and dated[0].year is None:
                dated[0].weekday = wd if wd is not None else WEEKDAY_ABBR[tok.low]
            return dated
        if abbr:
            return None
        if self.word(k - 1) in WEEKDAY_BLOCKERS and not self.weekday_adjective(k):
            return None  # "a Tuesday", "Black Friday"
        day = wd if wd is not None else 0
        after = self.word(k + 1)
        if after in ("last", "next") and self.word(k + 2) == "week":
            return WeekdayAtom(day, f"{after} week"), k + 3  # "Wednesday last week"
        if after in ("last", "next") and self.word(k + 2) not in AFTER_RELATIVE:
            # Irish and older British usage sets the word after: "on Tuesday last", "the
            # meeting on Monday next" (not "Tuesday last year", "Monday next month")
            return WeekdayAtom(day, after), k + 2
        return WeekdayAtom(day), k + 1

    def weekday_adjective(self, k: int) -> bool:
        """Whether the weekday at ``k``, after "a" or "the", qualifies the noun of an event
        on that day: "the Tuesday blasts", "a Sunday night vigil", "the Monday
        deadline" (but "the Sunday paper" recurs, and "a Tuesday" is any)."""
        if self.word(k - 1) not in ("a", "the"):
            return False
        j = k + 2 if self.word(k + 1) in DAY_PARTS else k + 1
        tok = self.token(j)
        return (
            tok.kind is WORD
            and not tok.cap
            and len(tok.low) > 3
            and tok.low not in WEEKDAY_RECURRING
            and tok.low not in YEAR_CONTEXT
            and tok.low not in COUNT_VERBS
        )

    def relative_year(self, j: int) -> tuple[int, int] | None:
        """ "last year" / "this year" / "next year" at j: (offset, next index)."""
        off = {"last": -1, "this": 0, "next": 1}.get(self.word(j))
        if off is not None and self.word(j + 1) == "year":
            return off, j + 2
        return None

    def month_expression(self, k: int, *, had_the: bool, need_day: bool = False) -> Result | None:
        """A month with its day(s) and year if any: "Oct. 9, 2017", "Jan. 28-30", "May"."""
        found = self.month(k)
        if found is None:
            return None
        m, alone = found
        j = k + 1
        if self.word(j) == "the" and (
            self.token(j + 1).suf in ("st", "nd", "rd", "th") or self.ordinal_day(j + 1)
        ):
            j += 1  # "October the 9th", "March the eighth"
        day = self.number(j, 1, 31)
        day_end = j + 1
        if day is None:
            in_words = self.ordinal_day(j)
            if in_words is not None:
                day, day_end = in_words
        if day is not None and not self.makes_count(day_end):
            j = day_end
            day2 = None
            if (self.punct(j) == "-" or self.word(j) in ("to", "through", "and")) and self.month(
                j + 1
            ) is None:
                day2 = self.number(j + 1, 1, 31)
                if day2 is not None and not self.makes_count(j + 2) and day2 > day:
                    j += 2
                else:
                    day2 = None
            year = None
            y_at = j + 1 if self.punct(j) == "," else j
            if self.year(y_at) is not None:
                year = self.year(y_at)
                j = y_at + 1
            if not self.valid_day(m, day, year) or (day2 and not self.valid_day(m, day2, year)):
                return None
            offset = None
            rel_year = self.relative_year(y_at) if year is None else None
            if rel_year is not None:  # "March 22 last year"
                offset, j = rel_year
            first = DayAtom(m, day, year, offset)
            if day2 is not None:
                return Range(first, DayAtom(m, day2, year, offset), "range"), j
            return first, j
        if need_day:
            return None
        y_at = j + 1 if self.punct(j) == "," else j
        if self.word(y_at) == "of":
            y_at += 1
        year = self.year(y_at)
        if year is not None:
            return MonthAtom(m, year), y_at + 1
        spoken = self.word_year(y_at)
        if spoken is not None and isinstance(spoken[0], YearAtom) and spoken[0].year:
            return MonthAtom(m, spoken[0].year), spoken[1]
        rel_year = self.relative_year(y_at)
        if rel_year is not None:
            return MonthAtom(m, year_offset=rel_year[0]), rel_year[1]
        if not alone or self.in_name(k):
            return None
        if (had_the or self.word(k - 1) in ("a", "the")) and self.word(k + 1) in (
            "on",
            "to",
            "against",
            "for",
            "from",
            "through",
            "across",
            "in",
            "at",
            "of",
            "by",
        ):
            return None  # "the March on City Hall"
        return MonthAtom(m), k + 1

    @staticmethod
    def valid_day(m: int, d: int, year: int | None) -> bool:
        """Whether month ``m`` has day ``d`` (in a leap year when the year is unknown)."""
        return d <= last_day(year if year is not None else 2000, m)

    def day_month(self, k: int) -> Result | None:
        """ "9 October 2017", "the 9th of October", "9 to 20 November"."""
        day = self.number(k, 1, 31)
        if day is None:
            return None
        j = k + 1
        last = None  # the range's last day: "9 to 20 November", "9-20 November"
        of = 1 if self.word(j + 2) == "of" else 0  # ("the 3rd to 7th of March")
        if (self.punct(j) in ("-", "–") or self.word(j) in ("to", "and", "through")) and (
            self.month(j + 2 + of) is not None
        ):
            last = self.number(j + 1, 1, 31)
            if last is None or last <= day:
                return None
            j += 2
        if self.word(j) == "of":
            j += 1
        found = self.month(j)
        if found is None:
            return None
        m, _ = found
        j += 1
        y_at = j + 1 if self.punct(j) == "," else j
        year = self.year(y_at)
        if year is not None:
            j = y_at + 1
        if not self.valid_day(m, day, year) or (last and not self.valid_day(m, last, year)):
            return None
        rel_year = self.relative_year(y_at) if year is None else None
        offset = rel_year[0] if rel_year is not None else None  # "26 February last year"
        j = rel_year[1] if rel_year is not None else j
        first = DayAtom(m, day, year, offset)
        if last is not None:
            return Range(first, DayAtom(m, last, year, offset), "range"), j
        return first, j

    def numeric(self, k: int, *, context: bool) -> Result | None:
        """An expression that starts with a number: a year, an ISO date, a decade, a day."""
        tok = self.token(k)
        digits = tok.text
        # ISO dates inside prose: 2017-10-09, 2017-10; and year ranges: 2005-2014, 2016-17.
        if len(digits) == 4 and not tok.suf and self.punct(k + 1) == "-":
            dashed = self.dashed_year(k)
            if dashed is not None or self.token(k + 2).kind is NUMBER:
                return dashed
        # a financial or school year written with a slash: "2021/22", "2021/2022"
        if len(digits) == 4 and not tok.suf and self.punct(k + 1) == "/" and self.touches_next(k):
            nxt = self.token(k + 2)
            if (
                nxt.kind is NUMBER
                and not nxt.suf
                and len(nxt.text) in (2, 4)
                and self.touches_next(k + 1)
            ):
                y2 = nxt.val if len(nxt.text) == 4 else tok.val // 100 * 100 + nxt.val
                if MIN_YEAR <= tok.val < y2 <= tok.val + 1:
                    return Range(YearAtom(tok.val), YearAtom(y2)), k + 3
        if len(digits) <= 2 and not tok.suf and self.punct(k + 1) == "/" and self.touches_next(k):
            return self.slashed(k)
        if tok.suf == "s" and len(digits) == 4 and tok.val % 10 == 0:
            width = 100 if tok.val % 100 == 0 and tok.val != 2000 else 10
            return DecadeAtom(tok.val, width=width), k + 1
        if (
            tok.suf == "s"
            and len(digits) == 2
            and tok.val % 10 == 0
            and (context or self.word(k - 1) == "the" or self.word(k - 2) == "the")
        ):
            return DecadeAtom(None, tok.val), k + 1
        if len(digits) <= 2:
            return self.day_month(k) or self.ago(k)
        year = self.year(k)
        if year is None:
            return None
        if self.word(k - 1) == "fy":
            return None
        q = self.ordinal_quarter(k + 1)
        if q is not None:  # "the 1988 third quarter"
            return QuarterAtom(q[0], year), q[1]
        prev = self.token(k - 1)
        ok = (
            context
            or prev.kind is END
            or prev.low in YEAR_CONTEXT
            or (prev.kind is PUNCT and prev.low in YEAR_CONTEXT_PUNCT)
            or (prev.kind is WORD and 1900 <= year <= 2099 and self.year_adjective(k + 1))
        )
        if not ok or self.named_by_year(k):
            return None
        if prev.low == "fiscal":
            # A fiscal year is named by the calendar year it ends in and its months vary by
            # organisation: "fiscal 1989" is the calendar year 1989, marked approximate.
            return Hedge(YearAtom(year)), k + 1
        after = self.token(k + 1)
        if (
            prev.kind is END
            and after.kind is WORD
            and after.cap
            and self.month(k + 1) is None
            and after.low not in SEASONS
        ):
            return None  # "1600 Pennsylvania Ave."
        return YearAtom(year), k + 1

    def named_by_year(self, k: int) -> bool:
        """Whether the year at ``k`` ends a name: after a capitalised word that is no word of
        time and before punctuation ("a firm called Nova 2010,", "a plan named Vision 2030.").
        Before a lowercase noun the year qualifies it ("Acme 2020 models")."""
        prev, after = self.token(k - 1), self.token(k + 1)
        return (
            prev.kind is WORD
            and prev.cap
            and prev.low not in YEAR_CONTEXT
            and prev.low not in SEASONS
            and self.month(k - 1) is None
            and (after.kind is PUNCT or after.kind is END)
        )

    def year_adjective(self, i: int) -> bool:
        """Whether the words from ``i`` make the year before them an adjective ("1996 race").

        News copy writes counts of a thousand or more with a comma ("1,996 votes"), so a
        bare number from 1900 to 2099 before a lowercase noun is a year; the nouns of
        counts and measures (``UNIT_NOUNS``) and a number after it still make it a count.
        """
        tok = self.token(i)
        if tok.kind is PUNCT:
            return tok.low in (".", ",", ";", ":", ")", "?", "!")
        if tok.kind is WORD and tok.low in COUNT_VERBS:
            return False  # "2016 were arrested": a count as the subject
        if tok.kind is WORD and tok.cap and self.month(i) is None:
            # A year before a name and a lowercase noun qualifies the name's noun
            # ("expected 2019 Acme revenue", "the 2016 Smith campaign").
            nxt = self.token(i + 1)
            return (
                nxt.kind is WORD
                and not nxt.cap
                and not self.makes_count(i + 1)
                and (nxt.low not in COUNT_VERBS)
            )
        return tok.kind is END or (tok.kind is WORD and not tok.cap)

    def dashed_year(self, k: int) -> Result | None:
        """A year and a dash: "2017-10-09", "2017-10", "2005-2014", "2016-17"."""
        y = self.token(k).val
        if not MIN_YEAR <= y <= MAX_YEAR:
            return None
        nxt = self.token(k + 2)
        if nxt.kind is not NUMBER or nxt.suf:
            return None
        tight = self.touches_next(k) and self.touches_next(k + 1)
        if len(nxt.text) == 4 and MIN_YEAR <= nxt.val <= MAX_YEAR:
            if nxt.val <= y or self.makes_count(k + 3):
                return None
            return Range(YearAtom(y), YearAtom(nxt.val)), k + 3
        if len(nxt.text) != 2:
            return None
        yy = nxt.val
        if tight and 1 <= yy <= 12 and self.word(k + 3) not in YEAR_RANGE_NOUNS:
            if self.punct(k + 3) == "-" and self.touches_next(k + 2):
                dd = self.token(k + 4)
                if dd.kind is not NUMBER or len(dd.text) != 2 or dd.suf:
                    return None
                if not 1 <= dd.val <= last_day(y, yy) or not self.touches_next(k + 3):
                    return None
                return Fixed(day_span(Date(y, yy, dd.val))), k + 5
            return Fixed(month_span(y, yy)), k + 3
        y2 = y // 100 * 100 + yy
        if y2 <= y:
            y2 += 100
        if y2 - y > 9 or self.makes_count(k + 3):
            return None
        return Range(YearAtom(y), YearAtom(y2)), k + 3

    def slashed(self, k: int) -> Result | None:
        """US numeric dates: 10/9/2017, 10/9/17."""
        if self.punct(k + 3) != "/" or not all(self.touches_next(k + o) for o in range(4)):
            return None
        m, d, yt = self.token(k), self.token(k + 2), self.token(k + 4)
        if d.kind is not NUMBER or yt.kind is not NUMBER or d.suf or yt.suf:
            return None
        if len(yt.text) == 4:
            y = yt.val
        elif len(yt.text) == 2:
            y = 2000 + yt.val if yt.val < 50 else 1900 + yt.val
        else:
            return None
        if not (1 <= m.val <= 12 and 1 <= d.val <= 31 and MIN_YEAR <= y <= MAX_YEAR):
            return None
        if d.val > last_day(y, m.val):
            return None
        return Fixed(day_span(Date(y, m.val, d.val))), k + 5

    def quarter(self, k: int) -> Result | None:
        """ "the third quarter of 2017", "Q3 2017"."""
        tok = self.token(k)
        q: int | None = None
        j = k + 1
        if tok.low == "q" and self.touches_next(k):
            q = self.number(k + 1, 1, 4, ordinal_ok=False)
            j = k + 2
        else:
            q = ORDINAL_WORDS.get(tok.low)
            if q is not None:
                if self.punct(j) == "-":
                    j += 1
                if self.word(j) != "quarter" or q > 4:
                    return None
                j += 1
        if q is None:
            return None
        y_at = j + 1 if self.word(j) == "of" else j
        year = self.year(y_at)
        if year is not None:
            return QuarterAtom(q, year), y_at + 1
        rel_year = self.relative_year(y_at)
        if rel_year is not None:
            return QuarterAtom(q, year_offset=rel_year[0]), rel_year[1]
        return QuarterAtom(q), j

    def season(self, k: int, *, context: bool, had_the: bool) -> Result | None:
        """ "the winter of 2016-17", "summer", "fall of last year"."""
        idx = SEASONS.get(self.word(k))
        if idx is None:
            return None
        j = k + 1
        y_at = j + 1 if self.word(j) == "of" else j
        year = self.year(y_at)
        if year is not None:
            end = y_at + 1
            # "the winter of 2016-17" names the winter that begins in December 2016.
            if idx == 3 and self.punct(end) == "-" and self.number(end + 1, 0, 99) is not None:
                end += 2
            return SeasonAtom(idx, year), end
        rel_year = self.relative_year(y_at)
        if rel_year is not None:
            return SeasonAtom(idx, year_offset=rel_year[0]), rel_year[1]
        spoken = self.word_year(y_at)  # "the winter of nineteen eighty-two"
        if spoken is not None and isinstance(spoken[0], YearAtom) and spoken[0].year:
            return SeasonAtom(idx, spoken[0].year), spoken[1]
        if self.word(j) == "of":
            return None  # "the fall of the Berlin Wall"
        word = self.word(k)
        if (
            word == "fall"
            and not self.token(k).cap
            and self.word(k - 1) in FALL_VERB_BEFORE
            and self.token(j).kind is WORD
        ):
            return None  # "expected to fall sharply"
        whole = all(t.kind is PUNCT or t.low == "the" for n, t in enumerate(self.toks) if n != k)
        if self.in_name(k):
            return None
        if context or whole or word in ("summer", "winter", "autumn"):
            return SeasonAtom(idx), j
        return None
