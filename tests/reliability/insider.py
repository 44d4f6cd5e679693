"""What an account holder can do to the files with their own keys, for the insider tests.

Every staff account (intake, caseworker, admin) holds the database key, so with an
intake worker's passphrase an attacker can open SQLCipher, rewrite the audit table,
recompute the hash chain, sign with their own Ed25519 key and re-MAC the keyring.
These helpers do exactly that (through the insider's open vault, which holds those
keys) and nothing that account could not.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import delete
from sqlmodel import select

from caseassist.vault import Vault, keys, last_seen
from caseassist.vault import audit as audit_log
from caseassist.vault import keyring as kr
from caseassist.vault.tables.core import AuditEntry

Row = tuple  # (at, account, action, target, sig, hash)


def rewrite_audit(insider: Vault, edit: Callable[[list[Row]], list[Row]]) -> None:
    """Replace the audit table with `edit(rows)`, re-chained; every entry whose hash
    changed is re-signed with the insider's own key; the keyring head follows."""
    seed = insider._signing.own
    vault_id = insider._ring.vault_id
    with insider.session() as session:
        entries = list(session.exec(select(AuditEntry).order_by(AuditEntry.seq)))
        rows = edit([(e.at, e.account, e.action, e.target, e.sig, e.hash) for e in entries])
        session.exec(delete(AuditEntry))
        session.flush()
        prev = audit_log.GENESIS
        for seq, (at, account, action, target, sig, old_hash) in enumerate(rows, 1):
            new_hash = audit_log.entry_hash(prev, seq, at, account, action, target)
            if new_hash != old_hash:
                sig = keys.sign(seed, audit_log.entry_message(vault_id, new_hash)).hex()
            session.add(
                AuditEntry(
                    seq=seq,
                    at=at,
                    account=account,
                    action=action,
                    target=target,
                    prev_hash=prev,
                    hash=new_hash,
                    sig=sig,
                )
            )
            prev = new_hash
    remac_keyring(insider, lambda ring: _set_head(ring, len(rows), prev))


def forget_this_computer(insider: Vault) -> None:
    """Rewrite this computer's record of the head too (the same OS user can), so the
    signatures alone are what is tested."""
    ring = kr.load(insider.keyring_path(insider.folder))
    last_seen.remember(
        ring.vault_id,
        last_seen.Seen(ring.head_seq, ring.head_hash, ring.generation),
        forward_only=False,
    )


def _set_head(ring: kr.Keyring, seq: int, hash_: str) -> None:
    ring.head_seq, ring.head_hash = seq, hash_


def remac_keyring(insider: Vault, edit: Callable[[kr.Keyring], None]) -> None:
    """Edit keyring.json and re-sign its MAC (under the replica key, which every account
    holds), as any account can."""
    path = insider.keyring_path(insider.folder)
    ring = kr.load(path)
    edit(ring)
    ring.sign(insider._mac_key(ring))
    kr.atomic_write(path, ring.to_bytes())


def leave(insider: Vault) -> None:
    """Drop the session without the close-time head write (the attacker kills it), and
    cover the tracks in this computer's record."""
    forget_this_computer(insider)
    insider._dispose()
    insider._engine = None
