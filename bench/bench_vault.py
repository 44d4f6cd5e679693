"""Unlock time, and the same case workload on SQLCipher + identity sealing against plain SQLite.

Unlock: the median of 5 unlocks of a vault whose argon2id parameters were
calibrated on this machine (printed), against one bare argon2id derivation
with the same parameters (the baseline: what unlocking cannot avoid).

Workload: 10,000 invented cases, each with its facts (plain JSON and one sealed document), two
notes and a name, written in transactions of 100 cases, then every case, fact
and note read back (names and notes unsealed). Run once through the real vault
(SQLCipher, identity fields sealed with AES-256-GCM) and once through the same
tables on plain SQLite with the same pragmas (WAL, synchronous FULL) and the
text stored as is. Goal: encrypted / plain at most 1.5x.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.pool import NullPool
from sqlmodel import Session, SQLModel, select

from bench.common import Figure, median
from caseassist.cases import demo
from caseassist.services.cases import identifying
from caseassist.vault import Vault, keys
from caseassist.vault.tables.cases import CaseFile, NoteRow

N_CASES = 10_000
BATCH = 100

Seal = Callable[[str, str, str, str], bytes]
Unseal = Callable[[str, str, str, bytes], str]


def workload(engine, seal: Seal, unseal: Unseal, people) -> tuple[float, float]:
    """Seconds to write every case, and to read every case back."""
    now = dt.datetime.now(dt.UTC)
    start = time.perf_counter()
    for b in range(0, len(people), BATCH):
        with Session(engine) as session:
            for i, p in enumerate(people[b : b + BATCH]):
                case_id = f"c{b + i:06d}"
                case = CaseFile(
                    id=case_id,
                    code=case_id,
                    opened_at=now,
                    updated_at=now,
                    name_sealed=seal(
                        "case_file", "name_sealed", case_id, str(p.facts["person.name"])
                    ),
                )
                session.add(case)
                plain = {k: v for k, v in p.facts.items() if not identifying(k)}
                secret = {k: v for k, v in p.facts.items() if identifying(k)}
                case.facts_json = json.dumps(plain)
                case.facts_sealed = seal("case_file", "facts_sealed", case_id, json.dumps(secret))
                for k, text in enumerate(p.notes[:2]):
                    note_id = f"{case_id}n{k}"
                    session.add(
                        NoteRow(
                            id=note_id,
                            case_id=case_id,
                            author="bench",
                            created_at=now,
                            body_sealed=seal("note", "body_sealed", note_id, text),
                        )
                    )
            session.commit()
    written = time.perf_counter() - start
    start = time.perf_counter()
    chars = 0
    with Session(engine) as session:
        for case in session.exec(select(CaseFile)):
            chars += len(unseal("case_file", "name_sealed", case.id, case.name_sealed))
            chars += len(json.loads(case.facts_json)) + len(
                json.loads(unseal("case_file", "facts_sealed", case.id, case.facts_sealed))
            )
        for note in session.exec(select(NoteRow)):
            chars += len(unseal("note", "body_sealed", note.id, note.body_sealed))
    read = time.perf_counter() - start
    assert chars > 0
    return written, read


def plain_engine(path: Path):
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _pragmas(conn, _record) -> None:
        for pragma in (
            "temp_store = MEMORY",
            "secure_delete = ON",
            "journal_mode = WAL",
            "synchronous = FULL",
            "foreign_keys = ON",
        ):
            conn.execute(f"PRAGMA {pragma}")

    SQLModel.metadata.create_all(engine)
    return engine


def run() -> list[Figure]:
    figures: list[Figure] = []
    people = demo.people(N_CASES, seed=11)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        params, calibrated = keys.calibrate()
        print(
            f"  argon2id chosen: memory {params.memory_kib} KiB, t={params.time_cost}, "
            f"p={params.parallelism} ({calibrated:.3f} s per derivation)",
            file=sys.stderr,
        )
        vault, _ = Vault.create(tmp_path / "v", "bench", "a long bench passphrase", kdf=params)
        vault.close()
        unlocks, derivations = [], []
        for _ in range(5):
            s = time.perf_counter()
            Vault.unlock(tmp_path / "v", "bench", "a long bench passphrase").close()
            unlocks.append(time.perf_counter() - s)
            s = time.perf_counter()
            keys.derive("a long bench passphrase", os.urandom(16), params)
            derivations.append(time.perf_counter() - s)
        u, d = median(unlocks), median(derivations)
        figures.append(
            Figure(
                f"unlock (argon2id m={params.memory_kib // 1024}MiB t={params.time_cost} p={params.parallelism})",
                round(u, 3),
                "s",
                "about 0.5 s",
                0.3 <= u <= 1.0,
                round(d, 3),
                round(u / d, 2),
            )
        )

        vault = Vault.unlock(tmp_path / "v", "bench", "a long bench passphrase")
        enc_w, enc_r = workload(vault.engine, vault.seal, vault.unseal, people)
        vault.close()
        plain = plain_engine(tmp_path / "plain.db")
        plain_w, plain_r = workload(
            plain, lambda t, c, r, text: text.encode(), lambda t, c, r, blob: blob.decode(), people
        )
        plain.dispose()
    enc, base = enc_w + enc_r, plain_w + plain_r
    figures.append(
        Figure(
            f"{N_CASES} cases written (SQLCipher+sealing)",
            round(enc_w, 2),
            "s",
            "-",
            True,
            round(plain_w, 2),
            round(enc_w / plain_w, 2),
        )
    )
    figures.append(
        Figure(
            f"{N_CASES} cases read back (SQLCipher+sealing)",
            round(enc_r, 2),
            "s",
            "-",
            True,
            round(plain_r, 2),
            round(enc_r / plain_r, 2),
        )
    )
    ratio = enc / base
    figures.append(
        Figure(
            f"{N_CASES} cases write+read, encrypted vs plain",
            round(enc, 2),
            "s",
            "ratio <= 1.5x",
            ratio <= 1.5,
            round(base, 2),
            round(ratio, 2),
        )
    )
    return figures
