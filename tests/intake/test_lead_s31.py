"""Going home: a plural article or "p/" before the country, and "not interested in".

"Quer voltar para as Filipinas", "quiere volver a las Filipinas" and "quer voltar p/
Indonésia" gave nothing (`place_leads` knew only singular articles), and "is not
interested in going back to Vietnam" was no wish at all (`wish_cues`).
"""

from __future__ import annotations

import pytest

from tests.intake.reading import clear

HOME = "reintegration.wants_to_return_home"


@pytest.mark.parametrize(
    "text",
    [
        "She wants to go back to the Philippines.",
        "Quiere volver a las Filipinas cuanto antes.",
        "Elle veut retourner aux Philippines.",
        "Quer voltar para as Filipinas o quanto antes.",
        "Quer voltar p/ Indonésia.",
        "Quiere volver p/ Honduras.",
    ],
)
def test_a_country_after_a_plural_article_or_a_shorthand_is_home(text):
    assert clear(text, HOME) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Quer voltar para as aulas.",
        "Quiere volver a las clases de inglés.",
        "Elle veut retourner aux cours du soir.",
        "He wants to go back to the classes.",
    ],
)
def test_going_back_to_something_else_is_not_home(text):
    assert clear(text, HOME) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He is not interested in going back to Vietnam.", "no"),
        ("She is interested in going back to Ghana one day.", "yes"),
        ("No está interesada en volver a Honduras.", "no"),
        ("Ela não tem interesse em voltar para Angola.", "no"),
        ("Il n'est pas intéressé par l'idée de rentrer au Mali.", "no"),
    ],
)
def test_an_interest_is_a_wish(text, value):
    assert clear(text, HOME) == value


@pytest.mark.parametrize(
    "text",
    [
        "Her sister is interested in going back to Ghana.",
        "Su hermana no está interesada en volver a Honduras.",
    ],
)
def test_someone_elses_interest_is_theirs(text):
    assert clear(text, HOME) is None


# Found on blind scenarios: "El muchacho colombiano de 24 q la trajo al pais no esta con
# ella" gave a girl of 17 his sex and his country, so her own "la joven ... venezolana"
# was outvoted and her origin lost in a conflict.
GENDER, ORIGIN = "person.gender", "person.country_of_origin"


@pytest.mark.parametrize(
    "text",
    [
        "Joven venezolana de 17 años. El muchacho colombiano de 24 q la trajo no está con ella.",
        "Jeune Vénézuélienne de 17 ans. Le jeune Colombien de 24 ans qui l'a amenée est parti.",
        "Venezuelan girl, 17. The young Colombian man, 24, who brought her here has left.",
    ],
)
def test_who_brought_her_is_not_her(text):
    assert clear(text, GENDER) == "female"
    assert clear(text, ORIGIN) == "VE"


@pytest.mark.parametrize(
    ("text", "gender", "origin"),
    [
        ("Joven colombiana de 17 años que la policía encontró en la finca.", None, "CO"),
        ("Señor chino de 52 años, pide q le llamen Wei.", "male", "CN"),
        (
            "M. Fernandes, 55 ans, ressortissant portugais, qui a travaillé trois saisons.",
            "male",
            "PT",
        ),
        ("A young Colombian man, 24, who called her sister, is staying with us.", "male", "CO"),
    ],
)
def test_a_relative_that_is_not_about_her_keeps_the_person(text, gender, origin):
    if gender:
        assert clear(text, GENDER) == gender
    assert clear(text, ORIGIN) == origin


@pytest.mark.parametrize(
    "text",
    [
        "Trabajador 2 (T2): varón, 58 años.\nTrabajador 3: menor de 16, derivado a menores.",
        "Worker 2: male, 58.\nWorker 3: a minor of 16, referred to children's services.",
        "Travailleur 2 : homme, 58 ans.\nTravailleur 3 : mineur de 16 ans, orienté vers l'ASE.",
        "Trabalhador 2: homem, 58 anos.\nTrabalhador 3: menor de 16 anos, encaminhado.",
    ],
)
def test_a_later_numbered_person_described_as_a_minor_is_not_her(text):
    """Found on a blind scenario: 'menor' (a word the notes use for her) on another
    worker's line made that line hers, and a man of 58 was read as 16."""
    assert clear(text, "person.age") == 58
    assert clear(text, GENDER) == "male"
