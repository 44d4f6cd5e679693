"""The open vault: keys in memory, an engine on the SQLCipher file, sealing and audit.

See docs/architecture.md for the key hierarchy. A `Vault` is what unlocking
returns; everything that stores or reads survivor data goes through one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import hmac
import json
import os
import secrets
import time
import zipfile
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

import sqlcipher3
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from caseassist.cases.demo import DEMO_PASSPHRASE
from caseassist.i18n import _
from caseassist.vault import audit as audit_log
from caseassist.vault import keyring as kr
from caseassist.vault import keys, migrations, store
from caseassist.vault.errors import (
    Busy,
    Damaged,
    IdentityLocked,
    InvalidBackup,
    LockedOut,
    NotAllowed,
    NoVault,
    RolledBack,
    Tampered,
    VaultExists,
    WriteFailed,
    WrongPassphrase,
)
from caseassist.vault.keys import KdfParams


class Role(StrEnum):
    intake = "intake"
    caseworker = "caseworker"
    supervisor = "supervisor"
    admin = "admin"

    @property
    def holds_identity_key(self) -> bool:
        return self is not Role.supervisor


RECOVERY_ACCOUNT = "recovery-code"


def new_id() -> str:
    """A 128-bit row id, time-ordered like UUIDv7 (milliseconds, then 80 random bits).

    Rows are written in id order, so the B-trees grow at their end instead of
    splitting pages all over the file: bulk writes stay fast on large vaults.
    Row ids are internal; the case code people see is random and separate.
    """
    return f"{time.time_ns() // 1_000_000:012x}{secrets.token_hex(10)}"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Vault:
    """An unlocked vault. Close it (or use it as a context manager) when done."""

    def __init__(
        self,
        folder: Path,
        ring: kr.Keyring,
        user: str,
        role: Role,
        db_key: bytes,
        identity_key: bytes | None,
    ) -> None:
        self.folder = folder
        self._ring = ring
        self.user = user
        self.role = role
        self._db_key = db_key
        self._identity_key = identity_key
        self._engine = store.make_engine(folder / store.DB_NAME, db_key)
        self._anchor = None  # one idle connection held open: see _hold_open

    # -- files -----------------------------------------------------------------------
    @staticmethod
    def db_path(folder: Path) -> Path:
        return Path(folder) / store.DB_NAME

    @staticmethod
    def keyring_path(folder: Path) -> Path:
        return Path(folder) / kr.FILE_NAME

    @classmethod
    def exists(cls, folder: Path) -> bool:
        return cls.keyring_path(folder).exists()

    # -- properties ------------------------------------------------------------------
    @property
    def is_demo(self) -> bool:
        return self._ring.demo

    @property
    def can_read_identity(self) -> bool:
        return self._identity_key is not None

    def accounts(self) -> list[tuple[str, str]]:
        return sorted((a.name, a.role) for a in self._ring.accounts.values())

    def kdf_of(self, name: str) -> KdfParams:
        return self._ring.accounts[name].wraps.kdf

    # -- create ----------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path | str,
        admin_user: str,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        demo: bool = False,
    ) -> tuple[Vault, str]:
        """A new vault with its first admin; returns it and the recovery code (shown once)."""
        folder = Path(folder)
        _check_account_name(admin_user)
        _check_passphrase(passphrase, demo=demo)
        if cls.exists(folder) or cls.db_path(folder).exists():
            raise VaultExists(str(folder))
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        kdf = kdf or keys.calibrate()[0]
        db_key, identity_key = keys.new_key(), keys.new_key()
        ring = kr.Keyring(vault_id=new_id(), demo=demo, accounts={}, recovery=None)
        ring.accounts[admin_user] = _wrap_account(
            ring, admin_user, Role.admin, passphrase, kdf, db_key, identity_key
        )
        code = keys.new_recovery_code()
        ring.recovery = _wraps_for(
            ring, RECOVERY_ACCOUNT, Role.admin, code, kdf, db_key, identity_key
        )
        vault = cls(folder, ring, admin_user, Role.admin, db_key, identity_key)
        try:
            with vault._engine.begin() as conn:
                migrations.upgrade(conn)
            os.chmod(cls.db_path(folder), 0o600)
            with vault.session() as session:
                vault.audit(session, "vault.create", "")
            vault._save_ring_head()
        except BaseException:
            vault._dispose()
            for name in (
                store.DB_NAME,
                store.DB_NAME + "-wal",
                store.DB_NAME + "-shm",
                kr.FILE_NAME,
            ):
                (folder / name).unlink(missing_ok=True)
            raise
        return vault, code

    # -- unlock ----------------------------------------------------------------------
    @classmethod
    def unlock(cls, folder: Path | str, user: str, passphrase: str) -> Vault:
        folder = Path(folder)
        ring = cls._load_ring(folder)
        wait = ring.wait_seconds(user)
        if wait > 0:
            raise LockedOut(wait)
        account = ring.accounts.get(user)
        if account is None:
            keys.derive(passphrase, b"\0" * keys.SALT_BYTES, KdfParams.floor())  # same cost
            raise WrongPassphrase()
        kek = keys.derive(passphrase, account.wraps.salt, account.wraps.kdf)
        try:
            db_key = keys.unwrap(kek, account.wraps.db, ring.aad(user, account.role, "db"))
        except keys.KeyError_:
            if any(_opens_as(ring, kek, account, role) for role in Role if role != account.role):
                raise Tampered(kr.FILE_NAME) from None
            ring.record_failure(user)
            _save_failures(ring, cls.keyring_path(folder))
            raise WrongPassphrase() from None
        role = _role_of(account.role)
        identity_key = _unwrap_identity(ring, kek, account.wraps, user, role)
        if not ring.verify(db_key):
            raise Tampered(kr.FILE_NAME)
        ring.clear_failures(user)
        return cls._open(folder, ring, user, role, db_key, identity_key, action="unlock")

    @classmethod
    def unlock_with_recovery(cls, folder: Path | str, code: str) -> Vault:
        """Open with the recovery code printed at `init` (acts as an admin, audited as such)."""
        folder = Path(folder)
        ring = cls._load_ring(folder)
        wait = ring.wait_seconds(RECOVERY_ACCOUNT)
        if wait > 0:
            raise LockedOut(wait)
        if ring.recovery is None:
            raise WrongPassphrase()
        code = keys.normalize_recovery_code(code)
        kek = keys.derive(code, ring.recovery.salt, ring.recovery.kdf)
        try:
            db_key = keys.unwrap(
                kek, ring.recovery.db, ring.aad(RECOVERY_ACCOUNT, Role.admin, "db")
            )
            identity_key = keys.unwrap(
                kek,
                ring.recovery.identity or b"",
                ring.aad(RECOVERY_ACCOUNT, Role.admin, "identity"),
            )
        except keys.KeyError_:
            ring.record_failure(RECOVERY_ACCOUNT)
            _save_failures(ring, cls.keyring_path(folder))
            raise WrongPassphrase() from None
        if not ring.verify(db_key):
            raise Tampered(kr.FILE_NAME)
        ring.clear_failures(RECOVERY_ACCOUNT)
        return cls._open(
            folder,
            ring,
            RECOVERY_ACCOUNT,
            Role.admin,
            db_key,
            identity_key,
            action="unlock.recovery",
        )

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
            raise WriteFailed(_os_reason(exc)) from None

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
    ) -> Vault:
        if not cls.db_path(folder).exists():
            raise Damaged(store.DB_NAME)
        vault = cls(folder, ring, user, role, db_key, identity_key)
        try:
            with vault.session() as session:
                if not audit_log.continues_from(session, ring.head_seq, ring.head_hash):
                    raise RolledBack()
            try:
                with vault._engine.begin() as conn:
                    migrations.upgrade(conn)
            except DBAPIError as exc:  # outside session(): translate here, never a traceback
                raise _translate(exc) from None
            with vault.session() as session:
                vault.audit(session, action, "")
            vault._save_ring_head()
        except BaseException:
            vault._dispose()
            raise
        return vault

    # -- sessions --------------------------------------------------------------------
    def _hold_open(self) -> None:
        """Keep one idle connection for the vault's lifetime.

        With a connection per session (NullPool), closing the last one makes
        SQLite checkpoint and delete the WAL every time. An idle connection,
        never used for queries, keeps the WAL between sessions; `close()`
        closes it last, so the final checkpoint still empties the WAL.
        """
        if self._anchor is None and self.db_path(self.folder).exists():
            self._anchor = store.connect(self.db_path(self.folder), self._db_key, any_thread=True)

    def _dispose(self) -> None:
        self._engine.dispose()
        if self._anchor is not None:
            with contextlib.suppress(Exception):
                self._anchor.close()
            self._anchor = None

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        try:
            self._hold_open()
            with Session(self._engine, expire_on_commit=False) as session:
                try:
                    yield session
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
        except DBAPIError as exc:
            raise _translate(exc) from None
        except store.Damaged:
            raise Damaged(store.DB_NAME) from None
        except store.ReadOnly:
            raise WriteFailed(_("the folder is read-only")) from None
        except store.WriteError:
            raise WriteFailed(_("the file system refused the write")) from None
        except store.NotEncrypted:
            raise Tampered(store.DB_NAME) from None

    def audit(self, session: Session, action: str, target: str = "") -> None:
        audit_log.append(session, self.user, action, target)

    def verify_audit(self) -> audit_log.Verdict:
        with self.session() as session:
            return audit_log.verify(
                session, expect_seq=self._ring.head_seq, expect_hash=self._ring.head_hash
            )

    # -- identity sealing ------------------------------------------------------------
    def seal(self, table: str, column: str, row_id: str, text: str) -> bytes:
        if self._identity_key is None:
            raise IdentityLocked()
        return keys.seal(self._identity_key, text.encode("utf-8"), _aad(table, column, row_id))

    def unseal(self, table: str, column: str, row_id: str, blob: bytes) -> str:
        if self._identity_key is None:
            raise IdentityLocked()
        try:
            return keys.unseal(self._identity_key, blob, _aad(table, column, row_id)).decode(
                "utf-8"
            )
        except keys.KeyError_:
            raise Tampered(store.DB_NAME) from None

    def name_index(self, folded_name: str) -> str:
        """A keyed hash of a folded name, to find a returning survivor without decrypting all."""
        if self._identity_key is None:
            raise IdentityLocked()
        sub = hmac.new(self._identity_key, b"caseassist name index v1", hashlib.sha256).digest()
        return hmac.new(sub, folded_name.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    # -- accounts --------------------------------------------------------------------
    def require(self, *roles: Role, what: str) -> None:
        if self.role not in roles:
            raise NotAllowed(what)

    def add_account(
        self, name: str, role: Role | str, passphrase: str, *, kdf: KdfParams | None = None
    ) -> None:
        self.require(Role.admin, what=_("add accounts"))
        role = _role_of(str(role))
        _check_account_name(name)
        _check_passphrase(passphrase, demo=self.is_demo)
        ring = self._fresh_ring()
        if name in ring.accounts or name == RECOVERY_ACCOUNT:
            raise NotAllowed(_("an account with that name exists"))
        kdf = kdf or self._ring_kdf(ring)
        ring.accounts[name] = _wrap_account(
            ring, name, role, passphrase, kdf, self._db_key, self._identity_key
        )
        with self.session() as session:
            self.audit(session, "account.add", f"{name}:{role}")
        self._commit_ring(ring, "account.add", f"{name}:{role}")

    def change_passphrase(
        self, name: str, passphrase: str, *, kdf: KdfParams | None = None
    ) -> None:
        if name != self.user:
            self.require(Role.admin, what=_("change another account's passphrase"))
        _check_passphrase(passphrase, demo=self.is_demo)
        ring = self._fresh_ring()
        account = ring.accounts.get(name)
        if account is None:
            raise NotAllowed(_("there is no such account"))
        role = _role_of(account.role)
        if role.holds_identity_key and self._identity_key is None:
            raise IdentityLocked()
        kdf = kdf or account.wraps.kdf
        ring.accounts[name] = _wrap_account(
            ring, name, role, passphrase, kdf, self._db_key, self._identity_key
        )
        ring.clear_failures(name)
        with self.session() as session:
            self.audit(session, "account.passphrase", name)
        self._commit_ring(ring, "account.passphrase", name)

    def _commit_ring(self, ring: kr.Keyring, action: str, target: str) -> None:
        """Write a changed keyring after its audit entry; if the write fails, say so in the audit too."""
        previous = self._ring
        self._ring = ring
        try:
            self._save_ring_head()
        except BaseException:
            self._ring = previous
            with contextlib.suppress(Exception), self.session() as session:
                self.audit(session, action + ".failed", target)
            raise

    def _ring_kdf(self, ring: kr.Keyring) -> KdfParams:
        if self.user in ring.accounts:
            return ring.accounts[self.user].wraps.kdf
        return ring.recovery.kdf if ring.recovery else keys.calibrate()[0]

    def _fresh_ring(self) -> kr.Keyring:
        """The keyring as on disk now (failure counters may have moved), checked again."""
        ring = self._load_ring(self.folder)
        if not ring.verify(self._db_key):
            raise Tampered(kr.FILE_NAME)
        return ring

    def _save_ring_head(self) -> None:
        with self.session() as session:
            seq, hash_ = audit_log.head(session)
        ring = self._ring
        with contextlib.suppress(Exception):
            on_disk = kr.load(self.keyring_path(self.folder))
            ring.failures = {k: v for k, v in on_disk.failures.items() if k != self.user}
        ring.head_seq, ring.head_hash = seq, hash_
        ring.sign(self._db_key)
        try:
            kr.save(ring, self.keyring_path(self.folder))
        except OSError as exc:
            raise WriteFailed(_os_reason(exc)) from None

    # -- maintenance -----------------------------------------------------------------
    def checkpoint(self) -> None:
        """Empty the WAL into the database (after a purge, so deleted text does not linger)."""
        try:
            store.checkpoint(self.db_path(self.folder), self._db_key)
        except sqlcipher3.DatabaseError as exc:
            raise _translate(exc) from None

    def integrity_ok(self) -> bool:
        """Every page's HMAC and SQLite's own check. A file that no longer opens is
        not intact (False); a folder that became read-only is said as such."""
        try:
            return store.integrity_ok(self.db_path(self.folder), self._db_key)
        except (store.Damaged, store.NotEncrypted):
            return False
        except store.ReadOnly:
            raise WriteFailed(_("the folder is read-only")) from None
        except store.WriteError:
            raise WriteFailed(_("the file system refused the write")) from None

    def backup(self, target: Path | str) -> Path:
        """An encrypted backup file: the keyring and a `sqlcipher_export` copy, zipped."""
        self.require(Role.admin, Role.caseworker, what=_("make backups"))
        target = Path(target).expanduser().resolve()
        if target.parent == self.folder.resolve():
            raise NotAllowed(_("backups go outside the vault folder"))
        if not target.parent.is_dir():
            raise WriteFailed(_("the folder for the backup does not exist"))
        with self.session() as session:
            self.audit(session, "vault.backup", target.name)
        self._save_ring_head()
        copy = target.with_name(f".{target.name}.db.part")
        part = target.with_name(f".{target.name}.part")
        try:
            copy.unlink(missing_ok=True)
            store.export_copy(self.db_path(self.folder), self._db_key, copy)
            with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_STORED) as zf:
                zf.writestr(
                    "manifest.json", json.dumps({"format": 1, "vault_id": self._ring.vault_id})
                )
                zf.writestr(kr.FILE_NAME, self._ring.to_bytes())
                zf.write(copy, store.DB_NAME)
            with part.open("rb") as fh:
                os.fsync(fh.fileno())
            os.replace(part, target)
        except OSError as exc:
            raise WriteFailed(_os_reason(exc)) from None
        except sqlcipher3.DatabaseError as exc:
            raise _translate(exc) from None
        finally:
            copy.unlink(missing_ok=True)
            part.unlink(missing_ok=True)
        return target

    @classmethod
    def restore(cls, folder: Path | str, source: Path | str, user: str, passphrase: str) -> Vault:
        """Verify a backup whole (keys, integrity, audit chain), then put it in place."""
        folder, source = Path(folder), Path(source)
        staged = folder / (store.DB_NAME + ".restore")
        try:
            with zipfile.ZipFile(source) as zf:
                ring = kr.Keyring.from_bytes(zf.read(kr.FILE_NAME))
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                with zf.open(store.DB_NAME) as src, staged.open("wb") as dst:
                    while chunk := src.read(1 << 20):
                        dst.write(chunk)
                    dst.flush()
                    os.fsync(dst.fileno())
        except OSError as exc:
            staged.unlink(missing_ok=True)
            if exc.errno in _NO_ROOM:  # the backup is fine; this folder cannot take it
                raise WriteFailed(_os_reason(exc)) from None
            raise InvalidBackup(source.name) from None
        except (zipfile.BadZipFile, KeyError, kr.KeyringDamaged, EOFError):
            staged.unlink(missing_ok=True)
            raise InvalidBackup(source.name) from None
        try:
            account = ring.accounts.get(user)
            if account is None or _role_of(account.role) is not Role.admin:
                raise WrongPassphrase()
            kek = keys.derive(passphrase, account.wraps.salt, account.wraps.kdf)
            try:
                db_key = keys.unwrap(kek, account.wraps.db, ring.aad(user, account.role, "db"))
            except keys.KeyError_:
                raise WrongPassphrase() from None
            identity_key = _unwrap_identity(ring, kek, account.wraps, user, Role.admin)
            if not ring.verify(db_key):
                raise InvalidBackup(source.name)
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
            raise WriteFailed(_os_reason(exc)) from None
        return cls._open(
            folder, ring, user, Role.admin, db_key, identity_key, action="vault.restore"
        )

    def close(self) -> None:
        if self._engine is None:
            return
        with contextlib.suppress(Exception):
            self._save_ring_head()
        self._dispose()
        self._engine = None  # type: ignore[assignment]
        self._db_key = b""
        self._identity_key = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def engine(self):
        """For the vault's own stores and benchmarks; other layers use `session()`."""
        return self._engine


# -- helpers ---------------------------------------------------------------------------


def _save_failures(ring: kr.Keyring, path: Path) -> None:
    """Keep the failure count; a full disk or read-only folder must not hide the real answer
    (the passphrase is wrong), so a failed write here is not an error of its own."""
    with contextlib.suppress(OSError):
        kr.save(ring, path)


def _aad(table: str, column: str, row_id: str) -> bytes:
    return f"caseassist-seal-v1|{table}|{column}|{row_id}".encode()


def _role_of(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise Tampered(kr.FILE_NAME) from None


def _wraps_for(
    ring: kr.Keyring,
    name: str,
    role: Role,
    secret: str,
    kdf: KdfParams,
    db_key: bytes,
    identity_key: bytes | None,
) -> kr.Wraps:
    salt = keys.new_salt()
    kek = keys.derive(secret, salt, kdf)
    ident = None
    if role.holds_identity_key and identity_key is not None:
        ident = keys.wrap(kek, identity_key, ring.aad(name, role, "identity"))
    return kr.Wraps(
        salt=salt, kdf=kdf, db=keys.wrap(kek, db_key, ring.aad(name, role, "db")), identity=ident
    )


def _wrap_account(ring, name, role, secret, kdf, db_key, identity_key) -> kr.Account:
    return kr.Account(
        name=name,
        role=str(role),
        wraps=_wraps_for(ring, name, role, secret, kdf, db_key, identity_key),
        created_at=_now().isoformat(timespec="seconds"),
    )


def _opens_as(ring: kr.Keyring, kek: bytes, account: kr.Account, role: Role) -> bool:
    try:
        keys.unwrap(kek, account.wraps.db, ring.aad(account.name, role, "db"))
    except keys.KeyError_:
        return False
    return True


def _unwrap_identity(
    ring: kr.Keyring, kek: bytes, wraps: kr.Wraps, user: str, role: Role
) -> bytes | None:
    if not role.holds_identity_key:
        if wraps.identity is not None:
            raise Tampered(kr.FILE_NAME)
        return None
    if wraps.identity is None:
        raise Tampered(kr.FILE_NAME)
    try:
        return keys.unwrap(kek, wraps.identity, ring.aad(user, role, "identity"))
    except keys.KeyError_:
        raise Tampered(kr.FILE_NAME) from None


def _check_account_name(name: str) -> None:
    from caseassist.errors import InvalidInput

    if (
        not name
        or len(name) > 64
        or not all(c.isalnum() or c in "._-" for c in name)
        or name == RECOVERY_ACCOUNT
    ):
        raise InvalidInput(
            _("An account name uses letters, digits, dot, dash or underscore (up to 64).")
        )


def _check_passphrase(passphrase: str, *, demo: bool) -> None:
    from caseassist.errors import InvalidInput

    if len(passphrase) < 12:
        raise InvalidInput(
            _("Choose a passphrase of at least 12 characters (a few words works well).")
        )
    if passphrase == DEMO_PASSPHRASE and not demo:
        raise InvalidInput(_("The demo passphrase is only for demo vaults; choose another."))


_NO_ROOM = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EROFS})
"""Write errors that say where the data goes cannot take it, not that the data is bad."""


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return _("the disk is full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("the folder is read-only")
    return _("the file system refused the write")


def _translate(exc: Exception) -> Exception:
    kind = store.error_kind(exc)  # by SQLite's result code, not the message's wording
    if kind == "busy":
        return Busy()
    if kind == "full":
        return WriteFailed(_("the disk is full"))
    if kind == "read_only":
        return WriteFailed(_("the folder is read-only"))
    if kind == "damaged":
        return Damaged(store.DB_NAME)
    if kind == "io":  # a write the file system refused (quota, EFBIG, EIO): not damage
        return WriteFailed(_("the file system refused the write"))
    return WriteFailed(_("the database refused the write"))
