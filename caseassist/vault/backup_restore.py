"""Backups and restores: the keyring and an encrypted copy zipped, verified whole on return.

A restore is checked (keys, integrity, audit chain) in a staging file before it
replaces anything, so a bad backup leaves the vault as it was.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path
from typing import Self

import sqlcipher3
from sqlmodel import Session

from caseassist import outfile
from caseassist.errors import InvalidInput
from caseassist.i18n import _
from caseassist.vault import account_keys as ak
from caseassist.vault import audit as audit_log
from caseassist.vault import keyring as kr
from caseassist.vault import keys, last_seen, roles, store
from caseassist.vault.errors import InvalidBackup, NotAllowed, WriteFailed, WrongPassphrase
from caseassist.vault.file_hygiene import private_file
from caseassist.vault.roles import Role
from caseassist.vault.storage_errors import NO_ROOM, os_reason, translate


class BackupRestore:
    """The part of `Vault` that writes backups and restores them."""

    def backup(self, target: Path | str, *, force: bool = False) -> Path:
        """An encrypted backup file: the keyring and a `sqlcipher_export` copy, zipped.
        The name follows `outfile`'s rule: no link or device, no earlier file unless `force`."""
        self.allow("vault.backup")
        if outfile.is_stdout(target):
            raise InvalidInput(_("A backup is written to a file; give the file's name."))
        named = Path(target).expanduser()
        target = named.parent.resolve() / named.name  # the folder's links, never the file's
        if target.parent == self.folder.resolve():
            raise NotAllowed(_("backups go outside the vault folder"))
        if not target.parent.is_dir():
            raise WriteFailed(_("the folder for the backup does not exist"))
        outfile.check_target(named, force=force)
        with self.session() as session:
            self.audit(session, "vault.backup", target.name)
        self._save_ring_head()
        copy = target.with_name(f".{target.name}.db.part")
        part = target.with_name(f".{target.name}.part")
        try:
            copy.unlink(missing_ok=True)
            part.unlink(missing_ok=True)
            private_file(copy)  # SQLite and zipfile keep the mode of a file that exists
            private_file(part)
            store.export_copy(self.db_path(self.folder), self._db_key, copy)
            with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_STORED) as zf:
                zf.writestr(
                    "manifest.json", json.dumps({"format": 1, "vault_id": self._ring.vault_id})
                )
                zf.writestr(kr.FILE_NAME, self._ring.to_bytes())
                zf.write(copy, store.DB_NAME)
            with part.open("rb") as fh:
                os.fsync(fh.fileno())
            outfile.place(part, target, force=force)
        except FileExistsError:
            raise outfile.FileExists(
                _(
                    "{path} already exists; choose another name, or add --force to replace it."
                ).format(path=target)
            ) from None
        except OSError as exc:
            raise WriteFailed(os_reason(exc)) from None
        except sqlcipher3.DatabaseError as exc:
            raise translate(exc) from None
        finally:
            copy.unlink(missing_ok=True)
            part.unlink(missing_ok=True)
        return target

    @staticmethod
    def check_restore_role(source: Path | str, user: str) -> None:
        """Refuse, naming the action, when `user` is in the backup but may not restore.
        (An unknown account or unreadable file is left to `restore`, which says so.)"""
        try:
            with zipfile.ZipFile(Path(source)) as zf:
                account = kr.Keyring.from_bytes(zf.read(kr.FILE_NAME)).accounts.get(user)
        except (OSError, zipfile.BadZipFile, KeyError, kr.KeyringDamaged, EOFError):
            return
        if account is not None and not roles.allowed(account.role, "vault.restore"):
            raise NotAllowed(_(roles.BY_ACTION["vault.restore"].words))

    @classmethod
    def restore(cls, folder: Path | str, source: Path | str, user: str, passphrase: str) -> Self:
        """Verify a backup whole (keys, integrity, audit chain), then put it in place."""
        folder, source = Path(folder), Path(source)
        staged = folder / (store.DB_NAME + ".restore")
        try:
            with zipfile.ZipFile(source) as zf:
                ring = kr.Keyring.from_bytes(zf.read(kr.FILE_NAME))
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                private_file(staged)
                with zf.open(store.DB_NAME) as src, staged.open("wb") as dst:
                    while chunk := src.read(1 << 20):
                        dst.write(chunk)
                    dst.flush()
                    os.fsync(dst.fileno())
        except OSError as exc:
            staged.unlink(missing_ok=True)
            if exc.errno in NO_ROOM:  # the backup is fine; this folder cannot take it
                raise WriteFailed(os_reason(exc)) from None
            raise InvalidBackup(source.name) from None
        except (zipfile.BadZipFile, KeyError, kr.KeyringDamaged, EOFError):
            staged.unlink(missing_ok=True)
            raise InvalidBackup(source.name) from None
        try:
            account = ring.accounts.get(user)
            if account is None:
                raise WrongPassphrase()
            if not roles.allowed(ak.role_of(account.role), "vault.restore"):
                raise NotAllowed(_(roles.BY_ACTION["vault.restore"].words))
            kek = keys.derive(passphrase, account.wraps.salt, account.wraps.kdf)
            try:
                opener = ak.opener(ring, kek, account.wraps, user, account.role)
            except keys.KeyError_:
                raise WrongPassphrase() from None
            keyset = ak.keyset(ring, opener, account.wraps, Role.admin)
            db_key, identity_key = keyset.db, keyset.identity
            if db_key is None or not ring.verify(ak.mac_key(ring, keyset)):
                raise InvalidBackup(source.name)
            signing, enrol = ak.signing_of(ring, kek, account, Role.admin, opener)
            try:
                if not store.integrity_ok(staged, db_key):
                    raise InvalidBackup(source.name)
            except (store.Damaged, store.NotEncrypted):
                raise InvalidBackup(source.name) from None
            engine = store.make_engine(staged, db_key)
            try:
                with Session(engine) as session:
                    verdict = audit_log.verify(
                        session, expect_seq=ring.head_seq, expect_hash=ring.head_hash
                    )
            finally:
                engine.dispose()
            if not verdict.ok:
                raise InvalidBackup(source.name)
            for name in (store.DB_NAME + "-wal", store.DB_NAME + "-shm"):
                (folder / name).unlink(missing_ok=True)
            for name in (store.DB_NAME + ".restore-wal", store.DB_NAME + ".restore-shm"):
                (folder / name).unlink(missing_ok=True)
            os.replace(staged, cls.db_path(folder))
        finally:
            staged.unlink(missing_ok=True)
        ring.failures = {}
        try:
            kr.save(ring, cls.keyring_path(folder))
        except OSError as exc:
            raise WriteFailed(os_reason(exc)) from None
        last_seen.remember(  # going back on purpose: this computer's record goes back too
            ring.vault_id,
            last_seen.Seen(ring.head_seq, ring.head_hash, ring.generation),
            forward_only=False,
        )
        return cls._open(
            folder,
            ring,
            user,
            Role.admin,
            db_key,
            identity_key,
            action="vault.restore",
            signing=signing,
            enrol=enrol,
            replica_key=keyset.replica,
        )
