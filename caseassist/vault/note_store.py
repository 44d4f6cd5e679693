"""Case notes in the vault: free text, sealed under the identity key, searched after decrypting.

Split from `case_store` so the case core stays short. Each function runs in one
transaction and audits by case code, never by a name or the note's text.
"""

from __future__ import annotations

from sqlmodel import col, select

from caseassist.cases import codes
from caseassist.cases.model import Note, NoteRevision
from caseassist.errors import InvalidInput
from caseassist.i18n import _
from caseassist.vault.case_common import (
    find_case_to_change,
    fold_for_search,
    now_utc,
    require_case_holder,
    require_editable,
    utc,
)
from caseassist.vault.errors import IdentityLocked, NoSuchCase
from caseassist.vault.tables.cases import CaseFile, NoteRow
from caseassist.vault.tables.household import NoteRevisionRow
from caseassist.vault.vault import Vault, new_id


def add_note(vault: Vault, code: str, text: str) -> str:
    require_editable(vault)
    if not text.strip():
        raise ValueError("empty note")
    with vault.session() as session:
        case = find_case_to_change(vault, session, code)
        note_id = new_id()
        session.add(
            NoteRow(
                id=note_id,
                case_id=case.id,
                author=vault.user,
                created_at=now_utc(),
                body_sealed=vault.seal("note", "body_sealed", note_id, text),
            )
        )
        vault.audit(session, "note.add", case.code)
        return note_id


def correct_note(vault: Vault, note_id: str, text: str) -> None:
    """Replace a note's text, keeping the earlier text in its history (never overwritten)."""
    require_editable(vault)
    if not text.strip():
        raise InvalidInput(_("A corrected note cannot be empty; nothing was changed."))
    with vault.session() as session:
        row = session.get(NoteRow, note_id)
        if row is None:
            raise NoSuchCase()
        require_case_holder(vault, session.get(CaseFile, row.case_id))
        old = vault.unseal("note", "body_sealed", row.id, row.body_sealed)
        if old == text:
            return
        rev_id = new_id()
        session.add(
            NoteRevisionRow(
                id=rev_id,
                note_id=row.id,
                replaced_at=now_utc(),
                replaced_by=vault.user,
                body_sealed=vault.seal("note_revision", "body_sealed", rev_id, old),
            )
        )
        row.body_sealed = vault.seal("note", "body_sealed", row.id, text)
        session.add(row)
        case = session.get(CaseFile, row.case_id)
        vault.audit(session, "note.correct", case.code if case else "")


def note_revisions(vault: Vault, session, note_id: str) -> tuple[NoteRevision, ...]:
    """A note's earlier texts, oldest first."""
    return tuple(
        NoteRevision(
            utc(r.replaced_at),
            r.replaced_by,
            vault.unseal("note_revision", "body_sealed", r.id, r.body_sealed),
        )
        for r in session.exec(
            select(NoteRevisionRow)
            .where(NoteRevisionRow.note_id == note_id)
            .order_by(col(NoteRevisionRow.replaced_at))
        )
    )


def search_notes(
    vault: Vault, query: str, *, code: str | None = None, limit: int = 50
) -> list[tuple[str, Note]]:
    """Notes whose text contains `query` (decrypted here; the database cannot search ciphertext)."""
    if not vault.can_read_identity:
        raise IdentityLocked()
    needle = fold_for_search(query)
    found: list[tuple[str, Note]] = []
    with vault.session() as session:
        q = select(NoteRow, CaseFile.code).join(CaseFile, CaseFile.id == NoteRow.case_id)
        if code:
            q = q.where(CaseFile.code == codes.normalize(code))
        for row, case_code in session.exec(q.order_by(col(NoteRow.created_at).desc())):
            text = vault.unseal("note", "body_sealed", row.id, row.body_sealed)
            if needle in fold_for_search(text):
                found.append((case_code, Note(row.id, row.author, utc(row.created_at), text)))
                if len(found) >= limit:
                    break
        vault.audit(session, "note.search", code or "*")
    return found
