"""Tables for a caseworker's day: household members, appointments, note revisions.

A child's age is a plain column (reports may band it like the survivor's);
what was written in words (an appointment's purpose and place, an earlier
note text) is sealed under the identity key like the rest of the case.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel


class MemberRow(SQLModel, table=True):
    """Someone with the survivor (a child for now), with their own needs on `need.member_id`."""

    __tablename__ = "household_member"

    id: str = Field(primary_key=True)
    case_id: str = Field(foreign_key="case_file.id", index=True, ondelete="CASCADE")
    relation: str = "child"
    age: int | None = None
    created_at: dt.datetime
    created_by: str = ""


class AppointmentRow(SQLModel, table=True):
    __tablename__ = "appointment"

    id: str = Field(primary_key=True)
    case_id: str = Field(foreign_key="case_file.id", index=True, ondelete="CASCADE")
    on: dt.date = Field(index=True)
    at_time: str = ""  # "HH:MM" or "" for the whole day
    status: str = "planned"  # planned | kept | missed | cancelled
    created_at: dt.datetime
    created_by: str = ""
    what_sealed: bytes  # purpose and place, in the caseworker's words


class NoteRevisionRow(SQLModel, table=True):
    """A note's earlier text, kept when staff correct it (never silently overwritten)."""

    __tablename__ = "note_revision"

    id: str = Field(primary_key=True)
    note_id: str = Field(foreign_key="note.id", index=True, ondelete="CASCADE")
    replaced_at: dt.datetime
    replaced_by: str
    body_sealed: bytes


class NameShardRow(SQLModel, table=True):
    """One of the sealed documents a name search decrypts: the folded names and aliases of
    the cases whose id falls in this shard. Never a name in clear, never an index of one."""

    __tablename__ = "name_shard"

    shard: int = Field(primary_key=True)
    entries: int = 0
    sealed: bytes
