"""Tests for timeline.draft.names: names an article repeats without a title."""

from __future__ import annotations

from draft_support import drafted, holding
from timeline.draft.names import (
    Name,
    bare_name,
    defined_acronyms,
    only_qualifies,
    repeated_names,
)
from timeline.draft.naming import THE_DEPARTMENT


def test_a_person_named_in_full_then_by_surname() -> None:
    names = repeated_names(
        [
            "Council candidate Miriam Okoro admitted Tuesday that she never ran a bakery.",
            "Okoro said the claim on her website was a mistake.",
        ]
    )
    assert names["Okoro"] == Name("Miriam Okoro", person=True)


def test_a_company_named_in_full_then_by_its_first_word() -> None:
    names = repeated_names(
        [
            "Internal memos show Halvorsen Marine knew the hulls were cracking.",
            "Halvorsen said in a statement that the boats were safe.",
        ]
    )
    assert names["Halvorsen"] == Name("Halvorsen Marine", person=False)


def test_a_name_with_a_particle_keeps_it() -> None:
    names = repeated_names(
        ["The memo went to de Vries on Monday.", "Aides said de Vries never read it."]
    )
    assert names["Vries"].full == "de Vries"
    assert names["Vries"].person


def test_a_word_also_written_in_lower_case_is_no_name() -> None:
    names = repeated_names(
        ["Water from the plant was tested.", "Officials said the water was safe. Water is fine."]
    )
    assert "Water" not in names


def test_sentence_openers_months_titles_and_nationalities_are_no_names() -> None:
    names = repeated_names(
        [
            "But the agency said in March that American inspectors had left.",
            "But Mayor Hill said March was too late for American crews to return.",
        ]
    )
    assert not {"But", "March", "American", "Mayor"} & set(names)


def test_a_name_used_once_is_left_to_other_patterns() -> None:
    assert repeated_names(["Records show Halvorsen Marine knew."]) == {}


def test_the_dateline_city_is_no_name() -> None:
    names = repeated_names(
        ["TRENTON — Trenton's water failed tests, records show.", "Trenton denied it."]
    )
    assert "Trenton" not in names


def test_a_title_case_headline_is_not_read_for_names() -> None:
    names = repeated_names(
        [
            "Hidden Costs Mount For City Pools",
            "The pools cost more, records show. Mount is a ridge.",
        ]
    )
    assert "Hidden" not in names and "Costs" not in names


def test_a_quotation_set_in_capitals_names_no_body() -> None:
    # Naming convention: capitals in "marked 'NO CAP'" are a code, not a body's initials.
    assert only_qualifies("CAP", ['Dispatchers marked 412 requests "NO CAP" in March.'])
    assert not only_qualifies("FTA", ["The FTA said it had received a complaint."])
    result = drafted('Dispatchers marked 412 trip requests "NO CAP" in March.')
    assert holding(result, "NO CAP").actor == ""


def test_initials_defined_in_brackets_name_the_body_in_full() -> None:
    assert defined_acronyms(
        [
            "Healthcare Standards Wales (HSW) found that one GP covered the county.",
            "In March the Office of Rail Standards (ORS) opened an inquiry.",
            # initials that spell no run of the name define nothing
            "The Kestrel Water Board (KRB) said it would appeal.",
        ]
    ) == {"HSW": "Healthcare Standards Wales", "ORS": "Office of Rail Standards"}


def test_initials_may_keep_a_minor_words_letter() -> None:
    assert defined_acronyms(["The Commission on Audit (COA) released its report."]) == {
        "COA": "Commission on Audit"
    }


def test_a_laws_initials_name_no_actor() -> None:
    # "the Right to Information (RTI) Act": the initials name the law, not a body that acts
    result = drafted(
        "Documents obtained under the Right to Information (RTI) Act show that only 23 "
        "basements were sealed in August."
    )
    assert all(e.actor != "RTI" for e in result.events)


def test_a_word_before_a_small_number_names_a_numbered_place() -> None:
    # "Block 7", "Zone 12": a capitalised word with its number names a place or a unit,
    # never a person, though the story repeats it.
    names = repeated_names(
        [
            "Families in Kelani's Block 7 have had no water since March.",
            "The pump for Lowlands Block 7 was moved, and Block 7 residents were not told.",
        ]
    )
    assert "Block" not in names


def test_a_given_name_shaped_like_a_nationality_still_names_a_person() -> None:
    # "Alan", "Eric", "Anneliese" end like "Kenyan", "Arabic", "Chinese"; a word of
    # nationality is set before a noun in lower case, a given name before a surname.
    names = repeated_names(
        [
            "Kenyan officials met Alan Strand and Eric Mwangi on Monday.",
            "Strand said the pumps worked. Mwangi said they did not.",
            "The Kenyan team said nothing. Kenyan said nothing more.",
        ]
    )
    assert names["Strand"].person and names["Strand"].full == "Alan Strand"
    assert names["Mwangi"].person and names["Mwangi"].full == "Eric Mwangi"
    assert "Kenyan" not in names


def test_a_law_named_by_its_state_names_no_actor() -> None:
    # A law is no actor: "the Ohio Public Records Act" names neither Ohio nor a body.
    result = drafted(
        "The emails, 300 pages released under the Ohio Public Records Act after the newspaper "
        "asked for them in May, show sergeants ranked officers by tickets each week.",
        "Ohio law bars the city from setting ticket quotas.",
    )
    assert all("Act" not in e.actor for e in result.events)


def test_a_name_with_a_glottal_stop_is_one_name() -> None:
    # Hausa and Arabic names may hold an apostrophe before a small letter: "Dan’azumi".
    result = drafted(
        "Two men are on trial over the death of Alhaji Bello Dan\u2019iya, who was attacked "
        "in his shop in Gaya on the night of June 3, 2022."
    )
    assert holding(result, "was attacked").actor == "Alhaji Bello Dan\u2019iya"


def test_a_public_service_named_by_what_it_runs_is_one_body() -> None:
    # ("BC Parks", "BC Hydro": the initials and the service are one name)
    result = drafted(
        "NB Parks announced last year that it would add a new campground loop.",
        "NB Hydro said on Monday that the outage had ended.",
    )
    assert holding(result, "campground loop").actor == "NB Parks"
    assert holding(result, "outage had ended").actor == "NB Hydro"


def test_a_company_named_by_its_networks_is_no_person() -> None:
    # ("the main contractor, Kestrel Networks,": a company's name, not a person's surname)
    result = drafted(
        "But internal progress reports show that the main contractor, Kestrel Networks, "
        "removed 900 homes from its build plan in March last year.",
        "Kestrel Networks said in a statement on Monday that poor weather had slowed the work.",
    )
    assert holding(result, "removed 900 homes").title.startswith("Kestrel Networks removed")


def test_a_place_set_between_a_count_and_its_places_names_no_one() -> None:
    result = drafted(
        "Thousands of homes on three Kintyre islands were quietly dropped from the scheme.",
        "Around one in five homes in Kintyre and Gigha cannot get a decent connection.",
    )
    assert holding(result, "quietly dropped").actor != "Kintyre"


def test_the_department_is_the_one_named_with_its_place_before_it() -> None:
    # ("the Iowa Department of Revenue ... the department": headed by "Department" before "of")
    result = drafted(
        "Refunds sat in a review queue at the Ohio Department of Taxation, the agency said.",
        "Department spokesman Tom Reyes said the queue was being cleared.",
        "The department began using the screening software in 2016.",
    )
    assert holding(result, "began using").actor == "Ohio Department of Taxation"


def test_veterans_affairs_is_a_body_and_a_permits_code_names_no_one() -> None:
    result = drafted(
        "Veterans' Affairs told MPs its claims backlog had all but gone.",
        "The permit for the block, known as KX-210, was amended on Jan. 19.",
    )
    assert holding(result, "claims backlog").actor == "Veterans' Affairs"
    assert holding(result, "was amended").actor != "KX"


def test_an_animal_named_for_its_finder_names_no_one() -> None:
    # Eponym convention: "Hector's dolphins", "Parkinson's disease" name a kind, not a
    # person in the story.
    result = drafted(
        "Hector\u2019s dolphins are found only in these waters. In May a dead Hector\u2019s "
        "dolphin washed up near the harbour, and fishers said Hector\u2019s dolphins were seen."
    )
    assert all("Hector" not in e.actor for e in result.events)


def test_a_disease_named_with_its_number_is_no_body() -> None:
    names = repeated_names(
        ["Coaches were moved to Covid-19 duties.", "Some were put on Covid duty, he said."]
    )
    assert "Covid" not in names


def test_the_body_named_by_its_kind_keeps_its_possessive_but_not_a_longer_ending() -> None:
    assert THE_DEPARTMENT.search("the council’s report")
    assert not THE_DEPARTMENT.search("the council’ll meet")
    assert not THE_DEPARTMENT.search("a council-run home")


def test_a_sentences_opening_word_is_no_part_of_a_bodys_name() -> None:
    # "Under Federal Transit Administration guidance, ...": "Under" opens the sentence
    assert bare_name("Under Federal Transit Administration") == "Federal Transit Administration"
    assert bare_name("When the Regional Transit Board") == "Regional Transit Board"
