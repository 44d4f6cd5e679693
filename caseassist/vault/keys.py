"""Key derivation, key wrapping and identity sealing: the vault's cryptography in one place.

Passphrases and the recovery code go through argon2id to a key-encryption key;
that key unwraps (AES-256-GCM) the random database key and, for roles allowed
to see identities, the random identity key. Identifying fields are sealed with
AES-256-GCM under the identity key, binding table, column and row id as
associated data so a value cannot be moved to another row unnoticed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import threading
import time
from concurrent.futures import Future
from dataclasses import asdict, dataclass
from functools import cache

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
SEAL_VERSION = b"\x01"

RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
"""Recovery code characters: no 0/O, 1/I/L or U, so a code read aloud or copied by hand survives."""


class KeyError_(Exception):
    """A wrap or seal that does not authenticate (wrong key, or bytes changed)."""


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost: memory in KiB, passes, lanes. Never below RFC 9106's second set."""

    memory_kib: int = 65536
    time_cost: int = 3
    parallelism: int = 4

    FLOOR_MEMORY = 65536
    FLOOR_TIME = 3

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> KdfParams:
        """Read from the keyring, before its MAC can be checked: bounded so a damaged or
        edited file cannot make argon2 fail, take hours or ask for terabytes (ValueError)."""
        params = cls(int(d["memory_kib"]), int(d["time_cost"]), int(d["parallelism"]))
        if not (
            1 <= params.parallelism <= 64
            and 8 * params.parallelism <= params.memory_kib <= 4 * 1024 * 1024
            and 1 <= params.time_cost <= 1000
        ):
            raise ValueError("argon2 parameters out of range")
        return params

    @classmethod
    def floor(cls) -> KdfParams:
        return cls()

    @classmethod
    def fast_for_tests(cls) -> KdfParams:
        """Cheap parameters for the test suite only (far below the floor: never for real vaults)."""
        return cls(memory_kib=1024, time_cost=1, parallelism=1)

    @property
    def below_floor(self) -> bool:
        return self.memory_kib < self.FLOOR_MEMORY or self.time_cost < self.FLOOR_TIME


@cache
def _aead():
    """AES-GCM and its failure type, imported on first use (reading the keyring needs neither)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM, InvalidTag


_AHEAD: dict[tuple[str, bytes, KdfParams], Future[bytes]] = {}
_AHEAD_LOCK = threading.Lock()


def derive_ahead(secret: str, salt: bytes, params: KdfParams) -> None:
    """Start `derive` in a thread, for the next `derive` of the same inputs to take.

    argon2 runs outside the GIL, so a command line can load SQLAlchemy and the
    stores while the key is derived instead of after. The result is taken once
    and forgotten; nothing is derived twice and nothing is kept.
    """
    future: Future[bytes] = Future()

    def work() -> None:
        try:
            future.set_result(_derive(secret, salt, params))
        except BaseException as exc:  # noqa: BLE001 - handed to whoever takes the result
            future.set_exception(exc)

    with _AHEAD_LOCK:
        _AHEAD[(secret, salt, params)] = future
    threading.Thread(target=work, name="derive-ahead", daemon=True).start()


def derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    """argon2id(secret, salt) -> 32-byte key-encryption key."""
    with _AHEAD_LOCK:
        future = _AHEAD.pop((secret, salt, params), None)
    if future is not None:
        return future.result()
    return _derive(secret, salt, params)


def _derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


CALIBRATION_TARGET = 0.65
"""Seconds one derivation should take on the machine that creates the vault: the middle
of the 0.5-1 s band an unlock should take (unlocking adds a few hundredths), so a faster
or busier day still lands inside it. Aiming at 0.5 put quiet fast machines at 0.49 s."""


def calibrate(
    target_seconds: float = CALIBRATION_TARGET, *, ceiling_time: int = 40
) -> tuple[KdfParams, float]:
    """Raise the pass count from the floor until one derivation takes about `target_seconds`.

    Returns the parameters and the measured time of one derivation with them.
    """
    params = KdfParams.floor()
    salt = os.urandom(SALT_BYTES)
    elapsed = _time(params, salt)
    while elapsed < target_seconds * 0.9 and params.time_cost < ceiling_time:
        per_pass = elapsed / params.time_cost
        wanted = max(params.time_cost + 1, round(target_seconds / per_pass))
        params = KdfParams(params.memory_kib, min(wanted, ceiling_time), params.parallelism)
        elapsed = _time(params, salt)
    return params, elapsed


def _time(params: KdfParams, salt: bytes) -> float:
    start = time.perf_counter()
    derive("calibration", salt, params)
    return time.perf_counter() - start


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def wrap(kek: bytes, key: bytes, aad: bytes) -> bytes:
    nonce = secrets.token_bytes(NONCE_BYTES)
    aesgcm, _invalid = _aead()
    return nonce + aesgcm(kek).encrypt(nonce, key, aad)


def unwrap(kek: bytes, blob: bytes, aad: bytes) -> bytes:
    if len(blob) < NONCE_BYTES + 16:
        raise KeyError_("short wrap")
    aesgcm, invalid_tag = _aead()
    try:
        return aesgcm(kek).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
    except invalid_tag as exc:
        raise KeyError_("wrap does not authenticate") from exc


class Sealer:
    """Seals and unseals values under one key with one AES-GCM object.

    Building the cipher costs about as much as the sealing (a 300-byte value:
    11.9 µs with a new cipher each time, 6.5 µs with one, at load 2.7), and
    writing 10,000 cases seals 40,000 values: a vault keeps one per identity key
    and drops it when it locks.
    """

    def __init__(self, key: bytes) -> None:
        aesgcm, self._invalid = _aead()
        self.key = key
        self._aesgcm = aesgcm(key)

    def seal(self, plaintext: bytes, aad: bytes) -> bytes:
        nonce = secrets.token_bytes(NONCE_BYTES)
        return SEAL_VERSION + nonce + self._aesgcm.encrypt(nonce, plaintext, aad)

    def unseal(self, blob: bytes, aad: bytes) -> bytes:
        if len(blob) < 1 + NONCE_BYTES + 16 or blob[:1] != SEAL_VERSION:
            raise KeyError_("not a sealed value")
        try:
            return self._aesgcm.decrypt(blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :], aad)
        except self._invalid as exc:
            raise KeyError_("sealed value does not authenticate") from exc


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    return Sealer(key).seal(plaintext, aad)


def unseal(key: bytes, blob: bytes, aad: bytes) -> bytes:
    return Sealer(key).unseal(blob, aad)


def new_signing_seed() -> bytes:
    """An Ed25519 private key as its 32-byte seed (what the keyring wraps)."""
    return secrets.token_bytes(KEY_BYTES)


@cache
def _ed25519():
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

    return Ed25519PrivateKey, Ed25519PublicKey, InvalidSignature


def public_of(seed: bytes) -> bytes:
    private, _public, _invalid = _ed25519()
    return private.from_private_bytes(seed).public_key().public_bytes_raw()


def sign(seed: bytes, data: bytes) -> bytes:
    private, _public, _invalid = _ed25519()
    return private.from_private_bytes(seed).sign(data)


def signature_ok(public: bytes, signature: bytes, data: bytes) -> bool:
    _private, public_cls, invalid = _ed25519()
    try:
        public_cls.from_public_bytes(public).verify(signature, data)
    except (invalid, ValueError):
        return False
    return True


def mac(key: bytes, data: bytes) -> str:
    """HMAC-SHA256 under a key derived from `key` (never the key itself)."""
    sub = hmac.new(key, b"caseassist keyring mac v1", hashlib.sha256).digest()
    return hmac.new(sub, data, hashlib.sha256).hexdigest()


def new_recovery_code() -> str:
    """25 characters (about 123 bits) in five groups: ABCDE-FGHJK-..."""
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(25))
    return "-".join(chars[i : i + 5] for i in range(0, 25, 5))


def normalize_recovery_code(code: str) -> str:
    """Accept lower case, spaces and missing dashes: only the 25 characters count."""
    raw = "".join(c for c in code.upper() if c.isalnum())
    return "-".join(raw[i : i + 5] for i in range(0, len(raw), 5))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# -- boxes: keys sealed to an account's public key -------------------------------------
# Each account holds an X25519 key pair; its private half is wrapped under the account's
# passphrase key, its public half is in the keyring (endorsed by the admin key). The
# data keys (database, identity, replica) are sealed to the public half, so an admin
# rotating them can give the new keys to every remaining account without knowing any
# passphrase, and an account left out of a rotation holds nothing that opens the vault.

BOX_INFO = b"caseassist-box-v1"


@cache
def _x25519():
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )

    return X25519PrivateKey, X25519PublicKey


def new_box() -> bytes:
    """An X25519 private key as its 32 raw bytes."""
    private, _public = _x25519()
    return private.generate().private_bytes_raw()


def box_public(private_raw: bytes) -> bytes:
    private, _public = _x25519()
    return private.from_private_bytes(private_raw).public_key().public_bytes_raw()


def _box_kek(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=None,
        info=BOX_INFO + ephemeral + recipient,
    ).derive(shared)


def seal_to(recipient: bytes, key: bytes, aad: bytes) -> bytes:
    """Seal `key` to an X25519 public key (ephemeral key agreement, HKDF, AES-GCM)."""
    private, public = _x25519()
    ephemeral = private.generate()
    eph_pub = ephemeral.public_key().public_bytes_raw()
    try:
        shared = ephemeral.exchange(public.from_public_bytes(recipient))
    except ValueError as exc:
        raise KeyError_("not a public key") from exc
    return eph_pub + wrap(_box_kek(shared, eph_pub, recipient), key, aad)


def open_sealed(private_raw: bytes, blob: bytes, aad: bytes) -> bytes:
    """Open what `seal_to` sealed to this private key's public half (KeyError_ if not)."""
    private, public = _x25519()
    if len(blob) < KEY_BYTES + NONCE_BYTES + 16:
        raise KeyError_("short box")
    me = private.from_private_bytes(private_raw)
    eph_pub = blob[:KEY_BYTES]
    try:
        shared = me.exchange(public.from_public_bytes(eph_pub))
    except ValueError as exc:
        raise KeyError_("not a box") from exc
    recipient = me.public_key().public_bytes_raw()
    return unwrap(_box_kek(shared, eph_pub, recipient), blob[KEY_BYTES:], aad)
