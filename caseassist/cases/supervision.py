"""What a supervisor sees of cases: counts, never a case by its code.

The report hides small counts (fewer than the threshold, `<11`). Any per-case
line a supervisor could read (a code beside its status, how long it has been
open, its caseworker, its needs) can be added up into exactly those hidden
cells, and the codes are in the audit log a supervisor reads, so even one case
shown by its code would let them walk the caseload. So a supervisor gets no case
list, no search and no single case: the caseload report (`reports/`) is their
view, with its suppression. Supervision of one case happens with its caseworker,
who holds it (`docs/security.md`, "What a supervisor sees").
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right

from caseassist.i18n import N_
from caseassist.reports.totals import CASE_AGE_BANDS

COUNTS_ONLY_HOME = N_(
    "Supervisors see the caseload as counts, never case by case, so that no one can be "
    "singled out. Press r for the report: cases by status, how long open, caseworker and "
    "need, with small counts hidden."
)
"""The supervisor's home screen, where a caseworker's list would be."""

CASE_STATUS = {"open": N_("open"), "closed": N_("closed")}

SURVIVOR_ATTRIBUTES = ("name", "language", "age_band", "opened", "closed")
"""Fields of a case line shown without the identity key (`CaseSummary.as_dict`)."""


_CASE_CODE = re.compile(r"\b[0-9A-Z]{3}-[0-9A-Z]{3}\b")


def without_case_codes(text: str) -> str:
    """An audit target as a supervisor reads it: who did what, never to which case (a code
    beside an assignment or a view is a case line of its own)."""
    return _CASE_CODE.sub("•••-•••", text)


def open_for(opened: dt.date, as_of: dt.date, closed: dt.date | None = None) -> str:
    """How long a case has been (or was) open, as the report's band label (untranslated)."""
    end = closed if closed is not None and closed <= as_of else as_of
    limits = [limit for limit, _label in CASE_AGE_BANDS if limit is not None]
    return CASE_AGE_BANDS[bisect_right(limits, (end - opened).days)][1]
