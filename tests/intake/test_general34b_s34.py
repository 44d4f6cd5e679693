"""People in general as the subject, one reading for every fact (stop 34, general34b).

A sentence or clause opening on a `generic_people` word after only openers ("many", "la
mayoría de las", "beaucoup de", "muitas das"), marked as a remark, states nothing of her,
whatever the fact; a "she" after the group, or a group named with an article and no mark
of a remark ("the women found last night"), keeps the reading. Invented sentences in
en/es/fr/pt, each with a counterpart that must give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

INTERPRETER = "person.needs_interpreter"
POLICE = "safety.wants_law_enforcement"
BED = "shelter.needs_shelter_tonight"
HOME = "reintegration.wants_to_return_home"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Many victims from that route need an interpreter.", INTERPRETER),
        ("Muchas víctimas de esa ruta necesitan intérprete.", INTERPRETER),
        ("Beaucoup de victimes de ce réseau ont besoin d'un interprète.", INTERPRETER),
        ("Many survivors refuse to file a complaint.", POLICE),
        ("La mayoría de las víctimas no quieren denunciar.", POLICE),
        ("Les victimes ont souvent peur de porter plainte.", POLICE),
        ("As vítimas costumam ter medo de denunciar.", POLICE),
        ("Victims often need a bed for the night.", BED),
        ("Muchas mujeres llegan sin un lugar donde dormir esta noche.", BED),
        ("Many survivors want to go back home.", HOME),
        ("Muitas das mulheres querem voltar para casa.", HOME),
    ],
)
def test_people_in_general_state_nothing_of_her(text: str, fact: str) -> None:
    assert fact not in extract(text).values


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("She needs an interpreter.", INTERPRETER, True),
        ("Ella necesita intérprete.", INTERPRETER, True),
        ("Elle a besoin d'un interprète.", INTERPRETER, True),
        ("Many victims fear the police, but she wants to report him.", POLICE, "yes"),
        ("Muchas víctimas temen a la policía, pero ella quiere denunciar.", POLICE, "yes"),
        ("Ela quer denunciar o patrão à polícia.", POLICE, "yes"),
        ("The women were found in a flat last night; they need a bed tonight.", BED, True),
        (
            "Las mujeres fueron rescatadas anoche y necesitan un lugar para dormir esta noche.",
            BED,
            True,
        ),
        ("She wants to go back home.", HOME, "yes"),
    ],
)
def test_she_or_a_named_group_keeps_the_reading(text: str, fact: str, value: object) -> None:
    assert extract(text).values.get(fact) == value
