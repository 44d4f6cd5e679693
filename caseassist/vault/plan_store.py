"""A case's plan in the vault: goals and their steps, each text sealed under the identity key.

Split from `case_store` so the case core stays short; `case_store.get_case`
reads the plan back with the rest of the case.
"""

from __future__ import annotations

import datetime as dt

from caseassist.vault.case_common import (
    find_case,
    find_case_to_change,
    now_utc,
    require_case_holder,
    require_editable,
)
from caseassist.vault.errors import NoSuchCase
from caseassist.vault.tables.cases import CaseFile, GoalRow, StepRow
from caseassist.vault.vault import Vault, new_id


def add_goal(vault: Vault, code: str, text: str, *, need_category: str = "") -> str:
    require_editable(vault)
    with vault.session() as session:
        case = find_case_to_change(vault, session, code)
        goal_id, now = new_id(), now_utc()
        session.add(
            GoalRow(
                id=goal_id,
                case_id=case.id,
                need_category=need_category,
                created_at=now,
                updated_at=now,
                text_sealed=vault.seal("plan_goal", "text_sealed", goal_id, text),
            )
        )
        vault.audit(session, "plan.goal", case.code)
        return goal_id


def add_step(
    vault: Vault, goal_id: str, text: str, *, owner: str = "caseworker", due: dt.date | None = None
) -> str:
    require_editable(vault)
    if owner not in ("survivor", "caseworker", "provider"):
        raise ValueError(owner)
    with vault.session() as session:
        goal = session.get(GoalRow, goal_id)
        if goal is None:
            raise NoSuchCase()
        require_case_holder(vault, session.get(CaseFile, goal.case_id))
        step_id = new_id()
        session.add(
            StepRow(
                id=step_id,
                goal_id=goal_id,
                owner=owner,
                due=due,
                created_at=now_utc(),
                text_sealed=vault.seal("plan_step", "text_sealed", step_id, text),
            )
        )
        vault.audit(session, "plan.step", goal_id)
        return step_id


def complete_step(vault: Vault, step_id: str, done: bool = True) -> None:
    require_editable(vault)
    with vault.session() as session:
        step = session.get(StepRow, step_id)
        if step is None:
            raise NoSuchCase()
        goal = session.get(GoalRow, step.goal_id)
        require_case_holder(vault, session.get(CaseFile, goal.case_id) if goal else None)
        step.done_at = now_utc() if done else None
        session.add(step)
        vault.audit(session, "plan.step.done", step.goal_id)


def set_goal_status(vault: Vault, goal_id: str, status: str) -> None:
    require_editable(vault)
    if status not in ("active", "achieved", "dropped"):
        raise ValueError(status)
    with vault.session() as session:
        goal = session.get(GoalRow, goal_id)
        if goal is None:
            raise NoSuchCase()
        require_case_holder(vault, session.get(CaseFile, goal.case_id))
        goal.status, goal.updated_at = status, now_utc()
        session.add(goal)
        vault.audit(session, "plan.goal.status", goal_id)


def current_goal(vault: Vault, code: str) -> str:
    """The newest active goal of a case (where a step goes when staff name no goal)."""
    from sqlmodel import col, select

    from caseassist.errors import InvalidInput
    from caseassist.i18n import _

    with vault.session() as session:
        case = find_case(session, code)
        goal_id = session.exec(
            select(GoalRow.id)
            .where(GoalRow.case_id == case.id, GoalRow.status == "active")
            .order_by(col(GoalRow.created_at).desc())
        ).first()
    if goal_id is None:
        raise InvalidInput(_("This case has no active goal; add one first (case plan goal add)."))
    return goal_id
