"""Household members and appointments of a case, and what falls due on a day.

Split from `case_store` so the case core stays short; `case_store.get_case`
reads them back with the rest of the case. A child's age is a plain column;
an appointment's purpose and place are sealed under the identity key.
Every change runs in one transaction and is audited by case code.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from sqlalchemy import case as sql_case
from sqlalchemy import func
from sqlmodel import Session, col, select

from caseassist.cases.model import Appointment, Member
from caseassist.errors import InvalidInput
from caseassist.i18n import _
from caseassist.vault.case_common import (
    find_case_to_change,
    now_utc,
    require_case_holder,
    require_editable,
)
from caseassist.vault.errors import NoSuchCase
from caseassist.vault.tables.cases import CaseFile, GoalRow, StepRow
from caseassist.vault.tables.household import AppointmentRow, MemberRow
from caseassist.vault.vault import Vault, new_id

APPOINTMENT_STATUSES = ("planned", "kept", "missed", "cancelled")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


# -- household -----------------------------------------------------------------------------


def add_member(vault: Vault, code: str, *, age: int | None, relation: str = "child") -> str:
    """Record a child with the survivor (only the age: a child's name is not needed here)."""
    require_editable(vault)
    if age is not None and not 0 <= age <= 17:
        raise InvalidInput(_("A child's age is a whole number from 0 to 17."))
    with vault.session() as session:
        case = find_case_to_change(vault, session, code)
        member_id = new_id()
        session.add(
            MemberRow(
                id=member_id,
                case_id=case.id,
                relation=relation,
                age=age,
                created_at=now_utc(),
                created_by=vault.user,
            )
        )
        vault.audit(session, "household.add", case.code)
        return member_id


def members_of(session: Session, case_id: str) -> tuple[Member, ...]:
    return tuple(
        Member(m.id, m.relation, m.age)
        for m in session.exec(
            select(MemberRow).where(MemberRow.case_id == case_id).order_by(MemberRow.created_at)
        )
    )


def member_case(session: Session, member_id: str) -> str:
    """The case id a member belongs to (to check a need is added to the right case)."""
    member = session.get(MemberRow, member_id)
    if member is None:
        raise NoSuchCase()
    return member.case_id


# -- appointments --------------------------------------------------------------------------


def add_appointment(vault: Vault, code: str, on: dt.date, what: str, *, at_time: str = "") -> str:
    require_editable(vault)
    if at_time and not _TIME.match(at_time):
        raise InvalidInput(_("Give the time as hours and minutes, like 14:30."))
    if not what.strip():
        raise InvalidInput(_("Say what the appointment is for."))
    with vault.session() as session:
        case = find_case_to_change(vault, session, code)
        appt_id = new_id()
        session.add(
            AppointmentRow(
                id=appt_id,
                case_id=case.id,
                on=on,
                at_time=at_time,
                created_at=now_utc(),
                created_by=vault.user,
                what_sealed=vault.seal("appointment", "what_sealed", appt_id, what.strip()),
            )
        )
        vault.audit(session, "appointment.add", case.code)
        return appt_id


def set_appointment_status(vault: Vault, appointment_id: str, status: str) -> None:
    require_editable(vault)
    if status not in APPOINTMENT_STATUSES:
        raise InvalidInput(
            _("An appointment is one of: {known}.").format(known=", ".join(APPOINTMENT_STATUSES))
        )
    with vault.session() as session:
        row = session.get(AppointmentRow, appointment_id)
        if row is None:
            raise NoSuchCase()
        require_case_holder(vault, session.get(CaseFile, row.case_id))
        row.status = status
        session.add(row)
        case = find_case_by_id(session, row.case_id)
        vault.audit(session, f"appointment.{status}", case)


def find_case_by_id(session: Session, case_id: str) -> str:
    row = session.get(CaseFile, case_id)
    return row.code if row is not None else ""


def appointments_of(vault: Vault, session: Session, case_id: str) -> tuple[Appointment, ...]:
    return tuple(
        Appointment(
            a.id,
            a.on,
            a.at_time,
            vault.unseal("appointment", "what_sealed", a.id, a.what_sealed),
            a.status,
        )
        for a in session.exec(
            select(AppointmentRow)
            .where(AppointmentRow.case_id == case_id)
            .order_by(AppointmentRow.on, AppointmentRow.at_time)
        )
    )


# -- what falls due ------------------------------------------------------------------------


def due_counts(
    session: Session, case_ids: Sequence[str], today: dt.date
) -> dict[str, tuple[int, int, dt.date | None]]:
    """Per case: (steps and appointments due today, steps past due, the next day after today
    a step or an appointment is due) for one page of cases. Without the next day the case
    list's "Due" column stayed blank for a case with steps due next week."""
    out: dict[str, list] = {}  # [today, late, next day]
    for i in range(0, len(case_ids), 500):
        chunk = list(case_ids[i : i + 500])
        steps = session.exec(  # counted by SQLite from ix_goal_case_cover and ix_step_due
            select(
                GoalRow.case_id,
                func.sum(sql_case((col(StepRow.due) == today, 1), else_=0)),
                func.sum(sql_case((col(StepRow.due) < today, 1), else_=0)),
            )
            .join(StepRow, col(StepRow.goal_id) == GoalRow.id)
            .where(
                col(GoalRow.case_id).in_(chunk),
                col(StepRow.done_at).is_(None),
                col(StepRow.due).is_not(None),
                col(StepRow.due) <= today,
            )
            .group_by(GoalRow.case_id)
        )
        for case_id, today_n, late_n in steps:
            out[case_id] = [int(today_n), int(late_n), None]
        appts = session.exec(
            select(AppointmentRow.case_id, func.count())
            .where(
                col(AppointmentRow.case_id).in_(chunk),
                AppointmentRow.on == today,
                AppointmentRow.status == "planned",
            )
            .group_by(AppointmentRow.case_id)
        )
        for case_id, n in appts:
            out.setdefault(case_id, [0, 0, None])[0] += int(n)
        for case_id, on in _next_days(session, chunk, today):
            if on is not None:
                row = out.setdefault(case_id, [0, 0, None])
                day = on if isinstance(on, dt.date) else dt.date.fromisoformat(str(on))
                row[2] = day if row[2] is None else min(row[2], day)
    return {k: (v[0], v[1], v[2]) for k, v in out.items()}


def _next_days(session: Session, chunk: list[str], today: dt.date) -> list[tuple[str, object]]:
    """(case id, the first day after today) of the steps not done and the planned appointments."""
    steps = session.exec(
        select(GoalRow.case_id, func.min(StepRow.due))
        .join(StepRow, col(StepRow.goal_id) == GoalRow.id)
        .where(
            col(GoalRow.case_id).in_(chunk),
            col(StepRow.done_at).is_(None),
            col(StepRow.due) > today,
        )
        .group_by(GoalRow.case_id)
    )
    appts = session.exec(
        select(AppointmentRow.case_id, func.min(AppointmentRow.on))
        .where(
            col(AppointmentRow.case_id).in_(chunk),
            AppointmentRow.on > today,
            AppointmentRow.status == "planned",
        )
        .group_by(AppointmentRow.case_id)
    )
    return [*steps, *appts]
