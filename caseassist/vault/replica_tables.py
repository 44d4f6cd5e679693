"""What the supervisors' replica holds of each table, and its rows copied into it.

An allow-list of columns per table (`KEPT`): every other column is emptied
(NULL, or an empty value where the column may not be NULL), and a close reason
that is not one of the listed codes becomes "other". The tables and their
indexes are made from main's own schema; the rows are copied whole, or only the
changed cases' (`replica_dirty`); the audit log is copied as it is. Every
statement runs on a connection to main with the replica attached as `r`, inside
the refresh's transaction (`replica.refresh`).
"""

from __future__ import annotations

import re

import sqlcipher3

from caseassist.cases import closing

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


def rebuild(conn) -> None:
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


def update(conn) -> None:
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


def copy_audit(conn, built_seq: int) -> None:
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
