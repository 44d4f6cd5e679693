"""A list page's need counts, kept on the case row, agree with counting the needs themselves."""

from __future__ import annotations

import datetime as dt

from caseassist.cases import needs as need_rules
from caseassist.services.cases import records
from caseassist.vault import case_store
from caseassist.vault.case_common import find_case
from caseassist.vault.case_lists import need_counts


def test_stored_counts_match_the_needs_at_every_boundary(as_user):
    vault = as_user("ana")
    opened = dt.datetime(2026, 3, 2, 9, 30, 15, 250, tzinfo=dt.UTC)
    target = dt.date(2026, 3, 10)
    code = case_store.create_case(
        vault,
        facts=records({"person.name": "Amira Test"}),
        needs=[("shelter", "immediate"), ("food", "immediate"), ("legal", "long_term")],
        opened_at=opened,
    )
    needs = {n.category: n for n in case_store.get_case(vault, code).needs}
    case_store.change_need(vault, needs["legal"].id, target_date=target)
    case_store.change_need(vault, needs["food"].id, status="met")
    case_store.add_need(vault, code, "medical", horizon="long_term", target_date=target)
    rows = case_store.get_case(vault, code).needs
    day = dt.timedelta(hours=need_rules.rules().immediate_hours)
    tick = dt.timedelta(microseconds=1)
    the_day_after = dt.datetime.combine(target + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    seen = []
    for now in (opened, opened + day - tick, opened + day, the_day_after - tick, the_day_after):
        [line] = [c for c in case_store.list_cases(vault, now=now) if c.code == code]
        expected = sum(
            need_rules.is_overdue(n.horizon, n.status, n.identified_at, n.target_date, now)
            for n in rows
        )
        with vault.session() as session:
            case_id = find_case(session, code).id
            counted = need_counts(session, [case_id], now)
        assert (line.open_needs, line.overdue_needs) == (3, expected)
        assert counted == {case_id: (3, expected)}
        seen.append(expected)
    assert seen == [0, 0, 1, 1, 3]  # the immediate need at 24 hours, both targets the day after
