"""Consent to share information: a record of its own, informed, time-limited and revocable.

Consent is never a condition of service: a referral can always be made without
sharing anything that identifies the survivor. The intake answer
`consent.share_with_providers` only sets the default asked for.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caseassist.i18n import N_, _

CATEGORIES = {
    "name": N_("name they want to be called"),
    "contact": N_("a safe way to reach them"),
    "language": N_("languages"),
    "age": N_("approximate age"),
    "household": N_("children with them"),
    "needs": N_("what they need help with"),
    "medical": N_("health details"),
}
IDENTIFYING = frozenset({"name", "contact", "medical"})
METHODS = ("verbal", "written")
DEFAULT_DAYS = 90


@dataclass(frozen=True)
class Consent:
    id: str
    purpose: str
    recipient: str
    categories: tuple[str, ...]
    method: str
    given_at: dt.datetime
    expires_at: dt.datetime | None
    revoked_at: dt.datetime | None

    def is_live(self, now: dt.datetime) -> bool:
        if self.revoked_at is not None and self.revoked_at <= now:
            return False
        return self.expires_at is None or now < self.expires_at

    def allows(self, category: str, now: dt.datetime) -> bool:
        return self.is_live(now) and category in self.categories

    def state(self, now: dt.datetime) -> str:
        if self.revoked_at is not None and self.revoked_at <= now:
            return _("revoked")
        if self.expires_at is not None and now >= self.expires_at:
            return _("expired")
        return _("live")


def default_categories(share_answer: str | None) -> tuple[str, ...]:
    """What to propose sharing, from the intake answer (staff confirm with the survivor each time)."""
    if share_answer == "yes":
        return ("name", "contact", "language", "age", "household", "needs")
    if share_answer == "no":
        return ("language", "needs")
    return ()  # ask_each_time or not known: nothing is pre-selected


def check(categories: tuple[str, ...], method: str) -> None:
    unknown = [c for c in categories if c not in CATEGORIES]
    if unknown or method not in METHODS:
        raise ValueError("consent")
