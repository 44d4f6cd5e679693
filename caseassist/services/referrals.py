"""Referral summaries: only what a live consent allows, in the provider's language where known."""

from __future__ import annotations

import datetime as dt

from caseassist.cases import referrals as rules
from caseassist.errors import CaseAssistError
from caseassist.i18n import _
from caseassist.vault import Vault


class ConsentNeeded(CaseAssistError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "There is no live consent for this referral (revoked, expired or never given); nothing is shared."
            )
        )


def summary(
    vault: Vault, code: str, referral_id: str, *, locale: str = "en", now: dt.datetime | None = None
) -> str:
    """Markdown for the provider; refused without a live consent covering it."""
    from caseassist.vault import case_store, consent_store
    from caseassist.vault.errors import NoSuchCase

    now = now or dt.datetime.now(dt.UTC)
    detail = case_store.get_case(vault, code, action="referral.summary")
    ref = next((r for r in detail.referrals if r.id == referral_id), None)
    if ref is None:
        raise NoSuchCase()
    consent = consent_store.get_consent(vault, ref.consent_id) if ref.consent_id else None
    facts = {f.fact_id: f.value for f in detail.facts if f.state == "known"}
    try:
        return rules.summary_parts(
            case_code=detail.summary.code,
            need=ref.category,
            provider=ref.provider,
            consent=consent,
            facts=facts,
            now=now,
            locale=locale,
        ).markdown()
    except rules.ConsentMissing:
        raise ConsentNeeded() from None
