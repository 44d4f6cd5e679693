"""Found trying the demo and the blind practice scenarios of stop 38 (the lead): a free-text
answer that only states another fact gives a text question (diet, safe contact, injuries)
no value, and a printed form's leader whose own label only says whom the line is about
("Individual referred ...... Sex: M  Age: 44") still reads the labels after it."""

from __future__ import annotations

import pytest

from caseassist.intake.answering import settle_answer
from caseassist.intake.facts import State
from caseassist.intake.read.answers import interpret_answer
from caseassist.intake.read.note import extract


@pytest.mark.parametrize(
    ("asked", "answer", "other"),
    [
        (
            "food.dietary_needs",
            "yes please, I want to call my sister in Quito",
            "reintegration.wants_family_contact",
        ),
        ("food.dietary_needs", "Quiero volver a mi país.", "reintegration.wants_to_return_home"),
        ("person.safe_contact", "I want a lawyer to get my wages back", "legal.wants_legal_help"),
        ("medical.injuries", "J'ai faim, je n'ai rien mangé depuis hier.", "food.needs_food_now"),
    ],
)
def test_a_sideways_answer_is_no_text_value(asked, answer, other):
    settled = {s.fact: s for s in settle_answer(asked, answer)}
    assert settled[asked].state is not State.KNOWN  # not her diet, contact or injury
    assert settled[other].state is State.KNOWN  # what it does say is kept
    assert asked not in interpret_answer(asked, answer).values


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("food.dietary_needs", "I'm diabetic"),
        ("food.dietary_needs", "No como cerdo."),
        ("medical.injuries", "my back hurts a lot"),
        ("medical.injuries", "Cortei a mão no trabalho e está inchada."),
        ("person.safe_contact", "Mi prima Lupe, 555-0199"),
        ("person.safe_contact", "my friend Rosa, she can help me find a lawyer"),
    ],
)
def test_an_answer_about_the_asked_thing_is_kept(asked, answer):
    settled = {s.fact: s for s in settle_answer(asked, answer)}
    assert settled[asked].state is State.KNOWN and settled[asked].value


@pytest.mark.parametrize(
    ("note", "gender", "age"),
    [
        ("Individual referred ......... Sex: M   Age: approx 51", "male", 51),
        ("Patient ..... Sex: F  Age: 38", "female", 38),
        ("Personne orientée ....... Sexe : F  Âge : 33", "female", 33),
        ("Persona derivada ........ Sexo: M  Edad: 29", "male", 29),
    ],
)
def test_a_leader_before_labels_reads_the_labels(note, gender, age):
    got = extract(note).values
    assert got.get("person.gender") == gender
    assert got.get("person.age") == age
