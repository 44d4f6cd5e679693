"""The large demo vault the case benchmarks read, seeded once and reused.

Seeding 100,000 lived-in cases takes minutes; reading them takes milliseconds.
The vault is kept in `bench/.cache/` under a name that carries a fingerprint of
everything that shapes it (the seeder, the invented people, the tables and
migrations), so a change to any of them seeds a fresh one and a stale vault is
never measured. `BENCH_RESEED=1` seeds anew regardless.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(__file__).resolve().parent / ".cache"

SHAPING = (
    "caseassist/vault/demo_seed.py",
    "caseassist/vault/migrations.py",
    "caseassist/cases/demo.py",
    "caseassist/services/cases.py",
)
"""Source files whose change changes the seeded vault (plus `caseassist/vault/tables/`)."""


def fingerprint(n_cases: int) -> str:
    digest = hashlib.sha256(str(n_cases).encode())
    files = [ROOT / p for p in SHAPING] + sorted((ROOT / "caseassist/vault/tables").glob("*.py"))
    for path in files:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def seeded_vault(n_cases: int) -> tuple[Path, float | None]:
    """The folder of a demo vault with `n_cases` cases, and the seconds seeding took
    (None when an earlier run's vault was reused)."""
    from caseassist.services.cases import create_demo
    from caseassist.vault import KdfParams

    folder = CACHE / f"cases-{n_cases}-{fingerprint(n_cases)}"
    done = folder / "seeded"
    if done.exists() and not os.environ.get("BENCH_RESEED"):
        print(f"  reusing the seeded vault {folder.name}", file=sys.stderr)
        return folder / "v", None
    for old in CACHE.glob(f"cases-{n_cases}-*"):
        shutil.rmtree(old)
    folder.mkdir(parents=True)
    start = time.perf_counter()
    create_demo(folder / "v", cases=n_cases, kdf=KdfParams.floor()).close()
    seconds = time.perf_counter() - start
    done.write_text(f"{seconds:.1f}\n")
    print(f"  seeded {n_cases} cases in {seconds:.1f} s", file=sys.stderr)
    return folder / "v", seconds
