"""What the case, plan, note, consent and referral stores share: time, names, the case row.

Kept apart from `case_store` so each store imports these helpers without
importing the others.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, select

from caseassist.cases import codes
from caseassist.cases import needs as need_rules
from caseassist.i18n import _
from caseassist.vault.errors import NoSuchCase
from caseassist.vault.folding import fold_for_search as fold_for_search  # where stores look
from caseassist.vault.tables.cases import CaseFile, NeedRow
from caseassist.vault.vault import Role, Vault


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def utc(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite keeps datetimes without zone; the vault writes UTC, so read them back as UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def find_case(session: Session, code: str) -> CaseFile:
    """The case row for a code as staff type it; `NoSuchCase` if there is none."""
    row = session.exec(select(CaseFile).where(CaseFile.code == codes.normalize(code))).first()
    if row is None:
        raise NoSuchCase()
    return row


def require_editable(vault: Vault) -> None:
    """Refuse accounts that may only read (supervisors) before anything changes."""
    vault.require(Role.intake, Role.caseworker, Role.admin, what=_("change cases"))


def refresh_attention(session: Session, case: CaseFile) -> None:
    """Recompute when this case first has an overdue need (after any need change)."""
    session.flush()
    times = [
        need_rules.overdue_from(h, st, utc(ia), td)
        for h, st, ia, td in session.exec(
            select(
                NeedRow.horizon, NeedRow.status, NeedRow.identified_at, NeedRow.target_date
            ).where(NeedRow.case_id == case.id)
        )
    ]
    due = [t for t in times if t is not None]
    case.attention_at = min(due) if due else None
    session.add(case)
