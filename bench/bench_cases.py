"""Cases at scale: 100,000 lived-in demo cases, then the caseworker's everyday reads.

Seed: `create_demo(cases=100_000)` (four accounts, the demo directory, then
every case with facts, needs at every status with history, referrals, plans
and notes, sealed as usual). Then, as the caseworker, medians of 7 runs:
- `case list` first page (50 cases, overdue first, names unsealed), goal < 300 ms;
  baseline: the same page from a plain aggregate over every need (what the
  list would cost without `attention_at`), measured on the same vault;
- `case overdue` (every open case with an overdue need, up to 1,000), goal < 300 ms;
- one case's full load (facts, needs with history, notes, plan, referrals),
  goal < 50 ms; baseline: reading that case's row alone.
- the supervisor report read from the vault and built (every table,
  suppressed), goal < 2 s; baseline: building it from rows already in memory.
- case find by name (every name and alias decrypted in memory, none indexed),
  goal < 1 s; baseline: decrypting every name one `unseal` call at a time;
- case find by code and by need (medical, newest 50), goal < 100 ms each;
  baseline: reading that case's row alone.
Each read is audited, as in real use, so the figures include that write.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from bench.common import Figure, median, samples, under
from caseassist.reports import build_report
from caseassist.services.cases import create_demo
from caseassist.services.reports import run_report
from caseassist.vault import DEMO_PASSPHRASE, KdfParams, Vault, case_store
from caseassist.vault.report_queries import report_rows
from caseassist.vault.tables.cases import CaseFile, NeedRow

N_CASES = int(__import__("os").environ.get("BENCH_CASES", "100000"))


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
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "v"
        start = time.perf_counter()
        create_demo(folder, cases=N_CASES, kdf=KdfParams.floor()).close()
        seed = time.perf_counter() - start
        print(f"  seeded {N_CASES} cases in {seed:.1f} s", file=sys.stderr)
        vault = Vault.unlock(folder, "caseworker", DEMO_PASSPHRASE)
        try:
            now = dt.datetime.now(dt.UTC)
            page = median(samples(lambda: case_store.list_cases(vault, limit=50, now=now), 7))
            naive = median(samples(lambda: _naive_page(vault), 7))
            overdue = median(samples(lambda: case_store.overdue_cases(vault, now=now), 7))
            n_overdue = len(case_store.overdue_cases(vault, now=now))
            code = case_store.list_cases(vault, limit=1, now=now)[0].code
            one = median(samples(lambda: case_store.get_case(vault, code, now=now), 7))

            def row_only() -> None:
                with vault.session() as session:
                    session.exec(select(CaseFile).where(CaseFile.code == code)).first()

            row = median(samples(row_only, 7))
            found = find_figures(vault, N_CASES)
        finally:
            vault.close()
        sup = Vault.unlock(folder, "supervisor", DEMO_PASSPHRASE)
        try:
            report = median(samples(lambda: run_report(sup, now=now), 3))
            rows = report_rows(sup)
            naive_now = now.replace(tzinfo=None)
            build = median(samples(lambda: build_report(*rows, now=naive_now), 3))
        finally:
            sup.close()
    return [
        Figure(f"seed {N_CASES} demo cases", round(seed, 1), "s", "-", True),
        under(
            f"supervisor report from the vault ({N_CASES} cases)",
            round(report, 2),
            "s",
            2,
            baseline=round(build, 2),
        ),
        under(
            "case list, first page of 50",
            round(page * 1000, 1),
            "ms",
            300,
            baseline=round(naive * 1000, 1),
        ),
        under(f"case overdue ({n_overdue} cases)", round(overdue * 1000, 1), "ms", 300),
        under("one case, full load", round(one * 1000, 1), "ms", 50, baseline=round(row * 1000, 2)),
        *found,
    ]
