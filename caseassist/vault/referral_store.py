"""Referrals in the vault: a need sent to a provider, and each status change it goes through.

Making a referral (proposed) moves its need from "identified" to "referred", as sending
one does if the need was reopened meanwhile (with the need's history and the case's
attention time kept current), so the two never disagree: a child's medical need with a
referral made for it no longer reads as untouched beside the mother's.
"""

from __future__ import annotations

from caseassist.cases import referrals as referral_rules
from caseassist.vault.case_common import (
    now_utc,
    refresh_attention,
    require_case_holder,
    require_editable,
)
from caseassist.vault.errors import NoSuchCase, NoSuchNeed
from caseassist.vault.tables.cases import (
    CaseFile,
    NeedEvent,
    NeedRow,
    ReferralEvent,
    ReferralRow,
)
from caseassist.vault.vault import Vault, new_id


def add_referral(
    vault: Vault,
    need_id: str,
    *,
    provider: str,
    service_id: str = "",
    consent_id: str | None = None,
) -> str:
    require_editable(vault)
    with vault.session() as session:
        need = session.get(NeedRow, need_id)
        if need is None:
            raise NoSuchNeed()
        require_case_holder(vault, session.get(CaseFile, need.case_id))
        ref_id, now = new_id(), now_utc()
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
        _mark_referred(vault, session, need, now)
        case = session.get(CaseFile, need.case_id)
        vault.audit(session, "referral.add", case.code if case else "")
        return ref_id


def change_referral(vault: Vault, referral_id: str, status: str) -> None:
    require_editable(vault)
    now = now_utc()
    with vault.session() as session:
        ref = session.get(ReferralRow, referral_id)
        if ref is None:
            raise NoSuchCase()
        require_case_holder(vault, session.get(CaseFile, ref.case_id))
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
        if need is not None and status == "sent":
            _mark_referred(vault, session, need, now)
        vault.audit(session, "referral.change", referral_id)


def _mark_referred(vault: Vault, session, need: NeedRow, now) -> None:
    """An "identified" need with a referral made for it is "referred" (kept in its history)."""
    if need.status != "identified":
        return
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
    need.status, need.referred_at, need.updated_at = "referred", now, now
    session.add(need)
    case = session.get(CaseFile, need.case_id)
    if case is not None:
        refresh_attention(session, case)
