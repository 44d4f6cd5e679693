"""Rows for supervisor reports, read from non-identifying columns only.

No sealed column is selected here: the rows a report is built from could not
carry a name or a note even by mistake.
"""

from __future__ import annotations

from sqlalchemy import select

from caseassist.i18n import _
from caseassist.reports import CaseRow, NeedRow, ReferralRow
from caseassist.vault.case_store import utc
from caseassist.vault.tables.cases import CaseFile
from caseassist.vault.tables.cases import NeedRow as NeedTable
from caseassist.vault.tables.cases import ReferralRow as ReferralTable
from caseassist.vault.vault import Vault


def report_rows(vault: Vault) -> tuple[list[CaseRow], list[NeedRow], list[ReferralRow]]:
    with vault.session() as session:
        codes: dict[str, str] = {}
        cases = []
        for cid, code, status, opened, closed, worker, band, country in session.execute(
            select(
                CaseFile.id,
                CaseFile.code,
                CaseFile.status,
                CaseFile.opened_at,
                CaseFile.closed_at,
                CaseFile.caseworker,
                CaseFile.age_band,
                CaseFile.country,
            )
        ):
            codes[cid] = code
            cases.append(
                CaseRow(
                    code,
                    status,
                    utc(opened).date(),
                    utc(closed).date() if closed else None,
                    worker or _("(unassigned)"),
                    band,
                    country,
                )
            )
        needs = [
            NeedRow(codes[cid], cat, hz, st, utc(ia), utc(ra), utc(ma))
            for cid, cat, hz, st, ia, ra, ma in session.execute(
                select(
                    NeedTable.case_id,
                    NeedTable.category,
                    NeedTable.horizon,
                    NeedTable.status,
                    NeedTable.identified_at,
                    NeedTable.referred_at,
                    NeedTable.met_at,
                )
            )
        ]
        referrals = [
            ReferralRow(codes[cid], provider, st, utc(at))
            for cid, provider, st, at in session.execute(
                select(
                    ReferralTable.case_id,
                    ReferralTable.provider,
                    ReferralTable.status,
                    ReferralTable.created_at,
                )
            )
        ]
    return cases, needs, referrals
