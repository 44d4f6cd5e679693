"""Owning and closing cases on a real vault: who may assign, close, reopen and discard, all audited."""

from __future__ import annotations

import pytest
from sqlmodel import text

from caseassist.cli import main
from caseassist.errors import CaseAssistError, InvalidInput
from caseassist.intake.engine import IntakeSession
from caseassist.services import cases as case_svc
from caseassist.services import intake as intake_svc
from caseassist.vault import case_store
from caseassist.vault.errors import NoSuchCase, NotAllowed

from .conftest import PASS


def _audit(vault) -> list[tuple[str, str, str]]:
    with vault.session() as session:
        return [tuple(r) for r in session.exec(text("SELECT account, action, target FROM audit"))]


def _code(vault, name: str) -> str:
    return case_svc.find(vault, name)[0].code


def test_intake_hands_over_then_only_the_owner_or_an_admin_reassigns(as_user):
    desk = as_user("desk")
    code = case_store.create_case(desk, facts=[], needs=[("food", "immediate")])
    assert case_svc.find(desk, f"{code}")[0].caseworker == ""
    case_store.assign(desk, code, "cw")
    with pytest.raises(NotAllowed):
        case_store.assign(desk, code, "cw2")  # intake hands over once; then it is cw's
    with pytest.raises(NotAllowed):
        case_store.assign(as_user("cw2"), code, "cw2")
    case_store.assign(as_user("cw"), code, "cw2")
    case_store.assign(as_user("ana"), code, "cw")
    with pytest.raises(CaseAssistError, match="not a caseworker"):
        case_store.assign(as_user("ana"), code, "sup")
    with pytest.raises(NotAllowed):
        case_store.assign(as_user("sup"), code, "cw")
    moves = [(a, t) for a, act, t in _audit(desk) if act == "case.assign"]
    assert moves == [("desk", f"{code} ->cw"), ("cw", f"{code} cw>cw2"), ("ana", f"{code} cw2>cw")]


def test_close_with_a_reason_code_then_reopen(as_user):
    cw = as_user("cw")
    code = _code(cw, "olena")
    with pytest.raises(InvalidInput, match="housed"):
        case_store.close_case(cw, code, "moved on")
    case_store.close_case(cw, code, "Survivor-Choice")
    detail = case_store.get_case(cw, code)
    assert (detail.summary.status, detail.close_reason) == ("closed", "survivor_choice")
    assert [s.code for s in case_svc.find(cw, "closed")] == [code]
    with pytest.raises(CaseAssistError):
        case_store.close_case(cw, code, "housed")
    with pytest.raises(NotAllowed):
        case_store.reopen_case(as_user("desk"), code)
    case_store.reopen_case(cw, code)
    assert case_store.get_case(cw, code).summary.status == "open"
    actions = [act for _a, act, t in _audit(cw) if t == code]
    assert "case.close.survivor_choice" in actions and "case.reopen" in actions


def test_an_unfinished_intake_is_discarded_leaving_one_audit_line(as_user):
    desk = as_user("desk")
    session = IntakeSession(recorded_by="desk")
    code = intake_svc.save_intake(desk, session)
    with pytest.raises(NotAllowed):
        case_svc.discard_intake(as_user("cw"), code)  # not theirs to discard
    case_svc.discard_intake(desk, code)
    with pytest.raises(NoSuchCase):
        case_store.get_case(desk, code)
    assert [(a, act) for a, act, t in _audit(desk) if t == code and act.startswith("intake.d")] == [
        ("desk", "intake.discard")
    ]


def test_a_case_with_work_on_it_is_not_discarded(as_user):
    cw = as_user("cw")
    code = _code(cw, "mariam")  # opened without an intake state: not an unfinished intake
    with pytest.raises(CaseAssistError, match="close the case instead"):
        case_svc.discard_intake(cw, code)
    assert case_store.get_case(cw, code).summary.status == "open"


def test_cli_close_help_lists_the_reasons_and_bad_input_is_one_line(folder, monkeypatch, capsys):
    assert main(["case", "close", "--help"]) == 0
    out = capsys.readouterr().out
    for reason in ("housed", "returned_home", "referred_elsewhere", "lost_contact"):
        assert reason in out
    assert "survivor_choice" in out
    monkeypatch.setenv("CASEASSIST_PASSPHRASE", PASS)
    args = ["--data-dir", str(folder), "--user", "cw"]
    assert main(["case", "find", "olena", "--json", *args]) == 0
    code = __import__("json").loads(capsys.readouterr().out)[0]["code"]
    assert main(["case", "close", code, "--reason", "vanished", *args]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert main(["case", "close", code, "--reason", "housed", *args]) == 0
    assert main(["case", "reopen", code, *args]) == 0
    assert main(["case", "assign", code, "cw2", *args]) == 0
    assert main(["case", "assign", code, "cw", *args]) == 1  # cw2 holds it now
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert main(["case", "find", "by:cw2", "--json", *args]) == 0
    assert code in capsys.readouterr().out
