"""A referral summary shares only what a live consent allows, in the provider's language."""

from __future__ import annotations

import datetime as dt

import pytest

from caseassist.services import cases as case_svc
from caseassist.services import referrals as referral_svc
from caseassist.vault import case_store, consent_store, referral_store


def _case_with_legal_need(vault) -> tuple[str, str]:
    facts = {"person.name": "Mira Testova", "legal.wants_legal_help": True}
    code = case_store.create_case(
        vault, facts=case_svc.records(facts, by=vault.user), needs=case_svc.derive(facts)
    )
    (need,) = case_store.get_case(vault, code).needs
    return code, need.id


def test_without_consent_nothing_is_shared(caseworker):
    code, need = _case_with_legal_need(caseworker)
    ref = referral_store.add_referral(caseworker, need, provider="Harbour Legal Clinic")
    with pytest.raises(referral_svc.ConsentNeeded):
        referral_svc.summary(caseworker, code, ref)


def test_a_live_consent_shares_what_it_covers_and_a_revoked_one_nothing(caseworker):
    code, need = _case_with_legal_need(caseworker)
    consent = consent_store.record_consent(
        caseworker,
        code,
        purpose="legal advice",
        recipient="Harbour Legal Clinic",
        categories=("name", "needs"),
        method="verbal",
        expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=30),
    )
    ref = referral_store.add_referral(
        caseworker, need, provider="Harbour Legal Clinic", consent_id=consent
    )
    text = referral_svc.summary(caseworker, code, ref, locale="fr")
    assert "Mira Testova" in text
    consent_store.revoke_consent(caseworker, consent)
    with pytest.raises(referral_svc.ConsentNeeded):
        referral_svc.summary(caseworker, code, ref)


def test_a_missing_need_is_named_as_such_not_as_a_missing_case(caseworker):
    from caseassist.vault import case_store
    from caseassist.vault.errors import NoSuchCase, NoSuchNeed

    with pytest.raises(NoSuchNeed) as changed:
        case_store.change_need(caseworker, "no-such-need", status="met")
    with pytest.raises(NoSuchNeed):
        referral_store.add_referral(caseworker, "no-such-need", provider="Harbour Legal Clinic")
    assert not isinstance(changed.value, NoSuchCase)
    assert str(changed.value) == "That need is no longer in the vault."
