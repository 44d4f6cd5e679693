"""Finding 3: a supervisor reads, and writes, what only code kept from them.

The attacks, at the level of keys and files, never through a refused call:
- a supervisor unwraps every key their passphrase opens and tries each on
  vault.db: none opens it (they hold no wrap of the database key);
- they read every cell of the replica they do open: no name, note, free text,
  sealed value, exact age or dietary field is there;
- they write to the replica with raw SQL: the case data does not change, and
  the next rebuild by a staff session puts the replica back.
And the replica is not left behind: a caseworker's change reaches it when the
caseworker locks; the supervisor's own audit entries reach the main log.
"""

from __future__ import annotations

import datetime as dt

import pytest

from caseassist.cases import closing, demo
from caseassist.services.cases import create_demo, records
from caseassist.services.reports import run_report
from caseassist.vault import (
    DEMO_PASSPHRASE,
    KdfParams,
    Vault,
    case_store,
    keys,
    note_store,
    store,
)
from caseassist.vault import audit as audit_log
from caseassist.vault import keyring as kr
from caseassist.vault.errors import CountsOnly
from caseassist.vault.replica import REPLICA_NAME
from tests.templates import VaultTemplate, build_template

DIET = "no pork, and a nut allergy that needs an EpiPen"
NOTE = "Prefers to meet at the library on Tuesdays"
PASS = DEMO_PASSPHRASE


def _build(folder) -> None:
    create_demo(folder, cases=8, kdf=KdfParams.fast_for_tests()).close()
    with Vault.unlock(folder, "caseworker", PASS) as cw:
        code = case_store.create_case(
            cw,
            facts=records(
                {"person.name": "Oksana Veretenko", "person.age": 37, "food.dietary_needs": DIET}
            ),
            needs=[("food", "immediate")],
        )
        note_store.add_note(cw, code, NOTE)
        case_store.add_need(cw, code, "legal", note="sees a lawyer about her papers")
        case_store.close_case(cw, code, "moved_away")
        with cw.session() as session:  # a close reason in words, as older versions kept them
            session.connection().exec_driver_sql(
                "UPDATE case_file SET close_reason = 'moved in with her aunt in Lyon' "
                f"WHERE code = '{code}'"
            )


@pytest.fixture(scope="module")
def _template(tmp_path_factory) -> VaultTemplate:
    return build_template(tmp_path_factory, "supervisor-keys", _build)


@pytest.fixture
def vault_folder(_template, tmp_path):
    """A demo vault with one closed case holding a diet, a note and a close reason in
    words; the test's own copy."""
    return _template.copy_to(tmp_path / "vault")


def _secrets() -> set[str]:
    values = {DIET, "EpiPen", NOTE, "Oksana", "Veretenko", "her papers", "aunt in Lyon"}
    for p in demo.people(8):
        for key in ("person.name", "person.safe_contact", "medical.injuries"):
            if isinstance(p.facts.get(key), str) and len(p.facts[key]) >= 5:
                values.add(p.facts[key])
        values.update(n for n in p.notes if len(n) >= 5)
        if p.goal:
            values.add(p.goal[1])
    return values


def _supervisor_keys(folder) -> dict[str, bytes]:
    """Every key the supervisor's passphrase opens, unwrapped by hand from the keyring."""
    ring = kr.load(folder / kr.FILE_NAME)
    sup = ring.accounts["supervisor"]
    assert sup.wraps.db is None and sup.wraps.identity is None  # nothing to unwrap
    kek = keys.derive(PASS, sup.wraps.salt, sup.wraps.kdf)
    box = keys.unwrap(kek, sup.wraps.box, ring.aad("supervisor", "supervisor", "box"))
    return {
        "passphrase key": kek,
        "box": box,
        "replica": keys.open_sealed(
            box, sup.wraps.replica, ring.aad("supervisor", "supervisor", "replica")
        ),
        "signing seed": keys.unwrap(
            kek, sup.wraps.sign, ring.aad("supervisor", "supervisor", "sign")
        ),
    }


def _cells(path, key):
    conn = store.connect(path, key)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        out = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            out[table] = (columns, conn.execute(f'SELECT * FROM "{table}"').fetchall())
        return out
    finally:
        conn.close()


def test_no_key_a_supervisor_holds_opens_the_database(vault_folder):
    held = _supervisor_keys(vault_folder)
    for name, key in held.items():
        with pytest.raises(store.Damaged):
            store.connect(vault_folder / store.DB_NAME, key)
        # nor does any of them open a sealed value or a wrap of the database key
        ring = kr.load(vault_folder / kr.FILE_NAME)
        for account in ring.accounts.values():
            if account.wraps.db is None:
                continue
            with pytest.raises(keys.KeyError_):
                keys.open_sealed(key, account.wraps.db, ring.aad(account.name, account.role, "db"))
        assert name
    store.connect(vault_folder / REPLICA_NAME, held["replica"]).close()  # what it does open


def test_the_replica_holds_no_free_text_no_sealed_value_no_exact_fact(vault_folder):
    tables = _cells(vault_folder / REPLICA_NAME, _supervisor_keys(vault_folder)["replica"])
    assert {"note", "note_revision", "household_member", "consent", "name_shard"}.isdisjoint(tables)
    assert {"case_file", "need", "referral", "audit"} <= set(tables)
    secrets = _secrets()
    assert len(secrets) > 15
    cells = 0
    for table, (columns, rows) in tables.items():
        for row in rows:
            for column, value in zip(columns, row, strict=True):
                cells += 1
                if isinstance(value, bytes):  # a sealed column: emptied, never copied
                    assert value == b"", (table, column)
                    continue
                text = str(value)
                for secret in secrets:
                    assert secret.casefold() not in text.casefold(), (table, column)
                if column == "facts_json":
                    assert text in ("", "{}"), table
                if column == "name_index":
                    assert text == "", table
                if column == "close_reason":
                    assert text in {"", "other", *closing.REASONS}, text
    assert cells > 500
    columns, rows = tables["case_file"]
    assert {r[columns.index("age_band")] for r in rows} - {None}  # reports keep the band
    assert "other" in {r[columns.index("close_reason")] for r in rows}


def _case_rows(sup, *columns, status=None) -> list[tuple]:
    """Case rows as the vault (or the supervisor's replica) holds them; a supervisor
    lists no case (`cases.supervision`), the reports read these rows."""
    from sqlmodel import select

    from caseassist.vault.tables.cases import CaseFile

    cols = [getattr(CaseFile, c) for c in ("code", "status", *columns)]
    query = select(*cols).order_by(CaseFile.code)
    if status:
        query = query.where(CaseFile.status == status)
    with sup.session() as session:
        return [tuple(r) for r in session.exec(query)]


def test_a_write_to_the_replica_does_not_reach_case_data(vault_folder):
    with Vault.unlock(vault_folder, "admin", PASS) as admin:
        before = [
            (c.code, c.status, c.open_needs) for c in case_store.list_cases(admin, status=None)
        ]
    replica_key = _supervisor_keys(vault_folder)["replica"]
    conn = store.connect(vault_folder / REPLICA_NAME, replica_key)
    conn.execute("PRAGMA foreign_keys = OFF")  # the replica leaves the parent tables out
    conn.execute("UPDATE need SET status = 'met'")
    conn.execute("UPDATE case_file SET caseworker = 'supervisor', status = 'closed'")
    conn.execute("DELETE FROM referral")
    conn.commit()
    conn.close()
    with Vault.unlock(vault_folder, "caseworker", PASS) as cw:
        after = [(c.code, c.status, c.open_needs) for c in case_store.list_cases(cw, status=None)]
        assert after == before
        cw.refresh_replica(force=True)  # as the daily whole rebuild does
    with Vault.unlock(vault_folder, "supervisor", PASS) as sup:
        seen = set(_case_rows(sup))
        assert seen == {(code, status) for code, status, _n in before}


def test_a_caseworkers_change_reaches_the_replica_when_she_locks(vault_folder):
    with Vault.unlock(vault_folder, "supervisor", PASS) as sup:
        rows = _case_rows(sup, "caseworker", status="open")
    code = next(c for c, _s, holder in rows if holder == "caseworker")  # one of her own
    cw = Vault.unlock(vault_folder, "caseworker", PASS)
    case_store.close_case(cw, code, "housed")
    with Vault.unlock(vault_folder, "supervisor", PASS) as sup:  # stale while she works
        assert {c for c, _s in _case_rows(sup, status="closed")}.isdisjoint({code})
    cw.close()  # locking refreshes the replica
    with Vault.unlock(vault_folder, "supervisor", PASS) as sup:
        assert code in {c for c, _s in _case_rows(sup, status="closed")}


def test_reports_from_the_replica_equal_the_reports_from_the_database(vault_folder):
    now = dt.datetime.now(dt.UTC)
    with Vault.unlock(vault_folder, "admin", PASS) as admin:
        from_db = run_report(admin, now=now, threshold=3)
    with Vault.unlock(vault_folder, "supervisor", PASS) as sup:
        assert sup.is_replica
        from_replica = run_report(sup, now=now, threshold=3)
    assert from_replica == from_db


def test_the_replica_keeps_the_case_rows_need_counts(vault_folder):
    """The counts live on the case row (open needs, when each falls overdue): the
    replica keeps them as the database holds them."""
    columns = ("open_needs", "overdue_times", "attention_at")
    with Vault.unlock(vault_folder, "admin", PASS) as admin:
        from_db = _case_rows(admin, *columns)
    with Vault.unlock(vault_folder, "supervisor", PASS) as sup:
        assert sup.is_replica
        from_replica = _case_rows(sup, *columns)
        with pytest.raises(CountsOnly):  # and she lists no case herself
            case_store.list_cases(sup)
    assert any(r[2] for r in from_db) and any(r[3] for r in from_db)
    assert from_replica == from_db


def test_a_supervisors_audit_entries_reach_the_main_log_and_verify(vault_folder):
    with Vault.unlock(vault_folder, "supervisor", PASS) as sup:
        run_report(sup, threshold=3)
        assert sup.verify_audit().ok
    Vault.unlock(vault_folder, "caseworker", PASS).close()  # a staff session folds them at lock
    with Vault.unlock(vault_folder, "admin", PASS) as admin:
        with admin.session() as session:
            folded = [
                e.target for e in audit_log.recent(session, 200) if e.action == "replica.fold"
            ]
        assert any(t.startswith("supervisor|report.run|") for t in folded)
        assert any(t.startswith("supervisor|unlock|") for t in folded)
        assert admin.audit_alarm is None and admin.verify_audit().ok
    with Vault.unlock(vault_folder, "supervisor", PASS) as sup:  # and they read them back
        assert sup.audit_alarm is None and sup.verify_audit().ok
        with sup.session() as session:
            assert any(e.action == "replica.fold" for e in audit_log.recent(session, 200))


def test_a_forged_supervisor_entry_is_folded_as_unsigned(vault_folder):
    replica_key = _supervisor_keys(vault_folder)["replica"]
    conn = store.connect(vault_folder / REPLICA_NAME, replica_key)
    seq, prev = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    at = dt.datetime.now(dt.UTC)
    hash_ = audit_log.entry_hash(prev, seq + 1, at, "caseworker", "case.view", "FAKE-01")
    conn.execute(
        "INSERT INTO audit (seq, at, account, action, target, prev_hash, hash, sig) "
        "VALUES (?, ?, 'caseworker', 'case.view', 'FAKE-01', ?, ?, '')",
        (seq + 1, at.replace(tzinfo=None).strftime(store.STORED_DATETIME), prev, hash_),
    )
    conn.commit()
    conn.close()
    with Vault.unlock(vault_folder, "caseworker", PASS) as cw:  # its next refresh folds it
        assert cw.refresh_replica()
    with Vault.unlock(vault_folder, "admin", PASS) as admin, admin.session() as session:
        actions = {(e.action, e.target.split("|")[0]) for e in audit_log.recent(session, 50)}
    assert ("replica.fold.unsigned", "caseworker") in actions


def _replica_rows(folder, key):
    tables = _cells(folder / REPLICA_NAME, key)
    skip = {"replica_meta", "audit"}  # the log grows with every unlock; compared elsewhere
    return {t: sorted(map(repr, rows)) for t, (_c, rows) in tables.items() if t not in skip}


def test_a_case_by_case_update_equals_a_whole_rebuild(vault_folder):
    from caseassist.vault import plan_store, referral_store

    key = _supervisor_keys(vault_folder)["replica"]
    with Vault.unlock(vault_folder, "caseworker", PASS) as cw:
        assert cw.refresh_replica() is False  # nothing changed since the fixture locked
        cases = case_store.list_cases(cw)
        first, second = [c.code for c in cases if c.in_full and c.status == "open"][:2]
        need = case_store.add_need(cw, first, "medical")
        referral_store.add_referral(cw, need, provider="Clinic on Main Street")
        goal = plan_store.add_goal(cw, first, "Find a doctor who speaks Tigrinya")
        plan_store.complete_step(cw, plan_store.add_step(cw, goal, "Call the clinic"))
        case_store.close_case(cw, second, "housed")
    with Vault.unlock(vault_folder, "admin", PASS) as admin:
        case_store.purge_case(admin, cases[2].code)
    updated = _replica_rows(vault_folder, key)
    with Vault.unlock(vault_folder, "caseworker", PASS) as cw:
        assert cw.refresh_replica(force=True)
    assert updated == _replica_rows(vault_folder, key)
