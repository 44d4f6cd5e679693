"""Referral note drafts: the note being written, kept sealed until it is used or discarded.

A draft belongs to one account and one intake (`slot`: "" for a new intake, which has
no case yet). Its text is sealed under the identity key, bound to the row, the account
and the slot, so a draft moved to another account or intake does not open. Drafts are
not records of the case: they are not audited (a write every pause in typing would
flood the log, and the log never holds text), and the supervisors' replica does not copy
them. Supervisors neither write nor read one.
"""

from __future__ import annotations

from sqlmodel import select

from caseassist.cases.model import ReferralDraft
from caseassist.vault.case_common import now_utc, require_editable, utc
from caseassist.vault.tables.drafts import ReferralDraftRow
from caseassist.vault.vault import Role, Vault, new_id

TABLE, COLUMN = "referral_draft", "body_sealed"
NEW_INTAKE = ""
"""The slot of a new intake's note: the note comes before the case it opens."""


def _bound(row: ReferralDraftRow) -> str:
    """What the sealed text is bound to besides its table and column."""
    return f"{row.id}|{row.account}|{row.slot}"


def _row(vault: Vault, session, slot: str) -> ReferralDraftRow | None:
    return session.exec(
        select(ReferralDraftRow).where(
            ReferralDraftRow.account == vault.user, ReferralDraftRow.slot == slot
        )
    ).first()


def keep_draft(vault: Vault, text: str, slot: str = NEW_INTAKE) -> None:
    """Keep `text` as this account's draft for `slot` (one transaction; an empty text
    removes the draft). A failure leaves the draft that was kept before."""
    require_editable(vault)
    if not text.strip():
        discard_draft(vault, slot)
        return
    with vault.session() as session:
        now = now_utc()
        row = _row(vault, session, slot) or ReferralDraftRow(
            id=new_id(), account=vault.user, slot=slot, saved_at=now, body_sealed=b""
        )
        row.saved_at = now
        row.body_sealed = vault.seal(TABLE, COLUMN, _bound(row), text)
        session.add(row)


def draft(vault: Vault, slot: str = NEW_INTAKE) -> ReferralDraft | None:
    """This account's draft for `slot`, or None (always None for a supervisor)."""
    if vault.role not in (Role.intake, Role.caseworker, Role.admin) or not vault.can_read_identity:
        return None
    with vault.session() as session:
        row = _row(vault, session, slot)
        if row is None:
            return None
        text = vault.unseal(TABLE, COLUMN, _bound(row), row.body_sealed)
        return ReferralDraft(text, utc(row.saved_at))


def discard_draft(vault: Vault, slot: str = NEW_INTAKE) -> None:
    """Remove this account's draft for `slot` (nothing to do when there is none)."""
    require_editable(vault)
    with vault.session() as session:
        row = _row(vault, session, slot)
        if row is not None:
            session.delete(row)
