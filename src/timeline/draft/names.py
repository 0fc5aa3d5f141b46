"""Names as an article repeats them ("George Santos" ... "Santos") and introduces them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from timeline.dates.holidays import HOLIDAYS_ALONE
from timeline.dates.words import MONTHS, WEEKDAYS
from timeline.draft.furniture import DATELINE
from timeline.draft.naming import (
    BODY_HEADS,
    DETERMINER,
    FIELD_JOB,
    LOWER,
    ORG_HEAD,
    TITLE,
    TITLE_WORD,
    UNNAMED_SUBJECT,
    UPPER,
    bodies_named,
)
from timeline.draft.words import MASTHEAD, TRAILING_STOP

__all__ = [
    "JOB_LEAD",
    "POSSESSIVE_END",
    "Name",
    "bare_companies",
    "bare_name",
    "first_naming",
    "headed_by",
    "introduction",
    "only_qualifies",
    "only_where",
    "repeated_names",
    "title_case",
]

# A lowercase job before a person's name ("Instagram boss Adam Mosseri") is no part of
# it, nor is a job set before an honorific ("Managing Director Mr. R. Suthakaran"); an
# honorific of its own stays ("Prof Dr Abdul Qadir", "Engr. (Mrs) Folasade Adeniran").
JOB_LEAD: Final = re.compile(
    # (one capitalised as the sentence opens: "Executive director Gordon Pelletier")
    r"^(?:(?:Executive|Managing|General|Deputy|Assistant|Acting|Interim|Chief|Vice)\s+"
    r"(?=(?:director|manager|president|secretary|executive|officer)\s))?(?:[a-z][\w-]*\s+)+"
    r"|^(?:(?!(?:Prof|Professor|Engr|Hon|Alhaji|Chief|Sir|Rev)\b)"
    r"[A-Z][\w-]*\s+)+?(?=(?:Mrs?|Ms|Dr)\.?\s)"
)
# A capitalised word: "Santos", "Exxon", "McKenzie", "O'Neill"; not "NOT" or "I".
_WORD: Final = re.compile(rf"\b[{UPPER}][{LOWER}]+(?:[’'-]?[{UPPER}][{LOWER}]+)?\b")
# A particle inside a name: "Bill de Blasio", "Ludwig van Beethoven".
_PARTICLES: Final = r"(?:de|van|von|der|da|di|la|le|del)"
# What may join the words of one name: a space, "&" ("Johnson & Johnson"), a particle or
# a middle initial ("Marcus B. Simon"), or initials before the name ("W.A. Jayasundara").
_INITIALS: Final = r"(?:[A-Z]\.){1,3}"
_JOIN: Final = re.compile(rf"\s+(?:(?:&|{_PARTICLES}|{_INITIALS})\s*)?")
# A job's field, capitalised, is set between the job and the name: "Director of Public
# Works Alan Strand", "Chief Officer for Lands K. Perera"; the name is the initials and the word
# after them, or else the last two words.
_FIELD_OF: Final = re.compile(rf"\b{FIELD_JOB}\s+(?:of|for)\s+(?:the\s+)?$")
# Where a sentence starts, a capital says nothing about a name.
_SENTENCE_START: Final = re.compile(r"(?:^\s*|[.!?:][”\"’']?\s+|[“\"]\s*|—\s*)$")
_PARTICLE: Final = re.compile(rf"(?<![A-Z]\w)(?<![A-Z]\w\w)\b{_PARTICLES}\s+$")
_HEAD: Final = re.compile(ORG_HEAD)
# Words that open sentences with a capital and name nothing ("The", "But", "However").
_FUNCTION: Final = TRAILING_STOP | frozenset(
    # ("Let's have a conversation": a verb that opens what was said)
    [
        "however",
        "if",
        "instead",
        "let",
        "meanwhile",
        "now",
        "once",
        "since",
        "still",
        "until",
        "yet",
    ]
)
_MASTHEAD: Final = re.compile(rf"^{MASTHEAD}$")
_TITLE: Final = re.compile(TITLE)
# Words of nationality and creed ("American", "Chinese", "Islamic") describe; they name
# no one.
# A word of nationality is set before a noun in lower case ("Kenyan officials", "the
# Chinese firm"); a given name shaped the same ("Alan", "Eric") only before a surname.
_ADJECTIVE_USE: Final = re.compile(
    rf"\b([{UPPER}][\w’'-]*?(?:an|ese|ish|ic))\s+"
    # (not a verb a surname is set before: "Ganeshan told", "Morgan has")
    r"(?!(?:said|says|told|tells|was|is|has|had|have|added|adds|wrote|writes|did|does|would"
    r"|will|could|can|may|might|should|must|also|then|later|who|whose|and|or|declined|denied"
    r"|agreed|insisted|argued|confirmed|admitted|acknowledged|claimed|explained|noted)\b)[a-z]"
)


@dataclass(frozen=True, slots=True)
class Name:
    """A name the article repeats: its full form at first use, and whether it is a person's."""

    full: str
    person: bool
    uses: int = field(default=0, compare=False)
    """How many times the article uses the word."""


_AFTER_NUMBER: Final = re.compile(rf"\d[\w-]*[”\"’']?\s+[“\"‘']?({_WORD.pattern})")
_BEFORE_NUMBER: Final = re.compile(  # ("Tk 1,445", "Rs. 2"; "Area 16"; "Covid-19")
    r"\b([A-Z][a-z]{0,2})\.?\s?\d|\b([A-Z][a-z]+)\s+\d{1,3}\b(?![.,:]\d|\s*%)|\b([A-Z][a-z]+)-\d"
)
# "the Current obtained", "the Current's analysis": a word set after "the" names a thing
# or a newsroom, never a person ("the Reyes family" is a person's family).
_AFTER_THE: Final = (
    r"\b[Tt]he\s+{word}(?:[’']s)?(?:\s+(?!famil|household|brothers|sisters|case|couple|twins)"
    r"[a-z]|[.,;:])"
)
# The short words of grammar a headline in title case still writes in lower case.
_MINOR_WORDS: Final = frozenset({"from", "with", "into", "over", "than", "that", "this", "about"})
# (South Asian style sets a person's initials first: "K.M. Sumanawathi", "M. Sunil Perera")
_RUN: Final = re.compile(
    rf"(?:\b{_INITIALS}\s*)?{_WORD.pattern}(?:{_JOIN.pattern}{_WORD.pattern})*"
)


def _ordinary(word: str, lower: set[str]) -> bool:
    """Whether a capitalised word is an ordinary word: used in lower case too (a word of
    nationality counts, see ``_ADJECTIVE_USE``), a function word, a month, weekday or holiday,
    a job title or an organisation's head noun."""
    return (
        word.lower() in lower
        or word.lower() in _FUNCTION
        or word.lower() in MONTHS
        or word.lower() in WEEKDAYS
        or word in HOLIDAYS_ALONE  # "the day before Thanksgiving": a day, no actor
        or TITLE_WORD.fullmatch(word) is not None
        or _HEAD.fullmatch(word) is not None
    )


# A place is named after a preposition of place: "in Merritt", "below the Mytholmroyd
# works", "between Todmorden and Mytholmroyd".
_PLACED: Final = re.compile(
    r"\b(?:in|at|near|below|above|outside|across|along|around|between|beneath|through|from"
    r"|to|into)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:and|or)\s+)?$"
)


def _runs(text: str, lower: set[str]) -> list[tuple[list[str], bool, bool, bool]]:
    """The runs of capitalised words in ``text``: each with whether it stands whole (no
    title was cut from its front), whether it opens a sentence and whether it follows a
    preposition of place.

    Ordinary words at the front of a run, a title ("Mayor Bill de Blasio") or a word that
    opens a sentence ("But Newark"), are left out; a run that loses a title is not whole.
    A particle before a run is kept ("de Blasio").
    """
    out: list[tuple[list[str], bool, bool, bool]] = []
    for m in _RUN.finditer(text):
        words = " ".join(m.group().split()).split(" ")
        opens = _SENTENCE_START.search(text[: m.start()]) is not None
        whole = True
        while words and (_TITLE.fullmatch(words[0]) or _ordinary(words[0], lower)):
            whole = opens  # "But Newark" is whole; "City Hall" without "City" is not
            words = words[1:]
            while words and not (_WORD.fullmatch(words[0]) or re.fullmatch(_INITIALS, words[0])):
                words = words[1:]  # a particle or "&" left at the front
            opens = False
        if _FIELD_OF.search(text, 0, m.start()) and len(words) > 2:
            # the job's field runs into the name: "Director of Agriculture S. Rajan"
            start = next((k for k, w in enumerate(words) if re.fullmatch(_INITIALS, w)), -2)
            words, whole = words[start:], False
        particle = _PARTICLE.search(text[: m.start()])
        if particle is not None and words and words == " ".join(m.group().split()).split(" "):
            words = [particle.group().strip(), *words]
        if words:
            out.append((words, whole, opens, _PLACED.search(text, 0, m.start()) is not None))
    return out


def title_case(text: str) -> bool:
    """Whether ``text`` is a headline in title case: five words or more, and none in lower
    case but the short words of grammar ("A Virginia Hospital Told Lawmakers It Doesn't")."""
    words = re.findall(r"[\w’'-]+", text)
    lower = [w for w in words if not w[:1].isupper() and not w[:1].isdigit()]
    return len(words) >= 5 and all(len(w) <= 3 or w in _MINOR_WORDS for w in lower)


_LAWS: Final = frozenset({"Act", "Law", "Code", "Bill", "Regulations", "Ordinance"})

# ... and so does a place's name set between a count and the places it holds ("three Argyll
# islands", "two Kent towns").
_PLACE_SET: Final = re.compile(
    rf"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+([{UPPER}][\w’'-]+)\s+"
    r"(?:islands|towns|villages|districts|counties|provinces|communities|cities|suburbs|parishes"
    r"|valleys|wards|townships|municipalities)\b"
)

# ... and so does one that names a kind of animal or an illness after its finder ("Hector's
# dolphins", "Parkinson's disease"): an eponym, no one in the story.
_EPONYM: Final = re.compile(
    rf"\b([{UPPER}][\w-]+)[’']s\s+(?:dolphins?|whales?|porpoises?|seals?|penguins?|possums?|frogs?"
    r"|geckos?|skinks?|finch(?:es)?|gulls?|petrels?|disease|syndrome|palsy|law)\b"
)

_DESCRIBING: Final = (_ADJECTIVE_USE, _PLACE_SET, _EPONYM)


def repeated_names(texts: Iterable[str]) -> dict[str, Name]:
    """The names an article repeats by one word, by that word.

    Reference convention: news copy names a person or company in full once ("George
    Santos", "Exxon Mobil", "Bill de Blasio") and then by one word of the name ("Santos",
    "Exxon", "de Blasio"), with no title or head noun to mark it. A capitalised word that
    is never written in lower case, stands alone at least once, and is used away from the
    start of a sentence is such a name when it is used twice or more; its full form is the first
    run of capitalised words that ends with it, or else the first run it is in. Repeated by
    its last word, a run of two to four name words is a person ("Santos"); otherwise it is
    a body ("Exxon", "Facebook").
    Words of an organisation named with a head noun ("Baruch College") and mastheads are
    left to those patterns.
    """
    texts = list(texts)
    lower = {w for t in texts for w in re.findall(r"\b[a-z]+\b", t)}
    lower |= {m[1].lower() for t in texts for r in _DESCRIBING for m in r.finditer(t)}
    # The dateline's city says where the story was filed from; it is no actor.
    for t in texts:
        m = DATELINE.match(t)
        if m is not None:
            lower.update(w.lower() for w in re.findall(r"[A-Za-z]+", m.group()))
    inside: set[str] = set()
    orgs: list[str] = []
    for t in texts:
        for m in bodies_named(t):
            inside.update(_WORD.findall(m.group()))
            orgs.append(" ".join(m.group().split()))
    # "737 Max", "60 Minutes": a word set after a number names a model or a programme
    models = {m.group(1) for t in texts for m in _AFTER_NUMBER.finditer(t)}
    # ... and one right before a figure is its unit ("Tk 1,445") or a numbered place ("Area 16")
    models |= {m[m.lastindex or 1] for t in texts for m in _BEFORE_NUMBER.finditer(t)}
    uses: Counter[str] = Counter()
    alone: set[str] = set()
    """Words used alone as a whole run ("Okoro said"), at a sentence's start or not."""
    inner: set[str] = set()
    """Words used somewhere other than as a sentence's first word."""
    free: set[str] = set()
    """Words used somewhere other than after a preposition of place (a place's name)."""
    places: Counter[str] = Counter()
    """Uses of each word after a preposition of place."""
    full: dict[str, list[str]] = {}
    """Each word's full name: the first run it ends (a person's), else the first it is in."""
    whole_runs: Counter[tuple[str, ...]] = Counter()
    """Runs of two to four name words, by how often the article writes them in full."""
    for t in texts:
        if title_case(t):
            continue  # a headline in title case capitalises every word
        for words, whole, opens, placed in _runs(t, lower):
            if 2 <= len(words) <= 4 and not placed and not any(_ordinary(w, lower) for w in words):
                whole_runs[tuple(words)] += 1
            for k, word in enumerate(words):
                if (
                    _WORD.fullmatch(word) is None
                    or _ordinary(word, lower)
                    or word in inside
                    or word in models
                ):
                    continue
                uses[word] += 1
                places[word] += placed
                if not placed:
                    free.add(word)
                if whole and [w for w in words if _WORD.fullmatch(w)] == [word]:
                    alone.add(word)
                if k > 0 or not opens:
                    inner.add(word)
                known = full.get(word)
                ends = words[-1] == word and len(words) > 1
                if known is None or (ends and (known[-1] != word or len(words) > len(known))):
                    full[word] = words
    out: dict[str, Name] = {}
    for word in sorted(alone & inner & free):
        run = full[word]
        # (a village the story goes to again and again, "at Marupa", "into Marupa", is a
        # place though it is also the subject once: "when Marupa would be finished")
        place = places[word] >= 2 and 2 * places[word] >= uses[word]
        if uses[word] < 2 or place or _MASTHEAD.match(" ".join(run)) or run[-1] in _LAWS:
            continue  # (nor is a law named by its state: "the Texas Public Information Act")
        # (a job set inside the run before the name: "Transport Minister Gamini Ekanayake")
        jobs = [k for k, w in enumerate(run) if _WORD.fullmatch(w) and _ordinary(w, lower)]
        if jobs and len(run) - jobs[-1] > 2:
            run = run[jobs[-1] + 1 :]
        names = [w for w in run if w != "&"]
        person = (
            2 <= len(names) <= 4
            and run[-1] == word
            and "&" not in run
            and not any(_WORD.fullmatch(w) and _ordinary(w, lower) for w in names)
            and not any(re.search(_AFTER_THE.format(word=re.escape(word)), t) for t in texts)
        )
        out[word] = Name(" ".join(run), person, uses[word])
    out.update(_named_in_full(whole_runs, orgs, set(out) | alone | models))
    return out


def _named_in_full(
    runs: Counter[tuple[str, ...]], orgs: Sequence[str], taken: set[str]
) -> dict[str, Name]:
    """The bodies an article names again and again short of their head word, by last word.

    Name convention: a body named once in full ("Blue Ridge Mercy Medical Center") and
    then, three times or more, without its head word ("Blue Ridge Mercy took her to
    court") is that body; ``taken`` holds the words already known otherwise. (A run never
    named with a head word may be a person's name: it is left alone.)
    """
    out: dict[str, Name] = {}
    for seq, n in sorted(runs.items()):
        word, name = seq[-1], " ".join(seq)
        org = next((o for o in orgs if o.startswith(f"{name} ")), None)
        if n < 3 or org is None or word in out or word in taken:
            continue
        if all(_WORD.fullmatch(w) for w in seq) and not _MASTHEAD.match(name):
            out[word] = Name(org, False, n)
    return out


def bare_companies(orgs: Sequence[str], texts: Sequence[str]) -> dict[str, str]:
    """The companies an article names again by their first word alone, by that word.

    Reference convention: copy names a company in full once ("Harwell Biologics Inc.")
    and then by the first word of its name ("Harwell"), a word never written in lower
    case; the name takes a company's head word ("Inc.", "Pharmaceuticals").
    """
    lower = {w for t in texts for w in re.findall(r"\b[a-z]+\b", t)}
    companies = [
        org
        for org in reversed(orgs)
        if org.split()[-1] in BODY_HEADS["company"]
        and len(org.split()) > 1
        and re.fullmatch(r"[A-Z][a-z]{2,}", org.split()[0])
        and not _HEAD.fullmatch(org.split()[0])  # "Department of Water Resources"
        and org.split()[0].lower() not in lower
    ]
    firsts = {org.split()[0]: org for org in companies}
    # ... or by all of its name but the head word: "Sierra Crest" for "Sierra Crest Ambulance"
    firsts |= {
        " ".join(org.split()[:-1]): org
        for org in companies
        if len(org.split()) == 3 and re.fullmatch(r"[A-Z][a-z]{2,}", org.split()[1])
    }
    return {
        word: org
        for word, org in firsts.items()
        if any(re.search(rf"\b{word}\b(?!\s+[A-Z])", t) for t in texts)
    }


_APPOSITIVE: Final = re.compile(r"\A,\s+[^,.;“”\"]{1,80},")
_BEFORE: Final = re.compile(r"[^,.;“”\"]{0,40}\Z")


def introduction(text: str, a: int, b: int) -> str:
    """The words that introduce the person named at ``text[a:b]``: the name, the words
    just before it ("Instagram boss"), and an appositive after it (", spokesman for the
    school district,"), as news copy introduces a speaker on first mention."""
    before = _BEFORE.search(text[:a])
    after = _APPOSITIVE.match(text[b:])
    head = before.group() if before is not None else ""
    return " ".join(f"{head}{text[a:b]}{after.group() if after else ''}".split())


# A word after a name that makes the name a qualifier: a lowercase word that is no verb
# ("a DVD copy", "the Wanaque plant", "a Black man", "health record (EHR) system"); not
# "said", "has", "found", "officers".
_QUALIFIED_NOUN: Final = re.compile(
    r"\)?\s+(?!(?:[a-z]+ed|[a-z]{2,}s|said|told|has|had|is|was|were|are|will|would|could"
    r"|can|did|does|do|may|might|must|should|made|gave|took|knew|sent|found|got|became"
    r"|began|kept|left|paid|put|ran|saw|set|won|wrote|sought|brought|thought|chose|led"
    r"|spoke|withheld|met)\b)[a-z]"
    # (or a law's name: "the Right to Information (RTI) Act")
    r"|\)?\s+(?:Act|Law|Bill|Rules|Code|Regulations?|Ordinance)\b"
)
_PLACE_BEFORE: Final = re.compile(
    r"\b(?i:in|from|at|to|near|across|throughout|outside|inside|into|around)\s+(?:the\s+)?"
    # (or a list of places after it: "at Maula, Chichiri and Zomba"; "At Maula, the team")
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:,\s+|\s+and\s+|,\s+and\s+))*$"
    # (or the place a business or a person is from: "Greene Valley Hauling of Carmichaels")
    r"|\b[A-Z][\w’'-]*\s+of\s+$"
)
# The people or places of somewhere, named after it: "former Rwintare residents".
_OF_THE_PLACE: Final = re.compile(
    r"\s+(?:residents|families|households|villagers|farmers|homes|streets|roads|schools)\b"
)


# A quotation set all in capitals is a code or a shout, not a body's initials: dispatchers
# marked requests "NO CAP", the club posted "SOLD OUT".
_SHOUTED: Final = re.compile(r"[“\"‘](?:[A-Z]{2,}[\s,.!?-]*)+[”\"’]")


def only_qualifies(word: str, texts: Iterable[str]) -> bool:
    """Whether every use of a name qualifies a noun after it or places something ("a DVD
    copy", "the Wanaque plant", "flooring from China"), or is a word of a quotation set in
    capitals ("NO CAP"): a name never seen acting names no actor."""
    uses = [(t, m) for t in texts for m in re.finditer(rf"\b{re.escape(word)}\b", t)]
    return bool(uses) and all(
        _QUALIFIED_NOUN.match(t, m.end())
        or _OF_THE_PLACE.match(t, m.end())
        or _PLACE_BEFORE.search(t, 0, m.start())
        # (only a word in capitals can stand in a shouted quotation)
        or (word.isupper() and any(q.start() < m.start() < q.end() for q in _SHOUTED.finditer(t)))
        for t, m in uses
    )


POSSESSIVE_END: Final = re.compile(r"[’']s$|(?<=s)[’']$")
"""A possessive ending: "the board’s", "the Department of Corrections’"."""
_IN_PLACE: Final = re.compile(r"\s+(?:in|from)\s+(?:the\s+)?")


# A sentence's opening word, capitalised by its place, before a body's name: "When Front
# Range Regional Transit's general manager ...", "Under Federal Transit Administration
# guidance, ...".
_OPENING_WORD: Final = re.compile(
    r"^(?:When|Under|In|At|On|After|Before|While|As|Since|For|From|By|With|Without|Despite"
    r"|Although|Because|If|Though|During|Until|Unlike|Against|Through|Within|And|But|Yet|So"
    r"|Then|Also|Meanwhile|However)\s+(?=(?:the\s+)?[A-Z])"
)


def bare_name(name: str) -> str:
    """A body's name as a name: one line, no opening word, no article, no possessive ("the
    board’s")."""
    one_line = " ".join(name.split())
    return DETERMINER.sub("", _OPENING_WORD.sub("", POSSESSIVE_END.sub("", one_line)))


def only_where(text: str, offset: int, start: int) -> bool:
    """Whether the name at ``start`` only says where an unnamed subject is.

    "Elian's relatives in Miami said": the subject is a noun of its own and the name
    after "in" is a place, not who spoke.
    """
    unnamed = UNNAMED_SUBJECT.match(text, offset)
    return unnamed is not None and _IN_PLACE.fullmatch(text, unnamed.end(), start) is not None


# Definition convention: copy names a body in full once with its initials after it in
# brackets ("Healthcare Standards Wales (HSW)", "the Office of Rail Standards (ORS)") and
# then by the initials alone. The initials are the capitalised words' first letters.
_DEFINED: Final = re.compile(
    r"\b(?P<full>[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for|on|the|&)\s+)*[A-Z][\w’'-]*?){1,7})"
    # (the possessive is the sentence's, not the name's: "the Revenue Authority’s (RA) data")
    r"(?:[’']s)?\s+\((?P<acronym>[A-Z]{2,6})\)"
)
_MINOR: Final = frozenset({"of", "and", "for", "on", "the", "&"})


def defined_acronyms(texts: Iterable[str]) -> dict[str, str]:
    """Each body's initials defined in brackets after its full name, to that name (see
    ``_DEFINED``): the last words of the run whose first letters spell the initials, the
    minor words' with them or not."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _DEFINED.finditer(text):
            words = m.group("full").split()
            acronym = m.group("acronym")
            for k in range(len(words)):
                if words[k] in _MINOR:
                    continue
                initials = "".join(w[0] for w in words[k:] if w not in _MINOR)
                # (some initials keep a minor word's: "Commission on Audit (COA)")
                every = "".join(w[0] for w in words[k:] if w != "&").upper()
                if acronym in (initials, every):
                    out.setdefault(acronym, " ".join(words[k:]))
                    break
    return out


def first_naming(full: str, texts: Iterable[str]) -> tuple[str, str]:
    """The words just before and after the first naming of ``full``."""
    for text in texts:
        at = text.find(full)
        if at >= 0:
            return text[max(0, at - 60) : at], text[at + len(full) : at + len(full) + 160]
    return "", ""


def headed_by(name: str, heads: Sequence[str]) -> bool:
    """Whether a body's name has one of ``heads`` for its head word: last, or before what it
    is of ("Department of Agriculture", "Iowa Department of Revenue")."""
    words = name.split()
    of = [k for k in range(len(words) - 2) if words[k + 1] in ("of", "for")]
    return len(words) > 1 and (words[-1] in heads or any(words[k] in heads for k in of))
