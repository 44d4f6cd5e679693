"""Case tables. Columns named `*_sealed` hold AES-GCM ciphertext under the identity key.

Everything a supervisor may read (status, dates, categories, age band, country,
language, account names) is a plain column; names, contacts, health details,
notes, the survivor's own words and the intake transcript are sealed, bound to
their table, column and row id.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel


class CaseFile(SQLModel, table=True):
    __tablename__ = "case_file"

    id: str = Field(primary_key=True)
    code: str = Field(unique=True, index=True)
    status: str = Field(default="open", index=True)
    opened_at: dt.datetime
    closed_at: dt.datetime | None = None
    close_reason: str = ""
    caseworker: str = Field(default="", index=True)
    created_by: str = ""
    updated_at: dt.datetime
    age_band: str | None = None
    country: str | None = None
    language: str | None = None
    attention_at: dt.datetime | None = Field(default=None, index=True)
    """When the earliest open need becomes overdue (kept up to date on every need change)."""
    open_needs: int = 0
    """How many needs are neither met nor declined (kept with `attention_at`)."""
    overdue_times: str = ""
    """When each open need falls overdue, sorted (`case_common.due_stamp`, comma-separated),
    so a list page counts overdue needs from its index entry, without reading the needs."""
    name_index: str = Field(default="", index=True)  # keyed hash of the folded name
    name_sealed: bytes | None = None
    alias_sealed: bytes | None = None  # other names they are known by, searched after decrypting
    intake_sealed: bytes | None = None  # the paused or finished intake session
    facts_json: str = (
        "{}"  # non-identifying facts with provenance: {id: {state, value, source, by, at}}
    )
    facts_sealed: bytes | None = None  # the identifying facts, same shape, sealed


class NeedRow(SQLModel, table=True):
    __tablename__ = "need"

    id: str = Field(primary_key=True)
    case_id: str = Field(foreign_key="case_file.id", index=True, ondelete="CASCADE")
    category: str = Field(index=True)
    horizon: str
    status: str = "identified"
    priority: int | None = None
    target_date: dt.date | None = None
    derived: bool = True  # from the facts; False when staff added it by hand
    member_id: str | None = Field(default=None, index=True)  # a household member's own need
    note_sealed: bytes | None = None  # staff's note on a need added by hand
    identified_at: dt.datetime
    referred_at: dt.datetime | None = None
    met_at: dt.datetime | None = None
    updated_at: dt.datetime


class NeedEvent(SQLModel, table=True):
    """One change to a need: who, when, which field, from what to what (no free text)."""

    __tablename__ = "need_event"

    id: str = Field(primary_key=True)
    need_id: str = Field(foreign_key="need.id", index=True, ondelete="CASCADE")
    at: dt.datetime
    account: str
    field: str
    old: str = ""
    new: str = ""


class NoteRow(SQLModel, table=True):
    __tablename__ = "note"

    id: str = Field(primary_key=True)
    case_id: str = Field(foreign_key="case_file.id", index=True, ondelete="CASCADE")
    author: str
    created_at: dt.datetime
    body_sealed: bytes


class GoalRow(SQLModel, table=True):
    __tablename__ = "plan_goal"

    id: str = Field(primary_key=True)
    case_id: str = Field(foreign_key="case_file.id", index=True, ondelete="CASCADE")
    need_category: str = ""
    status: str = "active"  # active | achieved | dropped
    created_at: dt.datetime
    updated_at: dt.datetime
    text_sealed: bytes  # in the survivor's words


class StepRow(SQLModel, table=True):
    __tablename__ = "plan_step"

    id: str = Field(primary_key=True)
    goal_id: str = Field(foreign_key="plan_goal.id", index=True, ondelete="CASCADE")
    owner: str = "caseworker"  # survivor | caseworker | provider
    due: dt.date | None = None
    done_at: dt.datetime | None = None
    created_at: dt.datetime
    text_sealed: bytes


class ConsentRow(SQLModel, table=True):
    __tablename__ = "consent"

    id: str = Field(primary_key=True)
    case_id: str = Field(foreign_key="case_file.id", index=True, ondelete="CASCADE")
    purpose: str
    recipient: str  # a directory service id or a provider's name
    categories: str  # JSON list of information categories
    method: str  # verbal | written
    given_at: dt.datetime
    expires_at: dt.datetime | None = None
    revoked_at: dt.datetime | None = None
    recorded_by: str


class ReferralRow(SQLModel, table=True):
    __tablename__ = "referral"

    id: str = Field(primary_key=True)
    case_id: str = Field(foreign_key="case_file.id", index=True, ondelete="CASCADE")
    need_id: str = Field(foreign_key="need.id", index=True, ondelete="CASCADE")
    service_id: str = ""
    provider: str  # service or provider name (directory data, not about the survivor)
    status: str = "proposed"
    consent_id: str | None = Field(default=None, foreign_key="consent.id")
    created_at: dt.datetime
    updated_at: dt.datetime
    created_by: str


class ReferralEvent(SQLModel, table=True):
    __tablename__ = "referral_event"

    id: str = Field(primary_key=True)
    referral_id: str = Field(foreign_key="referral.id", index=True, ondelete="CASCADE")
    at: dt.datetime
    account: str
    old: str
    new: str
