"""The supervisors' replica: what reports and the anonymized case views read, nothing more.

Supervisors hold no wrap of the database key. They open `replica.db`, a second
SQLCipher file under its own key (the replica key, which every account holds),
built by sessions that hold the full keys. It holds, by an allow-list of
columns per table, only what the reports, the anonymized case list, find by
need or status, and the anonymized case view read: codes, statuses, dates,
categories, caseworker, age band (never the age), country, language, provider
names, plan progress. Every sealed column, the name index, the facts and any
free text are left out (NULL, or an empty value where the column may not be
NULL); a close reason that is not one of the listed codes becomes "other".

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
import re
from collections.abc import Callable

import sqlcipher3

from caseassist.cases import closing
from caseassist.vault import audit as audit_log
from caseassist.vault import store

REPLICA_NAME = "replica.db"
FILES = (REPLICA_NAME, REPLICA_NAME + "-wal", REPLICA_NAME + "-shm")
PENDING = "replica.pending"
"""An empty file a supervisor's session leaves when it wrote audit entries into the
replica: a staff session locking then folds them (it need not open the replica to look)."""

KEPT: dict[str, tuple[str, ...]] = {
    "case_file": (
        "id",
        "code",
        "status",
        "opened_at",
        "closed_at",
        "caseworker",
        "created_by",
        "updated_at",
        "age_band",
        "country",
        "language",
        "attention_at",
        "open_needs",
        "overdue_times",
    ),
    "need": (
        "id",
        "case_id",
        "category",
        "horizon",
        "status",
        "priority",
        "target_date",
        "derived",
        "member_id",
        "identified_at",
        "referred_at",
        "met_at",
        "updated_at",
    ),
    "plan_goal": ("id", "case_id", "need_category", "status", "created_at", "updated_at"),
    "plan_step": ("id", "goal_id", "owner", "due", "done_at", "created_at"),
    "referral": (
        "id",
        "case_id",
        "need_id",
        "service_id",
        "provider",
        "status",
        "created_at",
        "updated_at",
        "created_by",
    ),
    "referral_event": ("id", "referral_id", "at", "account", "old", "new"),
    "appointment": ("id", "case_id", "on", "at_time", "status", "created_at", "created_by"),
}
"""Per table, the columns copied as they are; every other column is emptied."""

MAPPED = {
    ("case_file", "close_reason"): (
        "CASE WHEN close_reason IN ({codes}) THEN close_reason "
        "WHEN close_reason != '' THEN 'other' ELSE '' END"
    ),
}
"""Columns copied through an expression that keeps only listed values."""

WHOLE_EVERY = dt.timedelta(days=1)
"""How old a replica may grow by case-by-case updates before it is rebuilt whole."""


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _empty(decl_type: str, notnull: bool) -> str:
    if not notnull:
        return "NULL"
    kind = decl_type.upper()
    if "BLOB" in kind or "BINARY" in kind:
        return "x''"
    if "INT" in kind or "BOOL" in kind:
        return "0"
    return "''"


def _select_list(conn: sqlcipher3.Connection, table: str) -> tuple[list[str], list[str]]:
    """The replica's columns of `table` and, for each, what is copied into it."""
    columns, exprs = [], []
    codes = ", ".join(f"'{c}'" for c in sorted(closing.REASONS) if "'" not in c)
    for _cid, name, decl, notnull, _default, _pk in conn.execute(
        f"PRAGMA main.table_info({_q(table)})"
    ):
        columns.append(_q(name))
        if name in KEPT[table]:
            exprs.append(_q(name))
        elif (table, name) in MAPPED:
            exprs.append(MAPPED[(table, name)].format(codes=codes))
        else:
            exprs.append(_empty(decl or "", bool(notnull)))
    return columns, exprs


_CREATE = re.compile(r"^\s*CREATE\s+(UNIQUE\s+)?(TABLE|INDEX)\s+", re.IGNORECASE)


def _in_replica(sql: str) -> str:
    """A CREATE TABLE/INDEX statement from main's schema, aimed at the attached replica."""
    return _CREATE.sub(lambda m: f"CREATE {m.group(1) or ''}{m.group(2)} r.", sql, count=1)


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


def _stored(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).replace(tzinfo=None).strftime(store.STORED_DATETIME)


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
                _rebuild(conn)
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS r.replica_meta (key TEXT PRIMARY KEY, value TEXT)"
                )
                conn.execute(
                    "INSERT OR REPLACE INTO r.replica_meta (key, value) VALUES ('whole_at', ?)",
                    (now.isoformat(),),
                )
            else:
                _update(conn)
            _copy_audit(conn, built_seq)
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
        os.close(os.open(folder / PENDING, os.O_WRONLY | os.O_CREAT, 0o600))


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
    """Create the replica file empty and 0600 before SQLite does (its WAL and index files
    then take the same mode); an empty file is an empty database."""
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
            (seq, _stored(now), actor, fold_action, fold_target, prev, new_hash, sign(new_hash)),
        )
        prev = new_hash


def _schema(conn) -> list[tuple]:
    return conn.execute(
        "SELECT type, name, tbl_name, sql FROM main.sqlite_master WHERE sql IS NOT NULL"
    ).fetchall()


def _create(conn, schema: list[tuple], table: str) -> None:
    """`table` and its indexes in the replica, as main declares them."""
    conn.execute(f"DROP TABLE IF EXISTS r.{_q(table)}")
    conn.execute(_in_replica(next(s for t, n, _tb, s in schema if t == "table" and n == table)))
    for t, _n, tbl, sql in schema:
        if t == "index" and tbl == table:
            conn.execute(_in_replica(sql))


def _rebuild(conn) -> None:
    """Every replicated table anew from main's schema and rows."""
    schema = _schema(conn)
    for table in KEPT:
        _create(conn, schema, table)
        columns, exprs = _select_list(conn, table)
        conn.execute(
            f"INSERT INTO r.{_q(table)} ({', '.join(columns)}) "
            f"SELECT {', '.join(exprs)} FROM main.{_q(table)}"
        )


_BY_CASE = {
    "case_file": "{db}.case_file.id IN ({dirty})",
    "need": "{db}.need.case_id IN ({dirty})",
    "plan_goal": "{db}.plan_goal.case_id IN ({dirty})",
    "plan_step": "{db}.plan_step.goal_id IN (SELECT id FROM {db}.plan_goal WHERE case_id IN ({dirty}))",
    "referral": "{db}.referral.case_id IN ({dirty})",
    "referral_event": (
        "{db}.referral_event.referral_id IN "
        "(SELECT id FROM {db}.referral WHERE case_id IN ({dirty}))"
    ),
    "appointment": "{db}.appointment.case_id IN ({dirty})",
}
"""Which rows of each replicated table belong to the changed cases, in main or the replica."""

_CHILDREN_FIRST = (
    "plan_step",
    "referral_event",
    "need",
    "plan_goal",
    "referral",
    "appointment",
    "case_file",
)


def _update(conn) -> None:
    """Only the changed cases' rows replaced (children removed while their parents, which
    name the case, are still there)."""
    dirty = "SELECT case_id FROM main.replica_dirty"
    for table in _CHILDREN_FIRST:
        where = _BY_CASE[table].format(db="r", dirty=dirty)
        conn.execute(f"DELETE FROM r.{_q(table)} WHERE {where}")
    for table in KEPT:
        columns, exprs = _select_list(conn, table)
        where = _BY_CASE[table].format(db="main", dirty=dirty)
        conn.execute(
            f"INSERT INTO r.{_q(table)} ({', '.join(columns)}) "
            f"SELECT {', '.join(exprs)} FROM main.{_q(table)} WHERE {where}"
        )


def _copy_audit(conn, built_seq: int) -> None:
    """The main log into the replica: only what is new when the copy so far is main's (the
    supervisors' own entries, now folded, dropped), else whole."""
    has_audit = conn.execute(
        "SELECT count(*) FROM r.sqlite_master WHERE type = 'table' AND name = 'audit'"
    ).fetchone()[0]
    same = False
    if has_audit and built_seq:
        mine = conn.execute("SELECT hash FROM r.audit WHERE seq = ?", (built_seq,)).fetchone()
        theirs = conn.execute("SELECT hash FROM main.audit WHERE seq = ?", (built_seq,)).fetchone()
        same = mine is not None and mine == theirs
    if same:
        conn.execute("DELETE FROM r.audit WHERE seq > ?", (built_seq,))
        conn.execute("INSERT INTO r.audit SELECT * FROM main.audit WHERE seq > ?", (built_seq,))
        return
    _create(conn, _schema(conn), "audit")
    conn.execute("INSERT INTO r.audit SELECT * FROM main.audit")
