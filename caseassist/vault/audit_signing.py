"""The audit log as a session writes and checks it: signed entries, trusted keys, heads.

Each account signs its own entries; the admin key endorses the accounts' keys and
signs the head the keyring remembers, so a log edited by hand, or a key swapped
in the keyring, raises the alarm at the next unlock (docs/security.md).
"""

from __future__ import annotations

import dataclasses

from sqlmodel import Session

from caseassist.vault import audit as audit_log
from caseassist.vault import checked_mark, keys, replica
from caseassist.vault import keyring as kr
from caseassist.vault.account_rules import RECOVERY_ACCOUNT


class AuditSigning:
    """The part of `Vault` that appends to the audit log and verifies it."""

    def audit(self, session: Session, action: str, target: str = "") -> None:
        audit_log.append(session, self.user, action, target, sign=self._sign_entry)
        if self.is_replica:  # for the next staff session to fold into the main log
            replica.mark_pending(self.folder)

    def _sign_entry(self, hash_: str) -> str:
        seed = self._signing.own or self._signing.admin  # the recovery code signs as the admin key
        if seed is None:
            return ""
        return keys.sign(seed, audit_log.entry_message(self._ring.vault_id, hash_)).hex()

    def verify_audit(self) -> audit_log.Verdict:
        """The whole chain, every signature, both heads: `caseassist audit --verify`."""
        with self.session() as session:
            seq, hash_, trust = self._heads(session)
            return audit_log.verify(session, expect_seq=seq, expect_hash=hash_, trust=trust)

    def _heads(self, session: Session) -> tuple[int, str, audit_log.Trust | None]:
        """The remembered head, and the trust, a verification checks this log against. The
        replica's copy of the log may end before the head the keyring remembers (refreshed
        at the last change, not at every read): it is checked as far as it goes."""
        trust = self._trust(self._ring)
        if not self.is_replica:
            return self._ring.head_seq, self._ring.head_hash, trust
        copied = replica.built_seq(session.connection().connection.dbapi_connection)
        if trust is not None and trust.signed_head and trust.signed_head[0] > copied:
            trust = dataclasses.replace(trust, signed_head=None)  # signed after the copy
        return 0, "", trust

    def _trust(self, ring: kr.Keyring) -> audit_log.Trust | None:
        """Endorsed keys and the signed head, checked against the admin key. An admin takes
        its public half from the key it unwrapped itself, so a key swapped in the file
        by another account is not trusted; others take it from the keyring."""
        admin_pub = (
            keys.public_of(self._signing.admin) if self._signing.admin else ring.admin_public
        )
        if admin_pub is None:
            return None  # a vault from before signed audit that no admin has opened since
        signers: dict[str, list[bytes]] = {RECOVERY_ACCOUNT: [admin_pub, *ring.admin_history]}
        people = [(a.name, a.role, a.signing) for a in ring.accounts.values()]
        people += [(n, r.role, r.signing) for n, r in ring.retired.items()]
        for name, role, signing in people:
            signers[name] = [
                k.public
                for k in signing
                if keys.signature_ok(
                    admin_pub,
                    k.endorsement,
                    audit_log.endorse_message(ring.vault_id, name, role, k.public),
                )
            ]
        head, forged = None, False
        if ring.signed_head is not None:
            seq, hash_, sig = ring.signed_head
            head = (seq, hash_)
            forged = not keys.signature_ok(
                admin_pub, sig, audit_log.head_message(ring.vault_id, seq, hash_)
            )
        return audit_log.Trust(ring.vault_id, signers, head, forged, keys.signature_ok)

    def _check_signatures(self, session: Session) -> None:
        """At unlock: this account's own keys are the ones the keyring names, and the
        newest entries verify; anything else raises the alarm (the vault still opens)."""
        ring = self._ring
        own = self._signing.own
        account = ring.accounts.get(self.user)
        mine = [k.public for k in account.signing] if account is not None else []
        if own is not None and account is not None and keys.public_of(own) not in mine:
            self.audit_alarm = audit_log.Verdict(False, 0, 0, "keyring")
            return
        admin = self._signing.admin
        if admin is not None and ring.admin_public not in (None, keys.public_of(admin)):
            self.audit_alarm = audit_log.Verdict(False, 0, 0, "keyring")
            return
        seq, hash_, trust = self._heads(session)
        key = None if self.is_replica else self._checked_key
        mark = ring.checked.get(self.user)
        through = audit_log.head(session)
        verdict = audit_log.check_at_unlock(
            session,
            trust,
            expect_seq=seq,
            expect_hash=hash_,
            window=None if admin is not None else 500,  # an admin signs what it checked
            checked=checked_mark.read(key, ring.vault_id, self.user, mark) if key else None,
            newest=through,
        )
        if not verdict.ok:
            self.audit_alarm = verdict
        elif key is not None and trust is not None:
            self._checked_through = checked_mark.seal(key, ring.vault_id, self.user, *through)
