"""The report's referral table: referrals per provider and status, the providers
below the threshold grouped as other, counted by `totals.referral_totals`."""

from __future__ import annotations

from collections import Counter

from caseassist.cases import referrals as referral_rules
from caseassist.i18n import _
from caseassist.reports.count_tables import count_table, grouped, heading
from caseassist.reports.labels import HEAD_PROVIDER, NOTE_GROUPED, OTHER_PROVIDERS, TITLE_REFERRALS
from caseassist.reports.report import Table
from caseassist.reports.rows import REFERRAL_STATUSES


def referral_table(by_provider: Counter, threshold: int) -> Table:
    """Referrals by (provider, status)."""
    provider_totals: Counter = Counter()
    for (provider, _st), n in by_provider.items():
        provider_totals[provider] += n
    providers, has_other = grouped(provider_totals, threshold, other_keys=("other",))
    kept = set(providers)
    other_row = Counter()
    for (provider, st), n in by_provider.items():
        if provider not in kept:
            other_row[st] += n
    labels = list(providers)
    rows = [[by_provider.get((p, s), 0) for s in REFERRAL_STATUSES] for p in providers]
    if has_other:
        labels.append(_(OTHER_PROVIDERS))
        rows.append([other_row.get(s, 0) for s in REFERRAL_STATUSES])
    return count_table(
        "referrals_by_provider_status",
        TITLE_REFERRALS,
        HEAD_PROVIDER,
        labels,
        [heading(_(referral_rules.STATUS_LABELS[s])) for s in REFERRAL_STATUSES],
        rows,
        threshold,
        note=_(NOTE_GROUPED).format(threshold=threshold),
    )
