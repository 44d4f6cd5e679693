"""Drafts: what staff were writing when the app locked, quit or stopped, kept until done.

A referral note names the survivor, so its text is sealed under the identity key like
every other identifying text; a supervisor's replica never copies this table.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class ReferralDraftRow(SQLModel, table=True):
    """The referral note one account was writing for one intake (`slot`), sealed.

    `slot` is "" for a new intake (no case yet: the note comes before it), or a case
    id; one draft per account and slot, replaced as she types."""

    __tablename__ = "referral_draft"
    __table_args__ = (Index("ix_referral_draft_owner", "account", "slot", unique=True),)

    id: str = Field(primary_key=True)
    account: str
    slot: str = ""
    saved_at: dt.datetime
    body_sealed: bytes
