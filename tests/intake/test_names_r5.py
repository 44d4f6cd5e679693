"""Round 5, names: a title before one name alone (en "Mrs. Osei") is a family name, what
she wants to be called is not plain: offered, never applied; a name set off by commas
before an age is looked for in its own sentence only ("Intendente, 22h. Senhora, 51
anos" names no one). Invented sentences; must-not-fire as many as must-fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

NAME = "person.name"
AGE = "person.age"


@pytest.mark.parametrize(
    "text",
    [
        "Client: Mrs. Osei, 67, female. Born in Ghana.",
        "I am writing for my client, Mr. Dizon, a 58-year-old Filipino citizen.",
        "Client: Ms Haddad, 40, from Lebanon.",
        "The Embassy refers Ms. Tigist, a 24-year-old domestic worker.",
        "Client: Mr. Ramon Dizon, 45, male.",
        # round 10: the fr/es/pt titles too (the blind writers leave "M. Youssef" out)
        "Je vous oriente Mme Siti, 30 ans, indonésienne.",
        "El consulado remite a la señora Zoila, de 60 años.",
        "Encaminho a Sra. Maricel, 41 anos, filipina.",
    ],
)
def test_an_english_title_before_a_name_alone_is_offered_not_applied(text: str) -> None:
    got = extract(text)
    assert NAME not in got.values
    assert NAME in got.offered()


def test_her_age_beside_an_offered_name_is_still_read() -> None:
    assert extract("Client: Mrs. Osei, 67, female").values.get(AGE) == 67


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Client: Ms. Priya S., 29, female.", "Priya S."),  # an initial after: a given name
        ("El consulado remite a doña Zoila, de 60 años.", "Zoila"),  # how she is called
        ("Valentina, 23, from Colombia, arrived today.", "Valentina"),
        ("Rosa, hondureña, 30 años, llegó ayer.", "Rosa"),
    ],
)
def test_a_given_name_with_a_title_or_set_off_before_an_age_is_read(text: str, name: str) -> None:
    assert extract(text).values.get(NAME) == name


@pytest.mark.parametrize(
    "text",
    [
        "Equipa de rua, Intendente, 22h. Senhora romena, 51 anos, pede na rua.",
        "Night outreach, Brixton, 11 p.m. Woman from Romania, 45, begging.",
        "Ronda nocturna, Lavapiés, 22h. Mujer rumana, 51 años, pide en la calle.",
        "Maraude, Barbès, 22h. Femme roumaine, 51 ans, fait la manche.",
    ],
)
def test_a_place_before_a_time_and_a_new_sentence_is_no_name(text: str) -> None:
    assert extract(text).values.get(NAME) is None
