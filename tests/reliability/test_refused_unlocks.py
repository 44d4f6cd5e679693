"""Privacy17: every refused unlock reaches the admin, and the messages count in words.

Five wrong passphrases typed quickly showed the admin "(3)": the two turned away by
"Too many attempts" were not counted, nor were a disabled account's tries.
"""

from __future__ import annotations

import pytest

from caseassist import i18n
from caseassist.cli import main
from caseassist.vault import Role, Vault
from caseassist.vault import audit as audit_log
from caseassist.vault import keyring as kr
from caseassist.vault.errors import LockedOut, WrongPassphrase
from tests.reliability.conftest import ADMIN, PASS

WORKER, WORKER_PASS = "worker", "a caseworker passphrase"


@pytest.fixture
def two_accounts(small_vault, fast_kdf):
    with Vault.unlock(small_vault, ADMIN, PASS) as v:
        v.add_account(WORKER, Role.caseworker, WORKER_PASS, kdf=fast_kdf)
    return small_vault


def _admin_notice(folder, capsys, monkeypatch) -> str:
    monkeypatch.setenv("CASEASSIST_PASSPHRASE", PASS)
    capsys.readouterr()
    assert main(["case", "list", "--data-dir", str(folder), "--user", ADMIN]) == 0
    return capsys.readouterr().err


def test_attempts_turned_away_by_the_wait_are_counted(two_accounts, capsys, monkeypatch):
    refused = 0
    for _ in range(5):
        try:
            Vault.unlock(two_accounts, WORKER, "wrong wrong wrong")
        except LockedOut:
            refused += 1
        except WrongPassphrase:
            pass
    assert refused == 2  # the fourth and fifth came too soon
    ring = kr.load(two_accounts / kr.FILE_NAME)
    assert ring.failure_count(WORKER) == 3  # the wait grows with wrong passphrases only
    assert f"{WORKER} (5 attempts)" in _admin_notice(two_accounts, capsys, monkeypatch)
    with Vault.unlock(two_accounts, ADMIN, PASS) as v, v.session() as s:
        entries = [e.target for e in audit_log.recent(s, 100) if e.action == "unlock.failed"]
    assert entries == [f"{WORKER}:5"]


def test_a_disabled_accounts_attempts_are_counted(two_accounts, capsys, monkeypatch):
    with Vault.unlock(two_accounts, ADMIN, PASS) as v:
        v.disable_account(WORKER)
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(two_accounts, WORKER, WORKER_PASS)
    assert f"{WORKER} (3 attempts)" in _admin_notice(two_accounts, capsys, monkeypatch)
    with pytest.raises(WrongPassphrase):  # an unknown name adds nothing to the keyring
        Vault.unlock(two_accounts, "nobody at all", WORKER_PASS)
    assert "nobody at all" not in kr.load(two_accounts / kr.FILE_NAME).failures


def test_one_attempt_and_one_second_read_in_the_singular(two_accounts, capsys, monkeypatch):
    with pytest.raises(WrongPassphrase):
        Vault.unlock(two_accounts, WORKER, "wrong wrong wrong")
    assert f"{WORKER} (1 attempt)" in _admin_notice(two_accounts, capsys, monkeypatch)
    i18n.set_locale("en")
    assert "wait 1 second and" in str(LockedOut(0.5))
    assert "wait 4 seconds" in str(LockedOut(4))


def test_disable_says_what_is_still_true_and_prints_the_rotation(two_accounts, capsys, monkeypatch):
    monkeypatch.setenv("CASEASSIST_PASSPHRASE", PASS)
    capsys.readouterr()
    argv = ["user", "disable", WORKER, "--data-dir", str(two_accounts), "--user", ADMIN]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "can no longer unlock" in out and "copy" in out
    assert f"caseassist user rotate-keys --data-dir {two_accounts}" in out
    assert "no longer opens the vault" not in out
