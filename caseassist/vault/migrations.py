"""Schema migrations: named steps, each written against the schema as it was, recorded as applied.

Migration 1 creates the first release's tables as frozen in `schema_v1.py`
(never today's SQLModel tables), so every later step knows exactly what it
finds and needs no look at the live schema first. A fresh vault runs every
step, as an old one does; `tests/vault/test_migrations.py` upgrades a vault of
every earlier version and compares it with a fresh one and with the tables.

`meta.schema_version` holds the last step applied; `schema_migration` records
each step's number, name and when it ran. All steps of one upgrade run in the
caller's transaction, so a failed step leaves the vault as it was. Add a step;
never edit one that has shipped. Portable SQL only (PostgreSQL is one step
away): what is SQLite's own lives in `store.py`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import (
    Column,
    Connection,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    bindparam,
    column,
    inspect,
    select,
    table,
    text,
    update,
)

from caseassist.cases import needs as need_rules
from caseassist.vault import store


@dataclass(frozen=True)
class Step:
    number: int
    name: str
    apply: Callable[[Connection], None]


_records = MetaData()
APPLIED = Table(
    "schema_migration",
    _records,
    Column("number", Integer, primary_key=True),
    Column("name", String, nullable=False),
    Column("applied_at", DateTime, nullable=False),
)
"""One row per step applied: which, and when. Steps a vault had before this table
existed are recorded at its next upgrade, with that upgrade's time."""

_META = table("meta", column("key", String), column("value", String))


def _v1_initial(conn: Connection) -> None:
    """The first release's tables, as frozen in `schema_v1` (into an empty database)."""
    from caseassist.vault import schema_v1  # only when the step runs: not at every unlock

    schema_v1.metadata.create_all(conn, checkfirst=False)


def _v2_case_indexes(conn: Connection) -> None:
    """Listing cases by status and date, overdue needs: indexes added after v1."""
    conn.execute(text("CREATE INDEX ix_case_status_opened ON case_file (status, opened_at)"))
    conn.execute(text("CREATE INDEX ix_need_status ON need (status, horizon)"))


def _need_due():
    """The need columns that say when a need falls overdue, as steps 3 and 12 read them
    (unchanged between the two)."""
    return table(
        "need",
        column("case_id", String),
        column("horizon", String),
        column("status", String),
        column("identified_at", DateTime),
        column("target_date", Date),
    )


def _v3_attention(conn: Connection) -> None:
    """`case_file.attention_at`: when a case first has an overdue need, so overdue lists use
    an index; filled in here for the needs already held."""
    kind = DateTime().compile(dialect=conn.dialect)
    conn.execute(text(f"ALTER TABLE case_file ADD COLUMN attention_at {kind}"))
    conn.execute(text("CREATE INDEX ix_case_file_attention_at ON case_file (attention_at)"))
    conn.execute(text("CREATE INDEX ix_case_status_attention ON case_file (status, attention_at)"))
    need = _need_due()
    first: dict[str, dt.datetime] = {}
    for case_id, horizon, status, identified, target in conn.execute(select(*need.c)):
        if identified is None:
            continue
        due = need_rules.overdue_from(horizon, status, identified.replace(tzinfo=dt.UTC), target)
        if due is not None and (case_id not in first or due < first[case_id]):
            first[case_id] = due
    case_file = table("case_file", column("id", String), column("attention_at", DateTime))
    for case_id, due in first.items():
        conn.execute(
            update(case_file)
            .where(case_file.c.id == case_id)
            .values(attention_at=due.astimezone(dt.UTC).replace(tzinfo=None))
        )


def _v4_covering_indexes(conn: Connection) -> None:
    """Indexes that hold every column a case page or a report reads, so neither touches the case rows.

    The case rows carry the sealed documents; scanning them for a report would
    decrypt every page of them. These indexes are read instead.
    """
    conn.execute(
        text(
            "CREATE INDEX ix_need_case_cover ON need "
            "(case_id, horizon, status, identified_at, target_date, category, referred_at, met_at)"
        )
    )
    conn.execute(
        text(
            "CREATE INDEX ix_case_report_cover ON case_file "
            "(status, opened_at, closed_at, caseworker, age_band, country, code, id)"
        )
    )
    conn.execute(text("ANALYZE"))


def _v5_report_index(conn: Connection) -> None:
    """Needs in (category, horizon, status) order, covering what report totals read.

    The supervisor report groups needs by category, horizon and status; in this
    order SQLite counts them without sorting, straight from the index.
    """
    conn.execute(
        text(
            "CREATE INDEX ix_need_report ON need "
            "(category, horizon, status, identified_at, referred_at, met_at)"
        )
    )


def _v6_referral_report_index(conn: Connection) -> None:
    """Referrals in (provider, status) order with their date: the report's referral
    table is counted from this index, without reading (and decrypting) the
    referral rows and their sealed summaries."""
    conn.execute(text("CREATE INDEX ix_referral_report ON referral (provider, status, created_at)"))


def _v7_directory_rows(conn: Connection) -> None:
    """The directory as indexed rows: one per service, location and organization, and the
    need and language indexes in ranking order with each service's opening hours as
    seven UTC day masks, so a search reads only candidate rows (open now first)
    instead of parsing the whole directory. Versions stored before stay readable as CSV."""
    for statement in (
        "CREATE TABLE directory_service (row INTEGER PRIMARY KEY,"
        " version_id TEXT NOT NULL, id TEXT NOT NULL, payload BLOB NOT NULL)",
        "CREATE UNIQUE INDEX ix_directory_service ON directory_service (version_id, id)",
        "CREATE TABLE directory_need ("
        " version_id TEXT NOT NULL, need TEXT NOT NULL, rank INTEGER NOT NULL,"
        " pos INTEGER NOT NULL, service_rowid INTEGER NOT NULL,"
        " police INTEGER NOT NULL, interpreting INTEGER NOT NULL, hours INTEGER NOT NULL,"
        " m0 INTEGER, m1 INTEGER, m2 INTEGER, m3 INTEGER, m4 INTEGER, m5 INTEGER, m6 INTEGER,"
        f" PRIMARY KEY (version_id, need, rank)){store.clustered_table(conn)}",
        "CREATE TABLE directory_language ("
        " version_id TEXT NOT NULL, need TEXT NOT NULL, lang TEXT NOT NULL,"
        " rank INTEGER NOT NULL, pos INTEGER NOT NULL, service_rowid INTEGER NOT NULL,"
        " hours INTEGER NOT NULL,"
        " m0 INTEGER, m1 INTEGER, m2 INTEGER, m3 INTEGER, m4 INTEGER, m5 INTEGER, m6 INTEGER,"
        f" PRIMARY KEY (version_id, need, lang, rank)){store.clustered_table(conn)}",
        "CREATE TABLE directory_location ("
        " version_id TEXT NOT NULL, id TEXT NOT NULL, payload BLOB NOT NULL,"
        " PRIMARY KEY (version_id, id))",
        "CREATE TABLE directory_organization ("
        " version_id TEXT NOT NULL, id TEXT NOT NULL, payload BLOB NOT NULL,"
        " PRIMARY KEY (version_id, id))",
    ):
        conn.execute(text(statement))


def _v8_signed_audit(conn: Connection) -> None:
    """`audit.sig`: each entry signed by the acting account's own Ed25519 key, so an
    account holding the database key cannot rewrite what others did."""
    kind = String().compile(dialect=conn.dialect)
    conn.execute(text(f"ALTER TABLE audit ADD COLUMN sig {kind} NOT NULL DEFAULT ''"))


def _v9_caseworker_day(conn: Connection) -> None:
    """A caseworker's day: aliases, needs of household members and by hand, appointments,
    note revisions, and an index that finds cases without reading their (large) rows."""
    blob = LargeBinary().compile(dialect=conn.dialect)
    kind = String().compile(dialect=conn.dialect)
    conn.execute(text(f"ALTER TABLE case_file ADD COLUMN alias_sealed {blob}"))
    conn.execute(text(f"ALTER TABLE need ADD COLUMN member_id {kind}"))
    conn.execute(text(f"ALTER TABLE need ADD COLUMN note_sealed {blob}"))
    conn.execute(text("CREATE INDEX ix_need_member_id ON need (member_id)"))
    from caseassist.vault import schema_v9  # only when the step runs: not at every unlock

    schema_v9.metadata.create_all(conn, tables=schema_v9.ADDED, checkfirst=False)
    # What falls due today, per page of cases, read from indexes alone (no sealed text).
    conn.execute(text("CREATE INDEX ix_goal_case_cover ON plan_goal (case_id, id)"))
    conn.execute(text("CREATE INDEX ix_step_due ON plan_step (goal_id, done_at, due)"))
    conn.execute(text('CREATE INDEX ix_appointment_due ON appointment (case_id, "on", status)'))
    conn.execute(
        text(
            "CREATE INDEX ix_case_find ON case_file "
            "(opened_at, id, status, caseworker, code, age_band, language, closed_at, "
            "name_sealed, alias_sealed)"
        )
    )


def _v10_directory_police_index(conn: Connection) -> None:
    """The services of a need that require a police report, by name, from an index: a
    search for someone who does not want the police lists them apart without reading
    the whole need (at 50,000 services that walk was most of a search's time)."""
    conn.execute(
        text(
            "CREATE INDEX ix_directory_need_police ON directory_need"
            " (version_id, need, police, pos)"
        )
    )


_REPLICATED = {
    "case_file": "{row}.id",
    "need": "{row}.case_id",
    "plan_goal": "{row}.case_id",
    "plan_step": "(SELECT case_id FROM plan_goal WHERE id = {row}.goal_id)",
    "referral": "{row}.case_id",
    "referral_event": "(SELECT case_id FROM referral WHERE id = {row}.referral_id)",
    "appointment": "{row}.case_id",
}
"""Each table the supervisors' replica copies, and how a row names its case."""


def _v11_replica_dirty(conn: Connection) -> None:
    """`replica_dirty`: the cases changed since the supervisors' replica was last built,
    recorded by triggers on every table it copies, so a rebuild touches only those
    cases (and none at all after a session that only read)."""
    kind = String().compile(dialect=conn.dialect)
    conn.execute(
        text(
            f"CREATE TABLE replica_dirty (case_id {kind} NOT NULL PRIMARY KEY)"
            f"{store.clustered_table(conn)}"
        )
    )
    for name, case_of in _REPLICATED.items():
        for statement in store.change_triggers(name, "replica_dirty", "case_id", case_of):
            conn.execute(text(statement))


def _v12_overdue_page_cover(conn: Connection) -> None:
    """The overdue list and the list's overdue-first page read from one index.

    `case_file.open_needs` and `overdue_times` (when each open need falls overdue,
    sorted, as `case_common.due_stamp` writes them) are kept with `attention_at`,
    filled in here for the needs already held; `ix_case_attention_cover` holds them
    in (status, attention_at) order with every column a result line shows. A page
    then reads neither a case row (each holds the sealed facts and intake) nor a
    need: at 100,000 cases, 1,000 overdue cases touched some 2,000 scattered pages
    before. It replaces `ix_case_status_attention`, its first two columns."""
    whole = Integer().compile(dialect=conn.dialect)
    kind = String().compile(dialect=conn.dialect)
    conn.execute(text(f"ALTER TABLE case_file ADD COLUMN open_needs {whole} NOT NULL DEFAULT 0"))
    conn.execute(text(f"ALTER TABLE case_file ADD COLUMN overdue_times {kind} NOT NULL DEFAULT ''"))
    need = _need_due()
    open_n: dict[str, int] = {}
    due: dict[str, list[str]] = {}
    for case_id, horizon, status, identified, target in conn.execute(select(*need.c)):
        if status not in ("met", "declined"):
            open_n[case_id] = open_n.get(case_id, 0) + 1
        if identified is None:
            continue
        at = need_rules.overdue_from(horizon, status, identified.replace(tzinfo=dt.UTC), target)
        if at is not None:
            due.setdefault(case_id, []).append(f"{at.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S.%f}")
    case_file = table(
        "case_file",
        column("id", String),
        column("open_needs", Integer),
        column("overdue_times", String),
    )
    rows = [
        {"cid": c, "n": open_n.get(c, 0), "times": ",".join(sorted(due.get(c, ())))}
        for c in open_n.keys() | due.keys()
    ]
    if rows:
        conn.execute(
            update(case_file)
            .where(case_file.c.id == bindparam("cid"))
            .values(open_needs=bindparam("n"), overdue_times=bindparam("times")),
            rows,
        )
    conn.execute(text("DROP INDEX IF EXISTS ix_case_status_attention"))
    conn.execute(
        text(
            "CREATE INDEX ix_case_attention_cover ON case_file "
            "(status, attention_at, id, code, opened_at, closed_at, caseworker, age_band, "
            "language, open_needs, overdue_times, name_sealed)"
        )
    )


def _v13_referral_drafts(conn: Connection) -> None:
    """`referral_draft`: the referral note being written, sealed under the identity key,
    one per account and intake, so a lock, a quit or a crash does not lose it."""
    kind, blob = String().compile(dialect=conn.dialect), LargeBinary().compile(dialect=conn.dialect)
    when = DateTime().compile(dialect=conn.dialect)
    conn.execute(
        text(
            f"CREATE TABLE referral_draft (id {kind} NOT NULL PRIMARY KEY, account {kind} NOT NULL,"
            f" slot {kind} NOT NULL, saved_at {when} NOT NULL, body_sealed {blob} NOT NULL)"
        )
    )
    conn.execute(
        text("CREATE UNIQUE INDEX ix_referral_draft_owner ON referral_draft (account, slot)")
    )


STEPS: tuple[Step, ...] = (
    Step(1, "initial tables", _v1_initial),
    Step(2, "case and need status indexes", _v2_case_indexes),
    Step(3, "case attention time", _v3_attention),
    Step(4, "covering indexes for case pages and reports", _v4_covering_indexes),
    Step(5, "need report index", _v5_report_index),
    Step(6, "referral report index", _v6_referral_report_index),
    Step(7, "directory as indexed rows", _v7_directory_rows),
    Step(8, "signed audit entries", _v8_signed_audit),
    Step(9, "a caseworker's day", _v9_caseworker_day),
    Step(10, "directory police index", _v10_directory_police_index),
    Step(11, "replica changes", _v11_replica_dirty),
    Step(12, "overdue page covering index", _v12_overdue_page_cover),
    Step(13, "referral note drafts", _v13_referral_drafts),
)
LATEST = STEPS[-1].number


def current_version(conn: Connection) -> int:
    """The last step applied to this database; 0 for an empty one."""
    if not inspect(conn).has_table("meta"):
        return 0
    row = conn.execute(select(_META.c.value).where(_META.c.key == "schema_version")).first()
    return int(row[0]) if row else 0


def applied(conn: Connection) -> list[tuple[int, str, dt.datetime]]:
    """The steps recorded as applied: (number, name, when), in order."""
    if not inspect(conn).has_table(APPLIED.name):
        return []
    return [tuple(r) for r in conn.execute(select(*APPLIED.c).order_by(APPLIED.c.number))]


def upgrade(conn: Connection, *, target: int = LATEST) -> int:
    """Apply every step above the recorded version up to `target`; return the new version."""
    version = current_version(conn)
    if version >= target:  # the common case, at every unlock: nothing to do
        return version
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    _records.create_all(conn)
    done = {number for number, _name, _at in applied(conn)}
    for step in STEPS:
        if version < step.number <= target:
            step.apply(conn)
            version = step.number
        if step.number <= version and step.number not in done:
            conn.execute(
                APPLIED.insert().values(number=step.number, name=step.name, applied_at=now)
            )
    if (
        conn.execute(
            update(_META).where(_META.c.key == "schema_version").values(value=str(version))
        ).rowcount
        == 0
    ):
        conn.execute(_META.insert().values(key="schema_version", value=str(version)))
    return version
