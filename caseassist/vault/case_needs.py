"""A case's needs: those the facts imply, those staff add by hand, and their changes.

Every change is kept in the need's history (who, when, from, to) and moves the
case's `attention_at`, so overdue lists stay indexed reads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlmodel import Session, col, select

from caseassist.cases import needs as need_rules
from caseassist.errors import InvalidInput
from caseassist.i18n import _
from caseassist.vault import household_store
from caseassist.vault.case_common import (
    find_case_to_change,
    now_utc,
    refresh_attention,
    require_case_holder,
    require_editable,
)
from caseassist.vault.errors import NoSuchCase, NoSuchNeed
from caseassist.vault.tables.cases import CaseFile, NeedEvent, NeedRow
from caseassist.vault.vault import Vault, new_id


def need_row(
    case_id: str, category: str, horizon: str, at: dt.datetime, *, derived: bool
) -> NeedRow:
    return NeedRow(
        id=new_id(),
        case_id=case_id,
        category=category,
        horizon=horizon,
        identified_at=at,
        updated_at=at,
        derived=derived,
    )


def sync_derived_needs(vault: Vault, code: str, derived: Iterable[tuple[str, str]]) -> list[str]:
    """Add needs the facts now imply (never removes one: staff close needs by hand)."""
    require_editable(vault)
    with vault.session() as session:
        return sync_derived_needs_in(vault, session, code, derived)


def sync_derived_needs_in(
    vault: Vault, session: Session, code: str, derived: Iterable[tuple[str, str]]
) -> list[str]:
    """`sync_derived_needs` inside the caller's transaction."""
    require_editable(vault)
    added = []
    case = find_case_to_change(vault, session, code)
    have = set(
        session.exec(
            select(NeedRow.category).where(
                NeedRow.case_id == case.id, col(NeedRow.member_id).is_(None)
            )
        )
    )
    now = now_utc()
    for category, horizon in derived:
        if category not in have:
            session.add(need_row(case.id, category, horizon, now, derived=True))
            added.append(category)
    if added:
        refresh_attention(session, case)
        vault.audit(session, "need.derive", case.code)
    return added


def add_need(
    vault: Vault,
    code: str,
    category: str,
    horizon: str | None = None,
    *,
    priority: int | None = None,
    target_date: dt.date | None = None,
    note: str = "",
    member_id: str | None = None,
) -> str:
    """A need staff add by hand, in any category, with a note; `member_id` for a child's own."""
    require_editable(vault)
    if category not in need_rules.categories():
        raise InvalidInput(
            _("No need is called {value}; try one of: {known}.").format(
                value=category, known=", ".join(need_rules.categories())
            )
        )
    horizon = horizon or need_rules.default_horizon(category)
    if horizon not in need_rules.horizons():
        raise ValueError(horizon)
    with vault.session() as session:
        case = find_case_to_change(vault, session, code)
        if member_id is not None and household_store.member_case(session, member_id) != case.id:
            raise NoSuchCase()
        row = need_row(case.id, category, horizon, now_utc(), derived=False)
        row.priority, row.target_date, row.member_id = priority, target_date, member_id
        if note.strip():
            row.note_sealed = vault.seal("need", "note_sealed", row.id, note.strip())
        session.add(row)
        session.flush()  # the need row before its event (no ORM relationship orders them)
        session.add(
            NeedEvent(
                id=new_id(),
                need_id=row.id,
                at=now_utc(),
                account=vault.user,
                field="status",
                old="",
                new="identified",
            )
        )
        refresh_attention(session, case)
        vault.audit(session, "need.add", case.code)
        return row.id


def change_need(
    vault: Vault,
    need_id: str,
    *,
    status: str | None = None,
    priority: int | None | str = "keep",
    target_date: dt.date | None | str = "keep",
) -> None:
    """Change a need and keep the change in its history (who, when, from, to)."""
    require_editable(vault)
    now = now_utc()
    with vault.session() as session:
        need = session.get(NeedRow, need_id)
        if need is None:
            raise NoSuchNeed()
        require_case_holder(vault, session.get(CaseFile, need.case_id))
        changes = []
        if status is not None and status != need.status:
            need_rules.check_transition(need.status, status)
            changes.append(("status", need.status, status))
            need.status = status
            if status == "referred" and need.referred_at is None:
                need.referred_at = now
            if status == "met":
                need.met_at = now
            if status == "identified":
                need.met_at = None
        if priority != "keep" and priority != need.priority:
            changes.append(("priority", str(need.priority or ""), str(priority or "")))
            need.priority = priority  # type: ignore[assignment]
        if target_date != "keep" and target_date != need.target_date:
            changes.append(("target_date", str(need.target_date or ""), str(target_date or "")))
            need.target_date = target_date  # type: ignore[assignment]
        for field, old, new in changes:
            session.add(
                NeedEvent(
                    id=new_id(),
                    need_id=need.id,
                    at=now,
                    account=vault.user,
                    field=field,
                    old=old,
                    new=new,
                )
            )
        need.updated_at = now
        session.add(need)
        case = session.get(CaseFile, need.case_id)
        if case is not None:
            refresh_attention(session, case)
        vault.audit(session, "need.change", case.code if case else "")
