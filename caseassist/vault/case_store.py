"""Cases in the vault: plain records in, plain records out; identifying values sealed.

Every function takes an unlocked `Vault`, runs in one transaction and audits
what it does (views and exports included). Targets in the audit are case codes,
never names.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence

from sqlalchemy import case as sql_case
from sqlalchemy import func, or_
from sqlmodel import Session, col, delete, select

from caseassist.cases import codes
from caseassist.cases import needs as need_rules
from caseassist.cases import referrals as referral_rules
from caseassist.cases.consent import Consent
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
from caseassist.i18n import _
from caseassist.vault.errors import IdentityLocked, NotAllowed, VaultError
from caseassist.vault.tables.cases import (
    CaseFile,
    ConsentRow,
    FactRow,
    GoalRow,
    NeedEvent,
    NeedRow,
    NoteRow,
    ReferralEvent,
    ReferralRow,
    StepRow,
)
from caseassist.vault.vault import Role, Vault, new_id


class NoSuchCase(VaultError):
    exit_code = 2

    def __init__(self) -> None:
        super().__init__(_("There is no case with that code."))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def utc(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite keeps datetimes without zone; the vault writes UTC, so read them back as UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def age_band(age: object) -> str | None:
    if not isinstance(age, int) or isinstance(age, bool):
        return None
    return "under_18" if age < 18 else "18_24" if age < 25 else "25_59" if age < 60 else "60_plus"


def fold_name(name: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


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
    opened_at = opened_at or _now()
    case_id = new_id()
    code = _free_code(session)
    by_id = {f.fact_id: f for f in facts}
    lang = by_id.get("person.preferred_language")
    country = by_id.get("person.country_of_origin")
    name = by_id.get("person.name")
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
        age_band=age_band(by_id["person.age"].value)
        if "person.age" in by_id and by_id["person.age"].state == "known"
        else None,
        country=str(country.value) if country and country.state == "known" else None,
        language=str(lang.value) if lang and lang.state == "known" else None,
    )
    if name and name.state == "known" and isinstance(name.value, str):
        row.name_sealed = vault.seal("case_file", "name_sealed", case_id, name.value)
        row.name_index = vault.name_index(fold_name(name.value))
    if intake_state is not None:
        row.intake_sealed = vault.seal(
            "case_file", "intake_sealed", case_id, json.dumps(intake_state, sort_keys=True)
        )
    session.add(row)
    session.flush()
    for fact in facts:
        session.add(_fact_row(vault, case_id, fact))
    for category, horizon in needs:
        session.add(_need_row(case_id, category, horizon, opened_at, derived=True))
    vault.audit(session, "case.create", code)
    return code


def _free_code(session: Session) -> str:
    while True:
        code = codes.new_code()
        if session.exec(select(CaseFile.id).where(CaseFile.code == code)).first() is None:
            return code


def _fact_row(vault: Vault, case_id: str, fact: FactRecord) -> FactRow:
    row_id = new_id()
    row = FactRow(
        id=row_id,
        case_id=case_id,
        fact_id=fact.fact_id,
        state=fact.state,
        source=fact.source,
        recorded_by=fact.recorded_by,
        recorded_at=fact.recorded_at,
    )
    if fact.state == "known":
        encoded = json.dumps(fact.value, ensure_ascii=False)
        if fact.identifying:
            row.value_sealed = vault.seal("fact", fact.fact_id, case_id, encoded)
        else:
            row.value_json = encoded
    return row


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


def _case(session: Session, code: str) -> CaseFile:
    row = session.exec(select(CaseFile).where(CaseFile.code == codes.normalize(code))).first()
    if row is None:
        raise NoSuchCase()
    return row


def count_cases(vault: Vault, *, status: str | None = "open", mine: bool = False) -> int:
    with vault.session() as session:
        query = select(func.count()).select_from(CaseFile)
        if status:
            query = query.where(CaseFile.status == status)
        if mine:
            query = query.where(CaseFile.caseworker == vault.user)
        return int(session.exec(query).one())


def list_cases(
    vault: Vault,
    *,
    status: str | None = "open",
    mine: bool = False,
    limit: int = 200,
    offset: int = 0,
    now: dt.datetime | None = None,
    overdue_first: bool = True,
) -> list[CaseSummary]:
    """One page of cases; names only for accounts holding the identity key."""
    now = now or _now()
    cutoff = now - dt.timedelta(hours=need_rules.rules().immediate_hours)
    today = now.date()
    open_need = col(NeedRow.status).not_in(("met", "declined"))
    overdue = or_(
        (NeedRow.horizon == "immediate")
        & (NeedRow.status == "identified")
        & (NeedRow.identified_at < cutoff),
        (NeedRow.horizon == "long_term") & open_need & (NeedRow.target_date < today),
    )
    needs_q = (
        select(
            NeedRow.case_id,
            func.sum(sql_case((open_need, 1), else_=0)).label("open_n"),
            func.sum(sql_case((overdue, 1), else_=0)).label("overdue_n"),
        )
        .group_by(NeedRow.case_id)
        .subquery()
    )
    with vault.session() as session:
        query = select(CaseFile, needs_q.c.open_n, needs_q.c.overdue_n).join(
            needs_q, needs_q.c.case_id == CaseFile.id, isouter=True
        )
        if status:
            query = query.where(CaseFile.status == status)
        if mine:
            query = query.where(CaseFile.caseworker == vault.user)
        order = [col(CaseFile.opened_at).desc()]
        if overdue_first:
            order.insert(0, func.coalesce(needs_q.c.overdue_n, 0).desc())
        rows = session.exec(query.order_by(*order).limit(limit).offset(offset)).all()
        vault.audit(session, "case.list", f"{len(rows)}")
        return [
            _summary(vault, case, open_n or 0, overdue_n or 0) for case, open_n, overdue_n in rows
        ]


def _summary(vault: Vault, case: CaseFile, open_n: int, overdue_n: int) -> CaseSummary:
    name = None
    if vault.can_read_identity and case.name_sealed is not None:
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
    )


def get_case(
    vault: Vault, code: str, *, now: dt.datetime | None = None, action: str = "case.view"
) -> CaseDetail:
    """The whole case, decrypted; refused to accounts without the identity key."""
    if not vault.can_read_identity:
        raise NotAllowed(_("open a case's details"))
    now = now or _now()
    with vault.session() as session:
        case = _case(session, code)
        facts = tuple(
            _fact_record(vault, case.id, r)
            for r in session.exec(
                select(FactRow).where(FactRow.case_id == case.id).order_by(FactRow.fact_id)
            )
        )
        need_rows = list(
            session.exec(
                select(NeedRow).where(NeedRow.case_id == case.id).order_by(NeedRow.identified_at)
            )
        )
        needs = tuple(_need(n, now) for n in need_rows)
        history = {}
        for n in need_rows:
            events = session.exec(
                select(NeedEvent).where(NeedEvent.need_id == n.id).order_by(NeedEvent.at)
            )
            history[n.id] = tuple(
                NeedChange(utc(e.at), e.account, e.field, e.old, e.new) for e in events
            )
        notes = tuple(
            Note(
                r.id,
                r.author,
                utc(r.created_at),
                vault.unseal("note", "body_sealed", r.id, r.body_sealed),
            )
            for r in session.exec(
                select(NoteRow).where(NoteRow.case_id == case.id).order_by(NoteRow.created_at)
            )
        )
        goals = tuple(
            _goal(vault, session, g)
            for g in session.exec(
                select(GoalRow).where(GoalRow.case_id == case.id).order_by(GoalRow.created_at)
            )
        )
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
        summary = _summary(vault, case, open_n, sum(1 for n in needs if n.overdue))
        vault.audit(session, action, case.code)
        return CaseDetail(
            summary, case.close_reason, facts, needs, notes, goals, refs, history, intake
        )


def _fact_record(vault: Vault, case_id: str, row: FactRow) -> FactRecord:
    value: object = None
    identifying = row.value_sealed is not None
    if row.value_json is not None:
        value = json.loads(row.value_json)
    elif row.value_sealed is not None:
        value = json.loads(vault.unseal("fact", row.fact_id, case_id, row.value_sealed))
    return FactRecord(
        row.fact_id,
        row.state,
        value,
        row.source,
        row.recorded_by,
        utc(row.recorded_at),
        identifying,
    )


def _need(n: NeedRow, now: dt.datetime) -> Need:
    identified = utc(n.identified_at)
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
    )


def _goal(vault: Vault, session: Session, g: GoalRow) -> Goal:
    steps = tuple(
        Step(
            s.id,
            vault.unseal("plan_step", "text_sealed", s.id, s.text_sealed),
            s.owner,
            s.due,
            utc(s.done_at),
        )
        for s in session.exec(
            select(StepRow).where(StepRow.goal_id == g.id).order_by(StepRow.created_at)
        )
    )
    return Goal(
        g.id,
        vault.unseal("plan_goal", "text_sealed", g.id, g.text_sealed),
        g.need_category,
        g.status,
        steps,
    )


def export_case(vault: Vault, code: str) -> dict:
    """Everything about one case as plain JSON-able data; never for a supervisor."""
    if vault.role is Role.supervisor or not vault.can_read_identity:
        raise NotAllowed(_("export a case"))
    detail = get_case(vault, code, action="case.export")
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
            {"at": n.created_at.isoformat(timespec="seconds"), "by": n.author, "text": n.text}
            for n in detail.notes
        ],
        "plan": [
            {
                "goal": g.text,
                "status": g.status,
                "need": g.need_category,
                "steps": [
                    {
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


def _editable(vault: Vault) -> None:
    vault.require(Role.intake, Role.caseworker, Role.admin, what=_("change cases"))


def set_facts(
    vault: Vault, code: str, facts: Sequence[FactRecord], *, intake_state: dict | None = None
) -> None:
    """Insert or replace facts (corrections and later intake sessions)."""
    _editable(vault)
    with vault.session() as session:
        case = _case(session, code)
        for fact in facts:
            session.exec(
                delete(FactRow).where(FactRow.case_id == case.id, FactRow.fact_id == fact.fact_id)
            )
            session.add(_fact_row(vault, case.id, fact))
            if (
                fact.fact_id == "person.name"
                and fact.state == "known"
                and isinstance(fact.value, str)
            ):
                case.name_sealed = vault.seal("case_file", "name_sealed", case.id, fact.value)
                case.name_index = vault.name_index(fold_name(fact.value))
            if fact.fact_id == "person.age" and fact.state == "known":
                case.age_band = age_band(fact.value)
            if fact.fact_id == "person.preferred_language" and fact.state == "known":
                case.language = str(fact.value)
            if fact.fact_id == "person.country_of_origin" and fact.state == "known":
                case.country = str(fact.value)
        if intake_state is not None:
            case.intake_sealed = vault.seal(
                "case_file", "intake_sealed", case.id, json.dumps(intake_state, sort_keys=True)
            )
        case.updated_at = _now()
        session.add(case)
        vault.audit(session, "case.facts", case.code)


def sync_derived_needs(vault: Vault, code: str, derived: Iterable[tuple[str, str]]) -> list[str]:
    """Add needs the facts now imply (never removes one: staff close needs by hand)."""
    _editable(vault)
    added = []
    with vault.session() as session:
        case = _case(session, code)
        have = set(session.exec(select(NeedRow.category).where(NeedRow.case_id == case.id)))
        now = _now()
        for category, horizon in derived:
            if category not in have:
                session.add(_need_row(case.id, category, horizon, now, derived=True))
                added.append(category)
        if added:
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
) -> str:
    _editable(vault)
    horizon = horizon or need_rules.default_horizon(category)
    if horizon not in need_rules.HORIZONS:
        raise ValueError(horizon)
    with vault.session() as session:
        case = _case(session, code)
        row = _need_row(case.id, category, horizon, _now(), derived=False)
        row.priority, row.target_date = priority, target_date
        session.add(row)
        session.flush()  # the need row before its event (no ORM relationship orders them)
        session.add(
            NeedEvent(
                id=new_id(),
                need_id=row.id,
                at=_now(),
                account=vault.user,
                field="status",
                old="",
                new="identified",
            )
        )
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
    _editable(vault)
    now = _now()
    with vault.session() as session:
        need = session.get(NeedRow, need_id)
        if need is None:
            raise NoSuchCase()
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
        vault.audit(session, "need.change", case.code if case else "")


def add_note(vault: Vault, code: str, text: str) -> str:
    _editable(vault)
    if not text.strip():
        raise ValueError("empty note")
    with vault.session() as session:
        case = _case(session, code)
        note_id = new_id()
        session.add(
            NoteRow(
                id=note_id,
                case_id=case.id,
                author=vault.user,
                created_at=_now(),
                body_sealed=vault.seal("note", "body_sealed", note_id, text),
            )
        )
        vault.audit(session, "note.add", case.code)
        return note_id


def search_notes(
    vault: Vault, query: str, *, code: str | None = None, limit: int = 50
) -> list[tuple[str, Note]]:
    """Notes whose text contains `query` (decrypted here; the database cannot search ciphertext)."""
    if not vault.can_read_identity:
        raise IdentityLocked()
    needle = fold_name(query)
    found: list[tuple[str, Note]] = []
    with vault.session() as session:
        q = select(NoteRow, CaseFile.code).join(CaseFile, CaseFile.id == NoteRow.case_id)
        if code:
            q = q.where(CaseFile.code == codes.normalize(code))
        for row, case_code in session.exec(q.order_by(col(NoteRow.created_at).desc())):
            text = vault.unseal("note", "body_sealed", row.id, row.body_sealed)
            if needle in fold_name(text):
                found.append((case_code, Note(row.id, row.author, utc(row.created_at), text)))
                if len(found) >= limit:
                    break
        vault.audit(session, "note.search", code or "*")
    return found


def add_goal(vault: Vault, code: str, text: str, *, need_category: str = "") -> str:
    _editable(vault)
    with vault.session() as session:
        case = _case(session, code)
        goal_id, now = new_id(), _now()
        session.add(
            GoalRow(
                id=goal_id,
                case_id=case.id,
                need_category=need_category,
                created_at=now,
                updated_at=now,
                text_sealed=vault.seal("plan_goal", "text_sealed", goal_id, text),
            )
        )
        vault.audit(session, "plan.goal", case.code)
        return goal_id


def add_step(
    vault: Vault, goal_id: str, text: str, *, owner: str = "caseworker", due: dt.date | None = None
) -> str:
    _editable(vault)
    if owner not in ("survivor", "caseworker", "provider"):
        raise ValueError(owner)
    with vault.session() as session:
        goal = session.get(GoalRow, goal_id)
        if goal is None:
            raise NoSuchCase()
        step_id = new_id()
        session.add(
            StepRow(
                id=step_id,
                goal_id=goal_id,
                owner=owner,
                due=due,
                created_at=_now(),
                text_sealed=vault.seal("plan_step", "text_sealed", step_id, text),
            )
        )
        vault.audit(session, "plan.step", goal_id)
        return step_id


def complete_step(vault: Vault, step_id: str, done: bool = True) -> None:
    _editable(vault)
    with vault.session() as session:
        step = session.get(StepRow, step_id)
        if step is None:
            raise NoSuchCase()
        step.done_at = _now() if done else None
        session.add(step)
        vault.audit(session, "plan.step.done", step.goal_id)


def set_goal_status(vault: Vault, goal_id: str, status: str) -> None:
    _editable(vault)
    if status not in ("active", "achieved", "dropped"):
        raise ValueError(status)
    with vault.session() as session:
        goal = session.get(GoalRow, goal_id)
        if goal is None:
            raise NoSuchCase()
        goal.status, goal.updated_at = status, _now()
        session.add(goal)
        vault.audit(session, "plan.goal.status", goal_id)


def record_consent(
    vault: Vault,
    code: str,
    *,
    purpose: str,
    recipient: str,
    categories: Sequence[str],
    method: str,
    expires_at: dt.datetime | None,
) -> str:
    _editable(vault)
    from caseassist.cases.consent import check

    check(tuple(categories), method)
    with vault.session() as session:
        case = _case(session, code)
        consent_id = new_id()
        session.add(
            ConsentRow(
                id=consent_id,
                case_id=case.id,
                purpose=purpose,
                recipient=recipient,
                categories=json.dumps(list(categories)),
                method=method,
                given_at=_now(),
                expires_at=expires_at,
                recorded_by=vault.user,
            )
        )
        vault.audit(session, "consent.record", case.code)
        return consent_id


def revoke_consent(vault: Vault, consent_id: str) -> None:
    _editable(vault)
    with vault.session() as session:
        row = session.get(ConsentRow, consent_id)
        if row is None:
            raise NoSuchCase()
        row.revoked_at = _now()
        session.add(row)
        vault.audit(session, "consent.revoke", consent_id)


def get_consent(vault: Vault, consent_id: str) -> Consent | None:
    with vault.session() as session:
        row = session.get(ConsentRow, consent_id)
        if row is None:
            return None
        return Consent(
            row.id,
            row.purpose,
            row.recipient,
            tuple(json.loads(row.categories)),
            row.method,
            utc(row.given_at),
            utc(row.expires_at),
            utc(row.revoked_at),
        )


def consents(vault: Vault, code: str) -> list[Consent]:
    with vault.session() as session:
        case = _case(session, code)
        rows = session.exec(
            select(ConsentRow).where(ConsentRow.case_id == case.id).order_by(ConsentRow.given_at)
        )
        return [
            Consent(
                r.id,
                r.purpose,
                r.recipient,
                tuple(json.loads(r.categories)),
                r.method,
                utc(r.given_at),
                utc(r.expires_at),
                utc(r.revoked_at),
            )
            for r in rows
        ]


def add_referral(
    vault: Vault,
    need_id: str,
    *,
    provider: str,
    service_id: str = "",
    consent_id: str | None = None,
) -> str:
    _editable(vault)
    with vault.session() as session:
        need = session.get(NeedRow, need_id)
        if need is None:
            raise NoSuchCase()
        ref_id, now = new_id(), _now()
        session.add(
            ReferralRow(
                id=ref_id,
                case_id=need.case_id,
                need_id=need_id,
                service_id=service_id,
                provider=provider,
                consent_id=consent_id,
                created_at=now,
                updated_at=now,
                created_by=vault.user,
            )
        )
        case = session.get(CaseFile, need.case_id)
        vault.audit(session, "referral.add", case.code if case else "")
        return ref_id


def change_referral(vault: Vault, referral_id: str, status: str) -> None:
    _editable(vault)
    now = _now()
    with vault.session() as session:
        ref = session.get(ReferralRow, referral_id)
        if ref is None:
            raise NoSuchCase()
        referral_rules.check_transition(ref.status, status)
        session.add(
            ReferralEvent(
                id=new_id(),
                referral_id=ref.id,
                at=now,
                account=vault.user,
                old=ref.status,
                new=status,
            )
        )
        ref.status, ref.updated_at = status, now
        session.add(ref)
        need = session.get(NeedRow, ref.need_id)
        if need is not None and status == "sent" and need.status == "identified":
            session.add(
                NeedEvent(
                    id=new_id(),
                    need_id=need.id,
                    at=now,
                    account=vault.user,
                    field="status",
                    old=need.status,
                    new="referred",
                )
            )
            need.status, need.referred_at = "referred", now
            session.add(need)
        vault.audit(session, "referral.change", referral_id)


def close_case(vault: Vault, code: str, reason: str) -> None:
    _editable(vault)
    with vault.session() as session:
        case = _case(session, code)
        case.status, case.closed_at, case.close_reason, case.updated_at = (
            "closed",
            _now(),
            reason,
            _now(),
        )
        session.add(case)
        vault.audit(session, "case.close", case.code)


def reopen_case(vault: Vault, code: str) -> None:
    _editable(vault)
    with vault.session() as session:
        case = _case(session, code)
        case.status, case.closed_at, case.close_reason, case.updated_at = "open", None, "", _now()
        session.add(case)
        vault.audit(session, "case.reopen", case.code)


def assign(vault: Vault, code: str, caseworker: str) -> None:
    vault.require(Role.caseworker, Role.admin, Role.intake, what=_("assign cases"))
    with vault.session() as session:
        case = _case(session, code)
        case.caseworker = caseworker
        session.add(case)
        vault.audit(session, "case.assign", case.code)


def purge_case(vault: Vault, code: str) -> None:
    """Delete a case and everything under it, then empty the WAL so no text lingers."""
    vault.require(Role.admin, what=_("purge cases"))
    with vault.session() as session:
        case = _case(session, code)
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
    folded = fold_name(name) if name else ""
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


def add_demo_extras(vault: Vault, session: Session, code: str, person, *, now: dt.datetime) -> None:
    """Notes, a plan goal and some progress on needs for a demo person (inside the caller's session)."""
    case = _case(session, code)
    opened = person.opened_at
    for i, text in enumerate(person.notes):
        note_id = new_id()
        session.add(
            NoteRow(
                id=note_id,
                case_id=case.id,
                author="caseworker",
                created_at=opened + dt.timedelta(hours=2 + i),
                body_sealed=vault.seal("note", "body_sealed", note_id, text),
            )
        )
    if person.goal:
        category, text = person.goal
        goal_id = new_id()
        session.add(
            GoalRow(
                id=goal_id,
                case_id=case.id,
                need_category=category,
                created_at=opened,
                updated_at=opened,
                text_sealed=vault.seal("plan_goal", "text_sealed", goal_id, text),
            )
        )
        step_id = new_id()
        session.add(
            StepRow(
                id=step_id,
                goal_id=goal_id,
                owner="caseworker",
                due=(opened + dt.timedelta(days=14)).date(),
                created_at=opened,
                text_sealed=vault.seal("plan_step", "text_sealed", step_id, "First meeting"),
            )
        )
    age_days = (now - opened).days
    session.flush()
    for need in session.exec(select(NeedRow).where(NeedRow.case_id == case.id)):
        if need.horizon == "immediate" and age_days >= 1 and int(need.id[:6], 16) % 5:
            _demo_status(session, need, "met", opened + dt.timedelta(hours=6))
        elif need.horizon == "long_term":
            need.target_date = (opened + dt.timedelta(days=60)).date()
            if age_days >= 10 and int(need.id[:6], 16) % 2:
                _demo_status(session, need, "referred", opened + dt.timedelta(days=3))
        session.add(need)


def _demo_status(session: Session, need: NeedRow, status: str, at: dt.datetime) -> None:
    session.add(
        NeedEvent(
            id=new_id(),
            need_id=need.id,
            at=at,
            account="caseworker",
            field="status",
            old=need.status,
            new=status,
        )
    )
    need.status, need.updated_at = status, at
    if status == "referred":
        need.referred_at = at
    if status == "met":
        need.met_at = at
