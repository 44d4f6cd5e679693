"""The SQLCipher database: connection set-up, engine, checks. The only SQLite-specific code.

Each connection is keyed with the raw 256-bit database key (`x'…'`, so
SQLCipher's own PBKDF2 is skipped) and then hardened in a fixed order. The
engine uses NullPool: a connection per session, never shared between threads
(Textual workers are threads, and a shared sqlcipher3 connection has crashed).
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

DB_NAME = "vault.db"
STORED_DATETIME = "%Y-%m-%d %H:%M:%S.%f"
"""How SQLAlchemy's SQLite dialect stores a datetime (naive UTC, fixed width): stored
values compare as text in time order, and the demo seeder writes them the same way."""
PLAINTEXT_HEADER = b"SQLite format 3\x00"

MEMORY_SECURITY = False
"""SQLCipher's `cipher_memory_security` (zero and lock every allocation it makes) stays
off, as SQLCipher has shipped it since 4.5. Measured at 100,000 cases it made every
read 1.6-2x slower (the overdue list 0.74 s against 0.45 s, a page of the list 118 ms
against 58 ms, under the same load), for little here: the pages SQLCipher
caches are plaintext while a connection is open either way, and the unsealed names
and notes live in Python strings that nothing wipes. Keys leave with the connection
and the vault when it locks."""


class NotEncrypted(Exception):
    """The SQLite library in use ignored the key, or the file is plain SQLite."""


class Damaged(Exception):
    """The database does not open with a key that unwrapped correctly."""


class ReadOnly(Exception):
    """SQLite cannot open the file for writing (a read-only folder or file): not damage."""


class WriteError(Exception):
    """The file system refused a write while opening (a full disk cannot hold the WAL index)."""


def connect(path: Path, db_key: bytes, *, any_thread: bool = False) -> sqlcipher3.Connection:
    """A keyed, hardened connection (raises Damaged, NotEncrypted).

    `any_thread` only for the vault's idle anchor connection, which runs no
    queries and may be closed from another thread than the one that opened it.
    """
    conn = sqlcipher3.connect(str(path), timeout=10, check_same_thread=not any_thread)
    try:
        cur = conn.cursor()
        cur.execute("PRAGMA cipher_log_level = NONE")  # first: a damaged page 1 prints nothing
        cur.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
        cur.execute(f"PRAGMA cipher_memory_security = {'ON' if MEMORY_SECURITY else 'OFF'}")
        cur.execute("PRAGMA temp_store = MEMORY")
        cur.execute("PRAGMA secure_delete = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        version = cur.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise NotEncrypted("no SQLCipher")
        cur.execute("SELECT count(*) FROM sqlite_master").fetchone()
        cur.close()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        text = str(exc).lower()
        if "unable to open" in text or "readonly" in text:  # cannot create the WAL index
            raise ReadOnly(type(exc).__name__) from exc
        if "i/o" in text or "full" in text:  # the WAL index cannot grow: disk full, quota
            raise WriteError(type(exc).__name__) from exc
        raise Damaged(type(exc).__name__) from exc
    except BaseException:
        conn.close()
        raise
    if path.exists() and path.stat().st_size >= 16:
        with path.open("rb") as fh:
            if fh.read(16) == PLAINTEXT_HEADER:
                conn.close()
                raise NotEncrypted("plaintext header")
    return conn


def make_engine(path: Path, db_key: bytes) -> Engine:
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,  # so SQLAlchemy wraps sqlcipher3's errors (DBAPIError), not sqlite3's
        creator=lambda: connect(path, db_key),
        poolclass=NullPool,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # take the write lock at the start: no upgrade deadlocks
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:  # let SQLAlchemy's BEGIN (above) run
        dbapi_conn.isolation_level = None

    return engine


def integrity_ok(path: Path, db_key: bytes) -> bool:
    conn = connect(path, db_key)
    try:
        pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()  # every page's HMAC
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        return not pages and rows == [("ok",)]
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def checkpoint(path: Path, db_key: bytes) -> None:
    """Fold the WAL into the database and empty it, so deleted text does not linger."""
    conn = connect(path, db_key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


def export_copy(path: Path, db_key: bytes, target: Path) -> None:
    """An encrypted copy (same key) through `sqlcipher_export`, for backups."""
    conn = connect(path, db_key)
    try:
        conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{db_key.hex()}'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('backup')").fetchall()
        conn.execute("DETACH DATABASE backup")
    finally:
        conn.close()
