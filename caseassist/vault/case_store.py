"""Cases in the vault: plain records in, plain records out; identifying values sealed.

The case itself: opening, facts, needs and when they fall overdue, listing,
reading and exporting the whole case, closing, assigning and purging. Plans and
notes, consents and referrals have their own stores (`plan_store`,
`note_store`, `consent_store`, `referral_store`); `case_common` holds what they
share.

Every function takes an unlocked `Vault`, runs in one transaction and audits
what it does (views and exports included). Targets in the audit are case codes,
never names.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence

from sqlalchemy import and_, func, literal_column, or_
from sqlalchemy import case as sql_case
from sqlmodel import Session, col, delete, select

from caseassist.cases import closing, codes
from caseassist.cases import needs as need_rules
from caseassist.cases.model import (
    CaseDetail,
    CaseSummary,
    FactRecord,
    Goal,
    Need,
    NeedChange,
    Note,
    Referral,
    Step,
)
from caseassist.errors import CaseAssistError, InvalidInput
from caseassist.i18n import _
from caseassist.vault import household_store, name_shards
from caseassist.vault.case_common import (
    find_case,
    fold_for_search,
    now_utc,
    overdue_count,
    refresh_attention,
    require_editable,
    utc,
)
from caseassist.vault.errors import IdentityLocked, NoSuchCase, NoSuchNeed, NotAllowed
from caseassist.vault.note_store import note_revisions
from caseassist.vault.tables.cases import (
    CaseFile,
    GoalRow,
    NeedEvent,
    NeedRow,
    NoteRow,
    ReferralRow,
    StepRow,
)
from caseassist.vault.vault import Role, Vault, new_id


def age_band(age: object) -> str | None:
    """The reports' band for a stored age (None for anything but a plain whole number).

    The reports package is imported here, on the write path that projects an age,
    so a command that only lists or finds cases does not load it."""
    if not isinstance(age, int) or isinstance(age, bool) or age < 0:
        return None
    from caseassist.reports.rows import age_band as report_age_band

    return report_age_band(age)


# -- creating ------------------------------------------------------------------------------


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
    _project(vault, row, facts)
    if intake_state is not None:
        row.intake_sealed = vault.seal(
            "case_file", "intake_sealed", case_id, json.dumps(intake_state, sort_keys=True)
        )
    _store_facts(vault, row, {f.fact_id: f for f in facts})
    session.add(row)
    session.flush()
    _index_names(vault, session, row, {f.fact_id: f for f in facts})
    for category, horizon in needs:
        session.add(_need_row(case_id, category, horizon, opened_at, derived=True))
    refresh_attention(session, row)
    vault.audit(session, "case.create", code)
    return code


def _seal_search_names(vault: Vault, case: CaseFile, fact: FactRecord) -> None:
    """The name and aliases a search decrypts, sealed on the case row (never indexed in clear)."""
    if fact.state != "known" or not isinstance(fact.value, str) or not fact.value.strip():
        return
    if fact.fact_id == "person.name":
        case.name_sealed = vault.seal("case_file", "name_sealed", case.id, fact.value)
        case.name_index = vault.name_index(fold_for_search(fact.value))
    elif fact.fact_id == "person.alias":
        case.alias_sealed = vault.seal("case_file", "alias_sealed", case.id, fact.value)


def _index_names(
    vault: Vault, session: Session, case: CaseFile, facts: Mapping[str, FactRecord]
) -> None:
    """Keep the sealed name directory (`name_shards`) in step with the case's name and alias."""

    def known(fact_id: str) -> str | None:
        f = facts.get(fact_id)
        ok = f is not None and f.state == "known" and isinstance(f.value, str)
        return str(f.value) if ok and f is not None else None

    name_shards.put(
        vault,
        session,
        case.id,
        name_shards.search_text(known("person.name"), known("person.alias")),
    )


def _free_code(session: Session) -> str:
    while True:
        code = codes.new_code()
        if session.exec(select(CaseFile.id).where(CaseFile.code == code)).first() is None:
            return code


def _fact_entry(fact: FactRecord) -> dict:
    return {
        "state": fact.state,
        "value": fact.value if fact.state == "known" else None,
        "source": fact.source,
        "by": fact.recorded_by,
        "at": fact.recorded_at.isoformat(),
    }


def _project(vault: Vault, case: CaseFile, facts: Iterable[FactRecord]) -> None:
    """Copy what lists, searches and reports read from the known facts onto the case's own
    columns: the sealed name and alias (and the name's index), age band, country, language."""
    for fact in facts:
        _seal_search_names(vault, case, fact)
        if fact.state != "known":
            continue
        if fact.fact_id == "person.age":
            case.age_band = age_band(fact.value)
        elif fact.fact_id == "person.preferred_language":
            case.language = str(fact.value)
        elif fact.fact_id == "person.country_of_origin":
            case.country = str(fact.value)


def _store_facts(vault: Vault, case: CaseFile, facts: Mapping[str, FactRecord]) -> None:
    case.facts_json, case.facts_sealed = fact_documents(vault, case.id, facts)


def fact_documents(
    vault: Vault, case_id: str, facts: Mapping[str, FactRecord]
) -> tuple[str, bytes | None]:
    """A case's facts as two documents: plain JSON for the rest, one sealed blob for identifying ones."""
    plain = {k: _fact_entry(f) for k, f in sorted(facts.items()) if not f.identifying}
    secret = {k: _fact_entry(f) for k, f in sorted(facts.items()) if f.identifying}
    sealed = (
        vault.seal(
            "case_file",
            "facts_sealed",
            case_id,
            json.dumps(secret, ensure_ascii=False, sort_keys=True),
        )
        if secret
        else None
    )
    return json.dumps(plain, ensure_ascii=False, sort_keys=True), sealed


def _load_facts(vault: Vault, case: CaseFile) -> dict[str, FactRecord]:
    docs = [(json.loads(case.facts_json or "{}"), False)]
    if case.facts_sealed is not None:
        docs.append(
            (
                json.loads(vault.unseal("case_file", "facts_sealed", case.id, case.facts_sealed)),
                True,
            )
        )
    out: dict[str, FactRecord] = {}
    for doc, identifying in docs:
        for fact_id, e in doc.items():
            out[fact_id] = FactRecord(
                fact_id,
                e["state"],
                e.get("value"),
                e.get("source", ""),
                e.get("by", ""),
                utc(dt.datetime.fromisoformat(e["at"])),
                identifying,
            )
    return dict(sorted(out.items()))


def _need_row(
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


# -- reading -------------------------------------------------------------------------------


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
        return _summaries(vault, rows, counts, due)


_SUMMARY_COLUMNS = (
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
    *_SUMMARY_COLUMNS,
    CaseFile.attention_at,
    CaseFile.open_needs,
    CaseFile.overdue_times,
)
"""A list page's: the overdue ones all in `ix_case_attention_cover`, need counts included."""


def _need_counts(
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


def _summaries(vault: Vault, rows: Sequence, counts: Mapping, due: Mapping) -> list[CaseSummary]:
    """A page's result lines, the names decrypted with one cipher for the whole page."""
    unseal = vault.unsealer("case_file", "name_sealed") if vault.can_read_identity else None
    return [
        _summary(vault, r, *counts.get(r.id, (0, 0)), due=due.get(r.id), unseal=unseal)
        for r in rows
    ]


def overdue_cases(
    vault: Vault, *, now: dt.datetime | None = None, limit: int = 1000
) -> list[CaseSummary]:
    """Open cases with at least one overdue need, most overdue first."""
    return list_cases(vault, status="open", now=now, limit=limit, overdue_only=True)


def _summary(
    vault: Vault,
    case: CaseFile,
    open_n: int,
    overdue_n: int,
    *,
    due: tuple[int, int] | None = None,
    unseal: Callable[[str, bytes], str] | None = None,
) -> CaseSummary:
    name = None
    if vault.can_read_identity and case.name_sealed is not None:
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
        age_band=case.age_band,
        language=case.language,
        open_needs=int(open_n),
        overdue_needs=int(overdue_n),
        due_today=due[0] if due else 0,
        late_steps=due[1] if due else 0,
    )


def get_case(
    vault: Vault, code: str, *, now: dt.datetime | None = None, action: str = "case.view"
) -> CaseDetail:
    """The whole case, decrypted; refused to accounts without the identity key."""
    if not vault.can_read_identity:
        raise NotAllowed(_("open a case's details"))
    now = now or now_utc()
    with vault.session() as session:
        case = find_case(session, code)
        facts = tuple(_load_facts(vault, case).values())
        need_rows = list(
            session.exec(
                select(NeedRow).where(NeedRow.case_id == case.id).order_by(NeedRow.identified_at)
            )
        )
        needs = tuple(_need(vault, n, now) for n in need_rows)
        changes: dict[str, list[NeedChange]] = {n.id: [] for n in need_rows}
        for e in session.exec(  # every need's history in one query, not one per need
            select(NeedEvent)
            .where(col(NeedEvent.need_id).in_(list(changes)))
            .order_by(NeedEvent.at, NeedEvent.id)
        ):
            changes[e.need_id].append(NeedChange(utc(e.at), e.account, e.field, e.old, e.new))
        history = {need_id: tuple(c) for need_id, c in changes.items()}
        notes = tuple(
            Note(
                r.id,
                r.author,
                utc(r.created_at),
                vault.unseal("note", "body_sealed", r.id, r.body_sealed),
                note_revisions(vault, session, r.id),
            )
            for r in session.exec(
                select(NoteRow).where(NoteRow.case_id == case.id).order_by(NoteRow.created_at)
            )
        )
        members = household_store.members_of(session, case.id)
        appointments = household_store.appointments_of(vault, session, case.id)
        goals = _goals(vault, session, case.id)
        cats = {n.id: n.category for n in need_rows}
        refs = tuple(
            Referral(
                r.id,
                r.need_id,
                cats.get(r.need_id, ""),
                r.service_id,
                r.provider,
                r.status,
                r.consent_id,
                utc(r.created_at),
            )
            for r in session.exec(
                select(ReferralRow)
                .where(ReferralRow.case_id == case.id)
                .order_by(ReferralRow.created_at)
            )
        )
        intake = None
        if case.intake_sealed is not None:
            intake = json.loads(
                vault.unseal("case_file", "intake_sealed", case.id, case.intake_sealed)
            )
        open_n = sum(1 for n in needs if n.status not in ("met", "declined"))
        due = household_store.due_counts(session, [case.id], now.date()).get(case.id)
        summary = _summary(vault, case, open_n, sum(1 for n in needs if n.overdue), due=due)
        vault.audit(session, action, case.code)
        return CaseDetail(
            summary,
            case.close_reason,
            facts,
            needs,
            notes,
            goals,
            refs,
            history,
            intake,
            members,
            appointments,
        )


def _need(vault: Vault, n: NeedRow, now: dt.datetime) -> Need:
    identified = utc(n.identified_at)
    note = (
        vault.unseal("need", "note_sealed", n.id, n.note_sealed)
        if n.note_sealed is not None
        else ""
    )
    return Need(
        n.id,
        n.category,
        n.horizon,
        n.status,
        n.priority,
        n.target_date,
        identified,
        n.derived,
        need_rules.is_overdue(n.horizon, n.status, identified, n.target_date, now),
        n.member_id,
        note,
    )


def _goals(vault: Vault, session: Session, case_id: str) -> tuple[Goal, ...]:
    """A case's plan: its goals, then every goal's steps in one query (not one per goal)."""
    rows = list(
        session.exec(select(GoalRow).where(GoalRow.case_id == case_id).order_by(GoalRow.created_at))
    )
    steps: dict[str, list[Step]] = {g.id: [] for g in rows}
    for s in session.exec(
        select(StepRow)
        .where(col(StepRow.goal_id).in_(list(steps)))
        .order_by(StepRow.created_at, StepRow.id)
    ):
        steps[s.goal_id].append(
            Step(
                s.id,
                vault.unseal("plan_step", "text_sealed", s.id, s.text_sealed),
                s.owner,
                s.due,
                utc(s.done_at),
            )
        )
    return tuple(
        Goal(
            g.id,
            vault.unseal("plan_goal", "text_sealed", g.id, g.text_sealed),
            g.need_category,
            g.status,
            tuple(steps[g.id]),
        )
        for g in rows
    )


def export_case(vault: Vault, code: str, *, action: str = "case.export") -> dict:
    """Everything about one case as plain JSON-able data; never for a supervisor."""
    if vault.role is Role.supervisor or not vault.can_read_identity:
        raise NotAllowed(_("export a case"))
    detail = get_case(vault, code, action=action)
    s = detail.summary
    return {
        "code": s.code,
        "status": s.status,
        "opened": s.opened.isoformat(timespec="seconds"),
        "closed": s.closed.isoformat(timespec="seconds") if s.closed else None,
        "close_reason": detail.close_reason,
        "caseworker": s.caseworker,
        "name": s.name,
        "facts": {
            f.fact_id: {
                "state": f.state,
                "value": f.value,
                "source": f.source,
                "recorded_by": f.recorded_by,
                "recorded_at": f.recorded_at.isoformat(timespec="seconds"),
            }
            for f in detail.facts
        },
        "needs": [
            {
                "id": n.id,
                "member": n.member_id,
                "note": n.note,
                "category": n.category,
                "horizon": n.horizon,
                "status": n.status,
                "priority": n.priority,
                "target_date": n.target_date.isoformat() if n.target_date else None,
                "identified_at": n.identified_at.isoformat(timespec="seconds"),
                "overdue": n.overdue,
                "history": [
                    {
                        "at": c.at.isoformat(timespec="seconds"),
                        "by": c.account,
                        "field": c.field,
                        "from": c.old,
                        "to": c.new,
                    }
                    for c in detail.history.get(n.id, ())
                ],
            }
            for n in detail.needs
        ],
        "notes": [
            {
                "id": n.id,
                "at": n.created_at.isoformat(timespec="seconds"),
                "by": n.author,
                "text": n.text,
                "earlier": [
                    {
                        "replaced_at": r.replaced_at.isoformat(timespec="seconds"),
                        "by": r.replaced_by,
                        "text": r.text,
                    }
                    for r in n.revisions
                ],
            }
            for n in detail.notes
        ],
        "household": [{"id": m.id, "relation": m.relation, "age": m.age} for m in detail.members],
        "appointments": [
            {
                "id": a.id,
                "on": a.on.isoformat(),
                "time": a.at_time or None,
                "what": a.what,
                "status": a.status,
            }
            for a in detail.appointments
        ],
        "plan": [
            {
                "id": g.id,
                "goal": g.text,
                "status": g.status,
                "need": g.need_category,
                "steps": [
                    {
                        "id": st.id,
                        "text": st.text,
                        "owner": st.owner,
                        "due": st.due.isoformat() if st.due else None,
                        "done": st.done_at is not None,
                    }
                    for st in g.steps
                ],
            }
            for g in detail.goals
        ],
        "referrals": [
            {
                "need": r.category,
                "service": r.service_id,
                "provider": r.provider,
                "status": r.status,
            }
            for r in detail.referrals
        ],
    }


# -- changing ------------------------------------------------------------------------------


def set_facts(
    vault: Vault, code: str, facts: Sequence[FactRecord], *, intake_state: dict | None = None
) -> None:
    """Insert or replace facts (corrections and later intake sessions)."""
    require_editable(vault)
    with vault.session() as session:
        set_facts_in(vault, session, code, facts, intake_state=intake_state)


def set_facts_in(
    vault: Vault,
    session: Session,
    code: str,
    facts: Sequence[FactRecord],
    *,
    intake_state: dict | None = None,
) -> None:
    """`set_facts` inside the caller's transaction (a use case that writes more than facts)."""
    require_editable(vault)
    case = find_case(session, code)
    current = _load_facts(vault, case)
    current.update({f.fact_id: f for f in facts})
    _store_facts(vault, case, current)
    _project(vault, case, facts)
    if intake_state is not None:
        case.intake_sealed = vault.seal(
            "case_file", "intake_sealed", case.id, json.dumps(intake_state, sort_keys=True)
        )
    if any(f.fact_id in ("person.name", "person.alias") for f in facts):
        _index_names(vault, session, case, current)
    case.updated_at = now_utc()
    session.add(case)
    vault.audit(session, "case.facts", case.code)


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
    case = find_case(session, code)
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
            session.add(_need_row(case.id, category, horizon, now, derived=True))
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
        case = find_case(session, code)
        if member_id is not None and household_store.member_case(session, member_id) != case.id:
            raise NoSuchCase()
        row = _need_row(case.id, category, horizon, now_utc(), derived=False)
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


def close_case(vault: Vault, code: str, reason: str) -> None:
    """Close with an exit reason code (`cases.closing.REASONS`); caseworkers and admins."""
    vault.require(Role.caseworker, Role.admin, what=_("close cases"))
    reason = closing.check_reason(reason)
    with vault.session() as session:
        case = find_case(session, code)
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
        case = find_case(session, code)
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
                scored.append((score, _summary(vault, case, 0, 0), why))
        vault.audit(session, "case.lookup", str(len(scored)))
    scored.sort(key=lambda t: (-t[0], t[1].code))
    return [(s, w) for _score, s, w in scored[:limit]]


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
