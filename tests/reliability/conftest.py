"""Shared helpers for the reliability tests: small vaults on real SQLCipher, a CLI runner."""

from __future__ import annotations

import pytest

from caseassist.cli import main
from caseassist.vault import Vault

ADMIN = "admin"
PASS = "a long test passphrase"


@pytest.fixture
def small_vault(tmp_path, fast_kdf):
    """A closed vault with one admin and no cases; yields its folder."""
    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, ADMIN, PASS, kdf=fast_kdf)
    vault.close()
    return folder


def run_cli(capsys, monkeypatch, *argv, passphrase=PASS):
    """Run `caseassist` in-process; returns (exit code, stdout, stderr)."""
    monkeypatch.setenv("CASEASSIST_PASSPHRASE", passphrase)
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def assert_one_clean_line(code: int, err: str) -> None:
    """A refusal as the issue asks: non-zero, one line on stderr, no traceback, not code 70."""
    assert code not in (0, 70), (code, err)
    assert "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1, err
