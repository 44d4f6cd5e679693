"""Reports read from a seeded vault: nothing identifying in any format, and every run audited."""

from __future__ import annotations

import json

import pytest

from caseassist.cli import main
from caseassist.vault import audit, case_store
from caseassist.vault.errors import NotAllowed
from tests.vault.conftest import PASS, unlock


@pytest.mark.parametrize("fmt", ["--json", "--csv", None])
def test_no_identifying_value_in_any_report_format(
    demo_vault, demo_secrets, capsys, monkeypatch, fmt
):
    cw = unlock(demo_vault)
    codes = [c.code for c in case_store.list_cases(cw, status=None, limit=1000)]
    cw.close()
    monkeypatch.setenv("CASEASSIST_PASSPHRASE", PASS)
    argv = ["report", "--data-dir", str(demo_vault), "--user", "supervisor"] + (
        [fmt] if fmt else []
    )
    assert main(argv) == 0
    out = capsys.readouterr().out
    if fmt == "--json":
        json.loads(out)
    assert out.strip()
    for secret in demo_secrets:
        assert secret not in out
    for code in codes:
        assert code not in out


def test_report_is_audited_and_refused_to_caseworkers(demo_vault):
    from caseassist.services.reports import run_report

    sup = unlock(demo_vault, "supervisor")
    try:
        run_report(sup, fmt="json")
        with sup.session() as session:
            last = audit.recent(session, 1)[0]
        assert (last.account, last.action) == ("supervisor", "report.run")
    finally:
        sup.close()
    cw = unlock(demo_vault)
    try:
        with pytest.raises(NotAllowed):
            run_report(cw)
    finally:
        cw.close()


@pytest.fixture(scope="module")
def busy_vault(tmp_path_factory):
    """300 invented cases: enough that most cells and medians are shown, not suppressed."""
    from caseassist.services.cases import create_demo
    from caseassist.vault import KdfParams

    folder = tmp_path_factory.mktemp("busy") / "v"
    create_demo(folder, cases=300, kdf=KdfParams.fast_for_tests()).close()
    return folder


@pytest.mark.parametrize(
    "period",
    [(None, None), ("2026-01-01", None), (None, "2026-09-30"), ("2026-08-01", "2026-11-30")],
)
def test_totals_in_sql_equal_the_domain_totals_from_rows(busy_vault, period):
    """The vault's SQL totals (used for speed) give exactly the report the rows give."""
    import datetime as dt

    from caseassist.reports import build_report
    from caseassist.vault.report_queries import report_rows, report_totals

    start, end = (dt.date.fromisoformat(p) if p else None for p in period)
    now = dt.datetime(2026, 11, 29, 12, 0)
    sup = unlock(busy_vault, "supervisor")
    try:
        from_rows = build_report(*report_rows(sup), start=start, end=end, now=now)
        from_sql = build_report(
            *report_totals(sup, now=now, start=start, end=end), start=start, end=end, now=now
        )
    finally:
        sup.close()
    assert from_sql.to_dict() == from_rows.to_dict()
    shown = [cell for t in from_rows.tables for row in t.cells for cell in row]
    assert any(c not in ("0", "<11", "*") for c in shown)  # the comparison is not of empty tables


def test_late_needs_at_the_exact_24_hour_boundary(busy_vault):
    """Exactly 24 hours is not late, a microsecond more is: SQL and rows agree on the edge."""
    import datetime as dt

    from caseassist.reports import need_totals
    from caseassist.vault.report_queries import report_rows, report_totals

    sup = unlock(busy_vault, "supervisor")
    try:
        _cases, needs, _referrals = report_rows(sup)
        edge = next(
            n
            for n in needs
            if n.horizon == "immediate" and n.status != "declined" and n.met_at is None
        )
        day_later = edge.identified_at + dt.timedelta(days=1)
        late = {}
        for now in (day_later, day_later + dt.timedelta(microseconds=1)):
            late[now] = need_totals(needs, now=now).late_open
            assert report_totals(sup, now=now)[1].late_open == late[now]
        assert late[now][edge.category] > late[day_later][edge.category]
    finally:
        sup.close()
