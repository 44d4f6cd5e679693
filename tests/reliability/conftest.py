"""Shared helpers for the reliability tests: small vaults on real SQLCipher, a CLI runner."""

from __future__ import annotations

import pytest

from caseassist.cli import main
from caseassist.vault import KdfParams, Vault
from tests.templates import VaultTemplate, build_template

ADMIN = "admin"
PASS = "a long test passphrase"


@pytest.fixture(scope="session")
def _small_template(tmp_path_factory) -> VaultTemplate:
    def build(folder):
        Vault.create(folder, ADMIN, PASS, kdf=KdfParams.fast_for_tests())[0].close()

    return build_template(tmp_path_factory, "small", build)


@pytest.fixture
def small_vault(_small_template, tmp_path):
    """A closed vault with one admin and no cases, the test's own copy; yields its folder."""
    return _small_template.copy_to(tmp_path / "vault")


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
