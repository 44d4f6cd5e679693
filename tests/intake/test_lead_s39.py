"""Readings the lead found trying the app and the earlier blind scenario sets (stop 39)."""

from __future__ import annotations

import pytest

from caseassist.intake.read import note


@pytest.mark.parametrize(
    "text",
    [
        "Father Benedek from the parish rang us. A young woman has been sleeping in the "
        "church hall since Monday. She is 26.",
        "El padre Anselmo nos escribió. Una señora de 50 años duerme en la parroquia. "
        "Ella es de Honduras.",
        "Je vous écris de la part du père Gaston, il m'a donné votre adresse. Une dame "
        "vient à la messe le dimanche. Elle a 67 ans.",
        "O padre Severino ligou. Uma senhora de 60 anos dorme na igreja. Ela é de Angola.",
    ],
)
def test_a_priest_named_by_a_parents_title_is_not_her(text: str) -> None:
    """ "Father X" / "el padre X" / "le père X" is the priest who referred her: his title
    once gave a woman the gender "male", a wrong value that put a men's shelter first."""
    assert note.extract(text).values.get("person.gender") == "female"


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Father of two, 35, from Honduras. Needs a bed tonight.", "male"),
        ("Mother of three, 41, from Peru, sleeping at the bus station.", "female"),
    ],
)
def test_a_parents_noun_before_of_still_describes_the_person(text: str, gender: str) -> None:
    assert note.extract(text).values.get("person.gender") == gender
