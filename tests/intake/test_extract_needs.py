"""Reading tonight's and later needs (shelter, food, medical, housing, going home, family,
a safe contact) from notes and answers, in invented sentences in several languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

SHELTER = "shelter.needs_shelter_tonight"


def facts(text: str) -> dict[str, object]:
    return extract(text).values


# ------------------------------------------------------------ shelter tonight


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("Do you have somewhere safe to stay tonight?", "No.", True),
        ("Do you have a place to sleep tonight?", "Yes, at my aunt's.", False),
        ("¿Tiene un lugar donde quedarse esta noche?", "No, ninguno.", True),
        ("¿Tienes dónde dormir hoy?", "Sí, con mi hermana.", False),
        ("Avez-vous un endroit où dormir cette nuit ?", "Non, rien.", True),
        ("Tem onde dormir hoje?", "Não.", True),
        ("Tem um lugar para ficar esta noite?", "Sim, em casa de uma amiga.", False),
    ],
)
def test_having_a_place_asked_is_the_opposite_of_needing_one(question, answer, value):
    assert interpret_answer(SHELTER, answer, question=question).values[SHELTER] is value


def test_asked_whether_she_needs_a_place_a_yes_is_a_yes():
    got = interpret_answer(SHELTER, "Yes.", question="Do you need a safe place to sleep tonight?")
    assert got.values[SHELTER] is True


@pytest.mark.parametrize(
    "text",
    [
        "Medication needed? no. Bed for tonight needed: yes.",
        "¿Necesita medicación? no. Necesita un sitio para dormir hoy: sí.",
    ],
)
def test_a_bare_no_ending_a_reply_is_not_a_number_sign(text):
    assert facts(text)[SHELTER] is True


def test_a_number_sign_still_joins_its_number():
    got = facts("Room no. 4 is taken. She needs a bed tonight.")
    assert got[SHELTER] is True
