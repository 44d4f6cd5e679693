"""A referral note being written, kept as a draft: sealed under the identity key, one per
account, never a supervisor's, and a failed write leaves the draft that was kept."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from caseassist.vault import draft_store, store
from caseassist.vault.errors import NotAllowed, WriteFailed
from tests.vault.conftest import unlock

NOTE = (
    "Hotline referral: Amalia Quintero Vela, 24, arrived from Tegucigalpa on Tuesday; "
    "her safe number is the aunt's, ask for Rosa."
)
PHRASE = "Amalia Quintero Vela"


def _all_bytes(folder) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())


def test_a_draft_is_kept_read_back_replaced_and_removed(demo_vault):
    vault = unlock(demo_vault, "intake")
    try:
        assert draft_store.draft(vault) is None
        draft_store.keep_draft(vault, NOTE)
        kept = draft_store.draft(vault)
        assert kept is not None and kept.text == NOTE and kept.saved_at.tzinfo is not None
        draft_store.keep_draft(vault, NOTE + " She speaks Garifuna.")
        assert draft_store.draft(vault).text.endswith("Garifuna.")
        with vault.session() as session:  # still one draft for this account's new intake
            assert session.exec(text("SELECT count(*) FROM referral_draft")).scalar() == 1
        draft_store.keep_draft(vault, "   ")  # an emptied note keeps no draft
        assert draft_store.draft(vault) is None
        draft_store.keep_draft(vault, NOTE)
        draft_store.discard_draft(vault)
        assert draft_store.draft(vault) is None
    finally:
        vault.close()


def test_another_account_does_not_get_the_draft(demo_vault):
    vault = unlock(demo_vault, "intake")
    try:
        draft_store.keep_draft(vault, NOTE)
    finally:
        vault.close()
    other = unlock(demo_vault, "caseworker")
    try:
        assert draft_store.draft(other) is None
        draft_store.keep_draft(other, "Her own note about someone else entirely.")
    finally:
        other.close()
    vault = unlock(demo_vault, "intake")
    try:
        assert draft_store.draft(vault).text == NOTE
    finally:
        vault.close()


def test_a_supervisor_neither_sees_nor_writes_a_draft(demo_vault):
    vault = unlock(demo_vault, "intake")
    try:
        draft_store.keep_draft(vault, NOTE)
        vault.refresh_replica()
    finally:
        vault.close()
    sup = unlock(demo_vault, "supervisor")
    try:
        assert draft_store.draft(sup) is None
        with pytest.raises(NotAllowed):
            draft_store.keep_draft(sup, NOTE)
        with sup.session() as session:  # the replica has no such table at all
            names = session.exec(text("SELECT name FROM sqlite_master")).scalars().all()
        assert "referral_draft" not in names
    finally:
        sup.close()


def test_the_draft_is_not_readable_with_the_database_key_alone(demo_vault):
    """Whoever opens vault.db with the database key (an account's, or a stolen one) finds
    ciphertext; the raw files hold no phrase of the note, open or closed."""
    vault = unlock(demo_vault, "intake")
    try:
        draft_store.keep_draft(vault, NOTE)
        assert PHRASE.encode() not in _all_bytes(demo_vault)
        engine = store.make_engine(demo_vault / "vault.db", vault._key)  # the database key only
        try:
            with engine.connect() as conn:
                row = conn.execute(text("SELECT * FROM referral_draft")).one()
        finally:
            engine.dispose()
        assert not any(PHRASE.encode() in str(v).encode() for v in row)
        assert PHRASE.encode() not in bytes(row.body_sealed)
        assert row.account == "intake"
    finally:
        vault.close()
    assert PHRASE.encode() not in _all_bytes(demo_vault)


def test_a_draft_moved_to_another_account_does_not_open(demo_vault):
    from caseassist.vault.errors import Tampered

    vault = unlock(demo_vault, "intake")
    try:
        draft_store.keep_draft(vault, NOTE)
        with vault.session() as session:
            session.exec(text("UPDATE referral_draft SET account = 'caseworker'"))
    finally:
        vault.close()
    other = unlock(demo_vault, "caseworker")
    try:
        with pytest.raises(Tampered):
            draft_store.draft(other)
    finally:
        other.close()


def test_a_failed_write_leaves_the_draft_that_was_kept(demo_vault, monkeypatch):
    vault = unlock(demo_vault, "intake")
    try:
        draft_store.keep_draft(vault, NOTE)
        real_commit = Session.commit

        def refused(self) -> None:
            self.flush()  # the row is changed in the transaction, then the disk says no
            raise store.WriteError()

        monkeypatch.setattr(Session, "commit", refused)
        with pytest.raises(WriteFailed) as failed:
            draft_store.keep_draft(vault, "A later text that must not stay.")
        assert "later text" not in str(failed.value)
        monkeypatch.setattr(Session, "commit", real_commit)
        assert draft_store.draft(vault).text == NOTE
    finally:
        vault.close()
