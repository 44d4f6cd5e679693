"""A case as a supervisor may see it: needs, plan progress, referral outcomes and their dates.

Read only from plain columns (categories, statuses, dates, counts, provider
names from the directory); nothing sealed is opened, so it works without the
identity key and can show no identifying fact and no free text. The age band
is shown only when at least `MIN_BAND` open cases share it, as the reports do.
"""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import col, select

from caseassist.cases import closing
from caseassist.i18n import _
from caseassist.vault.case_common import find_case, utc
from caseassist.vault.tables.cases import (
    CaseFile,
    GoalRow,
    NeedRow,
    ReferralEvent,
    ReferralRow,
    StepRow,
)
from caseassist.vault.vault import Role, Vault

MIN_BAND = 5


def _day(value) -> str | None:
    value = utc(value)
    return value.date().isoformat() if value is not None else None


def case_overview(vault: Vault, code: str) -> dict:
    """Plain data: {code, status, opened, closed, close_reason, needs, plan, referrals}."""
    vault.require(Role.supervisor, Role.admin, Role.caseworker, what=_("see a case overview"))
    with vault.session() as session:
        case = find_case(session, code)
        band = None
        if case.age_band:
            peers = session.exec(
                select(func.count()).select_from(CaseFile).where(CaseFile.age_band == case.age_band)
            ).one()
            band = case.age_band if int(peers) >= MIN_BAND else None
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
                ReferralRow.created_at,
            )
            .where(ReferralRow.case_id == case.id)
            .order_by(ReferralRow.created_at)
        ):
            events = session.exec(
                select(ReferralEvent.at, ReferralEvent.new)
                .where(ReferralEvent.referral_id == r[0])
                .order_by(col(ReferralEvent.at))
            )
            referrals.append(
                {
                    "need": categories.get(r[1], ""),
                    "provider": r[2],
                    "status": r[3],
                    "made": _day(r[4]),
                    "changes": [{"on": _day(at), "to": new} for at, new in events],
                }
            )
        vault.audit(session, "case.overview", case.code)
        return {
            "code": case.code,
            "status": case.status,
            "opened": _day(case.opened_at),
            "closed": _day(case.closed_at),
            "close_reason": case.close_reason
            if case.close_reason in closing.REASONS
            else ("other" if case.close_reason else ""),
            "age_band": band,
            "needs": [
                {
                    "category": n.category,
                    "horizon": n.horizon,
                    "status": n.status,
                    "child": n.member_id is not None,
                    "identified": _day(n.identified_at),
                    "referred": _day(n.referred_at),
                    "met": _day(n.met_at),
                }
                for n in needs
            ],
            "plan": plan,
            "referrals": referrals,
        }
