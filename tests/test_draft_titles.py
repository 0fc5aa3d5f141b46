"""Tests for timeline.draft.titles: the headline each drafted event gets."""

from __future__ import annotations

import pytest

from draft_support import drafted, holding
from timeline.draft.titles import TITLE_MAX, event_title


def test_an_ellipsis_in_a_quote_ends_the_title_before_it() -> None:
    # Quotation convention: "…" marks words the copy left out; a headline never shows it.
    title = event_title(
        "“We kept every record in that report. … We stand by it,” Reyes said.", "main"
    )
    assert "…" not in title and "..." not in title
    assert title.endswith("We kept every record in that report")


def test_a_quote_that_concedes_is_titled_by_its_concession_without_the_ellipsis() -> None:
    title = event_title(
        "“We made a serious mistake in that report. … We own it,” Reyes said.", "main"
    )
    assert "…" not in title and "..." not in title
    assert title == "Reyes said: We made a serious mistake"


def test_a_short_phrase_before_an_ellipsis_keeps_the_words_after_it() -> None:
    title = event_title("“I regret it ... and we will fix the count,” Reyes said.", "main")
    assert "..." not in title and "fix the count" in title


def test_an_admission_that_opens_a_quote_keeps_what_it_admits() -> None:
    # "It is now clear that ...": the admission is the clause it opens, not its first words.
    title = event_title(
        "“It is now clear that the pumps did fail before the flood,” a district statement said.",
        "main",
    )
    assert "pumps did fail" in title and len(title) <= TITLE_MAX
    assert not title.rstrip().endswith("that")


def test_a_title_leaves_out_what_sets_off_the_subject() -> None:
    # Headline convention: who said what; an aside set off by commas after the subject
    # ("asked about the transfer at ...", "which has faced lawsuits ...") stays in the copy.
    assert (
        event_title(
            "The mayor, asked about the transfer at a news conference Thursday, said he did "
            "not recall approving it.",
            "main",
        )
        == "The mayor said he did not recall approving it"
    )
    assert event_title(
        "The company, which has faced lawsuits in three states over the devices, said the "
        "pumps were safe.",
        "main",
    ).startswith("The company said the pumps were safe")


def test_a_title_starts_with_the_subject_after_an_opening_participle() -> None:
    title = event_title(
        "Speaking at a town hall meeting in Springfield on Tuesday night, the governor said "
        "the state had done nothing wrong.",
        "main",
    )
    assert title == "The governor said the state had done nothing wrong"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ten days later, the district's facilities director, Omar Haddad, told the board "
        "that every classroom had been tested.",
        "After the inspection, Omar Haddad, the district's facilities director, told the "
        "board that every classroom had been tested.",
    ],
)
def test_a_subject_with_its_appositive_after_an_opening_phrase_leads_the_title(
    sentence: str,
) -> None:
    # Headline convention: a headline starts with who acted, named without the appositive
    # that introduces them in copy, after the time or occasion the sentence opens with.
    assert event_title(sentence, "main") == (
        "Omar Haddad told the board that every classroom had been tested"
    )


def test_a_relative_clause_aside_that_names_a_place_is_left_out_of_the_title() -> None:
    # Headline convention: what copy tells of a body in an aside ("which is based in Leeds
    # but runs a depot in Dayton, Ohio,") is not the news; the headline keeps who acted.
    title = event_title(
        "Marlow Foods, which is based in Leeds but runs a depot in Dayton, Ohio, has said "
        "it knows of no illnesses.",
        "main",
    )
    assert title == "Marlow Foods has said it knows of no illnesses"


def test_a_company_named_with_its_suffix_loses_its_appositive_before_an_irregular_verb() -> None:
    title = event_title(
        "Fenwick Tools Inc., the second-largest maker of ladders, sold 900 ladders after the "
        "recall.",
        "main",
    )
    assert title == "Fenwick Tools Inc. sold 900 ladders after the recall"


def test_what_an_event_came_after_leads_the_title() -> None:
    # "The reversal came after the Post obtained the logs": the event told is what it
    # came after; the subject names one the story has told already.
    title = event_title("The reversal came weeks after the Post obtained the bus logs.", "main")
    assert title == "The Post obtained the bus logs"
    assert event_title("The vote came after midnight.", "main") == "The vote came after midnight"


def test_a_job_with_a_description_before_the_name_is_titled_by_the_name() -> None:
    title = event_title(
        "Green Valley Trust's board chair, retired nurse Ada Moss, acknowledged that the "
        "figure was wrong.",
        "main",
        "Ada Moss",
    )
    assert title == "Ada Moss acknowledged that the figure was wrong"


def test_a_title_does_not_open_on_a_time_frame() -> None:
    title = event_title(
        "between July 2019 and December 2020, the agency closed more than 4,200 claims.",
        "practice",
    )
    assert title == "The agency closed more than 4,200 claims"


def test_a_body_that_speaks_as_it_is_named_in_the_title() -> None:
    # Headline convention: a headline names who spoke; copy's "It said" is the body.
    title = event_title("It said customers could still claim.", "main", "Ashcombe Bank")
    assert title == "Ashcombe Bank said customers could still claim"
    # one word may be a place read as the actor: the pronoun stays
    assert event_title("It did not answer questions.", "main", "Collie").startswith("It ")


def test_a_person_named_after_a_role_in_lower_case_is_named_by_surname() -> None:
    title = event_title(
        "She told the board the buses ran on time.", "main", "Board member Ida Cole"
    )
    assert title == "Cole told the board the buses ran on time"


def test_a_spokesperson_named_after_body_and_job_is_titled_by_the_name() -> None:
    title = event_title(
        "Department of Transportation spokesman Lee Park said on Tuesday that the director "
        "stands by his testimony.",
        "main",
        "Lee Park",
    )
    assert title == "Lee Park said on Tuesday that the director stands by his testimony"


def test_a_long_title_leaves_out_where_and_when_it_was_said() -> None:
    # Headline convention: the place, time and audience of a statement stay in the copy
    # when the headline has no room; what was said stays.
    title = event_title(
        "Hospital executives testified before a state Senate committee on Wednesday that no "
        "patients were harmed.",
        "main",
    )
    assert title == "Hospital executives testified no patients were harmed"
    assert len(title) <= TITLE_MAX


def test_a_title_never_drops_words_that_carry_the_meaning() -> None:
    # A phrase with its own verb, negation or subject is part of what was said: "said on
    # Wednesday she was not familiar with suggestions that targets were in place" keeps it.
    for sentence in (
        "The Home Secretary said on Wednesday she was not familiar with suggestions that "
        "regional targets were in place for voluntary departures.",
        "The agency said an on-scene coordinator was at the site last Wednesday and found no "
        "evidence that material had washed off the site.",
    ):
        title = event_title(sentence, "main")
        assert "not familiar" in title or "on-scene coordinator" in title


def test_a_title_starts_after_a_time_counted_from_an_event() -> None:
    # "Two weeks after the fire, the landlord told": the time stays in the copy.
    title = event_title(
        "Two weeks after the fire, the landlord told tenants that every smoke detector worked.",
        "main",
    )
    assert title.startswith("The landlord told tenants")


def test_a_body_named_after_its_kind_is_the_headline_subject() -> None:
    title = event_title("The landlord, Gold Properties, did not return calls Wednesday.", "main")
    assert title == "Gold Properties did not return calls Wednesday"


def test_a_spokesman_for_a_body_then_the_name_is_titled_by_the_name() -> None:
    title = event_title(
        "A spokesman for the Department of Corrections, Mark Hill, said in an email that the "
        "agency follows all state laws on inmate deaths.",
        "main",
    )
    assert title.startswith("Mark Hill said")


def test_a_quote_then_said_then_the_name_leads_with_the_name() -> None:
    # '"...," said Dana Ortiz, a spokeswoman': the headline names who said it first.
    title = event_title(
        "“There is no evidence of a leak,” said Dana Ortiz, a spokeswoman for the utility.",
        "main",
    )
    assert title == "Dana Ortiz said: There is no evidence of a leak"
    long = event_title(
        '"It was very shocking to us to see the proof that lab shopping was going on," said '
        "Georgia Deputy Agriculture Commissioner Oscar Garrison.",
        "main",
    )
    # a long title keeps the name and what was said, never stopping at "said:"
    assert long.startswith("Oscar Garrison said: It was very shocking")


def test_a_lead_phrase_after_a_conjunction_is_left_out_of_the_title() -> None:
    words = (
        "And in a conversation nearly two years earlier, an employee brags that a customer "
        "never asked about the training."
    )
    assert event_title(words, "main").startswith("An employee brags")
    assert event_title(
        "But in a March 2 email, the manager wrote that the pipes were fine.", "main"
    ) == ("The manager wrote that the pipes were fine")


def test_a_relative_clause_between_subject_and_verb_is_left_out_of_the_title() -> None:
    result = drafted(
        "The Independent Office for Police Conduct, which investigated the death, told the "
        "inquest that the first statement was wrong."
    )
    title = holding(result, "told the inquest").title
    # (too long with its audience, the headline says who said what)
    assert title.startswith("The Independent Office for Police Conduct said the first statement")


def test_a_contracted_she_has_is_named_in_full_in_the_headline() -> None:
    # Headline convention: "She's said ..." is "Vance has said ...", not "Vance's said".
    title = event_title(
        "She\u2019s said the county has since hired more call-takers.", "main", "Teresa Vance"
    )
    assert title.startswith("Vance has said the county")


def test_a_newsroom_is_named_in_full_and_acts_only_where_named() -> None:
    # "Associated Press" is a newsroom, not a Mr. Press; a sentence after it that names no
    # one is not the newsroom's act.
    result = drafted(
        "The Associated Press obtained the 2021 report Tuesday under the state's records law "
        "and asked the department about it the same day. Several of its photographs carry "
        "camera timestamps from October 2016."
    )
    asked = holding(result, "asked the department")
    assert "Associated Press asked" in asked.title
    assert holding(result, "Several of its photographs").actor == ""


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        (
            "In his annual inspection, filed with the ministry in March, the engineer "
            "recommended lowering the pond by two metres.",
            "The engineer recommended lowering",
        ),
        (
            "Eleven days later, a 79-year-old resident was found on the floor of her room.",
            "A 79-year-old resident was found",
        ),
        (
            "According to the inspection report, dated Oct. 19, instruments in the dam have "
            "shown rising water pressure since July 2022.",
            "Instruments in the dam have shown",
        ),
    ],
)
def test_a_headline_starts_with_the_subject_after_a_participle_or_a_time(
    sentence: str, start: str
) -> None:
    # Headline convention: what is set before the subject ("filed with the ministry in
    # March,", "Eleven days later,", "dated Oct. 19,") stays in the copy.
    assert any(e.title.startswith(start) for e in drafted(sentence).events)


def test_a_long_headline_names_a_person_by_the_surname() -> None:
    # Headline convention: "Fairholm said the company has been transparent", not a title
    # spent on "Chief executive Douglas Fairholm said the company".
    result = drafted(
        "In a statement Monday, chief executive Douglas Fairholm said the company “has been "
        "transparent with regulators and investors at every stage.”"
    )
    assert result.events[0].title.startswith("Fairholm said the company has been transparent")


@pytest.mark.parametrize("body", ["Norland Safety Products", "Lakeshore Regional Transit"])
def test_a_company_is_never_named_by_its_last_word(body: str) -> None:
    # a body named for what it makes or runs is no person with a surname
    title = event_title(
        f"For years, {body} has told customers that every carbon monoxide alarm leaving its "
        "plant here is tested",
        "main",
        body,
    )
    assert title.startswith(f"{body} has ")  # (the audience goes first when it is long)


def test_a_she_after_a_transport_company_is_not_named_by_the_companys_last_word() -> None:
    # a company that runs buses is named by its head word ("Karama Pupil Transport"), so
    # "She" in the next sentence is not a Ms. Transport
    title = event_title(
        "She was kept overnight in hospital, her uncle said", "main", "Karama Pupil Transport"
    )
    assert not title.startswith("Transport")


def test_what_a_message_was_for_is_no_setting_a_headline_drops() -> None:
    # "to report that" says what the letter was for; dropping it with the audience and the
    # time would say he wrote the moorings
    title = event_title(
        "Ray Azzopardi said he wrote to the ministry twice in April to report that the "
        "buoys at two reefs had not been put back",
        "main",
        "Ray Azzopardi",
    )
    assert "wrote the buoys" not in title
    assert "to the ministry" in title


def test_a_name_after_a_long_title_or_with_an_initial_is_headlined_as_a_name() -> None:
    # "Justice Minister Cllr. Rose T. Kpan": a long headline names her by her surname; a
    # speaker named last keeps the initial with her given name, not alone
    long = event_title(
        "Justice Minister Cllr. Rose T. Kpan said the ministry's jail decongestion program had "
        "cut the share of detainees awaiting trial below 50 percent",
        "main",
        "Justice Minister Cllr. Rose T. Kpan",
    )
    assert long.startswith("Kpan said")
    initial = event_title(
        "“These are people,” says the commission's chairperson, Cllr. Edwina M. Quaye",
        "main",
        "Cllr. Edwina M. Quaye",
    )
    assert not initial.startswith("M. ")


def test_a_month_set_off_before_a_description_names_no_one() -> None:
    # "That September, a 12-year-old boy ...": a month, not a person named by an appositive.
    result = drafted("That September, a 12-year-old boy spent nine nights in the building.")
    assert "September" not in result.events[0].actor


def test_an_admissions_quoted_words_and_its_next_predicates_subject_stay_in_titles() -> None:
    # Quotation convention: the quoted words of an admission are part of its clause, and
    # "... and promised to hire" shares the subject of the clause before it.
    result = drafted(
        "In a plan filed with the state on May 20, 2022, the company acknowledged that the "
        "home “did not meet minimum staffing requirements” and promised to hire 12 aides."
    )
    assert holding(result, "acknowledged").title.startswith(
        "The company acknowledged that the home did not meet minimum staffing"
    )
    assert holding(result, "promised to hire").title == "The company promised to hire 12 aides"


def test_a_title_cut_at_a_clauses_end_keeps_its_negation() -> None:
    # Headline convention: a cut at a semicolon leaves the clause whole; only a word that
    # joins it to the next ("and", "of") is dropped, never "did not do so".
    title = event_title(
        "Inspectors found the company did not do so; the pond was in fact 40 centimetres "
        "higher in September than a year earlier",
        "main",
    )
    assert title == "Inspectors found the company did not do so"


def test_a_whose_clause_is_titled_with_whose_it_is() -> None:
    # Headline convention: "Priya Sandhu, whose flight was cancelled, said ..." tucks in a
    # fact about Sandhu; its headline says whose ("Sandhu’s ..."), never "Whose ...".
    result = drafted(
        "Priya Sandhu, whose Dec. 23 flight to Halifax was cancelled, said she was refused "
        "compensation twice."
    )
    flight = holding(result, "flight to Halifax was cancelled")
    assert flight.title.startswith("Sandhu’s ") and flight.actor == "Priya Sandhu"


def test_a_title_starts_at_who_acted_not_at_the_scene_set_before() -> None:
    title = event_title(
        "Confronted with the invoices last month, Mayor Lise Brandt acknowledged that the "
        "payments had been made",
        "main",
        "Lise Brandt",
    )
    assert title.startswith("Mayor Lise Brandt acknowledged") or title.startswith("Brandt")


@pytest.mark.parametrize(
    ("words", "start"),
    [
        # a long appositive subject, and no subject looked for in what was said
        (
            'A week later, the Dean of Engineering, Prof Ada Quinlan, wrote: "Students should '
            'not be told at this stage. The office is handling it."',
            "Prof Ada Quinlan wrote: Students should not be told",
        ),
        # "according to" after the time phrase, and a source named at length
        (
            "In June, according to the records, a signal supervisor warned managers in an "
            'email that crews were "patching the same circuits every week"',
            "A signal supervisor warned managers",
        ),
        (
            "According to the official results from the trials at Camps Drift in "
            "Pietermaritzburg on April 23, Nkosi won the final in 1:58.91",
            "Nkosi won the final in 1:58.91",
        ),
        # how the newsroom came by the letter, then the job and the name
        (
            "In a letter to the ministry last week, seen by the Standard, the county's chief "
            "officer for health, Paul Were, wrote that the vial monitors had not reached the "
            "discard point",
            "Paul Were wrote that the vial monitors",
        ),
        # a name in any script's capitals, and a verb in the past that does not end in -ed
        (
            "Its welfare officer, Cian Ó Dónaill, said at least 40 students had been asked by "
            "one hotel to pay a deposit",
            "Cian Ó Dónaill said at least 40 students",
        ),
        (
            "Its chief executive, Nikos Varvaressos, went further in a newspaper interview in "
            "January, calling the rates among the best in Europe",
            "Nikos Varvaressos went further",
        ),
    ],
)
def test_a_headline_starts_at_who_acted(words: str, start: str) -> None:
    assert event_title(words, "main", "").startswith(start)


def test_an_aside_between_dashes_goes_before_the_words_it_interrupts() -> None:
    title = event_title(
        "The figure – 0.8 serious injuries per million trips – appeared in a summary sent to "
        "three councils",
        "main",
        "",
    )
    assert title == "The figure appeared in a summary sent to three councils"


def test_a_predicate_joined_to_an_unnamed_subject_keeps_that_subject() -> None:
    result = drafted(
        'A supervisor wrote to her team two days later that "approved = not released" and '
        'told staff to cite "fraud review" when taxpayers called.',
        'That operator, who gave evidence on Monday, said she had raised her workload "at '
        'least four times".',
    )
    assert holding(result, "told staff").title.startswith("A supervisor told staff")
    assert holding(result, "gave evidence").title.startswith("That operator gave evidence")


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The logs, released under the Freedom of Information Act after an appeal to the "
            "Information Commissioner, show that 38 per cent of calls were abandoned.",
            "The logs show that 38 per cent of calls were abandoned",
        ),
        (
            "A review of city records, obtained through a public records request, shows that "
            "lead levels in the north, the Wanaque, were lower.",
            "A review of city records shows that lead levels in the north",
        ),
    ],
)
def test_a_records_headline_leaves_out_how_it_came_out(sentence: str, title: str) -> None:
    # Headline convention: the aside on how a record came out stays in the copy; the
    # headline says what the record shows.
    result = drafted("The force said it answers every call.", sentence)
    assert holding(result, sentence.split(",")[0]).title == title


def test_a_headline_leaves_out_how_the_source_is_placed() -> None:
    result = drafted(
        "A worker who was on the loading dock Tuesday, and who asked not to be named "
        "because he feared losing his job, said supervisors told employees to stay at "
        "their stations after the alarm went off."
    )
    event = holding(result, "supervisors told")
    assert event.title.startswith("A worker said supervisors told employees")
    assert event.lane == "practice"


def test_a_headline_starts_at_the_subject_after_the_scene() -> None:
    result = drafted(
        "In a 2019 settlement with the state safety agency, known as Cal/OSHA, the company "
        "paid $412,000 and agreed to keep exits clear.",
        "Assessor Karen Whitford said Monday that every home was valued fairly.",
        "Whitford at first said last week that her office met every standard. Shown The "
        "Current's figures last week, she changed course.",
    )
    assert holding(result, "paid $412,000").title.startswith("The company paid $412,000")
    changed = holding(result, "changed course")
    assert (changed.title, changed.actor) == ("Whitford changed course", "Assessor Karen Whitford")


def test_a_sentence_adverb_without_its_comma_opens_no_phrase() -> None:
    result = drafted(
        "Meanwhile the monthly fee kept leaving her account in December, January and February."
    )
    event = holding(result, "monthly fee")
    assert event.title.startswith("The monthly fee kept leaving her account")


def test_an_attribution_set_off_inside_the_sentence_is_no_headline() -> None:
    # Headline convention: "Beginning in 2009, they said, staff were handed lists" is
    # headlined by what was said.
    result = drafted(
        "Four former clerks describe a different process. Beginning in the fall of 2009, they "
        "said, clerks in the Dover office were handed lists of street names and told to find "
        "grounds to cancel as many permits as they could."
    )
    (event,) = result.events
    assert event.title.startswith("Clerks in the Dover office were handed")
    assert event.lane == "practice"  # "and told to" is what was done to them, not a statement


def test_a_record_named_by_its_author_keeps_its_own_subject() -> None:
    # Headline convention: a person is headlined by surname in place of their job, but "a
    # memo from director Ron Kessler shows" is headlined by the memo, not by "Kessler to ...".
    result = drafted(
        "The president said no public money went into the house.",
        "But a March 3 memo from facilities director Ron Kessler to the vice president for "
        "finance shows that invoices for a new roof were charged to a maintenance account.",
    )
    assert holding(result, "March 3 memo").title.startswith("A March 3 memo from")


def test_a_quotation_set_before_a_named_writer_is_headlined_by_the_name() -> None:
    # Headline convention: '"...," Karla Venn, the city's coordinator, wrote' is headlined
    # "Karla Venn wrote: ...", without the job set off after the name.
    result = drafted(
        '"We do not have capacity for Division tomorrow, full stop," Karla Venn, the city\'s '
        "homeless services coordinator, wrote in an email to the mayor's chief of staff."
    )
    (event,) = result.events
    assert event.title.startswith("Karla Venn wrote: We do not have capacity")


def test_what_the_news_came_after_is_no_headline() -> None:
    # Headline convention: "In October, after a campaign group raised concerns, the chief
    # told the panel ..." is headlined by what the chief told, not by what came first.
    result = drafted(
        "In October last year, after a campaign group raised concerns, Chief Constable Helen "
        "Brooke told the county's police panel that no child had been hooded."
    )
    event = holding(result, "told the county")
    assert event.title.startswith("Brooke told the county's police panel")


def test_a_subject_of_several_words_after_an_opening_clause_starts_the_headline() -> None:
    # Headline convention: the time or occasion a sentence opens with stays in the copy,
    # however many words the subject after it takes.
    result = drafted(
        "Six weeks later, a letter from the Corporation Counsel's office turned him down."
    )
    (event,) = result.events
    assert event.title.startswith("A letter from the Corporation Counsel's office")


def test_a_which_clause_after_a_name_is_headlined_by_the_name() -> None:
    # Headline convention: "Brightway, which listed its shares in 2020," titles the
    # relative clause by what "which" stands for, a name as much as "the company".
    result = drafted(
        "Tessellate, which listed its shares in New York in 2020, said on Monday that no "
        "messages were deleted."
    )
    assert holding(result, "listed its shares").title.startswith("Tessellate listed its shares")


def test_a_clause_set_first_is_no_phrase_the_headline_drops() -> None:
    # Headline convention: "Last spring it eliminated 14 posts ..., citing a cut" opens on
    # its own clause, not on a phrase set before the subject.
    result = drafted(
        "Last spring it eliminated 14 staff positions in its library and postponed repairs, "
        "citing a $6 million cut in state funding."
    )
    (event,) = result.events
    assert event.title.startswith("Last spring it eliminated 14 staff positions")


def test_a_participle_left_after_an_opening_phrase_is_no_headline() -> None:
    # Headline convention: "In October, citing a rate of 91 percent, Haines told the
    # council ..." is headlined by who told what; so is a long "after" clause set first.
    result = drafted(
        "In October, citing a year-to-date rate of just over 91 percent, Haines told the "
        "council the bus system was more reliable than ever.",
        "In August, after a bullet punched through the roof of a ranch house four miles east "
        "of the range, the Army told the family that nothing fired there could reach it.",
    )
    assert holding(result, "91 percent").title.startswith("Haines told the council")
    assert holding(result, "ranch house").title.startswith("The Army told the family")


def test_a_split_year_is_written_as_the_years_a_case_reads_back() -> None:
    # The words "2022-23" in a case's date column are EDTF's autumn 2022; the draft writes
    # the two years the story means, and its note keeps the story's words.
    result = drafted(
        "The council said it set no targets.",
        "Wardens issued 212,000 tickets over the 2022-23 financial year.",
    )
    event = holding(result, "212,000 tickets")
    assert (event.date, event.date_note) == ("2022/2023", "The article says '2022-23'.")


def test_a_long_told_headline_drops_the_audience() -> None:
    # Headline convention: who said what; "told the parish council at its meeting" goes
    # first when the headline would not otherwise fit.
    quoted = event_title(
        "“The pumps were serviced in March and ran without fault all through the storm,” "
        "Okafor told the parish council at its monthly meeting Thursday.",
        "main",
    )
    assert quoted.startswith("Okafor said: The pumps were serviced in March")
    reported = event_title(
        "Lindqvist told residents and the harbour board that the breakwater repairs were "
        "finished on time and under budget",
        "main",
    )
    assert reported.startswith("Lindqvist said the breakwater repairs were finished")
    assert len(quoted) <= TITLE_MAX and len(reported) <= TITLE_MAX


def test_a_short_told_headline_keeps_the_audience() -> None:
    assert event_title("Okafor told councillors the pumps worked", "main") == (
        "Okafor told councillors the pumps worked"
    )


def test_a_title_cut_short_does_not_end_on_a_hanging_word() -> None:
    # Headline convention: a complete phrase; "... most of them since early", "... not
    # restored until" and "... the board said every" trail off.
    for words in (
        "The ferry’s engine alarm had been silenced on most crossings, most of them since "
        "early this year",
        "The gauge there was disconnected on Feb. 3 and not reconnected until the inspectors "
        "arrived in May",
    ):
        title = event_title(words, "practice")
        assert len(title) <= TITLE_MAX
        assert title.split()[-1].lower() not in {"since", "early", "until", "every", "said"}


def test_a_title_keeps_the_stop_of_an_abbreviation() -> None:
    title = event_title("“The gate was opened at 9:04 p.m.,” Tolliver said.", "main")
    assert title == "Tolliver said: The gate was opened at 9:04 p.m."


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Of the 19, only 12 have a completed form signed by a veterinarian.",
            "Only 12 of the 19 have a completed form signed by a veterinarian",
        ),
        ("Of those, 212 had been empty for more than a year.", "212 of those had been empty"),
    ],
)
def test_a_headline_puts_the_part_before_the_whole(sentence: str, title: str) -> None:
    # Headline convention: "Of the 19, only 12 ..." leads with the whole; a headline
    # leads with the part.
    result = drafted("The agency said every carcass was examined.", sentence)
    assert next(e.title for e in result.events if e.para == 2).startswith(title)


@pytest.mark.parametrize(
    ("words", "title"),
    [
        ("and applications for the rest were pending", "Applications for the rest were pending"),
        (
            "Too, books reached some districts as late as June",
            "Books reached some districts as late as June",
        ),
    ],
)
def test_a_headline_opens_on_no_conjunction(words: str, title: str) -> None:
    # Headline convention: a clause drawn after "and" or "too," starts its own headline.
    assert event_title(words, "practice") == title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Prices rose fastest in Ontario’s legal market, which opened in July 2014.",
            "Ontario’s legal market opened in July 2014",
        ),
        (
            "The chain wrote to the Ohio State Board of Pharmacy, which had asked large chains "
            "in May to explain how they measure output.",
            "Ohio State Board of Pharmacy had asked large chains",
        ),
    ],
)
def test_a_which_clause_is_titled_by_the_thing_it_stands_for(sentence: str, title: str) -> None:
    # Headline convention: "..., which opened in July 2014" is titled by what "which"
    # stands for, a possessive or a name with "of" in it too.
    result = drafted(sentence)
    assert any(e.title.startswith(title) for e in result.events), [e.title for e in result.events]


def test_a_speaker_named_after_opening_words_still_heads_the_title() -> None:
    result = drafted(
        "When contacted on Thursday, the Managing Director of Brightway Power Systems, Mr. "
        "Chike Obiora, said his company had delivered all 4,000 lamps.",
    )
    event = holding(result, "delivered all 4,000")
    assert not event.title.startswith("Said"), event.title


def test_a_quote_bound_to_admit_is_titled_by_what_it_admits() -> None:
    title = event_title('"We have to admit that our checks were not adequate," he said.', "main")
    assert title == "He said: We have to admit that our checks were not adequate"


def test_a_which_clause_after_what_a_report_is_for_is_titled_by_the_report() -> None:
    result = drafted(
        "The agency said in March that every pump was working.",
        "The finding is in the Auditor General’s report for the financial year ended June 30, "
        "2018, which was presented to Parliament on Tuesday.",
    )
    titles = [e.title for e in result.events]
    assert any(t.startswith("The Auditor General’s report was presented to") for t in titles)
    assert not any(t.startswith("Which") for t in titles)


def test_a_relative_clause_at_the_end_is_left_out_of_the_title() -> None:
    result = drafted(
        "At least 14 of the taps were still on during the first week of term, which began "
        "Sept. 2, work orders show."
    )
    taps = holding(result, "At least 14")
    assert taps.title.startswith("At least 14 of the taps")


def test_records_named_by_an_ing_word_are_no_opening_phrase() -> None:
    result = drafted(
        "Pumping logs that the contractor submitted to the county, obtained by the Star, show "
        "the firm recorded fewer than one pump-out a week."
    )
    report = next(e for e in result.events if e.role == "report")
    assert report.title.startswith("Pumping logs")


@pytest.mark.parametrize(
    ("sentence", "words", "title"),
    [
        (
            "The chief executive told members that the backlog of undistributed royalties, which "
            "stood at R48-million last year, was cleared.",
            "stood at",
            "The backlog of undistributed royalties stood at",
        ),
        (
            "It is funded by a Geneva-based foundation, which awarded the institute a grant in "
            "2021.",
            "awarded",
            "A Geneva-based foundation awarded",
        ),
        (
            "It was Cairns' worst outbreak, which ran from 2008 to 2009.",
            "ran from",
            "Cairns' worst",
        ),
    ],
)
def test_a_which_clause_is_headlined_by_the_thing_it_stands_for(
    sentence: str, words: str, title: str
) -> None:
    assert holding(drafted(sentence), words).title.startswith(title)


def test_a_which_clause_after_a_thing_of_another_is_not_given_the_wrong_one() -> None:
    # "a study that led to the distribution of filters, which was made public": the study
    # or the distribution? The headline does not guess.
    result = drafted(
        "Records show that an engineering study that led to the distribution of filters, which "
        "was made public in October, found lead in 12 homes."
    )
    assert not holding(result, "made public").title.startswith("The distribution of filters")


def test_a_promise_then_another_clause_is_not_retold_as_said() -> None:
    # "had never promised a second grant and that ...": not "had never said the committee's"
    result = drafted(
        "Mr Kila said his office had never promised a second grant and that the committee's own "
        "budget, submitted in July, listed the K150,000 as its only public funding."
    )
    assert "never promised a second grant" in holding(result, "Mr Kila").title


def test_a_part_of_the_record_before_it_is_headlined_without_another_subject() -> None:
    # ", a copy of which was obtained by this newspaper": "A copy was obtained ..."
    result = drafted(
        "The Guwahati Wildlife Division said raids were weekly.",
        "But the division's own offence register, a copy of which was obtained by this newspaper "
        "under the RTI Act last week, records only nine inspections.",
    )
    assert holding(result, "a copy of which").title.startswith("A copy was obtained")


def test_a_speakers_relative_clause_is_left_out_of_the_headline() -> None:
    # (one that holds a verb of saying is not the attribution: "who wrote on 2 August")
    words = (
        "But the city principal who wrote on 2 August told the Chronicle on Monday that none "
        "of her six pupils had applied late"
    )
    assert (
        event_title(words, "main")
        == "The city principal said none of her six pupils had applied late"
    )


def test_a_relative_clause_on_a_name_is_headlined_by_the_name() -> None:
    result = drafted(
        "Jayasena, who was transferred to the head office with effect from Monday, could not "
        "be reached."
    )
    assert holding(result, "transferred").title.startswith("Jayasena was transferred")


def test_a_relative_clause_holding_a_list_is_left_out_of_the_title() -> None:
    result = drafted(
        "The bypass, which took in farms, woods and streams along the valley, opened in May."
    )
    assert holding(result, "opened in May").title == "The bypass opened in May"


def test_an_aside_that_opens_on_a_place_is_left_out_of_the_title() -> None:
    result = drafted(
        "K. Pandian, Madurai district secretary of the Theatre Owners' Association, said on "
        "Sunday that the theatres had sold the tickets at the fixed rate."
    )
    assert (
        result.events[0].title
        == "K. Pandian said the theatres had sold the tickets at the fixed rate"
    )


def test_a_job_under_its_bodys_name_then_the_person_is_headlined_by_the_person() -> None:
    # House style in much of southern Africa sets the body's job, then the person, off by
    # commas: "NRZ spokesperson, Mr Tawanda Moyo, said". The headline names the person.
    title = event_title(
        "NRZ spokesperson, Mr Tawanda Moyo, said the locomotive had been sent to Bulawayo "
        "for repairs after the brakes failed",
        "main",
        "Mr Tawanda Moyo",
    )
    assert title.startswith("Moyo said the locomotive")


def test_a_headline_leaves_out_the_when_clause_set_first() -> None:
    # Headline convention: "When this reporter visited the depot on Monday, the bus stood
    # on blocks" is headlined by what was found, not by the visit that opens the sentence.
    result = drafted(
        "When this reporter visited the depot on Monday, the bus stood on wooden blocks with "
        "its wheels off and the engine bay empty."
    )
    assert holding(result, "wooden blocks").title.startswith("The bus stood on wooden blocks")


def test_a_headline_leaves_out_how_the_newsroom_has_the_reply() -> None:
    # South Asian copy: "a copy of which is available with" the newsroom, set off after the
    # opening, tells how the newsroom has it; the headline starts at who said what.
    result = drafted(
        "In its reply, a copy of which is available with the Frontier Post, the agency stated "
        "that three pages of the paper had reached a messaging group before the test."
    )
    event = holding(result, "three pages")
    assert event.title.startswith("The agency stated")
    assert event.actor != "Frontier Post"


def test_a_headline_names_a_person_after_a_long_body_and_job_by_the_name() -> None:
    result = drafted(
        "Riverina Nurses and Midwives Federation Wagga organiser Maria Kovac said the region "
        "could not afford to lose a single teacher this year."
    )
    assert holding(result, "lose a single").title.startswith("Kovac said")


def test_a_who_clause_after_a_councillors_party_is_headlined_by_the_surname() -> None:
    # Irish copy sets the party after the name: "Cllr Joe Byrne (Ind), who raised ...".
    result = drafted(
        "Cllr Maeve Horan (Ind), who raised the complaints at a council meeting in May, said the "
        "council would have to explain the delay."
    )
    assert holding(result, "raised the complaints").title.startswith("Horan raised")


def test_what_a_record_has_someone_saying_is_headlined_as_said() -> None:
    # Record convention: minutes that record "an officer as saying that ..." report words.
    result = drafted(
        "The company said no silt had left its site.",
        "However, a note of a meeting on 28 July records a fisheries officer as saying that the "
        "silt in the stream was \u201cconsistent with peat\u201d.",
    )
    title = holding(result, "as saying").title
    assert title.startswith("A fisheries officer said the silt in the stream"), title


def test_words_said_where_an_occasion_was_held_are_headlined_by_their_speaker() -> None:
    # "handed over at a ceremony ..., where the department said ...": the telling has a
    # subject of its own; the headline does not borrow the houses'
    result = drafted(
        "The houses were handed over at a ceremony on 14 September 2019, where the mayor said "
        "the project was done."
    )
    assert holding(result, "the mayor said").title.startswith("The mayor said the project")


def test_a_sentence_adverb_after_a_tucked_aside_leaves_the_headline() -> None:
    # Headline convention: the aside and the "however" set after it are no part of who
    # said what ("A former guard, who spoke on condition of anonymity, however, said")
    result = drafted(
        "The prison service said every cell was checked hourly.",
        "A former guard at the prison, who spoke on condition of anonymity for fear of "
        "reprisal, however, said the night checks had stopped in 2022.",
    )
    assert holding(result, "night checks").title.startswith("A former guard at the prison said")


def test_a_count_set_after_a_group_leaves_the_headline() -> None:
    # Headline convention: "The beneficiaries, most of them aged above 70, claim that":
    # the aside after the subject goes; the claim stays
    result = drafted(
        "The pensioners, most of them aged above 70, claim that a fee was demanded from each "
        "of them at the pay points."
    )
    assert holding(result, "fee was demanded").title.startswith("The pensioners claim that")


def test_a_speaker_set_after_the_quote_with_a_bare_job_is_named_alone() -> None:
    # '"...," Dana Reyes, executive director of Hillside Meals, told commissioners': the
    # headline names the speaker, not the job
    title = event_title(
        "“Every meal we bill reached a door,” Dana Reyes, executive director of Hillside "
        "Meals, told commissioners March 8",
        "main",
        "Dana Reyes",
    )
    assert title == "Dana Reyes said: Every meal we bill reached a door"


def test_a_body_named_after_the_clause_s_verb_keeps_the_subject() -> None:
    # Headline convention: the surname stands in for an actor named first, not for a body
    # named after the verb ("the Times obtained a WorkSafe Tasmania inspector's report")
    title = event_title(
        "The admission came after the Derwent Times obtained a WorkSafe Tasmania inspector's "
        "report under Right to Information laws, which found the valve had failed",
        "main",
        "WorkSafe Tasmania",
    )
    assert title.startswith("The Derwent Times obtained a WorkSafe Tasmania")


def test_a_body_named_as_a_brand_is_not_called_by_a_surname() -> None:
    # "WorkSafe Tasmania confirmed ...": a body with a brand's capitals keeps its whole
    # name in a long headline; "Tasmania" is no surname
    title = event_title(
        "WorkSafe Tasmania confirmed inspectors visited the workshop on August 22 following a "
        "complaint about the dust",
        "main",
        "WorkSafe Tasmania",
    )
    assert title.startswith("WorkSafe Tasmania confirmed")


def test_a_bare_job_is_not_called_by_a_surname() -> None:
    # "the Chief Inspector of Boilers": a job with no name is no person; "Inspector" is no
    # surname for a headline
    title = event_title(
        "However, records of the office of the Chief Inspector of Boilers, Punjab, seen by "
        "this correspondent, show that the boiler's certificate expired",
        "report",
        "Chief Inspector",
    )
    assert title.startswith("Records of the office of the Chief Inspector")


def test_an_aside_after_its_record_leaves_the_headline() -> None:
    # "But its guidance, last updated in 2012, says": the record, then what it says
    title = event_title(
        "But its guidance, last updated in 2012, says a cost-to-revenue ratio above 35 per "
        "cent is likely to draw scrutiny",
        "main",
    )
    assert title.startswith("Its guidance says a cost-to-revenue ratio")


def test_a_phrase_set_first_keeps_its_comma_when_an_aside_goes() -> None:
    # "Under the contract, a copy of which was filed ..., the firm took a fee": the aside
    # goes, the phrase set first stays set off, and the headline tells what the firm did
    result = drafted(
        "The charity said 80 cents of every dollar reached families.",
        "Under the contract, a copy of which was filed with the 2014 return, the firm took a "
        "fee equal to 65 per cent of gross donations, rising to 70 per cent after that.",
    )
    assert holding(result, "the firm took").title.startswith("The firm took a fee")


def test_a_job_then_a_name_then_how_they_know_is_headlined_by_the_name() -> None:
    # "A former accounts clerk at the trust, Ms Nyasha Gumbo, who left in March 2022, said"
    title = event_title(
        "A former accounts clerk at the charity, Ms Ruth Gumbo, who left in March 2022, said "
        "she raised discrepancies between enrolment lists and fee invoices with the director",
        "main",
        "Ms Ruth Gumbo",
    )
    assert title.startswith("Gumbo said she raised discrepancies")


def test_an_aside_before_first_raised_leaves_the_headline() -> None:
    title = event_title(
        "Gareth Lloyd, whose two children go to a primary school in Barry, first raised "
        "concerns at a governors' meeting in January after reading the terms",
        "main",
        "Gareth Lloyd",
    )
    assert title.startswith("Lloyd first raised concerns")


def test_a_tucked_aside_with_a_number_leaves_the_headline() -> None:
    # "The system, which sends out bills to around 64,000 households and handles benefit
    # claims, was bought in 2016": the aside goes, commas of its numbers and all
    result = drafted(
        "Officers said the project was on time.",
        "The system, which sends out council tax bills to around 64,000 households and handles "
        "council tax reduction claims, was bought from a software firm in 2016.",
    )
    bought = holding(result, "was bought")
    assert bought.title.startswith("The system was bought")
    assert (bought.lane, bought.date) == ("context", "in 2016")


def test_a_job_then_a_name_then_the_day_is_headlined_by_the_name() -> None:
    # "The Town Clerk, Mr Gideon Nuwagaba, on Friday insisted ...": the job goes
    title = event_title(
        "The Town Clerk, Mr Gideon Nuwagaba, on Friday insisted the system is fully secure and "
        "that no third party has access to traders' information",
        "main",
        "Mr Gideon Nuwagaba",
    )
    assert title.startswith("Nuwagaba on Friday insisted the system")


def test_a_clause_left_first_after_the_time_phrase_is_not_the_headline() -> None:
    result = drafted(
        "Two days after the vote, as residents questioned the slow count online, the "
        "clerk's office put out a statement saying every ballot had been counted."
    )
    assert holding(result, "put out").title.startswith("The clerk's office put out")


def test_a_filing_is_titled_without_the_filers_aside() -> None:
    result = drafted(
        "The lender said it never disabled a car without notice.",
        "In an affidavit filed in district court on May 2, Tanya Reyes, a former collections "
        "supervisor, says managers told staff to disable cars within a day of a missed payment.",
    )
    assert holding(result, "affidavit").title == "An affidavit filed in district court on May 2"


def test_a_relative_that_after_the_audience_is_kept_in_the_headline() -> None:
    # (the setting is dropped only before the words said: "wrote to the board ... that the
    # pool was unsafe"; "medicines that were out of stock" is what the letter listed)
    result = drafted(
        "Mr Tebogo Kebapetse chairs the union.",
        "He said the union wrote to the DHMT in June listing 14 medicines that were out of stock.",
    )
    title = holding(result, "union wrote").title
    assert title.startswith("Kebapetse said the union wrote to the DHMT in June listing")


@pytest.mark.parametrize(
    ("words", "title"),
    [
        (
            "Nursing student Aisha Rahman, 20, said mould appeared behind her wardrobe.",
            "Nursing student Aisha Rahman said mould appeared behind her wardrobe",
        ),
        (
            "Speaking to reporters on Monday, the minister said the wards were safe.",
            "The minister said the wards were safe",
        ),
    ],
)
def test_a_job_and_an_age_before_the_verb_leave_the_headline(words: str, title: str) -> None:
    # Headline convention: a job before a name is no phrase set before the subject, and a
    # headline names the person without the age.
    assert event_title(words, "main") == title


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        (
            "Sen. Ruth Alvarez, R-Marion, who chairs the finance committee, said her office took "
            "300 calls in April.",
            "Sen. Ruth Alvarez said her office took",
        ),
        ("Rep. Ana Ruiz, D-Calif., said the agency had failed the families.", "Rep. Ana Ruiz said"),
    ],
)
def test_a_headline_drops_a_lawmakers_party_and_home(sentence: str, start: str) -> None:
    result = drafted(sentence)
    assert result.events[0].title.startswith(start), result.events[0].title


def test_a_list_in_the_lead_clause_is_no_phrase_set_before_the_subject() -> None:
    # ("Under state law, cities and towns can buy ... for residents, who are": the "and"
    # joins a clause's subjects, not a committee's name, so the headline keeps the clause)
    result = drafted(
        "Under state law, cities and towns can buy power in bulk for residents, who are "
        "enrolled automatically unless they opt out."
    )
    assert not result.events[0].title.startswith(("Who", "Which")), result.events[0].title


def test_a_which_clause_is_titled_by_the_body_or_the_document_it_follows() -> None:
    # Headline convention: ", which ..." is titled by what "which" stands for: a body named
    # after "by", or the document the sentence opens on, named at length.
    by = drafted(
        "The meals are cooked by Hillside Catering Limited, which has held the contract since "
        "2016 under the county's school meals scheme."
    )
    assert holding(by, "has held the contract").title.startswith("Hillside Catering Limited has")
    report = drafted(
        "The report on the fund\u2019s accounts for the 2020/21 financial year, which was tabled "
        "in parliament last week, states that 52 grants could not be traced."
    )
    assert holding(report, "was tabled").title.startswith("The report was tabled")


def test_an_age_in_brackets_stays_out_of_the_title() -> None:
    result = drafted("Ruth Banda (52) told the Courier the council never called her name.")
    assert holding(result, "never called").title.startswith("Ruth Banda told the Courier")


def test_a_which_clause_after_a_priced_thing_is_titled_by_that_thing() -> None:
    result = drafted(
        "The ministry said the homes had power.",
        "The firm is seeking $1.2 million it says it is owed under the $3.3m contract, which "
        "it was awarded in 2021.",
    )
    titles = [e.title for e in result.events]
    assert not any(t.startswith("Which") for t in titles), titles
    assert "The $3.3m contract it was awarded in 2021" in titles


def test_a_scene_of_being_told_set_first_is_no_title() -> None:
    result = drafted(
        "Clerk Diane Moretti told the council every machine was tested in public.",
        "Told of her statement to the council, Moretti said on Wednesday: “I was wrong to put "
        "it that way.”",
    )
    event = holding(result, "wrong to put")
    assert not event.title.startswith("Told")
    assert "wrong to put" in event.title


def test_a_title_leaves_out_a_time_counted_and_the_date_after_it() -> None:
    result = drafted(
        "The mayor said the money was clean.",
        "Three days before the donations, on Dec. 9, the firm’s finance chief, Brian Hollis, "
        "emailed five field supervisors.",
    )
    assert (
        holding(result, "field supervisors").title == "Brian Hollis emailed five field supervisors"
    )
