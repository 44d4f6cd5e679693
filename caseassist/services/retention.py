"""The retention policy: closed cases are removed after a period (applied at every unlock).

Defaults follow HMIS practice: seven years after closing. Notes and intake
transcripts may be given a shorter period of their own (the settings
`retention_years` and `notes_retention_days`, see `caseassist.config`).
"""

from __future__ import annotations

import datetime as dt

from caseassist import config
from caseassist.vault import Vault


def apply(vault: Vault, now: dt.datetime | None = None) -> int:
    from caseassist.vault import case_store

    if vault.is_replica:  # a supervisor's session changes no case (the next staff one will)
        return 0
    settings = config.load()
    now = now or dt.datetime.now(dt.UTC)
    days = settings.notes_retention_days
    notes_before = now - dt.timedelta(days=days) if days else None
    cutoff = now - dt.timedelta(days=round(365.25 * settings.retention_years))
    return case_store.purge_closed(vault, cutoff, by_policy=True, notes_before=notes_before)
