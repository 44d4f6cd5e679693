"""The open vault: keys in memory, an engine on the SQLCipher file, sealing and audit.

See docs/architecture.md for the key hierarchy. A `Vault` is what unlocking
returns; everything that stores or reads survivor data goes through one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import errno
import hashlib
import hmac
import json
import os
import secrets
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlcipher3
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from caseassist.cases.demo import DEMO_PASSPHRASE
from caseassist.i18n import _
from caseassist.vault import account_keys as ak
from caseassist.vault import audit as audit_log
from caseassist.vault import (
    checked_mark,
    filelock,
    keys,
    last_seen,
    migrations,
    replica,
    roles,
    store,
    wal,
)
from caseassist.vault import keyring as kr
from caseassist.vault.errors import (
    Busy,
    Damaged,
    IdentityLocked,
    InvalidBackup,
    LockedOut,
    NotAllowed,
    NotRotated,
    NoVault,
    OlderKeyring,
    ReplicaNotReady,
    RolledBack,
    Tampered,
    VaultError,
    VaultExists,
    WriteFailed,
    WrongPassphrase,
)
from caseassist.vault.keys import KdfParams
from caseassist.vault.roles import Role

RECOVERY_ACCOUNT = "recovery-code"
REPLICA_EVERY = 60.0
"""Seconds: a session left open rebuilds the supervisors' replica with its first
transaction this long after the last rebuild (if case data changed), besides at lock."""
SESSIONS_LOCK = "sessions.lock"
"""Every open session holds a shared lock on it; a key rotation needs it alone."""
WAL_NAME = store.DB_NAME + "-wal"


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
        db_key: bytes | None,
        identity_key: bytes | None,
        signing: ak.Signing | None = None,
        replica_key: bytes | None = None,
    ) -> None:
        self.folder = folder
        self._ring = ring
        self.user = user
        self.role = role
        self._db_key = db_key
        self._identity_key = identity_key
        self._sealer: keys.Sealer | None = None
        self._replica_key = replica_key
        self._signing = signing or ak.Signing()
        self.is_replica = db_key is None
        """A supervisor's session: it holds no database key and reads the replica only."""
        self.audit_alarm: audit_log.Verdict | None = None
        """Set at unlock when the audit log or the keyring's signing keys do not verify."""
        self.wal_tail = wal.Tail.clean
        """What SQLite dropped from the journal's end at unlock (an interrupted change)."""
        self.new_recovery_code: str | None = None
        """Set when the recovery code opened the vault: the code that replaces it (show once)."""
        self._checked_key: bytes | None = None
        """This account's key for its audit mark (`checked_mark`); None: no mark kept."""
        self._checked_through: str | None = None
        """The sealed mark this unlock's check earned, written with the keyring's head."""
        self.failed_unlocks: dict[str, int] = {}
        """For an admin: failed unlock attempts per account since an admin last unlocked."""
        self.tightened = False
        """Whether unlock found the folder or a file readable by others and made it private."""
        self._path = folder / (replica.REPLICA_NAME if db_key is None else store.DB_NAME)
        self._key = replica_key if db_key is None else db_key
        if self._key is None:
            raise Tampered(kr.FILE_NAME)
        self._engine = store.make_engine(self._path, self._key)
        self._presence: int | None = filelock.hold_shared(folder / SESSIONS_LOCK)
        self._refreshed_at = time.monotonic()
        self._depth = 0  # sessions open in this thread's call stack (nested ones included)
        self._anchor = None  # one idle connection held open: see _hold_open
        self._readers: list = []  # long-lived read connections (the stored directory's)

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
        keyset = ak.Keyset(keys.new_key(), keys.new_key(), keys.new_key())
        ring = kr.Keyring(vault_id=new_id(), demo=demo, accounts={}, recovery=None, replica=True)
        signing = ak.Signing(keys.new_signing_seed(), keys.new_signing_seed())
        ring.admin_public = keys.public_of(signing.admin)
        ring.accounts[admin_user] = ak.wrap_account(
            ring, admin_user, Role.admin, passphrase, kdf, keyset, signing
        )
        code = keys.new_recovery_code()
        ring.recovery = ak.wraps_for(
            ring, RECOVERY_ACCOUNT, Role.admin, code, kdf, keyset, ak.Signing(None, signing.admin)
        )[0]
        vault = cls(
            folder,
            ring,
            admin_user,
            Role.admin,
            keyset.db,
            keyset.identity,
            signing,
            replica_key=keyset.replica,
        )
        try:
            with vault._engine.begin() as conn:
                migrations.upgrade(conn)
            os.chmod(cls.db_path(folder), 0o600)
            with vault.session() as session:
                vault.audit(session, "vault.create", "")
            ring.sign(keyset.replica)
            kr.save(ring, cls.keyring_path(folder))
            vault.refresh_replica(force=True)
            vault._save_ring_head()
        except BaseException:
            vault._dispose()
            for name in (
                store.DB_NAME,
                store.DB_NAME + "-wal",
                store.DB_NAME + "-shm",
                kr.FILE_NAME,
                *replica.FILES,
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
        signing: ak.Signing | None = None,
        enrol: Callable[[kr.Keyring], None] | None = None,
        replica_key: bytes | None = None,
        checked_key: bytes | None = None,
    ) -> Vault:
        if db_key is None:
            return cls._open_replica(
                folder, ring, user, role, replica_key, action=action, signing=signing, enrol=enrol
            )
        from caseassist.vault import rotation

        try:  # a rotation killed after its keyring was written is finished here
            rotation.finish_or_discard(folder, db_key, (ring.head_seq, ring.head_hash))
        except OSError as exc:
            raise WriteFailed(_os_reason(exc)) from None
        if not cls.db_path(folder).exists():
            raise Damaged(store.DB_NAME)
        _remove_staging(folder)
        tightened = _tighten(folder)
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
                raise WriteFailed(_os_reason(exc)) from None
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
                raise _translate(exc) from None
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
    ) -> Vault:
        """A supervisor's session: the replica under the replica key; the database stays shut."""
        if not (folder / replica.REPLICA_NAME).exists():
            raise ReplicaNotReady()
        tightened = _tighten(folder)
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

    def _replica_behind(self, session: Session | None = None) -> bool:
        """Whether the replica is missing or some case changed since it was built, read
        from the database in `session` (or a new one; no second file is opened)."""
        if self.is_replica or self._replica_key is None or not self._ring.replica:
            return False
        if not (self.folder / replica.REPLICA_NAME).exists():
            return True
        if session is not None:
            return replica.has_changes(session.connection().connection.dbapi_connection)
        with self.session() as own:
            return replica.has_changes(own.connection().connection.dbapi_connection)

    def refresh_replica(self, *, force: bool = False) -> bool:
        """Rebuild the supervisors' replica if case data changed since it was built (a
        session with the full keys; see `replica`). True when it was rebuilt."""
        if self.is_replica or self._replica_key is None or not self._ring.replica:
            return False
        self._refreshed_at = time.monotonic()
        try:
            return replica.refresh(
                self.db_path(self.folder),
                self._db_key,
                self._replica_key,
                actor=self.user,
                sign=self._sign_entry,
                trust=self._trust(self._ring),
                force=force,
            )
        except sqlcipher3.DatabaseError as exc:
            raise _translate(exc) from None
        except OSError as exc:
            raise WriteFailed(_os_reason(exc)) from None
        except (store.Damaged, store.NotEncrypted):
            raise Damaged(store.DB_NAME) from None
        except store.ReadOnly:
            raise WriteFailed(_("the folder is read-only")) from None
        except store.WriteError:
            raise WriteFailed(_("the file system refused the write")) from None

    # -- sessions --------------------------------------------------------------------
    def _hold_open(self) -> None:
        """Keep one idle connection for the vault's lifetime.

        With a connection per session (NullPool), closing the last one makes
        SQLite checkpoint and delete the WAL every time. An idle connection,
        never used for queries, keeps the WAL between sessions; `close()`
        closes it last, so the final checkpoint still empties the WAL.
        """
        if self._anchor is None and self._path.exists():
            self._anchor = store.connect(self._path, self._key, any_thread=True)

    def reader(self):
        """A read connection that lives until the vault closes: the stored directory
        queries through it, so a search reuses its page cache instead of opening anew."""
        self._hold_open()
        conn = store.connect(self._path, self._key, any_thread=True)
        self._readers.append(conn)
        return conn

    def _dispose(self) -> None:
        if self._presence is not None:
            filelock.release(self._presence)
            self._presence = None
        for conn in self._readers:
            with contextlib.suppress(Exception):
                conn.close()
        self._readers.clear()
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
            self._depth += 1
            try:
                with Session(self._engine, expire_on_commit=False) as session:
                    try:
                        yield session
                        session.commit()
                    except BaseException:
                        session.rollback()
                        raise
            finally:
                self._depth -= 1
            if not self._depth and time.monotonic() - self._refreshed_at > REPLICA_EVERY:
                with contextlib.suppress(VaultError):  # the work is saved; lock retries it
                    self.refresh_replica()
        except DBAPIError as exc:
            error = _translate(exc)
            if self.is_replica and isinstance(error, Damaged):
                raise self._replica_damaged() from None
            raise error from None
        except store.Damaged:
            if self.is_replica:
                raise self._replica_damaged() from None
            raise Damaged(self._path.name) from None
        except store.ReadOnly:
            raise WriteFailed(_("the folder is read-only")) from None
        except store.WriteError:
            raise WriteFailed(_("the file system refused the write")) from None
        except store.NotEncrypted:
            raise Tampered(self._path.name) from None

    def _replica_damaged(self) -> ReplicaNotReady:
        """A supervisor's copy that does not read is removed (the next staff session makes
        it anew; it holds nothing that is not in the database)."""
        replica.discard(self.folder)
        return ReplicaNotReady()

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

    # -- identity sealing ------------------------------------------------------------
    def _identity_sealer(self) -> keys.Sealer:
        """The identity key's cipher, made once per key (a rotation or a lock changes it)."""
        key = self._identity_key
        if key is None:
            raise IdentityLocked()
        if self._sealer is None or self._sealer.key is not key:
            self._sealer = keys.Sealer(key)
        return self._sealer

    def seal(self, table: str, column: str, row_id: str, text: str) -> bytes:
        return self._identity_sealer().seal(text.encode("utf-8"), _aad(table, column, row_id))

    def unseal(self, table: str, column: str, row_id: str, blob: bytes) -> str:
        try:
            return self._identity_sealer().unseal(blob, _aad(table, column, row_id)).decode("utf-8")
        except keys.KeyError_:
            raise Tampered(store.DB_NAME) from None

    def unsealer(self, table: str, column: str) -> Callable[[str, bytes], str]:
        """`unseal` for many values of one column: a search over every case's name
        decrypts 100,000 values, so the per-call setup counts."""
        sealer = self._identity_sealer()

        def unseal(row_id: str, blob: bytes) -> str:
            try:
                return sealer.unseal(blob, _aad(table, column, row_id)).decode("utf-8")
            except keys.KeyError_:
                raise Tampered(store.DB_NAME) from None

        return unseal

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

    def allow(self, action: str) -> None:
        """Refuse, naming the action, unless the role table lets this account's role do it."""
        if not roles.allowed(self.role, action):
            raise NotAllowed(_(roles.BY_ACTION[action].words))

    def add_account(
        self, name: str, role: Role | str, passphrase: str, *, kdf: KdfParams | None = None
    ) -> None:
        self.allow("account.add")
        role = ak.role_of(str(role))
        _check_account_name(name)
        _check_passphrase(passphrase, demo=self.is_demo)
        self._exists_check(name)
        account = ak.wrap_account(
            self._ring,
            name,
            role,
            passphrase,
            kdf or self._ring_kdf(self._ring),
            self._keyset(),
            ak.Signing(keys.new_signing_seed(), self._signing.admin),
        )

        def change(ring: kr.Keyring) -> None:
            if name in ring.accounts or name in ring.retired:  # added meanwhile
                raise NotAllowed(_("an account with that name exists"))
            ring.accounts[name] = account

        with self.session() as session:
            self.audit(session, "account.add", f"{name}:{role}")
        self._commit_ring(change, "account.add", f"{name}:{role}")

    def change_passphrase(
        self, name: str, passphrase: str, *, kdf: KdfParams | None = None
    ) -> None:
        if name != self.user:
            self.allow("account.passphrase.other")
        _check_passphrase(passphrase, demo=self.is_demo)
        account = self._fresh_ring().accounts.get(name)
        if account is None:
            raise NotAllowed(_("there is no such account"))
        role = ak.role_of(account.role)
        if role.holds_identity_key and self._identity_key is None:
            raise IdentityLocked()
        own = name == self.user and self._signing.own is not None
        rewrapped = ak.wrap_account(
            self._ring,
            name,
            role,
            passphrase,
            kdf or account.wraps.kdf,
            self._keyset(),
            ak.Signing(
                self._signing.own if own else keys.new_signing_seed(),
                self._signing.admin,
            ),
        )

        def change(ring: kr.Keyring) -> None:
            current = ring.accounts.get(name)
            if current is None or current.role != str(role):  # removed or changed meanwhile
                raise NotAllowed(_("there is no such account"))
            rewrapped.created_at = current.created_at
            if own:  # the same signing key, wrapped under the new passphrase
                rewrapped.signing = current.signing
            else:  # a reset: a new key, the older ones kept for older entries
                rewrapped.signing = [*current.signing, *rewrapped.signing]
            ring.accounts[name] = rewrapped
            ring.clear_failures(name)

        with self.session() as session:
            self.audit(session, "account.passphrase", name)
        self._commit_ring(change, "account.passphrase", name)

    def disable_account(self, name: str) -> None:
        """Remove an account's wraps for good (nothing unlocks it again); its public keys
        stay, so its audit entries still verify, and its name is never reused."""
        self.allow("account.disable")
        if name == self.user:
            raise NotAllowed(_("disable your own account"))

        def change(ring: kr.Keyring) -> None:
            account = ring.accounts.get(name)
            if account is None:
                raise NotAllowed(_("there is no such account"))
            admins = [a for a in ring.accounts.values() if a.role == str(Role.admin)]
            if account.role == str(Role.admin) and len(admins) <= 1:
                raise NotAllowed(_("disable the last admin account"))
            del ring.accounts[name]
            ring.failures.pop(name, None)
            ring.retired[name] = kr.Retired(
                account.role, account.signing, _now().isoformat(timespec="seconds")
            )

        with self.session() as session:
            self.audit(session, "account.disable", name)
        self._commit_ring(change, "account.disable", name)

    def _keyset(self) -> ak.Keyset:
        return ak.Keyset(self._db_key, self._identity_key, self._replica_key)

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

    def _exists_check(self, name: str) -> None:
        ring = self._fresh_ring()
        if name in ring.accounts or name in ring.retired or name == RECOVERY_ACCOUNT:
            raise NotAllowed(_("an account with that name exists"))

    def _commit_ring(self, change: Callable[[kr.Keyring], None], action: str, target: str) -> None:
        """Apply one change to the keyring as on disk now, after its audit entry; if the
        write fails, say so in the audit too."""
        try:
            self._save_ring_head(change)
        except BaseException:
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
            raise WriteFailed(_os_reason(exc)) from None

    # -- maintenance -----------------------------------------------------------------
    def checkpoint(self) -> None:
        """Empty the WAL into the database (after a purge, so deleted text does not linger)."""
        try:
            store.checkpoint(self._path, self._key)
        except sqlcipher3.DatabaseError as exc:
            raise _translate(exc) from None

    def integrity_ok(self) -> bool:
        """Every page's HMAC and SQLite's own check. A file that no longer opens is
        not intact (False); a folder that became read-only is said as such."""
        try:
            return store.integrity_ok(self._path, self._key)
        except (store.Damaged, store.NotEncrypted):
            return False
        except store.ReadOnly:
            raise WriteFailed(_("the folder is read-only")) from None
        except store.WriteError:
            raise WriteFailed(_("the file system refused the write")) from None

    def backup(self, target: Path | str) -> Path:
        """An encrypted backup file: the keyring and a `sqlcipher_export` copy, zipped."""
        self.allow("vault.backup")
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
            part.unlink(missing_ok=True)
            _private_file(copy)  # SQLite and zipfile keep the mode of a file that exists
            _private_file(part)
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
    def check_role(cls, folder: Path | str, user: str, action: str) -> None:
        """Before any passphrase: refuse, naming the action, when the keyring gives `user`
        a role the table does not allow (anything unreadable is left to unlock)."""
        try:
            account = kr.load(cls.keyring_path(Path(folder))).accounts.get(user)
        except (OSError, kr.KeyringDamaged):
            return
        if account is not None and not roles.allowed(account.role, action):
            raise NotAllowed(_(roles.BY_ACTION[action].words))

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
    def restore(cls, folder: Path | str, source: Path | str, user: str, passphrase: str) -> Vault:
        """Verify a backup whole (keys, integrity, audit chain), then put it in place."""
        folder, source = Path(folder), Path(source)
        staged = folder / (store.DB_NAME + ".restore")
        try:
            with zipfile.ZipFile(source) as zf:
                ring = kr.Keyring.from_bytes(zf.read(kr.FILE_NAME))
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                _private_file(staged)
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
            raise WriteFailed(_os_reason(exc)) from None
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

    def close(self) -> None:
        if self._engine is None:
            return
        with contextlib.suppress(Exception):
            if self._replica_behind() or replica.pending(self.folder):
                self.refresh_replica()
        with contextlib.suppress(Exception):
            self._save_ring_head()
        self._dispose()
        self._engine = None  # type: ignore[assignment]
        self._db_key = b""
        self._identity_key = None
        self._sealer = None
        self._replica_key = None
        self._key = b""

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def engine(self):
        """For the vault's own stores and benchmarks; other layers use `session()`."""
        return self._engine


# -- helpers ---------------------------------------------------------------------------


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


def _save_failure(path: Path, name: str) -> None:
    """Count one failed unlock in the keyring as on disk now; a full disk or read-only
    folder must not hide the real answer (the passphrase is wrong), so a failed write
    here is not an error of its own."""

    def count(ring: kr.Keyring) -> bool:
        ring.record_failure(name)
        return True

    with contextlib.suppress(OSError, kr.KeyringDamaged):
        kr.update(path, count)


def _private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 (or make an existing one 0600)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    os.chmod(path, 0o600)


STAGING = (
    store.DB_NAME + ".restore",
    store.DB_NAME + ".restore-wal",
    store.DB_NAME + ".restore-shm",
    store.DB_NAME + ".restore-journal",
)


def _remove_staging(folder: Path) -> None:
    """Files a killed restore left behind (restore removes them itself otherwise)."""
    for name in STAGING:
        with contextlib.suppress(OSError):
            (folder / name).unlink(missing_ok=True)


def _tighten(folder: Path) -> bool:
    """Make the vault folder 0700 and its files 0600; True when anything was looser."""
    changed = False
    with contextlib.suppress(OSError):
        for path, mode in [(folder, 0o700), *((p, 0o600) for p in folder.iterdir())]:
            if path.is_symlink() or (path != folder and not path.is_file()):
                continue
            if path.stat().st_mode & 0o777 & ~mode:
                os.chmod(path, mode)
                changed = True
    return changed


def _aad(table: str, column: str, row_id: str) -> bytes:
    return f"caseassist-seal-v1|{table}|{column}|{row_id}".encode()


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
