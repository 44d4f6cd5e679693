"""Directory at scale, on the paths staff take: import, search, match.

Generated directories (fictional names, fixed seed) are imported into a real
vault by the real command (`caseassist directory import`, a child process, so
its peak memory is its own), then:

- `caseassist directory search` is timed as a whole process (unlock included),
  alternated with a bare Python start as the baseline;
- the first match in a session (vault open, nothing read yet) and the tenth;
- match p95 at 100,000 services over the 8 needs x varied person profiles on the
  vault's indexed directory, alternated round by round with a naive full scan
  of the same directory in memory (the ratio is checked: >= 10x).

Medians come with their spread (min-max); the load average is recorded.
"""

from __future__ import annotations

import csv
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Figure, under
from caseassist.directory.model import TRAITS, needs

N_SERVICES = 50_000
N_MATCH = 100_000
PASS = "bench-only passphrase"
NEEDS = needs()  # the intake contract's eight
LANGS = ("en", "es", "fr", "ne", "ar", "uk", "tl", "hi", "zh", "pt")
HOURS = (
    ("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59:59"),
    ("MO,TU,WE,TH,FR", "09:00", "17:00"),
    ("MO,TU,WE,TH,FR", "08:00-05:00", "18:00-05:00"),
    ("MO,TU,WE,TH,FR,SA,SU", "18:00", "02:00"),
    ("TU,TH", "10:00", "14:00"),
    ("SA,SU", "11:00", "16:00"),
    ("MO,WE,FR", "12:00", "20:00"),
    ("MO,TU,WE,TH,FR,SA,SU", "23:00Z", "04:00Z"),
)


def generate(folder: Path, n: int = N_SERVICES, seed: int = 7) -> None:
    rnd = random.Random(seed)
    files = {
        name: open(folder / name, "w", newline="", encoding="utf-8")  # noqa: SIM115
        for name in (
            "organizations.csv",
            "services.csv",
            "locations.csv",
            "addresses.csv",
            "service_at_location.csv",
            "phones.csv",
            "languages.csv",
            "schedules.csv",
            "taxonomies.csv",
            "taxonomy_terms.csv",
            "attributes.csv",
        )
    }
    w = {k: csv.writer(v, lineterminator="\n") for k, v in files.items()}
    w["organizations.csv"].writerow(["id", "name", "description"])
    w["services.csv"].writerow(
        [
            "id",
            "organization_id",
            "name",
            "status",
            "interpretation_services",
            "minimum_age",
            "maximum_age",
        ]
    )
    w["locations.csv"].writerow(["id", "organization_id", "name", "latitude", "longitude"])
    w["addresses.csv"].writerow(["id", "location_id", "address_1", "city", "country"])
    w["service_at_location.csv"].writerow(["id", "service_id", "location_id"])
    w["phones.csv"].writerow(["id", "service_id", "number"])
    w["languages.csv"].writerow(["id", "service_id", "name", "code"])
    w["schedules.csv"].writerow(
        ["id", "service_id", "timezone", "freq", "byday", "opens_at", "closes_at"]
    )
    w["taxonomies.csv"].writerows(
        [["id", "name"], ["tx-n", "caseassist-needs"], ["tx-e", "caseassist-eligibility"]]
    )
    w["taxonomy_terms.csv"].writerow(["id", "code", "taxonomy"])
    w["taxonomy_terms.csv"].writerows([[f"t-{c}", c, "caseassist-needs"] for c in NEEDS])
    w["taxonomy_terms.csv"].writerows([[f"t-{c}", c, "caseassist-eligibility"] for c in TRAITS])
    w["attributes.csv"].writerow(["id", "link_id", "taxonomy_term_id", "link_type", "link_entity"])
    for o in range(n // 10):
        w["organizations.csv"].writerow([f"org-{o}", f"Organization {o}", "fictional"])
    for i in range(n):
        sid, loc = f"svc-{i}", f"loc-{i}"
        org = f"org-{i // 10}"
        lo = rnd.choice(("", "", "", "18", "12", "16"))
        hi = "17" if lo == "12" else ""
        status = "active" if rnd.random() > 0.03 else "inactive"
        interp = "Telephone interpreters" if rnd.random() < 0.2 else ""
        w["services.csv"].writerow([sid, org, f"Service {i}", status, interp, lo, hi])
        lat, lon = 44.0 + rnd.random(), -64.0 + rnd.random()
        w["locations.csv"].writerow([loc, org, f"Place {i}", f"{lat:.5f}", f"{lon:.5f}"])
        w["addresses.csv"].writerow([f"adr-{i}", loc, f"{i} Harbour Road", "Fictionville", "CA"])
        w["service_at_location.csv"].writerow([f"sal-{i}", sid, loc])
        w["phones.csv"].writerow([f"ph-{i}", sid, f"+1 555 {i:06d}"])
        for code in rnd.sample(LANGS, rnd.randint(1, 3)):
            w["languages.csv"].writerow([f"lg-{i}-{code}", sid, code, code])
        for k, (days, o, c) in enumerate(rnd.sample(HOURS, rnd.choice((1, 1, 2)))):
            tz = "" if ("Z" in o or "-05:00" in o) else "-5"
            w["schedules.csv"].writerow([f"sc-{i}-{k}", sid, tz, "WEEKLY", days, o, c])
        tags = rnd.sample(NEEDS, rnd.choice((1, 1, 2))) + [t for t in TRAITS if rnd.random() < 0.12]
        for code in tags:
            w["attributes.csv"].writerow(
                [f"at-{i}-{code}", sid, f"t-{code}", "service_tag", "service"]
            )
    for fh in files.values():
        fh.close()


IMPORT_CHILD = r"""
import os, sys, time
from caseassist.cli import main
t0 = time.perf_counter()
code = main(["directory", "import", sys.argv[1], "--quiet"])
elapsed = time.perf_counter() - t0
with open("/proc/self/status") as fh:
    peak = next(int(l.split()[1]) / 1024 for l in fh if l.startswith("VmHWM:"))
print("BENCH", code, elapsed, peak, file=sys.stderr)
"""

MATCH_CHILD = r"""
import datetime as dt, json, sys, time
from caseassist.directory import load_directory, suggest
from caseassist.directory.fit import Person as _Person, exclusion as _exclusion, fit_rank
from caseassist.directory.schedule import is_open
from caseassist.directory.model import IMMEDIATE_NEEDS, needs
from caseassist.services import directory as svc
from caseassist.vault import Vault
from bench.common import p95
folder, vault_dir, passphrase = sys.argv[1], sys.argv[2], sys.argv[3]
NEEDS = needs()
PROFILES = [
    {},
    {"person.preferred_language": "ne", "person.age": 30, "person.gender": "female",
     "household.children_with_them": 1, "safety.wants_law_enforcement": "no"},
    {"person.preferred_language": "es", "person.other_languages": ["fr", "ar"]},
    {"person.preferred_language": "uk", "person.age": 17, "person.gender": "male"},
    {"person.preferred_language": "zh", "household.children_with_them": 3},
    {"person.age": 45, "person.gender": "female", "safety.wants_law_enforcement": "no"},
]
TIMES = [dt.datetime(2026, 3, d, h, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
         for d, h in ((14, 21), (16, 10), (18, 3))]
memory = load_directory(folder)
vault = Vault.unlock(vault_dir, "admin", passphrase)
stored = svc.active_directory(vault)

def naive(facts, need, now):
    p = _Person.from_facts(facts)
    rows = []
    for s in memory.services:
        if need not in s.needs or _exclusion(s, need, p):
            continue
        st = is_open(s.schedules, now)
        o = (0 if st else 2 if st is False else 1) if need in IMMEDIATE_NEEDS else 0
        lr = 0 if p.language is None or p.language in s.languages else (
            1 if p.other_languages & set(s.languages) else 2 if s.interpretation_services else 3)
        rows.append(((fit_rank(s, need, p), o, lr, "trafficking_specialist" not in s.traits,
                      "free_of_charge" not in s.traits, s.name.casefold(), s.id), s.id))
    return [sid for _k, sid in sorted(rows)[:3]]

fast, slow, mismatch = [], [], 0
for rnd in range(2):
    for need in NEEDS:
        for i, facts in enumerate(PROFILES):
            now = TIMES[(i + rnd) % 3]
            t = time.perf_counter(); got = suggest(stored, facts, need, now=now)
            fast.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter(); base = naive(facts, need, now)
            slow.append((time.perf_counter() - t) * 1000)
            mismatch += [s.service_id for s in got.suggestions] != base
vault.close()
print(json.dumps({"fast": fast, "slow": slow, "mismatch": mismatch, "queries": len(fast)}))
"""

FIRST_CHILD = r"""
import datetime as dt, json, sys, time
vault_dir, passphrase, session = sys.argv[1], sys.argv[2], sys.argv[3] == "session"
from caseassist.directory import suggest
from caseassist.directory.model import needs
from caseassist.services import directory as svc
from caseassist.vault import Vault
if session:  # what a terminal session has loaded before its first search: its language
    from caseassist import i18n  # list (Babel's names) and its dates (Babel's formats)
    import babel.dates
    i18n.language_name("ne")
NEEDS = needs()
PROFILES = [
    {"person.preferred_language": "ne", "person.age": 30, "person.gender": "female",
     "household.children_with_them": 1, "safety.wants_law_enforcement": "no"},
    {}, {"person.preferred_language": "es", "person.other_languages": ["fr", "ar"]},
    {"person.preferred_language": "uk", "person.age": 17, "person.gender": "male"},
]
TIMES = [dt.datetime(2026, 3, d, h, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
         for d, h in ((14, 21), (16, 10), (18, 3))]
vault = Vault.unlock(vault_dir, "admin", passphrase)
t = time.perf_counter()
stored = svc.active_directory(vault)
suggest(stored, PROFILES[0], "shelter", now=TIMES[0])
first_ms = (time.perf_counter() - t) * 1000
later = []
for k in range(1, 11):
    t = time.perf_counter()
    suggest(stored, PROFILES[k % len(PROFILES)], NEEDS[k % 8], now=TIMES[k % 3])
    later.append((time.perf_counter() - t) * 1000)
vault.close()
print(json.dumps({"first_ms": first_ms, "later_ms": later}))
"""


PYCACHE = Path(tempfile.gettempdir()) / "caseassist-bench-pycache"


def _env() -> dict:
    """The children run as an installed caseassist does: with its modules' bytecode cached
    (a wheel install compiles it; a shell with PYTHONDONTWRITEBYTECODE would recompile
    every module in every process), kept apart from the source tree."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {
        **env,
        "PYTHONPYCACHEPREFIX": str(PYCACHE),
        "CASEASSIST_USER": "admin",
        "CASEASSIST_PASSPHRASE": PASS,
    }


def _vault(folder: Path) -> None:
    from caseassist.vault import Vault

    vault, _code = Vault.create(folder, "admin", PASS)  # the real KDF: unlock is on the path
    vault.close()


def import_real(data: Path, vault_dir: Path) -> tuple[float, float]:
    """`caseassist directory import` in a child: (seconds, peak MB)."""
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_CHILD, str(data)],
        capture_output=True, text=True, cwd=root, timeout=1800, check=False,
        env={**_env(), "CASEASSIST_DATA_DIR": str(vault_dir)},
    )  # fmt: skip
    line = [x for x in done.stderr.splitlines() if x.startswith("BENCH")]
    if done.returncode != 0 or not line:
        raise RuntimeError(done.stderr[-2000:])
    _tag, code, secs, peak = line[-1].split()
    if code != "0":
        raise RuntimeError(done.stderr[-2000:])
    return float(secs), float(peak)


def search_process(vault_dir: Path, rounds: int = 5) -> tuple[list[float], list[float]]:
    """Whole `caseassist directory search` processes, alternated with a bare Python start."""
    cli = [sys.executable, "-m", "caseassist", "directory", "search", "--need", "shelter",
           "--language", "Nepali", "--children", "1", "--json"]  # fmt: skip
    bare = [sys.executable, "-c", "pass"]
    env = {**_env(), "CASEASSIST_DATA_DIR": str(vault_dir)}
    ours, base = [], []
    subprocess.run(cli, env=env, check=True, capture_output=True, timeout=120)  # caches bytecode
    for _ in range(rounds):
        for cmd, out in ((cli, ours), (bare, base)):
            t = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)
            out.append(time.perf_counter() - t)
    return ours, base


def first_match(vault_dir: Path, rounds: int = 3) -> dict:
    """The first search in a fresh process (vault open, nothing read), and the ten after
    it; `session`: with what a terminal session has loaded by then (Babel's names and
    dates), `cold`: with nothing. Alternated, `rounds` processes each."""
    root = Path(__file__).resolve().parent.parent
    out: dict = {"first_session_ms": [], "first_cold_ms": [], "later_ms": []}
    for _ in range(rounds):
        for mode in ("session", "cold"):
            done = subprocess.run(
                [sys.executable, "-c", FIRST_CHILD, str(vault_dir), PASS, mode],
                capture_output=True, text=True, cwd=root, timeout=600, check=False,
                env=_env(),
            )  # fmt: skip
            if done.returncode != 0:
                raise RuntimeError(done.stderr[-2000:])
            got = json.loads(done.stdout.strip().splitlines()[-1])
            out[f"first_{mode}_ms"].append(got["first_ms"])
            if mode == "session":
                out["later_ms"].extend(got["later_ms"])
    return out


def spread(values: list[float]) -> str:
    return f"median {statistics.median(values):.3g}, min {min(values):.3g}, max {max(values):.3g}"


def measure(n: int = N_SERVICES, n_match: int = N_MATCH) -> dict:
    load = os.getloadavg()
    out: dict = {"load_start": load}
    with tempfile.TemporaryDirectory(prefix="caseassist-bench-dir-") as tmp:
        root = Path(tmp)
        data = root / "d50"
        data.mkdir()
        generate(data, n)
        vault_dir = root / "v50"
        _vault(vault_dir)
        out["import_s"], out["import_mb"] = import_real(data, vault_dir)
        ours, base = search_process(vault_dir)
        out["search_s"], out["search_base_s"] = ours, base
        out.update(first_match(vault_dir))
        data100 = root / "d100"
        data100.mkdir()
        generate(data100, n_match, seed=8)
        v100 = root / "v100"
        _vault(v100)
        out["import100_s"], out["import100_mb"] = import_real(data100, v100)
        done = subprocess.run(
            [sys.executable, "-c", MATCH_CHILD, str(data100), str(v100), PASS],
            capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent,
            timeout=1800, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(done.stderr[-2000:])
        out.update(json.loads(done.stdout.strip().splitlines()[-1]))
    out["load_end"] = os.getloadavg()
    return out


def run() -> list[Figure]:
    from bench.common import p95

    m = measure()
    search = statistics.median(m["search_s"])
    q95, n95 = p95(m["fast"]), p95(m["slow"])
    later = statistics.median(m["later_ms"])
    first = statistics.median(m["first_session_ms"])
    return [
        under("directory import 50k services, real command", m["import_s"], "s", 30),
        under("directory import 50k peak memory, real command", m["import_mb"], "MB", 300),
        under(
            "directory search whole process, 50k services (unlock included)",
            search,
            "s",
            2.5,
            baseline=statistics.median(m["search_base_s"]),
        ),
        under("first match in a terminal session, 50k services", first, "ms", 100),
        under(
            "first match in a fresh process, 50k services (nothing loaded)",
            statistics.median(m["first_cold_ms"]),
            "ms",
            100,
        ),
        under("matches after the first, 50k services (median)", later, "ms", 100),
        under("match p95, 100k services, 8 needs x 6 profiles", q95, "ms", 20, baseline=n95),
        Figure(
            "match p95 speed-up over a naive scan, 100k services",
            round(n95 / q95, 1) if q95 else 0.0,
            "x",
            ">= 10",
            q95 > 0 and n95 / q95 >= 10,
        ),
        Figure(
            "match results differing from the naive scan",
            m["mismatch"],
            "count",
            "0",
            m["mismatch"] == 0,
        ),
    ]


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    result = measure(*args)
    print(json.dumps({k: v for k, v in result.items() if k not in ("fast", "slow", "later_ms")}))
    from bench.common import p95

    for name in (
        "search_s",
        "search_base_s",
        "first_session_ms",
        "first_cold_ms",
        "later_ms",
        "fast",
        "slow",
    ):
        print(name, spread(result[name]), f"p95 {p95(result[name]):.3g}")
    print("match p95 ratio naive / indexed", round(p95(result["slow"]) / p95(result["fast"]), 1))
    print("mismatches", result["mismatch"], "of", result["queries"])
