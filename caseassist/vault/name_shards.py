"""The sealed name directory a name search decrypts: 256 shards, each one AES-GCM document.

Decrypting 100,000 case rows one at a time costs seconds; decrypting 256
documents that hold the same folded names and aliases costs milliseconds,
and nothing about a name is ever stored or indexed in clear. A case's entry
lives in the shard its id hashes to; writing a name rewrites that one shard
(a few kilobytes) in the same transaction.

Erasing a case takes its entry out. An account without the identity key
(retention at a supervisor's unlock) cannot rewrite a shard, so it deletes the
shard instead; the next name search by an account with the key rebuilds what
is missing from the case rows, as it does after a bulk seed or an upgrade.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable

from sqlalchemy import func, or_
from sqlmodel import Session, col, delete, select

from caseassist.cases.search import fold
from caseassist.vault.tables.cases import CaseFile
from caseassist.vault.tables.household import NameShardRow
from caseassist.vault.vault import Vault

SHARDS = 256


def shard_of(case_id: str) -> int:
    return zlib.crc32(case_id.encode("ascii")) % SHARDS


def _open(vault: Vault, row: NameShardRow) -> dict[str, str]:
    return json.loads(vault.unseal("name_shard", "sealed", str(row.shard), row.sealed))


def _write(vault: Vault, session: Session, shard: int, entries: dict[str, str]) -> None:
    row = session.get(NameShardRow, shard)
    doc = json.dumps(entries, ensure_ascii=False, sort_keys=True)
    sealed = vault.seal("name_shard", "sealed", str(shard), doc)
    if row is None:
        row = NameShardRow(shard=shard, entries=len(entries), sealed=sealed)
    else:
        row.entries, row.sealed = len(entries), sealed
    session.add(row)


def search_text(name: str | None, alias: str | None) -> str:
    """What a search looks in: the folded name and aliases, one line."""
    return " / ".join(fold(t) for t in (name, alias) if t)


def put(vault: Vault, session: Session, case_id: str, text: str | None) -> None:
    """Set (or with None, remove) one case's entry, in the caller's transaction."""
    shard = shard_of(case_id)
    row = session.get(NameShardRow, shard)
    entries = _open(vault, row) if row is not None else {}
    if text:
        entries[case_id] = text
    else:
        entries.pop(case_id, None)
    _write(vault, session, shard, entries)


def forget(vault: Vault, session: Session, case_ids: Iterable[str]) -> None:
    """Take erased cases out: rewritten with the identity key, else the shards are dropped."""
    by_shard: dict[int, list[str]] = {}
    for case_id in case_ids:
        by_shard.setdefault(shard_of(case_id), []).append(case_id)
    for shard, ids in by_shard.items():
        row = session.get(NameShardRow, shard)
        if row is None:
            continue
        if not vault.can_read_identity:
            session.delete(row)
            continue
        entries = _open(vault, row)
        for case_id in ids:
            entries.pop(case_id, None)
        _write(vault, session, shard, entries)


def _named():
    q = select(func.count()).select_from(CaseFile)
    return q.where(
        or_(col(CaseFile.name_sealed).is_not(None), col(CaseFile.alias_sealed).is_not(None))
    )


def rebuild(vault: Vault, session: Session) -> None:
    """Every shard again from the case rows (after a bulk seed, an upgrade or a dropped shard)."""
    name_of = vault.unsealer("case_file", "name_sealed")
    alias_of = vault.unsealer("case_file", "alias_sealed")
    shards: list[dict[str, str]] = [{} for _ in range(SHARDS)]
    for case_id, name, alias in session.exec(
        select(CaseFile.id, CaseFile.name_sealed, CaseFile.alias_sealed)
    ):
        text = search_text(
            name_of(case_id, name) if name else None, alias_of(case_id, alias) if alias else None
        )
        if text:
            shards[shard_of(case_id)][case_id] = text
    session.exec(delete(NameShardRow))  # type: ignore[call-overload]
    for shard, entries in enumerate(shards):
        if entries:
            _write(vault, session, shard, entries)
    session.flush()


def _complete(session: Session) -> bool:
    held = session.exec(select(func.coalesce(func.sum(NameShardRow.entries), 0))).one()
    return int(held) == int(session.exec(_named()).one())


def matching(vault: Vault, session: Session, words: tuple[str, ...]) -> set[str]:
    """Ids of the cases whose folded name or alias holds every (folded) word."""
    if not _complete(session):
        rebuild(vault, session)
    found: set[str] = set()
    first, rest = words[0], words[1:]
    for row in session.exec(select(NameShardRow)):
        doc = vault.unseal("name_shard", "sealed", str(row.shard), row.sealed)
        if first not in doc:  # most shards hold no match: one C-speed scan skips them
            continue
        for case_id, text in json.loads(doc).items():
            if first in text and all(w in text for w in rest):
                found.add(case_id)
    return found
