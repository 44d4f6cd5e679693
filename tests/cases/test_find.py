"""Finding cases on a real vault: by code, need and status, caseworker, name and alias."""

from __future__ import annotations

import pytest

from caseassist.cases.search import CaseQuery, parse
from caseassist.errors import InvalidInput
from caseassist.services import cases as case_svc
from caseassist.vault import case_store, store
from caseassist.vault.errors import IdentityLocked


def test_the_search_line_is_read_as_filters_code_need_and_name_words():
    q = parse("K7M-4TX")
    assert q == CaseQuery(code="K7M-4TX")
    assert parse("need:medical status:referred") == CaseQuery(
        need="medical", need_status="referred"
    )
    assert parse("childcare by:CW2 closed") == CaseQuery(
        need="childcare", caseworker="CW2", status="closed"
    )
    assert parse("José  NÚÑEZ").words == ("jose", "nunez")


@pytest.mark.parametrize("bad", ["need:dragons", "status:lost", "need:", "status:met"])
def test_a_filter_it_cannot_use_is_one_clear_line(bad):
    with pytest.raises(InvalidInput) as err:
        parse(bad)
    assert "\n" not in err.value.message


def test_caseworker_finds_by_name_alias_accents_and_code(as_user):
    cw = as_user("cw")
    assert [s.name for s in case_svc.find(cw, "nunez")] == ["José Núñez"]
    assert [s.name for s in case_svc.find(cw, "pepe")] == ["José Núñez"]
    assert [s.name for s in case_svc.find(cw, "MARIAM had")] == ["Mariam Haddad"]
    assert case_svc.find(cw, "mariam olena") == []  # every word must match the same person
    code = case_svc.find(cw, "olena")[0].code
    assert [s.code for s in case_svc.find(cw, code.lower().replace("-", ""))] == [code]


def test_need_status_and_caseworker_filters(as_user):
    cw = as_user("cw")
    assert {s.name for s in case_svc.find(cw, "medical")} == {"Mariam Haddad", "José Núñez"}
    assert {s.name for s in case_svc.find(cw, "medical by:cw2")} == {"José Núñez"}
    mariam = case_store.get_case(cw, case_svc.find(cw, "mariam")[0].code)
    medical = next(n for n in mariam.needs if n.category == "medical")
    case_store.change_need(cw, medical.id, status="referred")
    assert [s.name for s in case_svc.find(cw, "need:medical status:referred")] == ["Mariam Haddad"]
    assert case_svc.find(cw, "closed") == []


def test_supervisor_finds_by_need_without_names_but_not_by_name(as_user):
    sup = as_user("sup")
    found = case_svc.find(sup, "medical")
    assert len(found) == 2 and all(s.name is None for s in found)
    with pytest.raises(IdentityLocked):
        case_svc.find(sup, "mariam")


def test_the_audit_counts_what_was_found_never_the_query(as_user, folder):
    cw = as_user("cw")
    case_svc.find(cw, "mariam")
    with cw.session() as session:
        from sqlmodel import text

        rows = session.exec(text("SELECT action, target FROM audit")).all()
    finds = [r for r in rows if r[0] == "case.find"]
    assert finds == [("case.find", "1")]
    assert not any("mariam" in str(r).casefold() for r in rows)


def test_an_empty_search_says_what_to_type(as_user):
    with pytest.raises(InvalidInput):
        case_svc.find(as_user("cw"), "   ")


def test_an_erased_case_leaves_the_name_directory_and_a_supervisor_erases_nothing(as_user):
    cw = as_user("cw")
    olena = case_svc.find(cw, "olena")[0]
    case_store.purge_case(as_user("ana"), olena.code)
    assert case_svc.find(cw, "olena") == []
    jose = case_svc.find(cw, "pepe")[0]
    sup = as_user("sup")
    assert sup.is_replica  # a supervisor's deletes reach only their own replica
    raw = store.connect(sup._path, sup._key)  # the replica, with the supervisor's key
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("DELETE FROM case_file WHERE code = ?", (jose.code,))
    raw.commit()
    raw.close()
    assert [c.code for c in case_svc.find(cw, "pepe")] == [jose.code]
    assert [s.name for s in case_svc.find(cw, "mariam")] == ["Mariam Haddad"]
