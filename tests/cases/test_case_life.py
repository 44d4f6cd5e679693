"""The whole life of a case on a real vault: intake, needs, referral with consent, plan, reassessment, close, purge."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from caseassist.intake.practice import load_scenario, run_session
from caseassist.services import intake as intake_svc
from caseassist.services import referrals as referral_svc
from caseassist.vault import (
    KdfParams,
    Role,
    Vault,
    case_store,
    consent_store,
    note_store,
    plan_store,
    referral_store,
    store,
)
from caseassist.vault.errors import NoSuchCase

SCENARIOS = Path(__file__).resolve().parents[1] / "intake" / "scenarios"
PASS = "a long test passphrase"


@pytest.fixture
def vault(tmp_path):
    v, _ = Vault.create(tmp_path / "v", "ana", PASS, kdf=KdfParams.fast_for_tests())
    v.add_account("cw", Role.caseworker, PASS, kdf=KdfParams.fast_for_tests())
    v.close()
    cw = Vault.unlock(tmp_path / "v", "cw", PASS)
    yield cw
    cw.close()


def _plaintext_copy(v: Vault, target: Path) -> bytes:
    """The decrypted database as bytes (a plaintext export), to look for traces of deleted rows."""
    conn = store.connect(v.db_path(v.folder), v._db_key)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    conn.execute("SELECT sqlcipher_export('plain')").fetchall()
    conn.execute("DETACH DATABASE plain")
    conn.close()
    return target.read_bytes()


def test_the_life_of_a_case(vault, tmp_path):
    scenario = load_scenario(SCENARIOS / "01-outreach-ukrainian-mother.toml")
    session, _referral = run_session(scenario)
    code = intake_svc.save_intake(vault, session)

    detail = case_store.get_case(vault, code)
    needs = {n.category: n for n in detail.needs}
    assert {"shelter", "food", "legal", "jobs"} <= set(needs)
    assert detail.summary.name == "Olena"
    assert dict((f.fact_id, f.state) for f in detail.facts)["person.safe_contact"] == "declined"

    # a need referred with consent, then met
    consent = consent_store.record_consent(
        vault,
        code,
        purpose="legal advice",
        recipient="Harbour Legal Clinic",
        categories=("name", "language", "needs"),
        method="verbal",
        expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=30),
    )
    ref = referral_store.add_referral(
        vault, needs["legal"].id, provider="Harbour Legal Clinic", consent_id=consent
    )
    referral_store.change_referral(vault, ref, "sent")
    text = referral_svc.summary(vault, code, ref, locale="es")
    assert "Olena" in text and "Derivación" in text
    referral_store.change_referral(vault, ref, "accepted")
    case_store.change_need(vault, needs["legal"].id, status="in_progress")
    case_store.change_need(vault, needs["legal"].id, status="met")
    legal = next(n for n in case_store.get_case(vault, code).needs if n.category == "legal")
    assert legal.status == "met"
    history = case_store.get_case(vault, code).history[legal.id]
    assert [(c.old, c.new) for c in history if c.field == "status"] == [
        ("identified", "referred"),
        ("referred", "in_progress"),
        ("in_progress", "met"),
    ]
    assert all(c.account == "cw" for c in history)

    # a plan goal, in the survivor's words, completed step by step
    goal = plan_store.add_goal(
        vault, code, "A flat near the twins' school", need_category="housing"
    )
    step = plan_store.add_step(vault, goal, "Visit the housing office together", owner="caseworker")
    plan_store.complete_step(vault, step)
    plan_store.set_goal_status(vault, goal, "achieved")
    plan = case_store.get_case(vault, code).goals[0]
    assert plan.progress == 1.0 and plan.status == "achieved"

    # reassessment asks nothing the case already holds
    again = intake_svc.reassessment(vault, code)
    held = {f.fact_id for f in case_store.get_case(vault, code).facts}
    asked = []
    while (q := again.next_question()) is not None:
        asked.extend(q.facts)
        again.dont_know()
    assert not set(asked) & held
    # ...and a fact staff mark as changed is asked again
    changed = intake_svc.reassessment(vault, code, changed=["shelter.needs_shelter_tonight"])
    first_facts = []
    while (q := changed.next_question()) is not None:
        first_facts.extend(q.facts)
        changed.dont_know()
    assert "shelter.needs_shelter_tonight" in first_facts

    # notes, close, purge: no trace of the notes left in the decrypted pages
    note = "Prefers the blue room, near the garden"
    note_store.add_note(vault, code, note)
    assert note_store.search_notes(vault, "blue room")[0][0] == code
    with vault.session() as s:
        from sqlmodel import select

        from caseassist.vault.tables.cases import NoteRow

        sealed = s.exec(select(NoteRow.body_sealed)).first()
    case_store.close_case(vault, code, "housed")
    assert case_store.get_case(vault, code).summary.status == "closed"
    admin = Vault.unlock(vault.folder, "ana", PASS)
    try:
        case_store.purge_case(admin, code)
        with pytest.raises(NoSuchCase):
            case_store.get_case(admin, code)
        plain = _plaintext_copy(admin, tmp_path / "plain.db")
    finally:
        admin.close()
    assert sealed and sealed not in plain and note.encode() not in plain and b"Olena" not in plain
    raw = (vault.folder / "vault.db").read_bytes()
    assert note.encode() not in raw
    assert sqlite3.connect(tmp_path / "plain.db").execute(
        "SELECT count(*) FROM case_file"
    ).fetchone() == (0,)


def test_consent_no_shares_nothing_identifying(vault):
    facts = {
        "person.name": "Zofia",
        "person.safe_contact": "Call the front desk at 555-0199",
        "medical.injuries": "Burn on the left wrist",
        "household.pregnant": True,
        "person.preferred_language": "pl",
        "person.age": 31,
        "consent.share_with_providers": "no",
        "legal.wants_legal_help": True,
    }
    from caseassist.cases.consent import default_categories
    from caseassist.services.cases import records

    code = case_store.create_case(vault, facts=records(facts), needs=[("legal", "long_term")])
    need = case_store.get_case(vault, code).needs[0]
    consent = consent_store.record_consent(
        vault,
        code,
        purpose="legal advice",
        recipient="Clinic",
        categories=default_categories("no"),
        method="written",
        expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=7),
    )
    ref = referral_store.add_referral(vault, need.id, provider="Clinic", consent_id=consent)
    text = referral_svc.summary(vault, code, ref)
    for value in ("Zofia", "555-0199", "Burn", "wrist", "pregnant", "31"):
        assert value not in text
    assert "Polish" in text  # languages are allowed: the provider can bring an interpreter

    consent_store.revoke_consent(vault, consent)
    with pytest.raises(referral_svc.ConsentNeeded):
        referral_svc.summary(vault, code, ref)
    expired = consent_store.record_consent(
        vault,
        code,
        purpose="x",
        recipient="Clinic",
        categories=("name",),
        method="verbal",
        expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1),
    )
    ref2 = referral_store.add_referral(vault, need.id, provider="Clinic", consent_id=expired)
    with pytest.raises(referral_svc.ConsentNeeded):
        referral_svc.summary(vault, code, ref2)


def test_returning_survivor_is_found_not_reinterviewed(vault):
    from caseassist.services.cases import records

    code = case_store.create_case(
        vault,
        facts=records(
            {
                "person.name": "Amaru",
                "person.age": 40,
                "person.preferred_language": "qu",
                "person.country_of_origin": "PE",
            }
        ),
        needs=[],
    )
    found = case_store.candidates_for_return(
        vault, name="  amaru ", age=41, language="qu", country="PE"
    )
    assert found and found[0][0].code == code and "name" in found[0][1]
    assert (
        case_store.candidates_for_return(
            vault, name="Someone Else", age=20, language="fr", country="FR"
        )
        == []
    )


def test_overdue_first_and_attention_follows_changes(vault):
    from caseassist.services.cases import records

    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=3)
    late = case_store.create_case(
        vault,
        facts=records({"person.name": "Iris"}),
        needs=[("shelter", "immediate")],
        opened_at=old,
    )
    fresh = case_store.create_case(
        vault, facts=records({"person.name": "Noor"}), needs=[("food", "immediate")]
    )
    page = case_store.list_cases(vault)
    assert [c.code for c in page][:2] == [late, fresh] and page[0].overdue_needs == 1
    assert [c.code for c in case_store.overdue_cases(vault)] == [late]
    need = case_store.get_case(vault, late).needs[0]
    case_store.change_need(vault, need.id, status="met")
    assert case_store.overdue_cases(vault) == []


def test_a_returning_survivor_continues_their_case(vault):
    from caseassist.intake.engine import IntakeSession

    first = IntakeSession(recorded_by="cw")
    first.apply_referral(
        "Walk-in. Woman, about 45, speaks Quechua, from Peru. Needs a bed tonight."
    )
    first.correct("person.name", "Amaru", who="cw")
    code = intake_svc.save_intake(vault, first)

    again = IntakeSession(recorded_by="cw")
    again.apply_referral(
        "She came back tonight. About 46 years old, speaks Quechua, from Peru. She is hungry."
    )
    again.correct("person.name", "amaru", who="cw")
    found = intake_svc.returning_candidates(vault, again)
    assert found and found[0][0].code == code
    intake_svc.continue_case(vault, code, again)
    needs = {n.category for n in case_store.get_case(vault, code).needs}
    assert {"shelter", "food"} <= needs
    assert case_store.count_cases(vault) == 1
