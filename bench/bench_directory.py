"""Directory at scale: import 50,000 HSDS services, then time one match query.

The directory is generated into a temporary folder (fictional names, fixed
seed). Import runs in a child process so its peak memory (VmHWM) is the
import's own, not this runner's; the child also times `suggest` on the need
index against a naive full scan computed in the same run.
Goals: import < 30 s with progress, query p95 < 20 ms, peak memory < 400 MB.
"""

from __future__ import annotations

import csv
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Figure, under
from caseassist.directory.model import TRAITS, needs

N_SERVICES = 50_000
NEEDS = needs()
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


CHILD = r"""
import datetime as dt, json, resource, sys, time
from caseassist.directory import load_directory, suggest
from caseassist.directory.match import _Person, _exclusion, is_open
from caseassist.directory.model import IMMEDIATE_NEEDS
from bench.common import p95
ticks = []
t0 = time.perf_counter()
d = load_directory(sys.argv[1], progress=lambda done, total, table: ticks.append(done / total))
import_s = time.perf_counter() - t0
def peak_mb():
    # VmHWM is this process's own peak. ru_maxrss is not: Linux carries the
    # parent's resident size at fork into it, across exec, so a parent that
    # had seeded 100k cases before would be counted too.
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
rss_mb = peak_mb()
facts = {"person.age": 30, "person.gender": "female", "person.preferred_language": "ne",
         "household.children_with_them": 1, "safety.wants_law_enforcement": "no"}
now = dt.datetime(2026, 3, 14, 21, 40, tzinfo=dt.timezone(dt.timedelta(hours=-5)))

def naive(need):
    # every service, every check, every schedule evaluated, full sort: no index, no cache
    p = _Person.from_facts(facts)
    rows = []
    for s in d.services:
        if need not in s.needs or _exclusion(s, need, p):
            continue
        st = is_open(s.schedules, now)
        o = (0 if st else 2 if st is False else 1) if need in IMMEDIATE_NEEDS else 0
        lr = 0 if p.language in s.languages else 2 if s.interpretation_services else 3
        rows.append(((o, lr, "trafficking_specialist" not in s.traits, "free_of_charge" not in s.traits, s.name.casefold(), s.id), s.id))
    return [sid for _k, sid in sorted(rows)[:3]]

def timeit(fn, n):
    out = []
    for _ in range(n):
        t = time.perf_counter(); fn(); out.append(time.perf_counter() - t)
    return out

fast, slow, near = [], [], []
for need in ("shelter", "food", "legal", "jobs"):
    got = [s.service_id for s in suggest(d, facts, need, now=now).suggestions]
    base = naive(need)
    assert got == base and len(got) == 3, (need, got, base)
    fast += timeit(lambda: suggest(d, facts, need, now=now), 25)
    slow += timeit(lambda: naive(need), 5)
    near += timeit(lambda: suggest(d, facts, need, now=now, origin=(44.5, -63.5)), 10)
print(json.dumps({"services": len(d), "import_s": import_s, "rss_mb": rss_mb,
                  "progress_ticks": len(ticks), "q_p95_ms": p95(fast) * 1000,
                  "naive_p95_ms": p95(slow) * 1000, "origin_p95_ms": p95(near) * 1000}))
"""


def measure(n: int = N_SERVICES) -> dict:
    with tempfile.TemporaryDirectory(prefix="caseassist-bench-dir-") as tmp:
        folder = Path(tmp)
        generate(folder, n)
        root = Path(__file__).resolve().parent.parent
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(folder)],
            capture_output=True,
            text=True,
            cwd=root,
            timeout=300,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(done.stderr[-2000:])
        return json.loads(done.stdout.strip().splitlines()[-1])


def run() -> list[Figure]:
    m = measure()
    return [
        under("directory import 50k services", m["import_s"], "s", 30),
        Figure(
            "directory import progress updates",
            m["progress_ticks"],
            "count",
            ">= 5",
            m["progress_ticks"] >= 5,
        ),
        under("directory import peak memory", m["rss_mb"], "MB", 400),
        under("directory match query p95", m["q_p95_ms"], "ms", 20, baseline=m["naive_p95_ms"]),
        under(
            "directory match query p95, ranked by distance",
            m["origin_p95_ms"],
            "ms",
            20,
            baseline=m["naive_p95_ms"],
        ),
    ]


if __name__ == "__main__":
    for fig in run():
        print(fig)
