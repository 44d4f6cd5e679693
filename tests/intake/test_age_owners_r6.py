"""Round 6, whose age: an age right after the object of "has a / with a / tiene una /
avec un / tem um" (`age_object_leads`) is that person's whatever the noun, typos
included ("has a daugter 3 yo"), unless the noun is one for her ("spoke with a female,
39"); "the 5-year-old", "la de 5 años", "celle de 5 ans", "o de 5 anos" stand for
someone the note spoke of. Invented sentences in en/es/fr/pt; must-not-fire as many as
must-fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

AGE = "person.age"


@pytest.mark.parametrize(
    "text",
    [
        "Pt female, DR. Has a daugter 3 yo who is with her now.",
        "She has a nephew, 15 y/o, still at the farm.",
        "Arrived with a cousn, 19, who speaks English.",
        "Llegó con una sobrna de 19 años.",
        "Tiene un ahijado de 12 años en Honduras.",
        "Elle est venue avec un cousin, 22 ans.",
        "Elle a une nièce de 16 ans au pays.",
        "Veio com uma amiga de 20 anos.",
        "Tem um afilhado de 14 anos em Luanda.",
    ],
)
def test_the_age_of_the_person_she_has_or_came_with_is_not_hers(text: str) -> None:
    assert extract(text).values.get(AGE) is None


@pytest.mark.parametrize(
    "text",
    [
        "She is not hurt; the 5-year-old has a fever.",
        "The 7-year-old is at school today.",
        "Mujer, llegó con sus hijas; la de 5 años tiene fiebre.",
        "Los de 8 años se quedaron con la abuela.",
        "Femme, venue avec ses filles ; celle de 5 ans a de la fièvre.",
        "Mulher, veio com os filhos; o de 5 anos tem febre.",
    ],
)
def test_a_determiner_standing_for_someone_takes_the_age(text: str) -> None:
    assert extract(text).values.get(AGE) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Officers spoke with a female, 39, a Korean national.", 39),
        ("We met with a client, 30, from Peru.", 30),
        ("She is a woman, 28, from Peru, with a daughter.", 28),
        ("Hablamos con una joven de 18, de Sonora.", 18),
        ("Mujer de 30 años, llegó con sus hijas; la de 5 años tiene fiebre.", 30),
        ("Nous avons reçu une femme de 30 ans avec une amie.", 30),
        ("Chegou com uma senhora de 40 anos.", 40),
        ("Mulher de 33 anos, veio com os filhos; o de 5 anos tem febre.", 33),
        ("A 28-year-old woman with a limp, from Ghana.", 28),
    ],
)
def test_her_own_age_beside_another_person_is_still_read(text: str, age: int) -> None:
    assert extract(text).values.get(AGE) == age


@pytest.mark.parametrize(
    "text",
    [
        "Observaciones: diez años trabajando de interna para una familia.",
        "Situation : 7 ans dans un atelier sans salaire.",
        "Situação: 5 anos sem salário numa obra.",
        "Notes: 3 years in the fields, no pay.",
    ],
)
def test_years_after_a_label_not_of_age_are_how_long(text: str) -> None:
    assert extract(text).values.get(AGE) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Edad: 30 años", 30),
        ("Edad aproximada: unos 30 años", 30),
        ("Usuaria: 30 años, hondureña.", 30),
        ("Âge : 30 ans", 30),
        ("Idade: 66 anos\nObservação: trabalhou 30 anos sem salário.", 66),
        ("Client: 34 years old, from Peru.", 34),
    ],
)
def test_years_after_an_age_or_person_label_are_her_age(text: str, age: int) -> None:
    assert extract(text).values.get(AGE) == age
