"""Rows for supervisor reports, read from non-identifying columns only.

No sealed column is selected here: the rows a report is built from could not
carry a name or a note even by mistake. The queries read covering indexes
(see migrations v3) and parse timestamps directly, so 100,000 cases load in
about a second.
"""

from __future__ import annotations

import datetime as dt

from caseassist.i18n import _
from caseassist.reports import CaseRow, NeedRow, ReferralRow
from caseassist.vault.vault import Vault

_parse = dt.datetime.fromisoformat


def _ts(value: str | None) -> dt.datetime | None:
    """SQLite's stored 'YYYY-MM-DD HH:MM:SS[.ffffff]' as a naive UTC datetime (all rows alike)."""
    return _parse(value) if value else None


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def report_rows(vault: Vault) -> tuple[list[CaseRow], list[NeedRow], list[ReferralRow]]:
    unassigned = _("(unassigned)")
    with vault.session() as session:
        raw = session.connection().connection.dbapi_connection

        def rows(sql: str) -> list[tuple]:
            return raw.execute(sql).fetchall()

        codes: dict[str, str] = {}
        cases = []
        for cid, code, status, opened, closed, worker, band, country in rows(
            "SELECT id, code, status, opened_at, closed_at, caseworker, age_band, country "
            "FROM case_file INDEXED BY ix_case_report_cover"
        ):
            codes[cid] = code
            cases.append(
                CaseRow(
                    code, status, _day(opened), _day(closed), worker or unassigned, band, country
                )
            )
        needs = [
            NeedRow(codes[cid], cat, hz, st, _ts(ia), _ts(ra), _ts(ma))
            for cid, cat, hz, st, ia, ra, ma in rows(
                "SELECT case_id, category, horizon, status, identified_at, referred_at, met_at "
                "FROM need INDEXED BY ix_need_case_cover"
            )
        ]
        referrals = [
            ReferralRow(codes[cid], provider, st, _ts(at))
            for cid, provider, st, at in rows(
                "SELECT case_id, provider, status, created_at FROM referral"
            )
        ]
    return cases, needs, referrals
