"""Where she is from, read by the kind of statement: an origin form label, "of" and its
contractions after a word for the person, an occupation as the word a demonym describes,
and a country's name that is no feminine demonym. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.intake.reading import clear_values as facts


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Vict.: H, 41 ans, orig. Mexique.", "MX"),
        ("Client M 30 orig. Nigeria", "NG"),
        ("Country of origin: Eritrea", "ER"),
        ("- Origin: Ukraine", "UA"),
        ("Origen: Honduras", "HN"),
        ("País de origen: El Salvador", "SV"),
        ("Pays d'origine : Mali.", "ML"),
        ("Origine: Cameroun; langue: français", "CM"),
        ("Origem - Angola", "AO"),
        ("País de origem: Moçambique", "MZ"),
    ],
)
def test_an_origin_label_of_any_language_names_her_country(text, country):
    assert facts(text).get("person.country_of_origin") == country


def test_a_word_that_only_begins_like_origin_is_no_label():
    assert "person.country_of_origin" not in facts("He showed an original contract.")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Un homme de 30 ans du Ghana, il dort dehors.", "GH"),
        ("Une femme de 25 ans des Philippines.", "PH"),
        ("Mulher de 40 anos do Brasil, sem documentos.", "BR"),
        ("Rapaz de 19 anos da Guiné-Bissau.", "GW"),
        ("Jeune fille du Sénégal, 16 ans.", "SN"),
        ("O senhor Abdou, 33 anos, nacional da Guiné, trabalhava numa obra.", "GN"),
        ("Es nacional de Nicaragua, 28 años.", "NI"),
        ("Ressortissant du Mali, 30 ans.", "ML"),
    ],
)
def test_of_and_its_contractions_after_a_word_for_the_person(text, country):
    assert facts(text).get("person.country_of_origin") == country


@pytest.mark.parametrize(
    "text",
    [
        "La femme du patron est sénégalaise.",
        "Son mari, un homme de 40 ans du Mali, la surveille.",
        "O patrão, um homem de 50 anos do Brasil, ficou com o passaporte.",
        "Mujer, 30 años. Su pareja es cubano.",
        "Femme, 30 ans. Son compagnon est albanais.",
        "Femme, 30 ans, son conjoint est marocain.",
        "Woman, 30. Her partner is Cuban.",
        "Mulher, 30 anos. O companheiro é angolano.",
    ],
)
def test_another_persons_origin_is_not_hers(text):
    assert "person.country_of_origin" not in facts(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Pescador indonésio, 30 anos, desembarcou ontem.", "ID"),
        ("Fisherman, Burmese, 40.", "MM"),
        ("Marin philippin, 35 ans.", "PH"),
        ("Jornalero guatemalteco, 22 años.", "GT"),
        ("Marinheiro cabo-verdiano de 28 anos.", "CV"),
    ],
)
def test_an_occupation_is_a_word_a_demonym_describes(text, country):
    assert facts(text).get("person.country_of_origin") == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("He is from India.", "IN"),
        ("He is from Eritrea.", "ER"),
        ("Él es de Siria, tiene 30 años.", "SY"),
        ("El viene de China.", "CN"),
    ],
)
def test_a_country_named_like_a_feminine_demonym_gives_no_gender(text, country):
    got = facts(text)
    assert got.get("person.country_of_origin") == country
    assert got.get("person.gender") != "female"


@pytest.mark.parametrize(
    "text",
    [
        "La explotaba una red nigeriana.",
        "Trabajaba en una fábrica china sin sueldo.",
        "Elle travaillait dans un salon vietnamien.",
        "Trabalhava numa fábrica chinesa.",
        "Limpiaba en una casa libanesa.",
        "Il dormait dans un atelier turc.",
    ],
)
def test_a_demonym_after_a_thing_describes_the_thing(text):
    got = facts(text)
    assert "person.country_of_origin" not in got and "person.gender" not in got


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Il est de nationalité ivoirienne.", "CI"),
        ("Ela tem passaporte brasileiro.", "BR"),
        ("Tiene su pasaporte nigeriano.", "NG"),
        ("Es de origen mexicano, tiene 30 años.", "MX"),
        ("Elle est d'origine camerounaise.", "CM"),
    ],
)
def test_a_demonym_agreeing_with_nationality_or_passport_gives_no_gender(text, country):
    got = facts(text)
    assert got.get("person.country_of_origin") == country and "person.gender" not in got


@pytest.mark.parametrize(
    ("text", "country", "gender"),
    [
        ("Una joven nigeriana llegó ayer.", "NG", "female"),
        ("Hombre de nacionalidad mexicana, 40 años.", "MX", "male"),
        ("Uma senhora angolana de 45 anos.", "AO", "female"),
        ("Une ressortissante malienne, 30 ans.", "ML", "female"),
        ("Atendimos a una paciente peruana.", "PE", "female"),
    ],
)
def test_a_demonym_after_a_word_for_the_person_is_hers(text, country, gender):
    got = facts(text)
    assert got.get("person.country_of_origin") == country and got.get("person.gender") == gender


def test_a_feminine_demonym_beside_a_word_for_her_still_gives_her_gender():
    got = facts("Una joven argentina de 20 años.")
    assert got.get("person.country_of_origin") == "AR"
    assert got.get("person.gender") == "female"


@pytest.mark.parametrize(
    "text",
    [
        "Children with her: none. Her three children are in Jordan with her mother.",
        "Pas d'enfant avec elle (2 enfants restés au Nigeria chez sa mère).",
        "No kids with her; her two sons are in Honduras.",
        "Sin hijos con ella, sus 3 hijos están en Guatemala.",
        "Não tem filhos com ela, os dois filhos ficaram em Angola com a avó.",
        "Viene sola. Sus dos hijas están en El Salvador con su abuela.",
    ],
)
def test_none_with_her_stands_beside_children_elsewhere(text):
    assert facts(text).get("household.children_with_them") == 0


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Her son is with her. Her daughter is in Mexico.", 1),
        ("Su hija está con ella. Su hijo se quedó en Honduras.", 1),
    ],
)
def test_children_elsewhere_leave_the_count_with_her_as_it_is(text, count):
    assert facts(text).get("household.children_with_them") == count


def test_children_only_elsewhere_say_nothing_of_any_with_her():
    assert "household.children_with_them" not in facts("Mis tres hijos están en Guatemala.")
