"""A seeded demo vault on real SQLCipher (cheap argon2 parameters: the tests are about behaviour)."""

from __future__ import annotations

import pytest

from caseassist.cases import demo
from caseassist.vault import DEMO_PASSPHRASE, Vault
from tests.templates import VaultTemplate, demo_template

PASS = DEMO_PASSPHRASE


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory) -> VaultTemplate:
    return demo_template(tmp_path_factory, "demo25", cases=25)


@pytest.fixture
def demo_vault(_demo_template, tmp_path):
    """A closed demo vault with 25 invented cases, the test's own copy; yields its folder."""
    return _demo_template.copy_to(tmp_path / "vault")


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
