"""Privacy17: what each account learns of a case (`cases.access`, `cases.supervision`).

Findings: a supervisor's case list (code, how long open, caseworker) could be added
up into the cells the report hides, while `case find` refused the same cases; any
caseworker could read and export any case by name, with no reason asked.
"""

from __future__ import annotations

import json

import pytest
from sqlmodel import text

from caseassist.cli import main
from caseassist.services import cases as case_svc
from caseassist.vault import Vault, case_store
from caseassist.vault.errors import CountsOnly, NotAllowed, NotYourCase

from .conftest import PASS


def _cli(capsys, monkeypatch, folder, user, *argv):
    monkeypatch.setenv("CASEASSIST_PASSPHRASE", PASS)
    capsys.readouterr()
    code = main([*argv, "--data-dir", str(folder), "--user", user, "--lang", "en"])
    out = capsys.readouterr()
    return code, out.out, out.err


def _codes(as_user) -> dict[str, str]:
    admin = as_user("ana")
    return {s.name: s.code for s in case_store.list_cases(admin, status=None)}


@pytest.mark.parametrize(
    "argv",
    [
        ("case", "list"),
        ("case", "list", "--json", "--all"),
        ("case", "overdue"),
        ("case", "find", "medical"),
        ("case", "find", "open"),
        ("case", "find", "by:cw"),
        ("case", "show", "{code}"),
        ("case", "show", "{code}", "--json"),
        ("case", "find", "{code}"),
        ("case", "show", "ZZZ-ZZZ"),  # unknown: the same answer, so no code is confirmed
    ],
)
def test_a_supervisor_gets_counts_never_a_case(folder, as_user, capsys, monkeypatch, argv):
    codes = _codes(as_user)
    code = codes["Mariam Haddad"]
    argv = [a.format(code=code) for a in argv]
    rc, out, err = _cli(capsys, monkeypatch, folder, "sup", *argv)
    assert rc != 0 and out == ""
    assert "counts, never case by case" in err and "caseassist report" in err
    assert not any(c in out + err for c in codes.values())
    assert "weeks" not in err and "month" not in err  # no band beside a code either


def test_a_caseworker_reads_her_own_case_whole(folder, as_user, capsys, monkeypatch):
    code = _codes(as_user)["Mariam Haddad"]  # cw's
    rc, out, _err = _cli(capsys, monkeypatch, folder, "cw", "case", "export", code)
    data = json.loads(out)
    assert rc == 0 and data["name"] == "Mariam Haddad" and data["facts"]
    rc, out, _err = _cli(capsys, monkeypatch, folder, "cw", "case", "show", code)
    assert rc == 0 and "Mariam Haddad" in out


def test_another_caseworkers_case_shows_what_the_work_needs(folder, as_user, capsys, monkeypatch):
    code = _codes(as_user)["José Núñez"]  # cw2's
    rc, out, err = _cli(capsys, monkeypatch, folder, "cw", "case", "show", code)
    assert rc == 0 and "José" not in out and "Núñez" not in out
    assert "cw2" in out and "not assigned to you" in out and "medical" in out
    rc, out, err = _cli(capsys, monkeypatch, folder, "cw", "case", "export", code)
    assert rc != 0 and out == "" and "admins, with a reason" in err
    # the returning-survivor check still finds him, and whom to ask
    rc, out, _err = _cli(capsys, monkeypatch, folder, "cw", "case", "find", "pepe")
    assert rc == 0 and code in out and "cw2" in out and "José" not in out
    cw = as_user("cw")
    with pytest.raises(NotYourCase):
        case_store.get_case(cw, code)
    [line] = [s for s in case_store.list_cases(cw, limit=10) if s.code == code]
    assert (line.name, line.language, line.age_band, line.in_full) == (None, None, None, False)
    assert [s.code for s in case_svc.find(as_user("cw2"), "pepe") if s.name] == [code]


def test_an_admin_exports_anothers_case_only_with_a_reason_in_the_audit(
    folder, as_user, capsys, monkeypatch
):
    code = _codes(as_user)["José Núñez"]
    rc, out, err = _cli(capsys, monkeypatch, folder, "ana", "case", "export", code)
    assert rc != 0 and out == "" and "--reason" in err and "survivor_request" in err
    rc, out, err = _cli(
        capsys, monkeypatch, folder, "ana", "case", "export", code, "--reason", "nosy"
    )
    assert rc != 0 and out == ""
    rc, out, _err = _cli(
        capsys, monkeypatch, folder, "ana", "case", "export", code, "--reason", "legal_duty"
    )
    assert rc == 0 and json.loads(out)["name"] == "José Núñez"
    with as_user("ana").session() as session:
        rows = session.exec(text("SELECT account, action, target FROM audit")).all()
    exports = [tuple(r) for r in rows if r[1] == "case.export"]
    assert exports == [("ana", "case.export", f"{code} reason:legal_duty")]
    with pytest.raises(NotAllowed):  # intake staff hold no case to export
        case_store.export_case(as_user("desk"), code, reason="legal_duty")


def test_a_supervisor_reaches_no_case_through_the_vault_either(as_user):
    sup, code = as_user("sup"), _codes(as_user)["Olena Kovalenko"]
    for call in (
        lambda: case_store.list_cases(sup),
        lambda: case_store.overdue_cases(sup),
        lambda: case_svc.find(sup, code),
    ):
        with pytest.raises(CountsOnly):
            call()


def test_a_supervisors_audit_view_names_no_case(folder, as_user, capsys, monkeypatch):
    codes = _codes(as_user)
    code = codes["Mariam Haddad"]
    with Vault.unlock(folder, "ana", PASS) as admin:  # its lock refreshes the replica
        case_store.assign(admin, code, "cw2")  # "CODE cw>cw2" in the log
    rc, out, _err = _cli(capsys, monkeypatch, folder, "sup", "audit")
    assert rc == 0 and "case.assign" in out and "cw>cw2" in out
    assert not any(c in out for c in codes.values())
    rc, out, _err = _cli(capsys, monkeypatch, folder, "ana", "audit")
    assert f"{code} cw>cw2" in out  # admins read it whole
