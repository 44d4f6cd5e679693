"""A session's side of `user rotate-keys`: the checks, the lock, reopening on the new keys.

The work on the files (the copy under the new key, re-sealing, putting it in
place) is `rotation`'s; this part decides when it may run and keeps the open
session usable on whichever keys stand after it.
"""

from __future__ import annotations

import dataclasses

from sqlmodel import Session

from caseassist.i18n import _
from caseassist.vault import account_keys as ak
from caseassist.vault import audit as audit_log
from caseassist.vault import filelock, keys, last_seen, replica, roles, store
from caseassist.vault import keyring as kr
from caseassist.vault.account_rules import RECOVERY_ACCOUNT
from caseassist.vault.errors import NotAllowed, NotRotated, Tampered
from caseassist.vault.roles import Role
from caseassist.vault.sessions import SESSIONS_LOCK


class Rekeying:
    """The part of `Vault` that rotates its keys."""

    def rotate_keys(self) -> str:
        """New database, identity, replica and admin signing keys for every remaining
        account, whole or nothing (see `rotation`); returns the new recovery code (show
        once). Needs an admin session with no other session open."""
        from caseassist.vault import rotation

        self.allow("keys.rotate")
        if self.is_replica or self._identity_key is None or self._signing.admin is None:
            raise NotAllowed(_(roles.BY_ACTION["keys.rotate"].words))
        admin_pub = keys.public_of(self._signing.admin)
        ring = self._fresh_ring()
        if ring.admin_public != admin_pub:
            raise Tampered(kr.FILE_NAME)
        unready = sorted(
            a.name for a in ring.accounts.values() if not ak.box_vouched(ring, a, admin_pub)
        )
        if unready:
            raise NotRotated(
                _("{names} must unlock once first, or have their passphrase reset").format(
                    names=", ".join(unready)
                )
            )
        new = ak.Keyset(keys.new_key(), keys.new_key(), keys.new_key())
        new_admin = keys.new_signing_seed()
        code = keys.new_recovery_code()
        recovery_kdf = ring.recovery.kdf if ring.recovery else self._ring_kdf(ring)
        recovery = ak.wraps_for(
            dataclasses.replace(ring, replica=True),
            RECOVERY_ACCOUNT,
            Role.admin,
            code,
            recovery_kdf,
            new,
            ak.Signing(None, new_admin),
        )[0]
        folder = self.folder
        staged = folder / rotation.STAGED
        self._dispose()  # this session's connections and its presence: the files alone
        try:
            with filelock.alone(folder / SESSIONS_LOCK) as alone:
                if not alone:
                    raise NotRotated(_("another session has the vault open; lock it first"))
                replica.discard(folder)  # rebuilt under whichever keys stand after this
                try:
                    rotation.export_under(self.db_path(folder), self._db_key, staged, new.db)
                    engine = store.make_engine(staged, new.db)
                    try:
                        with Session(engine) as session:
                            conn = session.connection().connection.dbapi_connection
                            rotation.reseal(
                                conn, self._identity_key, new.identity, ak.name_index(new.identity)
                            )
                            audit_log.append(
                                session,
                                self.user,
                                "keys.rotate",
                                str(ring.epoch + 1),
                                sign=self._sign_entry,
                            )
                            session.commit()
                            seq, hash_ = audit_log.head(session)
                    finally:
                        engine.dispose()
                    store.checkpoint(staged, new.db)
                except BaseException:
                    for name in rotation.STAGED_FILES:
                        (folder / name).unlink(missing_ok=True)
                    raise

                def change(disk: kr.Keyring) -> bool:
                    if not disk.verify(self._mac_key(disk)):
                        raise Tampered(kr.FILE_NAME)
                    ak.rotate_ring(disk, new, new_admin, admin_pub, recovery)
                    disk.head_seq, disk.head_hash = seq, hash_
                    message = audit_log.head_message(disk.vault_id, seq, hash_)
                    disk.signed_head = (seq, hash_, keys.sign(new_admin, message))
                    disk.generation += 1
                    disk.sign(new.replica)
                    return True

                def remember(disk: kr.Keyring) -> None:
                    rotation.put_in_place(folder)  # the keyring is on disk: the copy follows
                    last_seen.remember(
                        disk.vault_id,
                        last_seen.Seen(disk.head_seq, disk.head_hash, disk.generation),
                    )

                try:
                    self._ring = kr.update(self.keyring_path(folder), change, written=remember)
                except BaseException:
                    if not ak.keyring_rotated(self.keyring_path(folder), new.replica):
                        for name in rotation.STAGED_FILES:
                            (folder / name).unlink(missing_ok=True)
                    raise
        finally:
            self._rekeyed(new, new_admin)
        self.refresh_replica(force=True)
        return code

    def _rekeyed(self, new: ak.Keyset, new_admin: bytes) -> None:
        """Reopen this session on whichever keys the keyring on disk now holds."""
        if ak.keyring_rotated(self.keyring_path(self.folder), new.replica):
            self._db_key, self._identity_key, self._replica_key = new.db, new.identity, new.replica
            self._signing = ak.Signing(self._signing.own, new_admin)
            self._ring = self._load_ring(self.folder)
        self._path, self._key = self.db_path(self.folder), self._db_key
        self._engine = store.make_engine(self._path, self._key)
        self._presence = filelock.hold_shared(self.folder / SESSIONS_LOCK)
