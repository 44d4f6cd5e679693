"""Finding cases: by code, need and its status, caseworker, and (with the identity key) by name.

Names and aliases are never indexed in clear: a name search reads every
candidate's sealed name and alias from a covering index
(`ix_case_find_name`), decrypts them in memory with one cipher object and
compares folded text. Code, need and caseworker searches are indexed reads.
The audit records how many cases were found, never what was searched for
(a query may be a name).
"""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import col, select

from caseassist.cases.model import CaseSummary
from caseassist.cases.search import CaseQuery, fold, matches_name
from caseassist.vault.case_common import now_utc
from caseassist.vault.case_store import _LIST_COLUMNS, _need_counts, _summary
from caseassist.vault.errors import IdentityLocked
from caseassist.vault.tables.cases import CaseFile, NeedRow
from caseassist.vault.vault import Vault


def find_cases(vault: Vault, query: CaseQuery, *, limit: int = 50) -> list[CaseSummary]:
    """Cases matching every part of `query`, newest first; a name needs the identity key."""
    if query.by_name and not vault.can_read_identity:
        raise IdentityLocked()
    now = now_utc()
    with vault.session() as session:
        clauses = []
        if query.code:
            if len(query.code) == 7:
                clauses.append(CaseFile.code == query.code)
            else:
                clauses.append(col(CaseFile.code).startswith(query.code.rstrip("-")))
        if query.status:
            clauses.append(CaseFile.status == query.status)
        if query.caseworker:
            clauses.append(func.lower(CaseFile.caseworker) == query.caseworker.casefold())
        if query.need:
            with_need = select(NeedRow.case_id).where(NeedRow.category == query.need)
            if query.need_status:
                with_need = with_need.where(NeedRow.status == query.need_status)
            clauses.append(col(CaseFile.id).in_(with_need))
        ids: list[str] | None = None
        if query.by_name:
            ids = _ids_by_name(vault, session, query.words, clauses)
        stmt = select(CaseFile).options(_LIST_COLUMNS).where(*clauses)
        if ids is not None:
            stmt = stmt.where(col(CaseFile.id).in_(ids))
        rows = list(session.exec(stmt.order_by(col(CaseFile.opened_at).desc()).limit(limit)))
        counts = _need_counts(session, [r.id for r in rows], now)
        vault.audit(session, "case.find", str(len(rows)))
        return [_summary(vault, r, *counts.get(r.id, (0, 0))) for r in rows]


def _ids_by_name(vault: Vault, session, words: tuple[str, ...], clauses: list) -> list[str]:
    """Ids of the cases whose name or an alias holds every word (decrypted here, in memory)."""
    rows = session.exec(
        select(CaseFile.id, CaseFile.name_sealed, CaseFile.alias_sealed).where(
            *clauses, col(CaseFile.name_sealed).is_not(None)
        )
    ).all()
    names = dict(vault.unseal_many("case_file", "name_sealed", ((i, n) for i, n, _a in rows)))
    aliases = dict(
        vault.unseal_many(
            "case_file", "alias_sealed", ((i, a) for i, _n, a in rows if a is not None)
        )
    )
    return [
        case_id
        for case_id, name in names.items()
        if matches_name(words, fold(name), fold(aliases.get(case_id, "")))
    ]
