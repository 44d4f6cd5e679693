"""What a supervisor may see of one case, and when a list of cases may be shown at all.

Supervisors hold no identity key, but a row of a case list is itself a set of
quasi-identifiers: a language, an exact opening date and a caseworker can single
out one survivor whom the anonymised report hides by small-cell suppression. So a
supervisor's view of a case carries only what supervision needs (the case code,
caseworker, status, counts of open and overdue needs, and how long it has been
open in the report's own coarse bands), and a list of fewer cases than the
report's threshold is not shown at all (`too_few`).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right

from caseassist.i18n import N_
from caseassist.reports.totals import CASE_AGE_BANDS

TOO_FEW = N_(
    "Fewer than {n} cases: they are not listed, so that no one can be singled out "
    "(the report shows what can be counted)."
)
"""Said instead of a supervisor's list of 1 to threshold - 1 cases."""

CASE_STATUS = {"open": N_("open"), "closed": N_("closed")}

SURVIVOR_ATTRIBUTES = ("name", "language", "age_band", "opened", "closed")
"""Fields of a case line a supervisor never receives (`CaseSummary.as_dict`)."""


def open_for(opened: dt.date, as_of: dt.date, closed: dt.date | None = None) -> str:
    """How long a case has been (or was) open, as the report's band label (untranslated)."""
    end = closed if closed is not None and closed <= as_of else as_of
    limits = [limit for limit, _label in CASE_AGE_BANDS if limit is not None]
    return CASE_AGE_BANDS[bisect_right(limits, (end - opened).days)][1]


def too_few(count: int, threshold: int) -> bool:
    """A count the report would suppress (1 to threshold - 1): no list may show it."""
    return 0 < count < threshold
