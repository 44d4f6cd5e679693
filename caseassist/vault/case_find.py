"""Finding cases: by code, need and its status, caseworker, and (with the identity key) by name.

Names and aliases are never indexed in clear: a name search decrypts the
sealed name directory (`name_shards`) in memory and compares folded text.
Code, need, status and caseworker searches walk a covering index.
The audit records how many cases were found, never what was searched for
(a query may be a name).
"""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import col, select

from caseassist.cases.model import CaseSummary
from caseassist.cases.search import CaseQuery
from caseassist.vault import household_store, name_shards
from caseassist.vault.case_common import now_utc, refuse_supervisor
from caseassist.vault.case_lists import SUMMARY_COLUMNS, need_counts, summaries
from caseassist.vault.errors import IdentityLocked
from caseassist.vault.tables.cases import CaseFile, NeedRow
from caseassist.vault.vault import Vault


def find_cases(vault: Vault, query: CaseQuery, *, limit: int = 50) -> list[CaseSummary]:
    """Cases matching every part of `query`, newest first; a name needs the identity key.

    Without a name: one walk down `ix_case_find` in date order, filtering
    inside the index and probing each case's needs through
    `ix_need_case_cover`, stops at `limit` matches. With a name: the sealed
    name directory gives the matching ids; the newest (ids are time-ordered)
    are checked against the other filters 500 at a time.
    """
    refuse_supervisor(vault)
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
            clauses.append(select(NeedRow.case_id).where(*has_need).exists())
        walk = select(*SUMMARY_COLUMNS).where(*clauses)
        if query.by_name:
            named = sorted(name_shards.matching(vault, session, query.words), reverse=True)
            rows: list = []
            step = 500 if clauses else limit  # no other filter: the newest ids are the answer
            for i in range(0, len(named), step):
                rows += session.exec(walk.where(col(CaseFile.id).in_(named[i : i + step]))).all()
                if len(rows) >= limit:
                    break
            rows = sorted(rows, key=lambda r: r.opened_at, reverse=True)[:limit]
        else:
            rows = list(session.exec(walk.order_by(col(CaseFile.opened_at).desc()).limit(limit)))
        ids = [r.id for r in rows]
        counts = need_counts(session, ids, now)
        due = household_store.due_counts(session, ids, now.date())
        vault.audit(session, "case.find", str(len(rows)))
        return summaries(vault, rows, counts, due)
