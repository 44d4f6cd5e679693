"""A doubtful answer to a safety question is asked about once more, gently, and never
twice; nothing of the doubt is applied (`caseassist.intake.doubts`)."""

from __future__ import annotations

import pytest

from caseassist.intake.engine import IntakeSession
from caseassist.intake.facts import State

DANGER = "safety.in_immediate_danger"
LOCATION = "safety.trafficker_knows_location"


def _at(question: str) -> IntakeSession:
    s = IntakeSession()
    q = s.next_question()
    while q is not None and q.id != question:
        s.dont_know()
        q = s.next_question()
    assert q is not None
    return s


@pytest.mark.parametrize(
    "reply",
    [
        "not now I think...",
        "I think not",
        "no sé, creo que no",
        "creo que no",
        "je crois que non",
        "je pense que non, je ne sais pas",
        "acho que não",
        "não sei, acho que não",
    ],
)
def test_a_doubtful_answer_about_danger_is_asked_once_more_in_each_language(reply):
    s = _at("q.safety.danger")
    s.answer(reply)
    assert DANGER not in s.facts  # nothing of the doubt applied
    again = s.next_question()
    assert again.id == "q.safety.danger" and again.confirming
    assert s.turns[-1]["answer"] == reply and s.turns[-1].get("doubt")
    s.answer("no")
    assert s.facts[DANGER].state is State.KNOWN and s.facts[DANGER].value is False
    assert s.next_question().id != "q.safety.danger"


def test_never_a_second_follow_up_and_a_second_doubt_is_not_known():
    s = _at("q.safety.danger")
    s.answer("creo que no")
    s.answer("no sé, creo que no")
    assert s.facts[DANGER].state is State.UNKNOWN
    nxt = s.next_question()
    assert nxt.id != "q.safety.danger" and not nxt.confirming


def test_a_fact_with_its_own_unsure_value_records_the_doubt_as_her_answer():
    """ "It is fine to say you are not sure": the location question takes the doubt."""
    s = _at("q.safety.location")
    s.answer("je crois que non")
    assert s.facts[LOCATION].value == "unsure"
    assert s.next_question().id != "q.safety.location"


@pytest.mark.parametrize(
    "reply", ["no", "yes", "no sé", "je ne sais pas", "não sei", "I'd rather not say"]
)
def test_a_clear_answer_or_a_plain_dont_know_is_not_a_doubt(reply):
    s = _at("q.safety.danger")
    s.answer(reply)
    assert DANGER in s.facts
    assert s.next_question().id != "q.safety.danger"


def test_f5_and_declining_are_answers_not_doubts():
    s = _at("q.safety.danger")
    s.dont_know()
    assert s.facts[DANGER].state is State.UNKNOWN and s.next_question().id != "q.safety.danger"
    s = _at("q.safety.danger")
    s.decline()
    assert s.next_question().id != "q.safety.danger"


def test_a_doubt_to_a_question_not_marked_is_recorded_as_before():
    s = _at("q.shelter.tonight")
    s.answer("I think so")
    assert s.next_question().id != "q.shelter.tonight"


def test_the_follow_up_survives_a_pause():
    s = _at("q.safety.danger")
    s.answer("not now I think")
    resumed = IntakeSession.from_dict(s.to_dict())
    q = resumed.next_question()
    assert q.id == "q.safety.danger" and q.confirming
    resumed.answer("maybe, I think not")
    assert resumed.next_question().id != "q.safety.danger"
