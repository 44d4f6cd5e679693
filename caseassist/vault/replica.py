"""The supervisors' replica: what reports and the anonymized case views read, nothing more.

Supervisors hold no wrap of the database key. They open `replica.db`, a second
SQLCipher file under its own key (the replica key, which every account holds),
built by sessions that hold the full keys. It holds, by an allow-list of
columns per table, only what the reports, the anonymized case list, find by
need or status, and the anonymized case view read: codes, statuses, dates,
categories, caseworker, age band (never the age), country, language, provider
names, plan progress. Every sealed column, the name index, the facts and any
free text are left out (NULL, or an empty value where the column may not be
NULL); a close reason that is not one of the listed codes becomes "other"
(`replica_tables`: the allow-list, and the rows copied).

The audit log is copied whole (it holds case codes and account names only), so
a supervisor can read and verify it. A supervisor's own entries (unlock, a
report run, a case overview) are appended to the replica's copy, signed with
their own key; the next refresh folds each into the main log as a
`replica.fold` entry naming the supervisor, the action, the target and the
time, marked whether its signature verified, then copies the log again.

When: a session with the full keys refreshes the replica when it unlocks and
finds it missing or behind (one killed before it could), when it locks after a
change or with supervisor entries waiting (`PENDING`), and with its first
transaction a minute or more after its last refresh. Triggers (migration 11)
note in `replica_dirty` every case whose rows changed; a refresh replaces only
those cases' rows and does nothing when there are none (a session that only
read). The whole replica is rebuilt when it is missing, under another key, from
another schema version, or a day old, which also undoes anything a supervisor
wrote into their copy. One transaction on each file; a kill leaves the replica
as it was before the refresh.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable

import sqlcipher3

from caseassist.vault import audit as audit_log
from caseassist.vault import store
from caseassist.vault.replica_tables import copy_audit, rebuild, update

REPLICA_NAME = "replica.db"
FILES = (REPLICA_NAME, REPLICA_NAME + "-wal", REPLICA_NAME + "-shm")
PENDING = "replica.pending"
"""An empty file a supervisor's session leaves when it wrote audit entries into the
replica: a staff session locking then folds them (it need not open the replica to look)."""

WHOLE_EVERY = dt.timedelta(days=1)
"""How old a replica may grow by case-by-case updates before it is rebuilt whole."""


def _meta(conn, key: str) -> str | None:
    try:
        row = conn.execute("SELECT value FROM r.replica_meta WHERE key = ?", (key,)).fetchone()
    except sqlcipher3.DatabaseError:
        return None
    return row[0] if row else None


def _count(conn, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _older_than(stamp: str | None, limit: dt.datetime) -> bool:
    try:
        return stamp is None or dt.datetime.fromisoformat(stamp) < limit
    except ValueError:
        return True


def _schema_version(conn) -> str:
    row = conn.execute("SELECT value FROM main.meta WHERE key = 'schema_version'").fetchone()
    return row[0] if row else "0"


def built_seq(conn) -> int:
    """The last main log entry the replica's copy holds (on a connection to the replica);
    the supervisors' own entries follow it."""
    try:
        row = conn.execute("SELECT value FROM replica_meta WHERE key = 'built_seq'").fetchone()
    except sqlcipher3.OperationalError:
        return 0
    return int(row[0]) if row else 0


def has_changes(conn) -> bool:
    """Whether any case changed since the replica was built (on a connection to main)."""
    try:
        return conn.execute("SELECT EXISTS (SELECT 1 FROM replica_dirty)").fetchone()[0] == 1
    except sqlcipher3.OperationalError:  # a schema before migration 11
        return True


def _has_dirty_log(conn) -> bool:
    return bool(
        conn.execute(
            "SELECT count(*) FROM main.sqlite_master WHERE type = 'table' AND name = 'replica_dirty'"
        ).fetchone()[0]
    )


def refresh(
    main_path,
    db_key: bytes,
    replica_key: bytes,
    *,
    actor: str,
    sign: Callable[[str], str],
    trust: audit_log.Trust | None,
    force: bool = False,
) -> bool:
    """Bring the replica up to the main database's state; True when it was rebuilt.

    Folds the supervisors' own audit entries into the main log first (signed by
    `actor`'s key through `sign`), then rebuilds every replicated table and
    copies the log, all in one transaction per file. Nothing changes when the
    replica is already at main's version and holds no supervisor entries.
    """
    replica_path = main_path.with_name(REPLICA_NAME)
    with contextlib.suppress(OSError):  # before reading: entries written after are marked anew
        replica_path.with_name(PENDING).unlink(missing_ok=True)
    _private(replica_path)
    conn = store.connect(main_path, db_key)
    try:
        conn.isolation_level = None
        try:
            _attach(conn, replica_path, replica_key)
            conn.execute("SELECT count(*) FROM r.sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:  # under an older key (rotated) or damaged: anew
            with contextlib.suppress(sqlcipher3.DatabaseError):
                conn.execute("DETACH DATABASE r")
            for name in FILES:
                replica_path.with_name(name).unlink(missing_ok=True)
            _private(replica_path)
            _attach(conn, replica_path, replica_key)
        conn.execute("PRAGMA r.journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = OFF")  # the replica leaves out parent tables
        conn.execute("BEGIN IMMEDIATE")
        try:
            built_seq = int(_meta(conn, "built_seq") or 0)
            theirs = _supervisor_entries(conn, built_seq)
            logged = _has_dirty_log(conn)
            dirty = (
                conn.execute("SELECT count(*) FROM main.replica_dirty").fetchone()[0]
                if logged
                else 0
            )
            now = dt.datetime.now(dt.UTC)
            whole = (
                force
                or not logged
                or _meta(conn, "built_seq") is None
                or _meta(conn, "schema") != _schema_version(conn)
                or _older_than(_meta(conn, "whole_at"), now - WHOLE_EVERY)
                or (dirty > 1000 and dirty > _count(conn, "main.case_file") // 4)  # bulk
            )
            if not whole and not dirty and not theirs:
                conn.execute("ROLLBACK")
                return False
            _fold(conn, theirs, actor=actor, sign=sign, trust=trust)
            if whole:
                rebuild(conn)
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS r.replica_meta (key TEXT PRIMARY KEY, value TEXT)"
                )
                conn.execute(
                    "INSERT OR REPLACE INTO r.replica_meta (key, value) VALUES ('whole_at', ?)",
                    (now.isoformat(),),
                )
            else:
                update(conn)
            copy_audit(conn, built_seq)
            if logged:
                conn.execute("DELETE FROM main.replica_dirty")
            seq = conn.execute("SELECT max(seq) FROM main.audit").fetchone()[0] or 0
            conn.execute(
                "CREATE TABLE IF NOT EXISTS r.replica_meta (key TEXT PRIMARY KEY, value TEXT)"
            )
            conn.executemany(
                "INSERT OR REPLACE INTO r.replica_meta (key, value) VALUES (?, ?)",
                [("schema", _schema_version(conn)), ("built_seq", str(seq))],
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    return True


def mark_pending(folder) -> None:
    with contextlib.suppress(OSError):
        _private(folder / PENDING)


def pending(folder) -> bool:
    return (folder / PENDING).exists()


def discard(folder) -> None:
    """Remove the replica (damaged or under a key no account holds): the next staff
    session builds it anew; until then supervisors are told it is not ready."""
    for name in FILES:
        with contextlib.suppress(OSError):
            (folder / name).unlink(missing_ok=True)


def _attach(conn, path, key: bytes) -> None:
    conn.execute(f"ATTACH DATABASE ? AS r KEY \"x'{key.hex()}'\"", (str(path),))


def _private(path) -> None:
    """Create `path` empty and 0600 unless it is there: the replica before SQLite does (its
    WAL and index files then take the same mode; an empty file is an empty database),
    and the pending mark."""
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))


def _supervisor_entries(conn, built_seq: int) -> list[tuple]:
    try:
        return conn.execute(
            "SELECT seq, at, account, action, target, prev_hash, hash, sig FROM r.audit "
            "WHERE seq > ? ORDER BY seq",
            (built_seq,),
        ).fetchall()
    except sqlcipher3.DatabaseError:  # no replica yet
        return []


def _fold(conn, entries: list[tuple], *, actor: str, sign, trust) -> None:
    """Each supervisor entry into the main log, once (a fold already written by a refresh
    that was killed before the replica's commit is not written again)."""
    if not entries:
        return
    seq, prev = conn.execute(
        "SELECT seq, hash FROM main.audit ORDER BY seq DESC LIMIT 1"
    ).fetchone() or (0, audit_log.GENESIS)
    done = {
        t.rsplit("|", 1)[-1]
        for (t,) in conn.execute(
            "SELECT target FROM main.audit WHERE action LIKE 'replica.fold%' AND seq > ?",
            (max(0, seq - 10 * len(entries) - 1000),),
        )
    }
    for _seq, at, account, action, target, _prev, hash_, sig in entries:
        if hash_ in done:
            continue
        ok = trust is not None and audit_log.signed_by(trust, account, hash_, sig)
        fold_action = "replica.fold" if ok else "replica.fold.unsigned"
        fold_target = f"{account}|{action}|{target}|{at}|{hash_}"
        now = dt.datetime.now(dt.UTC)
        seq += 1
        new_hash = audit_log.entry_hash(prev, seq, now, actor, fold_action, fold_target)
        conn.execute(
            "INSERT INTO main.audit (seq, at, account, action, target, prev_hash, hash, sig) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                seq,
                store.stored_datetime(now),
                actor,
                fold_action,
                fold_target,
                prev,
                new_hash,
                sign(new_hash),
            ),
        )
        prev = new_hash
