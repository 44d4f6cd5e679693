"""Safety facts read by the kind of statement, not its phrasing: "followed" as in care
("suivie par une assistante sociale") is no danger, while "followed" by a person still is.
Every sentence here is invented for the test, in several languages and forms."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

DANGER = "safety.in_immediate_danger"
KNOWS = "safety.trafficker_knows_location"
POLICE = "safety.wants_law_enforcement"


def values(text: str) -> dict[str, object]:
    return extract(text).values


# ------------------------------------------------- "followed" in care, wanted, threatened with


@pytest.mark.parametrize(
    "text",
    [
        "Il est suivi par une autre structure.",
        "Elle est suivie par une assistante sociale depuis mars.",
        "Elle est suivie en psychiatrie.",
        "Ils sont suivis par le CCAS.",
        "Elle est suivie au CMP.",
        "Il est suivi médicalement.",
        "Elle est recherchée par la police.",
        "Elle est menacée d'expulsion.",
        "She is being followed up by the GP.",
        "She is being followed by a caseworker at the council.",
        "La siguen atendiendo en el centro de salud.",
        "La siguen viendo en psicología.",
        "Lo siguen en el centro de salud mental.",
        "Ela está a ser seguida pela psicóloga.",
        "Ela está sendo seguida no CAPS.",
    ],
)
def test_followed_in_care_wanted_or_threatened_with_eviction_is_no_danger(text):
    assert DANGER not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Elle est suivie par un homme depuis hier.",
        "Elle est suivie.",
        "Elle est menacée par son ancien patron.",
        "Elle est menacée de mort.",
        "Elle est recherchée par le réseau.",
        "She is being followed by a man in a car.",
        "La siguen desde la estación.",
        "La siguen buscando.",
        "Ela está a ser seguida por um homem.",
        "Está a ser seguida.",
    ],
)
def test_followed_or_hunted_by_a_person_is_still_danger(text):
    assert values(text)[DANGER] is True
