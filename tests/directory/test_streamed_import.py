"""The vault's import is streamed (what it reads waits in its own transaction, not in
memory), and gives exactly the directory the in-memory reader gives, report included."""

from __future__ import annotations

import pytest

from caseassist.directory.errors import DirectoryFileError
from caseassist.paths import resources_dir
from caseassist.services import directory as svc
from caseassist.vault import KdfParams, Vault, directory_store
from caseassist.vault.directory_store import SPILL_TABLE
from tests.directory import factory as f
from tests.directory.published import write_211, write_city20


@pytest.fixture
def vault(tmp_path):
    v, _code = Vault.create(
        tmp_path / "vault", "ana", "correct horse battery", kdf=KdfParams.fast_for_tests()
    )
    yield v
    v.close()


def _same_as_in_memory(vault, folder):
    imported, info = svc.import_into_vault(vault, folder)
    memory = svc.open_folder(folder)
    stored = directory_store.load_active(vault)
    assert info.service_count == len(imported) == len(memory)
    assert stored.services == memory.services  # every field, in the file's order
    assert dict(stored.locations) == dict(memory.locations)
    assert dict(stored.organizations) == dict(memory.organizations)
    assert svc.summary_lines(imported) == svc.summary_lines(memory)
    return imported


@pytest.mark.parametrize(
    "make",
    [
        lambda p: write_211(p, 120),  # HSDS 1.1: faults skipped, hours as text, eligibility
        lambda p: write_city20(p, 40),  # HSDS 2.0: short rows, hours in date columns
        lambda p: resources_dir() / "directory",  # the demo, HSDS 3.0
    ],
    ids=["211-hsds11", "city-hsds20", "demo-hsds30"],
)
def test_a_streamed_import_is_the_directory_read_in_memory(vault, tmp_path, make):
    imported = _same_as_in_memory(vault, make(tmp_path / "d"))
    assert imported.report is not None and imported.report.format


def test_cells_holding_the_spills_own_separator_and_missing_numbers_come_back(vault, tmp_path):
    folder = f.write(
        tmp_path / "d",
        [
            f.svc("svc-a", "shelter", name="Odd\x1fname", phone="+1 555\x1f0100"),
            f.svc("svc-b", "food", min_age="", max_age="17", coords=("", ""), street="1\x1f2 Road"),
        ],
    )
    _same_as_in_memory(vault, folder)


def test_a_failed_import_leaves_the_directory_in_use_and_no_spill(vault, tmp_path):
    good = f.write(tmp_path / "good", [f.svc("svc-1", "shelter")])
    svc.import_into_vault(vault, good)
    broken = f.write(tmp_path / "bad", [f.svc("svc-2", "food")])
    (broken / "attributes.csv").write_text(
        "id,link_id,taxonomy_term_id,link_type,link_entity\na,svc-2,nope,x,service\n"
    )
    with pytest.raises(DirectoryFileError):
        svc.import_into_vault(vault, broken, strict=True)
    assert [s.id for s in svc.active_directory(vault).services] == ["svc-1"]
    with vault.session() as session:
        left = session.connection().exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = ?", (SPILL_TABLE,)
        )
        assert left.scalar() == 0


def test_progress_moves_forward_to_the_end_through_reading_and_writing(vault, tmp_path):
    seen: list[tuple[int, int]] = []
    svc.import_into_vault(
        vault, write_211(tmp_path / "d", 60), lambda d, t, _x: seen.append((d, t))
    )
    done = [d for d, _t in seen]
    assert done == sorted(done) and seen[-1][0] == seen[-1][1] > 0


def test_the_police_listing_of_a_need_reads_an_index_not_the_whole_need(vault, tmp_path):
    folder = f.write(
        tmp_path / "d",
        [
            f.svc(f"svc-{i}", "shelter", traits="requires_police_report" * (i % 3 == 0))
            for i in range(9)
        ],
    )
    svc.import_into_vault(vault, folder)
    stored = svc.active_directory(vault)
    sql = stored._NEED.format(extra="AND n.police = 1").replace("n.rank", "n.pos")
    plan = " ".join(
        str(r[-1])
        for r in stored._query("EXPLAIN QUERY PLAN " + sql, (stored.version.id, "shelter"))
    )
    assert "ix_directory_need_police" in plan and "TEMP B-TREE" not in plan
    assert [s.id for s in stored.requiring_police("shelter")] == ["svc-0", "svc-3", "svc-6"]
    assert stored.police_count("shelter") == 3


def test_the_spill_is_read_back_in_its_own_order_without_a_sort_in_memory(vault):
    with vault.session() as session:
        raw = session.connection().connection.dbapi_connection
        spill = directory_store._Spill(raw)
        for key, what in ((2, "b"), (1, "a"), (2, "c"), (1, "d")):
            spill.put(1, key, what, what)
        assert list(spill.read(1)) == [(1, "a", "a"), (1, "d", "d"), (2, "b", "b"), (2, "c", "c")]
        plan = " ".join(
            str(r[-1])
            for r in raw.execute(
                f"EXPLAIN QUERY PLAN SELECT key, what, value FROM {SPILL_TABLE}"  # noqa: S608
                " WHERE grp = 1 ORDER BY key, seq"
            )
        )
        assert "TEMP B-TREE" not in plan
        spill.drop()
