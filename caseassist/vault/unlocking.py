"""Opening a vault: a passphrase or the recovery code, then the checks every unlock makes.

An unlock finishes a rotation a kill cut short, refuses a rolled-back database or
keyring, upgrades the schema, verifies the audit log's newest entries, writes the
unlock's audit entries and brings the supervisors' replica up to date. A supervisor
opens the replica alone (`_open_replica`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Self

from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from caseassist.i18n import _
from caseassist.vault import account_keys as ak
from caseassist.vault import audit as audit_log
from caseassist.vault import checked_mark, keys, last_seen, migrations, replica, roles, store, wal
from caseassist.vault import keyring as kr
from caseassist.vault.account_rules import RECOVERY_ACCOUNT
from caseassist.vault.errors import (
    Damaged,
    LockedOut,
    NoVault,
    OlderKeyring,
    ReplicaNotReady,
    RolledBack,
    Tampered,
    VaultError,
    WriteFailed,
    WrongPassphrase,
)
from caseassist.vault.file_hygiene import remove_staging, tighten
from caseassist.vault.keys import KdfParams
from caseassist.vault.roles import Role
from caseassist.vault.storage_errors import os_reason, translate

WAL_NAME = store.DB_NAME + "-wal"


class Unlocking:
    """The part of `Vault` that opens one: its class methods return an open `Vault`."""

    @classmethod
    def unlock(cls, folder: Path | str, user: str, passphrase: str) -> Self:
        folder = Path(folder)
        ring = cls._load_ring(folder)
        wait = ring.wait_seconds(user)
        if wait > 0:
            _save_failure(cls.keyring_path(folder), user, refused=True)
            raise LockedOut(wait)
        account = ring.accounts.get(user)
        if account is None:
            keys.derive(passphrase, b"\0" * keys.SALT_BYTES, KdfParams.floor())  # same cost
            if user in ring.retired:  # a disabled account tried: the admin must see it
                _save_failure(cls.keyring_path(folder), user, refused=True)
            raise WrongPassphrase()
        kek = keys.derive(passphrase, account.wraps.salt, account.wraps.kdf)
        try:
            opener = ak.opener(ring, kek, account.wraps, user, account.role)
        except keys.KeyError_:
            if any(ak.opens_as(ring, kek, account, role) for role in Role if role != account.role):
                raise Tampered(kr.FILE_NAME) from None
            _save_failure(cls.keyring_path(folder), user)
            raise WrongPassphrase() from None
        role = ak.role_of(account.role)
        keyset = ak.keyset(ring, opener, account.wraps, role)
        if not ring.verify(ak.mac_key(ring, keyset)):
            raise Tampered(kr.FILE_NAME)
        signing, enrol = ak.signing_of(ring, kek, account, role, opener)
        enrol = ak.both_enrols(ak.box_enrol(ring, kek, account, role, keyset, signing.admin), enrol)
        return cls._open(
            folder,
            ring,
            user,
            role,
            keyset.db,
            keyset.identity,
            action="unlock",
            signing=signing,
            enrol=enrol,
            replica_key=keyset.replica,
            checked_key=checked_mark.key_for(kek),
        )

    @classmethod
    def unlock_with_recovery(cls, folder: Path | str, code: str) -> Self:
        """Open with the recovery code printed at `init` (acts as an admin, audited as such)."""
        folder = Path(folder)
        ring = cls._load_ring(folder)
        wait = ring.wait_seconds(RECOVERY_ACCOUNT)
        if wait > 0:
            _save_failure(cls.keyring_path(folder), RECOVERY_ACCOUNT, refused=True)
            raise LockedOut(wait)
        if ring.recovery is None:
            raise WrongPassphrase()
        code = keys.normalize_recovery_code(code)
        kek = keys.derive(code, ring.recovery.salt, ring.recovery.kdf)
        try:
            opener = ak.opener(ring, kek, ring.recovery, RECOVERY_ACCOUNT, Role.admin)
        except keys.KeyError_:
            _save_failure(cls.keyring_path(folder), RECOVERY_ACCOUNT)
            raise WrongPassphrase() from None
        keyset = ak.keyset(ring, opener, ring.recovery, Role.admin)
        if not ring.verify(ak.mac_key(ring, keyset)):
            raise Tampered(kr.FILE_NAME)
        admin_seed = None
        if ring.recovery.admin is not None:
            try:
                admin_seed = opener(ring.recovery.admin, "admin")
            except keys.KeyError_:
                raise Tampered(kr.FILE_NAME) from None
        # A code that has been used may have been seen: it is replaced as it opens the vault.
        used_salt = ring.recovery.salt
        new_code = keys.new_recovery_code()
        new_wraps = ak.wraps_for(
            ring,
            RECOVERY_ACCOUNT,
            Role.admin,
            new_code,
            ring.recovery.kdf,
            keyset,
            ak.Signing(None, admin_seed),
        )[0]

        def rotate(disk: kr.Keyring) -> None:
            if disk.recovery is None or disk.recovery.salt != used_salt:
                raise WriteFailed(_("the recovery code was changed meanwhile"))
            disk.recovery = new_wraps

        vault = cls._open(
            folder,
            ring,
            RECOVERY_ACCOUNT,
            Role.admin,
            keyset.db,
            keyset.identity,
            action="unlock.recovery",
            signing=ak.Signing(None, admin_seed),
            enrol=rotate,
            replica_key=keyset.replica,
        )
        vault.new_recovery_code = new_code
        return vault

    @classmethod
    def _load_ring(cls, folder: Path) -> kr.Keyring:
        path = cls.keyring_path(folder)
        if not path.exists():
            raise NoVault(str(folder))
        try:
            return kr.load(path)
        except kr.KeyringDamaged:
            raise Damaged(kr.FILE_NAME) from None
        except OSError as exc:
            raise WriteFailed(os_reason(exc)) from None

    @classmethod
    def _open(
        cls,
        folder: Path,
        ring: kr.Keyring,
        user: str,
        role: Role,
        db_key: bytes,
        identity_key: bytes | None,
        *,
        action: str,
        signing: ak.Signing | None = None,
        enrol: Callable[[kr.Keyring], None] | None = None,
        replica_key: bytes | None = None,
        checked_key: bytes | None = None,
    ) -> Self:
        if db_key is None:
            return cls._open_replica(
                folder, ring, user, role, replica_key, action=action, signing=signing, enrol=enrol
            )
        from caseassist.vault import rotation

        try:  # a rotation killed after its keyring was written is finished here
            rotation.finish_or_discard(folder, db_key, (ring.head_seq, ring.head_hash))
        except OSError as exc:
            raise WriteFailed(os_reason(exc)) from None
        if not cls.db_path(folder).exists():
            raise Damaged(store.DB_NAME)
        remove_staging(folder)
        tightened = tighten(folder)
        tail = wal.inspect(folder / WAL_NAME)  # before SQLite reads (and drops) it
        if tail is wal.Tail.damaged:
            raise Damaged(WAL_NAME)
        vault = cls(folder, ring, user, role, db_key, identity_key, signing, replica_key)
        vault.wal_tail = tail
        vault.tightened = tightened
        vault._checked_key = checked_key
        try:
            # The file and this computer's record read together: another process may have
            # moved both on since `ring` was read, which is not a rollback.
            try:
                disk, seen = kr.read_locked(
                    cls.keyring_path(folder), lambda: last_seen.load(ring.vault_id)
                )
            except kr.KeyringDamaged:
                raise Damaged(kr.FILE_NAME) from None
            except OSError as exc:
                raise WriteFailed(os_reason(exc)) from None
            if seen is not None and disk.generation < seen.generation:
                raise OlderKeyring()
            with vault.session() as session:
                if not audit_log.continues_from(session, ring.head_seq, ring.head_hash):
                    raise RolledBack()
                if seen is not None and not audit_log.continues_from(session, seen.seq, seen.hash):
                    raise RolledBack()
            try:
                with vault._engine.begin() as conn:
                    migrations.upgrade(conn)
            except DBAPIError as exc:  # outside session(): translate here, never a traceback
                raise translate(exc) from None
            with vault.session() as session:  # one connection: the check, then the entries
                vault._check_signatures(session)
                failed = vault._audit_opening(session, ring, action, tail)
                behind = vault._replica_behind(session)
            sees = roles.allowed(role, "failures.see")
            if sees:
                vault.failed_unlocks = ring.unseen_failures()
            vault._save_ring_head(_opened(user, failed, sees, enrol, vault._checked_through))
            try:  # missing, or behind after a killed session (looked at above)
                if behind:
                    vault.refresh_replica()
            except VaultError:  # a damaged replica never keeps staff out: it is made anew
                replica.discard(folder)
                with contextlib.suppress(VaultError):
                    vault.refresh_replica(force=True)
        except BaseException:
            vault._dispose()
            raise
        return vault

    @classmethod
    def _open_replica(
        cls,
        folder: Path,
        ring: kr.Keyring,
        user: str,
        role: Role,
        replica_key: bytes | None,
        *,
        action: str,
        signing: ak.Signing | None,
        enrol: Callable[[kr.Keyring], None] | None,
    ) -> Self:
        """A supervisor's session: the replica under the replica key; the database stays shut."""
        if not (folder / replica.REPLICA_NAME).exists():
            raise ReplicaNotReady()
        tightened = tighten(folder)
        vault = cls(folder, ring, user, role, None, None, signing, replica_key)
        vault.tightened = tightened
        try:
            with vault.session() as session:  # older key (a rotation) or damage: made anew
                vault._check_signatures(session)
            with vault.session() as session:
                failed = vault._audit_opening(session, ring, action)
            vault._save_ring_head(_opened(user, failed, False, enrol))
        except BaseException:
            vault._dispose()
            raise
        return vault

    def _audit_opening(
        self, session: Session, ring: kr.Keyring, action: str, tail: wal.Tail = wal.Tail.clean
    ) -> dict[str, int]:
        """The entries every unlock writes: an audit alarm, a damaged WAL tail, the failed
        unlocks counted with no key at hand, then the unlock itself. Returns those failures."""
        if self.audit_alarm is not None:
            alarm = self.audit_alarm
            self.audit(session, "audit.alarm", f"{alarm.first_bad}:{alarm.reason}")
        if tail is not wal.Tail.clean:
            self.audit(session, "wal.tail", str(tail))
        failed = ring.unaudited_failures()
        for name, n in failed.items():
            self.audit(session, "unlock.failed", f"{name}:{n}")
        self.audit(session, action, "")
        return failed


def _opened(
    user: str,
    failed: dict[str, int],
    seen: bool,
    enrol: Callable[[kr.Keyring], None] | None,
    checked: str | None = None,
) -> Callable[[kr.Keyring], None]:
    """The keyring change an unlock writes: its failures marked audited (and seen, for a
    role that sees them), this account's count cleared, an enrolment if one is due, and
    how far it verified the audit log (dropped when the check failed)."""

    def opened(ring: kr.Keyring) -> None:
        ring.mark_failures(failed, seen=seen)
        ring.clear_failures(user)
        if checked is not None:
            ring.checked[user] = checked
        else:
            ring.checked.pop(user, None)
        if enrol is not None:
            enrol(ring)

    return opened


def _save_failure(path: Path, name: str, *, refused: bool = False) -> None:
    """Count one failed unlock in the keyring as on disk now (`refused`: one turned away
    before its passphrase was tried, which the admin sees but which adds no wait); a full
    disk or read-only folder must not hide the real answer, so a failed write here is
    not an error of its own."""

    def count(ring: kr.Keyring) -> bool:
        if refused:
            ring.record_refused(name)
        else:
            ring.record_failure(name)
        return True

    with contextlib.suppress(OSError, kr.KeyringDamaged):
        kr.update(path, count)
