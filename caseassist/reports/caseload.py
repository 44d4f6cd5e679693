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
from collections.abc import Iterable

from caseassist.i18n import _
from caseassist.reports.case_tables import case_tables
from caseassist.reports.count_tables import few_mark, iso_week
from caseassist.reports.labels import LEGEND_FEW, LEGEND_HIDDEN, LEGEND_SMALL, LEGEND_WITHHELD
from caseassist.reports.need_tables import need_tables
from caseassist.reports.referral_tables import referral_table
from caseassist.reports.report import Report
from caseassist.reports.rows import ReportCase, ReportNeed, ReportReferral
from caseassist.reports.suppression import (
    DEFAULT_THRESHOLD,
    HIDDEN_MARK,
    WITHHELD_MARK,
    check_threshold,
    small_mark,
)
from caseassist.reports.totals import (
    CaseTotals,
    NeedTotals,
    as_of_day,
    case_totals,
    need_totals,
    referral_totals,
)

__all__ = ["build_report", "few_mark", "iso_week"]


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

    counted = (
        cases
        if isinstance(cases, CaseTotals)
        else case_totals(cases, now=now, start=start, end=end)
    )
    tables = case_tables(counted, threshold)

    totals = (
        needs
        if isinstance(needs, NeedTotals)
        else need_totals(needs, now=now, start=start, end=end)
    )
    tables += need_tables(totals, threshold)

    by_provider = (
        referrals
        if isinstance(referrals, Counter)
        else referral_totals(referrals, start=start, end=end)
    )
    tables.append(referral_table(by_provider, threshold))

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
            few_mark(threshold): _(LEGEND_FEW).format(threshold=threshold),
        },
    )
