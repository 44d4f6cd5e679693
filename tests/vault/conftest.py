"""A seeded demo vault on real SQLCipher (cheap argon2 parameters: the tests are about behaviour)."""

from __future__ import annotations

import pytest

from caseassist.cases import demo
from caseassist.services.cases import create_demo
from caseassist.vault import DEMO_PASSPHRASE, Vault

PASS = DEMO_PASSPHRASE


@pytest.fixture
def demo_vault(tmp_path, fast_kdf):
    """A closed demo vault with 25 invented cases; yields its folder."""
    folder = tmp_path / "vault"
    create_demo(folder, cases=25, kdf=fast_kdf).close()
    return folder


@pytest.fixture
def demo_secrets() -> list[str]:
    """Every identifying or free-text value the demo writes (names, notes, contacts, goals)."""
    values: set[str] = set()
    for p in demo.people(25):
        for key in ("person.name", "person.safe_contact", "medical.injuries"):
            if isinstance(p.facts.get(key), str):
                values.add(p.facts[key])
        values.update(p.notes)
        if p.goal:
            values.add(p.goal[1])
    return sorted(values)


def unlock(folder, user="caseworker", passphrase=PASS) -> Vault:
    return Vault.unlock(folder, user, passphrase)
