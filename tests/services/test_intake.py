"""Saving, resuming, reassessing and continuing intakes through the service layer, on a real vault."""

from __future__ import annotations

import pytest

from caseassist.intake.engine import IntakeSession
from caseassist.services import intake as intake_svc
from caseassist.vault import audit, case_store


def _session(answers: dict[str, object]) -> IntakeSession:
    """An intake with these facts answered by the survivor (questions in engine order)."""
    session = IntakeSession(recorded_by="cw")
    for fact_id, value in answers.items():
        session.correct(fact_id, value, who="cw")
    return session


def _state(vault, code):
    detail = case_store.get_case(vault, code)
    return (
        {f.fact_id: (f.state, f.value) for f in detail.facts},
        sorted((n.category, n.horizon, n.derived) for n in detail.needs),
    )


def test_a_new_intake_becomes_a_case_with_its_facts_and_needs(caseworker):
    session = _session({"person.name": "Mira Testova", "shelter.needs_shelter_tonight": True})
    code = intake_svc.save_intake(caseworker, session)
    facts, needs = _state(caseworker, code)
    assert facts["person.name"] == ("known", "Mira Testova")
    assert ("shelter", "immediate", True) in needs
    assert case_store.get_case(caseworker, code).summary.name == "Mira Testova"


def test_saving_again_adds_the_new_facts_and_the_needs_they_imply(caseworker):
    session = _session({"shelter.needs_shelter_tonight": True})
    code = intake_svc.save_intake(caseworker, session)
    session.correct("legal.wants_legal_help", True, who="cw")
    assert intake_svc.save_intake(caseworker, session, code) == code
    facts, needs = _state(caseworker, code)
    assert facts["legal.wants_legal_help"] == ("known", True)
    assert [c for c, _h, _d in needs] == ["legal", "shelter"]


def test_a_paused_intake_resumes_exactly_where_it_stopped(caseworker):
    session = _session({"safety.in_immediate_danger": False})
    asked = session.next_question()
    code = intake_svc.save_intake(caseworker, session)
    resumed = intake_svc.resume_intake(caseworker, code)
    assert resumed.to_dict() == session.to_dict()
    assert resumed.next_question().id == asked.id


def test_a_reassessment_asks_again_only_what_staff_marked_as_changed(caseworker):
    session = _session({"shelter.needs_shelter_tonight": True, "food.needs_food_now": False})
    code = intake_svc.save_intake(caseworker, session)
    again = intake_svc.reassessment(caseworker, code, changed=["food.needs_food_now"])
    assert again.settled("shelter.needs_shelter_tonight")
    assert not again.settled("food.needs_food_now")


def test_a_returning_survivor_continues_their_case_without_losing_a_fact(caseworker):
    first = _session({"person.name": "Mira Testova", "person.age": 30})
    code = intake_svc.save_intake(caseworker, first)
    second = _session({"person.name": "Mira Testova", "jobs.wants_employment": True})
    assert intake_svc.continue_case(caseworker, code, second) == code
    facts, needs = _state(caseworker, code)
    assert facts["person.age"] == ("known", 30)
    assert facts["jobs.wants_employment"] == ("known", True)
    assert ("jobs", "long_term", True) in needs


def _snapshot(vault, code):
    """Everything a save could change: the facts, the needs, the paused intake, the writes audited."""
    detail = case_store.get_case(vault, code, action="test.look")
    with vault.session() as db:
        writes = [e for e in audit.recent(db, 1000) if e.action in ("case.facts", "need.derive")]
    return _state(vault, code), detail.intake_state, len(writes)


@pytest.mark.parametrize("use_case", ["save_intake", "continue_case"])
def test_a_failure_between_facts_and_needs_leaves_the_case_as_it_was(
    caseworker, monkeypatch, use_case
):
    session = _session({"shelter.needs_shelter_tonight": True})
    code = intake_svc.save_intake(caseworker, session)
    session.correct("legal.wants_legal_help", True, who="cw")
    session.correct("person.age", 30, who="cw")
    before = _snapshot(caseworker, code)

    def fail_after_facts(*args, **kwargs):
        raise OSError("injected: the disk went away between facts and needs")

    monkeypatch.setattr(case_store, "sync_derived_needs_in", fail_after_facts)
    with pytest.raises(OSError, match="injected"):
        if use_case == "save_intake":
            intake_svc.save_intake(caseworker, session, code)
        else:
            intake_svc.continue_case(caseworker, code, session)
    monkeypatch.undo()
    after = _snapshot(caseworker, code)
    assert after[0] == before[0]  # no fact without its needs
    assert after[1] == before[1]
    assert after[2] == before[2]  # no write audited
    assert case_store.list_cases(caseworker)[0].age_band is None
