"""A case's facts: two documents on the case row, and what lists and searches read of them.

Non-identifying facts are plain JSON (with provenance), identifying ones one sealed
document; the name, alias, age band, country and language are projected onto the
case's own columns, and the sealed name directory kept in step (`name_shards`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence

from sqlmodel import Session

from caseassist.cases.model import FactRecord
from caseassist.vault import name_shards
from caseassist.vault.case_common import (
    find_case_to_change,
    fold_for_search,
    now_utc,
    require_editable,
    utc,
)
from caseassist.vault.tables.cases import CaseFile
from caseassist.vault.vault import Vault


def age_band(age: object) -> str | None:
    """The reports' band for a stored age (None for anything but a plain whole number).

    The reports package is imported here, on the write path that projects an age,
    so a command that only lists or finds cases does not load it."""
    if not isinstance(age, int) or isinstance(age, bool) or age < 0:
        return None
    from caseassist.reports.rows import age_band as report_age_band

    return report_age_band(age)


def _seal_search_names(vault: Vault, case: CaseFile, fact: FactRecord) -> None:
    """The name and aliases a search decrypts, sealed on the case row (never indexed in clear)."""
    if fact.state != "known" or not isinstance(fact.value, str) or not fact.value.strip():
        return
    if fact.fact_id == "person.name":
        case.name_sealed = vault.seal("case_file", "name_sealed", case.id, fact.value)
        case.name_index = vault.name_index(fold_for_search(fact.value))
    elif fact.fact_id == "person.alias":
        case.alias_sealed = vault.seal("case_file", "alias_sealed", case.id, fact.value)


def index_names(
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


def _fact_entry(fact: FactRecord) -> dict:
    return {
        "state": fact.state,
        "value": fact.value if fact.state == "known" else None,
        "source": fact.source,
        "by": fact.recorded_by,
        "at": fact.recorded_at.isoformat(),
    }


def project_facts(vault: Vault, case: CaseFile, facts: Iterable[FactRecord]) -> None:
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


def store_facts(vault: Vault, case: CaseFile, facts: Mapping[str, FactRecord]) -> None:
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


def load_facts(vault: Vault, case: CaseFile) -> dict[str, FactRecord]:
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
    case = find_case_to_change(vault, session, code)
    current = load_facts(vault, case)
    current.update({f.fact_id: f for f in facts})
    store_facts(vault, case, current)
    project_facts(vault, case, facts)
    if intake_state is not None:
        case.intake_sealed = vault.seal(
            "case_file", "intake_sealed", case.id, json.dumps(intake_state, sort_keys=True)
        )
    if any(f.fact_id in ("person.name", "person.alias") for f in facts):
        index_names(vault, session, case, current)
    case.updated_at = now_utc()
    session.add(case)
    vault.audit(session, "case.facts", case.code)
