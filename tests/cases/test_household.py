"""Children with the survivor: the gentle question, their needs matched as the child, and the
supervisor's anonymized case that shows needs and progress but nothing identifying."""

from __future__ import annotations

import json
import re

import pytest

from caseassist.intake.engine import IntakeSession
from caseassist.paths import resources_dir
from caseassist.services import cases as case_svc
from caseassist.services import directory as directory_svc
from caseassist.services import matching
from caseassist.vault import case_overview, case_store, household_store, plan_store
from caseassist.vault.errors import CountsOnly, NotAllowed


def _asked(children: object) -> bool:
    session = IntakeSession(recorded_by="t")
    if children == "declined":
        session.next_question()
        while session.current is not None and session.current.id != "q.household.children":
            session.skip()
            session.next_question()
        session.decline()
    elif children is not None:
        session.correct("household.children_with_them", children)
    return any(q.id == "q.household.children_needs" for q in session._candidates())


@pytest.mark.parametrize(
    ("children", "asked"), [(2, True), (0, False), (None, False), ("declined", False)]
)
def test_the_childrens_needs_are_asked_only_when_there_are_children(children, asked):
    assert _asked(children) is asked


def test_a_childs_need_is_matched_as_the_child(as_user):
    directory_svc.import_into_vault(as_user("ana"), resources_dir() / "directory")
    directory = directory_svc.open_folder(resources_dir() / "directory")
    cw = as_user("cw")
    code = case_svc.find(cw, "mariam")[0].code
    child = household_store.add_member(cw, code, age=4)
    need = case_store.add_need(cw, code, "shelter", member_id=child)
    found = matching.for_case(directory, case_store.get_case(cw, code))
    assert "shelter" in found and need in found  # the survivor's own, and the child's
    adult_only = {s.id for s in directory.services if (s.minimum_age or 0) >= 18}
    assert adult_only and not adult_only & {s.service_id for s in found[need].suggestions}
    assert (
        adult_only & {s.service_id for s in found["shelter"].suggestions}
        or found["shelter"].suggestions
    )


def test_another_caseworkers_case_shows_progress_and_nothing_identifying(as_user):
    cw = as_user("cw")
    code = case_svc.find(cw, "mariam")[0].code
    goal = plan_store.add_goal(
        cw, code, "Mariam wants a flat near her sister", need_category="housing"
    )
    step = plan_store.add_step(cw, goal, "Call Haddad family lawyer")
    plan_store.complete_step(cw, step)
    case_store.close_case(cw, code, "housed")
    cw.refresh_replica()  # as at her lock (or her next change a minute on)
    with pytest.raises(CountsOnly):  # a supervisor sees no case by its code at all
        case_overview.case_overview(as_user("sup"), code)
    data = case_overview.case_overview(as_user("cw2"), code)  # not hers: what the work needs
    text = json.dumps(data, ensure_ascii=False)
    assert (
        "Mariam" not in text
        and "Haddad" not in text
        and "Mimi" not in text
        and "sister" not in text
    )
    assert data["plan"] == [{"need": "housing", "status": "active", "steps": 1, "done": 1}]
    assert {n["category"] for n in data["needs"]} == {"medical", "shelter"}
    assert data["close_reason"] == "housed" and data["caseworker"] == "cw"
    assert not {"age_band", "language", "opened", "closed"} & set(data)  # they single her out
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)  # no exact date: how long, in bands
    with pytest.raises(NotAllowed):
        case_overview.case_overview(as_user("desk"), code)
