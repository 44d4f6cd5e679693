"""What the case, plan, note, consent and referral stores share: time, names, the case row.

Kept apart from `case_store` so each store imports these helpers without
importing the others.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable

from sqlmodel import Session, select

from caseassist.cases import codes
from caseassist.cases import needs as need_rules
from caseassist.i18n import _
from caseassist.vault.errors import CountsOnly, NoSuchCase, NotYourCaseToChange
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


def holds_in_full(vault: Vault, caseworker: str | None) -> bool:
    """Whether this account sees the case whole (name, facts, notes, plan text).

    Least privilege: a caseworker holds the cases assigned to her (a case she opens is
    assigned to her); any other case she sees only as far as the work needs:
    its code, caseworker, status and needs, so that a returning survivor is still
    found and the right colleague asked. Intake staff and admins hold every case;
    supervisors none (`docs/security.md`).
    """
    if not vault.can_read_identity:
        return False
    if vault.role is not Role.caseworker:
        return True
    return caseworker == vault.user


def refuse_supervisor(vault: Vault) -> None:
    """Supervisors read counts only (`cases.supervision`): any list, search or single case
    would put a code beside what the report's suppression hides."""
    if vault.role is Role.supervisor:
        raise CountsOnly()


def require_editable(vault: Vault) -> None:
    """Refuse accounts that may only read (supervisors) before anything changes."""
    vault.require(Role.intake, Role.caseworker, Role.admin, what=_("change cases"))


def require_case_holder(vault: Vault, case: CaseFile | None) -> None:
    """Refuse a caseworker's change to a case she does not hold in full.

    The same line as reading (`holds_in_full`): a caseworker who may see only another's
    needs and progress may not add to, correct or close that case either. Its
    caseworker, an admin or intake staff do that, or the case is assigned to her first.
    A row whose case is gone (`case` None) is changed by no one: `NoSuchCase`.
    """
    if case is None:
        raise NoSuchCase()
    if not holds_in_full(vault, case.caseworker):
        raise NotYourCaseToChange()


def find_case_to_change(vault: Vault, session: Session, code: str) -> CaseFile:
    """`find_case` for a write: the case row, once this account may change it."""
    case = find_case(session, code)
    require_case_holder(vault, case)
    return case


def due_stamp(at: dt.datetime) -> str:
    """A UTC instant as text that sorts and compares in time order (microseconds kept)."""
    return f"{utc(at):%Y-%m-%d %H:%M:%S.%f}"


def need_schedule(
    needs: Iterable[tuple[str, str, dt.datetime, dt.date | None]],
) -> tuple[dt.datetime | None, int, str]:
    """From a case's needs (horizon, status, identified_at UTC, target date): when it first
    has an overdue need, how many are open, and `overdue_times`."""
    open_n, due = 0, []
    for horizon, status, identified, target in needs:
        if status not in ("met", "declined"):
            open_n += 1
        at = need_rules.overdue_from(horizon, status, identified, target)
        if at is not None:
            due.append(at)
    due.sort()
    return (due[0] if due else None), open_n, ",".join(due_stamp(t) for t in due)


def overdue_count(overdue_times: str, now: dt.datetime) -> int:
    """How many of a case's open needs are overdue at `now` (`needs.is_overdue`)."""
    return bisect.bisect_right(overdue_times.split(","), due_stamp(now)) if overdue_times else 0


def refresh_attention(session: Session, case: CaseFile) -> None:
    """Recompute when this case first has an overdue need, its open needs and their due
    times (after any need change)."""
    session.flush()
    rows = session.exec(
        select(NeedRow.horizon, NeedRow.status, NeedRow.identified_at, NeedRow.target_date).where(
            NeedRow.case_id == case.id
        )
    )
    case.attention_at, case.open_needs, case.overdue_times = need_schedule(
        (h, st, utc(ia), td) for h, st, ia, td in rows
    )
    session.add(case)
