"""Opening a case: its row, its facts and the needs they imply, in one transaction."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence

from sqlmodel import Session, select

from caseassist.cases import codes
from caseassist.cases.model import FactRecord
from caseassist.i18n import _
from caseassist.vault.case_common import now_utc, refresh_attention
from caseassist.vault.case_facts import index_names, project_facts, store_facts
from caseassist.vault.case_needs import need_row
from caseassist.vault.tables.cases import CaseFile
from caseassist.vault.vault import Role, Vault, new_id


def create_case(
    vault: Vault,
    *,
    facts: Sequence[FactRecord],
    needs: Iterable[tuple[str, str]],
    intake_state: dict | None = None,
    caseworker: str | None = None,
    opened_at: dt.datetime | None = None,
) -> str:
    vault.require(Role.intake, Role.caseworker, Role.admin, what=_("open cases"))
    with vault.session() as session:
        code = create_case_in(
            vault,
            session,
            facts=facts,
            needs=needs,
            intake_state=intake_state,
            caseworker=caseworker,
            opened_at=opened_at,
        )
    return code


def create_case_in(
    vault: Vault,
    session: Session,
    *,
    facts: Sequence[FactRecord],
    needs: Iterable[tuple[str, str]],
    intake_state: dict | None = None,
    caseworker: str | None = None,
    opened_at: dt.datetime | None = None,
) -> str:
    opened_at = opened_at or now_utc()
    case_id = new_id()
    code = _free_code(session)
    row = CaseFile(
        id=case_id,
        code=code,
        status="open",
        opened_at=opened_at,
        updated_at=opened_at,
        caseworker=caseworker
        if caseworker is not None
        else (vault.user if vault.role is Role.caseworker else ""),
        created_by=vault.user,
    )
    project_facts(vault, row, facts)
    if intake_state is not None:
        row.intake_sealed = vault.seal(
            "case_file", "intake_sealed", case_id, json.dumps(intake_state, sort_keys=True)
        )
    store_facts(vault, row, {f.fact_id: f for f in facts})
    session.add(row)
    session.flush()
    index_names(vault, session, row, {f.fact_id: f for f in facts})
    for category, horizon in needs:
        session.add(need_row(case_id, category, horizon, opened_at, derived=True))
    refresh_attention(session, row)
    vault.audit(session, "case.create", code)
    return code


def _free_code(session: Session) -> str:
    while True:
        code = codes.new_code()
        if session.exec(select(CaseFile.id).where(CaseFile.code == code)).first() is None:
            return code
