"""The entries of the keyring file: an account's wrapped keys, its endorsed signing keys,
a disabled account's public record; each with its JSON form.

Older keyrings lack the later fields, so each is written only when present and
read as absent otherwise (their MAC still holds).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from caseassist.vault import keys
from caseassist.vault.keys import KdfParams


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


def json_count(value: object) -> int:
    """A non-negative whole number from JSON (not a bool, float, NaN or string), else ValueError."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**62:
        raise ValueError("not a count")
    return value
