"""Children listed after a word for several of them ("deux enfants, une fille de 3 ans et
un garçon de 5 ans", "two kids, a girl of 3 and a boy of 5") are hers to care for: their
ages and sexes are never hers, even in a note that gives her no age. A child survivor
described alone ("Niña de 9 años") is still read. Invented sentences in en/es/fr/pt."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

LISTED = [
    "Elle a deux enfants, une fille de 3 ans et un garçon de 5 ans.",
    "Elle a deux enfants dont une fille de 3 ans.",
    "She has two kids, a girl of 3 and a boy of 5.",
    "She looks after the family's two little boys, aged 4 and 6.",
    "Tiene dos hijos, una niña de 3 años y un niño de 5.",
    "Tem dois filhos, uma menina de 3 anos e um menino de 5.",
]


@pytest.mark.parametrize("text", LISTED)
def test_a_listed_childs_age_and_sex_are_not_hers(text: str) -> None:
    got = extract(text)
    assert got.values.get("person.age") is None
    assert got.values.get("person.gender") != "male"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Niña de 9 años, llegó con su madre.", 9),
        ("Femme, 30 ans. Elle a deux enfants, une fille de 3 ans et un garçon de 5 ans.", 30),
    ],
)
def test_her_own_age_is_still_read(text: str, age: int) -> None:
    assert extract(text).values.get("person.age") == age
