"""A form line whose label names who came with her is about them (`companion_labels`).

Found on blind scenarios: "Acompañante: hombre de 39 años" gave the survivor the
companion's age, and beside her own age left it unknown (a boy of 14 lost his age, and
adults-only shelters came first).
"""

from __future__ import annotations

import pytest

from tests.intake.reading import clear

AGE = "person.age"


@pytest.mark.parametrize(
    "line",
    [
        "Companion: man aged 39 who says he is her uncle.",
        "Acompañante: hombre de 39 años que dice ser su tío.",
        "Accompagnatrice : femme de 39 ans, sa voisine.",
        "Acompanhante: homem de 39 anos que diz ser tio dela.",
    ],
)
def test_the_companions_age_is_not_hers(line):
    assert clear(line, AGE) is None


@pytest.mark.parametrize(
    ("own", "line"),
    [
        ("Found: boy, 14, from Ecuador.", "Companion: man aged 39, says he is his uncle."),
        ("Hallazgo: menor varón, 14 años.", "Acompañante: hombre de 39 años."),
        ("Constat : garçon de 14 ans.", "Accompagnant : homme de 39 ans."),
        ("Criança: rapaz, 14 anos.", "Acompanhante: homem de 39 anos."),
    ],
)
def test_her_own_age_stands_beside_the_companions(own, line):
    assert clear(f"{own}\n{line}", AGE) == 14


@pytest.mark.parametrize(
    "text",
    [
        "Client: woman, 34, from Peru.",
        "Clienta: mujer de 34 años, peruana.",
        "Personne : femme de 34 ans, péruvienne.",
        "Utente: mulher de 34 anos, peruana.",
    ],
)
def test_a_label_for_her_still_gives_her_age(text):
    assert clear(text, AGE) == 34


@pytest.mark.parametrize(
    "text",
    [
        "Accompanied by: her son, 6.",
        "Acompañantes: su hijo de 6 años.",
        "Accompagnée de : son fils de 6 ans.",
        "Acompanhada de: o filho de 6 anos.",
    ],
)
def test_a_child_on_the_companion_line_is_still_with_her(text):
    assert clear(text, "household.children_with_them") == 1
    assert clear(text, AGE) is None
