"""What a thief holding the laptop's files could read: nothing about a survivor."""

from __future__ import annotations

import sqlite3

import pytest

from caseassist.vault import case_store
from caseassist.vault.errors import CountsOnly, IdentityLocked, NotAllowed
from tests.vault.conftest import unlock


def _all_bytes(folder) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())


def test_only_the_database_and_keyring_are_in_the_folder(demo_vault):
    names = sorted(p.name for p in demo_vault.iterdir())
    assert names == ["keyring.json", "keyring.lock", "replica.db", "sessions.lock", "vault.db"]
    for lock in ("keyring.lock", "sessions.lock"):
        assert (demo_vault / lock).stat().st_size == 0  # a lock, never data


def test_no_name_note_or_free_text_in_any_file(demo_vault, demo_secrets):
    vault = unlock(demo_vault)  # an open vault has a WAL beside the database: check it too
    try:
        case_store.list_cases(vault)
        raw = _all_bytes(demo_vault)
        assert len(demo_secrets) > 20
        assert min(map(len, demo_secrets)) >= 5  # shorter strings could match ciphertext by chance
        for secret in demo_secrets:
            for encoded in {secret.encode("utf-8"), secret.encode("utf-16-le")}:
                assert encoded not in raw, "plaintext found in the data folder"
            assert secret.lower().encode() not in raw.lower()
    finally:
        vault.close()
    raw = _all_bytes(demo_vault)
    assert not any(s.encode() in raw for s in demo_secrets)


def test_free_text_answers_of_an_intake_stay_encrypted(demo_vault):
    """An intake's own words (free-text answers, the referral note) never reach the disk in clear."""
    from pathlib import Path

    from caseassist.intake.practice import load_scenario, run_session
    from caseassist.services.intake import save_intake

    scenario_file = (
        Path(__file__).resolve().parents[1] / "intake" / "scenarios" / "02-hombre-sin-papeles.toml"
    )
    scenario = load_scenario(scenario_file)
    session, _ = run_session(scenario)
    words = [v for v in scenario.survivor.values() if isinstance(v, str) and len(v) >= 8]
    words += [
        line.strip() for line in scenario.referral_note.splitlines() if len(line.strip()) >= 20
    ]
    assert len(words) >= 3
    vault = unlock(demo_vault, "intake")
    try:
        save_intake(vault, session)
        raw = _all_bytes(demo_vault)
        for text in words:
            assert text.encode("utf-8") not in raw
    finally:
        vault.close()
    raw = _all_bytes(demo_vault)
    assert not any(text.encode("utf-8") in raw for text in words)


def test_plain_sqlite_cannot_open_the_database(demo_vault):
    conn = sqlite3.connect(demo_vault / "vault.db")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT name FROM sqlite_master").fetchall()
    conn.close()
    assert (demo_vault / "vault.db").read_bytes()[:16] != b"SQLite format 3\x00"


def test_supervisor_cannot_decrypt_identities_caseworker_can(demo_vault):
    sup = unlock(demo_vault, "supervisor")
    try:
        assert not sup.can_read_identity
        with pytest.raises(CountsOnly):  # counts only: the report (`cases.supervision`)
            case_store.list_cases(sup)
        with sup.session() as session:
            from sqlmodel import select

            from caseassist.vault.tables.cases import CaseFile

            # the supervisor reads the replica, which holds no sealed value at all
            assert sup.is_replica
            assert (
                session.exec(select(CaseFile).where(CaseFile.name_sealed.is_not(None))).first()
                is None
            )
            code = session.exec(select(CaseFile.code)).first()
        with pytest.raises(NotAllowed):
            case_store.export_case(sup, code)
    finally:
        sup.close()
    cw = unlock(demo_vault, "caseworker")
    try:
        with cw.session() as session:
            case = session.exec(select(CaseFile).where(CaseFile.name_sealed.is_not(None))).first()
            blob, case_id = case.name_sealed, case.id
        with pytest.raises(IdentityLocked):
            sup.unseal("case_file", "name_sealed", case_id, blob)
        assert cw.unseal("case_file", "name_sealed", case_id, blob)
        names = [r.name for r in case_store.list_cases(cw, mine=True)]  # hers: in full
        assert all(names)
    finally:
        cw.close()


def test_sealed_value_cannot_move_to_another_row(demo_vault):
    from caseassist.vault.errors import Tampered

    cw = unlock(demo_vault)
    try:
        blob = cw.seal("note", "body_sealed", "row-a", "Prefers mornings")
        assert cw.unseal("note", "body_sealed", "row-a", blob) == "Prefers mornings"
        with pytest.raises(Tampered):
            cw.unseal("note", "body_sealed", "row-b", blob)
    finally:
        cw.close()
