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
from collections import Counter
from collections.abc import Iterable, Sequence

from caseassist import vocabulary
from caseassist.cases import needs as need_rules
from caseassist.cases import referrals as referral_rules
from caseassist.i18n import _, country_name
from caseassist.reports.labels import (
    AGE_BAND_LABELS,
    CASE_STATUS_LABELS,
    COL_CASES,
    COL_NEW_CASES,
    HEAD_AGE_BAND,
    HEAD_CASEWORKER,
    HEAD_CATEGORY,
    HEAD_COUNTRY,
    HEAD_PROVIDER,
    HEAD_STATUS,
    HEAD_WEEK,
    HOURS,
    LATE_MET,
    LATE_OPEN,
    LEGEND_FEW,
    LEGEND_HIDDEN,
    LEGEND_SMALL,
    LEGEND_WITHHELD,
    MEDIAN_MET,
    MEDIAN_REFERRED,
    NOTE_GROUPED,
    NOTE_LATE,
    OTHER_COUNTRIES,
    OTHER_NEEDS,
    OTHER_PROVIDERS,
    TITLE_AGE_BANDS,
    TITLE_CASEWORKER,
    TITLE_COUNTRIES,
    TITLE_LATE,
    TITLE_MEDIANS,
    TITLE_NEEDS_HORIZON,
    TITLE_NEEDS_STATUS,
    TITLE_NEW_WEEKLY,
    TITLE_REFERRALS,
    TITLE_STATUS_AGE,
    UNKNOWN,
)
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
from caseassist.reports.totals import (
    CASE_AGE_BANDS,
    CaseTotals,
    NeedTotals,
    as_of_day,
    case_totals,
    need_totals,
    referral_totals,
)


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
