"""Rows for supervisor reports, read from non-identifying columns only.

No sealed column is selected here: the rows a report is built from could not
carry a name or a note even by mistake. The queries read covering indexes
(see migrations v3) and parse timestamps directly, so 100,000 cases load in
about a second.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from caseassist.i18n import _
from caseassist.reports import CaseRow, NeedRow, NeedTotals, ReferralRow
from caseassist.vault.vault import Vault

_parse = dt.datetime.fromisoformat


def _ts(value: str | None) -> dt.datetime | None:
    """SQLite's stored 'YYYY-MM-DD HH:MM:SS[.ffffff]' as a naive UTC datetime (all rows alike)."""
    return _parse(value) if value else None


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def report_rows_cases(vault: Vault) -> list[CaseRow]:
    unassigned = _("(unassigned)")
    with vault.session() as session:
        raw = session.connection().connection.dbapi_connection
        return [
            CaseRow(code, status, _day(opened), _day(closed), worker or unassigned, band, country)
            for code, status, opened, closed, worker, band, country in raw.execute(
                "SELECT code, status, opened_at, closed_at, caseworker, age_band, country "
                "FROM case_file INDEXED BY ix_case_report_cover"
            )
        ]


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


def report_inputs(
    vault: Vault, *, now: dt.datetime, start: dt.date | None = None, end: dt.date | None = None
) -> tuple[list[CaseRow], NeedTotals, Counter]:
    """Case rows, and needs and referrals already totalled for the period in SQL.

    The same figures `need_totals` and `referral_totals` compute from rows (a
    test holds them equal on a seeded vault), without bringing every need and
    referral into Python: a 100,000-case report then reads ~100k rows, not ~550k.
    `now` is naive UTC, like the stored timestamps.
    """
    cases = report_rows_cases(vault)
    lo = (start or dt.date.min).isoformat()
    hi = (end or dt.date.max).isoformat()
    stamp = now.replace(tzinfo=None).isoformat(sep=" ")
    period = "date(identified_at) BETWEEN ? AND ?"
    totals = NeedTotals()
    with vault.session() as session:
        raw = session.connection().connection.dbapi_connection

        def rows(sql: str, *params: object) -> list[tuple]:
            return raw.execute(sql, params).fetchall()

        source = "FROM need INDEXED BY ix_need_report WHERE " + period
        for cat, hor, st, n in rows(
            f"SELECT category, horizon, status, count(*) {source} GROUP BY 1, 2, 3", lo, hi
        ):
            totals.by_kind[(cat, hor, st)] = n
        hours = "(julianday({col}) - julianday(identified_at)) * 24.0"
        for col, target in (("referred_at", totals.to_referred), ("met_at", totals.to_met)):
            for cat, h in rows(
                f"SELECT category, {hours.format(col=col)} {source} AND {col} IS NOT NULL", lo, hi
            ):
                target.setdefault(cat, []).append(h)
        late = "horizon = 'immediate' AND status != 'declined'"
        for cat, n in rows(
            f"SELECT category, count(*) {source} AND {late} AND met_at IS NOT NULL "
            f"AND julianday(met_at) - julianday(identified_at) > 1.0 GROUP BY 1",
            lo,
            hi,
        ):
            totals.late_met[cat] = n
        for cat, n in rows(
            f"SELECT category, count(*) {source} AND {late} AND met_at IS NULL "
            f"AND julianday(?) - julianday(identified_at) > 1.0 GROUP BY 1",
            lo,
            hi,
            stamp,
        ):
            totals.late_open[cat] = n
        referrals = Counter(
            {
                (provider, st): n
                for provider, st, n in rows(
                    "SELECT provider, status, count(*) FROM referral "
                    "WHERE date(created_at) BETWEEN ? AND ? GROUP BY 1, 2",
                    lo,
                    hi,
                )
            }
        )
    return cases, totals, referrals
