"""A real SQLCipher vault with an admin, a caseworker and a supervisor (cheap argon2 parameters)."""

from __future__ import annotations

import pytest

from caseassist.vault import KdfParams, Role, Vault
from tests.templates import VaultTemplate, build_template

PASS = "a long test passphrase"


def _build(path) -> None:
    kdf = KdfParams.fast_for_tests()
    admin, _code = Vault.create(path, "ana", PASS, kdf=kdf)
    admin.add_account("cw", Role.caseworker, PASS, kdf=kdf)
    admin.add_account("sup", Role.supervisor, PASS, kdf=kdf)
    admin.close()


@pytest.fixture(scope="session")
def _template(tmp_path_factory) -> VaultTemplate:
    return build_template(tmp_path_factory, "services", _build)


@pytest.fixture
def folder(_template, tmp_path):
    """A closed vault's folder, the test's own copy: `ana` (admin), `cw` (caseworker),
    `sup` (supervisor)."""
    return _template.copy_to(tmp_path / "vault")


@pytest.fixture
def caseworker(folder):
    vault = Vault.unlock(folder, "cw", PASS)
    yield vault
    vault.close()


def unlock(folder, user: str) -> Vault:
    return Vault.unlock(folder, user, PASS)
