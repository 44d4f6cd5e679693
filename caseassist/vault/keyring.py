"""The keyring file: each account's wrapped keys, the recovery wrap, and the vault's head.

It holds no secret in the clear: every key in it is wrapped under a key derived
from a passphrase (or the recovery code). The account name, role and vault id
are bound into each wrap's associated data, so editing a role in the file makes
the wrap fail to open. An HMAC under the database key covers the whole file
except the failure counters (written when no key is at hand), so any other edit
is detected once an account unlocks. Its entries are in `keyring_entries`, its
failure counters in `keyring_failures`.

Every write goes through `update`: under an exclusive lock it re-reads the file,
applies one change to what is on disk now (never to a copy read earlier), and
replaces the file atomically through a uniquely named temporary file (fsync,
rename, fsync the folder). So a session closing late never writes back a stale
keyring, two processes never collide on one temporary name, and a crash leaves
the old keyring or the new one. `generation` counts the signed changes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from caseassist.durable_files import replace_file
from caseassist.vault import keys
from caseassist.vault.keyring_entries import Account, Retired, SigningKey, Wraps, json_count
from caseassist.vault.keyring_failures import FailureCounters, readable_failures
from caseassist.vault.keyring_file import FILE_NAME, FORMAT
from caseassist.vault.keys import KdfParams

__all__ = [
    "FILE_NAME",
    "FORMAT",
    "Account",
    "KdfParams",
    "Keyring",
    "KeyringDamaged",
    "Retired",
    "SigningKey",
    "Wraps",
    "atomic_write",
    "load",
    "read_locked",
    "remove_staging",
    "save",
    "update",
]

LOCK_NAME = "keyring.lock"
TEMP_PREFIX = f".{FILE_NAME}."
TEMP_SUFFIX = ".tmp"
LEGACY_TEMP = FILE_NAME + ".new"


class KeyringDamaged(Exception):
    """The keyring file cannot be read as a keyring."""


@dataclass
class Keyring(FailureCounters):
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
                failures=readable_failures(failures),
                generation=json_count(data.get("generation", 0)),
                admin_public=keys.unb64(data["admin_public"]) if "admin_public" in data else None,
                signed_head=_signed_head(data.get("signed_head")),
                retired={
                    str(n): Retired.from_json(r) for n, r in (data.get("retired") or {}).items()
                },
                replica=data.get("replica") is True,
                epoch=json_count(data.get("epoch", 0)),
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
    return json_count(raw["seq"]), str(raw["hash"]), keys.unb64(raw["sig"])


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
    replace_file(path, data, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX)
