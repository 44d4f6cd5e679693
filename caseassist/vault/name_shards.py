"""The sealed name directory a name search decrypts: 256 shards, each one AES-GCM document.

Decrypting 100,000 case rows one at a time costs seconds; decrypting 256
documents that hold the same folded names and aliases costs milliseconds,
and nothing about a name is ever stored or indexed in clear. A case's entry
lives in the shard its id hashes to; writing a name rewrites that one shard
(a few kilobytes) in the same transaction.

Erasing a case takes its entry out. An account without the identity key
(retention at a supervisor's unlock) cannot rewrite a shard, so it deletes the
shard instead and marks the directory stale (`meta.name_shards`); the next
name search by an account with the key rebuilds it from the case rows, as it
does after an upgrade. The demo seeder rebuilds it after writing in bulk.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

from sqlmodel import Session, delete, select

from caseassist.cases.search import fold
from caseassist.vault.tables.cases import CaseFile
from caseassist.vault.tables.core import Meta
from caseassist.vault.tables.household import NameShardRow
from caseassist.vault.vault import Vault

SHARDS = 256


def shard_of(case_id: str) -> int:
    return zlib.crc32(case_id.encode("ascii")) % SHARDS


def _parse(doc: str) -> dict[str, str]:
    return dict(line.split("\t", 1) for line in doc.splitlines() if "\t" in line)


def _open(vault: Vault, row: NameShardRow) -> dict[str, str]:
    return _parse(vault.unseal("name_shard", "sealed", str(row.shard), row.sealed))


def _write(vault: Vault, session: Session, shard: int, entries: dict[str, str]) -> None:
    """One line per case, `id<TAB>folded name / alias`, so a search scans text, not JSON."""
    row = session.get(NameShardRow, shard)
    doc = "".join(f"{k}\t{_one_line(v)}\n" for k, v in sorted(entries.items()))
    sealed = vault.seal("name_shard", "sealed", str(shard), doc)
    if row is None:
        row = NameShardRow(shard=shard, entries=len(entries), sealed=sealed)
    else:
        row.entries, row.sealed = len(entries), sealed
    session.add(row)


def _one_line(text: str) -> str:
    return " ".join(text.split())  # no tab or newline can break the line format


def search_text(name: str | None, alias: str | None) -> str:
    """What a search looks in: the folded name and aliases, one line."""
    return " / ".join(_one_line(fold(t)) for t in (name, alias) if t)


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
            _mark(session, "stale")
            continue
        entries = _open(vault, row)
        for case_id in ids:
            entries.pop(case_id, None)
        _write(vault, session, shard, entries)


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
    _mark(session, "ok")
    session.flush()


_STATE = "name_shards"
"""A `meta` row: "ok" while every shard is in step with the case rows."""


def _complete(session: Session) -> bool:
    row = session.get(Meta, _STATE)
    return row is not None and row.value == "ok"


def _mark(session: Session, value: str) -> None:
    row = session.get(Meta, _STATE) or Meta(key=_STATE)
    row.value = value
    session.add(row)


def matching(vault: Vault, session: Session, words: tuple[str, ...]) -> set[str]:
    """Ids of the cases whose folded name or alias holds every (folded) word."""
    if not _complete(session):
        rebuild(vault, session)
    found: set[str] = set()
    first, rest = words[0], words[1:]
    # Lines holding the first word, found by the regex engine (C speed) in each decrypted
    # shard; the id is the text before the tab, and the word must lie after it.
    pattern = re.compile(r"^([0-9a-f]+)\t([^\n]*" + re.escape(first) + r"[^\n]*)$", re.M)
    for row in session.exec(select(NameShardRow)):
        doc = vault.unseal("name_shard", "sealed", str(row.shard), row.sealed)
        if first not in doc:  # most shards hold no match: skip them at once
            continue
        for m in pattern.finditer(doc):
            if all(w in m.group(2) for w in rest):
                found.add(m.group(1))
    return found
