"""Opening a case reads it in a fixed number of queries, however many needs and goals it has."""

from __future__ import annotations

from sqlalchemy import event

from caseassist.services import cases as case_svc
from caseassist.vault import case_store, plan_store


def _queries_to_open(vault, code) -> int:
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(vault._engine, "before_cursor_execute", count)
    try:
        case_store.get_case(vault, code)
    finally:
        event.remove(vault._engine, "before_cursor_execute", count)
    return len(seen)


def _grow(vault, code, n: int) -> None:
    """n more needs, each changed once, and n more goals of two steps each."""
    for i in range(n):
        need = case_store.add_need(vault, code, "counselling" if i % 2 else "education")
        case_store.change_need(vault, need, status="in_progress")
        goal = plan_store.add_goal(vault, code, f"invented goal {i}")
        plan_store.add_step(vault, goal, "first step")
        plan_store.add_step(vault, goal, "second step")


def test_opening_a_case_does_not_query_once_per_need_or_goal(caseworker):
    facts = {"shelter.needs_shelter_tonight": True}
    code = case_store.create_case(
        caseworker, facts=case_svc.records(facts, by="cw"), needs=case_svc.derive(facts)
    )
    _grow(caseworker, code, 1)
    small = _queries_to_open(caseworker, code)
    _grow(caseworker, code, 4)
    detail = case_store.get_case(caseworker, code)
    assert len(detail.needs) == 6 and len(detail.goals) == 5
    assert all(len(g.steps) == 2 for g in detail.goals)
    assert all(len(detail.history[n.id]) == 2 for n in detail.needs if not n.derived)
    assert _queries_to_open(caseworker, code) == small
