"""Tables every vault has: settings/meta values and the hash-chained audit log."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel


class Meta(SQLModel, table=True):
    """Small named values: schema version, vault id, settings that are not secret."""

    __tablename__ = "meta"

    key: str = Field(primary_key=True)
    value: str = ""


class AuditEntry(SQLModel, table=True):
    """One audited action. `hash` chains each entry to the one before it.

    `target` is an id (case code, directory version), never a name or a note.
    """

    __tablename__ = "audit"

    seq: int = Field(primary_key=True)
    at: dt.datetime
    account: str
    action: str = Field(index=True)
    target: str = ""
    prev_hash: str
    hash: str
    sig: str = ""
    """Ed25519 signature of `hash` by the acting account's own key (hex); empty only in
    entries written before signed audit."""
