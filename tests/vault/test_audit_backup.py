"""Audit chain, backup and restore, migrations."""

from __future__ import annotations

import datetime as dt

import pytest

from caseassist.cli import main
from caseassist.services.cases import records
from caseassist.vault import Vault, case_store, migrations, note_store, store
from caseassist.vault.errors import InvalidBackup, NoSuchCase
from tests.vault.conftest import PASS, unlock


def _raw(vault: Vault):
    return store.connect(vault.db_path(vault.folder), vault._db_key)


def test_audit_records_views_and_exports(demo_vault):
    cw = unlock(demo_vault)
    try:
        code = case_store.list_cases(cw, mine=True)[0].code  # her own: no reason needed
        case_store.export_case(cw, code)
        with cw.session() as session:
            from caseassist.vault import audit

            actions = [(e.account, e.action, e.target) for e in audit.recent(session, 5)]
        assert ("caseworker", "case.export", code) in actions
        assert ("caseworker", "case.list", actions[-1][2]) in actions or any(
            a[1] == "case.list" for a in actions
        )
        assert cw.verify_audit().ok
    finally:
        cw.close()


def test_a_deleted_audit_row_is_detected(demo_vault, capsys, monkeypatch):
    cw = unlock(demo_vault)
    conn = _raw(cw)
    conn.execute("DELETE FROM audit WHERE seq = 5")
    conn.commit()
    conn.close()
    verdict = cw.verify_audit()
    cw.close()
    assert not verdict.ok and verdict.first_bad == 5
    monkeypatch.setenv("CASEASSIST_PASSPHRASE", PASS)
    assert main(["audit", "--verify", "--data-dir", str(demo_vault), "--user", "admin"]) == 1
    assert "audit log is broken" in capsys.readouterr().err


def test_an_edited_audit_row_is_detected(demo_vault):
    cw = unlock(demo_vault)
    conn = _raw(cw)
    conn.execute("UPDATE audit SET account = 'someone' WHERE seq = 3")
    conn.commit()
    conn.close()
    assert not cw.verify_audit().ok
    cw.close()


def test_backup_then_restore_round_trips(demo_vault, tmp_path):
    admin = unlock(demo_vault, "admin")
    before = sorted(c.code for c in case_store.list_cases(admin, status=None, limit=1000))
    backup = admin.backup(tmp_path / "shelter.backup")
    code = case_store.create_case(
        admin, facts=records({"person.name": "Odile"}), needs=[("food", "immediate")]
    )
    admin.close()
    assert b"Odile" not in backup.read_bytes()
    restored = Vault.restore(demo_vault, backup, "admin", PASS)
    try:
        after = sorted(c.code for c in case_store.list_cases(restored, status=None, limit=1000))
        assert after == before and code not in after
        assert restored.verify_audit().ok and restored.integrity_ok()
    finally:
        restored.close()
    unlock(demo_vault).close()  # other accounts open it too


def test_a_backup_keeps_an_earlier_file_and_refuses_a_link_or_dash(demo_vault, tmp_path):
    from caseassist import outfile
    from caseassist.errors import InvalidInput

    admin = unlock(demo_vault, "admin")
    try:
        tmp_path = tmp_path / "out"
        tmp_path.mkdir()
        earlier = tmp_path / "b.backup"
        earlier.write_bytes(b"yesterday")
        with pytest.raises(outfile.FileExists, match="--force"):
            admin.backup(earlier)
        assert earlier.read_bytes() == b"yesterday"
        other = tmp_path / "other"
        other.write_bytes(b"theirs")
        (tmp_path / "l.backup").symlink_to(other)
        for name in (tmp_path / "l.backup", "-"):
            with pytest.raises(InvalidInput):
                admin.backup(name, force=True)
        assert other.read_bytes() == b"theirs" and not (tmp_path / "-").exists()
        assert sorted(p.name for p in tmp_path.iterdir()) == ["b.backup", "l.backup", "other"]
        admin.backup(earlier, force=True)
        assert earlier.read_bytes() != b"yesterday"
    finally:
        admin.close()


def test_a_damaged_backup_changes_nothing(demo_vault, tmp_path):
    admin = unlock(demo_vault, "admin")
    backup = admin.backup(tmp_path / "b.backup")
    admin.close()
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    broken = tmp_path / "broken.backup"
    broken.write_bytes(bytes(data))
    db_before = (demo_vault / "vault.db").read_bytes()
    with pytest.raises(InvalidBackup):
        Vault.restore(demo_vault, broken, "admin", PASS)
    (tmp_path / "empty.backup").write_bytes(b"")
    with pytest.raises(InvalidBackup):
        Vault.restore(demo_vault, tmp_path / "empty.backup", "admin", PASS)
    assert (demo_vault / "vault.db").read_bytes() == db_before
    assert sorted(p.name for p in demo_vault.iterdir()) == [
        "keyring.json",
        "keyring.lock",
        "replica.db",
        "sessions.lock",
        "vault.db",
    ]


def test_a_vault_from_an_older_schema_opens_and_is_upgraded(tmp_path, fast_kdf, monkeypatch):
    last = migrations.STEPS[-1]
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:-1])  # made by the release before
    vault, _ = Vault.create(tmp_path / "v", "ana", "first long passphrase", kdf=fast_kdf)
    vault.close()
    monkeypatch.undo()
    again = Vault.unlock(tmp_path / "v", "ana", "first long passphrase")
    conn = _raw(again)
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == (
        str(migrations.LATEST),
    )
    recorded = conn.execute("SELECT number, name FROM schema_migration").fetchall()
    assert recorded[-1] == (last.number, last.name)
    conn.close()
    again.close()


def test_purge_leaves_no_text_behind(demo_vault):
    admin = unlock(demo_vault, "admin")
    code = case_store.create_case(admin, facts=records({"person.name": "Ludmila"}), needs=[])
    note_store.add_note(admin, code, "Likes the garden behind the house")
    case_store.purge_case(admin, code)
    with pytest.raises(NoSuchCase):
        case_store.get_case(admin, code)
    admin.close()
    wal = demo_vault / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_wal_mode_and_hardening_pragmas(demo_vault):
    cw = unlock(demo_vault)
    conn = _raw(cw)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    finally:
        conn.close()
        cw.close()


def test_timestamps_are_utc(demo_vault):
    cw = unlock(demo_vault)
    try:
        case = case_store.list_cases(cw)[0]
        assert case.opened.tzinfo is not None and case.opened <= dt.datetime.now(dt.UTC)
    finally:
        cw.close()
