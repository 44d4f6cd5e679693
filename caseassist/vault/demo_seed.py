"""Invented people written as lived-in cases in bulk: the demo vault and the benchmarks.

Kept apart from the case store's everyday functions: it writes many rows at
once, straight through one `executemany` per table, sealing exactly as the
everyday path seals.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence

from sqlmodel import select

from caseassist.cases import codes
from caseassist.cases.model import FactRecord
from caseassist.i18n import _
from caseassist.vault import store
from caseassist.vault.case_common import fold_for_search, need_schedule
from caseassist.vault.case_store import age_band, fact_documents
from caseassist.vault.tables.cases import (
    CaseFile,
    ConsentRow,
    GoalRow,
    NeedEvent,
    NeedRow,
    NoteRow,
    ReferralEvent,
    ReferralRow,
    StepRow,
)
from caseassist.vault.vault import Role, Vault, new_id

SEED_CACHE_KIB = 256 * 1024
"""Page cache of the seeding connection: enough for the indexes of 100,000 cases."""


def seed_people(
    vault: Vault,
    people: Sequence,
    needs_for: Sequence[Sequence[tuple[str, str]]],
    *,
    now: dt.datetime,
    identifying: Callable[[str], bool],
    providers: Mapping[str, Sequence[tuple[str, str]]] | None = None,
    progress: Callable[[int, int], None] | None = None,
    batch: int = 5000,
) -> list[str]:
    """Write invented people as lived-in cases in bulk (demo and benchmarks only).

    Needs at every status with their history, overdue ones, closed cases,
    referrals with consent, plans and notes, sealed exactly as the normal path
    seals them. One audit entry per batch.
    """
    import random

    from caseassist.cases.consent import default_categories

    vault.require(Role.admin, what=_("seed demo cases"))
    providers = providers or {}
    codes_out: list[str] = []
    used: set[str] = set(session_codes(vault))
    for start in range(0, len(people), batch):
        tables: dict[type, list[dict]] = {
            t: []
            for t in (
                CaseFile,
                NeedRow,
                NeedEvent,
                NoteRow,
                GoalRow,
                StepRow,
                ConsentRow,
                ReferralRow,
                ReferralEvent,
            )
        }
        for idx in range(start, min(start + batch, len(people))):
            person, rng = people[idx], random.Random(idx * 7919 + 1)
            case_id, opened = new_id(), person.opened_at
            code = codes.new_code()
            while code in used:
                code = codes.new_code()
            used.add(code)
            codes_out.append(code)
            age_days = (now - opened).days
            facts = person.facts
            name = str(facts.get("person.name", ""))
            closed = age_days > 90 and rng.random() < 0.35
            case_row = {
                "id": case_id,
                "code": code,
                "status": "closed" if closed else "open",
                "opened_at": opened,
                "closed_at": opened + dt.timedelta(days=rng.randint(20, 85)) if closed else None,
                "close_reason": rng.choice(("housed", "returned_home", "lost_contact"))
                if closed
                else "",
                "caseworker": ("caseworker", "caseworker", "", "admin")[idx % 4],
                "created_by": "intake",
                "updated_at": opened,
                "age_band": age_band(facts.get("person.age")),
                "country": facts.get("person.country_of_origin"),
                "language": facts.get("person.preferred_language"),
                "name_index": vault.name_index(fold_for_search(name)) if name else "",
                "name_sealed": vault.seal("case_file", "name_sealed", case_id, name)
                if name
                else None,
                "intake_sealed": None,
                "attention_at": None,
            }
            records = {
                k: FactRecord(k, "known", v, "survivor", "intake", opened, identifying(k))
                for k, v in facts.items()
            }
            records.update(
                {
                    k: FactRecord(k, "declined", None, "survivor", "intake", opened, identifying(k))
                    for k in person.declined
                }
            )
            case_row["facts_json"], case_row["facts_sealed"] = fact_documents(
                vault, case_id, records
            )
            tables[CaseFile].append(case_row)
            consent_id = None
            share = facts.get("consent.share_with_providers")
            schedule: list[tuple[str, str, dt.datetime, dt.date | None]] = []
            for category, horizon in needs_for[idx]:
                need_id = new_id()
                status, at, target = "identified", opened, None
                if horizon == "immediate":
                    if age_days >= 1 or closed:
                        status = (
                            "met"
                            if rng.random() < 0.85
                            else ("declined" if rng.random() < 0.5 else "identified")
                        )
                        at = opened + dt.timedelta(hours=rng.randint(1, 20))
                else:
                    target = (opened + dt.timedelta(days=rng.choice((30, 60, 90)))).date()
                    progress_days = age_days if not closed else 999
                    status = ("identified", "referred", "in_progress", "met")[
                        min(3, progress_days // 20)
                    ]
                    if rng.random() < 0.2:
                        status = ("identified", "referred", "declined")[rng.randint(0, 2)]
                    at = opened + dt.timedelta(days=min(age_days, rng.randint(2, 40)))
                if closed and status in ("identified", "referred", "in_progress"):
                    status = "met"
                need = {
                    "id": need_id,
                    "case_id": case_id,
                    "category": category,
                    "horizon": horizon,
                    "status": status,
                    "priority": rng.choice((None, 1, 2, 3)),
                    "target_date": target,
                    "derived": True,
                    "identified_at": opened,
                    "updated_at": at,
                    "referred_at": at
                    if status in ("referred", "in_progress", "met") and horizon == "long_term"
                    else None,
                    "met_at": at if status == "met" else None,
                }
                tables[NeedRow].append(need)
                path = {
                    "identified": [],
                    "referred": ["referred"],
                    "in_progress": ["referred", "in_progress"],
                    "met": ["met"]
                    if horizon == "immediate"
                    else ["referred", "in_progress", "met"],
                    "declined": ["declined"],
                }[status]
                old = "identified"
                for step_status in path:
                    tables[NeedEvent].append(
                        {
                            "id": new_id(),
                            "need_id": need_id,
                            "at": at,
                            "account": "caseworker",
                            "field": "status",
                            "old": old,
                            "new": step_status,
                        }
                    )
                    old = step_status
                schedule.append((horizon, status, opened, target))
                options = providers.get(category) or ()
                if options and need["referred_at"] is not None:
                    service_id, provider = options[idx % len(options)]
                    if consent_id is None and share in ("yes", "ask_each_time"):
                        consent_id = new_id()
                        tables[ConsentRow].append(
                            {
                                "id": consent_id,
                                "case_id": case_id,
                                "purpose": "referral",
                                "recipient": provider,
                                "categories": json.dumps(list(default_categories("yes"))),
                                "method": "verbal",
                                "given_at": at,
                                "expires_at": at + dt.timedelta(days=90),
                                "revoked_at": None,
                                "recorded_by": "caseworker",
                            }
                        )
                    ref_status = {"referred": "sent", "in_progress": "accepted", "met": "done"}[
                        status
                    ]
                    ref_id = new_id()
                    tables[ReferralRow].append(
                        {
                            "id": ref_id,
                            "case_id": case_id,
                            "need_id": need_id,
                            "service_id": service_id,
                            "provider": provider,
                            "status": ref_status,
                            "consent_id": consent_id,
                            "created_at": at,
                            "updated_at": at,
                            "created_by": "caseworker",
                        }
                    )
                    tables[ReferralEvent].append(
                        {
                            "id": new_id(),
                            "referral_id": ref_id,
                            "at": at,
                            "account": "caseworker",
                            "old": "proposed",
                            "new": ref_status,
                        }
                    )
            attention, case_row["open_needs"], case_row["overdue_times"] = need_schedule(schedule)
            if not closed:
                case_row["attention_at"] = attention
            for i, text in enumerate(person.notes):
                note_id = new_id()
                tables[NoteRow].append(
                    {
                        "id": note_id,
                        "case_id": case_id,
                        "author": "caseworker",
                        "created_at": opened + dt.timedelta(hours=2 + i),
                        "body_sealed": vault.seal("note", "body_sealed", note_id, text),
                    }
                )
            if person.goal:
                category, text = person.goal
                goal_id = new_id()
                tables[GoalRow].append(
                    {
                        "id": goal_id,
                        "case_id": case_id,
                        "need_category": category,
                        "status": "achieved" if closed else "active",
                        "created_at": opened,
                        "updated_at": opened,
                        "text_sealed": vault.seal("plan_goal", "text_sealed", goal_id, text),
                    }
                )
                for k, (step_text, owner) in enumerate(
                    (
                        ("First meeting together", "caseworker"),
                        ("Gather the papers needed", "survivor"),
                        ("Visit with the provider", "provider"),
                    )
                ):
                    step_id = new_id()
                    due = (opened + dt.timedelta(days=7 * (k + 1))).date()
                    tables[StepRow].append(
                        {
                            "id": step_id,
                            "goal_id": goal_id,
                            "owner": owner,
                            "due": due,
                            "done_at": opened + dt.timedelta(days=7 * (k + 1))
                            if age_days > 7 * (k + 1)
                            else None,
                            "created_at": opened,
                            "text_sealed": vault.seal(
                                "plan_step", "text_sealed", step_id, step_text
                            ),
                        }
                    )
        with vault.session() as session:
            raw = (
                session.connection().connection.dbapi_connection
            )  # inside the session's transaction
            # Random ids land all over every index: a page cache that holds the indexes
            # (a cap, not an allocation) saves decrypting and re-encrypting each page
            # once per row; rows in id order fill the primary keys page by page.
            store.set_cache_size(raw, SEED_CACHE_KIB)
            for table, rows in tables.items():
                if rows:  # one executemany per table, values stored as SQLAlchemy stores them
                    rows.sort(key=lambda r: r["id"])
                    cols = list(rows[0])
                    sql = (
                        f"INSERT INTO {table.__tablename__} ({', '.join(cols)}) "
                        f"VALUES ({', '.join('?' * len(cols))})"
                    )
                    raw.executemany(sql, [tuple(_stored(r[c]) for c in cols) for r in rows])
            vault.audit(session, "demo.seed", str(len(tables[CaseFile])))
        if progress:
            progress(len(codes_out), len(people))
    from caseassist.vault import name_shards

    with vault.session() as session:  # the sealed name directory a name search reads
        name_shards.rebuild(vault, session)
    return codes_out


def _stored(value: object) -> object:
    """A value as SQLAlchemy's SQLite dialect stores it (datetimes as naive UTC text)."""
    if isinstance(value, dt.datetime):
        return store.stored_datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def session_codes(vault: Vault) -> list[str]:
    with vault.session() as session:
        return list(session.exec(select(CaseFile.code)))
