"""The audit log: who unlocked, viewed, changed or exported what, and when.

Each entry's hash covers the previous entry's hash and its own fields, so a
removed, reordered or edited entry breaks the chain (`caseassist audit --verify`).
The keyring remembers the head (sequence and hash) at each unlock and close, so
an older copy of the database put back in place is noticed too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, select

from caseassist.vault.tables.core import AuditEntry

GENESIS = "0" * 64


def entry_hash(
    prev_hash: str, seq: int, at: dt.datetime, account: str, action: str, target: str
) -> str:
    body = json.dumps(
        [prev_hash, seq, _iso(at), account, action, target],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _iso(at: dt.datetime) -> str:
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone(dt.UTC).isoformat(timespec="microseconds")


def head(session: Session) -> tuple[int, str]:
    last = session.exec(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
    return (last.seq, last.hash) if last else (0, GENESIS)


def append(session: Session, account: str, action: str, target: str = "") -> AuditEntry:
    seq, prev = head(session)
    at = dt.datetime.now(dt.UTC)
    entry = AuditEntry(
        seq=seq + 1,
        at=at,
        account=account,
        action=action,
        target=target,
        prev_hash=prev,
        hash=entry_hash(prev, seq + 1, at, account, action, target),
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class Verdict:
    ok: bool
    entries: int
    first_bad: int | None = None
    reason: str = ""


def verify(session: Session, *, expect_seq: int = 0, expect_hash: str = "") -> Verdict:
    """Walk the chain; `expect_*` is the head the keyring remembers (0: none)."""
    prev, expected_seq, count = GENESIS, 1, 0
    hashes: dict[int, str] = {}
    for entry in session.exec(select(AuditEntry).order_by(AuditEntry.seq)):
        count += 1
        if entry.seq != expected_seq:
            return Verdict(False, count, expected_seq, "missing")
        if entry.prev_hash != prev or entry.hash != entry_hash(
            prev, entry.seq, entry.at, entry.account, entry.action, entry.target
        ):
            return Verdict(False, count, entry.seq, "altered")
        prev = entry.hash
        expected_seq += 1
        if entry.seq == expect_seq:
            hashes[entry.seq] = entry.hash
    if expect_seq:
        if count < expect_seq:
            return Verdict(False, count, count + 1, "older")
        if hashes.get(expect_seq) != expect_hash:
            return Verdict(False, count, expect_seq, "replaced")
    return Verdict(True, count)


def count(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(AuditEntry)).one())


def recent(session: Session, limit: int = 50) -> list[AuditEntry]:
    return list(session.exec(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)))


def continues_from(session: Session, seq: int, hash_: str) -> bool:
    """Quick check at unlock: the remembered head is still in the chain (no rollback)."""
    if seq == 0:
        return True
    entry = session.get(AuditEntry, seq)
    return entry is not None and entry.hash == hash_
