"""Accounts over time: after an account is disabled, a key rotation leaves its old keys
opening nothing; a rotation is audited and whole or nothing, even when killed.

The attack: a leaver kept a copy of keyring.json from while their account worked
and knows their old passphrase. They unwrap every key that copy gives them and
try each on today's files, and put the copy back in place.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caseassist.vault import (
    DEMO_PASSPHRASE,
    Vault,
    case_store,
    keys,
    last_seen,
    rotation,
    store,
)
from caseassist.vault import audit as audit_log
from caseassist.vault import keyring as kr
from caseassist.vault.errors import NotAllowed, NotRotated, VaultError, WrongPassphrase
from caseassist.vault.replica import REPLICA_NAME
from caseassist.vault.tables.cases import CaseFile
from tests.templates import VaultTemplate, demo_template

PASS = DEMO_PASSPHRASE
WRITER = Path(__file__).with_name("rotate_writer.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def _template(tmp_path_factory) -> VaultTemplate:
    return demo_template(tmp_path_factory, "rotation", cases=6)


@pytest.fixture
def folder(_template, tmp_path):
    """A demo vault with six cases, the test's own copy."""
    return _template.copy_to(tmp_path / "vault")


def _cases(folder, user="admin"):
    with Vault.unlock(folder, user, PASS) as v:
        return sorted((c.code, c.name, c.status) for c in case_store.list_cases(v, status=None))


def _old_keys(ring_bytes: bytes, name: str) -> dict[str, bytes]:
    """Every key the old keyring copy gives `name` with the old passphrase."""
    ring = kr.Keyring.from_bytes(ring_bytes)
    account = ring.accounts[name]
    kek = keys.derive(PASS, account.wraps.salt, account.wraps.kdf)
    box = keys.unwrap(kek, account.wraps.box, ring.aad(name, account.role, "box"))
    out = {"kek": kek, "box": box}
    for which in ("db", "identity", "replica", "admin"):
        blob = getattr(account.wraps, which)
        if blob is not None:
            out[which] = keys.open_sealed(box, blob, ring.aad(name, account.role, which))
    return out


def test_a_leavers_old_keyring_and_passphrase_open_nothing_after_rotation(folder):
    Vault.unlock(folder, "caseworker", PASS).close()  # her account as she last used it
    Vault.unlock(folder, "admin", PASS).close()  # the admin endorses what is new
    leaver_ring = (folder / kr.FILE_NAME).read_bytes()
    admin_ring = leaver_ring
    with Vault.unlock(folder, "admin", PASS) as admin:
        admin.disable_account("caseworker")
        old_keys = {
            **_old_keys(leaver_ring, "caseworker"),
            **{f"admin {k}": v for k, v in _old_keys(admin_ring, "admin").items()},
        }
        admin.rotate_keys()
        with admin.session() as session:
            blob, case_id = session.exec(
                CaseFile.__table__.select()
                .with_only_columns(CaseFile.name_sealed, CaseFile.id)
                .where(CaseFile.name_sealed.is_not(None))
            ).first()
    assert {"db", "identity", "replica", "admin admin"} <= set(old_keys)
    aad = f"caseassist-seal-v1|case_file|name_sealed|{case_id}".encode()
    for name, key in old_keys.items():
        for path in (folder / store.DB_NAME, folder / REPLICA_NAME):
            with pytest.raises(store.Damaged):
                store.connect(path, key)
        with pytest.raises(keys.KeyError_):
            keys.unseal(key, blob, aad)
        assert name
    # the old admin key's endorsements and head signatures are not trusted any more
    ring = kr.load(folder / kr.FILE_NAME)
    assert ring.admin_public != keys.public_of(old_keys["admin admin"])
    # and the copy put back in place, with this computer's record rewritten too: refused
    (folder / kr.FILE_NAME).write_bytes(leaver_ring)
    last_seen.remember(ring.vault_id, last_seen.Seen(0, "", 0), forward_only=False)
    with pytest.raises(VaultError):
        Vault.unlock(folder, "caseworker", PASS).close()


def test_a_rotation_is_audited_and_every_remaining_account_unlocks(folder):
    before = _cases(folder)
    with Vault.unlock(folder, "admin", PASS) as admin:
        old_code_ring = kr.load(folder / kr.FILE_NAME).recovery
        code = admin.rotate_keys()
        assert _cases_of(admin) == before
    assert kr.load(folder / kr.FILE_NAME).recovery.salt != old_code_ring.salt
    for user in ("admin", "caseworker", "intake", "supervisor"):
        with Vault.unlock(folder, user, PASS) as v:
            assert v.audit_alarm is None, user
            assert v.verify_audit().ok, user
    assert _cases(folder) == before
    with Vault.unlock(folder, "admin", PASS) as admin, admin.session() as session:
        assert [e for e in audit_log.recent(session, 100) if e.action == "keys.rotate"]
    Vault.unlock_with_recovery(folder, code).close()  # the new code works once


def _cases_of(vault):
    return sorted((c.code, c.name, c.status) for c in case_store.list_cases(vault, status=None))


def test_a_rotation_waits_for_no_one_and_refuses_while_a_session_is_open(folder):
    before = _cases(folder)
    ring_before = (folder / kr.FILE_NAME).read_bytes()
    open_session = Vault.unlock(folder, "caseworker", PASS)
    try:
        with Vault.unlock(folder, "admin", PASS) as admin:
            with pytest.raises(NotRotated):
                admin.rotate_keys()
            assert _cases_of(admin) == before  # the admin's session goes on as before
    finally:
        open_session.close()
    assert kr.Keyring.from_bytes(ring_before).epoch == kr.load(folder / kr.FILE_NAME).epoch
    assert not list(folder.glob(rotation.STAGED + "*"))


def test_only_an_admin_rotates(folder):
    with Vault.unlock(folder, "caseworker", PASS) as cw, pytest.raises(NotAllowed):
        cw.rotate_keys()


FAULTS = {
    "export": ("caseassist.vault.rotation.export_under", "before"),
    "reseal": ("caseassist.vault.rotation.reseal", "before"),
    "keyring write": ("caseassist.vault.keyring.atomic_write", "before"),
    "rename": ("caseassist.vault.rotation.put_in_place", "before"),
}


class Killed(BaseException):
    """Stands for the process dying at that point (nothing after it runs in a real kill)."""


@pytest.mark.parametrize("where", FAULTS)
def test_a_rotation_cut_at_each_step_leaves_one_key_opening_the_vault(folder, monkeypatch, where):
    before = _cases(folder)
    target, _when = FAULTS[where]
    module, name = target.rsplit(".", 1)

    def die(*_a, **_k):
        raise Killed()

    admin = Vault.unlock(folder, "admin", PASS)
    monkeypatch.setattr(sys.modules[module], name, die)
    with pytest.raises(Killed):
        admin.rotate_keys()
    monkeypatch.undo()
    admin._dispose()  # the dead process's session: no close-time writes
    admin._engine = None
    assert _cases(folder) == before
    for user in ("caseworker", "supervisor"):
        Vault.unlock(folder, user, PASS).close()
    assert not list(folder.glob(rotation.STAGED + "*"))
    rotated = kr.load(folder / kr.FILE_NAME).epoch == 1
    assert rotated == (where == "rename")  # the keyring decides; the copy followed it
    with Vault.unlock(folder, "admin", PASS) as admin:
        assert admin.verify_audit().ok and admin.audit_alarm is None


def _killed_rotation(folder, seed):
    rng = random.Random(seed)
    before = _cases(folder)
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(folder), "admin", PASS],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        cwd=ROOT,
    )
    time.sleep(rng.uniform(0.3, 2.5))
    proc.kill()
    proc.communicate(timeout=300)
    assert _cases(folder) == before
    for user in ("caseworker", "supervisor", "intake"):
        Vault.unlock(folder, user, PASS).close()
    with Vault.unlock(folder, "admin", PASS) as admin:
        assert admin.verify_audit().ok and admin.audit_alarm is None
    assert not list(folder.glob(rotation.STAGED + "*"))
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, "admin", "not the passphrase at all")


@pytest.mark.parametrize("seed", range(2))
def test_a_rotation_killed_at_a_random_moment(folder, seed):
    _killed_rotation(folder, seed)


@pytest.mark.long
@pytest.mark.parametrize("seed", range(2, 32))
def test_a_rotation_killed_at_a_random_moment_long(folder, seed):
    _killed_rotation(folder, seed)


def test_the_command_rotates_and_shows_the_new_recovery_code_once(folder, capsys, monkeypatch):
    from tests.reliability.conftest import assert_one_clean_line, run_cli

    code, out, err = run_cli(
        capsys,
        monkeypatch,
        "user",
        "rotate-keys",
        "--data-dir",
        str(folder),
        "--user",
        "caseworker",
        passphrase=PASS,
    )
    assert_one_clean_line(code, err)
    assert "rotate the vault's keys" in err
    code, out, err = run_cli(
        capsys,
        monkeypatch,
        "user",
        "rotate-keys",
        "--data-dir",
        str(folder),
        "--user",
        "admin",
        passphrase=PASS,
    )
    assert code == 0, err
    new_code = out.strip().splitlines()[-1].strip()
    assert kr.load(folder / kr.FILE_NAME).epoch == 1
    Vault.unlock_with_recovery(folder, new_code).close()
