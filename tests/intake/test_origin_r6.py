"""Round 6, whose origin and age: a person brought in as another ("otra mujer", "another
worker", "une autre femme", "outra mulher") takes the demonym and the age described in
their clause, unless "she / ella" takes her up again; a transcript's reply opened by
"de / du / da" after its speaker's label ("Appelant : Du Guatemala.") says where she is
from. Invented sentences in en/es/fr/pt; must-not-fire as many as must-fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

ORIGIN = "person.country_of_origin"
AGE = "person.age"


@pytest.mark.parametrize(
    ("text", "origin", "age"),
    [
        (
            "Edad: 31\nNacionalidad: paraguaya\nObservaciones: otra mujer localizada en el "
            "mismo local (22 años, rumana) ha sido derivada a otro recurso.",
            "PY",
            31,
        ),
        ("Woman, 30, Honduran. Another woman, 25, Guatemalan, stays at the house.", "HN", 30),
        ("Femme, 30 ans, camerounaise. Une autre femme, 25 ans, nigériane, est restée.", "CM", 30),
        ("Mulher, 30 anos, angolana. Outra mulher, 25 anos, moçambicana, ficou lá.", "AO", 30),
        (
            "Mujer, 30 años, hondureña. Otra chica (19 años, salvadoreña) sigue en la casa.",
            "HN",
            30,
        ),
    ],
)
def test_another_person_takes_the_origin_and_age_of_their_clause(
    text: str, origin: str, age: int
) -> None:
    got = extract(text).values
    assert got.get(ORIGIN) == origin
    assert got.get(AGE) == age


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30. Another woman, 25, Guatemalan, stays at the house.",
        "Femme, 30 ans. Une autre femme, 25 ans, guatémaltèque, est restée.",
        "Mulher, 30 anos. Outra mulher, 25 anos, guatemalteca, ficou.",
        "Observaciones: otra mujer localizada en el mismo local (22 años, rumana).",
    ],
)
def test_only_another_persons_origin_gives_none_of_hers(text: str) -> None:
    got = extract(text).values
    assert ORIGIN not in got
    assert got.get(AGE) in (None, 30)


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Otra mujer la ayudó; ella tiene 30 años y es hondureña.", "HN"),
        ("Another woman helped her; she is Honduran.", "HN"),
        ("Une autre femme l'a aidée ; elle est camerounaise.", "CM"),
        ("Outra mulher ajudou-a; ela é angolana.", "AO"),
    ],
)
def test_she_taken_up_again_after_another_keeps_her_origin(text: str, origin: str) -> None:
    assert extract(text).values.get(ORIGIN) == origin


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Intervenante : D'où venez-vous?\nAppelant : Du Guatemala, de Huehuetenango.", "GT"),
        ("OP: E de onde é a Edna?\nLIG: De Cabo Verde, da ilha de Santiago.", "CV"),
        ("Operadora: ¿De dónde eres?\nUsuaria: De Honduras, de San Pedro Sula.", "HN"),
        ("Operador: De onde vem?\nUtente: Da Guiné-Bissau.", "GW"),
    ],
)
def test_a_reply_opened_by_de_after_its_speaker_says_her_origin(text: str, origin: str) -> None:
    assert extract(text).values.get(ORIGIN) == origin


@pytest.mark.parametrize(
    "text",
    [
        "Intervenante : D'où venez-vous?\nAppelant : Du travail, je suis sorti tard.",
        "OP: De onde está a ligar?\nLIG: De casa, em Sintra.",
        "Operadora: ¿De dónde llamas?\nUsuaria: De la calle, cerca del parque.",
    ],
)
def test_a_reply_opened_by_de_naming_no_country_gives_none(text: str) -> None:
    assert ORIGIN not in extract(text).values
