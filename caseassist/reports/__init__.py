"""Supervisor reports: aggregate, small-cell-suppressed tables from non-identifying rows.

Pure domain code: the storage layer hands over `ReportCase`, `ReportNeed` and
`ReportReferral` values; `build_report` returns a `Report` of display strings that
can be shown, written as JSON (`to_dict`) or as CSV (`to_csv`).
"""

from caseassist.reports.caseload import build_report, iso_week
from caseassist.reports.report import COUNT, MEDIAN, Report, Table
from caseassist.reports.rows import (
    AGE_BANDS,
    CASE_STATUSES,
    NEED_STATUSES,
    REFERRAL_STATUSES,
    ReportCase,
    ReportNeed,
    ReportReferral,
    age_band,
    need_categories,
)
from caseassist.reports.suppression import DEFAULT_THRESHOLD, SuppressedTable, suppress
from caseassist.reports.totals import (
    CaseTotals,
    NeedTotals,
    case_totals,
    need_totals,
    referral_totals,
)


def __getattr__(name: str) -> tuple[str, ...]:
    """`NEED_CATEGORIES` and `HORIZONS` from the need vocabulary, read when asked."""
    from caseassist.reports import rows

    return rows.__getattr__(name)


__all__ = [
    "CaseTotals",
    "NeedTotals",
    "case_totals",
    "need_totals",
    "referral_totals",
    "AGE_BANDS",
    "CASE_STATUSES",
    "COUNT",
    "DEFAULT_THRESHOLD",
    "HORIZONS",
    "MEDIAN",
    "NEED_CATEGORIES",
    "NEED_STATUSES",
    "REFERRAL_STATUSES",
    "ReportCase",
    "ReportNeed",
    "ReportReferral",
    "Report",
    "SuppressedTable",
    "Table",
    "age_band",
    "need_categories",
    "build_report",
    "iso_week",
    "suppress",
]
