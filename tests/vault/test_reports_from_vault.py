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
