"""The tables migration 9 added (a caseworker's day), frozen as that step created them.

Never edit this file. `case_file` and `note` are named here only so the
foreign keys resolve; step 9 creates the four tables below, nothing else.
"""

from __future__ import annotations

from sqlalchemy import (
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

Table("case_file", metadata, Column("id", String, primary_key=True))
Table("note", metadata, Column("id", String, primary_key=True))

Table(
    "name_shard",
    metadata,
    Column("shard", Integer, primary_key=True),
    Column("entries", Integer, nullable=False),
    Column("sealed", LargeBinary, nullable=False),
)
Table(
    "appointment",
    metadata,
    Column("id", String, primary_key=True),
    Column("case_id", String, ForeignKey("case_file.id", ondelete="CASCADE"), nullable=False),
    Column("on", Date, nullable=False),
    Column("at_time", String, nullable=False),
    Column("status", String, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("created_by", String, nullable=False),
    Column("what_sealed", LargeBinary, nullable=False),
    Index("ix_appointment_case_id", "case_id"),
    Index("ix_appointment_on", "on"),
)
Table(
    "household_member",
    metadata,
    Column("id", String, primary_key=True),
    Column("case_id", String, ForeignKey("case_file.id", ondelete="CASCADE"), nullable=False),
    Column("relation", String, nullable=False),
    Column("age", Integer),
    Column("created_at", DateTime, nullable=False),
    Column("created_by", String, nullable=False),
    Index("ix_household_member_case_id", "case_id"),
)
Table(
    "note_revision",
    metadata,
    Column("id", String, primary_key=True),
    Column("note_id", String, ForeignKey("note.id", ondelete="CASCADE"), nullable=False),
    Column("replaced_at", DateTime, nullable=False),
    Column("replaced_by", String, nullable=False),
    Column("body_sealed", LargeBinary, nullable=False),
    Index("ix_note_revision_note_id", "note_id"),
)

ADDED = tuple(t for t in metadata.sorted_tables if t.name not in ("case_file", "note"))
"""What step 9 creates, in dependency order."""
