"""On the intake screen, what she answered is kept for the right person and shown (stop 27,
answers15): a child's fever told to the safety question is the child's need, not hers; an
injury told after she declined the question is recorded and its line is on the screen; an
answer that states only another fact leaves its own question to be put again, with her
words as typed ("não", never "nao")."""

from __future__ import annotations

from caseassist.intake.engine import IntakeSession
from tests.intake.reading import session_at

from .helpers import screen_text, settle, type_answer


async def _answered(session: IntakeSession, text: str) -> str:
    from textual.screen import Screen

    from caseassist.tui.app import CaseAssistApp
    from caseassist.tui.screens.intake import IntakeBackend, IntakeScreen
    from caseassist.tui.settings import TuiSettings

    app = CaseAssistApp(None, settings=TuiSettings(idle_lock_seconds=0), practice=Screen)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.push_screen(IntakeScreen(session, IntakeBackend(who="test"), practice=True))
        await settle(pilot)
        await type_answer(pilot, text)
        await settle(pilot)
        return "\n".join(screen_text(app))


async def test_a_childs_fever_told_to_the_safety_question_is_shown_as_the_childs():
    session = session_at("q.safety.danger")
    shown = await _answered(
        session, "No. Y el pequeño tiene fiebre desde ayer y no tienen ropa de invierno."
    )
    assert "A child needs something now: yes" in shown
    assert "Urgent medical need" not in shown
    assert "medical.urgent_need" not in session.facts


async def test_an_injury_told_after_declining_is_kept_and_shown():
    session = session_at("q.medical.urgent")
    session.answer("yes")
    session = session_at("q.medical.injuries", session)
    session.decline()
    session = session_at("q.medical.medication", session)
    shown = await _answered(
        session, "my ribs hurt when I breathe, he pushed me against the stairs two weeks ago"
    )
    # (her own "my" is left out of the record since stop 32; when it hurts stays)
    assert "Injuries: ribs hurt when I breathe" in shown
    assert session.facts["medical.injuries"].value == "ribs hurt when I breathe"


async def test_an_answer_to_another_question_leaves_consent_to_be_asked_again():
    session = session_at("q.consent.share")
    shown = await _answered(session, "não como carne de porco")
    assert "Dietary needs: sem carne de porco" in shown
    assert "nao como" not in shown
    assert "does not fit this question" in shown and "held a doubt" not in shown
    assert "consent.share_with_providers" not in session.facts
    q = session.current or session.next_question()
    assert q is not None and q.id == "q.consent.share"


async def test_maybe_later_to_an_offer_is_shown_as_asked_later():
    session = session_at("q.medical.counseling")
    shown = await _answered(session, "maybe later, not now")
    assert "Ask later" in shown
    assert "medical.wants_counseling" not in session.facts
    assert "not known" not in shown
