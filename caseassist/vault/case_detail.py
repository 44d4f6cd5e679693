"""One whole case read back and decrypted: facts, needs and their history, notes,
household, plan, referrals. Only for accounts that hold the identity key.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlmodel import Session, col, select

from caseassist.cases import needs as need_rules
from caseassist.cases.model import CaseDetail, Goal, Need, NeedChange, Note, Referral, Step
from caseassist.i18n import _
from caseassist.vault import household_store
from caseassist.vault.case_common import find_case, holds_in_full, now_utc, utc
from caseassist.vault.case_facts import load_facts
from caseassist.vault.case_lists import case_summary
from caseassist.vault.errors import NotAllowed, NotYourCase
from caseassist.vault.note_store import note_revisions
from caseassist.vault.tables.cases import (
    GoalRow,
    NeedEvent,
    NeedRow,
    NoteRow,
    ReferralEvent,
    ReferralRow,
    StepRow,
)
from caseassist.vault.vault import Vault


def get_case(
    vault: Vault,
    code: str,
    *,
    now: dt.datetime | None = None,
    action: str = "case.view",
    why: str = "",
) -> CaseDetail:
    """The whole case, decrypted; refused to accounts without the identity key and to a
    caseworker it is not assigned to (`holds_in_full`). `why`: a reason code audited with it."""
    if not vault.can_read_identity:
        raise NotAllowed(_("open a case's details"))
    now = now or now_utc()
    with vault.session() as session:
        case = find_case(session, code)
        if not holds_in_full(vault, case.caseworker):
            raise NotYourCase()
        facts = tuple(load_facts(vault, case).values())
        need_rows = list(
            session.exec(
                select(NeedRow).where(NeedRow.case_id == case.id).order_by(NeedRow.identified_at)
            )
        )
        needs = tuple(_need(vault, n, now) for n in need_rows)
        changes: dict[str, list[NeedChange]] = {n.id: [] for n in need_rows}
        for e in session.exec(  # every need's history in one query, not one per need
            select(NeedEvent)
            .where(col(NeedEvent.need_id).in_(list(changes)))
            .order_by(NeedEvent.at, NeedEvent.id)
        ):
            changes[e.need_id].append(NeedChange(utc(e.at), e.account, e.field, e.old, e.new))
        history = {need_id: tuple(c) for need_id, c in changes.items()}
        notes = tuple(
            Note(
                r.id,
                r.author,
                utc(r.created_at),
                vault.unseal("note", "body_sealed", r.id, r.body_sealed),
                note_revisions(vault, session, r.id),
            )
            for r in session.exec(
                select(NoteRow).where(NoteRow.case_id == case.id).order_by(NoteRow.created_at)
            )
        )
        members = household_store.members_of(session, case.id)
        appointments = household_store.appointments_of(vault, session, case.id)
        goals = _goals(vault, session, case.id)
        cats = {n.id: n.category for n in need_rows}
        ref_rows = list(
            session.exec(
                select(ReferralRow)
                .where(ReferralRow.case_id == case.id)
                .order_by(ReferralRow.created_at)
            )
        )
        ref_changes: dict[str, list[NeedChange]] = {r.id: [] for r in ref_rows}
        for e in session.exec(  # every referral's status changes in one query (History tab)
            select(ReferralEvent)
            .where(col(ReferralEvent.referral_id).in_(list(ref_changes)))
            .order_by(ReferralEvent.at, ReferralEvent.id)
        ):
            ref_changes[e.referral_id].append(
                NeedChange(utc(e.at), e.account, "status", e.old, e.new)
            )
        refs = tuple(
            Referral(
                r.id,
                r.need_id,
                cats.get(r.need_id, ""),
                r.service_id,
                r.provider,
                r.status,
                r.consent_id,
                utc(r.created_at),
                r.created_by,
                tuple(ref_changes[r.id]),
            )
            for r in ref_rows
        )
        intake = None
        if case.intake_sealed is not None:
            intake = json.loads(
                vault.unseal("case_file", "intake_sealed", case.id, case.intake_sealed)
            )
        open_n = sum(1 for n in needs if n.status not in ("met", "declined"))
        due = household_store.due_counts(session, [case.id], now.date()).get(case.id)
        summary = case_summary(vault, case, open_n, sum(1 for n in needs if n.overdue), due=due)
        vault.audit(session, action, f"{case.code} {why}".strip())
        return CaseDetail(
            summary,
            case.close_reason,
            facts,
            needs,
            notes,
            goals,
            refs,
            history,
            intake,
            members,
            appointments,
        )


def _need(vault: Vault, n: NeedRow, now: dt.datetime) -> Need:
    identified = utc(n.identified_at)
    note = (
        vault.unseal("need", "note_sealed", n.id, n.note_sealed)
        if n.note_sealed is not None
        else ""
    )
    return Need(
        n.id,
        n.category,
        n.horizon,
        n.status,
        n.priority,
        n.target_date,
        identified,
        n.derived,
        need_rules.is_overdue(n.horizon, n.status, identified, n.target_date, now),
        n.member_id,
        note,
    )


def _goals(vault: Vault, session: Session, case_id: str) -> tuple[Goal, ...]:
    """A case's plan: its goals, then every goal's steps in one query (not one per goal)."""
    rows = list(
        session.exec(select(GoalRow).where(GoalRow.case_id == case_id).order_by(GoalRow.created_at))
    )
    steps: dict[str, list[Step]] = {g.id: [] for g in rows}
    for s in session.exec(
        select(StepRow)
        .where(col(StepRow.goal_id).in_(list(steps)))
        .order_by(StepRow.created_at, StepRow.id)
    ):
        steps[s.goal_id].append(
            Step(
                s.id,
                vault.unseal("plan_step", "text_sealed", s.id, s.text_sealed),
                s.owner,
                s.due,
                utc(s.done_at),
            )
        )
    return tuple(
        Goal(
            g.id,
            vault.unseal("plan_goal", "text_sealed", g.id, g.text_sealed),
            g.need_category,
            g.status,
            tuple(steps[g.id]),
        )
        for g in rows
    )
