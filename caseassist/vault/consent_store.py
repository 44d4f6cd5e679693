"""Consent records in the vault: what a survivor agreed to share, with whom, until when.

Referrals check these before any summary leaves the shelter (`cases.consent`
holds the rules); revoking keeps the row, so the history stays whole.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from sqlmodel import select

from caseassist.cases.consent import Consent
from caseassist.vault.case_common import (
    find_case,
    find_case_to_change,
    now_utc,
    require_editable,
    utc,
)
from caseassist.vault.errors import NoSuchCase
from caseassist.vault.tables.cases import ConsentRow
from caseassist.vault.vault import Vault, new_id


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
    require_editable(vault)
    from caseassist.cases.consent import check

    check(tuple(categories), method)
    with vault.session() as session:
        case = find_case_to_change(vault, session, code)
        consent_id = new_id()
        session.add(
            ConsentRow(
                id=consent_id,
                case_id=case.id,
                purpose=purpose,
                recipient=recipient,
                categories=json.dumps(list(categories)),
                method=method,
                given_at=now_utc(),
                expires_at=expires_at,
                recorded_by=vault.user,
            )
        )
        vault.audit(session, "consent.record", case.code)
        return consent_id


def revoke_consent(vault: Vault, consent_id: str) -> None:
    """Withdraw a consent. Any staff account may, on any case: withdrawing only ever
    shares less, and a survivor who asks must not wait for her caseworker."""
    require_editable(vault)
    with vault.session() as session:
        row = session.get(ConsentRow, consent_id)
        if row is None:
            raise NoSuchCase()
        row.revoked_at = now_utc()
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
        case = find_case(session, code)
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
