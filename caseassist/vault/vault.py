"""The open vault: keys in memory, an engine on the SQLCipher file, sealing and audit.

See docs/architecture.md for the key hierarchy. A `Vault` is what unlocking
returns; everything that stores or reads survivor data goes through one.

`Vault` is its state and its life (create, close); each of its other parts is a
module named for what it does, mixed in here: `unlocking`, `sessions`,
`audit_signing`, `keyring_writes`, `identity_sealing`, `account_admin`,
`rekeying` and `backup_restore`.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from pathlib import Path

from caseassist.cases.demo import DEMO_PASSPHRASE as DEMO_PASSPHRASE
from caseassist.vault import account_keys as ak
from caseassist.vault import audit as audit_log
from caseassist.vault import filelock, keys, migrations, replica, store, wal
from caseassist.vault import keyring as kr
from caseassist.vault.account_admin import AccountAdmin
from caseassist.vault.account_rules import RECOVERY_ACCOUNT as RECOVERY_ACCOUNT
from caseassist.vault.account_rules import check_account_name, check_passphrase
from caseassist.vault.audit_signing import AuditSigning
from caseassist.vault.backup_restore import BackupRestore
from caseassist.vault.errors import Tampered, VaultExists
from caseassist.vault.identity_sealing import IdentitySealing
from caseassist.vault.keyring_writes import KeyringWrites
from caseassist.vault.keys import KdfParams
from caseassist.vault.rekeying import Rekeying
from caseassist.vault.roles import Role
from caseassist.vault.sessions import REPLICA_EVERY as REPLICA_EVERY
from caseassist.vault.sessions import SESSIONS_LOCK, Sessions
from caseassist.vault.unlocking import WAL_NAME as WAL_NAME
from caseassist.vault.unlocking import Unlocking


def new_id() -> str:
    """A 128-bit row id, time-ordered like UUIDv7 (milliseconds, then 80 random bits).

    Rows are written in id order, so the B-trees grow at their end instead of
    splitting pages all over the file: bulk writes stay fast on large vaults.
    Row ids are internal; the case code people see is random and separate.
    """
    return f"{time.time_ns() // 1_000_000:012x}{secrets.token_hex(10)}"


class Vault(
    Unlocking,
    Sessions,
    AuditSigning,
    KeyringWrites,
    IdentitySealing,
    AccountAdmin,
    Rekeying,
    BackupRestore,
):
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
        check_account_name(admin_user)
        check_passphrase(passphrase, demo=demo)
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
