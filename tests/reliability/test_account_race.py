"""Finding 1: key changes silently undone by a session that was open while they were made.

The attack/fault: a caseworker keeps the terminal UI open (unlock to lock) while
two admins, each in their own process, add accounts and reset passphrases. When
the caseworker's session closes it must not write its old keyring back: every
new account opens, every reset passphrase is the only one that works, and no two
writers collided on a temporary file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from caseassist.services.cases import records
from caseassist.vault import Role, Vault, case_store
from caseassist.vault import keyring as kr
from caseassist.vault.errors import WrongPassphrase
from tests.reliability.conftest import ADMIN, PASS

WRITER = Path(__file__).with_name("account_writer.py")
ROOT = Path(__file__).resolve().parents[2]
COUNT = 4


def _writer(folder: Path, prefix: str, change: str, new: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(folder), ADMIN, PASS, prefix, str(COUNT), change, new],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        cwd=ROOT,
    )


def test_two_admin_processes_and_an_open_session_lose_no_change(small_vault, fast_kdf):
    with Vault.unlock(small_vault, ADMIN, PASS) as admin:
        admin.add_account("anna", Role.caseworker, "anna old passphrase", kdf=fast_kdf)
        admin.add_account("ben", Role.caseworker, "ben old passphrase", kdf=fast_kdf)
    open_session = Vault.unlock(small_vault, "anna", "anna old passphrase")  # the TUI
    writers = [
        _writer(small_vault, "left", "ben", "ben new passphrase"),
        _writer(small_vault, "right", "anna", "anna new passphrase"),
    ]
    case_store.create_case(open_session, facts=records({"person.age": 33}), needs=[])
    results = [w.communicate(timeout=300) for w in writers]
    for w, (out, err) in zip(writers, results, strict=True):
        assert w.returncode == 0 and out == b"done\n", err.decode()[-2000:]
    case_store.create_case(open_session, facts=records({"person.age": 34}), needs=[])
    open_session.close()  # writes the head: must keep the other processes' changes

    for prefix in ("left", "right"):
        for i in range(COUNT):
            Vault.unlock(small_vault, f"{prefix}{i}", f"{prefix}{i} passphrase").close()
    for name in ("anna", "ben"):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(small_vault, name, f"{name} old passphrase")
        Vault.unlock(small_vault, name, f"{name} new passphrase").close()
    with Vault.unlock(small_vault, ADMIN, PASS) as admin:
        assert admin.verify_audit().ok
        assert len(admin.accounts()) == 3 + 2 * COUNT
    assert not list(small_vault.glob(".keyring.json.*")), "a temporary keyring was left behind"


def test_a_stale_session_closing_keeps_a_newer_account(small_vault, fast_kdf):
    stale = Vault.unlock(small_vault, ADMIN, PASS)
    with Vault.unlock(small_vault, ADMIN, PASS) as other:
        other.add_account("late", Role.caseworker, "late passphrase 1", kdf=fast_kdf)
        other.change_passphrase(ADMIN, "the admin's new passphrase", kdf=fast_kdf)
    stale.close()
    Vault.unlock(small_vault, "late", "late passphrase 1").close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(small_vault, ADMIN, PASS)


def test_a_temporary_keyring_left_by_a_killed_writer_is_removed(small_vault):
    orphan = small_vault / f"{kr.TEMP_PREFIX}abc123{kr.TEMP_SUFFIX}"
    orphan.write_bytes(b"half a keyring")
    (small_vault / kr.LEGACY_TEMP).write_bytes(b"{}")
    Vault.unlock(small_vault, ADMIN, PASS).close()
    assert not orphan.exists() and not (small_vault / kr.LEGACY_TEMP).exists()


def test_unlocking_in_many_processes_at_once_never_collides(small_vault):
    code = (
        "import sys; from caseassist.vault import Vault\n"
        "for _ in range(5): Vault.unlock(sys.argv[1], sys.argv[2], sys.argv[3]).close()\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(small_vault), ADMIN, PASS],
            stderr=subprocess.PIPE,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
            cwd=ROOT,
        )
        for _ in range(4)
    ]
    for p in procs:
        _out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()[-2000:]
    with Vault.unlock(small_vault, ADMIN, PASS) as vault:
        assert vault.verify_audit().ok


@pytest.mark.long
@pytest.mark.parametrize("seed", range(20))
def test_a_killed_admin_process_loses_nothing_the_other_made(small_vault, fast_kdf, seed):
    """Two admin processes and an open session; one process is SIGKILLed at a random
    moment. The keyring still opens and verifies, the other's changes all hold."""
    import random
    import time

    rng = random.Random(seed)
    with Vault.unlock(small_vault, ADMIN, PASS) as admin:
        admin.add_account("anna", Role.caseworker, "anna old passphrase", kdf=fast_kdf)
    open_session = Vault.unlock(small_vault, "anna", "anna old passphrase")
    survivor = _writer(small_vault, "kept", "anna", "anna new passphrase")
    victim = _writer(small_vault, "cut", ADMIN, PASS)
    time.sleep(rng.uniform(0.2, 3.0))
    victim.kill()
    victim.communicate(timeout=300)
    out, err = survivor.communicate(timeout=300)
    assert survivor.returncode == 0 and out == b"done\n", err.decode()[-2000:]
    open_session.close()
    for i in range(COUNT):
        Vault.unlock(small_vault, f"kept{i}", f"kept{i} passphrase").close()
    Vault.unlock(small_vault, "anna", "anna new passphrase").close()
    with Vault.unlock(small_vault, ADMIN, PASS) as admin:
        assert admin.verify_audit().ok and admin.audit_alarm is None
    assert not list(small_vault.glob(".keyring.json.*"))
