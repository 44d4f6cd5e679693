"""A spouse named alone is a relative, and a word for her role is no name.

Found on a blind scenario: "Pt is a 67 yo male ... Wife deceased 2019." read "Pt" as his
name, and "Wife" as a vote that he is a woman, so his sex was lost in the conflict and a
women's shelter came first for him.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import clear

GENDER = "person.gender"
NAME = "person.name"


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        ("Pt is a 67 yo male. Wife deceased 2019.", "male"),
        ("Hombre de 58 años. Esposa en Honduras con los hijos.", "male"),
        ("Homme de 45 ans. Épouse restée au pays.", "male"),
        ("Homem de 50 anos. Esposa ficou em Angola.", "male"),
        ("Woman, 34. Husband abusive, still in Lima.", "female"),
        ("Mujer de 30 años. Marido en la cárcel.", "female"),
    ],
)
def test_a_spouse_named_alone_is_a_relative_not_her_sex(text, sex):
    assert clear(text, GENDER) == sex


@pytest.mark.parametrize(
    "text", ["Wife deceased 2019.", "Marido en Honduras.", "Mari resté au pays."]
)
def test_a_spouse_alone_gives_no_sex(text):
    assert clear(text, GENDER) is None


def test_a_spouse_after_an_indefinite_article_still_describes_her():
    assert clear("She is a wife and mother of three.", GENDER) == "female"


@pytest.mark.parametrize(
    "text",
    [
        "Pt is a 67 yo male, from Sri Lanka.",
        "Pte tiene 30 años, es de Bolivia.",
        "Pt. is a 40 yo F.",
    ],
)
def test_a_word_for_her_role_is_no_name(text):
    assert clear(text, NAME) is None


def test_a_name_opening_the_sentence_is_still_read():
    assert clear("Amina is a 34-year-old woman from Sudan.", NAME) == "Amina"
