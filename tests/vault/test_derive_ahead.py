"""A derivation started ahead (while a command loads) gives the key unlocking would derive."""

from __future__ import annotations

from caseassist.vault import keys


def test_a_derivation_started_ahead_is_taken_once_and_equals_a_fresh_one(fast_kdf):
    salt = keys.new_salt()
    keys.derive_ahead("a long test passphrase", salt, fast_kdf)
    ahead = keys.derive("a long test passphrase", salt, fast_kdf)
    assert ahead == keys._derive("a long test passphrase", salt, fast_kdf)
    assert not keys._AHEAD  # taken and forgotten


def test_a_different_passphrase_is_derived_anew_not_taken_from_ahead(fast_kdf):
    salt = keys.new_salt()
    keys.derive_ahead("the right passphrase", salt, fast_kdf)
    try:
        other = keys.derive("another passphrase", salt, fast_kdf)
        assert other != keys.derive("the right passphrase", salt, fast_kdf)
    finally:
        keys._AHEAD.clear()


def test_unlocking_from_the_command_line_with_a_derivation_ahead(tmp_path, fast_kdf, monkeypatch):
    from caseassist.cli import main
    from caseassist.services.cases import create_demo
    from caseassist.vault import DEMO_PASSPHRASE

    create_demo(tmp_path / "v", cases=3, kdf=fast_kdf).close()
    monkeypatch.setenv("CASEASSIST_PASSPHRASE", DEMO_PASSPHRASE)
    assert main(["case", "list", "--data-dir", str(tmp_path / "v"), "--user", "caseworker"]) == 0
    assert not keys._AHEAD
    monkeypatch.setenv("CASEASSIST_PASSPHRASE", "not the passphrase")
    assert main(["case", "list", "--data-dir", str(tmp_path / "v"), "--user", "caseworker"]) != 0
    assert not keys._AHEAD
