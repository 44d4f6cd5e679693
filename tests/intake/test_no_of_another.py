"""A "no" that negates the verb of a statement about another fact is not a bare no to the
question asked (a new user's walk-through: "no quiero que sepa la policía", said to the
sharing question, was saved as a refusal to share with anyone)."""

from __future__ import annotations

import pytest

from caseassist.intake.read import interpret_answer

CONSENT = "consent.share_with_providers"


@pytest.mark.parametrize(
    "text",
    [
        "no quiero que sepa la policía",
        "não quero que a polícia saiba",
        "No quiero que la policía se entere de nada",
    ],
)
def test_a_police_wish_said_to_the_sharing_question_leaves_sharing_open(text):
    got = interpret_answer(CONSENT, text)
    assert got.values.get("safety.wants_law_enforcement") == "no"
    assert CONSENT not in got.values


@pytest.mark.parametrize(
    "fact_id, text, value",
    [
        (CONSENT, "no", "no"),
        (CONSENT, "No, prefiero que no", "no"),
        (CONSENT, "No quiero que compartan nada", "no"),
        ("safety.in_immediate_danger", "No tengo miedo aquí", False),
        ("medical.needs_medication", "No tomo nada", False),
        ("food.needs_food_now", "No, ya comí", False),
    ],
)
def test_a_no_about_the_question_itself_still_answers_it(fact_id, text, value):
    assert interpret_answer(fact_id, text).values.get(fact_id) == value


def test_a_work_barrier_is_not_a_wish_against_work():
    got = interpret_answer("jobs.wants_employment", "No puedo trabajar legalmente.")
    assert got.values.get("jobs.has_work_authorization") == "no"
    assert "jobs.wants_employment" not in got.values
