"""Driver errors are told apart by SQLite's result code, whatever their message says."""

from __future__ import annotations

import pytest
import sqlcipher3

from caseassist.vault import store


def _error(action) -> BaseException:
    with pytest.raises(sqlcipher3.Error) as caught:
        action()
    return caught.value


def test_a_held_write_lock_is_busy(tmp_path):
    path = str(tmp_path / "x.db")
    holder = sqlcipher3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    other = sqlcipher3.connect(path, timeout=0, isolation_level=None)
    try:
        assert store.error_kind(_error(lambda: other.execute("BEGIN IMMEDIATE"))) == "busy"
    finally:
        other.close()
        holder.close()


def test_a_file_that_is_no_database_is_damaged(tmp_path):
    path = tmp_path / "x.db"
    path.write_bytes(b"not a database at all, invented bytes" * 200)
    conn = sqlcipher3.connect(str(path))
    try:
        exc = _error(lambda: conn.execute("SELECT count(*) FROM sqlite_master").fetchall())
        assert store.error_kind(exc) == "damaged"
    finally:
        conn.close()


def test_a_broken_rule_or_a_plain_exception_is_not_classified(tmp_path):
    conn = sqlcipher3.connect(str(tmp_path / "x.db"))
    conn.execute("CREATE TABLE t (a UNIQUE)")
    conn.execute("INSERT INTO t VALUES (1)")
    try:
        assert store.error_kind(_error(lambda: conn.execute("INSERT INTO t VALUES (1)"))) is None
    finally:
        conn.close()
    assert store.error_kind(ValueError("database is locked")) is None  # the words do not count
