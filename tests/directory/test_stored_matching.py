"""A search on the vault's indexed directory gives what the same directory in memory gives."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from bench.bench_directory import generate
from caseassist.directory import load_directory, match, suggest
from caseassist.services import directory as svc
from caseassist.vault import Vault
from caseassist.vault.stored_directory import StoredDirectory

NIGHT = dt.datetime(2026, 3, 14, 21, 40, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
PROFILES = [
    {},
    {"person.preferred_language": "ne"},
    {"person.preferred_language": "es", "person.other_languages": ["fr", "ar"]},
    {"person.age": 30, "person.gender": "female", "household.children_with_them": 2},
    {"person.age": 16, "person.gender": "male", "safety.wants_law_enforcement": "no"},
    {"person.preferred_language": "uk", "safety.wants_law_enforcement": "no", "person.age": 40},
]


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gen")
    generate(folder, 2400, seed=11)
    memory = load_directory(folder)
    from caseassist.vault import KdfParams

    vault, _code = Vault.create(
        tmp_path_factory.mktemp("v") / "vault", "ana", "correct horse battery",
        kdf=KdfParams.fast_for_tests(),
    )  # fmt: skip
    svc.import_into_vault(vault, folder)
    stored = svc.active_directory(vault)
    yield memory, stored
    vault.close()


@pytest.mark.parametrize("scan_up_to", [1, 100_000])  # the indexed walk, and the full scan
def test_stored_and_in_memory_agree(both, monkeypatch, scan_up_to):
    memory, stored = both
    assert isinstance(stored, StoredDirectory) and len(stored) == len(memory)
    monkeypatch.setattr(match, "FULL_SCAN_UP_TO", scan_up_to)
    for facts, need in itertools.product(PROFILES, ("shelter", "food", "legal", "jobs")):
        for origin in (None, (44.5, -63.5)):
            a = suggest(memory, facts, need, now=NIGHT, limit=5, origin=origin, radius_km=40)
            b = suggest(stored, facts, need, now=NIGHT, limit=5, origin=origin, radius_km=40)
            assert a.as_dict() == b.as_dict(), (facts, need, origin)


def test_the_export_reads_the_stored_version_whole(both, tmp_path):
    memory, stored = both
    assert stored.service(memory.services[7].id) == memory.services[7]
    assert {s.id for s in stored.services} == {s.id for s in memory.services}
