"""Stop 41 (lead): a refusal of the police written in shorthand, "w" or "w/" for "with"
("doesnt want any more contact w police/feds"), is her no, as the full word is; found on
a blind practice note where a police statement given before had read yes instead."""

from __future__ import annotations

import pytest

from caseassist.intake.engine import IntakeSession

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
