"""The keyring file: each account's wrapped keys, the recovery wrap, and the vault's head.

It holds no secret in the clear: every key in it is wrapped under a key derived
from a passphrase (or the recovery code). The account name, role and vault id
are bound into each wrap's associated data, so editing a role in the file makes
the wrap fail to open. An HMAC under the database key covers the whole file
except the failure counters (written when no key is at hand), so any other edit
is detected once an account unlocks.

Every write goes through `update`: under an exclusive lock it re-reads the file,
applies one change to what is on disk now (never to a copy read earlier), and
replaces the file atomically through a uniquely named temporary file (fsync,
rename, fsync the folder). So a session closing late never writes back a stale
keyring, two processes never collide on one temporary name, and a crash leaves
the old keyring or the new one. `generation` counts the signed changes.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from caseassist.vault import keys
from caseassist.vault.keyring_file import FILE_NAME, FORMAT
from caseassist.vault.keys import KdfParams

LOCK_NAME = "keyring.lock"
TEMP_PREFIX = f".{FILE_NAME}."
TEMP_SUFFIX = ".tmp"
LEGACY_TEMP = FILE_NAME + ".new"


class KeyringDamaged(Exception):
    """The keyring file cannot be read as a keyring."""


@dataclass
class Wraps:
    """Keys wrapped under one argon2id-derived key."""

    salt: bytes
    kdf: KdfParams
    db: bytes | None
    """The database key: under the passphrase key, or sealed to `box` when there is one.
    None for a supervisor of a vault with a replica (they never hold it)."""
    identity: bytes | None
    sign: bytes | None = None
    """The account's own Ed25519 signing seed (audit entries)."""
    admin: bytes | None = None
    """The vault's admin signing seed (admins and the recovery code only)."""
    box: bytes | None = None
    """The account's X25519 private key; the data keys (db, identity, replica) are then
    sealed to its public half, so a key rotation can re-give them without a passphrase."""
    replica: bytes | None = None
    """The supervisors' replica key (sealed to `box`)."""

    def to_json(self) -> dict:
        out = {
            "salt": keys.b64(self.salt),
            "kdf": self.kdf.as_dict(),
            "db": keys.b64(self.db) if self.db is not None else None,
            "identity": keys.b64(self.identity) if self.identity is not None else None,
        }
        for name in ("sign", "admin", "box", "replica"):  # absent in older keyrings
            if getattr(self, name) is not None:
                out[name] = keys.b64(getattr(self, name))
        return out

    @classmethod
    def from_json(cls, d: dict) -> Wraps:
        ident = d.get("identity")
        salt = keys.unb64(d["salt"])
        if len(salt) != keys.SALT_BYTES:  # argon2 refuses short salts with its own error
            raise ValueError("salt")
        return cls(
            salt=salt,
            kdf=KdfParams.from_dict(d["kdf"]),
            db=keys.unb64(d["db"]) if d.get("db") is not None else None,
            identity=keys.unb64(ident) if ident is not None else None,
            sign=keys.unb64(d["sign"]) if d.get("sign") is not None else None,
            admin=keys.unb64(d["admin"]) if d.get("admin") is not None else None,
            box=keys.unb64(d["box"]) if d.get("box") is not None else None,
            replica=keys.unb64(d["replica"]) if d.get("replica") is not None else None,
        )


@dataclass(frozen=True)
class SigningKey:
    """One public key an account has signed audit entries with, endorsed by the admin key."""

    public: bytes
    endorsement: bytes

    def to_json(self) -> dict:
        return {"public": keys.b64(self.public), "endorsement": keys.b64(self.endorsement)}

    @classmethod
    def from_json(cls, d: dict) -> SigningKey:
        return cls(keys.unb64(d["public"]), keys.unb64(d["endorsement"]))


@dataclass
class Retired:
    """A disabled account: its role and endorsed public keys, nothing that unlocks."""

    role: str
    signing: list[SigningKey]
    disabled_at: str = ""

    def to_json(self) -> dict:
        return {
            "role": self.role,
            "signing": [k.to_json() for k in self.signing],
            "disabled_at": self.disabled_at,
        }

    @classmethod
    def from_json(cls, d: dict) -> Retired:
        return cls(
            str(d["role"]),
            [SigningKey.from_json(k) for k in d.get("signing", [])],
            str(d.get("disabled_at", "")),
        )


@dataclass
class Account:
    name: str
    role: str
    wraps: Wraps
    created_at: str = ""
    signing: list[SigningKey] = field(default_factory=list)
    """Every endorsed public key of this account, oldest first (a reset passphrase adds one;
    older entries still verify against the older keys)."""
    box_public: bytes | None = None
    """The public half of the account's box (what rotated keys are sealed to)."""
    box_endorsement: bytes = b""
    """The admin key's word that `box_public` is this account's (checked before sealing)."""

    def to_json(self) -> dict:
        out = {"role": self.role, "created_at": self.created_at, **self.wraps.to_json()}
        if self.signing:
            out["signing"] = [k.to_json() for k in self.signing]
        if self.box_public is not None:
            out["box_public"] = keys.b64(self.box_public)
            out["box_endorsement"] = keys.b64(self.box_endorsement)
        return out


@dataclass
class Keyring:
    vault_id: str
    demo: bool
    accounts: dict[str, Account]
    recovery: Wraps | None
    head_seq: int = 0
    head_hash: str = ""
    mac: str = ""
    failures: dict[str, dict] = field(default_factory=dict)
    generation: int = 0
    admin_public: bytes | None = None
    """The vault admin key's public half: it endorses account keys and signs heads."""
    signed_head: tuple[int, str, bytes] | None = None
    """The audit head (seq, hash) as last signed with the admin key, and the signature."""
    retired: dict[str, Retired] = field(default_factory=dict)
    """Disabled accounts: no wraps left (nothing unlocks them), their public keys kept so
    their audit entries still verify, and their names never reused."""
    replica: bool = False
    """Whether the vault keeps the supervisors' replica: the MAC is then under the replica
    key (every account holds it; supervisors hold no database key)."""
    epoch: int = 0
    """How many times the data keys were rotated."""
    admin_history: list[bytes] = field(default_factory=list)
    """Earlier admin public keys (before a rotation), oldest first: the recovery code's
    older audit entries were signed with them."""
    checked: dict[str, str] = field(default_factory=dict)
    """Each account's own sealed mark of how far it verified the audit log (`checked_mark`);
    outside the MAC like the failure counters: a mark proves itself."""

    # -- associated data -------------------------------------------------------------
    def aad(self, name: str, role: str, which: str) -> bytes:
        return f"caseassist-keyring-v{FORMAT}|{self.vault_id}|{name}|{role}|{which}".encode()

    # -- integrity -------------------------------------------------------------------
    def signed_part(self) -> bytes:
        body = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "demo": self.demo,
            "accounts": {n: a.to_json() for n, a in sorted(self.accounts.items())},
            "recovery": self.recovery.to_json() if self.recovery else None,
            "head": {"seq": self.head_seq, "hash": self.head_hash},
        }
        if self.generation:  # absent in keyrings written before it existed (their MAC holds)
            body["generation"] = self.generation
        if self.admin_public is not None:
            body["admin_public"] = keys.b64(self.admin_public)
        if self.signed_head is not None:
            seq, hash_, sig = self.signed_head
            body["signed_head"] = {"seq": seq, "hash": hash_, "sig": keys.b64(sig)}
        if self.retired:
            body["retired"] = {n: r.to_json() for n, r in sorted(self.retired.items())}
        if self.replica:
            body["replica"] = True
        if self.epoch:
            body["epoch"] = self.epoch
        if self.admin_history:
            body["admin_history"] = [keys.b64(k) for k in self.admin_history]
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()

    def sign(self, db_key: bytes) -> None:
        self.mac = keys.mac(db_key, self.signed_part())

    def verify(self, db_key: bytes) -> bool:
        return bool(self.mac) and keys.mac(db_key, self.signed_part()) == self.mac

    # -- failures (kept across restarts) ---------------------------------------------
    def failure_count(self, name: str) -> int:
        return int(self.failures.get(name, {}).get("count", 0))

    def wait_seconds(self, name: str, now: float | None = None) -> float:
        """Seconds before `name` may try again: none for 3 failures, then doubling to 5 min."""
        entry = self.failures.get(name)
        if not entry or int(entry.get("count", 0)) < 3:
            return 0.0
        delay = min(2.0 ** (int(entry["count"]) - 3), 300.0)
        now = time.time() if now is None else now
        return max(0.0, float(entry.get("last", 0.0)) + delay - now)

    def record_failure(self, name: str) -> None:
        entry = self.failures.setdefault(name, {"count": 0, "last": 0.0})
        entry["count"] = int(entry.get("count", 0)) + 1
        entry["last"] = time.time()
        entry["unseen"] = int(entry.get("unseen", 0)) + 1

    def clear_failures(self, name: str) -> None:
        """After a success: no more waiting; the attempts stay counted until an admin sees them."""
        entry = self.failures.get(name)
        if entry is None:
            return
        entry["count"] = 0
        if not entry.get("unseen"):
            self.failures.pop(name, None)

    def unseen_failures(self) -> dict[str, int]:
        return {n: e["unseen"] for n, e in sorted(self.failures.items()) if e.get("unseen")}

    def unaudited_failures(self) -> dict[str, int]:
        return {
            n: e["unseen"] - e.get("audited", 0)
            for n, e in sorted(self.failures.items())
            if e.get("unseen", 0) > e.get("audited", 0)
        }

    def mark_failures(self, audited: dict[str, int], *, seen: bool) -> None:
        """Record that `audited` attempts are in the audit log; `seen`: an admin saw them all."""
        for name, n in audited.items():
            if name in self.failures:
                entry = self.failures[name]
                entry["audited"] = entry.get("audited", 0) + n
        if seen:
            for name in list(self.failures):
                entry = self.failures[name]
                entry["unseen"] = entry["audited"] = 0
                if not entry.get("count"):
                    del self.failures[name]

    # -- file ------------------------------------------------------------------------
    def to_json(self) -> dict:
        data = json.loads(self.signed_part())
        data["mac"] = self.mac
        data["failures"] = self.failures
        if self.checked:
            data["checked"] = {n: m for n, m in sorted(self.checked.items()) if n in self.accounts}
        return data

    @classmethod
    def from_json(cls, data: dict) -> Keyring:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise KeyringDamaged("format")
        try:
            accounts = {
                str(name): Account(
                    name=str(name),
                    role=str(entry["role"]),
                    wraps=Wraps.from_json(entry),
                    created_at=str(entry.get("created_at", "")),
                    signing=[SigningKey.from_json(k) for k in entry.get("signing", [])],
                    box_public=keys.unb64(entry["box_public"]) if "box_public" in entry else None,
                    box_endorsement=keys.unb64(entry.get("box_endorsement", "")),
                )
                for name, entry in data["accounts"].items()
            }
            rec = data.get("recovery")
            head = data.get("head") or {}
            failures = data.get("failures") or {}
            if not isinstance(failures, dict):
                failures = {}
            checked = data.get("checked") or {}
            if not isinstance(checked, dict):
                checked = {}
            return cls(
                vault_id=str(data["vault_id"]),
                demo=bool(data.get("demo", False)),
                accounts=accounts,
                recovery=Wraps.from_json(rec) if rec else None,
                head_seq=int(head.get("seq", 0)),
                head_hash=str(head.get("hash", "")),
                mac=str(data.get("mac", "")),
                failures=_readable_failures(failures),
                generation=_count(data.get("generation", 0)),
                admin_public=keys.unb64(data["admin_public"]) if "admin_public" in data else None,
                signed_head=_signed_head(data.get("signed_head")),
                retired={
                    str(n): Retired.from_json(r) for n, r in (data.get("retired") or {}).items()
                },
                replica=data.get("replica") is True,
                epoch=_count(data.get("epoch", 0)),
                admin_history=[keys.unb64(k) for k in data.get("admin_history", [])],
                checked={str(n): m for n, m in checked.items() if isinstance(m, str)},
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise KeyringDamaged("structure") from exc

    def to_bytes(self) -> bytes:
        return json.dumps(self.to_json(), sort_keys=True, indent=1).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> Keyring:
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise KeyringDamaged("json") from exc
        return cls.from_json(data)


def _signed_head(raw: object) -> tuple[int, str, bytes] | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ValueError("signed head")
    return _count(raw["seq"]), str(raw["hash"]), keys.unb64(raw["sig"])


def _count(value: object) -> int:
    """A non-negative whole number from JSON (not a bool, float, NaN or string), else ValueError."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**62:
        raise ValueError("not a count")
    return value


def _readable_failures(raw: dict) -> dict[str, dict]:
    """The unsigned failure counters; an entry that cannot be read is dropped, not fatal."""
    out: dict[str, dict] = {}
    for name, entry in raw.items():
        try:
            last = float(entry.get("last", 0.0))
            if last != last or last in (float("inf"), float("-inf")):  # NaN, 1e999
                raise ValueError("last")
            out[str(name)] = {
                "count": _count(entry["count"]),
                "last": last,
                "unseen": _count(entry.get("unseen", 0)),
                "audited": _count(entry.get("audited", 0)),
            }
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError):
            continue
    return out


def load(path: Path) -> Keyring:
    return Keyring.from_bytes(path.read_bytes())


def update(
    path: Path,
    change: Callable[[Keyring], bool],
    *,
    written: Callable[[Keyring], None] | None = None,
) -> Keyring:
    """Compare-and-swap: under the lock, read the keyring as on disk now, let `change`
    edit it (True: write it; False: leave the file alone), and return what is on disk.

    `change` may raise to refuse (the file is then left as it was). `written` runs
    after a write, still under the lock (what must never be ahead of the file).
    """
    from caseassist.vault import filelock  # not at import: reading the demo flag needs none

    with filelock.exclusive(path.with_name(LOCK_NAME)):
        remove_staging(path.parent)
        ring = load(path)
        if change(ring):
            atomic_write(path, ring.to_bytes())
            if written is not None:
                written(ring)
        return ring


def read_locked(path: Path, also: Callable[[], object]) -> tuple[Keyring, object]:
    """The keyring and `also()` read together under the lock (no writer between them)."""
    from caseassist.vault import filelock  # not at import: reading the demo flag needs none

    with filelock.exclusive(path.with_name(LOCK_NAME)):
        return load(path), also()


def save(keyring: Keyring, path: Path) -> None:
    """Replace the keyring whole, whatever is on disk (creation, restore), under the lock."""
    from caseassist.vault import filelock  # not at import: reading the demo flag needs none

    with filelock.exclusive(path.with_name(LOCK_NAME)):
        remove_staging(path.parent)
        atomic_write(path, keyring.to_bytes())


def remove_staging(folder: Path) -> None:
    """Temporary keyrings left by a killed writer (only called under the lock, when no
    writer can be mid-write)."""
    for stale in [folder / LEGACY_TEMP, *folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}")]:
        stale.unlink(missing_ok=True)


def atomic_write(path: Path, data: bytes) -> None:
    """Write a uniquely named 0600 file, fsync, rename over `path`, fsync the folder."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
