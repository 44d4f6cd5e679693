"""The vault's tables as the first release created them, frozen: migration 1 creates these.

Never edit this file. Later changes are migrations written against the schema
they find (`migrations.py`); the SQLModel tables in `tables/` are today's shape,
which a fresh vault reaches by running every migration from this one, just as
an old vault does.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
)

metadata = MetaData()

Table(
    "audit",
    metadata,
    Column("seq", Integer, primary_key=True),
    Column("at", DateTime, nullable=False),
    Column("account", String, nullable=False),
    Column("action", String, nullable=False),
    Column("target", String, nullable=False),
    Column("prev_hash", String, nullable=False),
    Column("hash", String, nullable=False),
    Index("ix_audit_action", "action"),
)
Table(
    "case_file",
    metadata,
    Column("id", String, primary_key=True),
    Column("code", String, nullable=False),
    Column("status", String, nullable=False),
    Column("opened_at", DateTime, nullable=False),
    Column("closed_at", DateTime),
    Column("close_reason", String, nullable=False),
    Column("caseworker", String, nullable=False),
    Column("created_by", String, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("age_band", String),
    Column("country", String),
    Column("language", String),
    Column("name_index", String, nullable=False),
    Column("name_sealed", LargeBinary),
    Column("intake_sealed", LargeBinary),
    Column("facts_json", String, nullable=False),
    Column("facts_sealed", LargeBinary),
    Index("ix_case_file_caseworker", "caseworker"),
    Index("ix_case_file_code", "code", unique=True),
    Index("ix_case_file_name_index", "name_index"),
    Index("ix_case_file_status", "status"),
)
Table(
    "directory_version",
    metadata,
    Column("id", String, primary_key=True),
    Column("created_at", DateTime, nullable=False),
    Column("created_by", String, nullable=False),
    Column("source", String, nullable=False),
    Column("service_count", Integer, nullable=False),
    Column("warning_count", Integer, nullable=False),
    Column("active", Boolean, nullable=False),
    Index("ix_directory_version_active", "active"),
)
Table(
    "meta",
    metadata,
    Column("key", String, primary_key=True),
    Column("value", String, nullable=False),
)
Table(
    "consent",
    metadata,
    Column("id", String, primary_key=True),
    Column("case_id", String, ForeignKey("case_file.id", ondelete="CASCADE"), nullable=False),
    Column("purpose", String, nullable=False),
    Column("recipient", String, nullable=False),
    Column("categories", String, nullable=False),
    Column("method", String, nullable=False),
    Column("given_at", DateTime, nullable=False),
    Column("expires_at", DateTime),
    Column("revoked_at", DateTime),
    Column("recorded_by", String, nullable=False),
    Index("ix_consent_case_id", "case_id"),
)
Table(
    "directory_table",
    metadata,
    Column("id", String, primary_key=True),
    Column("version_id", String, ForeignKey("directory_version.id"), nullable=False),
    Column("table", String, nullable=False),
    Column("file_name", String, nullable=False),
    Column("content", LargeBinary, nullable=False),
    Index("ix_directory_table_version_id", "version_id"),
)
Table(
    "need",
    metadata,
    Column("id", String, primary_key=True),
    Column("case_id", String, ForeignKey("case_file.id", ondelete="CASCADE"), nullable=False),
    Column("category", String, nullable=False),
    Column("horizon", String, nullable=False),
    Column("status", String, nullable=False),
    Column("priority", Integer),
    Column("target_date", Date),
    Column("derived", Boolean, nullable=False),
    Column("identified_at", DateTime, nullable=False),
    Column("referred_at", DateTime),
    Column("met_at", DateTime),
    Column("updated_at", DateTime, nullable=False),
    Index("ix_need_case_id", "case_id"),
    Index("ix_need_category", "category"),
)
Table(
    "note",
    metadata,
    Column("id", String, primary_key=True),
    Column("case_id", String, ForeignKey("case_file.id", ondelete="CASCADE"), nullable=False),
    Column("author", String, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("body_sealed", LargeBinary, nullable=False),
    Index("ix_note_case_id", "case_id"),
)
Table(
    "plan_goal",
    metadata,
    Column("id", String, primary_key=True),
    Column("case_id", String, ForeignKey("case_file.id", ondelete="CASCADE"), nullable=False),
    Column("need_category", String, nullable=False),
    Column("status", String, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("text_sealed", LargeBinary, nullable=False),
    Index("ix_plan_goal_case_id", "case_id"),
)
Table(
    "need_event",
    metadata,
    Column("id", String, primary_key=True),
    Column("need_id", String, ForeignKey("need.id", ondelete="CASCADE"), nullable=False),
    Column("at", DateTime, nullable=False),
    Column("account", String, nullable=False),
    Column("field", String, nullable=False),
    Column("old", String, nullable=False),
    Column("new", String, nullable=False),
    Index("ix_need_event_need_id", "need_id"),
)
Table(
    "plan_step",
    metadata,
    Column("id", String, primary_key=True),
    Column("goal_id", String, ForeignKey("plan_goal.id", ondelete="CASCADE"), nullable=False),
    Column("owner", String, nullable=False),
    Column("due", Date),
    Column("done_at", DateTime),
    Column("created_at", DateTime, nullable=False),
    Column("text_sealed", LargeBinary, nullable=False),
    Index("ix_plan_step_goal_id", "goal_id"),
)
Table(
    "referral",
    metadata,
    Column("id", String, primary_key=True),
    Column("case_id", String, ForeignKey("case_file.id", ondelete="CASCADE"), nullable=False),
    Column("need_id", String, ForeignKey("need.id", ondelete="CASCADE"), nullable=False),
    Column("service_id", String, nullable=False),
    Column("provider", String, nullable=False),
    Column("status", String, nullable=False),
    Column("consent_id", String, ForeignKey("consent.id")),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("created_by", String, nullable=False),
    Index("ix_referral_case_id", "case_id"),
    Index("ix_referral_need_id", "need_id"),
)
Table(
    "referral_event",
    metadata,
    Column("id", String, primary_key=True),
    Column("referral_id", String, ForeignKey("referral.id", ondelete="CASCADE"), nullable=False),
    Column("at", DateTime, nullable=False),
    Column("account", String, nullable=False),
    Column("old", String, nullable=False),
    Column("new", String, nullable=False),
    Index("ix_referral_event_referral_id", "referral_id"),
)
