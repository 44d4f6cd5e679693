"""Unlock time, and the same case workload on SQLCipher + identity sealing against plain SQLite.

Unlock: the median of 5 unlocks of a vault made as `caseassist init` makes one
(argon2id from the floor, 64 MiB, t=3, p=4, its pass count calibrated on this
machine to about 0.65 s), alternated with a bare argon2id derivation with the same
parameters (the baseline: what unlocking cannot avoid). Goal: 0.5 to 1 s.

Workload: 10,000 invented cases, each with its facts (plain JSON and one sealed document), two
notes and a name, written in transactions of 100 cases, then every case, fact
and note read back (names and notes unsealed). Run once through the real vault
(SQLCipher, identity fields sealed with AES-256-GCM) and once through the same
tables on plain SQLite with the same engine (a connection per session, pragmas: WAL,
synchronous FULL, secure_delete; BEGIN IMMEDIATE) and the
text stored as is. Each round writes a fresh database; rounds alternate which
side runs first (5 rounds, 9 with --full); medians and spread. Goal: encrypted /
plain at most 1.2x. Each commit waits for the disk (synchronous FULL), and on a
shared machine that wait swings from round to round far more than encryption
costs, so the rows also give each round's own ratio (the two sides run back to
back) and the ratio of the CPU seconds, which the disk does not stretch.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.pool import NullPool
from sqlmodel import Session, select

from bench.common import Figure, alternated, median, ratio_at_most, timed, with_spread
from caseassist.cases import demo
from caseassist.services.cases import identifying
from caseassist.vault import KdfParams, Vault, keys, migrations, store, tables
from caseassist.vault.tables.cases import CaseFile, NoteRow

N_CASES = 10_000
BATCH = 100
ROUNDS = 9 if os.environ.get("BENCH_FULL") else 5
UNLOCK_ROUNDS = 5
PASSPHRASE = "a long bench passphrase"
PARAMETERS = {
    "cases": N_CASES,
    "cases_per_transaction": BATCH,
    "rounds": ROUNDS,
    "unlock_rounds": UNLOCK_ROUNDS,
}

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
    """The vault's engine without the encryption: the same pool, pragmas, transactions
    (`store.make_engine`) and schema (every migration step, triggers included), on the
    standard library's plain SQLite, so the ratio is what encryption and sealing cost."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _pragmas(conn, _record) -> None:
        for pragma in (
            "temp_store = MEMORY",
            "secure_delete = ON",
            "journal_mode = WAL",
            "synchronous = FULL",
            "foreign_keys = ON",
            f"wal_autocheckpoint = {store.WAL_AUTOCHECKPOINT}",
        ):
            conn.execute(f"PRAGMA {pragma}")
        conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    tables.register_all()
    with engine.begin() as conn:
        migrations.upgrade(conn)
    return engine


def _unlock_figure(tmp_path: Path) -> Figure:
    """Unlock of a vault made as `caseassist init` makes one: the pass count calibrated
    on this machine from the floor (64 MiB, t>=3, p=4) to about 0.65 s a derivation."""
    params, _ = keys.calibrate()
    vault, _ = Vault.create(tmp_path / "u", "bench", PASSPHRASE, kdf=params)
    vault.close()
    salt = os.urandom(16)
    unlocks, derivations = alternated(
        lambda: timed(lambda: Vault.unlock(tmp_path / "u", "bench", PASSPHRASE).close()),
        lambda: timed(lambda: keys.derive(PASSPHRASE, salt, params)),
        UNLOCK_ROUNDS,
    )
    u, d = median(unlocks), median(derivations)
    return Figure(
        f"unlock (argon2id m={params.memory_kib // 1024}MiB t={params.time_cost} "
        f"p={params.parallelism})",
        round(u, 3),
        "s",
        "0.5 to 1 s",
        0.5 <= u <= 1.0,
        round(d, 3),
        round(u / d, 2),
        round(min(unlocks), 3),
        round(max(unlocks), 3),
    )


Round = tuple[float, float, float]
"""Seconds writing, seconds reading back, CPU seconds of both."""


def _with_cpu(fn: Callable[[], tuple[float, float]]) -> Round:
    start = time.process_time()
    written, read = fn()
    return written, read, time.process_time() - start


def _encrypted_round(tmp_path: Path, people, i: int) -> Round:
    vault, _ = Vault.create(
        tmp_path / f"enc{i}", "bench", PASSPHRASE, kdf=KdfParams.fast_for_tests()
    )
    try:
        return _with_cpu(lambda: workload(vault.engine, vault.seal, vault.unseal, people))
    finally:
        vault.close()


def _plain_round(tmp_path: Path, people, i: int) -> Round:
    plain = plain_engine(tmp_path / f"plain{i}.db")
    try:
        return _with_cpu(
            lambda: workload(
                plain,
                lambda t, c, r, text: text.encode(),
                lambda t, c, r, blob: blob.decode(),
                people,
            )
        )
    finally:
        plain.dispose()


def run() -> list[Figure]:
    people = demo.people(N_CASES, seed=11)
    counter = iter(range(1000))
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        figures = [_unlock_figure(tmp_path)]
        enc, plain = alternated(
            lambda: _encrypted_round(tmp_path, people, next(counter)),
            lambda: _plain_round(tmp_path, people, next(counter)),
            ROUNDS,
        )
    writes = ([w for w, _, _ in enc], [w for w, _, _ in plain])
    reads = ([r for _, r, _ in enc], [r for _, r, _ in plain])
    totals = ([w + r for w, r, _ in enc], [w + r for w, r, _ in plain])
    cpu = ([c for _, _, c in enc], [c for _, _, c in plain])
    per_round = [e / p for e, p in zip(*totals, strict=True)]
    for name, (e, p) in (("written", writes), ("read back", reads)):
        figures.append(
            with_spread(
                Figure(
                    f"{N_CASES} cases {name} (SQLCipher+sealing)",
                    round(median(e), 2),
                    "s",
                    "-",
                    True,
                    round(median(p), 2),
                    round(median(e) / median(p), 2),
                ),
                e,
                digits=2,
            )
        )
    figures.append(
        ratio_at_most(
            f"{N_CASES} cases write+read, encrypted vs plain ({ROUNDS} alternated rounds)",
            *totals,
            "s",
            1.2,
            digits=2,
        )
    )
    figures.append(
        Figure(
            "  ... each round's own ratio (median, lowest-highest)",
            round(median(per_round), 2),
            "x",
            "-",
            True,
            low=round(min(per_round), 2),
            high=round(max(per_round), 2),
        )
    )
    figures.append(
        with_spread(
            Figure(
                "  ... CPU seconds, encrypted vs plain",
                round(median(cpu[0]), 2),
                "s",
                "-",
                True,
                round(median(cpu[1]), 2),
                round(median(cpu[0]) / median(cpu[1]), 2),
            ),
            cpu[0],
            digits=2,
        )
    )
    return figures
