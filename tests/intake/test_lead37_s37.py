"""Found on the fresh blind round of stop 37 (the lead): a transcript's "Não sabe." after
"does the boss know where she is?" is his not knowing, a no, not her doubt; and her
children counted, then split by where they are, are with her only as many as are here."""

from __future__ import annotations

import pytest

from caseassist.intake.read.note import extract

KNOWS = "safety.trafficker_knows_location"
KIDS = "household.children_with_them"


@pytest.mark.parametrize(
    "note",
    [
        "Abrigo: A dona da casa sabe onde ela está?\nTécnica: Não sabe. Saiu de manhã cedo.",
        "Albergue: ¿El encargado sabe dónde está ella?\nTrabajadora: No sabe. Se fue de noche.",
        "Foyer : Le patron sait où elle est ?\nAssistante : Il ne sait pas. Elle est partie à pied.",
        "Shelter: Does the farm owner know where she is?\nCaller: He doesn't know. She left on foot.",
        "Shelter: Do they know where she is?\nCaller: They don't know where she is.",
    ],
)
def test_the_questions_own_verb_negated_is_a_no(note):
    assert extract(note).values.get(KNOWS) == "no"


@pytest.mark.parametrize(
    "note",
    [
        "Foyer : Le patron sait où elle est ?\nAssistante : Elle ne sait pas.",
        "Shelter: Does the farm owner know where she is?\nCaller: She doesn't know.",
    ],
)
def test_her_own_not_knowing_is_never_a_no(note):
    assert extract(note).values.get(KNOWS) != "no"


def test_a_no_to_another_question_is_not_read_as_a_no_to_tonight():
    note = "Staff: Do you want to leave tonight?\nVisitor: not tonight, my little one is ill."
    assert extract(note).values.get("shelter.needs_shelter_tonight") is None


@pytest.mark.parametrize(
    ("note", "count"),
    [
        ("Tiene 4 hijos: tres aquí con ella, la mayor se quedó en Lima con la tía.", 3),
        ("Tem 3 filhos: dois aqui com ela, o mais velho ficou em Luanda.", 2),
        ("Elle a 3 enfants : deux ici avec elle, l'aînée est restée à Douala.", 2),
        ("She has 4 kids: two with her, two back in Accra with her sister.", 2),
    ],
)
def test_children_counted_then_split_are_with_her_as_many_as_are_here(note, count):
    assert extract(note).values.get(KIDS) == count


def test_a_split_that_puts_the_first_group_elsewhere_is_not_read_as_here():
    note = "She has 3 children: two in Ghana with her mother and one here with her."
    assert extract(note).values.get(KIDS) != 2


@pytest.mark.parametrize(
    "note",
    [
        "Chegou ontem, é do Congo Democrático, fala lingala.",
        "Arrivée hier, elle vient du Congo démocratique.",
        "Arrived yesterday from Congo DR, speaks Lingala.",
        "Llegó ayer, es de RD del Congo.",
    ],
)
def test_the_democratic_congo_in_fewer_words_is_cd(note):
    assert extract(note).values.get("person.country_of_origin") == "CD"


@pytest.mark.parametrize(
    "note",
    [
        "Police : refusé pour l'instant.",
        "Police: declined at present.",
        "Polícia: recusou de momento.",
    ],
)
def test_a_police_refusal_with_only_a_time_word_is_a_no(note):
    assert extract(note).values.get("safety.wants_law_enforcement") == "no"


def test_a_bracket_that_ends_the_text_after_a_language_is_no_variety():
    from caseassist.intake.read.language_levels import variety_after

    assert variety_after(["bengali", "("], 1) == 1  # (it read past the end)
    assert variety_after(["bengali", "(", "sylheti", ")"], 1) == 4


@pytest.mark.parametrize(
    ("note", "facts"),
    [
        ("He needs a room to rent and a steady job.", {"jobs.wants_employment"}),
        ("Busca un abogado y un empleo.", {"legal.wants_legal_help", "jobs.wants_employment"}),
        ("Il cherche un avocat et un boulot.", {"legal.wants_legal_help", "jobs.wants_employment"}),
        ("Quer um advogado e um emprego.", {"legal.wants_legal_help", "jobs.wants_employment"}),
    ],
)
def test_a_wish_reaches_the_second_of_two_things_it_names(note, facts):
    got = extract(note).values
    assert all(got.get(f) is True for f in facts)


def test_one_answer_naming_a_home_and_a_job_settles_both():
    from caseassist.intake.read import interpret_answer

    got = interpret_answer(
        "housing.needs_long_term_housing",
        "I need a flat of my own and a proper job, I have debts back home",
        question="Will you need help finding a longer-term place to live?",
    ).values
    assert got.get("housing.needs_long_term_housing") is True
    assert got.get("jobs.wants_employment") is True


def test_having_two_things_is_no_wish_for_either():
    assert "jobs.wants_employment" not in extract("She has a job and a room at her aunt's.").values


@pytest.mark.parametrize(
    "note",
    [
        "Not injured, no c/o fever or rash.",
        "Sin lesiones; sin fiebre ni tos.",
        "Pas de blessure, pas de fièvre ni de toux.",
        "Sem ferimentos, sem febre nem tosse.",
    ],
)
def test_problems_a_negator_heads_in_a_list_are_denied(note):
    assert extract(note).values.get("medical.urgent_need") is False


def test_a_problem_after_the_denied_injury_still_offers():
    got = extract("No visible injuries, has a bad cough.")
    assert "medical.urgent_need" not in got.values


@pytest.mark.parametrize(
    "note",
    [
        "Pas de plainte de fièvre.",
        "Sin fiebre ni tos.",
        "Sem queixas de dor nem febre.",
        "No c/o headache or fever.",
    ],
)
def test_a_negator_before_a_list_of_problems_reaches_its_last_item(note):
    assert extract(note).values.get("medical.urgent_need") is not True


def test_a_complaint_without_a_negator_is_still_read():
    assert (
        extract("Pt c/o headache and fever since last night.").values.get("medical.urgent_need")
        is True
    )
