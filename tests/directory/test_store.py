"""Directory versions in SQL: a new version switches in whole, a failure changes nothing.

Runs the store's session-level functions on a real SQLite database (the same
SQLModel tables the vault creates); the vault adds only encryption and the
transaction wrapper around them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import Session, SQLModel, create_engine

from caseassist.directory import DirectoryFileError, load_directory
from caseassist.vault import directory_store as store
from caseassist.vault import migrations
from caseassist.vault.tables.directory import DirectoryTable, DirectoryVersion
from tests.directory import factory as f


@pytest.fixture
def engine(tmp_path: Path):
    eng = create_engine(f"sqlite:///{tmp_path / 'dir.db'}")
    SQLModel.metadata.create_all(eng, tables=[DirectoryVersion.__table__, DirectoryTable.__table__])
    with eng.begin() as conn:
        migrations._v7_directory_rows(conn)  # the indexed rows each version is kept as
    yield eng
    eng.dispose()


def tx(engine):
    """One transaction: commit on normal exit, roll back on an exception (as vault.session())."""
    session = Session(engine)

    class _Ctx:
        def __enter__(self):
            return session

        def __exit__(self, exc_type, *_):
            if exc_type is None:
                session.commit()
            else:
                session.rollback()
            session.close()
            return False

    return _Ctx()


def test_save_and_load_active(engine, tmp_path):
    d = load_directory(
        f.write(tmp_path / "a", [f.svc("one", "food", traits="confidential_location")])
    )
    with tx(engine) as s:
        info = store.save_version_in(s, d, source="a", created_by="ana")
    assert info.active and info.service_count == 1
    with tx(engine) as s:
        loaded = store.load_active_in(s)
    assert loaded.services == d.services
    assert loaded.locations == d.locations  # the vault keeps the confidential address


def test_a_new_version_switches_and_old_ones_are_pruned(engine, tmp_path):
    for i in range(5):
        d = load_directory(f.write(tmp_path / f"v{i}", [f.svc(f"svc-{i}", "food")]))
        with tx(engine) as s:
            store.save_version_in(s, d, source=f"v{i}")
    with tx(engine) as s:
        active = store.load_active_in(s)
        versions = store.versions_in(s)
    assert [x.id for x in active.services] == ["svc-4"]
    assert len(versions) == store.KEEP_VERSIONS
    assert sum(v.active for v in versions) == 1


def test_a_failed_import_leaves_the_active_directory_untouched(engine, tmp_path):
    good = load_directory(f.write(tmp_path / "good", [f.svc("good", "shelter")]))
    with tx(engine) as s:
        store.save_version_in(s, good)
    broken = f.write(tmp_path / "bad", [f.svc("bad", "shelter")])
    (broken / "schedules.csv").write_bytes(b"id,service_id\nx,\xff\n")
    with pytest.raises(DirectoryFileError):
        load_directory(broken)  # parsing fails before anything is written
    # a failure inside the write transaction rolls the new version back
    other = load_directory(f.write(tmp_path / "other", [f.svc("other", "shelter")]))
    with pytest.raises(RuntimeError), tx(engine) as s:
        store.save_version_in(s, other)
        raise RuntimeError("disk full")
    with tx(engine) as s:
        assert [x.id for x in store.load_active_in(s).services] == ["good"]
        assert len(store.versions_in(s)) == 1


def test_no_directory_yet(engine):
    with tx(engine) as s:
        assert store.load_active_in(s) is None
