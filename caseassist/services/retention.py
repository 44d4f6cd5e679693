"""The retention policy: closed cases are removed after a period (applied at every unlock).

Defaults follow HMIS practice: seven years after closing. Notes and intake
transcripts may be given a shorter period of their own in settings.toml
(`retention_years`, `notes_retention_days`).
"""

from __future__ import annotations

import datetime as dt

from caseassist import config
from caseassist.vault import Vault


def apply(vault: Vault, now: dt.datetime | None = None) -> int:
    from caseassist.vault import case_store

    settings = config.load()
    now = now or dt.datetime.now(dt.UTC)
    years = settings.extra.get("retention_years", 7)
    years = years if isinstance(years, int) and 1 <= years <= 100 else 7
    days = settings.extra.get("notes_retention_days")
    notes_before = now - dt.timedelta(days=days) if isinstance(days, int) and days > 0 else None
    cutoff = now - dt.timedelta(days=round(365.25 * years))
    return case_store.purge_closed(vault, cutoff, by_policy=True, notes_before=notes_before)
