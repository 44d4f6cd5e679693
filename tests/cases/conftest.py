"""A small real vault with invented people, shared by the caseworker-day tests."""

from __future__ import annotations

import pytest

from caseassist.services.cases import records
from caseassist.vault import KdfParams, Role, Vault, case_store
from tests.templates import VaultTemplate, build_template

PASS = "a long test passphrase"
PEOPLE = (
    # (name, alias, age, needs)
    ("Mariam Haddad", "Mimi", 31, [("medical", "immediate"), ("shelter", "immediate")]),
    ("Olena Kovalenko", None, 27, [("legal", "long_term")]),
    ("José Núñez", "Pepe", 40, [("jobs", "long_term"), ("medical", "immediate")]),
)


def _build(folder) -> None:
    """A vault with an admin (ana), two caseworkers, intake and a supervisor; three cases."""
    kdf = KdfParams.fast_for_tests()
    v, _ = Vault.create(folder, "ana", PASS, kdf=kdf)
    for name, role in (
        ("cw", Role.caseworker),
        ("cw2", Role.caseworker),
        ("desk", Role.intake),
        ("sup", Role.supervisor),
    ):
        v.add_account(name, role, PASS, kdf=kdf)
    for i, (name, alias, age, needs) in enumerate(PEOPLE):
        values: dict[str, object] = {"person.name": name, "person.age": age}
        if alias:
            values["person.alias"] = alias
        values["person.preferred_language"] = "es" if i == 2 else "en"
        case_store.create_case(
            v, facts=records(values, by="ana"), needs=needs, caseworker="cw" if i < 2 else "cw2"
        )
    v.close()


@pytest.fixture(scope="session")
def _template(tmp_path_factory) -> VaultTemplate:
    return build_template(tmp_path_factory, "cases", _build)


@pytest.fixture
def folder(_template, tmp_path):
    """The test's own copy of that vault (built once per run)."""
    return _template.copy_to(tmp_path / "v")


@pytest.fixture
def as_user(folder):
    """Open the vault as an account; every vault opened is closed after the test."""
    opened: list[Vault] = []

    def open_as(user: str) -> Vault:
        v = Vault.unlock(folder, user, PASS)
        opened.append(v)
        return v

    yield open_as
    for v in opened:
        v.close()
