"""Run a supervisor report from the vault; every run is audited (who, which period, which format)."""

from __future__ import annotations

import datetime as dt

from caseassist import config
from caseassist.i18n import _
from caseassist.reports import Report, build_report
from caseassist.vault import Role, Vault


def run_report(
    vault: Vault,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    fmt: str = "text",
    now: dt.datetime | None = None,
    threshold: int | None = None,
) -> Report:
    """The report for a period; counts below `threshold` (default: the setting) are hidden."""
    from caseassist.vault.report_queries import report_totals

    if threshold is None:
        threshold = config.load().small_cell_threshold
    vault.require(Role.supervisor, Role.admin, what=_("run reports"))
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    now = now.replace(tzinfo=None)  # the stored timestamps are naive UTC
    cases, needs, referrals = report_totals(vault, now=now, start=start, end=end)
    report = build_report(
        cases, needs, referrals, start=start, end=end, now=now, threshold=threshold
    )
    with vault.session() as session:
        vault.audit(session, "report.run", f"{start or ''}..{end or ''}:{fmt}")
    return report
