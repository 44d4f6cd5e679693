"""After "my uncle sold me to them" the family-contact question is not put, and the
transcript says why (intake_held.py); the survivor-facing "not sure" wording in Spanish
and French assumes no gender (stop 26, reply14)."""

from __future__ import annotations

import pytest

from caseassist.intake.engine import IntakeSession
from caseassist.intake.questions import answer_labels, question_bank

from .helpers import screen_text, settle, type_answer


def _at(qid: str) -> IntakeSession:
    s = IntakeSession(recorded_by="test")
    while (q := s.next_question()) is not None and q.id != qid:
        s.dont_know()
    return s


async def test_after_her_uncle_sold_her_family_contact_is_left_for_the_caseworker():
    from textual.screen import Screen

    from caseassist.tui.app import CaseAssistApp
    from caseassist.tui.screens.intake import IntakeBackend, IntakeScreen
    from caseassist.tui.settings import TuiSettings

    session = _at("q.reintegration.return_home")
    app = CaseAssistApp(None, settings=TuiSettings(idle_lock_seconds=0), practice=Screen)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        app.push_screen(IntakeScreen(session, IntakeBackend(who="test"), practice=True))
        await settle(pilot)
        await type_answer(pilot, "never. they will find me there, my uncle sold me to them")
        await settle(pilot)
        shown = "\n".join(screen_text(app))
        assert "Not asked: " in shown and "caseworker" in shown
        assert session.current is None or session.current.id != "q.reintegration.family"
        assert "help contacting your family" not in shown
        assert session.facts["reintegration.wants_to_return_home"].value == "no"


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_the_not_sure_wording_put_to_her_assumes_no_gender(lang: str) -> None:
    said = [str(q.survivor.get(lang, "")) for q in question_bank()]
    said.append(answer_labels()["unsure"][lang])
    gendered = ("está seguro", "estoy seguro", "êtes pas sûr", "pas sûr")
    assert not [s for s in said if any(g in s for g in gendered)]
