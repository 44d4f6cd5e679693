"""Identifying fields sealed under the identity key, bound to their table, column and row.

The associated data names where a value belongs, so a sealed value moved to
another case or column does not open (docs/architecture.md, Keys).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable

from caseassist.vault import keys, store
from caseassist.vault.errors import IdentityLocked, Tampered


class IdentitySealing:
    """The part of `Vault` that seals and opens identifying fields and indexes names."""

    def _identity_sealer(self) -> keys.Sealer:
        """The identity key's cipher, made once per key (a rotation or a lock changes it)."""
        key = self._identity_key
        if key is None:
            raise IdentityLocked()
        if self._sealer is None or self._sealer.key is not key:
            self._sealer = keys.Sealer(key)
        return self._sealer

    def seal(self, table: str, column: str, row_id: str, text: str) -> bytes:
        return self._identity_sealer().seal(text.encode("utf-8"), sealed_aad(table, column, row_id))

    def unseal(self, table: str, column: str, row_id: str, blob: bytes) -> str:
        try:
            return (
                self._identity_sealer()
                .unseal(blob, sealed_aad(table, column, row_id))
                .decode("utf-8")
            )
        except keys.KeyError_:
            raise Tampered(store.DB_NAME) from None

    def unsealer(self, table: str, column: str) -> Callable[[str, bytes], str]:
        """`unseal` for many values of one column: a search over every case's name
        decrypts 100,000 values, so the per-call setup counts."""
        sealer = self._identity_sealer()

        def unseal(row_id: str, blob: bytes) -> str:
            try:
                return sealer.unseal(blob, sealed_aad(table, column, row_id)).decode("utf-8")
            except keys.KeyError_:
                raise Tampered(store.DB_NAME) from None

        return unseal

    def name_index(self, folded_name: str) -> str:
        """A keyed hash of a folded name, to find a returning survivor without decrypting all."""
        if self._identity_key is None:
            raise IdentityLocked()
        sub = hmac.new(self._identity_key, b"caseassist name index v1", hashlib.sha256).digest()
        return hmac.new(sub, folded_name.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def sealed_aad(table: str, column: str, row_id: object) -> bytes:
    """What a sealed value is bound to: its table, column and row, so a value moved to
    another case or column fails to open (rotation re-seals under the same binding)."""
    return f"caseassist-seal-v1|{table}|{column}|{row_id}".encode()
