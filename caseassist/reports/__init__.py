"""Supervisor reports: aggregate, small-cell-suppressed tables from non-identifying rows.

Pure domain code: the storage layer hands over `CaseRow`, `NeedRow` and
`ReferralRow` values; `build_report` returns a `Report` of display strings that
can be shown, written as JSON (`to_dict`) or as CSV (`to_csv`).
"""

from caseassist.reports.caseload import (
    CaseTotals,
    NeedTotals,
    build_report,
    case_totals,
    iso_week,
    need_totals,
    referral_totals,
)
from caseassist.reports.report import COUNT, MEDIAN, Report, Table
from caseassist.reports.rows import (
    AGE_BANDS,
    CASE_STATUSES,
    HORIZONS,
    NEED_CATEGORIES,
    NEED_STATUSES,
    REFERRAL_STATUSES,
    CaseRow,
    NeedRow,
    ReferralRow,
    age_band,
)
from caseassist.reports.suppression import DEFAULT_THRESHOLD, SuppressedTable, suppress

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
    "CaseRow",
    "NeedRow",
    "ReferralRow",
    "Report",
    "SuppressedTable",
    "Table",
    "age_band",
    "build_report",
    "iso_week",
    "suppress",
]
