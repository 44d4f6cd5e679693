"""Unlocking: wrong passphrase, waiting after failures, damaged and tampered files, recovery."""

from __future__ import annotations

import json

import pytest

from caseassist.cli import main
from caseassist.vault import KdfParams, Role, Vault
from caseassist.vault import keyring as kr
from caseassist.vault.errors import Damaged, LockedOut, RolledBack, Tampered, WrongPassphrase
from tests.vault.conftest import PASS, unlock


def _cli(capsys, monkeypatch, folder, *argv, user="caseworker", passphrase=PASS):
    monkeypatch.setenv("CASEASSIST_PASSPHRASE", passphrase)
    code = main([*argv, "--data-dir", str(folder), "--user", user])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_wrong_passphrase_is_one_line_and_nonzero(demo_vault, capsys, monkeypatch):
    code, out, err = _cli(
        capsys, monkeypatch, demo_vault, "case", "list", passphrase="not the passphrase"
    )
    assert code == 1
    assert err.count("\n") == 1 and "passphrase is not right" in err
    assert "Traceback" not in err and out == ""


def test_unknown_account_reads_like_a_wrong_passphrase(demo_vault):
    with pytest.raises(WrongPassphrase):
        Vault.unlock(demo_vault, "nobody", PASS)


def test_repeated_failures_make_the_next_try_wait_even_after_restart(demo_vault):
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(demo_vault, "intake", "wrong wrong wrong")
    with pytest.raises(LockedOut) as exc:  # a new unlock reads the counter from the keyring file
        Vault.unlock(demo_vault, "intake", PASS)
    assert exc.value.seconds >= 1
    ring = kr.load(demo_vault / "keyring.json")
    assert ring.failure_count("intake") == 3
    ring.failures["intake"]["last"] -= 3600  # the wait has passed
    kr.save(ring, demo_vault / "keyring.json")
    Vault.unlock(demo_vault, "intake", PASS).close()
    assert kr.load(demo_vault / "keyring.json").failure_count("intake") == 0


def test_flipped_byte_in_database_is_one_clear_line(demo_vault, capsys, monkeypatch):
    db = demo_vault / "vault.db"
    data = bytearray(db.read_bytes())
    for offset in (200, len(data) // 2, len(data) - 300):
        data[offset] ^= 0x40
    db.write_bytes(bytes(data))
    code, out, err = _cli(capsys, monkeypatch, demo_vault, "audit", "--verify", user="admin")
    assert code != 0
    assert len(err.strip().splitlines()) == 1 and "vault.db" in err and "damaged" in err
    assert "Traceback" not in err


def test_keyring_garbage_names_the_file(demo_vault, capsys, monkeypatch):
    (demo_vault / "keyring.json").write_bytes(b"\x00\xff not json")
    code, _out, err = _cli(capsys, monkeypatch, demo_vault, "case", "list")
    assert code == 1 and "keyring.json" in err and len(err.strip().splitlines()) == 1


def test_editing_a_role_in_the_keyring_is_detected(demo_vault):
    path = demo_vault / "keyring.json"
    data = json.loads(path.read_text())
    data["accounts"]["supervisor"]["role"] = "admin"
    path.write_text(json.dumps(data))
    with pytest.raises(Tampered):
        Vault.unlock(demo_vault, "supervisor", PASS)


def test_any_other_keyring_edit_is_detected(demo_vault):
    path = demo_vault / "keyring.json"
    data = json.loads(path.read_text())
    data["head"]["seq"] = 1
    path.write_text(json.dumps(data))
    with pytest.raises(Tampered):
        Vault.unlock(demo_vault, "caseworker", PASS)


def test_an_older_copy_of_the_database_is_refused(demo_vault):
    old = (demo_vault / "vault.db").read_bytes()
    unlock(demo_vault).close()  # the chain moves on; the keyring remembers where
    (demo_vault / "vault.db").write_bytes(old)
    with pytest.raises(RolledBack):
        unlock(demo_vault)


def test_recovery_code_unlocks_and_resets_a_passphrase(tmp_path, fast_kdf):
    vault, code = Vault.create(tmp_path / "v", "ana", "first long passphrase", kdf=fast_kdf)
    vault.add_account("ben", Role.caseworker, "ben's long passphrase", kdf=fast_kdf)
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(tmp_path / "v", "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    rec = Vault.unlock_with_recovery(tmp_path / "v", code.lower().replace("-", " "))
    assert rec.can_read_identity and rec.role is Role.admin
    rec.change_passphrase("ana", "a brand new passphrase")
    rec.close()
    Vault.unlock(tmp_path / "v", "ana", "a brand new passphrase").close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(tmp_path / "v", "ana", "first long passphrase")


def test_demo_passphrase_only_for_demo_vaults(tmp_path, fast_kdf):
    from caseassist.errors import InvalidInput

    with pytest.raises(InvalidInput):
        Vault.create(tmp_path / "v", "ana", PASS, kdf=fast_kdf)


def test_missing_database_is_damaged_not_a_crash(demo_vault):
    (demo_vault / "vault.db").unlink()
    with pytest.raises(Damaged):
        unlock(demo_vault)


def test_calibration_never_goes_below_the_rfc_floor():
    from caseassist.vault.keys import calibrate

    params, seconds = calibrate(0.05)
    assert params.memory_kib >= 65536 and params.time_cost >= 3 and params.parallelism >= 4
    assert not params.below_floor and seconds > 0
    assert KdfParams.fast_for_tests().below_floor


def test_a_passphrase_change_that_cannot_be_written_is_audited_as_failed(
    tmp_path, fast_kdf, monkeypatch
):
    import errno

    from caseassist.vault import audit
    from caseassist.vault.errors import WriteFailed

    vault, _ = Vault.create(tmp_path / "v", "ana", "first long passphrase", kdf=fast_kdf)

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "full")

    monkeypatch.setattr(kr, "atomic_write", full)
    with pytest.raises(WriteFailed):
        vault.change_passphrase("ana", "a second long passphrase")
    monkeypatch.undo()
    with vault.session() as session:
        actions = [e.action for e in audit.recent(session, 2)]
    assert actions == ["account.passphrase.failed", "account.passphrase"]
    vault.close()
    Vault.unlock(tmp_path / "v", "ana", "first long passphrase").close()


def test_the_unlock_screen_reads_the_demo_flag_without_the_keyring_reader(demo_vault, tmp_path):
    """`keyring_file.says_demo` answers from the file alone, as the full reader does, and
    says no (never fails) for a missing, damaged or foreign file."""
    from caseassist.vault import keyring_file

    assert keyring_file.says_demo(demo_vault) is kr.load(demo_vault / kr.FILE_NAME).demo is True
    other = tmp_path / "other"
    other.mkdir()
    assert keyring_file.says_demo(other) is False  # no keyring
    for text in ("{not json", "[1, 2]", '{"format": 99, "demo": true}', '{"format": 1}'):
        (other / kr.FILE_NAME).write_text(text)
        assert keyring_file.says_demo(other) is False
