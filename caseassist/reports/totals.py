"""What the supervisor's tables are counted from: cases, needs and referrals in a period.

`case_totals`, `need_totals` and `referral_totals` count plain rows; a store may
hand over the same totals computed its own way (the vault groups cases by
`CaseKey` and calls `count_cases`), so `build_report` never needs every row.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter

from caseassist.i18n import N_
from caseassist.reports.rows import ReportCase, ReportNeed, ReportReferral

CASE_AGE_BANDS = (
    (7, N_("Under 1 week")),
    (28, N_("1 to 4 weeks")),
    (91, N_("1 to 3 months")),
    (None, N_("3 months or more")),
)
_DAY = dt.timedelta(hours=24)


def as_of_day(now: dt.datetime, end: dt.date | None) -> dt.date:
    """The day case status and age are taken on: the period's end, or today if sooner."""
    today = now.date()
    return today if end is None else min(end, today)


@dataclass
class CaseTotals:
    """What the case tables are built from, as `NeedTotals` is for the needs tables.

    `case_totals` computes it from `ReportCase`s; the vault hands `count_cases` its
    cases as counted keys instead, for large caseloads. Cases in scope are those
    open at some time in the period; status and age are as of `as_of_day`.
    """

    status_age: Counter = field(default_factory=Counter)  # (closed, age column) -> n
    by_worker: Counter = field(default_factory=Counter)  # (caseworker, closed) -> n
    opened: Counter = field(default_factory=Counter)  # day -> cases opened, in the period
    bands: Counter = field(default_factory=Counter)  # age band or None -> n
    countries: Counter = field(default_factory=Counter)  # country code or None -> n


CaseKey = tuple[str, dt.date, dt.date | None, str, str | None, str | None]
"""What the case tables tell cases apart by: status, opened, closed, caseworker,
age band, country. Many cases share one key, so a store may hand over each key
once with its count (`count_cases`) instead of every case."""


def case_totals(
    cases: Iterable[ReportCase],
    *,
    now: dt.datetime,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> CaseTotals:
    """Cases open at some time in the period, counted every way a case table needs."""
    keys = Counter(
        map(attrgetter("status", "opened", "closed", "caseworker", "age_band", "country"), cases)
    )
    return count_cases(keys.items(), now=now, start=start, end=end)


def count_cases(
    groups: Iterable[tuple[CaseKey, int]],
    *,
    now: dt.datetime,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> CaseTotals:
    """`case_totals` from cases already grouped by `CaseKey`, each key with its count."""
    as_of = as_of_day(now, end)
    lo = start or dt.date.min
    hi = end or dt.date.max
    limits = [limit for limit, _label in CASE_AGE_BANDS if limit is not None]
    t = CaseTotals()
    status_age, by_worker, opened_on = t.status_age, t.by_worker, t.opened
    bands, countries = t.bands, t.countries
    for (status, opened, closed, worker, band, country), n in groups:
        if opened > hi or (closed is not None and closed < lo):
            continue  # not open at any time in the period
        shut = status == "closed" and (closed is None or closed <= as_of)
        days = ((closed if shut and closed is not None else as_of) - opened).days
        status_age[(shut, bisect_right(limits, days))] += n
        by_worker[(worker, shut)] += n
        if opened >= lo:
            opened_on[opened] += n
        bands[band] += n
        countries[country] += n
    return t


@dataclass
class NeedTotals:
    """What the needs tables are built from.

    `need_totals` computes it from `ReportNeed`s; a store may compute the very same
    in its own query language (the vault does, for large caseloads) and hand it
    to `build_report` instead of the rows.
    """

    by_kind: Counter = field(default_factory=Counter)  # (category, horizon, status) -> n
    to_referred: dict[str, list[float]] = field(default_factory=dict)  # category -> hours
    to_met: dict[str, list[float]] = field(default_factory=dict)  # category -> hours
    late_met: Counter = field(default_factory=Counter)  # immediate, met after more than 24 h
    late_open: Counter = field(default_factory=Counter)  # immediate, not met after 24 h


def need_totals(
    needs: Iterable[ReportNeed],
    *,
    now: dt.datetime,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> NeedTotals:
    """Needs identified in the period, counted; hours to referral and to met; late ones."""
    if start is not None or end is not None:
        lo = start or dt.date.min
        hi = end or dt.date.max
        needs = [n for n in needs if lo <= n.identified_at.date() <= hi]
    else:
        needs = list(needs)
    t = NeedTotals(by_kind=Counter(map(attrgetter("category", "horizon", "status"), needs)))
    for need in needs:
        seen = need.identified_at
        cat = need.category
        referred = need.referred_at
        if referred is not None:
            t.to_referred.setdefault(cat, []).append((referred - seen).total_seconds() / 3600.0)
        met = need.met_at
        if met is not None:
            t.to_met.setdefault(cat, []).append((met - seen).total_seconds() / 3600.0)
            if need.horizon == "immediate" and met - seen > _DAY and need.status != "declined":
                t.late_met[cat] += 1
        elif need.horizon == "immediate" and now - seen > _DAY and need.status != "declined":
            t.late_open[cat] += 1
    return t


def referral_totals(
    referrals: Iterable[ReportReferral], *, start: dt.date | None = None, end: dt.date | None = None
) -> Counter:
    """(provider, status) -> referrals created in the period."""
    if start is not None or end is not None:
        lo = start or dt.date.min
        hi = end or dt.date.max
        referrals = [r for r in referrals if lo <= r.created_at.date() <= hi]
    return Counter(map(attrgetter("provider", "status"), referrals))
