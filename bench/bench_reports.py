"""Supervisor report at scale: build_report over 100,000 generated cases.

About 3 needs and 1 referral per case, spread over three years, 60 caseworkers,
40 countries and 300 providers (fixed seed; every code and name is invented).
Generating the rows is not timed. The baseline, measured in the same run, is a
plain `Counter` over the same rows (case status, need category and horizon,
referral provider and status): the least any report has to do, so the ratio
says what suppression, medians and the other tables cost on top of it.
Goal: report < 2 s.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from bench.common import Figure, median, samples
from caseassist.reports import (
    AGE_BANDS,
    NEED_CATEGORIES,
    REFERRAL_STATUSES,
    ReportCase,
    ReportNeed,
    ReportReferral,
    build_report,
)

N_CASES = 100_000
NOW = dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.UTC)
COUNTRIES = (
    "NG", "VN", "RO", "UA", "PH", "NP", "IN", "MX", "GT", "HN", "BR", "CN", "TH", "AL",
    "MD", "BG", "ER", "ET", "SY", "AF", "PK", "BD", "ID", "KH", "MM", "LA", "VE", "CO",
    "SV", "DO", "HT", "CM", "GH", "SL", "KE", "UG", "SO", "SD", "LY", "MA",
)  # fmt: skip


def generate(n_cases: int = N_CASES, seed: int = 7):
    rnd = random.Random(seed)
    first = NOW.date() - dt.timedelta(days=3 * 365)
    span = (NOW.date() - first).days
    workers = [f"worker{i:02d}" for i in range(60)]
    providers = [f"Service {i}" for i in range(300)] + ["other"]
    statuses_need = ("identified", "referred", "in_progress", "met", "declined")
    cases: list[ReportCase] = []
    needs: list[ReportNeed] = []
    referrals: list[ReportReferral] = []
    for i in range(n_cases):
        opened = first + dt.timedelta(days=rnd.randrange(span))
        closed = None
        if rnd.random() < 0.7:
            closed = min(opened + dt.timedelta(days=rnd.randrange(1, 400)), NOW.date())
        code = f"C{i:06d}"
        cases.append(
            ReportCase(
                code=code,
                status="closed" if closed else "open",
                opened=opened,
                closed=closed,
                caseworker=rnd.choice(workers),
                age_band=rnd.choice(AGE_BANDS) if rnd.random() < 0.95 else None,
                country=COUNTRIES[int(rnd.paretovariate(1.2)) % len(COUNTRIES)]
                if rnd.random() < 0.9
                else None,
            )
        )
        base = dt.datetime.combine(opened, dt.time(), tzinfo=dt.UTC)
        for _k in range(rnd.choice((2, 3, 3, 4))):
            seen = base + dt.timedelta(minutes=rnd.randrange(60 * 24 * 30))
            status = rnd.choice(statuses_need)
            referred = (
                seen + dt.timedelta(minutes=rnd.randrange(1, 60 * 72))
                if status != "identified"
                else None
            )
            met = (
                (referred or seen) + dt.timedelta(minutes=rnd.randrange(1, 60 * 24 * 20))
                if status == "met"
                else None
            )
            needs.append(
                ReportNeed(
                    case_code=code,
                    category=rnd.choice(NEED_CATEGORIES),
                    horizon="immediate" if rnd.random() < 0.4 else "long_term",
                    status=status,
                    identified_at=seen,
                    referred_at=referred,
                    met_at=met,
                )
            )
        referrals.append(
            ReportReferral(
                case_code=code,
                provider=providers[min(int(rnd.expovariate(1 / 40)), len(providers) - 1)],
                status=rnd.choice(REFERRAL_STATUSES),
                created_at=base + dt.timedelta(hours=rnd.randrange(24 * 60)),
            )
        )
    return cases, needs, referrals


def baseline(cases, needs, referrals) -> None:
    Counter(c.status for c in cases)
    Counter((n.category, n.horizon) for n in needs)
    Counter((r.provider, r.status) for r in referrals)


def measure(n_cases: int = N_CASES, repeats: int = 3) -> dict:
    cases, needs, referrals = generate(n_cases)
    report_s = samples(lambda: build_report(cases, needs, referrals, now=NOW), repeats)
    start, end = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
    period_s = samples(
        lambda: build_report(cases, needs, referrals, start=start, end=end, now=NOW), repeats
    )
    base_s = samples(lambda: baseline(cases, needs, referrals), repeats)
    report = build_report(cases, needs, referrals, now=NOW)
    csv_s = samples(report.to_csv, repeats)
    return {
        "report_s": median(report_s),
        "period_s": median(period_s),
        "baseline_s": median(base_s),
        "csv_s": median(csv_s),
        "needs": len(needs),
        "referrals": len(referrals),
    }


def run() -> list[Figure]:
    m = measure()
    base = m["baseline_s"]
    return [
        Figure(
            "report on 100k cases (all time)",
            m["report_s"],
            "s",
            "< 2 s",
            m["report_s"] < 2,
            baseline=base,
            ratio=m["report_s"] / base if base else None,
        ),
        Figure(
            "report on 100k cases (one year period)",
            m["period_s"],
            "s",
            "< 2 s",
            m["period_s"] < 2,
            baseline=base,
            ratio=m["period_s"] / base if base else None,
        ),
        Figure("report CSV export", m["csv_s"], "s", "< 0.1 s", m["csv_s"] < 0.1),
    ]


if __name__ == "__main__":
    for fig in run():
        print(fig)
