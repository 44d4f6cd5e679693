"""A vault of one admin for the directory commands run as a user would run them."""

from __future__ import annotations

import pytest

from caseassist.vault import Vault

PASS = "correct horse battery"


@pytest.fixture
def vault_env(tmp_path, monkeypatch, fast_kdf):
    """A fresh vault with the admin `ana`, and the environment that signs her in."""
    data = tmp_path / "data"
    vault, _code = Vault.create(data, "ana", PASS, kdf=fast_kdf)
    vault.close()
    monkeypatch.setenv("CASEASSIST_USER", "ana")
    monkeypatch.setenv("CASEASSIST_PASSPHRASE", PASS)
    return data
