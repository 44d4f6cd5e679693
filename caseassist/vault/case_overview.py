"""A case as staff see one not assigned to them: needs, plan progress, referral outcomes.

Read only from plain columns (categories, statuses, counts, provider names from
the directory); nothing sealed is opened, so it shows no identifying fact and no
free text (`holds_in_full`). No survivor attribute (age band, language) and no
exact date either; how long the case has been open is given in the report's
coarse bands. Supervisors see no case one by one at all (`cases.supervision`).
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import col, select

from caseassist.cases import closing
from caseassist.cases.supervision import open_for
from caseassist.i18n import _
from caseassist.vault.case_common import find_case, now_utc, refuse_supervisor, utc
from caseassist.vault.tables.cases import (
    GoalRow,
    NeedRow,
    ReferralEvent,
    ReferralRow,
    StepRow,
)
from caseassist.vault.vault import Role, Vault


def _day(value) -> dt.date | None:
    value = utc(value)
    return value.date() if value is not None else None


def case_overview(vault: Vault, code: str) -> dict:
    """Plain data: {code, status, open_for, close_reason, needs, plan, referrals}."""
    refuse_supervisor(vault)
    vault.require(Role.admin, Role.caseworker, what=_("see a case overview"))
    with vault.session() as session:
        case = find_case(session, code)
        needs = list(
            session.exec(
                select(NeedRow).where(NeedRow.case_id == case.id).order_by(NeedRow.identified_at)
            )
        )
        categories = {n.id: n.category for n in needs}
        plan = []
        for g in session.exec(
            select(GoalRow.id, GoalRow.need_category, GoalRow.status)
            .where(GoalRow.case_id == case.id)
            .order_by(GoalRow.created_at)
        ):
            steps = list(session.exec(select(StepRow.done_at).where(StepRow.goal_id == g[0])))
            plan.append(
                {
                    "need": g[1],
                    "status": g[2],
                    "steps": len(steps),
                    "done": sum(1 for d in steps if d is not None),
                }
            )
        referrals = []
        for r in session.exec(
            select(
                ReferralRow.id,
                ReferralRow.need_id,
                ReferralRow.provider,
                ReferralRow.status,
            )
            .where(ReferralRow.case_id == case.id)
            .order_by(ReferralRow.created_at)
        ):
            events = session.exec(
                select(ReferralEvent.new)
                .where(ReferralEvent.referral_id == r[0])
                .order_by(col(ReferralEvent.at))
            )
            referrals.append(
                {
                    "need": categories.get(r[1], ""),
                    "provider": r[2],
                    "status": r[3],
                    "changes": [{"to": new} for new in events],
                }
            )
        vault.audit(session, "case.overview", case.code)
        return {
            "code": case.code,
            "status": case.status,
            "caseworker": case.caseworker,
            "open_for": open_for(_day(case.opened_at), now_utc().date(), _day(case.closed_at)),
            "close_reason": case.close_reason
            if case.close_reason in closing.REASONS
            else ("other" if case.close_reason else ""),
            "needs": [
                {
                    "category": n.category,
                    "horizon": n.horizon,
                    "status": n.status,
                    "child": n.member_id is not None,
                }
                for n in needs
            ],
            "plan": plan,
            "referrals": referrals,
        }
