"""What this computer last saw of a vault, kept in the user's state folder.

The keyring remembers the audit head, but the keyring sits beside the database:
put old copies of both back together and they agree with each other. This
record lives elsewhere (platformdirs' state folder, one small file per vault
id) and only moves forward, so an older database or keyring than this computer
has already opened is refused. It holds counters and hashes, nothing about
anyone. `caseassist restore` is the one way back: it rewrites the record.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from caseassist import paths


@dataclass(frozen=True)
class Seen:
    seq: int = 0
    hash: str = ""
    generation: int = 0


def _file(vault_id: str) -> Path:
    safe = "".join(c for c in vault_id if c.isalnum())[:64] or "vault"
    return paths.state_dir() / "seen" / f"{safe}.json"


def load(vault_id: str) -> Seen | None:
    """The record, or None when there is none or it cannot be read (a damaged record
    is not trusted, and not fatal: the in-vault checks still run)."""
    try:
        data = json.loads(_file(vault_id).read_text(encoding="utf-8"))
        seq, hash_, gen = data["seq"], data["hash"], data["generation"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    for n in (seq, gen):
        if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n < 2**62:
            return None
    if not isinstance(hash_, str):
        return None
    return Seen(seq, hash_, gen)


def remember(vault_id: str, seen: Seen, *, forward_only: bool = True) -> None:
    """Write the record (0600 in a 0700 folder); never backwards unless `forward_only`
    is off (restore). A state folder that cannot be written is not an error: the
    vault's own checks still hold, and work must not stop for this."""
    path = _file(vault_id)
    if forward_only:
        old = load(vault_id)
        if old is not None:
            seen = Seen(
                *((seen.seq, seen.hash) if seen.seq >= old.seq else (old.seq, old.hash)),
                max(seen.generation, old.generation),
            )
            if seen == old:
                return
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=".seen.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"seq": seen.seq, "hash": seen.hash, "generation": seen.generation}, fh)
            os.replace(name, path)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
