"""Build the supervisor's report from plain, non-identifying rows.

`build_report(cases, needs, referrals, start=, end=, now=)` counts once over the
rows (C-level `Counter`s where it can, one plain loop where a row needs a
little arithmetic), then hands each count table to `suppress`. Every table is
an aggregate; no row of the input is ever copied into the output.

Period: a case is in scope when it was open at some time between `start` and
`end` (both inclusive, either may be None); a need when it was identified in
the period; a referral when it was created in the period. Case status and age
are taken as of `end` (or today, when `end` is None or later than today).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from caseassist import vocabulary
from caseassist.cases import needs as need_rules
from caseassist.cases import referrals as referral_rules
from caseassist.i18n import N_, _, country_name
from caseassist.reports.report import COUNT, MEDIAN, Report, Table
from caseassist.reports.rows import (
    AGE_BANDS,
    NEED_STATUSES,
    REFERRAL_STATUSES,
    ReportCase,
    ReportNeed,
    ReportReferral,
    need_categories,
)
from caseassist.reports.suppression import (
    DEFAULT_THRESHOLD,
    HIDDEN_MARK,
    WITHHELD_MARK,
    check_threshold,
    small_mark,
    suppress,
)

# --- labels (translated where shown) -------------------------------------------------

TITLE_STATUS_AGE = N_("Cases by status and age of case")
TITLE_CASEWORKER = N_("Caseload per caseworker")
TITLE_NEW_WEEKLY = N_("New cases per week")
TITLE_AGE_BANDS = N_("Cases by age band")
TITLE_COUNTRIES = N_("Cases by country")
TITLE_NEEDS_HORIZON = N_("Needs by category and horizon")
TITLE_NEEDS_STATUS = N_("Needs by category and status")
TITLE_LATE = N_("Immediate needs not met within 24 hours")
TITLE_MEDIANS = N_("Median hours from identified to referred and to met")
TITLE_REFERRALS = N_("Referrals by provider and outcome")

HEAD_STATUS = N_("Status")
HEAD_CASEWORKER = N_("Caseworker")
HEAD_WEEK = N_("ISO week")
HEAD_AGE_BAND = N_("Age band")
HEAD_COUNTRY = N_("Country")
HEAD_CATEGORY = N_("Need category")
HEAD_PROVIDER = N_("Provider")
COL_CASES = N_("Cases")
COL_NEW_CASES = N_("New cases")

CASE_STATUS_LABELS = {"open": N_("Open"), "closed": N_("Closed")}
CASE_AGE_BANDS = (
    (7, N_("Under 1 week")),
    (28, N_("1 to 4 weeks")),
    (91, N_("1 to 3 months")),
    (None, N_("3 months or more")),
)
AGE_BAND_LABELS = {
    "under_18": N_("Under 18"),
    "18_24": N_("18 to 24"),
    "25_59": N_("25 to 59"),
    "60_plus": N_("60 and over"),
}
UNKNOWN = N_("Unknown")
OTHER_COUNTRIES = N_("Other countries")
OTHER_PROVIDERS = N_("Other providers")
OTHER_NEEDS = N_("Other needs")
"""The row under which a need category the vocabulary does not know is counted."""
LATE_MET = N_("Met after more than 24 hours")
LATE_OPEN = N_("Not met after 24 hours")
MEDIAN_REFERRED = N_("Identified to referred (hours)")
MEDIAN_MET = N_("Identified to met (hours)")
HOURS = N_("{hours} h")
LEGEND_SMALL = N_("a count from 1 to {top}")
LEGEND_HIDDEN = N_("hidden so that a small count cannot be worked out from a total")
LEGEND_FEW = N_("no median: fewer than {threshold} needs")
LEGEND_WITHHELD = N_("total withheld: shown, it would reveal the small counts beside it")
NOTE_LATE = N_("Declined needs are not counted.")
NOTE_GROUPED = N_("Fewer than {threshold} cases or referrals are grouped under other.")

_DAY = dt.timedelta(hours=24)


def iso_week(day: dt.date) -> str:
    """ "2026-W05": the only way a date of a case leaves a report."""
    year, week, _weekday = day.isocalendar()
    return f"{year}-W{week:02d}"


def few_mark(threshold: int) -> str:
    """Shown instead of a median computed from fewer than `threshold` values."""
    return f"n<{threshold}"


def _table(
    key: str,
    title: str,
    row_header: str,
    row_labels: Sequence[str],
    col_labels: Sequence[str],
    counts: list[list[int]],
    threshold: int,
    *,
    row_totals: bool = True,
    note: str = "",
) -> Table:
    shown = suppress(
        counts,
        threshold=threshold,
        row_totals=row_totals,
        col_totals=True,
        n_cols=len(col_labels),
    )
    return Table(
        key=key,
        title=_(title),
        row_header=_(row_header),
        row_labels=tuple(row_labels),
        col_labels=tuple(col_labels),
        cells=shown.cells,
        row_totals=shown.row_totals,
        col_totals=shown.col_totals,
        grand_total=shown.grand_total,
        kind=COUNT,
        note=note,
    )


def _category(code: str) -> str:
    return code if code in vocabulary.vocabulary().categories else "other"


def _category_label(code: str) -> str:
    """The case screens' label (the same message, translated once); "other" for the rest."""
    return _(OTHER_NEEDS) if code == "other" else vocabulary.label(code)


def _heading(text: str) -> str:
    """A label as a column heading: its first letter upper case ("long-term" -> "Long-term")."""
    return text[:1].upper() + text[1:]


def _median_hours(values: list[float]) -> float:
    values.sort()
    n = len(values)
    mid = n // 2
    middle = values[mid] if n % 2 else (values[mid - 1] + values[mid]) / 2
    return max(middle, 0.0)


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


def _week_rows(counts: Counter[dt.date]) -> tuple[list[str], list[list[int]]]:
    """New cases per ISO week, every week from the first to the last (zeros included)."""
    if not counts:
        return [], []
    per_week: Counter[dt.date] = Counter()
    for day, n in counts.items():
        per_week[day - dt.timedelta(days=day.weekday())] += n
    monday, last = min(per_week), max(per_week)
    labels: list[str] = []
    rows: list[list[int]] = []
    while monday <= last:
        labels.append(iso_week(monday))
        rows.append([per_week.get(monday, 0)])
        monday += dt.timedelta(days=7)
    return labels, rows


def _grouped(totals: Counter, threshold: int, *, other_keys: Iterable = ()) -> tuple[list, bool]:
    """Keys whose total reaches the threshold (largest first), and whether others exist."""
    skip = set(other_keys)
    keep = [k for k, n in totals.items() if n >= threshold and k not in skip and k is not None]
    keep.sort(key=lambda k: (-totals[k], str(k)))
    kept = set(keep)
    has_other = any(n > 0 for k, n in totals.items() if k not in kept and k is not None)
    return keep, has_other


def build_report(
    cases: Iterable[ReportCase] | CaseTotals,
    needs: Iterable[ReportNeed] | NeedTotals,
    referrals: Iterable[ReportReferral] | Counter,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    now: dt.datetime,
    threshold: int = DEFAULT_THRESHOLD,
) -> Report:
    """Every supervisor table over the rows, small cells suppressed.

    Each input may also come already totalled for the period (`CaseTotals`,
    `NeedTotals`, and a `Counter` of (provider, status)), as `case_totals`,
    `need_totals` and `referral_totals` compute them: a store with a large
    caseload totals them in its own queries instead of handing over every row.
    """
    check_threshold(threshold)
    if start is not None and end is not None and start > end:
        raise ValueError("the period starts after it ends")
    as_of = as_of_day(now, end)

    # --- cases -------------------------------------------------------------------
    counted = (
        cases
        if isinstance(cases, CaseTotals)
        else case_totals(cases, now=now, start=start, end=end)
    )
    tables: list[Table] = []
    tables.append(
        _table(
            "cases_by_status_age",
            TITLE_STATUS_AGE,
            HEAD_STATUS,
            [_(v) for v in CASE_STATUS_LABELS.values()],
            [_(label) for _limit, label in CASE_AGE_BANDS],
            [
                [counted.status_age.get((shut, col), 0) for col in range(len(CASE_AGE_BANDS))]
                for shut in (False, True)
            ],
            threshold,
        )
    )

    by_worker = counted.by_worker
    workers = sorted({w for w, _f in by_worker}, key=lambda w: (w.casefold(), w))
    tables.append(
        _table(
            "caseload_by_caseworker",
            TITLE_CASEWORKER,
            HEAD_CASEWORKER,
            workers,
            [_(v) for v in CASE_STATUS_LABELS.values()],
            [[by_worker.get((w, False), 0), by_worker.get((w, True), 0)] for w in workers],
            threshold,
        )
    )

    week_labels, week_rows = _week_rows(counted.opened)
    tables.append(
        _table(
            "new_cases_by_week",
            TITLE_NEW_WEEKLY,
            HEAD_WEEK,
            week_labels,
            [_(COL_NEW_CASES)],
            week_rows,
            threshold,
            row_totals=False,
        )
    )

    bands = counted.bands
    band_keys = [*AGE_BANDS, None]
    tables.append(
        _table(
            "cases_by_age_band",
            TITLE_AGE_BANDS,
            HEAD_AGE_BAND,
            [_(AGE_BAND_LABELS[b]) if b else _(UNKNOWN) for b in band_keys],
            [_(COL_CASES)],
            [[bands.get(b, 0)] for b in band_keys],
            threshold,
            row_totals=False,
        )
    )

    countries = counted.countries
    shown, has_other = _grouped(countries, threshold)
    kept = set(shown)
    other = sum(n for k, n in countries.items() if k is not None and k not in kept)
    labels = [f"{country_name(k)} ({k.upper()})" for k in shown]
    rows = [[countries[k]] for k in shown]
    if has_other:
        labels.append(_(OTHER_COUNTRIES))
        rows.append([other])
    if countries.get(None):
        labels.append(_(UNKNOWN))
        rows.append([countries[None]])
    tables.append(
        _table(
            "cases_by_country",
            TITLE_COUNTRIES,
            HEAD_COUNTRY,
            labels,
            [_(COL_CASES)],
            rows,
            threshold,
            row_totals=False,
            note=_(NOTE_GROUPED).format(threshold=threshold),
        )
    )

    # --- needs -------------------------------------------------------------------
    totals = (
        needs
        if isinstance(needs, NeedTotals)
        else need_totals(needs, now=now, start=start, end=end)
    )
    cat_horizon: Counter = Counter()
    cat_status: Counter = Counter()
    for (cat, hor, st), n in totals.by_kind.items():
        cat = _category(cat)
        cat_horizon[(cat, hor)] += n
        cat_status[(cat, st)] += n
    to_referred, to_met = totals.to_referred, totals.to_met
    late_met, late_open = totals.late_met, totals.late_open

    categories = need_categories()
    horizons = vocabulary.horizons()
    cat_labels = [_category_label(c) for c in categories]
    tables.append(
        _table(
            "needs_by_category_horizon",
            TITLE_NEEDS_HORIZON,
            HEAD_CATEGORY,
            cat_labels,
            [_heading(vocabulary.horizon_label(h)) for h in horizons],
            [[cat_horizon.get((c, h), 0) for h in horizons] for c in categories],
            threshold,
        )
    )
    tables.append(
        _table(
            "needs_by_category_status",
            TITLE_NEEDS_STATUS,
            HEAD_CATEGORY,
            cat_labels,
            [_heading(_(need_rules.STATUS_LABELS[s])) for s in NEED_STATUSES],
            [[cat_status.get((c, s), 0) for s in NEED_STATUSES] for c in categories],
            threshold,
        )
    )

    def merged(counter: Counter) -> Counter:
        out: Counter = Counter()
        for cat, n in counter.items():
            out[_category(cat)] += n
        return out

    late_met, late_open = merged(late_met), merged(late_open)
    tables.append(
        _table(
            "immediate_needs_late",
            TITLE_LATE,
            HEAD_CATEGORY,
            cat_labels,
            [_(LATE_MET), _(LATE_OPEN)],
            [[late_met.get(c, 0), late_open.get(c, 0)] for c in categories],
            threshold,
            note=_(NOTE_LATE),
        )
    )

    def per_category(lists: dict[str, list[float]]) -> dict[str, list[float]]:
        out: dict[str, list[float]] = {}
        for cat, values in lists.items():
            out.setdefault(_category(cat), []).extend(values)
        return out

    few = few_mark(threshold)
    hours = _(HOURS)

    def median_cell(values: list[float] | None) -> str:
        if not values or len(values) < threshold:
            return few
        return hours.format(hours=f"{_median_hours(values):.1f}")

    referred_by_cat, met_by_cat = per_category(to_referred), per_category(to_met)
    tables.append(
        Table(
            key="median_hours",
            title=_(TITLE_MEDIANS),
            row_header=_(HEAD_CATEGORY),
            row_labels=tuple(cat_labels),
            col_labels=(_(MEDIAN_REFERRED), _(MEDIAN_MET)),
            cells=tuple(
                (median_cell(referred_by_cat.get(c)), median_cell(met_by_cat.get(c)))
                for c in categories
            ),
            kind=MEDIAN,
        )
    )

    # --- referrals ---------------------------------------------------------------
    by_provider = (
        referrals
        if isinstance(referrals, Counter)
        else referral_totals(referrals, start=start, end=end)
    )
    provider_totals: Counter = Counter()
    for (provider, _st), n in by_provider.items():
        provider_totals[provider] += n
    providers, has_other = _grouped(provider_totals, threshold, other_keys=("other",))
    kept = set(providers)
    other_row = Counter()
    for (provider, st), n in by_provider.items():
        if provider not in kept:
            other_row[st] += n
    labels = list(providers)
    rows = [[by_provider.get((p, s), 0) for s in REFERRAL_STATUSES] for p in providers]
    if has_other:
        labels.append(_(OTHER_PROVIDERS))
        rows.append([other_row.get(s, 0) for s in REFERRAL_STATUSES])
    tables.append(
        _table(
            "referrals_by_provider_status",
            TITLE_REFERRALS,
            HEAD_PROVIDER,
            labels,
            [_heading(_(referral_rules.STATUS_LABELS[s])) for s in REFERRAL_STATUSES],
            rows,
            threshold,
            note=_(NOTE_GROUPED).format(threshold=threshold),
        )
    )

    return Report(
        tables=tuple(tables),
        threshold=threshold,
        period_start=start.isoformat() if start else None,
        period_end=end.isoformat() if end else None,
        as_of_week=iso_week(as_of),
        legend={
            small_mark(threshold): _(LEGEND_SMALL).format(top=threshold - 1),
            HIDDEN_MARK: _(LEGEND_HIDDEN),
            WITHHELD_MARK: _(LEGEND_WITHHELD),
            few: _(LEGEND_FEW).format(threshold=threshold),
        },
    )
