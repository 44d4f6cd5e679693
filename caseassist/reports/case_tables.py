"""The report's case tables: status by age, caseload per caseworker, new cases per
week, age bands, countries (the small ones grouped as other), counted for the
period by `totals.case_totals`."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from caseassist.i18n import _, country_name
from caseassist.reports.count_tables import count_table, grouped, iso_week
from caseassist.reports.labels import (
    AGE_BAND_LABELS,
    CASE_STATUS_LABELS,
    COL_CASES,
    COL_NEW_CASES,
    HEAD_AGE_BAND,
    HEAD_CASEWORKER,
    HEAD_COUNTRY,
    HEAD_STATUS,
    HEAD_WEEK,
    NOTE_GROUPED,
    OTHER_COUNTRIES,
    TITLE_AGE_BANDS,
    TITLE_CASEWORKER,
    TITLE_COUNTRIES,
    TITLE_NEW_WEEKLY,
    TITLE_STATUS_AGE,
    UNKNOWN,
)
from caseassist.reports.report import Table
from caseassist.reports.rows import AGE_BANDS
from caseassist.reports.totals import CASE_AGE_BANDS, CaseTotals


def case_tables(counted: CaseTotals, threshold: int) -> list[Table]:
    """The case tables, in the order the report shows them."""
    tables: list[Table] = []
    tables.append(
        count_table(
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
        count_table(
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
        count_table(
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
        count_table(
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
    shown, has_other = grouped(countries, threshold)
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
        count_table(
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
    return tables


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
