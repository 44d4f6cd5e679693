"""A case's life after opening: closing, reopening, assigning, discarding and purging.

Purges empty the WAL afterwards, so no deleted text lingers; the audit keeps
only case codes.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, delete, select

from caseassist.cases import closing
from caseassist.errors import CaseAssistError
from caseassist.i18n import _
from caseassist.vault import name_shards
from caseassist.vault.case_common import (
    find_case,
    find_case_to_change,
    now_utc,
    require_editable,
)
from caseassist.vault.errors import NotAllowed
from caseassist.vault.tables.cases import CaseFile, GoalRow, NoteRow, ReferralRow
from caseassist.vault.vault import Role, Vault


def close_case(vault: Vault, code: str, reason: str) -> None:
    """Close with an exit reason code (`cases.closing.REASONS`); caseworkers and admins."""
    vault.require(Role.caseworker, Role.admin, what=_("close cases"))
    reason = closing.check_reason(reason)
    with vault.session() as session:
        case = find_case_to_change(vault, session, code)
        if case.status == "closed":
            raise CaseAssistError(_("This case is already closed."))
        now = now_utc()
        case.status, case.closed_at, case.close_reason, case.updated_at = (
            "closed",
            now,
            reason,
            now,
        )
        session.add(case)
        vault.audit(session, f"case.close.{reason}", case.code)


def reopen_case(vault: Vault, code: str) -> None:
    vault.require(Role.caseworker, Role.admin, what=_("reopen cases"))
    with vault.session() as session:
        case = find_case_to_change(vault, session, code)
        if case.status != "closed":
            raise CaseAssistError(_("This case is open already."))
        case.status, case.closed_at, case.close_reason, case.updated_at = (
            "open",
            None,
            "",
            now_utc(),
        )
        session.add(case)
        vault.audit(session, "case.reopen", case.code)


def assign(vault: Vault, code: str, caseworker: str) -> None:
    """Give a case to a caseworker (or an admin).

    Intake staff hand over a case nobody holds yet; the current owner and
    admins reassign. The audit keeps who gave it to whom (account names).
    """
    vault.require(Role.caseworker, Role.admin, Role.intake, what=_("assign cases"))
    roles = dict(vault.accounts())
    if roles.get(caseworker) not in (Role.caseworker, Role.admin):
        raise CaseAssistError(
            _("{account} is not a caseworker's account; cases go to caseworkers.").format(
                account=caseworker
            )
        )
    with vault.session() as session:
        case = find_case(session, code)
        owner = case.caseworker
        if vault.role is not Role.admin and owner and owner != vault.user:
            raise NotAllowed(_("reassign a case someone else holds"))
        if owner == caseworker:
            return
        case.caseworker, case.updated_at = caseworker, now_utc()
        session.add(case)
        vault.audit(session, "case.assign", f"{case.code} {owner or '-'}>{caseworker}")


def discard_case(vault: Vault, code: str) -> None:
    """Remove a case opened by mistake, leaving only an audit line (the service checks it
    is an unfinished intake with nothing added since). Its creator or an admin."""
    require_editable(vault)
    with vault.session() as session:
        case = find_case(session, code)
        if vault.role is not Role.admin and case.created_by != vault.user:
            raise NotAllowed(_("discard an intake someone else began"))
        for table in (NoteRow, GoalRow, ReferralRow):
            if session.exec(select(table.id).where(table.case_id == case.id)).first():
                raise CaseAssistError(
                    _("Work has been recorded on this case since the intake; close it instead.")
                )
        name_shards.forget(vault, session, [case.id])
        session.delete(case)
        vault.audit(session, "intake.discard", case.code)
    vault.checkpoint()


def purge_case(vault: Vault, code: str) -> None:
    """Delete a case and everything under it, then empty the WAL so no text lingers."""
    vault.require(Role.admin, what=_("purge cases"))
    with vault.session() as session:
        case = find_case(session, code)
        name_shards.forget(vault, session, [case.id])
        session.delete(case)
        vault.audit(session, "case.purge", case.code)
    vault.checkpoint()


def purge_closed(
    vault: Vault,
    before: dt.datetime,
    *,
    by_policy: bool = False,
    notes_before: dt.datetime | None = None,
) -> int:
    """Remove closed cases closed before `before` completely; returns how many.

    `by_policy` is the retention policy applied at unlock (any account); by hand
    it is an admin's act. `notes_before` also drops the notes and the intake
    transcript of cases closed before it (a shorter period for free text).
    The audit keeps only the case codes. The WAL is emptied afterwards.
    """
    if not by_policy:
        vault.require(Role.admin, what=_("purge cases"))
    removed = 0
    with vault.session() as session:
        old = _closed_before(session, before)
        name_shards.forget(vault, session, [case.id for case in old])
        for case in old:
            session.delete(case)
            vault.audit(session, "retention.purge" if by_policy else "case.purge", case.code)
            removed += 1
        if notes_before is not None:
            for case in _closed_before(session, notes_before):
                n = session.exec(delete(NoteRow).where(NoteRow.case_id == case.id)).rowcount
                if n or case.intake_sealed is not None:
                    case.intake_sealed = None
                    session.add(case)
                    vault.audit(session, "retention.notes", case.code)
    if removed or notes_before is not None:
        vault.checkpoint()
    return removed


def _closed_before(session: Session, before: dt.datetime) -> list[CaseFile]:
    """Closed cases closed before `before`, found in a covering index.

    Runs at every unlock: the ids come from `ix_case_report_cover` without
    touching the table (a filter on the table read every closed case's row,
    about 8,000 page reads at 100,000 cases), then only the matching rows load.
    """
    ids = list(
        session.exec(
            select(CaseFile.id).where(CaseFile.status == "closed", col(CaseFile.closed_at) < before)
        )
    )
    found: list[CaseFile] = []
    for i in range(0, len(ids), 500):
        found += session.exec(select(CaseFile).where(col(CaseFile.id).in_(ids[i : i + 500]))).all()
    return found
