"""Finding cases: by code, need and its status, caseworker, and (with the identity key) by name.

Names and aliases are never indexed in clear: a name search decrypts the
sealed name directory (`name_shards`) in memory and compares folded text.
Code, need, status and caseworker searches walk a covering index.
The audit records how many cases were found, never what was searched for
(a query may be a name).
"""

from __future__ import annotations

from sqlalchemy import exists, func
from sqlmodel import col, select

from caseassist.cases.model import CaseSummary
from caseassist.cases.search import CaseQuery
from caseassist.vault import name_shards
from caseassist.vault.case_common import now_utc
from caseassist.vault.case_store import _LIST_COLUMNS, _need_counts, _summary
from caseassist.vault.errors import IdentityLocked
from caseassist.vault.tables.cases import CaseFile, NeedRow
from caseassist.vault.vault import Vault

_IN_LIST = 2000
"""Up to this many name matches are handed to SQL as a list; beyond, Python filters the walk."""


def find_cases(vault: Vault, query: CaseQuery, *, limit: int = 50) -> list[CaseSummary]:
    """Cases matching every part of `query`, newest first; a name needs the identity key.

    One walk down `ix_case_find` (opened_at, id, status, caseworker, code,
    sealed name and alias) in date order, filtering inside the index and
    probing each case's needs through `ix_need_case_cover`, stops at `limit`
    matches; only those rows are then read whole.
    """
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
            # lower(): compared outside any index, so the probe goes through the case's own
            # needs (ix_need_case_cover, a handful of entries) and never walks every
            # need of that category once per case, as the planner otherwise may.
            has_need = [NeedRow.case_id == CaseFile.id, func.lower(NeedRow.category) == query.need]
            if query.need_status:
                has_need.append(func.lower(NeedRow.status) == query.need_status)
            clauses.append(exists().where(*has_need))
        walk = select(CaseFile.id).where(*clauses).order_by(col(CaseFile.opened_at).desc())
        if query.by_name:
            named = name_shards.matching(vault, session, query.words)
            if len(named) <= _IN_LIST:
                ids = list(session.exec(walk.where(col(CaseFile.id).in_(named)).limit(limit)))
            else:  # a very common word: filter the date-ordered walk instead
                ids = []
                for case_id in session.exec(walk):
                    if case_id in named:
                        ids.append(case_id)
                        if len(ids) >= limit:
                            break
        else:
            ids = list(session.exec(walk.limit(limit)))
        rows = list(
            session.exec(
                select(CaseFile)
                .options(_LIST_COLUMNS)
                .where(col(CaseFile.id).in_(ids))
                .order_by(col(CaseFile.opened_at).desc())
            )
        )
        counts = _need_counts(session, ids, now)
        vault.audit(session, "case.find", str(len(rows)))
        return [_summary(vault, r, *counts.get(r.id, (0, 0))) for r in rows]
