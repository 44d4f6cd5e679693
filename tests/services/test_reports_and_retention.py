"""Reports are for supervisors and audited; retention removes closed cases by the settings."""

from __future__ import annotations

import datetime as dt

import pytest

from caseassist import paths
from caseassist.services import cases as case_svc
from caseassist.services import reports as report_svc
from caseassist.services import retention
from caseassist.vault import audit, case_store
from caseassist.vault.errors import NotAllowed
from tests.services.conftest import unlock


def _open_case(vault, **facts) -> str:
    return case_store.create_case(
        vault, facts=case_svc.records(facts, by=vault.user), needs=case_svc.derive(facts)
    )


def test_a_supervisor_report_counts_the_cases_and_is_audited(folder, caseworker):
    _open_case(caseworker, **{"shelter.needs_shelter_tonight": True})
    caseworker.refresh_replica()  # as at her lock (or her next change a minute on)
    sup = unlock(folder, "sup")
    try:
        report = report_svc.run_report(sup, fmt="json")
        with sup.session() as session:
            last = audit.recent(session, 1)[0]
        assert (last.account, last.action) == ("sup", "report.run")
    finally:
        sup.close()
    table = report.table("needs_by_category_horizon")
    rows = dict(zip(table.row_labels, table.cells, strict=True))
    assert rows["Shelter tonight"] == ("<11", "0")  # one case: counted, then suppressed
    assert rows["Food"] == ("0", "0")


def test_a_caseworker_may_not_run_a_report(caseworker):
    with pytest.raises(NotAllowed):
        report_svc.run_report(caseworker)


def test_retention_removes_closed_cases_older_than_the_configured_years(folder, caseworker):
    code = _open_case(caseworker, **{"food.needs_food_now": True})
    kept = _open_case(caseworker, **{"food.needs_food_now": True})
    case_store.close_case(caseworker, code, "moved_away")
    paths.config_dir().mkdir(parents=True, exist_ok=True)
    (paths.config_dir() / "settings.toml").write_text("retention_years = 1\n")
    admin = unlock(folder, "ana")
    try:
        assert retention.apply(admin, now=dt.datetime.now(dt.UTC) + dt.timedelta(days=200)) == 0
        assert retention.apply(admin, now=dt.datetime.now(dt.UTC) + dt.timedelta(days=400)) == 1
    finally:
        admin.close()
    assert [s.code for s in case_store.list_cases(caseworker, status=None)] == [kept]
