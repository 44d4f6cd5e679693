"""The SQLCipher database: connection set-up, engine, checks. The only SQLite-specific code.

Each connection is keyed with the raw 256-bit database key (`x'…'`, so
SQLCipher's own PBKDF2 is skipped) and then hardened in a fixed order. The
engine uses NullPool: a connection per session, never shared between threads
(Textual workers are threads, and a shared sqlcipher3 connection has crashed).
"""

from __future__ import annotations

import datetime as dt
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


def stored_datetime(at: dt.datetime) -> str:
    """`at` as `STORED_DATETIME` text, for SQL written without the ORM (aware: to UTC)."""
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC).replace(tzinfo=None)
    return at.strftime(STORED_DATETIME)


MEMORY_SECURITY = False
"""SQLCipher's `cipher_memory_security` (zero and lock every allocation it makes) stays
off, as SQLCipher has shipped it since 4.5. Measured at 100,000 cases it made every
read 1.6-2x slower (the overdue list 0.74 s against 0.45 s, a page of the list 118 ms
against 58 ms, under the same load), for little here: the pages SQLCipher
caches are plaintext while a connection is open either way, and the unsealed names
and notes live in Python strings that nothing wipes. Keys leave with the connection
and the vault when it locks."""

WAL_AUTOCHECKPOINT = 256
"""Pages the WAL may hold before a commit folds it into the database (SQLite's
`wal_autocheckpoint`, default 1000). It bounds the cycle whose every checksum unlock
verifies (`wal.inspect`, ~0.15 ms a page in Python): at 1000 a WAL left by a crash or
held by another open session cost unlock up to ~160 ms, at 256 ~25 ms (load 2.7);
writing 10,000 cases measured no steady difference (medians 9.4 s against 10.8 s
with overlapping spreads, alternated rounds; small cases 28 against 21 ms)."""


# SQLite's primary result codes (sqlite.org/rescode.html). The driver hands them over
# (`sqlite_errorcode`), so errors are told apart by code, never by their wording.
_ERROR_KINDS = {
    5: "busy",  # SQLITE_BUSY
    6: "busy",  # SQLITE_LOCKED
    8: "read_only",  # SQLITE_READONLY
    10: "io",  # SQLITE_IOERR: a write the file system refused (quota, EFBIG, EIO)
    11: "damaged",  # SQLITE_CORRUPT
    13: "full",  # SQLITE_FULL
    14: "read_only",  # SQLITE_CANTOPEN: cannot create the journal or WAL index here
    26: "damaged",  # SQLITE_NOTADB: also what a wrong key looks like
}


def error_kind(exc: BaseException) -> str | None:
    """What a driver error means: busy, full, read_only, io, damaged; None when it has no code.

    Takes the driver's exception or SQLAlchemy's wrapper of it (`.orig`).
    """
    code = getattr(getattr(exc, "orig", exc), "sqlite_errorcode", None)
    return _ERROR_KINDS.get(code & 0xFF) if isinstance(code, int) else None


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
        cur.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT}")
        cur.execute("PRAGMA foreign_keys = ON")
        version = cur.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise NotEncrypted("no SQLCipher")
        cur.execute("SELECT count(*) FROM sqlite_master").fetchone()
        cur.close()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        kind = error_kind(exc)
        if kind == "read_only":  # cannot create the WAL index
            raise ReadOnly(type(exc).__name__) from exc
        if kind in ("io", "full"):  # the WAL index cannot grow: disk full, quota
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


def set_cache_size(raw_conn, kib: int) -> None:
    """Let this connection's page cache grow to `kib` KiB (a cap, not an allocation)."""
    raw_conn.execute(f"PRAGMA cache_size = -{int(kib)}")


def clustered_table(conn) -> str:
    """The clause that stores a table in its primary key's order (SQLite: WITHOUT ROWID),
    for a migration's CREATE TABLE; nothing on a database that does so anyway."""
    return " WITHOUT ROWID" if conn.dialect.name == "sqlite" else ""


def change_triggers(table: str, log: str, column: str, key_of: str) -> list[str]:
    """SQLite triggers that note in `log.column` the key (`key_of`, with `{row}` for the
    row) of every row of `table` inserted, updated or deleted (for a migration)."""
    out = []
    for change, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
        body = " ".join(
            f"INSERT OR IGNORE INTO {log} ({column}) "
            f"SELECT {key_of.format(row=row)} WHERE {key_of.format(row=row)} IS NOT NULL;"
            for row in rows
        )
        out.append(
            f"CREATE TRIGGER tr_{log}_{table}_{change.lower()} AFTER {change} ON {table} "
            f"BEGIN {body} END"
        )
    return out


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
