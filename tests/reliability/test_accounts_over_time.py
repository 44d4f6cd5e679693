"""Finding 5 (accounts over time): guessing leaves no trace; a used recovery code lives on.

The attacks: someone tries passphrases on a colleague's account, who then
unlocks normally (the count must not vanish: it is audited and kept until an
admin has seen it); a recovery code seen once is used again later.
"""

from __future__ import annotations

import json

import pytest

from caseassist.cli import main
from caseassist.vault import Role, Vault
from caseassist.vault import audit as audit_log
from caseassist.vault import keyring as kr
from caseassist.vault.errors import NotAllowed, WrongPassphrase
from tests.reliability.conftest import ADMIN, PASS

WORKER, WORKER_PASS = "worker", "a caseworker passphrase"


@pytest.fixture
def two_accounts(small_vault, fast_kdf):
    with Vault.unlock(small_vault, ADMIN, PASS) as v:
        v.add_account(WORKER, Role.caseworker, WORKER_PASS, kdf=fast_kdf)
    return small_vault


def _failed_entries(folder):
    with Vault.unlock(folder, WORKER, WORKER_PASS) as v, v.session() as s:
        return [e.target for e in audit_log.recent(s, 100) if e.action == "unlock.failed"]


def test_guesses_are_audited_and_kept_until_an_admin_sees_them(two_accounts, capsys, monkeypatch):
    for guess in ("password123456", "letmein letmein"):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(two_accounts, WORKER, guess)
    Vault.unlock(two_accounts, WORKER, WORKER_PASS).close()  # her next success
    assert kr.load(two_accounts / kr.FILE_NAME).failure_count(WORKER) == 0  # no waiting
    assert _failed_entries(two_accounts) == [f"{WORKER}:2"]  # audited once, not twice
    monkeypatch.setenv("CASEASSIST_PASSPHRASE", PASS)
    capsys.readouterr()
    assert main(["case", "list", "--data-dir", str(two_accounts), "--user", ADMIN]) == 0
    assert f"{WORKER} (2 attempts)" in capsys.readouterr().err
    with Vault.unlock(two_accounts, ADMIN, PASS) as admin:
        assert admin.failed_unlocks == {}  # seen: no longer shown


def test_absurd_failure_counters_are_dropped_not_fatal(two_accounts):
    path = two_accounts / kr.FILE_NAME
    data = json.loads(path.read_text())
    data["failures"] = {
        WORKER: {"count": 1e999, "last": 0},
        ADMIN: {"count": 2, "last": float("nan")},
        "x": {"count": True, "unseen": "9"},
    }
    path.write_text(json.dumps(data))
    Vault.unlock(two_accounts, ADMIN, PASS).close()
    Vault.unlock(two_accounts, WORKER, WORKER_PASS).close()


def test_a_used_recovery_code_no_longer_opens(tmp_path, fast_kdf):
    vault, code = Vault.create(tmp_path / "v", ADMIN, PASS, kdf=fast_kdf)
    vault.close()
    rec = Vault.unlock_with_recovery(tmp_path / "v", code)
    new_code = rec.new_recovery_code
    rec.change_passphrase(ADMIN, "a forgotten one replaced", kdf=fast_kdf)
    rec.close()
    assert new_code and new_code != code
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(tmp_path / "v", code)
    again = Vault.unlock_with_recovery(tmp_path / "v", new_code)
    try:
        assert again.verify_audit().ok and again.audit_alarm is None
    finally:
        again.close()
    Vault.unlock(tmp_path / "v", ADMIN, "a forgotten one replaced").close()


def test_a_disabled_account_no_longer_opens_and_its_history_still_verifies(
    two_accounts, fast_kdf, capsys, monkeypatch
):
    stale = Vault.unlock(two_accounts, WORKER, WORKER_PASS)  # her session, still open
    with Vault.unlock(two_accounts, ADMIN, PASS) as admin:
        admin.disable_account(WORKER)
        with pytest.raises(NotAllowed):
            admin.add_account(WORKER, Role.caseworker, "a new passphrase here", kdf=fast_kdf)
    stale.close()  # closing late must not bring her back
    with pytest.raises(WrongPassphrase):
        Vault.unlock(two_accounts, WORKER, WORKER_PASS)
    with Vault.unlock(two_accounts, ADMIN, PASS) as admin:
        assert admin.audit_alarm is None and admin.verify_audit().ok
        assert WORKER not in dict(admin.accounts())
    monkeypatch.setenv("CASEASSIST_PASSPHRASE", PASS)
    capsys.readouterr()
    assert main(["user", "disable", ADMIN, "--data-dir", str(two_accounts), "--user", ADMIN]) != 0
    assert "disable your own account" in capsys.readouterr().err


def test_a_caseworker_cannot_disable_anyone(two_accounts):
    with Vault.unlock(two_accounts, WORKER, WORKER_PASS) as v, pytest.raises(NotAllowed) as exc:
        v.disable_account(ADMIN)
    assert "disable accounts" in str(exc.value)
