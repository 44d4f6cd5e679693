"""Whose sex a noun tells (stop 43, lead): a man noun followed right away by a clitic for
her and its verb is someone who acted on her ("un hombre la obligaba a trabajar"), unless
the clitic is an article before a time word ("un hombre la semana pasada"); a clinic's
"pte femenina" tells hers. Invented notes."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

GENDER = "person.gender"


@pytest.mark.parametrize(
    "text",
    [
        "pte femenina, 22 anos. Relata que un hombre la obligaba a trabajar en un bar.",
        "Joven venezolana. Dice que un señor la llevaba cada noche al local.",
        "Jeune femme de 24 ans. Un homme la forçait à mendier devant la gare.",
    ],
)
def test_a_man_acting_on_her_does_not_make_her_male(text: str) -> None:
    assert extract(text).values.get(GENDER) == "female"


def test_a_man_before_an_article_and_a_time_word_is_still_read() -> None:
    text = "Hombre de 40 años. Llegó al centro solo, un hombre la semana pasada lo trajo."
    assert extract(text).values.get(GENDER) == "male"


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Urgencias: pte femenina, 31 años, dolor abdominal.", "female"),
        ("Urgencias: paciente masculino, 45 años, herida en el brazo.", "male"),
        ("Triagem: pte feminina, 28 anos.", "female"),
    ],
)
def test_a_clinic_patient_described_by_sex(text: str, gender: str) -> None:
    assert extract(text).values.get(GENDER) == gender
