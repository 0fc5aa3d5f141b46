"""Attribution: the people and organisations an article names, and who each clause is about."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Final

from timeline.draft.insiders import placed_inside
from timeline.draft.mentions import (
    FULL_NAME,
    JOB_QUALIFIER,
    SPEAKER_LAST,
    Mention,
    holder_set_off,
    kept,
    named_alone,
    qualifies_next,
    ungoverned,
)
from timeline.draft.messages import SPOKESPERSON, sent_by
from timeline.draft.names import (
    JOB_LEAD,
    POSSESSIVE_END,
    bare_companies,
    bare_name,
    defined_acronyms,
    first_naming,
    headed_by,
    introduction,
    only_qualifies,
    only_where,
    repeated_names,
    title_case,
)
from timeline.draft.naming import (
    ACRONYM,
    ACRONYM_STOP,
    BODY_HEADS,
    BODY_PRONOUN,
    DESCRIBED_PERSON,
    DETERMINER,
    GENERIC,
    HONORIFIC,
    LOWER,
    NAMED_AFTER_FIELD,
    NAMED_AFTER_JOB,
    NAMED_BY_APPOSITIVE,
    NAMED_BY_CLAUSE,
    OPENING_GROUP,
    ORG,
    OUTSIDER_TITLE,
    OUTSIDERS_NAMED,
    PERSON,
    PREPOSITION,
    ROLE,
    SEEN_BY,
    SHORT_BODY,
    THE_DEPARTMENT,
    THE_PRESIDENT,
    TITLE_REFERENCES,
    TITLE_WORD,
    UNNAMED_SOMEONE,
    UPPER,
    bodies_named,
    named_expert,
)
from timeline.draft.quotes import quote_spans
from timeline.draft.words import LEAD_PHRASE, LEADING, MASTHEAD, TOLD_VERBS

__all__ = ["Actors", "surname"]

_JOB_THEN_NAME: Final = re.compile(
    rf"(?:\s+[a-z][\w-]*){{0,2}}{JOB_QUALIFIER}(?:,\s+|\s+$)(?:[A-Z][\w.’'-]*\s+){{0,2}}"
)
_AT_BODY: Final = re.compile(r"\s+(?:at|of|for|in)\s+(?:the\s+)?")  # the job's body next
# A name that qualifies a noun names no actor: "Exxon-funded", "the Trump administration".
_NOT_MODIFIER: Final = (
    r"(?![-‑]\w|\s+(?:administration|campaign|era|family|government|team|camp|officials?)\b)"
)
# A newsroom named as the one that reported: "The New York Times raised questions".
_OUTLET: Final = re.compile(rf"\b(?:[Tt]he\s+)?{MASTHEAD}")
# The kinds a story uses for its main body ("the company"); "the hospital" names one or none.
_LOOSE_KINDS: Final = frozenset({"company", "department", "agency", "clinic"})
# A given name: capitalised, not a title, an honorific or a word that opens a sentence.
_GIVEN: Final = re.compile(
    r"(?!(?:Professor|Prof|Dr|Mr|Ms|Mrs|Miss|Sir|Dame|Lord|Lady|Rev|Father|Sister|Brother|But"
    r"|And|Yet|So|Then|When|After|While|Former|Late|Young|Old|Both|Said|Says|Told)\b)"
    r"(?!" + TITLE_WORD.pattern + rf"\b)[{UPPER}][{LOWER}]{{2,}}"
)
_FIRST_NAME: Final = re.compile(rf"\b([{UPPER}][{LOWER}]+)\s+$")
# A verb in the past tense ("interviewed by", "gave"), then at most "the", before a newsroom's name.
_OBJECT_OF: Final = re.compile(
    r"\b(?:[a-z]{3,}ed(?:\s+to)?|(?:given|shown)\s+to|interviewed\s+by|gave|sent|showed|lent)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_TOLD: Final = re.compile(
    rf"\b(?:{TOLD_VERBS}|to\s+(?:tell|warn|inform|assure))\s"
)  # ("wrong to tell workers")
# A member who holds the body's own executive post speaks for it, whatever the title before
# the name: "Cllr Dafydd Bowen, the cabinet member for social care,"
_EXECUTIVE_POST: Final = re.compile(
    r",\s+(?:the\s+)?(?:[\w’'-]+\s+)?(?:cabinet\s+(?:member|secretary)|portfolio\s+holder"
    r"|executive\s+member|(?:council\s+)?leader\s+of\s+the\s+council|council\s+leader)\b"
)
_SEEN: Final = re.compile(rf"\b{SEEN_BY}\s+(?:the\s+)?$", re.IGNORECASE)


# (or the question it answers: "in answer to a question from")
_PARTICIPLE_SET_OFF: Final = re.compile(
    r"(?:[a-z]{3,}ing|in\s+(?:answer|reply|response)\s+to)\s+[^,;“”\"]{1,100},\s+"
)


def _subject_start(text: str) -> tuple[int, re.Match[str] | None]:
    """Where a clause's subject may start, after the phrase or leading clause set before
    it, and that leading clause ("When two jets crashed in October, Boeing insisted")."""
    lead = LEAD_PHRASE.match(text)
    offset = lead.end() if lead is not None else 0
    leading = LEADING.match(text) if lead is None or not lead.group() else None
    if leading is not None:
        comma = text.find(", ", leading.end())
        offset = comma + 2 if comma > 0 else leading.end()
    # (and a participle set off after it: "On June 18, replying to a petition by X, the manager")
    scene = _PARTICIPLE_SET_OFF.match(text, offset) if lead is not None and lead.group() else None
    return (scene.end() if scene is not None else offset), leading


def surname(actor: str) -> str:
    """The last word of an actor's name ("Ryan Flood" -> "Flood"), or "" for none."""
    words = actor.split()
    return words[-1].strip(".,") if words else ""


# A name the story does not know as the subject: "Southern Reach issued a statement"
_NAMED_SUBJECT: Final = re.compile(
    r"\W*(?:[A-Z][\w’'-]+\s+){1,4}(?:[a-z]+ed|said|says|told|wrote|made|gave|sent|has|had)\b"
)
_HE_OR_SHE: Final = re.compile(r"(?:he|she)\s")
_CITY_POLICE: Final = re.compile(r"(?<![’'\w])([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+police\b")
_ASKED: Final = re.compile(r"\b(?:asked|questioned|pressed)\s+")
_KIND_SPOKES: Final = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<kind>{'|'.join(BODY_HEADS)})(?:[’']s)?\s+$", re.IGNORECASE
)
# (or for its owner, named after: "a spokeswoman for Glen Arrach's owner, Corrach Group,")
_FOR_BODY: Final = re.compile(
    r"\s+(?:for|from|of|at|with)\s+(?:the\s+)?(?:(?:\S+\s+){1,3}?owner,\s+)?"
)


class Actors:
    """People and organisations an article names, for naming the actor of each event."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.people: dict[str, str] = {}  # surname -> first full mention
        self.introduced: dict[str, str] = {}  # surname -> the words naming them first
        self.president: str | None = None
        texts_list = list(texts)
        for text in texts_list:
            for m in PERSON.finditer(text):
                full = JOB_LEAD.sub("", " ".join(m.group().split()))
                surname = full.split()[-1]
                self.people.setdefault(surname, full)
                self.introduced.setdefault(surname, introduction(text, m.start(), m.end()))
                if full.startswith("President") and self.president is None:
                    self.president = full
        self.namesakes: set[str] = set()
        """People named so far who share a known person's surname ("Carmen Reyes")."""
        self.outsiders: set[str] = set()
        """Surnames the article introduces by a tie outside the party (see ``OUTSIDER_NOUN``)."""
        executives: set[str] = set()  # (see _EXECUTIVE_POST)
        for text in texts_list:
            for m in OUTSIDER_TITLE.finditer(text):
                if _EXECUTIVE_POST.match(text, m.end()):
                    executives.add(m.group("surname"))
                self.outsiders.add(m.group("surname"))
            named = (DESCRIBED_PERSON, NAMED_BY_APPOSITIVE, NAMED_AFTER_JOB, NAMED_AFTER_FIELD)
            for m in (m for rx in named for m in rx.finditer(text)):
                if ORG.fullmatch(m.group(1)):
                    continue
                self.people.setdefault(m.group("surname"), m.group(1))
                self.introduced.setdefault(
                    m.group("surname"), introduction(text, m.start(), m.end())
                )
            for m in (m for rx in OUTSIDERS_NAMED for m in rx.finditer(text)):
                # Appositive convention: "Ray Duncan, a neighbor of the pier," introduces one
                surname, full = m.group("surname"), m.group(1)
                if ORG.fullmatch(full) or (m.re is NAMED_BY_CLAUSE and " " not in full):
                    continue
                # "Reyes' mother, Carmen Reyes": a namesake is known by the full name
                another = surname in self.people and self._another(full.split()[0], surname)
                key = full if another else surname
                if key != surname:
                    self.introduced[key] = " ".join(m.group(0).split())
                # "whose home burned", "who lives two blocks away": a tie from outside
                if m.re is not NAMED_BY_CLAUSE or m.group("how") != "who":
                    self.outsiders.add(key)
                # "Mr Place" read first as a job's name gives way to "Jerome Place, who runs"
                bare = HONORIFIC.fullmatch(self.introduced.get(surname, "")) is not None
                if " " in full and (surname not in self.people or bare):
                    self.people[surname] = full
                    self.introduced[surname] = " ".join(m.group(0).split())
        self.outsiders -= executives
        self.names = repeated_names(texts_list)
        """Names repeated without a title ("Santos", "Exxon"), by the repeated word."""
        for word, repeated in self.names.items():
            honorific = HONORIFIC.fullmatch(self.people.get(word, ""))
            if repeated.person and (word not in self.people or honorific is not None):
                # (first named in full, again as "Mr. Jayasundara": the full name)
                self.people[word] = repeated.full
                self.introduced.setdefault(word, repeated.full)
        names = sorted(self.people, key=len, reverse=True)
        self._surname = (
            re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})\b(?:[’']s)?{_NOT_MODIFIER}")
            if names
            else None
        )
        bodies = sorted(
            (w for w, n in self.names.items() if not n.person and w not in self.people),
            key=len,
            reverse=True,
        )
        self._bodies = (
            re.compile(rf"\b({'|'.join(map(re.escape, bodies))})\b(?:[’']s)?{_NOT_MODIFIER}")
            if bodies
            else None
        )
        self.orgs: list[str] = []
        self._index(texts_list)
        self.inside, self.experts = _placed(self.people, texts_list)
        """Surnames placed inside a body on first naming, and those of independent experts."""

    def placed(self, actor: str) -> bool:
        """Whether the person named ``actor`` was placed inside a body on first naming."""
        return surname(actor) in self.inside and self.people.get(surname(actor)) == actor

    def expert(self, actor: str) -> bool:
        """Whether the person named ``actor`` was introduced as an independent expert."""
        return surname(actor) in self.experts and self.people.get(surname(actor)) == actor

    def _index(self, texts: list[str]) -> None:
        """Index what refers back: bodies, newsrooms, titles, and names that name no actor."""
        self.all_orgs = [
            bare_name(m.group()) for t in texts if not title_case(t) for m in bodies_named(t)
        ]
        """Every body the article names with a head word, in order (a headline in title
        case, "A Virginia Hospital Told Lawmakers", capitalises words that name no body)."""
        written = {bare_name(m.group()) for t in texts for m in _OUTLET.finditer(t)}
        self.outlets = sorted(o for o in written if not any(w.endswith(f" {o}") for w in written))
        """The newsrooms the article names, each in full ("New York Daily News")."""
        police = [m.group(1) for t in texts for m in _CITY_POLICE.finditer(t)]
        self.police = f"{police[0]} police" if police else ""
        """A city's police named by the city ("Memphis police"), which copy then calls
        "the department"."""
        self.titled = {
            title: holders[0]
            for title, words in TITLE_REFERENCES.items()
            if len(holders := sorted({p for p in self.people.values() if p.startswith(words)})) == 1
        }
        """The one person the article names with each title ("mayor" -> "Mayor Ana Ruiz")."""
        known = [*map(re.escape, self.titled), *(["newspaper"] if len(self.outlets) == 1 else [])]
        self._titled = re.compile(rf"\b[Tt]he\s+(?:{'|'.join(known)})\b") if known else None
        """"The mayor", "the newspaper": a title or kind that names one person or newsroom."""
        candidates = {w for w, n in self.names.items() if not n.person} | {
            m.group().rstrip("’'s") for t in texts for m in ACRONYM.finditer(t)
        }
        self.qualifiers = {w for w in candidates if only_qualifies(w, texts)}
        """Names and acronyms the article only uses to qualify a noun: no actors."""
        self._not_acronyms = ACRONYM_STOP | self.qualifiers
        self.defined = defined_acronyms(texts)
        """Initials defined in brackets after a body's full name, to that name."""
        self._defined = (
            re.compile("|".join(rf"\b{re.escape(full)}\b" for full in self.defined.values()))
            if self.defined
            else None
        )
        self.companies = bare_companies(self.all_orgs, texts)
        """A company's first word, used alone, to the company's full name."""
        # "the Harwell contract": after an article the name qualifies a noun
        self._companies = (
            re.compile(rf"(?<!\b[Tt]he\s)(?<!\b[Aa]\s)\b(?:{'|'.join(self.companies)})\b")
            if self.companies
            else None
        )
        self._capitals = Counter(w for t in texts for w in re.findall(r"\b[A-Z][\w-]*", t))
        uses = {w: self._capitals[w] for w in self.companies}
        self.story_company = self.companies[max(uses, key=lambda w: uses[w])] if uses else ""
        """The company named bare most often: the story's company ("the company")."""

    def mentions(self, text: str) -> list[Mention]:
        """Every mention in ``text``, earliest first and, at one place, longest first."""
        found: list[Mention] = []
        for kind, matches in (
            ("person", PERSON.finditer(text)),
            ("org", bodies_named(text)),
            ("role", ROLE.finditer(text)),
            ("department", THE_DEPARTMENT.finditer(text)),
            ("president", THE_PRESIDENT.finditer(text)),
            ("acronym", ACRONYM.finditer(text)),
            ("outlet", _OUTLET.finditer(text)),
        ):
            for m in matches:
                if kind == "acronym" and m.group().rstrip("’'s") in self._not_acronyms:
                    continue
                found.append(Mention(m.start(), m.end(), m.group(), kind))
        if self._surname is not None:
            for m in self._surname.finditer(text):
                first = _FIRST_NAME.search(text, 0, m.start())
                if first is not None and self._another(first.group(1), m.group()):
                    # "his mother, Rosa Ortega": a relative who shares the surname
                    found.append(
                        Mention(first.start(1), m.end(), text[first.start(1) : m.end()], "person")
                    )
                    continue
                found.append(Mention(m.start(), m.end(), m.group(), "surname"))
        if self._defined is not None:
            found.extend(
                Mention(m.start(), m.end(), m.group(), "org") for m in self._defined.finditer(text)
            )
        if self._titled is not None:
            found.extend(
                Mention(m.start(), m.end(), m.group(), "titled")
                for m in self._titled.finditer(text)
            )
        for m in SHORT_BODY.finditer(text):
            if self._shortened(m.group()) is not None:
                found.append(Mention(m.start(), m.end(), m.group(), "short"))
        if self._companies is not None:
            found.extend(
                Mention(m.start(), m.end(), m.group(), "company")
                for m in self._companies.finditer(text)
            )
        if self._bodies is not None:
            for m in self._bodies.finditer(text):
                if m.group(1) in self.qualifiers:
                    continue
                found.append(Mention(m.start(), m.end(), m.group(1), "name"))
        found.sort(key=lambda x: (x.start, -x.end))
        # (a name inside one that only qualifies goes with it: "Sierra Crest Ambulance's chief")
        dropped = [m for k, m in enumerate(found) if qualifies_next(text, m, found[k + 1 :])]
        found = [
            m for m in found if not any(d.start <= m.start and m.end <= d.end for d in dropped)
        ]
        return kept(text, found)

    def name(self, mention: Mention) -> str:
        """A mention written out in full: surnames, "the department", "the president"."""
        text = " ".join(mention.text.split())
        text = POSSESSIVE_END.sub("", text)
        if mention.kind == "surname":
            return self.people.get(text, text)
        if mention.kind == "person":
            if self._another(text.split()[0], text.split()[-1]):
                self.namesakes.add(text)
                return text
            return self.people.get(text.split()[-1], text)
        if mention.kind == "name":
            return self.names[text].full
        if mention.kind == "department":
            kind = THE_DEPARTMENT.match(mention.text)
            found = self._referent(kind.group("kind").lower() if kind else "department")
            return found or ""  # "the board" with no board named names no one
        if mention.kind == "president":
            return self.president or ""  # "the president" of no one the story names
        if mention.kind == "short":
            return self._shortened(mention.text) or ""
        if mention.kind == "company":
            return self.companies[mention.text]
        if mention.kind == "acronym" and text in self.defined:
            return self.defined[text]  # "HSW", defined as "Healthcare Standards Wales (HSW)"
        text = DETERMINER.sub("", text)
        if mention.kind == "role" and text.lower() == "staff":
            return ""  # a bare "staff" names no one (see actor)
        if mention.kind == "titled":
            return self.titled.get(text.lower()) or (self.outlets or [text])[0]
        if mention.kind == "outlet" and " " not in text:
            # Masthead convention: a paper is called by the last word of its name ("The Times").
            full = [o for o in self.outlets if o.endswith(f" {text}") or o.endswith(f"-{text}")]
            if full:
                return max(full, key=len)
            return f"The {text}" if DETERMINER.match(mention.text) else text
        if mention.kind == "org":
            for org in self.orgs:
                if org.endswith(text) and org != text:
                    return org
        # "A spokeswoman confirmed ... and said": a job alone names no one
        return "" if SPOKESPERSON.fullmatch(text) else text[:1].upper() + text[1:]

    def _another(self, first: str, surname: str) -> bool:
        """Whether ``first`` before a known surname names another person of that name.

        Family convention: "Luis Ortega" and then "his mother, Rosa Ortega": a first name
        that is not the known person's (nor a title) names someone else.
        """
        full = self.people.get(POSSESSIVE_END.sub("", surname))
        words = full.split() if full else []
        if len(words) < 2 or not _GIVEN.fullmatch(words[-2]) or not _GIVEN.fullmatch(first):
            return False  # "Mr. Cruz" gives no first name to differ from
        return first != words[-2]

    def _shortened(self, text: str) -> str | None:
        """The body a second reference in lower case names ("the sheriff's office").

        Its words must all be words of the body's full name: the last such body named
        so far, or else the first the story names.
        """
        words = {bare_name(w).lower() for w in text.split()[1:]}
        for org in [*reversed(self.orgs), *self.all_orgs]:
            if words <= {bare_name(w).lower() for w in org.split()}:
                return org
        return None

    def _referent(self, kind: str) -> str | None:
        """The body "the <kind>" ("the department", "the company") refers back to."""
        heads = BODY_HEADS[kind]
        bodies = sorted(
            (n for w, n in self.names.items() if not n.person and w not in self.qualifiers),
            key=lambda n: -n.uses,
        )
        if kind == "company" and self._companies is not None:
            # "Harwell Biologics Inc. ... Harwell denied ... the company": a company named
            # again by its first word is the story's company, whatever else is named often
            return self.story_company
        headed = [o for o in self.all_orgs if o.split()[-1] in heads]
        if (
            kind == "company"
            and bodies
            and bodies[0].uses >= 3
            and not (headed and self._capitals[headed[0].split()[0]] >= bodies[0].uses)
        ):
            # "Boeing ... the company": a company named without a head word, again and again,
            # is the story's company (more than one with a head word: not "Manitoba")
            return bodies[0].full
        for org in [*reversed(self.orgs), *self.all_orgs]:
            # the last body of that kind named so far, or else the first the story names
            if headed_by(org, heads):
                return org
        if kind in ("department", "agency") and self.police:
            return self.police  # "Memphis police ... the department"
        if kind not in _LOOSE_KINDS:
            return None  # "the hospital trust" in a story that names no hospital
        # Loosely, with no body of that kind named: the body last named in full, or the one
        # named most (a company bare, "Volkswagen"); not one of another kind by its name.
        other = {h for k, hs in BODY_HEADS.items() if k not in (kind, "utility") for h in hs}
        order = [
            o
            for o in [*(b.full for b in bodies[:1]), *self.orgs[-1:]]
            if o.split()[-1] not in other - set(heads)
        ]
        if kind != "company":
            order.reverse()
        return order[0] if order else None

    def note(self, text: str) -> None:
        """Remember the organisations named in ``text``, for "the department" later on."""
        for m in () if title_case(text) else bodies_named(text):
            org = bare_name(m.group())
            if not any(known.endswith(org) for known in self.orgs):
                self.orgs.append(org)

    def _spoken_for(self, text: str, role: Mention, after: list[Mention]) -> str:
        """The body a spokesperson speaks for: named after ("a spokeswoman for the agency")
        or by its kind before ("A company spokesman"), the one the story names."""
        if role.kind != "role" or not SPOKESPERSON.search(role.text):
            return ""
        if after and _FOR_BODY.fullmatch(text[role.end : after[0].start]):
            return self.name(after[0])
        kind = _KIND_SPOKES.search(text, 0, role.start)
        return (self._referent(kind.group("kind").lower()) or "") if kind else ""

    def next_speaker(self, text: str, *, drafted: bool) -> str | None:
        """The person a "he" or "she" in the next sentence refers to, as ``text`` sets it up.

        Pronoun convention: after a question ("Stefani asked Beatty whether ..."), "she
        replied" is the person asked; after a sentence that drafted no event ("the mayor
        later went on the offensive"), "he testified" is the person it is about. None
        leaves the speaker as the events drafted so far set it.
        """
        asked = _ASKED.search(text)
        if asked is not None:
            after = [m for m in self.mentions(text[asked.end() :]) if m.start == 0]
            if after and after[0].kind in ("person", "surname", "titled"):
                return self.name(after[0])
        name, _ = self.actor(text, speaker_after_quote=False)
        if name in self.people.values() or name in self.titled.values():
            return name
        offset = _subject_start(text)[0]  # (not after "He said the mayor knew")
        if _HE_OR_SHE.match(text, offset) or BODY_PRONOUN.match(text, offset):
            return None
        return named_alone(text, self.mentions(text), self.name)

    def _speaker_last(self, text: str, mentions: list[Mention]) -> str:
        """The person an attribution set last names (see ``SPEAKER_LAST``), if any: one
        known, or a full name given there for the first time."""
        last = SPEAKER_LAST.search(text)
        if last is None:
            return ""
        said = [m for m in mentions if last.start("who") <= m.start < last.end("who")]
        if said:
            return self.name(said[0]) if said[0].kind in ("person", "surname", "titled") else ""
        return last.group("who") if FULL_NAME.fullmatch(last.group("who")) else ""

    def actor(self, text: str, *, speaker_after_quote: bool) -> tuple[str, bool]:
        """The actor of a clause and whether it is a generic word ("officials", "they").

        The subject is taken to be the first mention that does not follow a preposition
        (a "by" agent counts); a quote-first sentence takes the speaker after the quote.
        """
        offset, leading = _subject_start(text)
        quotes = quote_spans(text)
        # what a quotation names ('wrote that it "funds ... not prosecutors"') is no speaker
        mentions = [m for m in self.mentions(text) if not any(a <= m.start < b for a, b in quotes)]
        if speaker := self._speaker_last(text, mentions):
            return speaker, False  # "..., Deborah Kessler told directors on Sept. 26."
        named = [m for m in mentions if m.start < offset and m.kind in ("person", "surname")]
        if leading is not None and named and _HE_OR_SHE.match(text, offset):
            # "When Maria Lopez dialed 911 ..., she waited": the one the leading clause named
            return self.name(named[0]), False
        # (so is a person's: "he called the report ... and said officers are trained")
        he = _HE_OR_SHE.match(text, offset) and all(m.start > offset for m in mentions)
        if BODY_PRONOUN.match(text, offset) or he:
            # "It said it was co-operating with Dutch police": the body named before spoke
            return "", True
        group = OPENING_GROUP.match(text, offset)
        if group is not None and not [m for m in mentions if offset <= m.start < group.end()]:
            return group.group("group").capitalize(), False
        if speaker_after_quote:
            close = max(text.rfind("”"), text.rfind('"'))
            mentions = [m for m in mentions if m.start > close] or mentions
        # names in a phrase set before the subject ("In an interview with the Gazette,") are not it
        mentions = [m for m in mentions if m.start >= offset] or ([] if offset else mentions)
        # (how the newsroom came by a record names no actor: see SEEN_BY)
        mentions = [m for m in mentions if not _SEEN.search(text, max(0, m.start - 30), m.start)]
        if not mentions:
            return "", True
        free = sent_by(text, offset, mentions) or ungoverned(text, offset, mentions)
        if not free and (UNNAMED_SOMEONE.match(text, offset) or _NAMED_SUBJECT.match(text, offset)):
            # "A surveyor appointed by one of Varden's insurers opened": someone unnamed did it
            return "", True
        chosen = free[0] if free else mentions[0]
        if chosen is mentions[0] and only_where(text, offset, chosen.start):
            return "", True
        if (
            chosen.kind == "short"
            and PREPOSITION.search(text[max(offset, chosen.start - 20) : chosen.start])
            and len(text[offset : chosen.start].split()) > 3
        ):
            # "Peloton pushed back against the safety commission": what the subject acted on
            return "", True
        # what a quotation says ('"... told us his heart gave out," said ...') tells no one
        quoted = max(text.rfind("”", 0, chosen.start), text.rfind('"', 0, chosen.start))
        told = _TOLD.search(text, max(offset, quoted + 1), chosen.start)
        if told and text[offset : told.start()].strip():
            # "A fire engineer told the housing director, Sarah Platt, that": not the teller
            return "", True
        if chosen.kind == "outlet" and _OBJECT_OF.search(text[offset : chosen.start]):
            # "The person played The Associated Press a voice mail": no subject
            return "", True
        name = self.name(chosen)
        idx = mentions.index(chosen)
        spoken_for = self._spoken_for(text, chosen, mentions[idx + 1 : idx + 2])
        if spoken_for:
            return spoken_for, False
        if idx + 1 < len(mentions):
            nxt = mentions[idx + 1]
            between = text[chosen.end : nxt.start]
            if holder_set_off(text, chosen, nxt, name):
                return self.name(nxt), False
            held = mentions[idx + 2] if idx + 2 < len(mentions) else None
            if (
                held
                and nxt.kind not in ("person", "surname")
                and holder_set_off(text, chosen, held, name)
            ):
                return self.name(held), False  # (the office's body named inside: see above)
            if held and _AT_BODY.fullmatch(between) and nxt.kind not in ("person", "surname"):
                nxt, between = held, text[nxt.end : held.start]
            named_after = nxt.kind in ("person", "surname") and _JOB_THEN_NAME.fullmatch(between)
            said = re.match(r"[,.]|$|\s+(?:said|says|told)\b", text[nxt.end :])
            if chosen.kind == "role" and named_after and said:
                return self.name(nxt), False
            nxt, between = mentions[idx + 1], text[chosen.end : mentions[idx + 1].start]
            if re.fullmatch(r"\s+and(?:\s+other)?\s+", between):
                name = f"{name}{between.rstrip()} {DETERMINER.sub('', nxt.text)}".replace("  ", " ")
        generic = chosen.kind == "role" and DETERMINER.sub("", chosen.text).lower() in GENERIC
        if (generic and SPOKESPERSON.fullmatch(name.lower())) or name.lower() == "staff":
            return "", True  # a bare job ("Staff", "Spokeswoman") names no one
        return name, generic


def _placed(people: dict[str, str], texts: list[str]) -> tuple[set[str], set[str]]:
    """The surnames of ``people`` placed inside a body on first naming, and of experts."""
    around = {s: first_naming(full, texts) for s, full in people.items()}
    inside = {s for s, (before, after) in around.items() if placed_inside(before, after)}
    return inside, {s for s, (before, after) in around.items() if named_expert(before, after)}
