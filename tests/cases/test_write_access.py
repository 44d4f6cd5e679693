"""A caseworker changes only the cases she holds (`case_common.require_case_holder`).

Before, a caseworker who could see only another's needs and progress could still add a
note, a need, a goal or a consent to that case, or close it: the change was audited,
not refused. Now writing draws the same line as reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from caseassist.cli import main
from caseassist.services.cases import records
from caseassist.vault import (
    case_store,
    consent_store,
    household_store,
    note_store,
    plan_store,
    referral_store,
)
from caseassist.vault.case_common import require_case_holder
from caseassist.vault.errors import NoSuchCase, NotYourCaseToChange

from .conftest import PASS


def _codes(as_user) -> dict[str, str]:
    return {s.name: s.code for s in case_store.list_cases(as_user("ana"), status=None)}


def _a_need(v, code: str) -> str:
    return case_store.get_case(v, code).needs[0].id


WRITES = {
    "a note": lambda v, code: note_store.add_note(v, code, "Called her sister today."),
    "a need": lambda v, code: case_store.add_need(v, code, "legal"),
    "a goal": lambda v, code: plan_store.add_goal(v, code, "Find a room near the school"),
    "a child": lambda v, code: household_store.add_member(v, code, age=6),
    "an appointment": lambda v, code: household_store.add_appointment(
        v, code, dt.date(2026, 12, 9), "Clinic"
    ),
    "a consent": lambda v, code: consent_store.record_consent(
        v,
        code,
        purpose="referral",
        recipient="Clinic on Main Street",
        categories=["medical"],
        method="verbal",
        expires_at=None,
    ),
    "a fact": lambda v, code: case_store.set_facts(
        v, code, records({"food.needs_food_now": True}, by=v.user)
    ),
    "closing it": lambda v, code: case_store.close_case(v, code, "housed"),
}


def _state(as_user, code: str):
    """What the case's holder sees of it: every part a write above could change."""
    owner, now = as_user("cw2"), dt.datetime(2026, 12, 4, tzinfo=dt.UTC)
    case = case_store.get_case(owner, code, now=now)
    parts = ("facts", "needs", "notes", "goals", "referrals", "members", "appointments")
    return (
        case.summary.status,
        *(getattr(case, p) for p in parts),
        consent_store.consents(owner, code),
    )


@pytest.mark.parametrize("what", list(WRITES))
def test_a_caseworker_cannot_change_anothers_case(as_user, what):
    code = _codes(as_user)["José Núñez"]  # cw2's
    before = _state(as_user, code)
    with pytest.raises(NotYourCaseToChange):
        WRITES[what](as_user("cw"), code)
    assert _state(as_user, code) == before


@pytest.mark.parametrize(
    ("user", "what"),
    [(u, w) for u in ("cw2", "ana", "desk") for w in ("a note", "a need", "a goal")]
    + [("cw2", "closing it"), ("ana", "closing it")],  # intake staff do not close cases
)
def test_its_caseworker_an_admin_and_intake_staff_can(as_user, user, what):
    code = _codes(as_user)["José Núñez"]
    before = _state(as_user, code)
    WRITES[what](as_user(user), code)
    assert _state(as_user, code) != before


def test_changes_by_id_are_refused_too(as_user):
    """Steps, goals, needs, notes and referrals are named by id: the id's case decides."""
    code = _codes(as_user)["José Núñez"]
    owner, other = as_user("cw2"), as_user("cw")
    need = _a_need(owner, code)
    goal = plan_store.add_goal(owner, code, "Find a doctor")
    step = plan_store.add_step(owner, goal, "Call the clinic")
    note = note_store.add_note(owner, code, "Met at the library.")
    referral = referral_store.add_referral(owner, need, provider="Clinic on Main Street")
    attempts = [
        lambda: plan_store.add_step(other, goal, "Another step"),
        lambda: plan_store.complete_step(other, step),
        lambda: plan_store.set_goal_status(other, goal, "dropped"),
        lambda: case_store.change_need(other, need, status="met"),
        lambda: note_store.correct_note(other, note, "Something else."),
        lambda: referral_store.add_referral(other, need, provider="Another clinic"),
        lambda: referral_store.change_referral(other, referral, "sent"),
    ]
    for attempt in attempts:
        with pytest.raises(NotYourCaseToChange):
            attempt()
    case = case_store.get_case(owner, code)
    assert [n.text for n in case.notes] == ["Met at the library."]
    assert [len(g.steps) for g in case.goals] == [1] and case.goals[0].status == "active"
    assert [r.provider for r in case.referrals] == ["Clinic on Main Street"]


@pytest.mark.parametrize("user", ["cw", "ana"])
def test_a_row_whose_case_is_gone_is_changed_by_no_one(as_user, user):
    """A step or note left without its case (`case` None) is refused, never waved through."""
    with pytest.raises(NoSuchCase):
        require_case_holder(as_user(user), None)


def test_anyone_on_the_staff_can_withdraw_her_consent(as_user):
    """Withdrawing only ever shares less; she should not wait for her caseworker."""
    code = _codes(as_user)["José Núñez"]
    consent = WRITES["a consent"](as_user("cw2"), code)
    consent_store.revoke_consent(as_user("cw"), consent)
    assert consent_store.get_consent(as_user("cw2"), consent).revoked_at is not None


def test_the_command_line_says_so_in_one_line(folder, as_user, capsys, monkeypatch):
    code = _codes(as_user)["José Núñez"]
    monkeypatch.setenv("CASEASSIST_PASSPHRASE", PASS)
    capsys.readouterr()
    rc = main(
        ["case", "note", "add", code, "A note.", "--data-dir", str(folder), "--user", "cw"]
        + ["--lang", "en"]
    )
    err = capsys.readouterr().err
    assert rc != 0 and "Traceback" not in err
    assert err.strip().count("\n") == 0 and "not assigned to you" in err
