"""Round 6, gender: a form label of alternatives ("Sexo/gênero", "Sex / Gender") is a
gender label; "do sexo feminino / de sexo masculino / de sexe féminin" states the sex of
the noun it follows, hers unless that noun is a child or another person. Invented
sentences in en/es/fr/pt; must-not-fire as many as must-fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

GENDER = "person.gender"


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Nome: Ilídio\nSexo/gênero: masculino\nIdade: 30 anos", "male"),
        ("Nombre: Dunia\nSexo/género: femenino\nEdad: 41", "female"),
        ("Nom : Abdou\nSexe/genre : masculin\nÂge : 22 ans", "male"),
        ("Name: Tomasz\nSex / Gender: M\nAge: 52", "male"),
        ("Name: Oyelaran\nGender/sex: female\nAge: 35", "female"),
    ],
)
def test_a_label_of_two_gender_words_is_a_gender_label(text: str, gender: str) -> None:
    assert extract(text).values.get(GENDER) == gender


@pytest.mark.parametrize(
    "text",
    [
        # alternatives that name different facts: neither label's value is a gender
        "Nome: Ilídio\nSexo/idade: 30 anos",
        "Nombre: Dunia\nSexo/nacionalidad: Honduras",
        "Name: Tomasz\nGender/age: 52",
    ],
)
def test_a_label_of_alternatives_naming_other_facts_sets_no_gender_from_its_value(
    text: str,
) -> None:
    assert extract(text).values.get(GENDER) is None


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Utente: jovem do sexo feminino, 17 anos, de nacionalidade angolana.", "female"),
        ("Acolhida pessoa do sexo masculino, 40 anos, vinda de Luanda.", "male"),
        ("Paciente de sexo masculino, 40 años, de Honduras.", "male"),
        ("Se atiende a una menor de sexo femenino, 15 años.", "female"),
        ("Patiente de sexe féminin, 30 ans, d'origine camerounaise.", "female"),
        ("Personne de sexe masculin, 19 ans, arrivée hier.", "male"),
    ],
)
def test_the_sex_of_the_person_described_is_her_gender(text: str, gender: str) -> None:
    assert extract(text).values.get(GENDER) == gender


@pytest.mark.parametrize(
    "text",
    [
        "Mujer de 30 años, acompañada de un menor de sexo masculino.",
        "Femme de 30 ans, avec un enfant de sexe masculin.",
        "Mulher de 30 anos, com um bebé do sexo masculino.",
        "Mulher de 30 anos, com a filha e um filho do sexo masculino.",
        "Woman, 30, with her son. Sexo del hijo: masculino.",
        "Jeune femme, 22 ans, venue avec son fils, de sexe masculin, 3 ans.",
    ],
)
def test_the_sex_of_her_child_or_of_another_person_is_not_hers(text: str) -> None:
    assert extract(text).values.get(GENDER) == "female"


@pytest.mark.parametrize(
    "text",
    [
        "Llegó con su hijo, de sexo masculino, de 3 años.",
        "Veio com o filho, do sexo masculino, de 2 anos.",
        "Arrivée avec son fils, de sexe masculin, 4 ans.",
    ],
)
def test_only_a_child_of_that_sex_tells_nothing_of_hers(text: str) -> None:
    assert extract(text).values.get(GENDER) is None


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("GC – Puesto de Illescas – nota p/ derivación – 11/03 17:30\nVarón, 19 a.", "male"),
        ("Ronda 22:15\nMujer, 30 años, rumana.", "female"),
        ("Hotline 23:47\nWoman, 30, from Romania.", "female"),
        ("Maraude 22:10\nFemme, 30 ans.", "female"),
        ("Equipa de rua 22:15\nHomem, 41 anos.", "male"),
    ],
)
def test_a_clock_time_before_her_description_is_no_count(text: str, gender: str) -> None:
    assert extract(text).values.get(GENDER) == gender


@pytest.mark.parametrize(
    "text",
    [
        "Llegaron 3 hombres a buscarla.",
        "She was taken by 2 men at 17:30.",
        "Vers 22:10, 2 hommes sont venus.",
        "Às 22:15 chegaram 2 homens.",
    ],
)
def test_a_count_of_people_is_still_no_gender_of_hers(text: str) -> None:
    assert extract(text).values.get(GENDER) is None
