"""Finding 2: an account holder rewrites history with the database key.

The attack: an intake worker (every staff account holds the database key; supervisors
no longer do, see test_supervisor_keys.py) deletes,
rewrites or reorders audit entries, recomputes the hash chain, signs what
changed with their own key and re-MACs the keyring head. `audit --verify` must
name the first bad entry and the next unlock must raise the alarm. Swapping a
colleague's signing key, or the admin key itself, is caught the same way.
"""

from __future__ import annotations

import pytest

from caseassist.cli import main
from caseassist.services.cases import create_demo
from caseassist.vault import DEMO_PASSPHRASE, KdfParams, Role, Vault, case_store, keys
from caseassist.vault import audit as audit_log
from caseassist.vault import keyring as kr
from tests.reliability.insider import leave, remac_keyring, rewrite_audit
from tests.templates import VaultTemplate, build_template

PASS = DEMO_PASSPHRASE


def _work(folder) -> None:
    create_demo(folder, cases=4, kdf=KdfParams.fast_for_tests()).close()
    Vault.unlock(folder, "admin", PASS).close()
    with Vault.unlock(folder, "caseworker", PASS) as cw:
        for case in case_store.list_cases(cw, mine=True)[:3]:
            case_store.get_case(cw, case.code)


@pytest.fixture(scope="module")
def _worked_template(tmp_path_factory) -> VaultTemplate:
    return build_template(tmp_path_factory, "worked", _work)


@pytest.fixture
def worked(_worked_template, tmp_path):
    """A demo vault an admin opened last, then a caseworker worked in (entries after the
    admin-signed head), the test's own copy. Returns the folder and the seq of the
    admin-signed head (the caseworker's reading signs nothing)."""
    folder = _worked_template.copy_to(tmp_path / "vault")
    return folder, kr.load(folder / kr.FILE_NAME).signed_head[0]


def _actions(folder):
    with Vault.unlock(folder, "admin", PASS) as v, v.session() as s:
        return [(e.seq, e.account, e.action) for e in audit_log.recent(s, 10_000)][::-1]


def _attack(folder, edit):
    sup = Vault.unlock(folder, "intake", PASS)
    rewrite_audit(sup, edit)
    leave(sup)


def _caught(folder, capsys, monkeypatch, first_bad):
    """`audit --verify` names the entry; the next unlock of an admin raises the alarm."""
    admin = Vault.unlock(folder, "admin", PASS)
    try:
        assert admin.audit_alarm is not None
    finally:
        admin.close()
    monkeypatch.setenv("CASEASSIST_PASSPHRASE", PASS)
    capsys.readouterr()
    code = main(["audit", "--verify", "--data-dir", str(folder), "--user", "admin"])
    err = capsys.readouterr().err
    assert code == 1 and f"entry {first_bad}" in err, err
    assert "Traceback" not in err


def _index_of(rows, account, action, after=0):
    return next(i for i, r in enumerate(rows) if i >= after and r[1] == account and r[2] == action)


def test_deleting_a_colleagues_view_after_the_signed_head(worked, capsys, monkeypatch):
    folder, signed = worked
    victim = _index_of(_rows(folder), "caseworker", "case.view", after=signed)
    _attack(folder, lambda rows: rows[:victim] + rows[victim + 1 :])
    _caught(folder, capsys, monkeypatch, victim + 1)  # the entry now there is not the caseworker's


def test_deleting_an_entry_before_the_signed_head(worked, capsys, monkeypatch):
    folder, signed = worked
    _attack(folder, lambda rows: rows[:2] + rows[3:])
    _caught(folder, capsys, monkeypatch, 3)


def test_rewriting_a_target_and_a_time(worked, capsys, monkeypatch):
    folder, signed = worked
    idx = _index_of(_rows(folder), "caseworker", "case.view", after=signed)

    def edit(rows):
        at, account, action, _target, sig, hash_ = rows[idx]
        rows[idx] = (at, account, action, "ZZZ-ZZZ", sig, hash_)
        return rows

    _attack(folder, edit)
    _caught(folder, capsys, monkeypatch, idx + 1)


def test_reordering_two_entries(worked, capsys, monkeypatch):
    folder, signed = worked
    idx = _index_of(_rows(folder), "caseworker", "case.view", after=signed)

    def edit(rows):
        rows[idx], rows[idx + 1] = rows[idx + 1], rows[idx]
        return rows

    _attack(folder, edit)
    _caught(folder, capsys, monkeypatch, idx + 1)


def test_stripping_every_signature(worked, capsys, monkeypatch):
    folder, signed = worked
    _attack(folder, lambda rows: [(*r[:4], "", r[5]) for r in rows])
    _caught(folder, capsys, monkeypatch, signed + 1)


def test_signing_as_a_colleague_with_a_swapped_key(worked, capsys, monkeypatch):
    """The intake worker puts their own public key in the caseworker's place, then rewrites
    a caseworker entry and signs it as the caseworker."""
    folder, signed = worked
    sup = Vault.unlock(folder, "intake", PASS)
    mine = keys.public_of(sup._signing.own)

    def swap(ring):
        cw = ring.accounts["caseworker"]
        cw.signing = [kr.SigningKey(mine, k.endorsement) for k in cw.signing]

    remac_keyring(sup, swap)
    rows = _rows_of(sup)
    idx = _index_of(rows, "caseworker", "case.view", after=signed)
    rewrite_audit(sup, lambda rows: rows[:idx] + rows[idx + 1 :])
    leave(sup)
    # her real entries no longer match the key the file names: the first of them is named
    first = next(i for i, r in enumerate(rows) if i >= signed and r[1] == "caseworker")
    _caught(folder, capsys, monkeypatch, first + 1)


def test_a_forged_admin_key(worked, capsys, monkeypatch):
    """The intake worker makes their own 'admin key', endorses everyone with it and signs the
    head: the real admin's unlock sees the key is not theirs."""
    folder, _signed = worked
    sup = Vault.unlock(folder, "intake", PASS)
    rewrite_audit(sup, lambda rows: rows[:2] + rows[3:])
    fake = keys.new_signing_seed()

    def forge(ring):
        ring.admin_public = keys.public_of(fake)
        for a in ring.accounts.values():
            a.signing = [
                kr.SigningKey(
                    k.public,
                    keys.sign(
                        fake,
                        audit_log.endorse_message(ring.vault_id, a.name, a.role, k.public),
                    ),
                )
                for k in a.signing
            ]
        msg = audit_log.head_message(ring.vault_id, ring.head_seq, ring.head_hash)
        ring.signed_head = (ring.head_seq, ring.head_hash, keys.sign(fake, msg))

    remac_keyring(sup, forge)
    leave(sup)
    admin = Vault.unlock(folder, "admin", PASS)
    try:
        assert admin.audit_alarm is not None and admin.audit_alarm.reason == "keyring"
        assert not admin.verify_audit().ok
    finally:
        admin.close()


def test_honest_work_by_every_role_verifies(worked, fast_kdf):
    folder, _signed = worked
    with Vault.unlock(folder, "admin", PASS) as admin:
        assert admin.audit_alarm is None
        admin.add_account("newcomer", Role.caseworker, "newcomer passphrase", kdf=fast_kdf)
        admin.change_passphrase("caseworker", "a reset passphrase here", kdf=fast_kdf)
    for user, pw in (("newcomer", "newcomer passphrase"), ("supervisor", PASS)):
        with Vault.unlock(folder, user, pw) as v:
            assert v.audit_alarm is None
    with Vault.unlock(folder, "caseworker", "a reset passphrase here") as cw:
        cw.change_passphrase("caseworker", "her own new passphrase", kdf=fast_kdf)
        assert cw.audit_alarm is None and cw.verify_audit().ok
    with Vault.unlock(folder, "admin", PASS) as admin:
        assert admin.audit_alarm is None and admin.verify_audit().ok


def _rows(folder):
    sup = Vault.unlock(folder, "intake", PASS)
    try:
        return _rows_of(sup)
    finally:
        sup.close()


def _rows_of(vault):
    with vault.session() as s:
        return [(e.at, e.account, e.action) for e in audit_log.recent(s, 10_000)][::-1]


def test_a_rewrite_is_refused_outright_while_this_computer_remembers(worked):
    """Without also rewriting the user's state folder, the rewritten log does not even open."""
    from caseassist.vault.errors import RolledBack

    folder, _signed = worked
    sup = Vault.unlock(folder, "intake", PASS)
    rewrite_audit(sup, lambda rows: rows[:2] + rows[3:])
    sup._dispose()
    with pytest.raises(RolledBack):
        Vault.unlock(folder, "admin", PASS)
