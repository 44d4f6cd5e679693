"""A caseworker's day on a real vault: dates in words, needs by hand, children, appointments,
corrected notes, and the CLI that does each with one clear line on bad input."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from caseassist.cases.dates import parse_when
from caseassist.cli import main
from caseassist.errors import InvalidInput
from caseassist.services import cases as case_svc
from caseassist.vault import case_store, household_store, note_store, plan_store
from caseassist.vault.errors import NotAllowed

from .conftest import PASS

TUESDAY = dt.date(2026, 12, 1)
FRIDAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Friday", "en", FRIDAY),
        ("due Friday", "en", FRIDAY),
        ("in two weeks", "en", dt.date(2026, 12, 15)),
        ("el viernes", "es", FRIDAY),
        ("en dos semanas", "es", dt.date(2026, 12, 15)),
        ("la semana que viene", "es", dt.date(2026, 12, 8)),
        ("vendredi prochain", "fr", FRIDAY),
        ("dans deux semaines", "fr", dt.date(2026, 12, 15)),
        ("15/12", "fr", dt.date(2026, 12, 15)),
        ("12/15", "en", dt.date(2026, 12, 15)),
    ],
)
def test_dates_as_people_write_them(text, locale, expected):
    assert parse_when(text, locale=locale, today=TUESDAY).on == expected


def test_a_time_is_kept_and_a_past_or_unreadable_date_is_one_clear_line():
    assert parse_when("tomorrow 10:30", today=TUESDAY).at_time == "10:30"
    assert parse_when("Friday", today=TUESDAY).at_time == ""
    for bad in ("yesterday", "the blue one", "   "):
        with pytest.raises(InvalidInput) as err:
            parse_when(bad, today=TUESDAY)
        assert "\n" not in err.value.message


def _code(vault, name: str) -> str:
    return case_svc.find(vault, name)[0].code


def test_needs_by_hand_in_any_category_with_a_note_and_for_a_child(as_user):
    cw = as_user("cw")
    code = _code(cw, "olena")
    case_store.add_need(cw, code, "counselling", note="asked for a woman counsellor")
    child = household_store.add_member(cw, code, age=4)
    case_store.add_need(cw, code, "medical", note="bad cough", member_id=child)
    with pytest.raises(InvalidInput):
        case_store.add_need(cw, code, "dragons")
    with pytest.raises(InvalidInput):
        household_store.add_member(cw, code, age=40)
    detail = case_store.get_case(cw, code)
    assert [(m.relation, m.age) for m in detail.members] == [("child", 4)]
    by_cat = {n.category: n for n in detail.needs}
    assert by_cat["counselling"].note == "asked for a woman counsellor"
    assert (by_cat["medical"].member_id, by_cat["medical"].note) == (child, "bad cough")
    # The survivor's own derived medical need is still added when facts imply it.
    assert case_store.sync_derived_needs(cw, code, [("medical", "immediate")]) == ["medical"]
    assert {n.category: n for n in case_store.get_case(cw, code).needs if not n.member_id}
    with pytest.raises(NotAllowed):
        household_store.add_member(as_user("sup"), code, age=3)


def test_appointments_and_steps_due_show_on_the_list(as_user):
    cw = as_user("cw")
    code = _code(cw, "mariam")
    today = dt.date.today()
    goal = plan_store.add_goal(cw, code, "A safe place to live")
    plan_store.add_step(cw, goal, "Call the housing office", due=today)
    plan_store.add_step(cw, goal, "Fill in the form", due=today - dt.timedelta(days=2))
    household_store.add_appointment(cw, code, today, "Clinic, room 4", at_time="14:30")
    household_store.add_appointment(cw, code, today + dt.timedelta(days=3), "Lawyer")
    with pytest.raises(InvalidInput):
        household_store.add_appointment(cw, code, today, "Clinic", at_time="25:00")
    row = next(s for s in case_store.list_cases(cw) if s.code == code)
    assert (row.due_today, row.late_steps) == (2, 1)
    detail = case_store.get_case(cw, code)
    assert [(a.what, a.at_time) for a in detail.appointments] == [
        ("Clinic, room 4", "14:30"),
        ("Lawyer", ""),
    ]


def test_a_corrected_note_keeps_its_earlier_text_and_is_audited(as_user):
    cw = as_user("cw")
    code = _code(cw, "olena")
    note_id = note_store.add_note(cw, code, "Meets the lawyer on Mondy")
    note_store.correct_note(cw, note_id, "Meets the lawyer on Monday")
    note = case_store.get_case(cw, code).notes[0]
    assert note.text == "Meets the lawyer on Monday"
    assert [(r.replaced_by, r.text) for r in note.revisions] == [
        ("cw", "Meets the lawyer on Mondy")
    ]
    with pytest.raises(InvalidInput):
        note_store.correct_note(cw, note_id, "  ")
    with cw.session() as session:
        from sqlmodel import text

        actions = [r[0] for r in session.exec(text("SELECT action FROM audit"))]
    assert "note.correct" in actions


def test_the_cli_walks_the_day_and_show_json_has_household_and_appointments(
    folder, monkeypatch, capsys
):
    monkeypatch.setenv("CASEASSIST_PASSPHRASE", PASS)
    who = ["--data-dir", str(folder), "--user", "cw"]

    def run(*argv: str) -> tuple[int, str, str]:
        rc = main([*argv, *who])
        out = capsys.readouterr()
        return rc, out.out, out.err

    rc, out, _ = run("case", "find", "olena", "--json")
    code = json.loads(out)[0]["code"]
    assert run("case", "need", "add", code, "education", "--note", "school place")[0] == 0
    rc, out, _ = run("case", "household", "add", code, "--age", "6", "--json")
    child = json.loads(out)["id"]
    assert run("case", "need", "add", code, "childcare", "--member", child)[0] == 0
    rc, _, err = run("case", "plan", "step", "add", code, "Call the school", "--due", "Friday")
    assert rc == 2 and len(err.strip().splitlines()) == 1  # no goal yet: one clear line
    assert run("case", "plan", "goal", "add", code, "School for my son")[0] == 0
    rc, out, _ = run("case", "plan", "step", "add", code, "Call the school", "--due", "Friday")
    assert rc == 0 and "Friday" in out
    rc, out, _ = run("case", "appointment", "add", code, "in two weeks", "Lawyer, 2nd floor")
    assert rc == 0
    rc, _, err = run("case", "appointment", "add", code, "someday soon", "Lawyer")
    assert rc == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    rc, out, _ = run("case", "show", code, "--json")
    data = json.loads(out)
    assert data["household"] == [{"id": child, "relation": "child", "age": 6}]
    assert [a["what"] for a in data["appointments"]] == ["Lawyer, 2nd floor"]
    assert {n["category"]: n["member"] for n in data["needs"]}["childcare"] == child
    steps = data["plan"][0]["steps"]
    assert dt.date.fromisoformat(steps[0]["due"]).weekday() == 4
    rc, _, err = run("case", "need", "add", code, "dragons")
    assert rc == 2 and len(err.strip().splitlines()) == 1
