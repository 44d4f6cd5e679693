"""How far an account has verified the audit log itself, so its next unlock starts there.

Every unlock verifies the signatures of the newest entries (after the admin-signed
head, at most 500): as the log grows between two admin sessions, each unlock pays
for every entry again. Each account keeps a mark instead: the last entry it
verified (number and hash), sealed under a key only its own passphrase yields, so
no other account holder can move it forward. The chain's hashes tie every earlier
entry to the marked one: history rewritten before the mark changes that hash, the
mark no longer matches, and the whole window is verified again. The mark lives in
the keyring beside the failure counters, outside its MAC: it proves itself.
"""

from __future__ import annotations

import hashlib
import hmac

from caseassist.vault import keys

_PURPOSE = b"caseassist-audit-checked-v1"


def key_for(kek: bytes) -> bytes:
    """The account's own key for its mark, from the key its passphrase derives."""
    return hmac.new(kek, _PURPOSE, hashlib.sha256).digest()


def _aad(vault_id: str, account: str) -> bytes:
    return b"|".join((_PURPOSE, vault_id.encode(), account.encode()))


def seal(key: bytes, vault_id: str, account: str, seq: int, hash_: str) -> str:
    return keys.b64(keys.seal(key, f"{seq}:{hash_}".encode(), _aad(vault_id, account)))


def read(key: bytes, vault_id: str, account: str, blob: str | None) -> tuple[int, str] | None:
    """The mark (entry number, hash), or None when there is none or it is not this account's."""
    if not blob:
        return None
    try:
        seq, hash_ = keys.unseal(key, keys.unb64(blob), _aad(vault_id, account)).decode().split(":")
        return int(seq), hash_
    except (keys.KeyError_, ValueError, UnicodeDecodeError):
        return None
