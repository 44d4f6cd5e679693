"""Pseudonymous case codes: short, random, easy to read aloud, derived from nothing about a person."""

from __future__ import annotations

import secrets

ALPHABET = "ACDEFHJKMNPRTUVWXY3479"
"""No 0/O, 1/I/L, 2/Z, 5/S, 6/G/B, 8: characters that are not confused on screen or by phone."""


def new_code() -> str:
    """Like `K7M-4TX`: 6 characters, about 27 bits; the store retries on the rare collision."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(6))
    return f"{chars[:3]}-{chars[3:]}"


def normalize(code: str) -> str:
    raw = "".join(c for c in code.upper() if c.isalnum())
    return f"{raw[:3]}-{raw[3:]}" if len(raw) == 6 else code.strip().upper()
