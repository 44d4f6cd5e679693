"""Finding cases on a real vault: by code, need and status, caseworker, name and alias."""

from __future__ import annotations

import pytest

from caseassist.cases.search import CaseQuery, parse
from caseassist.errors import InvalidInput
from caseassist.services import cases as case_svc
from caseassist.vault import case_store, store
from caseassist.vault.errors import CountsOnly


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
    cw, cw2 = as_user("cw"), as_user("cw2")
    assert [s.name for s in case_svc.find(cw2, "nunez")] == ["José Núñez"]
    assert [s.name for s in case_svc.find(cw2, "pepe")] == ["José Núñez"]
    # José's case is cw2's: cw still finds that he has one, and whom to ask, not his name
    [other] = case_svc.find(cw, "pepe")
    assert (other.name, other.language, other.caseworker, other.in_full) == (
        None,
        None,
        "cw2",
        False,
    )
    assert [s.name for s in case_svc.find(cw, "MARIAM had")] == ["Mariam Haddad"]
    assert case_svc.find(cw, "mariam olena") == []  # every word must match the same person
    code = case_svc.find(cw, "olena")[0].code
    assert [s.code for s in case_svc.find(cw, code.lower().replace("-", ""))] == [code]


def test_need_status_and_caseworker_filters(as_user):
    cw, admin = as_user("cw"), as_user("ana")
    assert {s.name for s in case_svc.find(admin, "medical")} == {"Mariam Haddad", "José Núñez"}
    assert {s.name for s in case_svc.find(admin, "medical by:cw2")} == {"José Núñez"}
    mariam = case_store.get_case(cw, case_svc.find(cw, "mariam")[0].code)
    medical = next(n for n in mariam.needs if n.category == "medical")
    case_store.change_need(cw, medical.id, status="referred")
    assert [s.name for s in case_svc.find(cw, "need:medical status:referred")] == ["Mariam Haddad"]
    assert case_svc.find(cw, "closed") == []


@pytest.mark.parametrize("query", ["medical", "mariam", "by:cw", "open"])
def test_a_supervisor_finds_no_case_one_by_one(as_user, query):
    """Counts only (`cases.supervision`): a search would list codes the report hides."""
    sup = as_user("sup")
    with pytest.raises(CountsOnly):
        case_svc.find(sup, query)
    code = case_svc.find(as_user("cw"), "mariam")[0].code
    with pytest.raises(CountsOnly):  # a code, known or not, gets the same answer
        case_svc.find(sup, code)


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
