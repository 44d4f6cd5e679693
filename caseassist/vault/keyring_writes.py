"""The keyring as on disk now: read afresh and checked, changed under its lock.

Other sessions and failed unlocks change the file while this one is open, so every
change is applied to the file as it is now, with the audit log's head, never to
the copy this session read at unlock.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from caseassist.vault import audit as audit_log
from caseassist.vault import keyring as kr
from caseassist.vault import keys, last_seen
from caseassist.vault.errors import Damaged, Tampered, WriteFailed
from caseassist.vault.storage_errors import os_reason


class KeyringWrites:
    """The part of `Vault` that reads and writes its keyring."""

    def _commit_ring(self, change: Callable[[kr.Keyring], None], action: str, target: str) -> None:
        """Apply one change to the keyring as on disk now, after its audit entry; if the
        write fails, say so in the audit too."""
        try:
            self._save_ring_head(change)
        except BaseException:
            with contextlib.suppress(Exception), self.session() as session:
                self.audit(session, action + ".failed", target)
            raise

    def _fresh_ring(self) -> kr.Keyring:
        """The keyring as on disk now (failure counters may have moved), checked again."""
        ring = self._load_ring(self.folder)
        if not ring.verify(self._mac_key(ring)):
            raise Tampered(kr.FILE_NAME)
        return ring

    def _mac_key(self, ring: kr.Keyring) -> bytes:
        """What the keyring's MAC is under: the replica key once the vault has a replica
        (supervisors hold it, not the database key), else the database key."""
        key = self._replica_key if ring.replica else self._db_key
        if key is None:
            raise Tampered(kr.FILE_NAME)
        return key

    def _save_ring_head(self, change: Callable[[kr.Keyring], None] | None = None) -> None:
        """Record the audit chain's head (and apply `change`) in the keyring as on disk now.

        The head is read under the keyring lock, so a slower session never writes
        an older head over a newer one; a keyring this session's key no longer
        verifies (changed by hand, or keys rotated meanwhile) is refused, never
        overwritten.
        """

        def apply(ring: kr.Keyring) -> bool:
            if not ring.verify(self._mac_key(ring)):
                raise Tampered(kr.FILE_NAME)
            if change is not None:
                change(ring)
            if self.is_replica:  # a supervisor's log is the replica's: the head stays main's
                ring.generation += 1
                ring.sign(self._mac_key(ring))
                return True
            with self.session() as session:
                seq, hash_ = audit_log.head(session)
            ring.head_seq, ring.head_hash = seq, hash_
            admin = self._signing.admin
            vouched = self.audit_alarm is None  # never sign over a log that did not verify
            if vouched and admin is not None and ring.admin_public == keys.public_of(admin):
                message = audit_log.head_message(ring.vault_id, seq, hash_)
                ring.signed_head = (seq, hash_, keys.sign(admin, message))
            ring.generation += 1
            ring.sign(self._mac_key(ring))
            return True

        def remember(ring: kr.Keyring) -> None:  # under the lock, never ahead of the file
            seen = last_seen.Seen(ring.head_seq, ring.head_hash, ring.generation)
            last_seen.remember(ring.vault_id, seen)

        try:
            self._ring = kr.update(self.keyring_path(self.folder), apply, written=remember)
        except kr.KeyringDamaged:
            raise Damaged(kr.FILE_NAME) from None
        except OSError as exc:
            raise WriteFailed(os_reason(exc)) from None
