"""One case as plain JSON-able data, for `case export` (never for a supervisor)."""

from __future__ import annotations

from caseassist.cases.access import check_export_reason
from caseassist.i18n import _
from caseassist.vault.case_common import find_case
from caseassist.vault.case_detail import get_case
from caseassist.vault.errors import NotAllowed
from caseassist.vault.vault import Role, Vault


def export_case(
    vault: Vault, code: str, *, action: str = "case.export", reason: str | None = None
) -> dict:
    """Everything about one case as plain JSON-able data; never for a supervisor.

    A case assigned to someone else is exported by admins only, with a reason code
    (`cases.access.EXPORT_REASONS`) audited beside the case code. `case show` reads
    through here too (`action` case.view), where `holds_in_full` alone decides.
    """
    if vault.role is Role.supervisor or not vault.can_read_identity:
        raise NotAllowed(_("export a case"))
    why = ""
    if action == "case.export":
        with vault.session() as session:
            owner = find_case(session, code).caseworker
        if owner != vault.user:
            if vault.role is not Role.admin:
                raise NotAllowed(
                    _("export a case assigned to someone else (admins, with a reason)")
                )
            why = "reason:" + check_export_reason(reason)
    detail = get_case(vault, code, action=action, why=why)
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
        "intake": intake_record(detail.intake_state),
    }


def intake_record(state: dict | None) -> dict:
    """The intake as she gave it: each question as put, her answer in her own words (or
    that she declined or did not know), and the words kept beside a fact (a long answer
    staff still have to cut down). A survivor who asks for her data gets these too."""
    state = state or {}
    turns = [
        {
            "question": t.get("prompt", ""),
            "facts": list(t.get("facts") or ()),
            "answer": t.get("answer"),
            "declined": bool(t.get("declined")),
            "unknown": bool(t.get("unknown")),
        }
        for t in state.get("turns") or ()
        if isinstance(t, dict)
    ]
    words = {
        str(f["id"]): f["note"]
        for f in state.get("facts") or ()
        if isinstance(f, dict) and f.get("note") and f.get("id")
    }
    return {"turns": turns, "words_kept": words}
