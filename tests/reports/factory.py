"""Seeded, invented report rows for tests: codes, account names and providers are made up."""

from __future__ import annotations

import datetime as dt
import random

from caseassist.reports import (
    AGE_BANDS,
    NEED_CATEGORIES,
    NEED_STATUSES,
    REFERRAL_STATUSES,
    ReportCase,
    ReportNeed,
    ReportReferral,
)

NOW = dt.datetime(2026, 6, 15, 9, 30, tzinfo=dt.UTC)
BIG_COUNTRIES = ("NG", "VN", "RO", "UA", "PH")
SMALL_COUNTRIES = ("IS", "LU", "MT")  # a handful of cases each: must never be named


def seeded(n_cases: int = 600, seed: int = 11):
    """Cases over about a year, ~3 needs and ~1 referral each."""
    rnd = random.Random(seed)
    first = NOW.date() - dt.timedelta(days=400)
    workers = [f"staff{i}" for i in range(7)]
    providers = [f"Fictional Service {i}" for i in range(12)] + ["other"]
    cases: list[ReportCase] = []
    needs: list[ReportNeed] = []
    referrals: list[ReportReferral] = []
    small_left = {c: rnd.randint(1, 4) for c in SMALL_COUNTRIES}
    for i in range(n_cases):
        opened = first + dt.timedelta(days=rnd.randrange(400))
        closed = None
        if rnd.random() < 0.5:
            closed = min(opened + dt.timedelta(days=rnd.randrange(0, 200)), NOW.date())
        country = rnd.choice(BIG_COUNTRIES)
        for small, left in small_left.items():
            if left:
                country = small
                small_left[small] -= 1
                break
        if rnd.random() < 0.05:
            country = None
        code = f"ZZ-{i:05d}-{rnd.randrange(10**6):06d}"
        cases.append(
            ReportCase(
                code=code,
                status="closed" if closed else "open",
                opened=opened,
                closed=closed,
                caseworker=rnd.choice(workers),
                age_band=rnd.choice(AGE_BANDS) if rnd.random() < 0.93 else None,
                country=country,
            )
        )
        base = dt.datetime.combine(opened, dt.time(8), tzinfo=dt.UTC)
        for _k in range(rnd.choice((2, 3, 4))):
            seen = base + dt.timedelta(minutes=rnd.randrange(60 * 24 * 20))
            status = rnd.choice(NEED_STATUSES)
            referred = (
                seen + dt.timedelta(minutes=rnd.randrange(1, 60 * 60))
                if status != "identified"
                else None
            )
            met = (
                seen + dt.timedelta(minutes=rnd.randrange(60, 60 * 24 * 5))
                if status == "met"
                else None
            )
            needs.append(
                ReportNeed(
                    case_code=code,
                    category=rnd.choice((*NEED_CATEGORIES, "ceremony")),
                    horizon=rnd.choice(("immediate", "long_term")),
                    status=status,
                    identified_at=seen,
                    referred_at=referred,
                    met_at=met,
                )
            )
        if rnd.random() < 0.9:
            referrals.append(
                ReportReferral(
                    case_code=code,
                    provider=providers[min(int(rnd.expovariate(1 / 4)), len(providers) - 1)],
                    status=rnd.choice(REFERRAL_STATUSES),
                    created_at=base + dt.timedelta(hours=rnd.randrange(24 * 30)),
                )
            )
    return cases, needs, referrals
