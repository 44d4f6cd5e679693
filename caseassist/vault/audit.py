"""The audit log: who unlocked, viewed, changed or exported what, and when.

Each entry's hash covers the previous entry's hash and its own fields, so a
removed, reordered or edited entry breaks the chain (`caseassist audit --verify`).
Every staff account holds the database key, so the chain alone would not stop one of
them from rewriting it: each entry is also signed with the acting account's own
Ed25519 key (wrapped under that account's passphrase), whose public half the
vault's admin key endorses, and admin sessions sign the chain's head with the
admin key. Rewriting, removing or reordering entries then needs the keys of
every account whose entries follow, and of an admin for anything before the
signed head. The keyring also remembers the head at each unlock and close, so
an older copy of the database put back in place is noticed too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

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


def entry_message(vault_id: str, hash_: str) -> bytes:
    """What an account signs for one entry (its hash covers every field and the chain)."""
    return f"caseassist-audit-v1|{vault_id}|{hash_}".encode()


def head_message(vault_id: str, seq: int, hash_: str) -> bytes:
    """What the admin key signs for the chain's head."""
    return f"caseassist-audit-head-v1|{vault_id}|{seq}|{hash_}".encode()


def endorse_message(vault_id: str, account: str, role: str, public: bytes) -> bytes:
    """What the admin key signs to vouch that `public` is `account`'s signing key."""
    return f"caseassist-endorse-v1|{vault_id}|{account}|{role}|{public.hex()}".encode()


@dataclass(frozen=True)
class Trust:
    """What verification trusts: each account's endorsed public keys and the admin-signed head.

    Built by the vault from the keyring, with the admin key's public half taken from
    the admin's own unwrapped key when an admin verifies (a swapped key is then caught).
    """

    vault_id: str
    signers: Mapping[str, list[bytes]] = field(default_factory=dict)
    signed_head: tuple[int, str] | None = None
    head_forged: bool = False
    verify_signature: Callable[[bytes, bytes, bytes], bool] | None = None


def head(session: Session) -> tuple[int, str]:
    last = session.exec(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
    return (last.seq, last.hash) if last else (0, GENESIS)


def append(
    session: Session,
    account: str,
    action: str,
    target: str = "",
    *,
    sign: Callable[[str], str] | None = None,
) -> AuditEntry:
    """Add one entry; `sign(hash)` returns the acting account's signature (hex)."""
    seq, prev = head(session)
    at = dt.datetime.now(dt.UTC)
    hash_ = entry_hash(prev, seq + 1, at, account, action, target)
    entry = AuditEntry(
        seq=seq + 1,
        at=at,
        account=account,
        action=action,
        target=target,
        prev_hash=prev,
        hash=hash_,
        sig=sign(hash_) if sign is not None else "",
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


def verify(
    session: Session,
    *,
    expect_seq: int = 0,
    expect_hash: str = "",
    trust: Trust | None = None,
    from_seq: int = 1,
) -> Verdict:
    """Walk the chain and name the first bad entry.

    `expect_*` is the head the keyring remembers (0: none). With `trust`, every
    entry after the admin-signed head must carry a valid signature by one of its
    account's endorsed keys (entries up to that head are pinned by its hash, so
    entries written before signed audit may stay unsigned there). `from_seq`
    starts the walk later (the check at unlock), trusting the entry before it.
    """
    if trust is not None and trust.head_forged:
        seq = trust.signed_head[0] if trust.signed_head else 0
        return Verdict(False, 0, seq, "head")
    signed_seq, signed_hash = trust.signed_head if trust and trust.signed_head else (0, "")
    prev, expected_seq, count = GENESIS, 1, 0
    if from_seq > 1:
        before = session.get(AuditEntry, from_seq - 1)
        if before is None:
            return Verdict(False, 0, from_seq - 1, "missing")
        prev, expected_seq, count = before.hash, from_seq, from_seq - 1
    hashes: dict[int, str] = {}
    query = select(AuditEntry).where(AuditEntry.seq >= expected_seq).order_by(AuditEntry.seq)
    for entry in session.exec(query):
        count += 1
        if entry.seq != expected_seq:
            return Verdict(False, count, expected_seq, "missing")
        if entry.prev_hash != prev or entry.hash != entry_hash(
            prev, entry.seq, entry.at, entry.account, entry.action, entry.target
        ):
            return Verdict(False, count, entry.seq, "altered")
        if trust is not None and not _signed_by_its_account(entry, trust, signed_seq):
            return Verdict(False, count, entry.seq, "unsigned")
        prev = entry.hash
        expected_seq += 1
        if entry.seq in (expect_seq, signed_seq):
            hashes[entry.seq] = entry.hash
    for seq, hash_, reason in ((signed_seq, signed_hash, "head"), (expect_seq, expect_hash, "")):
        if not seq:
            continue
        if count < seq:
            return Verdict(False, count, count + 1, "older")
        if seq >= from_seq and hashes.get(seq) != hash_:
            return Verdict(False, count, seq, reason or "replaced")
    return Verdict(True, count)


def _signed_by_its_account(entry: AuditEntry, trust: Trust, signed_seq: int) -> bool:
    if not entry.sig:
        return entry.seq <= signed_seq  # pinned by the admin-signed head's hash
    try:
        sig = bytes.fromhex(entry.sig)
    except ValueError:
        return False
    check = trust.verify_signature
    message = entry_message(trust.vault_id, entry.hash)
    return check is not None and any(
        check(public, sig, message) for public in trust.signers.get(entry.account, ())
    )


def signed_by(trust: Trust, account: str, hash_: str, sig_hex: str) -> bool:
    """Whether `sig_hex` is `account`'s signature of the entry hash `hash_` (an entry read
    outside this log: a supervisor's, from the replica)."""
    try:
        sig = bytes.fromhex(sig_hex)
    except ValueError:
        return False
    check = trust.verify_signature
    message = entry_message(trust.vault_id, hash_)
    return (
        bool(sig)
        and check is not None
        and any(check(public, sig, message) for public in trust.signers.get(account, ()))
    )


def check_at_unlock(
    session: Session,
    trust: Trust | None,
    *,
    expect_seq: int,
    expect_hash: str,
    window: int | None = 500,
    checked: tuple[int, str] | None = None,
    newest: tuple[int, str] | None = None,
) -> Verdict:
    """The check every unlock runs, cheap enough for it: no entry is missing (count equals
    the last number), the admin-signed and remembered heads are in the chain, and the
    newest entries (from the signed head on, at most `window`; all for an admin, who
    signs the head after) verify whole. `checked` is the entry (number, hash) this
    account verified last time (`checked_mark`): while it still holds that hash,
    everything before it is unchanged and the walk starts after it. `newest` is the
    log's head when the caller has just read it (`head`), so it is not read twice."""
    last, _hash = newest or head(session)
    total = count(session)
    if total != last:
        return Verdict(False, total, _first_gap(session, last), "missing")
    signed_seq = 0
    if trust is not None and trust.signed_head and not trust.head_forged:
        signed_seq = trust.signed_head[0]
        pinned = session.get(AuditEntry, signed_seq)
        if pinned is None or pinned.hash != trust.signed_head[1]:
            return Verdict(False, total, signed_seq, "head" if pinned else "older")
    start = max(1, signed_seq + 1, last - window + 1 if window else 1)
    if checked is not None and start <= checked[0] <= last:
        marked = session.get(AuditEntry, checked[0])
        if marked is not None and marked.hash == checked[1]:
            start = checked[0] + 1
    if start > last:  # nothing after the signed head
        return Verdict(True, total)
    return verify(
        session, expect_seq=expect_seq, expect_hash=expect_hash, trust=trust, from_seq=start
    )


def _first_gap(session: Session, last: int) -> int:
    expected = 1
    for seq in session.exec(select(AuditEntry.seq).order_by(AuditEntry.seq)):
        if seq != expected:
            return expected
        expected += 1
    return min(expected, last)


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
