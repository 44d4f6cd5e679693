"""Returning survivors and reassessment through the service and the CLI, on a real vault."""

from __future__ import annotations

import io
import json

import pytest

from caseassist.cli import main
from caseassist.errors import InvalidInput
from caseassist.intake.engine import IntakeSession
from caseassist.services import cases as case_svc
from caseassist.services import returning

from .conftest import PASS


def test_a_reassessment_asks_what_is_open_and_the_topics_marked_changed(as_user):
    cw = as_user("cw")
    code = case_svc.find(cw, "olena")[0].code
    plain = {q["id"] for q in returning.questions(returning.reassessment(cw, code))}
    assert not any(
        "name" in f
        for q in returning.questions(returning.reassessment(cw, code))
        for f in q["facts"]
    )
    changed = returning.questions(returning.reassessment(cw, code, ["household"]))
    assert {q["id"] for q in changed} >= plain
    with pytest.raises(InvalidInput):
        returning.reassessment(cw, code, ["weather"])


def test_an_earlier_case_is_found_for_a_returning_survivor(as_user):
    cw = as_user("cw")
    session = IntakeSession(recorded_by="cw")
    session.correct("person.name", "olena KOVALENKO")
    session.correct("person.age", 27)
    found = returning.candidates(cw, session)
    assert found and found[0][0] == case_svc.find(cw, "olena")[0].code and "name" in found[0][1]


def test_cli_reassess_and_returning(folder, monkeypatch, capsys):
    monkeypatch.setenv("CASEASSIST_PASSPHRASE", PASS)
    who = ["--data-dir", str(folder), "--user", "cw"]
    assert main(["case", "find", "olena", "--json", *who]) == 0
    code = json.loads(capsys.readouterr().out)[0]["code"]
    assert main(["case", "reassess", code, "--changed", "safety", "--json", *who]) == 0
    asked = json.loads(capsys.readouterr().out)
    assert any(f.startswith("safety.") for q in asked for f in q["facts"])
    assert main(["case", "reassess", code, "--changed", "weather", *who]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO("Olena Kovalenko\n"))
    assert main(["case", "returning", "--age", "27", "--json", *who]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)[0]["code"] == code and "Olena" not in out
