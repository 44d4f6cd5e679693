"""A real SQLCipher vault with an admin, a caseworker and a supervisor (cheap argon2 parameters)."""

from __future__ import annotations

import pytest

from caseassist.vault import Role, Vault

PASS = "a long test passphrase"


@pytest.fixture
def folder(tmp_path, fast_kdf):
    """A closed vault's folder: `ana` (admin), `cw` (caseworker), `sup` (supervisor)."""
    path = tmp_path / "vault"
    admin, _code = Vault.create(path, "ana", PASS, kdf=fast_kdf)
    admin.add_account("cw", Role.caseworker, PASS, kdf=fast_kdf)
    admin.add_account("sup", Role.supervisor, PASS, kdf=fast_kdf)
    admin.close()
    return path


@pytest.fixture
def caseworker(folder):
    vault = Vault.unlock(folder, "cw", PASS)
    yield vault
    vault.close()


def unlock(folder, user: str) -> Vault:
    return Vault.unlock(folder, user, PASS)
