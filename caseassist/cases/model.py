"""Plain records the case store returns and the UI and CLI show."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class FactRecord:
    """A settled fact as stored: value is None for declined/unknown, or when it cannot be read."""

    fact_id: str
    state: str
    value: object
    source: str
    recorded_by: str
    recorded_at: dt.datetime
    identifying: bool = False


@dataclass(frozen=True)
class Need:
    id: str
    category: str
    horizon: str
    status: str
    priority: int | None
    target_date: dt.date | None
    identified_at: dt.datetime
    derived: bool
    overdue: bool
    member_id: str | None = None  # a household member's own need; None for the survivor's
    note: str = ""  # staff's note when added by hand


@dataclass(frozen=True)
class NeedChange:
    at: dt.datetime
    account: str
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class NoteRevision:
    """An earlier text of a note, kept when it was corrected."""

    replaced_at: dt.datetime
    replaced_by: str
    text: str


@dataclass(frozen=True)
class Note:
    id: str
    author: str
    created_at: dt.datetime
    text: str
    revisions: tuple[NoteRevision, ...] = ()


@dataclass(frozen=True)
class Member:
    """Someone with the survivor (a child): age and, on the case's needs, needs of their own."""

    id: str
    relation: str
    age: int | None


@dataclass(frozen=True)
class Appointment:
    id: str
    on: dt.date
    at_time: str  # "HH:MM", or "" for some time that day
    what: str
    status: str  # planned | kept | missed | cancelled


@dataclass(frozen=True)
class Step:
    id: str
    text: str
    owner: str
    due: dt.date | None
    done_at: dt.datetime | None


@dataclass(frozen=True)
class Goal:
    id: str
    text: str
    need_category: str
    status: str
    steps: tuple[Step, ...] = ()

    @property
    def progress(self) -> float:
        if not self.steps:
            return 1.0 if self.status == "achieved" else 0.0
        return sum(1 for s in self.steps if s.done_at) / len(self.steps)


@dataclass(frozen=True)
class Referral:
    id: str
    need_id: str
    category: str
    service_id: str
    provider: str
    status: str
    consent_id: str | None
    created_at: dt.datetime
    created_by: str = ""
    changes: tuple[NeedChange, ...] = ()
    """Its status changes, oldest first (`field` is "status")."""


@dataclass(frozen=True)
class CaseSummary:
    code: str
    status: str
    opened: dt.datetime
    closed: dt.datetime | None
    caseworker: str
    name: str | None  # None when the account may not see identities
    age_band: str | None
    language: str | None
    open_needs: int = 0
    overdue_needs: int = 0
    due_today: int = 0  # plan steps and appointments due today
    late_steps: int = 0  # plan steps past their due date, not done
    next_due: dt.date | None = None  # the next day after today a step or appointment is due
    in_full: bool = True  # False: another caseworker's case, shown without who she is

    def open_for(self, today: dt.date) -> str:
        """How long the case has been open, in the report's coarse bands (untranslated)."""
        from caseassist.cases.supervision import open_for

        return open_for(self.opened.date(), today, self.closed.date() if self.closed else None)

    def as_dict(self, *, with_name: bool) -> dict:
        """As printed by `case list --json`; without the identity key (a supervisor), no
        survivor attribute and no exact date: how long it has been open, in bands."""
        d = asdict(self)
        d.pop("in_full")  # a line of someone else's case already reads without the name
        d["opened"] = self.opened.isoformat(timespec="seconds")
        d["closed"] = self.closed.isoformat(timespec="seconds") if self.closed else None
        d["next_due"] = self.next_due.isoformat() if self.next_due else None
        if not with_name:
            from caseassist.cases.supervision import SURVIVOR_ATTRIBUTES

            for key in (*SURVIVOR_ATTRIBUTES, "due_today", "late_steps", "next_due"):
                d.pop(key, None)
            d["open_for"] = self.open_for(dt.date.today())
        return d


@dataclass(frozen=True)
class CaseDetail:
    summary: CaseSummary
    close_reason: str
    facts: tuple[FactRecord, ...]
    needs: tuple[Need, ...]
    notes: tuple[Note, ...] = ()
    goals: tuple[Goal, ...] = ()
    referrals: tuple[Referral, ...] = ()
    history: dict[str, tuple[NeedChange, ...]] = field(default_factory=dict)
    intake_state: dict | None = None
    members: tuple[Member, ...] = ()
    appointments: tuple[Appointment, ...] = ()


@dataclass(frozen=True)
class ReferralDraft:
    """A referral note kept as it was being written (before the intake it starts)."""

    text: str
    saved_at: dt.datetime
