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
from caseassist.reports.suppression import Linked, SuppressedTable, suppress_linked
from caseassist.reports.totals import CASE_AGE_BANDS, CaseTotals

Rows = list[list[int]]


def case_tables(counted: CaseTotals, threshold: int) -> list[Table]:
    """The case tables, in the order the report shows them."""
    tables: list[Table] = []
    status_age = [
        [counted.status_age.get((shut, col), 0) for col in range(len(CASE_AGE_BANDS))]
        for shut in (False, True)
    ]
    by_worker = counted.by_worker
    workers = sorted({w for w, _f in by_worker}, key=lambda w: (w.casefold(), w))
    worker_rows = [[by_worker.get((w, False), 0), by_worker.get((w, True), 0)] for w in workers]
    bands = counted.bands
    band_keys = [*AGE_BANDS, None]
    band_rows = [[bands.get(b, 0)] for b in band_keys]
    country_labels, country_rows = _country_rows(counted.countries, threshold)
    shown = _suppressed_together(status_age, worker_rows, band_rows, country_rows, threshold)
    tables.append(
        count_table(
            "cases_by_status_age",
            TITLE_STATUS_AGE,
            HEAD_STATUS,
            [_(v) for v in CASE_STATUS_LABELS.values()],
            [_(label) for _limit, label in CASE_AGE_BANDS],
            status_age,
            threshold,
            shown=shown[0],
        )
    )
    tables.append(
        count_table(
            "caseload_by_caseworker",
            TITLE_CASEWORKER,
            HEAD_CASEWORKER,
            workers,
            [_(v) for v in CASE_STATUS_LABELS.values()],
            worker_rows,
            threshold,
            shown=shown[1],
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

    tables.append(
        count_table(
            "cases_by_age_band",
            TITLE_AGE_BANDS,
            HEAD_AGE_BAND,
            [_(AGE_BAND_LABELS[b]) if b else _(UNKNOWN) for b in band_keys],
            [_(COL_CASES)],
            band_rows,
            threshold,
            row_totals=False,
            shown=shown[2],
        )
    )
    tables.append(
        count_table(
            "cases_by_country",
            TITLE_COUNTRIES,
            HEAD_COUNTRY,
            country_labels,
            [_(COL_CASES)],
            country_rows,
            threshold,
            row_totals=False,
            note=_(NOTE_GROUPED).format(threshold=threshold),
            shown=shown[3],
        )
    )
    return tables


def _country_rows(countries: Counter, threshold: int) -> tuple[list[str], list[list[int]]]:
    """Countries with at least `threshold` cases, then the others together, then unknown."""
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
    return labels, rows


def _suppressed_together(
    status_age: Rows, worker_rows: Rows, band_rows: Rows, country_rows: Rows, threshold: int
) -> list[SuppressedTable]:
    """The four tables over the same cases: open, closed and all cases are one number each
    wherever they appear (`suppress_linked`)."""
    by_age = Linked(status_age, len(CASE_AGE_BANDS))
    by_worker, by_band = Linked(worker_rows, 2), Linked(band_rows, 1, row_totals=False)
    by_country = Linked(country_rows, 1, row_totals=False)
    same = [[(0, by_age.row_total(s)), (1, by_worker.col_total(s))] for s in (0, 1)]
    same.append(
        [
            (0, by_age.grand_total()),
            (1, by_worker.grand_total()),
            (2, by_band.col_total(0)),
            (3, by_country.col_total(0)),
        ]
    )
    return suppress_linked([by_age, by_worker, by_band, by_country], same, threshold=threshold)


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
