"""Use cases joining the intake engine to cases: save an intake as a case, resume it, reassess.

A survivor's answers are never asked for twice: a paused intake resumes from
its stored state, and a later reassessment starts from every fact the case
already holds, asking only what is still open or what staff marked as changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from caseassist.cases.model import FactRecord
from caseassist.intake.engine import FORMAT_VERSION, IntakeSession
from caseassist.intake.facts import FACTS
from caseassist.vault import Vault


def _records(session: IntakeSession) -> list[FactRecord]:
    out = []
    for fact in session.facts.values():
        try:
            at = (
                dt.datetime.fromisoformat(fact.recorded_at)
                if fact.recorded_at
                else dt.datetime.now(dt.UTC)
            )
        except ValueError:
            at = dt.datetime.now(dt.UTC)
        if at.tzinfo is None:
            at = at.replace(tzinfo=dt.UTC)
        out.append(
            FactRecord(
                fact.id,
                str(fact.state),
                fact.value,
                str(fact.source),
                fact.recorded_by,
                at,
                FACTS[fact.id].identifying if fact.id in FACTS else True,
            )
        )
    return out


def save_intake(vault: Vault, session: IntakeSession, code: str | None = None) -> str:
    """Store the intake: a new case (no code) or the facts of an existing one; returns the code."""
    from caseassist.vault import case_store

    needs = [(n.category, n.horizon) for n in session.needs()]
    if code is None:
        return case_store.create_case(
            vault, facts=_records(session), needs=needs, intake_state=session.to_dict()
        )
    with vault.session() as db:  # facts and the needs they imply: together or not at all
        case_store.set_facts_in(vault, db, code, _records(session), intake_state=session.to_dict())
        case_store.sync_derived_needs_in(vault, db, code, needs)
    return code


def resume_intake(vault: Vault, code: str) -> IntakeSession:
    """The paused intake of a case, exactly where it stopped."""
    from caseassist.vault import case_store

    detail = case_store.get_case(vault, code, action="intake.resume")
    if detail.intake_state:
        return IntakeSession.from_dict(detail.intake_state)
    return reassessment(vault, code)


def reassessment(
    vault: Vault,
    code: str,
    *,
    changed: Iterable[str] = (),
    staff_locale: str = "en",
    staff_languages: Iterable[str] = ("en",),
) -> IntakeSession:
    """A follow-up intake that starts from everything the case holds.

    Facts in `changed` (staff noticed they may be different now) are left open
    so they are asked again; nothing else already answered is.
    """
    from caseassist.vault import case_store

    detail = case_store.get_case(vault, code, action="intake.reassess")
    reopen = set(changed)
    facts = [
        {
            "id": f.fact_id,
            "state": f.state,
            "value": f.value,
            "source": f.source,
            "recorded_by": f.recorded_by,
            "recorded_at": f.recorded_at.isoformat(),
        }
        for f in detail.facts
        if f.fact_id in FACTS and f.fact_id not in reopen
    ]
    return IntakeSession.from_dict(
        {
            "version": FORMAT_VERSION,
            "staff_locale": staff_locale,
            "staff_languages": list(staff_languages),
            "recorded_by": vault.user,
            "facts": facts,
        }
    )


def returning_candidates(vault: Vault, session: IntakeSession, limit: int = 5):
    """Existing cases that may be this survivor (from what the intake knows so far).

    Shown to staff to confirm before a new case is opened, so a survivor who
    comes back continues their case instead of starting again. Each item is
    (case summary, [what matched: name, age, language, country]).
    """
    from caseassist.vault import case_store

    known = session.known()
    name = known.get("person.name")
    age = known.get("person.age")
    if not name and not known.get("person.preferred_language"):
        return []
    return case_store.candidates_for_return(
        vault,
        name=name if isinstance(name, str) else None,
        age=age if isinstance(age, int) else None,
        language=str(known["person.preferred_language"])
        if known.get("person.preferred_language")
        else None,
        country=str(known["person.country_of_origin"])
        if known.get("person.country_of_origin")
        else None,
        limit=limit,
    )


def continue_case(vault: Vault, code: str, session: IntakeSession) -> str:
    """Fold a new intake into the returning survivor's existing case (facts merged, needs synced)."""
    from caseassist.vault import case_store

    detail = case_store.get_case(vault, code, action="intake.continue")
    held = {f.fact_id for f in detail.facts}
    fresh = [r for r in _records(session) if r.fact_id not in held or r.state == "known"]
    needs = [(n.category, n.horizon) for n in session.needs()]
    with vault.session() as db:  # facts and the needs they imply: together or not at all
        case_store.set_facts_in(vault, db, code, fresh)
        case_store.sync_derived_needs_in(vault, db, code, needs)
    return code
