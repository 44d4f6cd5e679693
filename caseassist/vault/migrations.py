"""Versioned schema migrations, from the first release on.

`meta.schema_version` records the last migration applied. Each migration is a
function of a SQLAlchemy connection, run in order inside one transaction, so a
vault made by an older version opens in a newer one and a failed migration
leaves the vault as it was. Add a migration; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, text
from sqlmodel import SQLModel

from caseassist.vault import tables  # noqa: F401  (registers every table)

Migration = Callable[[Connection], None]


def _v1_initial(conn: Connection) -> None:
    """The first release's tables, created from the SQLModel metadata as it was then."""
    SQLModel.metadata.create_all(conn)


def _v2_case_indexes(conn: Connection) -> None:
    """Listing cases by caseworker and status, overdue needs: indexes added after v1."""
    conn.execute(
        text("CREATE INDEX IF NOT EXISTS ix_case_status_opened ON case_file (status, opened_at)")
    )
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_need_status ON need (status, horizon)"))


def _v3_attention(conn: Connection) -> None:
    """`case_file.attention_at`: when a case first has an overdue need, so overdue lists use an index."""
    cols = {row[1] for row in conn.execute(text("PRAGMA table_info(case_file)"))}
    if "attention_at" not in cols:
        conn.execute(text("ALTER TABLE case_file ADD COLUMN attention_at DATETIME"))
    conn.execute(
        text("CREATE INDEX IF NOT EXISTS ix_case_file_attention_at ON case_file (attention_at)")
    )
    conn.execute(
        text(
            "CREATE INDEX IF NOT EXISTS ix_case_status_attention ON case_file (status, attention_at)"
        )
    )
    from caseassist.vault.case_store import refresh_all_attention

    refresh_all_attention(conn)


def _v4_covering_indexes(conn: Connection) -> None:
    """Indexes that hold every column a case page or a report reads, so neither touches the case rows.

    The case rows carry the sealed documents; scanning them for a report would
    decrypt every page of them. These indexes are read instead.
    """
    conn.execute(
        text(
            "CREATE INDEX IF NOT EXISTS ix_need_case_cover ON need "
            "(case_id, horizon, status, identified_at, target_date, category, referred_at, met_at)"
        )
    )
    conn.execute(
        text(
            "CREATE INDEX IF NOT EXISTS ix_case_report_cover ON case_file "
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
            "CREATE INDEX IF NOT EXISTS ix_need_report ON need "
            "(category, horizon, status, identified_at, referred_at, met_at)"
        )
    )


def _v6_referral_report_index(conn: Connection) -> None:
    """Referrals in (provider, status) order with their date: the report's referral
    table is counted from this index, without reading (and decrypting) the
    referral rows and their sealed summaries."""
    conn.execute(
        text(
            "CREATE INDEX IF NOT EXISTS ix_referral_report ON referral "
            "(provider, status, created_at)"
        )
    )


def _v7_directory_rows(conn: Connection) -> None:
    """The directory as indexed rows: one per service, location and organization, and the
    need and language indexes in ranking order with each service's opening hours as
    seven UTC day masks, so a search reads only candidate rows (open now first)
    instead of parsing the whole directory. Versions stored before stay readable as CSV."""
    for statement in (
        "CREATE TABLE IF NOT EXISTS directory_service (row INTEGER PRIMARY KEY,"
        " version_id TEXT NOT NULL, id TEXT NOT NULL, payload BLOB NOT NULL)",
        "CREATE UNIQUE INDEX IF NOT EXISTS ix_directory_service ON directory_service"
        " (version_id, id)",
        "CREATE TABLE IF NOT EXISTS directory_need ("
        " version_id TEXT NOT NULL, need TEXT NOT NULL, rank INTEGER NOT NULL,"
        " pos INTEGER NOT NULL, service_rowid INTEGER NOT NULL,"
        " police INTEGER NOT NULL, interpreting INTEGER NOT NULL, hours INTEGER NOT NULL,"
        " m0 INTEGER, m1 INTEGER, m2 INTEGER, m3 INTEGER, m4 INTEGER, m5 INTEGER, m6 INTEGER,"
        " PRIMARY KEY (version_id, need, rank)) WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS directory_language ("
        " version_id TEXT NOT NULL, need TEXT NOT NULL, lang TEXT NOT NULL,"
        " rank INTEGER NOT NULL, pos INTEGER NOT NULL, service_rowid INTEGER NOT NULL,"
        " hours INTEGER NOT NULL,"
        " m0 INTEGER, m1 INTEGER, m2 INTEGER, m3 INTEGER, m4 INTEGER, m5 INTEGER, m6 INTEGER,"
        " PRIMARY KEY (version_id, need, lang, rank)) WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS directory_location ("
        " version_id TEXT NOT NULL, id TEXT NOT NULL, payload BLOB NOT NULL,"
        " PRIMARY KEY (version_id, id))",
        "CREATE TABLE IF NOT EXISTS directory_organization ("
        " version_id TEXT NOT NULL, id TEXT NOT NULL, payload BLOB NOT NULL,"
        " PRIMARY KEY (version_id, id))",
    ):
        conn.execute(text(statement))


def _v8_signed_audit(conn: Connection) -> None:
    """`audit.sig`: each entry signed by the acting account's own Ed25519 key, so an
    account holding the database key cannot rewrite what others did."""
    cols = {row[1] for row in conn.execute(text("PRAGMA table_info(audit)"))}
    if "sig" not in cols:
        conn.execute(text("ALTER TABLE audit ADD COLUMN sig VARCHAR NOT NULL DEFAULT ''"))


def _v9_caseworker_day(conn: Connection) -> None:
    """A caseworker's day: aliases, needs of household members and by hand, appointments,
    note revisions, and an index that finds cases without reading their (large) rows."""
    cols = {row[1] for row in conn.execute(text("PRAGMA table_info(case_file)"))}
    if "alias_sealed" not in cols:
        conn.execute(text("ALTER TABLE case_file ADD COLUMN alias_sealed BLOB"))
    need_cols = {row[1] for row in conn.execute(text("PRAGMA table_info(need)"))}
    if "member_id" not in need_cols:
        conn.execute(text("ALTER TABLE need ADD COLUMN member_id VARCHAR"))
    if "note_sealed" not in need_cols:
        conn.execute(text("ALTER TABLE need ADD COLUMN note_sealed BLOB"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_need_member_id ON need (member_id)"))
    from caseassist.vault.tables.household import (
        AppointmentRow,
        MemberRow,
        NameShardRow,
        NoteRevisionRow,
    )

    SQLModel.metadata.create_all(
        conn,
        tables=[
            MemberRow.__table__,  # type: ignore[attr-defined]
            AppointmentRow.__table__,  # type: ignore[attr-defined]
            NoteRevisionRow.__table__,  # type: ignore[attr-defined]
            NameShardRow.__table__,  # type: ignore[attr-defined]
        ],
    )
    # What falls due today, per page of cases, read from indexes alone (no sealed text).
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_goal_case_cover ON plan_goal (case_id, id)"))
    conn.execute(
        text("CREATE INDEX IF NOT EXISTS ix_step_due ON plan_step (goal_id, done_at, due)")
    )
    conn.execute(
        text('CREATE INDEX IF NOT EXISTS ix_appointment_due ON appointment (case_id, "on", status)')
    )
    conn.execute(
        text(
            "CREATE INDEX IF NOT EXISTS ix_case_find ON case_file "
            "(opened_at, id, status, caseworker, code, age_band, language, closed_at, "
            "name_sealed, alias_sealed)"
        )
    )


MIGRATIONS: tuple[tuple[int, Migration], ...] = (
    (1, _v1_initial),
    (2, _v2_case_indexes),
    (3, _v3_attention),
    (4, _v4_covering_indexes),
    (5, _v5_report_index),
    (6, _v6_referral_report_index),
    (7, _v7_directory_rows),
    (8, _v8_signed_audit),
    (9, _v9_caseworker_day),
)
LATEST = MIGRATIONS[-1][0]


def current_version(conn: Connection) -> int:
    has_meta = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'")
    ).first()
    if not has_meta:
        return 0
    row = conn.execute(text("SELECT value FROM meta WHERE key='schema_version'")).first()
    return int(row[0]) if row else 0


def upgrade(conn: Connection, *, target: int = LATEST) -> int:
    """Apply every migration above the recorded version up to `target`; return the new version."""
    version = current_version(conn)
    for number, migrate in MIGRATIONS:
        if version < number <= target:
            migrate(conn)
            version = number
    conn.execute(
        text(
            "INSERT INTO meta(key, value) VALUES ('schema_version', :v) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        ),
        {"v": str(version)},
    )
    return version
