"""Stop 41 (lead), both found on blind practice notes:

- a refusal of the police written in shorthand, "w" or "w/" for "with" ("doesnt want any
  more contact w police/feds"), is her no, as the full word is (a police statement given
  before had read yes instead);
- her doubt whether she has the right to stay is her worry about her status, wherever
  "here" is ("Oui, je ne sais pas si j'ai le droit de rester ici" had been asked again).
"""

from __future__ import annotations

import pytest

from caseassist.intake.engine import IntakeSession
from caseassist.intake.read import extract, interpret_answer

POLICE = "safety.wants_law_enforcement"


def _applied(note: str) -> object:
    s = IntakeSession(staff_locale="en", staff_languages=("en",), recorded_by="t")
    s.apply_referral(note)
    return s.facts[POLICE].value if POLICE in s.facts else None


@pytest.mark.parametrize(
    "note",
    [
        "- does not want any more contact w police",
        "- doesnt want contact w/ police or immigration",
        "- already gave a statement to detectives in March, doesnt want any more contact w police",
    ],
)
def test_a_refusal_of_contact_w_police_is_no(note):
    assert _applied(note) == "no"


def test_a_wish_to_talk_w_police_is_yes():
    assert _applied("- wants to talk w/ police about the van driver") == "yes"


IMMIGRATION = "legal.immigration_concern"


@pytest.mark.parametrize(
    "answer",
    [
        "Yes, I don't know if I have the right to stay here",
        "Sí, no sé si tengo derecho a quedarme aquí",
        "Oui, je ne sais pas si j'ai le droit de rester ici",
        "Sim, não sei se tenho direito de ficar aqui",
    ],
)
def test_a_doubt_about_her_right_to_stay_answers_the_worry(answer):
    assert interpret_answer(IMMIGRATION, answer).values.get(IMMIGRATION) is True


def test_someone_elses_right_to_stay_is_theirs():
    assert (
        extract("Her cousin wonders if he has the right to stay.").values.get(IMMIGRATION) is None
    )
    answer = "Maybe, my cousin does not know if he has the right to stay."
    assert interpret_answer(IMMIGRATION, answer).values.get(IMMIGRATION) is not True
