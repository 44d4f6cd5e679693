"""A need's lifecycle and when it is overdue (rules in resources/cases/needs.toml).

The categories, their horizons and labels are the need vocabulary's
(`caseassist.vocabulary`, `resources/needs.toml`); the names below hand them on.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import cache

from caseassist.i18n import N_
from caseassist.paths import resources_dir
from caseassist.vocabulary import categories, default_horizon, horizon_label, horizons, label

__all__ = [
    "STATUSES",
    "STATUS_LABELS",
    "BadTransition",
    "categories",
    "check_transition",
    "default_horizon",
    "horizon_label",
    "horizons",
    "is_overdue",
    "overdue_cutoffs",
    "label",
    "overdue_from",
    "rules",
]

STATUSES = ("identified", "referred", "in_progress", "met", "declined")
STATUS_LABELS = {
    "identified": N_("identified"),
    "referred": N_("referred"),
    "in_progress": N_("in progress"),
    "met": N_("met"),
    "declined": N_("declined"),
}


class BadTransition(ValueError):
    pass


@dataclass(frozen=True)
class Rules:
    transitions: dict[str, tuple[str, ...]]
    immediate_hours: int


@cache
def rules() -> Rules:
    with (resources_dir() / "cases" / "needs.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return Rules(
        transitions={k: tuple(v) for k, v in data["transitions"].items()},
        immediate_hours=int(data["overdue"]["immediate_hours"]),
    )


def check_transition(old: str, new: str) -> None:
    if new not in STATUSES:
        raise BadTransition(new)
    if new != old and new not in rules().transitions.get(old, ()):
        raise BadTransition(f"{old}->{new}")


def overdue_from(
    horizon: str, status: str, identified_at: dt.datetime, target: dt.date | None
) -> dt.datetime | None:
    """When a need becomes overdue, or None when it cannot.

    Immediate: still `identified` 24 hours after it was identified. Long-term:
    not met or declined after its target date (from the next day, UTC).
    """
    if status in ("met", "declined"):
        return None
    if horizon == "immediate":
        if status != "identified":
            return None
        return identified_at + dt.timedelta(hours=rules().immediate_hours)
    if target is None:
        return None
    return dt.datetime.combine(target + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)


def is_overdue(
    horizon: str, status: str, identified_at: dt.datetime, target: dt.date | None, now: dt.datetime
) -> bool:
    due = overdue_from(horizon, status, identified_at, target)
    return due is not None and now >= due


def overdue_cutoffs(now: dt.datetime) -> tuple[dt.datetime, dt.date]:
    """`is_overdue` as two bounds a query can compare against, for `now` in UTC: an open
    immediate need still `identified` is overdue when identified at or before the first;
    any other open need when its target date is before the second."""
    now = now.astimezone(dt.UTC) if now.tzinfo else now.replace(tzinfo=dt.UTC)
    identified_by = now - dt.timedelta(hours=rules().immediate_hours)
    return identified_by, now.date()
