"""Word tables for dates: months, weekdays, seasons, numbers and the words around them."""

# These tables are the one source of date vocabulary: the resolver's parser looks words up
# in them, and the finder builds its regular expressions from them.

from __future__ import annotations

from typing import Final


def word_set(text: str) -> frozenset[str]:
    """The set of the space-separated words in ``text``.

    Examples
    --------
    >>> sorted(word_set("in on in"))
    ['in', 'on']
    """
    return frozenset(text.split())


# --------------------------------------------------------------------------------------------
# Calendar names, lowercase
# --------------------------------------------------------------------------------------------

#: For each month, January first: its full name, then its abbreviations.
MONTH_NAMES: Final[tuple[tuple[str, ...], ...]] = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sept", "sep"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
#: Full month names, January first.
FULL_MONTH_NAMES: Final = tuple(names[0] for names in MONTH_NAMES)
#: Month abbreviations in calendar order ("sept" before "sep").
MONTH_ABBREVIATIONS: Final = tuple(abbr for names in MONTH_NAMES for abbr in names[1:])
MONTHS: Final = {
    name: number for number, names in enumerate(MONTH_NAMES, start=1) for name in names
}
FULL_MONTHS: Final = frozenset(FULL_MONTH_NAMES)
WEAK_MONTHS: Final = frozenset({"may", "march"})  # ordinary words when lowercase and alone
#: Weekday names, Monday (0) first, as ``datetime.date.weekday`` counts.
WEEKDAY_NAMES: Final = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
WEEKDAYS: Final = {name: number for number, name in enumerate(WEEKDAY_NAMES)}
WEEKDAY_ABBR: Final = {
    name: number
    for number, names in enumerate(
        ("mon", "tue tues", "wed", "thu thur thurs", "fri", "sat", "sun")
    )
    for name in names.split()
}
#: Season names and their index: spring 0, summer 1, fall 2, winter 3.
SEASONS: Final = {"spring": 0, "summer": 1, "fall": 2, "autumn": 2, "winter": 3}
_ONE_TO_TWELVE: Final = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)
#: Count words and their values, in the order the finder tries them.
NUMBER_WORDS: Final = {
    "a": 1,
    "an": 1,
    **{w: n for n, w in enumerate(_ONE_TO_TWELVE, start=1)},
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
ORDINAL_WORDS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
#: Days of the month in ordinal words, as transcripts write them ("March tenth"); the
#: tens of "twenty-first" are read from "twenty" or "thirty" and a hyphen before these.
ORDINAL_DAYS: Final = {
    w: n
    for n, w in enumerate(
        (
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ),
        start=1,
    )
} | {"thirtieth": 30}
ORDINAL_TENS: Final = {"twenty": 20, "thirty": 30}
#: Units a count can measure ("two days", "a decade"), singular.
UNIT_NAMES: Final = ("day", "week", "month", "year", "decade")
UNITS: Final = {form: unit for unit in UNIT_NAMES for form in (unit, unit + "s")}
#: The tens in words, which a count of units may follow ("forty-five").
TENS_WORDS: Final = frozenset(w for w, n in NUMBER_WORDS.items() if n >= 20 and n % 10 == 0)
#: Words after "last" or "next" that make them name another time than a weekday's own:
#: "Tuesday last year", "Monday next month", "Friday next to the station".
AFTER_RELATIVE: Final = (
    frozenset(UNITS)
    | frozenset(MONTHS)
    | frozenset(SEASONS)
    | word_set("quarter quarters night nights weekend time term session season to door one of")
)

# --------------------------------------------------------------------------------------------
# Words around dates
# --------------------------------------------------------------------------------------------

PARTS: Final = {"early": 0, "mid": 1, "late": 2}
PART_PHRASES: Final = (
    (("the", "beginning", "of"), 0),
    (("the", "start", "of"), 0),
    (("the", "middle", "of"), 1),
    (("the", "end", "of"), 2),
    (("beginning", "of"), 0),
    (("start", "of"), 0),
    (("middle", "of"), 1),
    (("end", "of"), 2),
)
HEDGES: Final = (
    ("as", "early", "as"),
    ("as", "late", "as"),
    ("on", "or", "about"),
    ("on", "or", "around"),
    ("in", "or", "around"),
    ("at", "or", "around"),
    ("sometime", "around"),
    ("about",),
    ("around",),
    ("roughly",),
    ("approximately",),
    ("circa",),
)
DOTTED_HEDGES: Final = frozenset({"c", "ca", "approx"})
RANGE_WORDS: Final = frozenset({"to", "through", "thru", "until", "till"})
DASHES: Final = frozenset({"-"})
# Words after which a bare four-digit number reads as a year.
YEAR_CONTEXT: Final = word_set(
    "in since from by of to through thru until till between and or before after into due both "
    "during throughout early mid late circa c ca about around approximately roughly "
    "year the his her their its our my your a an this for as on at within end start fiscal "
    "beginning middle spring summer fall autumn winter"
)
YEAR_CONTEXT_PUNCT: Final = frozenset({",", "(", '"', "“", "”", "'", ":", ";"})
# Words that make a preceding number a count or a measure, never a year.
UNIT_NOUNS: Final = word_set(
    "people persons residents homes houses acres feet foot ft miles mile meters "
    "metres kilometers km pounds lbs tons dollars students workers employees jobs "
    "cases deaths votes voters calories degrees percent per points units rooms beds "
    "pages words times hours minutes seconds days weeks months years million billion "
    "trillion thousand hundred gallons barrels officers troops soldiers patients "
    "children kids members guests visitors calls complaints signatures emails "
    "documents shares vehicles cars inmates arrests tickets doses homicides shootings "
    "am pm hrs"
)
# Before a date without a year these make it anaphoric ("that Monday") or recurring
# ("every Monday"): no single date the story names.
ANAPHORIC: Final = frozenset({"that", "those", "every", "each"})
ANAPHORIC_AFTER_THE: Final = frozenset({"following", "previous", "prior", "same", "next"})
# What one is ordered to do by a day set ahead: "directed him to appear in person on Nov. 28".
ORDERED_ACTS: Final = r"(?:appear|report|submit|respond|reply|comply|pay|file|explain|attend)"
SEASON_CONTEXT: Final = word_set(
    "in during over through throughout since by until till before after from to and "
    "between early mid late this last next of"
)
# Words that may follow a number and a hyphen in a date ("Sept. 28-Oct. 2", "1990s-era").
HYPHEN_DATE_WORDS: Final = (
    frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(SEASONS) | frozenset({"", "era"})
)
# After "2011-12" these make it two years (a season, a budget), not December 2011.
YEAR_RANGE_NOUNS: Final = word_set(
    "season school academic term winter session budget biennium year fiscal campaign"
)
# Before a weekday these make it a name or an indefinite day: "Black Friday", "a Tuesday".
WEEKDAY_BLOCKERS: Final = word_set("the a an black good cyber super ash easter holy palm")
# Nouns of what recurs on a weekday: "the Sunday paper", "a Sunday school", "Friday prayers".
WEEKDAY_RECURRING: Final = word_set(
    "school schools paper papers edition editions show shows prayer prayers mass masses "
    "service services market markets night nights morning mornings afternoon afternoons "
    "evening evenings brunch dinner lunch talk shift shifts best"
)
# Parts of a day between a weekday and the noun it qualifies ("a Sunday night vigil").
DAY_PARTS: Final = word_set("morning afternoon evening night")
# Capitalized words that may touch a bare month or season without making it a name.
DATE_WORDS: Final = (
    frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(SEASONS) | word_set("the this last next")
)
# After a bare number these make it the subject of a verb, which may be a count.
COUNT_VERBS: Final = word_set("was were is are has have had will would")
# Years in words, as broadcast transcripts write them: "nineteen ninety-six".
CENTURY_WORDS: Final = {"eighteen": 18, "nineteen": 19}
UNIT_WORDS: Final = {w: n for n, w in enumerate(_ONE_TO_TWELVE[:9], start=1)}
YEAR_TENS: Final = {
    **{w: n for n, w in enumerate(_ONE_TO_TWELVE, start=1) if n >= 10},
    **dict(
        zip(
            ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"],
            range(13, 20),
            strict=True,
        )
    ),
    **dict(
        zip(
            ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
            range(20, 100, 10),
            strict=True,
        )
    ),
}
# Decades in words, as transcripts write them: "the nineties" (the most recent 1990s, 2090s
# or other ...90s that has begun).
DECADE_WORDS: Final = {
    w: n
    for n, w in enumerate(
        ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties"),
        start=2,
    )
} | {"nineties": 9}
# Centuries: "the 20th century", "the nineteenth century".
CENTURY_ORDINALS: Final = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20}
# Before a lowercase "fall" these make it a verb ("expected to fall sharply").
FALL_VERB_BEFORE: Final = word_set("to will would could might may can did not should must")
# Words the dateparser fallback may meet besides numbers.
FALLBACK_WORDS: Final = frozenset(MONTHS) | frozenset(WEEKDAYS) | word_set("of the on")
