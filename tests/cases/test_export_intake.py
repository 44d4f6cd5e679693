"""`case export` carries the intake as she gave it: a survivor who asks for her data
gets her own answers, not only what they were read as."""

from __future__ import annotations

from caseassist.intake.engine import IntakeSession
from caseassist.services.cases import records
from caseassist.vault import case_store

from .test_access import _codes


def test_an_export_holds_her_answers_in_her_words(as_user):
    session = IntakeSession(staff_locale="en", recorded_by="cw")
    session.next_question()
    session.answer("No, I feel safe here now", who="cw")
    session.next_question()
    session.answer("my cousin Ana, through the church", who="cw")  # no answer to it
    session.next_question()
    session.decline(who="cw")
    cw = as_user("cw")
    facts = {fid: f.value for fid, f in session.facts.items() if f.value is not None}
    code = case_store.create_case(
        cw, facts=records(facts, by="cw"), needs=[], intake_state=session.to_dict()
    )
    intake = case_store.export_case(cw, code)["intake"]
    assert [(t["question"], t["answer"], t["declined"]) for t in intake["turns"]] == [
        ("Are you in danger right now?", "No, I feel safe here now", False),
        (
            "Could the people you left know where you are now?",
            "my cousin Ana, through the church",
            False,
        ),
        ("Do you need a safe place to sleep tonight?", None, True),
    ]
    assert intake["words_kept"] == {
        "safety.trafficker_knows_location": "my cousin Ana, through the church"
    }


def test_a_case_without_an_intake_exports_an_empty_one(as_user):
    cw = as_user("cw")
    code = _codes(as_user)["Mariam Haddad"]
    assert case_store.export_case(cw, code)["intake"] == {"turns": [], "words_kept": {}}
