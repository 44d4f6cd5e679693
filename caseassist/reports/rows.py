"""The plain rows a report is built from: non-identifying columns only.

The storage layer reads these from the vault and hands them over; nothing here
knows where they came from. A row carries no name, birth date, contact,
document number, address or free text: a case is a code, an account name for
its caseworker, an age band and a country. Datetimes must all be naive or all
be aware (the vault gives aware UTC); dates of a week or month are all that
ever leaves a report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caseassist import vocabulary
from caseassist.cases.needs import STATUSES as NEED_STATUSES
from caseassist.cases.referrals import STATUSES as REFERRAL_STATUSES

CASE_STATUSES = ("open", "closed")
AGE_BANDS = ("under_18", "18_24", "25_59", "60_plus")

_CASE_STATUSES = frozenset(CASE_STATUSES)
_AGE_BANDS = frozenset(AGE_BANDS)
_NEED_STATUSES = frozenset(NEED_STATUSES)
_REFERRAL_STATUSES = frozenset(REFERRAL_STATUSES)


def need_categories() -> tuple[str, ...]:
    """Need categories a report names: the vocabulary's (resources/needs.toml), then
    "other", under which any code the vocabulary does not know is counted."""
    return (*vocabulary.categories(), "other")


def __getattr__(name: str) -> tuple[str, ...]:
    """`NEED_CATEGORIES` and `HORIZONS`, read from the vocabulary when asked (PEP 562)."""
    if name == "NEED_CATEGORIES":
        return need_categories()
    if name == "HORIZONS":
        return vocabulary.horizons()
    raise AttributeError(name)


def age_band(age: int | None) -> str | None:
    """The band an age in whole years falls in; None when the age is unknown.

    >>> [age_band(a) for a in (None, 17, 18, 24, 25, 59, 60)]
    [None, 'under_18', '18_24', '18_24', '25_59', '25_59', '60_plus']
    """
    if age is None:
        return None
    if age < 0:
        raise ValueError(f"age must not be negative: {age}")
    if age < 18:
        return "under_18"
    if age < 25:
        return "18_24"
    if age < 60:
        return "25_59"
    return "60_plus"


@dataclass(frozen=True, slots=True)
class ReportCase:
    code: str
    status: str
    opened: dt.date
    closed: dt.date | None
    caseworker: str
    age_band: str | None
    country: str | None

    def __post_init__(self) -> None:
        if self.status not in _CASE_STATUSES:
            raise ValueError(f"case status {self.status!r} is not one of {CASE_STATUSES}")
        if self.age_band is not None and self.age_band not in _AGE_BANDS:
            raise ValueError(f"age band {self.age_band!r} is not one of {AGE_BANDS}")
        if self.country is not None and (len(self.country) != 2 or not self.country.isalpha()):
            raise ValueError(f"country {self.country!r} is not an ISO 3166-1 alpha-2 code")


@dataclass(frozen=True, slots=True)
class ReportNeed:
    case_code: str
    category: str
    horizon: str
    status: str
    identified_at: dt.datetime
    referred_at: dt.datetime | None
    met_at: dt.datetime | None

    def __post_init__(self) -> None:
        if self.horizon not in vocabulary.vocabulary().horizons:
            raise ValueError(f"horizon {self.horizon!r} is not one of {vocabulary.horizons()}")
        if self.status not in _NEED_STATUSES:
            raise ValueError(f"need status {self.status!r} is not one of {NEED_STATUSES}")


@dataclass(frozen=True, slots=True)
class ReportReferral:
    case_code: str
    provider: str
    status: str
    created_at: dt.datetime

    def __post_init__(self) -> None:
        if self.status not in _REFERRAL_STATUSES:
            raise ValueError(f"referral status {self.status!r} is not one of {REFERRAL_STATUSES}")
