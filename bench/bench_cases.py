"""Cases at scale: 100,000 lived-in demo cases, then the caseworker's everyday reads.

Seed: `create_demo(cases=100_000)` (four accounts, the demo directory, then
every case with facts, needs at every status with history, referrals, plans
and notes, sealed as usual), once: later runs reuse it (`bench/seeded.py`).
Then, as the caseworker:
- `caseassist case list --limit 50` and `caseassist case overdue` as whole
  processes, the way a caseworker runs them (median of 5, spread); goal for
  the list < 1.5 s;
- what a vault command pays before its query (Python start, imports, the
  argon2 derivation, the rest of unlocking, the retention pass at unlock);
- in one process, medians of 7: the first page of the list (50 cases, overdue
  first, names unsealed), goal < 300 ms, baseline a plain aggregate over every
  need (what the list would cost without `attention_at`); the overdue query
  (every open case with an overdue need, up to 1,000), goal < 150 ms; one
  case's full load, goal < 50 ms, baseline reading that case's row alone; the
  supervisor report read and built (median of 3), goal < 2 s, baseline
  building it from rows already in memory; case find by name (every name and
  alias decrypted in memory, none indexed), goal < 1 s, baseline decrypting
  every name one `unseal` call at a time; case find by code and by need
  (medical, newest 50), goal < 100 ms each.
Each read is audited, as in real use, so the figures include that write.
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from bench.common import Figure, median, samples, timed, under, user_env, with_spread
from bench.seeded import seeded_vault
from caseassist.reports import build_report
from caseassist.services.reports import run_report
from caseassist.vault import DEMO_PASSPHRASE, Vault, case_store, keys
from caseassist.vault.report_queries import report_rows
from caseassist.vault.tables.cases import CaseFile, NeedRow

N_CASES = int(os.environ.get("BENCH_CASES", "100000"))
PROCESS_ROUNDS = 5
PARAMETERS = {"cases": N_CASES, "process_rounds": PROCESS_ROUNDS, "query_rounds": 7}


def _naive_page(vault: Vault) -> None:
    """The first page by an aggregate over all needs (no attention index)."""
    with vault.session() as session:
        counts = (
            select(NeedRow.case_id, func.count().label("n"))
            .where(NeedRow.status == "identified", NeedRow.horizon == "immediate")
            .group_by(NeedRow.case_id)
            .subquery()
        )
        rows = session.execute(
            select(CaseFile.id, CaseFile.name_sealed)
            .join(counts, counts.c.case_id == CaseFile.id, isouter=True)
            .where(CaseFile.status == "open")
            .order_by(func.coalesce(counts.c.n, 0).desc(), CaseFile.opened_at.desc())
            .limit(50)
        ).all()
        for case_id, blob in rows:
            if blob is not None:
                vault.unseal("case_file", "name_sealed", case_id, blob)


def _cli(*argv: str, folder: Path) -> tuple[float, float]:
    """One whole `caseassist` process, as a caseworker runs it from a shell: its wall-clock
    seconds, and the CPU seconds it used (user + system, its argon2 threads included),
    which other jobs on a shared machine do not stretch."""
    env = user_env(
        CASEASSIST_DATA_DIR=str(folder),
        CASEASSIST_USER="caseworker",
        CASEASSIST_PASSPHRASE=DEMO_PASSPHRASE,
        CASEASSIST_LANG="en",
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "caseassist", *argv], env=env, check=True, capture_output=True
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _cpu_samples(fn, n: int) -> list[float]:
    """CPU seconds of this process for each of `n` calls (no other thread runs meanwhile)."""
    out = []
    for _ in range(n):
        start = time.process_time()
        fn()
        out.append(time.process_time() - start)
    return out


def _fixed_cost(folder: Path) -> list[Figure]:
    """What a vault command pays before its query: the interpreter and the imports, the
    argon2 derivation, and the rest of unlocking with the retention pass."""
    imports = [
        timed(
            lambda: subprocess.run(
                [sys.executable, "-c", "import caseassist.cli.common, caseassist.vault.case_store"],
                check=True,
                env=user_env(),
            )
        )
        for _ in range(PROCESS_ROUNDS)
    ]
    python = [
        timed(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True, env=user_env()))
        for _ in range(PROCESS_ROUNDS)
    ]
    from caseassist.services import retention

    params = Vault.unlock(folder, "caseworker", DEMO_PASSPHRASE)
    kdf = params.kdf_of("caseworker")
    params.close()
    derive = samples(lambda: keys.derive(DEMO_PASSPHRASE, os.urandom(16), kdf), 3)
    unlock = samples(lambda: Vault.unlock(folder, "caseworker", DEMO_PASSPHRASE).close(), 3)

    def unlock_and_retain() -> None:
        vault = Vault.unlock(folder, "caseworker", DEMO_PASSPHRASE)
        try:
            retention.apply(vault)
        finally:
            vault.close()

    retained = samples(unlock_and_retain, 3)
    rows = [
        ("fixed cost: Python start", python, None),
        ("fixed cost: Python start + imports", imports, python),
        ("fixed cost: argon2 derivation", derive, None),
        ("fixed cost: unlock (argon2 included)", unlock, derive),
        ("fixed cost: unlock + retention pass", retained, unlock),
    ]
    return [
        with_spread(
            Figure(
                name,
                round(median(v), 3),
                "s",
                "-",
                True,
                round(median(b), 3) if b else None,
                round(median(v) / median(b), 2) if b else None,
            ),
            v,
        )
        for name, v, b in rows
    ]


def _names_one_by_one(vault: Vault) -> None:
    """Every name decrypted with a fresh cipher per call (the plain `unseal` path)."""
    with vault.session() as session:
        for case_id, blob in session.exec(
            select(CaseFile.id, CaseFile.name_sealed).where(CaseFile.name_sealed.is_not(None))
        ):
            vault.unseal("case_file", "name_sealed", case_id, blob)


def find_figures(vault: Vault, n_cases: int) -> list[Figure]:
    """Search as a caseworker types it: a surname, a case code, a need."""
    from caseassist.services.cases import find

    newest = case_store.list_cases(vault, limit=1, overdue_first=False)[0]
    surname = (newest.name or "x").split()[-1]
    code = newest.code

    def row_only() -> None:
        with vault.session() as session:
            session.exec(select(CaseFile).where(CaseFile.code == code)).first()

    # A word no name holds: the search must read and decrypt every name.
    by_name = samples(lambda: find(vault, "zzqxw"), 7)
    hits = len(find(vault, surname))
    by_surname = samples(lambda: find(vault, surname), 7)
    one_by_one = median(samples(lambda: _names_one_by_one(vault), 3))
    by_code = samples(lambda: find(vault, code), 7)
    by_need = samples(lambda: find(vault, "medical"), 7)
    row = median(samples(row_only, 7))
    spread = lambda xs: f"{min(xs) * 1000:.0f}-{max(xs) * 1000:.0f} ms"  # noqa: E731
    print(
        f"  find spread (min-max of 7): name miss {spread(by_name)}, surname {spread(by_surname)}"
        f" ({hits} shown), code {spread(by_code)}, need {spread(by_need)}",
        file=sys.stderr,
    )
    return [
        under(
            f"case find by name, no match ({n_cases} names decrypted)",
            round(median(by_name), 3),
            "s",
            1,
            baseline=round(one_by_one, 3),
        ),
        under("case find by surname (newest 50)", round(median(by_surname), 3), "s", 1),
        under(
            "case find by code",
            round(median(by_code) * 1000, 1),
            "ms",
            100,
            baseline=round(row * 1000, 2),
        ),
        under("case find by need (newest 50)", round(median(by_need) * 1000, 1), "ms", 100),
    ]


def run() -> list[Figure]:
    folder, seed = seeded_vault(N_CASES)
    figures: list[Figure] = []
    if seed is not None:
        figures.append(Figure(f"seed {N_CASES} demo cases", round(seed, 1), "s", "-", True))
    listing_runs = [
        _cli("case", "list", "--limit", "50", folder=folder) for _ in range(PROCESS_ROUNDS)
    ]
    overdue_runs = [_cli("case", "overdue", folder=folder) for _ in range(PROCESS_ROUNDS)]
    listing, listing_cpu = [w for w, _c in listing_runs], [c for _w, c in listing_runs]
    overdue_cli, overdue_cpu = [w for w, _c in overdue_runs], [c for _w, c in overdue_runs]
    figures.append(
        with_spread(
            under(
                f"case list whole process, first 50 ({N_CASES} cases)",
                round(median(listing), 3),
                "s",
                1.5,
            ),
            listing,
        )
    )
    figures.append(
        with_spread(
            Figure(
                "case list whole process, CPU time (argon2 threads included)",
                round(median(listing_cpu), 3),
                "s",
                "-",
                True,
            ),
            listing_cpu,
        )
    )
    figures.append(
        with_spread(
            Figure(
                f"case overdue whole process ({N_CASES} cases)",
                round(median(overdue_cli), 3),
                "s",
                "-",
                True,
            ),
            overdue_cli,
        )
    )
    figures.append(
        with_spread(
            Figure(
                "case overdue whole process, CPU time (argon2 threads included)",
                round(median(overdue_cpu), 3),
                "s",
                "-",
                True,
            ),
            overdue_cpu,
        )
    )
    figures += _fixed_cost(folder)
    vault = Vault.unlock(folder, "caseworker", DEMO_PASSPHRASE)
    try:
        now = dt.datetime.now(dt.UTC)
        page_s = samples(lambda: case_store.list_cases(vault, limit=50, now=now), 7)
        naive_s = samples(lambda: _naive_page(vault), 7)
        overdue_s = samples(lambda: case_store.overdue_cases(vault, now=now), 7)
        overdue_cpu_s = _cpu_samples(lambda: case_store.overdue_cases(vault, now=now), 7)
        n_overdue = len(case_store.overdue_cases(vault, now=now))
        code = case_store.list_cases(vault, limit=1, now=now)[0].code
        one_s = samples(lambda: case_store.get_case(vault, code, now=now), 7)

        def row_only() -> None:
            with vault.session() as session:
                session.exec(select(CaseFile).where(CaseFile.code == code)).first()

        row = median(samples(row_only, 7))
        found = find_figures(vault, N_CASES)
    finally:
        vault.close()
    sup = Vault.unlock(folder, "supervisor", DEMO_PASSPHRASE)
    try:
        report_s = samples(lambda: run_report(sup, now=now), 3)
        rows = report_rows(sup)
        naive_now = now.replace(tzinfo=None)
        build = median(samples(lambda: build_report(*rows, now=naive_now), 3))
    finally:
        sup.close()
    ms = 1000
    figures += [
        with_spread(
            under(
                f"supervisor report from the vault ({N_CASES} cases)",
                round(median(report_s), 2),
                "s",
                2,
                baseline=round(build, 2),
            ),
            report_s,
            digits=2,
        ),
        with_spread(
            under(
                "case list, first page of 50",
                round(median(page_s) * ms, 1),
                "ms",
                300,
                baseline=round(median(naive_s) * ms, 1),
            ),
            page_s,
            scale=ms,
            digits=1,
        ),
        with_spread(
            under(
                f"case overdue query ({n_overdue} cases)",
                round(median(overdue_s) * ms, 1),
                "ms",
                150,
            ),
            overdue_s,
            scale=ms,
            digits=1,
        ),
        with_spread(
            under(
                f"case overdue query ({n_overdue} cases), CPU time of this process",
                round(median(overdue_cpu_s) * ms, 1),
                "ms",
                150,
            ),
            overdue_cpu_s,
            scale=ms,
            digits=1,
        ),
        with_spread(
            under(
                "one case, full load",
                round(median(one_s) * ms, 1),
                "ms",
                50,
                baseline=round(row * ms, 2),
            ),
            one_s,
            scale=ms,
            digits=1,
        ),
        *found,
    ]
    return figures
