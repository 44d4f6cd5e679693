"""The words of the supervisor's report: table titles, headings, row labels, legends.

Marked with `N_` and translated where shown, so a report built in one language
reads in the language of whoever opens it.
"""

from __future__ import annotations

from caseassist.i18n import N_

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
