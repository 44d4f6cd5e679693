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


KIDS = "household.children_with_them"


@pytest.mark.parametrize(
    "note",
    [
        "She has a 3 y/o son with her.",
        "Her 2 yo daughter is with her.",
        "She is with her 5 y.o. girl.",
        "- Son, 6 yoa, present w/ him. Wife still in Peru.",
        "Son (7) present with him.",
        "Son, 3, is with her.",
    ],
)
def test_a_child_with_a_short_age_is_counted(note):
    got = extract(note).values
    assert got.get(KIDS) == 1
    assert "person.age" not in got  # the child's age is never hers


@pytest.mark.parametrize(
    "note",
    [
        "Needs a bed tonight for her and the boy.",
        "Une chambre pour elle et le garçon ce soir.",
        "Cama esta noche para ella y el niño.",
    ],
)
def test_a_child_joined_to_her_tells_no_gender(note):
    assert extract(note).values.get("person.gender") != "male"


@pytest.mark.parametrize(
    ("note", "age"),
    [
        ("She came with a little boy, 4.", None),
        ("He arrived with a small girl, 6, and no bags.", None),
        ("Little boy, 4, found begging at the station.", 4),  # the boy is the survivor
        ("Son passeport est chez le patron. 34 ans.", 34),  # French "son" is no son
    ],
)
def test_a_young_childs_age_after_her_is_the_childs(note, age):
    assert extract(note).values.get("person.age") == age
