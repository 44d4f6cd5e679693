"""Pages of cases and their result lines; the lookup for a returning survivor.

A page reads the case rows' own columns (need counts and due times kept current
on every change), never the facts, and decrypts the names with one cipher.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from sqlalchemy import and_, func, literal_column, or_
from sqlalchemy import case as sql_case
from sqlmodel import Session, col, select

from caseassist.cases import needs as need_rules
from caseassist.cases.model import CaseSummary
from caseassist.vault import household_store
from caseassist.vault.case_common import (
    fold_for_search,
    holds_in_full,
    now_utc,
    overdue_count,
    refuse_supervisor,
    utc,
)
from caseassist.vault.case_facts import age_band
from caseassist.vault.errors import IdentityLocked
from caseassist.vault.tables.cases import CaseFile, NeedRow
from caseassist.vault.vault import Vault


def count_cases(vault: Vault, *, status: str | None = "open", mine: bool = False) -> int:
    with vault.session() as session:
        query = select(func.count()).select_from(CaseFile)
        if status:
            query = query.where(CaseFile.status == status)
        if mine:
            query = query.where(CaseFile.caseworker == vault.user)
        return int(session.exec(query).one())


_WRITTEN = literal_column("case_file.rowid")
"""Ties (the same attention or opening time) in the order the cases were written."""


def list_cases(
    vault: Vault,
    *,
    status: str | None = "open",
    mine: bool = False,
    limit: int = 200,
    offset: int = 0,
    now: dt.datetime | None = None,
    overdue_first: bool = True,
    overdue_only: bool = False,
) -> list[CaseSummary]:
    """One page of cases, overdue first (most overdue at the top); names only with the identity key.

    Uses `case_file.attention_at` (when the case's first open need falls
    overdue) and the case's need counts and due times, kept current on every
    need change, so a page costs two indexed range reads whatever the caseload.
    """
    refuse_supervisor(vault)
    now = now or now_utc()

    def base():
        q = select(*_LIST_COLUMNS)  # plain rows, not the facts or transcript blobs
        if status:
            q = q.where(CaseFile.status == status)
        if mine:
            q = q.where(CaseFile.caseworker == vault.user)
        return q

    overdue = col(CaseFile.attention_at) <= now
    with vault.session() as session:
        rows: list = []  # rows of _LIST_COLUMNS: no ORM objects to build for a list
        if overdue_first or overdue_only:
            rows = list(
                session.exec(
                    base()
                    .where(overdue)
                    .order_by(col(CaseFile.attention_at), _WRITTEN)
                    .limit(limit)
                    .offset(offset)
                )
            )
            if len(rows) < limit and not overdue_only:
                n_over = int(
                    session.exec(
                        select(func.count()).select_from(base().where(overdue).subquery())
                    ).one()
                )
                rest = session.exec(
                    base()
                    .where(
                        or_(col(CaseFile.attention_at).is_(None), col(CaseFile.attention_at) > now)
                    )
                    .order_by(col(CaseFile.opened_at).desc(), _WRITTEN.desc())
                    .limit(limit - len(rows))
                    .offset(max(0, offset - n_over))
                )
                rows += list(rest)
        else:
            rows = list(
                session.exec(
                    base().order_by(col(CaseFile.opened_at).desc()).limit(limit).offset(offset)
                )
            )
        counts = {r.id: (r.open_needs, overdue_count(r.overdue_times, now)) for r in rows}
        due = household_store.due_counts(session, [r.id for r in rows], now.date())
        vault.audit(session, "case.overdue" if overdue_only else "case.list", f"{len(rows)}")
        return summaries(vault, rows, counts, due)


SUMMARY_COLUMNS = (
    CaseFile.id,
    CaseFile.code,
    CaseFile.status,
    CaseFile.opened_at,
    CaseFile.closed_at,
    CaseFile.caseworker,
    CaseFile.name_sealed,
    CaseFile.age_band,
    CaseFile.language,
)
"""What a result line shows; `case_find` walks these from `ix_case_find`, so no case row is read."""


_LIST_COLUMNS = (
    *SUMMARY_COLUMNS,
    CaseFile.attention_at,
    CaseFile.open_needs,
    CaseFile.overdue_times,
)
"""A list page's: the overdue ones all in `ix_case_attention_cover`, need counts included."""


def need_counts(
    session: Session, case_ids: list[str], now: dt.datetime
) -> dict[str, tuple[int, int]]:
    """Per case: (open needs, overdue needs), counted by SQLite in one grouped read of
    `ix_need_case_cover` per 500 cases; the overdue test is `needs.is_overdue` as bounds."""
    identified_by, target_before = need_rules.overdue_cutoffs(now)
    overdue = sql_case(
        (
            and_(
                NeedRow.horizon == "immediate",
                NeedRow.status == "identified",
                col(NeedRow.identified_at) <= identified_by,
            ),
            1,
        ),
        (
            and_(
                NeedRow.horizon != "immediate",
                col(NeedRow.target_date).is_not(None),
                col(NeedRow.target_date) < target_before,
            ),
            1,
        ),
        else_=0,
    )
    out: dict[str, tuple[int, int]] = {}
    for i in range(0, len(case_ids), 500):
        chunk = case_ids[i : i + 500]
        q = (
            select(NeedRow.case_id, func.count(), func.sum(overdue))
            .where(  # a met or declined need counts as neither open nor overdue
                col(NeedRow.case_id).in_(chunk), col(NeedRow.status).not_in(("met", "declined"))
            )
            .group_by(NeedRow.case_id)
        )
        out.update((case_id, (int(n), int(late))) for case_id, n, late in session.exec(q))
    return out


def summaries(vault: Vault, rows: Sequence, counts: Mapping, due: Mapping) -> list[CaseSummary]:
    """A page's result lines, the names decrypted with one cipher for the whole page."""
    unseal = vault.unsealer("case_file", "name_sealed") if vault.can_read_identity else None
    return [
        case_summary(vault, r, *counts.get(r.id, (0, 0)), due=due.get(r.id), unseal=unseal)
        for r in rows
    ]


def overdue_cases(
    vault: Vault, *, now: dt.datetime | None = None, limit: int = 1000
) -> list[CaseSummary]:
    """Open cases with at least one overdue need, most overdue first."""
    return list_cases(vault, status="open", now=now, limit=limit, overdue_only=True)


def case_summary(
    vault: Vault,
    case: CaseFile,
    open_n: int,
    overdue_n: int,
    *,
    due: tuple[int, int, dt.date | None] | None = None,
    unseal: Callable[[str, bytes], str] | None = None,
) -> CaseSummary:
    name = None
    in_full = holds_in_full(vault, case.caseworker)
    if in_full and case.name_sealed is not None:
        if unseal is not None:
            name = unseal(case.id, case.name_sealed)
        else:
            name = vault.unseal("case_file", "name_sealed", case.id, case.name_sealed)
    return CaseSummary(
        code=case.code,
        status=case.status,
        opened=utc(case.opened_at),
        closed=utc(case.closed_at),
        caseworker=case.caseworker,
        name=name,
        # Survivor attributes go only to accounts that may see who she is: for a
        # supervisor they single out one person in a list (`cases.supervision`).
        age_band=case.age_band if in_full else None,
        language=case.language if in_full else None,
        open_needs=int(open_n),
        overdue_needs=int(overdue_n),
        due_today=due[0] if due else 0,
        late_steps=due[1] if due else 0,
        next_due=due[2] if due else None,
        in_full=in_full,
    )


def candidates_for_return(
    vault: Vault,
    *,
    name: str | None,
    age: int | None,
    language: str | None,
    country: str | None,
    limit: int = 5,
) -> list[tuple[CaseSummary, list[str]]]:
    """Existing cases that may be the same person, with what matched (staff confirm)."""
    if not vault.can_read_identity:
        raise IdentityLocked()
    folded = fold_for_search(name) if name else ""
    band = age_band(age)
    scored: list[tuple[int, CaseSummary, list[str]]] = []
    with vault.session() as session:
        query = select(CaseFile)
        clauses = []
        if folded:
            clauses.append(CaseFile.name_index == vault.name_index(folded))
        if language:
            clauses.append(CaseFile.language == language)
        if not clauses:
            return []
        for case in session.exec(query.where(or_(*clauses)).limit(2000)):
            why: list[str] = []
            score = 0
            if folded and case.name_index == vault.name_index(folded):
                score += 5
                why.append("name")
            if band and case.age_band == band:
                score += 1
                why.append("age")
            if language and case.language == language:
                score += 1
                why.append("language")
            if country and case.country == country:
                score += 2
                why.append("country")
            if score >= 5 or (score >= 4 and "name" not in why and len(why) >= 3):
                scored.append((score, case_summary(vault, case, 0, 0), why))
        vault.audit(session, "case.lookup", str(len(scored)))
    scored.sort(key=lambda t: (-t[0], t[1].code))
    return [(s, w) for _score, s, w in scored[:limit]]
